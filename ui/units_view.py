"""Chuẩn bị > Đơn vị thành viên: the member units in their official order."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QMessageBox, QPushButton, QVBoxLayout, QWidget

from core.errors import ThiDuaError
from core.people import list_people
from core.storage import MeetingFile
from core.units import add_unit, delete_unit, list_units, move_unit, title_prefix, update_unit
from ui.i18n import error_text
from ui.table_models import UnitColumn, UnitsTableModel
from ui.unit_dialog import UnitDialog
from ui.units_import_dialog import UnitsImportDialog
from ui.widgets import NoteLabel, RowTable, confirm


class UnitsView(QWidget):
    changed = Signal()

    def __init__(self, db: MeetingFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.model = UnitsTableModel(self)
        self.table = RowTable(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(UnitColumn.FULL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(UnitColumn.SHORT_NAME, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.edit_selected)

        self.add_button = QPushButton(self.tr("Thêm đơn &vị…"))
        self.edit_button = QPushButton(self.tr("&Sửa…"))
        self.delete_button = QPushButton(self.tr("&Xóa"))
        self.up_button = QPushButton(self.tr("&Lên trên"))
        self.down_button = QPushButton(self.tr("Xuống &dưới"))
        self.import_button = QPushButton(self.tr("Nhập từ &Excel/CSV…"))
        self.import_button.clicked.connect(self.import_file)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        self.note = NoteLabel()  # why a button did nothing
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.note.say(""))
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        self.reload()

    def reload(self) -> None:
        """Read the units again; the unit selected stays selected, wherever it now is.

        Other tabs reload this one after every change (the people's counts), so a reload that
        dropped the selection lost it after each move."""
        row = self.selected_row()
        selected = self.model.unit_at(row).id if row >= 0 else None
        self.model.set_units(list_units(self.db), list_people(self.db))
        for new_row in range(self.model.rowCount()):
            if self.model.unit_at(new_row).id == selected:
                self.table.selectRow(new_row)

    def selected_row(self) -> int:
        return self.table.selected_row()

    def _chosen_row(self) -> int:
        """The selected row; when there is none, the note says what to do and -1 is returned."""
        row = self.selected_row()
        if row >= 0:
            return row
        if self.model.rowCount() == 0:
            self.note.say(self.tr("Chưa có đơn vị nào: bấm «Thêm đơn vị…» hoặc «Nhập từ Excel/CSV…»."))
        else:
            self.note.say(
                self.tr("Chọn một đơn vị trong bảng trước (bấm vào dòng, hoặc Tab tới bảng rồi dùng ↑ ↓).")
            )
        return -1

    def _after_change(self, select_row: int) -> None:
        self.reload()
        if 0 <= select_row < self.model.rowCount():
            self.table.selectRow(select_row)
        self.changed.emit()

    def add(self) -> None:
        prefix = title_prefix(list_units(self.db))
        dialog = UnitDialog(lambda unit: add_unit(self.db, unit), parent=self, title_prefix=prefix)
        if dialog.exec():
            self._after_change(self.model.rowCount())

    def import_file(self) -> None:
        dialog = UnitsImportDialog(self.db, parent=self)
        if dialog.exec():
            self._after_change(self.model.rowCount() + dialog.added - 1)

    def edit_selected(self) -> None:
        row = self._chosen_row()
        if row < 0:
            return
        prefix = title_prefix(list_units(self.db))
        dialog = UnitDialog(
            lambda unit: update_unit(self.db, unit), self.model.unit_at(row), parent=self, title_prefix=prefix
        )
        if dialog.exec():
            self._after_change(row)

    def delete_selected(self) -> None:
        row = self._chosen_row()
        if row < 0:
            return
        unit = self.model.unit_at(row)
        # confirm(): Có / Không in Vietnamese (QMessageBox.question would say Yes / No).
        if not confirm(self, self.tr("Xóa đơn vị"), self.tr("Xóa đơn vị {0}?").format(unit.short_name)):
            return
        try:
            delete_unit(self.db, unit.id)
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không xóa được"), error_text(error))
            return
        self._after_change(min(row, self.model.rowCount() - 2))

    def move_selected(self, step: int) -> None:
        row = self._chosen_row()
        if row < 0:
            return
        unit = self.model.unit_at(row)
        if not 0 <= row + step < self.model.rowCount():
            edge = self.tr("{0} đã ở đầu danh sách.") if step < 0 else self.tr("{0} đã ở cuối danh sách.")
            self.note.say(edge.format(unit.short_name))
            return
        try:
            move_unit(self.db, unit.id, unit.position + step)
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không chuyển được"), error_text(error))
            return
        self._after_change(row + step)
        self.table.setFocus()  # ↑ ↓ go on choosing in the table after Alt+L / Alt+D
