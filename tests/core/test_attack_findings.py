"""Attacks on the meeting file that once succeeded (found by a review that attacked the file,
each first written as a strict expected failure), now regression tests of their fixes.

The sections below, numbered as in their comments; by gravity for the record: 2, 3, 4,
1 (POSIX only), 8, 7, 5 and 6, 9, 12, 10, 11 (POSIX only), 13.

1. a refused second open in the same process unlocks the file: two writers, a lost action;
2. a ``-wal`` beside a current (rollback-journal) file is merged by SQLite without judgement;
3. a stale ``-journal`` of an older state of the same file undoes acknowledged actions;
4. a trigger named ``sqlite_…`` is invisible to the schema check and rigs what the program writes;
5. the PIN row deleted behind the program's back: a result reopened, and verify finds nothing;
6. an edited row is laundered by the program's next write to it;
7. restoring a backup made before the PIN was set reopens results without the PIN;
8. ``verify --code`` accepts a confirmed result rewritten after the printed code;
9. a copy of the file alone caught mid-write opens for writing as half an action;
10. a lock note linked to another file overwrites that file;
11. backup rotation deletes a meeting file another window has open;
12. the suy tôn commands write into the cluster head election's votes;
13. messages: a 2 GB file, a name with no room for ``-journal``, a huge vote number, a full
    disk at open (said to be read-only).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
from contextlib import suppress
from dataclasses import replace
from pathlib import Path

import pytest

from core import journal, owner, rowlog, storage
from core.attendance import check_in_by_code
from core.audit import confirmation_code, verify_file
from core.backup import backup_now, list_backups, restore_backup, set_backup_folder
from core.ballots import add_entry
from core.demo import write_demo
from core.errors import MeetingFileError, UntrustedFileError
from core.people import get_person, update_person
from core.safety import PinRequired, set_pin
from core.storage import MeetingFile
from core.votes import list_rounds, list_votes
from core.votes_result import confirm_round, reopen_round
from tests.processes import ROOT, TEXT, child_env, run_main

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file locks and file names")
PAGE = 4096


def checked_in(path: Path) -> set[str]:
    """The codes checked in, read from an image of the file (never written)."""
    with MeetingFile.open_read_only(path) as db:
        return {
            r[0]
            for r in db.conn.execute("SELECT p.code FROM attendance a JOIN person p ON p.id = a.person_id")
        }


def plain_sqlite(path: Path, *statements: str, params: tuple = ()) -> None:
    """What another tool (the sqlite3 shell, a database browser) does to the file."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
        conn.commit()
    finally:
        conn.close()


def second_process_opens(path: Path) -> str:
    """A second process tries to open the file for writing: "REFUSED" or "OPENED"."""
    code = (
        "import sys\nfrom core.storage import MeetingFile\nfrom core.errors import FileInUseError\n"
        f"try:\n    MeetingFile.open({str(path)!r}).close(); print('OPENED')\n"
        "except FileInUseError:\n    print('REFUSED')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=60, env=child_env(), **TEXT
    )
    return done.stdout.strip() or done.stderr[-500:]


@pytest.fixture
def meeting(tmp_path):
    path = tmp_path / "hoi-nghi.thidua"
    write_demo(path).close()
    return path


@pytest.fixture
def confirmed(meeting):
    """A round with ballots, confirmed, a PIN set before: (path, round id, printed code)."""
    with MeetingFile.open(meeting) as db:
        set_pin(db, "2468")
        rnd = list_rounds(db, list_votes(db)[0].id)[0]
        units = [c.unit_id for c in rnd.candidates]
        for _ in range(3):
            add_entry(db, rnd.id, units[:2])
        confirm_round(db, rnd.id)
        code = confirmation_code(db.conn, rnd.vote_id, rnd.number)
    return meeting, rnd.id, code


# -- 1. one writer: a refused open in the same process drops the lock -------------------------------


