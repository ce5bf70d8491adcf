"""The window and the meeting file: a second window is told who holds the file and may view it,
damaged values open what can be opened, unexpected errors are logged and explained, a file that
crashed the last start is not reopened by itself."""

import logging
import shutil
import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from core import paths
from core.attendance import check_in
from core.ballots import add_entry
from core.demo import write_demo
from core.diagnostics import setup_logging
from core.errors import ThiDuaError
from core.people import list_people
from core.votes import list_rounds, list_votes
from core.votes_result import confirm_round
from ui import error_hook, settings
from ui.app import create_main_window
from ui.damaged_view import DamagedView
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def day_file(tmp_path):
    """A meeting with a confirmed round and a check-in: every kind of stored value is there."""
    path = tmp_path / "ngay.thidua"
    db = write_demo(path)
    vote = list_votes(db)[0]
    rnd = list_rounds(db, vote.id)[0]
    add_entry(db, rnd.id, [rnd.candidates[0].unit_id])
    confirm_round(db, rnd.id)
    check_in(db, list_people(db)[0].id)
    db.close()
    return path


def test_a_second_window_is_told_who_holds_the_file_and_may_view_it(qtbot, window, demo_path, message_boxes):
    first = MainWindow()
    qtbot.addWidget(first)
    assert first.open_meeting(demo_path)
    message_boxes.answer = QMessageBox.StandardButton.Yes  # "Mở tệp chỉ để xem?" – yes
    assert window.open_meeting(demo_path)
    [question] = message_boxes.texts("question")
    assert "đang được mở để ghi" in question and "chỉ để xem" in question
    assert window.db.read_only and "chỉ xem" in window.windowTitle()
    assert window.notice.isVisibleTo(window) and "Chỉ xem" in window.notice.text.text()
    people = list_people(window.db)
    check_in(first.db, people[0].id)  # the first window works on
    with pytest.raises(Exception, match="Không ghi được"):
        check_in(window.db, people[1].id)  # the viewer refuses, with the reason
    assert first.db.conn.execute("SELECT COUNT(*) FROM attendance").fetchone()[0] == 1


def test_a_second_window_that_declines_keeps_what_it_had(qtbot, window, demo_path, message_boxes):
    first = MainWindow()
    qtbot.addWidget(first)
    assert first.open_meeting(demo_path)
    assert not window.open_meeting(demo_path)  # answered "Không"
    assert window.db is None


def test_opening_the_file_already_open_does_nothing(window, demo_path):
    assert window.open_meeting(demo_path)
    db = window.db
    assert window.open_meeting(demo_path)
    assert window.db is db and "đang mở" in window.statusBar().currentMessage()


