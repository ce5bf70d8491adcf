"""What the window shows when no meeting is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class StartPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel("<h1>ThiDua</h1>")
        text = QLabel(self.tr("Chưa mở hội nghị nào."))
        self.new_button = QPushButton(self.tr("Tạo hội nghị &mới…"))
        self.open_button = QPushButton(self.tr("Mở tệ&p hội nghị…"))
        self.demo_button = QPushButton(self.tr("Mở hội nghị mẫ&u"))
        layout = QVBoxLayout(self)
        layout.addStretch()
        for widget in (title, text, self.new_button, self.open_button, self.demo_button):
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()
