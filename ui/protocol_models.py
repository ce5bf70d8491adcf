"""Table models of the Lễ tân stage, with named columns; tested without a window.

Both the order of rank and the seating take a drag: the model reads what was dropped where and
calls back (``on_move(person_id, steps)``, ``on_seat(person_id, row, place)``); the view then
reads the file again. A drag carries the person's id, nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from core.model import Person, Role, Unit, row_id
from core.programme import STAGES, ProgrammeItem
from core.protocol_rank import group_of, host_province
from core.seating import HEAD_ROW, Seat, SeatingPlan
from ui import styles
from ui.column_model import ColumnTableModel, Index
from ui.i18n import core_text

PERSON_MIME = "application/x-thidua-person"
GUEST_COLOR = QColor(styles.HEADER_BACKGROUND)


def _mime(person_id: int) -> QMimeData:
    data = QMimeData()
    data.setData(PERSON_MIME, QByteArray(str(person_id).encode("ascii")))
    return data


def _person_id(data: QMimeData) -> int | None:
    if not data.hasFormat(PERSON_MIME):
        return None
    try:
        return int(bytes(data.data(PERSON_MIME).data()).decode("ascii"))
    except ValueError:
        return None


class RankColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    POSITION = 2
    BODY = 3
    GROUP = 4


class RankModel(ColumnTableModel):
    """Everyone in order of rank; a row dragged onto another takes its place."""

    columns = RankColumn

    def __init__(self, on_move: Callable[[int, int], None], parent=None):
        super().__init__(parent)
        self._on_move = on_move
        self._units: dict[int | None, str] = {}
        self._groups: dict[int, str] = {}

    def set_people(self, people: list[Person], units: list[Unit], meeting) -> None:
        host = host_province(meeting, units)
        self._units = {u.id: u.short_name for u in units}
        self._groups = {row_id(p): core_text(group_of(p, meeting, host).label) for p in people}
        self.set_rows(people)

    def person_at(self, row: int) -> Person:
        return self._rows[row]

    def headers(self) -> dict[RankColumn, str]:
        return {
            RankColumn.NUMBER: self.tr("STT"),
            RankColumn.NAME: self.tr("Họ và tên"),
            RankColumn.POSITION: self.tr("Chức vụ"),
            RankColumn.BODY: self.tr("Đơn vị / cơ quan"),
            RankColumn.GROUP: self.tr("Nhóm"),
        }

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person: Person = self._rows[index.row()]
        column = RankColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == RankColumn.NUMBER:
                return index.row() + 1
            if column == RankColumn.NAME:
                return person.full_name
            if column == RankColumn.POSITION:
                return person.position
            if column == RankColumn.BODY:
                return (
                    person.organization if person.role == Role.GUEST else self._units.get(person.unit_id, "")
                )
            return self._groups.get(row_id(person), "")
        if role == Qt.ItemDataRole.BackgroundRole and person.role == Role.GUEST:
            return QBrush(GUEST_COLOR)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def mimeData(self, indexes) -> QMimeData:
        return _mime(row_id(self._rows[indexes[0].row()]))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        person_id = _person_id(data)
        ids = [row_id(p) for p in self._rows]
        if person_id not in ids:
            return False
        source = ids.index(person_id)
        if parent.isValid():  # onto a row: takes its place
            target = parent.row()
        elif row >= 0:  # between rows: before ``row``
            target = row - 1 if row > source else row
        else:  # below the last row
            target = len(ids) - 1
        if target != source:
            self._on_move(person_id, target - source)
        return False  # the view reads the new order from the file; nothing to remove here


class SeatingModel(QAbstractTableModel):
    """The head table (row 0) and the rows of the hall, one column a seat; an extra empty row
    at the end takes someone moved out of the rows used."""

    def __init__(self, on_seat: Callable[[int, int, int], None], parent=None):
        super().__init__(parent)
        self._on_seat = on_seat
        self.plan = SeatingPlan({}, 10)
        self._units: dict[int | None, str] = {}

    def set_plan(self, plan: SeatingPlan, units: list[Unit]) -> None:
        self.beginResetModel()
        self.plan = plan
        self._units = {u.id: u.short_name for u in units}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.plan.rows + 2  # the head table, the rows, one empty row

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return max(self.plan.seats_per_row, self.plan.width(HEAD_ROW))

    def seat_at(self, index: Index) -> Seat:
        return Seat(index.row(), index.column() + 1)

    def person_at(self, index: Index) -> Person | None:
        return self.plan.seats.get(self.seat_at(index))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr("Ghế {0}").format(section + 1)
        return self.tr("Chủ tọa") if section == HEAD_ROW else self.tr("Hàng {0}").format(section)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self.person_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if person is None:
                return ""
            where = person.organization if person.role == Role.GUEST else self._units.get(person.unit_id, "")
            return f"{person.full_name}\n{where}"
        if role == Qt.ItemDataRole.ToolTipRole and person is not None:
            return f"{person.full_name} – {person.position}"
        if role == Qt.ItemDataRole.BackgroundRole and person is not None and person.role == Role.GUEST:
            return QBrush(GUEST_COLOR)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        if self.person_at(index) is not None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def mimeData(self, indexes) -> QMimeData:
        person = self.person_at(indexes[0])
        return _mime(row_id(person)) if person is not None else QMimeData()

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        person_id = _person_id(data)
        if person_id is None or not parent.isValid():
            return False
        seat = self.seat_at(parent)
        self._on_seat(person_id, seat.row, seat.place)
        return False


class ProgrammeColumn(IntEnum):
    START = 0
    TITLE = 1
    RESPONSIBLE = 2
    STAGE = 3


FIELDS = {
    ProgrammeColumn.START: "start",
    ProgrammeColumn.TITLE: "title",
    ProgrammeColumn.RESPONSIBLE: "responsible",
}


class ProgrammeModel(ColumnTableModel):
    """The programme as edited on screen: kept here until saved (``dirty``); "now" in bold colour."""

    columns = ProgrammeColumn

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dirty = False
        self.current = -1

    def set_items(self, items: list[ProgrammeItem]) -> None:
        self.dirty = False
        self.set_rows([replace(i) for i in items])

    def items(self) -> list[ProgrammeItem]:
        return [replace(i) for i in self._rows]

    def headers(self) -> dict[ProgrammeColumn, str]:
        return {
            ProgrammeColumn.START: self.tr("Giờ"),
            ProgrammeColumn.TITLE: self.tr("Nội dung"),
            ProgrammeColumn.RESPONSIBLE: self.tr("Người thực hiện"),
            ProgrammeColumn.STAGE: self.tr("Gắn với bước"),
        }

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item: ProgrammeItem = self._rows[index.row()]
        column = ProgrammeColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == ProgrammeColumn.STAGE:
                return (
                    item.stage if role == Qt.ItemDataRole.EditRole else core_text(STAGES.get(item.stage, ""))
                )
            return getattr(item, FIELDS[column])
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == self.current:
            return QBrush(QColor(styles.ELECTED_BACKGROUND))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item: ProgrammeItem = self._rows[index.row()]
        column = ProgrammeColumn(index.column())
        if column == ProgrammeColumn.STAGE:
            item.stage = str(value) if str(value) in STAGES else ""
        else:
            setattr(item, FIELDS[column], str(value))
        self.dirty = True
        self.repaint_row(index.row())
        return True

    def insert_item(self, row: int, item: ProgrammeItem) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, item)
        self.endInsertRows()
        self.dirty = True

    def remove_item(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.dirty = True

    def set_current(self, row: int) -> None:
        self.current = row
        self.repaint_all()
