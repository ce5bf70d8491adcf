"""Files of every released schema version open, verify by their own rules, migrate, and verify.

tests/golden/ holds one file per version, made by that version's code (tests/golden/README.md):
what organizers' archives hold. A change to a migration, to verify or to the readers that
breaks an old file fails here, before any organizer meets it.
"""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from core import schema
from core.attendance import checked_in
from core.audit import verify_file
from core.documents.catalog import KINDS, PrintOptions, render
from core.errors import ThiDuaError
from core.head_election import election_round_result, get_election
from core.notes import NOTE_TEMPLATES, Note, NoteKind, deputy_deferred, excluded_votes
from core.people import list_people
from core.storage import MeetingFile
from core.votes import list_votes
from tests.pdf_text import all_text

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
FILES = sorted(GOLDEN.glob("v*.thidua"), key=lambda p: int(p.stem[1:]))


def test_there_is_a_golden_file_for_the_current_version():
    assert int(FILES[-1].stem[1:]) == schema.latest_version(), "add tests/golden/vN.thidua (README)"


@pytest.mark.parametrize("golden", FILES, ids=[p.stem for p in FILES])
def test_a_golden_file_verifies_migrates_and_verifies_again(golden, tmp_path):
    path = tmp_path / golden.name
    shutil.copyfile(golden, path)
    before = verify_file(path)
    assert before.ok, before.text()  # by its own version's rules, never migrated by verify
    assert path.read_bytes() == golden.read_bytes()
    with MeetingFile.open_read_only(path) as viewer:  # migrated in memory only
        people = len(list_people(viewer))
    assert path.read_bytes() == golden.read_bytes()
    with MeetingFile.open(path) as db:
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
        assert len(list_people(db)) == people >= 38
        version = int(golden.stem[1:])
        if version >= 2:
            assert len(checked_in(db)) == 21  # 20 check-ins and a walk-in
            walk_ins = [p for p in list_people(db) if p.walk_in]
            assert [p.full_name for p in walk_ins] == ["Khách Đến Muộn"]  # migration 8 found it
        if version >= 6:
            assert list_votes(db)
        for kind, document in KINDS.items():  # every document prints from the old file
            if document.needs_vote and not list_votes(db):
                continue
            if kind.startswith("election") and get_election(db) is None:
                with pytest.raises(ThiDuaError, match="chưa có cuộc bầu cụm trưởng"):  # said, not a crash
                    render(db, kind)
                continue
            vote = list_votes(db)[0].id if document.needs_vote else None
            assert render(db, kind, PrintOptions(vote_id=vote)).startswith(b"%PDF")
    after = verify_file(path)
    assert after.ok, after.text()
    assert after.events >= before.events + (1 if version < schema.latest_version() else 0)


def frozen_results(conn) -> list[tuple[str, dict]]:
    """(vote kind, stored JSON) of every confirmed result in the file."""
    rows = conn.execute(
        "SELECT v.kind, r.result FROM vote_round r JOIN vote v ON v.id = r.vote_id WHERE r.result IS NOT NULL"
    )
    return [(kind, json.loads(result)) for kind, result in rows]


@pytest.mark.parametrize("golden", FILES, ids=[p.stem for p in FILES])
def test_every_frozen_result_holds_its_notes_as_data_after_migrating(golden, tmp_path):
    path = tmp_path / golden.name
    shutil.copyfile(golden, path)
    with MeetingFile.open(path) as db:
        for kind, result in frozen_results(db.conn):
            notes = [Note.from_data(n) for n in result["notes"]]  # each one readable
            assert kind == "deputy" or notes == []  # the election's notes are the deputy's
            assert not any(w.endswith(NOTE_ENDINGS) for w in result["warnings"])  # no sentence left behind


# -- migration 9: notes frozen as sentences (ThiDua of schema 8) become data ------------------------

