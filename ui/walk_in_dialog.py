"""Người đến thêm: add someone at the door and check them in, in one dialog.

Optionally as a substitute (đại biểu thay thế) for an absent delegate: they join that
delegate's unit and take over the voting right.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from core.errors import ThiDuaError
from core.model import Person, Role, Unit
from core.text import fold, matches
from ui import styles
from ui.person_fields import PersonFields
from ui.widgets import ErrorLabel, ok_cancel_buttons


class WalkInDialog(QDialog):
    """``save(person, substitute_for)`` runs on OK; its ValidationError keeps the dialog open."""

    def __init__(
        self,
        units: list[Unit],
        absent: list[Person],
        save: Callable[[Person, int | None], object],
        name: str = "",
        parent=None,
    ):
        super().__init__(parent)
        self._save = save
        self._units = {u.id: u for u in units}
        self._absent = absent
        self.setWindowTitle(self.tr("Người đến thêm – thêm và điểm danh"))
        self.setMinimumWidth(560)

        # The desk's usual walk-in is a delegate, so that role comes first.
        self.fields = PersonFields(units, (Role.DELEGATE, Role.HEAD, Role.GUEST), self)
        self.fields.name.setText(name)

        self.is_substitute = QCheckBox(self.tr("Đại biểu &thay thế cho một đại biểu vắng mặt"))
        self.substitute_filter = QLineEdit()
        self.substitute_filter.setPlaceholderText(self.tr("Tìm người vắng (gõ không dấu cũng được)"))
        self.substitute_for = QComboBox()
        self.substitute_note = QLabel(
            self.tr("Người thay thế thuộc đơn vị của người vắng và nhận quyền biểu quyết của người đó.")
        )
        self.substitute_note.setWordWrap(True)
        self.substitute_note.setStyleSheet(styles.text(styles.MUTED))
        self.errors = ErrorLabel()

        form = QFormLayout()
        self.fields.add_rows(form)
        form.addRow(self.is_substitute)
        form.addRow(self.tr("Tìm"), self.substitute_filter)
        form.addRow(self.tr("Thay cho"), self.substitute_for)
        form.addRow(self.substitute_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(ok_cancel_buttons(self, mnemonics=True))

        self.fields.role.currentIndexChanged.connect(self._update)
        self.is_substitute.toggled.connect(self._update)
        self.substitute_for.currentIndexChanged.connect(self._update)
        self.substitute_filter.textChanged.connect(self._fill_absent)
        self.is_substitute.setEnabled(bool(absent))
        self._fill_absent()
        self._update()

    def _absent_label(self, person: Person) -> str:
        unit = self._units.get(person.unit_id)
        label = f"{person.full_name} – {unit.short_name if unit else ''}"
        return f"{label} ({person.position})" if person.position else label

    def _fill_absent(self) -> None:
        query = self.substitute_filter.text()
        self.substitute_for.blockSignals(True)
        self.substitute_for.clear()
        for person in self._absent:
            label = self._absent_label(person)
            if not fold(query) or matches(query, label):
                self.substitute_for.addItem(label, person.id)
        self.substitute_for.blockSignals(False)
        self._update()

    def select_substitute_for(self, person_id: int) -> None:
        """Tick "thay thế" and choose the absent delegate (as a user does with the list)."""
        self.is_substitute.setChecked(True)
        self.substitute_filter.clear()
        self.substitute_for.setCurrentIndex(self.substitute_for.findData(person_id))

    def _update(self) -> None:
        substitute = self.is_substitute.isChecked()
        for widget in (self.substitute_filter, self.substitute_for, self.substitute_note):
            widget.setEnabled(substitute)
        role, unit = self.fields.role, self.fields.unit
        if substitute:
            # A substitute is a delegate of the absent person's unit.
            if self.fields.is_guest():
                role.setCurrentIndex(role.findData(Role.DELEGATE))
            original = next((p for p in self._absent if p.id == self.substitute_for.currentData()), None)
            if original is not None:
                unit.setCurrentIndex(unit.findData(original.unit_id))
        role.model().item(role.findData(Role.GUEST)).setEnabled(not substitute)
        self.fields.update_enabled()
        unit.setEnabled(unit.isEnabled() and not substitute)

    def person(self) -> Person:
        return self.fields.person()

    def chosen_substitute_for(self) -> int | None:
        return self.substitute_for.currentData() if self.is_substitute.isChecked() else None

    def accept(self) -> None:
        if self.is_substitute.isChecked() and self.chosen_substitute_for() is None:
            self.errors.show_messages([self.tr('Trường "Thay cho": hãy chọn người vắng mặt.')])
            return
        try:
            self._save(self.person(), self.chosen_substitute_for())
        except ThiDuaError as error:
            self.errors.show_error(error)
            return
        super().accept()
