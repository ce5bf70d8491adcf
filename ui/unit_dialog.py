"""Add or edit one member unit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout

from core.errors import ThiDuaError
from core.model import Unit
from ui.widgets import ErrorLabel, ok_cancel_buttons


class UnitDialog(QDialog):
    """``save`` is called with the unit on OK; a refusal (any ThiDuaError) keeps the dialog open."""

    def __init__(self, save: Callable[[Unit], object], unit: Unit | None = None, parent=None):
        super().__init__(parent)
        self._save = save
        self._unit = unit
        self.setWindowTitle(self.tr("Sửa đơn vị") if unit else self.tr("Thêm đơn vị thành viên"))
        self.setMinimumWidth(480)
        self.short_name = QLineEdit(unit.short_name if unit else "")
        self.short_name.setPlaceholderText("Khánh Hòa")
        self.full_title = QLineEdit(unit.full_title if unit else "")
        self.full_title.setPlaceholderText("Ban Tổ chức Tỉnh ủy Khánh Hòa")
        self.errors = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Tên ngắn"), self.short_name)
        form.addRow(self.tr("Tên đầy đủ"), self.full_title)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def unit(self) -> Unit:
        old = self._unit
        return Unit(
            self.short_name.text(),
            self.full_title.text(),
            old.position if old else 0,
            old.id if old else None,
        )

    def accept(self) -> None:
        try:
            self._save(self.unit())
        except ThiDuaError as error:
            self.errors.show_error(error)
            return
        super().accept()
