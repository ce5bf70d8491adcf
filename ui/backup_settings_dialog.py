"""Cài đặt > Thư mục sao lưu…: where the automatic copies go (a USB stick) and how many to keep."""

from __future__ import annotations

from pathlib import Path

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

from core import volumes
from core.backup import chosen_folder, default_folder, keep_count, set_backup_folder
from core.errors import ThiDuaError
from core.storage import MeetingFile
from ui import settings
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
                "Nếu ổ bị rút ra hoặc đầy, chương trình chỉ cảnh báo ở thanh trạng thái. Để trống: "
                "sao lưu vào thư mục của ThiDua trên máy này ({0})."
            )
        )
        intro.setText(intro.text().format(default_folder()))
        intro.setWordWrap(True)
        current = chosen_folder(db)
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
        start = self.folder.text().strip() or str(settings.start_folder())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục sao lưu"), start)
        if folder:
            self.folder.setText(folder)

    def accept(self) -> None:
        text = self.folder.text().strip()
        volume = volumes.volume_of(Path(text)) if text else None  # to find the stick under another letter
        try:
            set_backup_folder(self.db, text or None, self.keep.value(), volume[0] if volume else None)
        except ThiDuaError as error:
            self.errors.show_error(error)
            return
        super().accept()
