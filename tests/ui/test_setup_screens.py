"""Chuẩn bị: the meeting form, the member units and the people list, driven with keys and clicks."""

import unicodedata
from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from core.meetings import load_meeting
from core.model import Person, QuorumBase, Role, Unit, VotingRule
from core.people import list_people
from core.units import add_unit, list_units
from tests.core.test_demo_cli import write_xlsx
from tests.ui.conftest import click, click_row, read_back, retype, type_text
from ui.import_dialog import ImportDialog
from ui.meeting_form import MeetingForm
from ui.people_controller import PeopleController
from ui.people_view import PeopleView
from ui.person_dialog import PersonDialog
from ui.setup_view import SetupView
from ui.table_models import PersonColumn, UnitColumn
from ui.unit_dialog import UnitDialog
from ui.units_view import UnitsView

LEFT = Qt.MouseButton.LeftButton


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def clear_undo_stack(controller: PeopleController) -> None:
    """Empty the undo stack while the views still exist.

    Works around the bug reported in test_main_window (a non-empty QUndoStack emits its
    signals while being destroyed, into lambdas of already deleted objects).
    """
    controller.undo_stack.clear()


def shown(qtbot, widget, before_close=None):
    qtbot.addWidget(widget, before_close_func=before_close)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def unit_names(db) -> list[str]:
    return [u.short_name for u in list_units(db)]


def people_by_name(db) -> dict[str, object]:
    return {p.full_name: p for p in list_people(db)}


def ok_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def add_unit_by_its_dialog(qtbot, monkeypatch, units_view: UnitsView, short_name: str) -> None:
    """Click "Thêm đơn vị…", type the short name (the full title follows it), click OK."""

    def fill_in(dialog: UnitDialog) -> int:
        dialog.show()
        type_text(qtbot, dialog.short_name, short_name)
        click(qtbot, ok_button(dialog))
        return dialog.result()

    monkeypatch.setattr(UnitDialog, "exec", fill_in)
    click(qtbot, units_view.add_button)


@pytest.fixture
def form(qtbot, demo_db):
    return shown(qtbot, MeetingForm(demo_db))


@pytest.fixture
def units_view(qtbot, demo_db):
    return shown(qtbot, UnitsView(demo_db))


@pytest.fixture
def controller(demo_db):
    controller = PeopleController(demo_db)
    yield controller
    clear_undo_stack(controller)


@pytest.fixture
def people_view(qtbot, controller):
    return shown(qtbot, PeopleView(controller), before_close=lambda _view: clear_undo_stack(controller))


@pytest.fixture
def setup_view(qtbot, demo_db):
    view = SetupView(demo_db)
    yield shown(qtbot, view, before_close=lambda v: clear_undo_stack(v.people_controller))


# -- the meeting form ---------------------------------------------------------------------


def test_meeting_form_shows_the_demo_meeting(form):
    assert form.commission.text() == "Ban Tổ chức Trung ương"
    assert form.cluster.text() == "Cụm thi đua số III"
    assert form.title.text() == "Hội nghị tổng kết công tác thi đua năm 2019"
    assert form.members_description.text().startswith("Ban Tổ chức các Tỉnh ủy, Thành ủy")
    assert (form.year.value(), form.next_year.value()) == (2019, 2020)
    assert form.venue.text() == "TP. Nha Trang, tỉnh Khánh Hòa"
    assert form.place.text() == "Nha Trang"
    assert form.date.date().toPython() == date(2019, 12, 19)
    assert form.date.text() == "19/12/2019"
    assert form.host_unit.currentText() == "Khánh Hòa"
    assert form.host_unit.count() == 13  # "(chưa chọn)" and the twelve units
    assert form.letterhead.toPlainText() == "BAN TỔ CHỨC TRUNG ƯƠNG\nCỤM THI ĐUA SỐ III"
    assert (form.quorum_numerator.value(), form.quorum_denominator.value()) == (2, 3)
    assert not form.quorum_strict.isChecked()
    assert form.quorum_base.currentData() == QuorumBase.UNITS
    assert form.voting_rule.currentData() == VotingRule.PER_UNIT
    assert form.errors.isHidden()


def test_editing_the_cluster_and_clicking_save_writes_the_file(qtbot, form, demo_path):
    before = read_back(demo_path, load_meeting)
    retype(qtbot, form.cluster, "Cụm thi đua số IV")
    assert form.cluster.text() == "Cụm thi đua số IV"

    with qtbot.waitSignal(form.saved, timeout=1000):
        click(qtbot, form.save_button)

    assert form.status.text() == "Đã lưu."
    assert form.errors.isHidden()
    after = read_back(demo_path, load_meeting)
    assert after.cluster == "Cụm thi đua số IV"
    # Nothing else moved.
    assert after.title == before.title
    assert after.date == before.date == date(2019, 12, 19)
    assert after.host_unit_id == before.host_unit_id
    assert after.letterhead == before.letterhead


def test_typed_decomposed_text_is_saved_composed(qtbot, form, demo_path):
    retype(qtbot, form.place, nfd("Đà Lạt"))
    assert form.place.text() == nfd("Đà Lạt")
    click(qtbot, form.save_button)
    assert read_back(demo_path, load_meeting).place == "Đà Lạt"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("19122019", date(2019, 12, 19)),
        ("19/12/2019", date(2019, 12, 19)),
        ("19-12-2019", date(2019, 12, 19)),
        ("19.12.2019", date(2019, 12, 19)),
        ("19/12/19", date(2019, 12, 19)),
        ("1/2/2020", date(2020, 2, 1)),
        ("ngày 5 tháng 1 năm 2021", date(2021, 1, 5)),
    ],
)
def test_the_date_is_typed_over_the_selected_date_as_people_type_dates(
    qtbot, form, demo_path, typed, expected
):
    form.place.setFocus()
    qtbot.keyClick(form.place, Qt.Key.Key_Tab)  # Tab selects the whole date: typing replaces it
    assert form.date.hasFocus() and form.date.selectedText() == "19/12/2019"
    type_text(qtbot, form.date, typed)
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert form.date.text() == expected.strftime("%d/%m/%Y")
    assert form.date.date().toPython() == expected
    click(qtbot, form.save_button)
    assert read_back(demo_path, load_meeting).date == expected


