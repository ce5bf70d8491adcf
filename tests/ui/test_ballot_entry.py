"""The counting committee's screen, driven by keys as an operator would."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from core.attendance import check_in
from core.ballots import INVALID_REASONS, current_entries
from core.model import Role
from core.people import list_people
from core.units import list_units
from core.votes import RoundState, Vote, VoteMethod, add_vote, get_round, last_round, list_rounds, list_votes
from tests.ui.conftest import click
from tests.ui.hall import shown_text
from ui import printing
from ui.ballot_entry_controller import BallotEntryController
from ui.ballot_entry_view import BallotEntryView
from ui.ballot_models import BallotColumn, BallotListModel, CandidateColumn, CandidateTallyModel
from ui.vote_projector import ResultBarsView
from ui.vote_stage_view import VoteStageView


@pytest.fixture
def heads_in(demo_db):
    for person in list_people(demo_db):
        if person.role == Role.HEAD:
            check_in(demo_db, person.id)
    return demo_db


def make_view(qtbot, db, round_id) -> BallotEntryView:
    view = BallotEntryView(BallotEntryController(db, round_id))
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    view.activateWindow()  # active, as on the laptop: shortcuts compete for keys only then
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def confirmed_view(qtbot, db, message_boxes) -> BallotEntryView:
    """The demo vote's screen after one ballot and "Xác nhận kết quả", answered yes."""
    view = make_view(qtbot, db, last_round(db, list_votes(db)[0].id).id)
    ballot(qtbot, view, "2 5 6 8")
    message_boxes.answer = QMessageBox.StandardButton.Yes
    click(qtbot, view.confirm_button)
    return view


def double_entry_view(qtbot, db) -> BallotEntryView:
    """A vote of 4 units, 2 places, entered twice; its entry screen."""
    units = list_units(db)
    vote = add_vote(db, Vote("Bằng khen", [u.id for u in units[:4]], places=2, double_entry=True))
    return make_view(qtbot, db, last_round(db, vote.id).id)


def ballot(qtbot, view, typed: str = "") -> None:
    if typed:
        qtbot.keyClicks(view.entry, typed)
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)


def test_enter_ballots_by_keys(qtbot, heads_in):
    db = heads_in
    rnd = last_round(db, list_votes(db)[0].id)
    view = make_view(qtbot, db, rnd.id)
    ballot(qtbot, view, "2 5 6 8")
    ballot(qtbot, view)  # Enter alone: left as printed, 12 kept > 4: invalid by the engine
    qtbot.keyClick(view.entry, Qt.Key.Key_Minus)
    assert view.reasons_label.isVisible()
    qtbot.keyClick(view.entry, Qt.Key.Key_1)
    assert not view.reasons_label.isVisible()
    qtbot.keyClick(view.entry, Qt.Key.Key_F2)
    qtbot.keyClick(view.entry, Qt.Key.Key_Escape)  # changed their mind: nothing recorded
    qtbot.keyClicks(view.entry, "13")  # a typo: refused, kept for fixing
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    assert view.entry.text() == "13"
    assert "không có trong danh sách" in view.preview_label.text()
    view.entry.clear()
    qtbot.keyClicks(view.entry, "2 5 6 9 1")
    assert "KHÔNG HỢP LỆ" in view.preview_label.text()  # the engine says why before Enter
    view.entry.clear()
    ballot(qtbot, view, "2+5+6+9")  # the numeric keypad's "+"
    entries = current_entries(db, rnd.id)
    assert len(entries) == 4
    assert entries[2].invalid_reason == INVALID_REASONS[0]
    assert view.controller.running.cast == 4 and view.controller.running.valid == 2
    assert "<b>4</b> phiếu (hợp lệ 2, không hợp lệ 2)" in view.counts_label.text()
    [tally] = view.tallies
    model = tally.model
    votes = {model.line_at(r).name: model.line_at(r).votes for r in range(model.rowCount())}
    assert votes["Quảng Nam"] == 2 and votes["Kon Tum"] == 1 and votes["Đà Nẵng"] == 0
    assert view.ballot_model.rowCount() == 4
    assert "quá số lượng" in view.ballot_model.index(1, BallotColumn.VALIDITY).data()
    assert get_round(db, rnd.id).state == RoundState.ENTERING


