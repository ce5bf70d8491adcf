"""The registration screen, driven as the desk clerk (and the USB scanner) drive it."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from core.attendance import checked_in, substitutes
from core.documents.catalog import file_stem
from core.meetings import load_meeting
from core.model import Role
from core.people import list_people
from tests.pdf_text import all_text
from tests.ui.conftest import click, read_back, type_text
from ui import printing, registration_view
from ui.registration_model import RegistrationColumn, RegistrationTableModel, StatusFilter
from ui.registration_projector import WelcomeView
from ui.registration_view import RegistrationView
from ui.walk_in_dialog import WalkInDialog


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.fixture
def view(qtbot, demo_db):
    view = RegistrationView(demo_db)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.activateWindow()
    qtbot.waitExposed(view)
    return view


def shown_names(view: RegistrationView) -> list[str]:
    return [view.model.person_at(row).full_name for row in range(view.model.rowCount())]


def id_of(view: RegistrationView, name: str) -> int:
    return next(e.person.id for e in view.controller.desk.entries if e.person.full_name == name)


def present_names(path: Path) -> set[str]:
    def reader(db):
        here = checked_in(db)
        return {p.full_name for p in list_people(db) if p.id in here}

    return read_back(path, reader)


def enter(qtbot, view: RegistrationView) -> None:
    qtbot.keyClick(view.search, Qt.Key.Key_Return)


def scan(qtbot, view: RegistrationView, code: str) -> None:
    """What a USB scanner does: types the digits, then Enter, into whatever has focus."""
    qtbot.keyClicks(view.search, code)
    enter(qtbot, view)


def panel_text(view: RegistrationView) -> str:
    return " ".join(label.text() for label in (view.panel_title, view.panel_detail, view.panel_status))


# -- the table model, without a window ------------------------------------------------------


def test_the_model_has_named_columns_and_filters_the_precomputed_index(demo_db):
    from core.registration import RegistrationDesk

    model = RegistrationTableModel(RegistrationDesk(demo_db))
    assert model.columnCount() == len(RegistrationColumn)
    assert model.headerData(RegistrationColumn.CHECKED_IN, Qt.Orientation.Horizontal) == "Có mặt lúc"
    model.set_query("ng")
    narrowed = [model.person_at(r).id for r in range(model.rowCount())]
    model.set_query("ngu")  # narrows within "ng"
    grown = [model.person_at(r).id for r in range(model.rowCount())]
    model.set_query("")
    model.set_query("ngu")  # from scratch
    assert [model.person_at(r).id for r in range(model.rowCount())] == grown
    assert set(grown) < set(narrowed)
    model.desk.check_in(model.person_at(0).id)
    model.set_status(StatusFilter.PRESENT)
    assert model.rowCount() == 1
    assert model.data(model.index(0, RegistrationColumn.CHECKED_IN)) != ""
    model.set_status(StatusFilter.ABSENT)
    assert model.rowCount() == len(grown) - 1


# -- typing and searching ------------------------------------------------------------------


def test_the_search_box_has_focus_and_keeps_it_after_clicks(qtbot, view):
    assert view.search.hasFocus()
    click(qtbot, view.undo_button if view.undo_button.isEnabled() else view.project_button)
    assert view.search.hasFocus()
    index = view.model.index(3, RegistrationColumn.NAME)
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center()
    )
    assert view.search.hasFocus()
    assert view.selected_person() == view.model.person_at(3)


def test_typing_without_diacritics_narrows_the_list_at_once(qtbot, view):
    qtbot.keyClicks(view.search, "tuan")
    assert sorted(shown_names(view)) == ["Nguyễn Tấn Tuân", "Đoàn Minh Tuấn"]
    view.search.clear()
    qtbot.keyClicks(view.search, "kh hoa")
    assert "Lê Hoàng Nam" in shown_names(view) and "Mai Văn Khoa" not in shown_names(view)
    view.search.clear()
    qtbot.keyClicks(view.search, "quang nam")
    assert len(shown_names(view)) == 4
    assert "4 trong 38" in view.shown_label.text()


def test_decomposed_input_from_an_input_method_finds_the_same_people(qtbot, view):
    type_text(qtbot, view.search, nfd("Đắk"))
    assert view.search.text() == nfd("Đắk")  # the box really holds the decomposed text
    decomposed = sorted(shown_names(view))
    view.search.clear()
    qtbot.keyClicks(view.search, "dak")
    assert decomposed == sorted(shown_names(view))
    assert len(decomposed) == 5


# -- Enter: check-in, selection, scans -----------------------------------------------------


def test_enter_checks_in_the_single_match_and_shows_name_unit_and_time(qtbot, view, demo_path):
    qtbot.keyClicks(view.search, "huu phuoc")
    assert view.selected_person().full_name == "Nguyễn Hữu Phước"  # what Enter will do is shown
    enter(qtbot, view)
    assert present_names(demo_path) == {"Nguyễn Hữu Phước"}
    assert view.panel_title.text() == "Nguyễn Hữu Phước"
    assert "Quảng Nam" in view.panel_detail.text()
    assert view.panel_status.text().startswith("Đã điểm danh lúc ")
    assert view.search.text() == "" and view.search.hasFocus()  # ready for the next person
    row = view.model.row_of(id_of(view, "Nguyễn Hữu Phước"))
    assert (
        view.model.data(view.model.index(row, RegistrationColumn.CHECKED_IN)) == view.panel_status.text()[-5:]
    )


def test_up_and_down_choose_among_several_matches_while_typing_stays_in_the_box(qtbot, view, demo_path):
    qtbot.keyClicks(view.search, "nguyen")
    assert view.model.rowCount() > 2 and view.selected_person() is None
    enter(qtbot, view)  # several matches and none chosen: nothing happens but a hint
    assert present_names(demo_path) == set()
    assert "người khớp" in view.panel_title.text()
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    chosen = view.model.person_at(1).full_name
    assert view.selected_person().full_name == chosen and view.search.hasFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Up)
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    enter(qtbot, view)
    assert present_names(demo_path) == {chosen}


def test_a_scan_checks_in_and_a_second_scan_says_when_and_changes_nothing(qtbot, view, demo_path):
    scan(qtbot, view, "1001")
    assert present_names(demo_path) == {"Lê Văn Hải"}
    first_time = view.panel_status.text()[-5:]
    events = read_back(demo_path, lambda db: db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0])
    scan(qtbot, view, "1001")
    assert f"Lê Văn Hải đã điểm danh lúc {first_time}" in view.panel_status.text()
    assert (
        read_back(demo_path, lambda db: db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]) == events
    )
    assert view.search.text() == ""


def test_an_unknown_code_says_so_and_changes_nothing(qtbot, view, demo_path):
    qtbot.keyClicks(view.search, "huu phuoc")  # even with someone selected
    view.search.clear()
    scan(qtbot, view, "9999")
    assert "Không có ai mang mã 9999" in panel_text(view)
    assert present_names(demo_path) == set()


def test_a_scan_while_a_name_is_half_typed_is_still_a_scan(qtbot, view, demo_path):
    qtbot.keyClicks(view.search, "1002")
    enter(qtbot, view)
    qtbot.keyClicks(view.search, "10")  # a code prefix lists codes; Enter on digits is a scan, not a pick
    assert view.model.rowCount() == 38
    enter(qtbot, view)
    assert "Không có ai mang mã 10" in panel_text(view)
    assert present_names(demo_path) == {"Trần Thị Thu Hà"}


class KeyClock:
    """The time the search box reads for each key (test key events carry none): keys typed by a
    person come 150 ms apart, a scanner's 8 ms apart."""

    def __init__(self):
        self.now = 1_000_000

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> KeyClock:
    clock = KeyClock()
    monkeypatch.setattr(registration_view, "key_clock", clock)
    return clock


