"""Attacks on the meeting file that the program withstands today (the review of branch
``attack-tests``); each test fails if the defence it names breaks. The attacks that succeed are
in test_attack_findings.py, as strict xfails.

- one writer: the path spelled otherwise (symbolic link, "..", hard link), stale lock notes;
- sidecars that cannot apply (empty, garbage, truncated, a foreign journal) change nothing;
- a copy of the file alone while another process enters ballots holds every acknowledged one;
- edits planted with sqlite3 (rows, events, schema, pragmas) are named by verify, and the
  schema-level ones make the program refuse to write;
- SIGKILL in the middle of a migration and of a restore; a real file-size limit mid-session;
- real read-only permissions; a Vietnamese path with spaces and "#"; hostile text and huge
  argument lists through the command line; a clock years ahead; the PIN on the command line.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from core import attendance, backup, journal, owner, schema, storage
from core.attendance import check_in_by_code
from core.audit import confirmation_code, verify_file
from core.backup import backup_now, clock_warning, list_backups, meeting_identity, set_backup_folder
from core.ballots import add_entry
from core.demo import write_demo
from core.errors import FileInUseError, MeetingFileError
from core.safety import set_pin
from core.storage import MeetingFile
from core.votes import list_rounds, list_votes
from core.votes_result import confirm_round
from tests.core.test_meeting_file_attacks import Holder
from tests.processes import ROOT, TEXT, child_env, run_main

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL, rlimits and permissions are POSIX")


@pytest.fixture
def meeting(tmp_path):
    path = tmp_path / "hoi-nghi.thidua"
    write_demo(path).close()
    return path


def codes_checked_in(path: Path) -> set[str]:
    with MeetingFile.open_read_only(path) as db:
        return {
            r[0]
            for r in db.conn.execute("SELECT p.code FROM attendance a JOIN person p ON p.id = a.person_id")
        }


def event_count(path: Path) -> int:
    return verify_file(path).events


def run_python(code: str, *args: object, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*prefix, sys.executable, "-c", code, *map(str, args)],
        capture_output=True, cwd=ROOT, timeout=120, env=child_env(), **TEXT,
    )  # fmt: skip


# -- one writer, whatever the path is called ----------------------------------------------------------


@POSIX
def test_other_spellings_of_the_path_are_one_file_to_the_lock(meeting, tmp_path):
    """SQLite locks the file itself (its inode; on Windows its handle), not the name it was given."""
    symbolic = tmp_path / "lien-ket.thidua"
    symbolic.symlink_to(meeting)
    hard = tmp_path / "ten-khac.thidua"
    os.link(meeting, hard)
    (tmp_path / "con").mkdir()
    dotted = tmp_path / "con" / ".." / meeting.name
    holder = Holder(meeting)
    try:
        for spelling in (symbolic, hard, dotted):
            with pytest.raises(FileInUseError):
                MeetingFile.open(spelling)
        done = run_main("checkin", symbolic, "1001")
        assert done.returncode == 1 and "đang được mở để ghi" in done.stderr, done.stderr
        assert holder.do("checkin 1002") == "ACK checkin 1002"
    finally:
        holder.stop()
    assert codes_checked_in(meeting) == {"1002"}


@pytest.mark.parametrize(
    "note",
    [
        b"",
        b"\xff\xfe garbage",
        b"[1, 2, 3]",
        json.dumps({"machine": "MAY-KHAC", "user": "ai", "since": "2019-12-19T07:45:00", "pid": 1}).encode(),
    ],
    ids=["empty", "garbage", "not a note", "another machine, long gone"],
)
def test_a_stale_lock_note_never_blocks_the_file_and_is_replaced(meeting, note):
    """The note only says who holds the file; the lock is SQLite's, released when a holder dies."""
    path = owner.owner_path(meeting)
    path.write_bytes(note)
    with MeetingFile.open(meeting) as db:
        check_in_by_code(db, "1001")
        assert json.loads(path.read_text(encoding="utf-8"))["pid"] == os.getpid()
    assert not path.exists()
    assert codes_checked_in(meeting) == {"1001"}


# -- sidecars that cannot apply ---------------------------------------------------------------------------


