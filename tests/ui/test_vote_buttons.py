"""Every button of the Suy tôn and election stages does what it says, or says why not.

Each visible button is clicked in turn on a vote with no ballot, a confirmed vote and a show of
hands (and on the election's rounds): an enabled button must change something the user sees (a
message, a dialog, a print job, the projector, the screen, the file); a disabled one must say
why in its tooltip. A silent no-op fails.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidget, QPushButton

from core.ballots import add_entry, choices_from_text, set_direct_totals
from core.head_election import add_ballot, confirm_election_round, paper_round
from core.storage import MeetingFile
from core.units import list_units
from core.votes import Vote, VoteMethod, add_vote, last_round, list_votes, record_issued
from core.votes_result import confirm_round
from tests.ui.conftest import click
from tests.ui.hall import election_stage, open_hall_window, shown_text, vote_stage
from ui import printing


class Witness:
    """What a click can visibly do, counted."""

    def __init__(self, monkeypatch, message_boxes, window):
        self.boxes = message_boxes
        self.window = window
        self.dialogs: list[str] = []
        self.prints: list[str] = []
        self.projected: list[object] = []

        def dialog_exec(dialog) -> int:
            self.dialogs.append(type(dialog).__name__)
            return 0  # cancelled

        def file_dialog(*_args, **_kwargs):
            self.dialogs.append("QFileDialog")
            return "", ""

        def print_pdf(_parent, _db, _render, name, open_after=True):
            self.prints.append(name)

        monkeypatch.setattr(QDialog, "exec", dialog_exec)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", file_dialog)
        monkeypatch.setattr(printing, "print_pdf", print_pdf)
        window.projector.set_content = lambda widget: self.projected.append(widget)

    def seen(self, stage) -> tuple:
        lists = [
            lw.item(i).text()
            for lw in stage.findChildren(QListWidget)
            for i in range(lw.count())
            if lw.isVisible()
        ]
        return (
            len(self.boxes.shown),
            len(self.dialogs),
            len(self.prints),
            len(self.projected),
            self.window.db.audit_head(),
            shown_text(stage),
            tuple(lists),
        )


def check_every_button(qtbot, stage, witness: Witness, skip=()) -> list[str]:
    """Click each visible button of ``stage``; returns the texts of those clicked."""
    clicked = []
    for button in stage.findChildren(QPushButton):
        if not button.isVisible() or button.text() in skip:
            continue
        name = button.text().replace("&", "")
        if not button.isEnabled():
            assert button.toolTip(), f"«{name}» is disabled without saying why"
            continue
        before = witness.seen(stage)
        click(qtbot, button)
        assert witness.seen(stage) != before, f"«{name}» did nothing the user can see"
        clicked.append(name)
    return clicked


def prepared(hall_path, prepare) -> None:
    db = MeetingFile.open(hall_path)
    try:
        prepare(db)
    finally:
        db.close()


def no_ballot(db) -> None:
    pass


def confirmed(db) -> None:
    vote = list_votes(db)[0]
    rnd = last_round(db, vote.id)
    record_issued(db, rnd.id, 12)
    add_entry(db, rnd.id, choices_from_text(vote, rnd, "2 5 6 8"))
    confirm_round(db, rnd.id)


def show_of_hands(db) -> None:
    demo = list_votes(db)[0]
    units = list_units(db)
    vote = add_vote(
        db,
        Vote("Biểu quyết tặng Cờ thi đua", [u.id for u in units[:3]], method=VoteMethod.HANDS,
             committee_ids=demo.committee_ids, chief_id=demo.chief_id),
    )  # fmt: skip
    rnd = last_round(db, vote.id)
    set_direct_totals(
        db, rnd.id, 12, 0, dict(zip([c.unit_id for c in rnd.candidates], [9, 2, 1], strict=True))
    )


@pytest.mark.parametrize("prepare", [no_ballot, confirmed, show_of_hands])
def test_every_suy_ton_button_acts_or_says_why(qtbot, hall_path, monkeypatch, message_boxes, prepare):
    prepared(hall_path, prepare)
    window = open_hall_window(qtbot, hall_path)
    try:
        stage = vote_stage(window)
        stage.vote_list.setCurrentIndex(stage.vote_list.count() - 1)
        witness = Witness(monkeypatch, message_boxes, window)
        clicked = check_every_button(qtbot, stage, witness)
        assert "In biên bản" in clicked and "In kết quả" in clicked
    finally:
        window.close()


def election_confirmed(db) -> None:
    pr = paper_round(db, 1)
    head, deputy = pr.head_candidates[0].unit_id, pr.deputy_candidates[0].unit_id
    for _ in range(10):
        add_ballot(db, 1, head, deputy)
    confirm_election_round(db, 1)


@pytest.mark.parametrize("prepare", [no_ballot, election_confirmed])
def test_every_election_button_acts_or_says_why(qtbot, hall_path, monkeypatch, message_boxes, prepare):
    prepared(hall_path, prepare)
    window = open_hall_window(qtbot, hall_path)
    try:
        stage = election_stage(window)
        witness = Witness(monkeypatch, message_boxes, window)
        stage.rotation_list.setCurrentRow(3)
        clicked = check_every_button(qtbot, stage, witness)
        stage.tabs.setCurrentIndex(1)
        clicked += check_every_button(qtbot, stage, witness, skip={"In kết &quả hội nghị"})
        assert "In biên bản" in clicked and "In kết quả hội nghị" in clicked
    finally:
        window.close()