def test_correct_and_delete_a_ballot_with_a_reason(qtbot, heads_in, monkeypatch):
    db = heads_in
    rnd = last_round(db, list_votes(db)[0].id)
    view = make_view(qtbot, db, rnd.id)
    ballot(qtbot, view, "2 5 6 8")
    ballot(qtbot, view, "2 5 6 8")
    qtbot.keyClick(view.entry, Qt.Key.Key_Up)  # review the last ballots
    assert view.selected_entry().seq == 2
    monkeypatch.setattr(view, "ask_correction", lambda entry: ("2 5 6 9", None, "gõ nhầm số 8"))
    click(qtbot, view.correct_button)
    assert [e.choices for e in current_entries(db, rnd.id)][1] != current_entries(db, rnd.id)[0].choices
    view.ballot_table.selectRow(0)
    monkeypatch.setattr(view, "ask_reason", lambda title, prompt: "nhập trùng")
    click(qtbot, view.delete_button)
    assert [e.seq for e in current_entries(db, rnd.id)] == [2]
    assert view.controller.running.cast == 1
    details = [r[0] for r in db.conn.execute("SELECT details FROM event WHERE action LIKE 'ballot.%'")]
    assert any("gõ nhầm số 8" in d for d in details) and any("nhập trùng" in d for d in details)


def test_double_entry_mismatch_blocks_confirmation(qtbot, heads_in, message_boxes):
    db = heads_in
    units = list_units(db)
    vote = add_vote(db, Vote("Bằng khen", [u.id for u in units[:4]], places=2, double_entry=True))
    rnd = last_round(db, vote.id)
    view = make_view(qtbot, db, rnd.id)
    assert view.pass_two.isVisible()
    for typed in ("12", "23", "34"):  # under 10 names, digits need no space
        ballot(qtbot, view, typed)
    view.pass_two.click()
    assert view.controller.pass_no == 2 and view.ballot_model.rowCount() == 0
    for typed in ("1 2", "1 4", "3 4"):
        ballot(qtbot, view, typed)
    click(qtbot, view.compare_button)
    assert view.differences_list.count() == 1
    assert "Phiếu 2" in view.differences_list.item(0).text()
    message_boxes.answer = QMessageBox.StandardButton.Yes
    click(qtbot, view.confirm_button)
    assert any("khác nhau" in t for t in message_boxes.texts("warning"))
    assert get_round(db, rnd.id).state == RoundState.ENTERING


def test_tie_second_round_confirm_publish_and_print(qtbot, heads_in, message_boxes, monkeypatch):
    db = heads_in
    opened = []
    monkeypatch.setattr(printing, "show_preview", lambda _parent, path, _pdf: opened.append(path))
    stage = VoteStageView(db)
    qtbot.addWidget(stage)
    stage.resize(1200, 800)
    stage.show()
    projected = []
    stage.project.connect(projected.append)
    view = stage.current_entry_view()
    for typed in ["2 5 6 8"] * 5 + ["2 5 6 9"] * 5 + ["2 5 8 9"]:
        ballot(qtbot, view, typed)
    assert "Bằng phiếu ở vị trí cuối: Kon Tum, Gia Lai" in view.outcome_label.text()
    assert not view.second_round_button.isVisible()  # only once the result is confirmed
    message_boxes.answer = QMessageBox.StandardButton.Yes
    click(qtbot, view.confirm_button)
    assert view.controller.confirmed and not view.entry.isEnabled()
    assert view.second_round_button.isVisible()
    click(qtbot, view.publish_button)
    assert isinstance(projected[-1], ResultBarsView) and projected[-1].result.tied == ("Kon Tum", "Gia Lai")
    click(qtbot, view.second_round_button)
    assert stage.rounds.count() == 2
    second = stage.current_entry_view()
    assert second.controller.round.number == 2 and second.controller.round.places == 1
    for typed in ["1"] * 7 + ["2"] * 4:
        ballot(qtbot, second, typed)
    click(qtbot, second.confirm_button)
    assert second.controller.frozen_result().elected == ("Kon Tum",)
    assert "2 vòng" in stage.vote_list.currentText()
    with qtbot.waitSignal(second.print_minutes().finished, timeout=20000) as blocker:
        pass
    assert blocker.args[0] is not None and opened


