"""The second round of attacks on the meeting file, each a promise of docs/safety.md that it once
broke ("before the fix:" says what happened then): a journal naming a file for SQLite to delete,
a result rewritten behind the printed code, a journal beside a linked file's target, a damaged
result that stopped verify, a version-8 file labelled 9, a copy's backups rotating the meeting's.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from core import journal, rowlog, storage
from core.audit import confirmation_code, verify_file
from core.ballots import add_entry
from core.demo import write_demo
from core.safety import set_pin
from core.storage import MeetingFile
from core.votes import list_rounds, list_votes
from core.votes_result import confirm_round
from tests.processes import ROOT, run_main


@pytest.fixture
def meeting(tmp_path):
    path = tmp_path / "hoi-nghi.thidua"
    write_demo(path).close()
    return path


@pytest.fixture
def confirmed(meeting):
    """Ballots typed, the round confirmed, a PIN set: (path, round id, code printed on the minutes)."""
    with MeetingFile.open(meeting) as db:
        set_pin(db, "2468")
        rnd = list_rounds(db, list_votes(db)[0].id)[0]
        units = [c.unit_id for c in rnd.candidates]
        for choice in (
            [units[0], units[1]],
            [units[1]],
            [units[1], units[2]],
            [units[0], units[1], units[2]],
        ):
            add_entry(db, rnd.id, choice)
        confirm_round(db, rnd.id)
        code = confirmation_code(db.conn, rnd.vote_id, rnd.number)
    return meeting, rnd.id, code


def append_event(conn: sqlite3.Connection, action: str, details: dict, changes: dict[str, list[str]]) -> None:
    """One more event, consistent with the chain, fingerprinting the rows as they are now: the
    chain has no key, so anyone can extend it. Nothing before it changes, so the printed code stays."""
    rows = {}
    for table, keys in changes.items():
        key = rowlog.table_key(conn, table)
        rows[table] = {}
        for k in keys:
            values = rowlog.read_row(conn, key, k)
            rows[table][k] = None if values is None else rowlog.row_fingerprint(table, values)
    record = rowlog.encode_record({"changes": rows})
    seq, at, prev = conn.execute("SELECT seq, at, hash FROM event ORDER BY seq DESC LIMIT 1").fetchone()
    text = json.dumps(details, ensure_ascii=False, sort_keys=True)
    conn.execute(
        "INSERT INTO event (seq, at, action, details, prev_hash, hash, rows) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            seq + 1,
            at,
            action,
            text,
            prev,
            storage.event_hash(prev, seq + 1, at, action, text, record),
            record,
        ),
    )


def forge_the_figures_after_the_code(path: Path) -> None:
    """Keep cast/valid/invalid/elected/tied (what verify --code compares) and rewrite the rest of the
    frozen result the minutes print: every unit's votes and percentage, the counting committee who
    sign, the reasons for invalid ballots; and every valid ballot behind it. One event named like the
    ordinary "vote.publish" that follows a confirmation "writes" them."""
    conn = sqlite3.connect(path)
    rid, vote_id, number, text = conn.execute(
        "SELECT id, vote_id, number, result FROM vote_round WHERE state = 'confirmed'"
    ).fetchone()
    result = json.loads(text)
    for candidate in result["candidates"]:
        elected = candidate["outcome"] == "elected"
        candidate["votes"] = result["valid"] if elected else 0
        candidate["percent"] = "100.00" if elected else "0.00"
    result["committee"] = [["Kẻ Giả Mạo", "Trưởng ban", True]]
    conn.execute(
        "UPDATE vote_round SET result = ?, published_at = ? WHERE id = ?",
        (json.dumps(result, ensure_ascii=False), result["confirmed_at"], rid),
    )
    winners = " ".join(str(c["unit_id"]) for c in result["candidates"] if c["outcome"] == "elected")
    ids = [
        i
        for (i,) in conn.execute(
            "SELECT id FROM ballot_entry WHERE round_id = ? AND invalid_reason IS NULL", (rid,)
        )
    ]
    conn.execute(
        "UPDATE ballot_entry SET choices = ? WHERE round_id = ? AND invalid_reason IS NULL", (winners, rid)
    )
    append_event(
        conn,
        "vote.publish",
        {"round": number, "vote": vote_id},
        {"vote_round": [json.dumps([rid])], "ballot_entry": [json.dumps([i]) for i in ids]},
    )
    conn.commit()
    conn.close()


# -- A1. verify --code passes a result whose printed figures and committee were rewritten --------


def test_verify_code_notices_figures_and_committee_rewritten_after_the_printed_code(confirmed):
    meeting, _round_id, code = confirmed
    with MeetingFile.open_read_only(meeting) as db:
        before = json.loads(
            db.conn.execute("SELECT result FROM vote_round WHERE state = 'confirmed'").fetchone()[0]
        )
    forge_the_figures_after_the_code(meeting)
    with MeetingFile.open_read_only(meeting) as db:
        after = json.loads(
            db.conn.execute("SELECT result FROM vote_round WHERE state = 'confirmed'").fetchone()[0]
        )
        # the minutes reprinted from this file carry the same code ...
        assert confirmation_code(db.conn, 1, 1) == code
    # ... but other figures and other signers than the signed paper:
    assert [c["votes"] for c in after["candidates"]] != [c["votes"] for c in before["candidates"]]
    assert after["committee"] != before["committee"]
    done = run_main("verify", meeting, "--code", code)
    assert done.returncode == 1, done.stdout  # before the fix: 0, "nguyên vẹn … vẫn đi qua mã"


# -- A2. a planted journal silently undoes the acknowledged confirmation (no PIN, no word) ---------

PAGE = 4096
# The journal as SQLite writes it, pages added at the end of the file left out (the file grows).
from tests.core.test_attack_findings import _changed, rollback_journal  # noqa: E402


def test_a_planted_journal_does_not_silently_undo_a_confirmed_result(meeting):
    with MeetingFile.open(meeting) as db:
        set_pin(db, "2468")
        rnd = list_rounds(db, list_votes(db)[0].id)[0]
        units = [c.unit_id for c in rnd.candidates]
        for _ in range(3):
            add_entry(db, rnd.id, units[:2])
    before = meeting.read_bytes()
    with MeetingFile.open(meeting) as db:
        confirm_round(db, rnd.id)  # acknowledged; the minutes are printed and signed
        code = confirmation_code(db.conn, rnd.vote_id, rnd.number)
    after = meeting.read_bytes()
    # Someone with access to the folder (a share, the USB stick) writes 10 kB beside the file:
    Path(f"{meeting}-journal").write_bytes(rollback_journal(before, _changed(before, after)))
    db = MeetingFile.open(meeting)
    try:
        state = db.conn.execute("SELECT state FROM vote_round WHERE id = ?", (rnd.id,)).fetchone()[0]
        # before the fix: state == 'entering' (the confirmation is gone: no reopen event, no PIN asked)
        # and db.notices == [] (nobody is told that a journal undid anything)
        assert state == "confirmed" or db.notices, (state, db.notices)
    finally:
        db.close()
    assert verify_file(meeting, code=code).ok is False  # only the paper's code notices


# -- A3. a meeting file opened through a symbolic link: the journal beside the target is never judged -


def checked_in(path: Path) -> set[str]:
    with MeetingFile.open_read_only(path) as db:
        return {
            r[0]
            for r in db.conn.execute("SELECT p.code FROM attendance a JOIN person p ON p.id = a.person_id")
        }


@pytest.mark.skipif(__import__("sys").platform == "win32", reason="POSIX symbolic links")
def test_a_stale_journal_beside_the_target_of_a_linked_meeting_file_is_set_aside(tmp_path):
    """SQLite names the journal after the link's target (it resolves symbolic links); core/journal.py
    looks beside the name it was given. The stale journal of test 3 of test_attack_findings.py,
    planted beside the target, is applied without judgement: acknowledged check-ins vanish."""
    from core.attendance import check_in_by_code

    (tmp_path / "that").mkdir()
    real = tmp_path / "that" / "hoi-nghi.thidua"
    write_demo(real).close()
    link = tmp_path / "hoi-nghi.thidua"
    link.symlink_to(real)  # e.g. a shortcut on the desktop, a file kept in a synced folder
    with MeetingFile.open(link) as db:
        check_in_by_code(db, "1001")
    state_a = real.read_bytes()
    with MeetingFile.open(link) as db:
        check_in_by_code(db, "1002")  # acknowledged
    state_b = real.read_bytes()
    with MeetingFile.open(link) as db:
        check_in_by_code(db, "1003")  # acknowledged
    Path(f"{real}-journal").write_bytes(rollback_journal(state_a, _changed(state_a, state_b)))
    assert journal.pending(real) and not journal.pending(link)
    with MeetingFile.open(link) as db:
        notices = db.notices
    assert checked_in(real) == {"1001", "1002", "1003"}, notices  # before the fix: {"1001"}, no notice


# -- A4. verify --code stops with "Lỗi ngoài dự kiến" on a result whose "elected" is not a list ---------


def test_verify_code_names_a_damaged_result_instead_of_stopping(confirmed):
    meeting, _round_id, code = confirmed
    conn = sqlite3.connect(meeting)
    rid, vote_id, number, text = conn.execute(
        "SELECT id, vote_id, number, result FROM vote_round WHERE state = 'confirmed'"
    ).fetchone()
    result = json.loads(text)
    result["elected"] = 5
    conn.execute(
        "UPDATE vote_round SET result = ? WHERE id = ?", (json.dumps(result, ensure_ascii=False), rid)
    )
    append_event(
        conn, "vote.publish", {"round": number, "vote": vote_id}, {"vote_round": [json.dumps([rid])]}
    )
    conn.commit()
    conn.close()
    report = verify_file(
        meeting, code=code
    )  # before the fix: TypeError: 'int' object is not iterable (audit._confirmed)
    assert not report.ok
    done = run_main("verify", meeting, "--code", code)
    assert "Lỗi ngoài dự kiến" not in done.stdout + done.stderr, done.stdout


# -- A5. one PRAGMA on a version-8 file: migration 9 skipped, verify says intact, results unreadable ---

GOLDEN = ROOT / "tests" / "golden"


def test_a_version_8_file_relabelled_version_9_is_not_called_intact(tmp_path):
    """Migration 9 changes no table (the notes of results become data, DATA_STEPS[9]): the schema
    check cannot tell 8 from 9, and files made by version 8 do not say their version in their
    file.create event, so _version_problems has nothing to compare with."""
    from core.errors import ThiDuaError
    from core.head_election import election_round_result, get_election

    path = tmp_path / "2024.thidua"
    shutil.copyfile(GOLDEN / "notes-v8.thidua", path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 9")  # one header field, no row, no event touched
    conn.close()
    report = verify_file(path)
    readable = True
    with MeetingFile.open_read_only(path) as db:
        assert get_election(db) is not None
        try:
            for number in (1, 2):
                election_round_result(db, number)
        except ThiDuaError:
            readable = False  # "Dữ liệu hỏng … cột result … Hãy chạy Tệp › Kiểm tra tính toàn vẹn"
        except Exception:
            readable = False
    # before the fix: report.ok is True ("nguyên vẹn") while the results cannot be read or printed,
    # and MeetingFile.open writes to it without migrating.
    assert not report.ok or readable, report.text()


# -- A6. a copy of the meeting ("Lưu bản sao", a rehearsal, a second laptop) rotates away the real backups --


def test_backups_of_a_copy_never_rotate_away_the_backups_of_the_meeting_file(meeting, tmp_path):
    """Backups are matched to a meeting by the hash of its first event: every copy of the file
    shares it. The copy's backups count against the real file's "keep" and delete its copies."""
    from core.attendance import check_in_by_code
    from core.backup import backup_now, list_backups, set_backup_folder

    usb = tmp_path / "usb"
    usb.mkdir()
    rehearsal = tmp_path / "tap-duot.thidua"
    with MeetingFile.open(meeting) as db:
        set_backup_folder(db, usb, keep=3)
        db.save_copy(rehearsal)  # Tệp › Lưu bản sao thành… to rehearse the check-in desk
        check_in_by_code(db, "1001")
        real = [backup_now(db, "ket-qua-vong-1").path for _ in range(2)]
    with MeetingFile.open(rehearsal) as copy:
        for code in ("1002", "1003", "1004"):
            check_in_by_code(copy, code)
            backup_now(copy, "dinh-ky")
    left = {b.path for b in list_backups(usb)}
    assert all(path in left for path in real), sorted(p.name for p in left)  # before the fix: both deleted


# -- A0. a -journal naming a "super-journal": SQLite deletes that file while verify only reads -----------


def journal_naming_a_super_journal(meeting: Path, victim: Path, nonce: int = 0x5EED) -> bytes:
    """A hot rollback journal whose one record restores page 1 as it is (nothing changes), ending
    with a super-journal record (sqlite.org/fileformat2.html: the journal of a transaction over
    several databases names the super-journal). After playing a journal back, SQLite deletes its
    super-journal when no child journal still points to it: any file at all."""
    import struct

    data = meeting.read_bytes()
    header = journal.JOURNAL_MAGIC + struct.pack(">IIIII", 1, nonce, len(data) // PAGE, 512, PAGE)
    out = header + bytes(512 - len(header))
    page = data[:PAGE]
    checksum = nonce + sum(page[i] for i in range(PAGE - 200, 0, -200))
    out += struct.pack(">I", 1) + page + struct.pack(">I", checksum & 0xFFFFFFFF)
    name = str(victim.resolve()).encode()
    pending_page = 0x40000000 // PAGE + 1
    out += struct.pack(">I", pending_page) + name + struct.pack(">II", len(name), sum(name) & 0xFFFFFFFF)
    return out + journal.JOURNAL_MAGIC


@pytest.mark.parametrize("victim", ["the meeting file itself", "another file"])
def test_verify_never_deletes_anything_a_planted_journal_names(meeting, tmp_path, victim):
    """docs/safety.md: "verify không bao giờ ghi gì vào tệp hay bên cạnh tệp". A 4 kB file planted
    beside the meeting file (a stick, a share, a zip received by mail) and verify deletes the
    official record, or any file the user may delete (the USB backups, the signed scans …)."""
    target = meeting if victim == "the meeting file itself" else tmp_path / "bien-ban-da-ky.pdf"
    if target != meeting:
        target.write_bytes(b"%PDF-1.7 the signed minutes")
    Path(f"{meeting}-journal").write_bytes(journal_naming_a_super_journal(meeting, target))
    done = run_main("verify", meeting)
    assert target.exists(), done.stdout  # before the fix: deleted; verify printed "nguyên vẹn"
