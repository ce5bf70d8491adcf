"""A bar across the top of the window for what the organizers should know without being stopped:
the file is read-only, no backup is on a USB stick yet. It never takes the keyboard focus, so a
clerk typing names or a badge scanner typing digits is never interrupted by it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui import styles

STYLES = {
    "info": styles.panel(styles.INFO_BACKGROUND, styles.INFO_TEXT),
    "warning": styles.panel(styles.WARNING_BACKGROUND, styles.WARNING_TEXT),
    "danger": styles.panel(styles.DANGER_BACKGROUND, styles.ERROR),
}


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self._layout.addWidget(self.text, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_notice(
        self, text: str, kind: str = "info", actions: list[tuple[str, Callable[[], None]]] | None = None
    ) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        self.setStyleSheet(f"NoticeBar {{ {STYLES[kind]} }} QLabel {{ {STYLES[kind]} }}")
        self.text.setText(text)
        for label, slot in actions or []:
            button = QPushButton(label)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never takes the clerk's typing
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.show()

    def clear(self) -> None:
        self.hide()
        self.text.clear()
