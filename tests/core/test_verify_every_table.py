"""verify finds a row changed behind the program's back in every data table, not only in the
tables someone thought of (a deliberate bug that skipped the ballot table went unnoticed)."""

import shutil
import sqlite3

import pytest

from core import rowlog
from core.agreement import load_agreement, mark_signed, save_agreement
from core.attendance import check_in
from core.audit import verify_file
from core.backup import set_backup_folder
from core.ballots import add_entry
from core.demo import write_demo
from core.head_election import add_ballot, confirm_election_round, paper_round
from core.people import list_people
from core.programme import load_programme, save_programme
from core.protocol_rank import move
from core.protocol_text import ASSESSMENT, set_texts
from core.safety import set_pin
from core.seating import HEAD_ROW, Seat, move_to
from core.units import list_units
from core.votes import list_rounds, list_votes, set_committee
from core.votes_result import confirm_round


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    """A meeting with a row in every data table."""
    folder = tmp_path_factory.mktemp("day")
    path = folder / "ngay.thidua"
    with write_demo(path) as db:
        people = list_people(db)
        for person in people[:20]:
            check_in(db, person.id)
        vote = list_votes(db)[0]
        rnd = list_rounds(db, vote.id)[0]
        set_committee(db, vote.id, [people[0].id, people[1].id], people[0].id)
        for n in range(5):
            add_entry(db, rnd.id, [c.unit_id for c in rnd.candidates[: 1 + n % 3]])
        confirm_round(db, rnd.id)
        for _ in range(5):
            add_ballot(db, paper_round(db).number)
        confirm_election_round(db)
        save_agreement(db, load_agreement(db))
        mark_signed(db, list_units(db)[1].id)
        set_pin(db, "2468")
        move(db, people[-1].id, -1)  # protocol_rank
        move_to(db, people[0].id, Seat(HEAD_ROW, 3))  # seat
        save_programme(db, load_programme(db))  # programme_item
        set_texts(db, {ASSESSMENT: "Năm 2019, các đơn vị hoàn thành tốt nhiệm vụ."})  # protocol_text
        usb = folder / "usb"
        usb.mkdir()
        set_backup_folder(db, usb)
        fill_scoring(db)
        tables = {
            t: db.conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
            for t in rowlog.data_tables(db.conn)
        }
    assert all(tables.values()), {t: n for t, n in tables.items() if not n}  # every table has a row
    return path, sorted(tables)


def fill_scoring(db) -> None:
    """A row in each scoring table, when the demo has none."""
    from fractions import Fraction

    from core import scoring, titles

    unit = list_units(db)[0].id
    if not scoring.load_table(db).items:
        scoring.save_table(db, [scoring.Item("1", "Tiêu chí", scoring.Kind.PASS_FAIL, Fraction(5))])
    if not scoring.has_values(db):
        scoring.set_self_values(db, unit, {scoring.load_table(db).criteria[0].code: Fraction(1)})
    if not scoring.unit_facts(db):
        scoring.set_women(db, unit, 7, 10)
    if not titles.list_titles(db):
        titles.save_title(db, titles.Title("Cờ thi đua", places=1))


def tamper(path, table: str) -> str:
    """Change one value of one row the way a database browser would; returns the column changed."""
    conn = sqlite3.connect(path)
    try:
        rowid, *_ = conn.execute(f'SELECT rowid FROM "{table}" LIMIT 1').fetchone()
        columns = [(c[1], c[2].upper()) for c in conn.execute(f'PRAGMA table_info("{table}")') if not c[5]]
        for name, kind in columns:
            change = (
                f'"{name}" = COALESCE("{name}", 0) + 1'
                if "INT" in kind
                else f"\"{name}\" = COALESCE(\"{name}\", '') || '…'"
            )
            try:
                conn.execute(f'UPDATE "{table}" SET {change} WHERE rowid = ?', (rowid,))
            except sqlite3.IntegrityError:
                continue  # a CHECK or a key refuses this one: try the next column
            conn.commit()
            return name
        raise AssertionError(f"no column of {table} could be changed")
    finally:
        conn.close()


def test_every_table_has_a_row_and_the_untouched_file_verifies(day):
    path, tables = day
    assert verify_file(path).ok
    assert {"ballot_entry", "vote_round", "attendance", "person", "setting", "agreement_unit"} <= set(tables)


@pytest.mark.parametrize(
    "table",
    [
        "agreement", "agreement_item", "agreement_unit", "attendance", "award_title", "ballot_entry",
        "head_election", "key_task", "meeting", "person", "programme_item", "protocol_rank", "protocol_text",
        "round_candidate", "score_item", "score_unit", "score_value", "seat", "setting", "unit", "vote",
        "vote_committee", "vote_round",
    ],
)  # fmt: skip
def test_a_changed_row_in_any_table_is_found(day, tmp_path, table):
    path, tables = day
    assert table in tables  # the list above is every data table (the next test checks it too)
    copy = tmp_path / "sua.thidua"
    shutil.copyfile(path, copy)
    column = tamper(copy, table)
    report = verify_file(copy)
    assert not report.ok, f"{table}.{column} changed and verify said intact"
    assert f"Bảng {table}, dòng" in report.text()


def test_the_list_of_tables_tested_is_every_data_table(day):
    _path, tables = day
    tested = test_a_changed_row_in_any_table_is_found.pytestmark[0].args[1]
    assert sorted(tested) == tables, "a new table: add it to the tampering test"
