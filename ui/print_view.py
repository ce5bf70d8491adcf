"""In ấn: every document of the meeting in one place, each one click from its preview and the printer.

The list comes from core/documents/catalog.py, so a new document appears here by itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.documents.catalog import KINDS, PrintOptions, file_stem, render
from core.storage import MeetingFile
from ui import printing
from ui.i18n import core_text


class PrintView(QWidget):
    LETTERS = "ABDEHKLMOPQRSUVX"  # keys of the documents after the tenth (none of the menus' letters)

    def __init__(self, db: MeetingFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.jobs: list[printing.PdfJob] = []
        title = QLabel("<h2>" + self.tr("In ấn") + "</h2>")
        hint = QLabel(
            self.tr(
                "Mỗi văn bản được lưu thành tệp PDF trong thư mục {0} rồi hiện từng trang để xem và in."
            ).format(printing.output_dir())
        )
        hint.setWordWrap(True)
        self.vote = QComboBox()
        self.grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        # The protocol's documents print from the Lễ tân stage, with their options (ui/protocol_view.py).
        kinds = {kind: document for kind, document in KINDS.items() if not document.protocol}
        for row, (kind, document) in enumerate(kinds.items()):
            number = row + 1
            # Alt+1 … Alt+9, Alt+0 for the tenth: each document's own key, its number in the list;
            # after the tenth, letters no menu takes (A, B, D …), and the list shows the letter.
            key = str(number % 10) if number <= 10 else self.LETTERS[number - 11 : number - 10]
            button = QPushButton(self.tr("In &{0}…").format(key) if key else self.tr("In…"))
            button.clicked.connect(lambda _checked=False, k=kind: self.print_kind(k))
            self.buttons[kind] = button
            description = core_text(document.description)
            shown = number if number <= 10 else key or number
            label = QLabel(f"{shown}. {description[:1].upper()}{description[1:]}")
            label.setWordWrap(True)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(button, row, 1)
        self.grid.setColumnStretch(0, 1)
        vote_row = QGridLayout()
        vote_row.addWidget(QLabel(self.tr("Cuộc bầu (cho phiếu, biên bản, kết quả):")), 0, 0)
        vote_row.addWidget(self.vote, 0, 1)
        vote_row.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(vote_row)
        layout.addLayout(self.grid)
        layout.addStretch()
        self.reload()

    def reload(self) -> None:
        from core.votes import list_votes

        current = self.vote.currentData()
        self.vote.clear()
        for vote in list_votes(self.db):
            self.vote.addItem(vote.title, vote.id)
        self.vote.setCurrentIndex(max(0, self.vote.findData(current)))
        has_vote = self.vote.count() > 0
        for kind, button in self.buttons.items():
            button.setEnabled(has_vote or not KINDS[kind].needs_vote)

    def follow_file(self) -> None:
        self.reload()

    def showEvent(self, event) -> None:
        self.reload()  # votes may have been added on another stage
        super().showEvent(event)

    def print_kind(self, kind: str) -> printing.PdfJob:
        options = PrintOptions(vote_id=self.vote.currentData() if KINDS[kind].needs_vote else None)
        job = printing.print_pdf(
            self, self.db, lambda db: render(db, kind, options), file_stem(kind, options.vote_id)
        )
        self.jobs.append(job)
        return job