def test_a_date_typed_after_clicking_into_the_field_and_selecting_it(qtbot, form, demo_path):
    qtbot.mouseClick(form.date, LEFT)
    qtbot.keyClick(form.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, form.date, "20122019")
    click(qtbot, form.save_button)  # saved without leaving the field first
    assert read_back(demo_path, load_meeting).date == date(2019, 12, 20)
    assert form.status.text() == "Đã lưu."


def test_a_date_that_is_no_date_names_the_field_and_changes_nothing(qtbot, form, demo_db, demo_path):
    audit_before = demo_db.audit_head()
    retype(qtbot, form.date, "31/02/2020")
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert form.date.text() == "31/02/2020"  # left as typed, marked
    assert "b00020" in form.date.styleSheet()
    click(qtbot, form.save_button)
    assert 'Trường "Ngày họp": "31/02/2020" không phải một ngày' in form.errors.text()
    assert demo_db.audit_head() == audit_before


def test_the_calendar_still_chooses_a_date(qtbot, form):
    form.date.setFocus()
    qtbot.keyClick(form.date, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(form.date.calendar.isVisible)
    assert form.date.calendar.selectedDate().toPython() == date(2019, 12, 19)
    qtbot.keyClick(form.date.calendar.focusWidget(), Qt.Key.Key_Right)  # the 20th
    qtbot.keyClick(form.date.calendar.focusWidget(), Qt.Key.Key_Return)
    assert form.date.text() == "20/12/2019" and not form.date.calendar.isVisible()


def test_tab_in_the_letterhead_goes_to_the_next_field_and_types_no_tab(qtbot, form, demo_path):
    form.letterhead.setFocus()
    qtbot.keyClick(form.letterhead, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(form.letterhead, Qt.Key.Key_Return)
    type_text(qtbot, form.letterhead, "TỔ CHỨC")
    qtbot.keyClick(form.letterhead, Qt.Key.Key_Tab)
    assert "\t" not in form.letterhead.toPlainText()
    assert form.quorum_numerator.hasFocus()
    qtbot.keyClick(form.quorum_numerator, Qt.Key.Key_Backtab)
    assert form.letterhead.hasFocus()
    click(qtbot, form.save_button)
    assert read_back(demo_path, load_meeting).letterhead[-1] == "TỔ CHỨC"


def test_typing_the_year_moves_the_agreement_year_along(qtbot, form):
    form.year.setFocus()
    qtbot.keyClick(form.year, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, form.year, "2024")
    qtbot.keyClick(form.year, Qt.Key.Key_Tab)
    assert form.year.value() == 2024
    assert form.next_year.value() == 2025


def test_the_form_reads_back_what_was_typed(qtbot, form):
    """What Save would write: the form's fields as a Meeting."""
    retype(qtbot, form.cluster, "Cụm thi đua số IV")
    meeting = form.meeting()
    assert meeting.cluster == "Cụm thi đua số IV"
    assert meeting.host_unit_id is not None
    assert meeting.quorum.base == QuorumBase.UNITS
    assert meeting.voting_rule == VotingRule.PER_UNIT


def test_saving_without_a_cluster_name_names_the_field_and_changes_nothing(qtbot, form, demo_db, demo_path):
    audit_before = demo_db.audit_head()
    retype(qtbot, form.cluster, "")
    assert form.cluster.text() == ""

    with qtbot.assertNotEmitted(form.saved):
        click(qtbot, form.save_button)

    assert form.errors.isVisible()
    assert "Tên cụm thi đua" in form.errors.text()
    assert form.status.text() == ""
    assert read_back(demo_path, load_meeting).cluster == "Cụm thi đua số III"
    assert demo_db.audit_head() == audit_before  # not even an audit event


def test_a_good_save_after_an_error_hides_the_error(qtbot, form, demo_path):
    retype(qtbot, form.cluster, "   ")
    click(qtbot, form.save_button)
    assert form.errors.isVisible()
    retype(qtbot, form.cluster, "Cụm thi đua số V")
    click(qtbot, form.save_button)
    assert form.errors.isHidden()
    assert read_back(demo_path, load_meeting).cluster == "Cụm thi đua số V"


# -- member units -------------------------------------------------------------------------


def test_units_view_lists_the_twelve_units_in_official_order(units_view, demo_db):
    model = units_view.model
    assert model.rowCount() == 12
    assert [model.index(r, UnitColumn.SHORT_NAME).data() for r in range(12)] == unit_names(demo_db)
    assert model.index(0, UnitColumn.SHORT_NAME).data() == "Đà Nẵng"
    assert model.index(1, UnitColumn.PEOPLE).data() == 4  # Quảng Nam


def test_clicking_up_and_down_changes_the_official_order_in_the_file(qtbot, units_view, demo_path):
    original = read_back(demo_path, unit_names)
    assert original[1:4] == ["Quảng Nam", "Quảng Ngãi", "Bình Định"]

    click_row(qtbot, units_view.table, 2)
    assert units_view.selected_row() == 2
    click(qtbot, units_view.up_button)

    order = read_back(demo_path, unit_names)
    assert order[1:3] == ["Quảng Ngãi", "Quảng Nam"]
    assert read_back(demo_path, list_units)[1].position == 2
    assert units_view.selected_row() == 1  # the selection follows the unit

    click(qtbot, units_view.down_button)
    click(qtbot, units_view.down_button)
    order = read_back(demo_path, unit_names)
    assert order[1:4] == ["Quảng Nam", "Bình Định", "Quảng Ngãi"]
    assert sorted(order) == sorted(original)
    assert units_view.model.index(3, UnitColumn.SHORT_NAME).data() == "Quảng Ngãi"


def test_the_selection_follows_the_unit_moved_in_the_setup_screen(qtbot, setup_view, demo_path):
    units = setup_view.units_view
    setup_view.tabs.setCurrentWidget(units)
    click_row(qtbot, units.table, 2)  # Quảng Ngãi
    for button, expected_row in ((units.up_button, 1), (units.up_button, 0), (units.down_button, 1)):
        click(qtbot, button)
        assert units.selected_row() == expected_row
        assert units.model.unit_at(expected_row).short_name == "Quảng Ngãi"
    assert read_back(demo_path, unit_names)[:3] == ["Đà Nẵng", "Quảng Ngãi", "Quảng Nam"]


def test_up_on_the_first_unit_and_down_on_the_last_do_nothing(qtbot, units_view, demo_db, demo_path):
    audit_before = demo_db.audit_head()
    click(qtbot, units_view.edit_button)  # nothing selected: it says what to do
    assert units_view.note.text().startswith("Chọn một đơn vị trong bảng trước")
    click_row(qtbot, units_view.table, 0)
    assert units_view.note.isHidden()  # a row chosen: the note goes
    click(qtbot, units_view.up_button)
    assert units_view.note.text() == "Đà Nẵng đã ở đầu danh sách."
    click_row(qtbot, units_view.table, 11)
    click(qtbot, units_view.down_button)
    assert units_view.note.text() == "Lâm Đồng đã ở cuối danh sách."
    assert read_back(demo_path, unit_names)[0] == "Đà Nẵng"
    assert read_back(demo_path, unit_names)[-1] == "Lâm Đồng"
    assert demo_db.audit_head() == audit_before


def test_deleting_a_unit_that_has_people_warns_and_changes_nothing(
    qtbot, units_view, demo_path, message_boxes
):
    message_boxes.answer = QMessageBox.StandardButton.Yes
    click_row(qtbot, units_view.table, 5)
    assert units_view.model.unit_at(5).short_name == "Khánh Hòa"

    click(qtbot, units_view.delete_button)

    questions = message_boxes.texts("question")
    assert len(questions) == 1 and "Khánh Hòa" in questions[0]
    warnings = message_boxes.texts("warning")
    assert len(warnings) == 1
    assert "Khánh Hòa" in warnings[0] and "4 người" in warnings[0]
    assert len(read_back(demo_path, list_units)) == 12
    assert units_view.model.rowCount() == 12


def test_deleting_an_empty_unit_asks_first(qtbot, demo_db, demo_path, message_boxes):
    add_unit(demo_db, Unit("Thừa Thiên Huế", "Ban Tổ chức Tỉnh ủy Thừa Thiên Huế"))
    view = shown(qtbot, UnitsView(demo_db))
    click_row(qtbot, view.table, 12)

    click(qtbot, view.delete_button)  # answered No
    assert "Thừa Thiên Huế" in read_back(demo_path, unit_names)

    message_boxes.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(view.changed, timeout=1000):
        click(qtbot, view.delete_button)
    assert read_back(demo_path, unit_names) == unit_names(demo_db)
    assert "Thừa Thiên Huế" not in read_back(demo_path, unit_names)
    assert view.model.rowCount() == 12
    assert message_boxes.texts("warning") == []


def test_adding_a_unit_through_its_dialog(qtbot, units_view, demo_path, monkeypatch):
    def fill_in(dialog: UnitDialog) -> int:
        dialog.show()
        type_text(qtbot, dialog.short_name, nfd("Thừa Thiên Huế"))
        # The full title follows the short name, by the pattern of the units already there.
        assert dialog.full_title.text() == "Ban Tổ chức Tỉnh ủy Thừa Thiên Huế"  # composed
        click(qtbot, ok_button(dialog))
        return dialog.result()

    monkeypatch.setattr(UnitDialog, "exec", fill_in)
    click(qtbot, units_view.add_button)

    units = read_back(demo_path, list_units)
    assert [(u.short_name, u.full_title, u.position) for u in units[-1:]] == [
        ("Thừa Thiên Huế", "Ban Tổ chức Tỉnh ủy Thừa Thiên Huế", 13)
    ]
    assert units_view.selected_row() == 12


def test_a_unit_with_a_taken_short_name_keeps_its_dialog_open(qtbot, units_view, demo_path, monkeypatch):
    seen = {}

    def fill_in(dialog: UnitDialog) -> int:
        dialog.show()
        type_text(qtbot, dialog.short_name, "khanh hoa")  # the same unit, typed without diacritics
        retype(qtbot, dialog.full_title, "Ban Tổ chức mới")
        click(qtbot, ok_button(dialog))
        seen["visible"], seen["errors"] = dialog.isVisible(), dialog.errors.text()
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(UnitDialog, "exec", fill_in)
    click(qtbot, units_view.add_button)
    assert seen["visible"]
    assert "Khánh Hòa" in seen["errors"]
    assert len(read_back(demo_path, list_units)) == 12


def test_the_full_title_follows_the_short_name_until_the_user_writes_another(
    qtbot, units_view, demo_path, monkeypatch
):
    def fill_in(dialog: UnitDialog) -> int:
        dialog.show()
        type_text(qtbot, dialog.short_name, "Cần Thơ")  # a city run by the centre: a Thành ủy
        assert dialog.full_title.text() == "Ban Tổ chức Thành ủy Cần Thơ"
        retype(qtbot, dialog.short_name, "Buôn Ma Thuột")
        assert dialog.full_title.text() == "Ban Tổ chức Tỉnh ủy Buôn Ma Thuột"
        # The user writes the title: "Tỉnh ủy" becomes "Thành ủy", typed over the word.
        dialog.full_title.setFocus()
        dialog.full_title.setSelection(len("Ban Tổ chức "), len("Tỉnh"))
        type_text(qtbot, dialog.full_title, "Thành")
        assert dialog.full_title.text() == "Ban Tổ chức Thành ủy Buôn Ma Thuột"
        qtbot.keyClick(dialog.short_name, Qt.Key.Key_End)
        type_text(qtbot, dialog.short_name, " ")  # the short name changes: the written title stays
        assert dialog.full_title.text() == "Ban Tổ chức Thành ủy Buôn Ma Thuột"
        retype(qtbot, dialog.full_title, "")  # emptied: it follows again
        type_text(qtbot, dialog.short_name, "x")
        assert dialog.full_title.text() == "Ban Tổ chức Tỉnh ủy Buôn Ma Thuột x"
        retype(qtbot, dialog.short_name, "Buôn Ma Thuột")
        retype(qtbot, dialog.full_title, "Ban Tổ chức Thành ủy Buôn Ma Thuột")
        click(qtbot, ok_button(dialog))
        return dialog.result()

    monkeypatch.setattr(UnitDialog, "exec", fill_in)
    click(qtbot, units_view.add_button)
    last = read_back(demo_path, list_units)[-1]
    assert (last.short_name, last.full_title) == ("Buôn Ma Thuột", "Ban Tổ chức Thành ủy Buôn Ma Thuột")


def test_the_pattern_is_learnt_from_the_units_there(qtbot, demo_db, monkeypatch):
    from core.units import update_unit

    for unit in list_units(demo_db):  # a cluster of another kind: the organization boards of districts
        update_unit(
            demo_db, Unit(unit.short_name, "Ban Tổ chức Huyện ủy " + unit.short_name, unit.position, unit.id)
        )
    view = shown(qtbot, UnitsView(demo_db))
    seen = []

    def fill_in(dialog: UnitDialog) -> int:
        dialog.show()
        type_text(qtbot, dialog.short_name, "Krông Pắc")
        seen.append(dialog.full_title.text())
        return 0

    monkeypatch.setattr(UnitDialog, "exec", fill_in)
    click(qtbot, view.add_button)
    assert seen == ["Ban Tổ chức Huyện ủy Krông Pắc"]


def test_importing_units_from_excel_previews_then_adds_them_all(
    qtbot, units_view, demo_path, tmp_path, monkeypatch
):
    from ui.units_import_dialog import UnitsImportDialog

    path = write_xlsx(
        tmp_path / "don-vi.xlsx",
        [["DANH SÁCH ĐƠN VỊ"], ["STT", "Tỉnh, thành phố", "Tên đầy đủ"], [1, "Quảng Trị", None], [2, "Huế", None],
         [3, "Khánh Hòa", "Ban Tổ chức Tỉnh ủy Khánh Hòa"], [4, nfd("Hà Tĩnh"), "Ban Tổ chức Tỉnh ủy Hà Tĩnh"]],
    )  # fmt: skip
    seen = {}

    def choose_and_add(dialog: UnitsImportDialog) -> int:
        dialog.show()
        with qtbot.waitSignal(dialog.previewed):
            dialog.load(str(path))
        rows = dialog.rows
        seen["rows"] = [tuple(rows.item(r, c).text() for c in range(3)) for r in range(rows.rowCount())]
        seen["notes"] = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
        seen["summary"], seen["button"] = dialog.summary.text(), dialog.add_button.text()
        click(qtbot, dialog.add_button)
        return dialog.result()

    monkeypatch.setattr(UnitsImportDialog, "exec", choose_and_add)
    click(qtbot, units_view.import_button)
    assert seen["rows"] == [
        ("3", "Quảng Trị", "Ban Tổ chức Tỉnh ủy Quảng Trị"),
        ("4", "Huế", "Ban Tổ chức Thành ủy Huế"),
        ("6", "Hà Tĩnh", "Ban Tổ chức Tỉnh ủy Hà Tĩnh"),
    ]
    assert seen["notes"] == ['Dòng 5: đơn vị "Khánh Hòa" đã có, bỏ qua.']
    assert seen["summary"] == "Sẽ thêm 3 đơn vị vào cuối danh sách." and seen["button"] == "&Thêm 3 đơn vị"
    assert read_back(demo_path, unit_names)[-3:] == ["Quảng Trị", "Huế", "Hà Tĩnh"]
    assert units_view.model.rowCount() == 15 and units_view.selected_row() == 14


def test_a_units_list_with_errors_names_the_rows_and_adds_nothing(qtbot, demo_db, demo_path, tmp_path):
    from ui.units_import_dialog import UnitsImportDialog

    path = tmp_path / "don-vi.csv"
    path.write_text(
        "Đơn vị,Tên đầy đủ\nQuảng Trị,\nda nang,Ban Tổ chức Tỉnh ủy Đà Nẵng\n,Sở Nội vụ\n", encoding="utf-8"
    )
    dialog = shown(qtbot, UnitsImportDialog(demo_db))
    dialog.load(str(path))
    errors = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    assert [e[:6] for e in errors] == ["Dòng 3", "Dòng 4"]
    assert dialog.summary.text().startswith("Có 2 lỗi") and not dialog.add_button.isEnabled()
    dialog.accept()
    assert len(read_back(demo_path, list_units)) == 12


def test_a_file_that_is_no_units_list_says_why(qtbot, demo_db, tmp_path):
    from ui.units_import_dialog import UnitsImportDialog

    path = tmp_path / "sai.xlsx"
    path.write_bytes(b"PK not really")
    dialog = shown(qtbot, UnitsImportDialog(demo_db))
    dialog.load(str(path))
    assert "sai.xlsx" in dialog.errors.item(0).text()
    assert dialog.summary.text() == "Không đọc được tệp. Chưa thêm đơn vị nào."


# -- people: search -----------------------------------------------------------------------


def test_people_view_starts_with_everyone(people_view, demo_db):
    assert people_view.model.rowCount() == people_view.proxy.rowCount() == 38
    assert people_view.count.text() == "38 người"
    assert not people_view.undo_button.isEnabled()
    assert not people_view.redo_button.isEnabled()


def test_typing_dak_in_the_search_box_keeps_the_two_dak_provinces(qtbot, people_view, demo_db):
    units = {u.id: u.short_name for u in list_units(demo_db)}
    in_dak = [p for p in list_people(demo_db) if units.get(p.unit_id) in ("Đắk Lắk", "Đắk Nông")]
    assert len(in_dak) == 5

    type_text(qtbot, people_view.search, "dak")

    proxy = people_view.proxy
    assert proxy.rowCount() == len(in_dak)
    shown_units = {proxy.index(r, PersonColumn.UNIT).data() for r in range(proxy.rowCount())}
    assert shown_units == {"Đắk Lắk", "Đắk Nông"}
    assert people_view.count.text() == "Hiện 5 trong 38 người"


def test_typing_a_decomposed_unit_name_finds_it(qtbot, people_view):
    type_text(qtbot, people_view.search, nfd("Quảng Nam"))
    assert people_view.search.text() == nfd("Quảng Nam")  # really typed decomposed
    proxy = people_view.proxy
    assert proxy.rowCount() == 4
    assert {proxy.index(r, PersonColumn.UNIT).data() for r in range(4)} == {"Quảng Nam"}


def test_typing_a_name_without_diacritics_then_clearing_the_search(qtbot, people_view):
    type_text(qtbot, people_view.search, "nguyen tan")
    proxy = people_view.proxy
    assert [proxy.index(r, PersonColumn.NAME).data() for r in range(proxy.rowCount())] == ["Nguyễn Tấn Tuân"]
    assert proxy.index(0, PersonColumn.UNIT).data() == "Tỉnh ủy Khánh Hòa"  # a guest: the organization
    retype(qtbot, people_view.search, "")
    assert proxy.rowCount() == 38
    assert people_view.count.text() == "38 người"


def test_names_with_apostrophes_are_found_typed_without_them(qtbot, people_view):
    for query, name in (("kbroi", "K' Brơi"), ("hlan", "H'Lan Mlô"), ("rocham", "Rơ Châm Hùng")):
        retype(qtbot, people_view.search, query)
        proxy = people_view.proxy
        assert [proxy.index(r, PersonColumn.NAME).data() for r in range(proxy.rowCount())] == [name]


def test_clicking_the_name_header_sorts_by_given_name(qtbot, people_view):
    header = people_view.table.horizontalHeader()
    x = header.sectionViewportPosition(PersonColumn.NAME) + header.sectionSize(PersonColumn.NAME) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))

    assert header.sortIndicatorSection() == PersonColumn.NAME
    proxy = people_view.proxy
    names = [proxy.index(r, PersonColumn.NAME).data() for r in range(proxy.rowCount())]
    # Given names Ân < Bảo < Bích < Brơi ... Điệp < Êban (â, đ, ê are letters of their own).
    assert names[:4] == ["Dương Văn Ân", "Tán Văn Bảo", "Châu Thị Bích", "K' Brơi"]
    assert names.index("Lò Văn Điệp") < names.index("Y Bình Êban")