def by_hand(qtbot, view: RegistrationView, clock: KeyClock, text: str, enter_after: bool = False) -> None:
    for ch in text:
        clock.now += 150
        type_text(qtbot, view.search, ch)
    if enter_after:
        clock.now += 300
        enter(qtbot, view)


def by_scanner(qtbot, view: RegistrationView, clock: KeyClock, code: str) -> None:
    for ch in code:
        clock.now += 8
        qtbot.keyClick(view.search, ch)
    clock.now += 8
    enter(qtbot, view)


def test_a_scan_after_a_search_that_found_nobody_checks_in_the_badge(qtbot, view, demo_path, clock):
    by_hand(qtbot, view, clock, "Nguyen Van Tunn", enter_after=True)
    assert "Không tìm thấy «Nguyen Van Tunn»" in panel_text(view)
    assert view.search.selectedText() == "Nguyen Van Tunn"  # kept for F2, replaced by what comes next
    by_scanner(qtbot, view, clock, "1002")
    assert present_names(demo_path) == {"Trần Thị Thu Hà"}
    assert view.panel_title.text() == "Trần Thị Thu Hà" and view.search.text() == ""


def test_a_scan_while_a_name_is_half_typed_checks_in_the_badge_not_the_name(qtbot, view, demo_path, clock):
    by_hand(qtbot, view, clock, "huu phu")
    assert view.selected_person().full_name == "Nguyễn Hữu Phước"  # the only match, selected
    by_scanner(qtbot, view, clock, "1002")
    assert present_names(demo_path) == {"Trần Thị Thu Hà"}
    assert view.search.text() == ""


