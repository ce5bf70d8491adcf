"""Table models for the setup screens, with named columns; tested without a window."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QSortFilterProxyModel, Qt

from core.model import ROLE_LABELS, Person, Role, Unit
from core.text import matches, name_sort_key
from ui.column_model import ColumnTableModel, Index


class UnitColumn(IntEnum):
    POSITION = 0
    SHORT_NAME = 1
    FULL_TITLE = 2
    PEOPLE = 3


class UnitsTableModel(ColumnTableModel):
    """Member units in official order, with how many people each has."""

    columns = UnitColumn

    def __init__(self, parent=None):
        super().__init__(parent)
        self._people_count: dict[int, int] = {}

    def set_units(self, units: list[Unit], people: list[Person]) -> None:
        self._people_count = {}
        for p in people:
            if p.unit_id is not None:
                self._people_count[p.unit_id] = self._people_count.get(p.unit_id, 0) + 1
        self.set_rows(units)

    def unit_at(self, row: int) -> Unit:
        return self._rows[row]

    def headers(self) -> dict[UnitColumn, str]:
        return {
            UnitColumn.POSITION: self.tr("STT"),
            UnitColumn.SHORT_NAME: self.tr("Tên ngắn"),
            UnitColumn.FULL_TITLE: self.tr("Tên đầy đủ"),
            UnitColumn.PEOPLE: self.tr("Số người"),
        }

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        unit = self._rows[index.row()]
        column = UnitColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                UnitColumn.POSITION: unit.position,
                UnitColumn.SHORT_NAME: unit.short_name,
                UnitColumn.FULL_TITLE: unit.full_title,
                UnitColumn.PEOPLE: self._people_count.get(unit.id, 0),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (UnitColumn.POSITION, UnitColumn.PEOPLE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class PersonColumn(IntEnum):
    CODE = 0
    NAME = 1
    POSITION = 2
    UNIT = 3
    ROLE = 4
    PHONE = 5


SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class PeopleTableModel(ColumnTableModel):
    """Delegates and guests. The unit column shows a guest's organization."""

    columns = PersonColumn

    def __init__(self, parent=None):
        super().__init__(parent)
        self._unit_names: dict[int, str] = {}
        self._name_rank: dict[int, int] = {}

    def set_people(self, people: list[Person], units: list[Unit]) -> None:
        self._unit_names = {u.id: u.short_name for u in units if u.id is not None}
        # Vietnamese name order as one integer per person, so that the view can sort by it.
        by_name = sorted(range(len(people)), key=lambda i: name_sort_key(people[i].full_name))
        self._name_rank = {row: rank for rank, row in enumerate(by_name)}
        self.set_rows(people)

    def person_at(self, row: int) -> Person:
        return self._rows[row]

    def row_of(self, person_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == person_id), -1)

    def unit_text(self, person: Person) -> str:
        if person.role == Role.GUEST:
            return person.organization
        return self._unit_names.get(person.unit_id, "")

    def headers(self) -> dict[PersonColumn, str]:
        return {
            PersonColumn.CODE: self.tr("Mã"),
            PersonColumn.NAME: self.tr("Họ và tên"),
            PersonColumn.POSITION: self.tr("Chức vụ"),
            PersonColumn.UNIT: self.tr("Đơn vị / Cơ quan"),
            PersonColumn.ROLE: self.tr("Vai trò"),
            PersonColumn.PHONE: self.tr("Điện thoại"),
        }

    def role_label(self, role: Role) -> str:
        return {
            Role.HEAD: self.tr("Trưởng đoàn"),
            Role.DELEGATE: self.tr("Đại biểu"),
            Role.GUEST: self.tr("Khách mời"),
        }.get(role, ROLE_LABELS[role])

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self._rows[index.row()]
        column = PersonColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                PersonColumn.CODE: person.code,
                PersonColumn.NAME: person.full_name,
                PersonColumn.POSITION: person.position,
                PersonColumn.UNIT: self.unit_text(person),
                PersonColumn.ROLE: self.role_label(person.role),
                PersonColumn.PHONE: person.phone,
            }[column]
        if role == SORT_ROLE:
            if column == PersonColumn.NAME:
                return self._name_rank[index.row()]
            if column == PersonColumn.CODE:
                return person.code.zfill(12)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None


class PeopleFilterModel(QSortFilterProxyModel):
    """Search as you type, without diacritics or case: "nguyen tan", "kh hoa", "dak"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._query = ""
        self.setSortRole(SORT_ROLE)

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self._query = query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._query.strip():
            return True
        model: PeopleTableModel = self.sourceModel()
        person = model.person_at(source_row)
        return matches(self._query, person.full_name, person.position, model.unit_text(person), person.code)