def _foreign_journal(tmp_path: Path) -> bytes:
    """The hot journal another meeting's process left when it died in a big change."""
    other = tmp_path / "khac" / "hoi-nghi.thidua"
    other.parent.mkdir()
    write_demo(other).close()
    # Another meeting, smaller and with other people: two fresh copies of the demo are the same
    # size and hold the very same rows on the pages a journal restores, so that its journal would
    # change nothing at all in this one.
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("UPDATE person SET position = position || ' (hội nghị khác)'")
    conn.execute("DELETE FROM event WHERE seq > 3")
    conn.execute("VACUUM")
    conn.close()
    code = (
        "import sqlite3, os, sys\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 2'); c.execute('BEGIN')\n"
        "c.execute(\"UPDATE person SET position = position || ' (sửa dở)'\")\n"
        'c.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) '
        'INSERT INTO key_task (position, content) SELECT i, hex(zeroblob(150)) FROM n")\nos._exit(0)\n'
    )
    done = run_python(code, other)
    assert done.returncode == 0, done.stderr
    return Path(f"{other}-journal").read_bytes()


SIDECARS = {
    "empty -journal": ("-journal", lambda fj: b""),
    "empty -wal": ("-wal", lambda fj: b""),
    "empty -shm": ("-shm", lambda fj: b""),
    "garbage -shm": ("-shm", lambda fj: os.urandom(32768)),
    "garbage -journal": ("-journal", lambda fj: os.urandom(9000)),
    "garbage -wal": ("-wal", lambda fj: os.urandom(9000)),
    "foreign -journal, header only": ("-journal", lambda fj: fj[:512]),
    "foreign -journal, cut in a record": ("-journal", lambda fj: fj[: 512 + 2000]),
    "foreign -journal": ("-journal", lambda fj: fj),
}


@pytest.mark.parametrize("kind", list(SIDECARS))
def test_a_sidecar_that_does_not_belong_changes_nothing(meeting, tmp_path, kind):
    suffix, make = SIDECARS[kind]
    foreign = _foreign_journal(tmp_path) if "foreign" in kind else b""
    with MeetingFile.open(meeting) as db:
        check_in_by_code(db, "1001")
    before = meeting.read_bytes()
    Path(f"{meeting}{suffix}").write_bytes(make(foreign))
    assert verify_file(meeting).ok
    with MeetingFile.open(meeting) as db:
        if "foreign" in kind:  # judged, set aside, said
            assert any("không thuộc về tệp này" in n for n in db.notices)
        assert db.conn.execute("SELECT COUNT(*) FROM person WHERE position LIKE '%(sửa dở)%'").fetchone() == (
            0,
        )
    assert meeting.read_bytes() == before
    assert codes_checked_in(meeting) == {"1001"} and verify_file(meeting).ok
    if "foreign" in kind:
        assert list(meeting.parent.glob(f"{meeting.name}-journal.khong-thuoc-tep-*"))


# -- a copy of the file alone while another process enters ballots -------------------------------------


@POSIX
def test_a_copy_of_the_file_alone_holds_every_acknowledged_ballot(meeting, tmp_path):
    with MeetingFile.open(meeting) as db:
        rnd = list_rounds(db, list_votes(db)[0].id)[0]
        units = [c.unit_id for c in rnd.candidates]
    holder = Holder(meeting)
    acknowledged = []
    try:
        for number in range(1, 6):
            reply = holder.do(f"ballot {rnd.id} {units[0]},{units[number]}")
            assert reply.startswith("ACK ballot "), reply
            acknowledged.append(int(reply.split()[-1]))
            copy = tmp_path / f"usb-{number}.thidua"
            shutil.copyfile(meeting, copy)  # Explorer, while the desk types ballots
            with MeetingFile.open(copy) as taken:
                ids = [r[0] for r in taken.conn.execute("SELECT id FROM ballot_entry ORDER BY id")]
            assert ids == acknowledged
            assert verify_file(copy).ok
    finally:
        holder.kill()


# -- edits planted with sqlite3 ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    """A meeting at the end of the morning: check-ins, ballots, a confirmed round, a PIN, a USB folder."""
    folder = tmp_path_factory.mktemp("ngay")
    path = folder / "hoi-nghi.thidua"
    usb = folder / "usb"
    usb.mkdir()
    with write_demo(path) as db:
        set_backup_folder(db, usb)
        set_pin(db, "2468")
        rnd = list_rounds(db, list_votes(db)[0].id)[0]
        units = [c.unit_id for c in rnd.candidates]
        for n in range(4):
            add_entry(db, rnd.id, units[: 1 + n % 2])
        confirm_round(db, rnd.id)
        check_in_by_code(db, "1001")
    return path


