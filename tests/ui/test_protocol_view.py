"""Lễ tân, in the real main window: ranks reordered by keys and by dragging, seats arranged by
dragging and by keys, plates and plan printed, the programme edited and driving the projector
through the day, the MC's script following the check-ins, the news draft written for Word."""

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from core.attendance import check_in
from core.model import row_id
from core.people import list_people
from core.programme import load_programme
from core.protocol_rank import ranked_people
from core.seating import HEAD_ROW, Seat, load_plan
from tests.pdf_text import pages_text
from tests.ui.conftest import click, read_back, type_text
from tests.ui.hall import key, open_hall_window
from tests.ui.keyboard import mnemonic_problems
from ui import printing
from ui.protocol_models import ProgrammeColumn
from ui.protocol_projector import ProgrammeProjectorView, SeatingProjectorView
from ui.protocol_view import ProtocolView

PROTOCOL = 6  # the row of Lễ tân in the stage list


@pytest.fixture
def opened(monkeypatch, tmp_path):
    shown: list[Path] = []
    monkeypatch.setattr(printing, "show_preview", lambda parent, path, pdf: shown.append(path))  # a PDF
    monkeypatch.setattr(printing, "open_file", lambda path: shown.append(path) or True)  # Word, text
    monkeypatch.setattr(printing, "output_dir", lambda: tmp_path)
    return shown


