"""A suy tôn vote from the first key to the printed minutes, in the real main window, keys only.

The dialogs are the real ones (modal, driven by keys while they wait); no mouse event reaches
any widget. The organizer creates a vote, the counting committee types the ballots (one declared
invalid, one corrected), records the ballots issued, confirms and prints the minutes: the
preview shows their pages, Page Down turns one, Ctrl+P prints them (to a PDF file standing in
for the printer), Esc closes the preview.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from core.ballots import INVALID_REASONS, current_entries
from core.votes import RoundState, list_rounds, list_votes
from tests.pdf_text import all_text
from tests.ui.conftest import read_back, type_text
from tests.ui.hall import (
    NoMouse,
    Watchdog,
    back_to,
    correct_selected_ballot,
    in_next_dialog,
    key,
    keys,
    open_hall_window,
)
from ui import print_preview, printing
from ui.print_preview import PreviewDialog
from ui.vote_stage_view import VoteStageView

# The real modal loops, taken before the message_boxes fixture replaces them for other tests.
REAL_DIALOG_EXEC = QDialog.exec
REAL_MESSAGE_BOX_EXEC = QMessageBox.exec
ALT = Qt.KeyboardModifier.AltModifier


def test_a_vote_from_the_first_key_to_the_printed_minutes(
    qtbot, hall_path, tmp_path, monkeypatch, message_boxes
):
    monkeypatch.setattr(QDialog, "exec", REAL_DIALOG_EXEC)
    monkeypatch.setattr(QMessageBox, "exec", REAL_MESSAGE_BOX_EXEC)
    opened = []
    monkeypatch.setattr(printing, "output_dir", lambda: tmp_path)
    real_preview = printing.show_preview
    previews: list[PreviewDialog] = []

    def show_preview(parent, path, pdf):
        opened.append(path)
        previews.append(real_preview(parent, path, pdf))
        return previews[-1]

    monkeypatch.setattr(printing, "show_preview", show_preview)
    monkeypatch.setattr(print_preview, "printer_names", lambda: ["Máy in thử"])
    printed_to = tmp_path / "printer.pdf"

    def choose_printer(_parent, printer: QPrinter, _current: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed_to))
        return True

    monkeypatch.setattr(print_preview, "choose_printer", choose_printer)
    window = open_hall_window(qtbot, hall_path)
    mouse = NoMouse()
    QApplication.instance().installEventFilter(mouse)
    watchdog = Watchdog()
    try:
        # To the stage list, then to Suy tôn.
        for _ in range(60):
            if QApplication.focusWidget() is window.stage_list:
                break
            key(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is window.stage_list
        keys("s")  # the list's type-ahead: "Suy tôn" (↓ stops at Đăng ký, whose search box takes the focus)
        stage = window.vote_view
        assert isinstance(stage, VoteStageView) and stage.isVisible()

        # A new vote: a title, the numbers typed are the names kept, Enter.
        def fill_vote(dialog) -> None:
            type_text(qtbot, QApplication.focusWidget(), "Bằng khen của Ban")
            key(Qt.Key.Key_G, ALT)  # "Ban kiểm phiếu gõ": the names kept
            key(Qt.Key.Key_Down)
            key(Qt.Key.Key_Return)

        in_next_dialog(fill_vote)
        key(Qt.Key.Key_H, ALT)  # T&hêm… (a mnemonic clicks a moment later, as the button shows it)
        qtbot.waitUntil(lambda: len(list_votes(window.db)) == 2)
        vote = list_votes(window.db)[-1]
        assert vote.title == "Bằng khen của Ban" and vote.places == 1
        view = stage.current_entry_view()
        back_to(qtbot, window)
        assert QApplication.focusWidget() is view.entry  # the count starts at once

        # Ballots: four for unit 3, one for unit 5 (to be corrected), one declared invalid.
        for typed in ("3", "3", "5", "3"):
            keys(typed)
            key(Qt.Key.Key_Return)
        key(Qt.Key.Key_Minus)
        key(Qt.Key.Key_2)  # reason 2
        key(Qt.Key.Key_Up)  # review: the last ballot (the invalid one) ...
        key(Qt.Key.Key_Up)
        key(Qt.Key.Key_Up)  # ... up to ballot 3

        correct_selected_ballot(qtbot, window, "3")
        assert QApplication.focusWidget() is view.entry  # corrected: back to the next ballot

        # The ballots issued, then confirm: C answers "Có".
        key(Qt.Key.Key_R, ALT)
        keys("6")
        key(Qt.Key.Key_Tab)
        in_next_dialog(lambda box: key(Qt.Key.Key_C))
        key(Qt.Key.Key_K, ALT)  # Xác nhận &kết quả
        qtbot.waitUntil(lambda: view.controller.confirmed)
        back_to(qtbot, window)

        # The minutes.
        key(Qt.Key.Key_B, ALT)  # In &biên bản
        qtbot.waitUntil(lambda: bool(previews), timeout=20000)
        [preview] = previews
        qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
        assert preview.page_count >= 1 and preview.page == 0
        if preview.page_count > 1:
            key(Qt.Key.Key_PageDown)
            assert preview.page == 1
        with qtbot.waitSignal(preview.printed, timeout=30000) as sent:
            key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert sent.args == [True] and printed_to.exists()
        key(Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not preview.isVisible())
        back_to(qtbot, window)
    finally:
        watchdog.stop()
        QApplication.instance().removeEventFilter(mouse)
        window.close()
    assert watchdog.stuck == [] and mouse.events == 0 and message_boxes.shown == []

    def stored(db):
        [rnd] = list_rounds(db, vote.id)
        return rnd, current_entries(db, rnd.id)

    rnd, entries = read_back(hall_path, stored)
    assert rnd.state == RoundState.CONFIRMED and rnd.ballots_issued == 6
    unit3, unit5 = rnd.candidates[2].unit_id, rnd.candidates[4].unit_id
    assert [e.choices for e in entries[:4]] == [frozenset({unit3})] * 4 and entries[2].kind == "correction"
    assert entries[4].invalid_reason == INVALID_REASONS[1] and unit5 not in entries[2].choices
    text = " ".join(all_text(opened[0].read_bytes()).split())
    assert "BIÊN BẢN KIỂM PHIẾU" in text and "Bằng khen của Ban" in text and "Số phiếu phát ra 6" in text
    assert f"{rnd.candidates[2].full_title}: 4 phiếu" in text
