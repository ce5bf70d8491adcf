"""Attacks through the window that once succeeded, now regression tests of their fixes (see
tests/core/test_attack_findings.py for the rest and the order of gravity).

The window holds its meeting file with SQLite's lock. On POSIX that lock is an fcntl lock of the
whole process, and closing ANY descriptor of the file releases it: when the window itself reads
its own file with Python's open() (a second open of the same file under another name, refused;
the restore dialog checking the file a user picked), the lock is gone while the window goes on
writing, and another process may open the file for writing too (fixed by core/held.py).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from core.attendance import check_in_by_code
from core.ballots import add_entry
from core.storage import MeetingFile
from core.votes import list_rounds, list_votes
from tests.processes import ROOT, TEXT, child_env
from ui.backup_restore_dialog import RestoreDialog
from ui.main_window import MainWindow

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="fcntl locks are POSIX (Windows locks by handle)")


def another_process_may_write(path) -> bool:
    code = (
        "from core.storage import MeetingFile\nfrom core.errors import FileInUseError\n"
        f"try:\n    MeetingFile.open({str(path)!r}).close(); print('OPENED')\n"
        "except FileInUseError:\n    print('REFUSED')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=60, env=child_env(), **TEXT
    )
    assert done.stdout.strip() in ("OPENED", "REFUSED"), done.stderr[-2000:]
    return done.stdout.strip() == "OPENED"


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    return window


@POSIX
def test_opening_the_same_meeting_under_another_name_leaves_it_locked(window, demo_path, message_boxes):
    alias = demo_path.with_name("cung-tep.thidua")
    os.link(demo_path, alias)  # the same file under another name (on macOS: another letter case)
    assert window.open_meeting(demo_path)
    assert not another_process_may_write(demo_path)
    assert not window.open_meeting(alias)  # "đang được mở để ghi… Mở chỉ để xem?" – no
    assert window.db is not None and window.db.path == demo_path  # the window works on
    assert not another_process_may_write(demo_path)
    check_in_by_code(window.db, "1001")


@POSIX
def test_picking_the_open_file_in_the_restore_dialog_leaves_it_locked(qtbot, window, demo_path):
    assert window.open_meeting(demo_path)
    dialog = RestoreDialog([], None, window)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentItem(dialog._add(demo_path, demo_path.name))  # "Chọn tệp khác…", then Hủy
    assert "nguyên vẹn" in dialog.details.text()
    dialog.reject()
    assert not another_process_may_write(demo_path)


def test_a_file_edited_behind_the_programs_back_is_not_opened_for_writing_silently(
    window, demo_path, message_boxes
):
    with MeetingFile.open(demo_path) as db:
        rnd = list_rounds(db, list_votes(db)[0].id)[0]
        add_entry(db, rnd.id, [rnd.candidates[0].unit_id])
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE ballot_entry SET choices = ?", (str(rnd.candidates[1].unit_id),))
    conn.commit()
    conn.close()
    opened = window.open_meeting(demo_path)
    said = " ".join(message_boxes.texts())
    assert not opened or window.db.read_only or "sửa" in said
