"""Small widgets shared by several screens."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


class ErrorLabel(QLabel):
    """Red text under a form, hidden until there is something wrong."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_messages(self, messages: list[str]) -> None:
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)
