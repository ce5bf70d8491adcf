"""Chấm điểm, on the real main window, by keys: the table shown and edited, unit workbooks written
and imported (one refused whole), a reviewed value with its reason, the ranking, a title's vote."""

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.ui.conftest import type_text
from tests.ui.hall import key, keys, open_hall_window
from tests.ui.keyboard import mnemonic_problems
from ui.scoring_models import DetailColumn, ItemColumn, RankColumn
from ui.scoring_view import AddTitleDialog, ItemDialog, ReviewDialog, ScoringView

ALT = Qt.KeyboardModifier.AltModifier
SCORING = 7  # row of the stage list: Ctrl+8


@pytest.fixture
def stage(qtbot, demo_path):
    window = open_hall_window(qtbot, demo_path)
    key(Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    view = window.stages.currentWidget()
    assert isinstance(view, ScoringView) and view.isVisible()
    yield view
    window.close()


def ranking(view: ScoringView) -> list[tuple[str, str]]:
    model = view.ranking_model
    return [
        (model.index(r, RankColumn.UNIT).data(), model.index(r, RankColumn.REVIEWED).data())
        for r in range(model.rowCount())
    ]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_button_has_its_own_alt_letter(qtbot, demo_path, language):
    from ui.i18n import install_language

    install_language(language)
    try:
        window = open_hall_window(qtbot, demo_path)
        window.stage_list.setCurrentRow(SCORING)
        assert mnemonic_problems(window.stages.currentWidget(), window) == []
        window.close()
    finally:
        install_language("vi")


def test_the_demo_table_and_ranking_are_shown(stage):
    assert stage.items_model.rowCount() == 15
    assert stage.items_model.index(0, ItemColumn.CODE).data() == "I"
    assert [u for u, _ in ranking(stage)[:4]] == ["Khánh Hòa", "Quảng Nam", "Kon Tum", "Phú Yên"]
    assert stage.detail_model.rowCount() == 11  # the first unit's criteria


def test_a_cell_of_the_table_is_edited_with_f2(qtbot, stage, message_boxes):
    table = stage.items_table
    table.setFocus()
    table.setCurrentIndex(stage.items_model.index(1, ItemColumn.MAXIMUM))  # 1.1: 15 points
    key(Qt.Key.Key_F2)
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys("20")
    key(Qt.Key.Key_Return)  # the editor commits a moment later
    qtbot.waitUntil(
        lambda: stage.items_model.index(1, ItemColumn.MAXIMUM).data() == "20" and table.hasFocus()
    )
    assert stage.items_model.index(0, ItemColumn.MAXIMUM).data() == "65"  # the group is the sum
    assert table.hasFocus()  # the table keeps the keyboard after an edit
    table.setCurrentIndex(stage.items_model.index(1, ItemColumn.MAXIMUM))
    key(Qt.Key.Key_F2)
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys("abc")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(message_boxes.shown))
    assert '"abc"' in message_boxes.shown[-1][2]
    assert stage.items_model.index(1, ItemColumn.MAXIMUM).data() == "20"  # nothing changed


def test_workbooks_out_and_back_one_refused_whole(qtbot, stage, monkeypatch, tmp_path, message_boxes):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    key(Qt.Key.Key_L, ALT)  # a mnemonic clicks a moment later, as the button shows it
    qtbot.waitUntil(lambda: "12" in stage.status.text())
    good, bad = tmp_path / "tu-cham-khanh-hoa.xlsx", tmp_path / "tu-cham-kon-tum.xlsx"
    for path, value in ((good, 10), (bad, "nhiều")):
        workbook = openpyxl.load_workbook(path)
        workbook.worksheets[0]["E9"] = value  # 1.1
        workbook.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(good), str(bad)], ""))
    key(Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: bool(message_boxes.shown))
    kind, _title, text = message_boxes.shown[-1]
    assert kind == "warning" and "ô E9 (dòng 9, tiêu chí 1.1" in text and "tu-cham-kon-tum.xlsx" in text
    assert "Đã nhập tu-cham-khanh-hoa.xlsx (Khánh Hòa)." in text
    assert ranking(stage)[0][0] == "Quảng Nam"  # Khánh Hòa's 10 documents are under the target
    kon_tum = next(u for u, name in stage.controller.standing.names.items() if name == "Kon Tum")
    assert stage.controller.entry("1.1", kon_tum).self_value == 26  # its workbook imported nothing


def test_a_reviewed_value_needs_its_reason(qtbot, stage, monkeypatch, message_boxes):
    stage.ranking_table.setFocus()
    stage.ranking_table.selectRow(1)  # Quảng Nam
    stage.detail_table.selectRow(9)  # 4.1 bonus: 3 points
    typed = []

    def fill(dialog: ReviewDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.value, "1")
        qtbot.keyClick(dialog.value, Qt.Key.Key_Return)  # no reason: refused, the dialog stays
        typed.append(dialog.errors.text())
        assert dialog.isVisible()
        type_text(qtbot, dialog.note, "Sáng kiến chưa được công nhận")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(ReviewDialog, "exec", fill)
    key(Qt.Key.Key_M, ALT)
    qtbot.waitUntil(lambda: bool(typed))
    assert "phải ghi lý do" in typed[0]
    detail = stage.detail_model
    assert detail.index(9, DetailColumn.REVIEWED).data() == "1"
    assert detail.index(9, DetailColumn.NOTE).data() == "Sáng kiến chưa được công nhận"
    assert dict(ranking(stage))["Quảng Nam"] == "97,63"