REWRITE_BALLOT_TABLE = (
    "UPDATE sqlite_master SET sql = replace(sql, 'CHECK (kind IN (''ballot'', ''correction'', ''deletion''))', '') "
    "WHERE name = 'ballot_entry'"
)
PLANTED = {  # what the edit does: (SQL, words verify must say, the program refuses to write)
    "a ballot's choices": ("UPDATE ballot_entry SET choices = '3' WHERE id = 1", "Bảng ballot_entry, dòng id=1", False),
    "a check-in time": ("UPDATE attendance SET checked_in_at = '2019-12-19T07:00:00'", "Bảng attendance", False),
    "the confirmed result": (
        "UPDATE vote_round SET result = replace(result, '\"cast\": 4', '\"cast\": 5')", "Bảng vote_round", False
    ),
    "the PIN hash": ("UPDATE setting SET value = 'pbkdf2_sha256$1$00$00' WHERE key = 'pin'", "Bảng setting", False),
    "the PIN deleted": ("DELETE FROM setting WHERE key = 'pin'", "Bảng setting", False),
    "the backup folder": ("UPDATE setting SET value = '/tmp' WHERE key = 'backup_folder'", "Bảng setting", False),
    "an event deleted": ("DELETE FROM event WHERE seq = 5", "Thiếu sự kiện #5", False),
    "the last event deleted": ("DELETE FROM event WHERE seq = (SELECT MAX(seq) FROM event)", "Bảng attendance", False),
    "an event's words": (
        "UPDATE event SET details = replace(details, '\"cast\": 4', '\"cast\": 5') WHERE action = 'vote.confirm'",
        "mã băm không khớp",
        False,
    ),
    "a row added": ("INSERT INTO key_task (position, content) VALUES (9, 'thêm')", "Bảng key_task", False),
    "a trigger": (
        "CREATE TRIGGER t AFTER INSERT ON attendance BEGIN SELECT 1; END", "không thuộc cấu trúc", True
    ),
    "a view": ("CREATE VIEW v AS SELECT 1", "không thuộc cấu trúc", True),
    "an index": ("CREATE INDEX i ON person(full_name)", "không thuộc cấu trúc", True),
    "a table": ("CREATE TABLE ghi_chu (x)", "không thuộc cấu trúc", True),
    "an AUTOINCREMENT table (sqlite_sequence)": (
        "CREATE TABLE dem (id INTEGER PRIMARY KEY AUTOINCREMENT)", "không thuộc cấu trúc", True
    ),
    "a column": ("ALTER TABLE person ADD COLUMN ghi_chu TEXT", "khác với cấu trúc", True),
    "a CHECK removed (writable_schema)": (REWRITE_BALLOT_TABLE, "khác với cấu trúc", True),
    "user_version lowered": (f"PRAGMA user_version = {schema.latest_version() - 1}", "phiên bản đã bị sửa", True),
    "user_version 3 (never released)": ("PRAGMA user_version = 3", "không phải một phiên bản", True),
    "user_version raised": (f"PRAGMA user_version = {schema.latest_version() + 1}", "mới hơn", True),
    "application_id": ("PRAGMA application_id = 1", "không phải là tệp hội nghị", True),
}  # fmt: skip


@pytest.mark.parametrize("edit", list(PLANTED))
def test_an_edit_planted_with_sqlite3_is_named_by_verify(day, tmp_path, edit):
    sql, words, refused = PLANTED[edit]
    path = tmp_path / day.name
    shutil.copyfile(day, path)
    conn = sqlite3.connect(path)
    if "writable_schema" in edit:
        conn.execute("PRAGMA writable_schema = ON")
    conn.execute(sql)
    conn.commit()
    conn.close()
    report = verify_file(path)
    assert not report.ok and words in report.text(), report.text()
    if refused:  # the program will not write to a file whose structure is not its own
        before = path.read_bytes()
        with pytest.raises(MeetingFileError):
            MeetingFile.open(path)
        assert path.read_bytes() == before