def test_print_ballots_records_the_number_issued(qtbot, heads_in, monkeypatch):
    db = heads_in
    monkeypatch.setattr(printing, "show_preview", lambda *_args: None)
    rnd = last_round(db, list_votes(db)[0].id)
    view = make_view(qtbot, db, rnd.id)
    monkeypatch.setattr(view, "ask_print_ballots", lambda: (12, 2))
    job = view.print_ballots()
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass
    assert get_round(db, rnd.id).ballots_issued == 12
    assert view.issued_spin.value() == 12


def test_reopen_asks_for_a_reason(qtbot, heads_in, message_boxes, monkeypatch):
    db = heads_in
    rnd = last_round(db, list_votes(db)[0].id)
    view = make_view(qtbot, db, rnd.id)
    ballot(qtbot, view, "2 5 6 8")
    message_boxes.answer = QMessageBox.StandardButton.Yes
    click(qtbot, view.confirm_button)
    monkeypatch.setattr(view, "ask_reason", lambda title, prompt: None)  # cancelled
    click(qtbot, view.reopen_button)
    assert view.controller.confirmed
    monkeypatch.setattr(view, "ask_reason", lambda title, prompt: "đếm lại phiếu")
    click(qtbot, view.reopen_button)
    assert not view.controller.confirmed and view.entry.isEnabled()


def test_stage_adds_and_deletes_votes(qtbot, demo_db, monkeypatch, message_boxes):
    stage = VoteStageView(demo_db)
    qtbot.addWidget(stage)
    units = list_units(demo_db)

    def fake_dialog(save, vote):
        save(Vote("Cờ thi đua", [u.id for u in units[:3]], places=1))
        return True

    monkeypatch.setattr(stage, "open_vote_dialog", fake_dialog)
    click(qtbot, stage.add_button)
    assert stage.vote_list.count() == 2 and "Cờ thi đua" in stage.vote_list.currentText()
    message_boxes.answer = QMessageBox.StandardButton.Yes
    click(qtbot, stage.delete_button)
    assert [v.title for v in list_votes(demo_db)] == ["Suy tôn đơn vị dẫn đầu phong trào thi đua năm 2019"]
    assert len(list_rounds(demo_db, list_votes(demo_db)[0].id)) == 1


def test_vote_dialog_saves_the_settings(qtbot, demo_db):
    from ui.vote_dialog import VoteDialog

    saved = []
    units = list_units(demo_db)
    people = list_people(demo_db)
    dialog = VoteDialog(saved.append, units, people)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Bằng khen")
    dialog.places_percent.setChecked(True)
    dialog.percent.setText("25")
    dialog.committee.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    [vote] = saved
    assert vote.title == "Bằng khen" and vote.places_percent == 25
    assert len(vote.candidate_ids) == 12 and vote.chief_id == vote.committee_ids[0]


def test_models_without_a_window(heads_in):
    from core.ballots import Entry
    from core.votes_result import round_result

    db = heads_in
    rnd = last_round(db, list_votes(db)[0].id)
    model = CandidateTallyModel()
    model.set_lines(round_result(db, rnd.id).candidates)
    assert model.rowCount() == 12 and model.columnCount() == len(CandidateColumn)
    assert model.index(0, CandidateColumn.NAME).data() == "Đà Nẵng"
    assert model.index(0, CandidateColumn.PERCENT).data() == "0,00"
    ballots = BallotListModel(lambda e: "Chọn 1", lambda e: e.invalid_reason)
    ballots.append(Entry(1, rnd.id, 1, 1, frozenset({1})))
    ballots.append(Entry(2, rnd.id, 1, 2, frozenset(), "x"))
    assert ballots.index(0, BallotColumn.VALIDITY).data() == "Hợp lệ"
    assert ballots.index(1, BallotColumn.VALIDITY).data() == "Không hợp lệ: x"
    assert ballots.row_of_seq(2) == 1


# -- what the screen says stays true -------------------------------------------------------------