def test_a_scan_after_a_search_with_several_matches_checks_in_the_badge(qtbot, view, demo_path, clock):
    by_hand(qtbot, view, clock, "nguyen", enter_after=True)
    assert "người khớp" in view.panel_title.text()
    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # even with a row chosen
    by_scanner(qtbot, view, clock, "1001")
    assert present_names(demo_path) == {"Lê Văn Hải"}


def test_digits_typed_by_hand_after_a_name_are_part_of_the_search(qtbot, view, demo_path, clock):
    by_hand(qtbot, view, clock, "nguyen 1003", enter_after=True)  # 1003 is Phan Minh Quân's code
    assert "Không tìm thấy «nguyen 1003»" in panel_text(view)
    assert present_names(demo_path) == set()
    by_hand(qtbot, view, clock, "1003", enter_after=True)  # a code typed alone is a code
    assert present_names(demo_path) == {"Phan Minh Quân"}


def test_after_a_search_that_found_nobody_a_new_name_replaces_it_and_f2_still_takes_it(
    qtbot, view, demo_path, clock, monkeypatch
):
    by_hand(qtbot, view, clock, "Trần Văn Mới", enter_after=True)
    names_offered = []

    def cancel(dialog: WalkInDialog) -> int:
        names_offered.append(dialog.fields.name.text())
        return 0

    monkeypatch.setattr(WalkInDialog, "exec", cancel)
    qtbot.keyClick(view.search, Qt.Key.Key_F2)
    assert names_offered == ["Trần Văn Mới"]
    by_hand(qtbot, view, clock, "huu phuoc", enter_after=True)
    assert present_names(demo_path) == {"Nguyễn Hữu Phước"}


def test_names_of_tay_nguyen_typed_without_apostrophes_at_the_desk(qtbot, view, demo_path):
    type_text(qtbot, view.search, "hlan")
    assert shown_names(view) == ["H'Lan Mlô"]
    view.search.clear()
    type_text(qtbot, view.search, "kbroi")
    assert shown_names(view) == ["K' Brơi"]
    enter(qtbot, view)
    assert present_names(demo_path) == {"K' Brơi"}


