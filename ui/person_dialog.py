"""Add or edit one person."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout

from core.errors import ThiDuaError
from core.model import Person, Role, Unit
from ui.person_fields import PersonFields
from ui.widgets import ErrorLabel, ok_cancel_buttons


class PersonDialog(QDialog):
    """``save`` is called with the person on OK; its ValidationError keeps the dialog open."""

    def __init__(
        self, units: list[Unit], save: Callable[[Person], object], person: Person | None = None, parent=None
    ):
        super().__init__(parent)
        self._save = save
        self._person_id = person.id if person else None
        self.setWindowTitle(
            self.tr("Sửa thông tin người tham dự") if person else self.tr("Thêm người tham dự")
        )
        self.setMinimumWidth(520)
        self.fields = PersonFields(units, (Role.HEAD, Role.DELEGATE, Role.GUEST), self)
        self.errors = ErrorLabel()
        form = QFormLayout()
        self.fields.add_rows(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(ok_cancel_buttons(self, mnemonics=True))
        if person:
            self.fields.load(person)
        else:
            self.fields.role.setCurrentIndex(self.fields.role.findData(Role.DELEGATE))
        self.fields.update_enabled()

    def person(self) -> Person:
        return self.fields.person(self._person_id)

    def accept(self) -> None:
        try:
            self._save(self.person())
        except ThiDuaError as error:
            self.errors.show_error(error)
            return
        super().accept()
