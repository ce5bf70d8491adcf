"""The fields of one person, shared by the person dialog and the walk-in dialog."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit

from core.model import Person, Role, Unit


class PersonFields(QObject):
    """Name, role, position, unit or organization, phone, code; a guest has no unit."""

    def __init__(self, units: list[Unit], roles: tuple[Role, ...], parent: QObject | None = None):
        super().__init__(parent)
        labels = {
            Role.HEAD: self.tr("Trưởng đoàn"),
            Role.DELEGATE: self.tr("Đại biểu"),
            Role.GUEST: self.tr("Khách mời"),
        }
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in roles:
            self.role.addItem(labels[role], role)
        self.position = QLineEdit()
        self.unit = QComboBox()
        for unit in units:
            self.unit.addItem(unit.short_name, unit.id)
        if not units:  # a new meeting: say where units come from (a guest needs none)
            self.unit.setPlaceholderText(self.tr("chưa có đơn vị: thêm ở Chuẩn bị › Đơn vị thành viên"))
        self.organization = QLineEdit()
        self.phone = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("để trống: tự cấp mã"))
        self.role.currentIndexChanged.connect(self.update_enabled)

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Họ và tên"), self.name)
        form.addRow(self.tr("Vai trò"), self.role)
        form.addRow(self.tr("Chức vụ"), self.position)
        form.addRow(self.tr("Đơn vị"), self.unit)
        form.addRow(self.tr("Cơ quan (khách mời)"), self.organization)
        form.addRow(self.tr("Số điện thoại"), self.phone)
        form.addRow(self.tr("Mã (chữ số)"), self.code)

    def is_guest(self) -> bool:
        return self.role.currentData() == Role.GUEST

    def update_enabled(self) -> None:
        self.unit.setEnabled(not self.is_guest())
        self.organization.setEnabled(self.is_guest())

    def load(self, person: Person) -> None:
        self.name.setText(person.full_name)
        self.role.setCurrentIndex(self.role.findData(person.role))
        self.position.setText(person.position)
        if person.unit_id is not None:
            self.unit.setCurrentIndex(self.unit.findData(person.unit_id))
        self.organization.setText(person.organization)
        self.phone.setText(person.phone)
        self.code.setText(person.code)

    def person(self, person_id: int | None = None) -> Person:
        is_guest = self.is_guest()
        return Person(
            full_name=self.name.text(),
            role=Role(self.role.currentData()),  # Qt gives the enum back as a plain string
            position=self.position.text(),
            unit_id=None if is_guest else self.unit.currentData(),
            organization=self.organization.text() if is_guest else "",
            phone=self.phone.text(),
            code=self.code.text(),
            id=person_id,
        )