# -- people: add, validate, delete, undo --------------------------------------------------


def test_adding_a_person_with_the_add_button(qtbot, people_view, demo_path, monkeypatch):
    def fill_in(dialog: PersonDialog) -> int:
        dialog.show()
        type_text(qtbot, dialog.fields.name, nfd("Hồ Thị Ngọc Ánh"))
        type_text(qtbot, dialog.fields.position, "Chuyên viên")
        dialog.fields.unit.setCurrentIndex(dialog.fields.unit.findText("Gia Lai"))
        type_text(qtbot, dialog.fields.phone, "0912 345 678")
        click(qtbot, ok_button(dialog))
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", fill_in)
    click(qtbot, people_view.add_button)

    person = read_back(demo_path, people_by_name).get("Hồ Thị Ngọc Ánh")
    assert person is not None, "the person (saved composed) is not in the file"
    units = read_back(demo_path, lambda db: {u.id: u.short_name for u in list_units(db)})
    assert units[person.unit_id] == "Gia Lai"
    assert (person.role, person.position, person.phone, person.code) == (
        Role.DELEGATE,
        "Chuyên viên",
        "0912 345 678",
        "1039",  # the next free code after the demo's 1001..1038
    )
    assert people_view.model.rowCount() == 39
    assert people_view.undo_button.isEnabled()