def test_the_command_line_says_the_file_was_edited_without_a_traceback(day, tmp_path):
    path = tmp_path / day.name
    shutil.copyfile(day, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE ballot_entry SET choices = '3' WHERE id = 1")
    conn.commit()
    conn.close()
    done = run_main("verify", path)
    assert done.returncode == 1 and "KHÔNG nguyên vẹn" in done.stdout and "Bảng ballot_entry" in done.stdout
    assert "Lỗi:" in done.stderr and "Traceback" not in done.stderr


# -- SIGKILL during a migration and during a restore -----------------------------------------------------

KILLED_MIGRATION = """
import os, sys
from core import schema, storage
schema.MIGRATIONS[schema.latest_version() + 1] = (
    "ALTER TABLE person ADD COLUMN ghi_chu TEXT NOT NULL DEFAULT '';"
    "UPDATE person SET ghi_chu = hex(zeroblob(400))"
)
configure = storage._configure
def small_cache(conn, path):
    configure(conn, path)
    conn.execute("PRAGMA cache_size = 2")  # the migration's pages reach the file before its COMMIT
storage._configure = small_cache
append = storage.append_event
def killed(conn, action, details, rows):
    if action == "file.migrate":
        os._exit(137)  # SIGKILL's effect: no rollback, no cleanup, the journal stays hot
    append(conn, action, details, rows)
storage.append_event = killed
storage.MeetingFile.open(sys.argv[1])
"""


@POSIX
def test_a_kill_in_the_middle_of_a_migration_leaves_the_old_version_whole(meeting, monkeypatch):
    with MeetingFile.open(meeting) as db:
        check_in_by_code(db, "1001")
    before = meeting.read_bytes()
    done = run_python(KILLED_MIGRATION, meeting)
    assert done.returncode == 137, done.stderr
    assert journal.pending(meeting) and meeting.read_bytes() != before  # killed with pages written
    assert list(meeting.parent.glob("*.bak"))  # the copy made before migrating
    report = verify_file(meeting)
    assert report.ok and report.events == event_count_of(before), report.text()
    with MeetingFile.open(meeting) as db:  # this version of the program: the file as it was
        assert db.notices == []
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
        assert "ghi_chu" not in [c[1] for c in db.conn.execute("PRAGMA table_info(person)")]
    assert codes_checked_in(meeting) == {"1001"}
    monkeypatch.setitem(
        schema.MIGRATIONS, schema.latest_version() + 1, "ALTER TABLE person ADD COLUMN ghi_chu TEXT"
    )
    with MeetingFile.open(meeting) as db:  # the next start migrates it
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
    assert verify_file(meeting).ok and codes_checked_in(meeting) == {"1001"}


def event_count_of(data: bytes) -> int:
    conn = journal.memory_connection(data)
    try:
        return conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]
    finally:
        conn.close()


KILLED_RESTORE = """
import os, sqlite3, sys
from core import backup
from core.storage import MeetingFile
db = MeetingFile.open(sys.argv[1])
def killed_copy(source, target):
    destination = sqlite3.connect(target, isolation_level=None)
    def progress(status, remaining, total):
        if remaining < total // 2:
            os._exit(137)
    source.backup(destination, pages=2, progress=progress)
backup.write_copy = killed_copy
backup.restore_backup(sys.argv[2], db)
"""


