"""Background rendering: one threading rule, the collector paused, the preview, a word when no viewer opens."""

import gc
import threading

from PySide6.QtWidgets import QWidget

from core.ballots import add_entry, current_entries
from core.errors import ThiDuaError
from core.votes import list_rounds, list_votes
from tests.ui.conftest import click
from tests.ui.print_pages import numbered_pdf
from ui import printing
from ui.print_preview import PreviewDialog


def test_the_collector_is_paused_while_renders_run_and_resumed_after(qtbot, monkeypatch, tmp_path, demo_db):
    monkeypatch.setattr(printing, "output_dir", lambda: tmp_path)
    monkeypatch.setattr(printing, "show_preview", lambda *_args: None)
    seen_during_render: list[bool] = []

    def render(db) -> bytes:
        seen_during_render.append(gc.isenabled())
        return b"%PDF-1.4 test"

    assert gc.isenabled()
    parent = QWidget()
    qtbot.addWidget(parent)
    first = printing.print_pdf(parent, demo_db, render, "a")
    second = printing.print_pdf(parent, demo_db, render, "b")
    qtbot.waitUntil(lambda: first.path.exists() and second.path.exists(), timeout=10_000)
    assert seen_during_render == [False, False]
    assert gc.isenabled()


def test_a_failed_render_resumes_the_collector_and_says_why(
    qtbot, monkeypatch, tmp_path, message_boxes, demo_db
):
    monkeypatch.setattr(printing, "output_dir", lambda: tmp_path)

    def render(db) -> bytes:
        raise ThiDuaError("Không có cuộc bầu nào.")

    parent = QWidget()
    qtbot.addWidget(parent)
    job = printing.print_pdf(parent, demo_db, render, "x")
    with qtbot.waitSignal(job.finished, timeout=10_000) as blocker:
        pass
    assert blocker.args == [None]
    assert gc.isenabled()
    assert "Không có cuộc bầu nào." in message_boxes.texts("warning")


def test_printing_while_ballots_are_entered_reads_an_image_never_the_live_connection(
    qtbot, monkeypatch, tmp_path, demo_db
):
    """The committee keeps typing ballots while the minutes render: the worker reads an image of
    the file taken when printing started, on a connection of its own, and the typing goes on."""
    monkeypatch.setattr(printing, "output_dir", lambda: tmp_path)
    monkeypatch.setattr(printing, "show_preview", lambda *_args: None)
    vote = list_votes(demo_db)[0]
    round_id = list_rounds(demo_db, vote.id)[0].id
    candidates = [c.unit_id for c in list_rounds(demo_db, vote.id)[0].candidates]
    add_entry(demo_db, round_id, candidates[:2])
    started, may_finish = threading.Event(), threading.Event()
    seen: dict[str, object] = {}

    def render(db) -> bytes:
        started.set()
        seen["thread"] = threading.current_thread()
        seen["same connection"] = db.conn is demo_db.conn
        may_finish.wait(10)
        seen["ballots"] = len(current_entries(db, round_id))  # read after the typing below
        return b"%PDF-1.4 test"

    parent = QWidget()
    qtbot.addWidget(parent)
    job = printing.print_pdf(parent, demo_db, render, "bien-ban")
    assert started.wait(10)
    for _ in range(20):  # typing on the UI thread while the worker holds its image
        add_entry(demo_db, round_id, candidates[:1])
    may_finish.set()
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert seen["thread"] is not threading.main_thread()
    assert seen["same connection"] is False
    assert seen["ballots"] == 1  # the image printing started from, not the 21 ballots now
    assert len(current_entries(demo_db, round_id)) == 21


def test_when_no_viewer_opens_the_pdf_the_user_is_told_where_it_is(
    qtbot, monkeypatch, tmp_path, message_boxes, demo_db
):
    """The preview's "Mở bằng trình xem PDF": with no viewer, the file's place is said."""
    monkeypatch.setattr(printing, "output_dir", lambda: tmp_path)
    opened = []
    monkeypatch.setattr(printing, "open_file", lambda path: opened.append(path) and False)
    parent = QWidget()
    qtbot.addWidget(parent)
    job = printing.print_pdf(parent, demo_db, lambda db: numbered_pdf(2), "danh-sach")
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    preview = job.preview
    assert isinstance(preview, PreviewDialog) and preview.page_count == 2
    qtbot.addWidget(preview)
    click(qtbot, preview.open_button)
    [text] = message_boxes.texts("question")
    assert str(job.path) in text and "không mở được" in text
    assert opened == [job.path]  # the answer was "Đóng": the folder is not opened


def test_pdfs_go_to_the_thidua_folder_of_the_users_documents(user_dir):
    # core/paths resolves Documents; THIDUA_USER_DIR (set for every test) points it into a temp dir
    assert printing.output_dir() == user_dir / "documents" / "ThiDua"
    assert printing.output_dir().is_dir()