def test_adding_a_guest_directly_with_the_dialog(qtbot, controller, demo_path):
    dialog = PersonDialog(controller.units(), controller.add)
    shown(qtbot, dialog)
    type_text(qtbot, dialog.fields.name, "Trần Văn Khách")
    dialog.fields.role.setCurrentIndex(dialog.fields.role.findData(Role.GUEST))
    assert not dialog.fields.unit.isEnabled() and dialog.fields.organization.isEnabled()
    type_text(qtbot, dialog.fields.organization, "Sở Nội vụ tỉnh Khánh Hòa")
    type_text(qtbot, dialog.fields.code, "2001")
    dialog.accept()

    assert dialog.result() == PersonDialog.DialogCode.Accepted
    guest = read_back(demo_path, people_by_name)["Trần Văn Khách"]
    assert (guest.role, guest.unit_id, guest.organization, guest.code) == (
        Role.GUEST,
        None,
        "Sở Nội vụ tỉnh Khánh Hòa",
        "2001",
    )


def test_an_invalid_person_keeps_the_dialog_open_and_adds_nobody(qtbot, people_view, demo_path, monkeypatch):
    seen = {}

    def fill_in(dialog: PersonDialog) -> int:
        dialog.show()
        type_text(qtbot, dialog.fields.name, "   ")
        type_text(qtbot, dialog.fields.code, "12ab")
        click(qtbot, ok_button(dialog))
        seen["visible"] = dialog.isVisible()
        seen["errors_visible"] = dialog.errors.isVisible()
        seen["errors"] = dialog.errors.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", fill_in)
    click(qtbot, people_view.add_button)

    assert seen["visible"] and seen["errors_visible"]
    assert '"Họ và tên"' in seen["errors"]
    assert '"Mã"' in seen["errors"] and "12ab" in seen["errors"]
    assert len(read_back(demo_path, list_people)) == 38
    assert people_view.model.rowCount() == 38
    assert not people_view.undo_button.isEnabled()


