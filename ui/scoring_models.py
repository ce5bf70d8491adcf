"""The tables of the Chấm điểm stage, with named columns (ui/column_model.py), tested without a window."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from core import scoring
from core.scoring import Kind
from ui.column_model import ColumnTableModel, Index
from ui.i18n import core_text


class ItemColumn(IntEnum):
    CODE = 0
    TITLE = 1
    KIND = 2
    MAXIMUM = 3
    FIGURE = 4  # a target's target, a count's points per occurrence
    MEASURE = 5


EDITABLE = {
    ItemColumn.TITLE: "title",
    ItemColumn.MAXIMUM: "max",
    ItemColumn.FIGURE: "figure",
    ItemColumn.MEASURE: "measure",
}


class TableItemsModel(ColumnTableModel):
    """The scoring table, each group followed by its members, indented; F2 edits a cell."""

    columns = ItemColumn

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.last_refusal: list[str] = []

    def headers(self) -> dict:
        return {
            ItemColumn.CODE: self.tr("Mã"),
            ItemColumn.TITLE: self.tr("Nội dung"),
            ItemColumn.KIND: self.tr("Loại"),
            ItemColumn.MAXIMUM: self.tr("Tối đa"),
            ItemColumn.FIGURE: self.tr("Chỉ tiêu / điểm mỗi lần"),
            ItemColumn.MEASURE: self.tr("Đơn vị tính"),
        }

    def reload(self) -> None:
        self.set_rows(self.controller.standing.table.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item: scoring.Item = self._rows[index.row()]
        table = self.controller.standing.table
        column = ItemColumn(index.column())
        if role == Qt.ItemDataRole.FontRole and item.kind is Kind.GROUP:
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == ItemColumn.CODE:
            return item.code
        if column == ItemColumn.TITLE:
            indent = "" if role == Qt.ItemDataRole.EditRole else "    " * table.depth(item)
            return indent + item.title
        if column == ItemColumn.KIND:
            return core_text(item.kind.label)
        if column == ItemColumn.MAXIMUM:
            top = table.maximum(item) if item.kind is not Kind.PENALTY else item.max_points
            return ("−" if item.kind is Kind.PENALTY else "") + scoring.decimal_text(top)
        if column == ItemColumn.FIGURE:
            return scoring.decimal_text(item.target if item.kind is Kind.TARGET else item.per)
        return item.measure

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and ItemColumn(index.column()) in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = ItemColumn(index.column())
        if column not in EDITABLE or str(value) == str(self.data(index, Qt.ItemDataRole.EditRole)):
            return False
        done = self.controller.edit_item(index.row(), EDITABLE[column], str(value))
        self.last_refusal = [] if done.ok else done.lines
        if done.ok:
            self.reload()
        return done.ok


class RankColumn(IntEnum):
    RANK = 0
    UNIT = 1
    SELF = 2
    REVIEWED = 3
    CHANGES = 4
    WOMEN = 5
    MISSING = 6


class RankingModel(ColumnTableModel):
    columns = RankColumn

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller

    def headers(self) -> dict:
        return {
            RankColumn.RANK: self.tr("Hạng"),
            RankColumn.UNIT: self.tr("Đơn vị"),
            RankColumn.SELF: self.tr("Tự chấm"),
            RankColumn.REVIEWED: self.tr("Thẩm định"),
            RankColumn.CHANGES: self.tr("Điều chỉnh"),
            RankColumn.WOMEN: self.tr("Nữ ≥ 70 %"),
            RankColumn.MISSING: self.tr("Còn thiếu"),
        }

    def reload(self) -> None:
        self.set_rows(self.controller.standing.ranking)

    def unit_at(self, row: int) -> int | None:
        return self._rows[row].unit_id if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        line: scoring.RankLine = self._rows[index.row()]
        s = self.controller.standing
        column = RankColumn(index.column())
        if column == RankColumn.RANK:
            return f"{line.rank}" + (self.tr(" (đồng hạng)") if line.tied else "")
        if column == RankColumn.UNIT:
            return s.names[line.unit_id]
        if column == RankColumn.SELF:
            return scoring.points_text(s.self_scores.totals[line.unit_id])
        if column == RankColumn.REVIEWED:
            return scoring.points_text(line.total)
        if column == RankColumn.CHANGES:
            count = sum(1 for (_c, u), e in s.entries.items() if u == line.unit_id and e.changed)
            return str(count) if count else ""
        if column == RankColumn.WOMEN:
            return self.tr("có") if line.women else ""
        missing = len(s.scores.missing.get(line.unit_id, ()))
        return str(missing) if missing else ""


class DetailColumn(IntEnum):
    CODE = 0
    TITLE = 1
    SELF = 2
    REVIEWED = 3
    POINTS = 4
    NOTE = 5


class UnitDetailModel(ColumnTableModel):
    """One unit's criteria: what it reported, the cluster's reviewed value, the points, why."""

    columns = DetailColumn

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.unit_id: int | None = None

    def headers(self) -> dict:
        return {
            DetailColumn.CODE: self.tr("Mã"),
            DetailColumn.TITLE: self.tr("Tiêu chí"),
            DetailColumn.SELF: self.tr("Tự báo cáo"),
            DetailColumn.REVIEWED: self.tr("Thẩm định"),
            DetailColumn.POINTS: self.tr("Điểm"),
            DetailColumn.NOTE: self.tr("Lý do điều chỉnh"),
        }

    def show_unit(self, unit_id: int | None) -> None:
        self.unit_id = unit_id
        rows = self.controller.standing.table.criteria if unit_id is not None else ()
        self.set_rows(rows)

    def code_at(self, row: int) -> str | None:
        return self._rows[row].code if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole or self.unit_id is None:
            return None
        item: scoring.Item = self._rows[index.row()]
        entry = self.controller.entry(item.code, self.unit_id)
        column = DetailColumn(index.column())
        if column == DetailColumn.CODE:
            return item.code
        if column == DetailColumn.TITLE:
            return item.title
        if column == DetailColumn.SELF:
            return scoring.value_text(item, entry.self_value)
        if column == DetailColumn.REVIEWED:
            return scoring.value_text(item, entry.reviewed)
        if column == DetailColumn.POINTS:
            return scoring.points_text(self.controller.standing.scores.of(item.code, self.unit_id))
        return entry.note


class TitleColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    PLACES = 2
    STATE = 3
    CANDIDATES = 4
    ACCLAIMED = 5


class TitlesModel(ColumnTableModel):
    columns = TitleColumn

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller

    def headers(self) -> dict:
        return {
            TitleColumn.NUMBER: self.tr("STT"),
            TitleColumn.NAME: self.tr("Danh hiệu"),
            TitleColumn.PLACES: self.tr("Số danh hiệu"),
            TitleColumn.STATE: self.tr("Trạng thái"),
            TitleColumn.CANDIDATES: self.tr("Đề xuất / danh sách"),
            TitleColumn.ACCLAIMED: self.tr("Được suy tôn"),
        }

    def reload(self) -> None:
        self.set_rows(self.controller.titles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        names = self.controller.standing.names
        column = TitleColumn(index.column())
        if column == TitleColumn.NUMBER:
            return str(index.row() + 1)
        if column == TitleColumn.NAME:
            return r.title.name
        if column == TitleColumn.PLACES:
            return str(r.places)
        if column == TitleColumn.STATE:
            return core_text(r.state.label)
        if column == TitleColumn.CANDIDATES:
            return ", ".join(names.get(u, "?") for u in r.candidates)
        return ", ".join(names.get(u, "?") for u in r.acclaimed)


def first_index(model: ColumnTableModel) -> QModelIndex:
    return model.index(0, 0)