def test_titles_open_in_order(qtbot, stage, message_boxes):
    stage.titles_table.setFocus()
    stage.titles_table.selectRow(1)
    key(Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: bool(message_boxes.shown))
    assert "danh hiệu trước" in message_boxes.shown[-1][2]
    stage.titles_table.selectRow(0)
    key(Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: "Đã mở cuộc suy tôn" in stage.status.text())
    assert stage.titles_model.index(0, 3).data() == "Đang suy tôn"


def test_titles_are_reordered_and_deleted_from_the_stage_until_their_vote_opens(qtbot, stage, message_boxes):
    """Titles could be added in the stage but not put in order or taken away again."""
    from PySide6.QtWidgets import QMessageBox

    from core.titles import list_titles

    db = stage.controller.db
    first, second = (t.name for t in list_titles(db))
    stage.titles_table.setFocus()
    stage.titles_table.selectRow(1)
    key(Qt.Key.Key_E, ALT)  # Danh hiệu lên trước (&E)
    qtbot.waitUntil(lambda: [t.name for t in list_titles(db)] == [second, first])
    assert stage.titles_table.selected_row() == 0  # the title moved, the selection with it
    message_boxes.answer = QMessageBox.StandardButton.Yes
    key(Qt.Key.Key_O, ALT)  # L&oại danh hiệu
    qtbot.waitUntil(lambda: [t.name for t in list_titles(db)] == [first])
    stage.titles_table.selectRow(0)
    key(Qt.Key.Key_S, ALT)  # its vote opens: it stays where it is, and says why
    qtbot.waitUntil(lambda: "Đã mở cuộc suy tôn" in stage.status.text())
    said = len(message_boxes.shown)
    key(Qt.Key.Key_W, ALT)  # down: refused (the last title, its vote open), and says why
    qtbot.waitUntil(lambda: len(message_boxes.shown) > said)
    assert "cuối danh sách" in message_boxes.shown[-1][2] or "cuộc suy tôn" in message_boxes.shown[-1][2]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_review_dialog_has_its_own_alt_letters(qtbot, demo_path, language):
    from ui.i18n import install_language

    install_language(language)
    try:
        window = open_hall_window(qtbot, demo_path)
        window.stage_list.setCurrentRow(SCORING)
        view = window.stages.currentWidget()
        dialog = ReviewDialog(view.controller, "4.1", view.selected_unit(), view)
        qtbot.addWidget(dialog)
        dialog.show()
        assert mnemonic_problems(dialog, dialog) == []
        window.close()
    finally:
        install_language("vi")


def test_the_request_for_awards_as_word(qtbot, stage, monkeypatch, tmp_path, message_boxes):
    target = tmp_path / "to-trinh.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    key(Qt.Key.Key_R, ALT)
    qtbot.waitUntil(target.exists)
    assert "Đã ghi tờ trình" in stage.status.text() and not message_boxes.shown


def test_a_title_is_added_with_its_share_and_rule(qtbot, stage, monkeypatch, message_boxes):
    shown = []

    def fill(dialog: AddTitleDialog) -> int:
        dialog.show()
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # no name: refused, the dialog stays
        shown.append(dialog.errors.text())
        type_text(qtbot, dialog.name, "Giấy khen của Cụm")
        qtbot.keyClicks(dialog.percent, "20")
        dialog.candidates.setValue(3)
        dialog.threshold.setCurrentIndex(3)  # from 2/3 of the valid ballots
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(AddTitleDialog, "exec", fill)
    key(Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: stage.titles_model.rowCount() == 3)
    assert "Tên danh hiệu" in shown[0]
    model = stage.titles_model
    assert model.index(2, 1).data() == "Giấy khen của Cụm" and model.index(2, 2).data() == "2"  # 20 % of 12
    added = stage.controller.titles[2].title
    assert (added.threshold.numerator, added.threshold.denominator, added.threshold.strict) == (2, 3, False)
    assert stage.titles_table.selected_row() == 2


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_add_title_dialog_has_its_own_alt_letters(qtbot, demo_path, language):
    from ui.i18n import install_language

    install_language(language)
    try:
        window = open_hall_window(qtbot, demo_path)
        window.stage_list.setCurrentRow(SCORING)
        view = window.stages.currentWidget()
        dialog = AddTitleDialog(view.controller, view)
        qtbot.addWidget(dialog)
        dialog.show()
        assert mnemonic_problems(dialog, dialog) == []
        window.close()
    finally:
        install_language("vi")


