"""The projector window: a second, full-screen window readable from the back of the hall.

Stages put their own view on it (welcome and attendance, vote results, the signing grid);
the organizers choose the screen from the menu Máy chiếu. It never takes the keyboard when
it appears: the main window keeps it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui import styles

BACKGROUND = styles.PROJECTOR_BACKGROUND
FOREGROUND = styles.PROJECTOR_TEXT
ACCENT = styles.PROJECTOR_ACCENT


class ProjectorWindow(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("ThiDua – Màn chiếu"))
        self.setStyleSheet(f"background: {BACKGROUND}; color: {FOREGROUND};")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(48, 36, 48, 36)
        self.content: QWidget | None = None
        # Showing it leaves the keyboard with the clerk: the desk's typing and the badge
        # scanner's digits keep going to the main window. Only a click on the projector
        # itself activates it (and then Esc there hides it).
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)

    def set_content(self, widget: QWidget) -> None:
        """Show ``widget`` (the projector takes it over); the previous content is discarded."""
        if self.content is widget:
            return
        self.clear()
        self.content = widget
        self._layout.addWidget(widget)
        widget.show()  # now, not when the layout's queued show comes round

    def clear(self) -> None:
        if self.content is not None:
            # Hidden at once: deleteLater() alone leaves it painted under the new view
            # until the event loop gets round to deleting it.
            self._layout.removeWidget(self.content)
            self.content.hide()
            self.content.deleteLater()
            self.content = None

    def show_on(self, screen: QScreen | None = None) -> None:
        """Full screen on ``screen``; by default the last screen (the projector, when there are two)."""
        screens = QGuiApplication.screens()
        screen = screen or (screens[-1] if screens else None)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        # Not showFullScreen(): that also calls activateWindow(), whatever the attribute says.
        self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        self.show()

    def show_in_window(self) -> None:
        """A window of its own beside the main window (one screen only), still without the keyboard."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowFullScreen)
        self.resize(960, 540)
        self.show()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:  # reaches it only once someone clicked on it
            self.hide()
        else:
            super().keyPressEvent(event)


class TitleView(QWidget):
    """The projector's default: the meeting's name in large type."""

    def __init__(self, lines: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch()
        for index, line in enumerate(lines):
            label = QLabel(line)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            size = 54 if index == 1 else 32
            color = ACCENT if index == 1 else FOREGROUND
            label.setStyleSheet(f"font-size: {size}pt; font-weight: bold; color: {color};")
            layout.addWidget(label)
        layout.addStretch()
