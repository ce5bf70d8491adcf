"""Attacks the window withstands (branch ``attack-tests``): a file with a trigger planted by
another program is never written, only viewed; a file that is no meeting file is named, not
opened. The failures of the same review are in test_attack_findings_ui.py."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from core.attendance import check_in
from core.errors import ThiDuaError
from core.people import list_people
from ui.main_window import MainWindow

RIG = (
    "CREATE TRIGGER rig AFTER INSERT ON attendance BEGIN "
    "UPDATE attendance SET checked_in_at = '2000-01-01T00:00:00' WHERE person_id = NEW.person_id; END"
)


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def test_a_file_with_a_planted_trigger_is_only_viewed_and_never_written(window, demo_path, message_boxes):
    conn = sqlite3.connect(demo_path)
    conn.execute(RIG)
    conn.commit()
    conn.close()
    before = demo_path.read_bytes()
    message_boxes.answer = QMessageBox.StandardButton.Yes  # "Mở tệp chỉ để xem?" – yes
    assert window.open_meeting(demo_path)
    [question] = message_boxes.texts("question")
    assert "chương trình khác" in question and "chỉ để xem" in question
    assert window.db.read_only
    with pytest.raises(ThiDuaError):
        check_in(window.db, list_people(window.db)[0].id)
    window.close_meeting()
    assert demo_path.read_bytes() == before
    assert sorted(p.name for p in demo_path.parent.iterdir()) == [demo_path.name]


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + bytes(4000), b"PK\x03\x04 not a meeting"])
def test_something_that_is_not_a_meeting_file_is_named_and_left_alone(
    window, tmp_path, content, message_boxes
):
    path = tmp_path / "gia.thidua"
    path.write_bytes(content)
    assert not window.open_meeting(path)
    [warning] = message_boxes.texts("warning")
    assert path.name in warning and window.db is None
    assert path.read_bytes() == content
