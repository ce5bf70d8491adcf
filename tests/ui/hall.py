"""The hall laptop in GUI tests: the real main window, shown and active, with a meeting open.

Active matters: Qt offers a key to window-wide shortcuts only in the active window, so a lone
view under test never shows a shortcut of another screen taking the clerk's keys.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ui.main_window import MainWindow
from ui.vote_stage_view import VoteStageView

SUY_TON, ELECTION = 2, 3  # rows of the stage list


def plain(label_text: str) -> str:
    """What a rich-text label shows, as plain text."""
    return html.unescape(re.sub(r"<[^>]+>", "", label_text.replace("<br>", "\n")))


def shown_text(widget: QWidget) -> str:
    """Every label the user can see in ``widget``, as plain text."""
    texts = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    return html.unescape(re.sub(r"<[^>]+>", " ", "\n".join(texts)))


def open_hall_window(qtbot, path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_meeting(path)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def vote_stage(window: MainWindow) -> VoteStageView:
    window.stage_list.setCurrentRow(SUY_TON)
    stage = window.vote_view
    assert isinstance(stage, VoteStageView) and stage.isVisible()
    return stage


def election_stage(window: MainWindow):
    from ui.head_election_view import HeadElectionView

    window.stage_list.setCurrentRow(ELECTION)
    stage = window.stages.currentWidget()
    assert isinstance(stage, HeadElectionView) and stage.isVisible()
    return stage


def key(what, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """One key, to whatever has the keyboard focus (as the clerk's keyboard does)."""
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, what, modifier)


def keys(text: str) -> None:
    """Characters typed one by one, to whatever has the focus at each key."""
    for ch in text:
        QTest.keyClicks(QApplication.focusWidget(), ch)


class NoMouse(QObject):
    """Counts every mouse press, release or double click the application sees."""

    def __init__(self):
        super().__init__()
        self.events = 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            self.events += 1
        return False


class Watchdog(QObject):
    """Closes a modal dialog left waiting for more than a few seconds (a step that did not
    finish it), so that a broken journey fails instead of hanging the suite; says which."""

    def __init__(self, seconds: int = 8):
        super().__init__()
        self.stuck: list[str] = []
        self._seen: dict[int, int] = {}
        self._seconds = seconds
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._look)
        self._timer.start(1000)

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        waited = self._seen[id(dialog)] = self._seen.get(id(dialog), 0) + 1
        if waited >= self._seconds:
            self.stuck.append(dialog.windowTitle())
            dialog.reject()

    def stop(self) -> None:
        self._timer.stop()


def in_next_dialog(steps) -> None:
    """Run ``steps(dialog)`` once the next modal dialog is up (its exec() waits meanwhile)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(10, run)  # not up yet, or not yet given the keyboard
            return
        steps(dialog)

    QTimer.singleShot(0, run)


def back_to(qtbot, window) -> None:
    """A dialog closed: the window system gives the keyboard back to the main window (offscreen
    Qt has no window manager to do it)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def correct_selected_ballot(qtbot, window, typed: str, reason: str = "go nham") -> None:
    """F4 on the ballot chosen in the list, as the clerk does: the numbers typed, Alt+D to the
    reason ("Lý &do sửa"), Enter; then the keyboard back in the main window."""

    def correct(_dialog) -> None:
        keys(typed)
        key(Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        keys(reason)
        key(Qt.Key.Key_Return)

    in_next_dialog(correct)
    key(Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    back_to(qtbot, window)


def tab_to(widget: QWidget, limit: int = 80) -> None:
    """Tab (as the clerk does) until ``widget`` has the keyboard; fails if Tab never gets there."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget, f"Tab never reaches {widget!r}"
