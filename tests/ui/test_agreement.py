"""Giao ước thi đua stage: edit the text and the tables, signatories, signing, print, export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox

from core.agreement import AgreementItem, Section, is_saved, load_agreement, save_agreement, signatories
from core.attendance import check_in
from core.model import Role
from core.people import list_people
from tests.pdf_text import all_text
from tests.ui.conftest import click, click_row, read_back, retype, type_text
from ui import printing
from ui.agreement_projector import SigningProjectorView
from ui.agreement_table_models import (
    FLAG_COLOR,
    AgreementItemsModel,
    ItemColumn,
    SignatoriesModel,
    SignatoryColumn,
)
from ui.agreement_view import AgreementView


@pytest.fixture
def view(qtbot, demo_db):
    view = AgreementView(demo_db)
    qtbot.addWidget(view)
    view.resize(1200, 860)
    view.show()
    qtbot.waitExposed(view)
    return view


def edit_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Double-click a cell, type over its text and press Enter, as a user edits a cell."""
    index = table.model().index(row, column)
    scroll_area = table.parent().parent().parent().parent()  # the editor tab scrolls
    if hasattr(scroll_area, "ensureWidgetVisible"):
        scroll_area.ensureWidgetVisible(table, 0, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    editor = QApplication.focusWidget()
    assert editor is not table, "the cell editor did not open"
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_text(qtbot, editor, text)
    commit(qtbot, table, editor)


def commit(qtbot, table, editor) -> None:
    """Enter in a cell editor: the delegate commits on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def check_in_all_but(db, absent: set[str]) -> None:
    for person in list_people(db):
        if person.role != Role.GUEST and person.full_name not in absent:
            check_in(db, person.id)


# -- table models, without a window ---------------------------------------------------


def test_items_model_edits_through_the_callback_and_numbers_rows():
    edits = []
    model = AgreementItemsModel(lambda row, field, value: edits.append((row, field, value)) or True)
    model.set_items([AgreementItem("Phong trào A", "Nhiệm vụ", "Hoàn thành"), AgreementItem("B")])
    assert model.rowCount() == 2 and model.columnCount() == len(ItemColumn)
    assert model.data(model.index(1, ItemColumn.NUMBER)) == 2
    assert model.data(model.index(0, ItemColumn.TARGET)) == "Hoàn thành"
    assert not model.flags(model.index(0, ItemColumn.NUMBER)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, ItemColumn.NOTE)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, ItemColumn.TARGET), "100%")
    assert not model.setData(model.index(0, ItemColumn.TARGET), "Hoàn thành")  # unchanged: no action
    assert not model.setData(model.index(0, ItemColumn.NUMBER), "9")
    assert edits == [(0, "target", "100%")]


def test_signatories_model_flags_units_with_nobody_present(demo_db):
    check_in_all_but(demo_db, {"Phạm Quốc Việt", "Bùi Thị Lan", "Lê Văn Hải"})
    model = SignatoriesModel()
    model.set_plan(signatories(demo_db))
    rows = {model.block_at(r).unit.short_name: r for r in range(model.rowCount())}
    assert model.data(model.index(0, SignatoryColumn.UNIT)) == "Khánh Hòa (cụm trưởng)"
    ngai = rows["Quảng Ngãi"]
    assert model.data(model.index(ngai, SignatoryColumn.STATUS)).startswith("Không có ai ký được có mặt")
    assert model.data(
        model.index(ngai, SignatoryColumn.UNIT), Qt.ItemDataRole.BackgroundRole
    ).color() == QColor(FLAG_COLOR)
    da_nang = rows["Đà Nẵng"]
    assert model.data(model.index(da_nang, SignatoryColumn.SIGNER)) == "Trần Thị Thu Hà"
    assert model.data(model.index(da_nang, SignatoryColumn.TITLE)) == "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN"


# -- editing ----------------------------------------------------------------------------


def test_editing_a_target_cell_is_stored(qtbot, view, demo_path):
    table = view.editor.targets.table
    edit_cell(qtbot, table, 0, ItemColumn.TARGET, "≥ 95")
    assert read_back(demo_path, lambda db: load_agreement(db).targets[0].target) == "≥ 95"
    assert table.model().data(table.model().index(0, ItemColumn.TARGET)) == "≥ 95"


def test_a_movement_has_a_goal_and_times_a_target_a_unit_and_figure(qtbot, view, demo_path):
    movements, targets = view.editor.movements.table, view.editor.targets.table
    for column in (ItemColumn.GOAL, ItemColumn.LAUNCH, ItemColumn.REVIEW):
        assert not movements.isColumnHidden(column) and targets.isColumnHidden(column)
    for column in (ItemColumn.UNIT, ItemColumn.TARGET):
        assert movements.isColumnHidden(column) and not targets.isColumnHidden(column)
    edit_cell(qtbot, movements, 0, ItemColumn.LAUNCH, "Tháng 3/2020")
    assert read_back(demo_path, lambda db: load_agreement(db).movements[0].launch) == "Tháng 3/2020"
    view.tabs.setCurrentWidget(view.preview)
    assert "Tháng 3/2020" in view.preview.toPlainText()


def test_adding_a_row_then_typing_its_content_and_undo(qtbot, view, demo_path):
    table = view.editor.movements.table
    click_row(qtbot, table, 5)
    click(qtbot, view.editor.add_button)  # acts on the table used last
    assert table.model().rowCount() == 7
    editor = QApplication.focusWidget()  # the new row's content cell is open for typing
    type_text(qtbot, editor, "Phong trào chuyển đổi số trong công tác tổ chức")
    commit(qtbot, table, editor)
    stored = read_back(demo_path, lambda db: load_agreement(db).movements)
    assert len(stored) == 7
    assert stored[6].content == "Phong trào chuyển đổi số trong công tác tổ chức"
    click(qtbot, view.undo_button)  # the content
    click(qtbot, view.undo_button)  # the row
    assert len(read_back(demo_path, lambda db: load_agreement(db).movements)) == 6
    assert table.model().rowCount() == 6


def test_removing_and_moving_rows(qtbot, view, demo_path):
    table = view.editor.targets.table
    first, second = (view.controller.agreement().targets[i].content for i in (0, 1))
    click_row(qtbot, table, 0)
    assert view.editor.items is view.editor.targets  # the buttons now act on this table
    click(qtbot, view.editor.down_button)
    assert [t.content for t in read_back(demo_path, lambda db: load_agreement(db).targets)][:2] == [
        second,
        first,
    ]
    assert view.editor.targets.selected_row() == 1
    click(qtbot, view.editor.remove_button)
    targets = read_back(demo_path, lambda db: load_agreement(db).targets)
    assert first not in [t.content for t in targets] and len(targets) == 3


def test_a_row_emptied_of_its_content_is_refused_with_a_message(qtbot, view, demo_path):
    table = view.editor.targets.table
    before = read_back(demo_path, lambda db: load_agreement(db).targets)
    edit_cell(qtbot, table, 1, ItemColumn.CONTENT, "")
    assert 'Chỉ tiêu, dòng 2: cột "Nội dung"' in view.errors.text()
    assert view.errors.isVisible()
    assert read_back(demo_path, lambda db: load_agreement(db).targets) == before


def test_title_edit_is_stored_and_undone(qtbot, view, demo_path):
    retype(qtbot, view.editor.title, "BẢN GIAO ƯỚC THI ĐUA NĂM 2020 CỦA CỤM THI ĐUA SỐ III")
    qtbot.keyClick(view.editor.title, Qt.Key.Key_Return)
    assert read_back(demo_path, lambda db: load_agreement(db).title).endswith("CỤM THI ĐUA SỐ III")
    assert view.title.text().endswith("CỤM THI ĐUA SỐ III")
    click(qtbot, view.undo_button)
    assert read_back(demo_path, lambda db: load_agreement(db).title) == "BẢN GIAO ƯỚC THI ĐUA NĂM 2020"
    assert view.editor.title.text() == "BẢN GIAO ƯỚC THI ĐUA NĂM 2020"


def test_extra_copies_change_the_number_of_originals(qtbot, view, demo_path):
    assert view.print_button.text() == "&In 13 bản chính…"
    view.editor.extra_copies.setValue(3)
    assert read_back(demo_path, lambda db: load_agreement(db).extra_copies) == 3
    assert view.print_button.text() == "&In 15 bản chính…"
    assert "15 bản chính (12 đơn vị thành viên + 3)" in view.editor.copies_label.text()


def test_import_from_an_earlier_file(qtbot, view, demo_db, tmp_path, message_boxes):
    from core.demo import write_demo

    old = write_demo(tmp_path / "2019.thidua")
    a = load_agreement(old)
    save_agreement(old, replace_movements(a, ["Phong trào năm trước"]))
    old.close()
    message_boxes.answer = QMessageBox.StandardButton.Yes
    assert view.import_from(str(tmp_path / "2019.thidua"))
    assert [m.content for m in load_agreement(demo_db).movements] == ["Phong trào năm trước"]
    assert view.editor.movements.model.rowCount() == 1


def replace_movements(a, contents):
    from dataclasses import replace

    return replace(a, movements=[AgreementItem(c, "Nhiệm vụ", "Hoàn thành") for c in contents])


# -- signatories ------------------------------------------------------------------------


def test_before_registration_the_view_says_the_convened_heads_are_used(view):
    view.tabs.setCurrentWidget(view.signatories)
    assert "Chưa ai điểm danh" in view.signatories.notice.text()


def test_a_unit_with_nobody_present_is_flagged_and_can_be_left_out(qtbot, view, demo_db):
    check_in_all_but(demo_db, {"Phạm Quốc Việt", "Bùi Thị Lan"})
    view.controller.reload()
    view.tabs.setCurrentWidget(view.signatories)
    assert "Quảng Ngãi" in view.signatories.notice.text()
    model = view.signatories.model
    row = next(r for r in range(model.rowCount()) if model.block_at(r).unit.short_name == "Quảng Ngãi")
    click_row(qtbot, view.signatories.table, row)
    assert view.signatories.omit_button.isEnabled()
    click(qtbot, view.signatories.omit_button)
    assert "Quảng Ngãi" not in [b.unit.short_name for b in signatories(demo_db).printed]
    assert len(view.signing.buttons) == 11
    assert "11" in view.signing.progress.text()


# -- the signing ceremony ---------------------------------------------------------------


def test_marking_units_signed_undo_and_the_projector_grid(qtbot, view, demo_db):
    check_in_all_but(demo_db, set())
    view.controller.reload()
    view.tabs.setCurrentWidget(view.signing)
    projected = []
    view.project.connect(projected.append)
    click(qtbot, view.signing.project_button)
    assert isinstance(projected[-1], SigningProjectorView)
    grid = projected[-1]
    qtbot.addWidget(grid)

    first = signatories(demo_db).printed[0]
    click(qtbot, view.signing.buttons[first.unit.id])
    assert signatories(demo_db).signed_count == 1
    assert view.signing.progress.text() == "Đã ký 1/12"
    assert grid.progress.text() == "Đã ký 1/12"
    assert grid.cells[first.unit.id].property("signed") is True
    click(qtbot, view.signing.buttons[first.unit.id])  # a second click changes nothing
    assert signatories(demo_db).signed_count == 1

    view.signing.next_button.setFocus()
    qtbot.keyClick(view.signing, Qt.Key.Key_Return)  # Enter: the next unit in the grid has signed
    assert signatories(demo_db).signed_count == 2
    assert view.signing.progress.text() == "Đã ký 2/12"
    actions = [
        row[0] for row in demo_db.conn.execute("SELECT action FROM event WHERE action LIKE 'agreement.%'")
    ]
    assert actions.count("agreement.sign") == 2

    click(qtbot, view.signing.undo_button)
    plan = signatories(demo_db)
    assert plan.signed_count == 1 and plan.printed[0].signed
    assert grid.progress.text() == "Đã ký 1/12"


# -- output -----------------------------------------------------------------------------


def test_preview_pdf_and_docx(qtbot, view, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(printing, "open_file", lambda path: opened.append(path) or True)
    monkeypatch.setattr(printing, "show_preview", lambda _parent, path, _pdf: opened.append(path))
    monkeypatch.setattr(printing, "output_dir", lambda: tmp_path)
    view.tabs.setCurrentWidget(view.preview)
    assert "BẢN GIAO ƯỚC THI ĐUA NĂM 2020" in view.preview.toPlainText()
    assert "BAN TỔ CHỨC TỈNH ỦY KHÁNH HÒA" in view.preview.toPlainText()
    assert "T/M BAN TỔ CHỨC" not in view.preview.toPlainText()
    job = view.print_agreement(copies=1)
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    text = all_text(opened[-1].read_bytes())
    assert "BẢN GIAO ƯỚC THI ĐUA NĂM 2020" in text
    assert view.export_docx(str(tmp_path / "giao-uoc"))
    assert opened[-1].name == "giao-uoc.docx" and opened[-1].exists()
    assert not is_saved(view.db)  # looking and printing change nothing


def test_printing_with_flagged_units_asks_first(qtbot, view, demo_db, message_boxes, monkeypatch):
    monkeypatch.setattr(printing, "show_preview", lambda *_args: None)
    check_in_all_but(demo_db, {"Phạm Quốc Việt", "Bùi Thị Lan"})
    view.controller.reload()
    message_boxes.answer = QMessageBox.StandardButton.No
    assert view.print_agreement() is None
    assert "Quảng Ngãi" in message_boxes.texts("question")[-1]
    assert view.tabs.currentWidget() is view.signatories


def test_sections_enum_labels():
    assert Section.MOVEMENT.label == "Phong trào" and Section.TARGET.label == "Chỉ tiêu"


def test_a_place_of_its_own_is_shown_as_such_and_can_follow_the_meeting_again(qtbot, view, demo_path):
    editor = view.editor
    assert "Theo địa danh và ngày của hội nghị" in editor.own_place_date.text()
    assert not editor.follow_meeting.isVisibleTo(editor)
    retype(qtbot, editor.place, "Cam Ranh")
    qtbot.keyClick(editor.place, Qt.Key.Key_Return)
    assert read_back(demo_path, lambda db: load_agreement(db).place_set)
    assert "khác với của hội nghị (Nha Trang, 19/12/2019)" in editor.own_place_date.text()
    assert editor.follow_meeting.isVisibleTo(editor)
    click(qtbot, editor.follow_meeting)
    agreement = read_back(demo_path, load_agreement)
    assert (agreement.place, agreement.place_set) == ("Nha Trang", False)
    assert editor.place.text() == "Nha Trang"


def test_tab_in_the_multi_line_fields_goes_to_the_next_field_and_types_no_tab(qtbot, view):
    editor = view.editor
    for field in (editor.bases, editor.intro, editor.implementation):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, field, "x")
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert "\t" not in field.toPlainText() and not field.hasFocus()


def test_the_signing_date_is_typed_as_clerks_type_it(qtbot, view, demo_path):
    from datetime import date

    editor = view.editor
    retype(qtbot, editor.date, "20122019")
    qtbot.keyClick(editor.date, Qt.Key.Key_Return)
    assert read_back(demo_path, load_agreement).date == date(2019, 12, 20)
    assert editor.date.text() == "20/12/2019"
    retype(qtbot, editor.date, "ngày mai")
    qtbot.keyClick(editor.date, Qt.Key.Key_Return)  # not a date: marked, nothing saved
    assert read_back(demo_path, load_agreement).date == date(2019, 12, 20)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_button_of_the_agreement_and_print_stages_has_its_own_alt_letter(qtbot, demo_path, language):
    from tests.ui.hall import open_hall_window
    from tests.ui.keyboard import mnemonic_problems
    from ui.i18n import install_language

    install_language(language)
    try:
        window = open_hall_window(qtbot, demo_path)
        for row, tabs in ((4, ("text", "signatories", "preview")), (5, ())):
            window.stage_list.setCurrentRow(row)
            stage = window.stages.currentWidget()
            for tab in tabs or (None,):
                if tab is not None:
                    stage.tabs.setCurrentWidget(getattr(stage, {"text": "editor"}.get(tab, tab)))
                assert mnemonic_problems(stage, window) == [], (row, tab)
    finally:
        install_language("vi")


def test_ctrl_tab_from_the_stage_buttons_reaches_the_signing_and_enter_signs(qtbot, hall_path):
    """Ctrl+5 puts the keyboard on the buttons above the tabs, where Ctrl+Tab did nothing: the clerk
    had to Tab to the tab bar, press → twice, then Tab again before Enter signed anyone."""
    from tests.ui.hall import open_hall_window

    window = open_hall_window(qtbot, hall_path)
    window.go_to_stage(4)
    stage = window.stages.currentWidget()
    assert isinstance(stage, AgreementView) and not stage.tabs.isAncestorOf(QApplication.focusWidget())
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert stage.tabs.currentWidget() is stage.signing
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert stage.signing.progress.text().startswith("Đã ký 1/")
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert stage.tabs.currentWidget() is stage.signatories