def test_a_code_already_given_names_its_owner(qtbot, controller, demo_path):
    dialog = shown(qtbot, PersonDialog(controller.units(), controller.add))
    type_text(qtbot, dialog.fields.name, "Người Mới")
    type_text(qtbot, dialog.fields.code, "1001")
    dialog.accept()
    assert dialog.isVisible()
    assert "1001" in dialog.errors.text() and "Lê Văn Hải" in dialog.errors.text()
    assert "Người Mới" not in read_back(demo_path, people_by_name)


def select_person(qtbot, view: PeopleView, name: str) -> None:
    """Search for ``name`` and click its row, as a user would."""
    retype(qtbot, view.search, name)
    assert view.proxy.rowCount() == 1, f"{name} should be the only match"
    click_row(qtbot, view.table, 0, PersonColumn.NAME)
    assert [p.full_name for p in view.selected_people()] == [name]


def test_edit_and_delete_without_a_selection_say_what_to_do(qtbot, people_view, demo_path):
    click(qtbot, people_view.delete_button)
    assert people_view.note.text().startswith("Chọn một người trong bảng trước")
    type_text(qtbot, people_view.search, "khong ai ten nay")
    click(qtbot, people_view.edit_button)
    assert people_view.note.text().startswith("Không ai khớp với ô tìm kiếm")
    assert len(read_back(demo_path, list_people)) == 38


