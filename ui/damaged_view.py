"""What a stage shows when the data it needs cannot be read (a value damaged or edited outside
the program): what is wrong, in words, instead of the stage; the other stages still work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui import styles


class DamagedView(QWidget):
    def __init__(self, stage: str, message: str, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Không hiển thị được phần “{0}”").format(stage))
        title.setStyleSheet("font-size: 16pt; " + styles.text(styles.ERROR, bold=True))
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(
            self.tr(
                "Các phần khác của hội nghị vẫn dùng được. Tệp › Kiểm tra tính toàn vẹn… cho biết chỗ nào bị "
                "sửa; Tệp › Khôi phục từ bản sao lưu… mở lại một bản còn tốt."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (title, self.message, hint):
            layout.addWidget(widget)
        layout.addStretch()