@pytest.fixture
def hall(qtbot, demo_path, opened):
    window = open_hall_window(qtbot, demo_path)
    key(Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # Ctrl+7: Lễ tân, the keyboard in it
    stage = window.stages.currentWidget()
    assert isinstance(stage, ProtocolView) and stage.isVisible()
    return window, stage


def alt(qtbot, letter: Qt.Key) -> None:
    """Alt+letter to whatever has the focus; a button's mnemonic clicks it (animateClick) a moment later."""
    key(letter, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(250)


FINISHED: set[int] = set()  # ids of the print jobs that wrote their file (or failed)


@pytest.fixture(autouse=True)
def finished_jobs(monkeypatch):
    """Every print job reports when it is done, however soon (two jobs within a second share a name)."""
    FINISHED.clear()
    start = printing.PdfJob.start

    def recording_start(job):
        key = id(job)
        job.finished.connect(lambda _path: FINISHED.add(key))
        start(job)

    monkeypatch.setattr(printing.PdfJob, "start", recording_start)


def printed(qtbot, job) -> bytes:
    """The PDF a print job wrote, once it is written."""
    qtbot.waitUntil(lambda: id(job) in FINISHED, timeout=60_000)
    return job.path.read_bytes()


def names(path) -> list[str]:
    return read_back(path, lambda db: [p.full_name for p in ranked_people(db)])


def test_ranks_are_reviewed_and_reordered_by_keys_and_by_dragging(qtbot, hall, demo_path, message_boxes):
    window, stage = hall
    before = names(demo_path)
    assert before[:2] == ["Tán Văn Bảo", "Nguyễn Tấn Tuân"]
    table = stage.rank_table
    table.setFocus()
    table.selectRow(1)
    alt(qtbot, Qt.Key.Key_L)  # Alt+L: Lên
    assert names(demo_path)[:2] == ["Nguyễn Tấn Tuân", "Tán Văn Bảo"]
    assert table.selectionModel().selectedRows()[0].row() == 0  # the person stays selected
    alt(qtbot, Qt.Key.Key_L)  # already first: said, nothing changes
    assert "đứng đầu" in stage.rank_note.text() and stage.rank_note.isVisible()
    alt(qtbot, Qt.Key.Key_X)  # Alt+X: Xuống
    assert names(demo_path) == before
    # A drag of row 5 onto row 2: the view's model receives the drop as Qt delivers it.
    model = stage.rank_model
    dragged = model.person_at(5).full_name
    data = model.mimeData([model.index(5, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(2, 0))
    assert names(demo_path)[2] == dragged
    assert model.person_at(2).full_name == dragged  # the table shows the file's order
    alt(qtbot, Qt.Key.Key_O)  # Alt+O: Hoàn tác, the drag was a slip
    assert names(demo_path) == before and model.person_at(5).full_name == dragged
    stage.controller.rank_undo.redo()
    stage.reload()
    assert names(demo_path)[2] == dragged
    alt(qtbot, Qt.Key.Key_M)  # Alt+M: Thứ tự mặc định, asked first: "No" keeps the order
    assert "thứ tự mặc định" in message_boxes.texts("question")[-1]
    assert names(demo_path)[2] == dragged
    message_boxes.answer = QMessageBox.StandardButton.Yes
    alt(qtbot, Qt.Key.Key_M)
    assert names(demo_path) == before


def test_seats_are_arranged_by_dragging_and_by_keys_then_plates_and_plan_print(qtbot, hall, demo_path):
    window, stage = hall
    stage.tabs.setCurrentIndex(1)
    model, table = stage.seating_model, stage.seating_table
    guest = model.person_at(model.index(1, 0))
    assert guest.full_name == "Tán Văn Bảo"
    # Drag the commission's guest onto the head table's third seat.
    model.dropMimeData(
        model.mimeData([model.index(1, 0)]), Qt.DropAction.MoveAction, -1, -1, model.index(HEAD_ROW, 2)
    )
    plan = read_back(demo_path, load_plan)
    assert plan.seats[Seat(HEAD_ROW, 3)].full_name == "Tán Văn Bảo" and plan.stored
    assert model.person_at(model.index(HEAD_ROW, 2)).full_name == "Tán Văn Bảo"
    # Two seats selected, Alt+H swaps them.
    selection = table.selectionModel()
    selection.clearSelection()
    first, second = model.index(HEAD_ROW, 0), model.index(1, 1)
    a, b = model.person_at(first).full_name, model.person_at(second).full_name
    selection.select(first, QItemSelectionModel.SelectionFlag.Select)
    selection.select(second, QItemSelectionModel.SelectionFlag.Select)
    table.setFocus()
    alt(qtbot, Qt.Key.Key_H)
    plan = read_back(demo_path, load_plan)
    assert plan.seats[Seat(HEAD_ROW, 1)].full_name == b and plan.seats[Seat(1, 2)].full_name == a
    alt(qtbot, Qt.Key.Key_O)  # Alt+O: Hoàn tác puts the two back
    assert read_back(demo_path, load_plan).seats[Seat(HEAD_ROW, 1)].full_name == a
    stage.controller.seat_undo.redo()
    stage.reload()
    assert read_back(demo_path, load_plan).seats[Seat(HEAD_ROW, 1)].full_name == b
    for index in (model.index(HEAD_ROW, 0), model.index(1, 1)):  # the two seats chosen again
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)
    # Plates for the two selected seats, in seating order; then the plan on A3.
    pages = pages_text(printed(qtbot, stage.print_plates(selected=True)))
    assert len(pages) == 2 and b.upper() in pages[0] and a.upper() in pages[1]
    click(qtbot, stage.a3_check)
    click(qtbot, stage.plan_button)
    assert printed(qtbot, stage.jobs[-1]).startswith(b"%PDF")
    selection.clearSelection()
    click(qtbot, stage.plates_button)  # nothing selected: said, nothing printed
    assert "Chọn các ghế" in stage.seating_note.text()
    # A delegation's seats chosen from the list (Alt+K), its plates printed.
    stage.group_combo.setFocus()
    stage.group_combo.setCurrentIndex(stage.group_combo.findText("Kon Tum"))
    stage.group_combo.activated.emit(stage.group_combo.currentIndex())
    pages = pages_text(printed(qtbot, stage.print_plates(selected=True)))
    assert len(pages) == 3 and "A LĂNG THƠM" in pages[0]  # Kon Tum's three, its head first
    click(qtbot, stage.project_plan_button)  # the plan on the projector, as arranged
    shown = window.projector.content
    assert isinstance(shown, SeatingProjectorView)
    assert b in shown.cells[Seat(HEAD_ROW, 1)].text()


def test_the_programme_is_edited_and_drives_the_projector_through_the_day(qtbot, hall, demo_path):
    window, stage = hall
    stage.tabs.setCurrentIndex(2)
    table, model = stage.programme_table, stage.programme_model
    table.setFocus()
    table.setCurrentIndex(model.index(0, ProgrammeColumn.START))
    key(Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table
    editor.selectAll()
    qtbot.keyClicks(editor, "7h15")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.dirty)  # the delegate commits the editor's text from the event loop
    assert stage.unsaved_changes() == ["chương trình"]
    alt(qtbot, Qt.Key.Key_L)  # Alt+L: Lưu chương trình
    assert read_back(demo_path, load_programme)[0].start == "07:15"
    # A time earlier than the item before: refused by row, the file keeps what it had.
    model.setData(model.index(3, ProgrammeColumn.START), "06:00")
    alt(qtbot, Qt.Key.Key_L)
    assert "Dòng 4" in stage.programme_note.text()
    assert read_back(demo_path, load_programme)[3].start != "06:00"
    model.setData(model.index(3, ProgrammeColumn.START), "08:20")
    alt(qtbot, Qt.Key.Key_L)
    # On the projector: now and next; the stages of the day move it.
    alt(qtbot, Qt.Key.Key_U)  # Alt+U: Chiếu lên màn hình
    view = window.projector.content
    assert isinstance(view, ProgrammeProjectorView)
    assert "Đón tiếp đại biểu" in view.now.text() and "Tuyên bố lý do" in view.next.text()
    if QApplication.focusWidget() is None:  # the offscreen platform activates a window shown
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    alt(qtbot, Qt.Key.Key_P)  # Alt+P: Mục tiếp
    assert "Tuyên bố lý do" in view.now.text()
    key(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the chair opens the suy tôn stage
    assert "Suy tôn" in view.now.text() and "Bầu cụm trưởng" in view.next.text()
    key(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # then the election
    assert "Bầu cụm trưởng" in view.now.text()
    key(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert "ký kết giao ước" in view.now.text()
    key(Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # back in Lễ tân: the row "now" is marked
    assert stage.programme_model.current == 7


def test_the_mc_script_follows_the_check_ins_and_prints_as_edited(qtbot, hall, demo_path):
    window, stage = hall
    stage.tabs.setCurrentIndex(3)
    assert "có đồng chí Tán Văn Bảo" not in stage.script_edit.toPlainText()  # not here yet
    key(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the desk checks the guest in
    tan = next(p for p in list_people(window.db) if p.full_name == "Tán Văn Bảo")
    check_in(window.db, row_id(tan))
    key(Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert "Về phía Ban Tổ chức Trung ương, có đồng chí Tán Văn Bảo" in stage.script_edit.toPlainText()
    stage.script_edit.setFocus()
    stage.script_edit.moveCursor(stage.script_edit.textCursor().MoveOperation.End)
    type_text(qtbot, stage.script_edit, "Xin cảm ơn các đồng chí.")
    alt(qtbot, Qt.Key.Key_L)  # Alt+L: Lưu lời dẫn
    alt(qtbot, Qt.Key.Key_I)  # Alt+I: In lời dẫn
    text = "\n".join(pages_text(printed(qtbot, stage.jobs[-1])))
    assert "Xin cảm ơn các đồng chí." in text and "Tán Văn Bảo" in text
    # Someone else arrives: the edit is out of date, Làm mới makes the script again.
    head = next(p for p in list_people(window.db) if p.full_name == "Lê Văn Hải")
    check_in(window.db, row_id(head))
    stage.follow_file()
    assert stage.script_note.isVisible() and "Làm mới" in stage.script_note.text()
    alt(qtbot, Qt.Key.Key_M)  # Alt+M: Làm mới
    assert "Lê Văn Hải" in stage.script_edit.toPlainText() and not stage.script_note.isVisible()


def test_the_news_draft_is_written_for_word_with_the_assessment(qtbot, hall, demo_path, opened):
    window, stage = hall
    stage.tabs.setCurrentIndex(4)
    stage.assessment_edit.setFocus()
    type_text(qtbot, stage.assessment_edit, "Năm 2019, các đơn vị hoàn thành khối lượng lớn công việc.")
    alt(qtbot, Qt.Key.Key_L)  # Alt+L: Lưu đánh giá
    assert "hoàn thành khối lượng lớn công việc" in stage.news_preview.toPlainText()
    alt(qtbot, Qt.Key.Key_W)  # Alt+W: Xuất Word
    word = opened[-1]
    assert word.suffix == ".docx"
    paragraphs = [p.text for p in Document(str(word)).paragraphs]
    assert any("hoàn thành khối lượng lớn công việc" in p for p in paragraphs)
    assert any("Tán Văn Bảo – Hàm Vụ trưởng Vụ Địa phương II" in p for p in paragraphs)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_button_of_the_protocol_stage_has_its_own_alt_letter(qtbot, demo_path, opened, language):
    from ui.i18n import install_language

    install_language(language)
    try:
        window = open_hall_window(qtbot, demo_path)
        window.stage_list.setCurrentRow(PROTOCOL)
        stage = window.stages.currentWidget()
        for tab in range(stage.tabs.count()):
            stage.tabs.setCurrentIndex(tab)
            assert mnemonic_problems(stage, window) == [], tab
    finally:
        install_language("vi")
