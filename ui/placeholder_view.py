"""A stage of the day that this version does not have yet: said plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderView(QWidget):
    def __init__(self, stage: str, what_it_will_do: str, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(f"<h2>{stage}</h2>")
        text = QLabel(
            self.tr("Phần này chưa có trong phiên bản ThiDua này.")
            + "<br><br>"
            + self.tr("Khi hoàn thành, tại đây sẽ có: {0}").format(what_it_will_do)
        )
        text.setWordWrap(True)
        for label in (title, text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch()
