"""The registration desk's list: a table model that filters the desk's precomputed index.

No proxy model and no SQL per keystroke: the desk folded each person's text once, and
a query keeps the indices of the entries that contain every word. When the query only
grew ("ng" -> "ngu"), the new result is searched within the old one.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.model import Person, Role
from core.registration import DeskEntry, RegistrationDesk
from core.text import fold
from ui import styles
from ui.column_model import ColumnTableModel, Index

PRESENT_BACKGROUND = QColor(styles.PRESENT_BACKGROUND)


class RegistrationColumn(IntEnum):
    CODE = 0
    NAME = 1
    POSITION = 2
    UNIT = 3
    ROLE = 4
    CHECKED_IN = 5


class StatusFilter(StrEnum):
    ALL = "all"
    ABSENT = "absent"  # not checked in yet
    PRESENT = "present"


class RegistrationTableModel(ColumnTableModel):
    """The rows (``self._rows``) are indices into ``desk.entries``."""

    columns = RegistrationColumn

    def __init__(self, desk: RegistrationDesk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self._query = ""
        self._folded = ""
        self._status = StatusFilter.ALL
        self._bold = QFont()
        self._bold.setBold(True)
        self._present_brush = QBrush(PRESENT_BACKGROUND)
        self.refresh()

    # -- filtering -------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        folded = fold(query)
        narrowing = bool(self._folded) and folded.startswith(self._folded)
        self._query, self._folded = query, folded
        self.set_rows(self._filtered(self._rows if narrowing else None))

    def set_status(self, status: StatusFilter) -> None:
        self._status = status
        self.refresh()

    def refresh(self) -> None:
        """Filter again from scratch (after the desk reloaded or someone checked in)."""
        self.set_rows(self._filtered(None))

    def _filtered(self, within: list[int] | None) -> list[int]:
        rows = self.desk.search(self._query, within)
        if self._status != StatusFilter.ALL:
            present = self.desk.present
            want = self._status == StatusFilter.PRESENT
            entries = self.desk.entries
            rows = [i for i in rows if (entries[i].person.id in present) == want]
        return rows

    def person_changed(self, person_id: int) -> None:
        """Repaint one person's row (e.g. their check-in time) without filtering again."""
        row = self.row_of(person_id)
        if row >= 0:
            self.repaint_row(row)

    # -- access ----------------------------------------------------------------

    def entry_at(self, row: int) -> DeskEntry:
        return self.desk.entries[self._rows[row]]

    def person_at(self, row: int) -> Person:
        return self.entry_at(row).person

    def row_of(self, person_id: int) -> int:
        entries = self.desk.entries
        return next((r for r, i in enumerate(self._rows) if entries[i].person.id == person_id), -1)

    def total(self) -> int:
        return len(self.desk.entries)

    # -- Qt model --------------------------------------------------------------

    def headers(self) -> dict[RegistrationColumn, str]:
        return {
            RegistrationColumn.CODE: self.tr("Mã"),
            RegistrationColumn.NAME: self.tr("Họ và tên"),
            RegistrationColumn.POSITION: self.tr("Chức vụ"),
            RegistrationColumn.UNIT: self.tr("Đơn vị / Cơ quan"),
            RegistrationColumn.ROLE: self.tr("Vai trò"),
            RegistrationColumn.CHECKED_IN: self.tr("Có mặt lúc"),
        }

    def role_text(self, entry: DeskEntry) -> str:
        if entry.substitute_name:
            return self.tr("Thay cho {0}").format(entry.substitute_name)
        return {
            Role.HEAD: self.tr("Trưởng đoàn"),
            Role.DELEGATE: self.tr("Đại biểu"),
            Role.GUEST: self.tr("Khách mời"),
        }[entry.person.role]

    def status_text(self, entry: DeskEntry) -> str:
        at = self.desk.present.get(entry.person.id)
        if at is not None:
            return at.strftime("%H:%M")
        if entry.replaced_by:
            return self.tr("vắng – {0} thay").format(entry.replaced_by)
        return ""

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        # Called hundreds of times per repaint, for many roles: answer the unused ones first.
        if role not in _ROLES or not index.isValid():
            return None
        entry = self.entry_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            p = entry.person
            if column == RegistrationColumn.CODE:
                return p.code
            if column == RegistrationColumn.NAME:
                return p.full_name
            if column == RegistrationColumn.POSITION:
                return p.position
            if column == RegistrationColumn.UNIT:
                return entry.unit_text
            if column == RegistrationColumn.ROLE:
                return self.role_text(entry)
            return self.status_text(entry)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._present_brush if entry.person.id in self.desk.present else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if column == RegistrationColumn.CHECKED_IN else None
        if column in (RegistrationColumn.CODE, RegistrationColumn.CHECKED_IN):  # TextAlignmentRole
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


_ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
    )
)
