"""Next year's meeting file is written whole or not at all, even when the program dies midway."""

import subprocess
import sys
from pathlib import Path

import pytest

from core.audit import verify_file
from core.demo import write_demo
from core.errors import MeetingFileError
from core.head_election import add_ballot, choices_from_text, confirm_election_round, paper_round
from core.meetings import load_meeting
from core.next_year import start_next_year
from core.storage import MeetingFile
from core.units import list_units
from tests.processes import TEXT, child_env

ROOT = Path(__file__).resolve().parents[2]

# A child process that elects the head and deputy, then dies (as in a power cut) after next
# year's units and meeting record are written but before its agreement is.
DIES_MIDWAY = """
import os, sys
from core import next_year
from core.demo import write_demo
from core.head_election import add_ballot, choices_from_text, confirm_election_round, paper_round

db = write_demo(sys.argv[1])
pr = paper_round(db)
for _ in range(3):
    add_ballot(db, pr.number, *choices_from_text(pr, ""))
confirm_election_round(db)
db.close()
db = next_year.MeetingFile.open(sys.argv[1])
next_year.save_agreement = lambda *args, **kwargs: os._exit(9)
next_year.start_next_year(db, sys.argv[2])
"""


def test_a_crash_while_writing_next_year_leaves_no_half_made_meeting(tmp_path):
    path, out = tmp_path / "2019.thidua", tmp_path / "2020.thidua"
    child = subprocess.run(
        [sys.executable, "-c", DIES_MIDWAY, str(path), str(out)],
        capture_output=True, **TEXT, cwd=ROOT, timeout=120, env=child_env(),
    )  # fmt: skip
    assert child.returncode == 9, child.stderr
    assert not out.exists()  # not a file that looks like next year's meeting but lacks its agreement

    db = MeetingFile.open(path)
    try:
        assert start_next_year(db, out) == out  # trying again works, over what the crash left
    finally:
        db.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("2020")) == ["2020.thidua"]
    assert verify_file(out).ok
    new = MeetingFile.open(out)
    try:
        assert load_meeting(new).year == 2020 and len(list_units(new)) == 12
    finally:
        new.close()


def test_next_year_refuses_an_existing_file_before_doing_anything(tmp_path):
    db = write_demo(tmp_path / "2019.thidua")
    try:
        pr = paper_round(db)
        for _ in range(3):
            add_ballot(db, pr.number, *choices_from_text(pr, ""))
        confirm_election_round(db)
        out = tmp_path / "2020.thidua"
        out.write_bytes(b"tai lieu khac")
        with pytest.raises(MeetingFileError, match="đã tồn tại"):
            start_next_year(db, out)
        assert out.read_bytes() == b"tai lieu khac"
        assert not Path(f"{out}.partial").exists()
    finally:
        db.close()


def test_the_scoring_table_and_the_titles_go_on_to_next_year_without_scores(tmp_path):
    from fractions import Fraction

    from core import scoring, titles

    with write_demo(tmp_path / "2019.thidua") as db:
        scoring.save_table(db, [scoring.Item("1", "Tiêu chí", scoring.Kind.PASS_FAIL, Fraction(5))])
        scoring.set_self_values(db, list_units(db)[0].id, {"1": Fraction(1)})
        scoring.set_tie_rule(db, scoring.TieRule.WOMEN)
        before = titles.list_titles(db)
        titles.save_title(db, titles.Title("Giấy khen", places_percent=Fraction(20)))
        pr = paper_round(db)
        for _ in range(3):
            add_ballot(db, pr.number, *choices_from_text(pr, ""))
        confirm_election_round(db)
        start_next_year(db, tmp_path / "2020.thidua")
    with MeetingFile.open(tmp_path / "2020.thidua") as new:
        assert [i.code for i in scoring.load_table(new).items] == ["1"]
        assert not scoring.has_values(new)
        assert scoring.tie_rule(new) is scoring.TieRule.WOMEN
        carried = titles.list_titles(new)
        assert [t.name for t in carried] == [t.name for t in before] + ["Giấy khen"]
        assert carried[-1].places_percent == 20 and all(t.vote_id is None for t in carried)
    assert verify_file(tmp_path / "2020.thidua").ok
