"""Files of every released schema version open, verify by their own rules, migrate, and verify.

tests/golden/ holds one file per version, made by that version's code (tests/golden/README.md):
what organizers' archives hold. A change to a migration, to verify or to the readers that
breaks an old file fails here, before any organizer meets it.
"""

import shutil
from pathlib import Path

import pytest

from core import schema
from core.attendance import checked_in
from core.audit import verify_file
from core.documents.catalog import KINDS, PrintOptions, render
from core.errors import ThiDuaError
from core.head_election import get_election
from core.people import list_people
from core.storage import MeetingFile
from core.votes import list_votes

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