def test_undo_by_key_and_by_button(qtbot, view, demo_path):
    scan(qtbot, view, "1001")
    scan(qtbot, view, "1002")
    qtbot.keyClick(view.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert present_names(demo_path) == {"Lê Văn Hải"}
    assert "Đã hủy điểm danh" in view.panel_title.text()
    click(qtbot, view.undo_button)
    assert present_names(demo_path) == set()
    assert not view.undo_button.isEnabled() and view.search.hasFocus()


def test_cancelling_the_selected_persons_check_in_asks_first(qtbot, view, demo_path, message_boxes):
    scan(qtbot, view, "1001")
    qtbot.keyClicks(view.search, "le van hai")
    click(qtbot, view.cancel_button)
    assert message_boxes.texts("question") == ["Hủy điểm danh của Lê Văn Hải?"]
    assert present_names(demo_path) == {"Lê Văn Hải"}  # the answer was no
    message_boxes.answer = message_boxes.answer.Yes
    click(qtbot, view.cancel_button)
    assert present_names(demo_path) == set()


# -- counts ---------------------------------------------------------------------------------


def test_counts_and_quorum_update_after_each_check_in(qtbot, view):
    assert view.delegates_count.text() == "0/36"
    assert view.units_count.text() == "0/12"
    assert "Chưa đủ" in view.quorum_label.text()
    heads = [e.person for e in view.controller.desk.entries if e.person.role == Role.HEAD]
    for head in heads[:8]:
        scan(qtbot, view, head.code)
    assert view.delegates_count.text() == "8/36"
    assert view.units_count.text() == "8/12" and view.voters_count.text() == "8/12"
    assert view.quorum_label.text().startswith("✔ Đủ điều kiện")
    scan(qtbot, view, "1038")  # a guest
    assert view.guests_count.text() == "1/2" and view.delegates_count.text() == "8/36"


# -- walk-ins and substitutes ----------------------------------------------------------------


def ok_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_a_walk_in_is_added_and_checked_in_from_one_dialog(qtbot, view, demo_path, monkeypatch):
    def fill_in(dialog: WalkInDialog) -> int:
        assert dialog.fields.name.text() == "Trần Văn Mới"  # what was typed in the search box
        type_text(qtbot, dialog.fields.position, "Chuyên viên")
        dialog.fields.unit.setCurrentIndex(dialog.fields.unit.findText("Kon Tum"))
        click(qtbot, ok_button(dialog))
        return dialog.result()

    monkeypatch.setattr(WalkInDialog, "exec", fill_in)
    type_text(qtbot, view.search, "Trần Văn Mới")
    assert view.model.rowCount() == 0
    qtbot.keyClick(view.search, Qt.Key.Key_F2)
    assert present_names(demo_path) == {"Trần Văn Mới"}
    assert view.panel_title.text() == "Trần Văn Mới" and "Kon Tum" in view.panel_detail.text()
    assert view.model.total() == 39 and view.delegates_count.text() == "0/36 (+1 ngoài danh sách)"
    assert view.search.text() == "" and view.search.hasFocus()


def test_a_walk_in_with_a_direction_mark_in_the_name_is_refused_as_in_the_person_dialog(
    qtbot, view, demo_path, monkeypatch
):
    def fill_in(dialog: WalkInDialog) -> int:
        type_text(qtbot, dialog.fields.name, "Trần \u202eVăn Mới")
        click(qtbot, ok_button(dialog))
        assert dialog.errors.text().startswith('Trường "Họ và tên": có ký tự ẩn đảo chiều chữ (U+202E)')
        return dialog.result()

    monkeypatch.setattr(WalkInDialog, "exec", fill_in)
    click(qtbot, view.walk_in_button)
    assert present_names(demo_path) == set()
    assert read_back(demo_path, lambda db: len(list_people(db))) == 38


def test_an_invalid_walk_in_keeps_the_dialog_open_and_adds_nobody(qtbot, view, demo_path, monkeypatch):
    def fill_in(dialog: WalkInDialog) -> int:
        dialog.fields.code.setText("1001")  # taken
        type_text(qtbot, dialog.fields.name, "Người Trùng Mã")
        click(qtbot, ok_button(dialog))
        assert dialog.isVisible() or dialog.result() != WalkInDialog.DialogCode.Accepted
        assert "1001" in dialog.errors.text()
        return dialog.result()

    monkeypatch.setattr(WalkInDialog, "exec", fill_in)
    click(qtbot, view.walk_in_button)
    assert present_names(demo_path) == set()
    assert read_back(demo_path, lambda db: len(list_people(db))) == 38


def test_a_substitute_for_an_absent_delegate(qtbot, view, demo_path, monkeypatch):
    absent_id = id_of(view, "Kiều Văn Lực")

    def fill_in(dialog: WalkInDialog) -> int:
        type_text(qtbot, dialog.fields.name, "Ngô Văn Thay")
        dialog.is_substitute.setChecked(True)
        type_text(qtbot, dialog.substitute_filter, "kieu van")
        assert dialog.substitute_for.count() == 1
        assert dialog.substitute_for.currentData() == absent_id
        assert dialog.fields.unit.currentText() == "Gia Lai" and not dialog.fields.unit.isEnabled()
        click(qtbot, ok_button(dialog))
        return dialog.result()

    monkeypatch.setattr(WalkInDialog, "exec", fill_in)
    click(qtbot, view.walk_in_button)

    def reader(db):
        return substitutes(db), {p.full_name: p.id for p in list_people(db)}

    subs, ids = read_back(demo_path, reader)
    assert subs == {ids["Ngô Văn Thay"]: absent_id}
    assert present_names(demo_path) == {"Ngô Văn Thay"}
    row = view.model.row_of(ids["Ngô Văn Thay"])
    assert view.model.data(view.model.index(row, RegistrationColumn.ROLE)) == "Thay cho Kiều Văn Lực"
    row = view.model.row_of(absent_id)
    assert view.model.data(view.model.index(row, RegistrationColumn.CHECKED_IN)) == "vắng – Ngô Văn Thay thay"
    assert view.delegates_count.text() == "1/36 (trong đó 1 dự thay)"
    assert view.units_count.text() == "1/12"


# -- printing and the projector ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("button", "expected", "name"),
    [
        ("print_list_button", "DANH SÁCH ĐẠI BIỂU", "Lê Văn Hải"),
        ("print_report_button", "BÁO CÁO TÌNH HÌNH ĐẠI BIỂU CÓ MẶT", "Trần Thị Thu Hà"),  # absent
    ],
)
def test_print_buttons_render_and_open_the_pdf(qtbot, view, monkeypatch, button, expected, name):
    opened: list[Path] = []
    monkeypatch.setattr(printing, "show_preview", lambda _parent, path, _pdf: opened.append(path))
    scan(qtbot, view, "1001")
    click(qtbot, getattr(view, button))
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)
    text = all_text(opened[0].read_bytes())
    assert expected in text and name in text
    assert view.search.hasFocus()


