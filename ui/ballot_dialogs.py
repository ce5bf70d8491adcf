"""Small dialogs of the entry screen: a reason, a correction, printing ballots, show-of-hands totals."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from core.ballots import INVALID_REASONS
from core.errors import ValidationError
from core.rounds import Candidate
from ui.i18n import core_text
from ui.round_entry import BallotRow
from ui.widgets import ErrorLabel, ok_cancel_buttons


class ReasonDialog(QDialog):
    """Asks why (reopening a result, deleting a ballot): the reason is required and logged."""

    def __init__(self, title: str, prompt: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.reason = QLineEdit()
        self.errors = ErrorLabel()
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.errors)
        layout.addWidget(ok_cancel_buttons(self))

    def accept(self) -> None:
        if not self.reason.text().strip():
            self.errors.show_messages([self.tr('Trường "Lý do" không được để trống.')])
            return
        super().accept()


class CorrectionDialog(QDialog):
    """Correct one ballot: type its numbers again (same rules as the entry box), or mark it invalid.

    ``check(text)`` raises ValidationError when the numbers cannot be typed for this round.
    """

    def __init__(
        self, entry: BallotRow, described: str, check: Callable[[str], object], help_text: str, parent=None
    ):
        super().__init__(parent)
        self._check = check
        self.setWindowTitle(self.tr("Sửa phiếu số {0}").format(entry.seq))
        self.setMinimumWidth(560)
        self.numbers = QLineEdit()
        self.invalid = QCheckBox(self.tr("Phiếu &không hợp lệ"))
        self.invalid_reason = QComboBox()
        self.invalid_reason.addItems([core_text(reason) for reason in INVALID_REASONS])
        self.invalid_reason.setEnabled(False)
        self.invalid.toggled.connect(self.invalid_reason.setEnabled)
        self.invalid.toggled.connect(lambda on: self.numbers.setEnabled(not on))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("ví dụ: gõ nhầm số"))
        self.errors = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Đang ghi"), QLabel(described))
        hint = QLabel(help_text)
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(self.tr("&Số thứ tự"), self.numbers)
        form.addRow("", self.invalid)
        form.addRow(self.tr("Lý do không hợp &lệ"), self.invalid_reason)
        form.addRow(self.tr("Lý &do sửa"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(ok_cancel_buttons(self))

    def values(self) -> tuple[str | None, str | None, str]:
        """(numbers typed, invalid reason, reason for the correction)."""
        if self.invalid.isChecked():
            # The stored reason is core's Vietnamese text, whatever language the screen shows.
            return None, INVALID_REASONS[self.invalid_reason.currentIndex()], self.reason.text()
        return self.numbers.text(), None, self.reason.text()

    def accept(self) -> None:
        messages = []
        if not self.invalid.isChecked():
            try:
                self._check(self.numbers.text())
            except ValidationError as error:
                messages += error.messages
        if not self.reason.text().strip():
            messages.append(self.tr('Trường "Lý do sửa" không được để trống.'))
        if messages:
            self.errors.show_messages(messages)
            return
        super().accept()


class PrintBallotsDialog(QDialog):
    def __init__(self, copies: int, per_page: int, parent=None, title: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("In phiếu suy tôn"))
        self.copies = QSpinBox()
        self.copies.setRange(1, 5000)
        self.copies.setValue(copies)
        self.per_page = QComboBox()
        for n in (1, 2, 4):
            self.per_page.addItem(self.tr("{0} phiếu mỗi trang A4").format(n), n)
        self.per_page.setCurrentIndex((1, 2, 4).index(per_page))
        note = QLabel(
            self.tr(
                "Mặc định: mỗi người có quyền biểu quyết đang có mặt một phiếu. Số phiếu in được ghi là số phiếu phát ra."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Số phiếu"), self.copies)
        form.addRow(self.tr("&Cách xếp"), self.per_page)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(ok_cancel_buttons(self))

    def values(self) -> tuple[int, int]:
        return self.copies.value(), self.per_page.currentData()


class DirectTotalsDialog(QDialog):
    """The totals of a show of hands: voters who took part, invalid, and a count per candidate."""

    def __init__(
        self,
        candidates: Sequence[Candidate],
        recorded: tuple[int, int, dict[int, int]],
        check: Callable[[int, int, dict[int, int]], tuple[list[str], list[str]]],
        parent=None,
    ):
        """``recorded``: (voters, invalid, votes per unit id) to start from, the totals already
        recorded when the dialog is opened again; ``check`` -> (errors, warnings)."""
        super().__init__(parent)
        self._check = check
        cast, invalid, votes = recorded
        self.setWindowTitle(self.tr("Số liệu biểu quyết giơ tay"))
        self.cast = QSpinBox()
        self.cast.setRange(0, 100000)
        self.cast.setValue(cast)
        self.invalid = QSpinBox()
        self.invalid.setRange(0, 100000)
        self.invalid.setValue(invalid)
        self.votes: dict[int, QSpinBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("Số &người biểu quyết"), self.cast)
        form.addRow(self.tr("&Không hợp lệ"), self.invalid)
        for c in candidates:
            box = QSpinBox()
            box.setRange(0, 100000)
            box.setValue(votes.get(c.unit_id, 0))
            self.votes[c.unit_id] = box
            form.addRow(f"{c.stt}. {c.short_name}", box)
        self.errors = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(ok_cancel_buttons(self))

    def values(self) -> tuple[int, int, dict[int, int]]:
        return self.cast.value(), self.invalid.value(), {uid: b.value() for uid, b in self.votes.items()}

    def accept(self) -> None:
        errors, _warnings = self._check(*self.values())
        if errors:
            self.errors.show_messages(errors)
            return
        super().accept()