def test_delete_then_undo_then_redo(qtbot, people_view, demo_path):
    before = read_back(demo_path, people_by_name)["Phan Minh Quân"]
    select_person(qtbot, people_view, "Phan Minh Quân")

    click(qtbot, people_view.delete_button)
    assert "Phan Minh Quân" not in read_back(demo_path, people_by_name)
    assert people_view.model.rowCount() == 37
    assert people_view.undo_button.isEnabled() and not people_view.redo_button.isEnabled()
    assert people_view.undo_button.text() == "&Hoàn tác"

    click(qtbot, people_view.undo_button)
    restored = read_back(demo_path, people_by_name).get("Phan Minh Quân")
    assert restored == before  # same code, id, unit and position
    assert restored.code == "1003"
    assert people_view.model.rowCount() == 38
    assert people_view.redo_button.isEnabled()

    click(qtbot, people_view.redo_button)
    assert "Phan Minh Quân" not in read_back(demo_path, people_by_name)
    assert people_view.model.rowCount() == 37


def test_undo_of_an_add_removes_the_person(qtbot, people_view, controller, demo_db, demo_path):
    gia_lai = next(u for u in list_units(demo_db) if u.short_name == "Gia Lai")
    controller.add(Person("Đặng Thị Mai", Role.DELEGATE, "Chuyên viên", gia_lai.id))
    code = read_back(demo_path, people_by_name)["Đặng Thị Mai"].code
    assert code == "1039"
    assert people_view.model.rowCount() == 39

    click(qtbot, people_view.undo_button)
    assert "Đặng Thị Mai" not in read_back(demo_path, people_by_name)
    click(qtbot, people_view.redo_button)
    assert read_back(demo_path, people_by_name)["Đặng Thị Mai"].code == code


# -- people: import -----------------------------------------------------------------------


def load_list(qtbot, dialog: ImportDialog, path) -> None:
    """Choose ``path`` and wait until its preview (read in a worker thread) is shown."""
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load(str(path))


