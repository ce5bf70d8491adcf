"""Suy tôn: the votes of the meeting on the left, the rounds of the chosen vote on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import ThiDuaError
from core.people import delegation_order, list_people
from core.said import Said
from core.storage import MeetingFile
from core.units import list_units
from core.votes import (
    Vote,
    add_vote,
    delete_vote,
    get_vote,
    list_rounds,
    list_votes,
    started_problem,
    update_vote,
)
from core.votes_result import RoundResult, summary
from ui.ballot_dialogs import ReasonDialog
from ui.ballot_entry_controller import BallotEntryController
from ui.ballot_entry_view import BallotEntryView
from ui.i18n import core_text, error_text
from ui.pin_dialog import run_with_pin
from ui.vote_dialog import VoteDialog
from ui.vote_projector import ResultBarsView
from ui.widgets import confirm


class VoteStageView(QWidget):
    project = Signal(QWidget)  # a fresh result view for the projector, when the chair publishes
    changed = Signal()

    def __init__(self, db: MeetingFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.vote_list = QComboBox()
        self.vote_list.setMinimumContentsLength(40)
        self.vote_list.currentIndexChanged.connect(lambda _row: self.show_selected())
        self.add_button = QPushButton(self.tr("T&hêm…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Sử&a…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Xóa"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.rounds = QTabWidget()
        self.empty = QLabel(self.tr('Chưa có cuộc bầu nào. Bấm "Thêm…" để tạo một cuộc suy tôn.'))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry_views: list[BallotEntryView] = []

        chooser = QHBoxLayout()
        chooser_label = QLabel(self.tr("<b>C&uộc bầu:</b>"))
        chooser_label.setBuddy(self.vote_list)
        chooser.addWidget(chooser_label)
        chooser.addWidget(self.vote_list, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            chooser.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chooser)
        layout.addWidget(self.rounds, 1)
        layout.addWidget(self.empty, 1)
        self.reload()

    # -- the list of votes ---------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.selected_id()
        self.vote_list.blockSignals(True)
        self.vote_list.clear()
        for vote in list_votes(self.db):
            self.vote_list.addItem(self._label(vote.id), vote.id)
        rows = [self.vote_list.itemData(i) for i in range(self.vote_list.count())]
        self.vote_list.setCurrentIndex(rows.index(current) if current in rows else (0 if rows else -1))
        self.vote_list.blockSignals(False)
        self.show_selected()

    def follow_file(self) -> None:
        """Another stage changed the file (people, check-ins: the voters present): read it again."""
        self.reload()

    def _label(self, vote_id: int) -> str:
        s = summary(self.db, vote_id)
        rounds = self.tr(", {0} vòng").format(s.rounds) if s.rounds > 1 else ""
        return f"{s.vote.title} ({core_text(s.state.label)}{rounds})"

    def selected_id(self) -> int | None:
        return self.vote_list.currentData()

    def show_selected(self, round_number: int | None = None) -> None:
        """Rebuild the round tabs of the selected vote; the latest round is shown by default."""
        self.rounds.clear()
        for view in self.entry_views:
            view.deleteLater()
        self.entry_views = []
        vote_id = self.selected_id()
        self.empty.setVisible(vote_id is None)
        self.rounds.setVisible(vote_id is not None)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(vote_id is not None)
            button.setToolTip("" if vote_id is not None else self.tr("Chưa có cuộc bầu nào."))
        if vote_id is None:
            return
        for rnd in list_rounds(self.db, vote_id):
            view = BallotEntryView(BallotEntryController(self.db, rnd.id))
            view.published.connect(self.publish)
            view.rounds_changed.connect(self._rounds_changed)
            view.changed.connect(self._view_changed)
            self.entry_views.append(view)
            self.rounds.addTab(view, self.tr("Vòng {0}").format(rnd.number))
        index = (round_number or len(self.entry_views)) - 1
        self.rounds.setCurrentIndex(index)

    def current_entry_view(self) -> BallotEntryView | None:
        widget = self.rounds.currentWidget()
        return widget if isinstance(widget, BallotEntryView) else None

    def _view_changed(self) -> None:
        self._refresh_labels()
        self.changed.emit()

    def _refresh_labels(self) -> None:
        for i in range(self.vote_list.count()):
            self.vote_list.setItemText(i, self._label(self.vote_list.itemData(i)))

    def _rounds_changed(self) -> None:
        self.show_selected()
        self._refresh_labels()
        self._focus_entry()

    # -- editing -------------------------------------------------------------------------

    def open_vote_dialog(self, save, vote: Vote | None) -> bool:
        people = delegation_order(list_people(self.db), list_units(self.db))
        dialog = VoteDialog(save, list_units(self.db), people, vote, self)
        return bool(dialog.exec())

    def add(self) -> None:
        added: list[Vote] = []
        if self.open_vote_dialog(lambda v: added.append(add_vote(self.db, v)), self._template()):
            self.reload(select_id=added[0].id)
            self._focus_entry()
            self.changed.emit()

    def _focus_entry(self) -> None:
        """After a new vote or round, the keyboard goes where the counting starts."""
        view = self.current_entry_view()
        if view is not None:
            view.focus_entry()

    def _template(self) -> Vote | None:
        """A new vote starts with the committee of the last one: usually the same people."""
        votes = list_votes(self.db)
        if not votes:
            return None
        last = votes[-1]
        units = [u.id for u in list_units(self.db)]
        return Vote(title="", candidate_ids=units, committee_ids=last.committee_ids, chief_id=last.chief_id)

    def edit_selected(self) -> None:
        vote_id = self.selected_id()
        if vote_id is None or self._refused(vote_id, self.tr("Sửa cuộc bầu"), Said("sửa cuộc bầu")):
            return
        vote = get_vote(self.db, vote_id)
        if self.open_vote_dialog(lambda v: update_vote(self.db, v), vote):
            self.reload(select_id=vote_id)
            self.changed.emit()

    def _refused(self, vote_id: int, title: str, action: str) -> bool:
        """Say why the vote can no longer be edited or deleted, before any dialog or question."""
        problem = started_problem(self.db, vote_id, action)
        if problem is not None:
            QMessageBox.information(self, title, core_text(problem))
        return problem is not None

    def delete_selected(self) -> None:
        vote_id = self.selected_id()
        if vote_id is None:
            return
        vote = get_vote(self.db, vote_id)
        title = self.tr("Xóa cuộc bầu")
        reason: str | None = None
        if started_problem(self.db, vote_id, Said("xóa cuộc bầu")) is not None:
            # Counted already (a vote set up wrongly): a reason for the log, and the PIN if set.
            dialog = ReasonDialog(
                title,
                self.tr(
                    'Cuộc bầu "{0}" đã nhập phiếu. Xóa cả cuộc bầu và mọi phiếu đã nhập? Lý do xóa '
                    "(được ghi vào nhật ký):"
                ).format(vote.title),
                self,
            )
            if not dialog.exec():
                return
            reason = dialog.reason.text()
        # confirm(): Có / Không in Vietnamese (QMessageBox.question would say Yes / No).
        elif not confirm(self, title, self.tr('Xóa cuộc bầu "{0}"?').format(vote.title)):
            return
        try:
            done = run_with_pin(
                self,
                lambda pin: delete_vote(self.db, vote_id, reason, pin),
                self.tr("xóa cuộc bầu đã nhập phiếu"),
            )
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không xóa được"), error_text(error))
            return
        if done is None:
            return
        self.reload()
        self.changed.emit()

    # -- the projector -------------------------------------------------------------------

    def publish(self, result: RoundResult) -> None:
        self.project.emit(ResultBarsView(result))