def test_two_titles_voted_in_order_from_the_gui_the_first_ones_unit_not_proposed_again(
    qtbot, hall_path, message_boxes
):
    from PySide6.QtWidgets import QMessageBox

    from ui.vote_stage_view import VoteStageView

    window = open_hall_window(qtbot, hall_path)
    try:
        key(Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
        scoring_stage = window.stages.currentWidget()
        scoring_stage.titles_table.setFocus()
        scoring_stage.titles_table.selectRow(0)  # Cờ thi đua: Khánh Hòa and Quảng Nam proposed
        key(Qt.Key.Key_S, ALT)
        qtbot.waitUntil(lambda: "Đã mở cuộc suy tôn" in scoring_stage.status.text())

        key(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Suy tôn: the title's vote is there
        votes = window.stages.currentWidget()
        assert isinstance(votes, VoteStageView)
        votes.vote_list.setCurrentIndex(votes.vote_list.count() - 1)
        assert "Cờ thi đua" in votes.vote_list.currentText()
        view = votes.current_entry_view()
        names = [c.short_name for c in view.controller.round.candidates]
        assert names == ["Quảng Nam", "Khánh Hòa"]  # the ballot lists them in the official order
        view.entry.setFocus()
        for _ in range(12):  # each ballot strikes out Quảng Nam: a vote for Khánh Hòa
            keys("1")
            key(Qt.Key.Key_Return)
        message_boxes.answer = QMessageBox.StandardButton.Yes
        key(Qt.Key.Key_K, ALT)  # Xác nhận &kết quả
        qtbot.waitUntil(lambda: view.controller.confirmed)

        key(Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
        assert window.stages.currentWidget() is scoring_stage
        model = scoring_stage.titles_model
        assert model.index(0, 5).data() == "Khánh Hòa" and model.index(0, 3).data() == "Đã có kết quả"
        assert "Khánh Hòa" not in model.index(1, 4).data()  # honoured by the flag: not proposed again
        scoring_stage.titles_table.setFocus()
        scoring_stage.titles_table.selectRow(1)
        key(Qt.Key.Key_S, ALT)
        qtbot.waitUntil(lambda: model.index(1, 3).data() == "Đang suy tôn")
        assert model.index(1, 4).data() == "Đà Nẵng, Quảng Nam, Phú Yên, Kon Tum, Gia Lai"  # on the ballot
    finally:
        window.close()


def test_items_are_added_and_removed_from_the_table(qtbot, stage, monkeypatch, message_boxes):
    from PySide6.QtWidgets import QMessageBox

    def fill(dialog: ItemDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.code, "3.3")
        dialog.group.setCurrentIndex(dialog.group.findData("III"))
        dialog.kind.setCurrentIndex(dialog.kind.findData("count"))
        type_text(qtbot, dialog.title, "Tham gia hội thi")
        qtbot.keyClicks(dialog.maximum, "4")
        qtbot.keyClick(dialog.maximum, Qt.Key.Key_Return)  # no points per occurrence: refused
        refusals.append(dialog.errors.text())
        qtbot.keyClicks(dialog.figure, "2")
        qtbot.keyClick(dialog.figure, Qt.Key.Key_Return)
        return dialog.result()

    refusals: list[str] = []
    monkeypatch.setattr(ItemDialog, "exec", fill)
    key(Qt.Key.Key_K, ALT)
    qtbot.waitUntil(lambda: stage.items_model.rowCount() == 16)
    assert "điểm mỗi lần phải là một số lớn hơn 0" in refusals[0]
    codes = [stage.items_model.index(r, ItemColumn.CODE).data() for r in range(16)]
    assert codes[codes.index("3.2") + 1] == "3.3"  # at the end of its group
    assert stage.items_model.index(codes.index("III"), ItemColumn.MAXIMUM).data() == "19"

    window = (
        stage.window()
    )  # the dialog closed: the keyboard back to the main window (no window manager here)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    stage.items_table.setFocus()
    stage.items_table.setCurrentIndex(stage.items_model.index(codes.index("III"), ItemColumn.CODE))
    key(Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: bool(message_boxes.shown))
    assert "còn tiêu chí" in message_boxes.shown[-1][2]  # a group with members stays
    stage.items_table.setCurrentIndex(stage.items_model.index(codes.index("3.1"), ItemColumn.CODE))
    message_boxes.answer = QMessageBox.StandardButton.Yes
    key(Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: stage.items_model.rowCount() == 15)
    assert "Điểm đã chấm của 12 đơn vị" in message_boxes.shown[-1][2]  # asked first, saying what goes
    assert "3.1" not in [stage.items_model.index(r, ItemColumn.CODE).data() for r in range(15)]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_item_dialog_has_its_own_alt_letters(qtbot, demo_path, language):
    from ui.i18n import install_language

    install_language(language)
    try:
        window = open_hall_window(qtbot, demo_path)
        window.stage_list.setCurrentRow(SCORING)
        view = window.stages.currentWidget()
        dialog = ItemDialog(view.controller, view)
        qtbot.addWidget(dialog)
        dialog.show()
        assert mnemonic_problems(dialog, dialog) == []
        window.close()
    finally:
        install_language("vi")