@POSIX
@pytest.mark.parametrize("spelling", ["the same path", "a hard link"])
def test_a_refused_second_open_in_the_same_process_keeps_the_file_locked(meeting, spelling):
    other = meeting
    if spelling == "a hard link":
        other = meeting.with_name("ban-khac.thidua")
        os.link(meeting, other)
    holder = MeetingFile.open(meeting)
    try:
        assert second_process_opens(meeting) == "REFUSED"
        with pytest.raises(MeetingFileError):
            MeetingFile.open(other)  # the window's second attempt, refused as it should be
        done = run_main("checkin", meeting, "1001")  # the command line, meanwhile
        check_in_by_code(holder, "1002")  # the desk goes on
    finally:
        holder.close()
    held = checked_in(meeting)

    # write, from its exclusive-mode cache, overwrote it: the file holds {"1002"} only
    assert done.returncode == 1, f"a second writer: {done.stdout.strip()!r}; the file holds {sorted(held)}"
    assert "1002" in held


# -- 2. a -wal beside a current file --------------------------------------------------------------


def _wal_of(path: Path, statement: str) -> bytes:
    """The -wal a plain SQLite program leaves beside ``path`` (in WAL mode) when it dies."""
    code = (
        "import sqlite3, os\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode = WAL'); c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        f"c.execute({statement!r})\nos._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    return Path(f"{path}-wal").read_bytes()


@pytest.mark.parametrize("layout", ["the same layout", "another layout"])
def test_a_foreign_wal_beside_a_current_file_is_never_merged(meeting, tmp_path, layout):
    other = tmp_path / "khac" / meeting.name
    other.parent.mkdir()
    write_demo(other).close()
    if layout == "the same layout":
        wal = _wal_of(other, "UPDATE person SET full_name = 'GIẢ MẠO ' || full_name WHERE id = 1")
    else:
        with MeetingFile.open(meeting) as db:
            check_in_by_code(db, "1001")
        wal = _wal_of(other, "UPDATE person SET full_name = 'GIẢ MẠO ' || full_name")
    Path(f"{meeting}-wal").write_bytes(wal)
    before = meeting.read_bytes()
    report = verify_file(meeting)  # what the file is, before the program opens it
    with suppress(MeetingFileError):  # refusing is a defence too
        MeetingFile.open(meeting).close()
    assert meeting.read_bytes() == before
    assert verify_file(meeting).ok
    assert report.ok and report.notes, report.text()


# -- 3. a stale journal of an older state of the same file ----------------------------------------


def _pages(data: bytes) -> list[bytes]:
    return [data[i : i + PAGE] for i in range(0, len(data), PAGE)]


def _changed(a: bytes, b: bytes) -> list[int]:
    pa, pb = _pages(a), _pages(b)
    return [n + 1 for n in range(max(len(pa), len(pb))) if pa[n : n + 1] != pb[n : n + 1]]


def rollback_journal(before: bytes, page_numbers: list[int], nonce: int = 0x5EED) -> bytes:
    """The hot journal SQLite has written (and synced) when a COMMIT is interrupted: the pages the
    transaction changes, as they were before it (sqlite.org/fileformat2.html, "rollback journal").
    Pages the transaction added at the end of the file are not in it: the original size in its
    header cuts them off."""
    page_numbers = [n for n in page_numbers if n <= len(before) // PAGE]
    header = journal.JOURNAL_MAGIC + struct.pack(
        ">IIIII", len(page_numbers), nonce, len(before) // PAGE, 512, PAGE
    )
    data = header + bytes(512 - len(header))
    for number in page_numbers:
        page = before[(number - 1) * PAGE : number * PAGE]
        checksum = nonce + sum(page[i] for i in range(PAGE - 200, 0, -200))
        data += struct.pack(">I", number) + page + struct.pack(">I", checksum & 0xFFFFFFFF)
    return data


def test_a_stale_journal_that_would_undo_acknowledged_actions_is_set_aside(meeting):
    with MeetingFile.open(meeting) as db:
        check_in_by_code(db, "1001")
    state_a = meeting.read_bytes()
    with MeetingFile.open(meeting) as db:
        check_in_by_code(db, "1002")  # acknowledged
    state_b = meeting.read_bytes()
    with MeetingFile.open(meeting) as db:
        check_in_by_code(db, "1003")  # acknowledged
    state_c = meeting.read_bytes()
    assert _changed(state_a, state_b) == _changed(state_a, state_c)  # the same pages (1, attendance, event)
    # The journal SQLite wrote while committing check-in 1002, left beside the file since.
    Path(f"{meeting}-journal").write_bytes(rollback_journal(state_a, _changed(state_a, state_b)))
    assert journal.pending(meeting)
    report = verify_file(meeting)  # read through the journal, before the program opens the file
    with suppress(MeetingFileError):
        MeetingFile.open(meeting).close()
    assert checked_in(meeting) == {"1001", "1002", "1003"}
    assert report.events == 40  # the demo's 37 events and the three check-ins, none undone


# -- 4. a trigger hidden under SQLite's own prefix ----------------------------------------------------

HIDDEN = (
    "CREATE TRIGGER sqlite_rig AFTER INSERT ON attendance BEGIN "
    "UPDATE attendance SET checked_in_at = '2000-01-01T00:00:00' WHERE person_id = NEW.person_id; "
    "DELETE FROM setting WHERE key = 'pin'; END"
)


def plant_hidden_trigger(path: Path) -> None:
    """CREATE TRIGGER refuses the name; writing the schema table directly does not, and SQLite runs it."""
    plain_sqlite(
        path,
        "PRAGMA writable_schema = ON",
        "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) "
        "VALUES ('trigger', 'sqlite_rig', 'attendance', 0, ?)",
        params=(HIDDEN,),
    )


def test_a_trigger_hidden_under_a_sqlite_name_is_found(confirmed):
    meeting, _round_id, _code = confirmed
    plant_hidden_trigger(meeting)
    assert not verify_file(meeting).ok
    with pytest.raises(UntrustedFileError):
        MeetingFile.open(meeting)


# -- 5, 6. the program writes to a file edited behind its back ------------------------------------


def test_a_pin_deleted_behind_the_programs_back_does_not_let_a_result_be_reopened(confirmed, tmp_path):
    meeting, round_id, _code = confirmed
    conn = sqlite3.connect(meeting)
    [stored] = conn.execute("SELECT value FROM setting WHERE key = 'pin'").fetchone()
    conn.close()
    plain_sqlite(meeting, "DELETE FROM setting WHERE key = 'pin'")
    done = run_main("reopen", meeting, "--vote", 1, "--reason", "không cần PIN")
    plain_sqlite(meeting, "INSERT INTO setting (key, value) VALUES ('pin', ?)", params=(stored,))
    report = verify_file(meeting)
    assert done.returncode == 1 or not report.ok, report.text()


def test_an_edited_row_is_not_laundered_by_the_programs_next_write(meeting):
    plain_sqlite(meeting, "UPDATE person SET position = 'Chủ tịch' WHERE id = 1")
    assert not verify_file(meeting).ok
    try:
        db = MeetingFile.open(meeting)
    except MeetingFileError:
        return  # refusing to write on an edited file is the defence
    with db:
        person = get_person(db, 1)
        update_person(db, replace(person, phone="0905123456"))  # the desk corrects a phone number
    assert not verify_file(meeting).ok


# -- 7. restoring a backup to get rid of the PIN --------------------------------------------------------


def test_restoring_a_backup_made_before_the_pin_was_set_needs_the_pin(meeting, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    db = MeetingFile.open(meeting)
    try:
        set_backup_folder(db, usb)
        rnd = list_rounds(db, list_votes(db)[0].id)[0]
        add_entry(db, rnd.id, [rnd.candidates[0].unit_id])
        confirm_round(db, rnd.id)
        copy = backup_now(db, "ket-qua-vong-1")  # the automatic copy after a confirmation
        set_pin(db, "2468")  # then the organizers protect the result
        with pytest.raises(PinRequired):
            reopen_round(db, rnd.id, "thử", pin=None)
        restored = None
        try:
            with pytest.raises(PinRequired):
                restored = restore_backup(copy.path, db, pin=None)
                reopen_round(restored, rnd.id, "không cần PIN", pin=None)
        finally:
            if restored is not None:
                restored.close()
    finally:
        db.close()


# -- 8. the printed code against a result rewritten after it ---------------------------------------


def forge_result_after_the_code(path: Path) -> None:
    """Rewrite the confirmed result (another unit elected) and append one consistent event that
    fingerprints it, named like an ordinary check-in: no key is needed to extend a chain."""
    conn = sqlite3.connect(path)
    round_id, result = conn.execute("SELECT id, result FROM vote_round WHERE state = 'confirmed'").fetchone()
    frozen = json.loads(result)
    frozen["elected"] = [c["name"] for c in frozen["candidates"] if c["outcome"] != "elected"][:1]
    for candidate in frozen["candidates"]:
        candidate["outcome"] = "elected" if candidate["name"] in frozen["elected"] else "not_elected"
    conn.execute(
        "UPDATE vote_round SET result = ? WHERE id = ?", (json.dumps(frozen, ensure_ascii=False), round_id)
    )
    row = conn.execute("SELECT * FROM vote_round WHERE id = ?", (round_id,)).fetchone()
    seq, at, previous = conn.execute("SELECT seq, at, hash FROM event ORDER BY seq DESC LIMIT 1").fetchone()
    details = json.dumps({"id": 5}, sort_keys=True)
    rows = rowlog.encode_record(
        {"changes": {"vote_round": {json.dumps([round_id]): rowlog.row_fingerprint("vote_round", row)}}}
    )
    conn.execute(
        "INSERT INTO event (seq, at, action, details, prev_hash, hash, rows) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq + 1, at, "attendance.check_in", details, previous,
         storage.event_hash(previous, seq + 1, at, "attendance.check_in", details, rows), rows),
    )  # fmt: skip
    conn.commit()
    conn.close()


def test_verify_with_the_printed_code_notices_a_result_rewritten_after_it(confirmed):
    meeting, _round_id, code = confirmed
    forge_result_after_the_code(meeting)
    done = run_main("verify", meeting, "--code", code)
    assert done.returncode == 1, done.stdout


# -- 9. a copy of the file alone, caught in the middle of a write -----------------------------------


def test_a_copy_caught_mid_write_is_not_opened_for_writing_as_half_an_action(meeting, tmp_path):
    with MeetingFile.open(meeting) as db:
        check_in_by_code(db, "1001")
    before = meeting.read_bytes()
    with MeetingFile.open(meeting) as db:
        check_in_by_code(db, "1002")
    after = meeting.read_bytes()
    torn_copies = []
    # The copy read this page after SQLite wrote it, the others before (a page the action added at
    # the end is not in a copy of the file's old length).
    for number in (n for n in _changed(before, after) if n <= len(_pages(before))):
        pages = _pages(before)
        pages[number - 1] = _pages(after)[number - 1]
        copy = tmp_path / f"usb-{number}.thidua"
        copy.write_bytes(b"".join(pages))
        conn = sqlite3.connect(storage.sqlite_uri(copy, immutable="1"), uri=True)
        try:
            sound = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        except sqlite3.DatabaseError:  # page 1 already says the file is longer: SQLite sees the tear
            sound = False
        conn.close()
        if sound and not verify_file(copy).ok:  # half an action that SQLite cannot see
            torn_copies.append(copy)
    assert torn_copies  # the check-in's row without its event, or its event without the row
    for copy in torn_copies:
        with pytest.raises(MeetingFileError):
            MeetingFile.open(copy).close()


# -- 10. the lock note ----------------------------------------------------------------------------------


@pytest.mark.parametrize("link", ["hard", "symbolic"])
def test_a_lock_note_linked_to_another_file_never_overwrites_it(meeting, link):
    victim = meeting.with_name("hoi-nghi-nam-truoc.thidua")
    write_demo(victim).close()
    before = victim.read_bytes()
    note = owner.owner_path(meeting)
    if link == "hard":
        os.link(victim, note)
    else:
        try:
            note.symlink_to(victim.name)
        except OSError:
            pytest.skip("no symbolic links here")
    with suppress(MeetingFileError):
        MeetingFile.open(meeting).close()
    assert victim.read_bytes() == before


# -- 11. backup rotation and a file open elsewhere ----------------------------------------------------


@POSIX
def test_backup_rotation_never_deletes_a_meeting_file_open_for_writing(meeting, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    db = MeetingFile.open(meeting)
    try:
        set_backup_folder(db, usb, keep=2)
        for code in ("1001", "1002"):
            check_in_by_code(db, code)
            backup_now(db, "dinh-ky")
        oldest = list_backups(usb)[-1].path
        other = MeetingFile.open(oldest)  # opened from the folder in another window
        check_in_by_code(other, "1009")  # acknowledged there
        check_in_by_code(db, "1003")
        backup_now(db, "dinh-ky")  # the main window's automatic copy rotates the folder
        other.close()
    finally:
        db.close()
    assert oldest.exists() and "1009" in checked_in(oldest)


# -- 12. the command line and the cluster head election's votes -------------------------------------


def test_the_commands_for_suy_ton_refuse_the_election_votes(meeting):
    with MeetingFile.open_read_only(meeting) as db:
        kinds = dict(db.conn.execute("SELECT id, kind FROM vote"))
    head = next(vote_id for vote_id, kind in kinds.items() if kind == "head")
    events = verify_file(meeting).events
    done = run_main("ballot", meeting, "--vote", head, "1", "1", "")
    assert done.returncode == 1, done.stdout
    assert verify_file(meeting).events == events


# -- 13. messages instead of "Lỗi ngoài dự kiến" -----------------------------------------------------


@POSIX
def test_verify_of_a_huge_file_says_so_without_exhausting_memory(meeting):
    with open(meeting, "r+b") as handle:
        handle.truncate(2 * 1024**3)  # sparse: a 2 GB file that starts like a meeting
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (1536 * 1024**2,) * 2)\n"
    script = limit + "import sys, main; sys.exit(main.main(sys.argv[1:]))\n"
    done = subprocess.run(
        [sys.executable, "-c", script, "verify", str(meeting)],
        capture_output=True, cwd=ROOT, timeout=120, env=child_env(), **TEXT,
    )  # fmt: skip
    assert "Traceback" not in done.stderr
    assert "ngoài dự kiến" not in done.stderr, done.stderr


@POSIX
def test_a_name_with_no_room_for_the_journal_gets_a_clear_message(meeting, tmp_path):
    long = tmp_path / ("h" * 243 + ".thidua")
    shutil.copyfile(meeting, long)
    for command in (("verify", long), ("checkin", long, "1001")):
        done = run_main(*command)
        assert "ngoài dự kiến" not in done.stderr, done.stderr


def test_a_vote_number_too_large_is_a_clear_message(meeting):
    done = run_main("ballot", meeting, "--vote", 10**23, "1")
    assert done.returncode in (1, 2) and "không có cuộc bầu số" in done.stderr, done.stderr


def test_a_full_disk_at_open_is_not_called_read_only(meeting, monkeypatch):
    def full(_path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(owner, "write_owner", full)
    with pytest.raises(MeetingFileError) as caught:
        MeetingFile.open(meeting)
    assert "đầy" in str(caught.value), str(caught.value)
