"""The projector window shows one view at a time, and never takes the clerk's keyboard."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from tests.processes import ROOT, TEXT, child_env, real_platform
from ui.projector import ProjectorWindow

REAL_PLATFORM_TESTS = Path(__file__).with_name("real_platform_projector.py")


def test_a_new_view_replaces_the_old_one_at_once(qtbot):
    projector = ProjectorWindow()
    qtbot.addWidget(projector)
    projector.resize(640, 360)
    projector.show()
    welcome, results = QLabel("chào mừng"), QLabel("kết quả")
    projector.set_content(welcome)
    projector.set_content(results)
    # The old view must not stay painted under the new one until it is deleted.
    assert not welcome.isVisible()
    assert results.isVisible()
    assert projector.content is results


def test_escape_hides_the_projector(qtbot):
    from PySide6.QtCore import Qt

    projector = ProjectorWindow()
    qtbot.addWidget(projector)
    projector.show()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()


def test_showing_the_projector_leaves_the_keyboard_with_the_main_window():
    """tests/ui/real_platform_projector.py, on the real window system (offscreen cannot tell)."""
    how = real_platform()
    if how is None:
        pytest.skip("no real platform plugin here (Linux: apt-get install xvfb, README)")
    prefix, plugin = how
    result = subprocess.run(
        [*prefix, sys.executable, "-m", "pytest", "-p", "no:cacheprovider", str(REAL_PLATFORM_TESTS)],
        capture_output=True,
        **TEXT,
        cwd=ROOT,
        timeout=300,
        env=child_env(QT_QPA_PLATFORM=plugin),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    if plugin == "xcb":  # Xvfb activates any window asked: the tests ran, none was skipped
        assert "3 passed" in result.stdout, result.stdout
