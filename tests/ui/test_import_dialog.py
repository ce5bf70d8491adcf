"""The import dialog: the preview runs in a worker with progress and cancel, shows legacy text
converted (and can leave it), updates by code, and refusals as messages."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QPushButton

from core.legacy_text import Legacy, encode
from core.people import list_people
from tests.ui.conftest import click, read_back
from ui import import_dialog
from ui.import_dialog import ImportDialog
from ui.people_controller import PeopleController

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import hostile_files  # noqa: E402


class _ThreadRecordingConnection:
    """The meeting file's connection, noting which threads use it."""

    def __init__(self, conn):
        self._conn = conn
        self.threads: set[str] = set()

    def execute(self, *args):
        self.threads.add(threading.current_thread().name)
        return self._conn.execute(*args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


@pytest.fixture
def controller(demo_db):
    demo_db.conn = _ThreadRecordingConnection(demo_db.conn)
    controller = PeopleController(demo_db)
    yield controller
    controller.undo_stack.clear()
    demo_db.conn = demo_db.conn._conn


@pytest.fixture
def dialog(qtbot, controller):
    dialog = ImportDialog(controller)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def load(qtbot, dialog, path) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.load(str(path))


def write_xlsx(path, rows, font=None):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    if font:
        for row in sheet.iter_rows():
            for cell in row:
                cell.font = Font(name=font)
    workbook.save(path)
    return path


def tick(qtbot, checkbox) -> None:
    """Click a check box on its box (its middle may be empty space in a wide layout)."""
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton, pos=QPoint(8, checkbox.height() // 2))


def table_texts(dialog, column):
    return [dialog.rows.item(r, column).text() for r in range(dialog.rows.rowCount())]


def test_a_long_list_shows_progress_can_be_cancelled_and_the_window_stays_responsive(
    qtbot, dialog, controller, demo_path, tmp_path, monkeypatch
):
    path = hostile_files.many_rows_xml(tmp_path / "dai.xlsx", 19_000)
    # The reader is held halfway through the list until the window has shown it answers: on a
    # busy machine the list could otherwise be read before the test looks.
    halfway, go_on = threading.Event(), threading.Event()
    real_read_sheet = import_dialog.read_sheet

    def held_read_sheet(sheet_path, progress):
        def held(done: int, total: int) -> bool:
            if done >= 5_000 and not go_on.is_set():
                halfway.set()
                go_on.wait(timeout=30)
            return progress(done, total)

        return real_read_sheet(sheet_path, held)

    monkeypatch.setattr(import_dialog, "read_sheet", held_read_sheet)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    with qtbot.waitSignal(dialog.previewed, timeout=30_000):
        dialog.load(str(path))
        qtbot.waitUntil(halfway.is_set, timeout=10_000)
        qtbot.waitUntil(dialog.progress.isVisible, timeout=10_000)
        timer.start(20)
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=10_000)  # the window answers meanwhile
        timer.stop()
        cancel = dialog.progress.findChild(QPushButton)
        assert cancel.text() == "Hủy"
        click(qtbot, cancel)
        go_on.set()
    assert dialog.summary.text() == "Đã hủy việc đọc tệp. Không có gì được thêm."
    assert dialog.rows.rowCount() == 0
    assert not dialog.add_button.isEnabled()
    assert not dialog.progress.isVisible()
    assert len(read_back(demo_path, list_people)) == 38
    assert controller.db.conn.threads == {threading.main_thread().name}


def test_the_preview_never_touches_the_meeting_file_from_the_worker(qtbot, dialog, controller, tmp_path):
    load(
        qtbot,
        dialog,
        write_xlsx(tmp_path / "a.xlsx", [["Họ và tên", "Đơn vị"], ["Hồ Văn Sơn", "BTCTU Kon Tum"]]),
    )
    assert table_texts(dialog, 3) == ["Kon Tum"]
    assert controller.db.conn.threads == {threading.main_thread().name}


def test_a_list_typed_in_tcvn3_is_shown_converted_and_can_be_left_as_it_is(
    qtbot, dialog, demo_path, tmp_path
):
    rows = [[encode(t, Legacy.TCVN3) for t in row] for row in [
        ("Họ và tên", "Chức vụ", "Đơn vị"),
        ("Nguyễn Văn Hải", "Phó Trưởng ban", "Khánh Hòa"),
        ("Trần Thị Thu Hà", "Chuyên viên", "Đắk Lắk"),
    ]]  # fmt: skip
    load(qtbot, dialog, write_xlsx(tmp_path / "cu.xlsx", rows, font=".VnTime"))

    assert dialog.convert.isVisible() and dialog.convert.isChecked()
    assert table_texts(dialog, 1) == ["Nguyễn Văn Hải", "Trần Thị Thu Hà"]
    assert dialog.notes.item(0).text() == (
        "Các dòng 1, 2, 3 được gõ bằng bảng mã cũ TCVN3 (ABC) và đã được chuyển sang Unicode: "
        "xem lại tên trước khi thêm."
    )
    assert "chuyển từ bảng mã TCVN3 (ABC)" in dialog.rows.item(0, 6).text()

    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        tick(qtbot, dialog.convert)  # leave the text as it is: the header is not found then
    assert dialog.errors.isVisible() and "Họ và tên" in dialog.errors.item(0).text()
    assert not dialog.add_button.isEnabled()

    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        tick(qtbot, dialog.convert)
    click(qtbot, dialog.add_button)
    names = {p.full_name for p in read_back(demo_path, list_people)}
    assert {"Nguyễn Văn Hải", "Trần Thị Thu Hà"} <= names


def test_a_corrected_list_updates_people_by_code_in_one_undoable_action(
    qtbot, dialog, controller, demo_path, tmp_path
):
    someone = controller.people()[0]
    unit = next(u.short_name for u in controller.units() if u.id == someone.unit_id)
    rows = [
        ["Mã", "Họ và tên", "Chức vụ", "Đơn vị"],
        [int(someone.code), someone.full_name, "Phó Chánh Văn phòng", unit],
        ["", "Hồ Văn Mới", "Chuyên viên", "Khánh Hòa"],
    ]
    load(qtbot, dialog, write_xlsx(tmp_path / "sua.xlsx", rows))

    assert dialog.summary.text() == "Sẽ thêm 1 người. Sẽ cập nhật 1 người đã có cùng mã (tô xanh)."
    assert dialog.add_button.text() == "&Thêm 1, cập nhật 1 người"
    assert dialog.rows.item(0, 6).text() == f'Cập nhật: Chức vụ: "{someone.position}" → "Phó Chánh Văn phòng"'
    click(qtbot, dialog.add_button)
    assert (dialog.added, dialog.updated) == (1, 1)

    people = {p.code: p for p in read_back(demo_path, list_people)}
    assert people[someone.code].position == "Phó Chánh Văn phòng"
    assert len(people) == 39
    controller.undo_stack.undo()
    people = {p.code: p for p in read_back(demo_path, list_people)}
    assert people[someone.code].position == someone.position and len(people) == 38


def test_a_zip_bomb_is_refused_with_a_message(qtbot, dialog, demo_path, tmp_path):
    load(qtbot, dialog, hostile_files.zip_bomb(tmp_path / "bom.xlsx", megabytes=40))
    assert "giải nén ra quá lớn" in dialog.errors.item(0).text()
    assert dialog.summary.text() == "Không đọc được tệp. Không có gì được thêm."
    assert not dialog.add_button.isEnabled()
    assert len(read_back(demo_path, list_people)) == 38


def test_a_totals_row_and_a_lost_zero_are_said_in_the_notes(qtbot, dialog, tmp_path):
    rows = [["Họ và tên", "Đơn vị", "SĐT"], ["Hồ Văn Sơn", "Kon Tum", 905123456], ["Tổng cộng: 1 người"]]
    load(qtbot, dialog, write_xlsx(tmp_path / "a.xlsx", rows))
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert notes[0].startswith('Dòng 2, cột "Số điện thoại": thêm số 0')
    assert notes[1].startswith("Dòng 3: dòng tổng cộng")
    assert dialog.add_button.isEnabled()


def test_exporting_a_list_holding_a_control_character_works_and_says_what_was_dropped(
    qtbot, controller, demo_db, message_boxes, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QFileDialog

    from ui.people_view import PeopleView

    someone = controller.people()[0]
    # Stored by an older version, before such text was refused: the export used to do nothing.
    demo_db.conn.execute("UPDATE person SET position = 'Trưởng\x07ban' WHERE id = ?", (someone.id,))
    view = PeopleView(controller)
    qtbot.addWidget(view)
    view.show()
    target = tmp_path / "xuat.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, view.export_button)
    [text] = message_boxes.texts("information")
    assert text.startswith(f"Đã xuất 38 người vào {target}")
    assert (
        f'{someone.full_name}: cột "Chức vụ" có ký tự điều khiển không ghi được vào Excel, đã bỏ đi.' in text
    )
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 39