DAMAGE = {
    "a confirmed result": ("UPDATE vote_round SET result = '{hỏng' WHERE result IS NOT NULL", "Suy tôn"),
    "the meeting's date": ("UPDATE meeting SET date = '19/12/2019 sáng'", "Chuẩn bị"),
    "a check-in time": ("UPDATE attendance SET checked_in_at = 'tám giờ'", "Đăng ký đại biểu"),
    "a ballot's choices": ("UPDATE ballot_entry SET choices = 'a,b'", "Suy tôn"),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_every_damaged_value_opens_and_is_named(qtbot, window, day_file, damage, message_boxes):
    sql, _stage = DAMAGE[damage]
    conn = sqlite3.connect(day_file)
    conn.execute(sql)
    conn.commit()
    conn.close()
    reporter = error_hook.ErrorReporter()
    # Edited behind the program's back: it is not written to (verify at open), only viewed.
    message_boxes.answer = QMessageBox.StandardButton.Yes  # "Mở tệp chỉ để xem?" – yes
    with qtbot.captureExceptions() as raised:  # what would reach the program's error dialog
        assert window.open_meeting(day_file)
        assert window.db.read_only
        assert "đã bị sửa ngoài chương trình" in message_boxes.texts("question")[0]
        window.show()
        for row in range(window.stages.count()):  # every stage shown in turn, as a user clicks through
            window.stage_list.setCurrentRow(row)
            QApplication.processEvents()
    assert all(isinstance(error, ThiDuaError) for _kind, error, _trace in raised), raised  # named, never raw
    for kind, error, trace in raised:
        reporter.handle(kind, error, trace)
    damaged = [
        w
        for w in (window.stages.widget(r) for r in range(window.stages.count()))
        if isinstance(w, DamagedView)
    ]
    texts = [d.message.text() for d in damaged] + [text for _title, text in reporter.shown]
    assert any("Dữ liệu hỏng trong tệp" in t for t in texts), texts
    assert window.stage_list.count() == 8  # the other stages are there
    assert settings.opening() is None  # the file opened: the next start may reopen it


def test_an_unexpected_error_is_logged_explained_and_the_program_goes_on(qtbot, tmp_path, message_boxes):
    log_file = setup_logging(tmp_path / "log")
    reporter = error_hook.install()
    reporter.shown.clear()
    try:
        raise ZeroDivisionError("chia cho 0")
    except ZeroDivisionError:
        reporter.handle(*sys.exc_info())
    qtbot.waitUntil(lambda: bool(message_boxes.texts("warning")), timeout=5000)
    [(title, text)] = reporter.shown
    assert (
        title == "Có lỗi ngoài dự kiến"
        and "Dữ liệu đã ghi vẫn an toàn" in text
        and "ZeroDivisionError" in text
    )
    assert str(paths.log_folder()) in text or "thidua.log" in text
    for handler in logging.getLogger().handlers:
        handler.flush()
    if log_file is not None:
        assert "ZeroDivisionError: chia cho 0" in log_file.read_text(encoding="utf-8")
    reporter.handle(ZeroDivisionError, ZeroDivisionError("chia cho 0"), None)  # the same again at once
    assert len(reporter.shown) == 1  # logged, not shown twice


def test_an_error_in_a_worker_thread_reaches_the_dialog(qtbot, message_boxes):
    import threading

    reporter = error_hook.install()
    hook = threading.excepthook  # (pytest's own is put back after the test)
    reporter.shown.clear()

    def work():
        try:
            raise ZeroDivisionError("chia cho 0")
        except ZeroDivisionError:
            hook(threading.ExceptHookArgs((*sys.exc_info(), threading.current_thread())))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(reporter.shown), timeout=5000)
    assert "ZeroDivisionError" in reporter.shown[0][1]


def test_a_file_that_stopped_the_last_start_is_not_reopened_by_itself(qtbot, demo_path, message_boxes):
    settings.add_recent_file(demo_path)
    settings.set_opening(demo_path)  # what a crash while opening it leaves behind
    window = create_main_window([])
    qtbot.addWidget(window)
    assert window.db is None and window.start_page is not None
    [warning] = message_boxes.texts("warning")
    assert str(demo_path.resolve()) in warning and "không được mở tự động" in warning
    assert settings.opening() is None
    again = create_main_window([])  # next time, it opens as usual
    qtbot.addWidget(again)
    assert again.db is not None and again.db.path == demo_path


def test_a_file_on_a_network_share_is_copied_to_the_laptop_when_asked(
    qtbot, window, demo_path, monkeypatch, tmp_path
):
    from ui import main_window

    monkeypatch.setattr(main_window, "risky_location", lambda path: "ổ mạng")
    documents = tmp_path / "Tai lieu"
    monkeypatch.setattr(main_window, "documents_dir", lambda: documents)

    def choose_copy(box):
        box.buttons()[0].click()  # "Chép về máy và mở"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_copy)
    assert window.open_meeting(demo_path)
    assert window.db.path == documents / "ThiDua" / demo_path.name
    assert len(list_people(window.db)) == 38
    shutil.rmtree(documents)
