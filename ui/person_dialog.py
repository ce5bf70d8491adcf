"""Add or edit one person."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)

from core.errors import ValidationError
from core.model import Person, Role, Unit
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

        self.name = QLineEdit()
        self.role = QComboBox()
        for role, label in (
            (Role.HEAD, self.tr("Trưởng đoàn")),
            (Role.DELEGATE, self.tr("Đại biểu")),
            (Role.GUEST, self.tr("Khách mời")),
        ):
            self.role.addItem(label, role)
        self.position = QLineEdit()
        self.unit = QComboBox()
        for unit in units:
            self.unit.addItem(unit.short_name, unit.id)
        self.organization = QLineEdit()
        self.phone = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("để trống: tự cấp mã"))
        self.errors = ErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("Họ và tên"), self.name)
        form.addRow(self.tr("Vai trò"), self.role)
        form.addRow(self.tr("Chức vụ"), self.position)
        form.addRow(self.tr("Đơn vị"), self.unit)
        form.addRow(self.tr("Cơ quan (khách mời)"), self.organization)
        form.addRow(self.tr("Số điện thoại"), self.phone)
        form.addRow(self.tr("Mã (chữ số)"), self.code)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

        self.role.currentIndexChanged.connect(self._role_changed)
        if person:
            self.name.setText(person.full_name)
            self.role.setCurrentIndex(self.role.findData(person.role))
            self.position.setText(person.position)
            if person.unit_id is not None:
                self.unit.setCurrentIndex(self.unit.findData(person.unit_id))
            self.organization.setText(person.organization)
            self.phone.setText(person.phone)
            self.code.setText(person.code)
        else:
            self.role.setCurrentIndex(self.role.findData(Role.DELEGATE))
        self._role_changed()

    def _role_changed(self) -> None:
        is_guest = self.role.currentData() == Role.GUEST
        self.unit.setEnabled(not is_guest)
        self.organization.setEnabled(is_guest)

    def person(self) -> Person:
        is_guest = self.role.currentData() == Role.GUEST
        return Person(
            full_name=self.name.text(),
            role=Role(self.role.currentData()),  # Qt gives the enum back as a plain string
            position=self.position.text(),
            unit_id=None if is_guest else self.unit.currentData(),
            organization=self.organization.text() if is_guest else "",
            phone=self.phone.text(),
            code=self.code.text(),
            id=self._person_id,
        )

    def accept(self) -> None:
        try:
            self._save(self.person())
        except ValidationError as error:
            self.errors.show_messages(error.messages)
            return
        super().accept()
