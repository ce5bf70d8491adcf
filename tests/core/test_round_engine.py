"""The round engine (core/rounds.py): one paper ballot is one row per office, written whole or not at all.

The kills at every statement are in tests/core/test_crash_safety.py; here an exception raised
between the two offices' rows, inside the program, must leave neither row, nor the event, nor
the round's change of state.
"""

from __future__ import annotations

import pytest

from core.audit import verify_db
from core.demo import write_demo
from core.head_election import (
    add_ballot,
    correct_ballot,
    current_ballots,
    delete_ballot,
    get_election,
    paper_round,
    save_settings,
)
from core.head_election_rules import Way
from core.rounds import RoundState


class FailsAtSecondRow:
    """The meeting file's connection, raising when the second ballot_entry row of an action is
    written (the first office's row is in, the second's is not)."""

    def __init__(self, conn):
        self._conn = conn
        self.rows = 0

    def execute(self, sql, *args):
        if sql.lstrip().startswith("INSERT INTO ballot_entry"):
            self.rows += 1
            if self.rows == 2:
                raise RuntimeError("coupure entre les deux offices")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


@pytest.fixture
def db(tmp_path):
    db = write_demo(tmp_path / "m.thidua")
    settings = get_election(db).settings
    settings.way = Way.OPEN
    save_settings(db, settings)
    yield db
    db.close()


def ballot_rows(db) -> list[tuple]:
    return db.conn.execute(
        "SELECT round_id, pass, seq, kind, choices, invalid_reason, replaces FROM ballot_entry ORDER BY id"
    ).fetchall()


def events(db) -> int:
    return db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]


def failing(db, write) -> None:
    """Run ``write`` with the connection failing at its second ballot row; nothing of it may remain."""
    rows, count, state = ballot_rows(db), events(db), paper_round(db, 1).state
    real = db.conn
    db.conn = FailsAtSecondRow(real)
    try:
        with pytest.raises(RuntimeError, match="coupure"):
            write()
        assert db.conn.rows == 2  # it did fail between the offices
    finally:
        db.conn = real
    assert ballot_rows(db) == rows and events(db) == count
    assert paper_round(db, 1).state == state
    assert verify_db(db).ok


def test_an_exception_between_the_offices_of_a_new_ballot_writes_neither(db):
    pr = paper_round(db, 1)
    head, deputy = pr.head_candidates[6].unit_id, pr.deputy_candidates[7].unit_id
    failing(db, lambda: add_ballot(db, 1, head, deputy))
    assert paper_round(db, 1).state == RoundState.SETUP  # the first ballot's change of state is undone too
    add_ballot(db, 1, head, deputy)  # and the same ballot, written whole, has a row per office
    [entry] = current_ballots(db, paper_round(db, 1))
    assert (entry.head_unit, entry.deputy_unit) == (head, deputy) and entry.head.seq == entry.deputy.seq == 1


def test_an_exception_between_the_offices_of_a_correction_or_a_deletion_writes_neither(db):
    pr = paper_round(db, 1)
    head, deputy, other = (pr.head_candidates[i].unit_id for i in (6, 7, 3))
    add_ballot(db, 1, head, deputy)
    [entry] = current_ballots(db, pr)
    failing(db, lambda: correct_ballot(db, 1, entry, other, deputy, reason="gõ nhầm"))
    failing(db, lambda: delete_ballot(db, 1, entry, reason="nhập trùng"))
    [still] = current_ballots(db, pr)
    assert still == entry


def test_every_write_of_a_paper_ballot_gives_each_office_its_row(db):
    pr = paper_round(db, 1)
    head, deputy, other = (pr.head_candidates[i].unit_id for i in (6, 7, 3))
    first = add_ballot(db, 1, head, deputy)
    add_ballot(db, 1, invalid_reason="Phiếu rách")
    correct_ballot(db, 1, first, other, deputy, reason="gõ nhầm")
    [corrected, torn] = current_ballots(db, pr)
    delete_ballot(db, 1, torn, reason="nhập trùng")
    by_round: dict[int, list[tuple]] = {}
    for round_id, pass_no, seq, kind, _choices, invalid, replaces in ballot_rows(db):
        by_round.setdefault(round_id, []).append((pass_no, seq, kind, invalid, replaces is not None))
    assert sorted(by_round) == sorted(r.id for r in pr.rounds)
    head_log, deputy_log = (by_round[r.id] for r in pr.rounds)
    assert (
        head_log
        == deputy_log
        == [
            (1, 1, "ballot", None, False),
            (1, 2, "ballot", "Phiếu rách", False),
            (1, 1, "correction", None, True),
            (1, 2, "deletion", None, True),
        ]
    )
    assert (corrected.head_unit, corrected.deputy_unit) == (other, deputy)
    assert verify_db(db).ok
