"""The hall laptop in GUI tests: the real main window, shown and active, with a meeting open.

Active matters: Qt offers a key to window-wide shortcuts only in the active window, so a lone
view under test never shows a shortcut of another screen taking the clerk's keys.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
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
