"""The shared base of the program's table models: rows in a list, columns named by an IntEnum."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class ColumnTableModel(QAbstractTableModel):
    """A table whose rows are ``self._rows`` and whose columns are the members of ``columns``.

    Subclasses set ``columns``, give the header texts in ``headers()`` (with ``self.tr``,
    so that each model keeps its own translation context) and answer ``data()``.
    """

    columns: type[IntEnum]

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def headers(self) -> dict[IntEnum, str]:
        raise NotImplementedError

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows) -> None:
        """Same number of rows: new figures, repainted in place, so the selection, the scroll
        and an open editor stay; otherwise the table is reset."""
        rows = list(rows)
        if len(rows) != len(self._rows):
            self.set_rows(rows)
            return
        self._rows = rows
        self.repaint_all()

    def repaint_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    def repaint_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.headers()[self.columns(section)]
