"""Cài đặt > Thư mục sao lưu…: where the automatic copies go (a USB stick) and how many to keep."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.backup import backup_folder, keep_count, set_backup_folder
from core.errors import ThiDuaError
from core.storage import MeetingFile
from ui.widgets import ErrorLabel, ok_cancel_buttons


class BackupSettingsDialog(QDialog):
    def __init__(self, db: MeetingFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Thư mục sao lưu"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "ThiDua tự chép tệp hội nghị vào thư mục này sau mỗi kết quả được xác nhận và vài "
                "phút một lần khi có thay đổi. Nên chọn một ổ USB, không phải ổ chứa tệp hội nghị. "
                "Nếu ổ bị rút ra hoặc đầy, chương trình chỉ cảnh báo ở thanh trạng thái."
            )
        )
        intro.setWordWrap(True)
        current = backup_folder(db)
        self.folder = QLineEdit(str(current) if current else "")
        self.folder.setPlaceholderText(self.tr("ví dụ E:\\SaoLuu"))
        browse = QPushButton(self.tr("Chọn…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.keep = QSpinBox()
        self.keep.setRange(1, 500)
        self.keep.setValue(keep_count(db))
        self.keep.setSuffix(self.tr(" bản mới nhất"))
        form = QFormLayout()
        form.addRow(self.tr("Thư mục"), row)
        form.addRow(self.tr("Giữ lại"), self.keep)
        self.errors = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(ok_cancel_buttons(self))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục sao lưu"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def accept(self) -> None:
        text = self.folder.text().strip()
        try:
            set_backup_folder(self.db, text or None, self.keep.value())
        except ThiDuaError as error:
            self.errors.show_error(error)
            return
        super().accept()
