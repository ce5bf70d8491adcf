"""Chuẩn bị > Người tham dự: delegates and guests; add, edit, delete (undoable), import, export."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import ThiDuaError
from ui.i18n import core_text, error_text
from ui.people_controller import PeopleController
from ui.person_dialog import PersonDialog
from ui.table_models import PeopleFilterModel, PeopleTableModel, PersonColumn
from ui.widgets import NoteLabel, RowTable


class PeopleView(QWidget):
    changed = Signal()

    def __init__(self, controller: PeopleController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.model = PeopleTableModel(self)
        self.proxy = PeopleFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Tìm theo tên, chức vụ, đơn vị hoặc mã (gõ không dấu cũng được)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_query)
        self.search.textChanged.connect(self._update_count)

        # Several rows at once: they can be deleted together.
        self.table = RowTable(self.proxy, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.sortByColumn(PersonColumn.CODE, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PersonColumn.POSITION, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_selected)

        self.add_button = QPushButton(self.tr("Thêm &người…"))
        self.edit_button = QPushButton(self.tr("&Sửa…"))
        self.delete_button = QPushButton(self.tr("&Xóa"))
        self.undo_button = QPushButton(self.tr("&Hoàn tác"))
        self.redo_button = QPushButton(self.tr("&Làm lại"))
        self.import_button = QPushButton(self.tr("Nhập từ &Excel/CSV…"))
        self.export_button = QPushButton(self.tr("X&uất Excel…"))
        # Besides their Alt+letters (a button has one shortcut: its mnemonic), the usual keys.
        # The search box keeps Delete and Ctrl+Z for its own text while it has the focus.
        for key, slot in (
            (QKeySequence.StandardKey.Delete, self.delete_selected),
            (QKeySequence.StandardKey.Undo, self.undo_button.click),
            (QKeySequence.StandardKey.Redo, self.redo_button.click),
            (QKeySequence.StandardKey.Find, self.focus_search),
        ):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # never from another screen
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        stack = controller.undo_stack
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        stack.undoTextChanged.connect(self.undo_button.setToolTip)
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        controller.changed.connect(self.reload)
        # A bound method, not a lambda: the controller belongs to the setup screen, and Qt
        # drops the connection by itself when this view is deleted.
        controller.error.connect(self.show_error)

        self.count = QLabel()
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.undo_button,
            self.redo_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        self.note = NoteLabel()  # why a button did nothing
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.note.say(""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        self.reload()

    def focus_search(self) -> None:
        """Ctrl+F: to the search box, its text selected (typing replaces it)."""
        self.search.setFocus()
        self.search.selectAll()

    def reload(self) -> None:
        self.model.set_people(self.controller.people(), self.controller.units())
        for column in (PersonColumn.CODE, PersonColumn.NAME, PersonColumn.UNIT, PersonColumn.ROLE):
            self.table.resizeColumnToContents(column)
        self._update_count()
        self.changed.emit()

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Không thực hiện được"), message)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("{0} người").format(total)
        if shown != total:
            text = self.tr("Hiện {0} trong {1} người").format(shown, total)
        self.count.setText(text)

    def selected_people(self):
        rows = self.table.selectionModel().selectedRows()
        return [self.model.person_at(self.proxy.mapToSource(index).row()) for index in rows]

    def _chosen_people(self) -> list:
        """The selected people; when there are none, the note says what to do."""
        selected = self.selected_people()
        if selected:
            return selected
        if self.model.rowCount() == 0:
            self.note.say(self.tr("Chưa có ai trong danh sách: bấm «Thêm người…» hoặc «Nhập từ Excel/CSV…»."))
        elif self.proxy.rowCount() == 0:
            self.note.say(self.tr("Không ai khớp với ô tìm kiếm: xóa bớt chữ trong ô tìm kiếm."))
        else:
            self.note.say(
                self.tr(
                    "Chọn một người trong bảng trước (bấm vào dòng, hoặc Tab tới bảng rồi dùng ↑ ↓, Space)."
                )
            )
        return []

    def add(self) -> None:
        PersonDialog(self.controller.units(), self.controller.add, parent=self).exec()

    def edit_selected(self) -> None:
        selected = self._chosen_people()
        if selected:
            PersonDialog(self.controller.units(), self.controller.edit, selected[0], parent=self).exec()

    def delete_selected(self) -> None:
        selected = self._chosen_people()
        if not selected:
            return
        try:
            self.controller.delete([p.id for p in selected])
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không xóa được"), error_text(error))

    def import_file(self) -> None:
        from ui.import_dialog import ImportDialog  # the importer loads when a list is imported

        ImportDialog(self.controller, parent=self).exec()

    def export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất danh sách"), "danh-sach-dai-bieu.xlsx", "Excel (*.xlsx)"
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            result = self.controller.export(path)
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không xuất được"), error_text(error))
            return
        text = self.tr("Đã xuất {0} người vào {1}").format(result.count, path)
        if result.notes:
            text += "\n\n" + "\n".join(core_text(note) for note in result.notes)
        QMessageBox.information(self, self.tr("Đã xuất"), text)
