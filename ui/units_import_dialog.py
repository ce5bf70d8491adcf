"""Nhập đơn vị thành viên từ Excel/CSV: choose a list, see the units it would add (with the full
titles the cluster's pattern gives) and every error by row, then add them all at once.

A list of member units is short, so it is read here, on the UI thread, by core.importer's
bounded reader (which no file can make slow or large for long).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
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
from core.importer import read_sheet
from core.storage import MeetingFile
from core.units import add_units, list_units
from core.units_import import UnitsPreview, preview_units
from ui import styles
from ui.i18n import core_text, error_text

_ERROR_COLOR = QColor(styles.ERROR)
_NOTE_BACKGROUND = QColor(styles.WARNING_BACKGROUND)


class UnitsImportDialog(QDialog):
    previewed = Signal()  # a preview or a refusal is shown

    def __init__(self, db: MeetingFile, parent=None):
        super().__init__(parent)
        self.db = db
        self.preview: UnitsPreview | None = None
        self.added = 0
        self.setWindowTitle(self.tr("Nhập đơn vị thành viên"))
        self.resize(820, 520)

        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("Chọn tệp Excel (.xlsx) hoặc CSV (.csv)…"))
        self.browse_button = QPushButton(self.tr("&Chọn tệp…"))
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path)
        file_row.addWidget(self.browse_button)
        self.help = QLabel(
            self.tr(
                'Cột "Tên ngắn" (hoặc "Đơn vị", "Tỉnh, thành phố") và, nếu có, cột "Tên đầy đủ". '
                "Thiếu tên đầy đủ thì điền theo mẫu của cụm."
            )
        )
        self.help.setWordWrap(True)
        self.help.setStyleSheet(styles.text(styles.MUTED))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.errors = QListWidget()
        self.errors.setMaximumHeight(140)
        self.errors.hide()
        self.notes = QListWidget()
        self.notes.setMaximumHeight(100)
        self.notes.hide()
        self.rows = QTableWidget(0, 4)
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Dòng"), self.tr("Tên ngắn"), self.tr("Tên đầy đủ"), self.tr("Lưu ý")]
        )
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.rows.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton(
            self.tr("&Thêm vào danh sách"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(self.tr("&Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.help)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors)
        layout.addWidget(self.notes)
        layout.addWidget(self.rows)
        layout.addWidget(self.buttons)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn danh sách đơn vị"), "", self.tr("Danh sách (*.xlsx *.csv);;Tất cả (*)")
        )
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Read and preview ``path``; ``previewed`` is emitted when it is shown."""
        self.path.setText(path)
        self.preview = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = preview_units(read_sheet(path), list_units(self.db), source=Path(path).name)
        except ThiDuaError as error:
            self._show_refusal(error_text(error))
        else:
            self._show(preview)
        finally:
            QApplication.restoreOverrideCursor()
        self.previewed.emit()

    def _show_refusal(self, message: str) -> None:
        self._show_list(self.errors, [message], foreground=_ERROR_COLOR)
        self._show_list(self.notes, [])
        self.rows.setRowCount(0)
        self.summary.setText(self.tr("Không đọc được tệp. Chưa thêm đơn vị nào."))
        self.add_button.setEnabled(False)

    def _show(self, preview: UnitsPreview) -> None:
        self.preview = preview
        self._show_list(self.errors, preview.errors, foreground=_ERROR_COLOR)
        self._show_list(self.notes, preview.notes, background=_NOTE_BACKGROUND)
        self.rows.setRowCount(len(preview.rows))
        notes = {
            "tên đầy đủ theo mẫu của cụm": self.tr("tên đầy đủ theo mẫu của cụm"),
            "tên ngắn lấy từ tên đầy đủ": self.tr("tên ngắn lấy từ tên đầy đủ"),
        }
        for r, row in enumerate(preview.rows):
            values = [
                str(row.row_number),
                row.unit.short_name,
                row.unit.full_title,
                notes.get(row.note, row.note),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.rows.setItem(r, c, item)
        self.rows.resizeColumnsToContents()
        count = len(preview.rows)
        if preview.errors:
            self.summary.setText(
                self.tr("Có {0} lỗi: sửa tệp rồi chọn lại. Chưa thêm đơn vị nào.").format(len(preview.errors))
            )
        elif count:
            self.summary.setText(self.tr("Sẽ thêm {0} đơn vị vào cuối danh sách.").format(count))
        else:
            self.summary.setText(self.tr("Mọi đơn vị trong tệp đã có. Không có gì để thêm."))
        self.add_button.setEnabled(not preview.errors and count > 0)
        self.add_button.setText(self.tr("&Thêm {0} đơn vị").format(count))

    @staticmethod
    def _show_list(widget: QListWidget, messages: list[str], foreground=None, background=None) -> None:
        widget.clear()
        for message in messages:
            widget.addItem(core_text(message))
            item = widget.item(widget.count() - 1)
            if foreground is not None:
                item.setForeground(foreground)
            if background is not None:
                item.setBackground(background)
        widget.setVisible(bool(messages))

    def accept(self) -> None:
        if self.preview is None or self.preview.errors or not self.preview.rows:
            return
        try:
            added = add_units(self.db, self.preview.units, source=self.preview.source)
        except ThiDuaError as error:
            self._show_list(self.errors, [error_text(error)], foreground=_ERROR_COLOR)
            return
        self.added = len(added)
        super().accept()