NOTES_V8 = GOLDEN / "notes-v8.thidua"  # made by the version-8 code (tests/golden/README.md)
DEFERRED = (
    "Kon Tum đạt tỷ lệ ở phần bầu cụm phó nhưng chưa bầu được cụm trưởng: cụm phó được bầu lại ở vòng "
    "sau, cùng với cụm trưởng."
)
EXCLUDED = (
    "5 phiếu ghi Bình Định làm cụm phó không được tính cho cụm phó vì Bình Định đã trúng cử cụm trưởng."
)
NOTE_ENDINGS = ("đã trúng cử cụm trưởng.", "cùng với cụm trưởng.")  # how version 8 told a note


def migrated_notes_file(tmp_path) -> Path:
    path = tmp_path / NOTES_V8.name
    shutil.copyfile(NOTES_V8, path)
    old = sqlite3.connect(f"file:{path}?mode=ro", uri=True)  # as stored: sentences among the warnings
    try:
        stored = [w for kind, r in frozen_results(old) if kind == "deputy" for w in r["warnings"]]
    finally:
        old.close()
    assert stored.count(DEFERRED) == 2 and stored.count(EXCLUDED) == 1
    assert verify_file(path).ok
    return path


def election_minutes(db) -> str:
    return " ".join(all_text(render(db, "election-minutes")).split())


def test_an_old_files_note_sentences_become_data_and_print_word_for_word(tmp_path):
    path = migrated_notes_file(tmp_path)
    with MeetingFile.open(path) as db:
        assert [election_round_result(db, n).notes for n in (1, 2, 3)] == [
            (deputy_deferred("Kon Tum"),),
            (deputy_deferred("Kon Tum"),),
            (excluded_votes(5, "Bình Định"),),
        ]
        assert all(election_round_result(db, n).warnings == ("Số phiếu thu vào (12) nhiều hơn số người có mặt (7).",)
                   for n in (1, 2, 3))  # fmt: skip
        minutes = election_minutes(db)
    # The minutes print what version 8 printed from its sentences.
    assert minutes.count(DEFERRED) == 2 and minutes.count(EXCLUDED) == 1
    assert (
        "Có 5 phiếu không tính cho cụm phó (không chọn đơn vị nào, hoặc chọn đơn vị đã trúng cử cụm trưởng)"
        in minutes
    )
    assert verify_file(path).ok


def test_a_reworded_note_still_prints_from_an_old_file(tmp_path, monkeypatch):
    """Version 8 found its notes again by how their sentences ended: a rewording lost them. Data
    prints in whatever words the program has now."""
    path = migrated_notes_file(tmp_path)
    monkeypatch.setitem(
        NOTE_TEMPLATES,
        NoteKind.EXCLUDED_VOTES,
        "Không tính {count} phiếu bầu {unit} làm cụm phó ({unit} là cụm trưởng).",
    )
    monkeypatch.setitem(NOTE_TEMPLATES, NoteKind.DEPUTY_DEFERRED, "{unit}: chờ bầu xong cụm trưởng.")
    with MeetingFile.open(path) as db:
        minutes = election_minutes(db)
    assert "Không tính 5 phiếu bầu Bình Định làm cụm phó (Bình Định là cụm trưởng)." in minutes
    assert minutes.count("Kon Tum: chờ bầu xong cụm trưởng.") == 2
    assert EXCLUDED not in minutes and DEFERRED not in minutes


def test_the_golden_file_of_version_9_holds_the_same_notes_as_data(tmp_path):
    path = tmp_path / "v9.thidua"
    shutil.copyfile(GOLDEN / "v9.thidua", path)
    with MeetingFile.open(path) as db:
        assert [election_round_result(db, n).notes for n in (1, 2, 3)] == [
            (deputy_deferred("Kon Tum"),),
            (deputy_deferred("Kon Tum"),),
            (excluded_votes(5, "Bình Định"),),
        ]
        minutes = election_minutes(db)
    assert minutes.count(DEFERRED) == 2 and minutes.count(EXCLUDED) == 1