def test_the_last_ballot_line_follows_a_deletion_and_the_pass(qtbot, heads_in, monkeypatch):
    db = heads_in
    view = double_entry_view(qtbot, db)
    ballot(qtbot, view, "12")
    ballot(qtbot, view, "23")
    assert "Đã ghi phiếu số 2" in shown_text(view)
    qtbot.keyClick(view.entry, Qt.Key.Key_Up)  # review: the last ballot is selected
    monkeypatch.setattr(view, "ask_reason", lambda title, prompt: "nhập trùng")
    qtbot.keyClick(view.ballot_table, Qt.Key.Key_Delete)
    assert [e.seq for e in current_entries(db, view.controller.round_id)] == [1]
    text = shown_text(view)
    assert "phiếu số 2" not in text.lower() and "số 2 –" not in text
    assert "Phiếu cuối: số 1" in text
    view.pass_two.click()  # pass 2 has no ballot yet: nothing of pass 1's is said
    text = shown_text(view)
    assert "Phiếu cuối" not in text and "Đã ghi" not in text
    assert "Phiếu số 1 – Phiếu để nguyên" in text  # what Enter records in pass 2


def test_the_confirmation_time_reads_as_a_clock_and_a_date(qtbot, heads_in, message_boxes):
    db = heads_in
    view = confirmed_view(qtbot, db, message_boxes)
    state = view.state_label.text()
    assert re.search(r"\d\d:\d\d ngày \d\d/\d\d/\d{4}", state), state
    assert not re.search(r"\d{4}-\d\d-\d\d", state)
    assert "không nhập thêm phiếu" in view.preview_label.text()  # no ballot is pending any more


def test_no_outcome_is_shown_before_any_ballot(qtbot, heads_in):
    db = heads_in
    view = make_view(qtbot, db, last_round(db, list_votes(db)[0].id).id)
    [tally] = view.tallies
    model = tally.model
    for column in (CandidateColumn.OUTCOME, CandidateColumn.REACHED, CandidateColumn.RANK):
        assert {model.index(r, column).data() for r in range(model.rowCount())} == {""}
    ballot(qtbot, view, "2 5 6 8")
    assert model.index(1, CandidateColumn.OUTCOME).data() == "Được suy tôn"
    assert model.index(0, CandidateColumn.OUTCOME).data() == "Không được suy tôn"


