"""Showing the projector leaves the keyboard with the clerk: pytest-qt on a real platform plugin.

The offscreen plugin activates every window it shows, so these tests skip there; they run
from tests/ui/test_projector.py in a child process under xvfb-run (Linux) or on Windows' own
plugin. ``python -m pytest tests/ui/real_platform_projector.py`` under a desktop runs them too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow


@pytest.fixture
def window(qapp, qtbot, demo_path):
    if qapp.platformName() == "offscreen":
        pytest.skip("the offscreen plugin activates every window it shows: needs a real one")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_meeting(demo_path)
    window.show()
    window.activateWindow()
    try:
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    except qtbot.TimeoutError:  # Windows may refuse a process in the background the foreground
        pytest.skip("the window system did not make the main window active: nothing to keep")
    yield window
    window.projector.hide()


def show_projector(qtbot, window) -> None:
    window.show_projector()
    qtbot.waitExposed(window.projector)
    qtbot.wait(300)  # the window system's activation, if it were to come, comes by now


def test_the_registration_desk_keeps_typing_into_the_search_box(qtbot, window):
    window.stage_list.setCurrentRow(1)
    search = window.registration_view.search
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    show_projector(qtbot, window)
    assert window.projector.isVisible() and window.projector.isFullScreen()
    assert QApplication.activeWindow() is window
    assert QApplication.focusWidget() is search  # the scanner's digits still land here


def test_the_counting_committee_keeps_typing_into_the_entry_box(qtbot, window):
    window.stage_list.setCurrentRow(2)
    entry = window.vote_view.current_entry_view().entry
    entry.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry)
    show_projector(qtbot, window)
    assert QApplication.activeWindow() is window
    assert QApplication.focusWidget() is entry


def test_esc_on_the_projector_hides_it_once_someone_clicked_it(qtbot, window):
    show_projector(qtbot, window)
    window.projector.activateWindow()  # what a click on the projector's screen does
    qtbot.waitUntil(window.projector.isActiveWindow)
    qtbot.keyClick(window.projector, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.projector.isVisible())
