"""Table models of the agreement stage, with named columns; tested without a window."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.agreement import AgreementItem, Signatory, SignatoryPlan
from ui import styles
from ui.column_model import ColumnTableModel, Index

FLAG_COLOR = QColor(styles.FLAG_BACKGROUND)  # a unit with nobody present who may sign
SIGNED_COLOR = QColor(styles.SIGNED_BACKGROUND)
OMITTED_COLOR = QColor(styles.OMITTED)


class ItemColumn(IntEnum):
    NUMBER = 0
    CONTENT = 1
    UNIT = 2
    TARGET = 3
    NOTE = 4
    GOAL = 5  # a movement's columns: the targets' table hides them, the movements' hides UNIT, TARGET
    LAUNCH = 6
    REVIEW = 7


ITEM_FIELDS = {
    ItemColumn.CONTENT: "content",
    ItemColumn.UNIT: "unit_of_measure",
    ItemColumn.TARGET: "target",
    ItemColumn.NOTE: "note",
    ItemColumn.GOAL: "goal",
    ItemColumn.LAUNCH: "launch",
    ItemColumn.REVIEW: "review",
}
MOVEMENT_ONLY = (ItemColumn.GOAL, ItemColumn.LAUNCH, ItemColumn.REVIEW)
TARGET_ONLY = (ItemColumn.UNIT, ItemColumn.TARGET, ItemColumn.NOTE)  # a movement's note: none on the form


class AgreementItemsModel(ColumnTableModel):
    """The movements or the targets: every cell but the number is edited in place.

    ``on_edit(row, field, value) -> bool`` stores an edit (one user action) and says
    whether it was accepted.
    """

    columns = ItemColumn

    def __init__(self, on_edit: Callable[[int, str, str], bool], parent=None):
        super().__init__(parent)
        self._on_edit = on_edit

    def set_items(self, items: list[AgreementItem]) -> None:
        """Same number of rows: update in place, so an editor moving to the next cell stays open."""
        self.update_rows(items)

    def item_at(self, row: int) -> AgreementItem:
        return self._rows[row]

    def headers(self) -> dict[ItemColumn, str]:
        return {
            ItemColumn.NUMBER: self.tr("STT"),
            ItemColumn.CONTENT: self.tr("Nội dung"),
            ItemColumn.UNIT: self.tr("Đơn vị tính"),
            ItemColumn.TARGET: self.tr("Chỉ tiêu"),
            ItemColumn.NOTE: self.tr("Ghi chú"),
            ItemColumn.GOAL: self.tr("Mục tiêu"),
            ItemColumn.LAUNCH: self.tr("Phát động"),
            ItemColumn.REVIEW: self.tr("Sơ kết, tổng kết"),
        }

    def flags(self, index: Index):
        base = super().flags(index)
        if index.isValid() and index.column() != ItemColumn.NUMBER:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = ItemColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == ItemColumn.NUMBER:
                return index.row() + 1
            return getattr(item, ITEM_FIELDS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            ItemColumn.NUMBER,
            ItemColumn.UNIT,
            ItemColumn.TARGET,
            ItemColumn.LAUNCH,
            ItemColumn.REVIEW,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == ItemColumn.NUMBER:
            return False
        field = ITEM_FIELDS[ItemColumn(index.column())]
        if str(value) == getattr(self._rows[index.row()], field):
            return False
        return self._on_edit(index.row(), field, str(value))


class SignatoryColumn(IntEnum):
    ORDER = 0
    UNIT = 1
    SIGNER = 2
    TITLE = 3
    STATUS = 4


class SignatoriesModel(ColumnTableModel):
    """One row per member unit, in the order of the signature blocks."""

    columns = SignatoryColumn

    def set_plan(self, plan: SignatoryPlan) -> None:
        self.set_rows(plan.blocks)

    def block_at(self, row: int) -> Signatory:
        return self._rows[row]

    def headers(self) -> dict[SignatoryColumn, str]:
        return {
            SignatoryColumn.ORDER: self.tr("Khối"),
            SignatoryColumn.UNIT: self.tr("Đơn vị"),
            SignatoryColumn.SIGNER: self.tr("Người ký"),
            SignatoryColumn.TITLE: self.tr("Chức danh ký"),
            SignatoryColumn.STATUS: self.tr("Tình trạng"),
        }

    def status_text(self, block: Signatory) -> str:
        if block.flagged:
            if block.printed:
                return self.tr("Không có ai ký được có mặt – để trống, ký sau")
            return self.tr("Không có ai ký được có mặt – bỏ ra khỏi bản giao ước")
        if block.signed:
            return self.tr("Đã ký lúc {0}").format(block.signed_at.strftime("%H:%M"))
        return self.tr("Chưa ký")

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        block = self._rows[index.row()]
        column = SignatoryColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            unit = block.unit.short_name + (self.tr(" (cụm trưởng)") if block.cluster_head else "")
            return {
                SignatoryColumn.ORDER: index.row() + 1,
                SignatoryColumn.UNIT: unit,
                SignatoryColumn.SIGNER: block.name or "—",
                SignatoryColumn.TITLE: " / ".join(block.title_lines()),
                SignatoryColumn.STATUS: self.status_text(block),
            }[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            if block.flagged:
                return QBrush(FLAG_COLOR)
            if block.signed:
                return QBrush(SIGNED_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and not block.printed:
            return QBrush(OMITTED_COLOR)
        if role == Qt.ItemDataRole.FontRole and block.cluster_head:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SignatoryColumn.ORDER:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
