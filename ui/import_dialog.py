"""Nhập danh sách từ Excel/CSV: pick a file, see what would be added and every error, then add."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core.errors import ThiDuaError
from core.importer import ImportPreview
from core.model import Role
from ui.people_controller import PeopleController

_ERROR_COLOR = QColor("#b00020")
_WARNING_BACKGROUND = QColor("#fff3cd")


class ImportDialog(QDialog):
    def __init__(self, controller: PeopleController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.preview: ImportPreview | None = None
        self.added = 0
        self.setWindowTitle(self.tr("Nhập danh sách người tham dự"))
        self.resize(900, 600)

        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("Chọn tệp Excel (.xlsx) hoặc CSV (.csv)…"))
        browse = QPushButton(self.tr("Chọn tệp…"))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path)
        file_row.addWidget(browse)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.errors = QListWidget()
        self.errors.setMaximumHeight(140)
        self.errors.hide()
        self.rows = QTableWidget(0, 7)
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Dòng"), self.tr("Họ và tên"), self.tr("Chức vụ"), self.tr("Đơn vị / Cơ quan"),
             self.tr("Vai trò"), self.tr("Mã"), self.tr("Lưu ý")]
        )  # fmt: skip
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.add_button = self.buttons.addButton(
            self.tr("Thêm vào danh sách"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors)
        layout.addWidget(self.rows)
        layout.addWidget(self.buttons)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn danh sách"), "", self.tr("Danh sách (*.xlsx *.csv);;Tất cả (*)")
        )
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        self.path.setText(path)
        self.errors.clear()
        self.rows.setRowCount(0)
        try:
            self.preview = self.controller.preview_import(path)
        except ThiDuaError as error:
            self.preview = None
            self._show_errors([str(error)])
            self.summary.setText(self.tr("Không đọc được tệp. Không có gì được thêm."))
            self.add_button.setEnabled(False)
            return
        self._show_rows(self.preview)
        self._show_errors(self.preview.errors)
        count, duplicates = len(self.preview.rows), len(self.preview.duplicates)
        if self.preview.errors:
            self.summary.setText(
                self.tr("Có {0} lỗi: sửa tệp rồi chọn lại. Chưa thêm ai.").format(len(self.preview.errors))
            )
        else:
            text = self.tr("Sẽ thêm {0} người.").format(count)
            if duplicates:
                text += " " + self.tr("{0} người có thể đã có trong danh sách (tô vàng).").format(duplicates)
            self.summary.setText(text)
        self.add_button.setEnabled(not self.preview.errors and count > 0)
        self.add_button.setText(self.tr("Thêm {0} người").format(count))

    def _show_errors(self, messages: list[str]) -> None:
        for message in messages:
            self.errors.addItem(message)
            self.errors.item(self.errors.count() - 1).setForeground(_ERROR_COLOR)
        self.errors.setVisible(bool(messages))

    def _show_rows(self, preview: ImportPreview) -> None:
        units = {u.id: u.short_name for u in self.controller.units()}
        labels = {
            Role.HEAD: self.tr("Trưởng đoàn"),
            Role.DELEGATE: self.tr("Đại biểu"),
            Role.GUEST: self.tr("Khách mời"),
        }
        self.rows.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            p = row.person
            unit = p.organization if p.role == Role.GUEST else units.get(p.unit_id, "")
            values = [
                str(row.row_number),
                p.full_name,
                p.position,
                unit,
                labels[p.role],
                p.code,
                row.duplicate_of,
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.duplicate_of:
                    item.setBackground(_WARNING_BACKGROUND)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.rows.setItem(r, c, item)
        self.rows.resizeColumnsToContents()

    def accept(self) -> None:
        if self.preview is None:
            return
        try:
            self.added = len(self.controller.apply_import(self.preview))
        except ThiDuaError as error:
            self._show_errors([str(error)])
            return
        super().accept()
