"""Background rendering: the garbage collector never runs in the worker thread."""

import gc

from PySide6.QtWidgets import QWidget

from core.errors import ThiDuaError
from ui import printing


def test_the_collector_is_paused_while_renders_run_and_resumed_after(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(printing, "output_dir", lambda: tmp_path)
    monkeypatch.setattr(printing, "open_file", lambda path: None)
    seen_during_render: list[bool] = []

    def render() -> bytes:
        seen_during_render.append(gc.isenabled())
        return b"%PDF-1.4 test"

    assert gc.isenabled()
    parent = QWidget()
    qtbot.addWidget(parent)
    first = printing.print_pdf(parent, render, "a")
    second = printing.print_pdf(parent, render, "b")
    qtbot.waitUntil(lambda: first.path.exists() and second.path.exists(), timeout=10_000)
    assert seen_during_render == [False, False]
    assert gc.isenabled()


def test_a_failed_render_resumes_the_collector_and_says_why(qtbot, monkeypatch, tmp_path, message_boxes):
    monkeypatch.setattr(printing, "output_dir", lambda: tmp_path)

    def render() -> bytes:
        raise ThiDuaError("Không có cuộc bầu nào.")

    parent = QWidget()
    qtbot.addWidget(parent)
    job = printing.print_pdf(parent, render, "x")
    with qtbot.waitSignal(job.finished, timeout=10_000) as blocker:
        pass
    assert blocker.args == [None]
    assert gc.isenabled()
    assert "Không có cuộc bầu nào." in message_boxes.texts("warning")


def test_pdfs_go_to_the_thidua_folder_of_the_users_documents(user_dir):
    # core/paths resolves Documents; THIDUA_USER_DIR (set for every test) points it into a temp dir
    assert printing.output_dir() == user_dir / "documents" / "ThiDua"
    assert printing.output_dir().is_dir()