def write_list(path, rows: list[list[str]]):
    """An organizer's list: a title row, an empty row, the header, then ``rows``."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ"])
    sheet.append([])
    sheet.append(["STT", "HỌ VÀ TÊN ", "Chức vụ", "Đơn vị", "Vai trò"])
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    workbook.save(path)
    return path


GOOD_ROWS = [
    [nfd("Nguyễn Thị Hoài Thương"), "Chuyên viên", "Khánh Hòa", "Đại biểu"],
    [nfd("Lê Quốc Khánh"), "Phó Trưởng phòng", "Ban Tổ chức Tỉnh ủy Gia Lai", ""],
    ["Phạm Thị Thu", "Chuyên viên", "Ban Tổ chức Thành ủy Đà Nẵng", "Đại biểu"],
]


def test_import_preview_shows_the_rows_and_enables_adding(qtbot, controller, tmp_path):
    path = write_list(tmp_path / "danh-sach.xlsx", GOOD_ROWS)
    dialog = shown(qtbot, ImportDialog(controller))
    assert not dialog.add_button.isEnabled()

    load_list(qtbot, dialog, path)

    assert dialog.rows.rowCount() == 3
    assert [dialog.rows.item(r, 0).text() for r in range(3)] == ["4", "5", "6"]  # spreadsheet rows
    assert [dialog.rows.item(r, 1).text() for r in range(3)] == [
        "Nguyễn Thị Hoài Thương",
        "Lê Quốc Khánh",
        "Phạm Thị Thu",
    ]
    assert [dialog.rows.item(r, 3).text() for r in range(3)] == ["Khánh Hòa", "Gia Lai", "Đà Nẵng"]
    assert dialog.errors.isHidden()
    assert dialog.summary.text() == "Sẽ thêm 3 người."
    assert dialog.add_button.isEnabled()
    assert dialog.add_button.text() == "&Thêm 3 người"


def test_import_from_the_people_view_adds_everyone_and_undo_removes_them_all(
    qtbot, people_view, demo_path, tmp_path, monkeypatch
):
    path = write_list(tmp_path / "danh-sach.xlsx", GOOD_ROWS)

    def choose_file_and_add(dialog: ImportDialog) -> int:
        dialog.show()
        load_list(qtbot, dialog, path)
        click(qtbot, dialog.add_button)
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", choose_file_and_add)
    click(qtbot, people_view.import_button)

    people = read_back(demo_path, people_by_name)
    units = read_back(demo_path, lambda db: {u.id: u.short_name for u in list_units(db)})
    assert len(people) == 41
    assert units[people["Nguyễn Thị Hoài Thương"].unit_id] == "Khánh Hòa"  # stored composed
    assert units[people["Lê Quốc Khánh"].unit_id] == "Gia Lai"  # found by its full title
    assert people["Lê Quốc Khánh"].role == Role.DELEGATE  # empty role: a delegate
    assert sorted(people[n].code for n in ("Nguyễn Thị Hoài Thương", "Lê Quốc Khánh", "Phạm Thị Thu")) == [
        "1039",
        "1040",
        "1041",
    ]
    assert people_view.model.rowCount() == 41

    click(qtbot, people_view.undo_button)  # one click undoes the whole import
    assert len(read_back(demo_path, list_people)) == 38
    assert "Phạm Thị Thu" not in read_back(demo_path, people_by_name)
    assert people_view.model.rowCount() == 38


def test_import_of_a_row_with_an_unknown_unit_shows_the_row_and_adds_nobody(
    qtbot, controller, demo_path, tmp_path
):
    rows = [*GOOD_ROWS[:2], ["Hoàng Văn Sai", "Chuyên viên", "Hà Nội", "Đại biểu"], GOOD_ROWS[2]]
    path = write_list(tmp_path / "co-loi.xlsx", rows)
    dialog = shown(qtbot, ImportDialog(controller))

    load_list(qtbot, dialog, path)

    assert dialog.errors.isVisible()
    errors = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    assert len(errors) == 1
    assert errors[0].startswith("Dòng 6,")  # title, empty row, header, two good rows: row 6
    assert "Hà Nội" in errors[0] and '"Đơn vị"' in errors[0]
    assert not dialog.add_button.isEnabled()
    click(qtbot, dialog.add_button)  # disabled: does nothing
    dialog.accept()  # and neither does accepting (Enter) with errors
    assert dialog.result() != ImportDialog.DialogCode.Accepted
    assert len(read_back(demo_path, list_people)) == 38
    assert dialog.summary.text().startswith("Có 1 lỗi")


def test_import_of_a_file_that_is_not_a_list_says_so(qtbot, controller, tmp_path):
    path = tmp_path / "khong-phai.xlsx"
    path.write_bytes(b"not a zip file")
    dialog = shown(qtbot, ImportDialog(controller))
    load_list(qtbot, dialog, path)
    assert dialog.errors.count() == 1 and "khong-phai.xlsx" in dialog.errors.item(0).text()
    assert dialog.summary.text() == "Không đọc được tệp. Không có gì được thêm."
    assert not dialog.add_button.isEnabled()


def test_import_marks_a_likely_duplicate(qtbot, controller, tmp_path):
    path = write_list(tmp_path / "trung.xlsx", [["Le Van Hai", "Trưởng ban", "Đà Nẵng", "Trưởng đoàn"]])
    dialog = shown(qtbot, ImportDialog(controller))
    load_list(qtbot, dialog, path)
    assert dialog.rows.rowCount() == 1
    assert "Lê Văn Hải" in dialog.rows.item(0, 6).text()
    assert "1 người có thể đã có trong danh sách" in dialog.summary.text()
    assert dialog.add_button.isEnabled()  # a warning, not an error


# -- the three tabs together --------------------------------------------------------------


def test_setup_view_has_three_tabs_that_stay_in_step(qtbot, setup_view, monkeypatch):
    view = setup_view
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs == ["Hội nghị", "Đơn vị thành viên", "Người tham dự"]

    view.tabs.setCurrentWidget(view.people_view)
    select_person(qtbot, view.people_view, "Phan Minh Quân")  # Đà Nẵng
    with qtbot.waitSignal(view.changed, timeout=1000):
        click(qtbot, view.people_view.delete_button)
    assert view.units_view.model.index(0, UnitColumn.PEOPLE).data() == 2  # Đà Nẵng had 3

    view.tabs.setCurrentWidget(view.units_view)
    add_unit_by_its_dialog(qtbot, monkeypatch, view.units_view, "Thừa Thiên Huế")
    # The new unit is offered as host in the meeting form at once.
    assert view.meeting_form.host_unit.findText("Thừa Thiên Huế") > 0


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("name", "Lê\u202eVăn Hải", 'Trường "Họ và tên": có ký tự ẩn đảo chiều chữ (U+202E)'),
        ("name", "\u200b\u200b", 'Trường "Họ và tên": chỉ có ký tự vô hình'),
        ("position", "Phó Trưởng ban " * 14, 'Trường "Chức vụ": dài 209 ký tự, tối đa 200 ký tự'),
    ],
)
def test_the_person_dialog_refuses_text_that_cannot_be_text(
    qtbot, controller, demo_path, field, text, message
):
    dialog = shown(qtbot, PersonDialog(controller.units(), controller.add))
    type_text(qtbot, dialog.fields.name, "Lê Văn Hải")
    retype(qtbot, getattr(dialog.fields, field), text)
    click(qtbot, ok_button(dialog))
    assert dialog.isVisible() and dialog.errors.text().startswith(message)
    assert len(read_back(demo_path, list_people)) == 38


# -- the keyboard alone ---------------------------------------------------------------------


@pytest.fixture
def hall(qtbot, demo_path):
    """The program's window on the demo meeting, the setup stage shown."""
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.close_meeting())
    assert window.open_meeting(demo_path)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_button_of_the_setup_tabs_has_its_own_alt_letter(qtbot, hall, language):
    from tests.ui.keyboard import mnemonic_problems

    hall.set_language(language)
    setup = hall.setup_view
    for index in range(setup.tabs.count()):
        setup.tabs.setCurrentIndex(index)
        qtbot.waitUntil(setup.tabs.currentWidget().isVisible)
        assert mnemonic_problems(setup.tabs.currentWidget(), hall) == [], setup.tabs.tabText(index)


