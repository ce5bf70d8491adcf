"""The preview shows the PDF's own pages, moves by keys, and prints the chosen pages and copies."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from core.documents.catalog import KINDS
from tests.ui.conftest import click
from tests.ui.keyboard import mnemonic_problems
from tests.ui.print_pages import marks, numbered_pdf
from ui import print_preview, printing
from ui.i18n import install_language
from ui.print_preview import PreviewDialog
from ui.print_view import PrintView

CTRL = Qt.KeyboardModifier.ControlModifier


def open_preview(qtbot, pdf: bytes, path: Path | None = None) -> PreviewDialog:
    dialog = PreviewDialog(None, pdf, "thu.pdf", path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def press(dialog: PreviewDialog, what, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget() or dialog, what, modifier)


@pytest.fixture
def to_pdf_file(monkeypatch, tmp_path):
    """The print dialog answered as a person would: a printer that writes a PDF file, with
    the copies and pages the test asks for. Returns the settings and, later, the file."""
    chosen: dict = {
        "copies": 1,
        "collate": True,
        "range": None,
        "current": False,
        "file": tmp_path / "out.pdf",
    }
    monkeypatch.setattr(print_preview, "printer_names", lambda: ["Máy in thử"])

    def choose(_parent, printer: QPrinter, _current: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(chosen["file"]))
        printer.setCopyCount(chosen["copies"])
        printer.setCollateCopies(chosen["collate"])
        if chosen["current"]:
            printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
        elif chosen["range"] is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*chosen["range"])
        return True

    monkeypatch.setattr(print_preview, "choose_printer", choose)
    return chosen


def print_and_wait(qtbot, dialog: PreviewDialog) -> bool:
    with qtbot.waitSignal(dialog.printed, timeout=60_000) as blocker:
        press(dialog, Qt.Key.Key_P, CTRL)
    return blocker.args[0]


# -- the pages ---------------------------------------------------------------------------------


def test_the_preview_shows_each_of_the_pdfs_pages_and_moves_by_keys(qtbot):
    dialog = open_preview(qtbot, numbered_pdf(5))
    assert dialog.page_count == 5 and dialog.count_label.text() == "/ 5"
    seen = []
    for _ in range(6):  # one Page Down too many stays on the last page
        seen.append((dialog.page, marks_on_screen(dialog)))
        press(dialog, Qt.Key.Key_PageDown)
    assert seen == [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (4, 5)]
    press(dialog, Qt.Key.Key_Home)
    assert dialog.page == 0 and dialog.page_box.value() == 1 and not dialog.previous_button.isEnabled()
    press(dialog, Qt.Key.Key_End)
    assert dialog.page == 4 and not dialog.next_button.isEnabled()
    press(dialog, Qt.Key.Key_PageUp)
    assert dialog.page == 3 and marks_on_screen(dialog) == 4
    # Alt+A goes to the page number: typed, the page follows
    press(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.page_box
    dialog.page_box.selectAll()
    QTest.keyClicks(dialog.page_box, "2")
    assert dialog.page == 1 and marks_on_screen(dialog) == 2


def marks_on_screen(dialog: PreviewDialog) -> int:
    """The squares on the page the preview shows, counted on the picture it shows."""
    image = dialog.sheet.pixmap().toImage()
    scale = image.width() / dialog.pages.size_points(dialog.page).width()  # pixels per point
    y = round((60 + 12) * scale)
    return sum(
        1
        for square in range(12)
        if (x := round((40 + square * 36 + 12) * scale)) < image.width()
        and image.pixelColor(x, y).lightness() < 100
    )


def test_zoom_by_keys_draws_the_page_larger_and_fits_again(qtbot):
    dialog = open_preview(qtbot, numbered_pdf(2))
    fitted = dialog.sheet.pixmap().width()
    press(dialog, Qt.Key.Key_Plus, CTRL)
    press(dialog, Qt.Key.Key_Equal, CTRL)  # Ctrl and the + key, without Shift
    assert dialog.sheet.pixmap().width() > fitted
    assert dialog.zoom_label.text().endswith("%")
    for _ in range(20):
        press(dialog, Qt.Key.Key_Minus, CTRL)
    assert dialog.zoom == print_preview.ZOOMS[0] and not dialog.zoom_out_button.isEnabled()
    press(
        dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier
    )  # &Cả trang (a button's key clicks it soon after)
    qtbot.waitUntil(lambda: dialog.zoom is None)
    assert dialog.sheet.pixmap().width() == fitted


def test_a_landscape_page_is_shown_lying_down(qtbot):
    dialog = open_preview(qtbot, numbered_pdf(2, landscape_pages=frozenset({2})))
    portrait = dialog.sheet.pixmap()
    dialog.show_page(1)
    lying = dialog.sheet.pixmap()
    assert portrait.height() > portrait.width() and lying.width() > lying.height()


def test_an_unreadable_pdf_says_so_and_can_still_be_opened(qtbot, monkeypatch, tmp_path, message_boxes):
    path = tmp_path / "hong.pdf"
    path.write_bytes(b"%PDF-1.4 hong")
    opened = []
    monkeypatch.setattr(printing, "open_file", lambda file: opened.append(file) or True)
    dialog = open_preview(qtbot, path.read_bytes(), path)
    assert "Không hiển thị được" in dialog.sheet.text()
    assert not dialog.print_button.isEnabled()
    click(qtbot, dialog.open_button)
    assert opened == [path]


def test_every_button_of_the_preview_has_a_key_of_its_own_in_both_languages(qtbot):
    dialog = open_preview(qtbot, numbered_pdf(1))
    assert mnemonic_problems(dialog) == []
    install_language("en")
    english = open_preview(qtbot, numbered_pdf(1))
    assert english.print_button.text() == "&Print…"
    assert mnemonic_problems(english) == []


# -- printing ----------------------------------------------------------------------------------


def test_all_pages_one_copy(qtbot, to_pdf_file):
    dialog = open_preview(qtbot, numbered_pdf(3))
    assert print_and_wait(qtbot, dialog)
    assert marks(to_pdf_file["file"].read_bytes()) == [1, 2, 3]
    assert "3 trang × 1 bản" in dialog.status.text()


@pytest.mark.parametrize(("collate", "expected"), [(True, [2, 3, 2, 3]), (False, [2, 2, 3, 3])])
def test_copies_and_a_page_range_hand_the_right_pages_to_the_printer(qtbot, to_pdf_file, collate, expected):
    to_pdf_file.update(copies=2, range=(2, 3), collate=collate)
    dialog = open_preview(qtbot, numbered_pdf(5))
    assert print_and_wait(qtbot, dialog)
    printed = to_pdf_file["file"].read_bytes()
    assert len(PdfReader(to_pdf_file["file"]).pages) == 4
    assert marks(printed) == expected
    assert "2 trang × 2 bản" in dialog.status.text()


def test_the_current_page_alone(qtbot, to_pdf_file):
    to_pdf_file.update(current=True)
    dialog = open_preview(qtbot, numbered_pdf(4))
    press(dialog, Qt.Key.Key_PageDown)
    press(dialog, Qt.Key.Key_PageDown)
    assert print_and_wait(qtbot, dialog)
    assert marks(to_pdf_file["file"].read_bytes()) == [3]


def test_a_landscape_page_prints_on_a_landscape_sheet(qtbot, to_pdf_file):
    dialog = open_preview(qtbot, numbered_pdf(2, landscape_pages=frozenset({2})))
    assert print_and_wait(qtbot, dialog)
    sizes = [
        (float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(to_pdf_file["file"]).pages
    ]
    assert sizes[0][1] > sizes[0][0] and sizes[1][0] > sizes[1][1]
    assert marks(to_pdf_file["file"].read_bytes()) == [1, 2]


def test_a_range_beyond_the_document_prints_nothing_and_says_why(qtbot, to_pdf_file, message_boxes):
    to_pdf_file.update(range=(7, 9))
    dialog = open_preview(qtbot, numbered_pdf(3))
    press(dialog, Qt.Key.Key_P, CTRL)
    [text] = message_boxes.texts("warning")
    assert "không có trang nào" in text and "3 trang" in text
    assert not to_pdf_file["file"].exists()


def test_no_printer_on_the_computer_gives_a_vietnamese_message(qtbot, monkeypatch, message_boxes):
    monkeypatch.setattr(print_preview, "printer_names", lambda: [])
    asked = []
    monkeypatch.setattr(print_preview, "choose_printer", lambda *args: asked.append(args) or True)
    dialog = open_preview(qtbot, numbered_pdf(1))
    assert dialog.print_pages() is None
    [text] = message_boxes.texts("warning")
    assert "chưa có máy in nào" in text
    assert asked == []  # the print dialog is not offered with nothing to choose
    assert dialog.note.text() == text and dialog.note.isVisible()


def test_a_printer_that_is_gone_is_named_in_the_message(qtbot, monkeypatch, message_boxes):
    monkeypatch.setattr(print_preview, "printer_names", lambda: ["Máy in thử"])

    def choose(_parent, printer: QPrinter, _current: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        return True  # whatever Qt fell back to, it is not a printer this computer lists

    monkeypatch.setattr(print_preview, "choose_printer", choose)
    dialog = open_preview(qtbot, numbered_pdf(1))
    assert dialog.print_pages() is None
    [text] = message_boxes.texts("warning")
    assert text.startswith("Không tìm thấy máy in")


def test_a_printer_that_refuses_the_job_gives_a_vietnamese_message(
    qtbot, to_pdf_file, message_boxes, tmp_path
):
    to_pdf_file.update(file=tmp_path / "no-such-folder" / "out.pdf")  # the printer cannot start
    dialog = open_preview(qtbot, numbered_pdf(1))
    assert not print_and_wait(qtbot, dialog)
    [text] = message_boxes.texts("warning")
    assert "không nhận lệnh in" in text and "Tệp PDF vẫn được lưu" in text
    assert dialog.print_button.isEnabled()


def test_closing_the_print_dialog_prints_nothing_and_says_so(qtbot, monkeypatch):
    monkeypatch.setattr(print_preview, "printer_names", lambda: ["Máy in thử"])
    monkeypatch.setattr(print_preview, "choose_printer", lambda *args: False)
    dialog = open_preview(qtbot, numbered_pdf(1))
    assert dialog.print_pages() is None
    assert "Chưa in" in dialog.note.text()


# -- from the places that print ----------------------------------------------------------------


def test_a_document_printed_from_the_print_stage_opens_in_the_preview_with_all_its_pages(
    qtbot, demo_db, monkeypatch, tmp_path, to_pdf_file
):
    monkeypatch.setattr(printing, "output_dir", lambda: tmp_path)
    view = PrintView(demo_db)
    qtbot.addWidget(view)
    view.show()
    job = view.print_kind(next(kind for kind in KINDS if kind == "attendance"))
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    dialog = job.preview
    assert isinstance(dialog, PreviewDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    saved = job.path.read_bytes()
    assert dialog.pdf == saved  # the very bytes saved, not a picture made another way
    assert dialog.page_count == len(PdfReader(job.path).pages) > 1
    assert dialog.path == job.path
    with qtbot.waitSignal(dialog.printed, timeout=60_000):
        dialog.print_pages()
    assert len(PdfReader(to_pdf_file["file"]).pages) == dialog.page_count


def test_the_real_print_dialog_offers_the_documents_pages_and_escape_prints_nothing(qtbot, monkeypatch):
    """Qt's own print dialog (a modal loop, answered here by Esc): page range 1..N offered."""
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    from tests.ui.test_vote_journey import REAL_DIALOG_EXEC

    monkeypatch.setattr(QDialog, "exec", REAL_DIALOG_EXEC)
    monkeypatch.setattr(print_preview, "printer_names", lambda: ["Máy in thử"])
    seen: dict = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(20, answer)
            return
        seen.update(title=dialog.windowTitle(), range=(dialog.minPage(), dialog.maxPage()))
        dialog.reject()

    preview = open_preview(qtbot, numbered_pdf(4))
    QTimer.singleShot(0, answer)
    assert preview.print_pages() is None
    assert seen == {"title": "In", "range": (1, 4)}
    assert "Chưa in" in preview.note.text()