def test_the_greyed_maximum_follows_the_places(qtbot, demo_db):
    from ui.vote_dialog import VoteDialog

    dialog = VoteDialog(lambda v: None, list_units(demo_db), list_people(demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.max_same.isChecked() and not dialog.max_choices.isEnabled()
    dialog.places.setFocus()
    qtbot.keyClick(dialog.places, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.places, "3")
    assert dialog.max_choices.value() == 3
    qtbot.keyClick(dialog.places, Qt.Key.Key_Up)
    assert dialog.max_choices.value() == 4
    dialog.places_percent.click()
    dialog.percent.setText("25")  # 25 % of 12 member units
    assert dialog.max_choices.value() == 3
    dialog.max_same.click()
    assert dialog.max_choices.isEnabled() and dialog.max_choices.value() == 3


def test_a_new_vote_is_not_titled_as_an_edit(qtbot, demo_db, monkeypatch):
    from ui.vote_dialog import VoteDialog

    titles = []
    monkeypatch.setattr(VoteDialog, "exec", lambda dialog: titles.append(dialog.windowTitle()) or 0)
    stage = VoteStageView(demo_db)
    qtbot.addWidget(stage)
    stage.show()
    click(qtbot, stage.add_button)  # the new vote starts from the last one's committee
    click(qtbot, stage.edit_button)
    assert titles == ["Thêm cuộc bầu (suy tôn)", "Sửa cuộc bầu"]


def test_the_correction_dialog_grows_for_its_error_line(qtbot, heads_in):
    from PySide6.QtWidgets import QLineEdit

    from ui.ballot_dialogs import CorrectionDialog

    db = heads_in
    view = make_view(qtbot, db, last_round(db, list_votes(db)[0].id).id)
    ballot(qtbot, view, "1 2 3")
    c = view.controller
    entry = c.entries[0]
    dialog = CorrectionDialog(entry, c.describe(entry), c.check_text, c.typing_help(), view)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.numbers, "13 2")
    qtbot.keyClick(dialog.numbers, Qt.Key.Key_Return)  # refused: the error line appears
    assert dialog.isVisible() and dialog.errors.isVisible()
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.text():
            needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
            assert label.height() >= needed, label.text()
    for edit in dialog.findChildren(QLineEdit):
        assert edit.height() >= edit.sizeHint().height()
    assert "F2" not in shown_text(dialog)  # the entry box's keys are not this dialog's


# -- the round's life: say why first, figures that stay ---------------------------------------------


def test_confirming_says_why_not_before_asking(qtbot, heads_in, message_boxes):
    db = heads_in
    view = double_entry_view(qtbot, db)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    click(qtbot, view.confirm_button)  # no ballot yet
    ballot(qtbot, view, "12")
    view.pass_two.click()
    ballot(qtbot, view, "13")
    click(qtbot, view.confirm_button)  # the two passes differ
    kinds = [kind for kind, _title, _text in message_boxes.shown]
    assert kinds == ["warning", "warning"], message_boxes.shown
    assert "Chưa nhập phiếu nào" in message_boxes.shown[0][2] and "khác nhau" in message_boxes.shown[1][2]
    assert get_round(db, view.controller.round_id).state == RoundState.ENTERING


def test_confirming_without_the_ballots_issued_warns_first(qtbot, heads_in, message_boxes):
    db = heads_in
    view = make_view(qtbot, db, last_round(db, list_votes(db)[0].id).id)
    ballot(qtbot, view, "2 5 6 8")
    assert view.issued_spin.text() == "chưa ghi"
    message_boxes.answer = QMessageBox.StandardButton.No
    click(qtbot, view.confirm_button)
    [(kind, _title, text)] = message_boxes.shown
    assert kind == "question" and "Phiếu phát ra" in text and "chưa ghi" in text
    assert not view.controller.confirmed and view.issued_spin.hasFocus()  # there to fill it in
    qtbot.keyClicks(view.issued_spin, "12")
    qtbot.keyClick(view.issued_spin, Qt.Key.Key_Tab)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    click(qtbot, view.confirm_button)
    assert "Phiếu phát ra" not in message_boxes.shown[-1][2]
    assert view.controller.frozen_result().issued == 12


def test_a_confirmed_round_shows_the_attendance_it_froze(qtbot, heads_in, message_boxes):
    from core.attendance import undo_check_in

    db = heads_in
    view = confirmed_view(qtbot, db, message_boxes)
    assert "có mặt 12/12" in shown_text(view)
    head = next(p for p in list_people(db) if p.role == Role.HEAD)
    undo_check_in(db, head.id)  # later, at the desk
    view.hide()
    view.show()  # the screen is shown again: it reads the file again
    assert "có mặt 12/12" in shown_text(view)


def test_the_differences_follow_a_correction(qtbot, heads_in, monkeypatch):
    db = heads_in
    view = double_entry_view(qtbot, db)
    ballot(qtbot, view, "12")
    view.pass_two.click()
    ballot(qtbot, view, "13")
    click(qtbot, view.compare_button)
    assert "Phiếu 1" in view.differences_list.item(0).text()
    qtbot.keyClick(view.entry, Qt.Key.Key_Up)
    monkeypatch.setattr(view, "ask_correction", lambda entry: ("1 2", None, "gõ nhầm"))
    qtbot.keyClick(view.ballot_table, Qt.Key.Key_F4)
    assert [view.differences_list.item(i).text() for i in range(view.differences_list.count())] == [
        "Hai lần nhập khớp nhau."
    ]


def test_no_next_round_from_a_round_that_has_one(qtbot, heads_in, message_boxes):
    db = heads_in
    stage = VoteStageView(db)
    qtbot.addWidget(stage)
    stage.show()
    view = stage.current_entry_view()
    for typed in ["2 5 6 8"] * 5 + ["2 5 6 9"] * 5 + ["2 5 8 9"]:
        ballot(qtbot, view, typed)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    click(qtbot, view.confirm_button)
    click(qtbot, view.second_round_button)
    stage.rounds.setCurrentIndex(0)
    first = stage.current_entry_view()
    assert first.controller.round.number == 1
    assert not first.second_round_button.isVisible()
    message_boxes.shown.clear()
    click(qtbot, first.reopen_button)  # says why at once, asks for no reason first
    [(kind, _title, text)] = message_boxes.shown
    assert kind == "warning" and "vòng 2" in text


# -- a show of hands ------------------------------------------------------------------------------


def test_a_show_of_hands_keeps_its_totals_and_its_own_words(qtbot, heads_in, monkeypatch):
    from ui.ballot_dialogs import DirectTotalsDialog

    db = heads_in
    units = list_units(db)
    vote = add_vote(db, Vote("Cờ thi đua", [u.id for u in units[:3]], method=VoteMethod.HANDS))
    view = make_view(qtbot, db, last_round(db, vote.id).id)
    assert not view.print_ballots_button.isEnabled() and "giơ tay" in view.print_ballots_button.toolTip()
    assert not view.issued_spin.isVisible()
    opened, answers = [], [(15, 0, [8, 1, 0]), (12, 1, [10, 1, 0])]

    def answer(dialog):
        opened.append(dialog.values())
        cast, invalid, votes = answers.pop(0)
        dialog.cast.setValue(cast)
        dialog.invalid.setValue(invalid)
        for box, count in zip(dialog.votes.values(), votes, strict=True):
            box.setValue(count)
        dialog.accept()
        if not dialog.result():  # refused: the dialog stays open with its error line
            opened.append(dialog.errors.text())
        return dialog.result()

    monkeypatch.setattr(DirectTotalsDialog, "exec", answer)
    click(qtbot, view.direct_button)  # 15 voters with 12 present: refused in the dialog
    assert "nhiều hơn số người có mặt (12)" in opened[-1]
    assert get_round(db, view.controller.round_id).direct_cast is None
    click(qtbot, view.direct_button)
    ids = [u.id for u in units[:3]]
    answers.append((12, 1, [10, 1, 0]))
    click(qtbot, view.direct_button)  # reopened: the recorded totals, not zeros
    assert opened[-1] == (12, 1, dict(zip(ids, [10, 1, 0], strict=True)))
    text = shown_text(view)
    assert "12 người biểu quyết (hợp lệ 11, không hợp lệ 1)" in " ".join(text.split())
    assert "số biểu quyết tán thành trên 1/2 số biểu quyết hợp lệ" in text


def test_the_rule_reads_in_english_too(qtbot, heads_in):
    from ui.i18n import install_language

    install_language("en")
    view = make_view(qtbot, heads_in, last_round(heads_in, list_votes(heads_in)[0].id).id)
    assert "above 1/2 of valid ballots" in view.rule_label.text()


def test_the_entry_screen_warns_when_the_laptops_date_is_not_the_meetings(qtbot, heads_in):
    """The minutes print the meeting's date with the clock's time of day (one date source); the
    screen that prints them says when the laptop's calendar disagrees (the demo is in 2019)."""
    vote = list_votes(heads_in)[0]
    view = make_view(qtbot, heads_in, last_round(heads_in, vote.id).id)
    assert "khác ngày hội nghị (19/12/2019)" in view.warnings_label.text()


def test_a_vote_counted_by_mistake_is_deleted_with_a_reason(qtbot, demo_db, monkeypatch, message_boxes):
    """Set up wrongly and counted, a vote stayed in the record for good: deleting it now asks why
    (logged) instead of refusing."""
    from core.ballots import add_entry
    from ui.ballot_dialogs import ReasonDialog

    asked = []

    def give_a_reason(dialog) -> int:
        asked.append(dialog.findChild(QLabel).text())
        dialog.reason.setText("Tạo nhầm cách nhập")
        return 1

    monkeypatch.setattr(ReasonDialog, "exec", give_a_reason)
    stage = VoteStageView(demo_db)
    qtbot.addWidget(stage)
    vote = list_votes(demo_db)[0]
    add_entry(demo_db, list_rounds(demo_db, vote.id)[0].id, frozenset())
    stage.reload(select_id=vote.id)
    click(qtbot, stage.delete_button)
    assert len(asked) == 1 and "đã nhập phiếu" in asked[0]
    assert list_votes(demo_db) == [] and message_boxes.shown == []
    [details] = demo_db.conn.execute("SELECT details FROM event WHERE action = 'vote.delete'").fetchone()
    assert "Tạo nhầm cách nhập" in details and '"ballots": 1' in details