def test_alt_letters_move_units_and_tab_leaves_the_table(qtbot, hall, demo_path):
    setup = hall.setup_view
    units = setup.units_view
    setup.tabs.setCurrentWidget(units)
    units.table.setFocus()
    qtbot.keyClick(units.table, Qt.Key.Key_Home)  # the first unit
    qtbot.keyClick(units.table, Qt.Key.Key_Down)  # Quảng Nam
    assert units.model.unit_at(units.selected_row()).short_name == "Quảng Nam"
    qtbot.keyClick(units.table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Xuống &dưới
    qtbot.waitUntil(lambda: read_back(demo_path, unit_names)[2] == "Quảng Nam")
    assert units.table.hasFocus() and units.selected_row() == 2
    qtbot.keyClick(units.table, Qt.Key.Key_Down)
    qtbot.keyClick(units.table, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # &Lên trên
    qtbot.waitUntil(lambda: read_back(demo_path, unit_names)[2] == "Bình Định")
    qtbot.keyClick(units.table, Qt.Key.Key_Tab)
    assert not units.table.hasFocus()


def test_tab_goes_through_each_setup_tab_and_every_table_lets_it_go(qtbot, hall):
    from PySide6.QtWidgets import QPushButton

    setup = hall.setup_view
    for page in (setup.units_view, setup.people_view):
        setup.tabs.setCurrentWidget(page)
        first = page.findChildren(QPushButton)[0]
        first.setFocus()
        visited = []
        for _ in range(40):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            widget = QApplication.focusWidget()
            if widget is first:
                break
            visited.append(widget)
        assert page.table in visited and visited.count(page.table) == 1
        buttons = [b for b in page.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
        assert set(buttons) - {first} <= set(visited)


def test_ctrl_f_goes_to_the_people_search_and_delete_deletes_the_selected(qtbot, hall, demo_path):
    setup = hall.setup_view
    people = setup.people_view
    setup.tabs.setCurrentWidget(people)
    people.table.setFocus()
    qtbot.keyClick(people.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert people.search.hasFocus()
    type_text(qtbot, people.search, "phan minh quan")
    people.table.setFocus()
    qtbot.keyClick(people.table, Qt.Key.Key_Space)  # the only row, current but not yet selected
    assert [p.full_name for p in people.selected_people()] == ["Phan Minh Quân"]
    qtbot.keyClick(people.table, Qt.Key.Key_Delete)
    assert "Phan Minh Quân" not in read_back(demo_path, people_by_name)
    qtbot.keyClick(people.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Phan Minh Quân" in read_back(demo_path, people_by_name)
    clear_undo_stack(setup.people_controller)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_dialogs_of_the_setup_tabs_and_the_desk_have_their_own_alt_letters(qtbot, demo_db, language):
    from tests.ui.keyboard import mnemonic_problems
    from ui.i18n import install_language
    from ui.units_import_dialog import UnitsImportDialog
    from ui.walk_in_dialog import WalkInDialog

    install_language(language)
    controller = PeopleController(demo_db)
    units, people = list_units(demo_db), list_people(demo_db)
    dialogs = [
        UnitDialog(lambda _u: None, units[0]),
        UnitDialog(lambda _u: None),
        PersonDialog(units, lambda _p: None, people[0]),
        WalkInDialog(units, people[:3], lambda *_: None),
        ImportDialog(controller),
        UnitsImportDialog(demo_db),
    ]
    for dialog in dialogs:
        shown(qtbot, dialog)
        assert mnemonic_problems(dialog, dialog) == [], type(dialog).__name__


# -- nothing lost by accident -----------------------------------------------------------------


def test_edits_on_the_meeting_form_are_marked_and_named_until_saved(qtbot, setup_view, demo_path):
    form = setup_view.meeting_form
    assert setup_view.unsaved_changes() == [] and form.status.text() == ""
    retype(qtbot, form.cluster, "Cụm thi đua số IV")
    retype(qtbot, form.date, "20122019")
    form.letterhead.setFocus()
    type_text(qtbot, form.letterhead, "X")
    assert setup_view.unsaved_changes() == [
        'Thông tin hội nghị (thẻ "Hội nghị") chưa lưu: Tên cụm thi đua, Ngày họp, Tiêu đề cơ quan ban hành'
    ]
    assert form.status.text().startswith("● Có thay đổi chưa lưu: Tên cụm thi đua")
    assert setup_view.tabs.tabText(0) == "Hội nghị *"
    qtbot.keyClick(form.letterhead, Qt.Key.Key_Backspace)  # typed back as they were: nothing to lose
    retype(qtbot, form.cluster, "Cụm thi đua số III")
    retype(qtbot, form.date, "19/12/2019")
    assert setup_view.unsaved_changes() == [] and setup_view.tabs.tabText(0) == "Hội nghị"
    assert form.status.text() == ""


def test_save_unsaved_writes_the_form(qtbot, setup_view, demo_path):
    form = setup_view.meeting_form
    retype(qtbot, form.place, "Quy Nhơn")
    setup_view.tabs.setCurrentWidget(setup_view.people_view)
    assert setup_view.save_unsaved()
    assert read_back(demo_path, load_meeting).place == "Quy Nhơn"
    assert setup_view.unsaved_changes() == [] and setup_view.tabs.tabText(0) == "Hội nghị"
    assert setup_view.save_unsaved()  # nothing left: nothing to do


def test_save_unsaved_that_cannot_save_says_why_and_shows_the_form(qtbot, setup_view, demo_db, demo_path):
    form = setup_view.meeting_form
    audit_before = demo_db.audit_head()
    retype(qtbot, form.cluster, "")
    setup_view.tabs.setCurrentWidget(setup_view.units_view)
    assert not setup_view.save_unsaved()
    assert setup_view.tabs.currentWidget() is form
    assert form.errors.isVisible() and "Tên cụm thi đua" in form.errors.text()
    assert setup_view.unsaved_changes() != []  # still there, still said
    assert demo_db.audit_head() == audit_before


def test_adding_a_unit_keeps_what_is_typed_in_the_meeting_form(qtbot, setup_view, monkeypatch):
    form = setup_view.meeting_form
    retype(qtbot, form.title, "Hội nghị tổng kết năm 2019 (sửa)")

    setup_view.tabs.setCurrentWidget(setup_view.units_view)
    add_unit_by_its_dialog(qtbot, monkeypatch, setup_view.units_view, "Quảng Trị")
    assert form.title.text() == "Hội nghị tổng kết năm 2019 (sửa)"
    assert form.host_unit.findText("Quảng Trị") > 0 and form.host_unit.currentText() == "Khánh Hòa"
    assert setup_view.unsaved_changes() == ['Thông tin hội nghị (thẻ "Hội nghị") chưa lưu: Tên hội nghị']


def test_ctrl_s_saves_the_meeting_form_and_save_without_changes_writes_nothing(
    qtbot, form, demo_db, demo_path
):
    audit_before = demo_db.audit_head()
    click(qtbot, form.save_button)
    assert form.status.text() == "Không có thay đổi nào cần lưu."
    assert demo_db.audit_head() == audit_before
    retype(qtbot, form.venue, "Quy Nhơn")
    qtbot.keyClick(form.venue, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert read_back(demo_path, load_meeting).venue == "Quy Nhơn"
    assert form.status.text() == "Đã lưu." and not form.has_unsaved_changes()


def test_the_unit_dialog_opens_with_the_keyboard_in_the_short_name(qtbot):
    """Its buttons were made before its fields, so they came first in the Tab order: the dialog
    opened with the keyboard on "Đồng ý" and the short name typed went nowhere."""
    dialog = UnitDialog(lambda unit: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.short_name


def test_tab_from_the_setup_tabs_goes_straight_to_the_first_field_of_the_meeting(qtbot, hall):
    """The form's scroll area was a Tab stop of its own: one Tab showed nothing happening."""
    setup = hall.setup_view
    setup.tabs.setCurrentWidget(setup.meeting_form)
    hall.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is hall)
    setup.tabs.tabBar().setFocus()
    qtbot.keyClick(setup.tabs.tabBar(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is setup.meeting_form.commission
