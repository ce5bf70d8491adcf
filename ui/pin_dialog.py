"""The organizers' PIN: ask for it before a guarded action, and set, change or remove it.

Guarded code in core raises ``core.safety.PinRequired``; the screen that called it uses
:func:`run_with_pin`::

    run_with_pin(self, lambda pin: reopen_round(db, round_id, reason, pin=pin), self.tr("mở lại kết quả"))

which tries without a PIN, asks for it when needed (again after a wrong one), and returns
the action's result, or None when the user cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.errors import ThiDuaError
from core.safety import PinRequired, clear_pin, has_pin, set_pin
from core.storage import MeetingFile
from ui.i18n import error_text
from ui.widgets import ErrorLabel, ok_cancel_buttons

T = TypeVar("T")


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(32)
    field.setMinimumWidth(200)
    return field


class AskPinDialog(QDialog):
    """Asks for the PIN to do one thing; the caller checks it (through the guarded action)."""

    def __init__(self, what: str, message: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cần mã PIN của Ban tổ chức"))
        self.setMinimumWidth(420)
        self.explanation = QLabel(self.tr("Nhập mã PIN của Ban tổ chức để {0}.").format(what))
        self.explanation.setWordWrap(True)
        self.pin = _pin_field()
        self.errors = ErrorLabel()
        if message:
            self.errors.show_messages([message])
        form = QFormLayout()
        form.addRow(self.tr("Mã PIN"), self.pin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(ok_cancel_buttons(self))


def run_with_pin(
    parent: QWidget | None,
    action: Callable[[str | None], T],
    what: str,
    ask: Callable[[str, str], str | None] | None = None,
) -> T | None:
    """Run ``action(pin)``: first without a PIN, then with the one the user types, until right or cancelled.

    ``ask(what, message) -> pin or None`` is the dialog (tests replace it).
    """

    def ask_dialog(what: str, message: str) -> str | None:
        dialog = AskPinDialog(what, message, parent)
        return dialog.pin.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    ask = ask or ask_dialog
    pin: str | None = None
    while True:
        try:
            return action(pin)
        except PinRequired as error:
            pin = ask(what, error_text(error) if error.wrong else "")
            if pin is None:
                return None


class PinSettingsDialog(QDialog):
    """Settings > Mã PIN bảo vệ kết quả…: set a PIN, change it, or remove it."""

    def __init__(self, db: MeetingFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Mã PIN bảo vệ kết quả"))
        self.setMinimumWidth(460)
        self.had_pin = has_pin(db)
        intro = QLabel(
            self.tr(
                "Khi đặt mã PIN, muốn mở lại một kết quả đã xác nhận, hoặc sửa những gì kết quả "
                "đó dựa vào, phải nhập mã PIN. Mã PIN được lưu dạng băm trong tệp hội nghị."
            )
        )
        intro.setWordWrap(True)
        self.current = _pin_field()
        self.new = _pin_field()
        self.repeat = _pin_field()
        self.new.setPlaceholderText(
            self.tr("để trống để bỏ mã PIN") if self.had_pin else self.tr("ít nhất 4 ký tự")
        )
        form = QFormLayout()
        if self.had_pin:
            form.addRow(self.tr("Mã PIN hiện tại"), self.current)
        form.addRow(self.tr("Mã PIN mới"), self.new)
        form.addRow(self.tr("Nhập lại mã PIN mới"), self.repeat)
        self.errors = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(ok_cancel_buttons(self))

    def accept(self) -> None:
        current = self.current.text() if self.had_pin else None
        new, repeat = self.new.text(), self.repeat.text()
        if new != repeat:
            self.errors.show_messages([self.tr("Hai lần nhập mã PIN mới không giống nhau.")])
            return
        try:
            if self.had_pin and not new:
                clear_pin(self.db, current)
            else:
                set_pin(self.db, new, current_pin=current)
        except ThiDuaError as error:
            self.errors.show_error(error)
            return
        super().accept()