@POSIX
def test_a_kill_in_the_middle_of_a_restore_leaves_the_file_and_the_backup_whole(meeting, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    with MeetingFile.open(meeting) as db:
        set_backup_folder(db, usb)
        copy = backup_now(db, "thu-cong").path
        check_in_by_code(db, "1001")
    events, backup_bytes = event_count(meeting), copy.read_bytes()
    done = run_python(KILLED_RESTORE, meeting, copy)
    assert done.returncode == 137, done.stderr
    assert copy.read_bytes() == backup_bytes
    assert verify_file(meeting).ok and event_count(meeting) == events
    with MeetingFile.open(meeting) as db:
        assert db.notices == []
    assert codes_checked_in(meeting) == {"1001"}
    for leftover in meeting.parent.glob("*-khoi-phuc-*.thidua"):  # half a copy is never taken for a meeting
        with pytest.raises(MeetingFileError, match="không phải là tệp hội nghị"):
            MeetingFile.open(leftover)


# -- a real limit on the file's size, mid-session ------------------------------------------------------

FILE_SIZE_LIMIT = """
import json, resource, sys
from core.errors import ThiDuaError
from core.model import Person, Role
from core.people import add_people
from core.storage import MeetingFile
db = MeetingFile.open(sys.argv[1])
size = db.conn.execute("PRAGMA page_count").fetchone()[0] * 4096
resource.setrlimit(resource.RLIMIT_FSIZE, (size + 3 * 4096, resource.RLIM_INFINITY))
acked, refused = [], []
for i in range(40):
    try:
        add_people(db, [Person(f"Khách số {i}", Role.GUEST, organization="Sở " + "x" * 190) for _ in range(3)])
        acked.append(i)
    except ThiDuaError as error:
        refused.append(str(error))
db.close()
print(json.dumps({"acked": acked, "refused": refused}, ensure_ascii=False))
"""


@POSIX
def test_a_real_file_size_limit_mid_session_loses_nothing_acknowledged(meeting):
    """RLIMIT_FSIZE makes the system refuse the writes themselves (EFBIG), SQLite's journal and all."""
    done = run_python(FILE_SIZE_LIMIT, meeting)
    assert done.returncode == 0, done.stderr[-2000:]
    outcome = json.loads(done.stdout)
    assert outcome["acked"] and outcome["refused"]  # the limit was reached mid-session
    assert all("Traceback" not in r and meeting.name in r for r in outcome["refused"])
    assert verify_file(meeting).ok
    with MeetingFile.open(meeting) as db:
        names = {r[0] for r in db.conn.execute("SELECT full_name FROM person")}
    assert {f"Khách số {i}" for i in outcome["acked"]} <= names
    assert not {f"Khách số {i}" for i in range(40) if i not in outcome["acked"]} & names  # nothing half-done


# -- real permissions --------------------------------------------------------------------------------


def _unprivileged() -> tuple[str, ...] | None:
    """How to run a child that permissions apply to: as root, without the capabilities that bypass them."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    return (setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner") if setpriv else None


@POSIX
@pytest.mark.parametrize("what", ["the file", "the folder"])
def test_real_read_only_permissions_refuse_writes_and_still_read(meeting, what):
    prefix = _unprivileged()
    if prefix is None:
        pytest.skip("root without setpriv: permissions do not apply")
    target = meeting if what == "the file" else meeting.parent
    mode = target.stat().st_mode
    before = meeting.read_bytes()
    target.chmod(0o444 if what == "the file" else 0o555)
    try:
        script = "import sys, main; sys.exit(main.main(sys.argv[1:]))"
        done = run_python(script, "checkin", meeting, "1001", prefix=prefix)
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert "chỉ đọc" in done.stderr and "chỉ để xem" in done.stderr, done.stderr  # said at open
        read = run_python(script, "verify", meeting, prefix=prefix)
        assert read.returncode == 0 and "nguyên vẹn" in read.stdout, read.stdout + read.stderr
    finally:
        target.chmod(mode)
    assert meeting.read_bytes() == before
    assert sorted(p.name for p in meeting.parent.iterdir()) == [meeting.name]


# -- a Vietnamese path with spaces and a "#" ----------------------------------------------------------


def test_a_vietnamese_path_with_spaces_and_a_hash_works_end_to_end(tmp_path):
    folder = tmp_path / "Hội nghị #5 (2019) – Cụm Miền Trung"
    folder.mkdir()
    path = folder / "Hội nghị tổng kết năm 2019.thidua"
    assert run_main("demo", path).returncode == 0
    done = run_main("checkin", path, "1001")
    assert done.returncode == 0, done.stderr
    assert "nguyên vẹn" in run_main("verify", path).stdout
    usb = tmp_path / "Ổ USB #1" / "Sao lưu hội nghị"
    usb.mkdir(parents=True)
    with MeetingFile.open(path) as db:
        set_backup_folder(db, usb)
        assert backup_now(db, "thu-cong").ok
        assert len(list_backups(usb, meeting_identity(db.conn))) == 1  # found by its identity, read by URI
    holder = Holder(path)
    try:
        with pytest.raises(FileInUseError):  # the probe opens a URI of this path
            storage._refuse_if_held(path)
    finally:
        holder.stop()


# -- hostile text and huge argument lists through the command line ----------------------------------------


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Nguyễn\x01Văn\x1b[31m A", "ký tự điều khiển"),
        ("\u202eNguyễn Văn A\u202c", "đảo chiều"),
        ("\u200b\u200b\u200b", "vô hình"),
        ("Nguyễn \udced Văn", "không phải chữ"),  # invalid UTF-8 in the command line
        ("Nguyễn Văn " * 100, "tối đa 100 ký tự"),
        ("   ", "không được để trống"),
    ],
    ids=["control", "rtl override", "invisible", "lone surrogate", "too long", "blank"],
)
def test_hostile_text_on_the_command_line_is_refused_and_changes_nothing(meeting, name, said):
    events = event_count(meeting)
    done = run_main("walk-in", meeting, "--name", name, "--role", "khach", "--organization", "Sở Nội vụ")
    assert done.returncode == 1 and said in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "ngoài dự kiến" not in done.stderr
    assert event_count(meeting) == events


@POSIX  # Windows' command line holds 32 767 characters
def test_a_hundred_thousand_ballots_with_one_bad_one_write_none(meeting):
    events = event_count(meeting)
    done = run_main("ballot", meeting, "--vote", 1, *(["1 2"] * 100_000), "99")
    assert done.returncode == 1 and "Phiếu thứ 100001" in done.stderr and "Chưa ghi phiếu nào" in done.stderr
    assert event_count(meeting) == events


@pytest.mark.parametrize("vote", ["0", "-1", "4"])  # the demo has votes 1 to 3
def test_a_vote_that_does_not_exist_is_a_message(meeting, vote):
    done = run_main("ballot", meeting, "--vote", vote, "1")
    assert done.returncode == 1 and "Không có cuộc bầu số" in done.stderr, done.stderr


# -- a clock years ahead, then right again --------------------------------------------------------------


def test_a_clock_years_ahead_then_right_again_is_said_and_loses_no_backup(meeting, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()

    class Ahead(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.now(tz) + timedelta(days=3 * 365)

    with MeetingFile.open(meeting) as db, monkeypatch.context() as clock:
        set_backup_folder(db, usb, keep=1)
        for module in (storage, attendance, backup):
            clock.setattr(module, "datetime", Ahead)
        check_in_by_code(db, "1001")
        backup_now(db, "thu-cong")
    with MeetingFile.open(meeting) as db:  # the next session, the clock set right
        warning = clock_warning(db)
        assert warning is not None and "sớm hơn thao tác cuối cùng" in warning
        check_in_by_code(db, "1002")
        newest = backup_now(db, "thu-cong").path
    [kept] = list_backups(usb)
    assert kept.path == newest  # by number, not by the earlier time in its name
    assert codes_checked_in(kept.path) == {"1001", "1002"}
    assert verify_file(meeting).ok


# -- the PIN on the command line ----------------------------------------------------------------------


def test_the_command_line_cannot_reopen_a_result_without_the_pin(meeting):
    with MeetingFile.open(meeting) as db:
        set_pin(db, "2468")
        rnd = list_rounds(db, list_votes(db)[0].id)[0]
        add_entry(db, rnd.id, [rnd.candidates[0].unit_id])
        confirm_round(db, rnd.id)
        code = confirmation_code(db.conn, rnd.vote_id, rnd.number)
    for pin in ((), ("--pin", "1357"), ("--pin", ""), ("--pin", "24680")):
        done = run_main("reopen", meeting, "--vote", 1, "--reason", "thử", *pin)
        assert done.returncode == 1 and "PIN" in done.stderr, (pin, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
    assert "Đã xác nhận" in run_main("votes", meeting).stdout
    assert run_main("verify", meeting, "--code", code).returncode == 0
    done = run_main("reopen", meeting, "--vote", 1, "--reason", "Ban kiểm phiếu nhập sai", "--pin", "2468")
    assert done.returncode == 0, done.stderr
    assert "Đã xác nhận" not in run_main("votes", meeting).stdout


# -- what is not a meeting file, through every command that writes ------------------------------------


@pytest.mark.parametrize("what", ["empty", "folder"])
@pytest.mark.parametrize(
    "command",
    [
        ("checkin", "1001"),
        ("ballot", "--vote", "1", "1"),
        ("sign", "Đà Nẵng"),
        ("next-year", "NEW"),
        ("votes",),
    ],
    ids=lambda c: c[0],
)
def test_an_empty_file_or_a_folder_named_like_a_meeting_is_refused_by_every_command(tmp_path, what, command):
    path = tmp_path / "hoi-nghi.thidua"
    if what == "empty":
        path.write_bytes(b"")
    else:
        path.mkdir()
    args = [str(tmp_path / "nam-sau.thidua") if a == "NEW" else a for a in command[1:]]
    done = run_main(command[0], path, *args)
    assert done.returncode == 1 and "Traceback" not in done.stderr and "ngoài dự kiến" not in done.stderr
    assert ("không phải là tệp hội nghị" if what == "empty" else "thư mục") in done.stderr, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # nothing written beside it
    assert path.is_dir() or path.read_bytes() == b""
