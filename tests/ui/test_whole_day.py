"""The whole day on a meeting made from nothing, by keys (and a few clicks) on the real main window.

Ctrl+N makes the meeting; the clerk types its name, date and place, imports the member units and
the people from Excel lists, checks people in at the desk (a search, a badge scan), adds a
walk-in who stands in for an absent delegate, runs a suy tôn vote (one invalid ballot, one
correction), the head and deputy election, the agreement and its signing, prints every document
from In ấn, and the file verifies, its status-bar code being the one ``verify`` prints.

Only the native file dialogs are answered by the test (they are not Qt widgets on Windows);
every other dialog is the real one, modal, driven by keys while it waits.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from core.attendance import checked_in
from core.audit import format_code, verify_file
from core.ballots import INVALID_REASONS, current_entries
from core.documents.catalog import KINDS
from core.head_election import election_status, get_election
from core.meetings import load_meeting
from core.people import list_people
from core.units import list_units
from core.votes import list_rounds, list_votes
from tests.pdf_text import all_text
from tests.ui.conftest import type_text
from tests.ui.hall import Watchdog, back_to, correct_selected_ballot, in_next_dialog, key, keys, tab_to
from ui import printing
from ui.agreement_view import AgreementView
from ui.head_election_view import HeadElectionView
from ui.main_window import MainWindow
from ui.print_view import PrintView

REAL_DIALOG_EXEC = QDialog.exec
REAL_MESSAGE_BOX_EXEC = QMessageBox.exec
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ROOT = Path(__file__).resolve().parents[2]

UNITS = ["Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng"]
# (name, position, unit, phone, role): a head and a delegate per unit, one guest.
PEOPLE = [
    ("Nguyễn Văn An", "Trưởng ban", "Kon Tum", 905123456, "Trưởng đoàn"),
    ("K'Ré Y Bình", "Phó Trưởng ban", "Kon Tum", "0912000001", "Đại biểu"),
    ("Rơ Mah Hùng", "Trưởng ban", "Gia Lai", "0912000002", "Trưởng đoàn"),
    ("Ksor H'Yim", "Chuyên viên", "Gia Lai", "0912000003", "Đại biểu"),
    ("Y-Moan Êban", "Trưởng ban", "Đắk Lắk", "0912000004", "Trưởng đoàn"),
    ("Nguyễn Thị Minh Khai Hoa", "Phó Trưởng ban", "Đắk Lắk", "0912000005", "Đại biểu"),
    ("Trần Quốc Dũng", "Trưởng ban", "Đắk Nông", "0912000006", "Trưởng đoàn"),
    ("Lê Thu Hà", "Chuyên viên", "Đắk Nông", "0912000007", "Đại biểu"),
    ("Phạm Văn Lâm", "Trưởng ban", "Lâm Đồng", "0912000008", "Trưởng đoàn"),
    ("Hoàng Thị Mai", "Chuyên viên", "Lâm Đồng", "0912000009", "Đại biểu"),
    ("Vũ Đức Khách", "Vụ trưởng", "Ban Tổ chức Trung ương", "0912000010", "Khách mời"),
]


def write_xlsx(path: Path, header: list[str], rows: list[tuple]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def shoot(widget, name: str) -> None:
    """What the screen showed at this step, saved for the eye when THIDUA_SHOTS names a folder
    (e.g. THIDUA_SHOTS=/tmp/day pytest tests/ui/test_whole_day.py); otherwise nothing is written."""
    folder = os.environ.get("THIDUA_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def code_is_current(window: MainWindow) -> None:
    """The status bar shows the chain head of the file as it is now (what verify would print)."""
    assert window.audit_label.text().endswith(format_code(window.db.audit_head())), window.audit_label.text()


def test_the_whole_day_from_an_empty_meeting(qtbot, tmp_path, monkeypatch, message_boxes):
    monkeypatch.setattr(QDialog, "exec", REAL_DIALOG_EXEC)
    monkeypatch.setattr(QMessageBox, "exec", REAL_MESSAGE_BOX_EXEC)
    meeting_path = tmp_path / "hoi-nghi-2019.thidua"
    units_list = write_xlsx(tmp_path / "don-vi.xlsx", ["Tên ngắn"], [(u,) for u in UNITS[:-1]])
    people_list = write_xlsx(
        tmp_path / "dai-bieu.xlsx", ["Họ và tên", "Chức vụ", "Đơn vị", "Số điện thoại", "Vai trò"], PEOPLE
    )
    chosen = {"save": meeting_path, "open": None}
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen["save"]), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(chosen["open"]), ""))
    )
    opened: list[Path] = []
    out = tmp_path / "in"
    out.mkdir()
    monkeypatch.setattr(printing, "output_dir", lambda: out)
    monkeypatch.setattr(printing, "show_preview", lambda parent, path, pdf: opened.append(path))

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    watchdog = Watchdog()
    try:
        # -- Ctrl+N: a new meeting ---------------------------------------------------------
        key(Qt.Key.Key_N, CTRL)
        qtbot.waitUntil(lambda: window.db is not None and window.stage_list.isVisible())
        assert window.db.path == meeting_path
        setup = window.setup_view
        form = setup.meeting_form
        key(Qt.Key.Key_1, CTRL)
        tab_to(form.cluster)
        type_text(qtbot, form.cluster, "Cụm thi đua số V")
        tab_to(form.title)
        type_text(qtbot, form.title, "Hội nghị tổng kết công tác thi đua năm 2019")
        tab_to(form.place)
        type_text(qtbot, form.place, "Kon Tum")
        tab_to(form.date)
        key(Qt.Key.Key_A, CTRL)
        keys("19122019")
        tab_to(form.year)
        key(Qt.Key.Key_A, CTRL)
        keys("2019")
        key(Qt.Key.Key_S, CTRL)
        assert form.errors.isHidden(), form.errors.text()
        meeting = load_meeting(window.db)
        assert (meeting.date, meeting.place, meeting.year, meeting.next_year) == (
            date(2019, 12, 19),
            "Kon Tum",
            2019,
            2020,
        )
        assert form.date.text() == "19/12/2019"  # shown the usual way once left
        shoot(window, "01-meeting")

        # -- units: four from an Excel list, one by the unit dialog ----------------------------
        key(Qt.Key.Key_Tab, CTRL)
        assert setup.tabs.currentWidget() is setup.units_view
        chosen["open"] = units_list

        def import_units(dialog) -> None:
            key(Qt.Key.Key_C, ALT)  # &Chọn tệp…
            qtbot.waitUntil(lambda: dialog.add_button.isEnabled())
            shoot(dialog, "02-units-import")
            key(Qt.Key.Key_T, ALT)  # &Thêm 4 đơn vị

        in_next_dialog(import_units)
        key(Qt.Key.Key_E, ALT)  # Nhập từ &Excel/CSV…
        qtbot.waitUntil(lambda: setup.units_view.model.rowCount() == 4)
        back_to(qtbot, window)

        def add_unit(dialog) -> None:
            type_text(qtbot, QApplication.focusWidget(), UNITS[-1])
            shoot(dialog, "03-unit-dialog")
            key(Qt.Key.Key_Return)

        in_next_dialog(add_unit)
        key(Qt.Key.Key_V, ALT)  # Thêm đơn &vị…
        qtbot.waitUntil(lambda: setup.units_view.model.rowCount() == 5)
        back_to(qtbot, window)
        shoot(window, "03-units")

        # This year's head and deputy, chosen in the meeting form by typing in the lists.
        key(Qt.Key.Key_Backtab, CTRL)
        assert setup.tabs.currentWidget() is form
        tab_to(form.current_head)
        keys("K")
        tab_to(form.current_deputy)
        keys("G")
        key(Qt.Key.Key_S, CTRL)
        assert (form.current_head.currentText(), form.current_deputy.currentText()) == ("Kon Tum", "Gia Lai")

        # -- people: the Excel list through the import dialog ----------------------------------
        key(Qt.Key.Key_Tab, CTRL)
        key(Qt.Key.Key_Tab, CTRL)
        assert setup.tabs.currentWidget() is setup.people_view
        chosen["open"] = people_list

        def import_people(dialog) -> None:
            key(Qt.Key.Key_C, ALT)
            qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=10000)
            shoot(dialog, "04-people-import")
            key(Qt.Key.Key_T, ALT)  # &Thêm 11 người

        in_next_dialog(import_people)
        key(Qt.Key.Key_E, ALT)
        qtbot.waitUntil(lambda: setup.people_view.model.rowCount() == len(PEOPLE), timeout=10000)
        back_to(qtbot, window)
        shoot(window, "05-people")
        people = {p.full_name: p for p in list_people(window.db)}
        assert people["Nguyễn Văn An"].phone == "0905123456"  # the number Excel kept without its 0
        assert "Nguyễn Thị Minh Khai Hoa" in people
        units = {u.short_name: u for u in list_units(window.db)}
        assert (
            units["Lâm Đồng"].full_title == "Ban Tổ chức Tỉnh ủy Lâm Đồng"
        )  # typed short, filled by the pattern
        assert units["Kon Tum"].full_title == "Ban Tổ chức Tỉnh ủy Kon Tum"  # from the list of short names

        # -- the desk: searches + Enter, a badge scan after a search that found nobody ---------
        key(Qt.Key.Key_2, CTRL)
        desk = window.registration_view
        assert QApplication.focusWidget() is desk.search
        for typed in ("Nguyen Van An", "Kre", "Ro Mah", "Ksor", "Y-Moan", "Minh Khai Hoa", "Le Thu Ha"):
            keys(typed)
            key(Qt.Key.Key_Return)
        keys("Zzz")  # nobody: the desk says so ...
        key(Qt.Key.Key_Return)
        keys(people["Trần Quốc Dũng"].code)  # ... and the next badge scanned still checks in
        key(Qt.Key.Key_Return)
        type_text(qtbot, desk.search, "Vũ Đức")  # the guest, typed with its marks
        key(Qt.Key.Key_Return)
        here = set(checked_in(window.db))
        expected = {"Nguyễn Văn An", "K'Ré Y Bình", "Rơ Mah Hùng", "Ksor H'Yim", "Y-Moan Êban",
                    "Nguyễn Thị Minh Khai Hoa", "Lê Thu Hà", "Trần Quốc Dũng", "Vũ Đức Khách"}  # fmt: skip
        assert {p.full_name for p in people.values() if p.id in here} == expected

        # A walk-in stands in for the absent head of Lâm Đồng (F2; Alt+T ticks "thay thế").
        def walk_in(dialog) -> None:
            type_text(qtbot, QApplication.focusWidget(), "Đinh Văn Thế")
            tab_to(dialog.fields.position)
            type_text(qtbot, dialog.fields.position, "Phó Trưởng ban")
            key(Qt.Key.Key_T, ALT)  # (a mnemonic clicks a moment later, as the box shows it)
            qtbot.waitUntil(dialog.substitute_filter.isEnabled)
            tab_to(dialog.substitute_filter)
            keys("Pham Van")
            shoot(dialog, "06-walk-in")
            key(Qt.Key.Key_Return)

        in_next_dialog(walk_in)
        key(Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        back_to(qtbot, window)
        shoot(window, "07-desk")
        walker = next(p for p in list_people(window.db) if p.full_name == "Đinh Văn Thế")
        assert (
            walker.substitute_for == people["Phạm Văn Lâm"].id
            and walker.unit_id == people["Phạm Văn Lâm"].unit_id
        )
        assert walker.id in checked_in(window.db)
        assert desk.delegates_count.text().startswith("9/10")  # what the documents will print
        code_is_current(window)

        # -- suy tôn: a vote, its ballots (one invalid, one corrected), confirmed, minutes ------
        key(Qt.Key.Key_3, CTRL)
        stage = window.vote_view

        def fill_vote(dialog) -> None:
            type_text(qtbot, QApplication.focusWidget(), "Cờ thi đua của Ban")
            key(Qt.Key.Key_G, ALT)  # "Ban kiểm phiếu gõ": the names kept
            key(Qt.Key.Key_Down)
            shoot(dialog, "08-vote-dialog")
            key(Qt.Key.Key_Return)

        in_next_dialog(fill_vote)
        key(Qt.Key.Key_H, ALT)  # T&hêm…
        qtbot.waitUntil(lambda: len(list_votes(window.db)) == 1)
        vote = list_votes(window.db)[0]
        view = stage.current_entry_view()
        back_to(qtbot, window)
        assert QApplication.focusWidget() is view.entry
        for typed in ("1", "1", "2", "1"):
            keys(typed)
            key(Qt.Key.Key_Return)
        key(Qt.Key.Key_Minus)
        key(Qt.Key.Key_2)  # invalid, reason 2
        for _ in range(3):
            key(Qt.Key.Key_Up)  # back to ballot 3

        correct_selected_ballot(qtbot, window, "1")
        key(Qt.Key.Key_R, ALT)  # Phiếu phát &ra
        keys("5")
        key(Qt.Key.Key_Tab)
        in_next_dialog(lambda box: key(Qt.Key.Key_C))  # "Có"
        key(Qt.Key.Key_K, ALT)  # Xác nhận &kết quả
        qtbot.waitUntil(lambda: view.controller.confirmed)
        back_to(qtbot, window)
        shoot(window, "09-vote-confirmed")
        [rnd] = list_rounds(window.db, vote.id)
        entries = current_entries(window.db, rnd.id)
        unit1 = rnd.candidates[0].unit_id
        assert rnd.ballots_issued == 5 and [e.choices for e in entries[:4]] == [frozenset({unit1})] * 4
        assert entries[2].kind == "correction" and entries[4].invalid_reason == INVALID_REASONS[1]
        code_is_current(window)
        key(Qt.Key.Key_B, ALT)  # In &biên bản
        qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)

        # -- the head and deputy: proposal by rotation, committee, ballots, confirm ------------
        key(Qt.Key.Key_4, CTRL)
        election = window.stages.currentWidget()
        assert isinstance(election, HeadElectionView)
        shoot(window, "10-election-setup")
        key(Qt.Key.Key_P, ALT)  # Đề xuất theo thứ tự luân &phiên
        # Kon Tum heads the cluster this year: Gia Lai, the next in rotation, is proposed, then Đắk Lắk.
        qtbot.waitUntil(lambda: election.head_combo.currentText() == "Gia Lai")
        assert election.deputy_combo.currentText() == "Đắk Lắk"
        tab_to(election.committee_list)
        committee = election.committee_list
        for row in (0, 2):  # two members, ticked with Space
            while committee.currentRow() != row:
                key(Qt.Key.Key_Down)
            key(Qt.Key.Key_Space)
        key(Qt.Key.Key_L, ALT)  # &Lưu cách bầu
        qtbot.waitUntil(lambda: len(election.entry_views) == 1)
        shoot(window, "11-election-saved")
        settings = get_election(window.db).settings
        assert (settings.proposed_head_id, settings.proposed_deputy_id) == (
            units["Gia Lai"].id,
            units["Đắk Lắk"].id,
        )
        assert len(settings.committee_ids) == 2
        key(Qt.Key.Key_Tab, CTRL)  # to the tab "Vòng 1"
        round_view = election.round_view(1)
        qtbot.waitUntil(round_view.isVisible)
        tab_to(round_view.entry)
        for _ in range(5):
            key(Qt.Key.Key_Return)  # one key a ballot: approves both as proposed
        key(Qt.Key.Key_R, ALT)
        keys("5")
        key(Qt.Key.Key_Tab)
        in_next_dialog(lambda box: key(Qt.Key.Key_C))
        key(Qt.Key.Key_K, ALT)
        qtbot.waitUntil(lambda: round_view.controller.confirmed)
        back_to(qtbot, window)
        shoot(window, "12-election-confirmed")
        status = election_status(window.db)
        assert (status.head.unit.short_name, status.deputy.unit.short_name) == ("Gia Lai", "Đắk Lắk")
        code_is_current(window)

        # -- the agreement: signed unit by unit with Enter on the Ký kết tab -------------------
        key(Qt.Key.Key_5, CTRL)
        agreement = window.stages.currentWidget()
        assert isinstance(agreement, AgreementView)
        for _ in range(2):
            key(Qt.Key.Key_Tab, CTRL)  # Nội dung → Người ký → Ký kết, the keyboard into the page
        assert agreement.tabs.currentWidget() is agreement.signing
        blocks = len(agreement.signing.buttons)
        assert blocks == 5
        first = next(iter(agreement.signing.buttons.values()))
        qtbot.mouseClick(first, Qt.MouseButton.LeftButton)  # the first unit's block, clicked as it signs
        qtbot.waitUntil(lambda: agreement.signing.progress.text() == f"Đã ký 1/{blocks}")
        assert agreement.signing.isAncestorOf(QApplication.focusWidget())  # Enter signs from here
        for _ in range(blocks - 1):
            key(Qt.Key.Key_Return)  # Enter: the next unit has signed
        shoot(window, "13-signed")
        assert agreement.signing.progress.text() == f"Đã ký {blocks}/{blocks}"
        code_is_current(window)

        # -- In ấn: every document, Alt+1 … Alt+0 ----------------------------------------------
        key(Qt.Key.Key_6, CTRL)
        printer = window.stages.currentWidget()
        assert isinstance(printer, PrintView)
        shoot(window, "14-print")
        before = len(opened)
        for number in range(1, len(KINDS) + 1):
            key(getattr(Qt.Key, f"Key_{number % 10}"), ALT)
            qtbot.waitUntil(lambda n=number: len(opened) == before + n, timeout=20000)
        printed = dict(zip(KINDS, opened[before:], strict=True))
        code_shown = window.audit_label.text()
    finally:
        watchdog.stop()
        monkeypatch.setattr(window, "may_lose_setup_edits", lambda _doing: True)  # a failed step's leftovers
        window.close()
    assert watchdog.stuck == []
    assert message_boxes.shown == []  # nothing said in a box: every step went as the clerk meant

    # -- the record: verify is OK, and the status bar showed its chain head -----------------
    report = verify_file(meeting_path)
    assert report.ok, report.text()
    assert code_shown.endswith(report.code), (code_shown, report.code)
    run = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "verify", str(meeting_path)],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert report.code in run.stdout

    # -- the documents agree with each other and with the day ------------------------------
    texts = {kind: " ".join(all_text(path.read_bytes()).split()) for kind, path in printed.items()}
    for kind, text in texts.items():
        assert text, f"{kind}: an empty PDF"
    # Attendance at one moment: the delegate list and the attendance report say the same.
    listed = texts["attendance"]
    report_text = texts["attendance-report"]
    assert "9/10 đại biểu (trong đó 1 người dự thay), vắng 1; 5/5 đơn vị, 1/1 khách mời" in listed
    assert "triệu tập: 10; có mặt: 9 (trong đó 1 người dự thay); vắng: 1" in report_text
    assert "Đơn vị thành viên có đại biểu dự: 5/5" in report_text and "Khách mời có mặt: 1/1" in report_text
    assert "Tổng cộng 10 9 1 1" in report_text
    assert "Hoàng Thị Mai" in report_text.partition("Đại biểu vắng mặt")[2]  # the one absent, named
    # The counting minutes count units (one ballot a unit): every unit is here, Lâm Đồng by its substitute.
    units_line = "Tổng số đơn vị thành viên được triệu tập 5 Số đơn vị thành viên có mặt 5 Số đơn vị thành viên vắng mặt 0"
    assert units_line in texts["minutes"] and units_line in texts["election-minutes"]
    assert "Có quyền biểu quyết có mặt: 5/5 đơn vị" in report_text
    # The suy tôn figures: the minutes, the results sheet and the summary agree.
    minutes = texts["minutes"]
    assert "Số phiếu phát ra 5 Số phiếu thu vào 5 Số phiếu hợp lệ 4 Số phiếu không hợp lệ 1" in minutes
    assert "Phát ra 5 phiếu, thu vào 5 phiếu, hợp lệ 4, không hợp lệ 1" in texts["results"]
    assert "Ban Tổ chức Tỉnh ủy Kon Tum: 4 phiếu, 100,00 %" in minutes
    assert "Ban Tổ chức Tỉnh ủy Kon Tum (4 phiếu, 100,00 %, vòng 1)" in texts["results"]
    assert "Ban Tổ chức Tỉnh ủy Kon Tum: 4 phiếu, 100,00 % số phiếu hợp lệ" in texts["summary"]
    # The election: its minutes and the summary.
    election_minutes = texts["election-minutes"]
    assert (
        "Số phiếu phát ra 5 Số phiếu thu vào 5 Số phiếu hợp lệ 5 Số phiếu không hợp lệ 0" in election_minutes
    )
    for office, unit in (("cụm trưởng", "Gia Lai"), ("cụm phó", "Đắk Lắk")):
        assert (
            f"Ban Tổ chức Tỉnh ủy {unit} được tán thành là {office} Cụm thi đua số V năm 2020 (5 phiếu, 100,00 %)"
            in election_minutes
        )
        assert (
            f"{office.capitalize()}: Ban Tổ chức Tỉnh ủy {unit} (được tán thành với 5 phiếu, 100,00 %"
            in texts["summary"]
        )
    assert "Đã có 5/5 đơn vị thành viên ký kết" in texts["summary"]
    # The meeting as typed: its date (typed 19122019), place and name head every dated document.
    for kind in (
        "attendance",
        "attendance-report",
        "minutes",
        "results",
        "election-minutes",
        "summary",
        "agreement",
    ):
        assert "Kon Tum, ngày 19 tháng 12 năm 2019" in texts[kind], kind
    assert "Kết quả hội nghị tổng kết công tác thi đua năm 2019" in texts["summary"]
    # A confirmed result's code is frozen: the minutes printed at the vote and from In ấn carry the same.
    first_minutes = " ".join(all_text(opened[0].read_bytes()).split())
    frozen = re.findall(r"Mã xác nhận kết quả: ([0-9A-F ]{24})", first_minutes)
    assert frozen and frozen == re.findall(r"Mã xác nhận kết quả: ([0-9A-F ]{24})", minutes)
