"""The Bầu cụm trưởng – cụm phó stage, driven by keys and clicks as the organizers would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.attendance import check_in
from core.head_election import current_ballots, election_status, get_election, paper_round, rotation
from core.head_election_rules import Way
from core.meetings import load_meeting
from core.model import Role
from core.people import list_people
from core.storage import MeetingFile
from core.units import list_units
from tests.ui.conftest import click, click_row
from ui import printing
from ui.ballot_entry_view import BallotEntryView
from ui.head_election_projector import ElectionResultView
from ui.head_election_view import HeadElectionView
from ui.main_window import MainWindow


@pytest.fixture
def heads_in(demo_db):
    for person in list_people(demo_db):
        if person.role == Role.HEAD:
            check_in(demo_db, person.id)
    return demo_db


@pytest.fixture
def stage(qtbot, heads_in):
    view = HeadElectionView(heads_in)
    qtbot.addWidget(view)
    view.resize(1200, 820)
    view.show()
    return view


def round_tab(qtbot, stage: HeadElectionView, number: int) -> BallotEntryView:
    stage.tabs.setCurrentIndex(number)
    view = stage.round_view(number)
    assert view.isVisible()
    return view


def ballot(qtbot, view, typed: str = "") -> None:
    if typed:
        qtbot.keyClicks(view.entry, typed)
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)


def confirm_round(qtbot, view, message_boxes) -> None:
    message_boxes.answer = QMessageBox.StandardButton.Yes
    click(qtbot, view.confirm_button)
    assert view.controller.confirmed


def test_approve_the_proposal_one_keystroke_per_ballot(qtbot, stage, message_boxes, heads_in):
    db = heads_in
    # The demo's rotation proposes Kon Tum (the cluster head of 2020) and Ninh Thuận.
    assert "Kon Tum" in stage.head_combo.currentText() and "Ninh Thuận" in stage.deputy_combo.currentText()
    view = round_tab(qtbot, stage, 1)
    head, deputy = view.tallies  # a table per office
    assert head.table.isVisible() and deputy.table.isVisible()
    assert (head.label.text(), deputy.label.text()) == ("<b>Cụm trưởng</b>", "<b>Cụm phó</b>")
    for _ in range(10):
        qtbot.keyClick(view.entry, Qt.Key.Key_Return)  # ONE key: approves both as printed
    ballot(qtbot, view, "1")  # not approving the head
    ballot(qtbot, view, "2")  # not approving the deputy
    assert [b.content for b in current_ballots(db, paper_round(db))][-2:] == [
        ("choices", None, view.controller.round.deputy_candidates[0].unit_id),
        ("choices", view.controller.round.head_candidates[0].unit_id, None),
    ]
    assert "Cụm trưởng: <b>Kon Tum</b>" in view.outcome_label.text()
    assert head.model.line_at(0).votes == 11
    projected = []
    stage.project.connect(projected.append)
    confirm_round(qtbot, view, message_boxes)
    assert not view.second_round_button.isVisible()
    click(qtbot, view.publish_button)
    assert isinstance(projected[-1], ElectionResultView)
    assert "Kon Tum" in projected[-1].elected.text() and len(projected[-1].bars) == 2
    assert "Ninh Thuận" in stage.status_label.text() and "Kon Tum" in stage.status_label.text()
    assert stage.next_year_button.isEnabled()
    assert not stage.locked_label.isHidden() and not stage.save_button.isEnabled()


def test_open_election_with_a_runoff_from_the_gui(qtbot, stage, message_boxes, heads_in):
    db = heads_in
    stage.tabs.setCurrentIndex(0)
    click(qtbot, stage.open_radio)
    click(qtbot, stage.save_button)
    assert get_election(db).settings.way == Way.OPEN
    view = round_tab(qtbot, stage, 1)
    qtbot.keyClicks(view.entry, "3 3")
    assert "KHÔNG HỢP LỆ" in view.preview_label.text()  # the same unit for both offices
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    for typed in ["7 8"] * 5 + ["4 8"] * 4 + ["6 2"] * 2:
        ballot(qtbot, view, typed)
    qtbot.keyClicks(view.entry, "13 1")  # a typo: refused, kept for fixing
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    assert view.entry.text() == "13 1" and "không có trong danh sách cụm trưởng" in view.preview_label.text()
    view.entry.clear()
    assert view.ballot_model.rowCount() == 12
    assert "Một đơn vị được ghi cho cả cụm trưởng và cụm phó" in view.ballot_model.index(0, 2).data()
    confirm_round(qtbot, view, message_boxes)
    assert view.second_round_button.isVisible()
    assert "Bình Định, Ninh Thuận" in view.outcome_label.text()
    click(qtbot, view.second_round_button)
    assert stage.tabs.count() == 3 and stage.tabs.currentIndex() == 2
    runoff = stage.round_view(2)
    assert [c.short_name for c in runoff.controller.round.head_candidates] == ["Bình Định", "Ninh Thuận"]
    for typed in ["2 8"] * 7 + ["1 7"] * 4:  # Ninh Thuận = 2 on the head list
        ballot(qtbot, runoff, typed)
    assert "không được tính cho cụm phó" in runoff.notes_label.text()  # 4 ballots named Ninh Thuận as deputy
    confirm_round(qtbot, runoff, message_boxes)
    status = election_status(db)
    assert (status.head.unit.short_name, status.deputy.unit.short_name) == ("Ninh Thuận", "Kon Tum")
    assert status.head.round_number == 2 and not runoff.second_round_button.isVisible()


def test_deputy_runoff_after_a_refused_deputy_proposal(qtbot, stage, message_boxes, heads_in):
    view = round_tab(qtbot, stage, 1)
    for typed in ["2"] * 7 + [""] * 5:
        ballot(qtbot, view, typed)
    confirm_round(qtbot, view, message_boxes)
    click(qtbot, view.second_round_button)
    second = stage.round_view(2)
    [deputy] = [part for part in second.tallies if part.table.isVisibleTo(second)]  # no head table
    assert deputy.label.text() == "<b>Cụm phó</b>" and deputy.model.rowCount() == 11
    for typed in (
        ["4"] * 5 + ["8"] * 5 + ["1"] * 2
    ):  # no majority: runoff Bình Định / Gia Lai (8: no Ninh Thuận)
        ballot(qtbot, second, typed)
    confirm_round(qtbot, second, message_boxes)
    click(qtbot, second.second_round_button)
    third = stage.round_view(3)
    assert [c.short_name for c in third.controller.round.deputy_candidates] == ["Bình Định", "Gia Lai"]
    for typed in ["2"] * 7 + ["1"] * 5:
        ballot(qtbot, third, typed)
    confirm_round(qtbot, third, message_boxes)
    assert election_status(heads_in).deputy.unit.short_name == "Gia Lai"


def test_rotation_moves_and_the_proposal_follows(qtbot, stage, heads_in):
    db = heads_in
    stage.tabs.setCurrentIndex(0)
    click_row(qtbot, stage.rotation_list, 7, column=0)  # Ninh Thuận, after Khánh Hòa and Kon Tum
    click(qtbot, stage.up_button)
    click(qtbot, stage.up_button)
    names = {u.id: u.short_name for u in list_units(db)}
    assert [names[u] for u in rotation(db)][5:8] == ["Ninh Thuận", "Khánh Hòa", "Kon Tum"]
    assert stage.head_combo.currentText() == "Kon Tum" and stage.deputy_combo.currentText() == "Gia Lai"
    click(qtbot, stage.save_button)
    assert names[get_election(db).settings.proposed_deputy_id] == "Gia Lai"
    assert stage.round_view(1).controller.round.deputy_candidates[0].short_name == "Gia Lai"


def test_summary_button_prints(qtbot, stage, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(printing, "output_dir", lambda: tmp_path)
    monkeypatch.setattr(printing, "show_preview", lambda _parent, path, _pdf: opened.append(path))
    with qtbot.waitSignal(stage.print_summary().finished, timeout=20000) as blocker:
        pass
    assert blocker.args[0] is not None and opened[0].name.startswith("ket-qua-hoi-nghi")


def test_main_window_stage_and_next_year_action(qtbot, demo_path, tmp_path, monkeypatch, message_boxes):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_meeting(demo_path)
    window.stage_list.setCurrentRow(3)  # Bầu cụm trưởng – cụm phó: built when first shown
    stage = window.stages.currentWidget()
    assert isinstance(stage, HeadElectionView)
    view = stage.round_view(1)
    for _ in range(3):
        qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    click(qtbot, view.confirm_button)
    target = tmp_path / "nam-sau.thidua"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    message_boxes.answer = QMessageBox.StandardButton.No
    action = next(
        a for a in window.menuBar().actions()[0].menu().actions() if "năm sau" in a.text().replace("&", "")
    )
    action.trigger()
    assert target.exists()
    new = MeetingFile.open(target)
    try:
        meeting = load_meeting(new)
        units = {u.id: u.short_name for u in list_units(new)}
        assert meeting.year == 2020 and units[meeting.current_head_unit_id] == "Kon Tum"
    finally:
        new.close()
    window.close()


def _runs(flags: list[bool]) -> list[int]:
    """Lengths of the runs of True in ``flags``."""
    runs, current = [], 0
    for flag in flags:
        current = current + 1 if flag else 0
        if current == 1:
            runs.append(0)
        if flag:
            runs[-1] = current
    return runs


def test_the_projector_view_reads_from_the_back_of_the_hall(qtbot, heads_in):
    """An approval round on a 1366×768 projector: bars and names take the room, no band of
    empty screen between the parts (they were a few pixels high, with gaps of a tenth of the screen)."""
    from PySide6.QtGui import QColor

    from core.head_election import add_ballot, confirm_election_round
    from ui.projector import ACCENT, BACKGROUND

    db = heads_in
    pr = paper_round(db, 1)
    head, deputy = pr.head_candidates[0].unit_id, pr.deputy_candidates[0].unit_id
    for _ in range(9):
        add_ballot(db, 1, head, deputy)
    add_ballot(db, 1, None, deputy)
    view = ElectionResultView(confirm_election_round(db, 1), 2020)
    qtbot.addWidget(view)
    view.resize(1270, 696)  # a 1366×768 projector less the projector window's margins
    view.show()
    image = view.grab().toImage()
    w, h = image.width(), image.height()
    gold, background = QColor(ACCENT).rgb(), QColor(BACKGROUND).rgb()
    # The bars: the gold in the middle column, as thick as a line of large type.
    middle = [image.pixel(w // 2 + 20, y) == gold for y in range(h)]
    assert len([run for run in _runs(middle) if run >= h * 0.06]) == 2
    # The unit names left of the bars: letters at least 3 % of the height tall.
    names = [
        any(image.pixel(x, y) != background for x in range(int(w * 0.02), int(w * 0.28))) for y in range(h)
    ]
    assert max(_runs(names)) >= h * 0.03
    # No empty band taller than a seventh of the screen.
    empty = [all(image.pixel(x, y) == background for x in range(0, w, 4)) for y in range(h)]
    assert max(_runs(empty)) < h / 7


def test_no_next_round_button_on_a_round_that_has_one(qtbot, stage, message_boxes):
    view = round_tab(qtbot, stage, 1)
    for typed in ["2"] * 7 + [""] * 5:
        ballot(qtbot, view, typed)
    confirm_round(qtbot, view, message_boxes)
    click(qtbot, view.second_round_button)
    first = round_tab(qtbot, stage, 1)
    assert not first.second_round_button.isVisible()


def test_the_committee_chair_is_chosen_among_the_committee(qtbot, stage):
    stage.tabs.setCurrentIndex(0)
    committee = stage.committee_list
    members = [committee.item(i).text().split(" – ")[0] for i in range(committee.count())
               if committee.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip
    chairs = [stage.chief_combo.itemText(i) for i in range(stage.chief_combo.count())]
    assert chairs == members
    outsider = next(
        i for i in range(committee.count()) if committee.item(i).checkState() != Qt.CheckState.Checked
    )
    committee.item(outsider).setCheckState(Qt.CheckState.Checked)  # joins: may chair now
    assert stage.chief_combo.count() == len(members) + 1
    current = stage.chief_combo.currentText()
    first = next(i for i in range(committee.count()) if committee.item(i).text().startswith(current))
    committee.item(first).setCheckState(Qt.CheckState.Unchecked)  # the chair leaves: another is chosen
    assert stage.chief_combo.currentText() != current and stage.chief_combo.count() == len(members)