def test_badges_for_the_selected_person(qtbot, view, monkeypatch):
    opened: list[Path] = []
    monkeypatch.setattr(printing, "show_preview", lambda _parent, path, _pdf: opened.append(path))
    qtbot.keyClicks(view.search, "bui thi lan")
    view.badges_selected_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)
    text = all_text(opened[0].read_bytes())
    assert "Bùi Thị Lan" in text and "Lê Văn Hải" not in text


def test_the_projector_button_sends_a_live_welcome_view(qtbot, view):
    with qtbot.waitSignal(view.project) as signal:
        click(qtbot, view.project_button)
    welcome = signal.args[0]
    qtbot.addWidget(welcome)
    assert isinstance(welcome, WelcomeView)
    assert welcome.title.text() == load_meeting(view.controller.db).title
    assert welcome.delegates.text() == "0/36"
    scan(qtbot, view, "1001")
    assert welcome.delegates.text() == "1/36" and welcome.units.text() == "1/12"
    assert view.search.hasFocus()


def test_the_main_windows_projector_starts_with_the_welcome_view(qtbot, demo_path, monkeypatch):
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(window.projector, "show_on", lambda screen=None: None)
    assert window.open_meeting(demo_path)
    window.show_projector()
    assert isinstance(window.projector.content, WelcomeView)
    window.close_meeting()


# -- the keyboard alone ----------------------------------------------------------------------


def alt(qtbot, view: RegistrationView, key: Qt.Key) -> None:
    qtbot.keyClick(view.search, key, Qt.KeyboardModifier.AltModifier)


def test_letters_and_digits_always_go_to_the_search_box(qtbot, view, demo_path):
    typed = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 ăâđêôơư ĐẮK'-"
    type_text(qtbot, view.search, typed)
    assert view.search.text() == typed and view.search.hasFocus()
    assert present_names(demo_path) == set() and view.status() == StatusFilter.ALL


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_desk_button_has_an_alt_letter_and_the_keys_are_listed(qtbot, demo_path, language):
    from tests.ui.keyboard import mnemonic_problems
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_meeting(demo_path)
    window.set_language(language)
    window.show()
    window.stage_list.setCurrentRow(1)
    desk = window.registration_view
    qtbot.waitUntil(desk.isVisible)
    assert mnemonic_problems(desk) == []
    for key in ("Enter", "↑ ↓", "Esc", "Ctrl+Z", "F2", "F4", "Alt"):
        assert key in desk.keys_help.text()
    window.close_meeting()


def test_the_desk_buttons_answer_their_keys_and_the_typing_stays_in_the_box(qtbot, view, monkeypatch):
    printed: list[str] = []
    monkeypatch.setattr(registration_view, "print_pdf", lambda _w, _db, _job, stem: printed.append(stem))
    scan(qtbot, view, "1001")
    scan(qtbot, view, "1002")

    alt(qtbot, view, Qt.Key.Key_H)  # Hoàn tác
    qtbot.waitUntil(lambda: "Đã hủy điểm danh" in view.panel_title.text())
    assert set(view.controller.desk.present) == {id_of(view, "Lê Văn Hải")}

    qtbot.keyClick(view.search, Qt.Key.Key_F4)
    assert view.status() == StatusFilter.ABSENT and view.model.rowCount() == 37
    qtbot.keyClick(view.search, Qt.Key.Key_F4)
    assert view.status() == StatusFilter.PRESENT and shown_names(view) == ["Lê Văn Hải"]
    qtbot.keyClick(view.search, Qt.Key.Key_F4)
    assert view.status() == StatusFilter.ALL

    for key, stem in ((Qt.Key.Key_I, "attendance"), (Qt.Key.Key_M, "attendance-report")):
        alt(qtbot, view, key)
        qtbot.waitUntil(lambda stem=stem: printed[-1:] == [file_stem(stem)])
    with qtbot.waitSignal(view.project):
        alt(qtbot, view, Qt.Key.Key_L)
    assert view.search.hasFocus()


def test_alt_b_opens_the_badge_menu_and_its_letters_choose(qtbot, view, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    printed: list[object] = []
    monkeypatch.setattr(view, "print_badges", lambda selected_only=False: printed.append(selected_only))

    def choose_everyone() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, choose_everyone)
            return
        qtbot.keyClick(menu, Qt.Key.Key_T)  # Thẻ của &tất cả mọi người

    QTimer.singleShot(20, choose_everyone)
    alt(qtbot, view, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: printed == [False])


def test_alt_d_cancels_the_selected_check_in_after_asking(qtbot, view, demo_path, message_boxes):
    scan(qtbot, view, "1001")
    qtbot.keyClicks(view.search, "le van hai")
    message_boxes.answer = message_boxes.answer.Yes
    alt(qtbot, view, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: message_boxes.texts("question") == ["Hủy điểm danh của Lê Văn Hải?"])
    assert present_names(demo_path) == set()


def test_alt_n_opens_the_walk_in_dialog_with_the_name_typed(qtbot, view, monkeypatch):
    names_offered = []
    monkeypatch.setattr(
        WalkInDialog, "exec", lambda dialog: names_offered.append(dialog.fields.name.text()) or 0
    )
    type_text(qtbot, view.search, "Trần Văn Mới")
    alt(qtbot, view, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: names_offered == ["Trần Văn Mới"])
