"""The meeting file as an attacker and an unlucky user treat it (issue "the meeting file is the
record"): copies taken mid-day, two processes on one file, a lock without fcntl, stale journals
beside a replaced file, planted triggers, forged chains against the printed code, older files
edited before migration, long paths, inputs to tally and verify that try to crash them."""

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core import journal, rowlog, schema, storage
from core.audit import confirmation_code, format_code, verify_file
from core.ballots import add_entry
from core.demo import write_demo
from core.errors import FileInUseError, MeetingFileError, UntrustedFileError
from core.people import list_people
from core.storage import MeetingFile
from core.votes import list_rounds, list_votes
from core.votes_result import confirm_round, reopen_round
from tests.processes import run_main

ROOT = Path(__file__).resolve().parents[2]
CHILD = ROOT / "bench" / "crash_child.py"
POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX-only")


@pytest.fixture
def meeting(tmp_path):
    path = tmp_path / "hoi-nghi.thidua"
    write_demo(path).close()
    return path


class Holder:
    """A real second process holding the file through the program's own code (bench/crash_child.py)."""

    def __init__(self, path: Path, python_prefix: str = ""):
        command = [sys.executable, str(CHILD), str(path)]
        if python_prefix:
            command = [sys.executable, "-c", python_prefix + _RUN_CHILD, str(CHILD), str(path)]
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            encoding="utf-8", cwd=ROOT,
        )  # fmt: skip
        line = self.process.stdout.readline().strip()
        assert line == "READY", line + self.process.stderr.read()

    def do(self, action: str) -> str:
        self.process.stdin.write(action + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL if sys.platform != "win32" else signal.SIGTERM)
        self.process.communicate()

    def stop(self) -> None:
        self.process.stdin.close()
        self.process.wait(30)
        self.process.stdout.close()
        self.process.stderr.close()


_RUN_CHILD = "\nimport runpy; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"


def checked_in_codes(db: MeetingFile) -> set[str]:
    return {
        r[0]
        for r in db.conn.execute(
            "SELECT code FROM person JOIN attendance ON attendance.person_id = person.id"
        )
    }


# -- a copy of the file alone -----------------------------------------------------------------


@POSIX_ONLY
def test_a_copy_taken_during_the_day_and_after_a_kill_holds_every_acknowledged_action(meeting, tmp_path):
    db = MeetingFile.open_read_only(meeting)
    codes = [p.code for p in list_people(db)][:12]
    db.close()
    holder = Holder(meeting)
    acknowledged = []
    for number, code in enumerate(codes[:8], start=1):
        assert holder.do(f"checkin {code}") == f"ACK checkin {code}"
        acknowledged.append(code)
        copy = tmp_path / f"usb-{number}.thidua"
        shutil.copyfile(meeting, copy)  # Explorer's copy of the file alone, while the program runs
        with MeetingFile.open(copy) as taken:
            assert checked_in_codes(taken) == set(acknowledged)
            assert verify_file(copy).ok
    holder.do(f"checkin {codes[8]}")
    acknowledged.append(codes[8])
    holder.kill()  # the laptop's program dies between two actions
    after_kill = tmp_path / "sau-su-co.thidua"
    shutil.copyfile(meeting, after_kill)
    with MeetingFile.open(after_kill) as taken:
        assert checked_in_codes(taken) == set(acknowledged)
    assert verify_file(after_kill).ok


# -- one writer -------------------------------------------------------------------------------


@POSIX_ONLY
def test_a_second_process_is_refused_writes_are_refused_and_reading_still_works(meeting, tmp_path):
    holder = Holder(meeting)
    try:
        with pytest.raises(FileInUseError) as caught:
            MeetingFile.open(meeting)
        assert "đang được mở để ghi bởi ThiDua" in str(caught.value)
        csv = tmp_path / "ds.csv"
        csv.write_text("Họ và tên,Vai trò,Đơn vị\nNguyễn Văn Mới,Đại biểu,Đà Nẵng\n", encoding="utf-8")
        done = run_main("import", meeting, "--delegates", csv)
        assert (
            done.returncode == 1 and "đang được mở để ghi" in done.stderr and "Traceback" not in done.stderr
        )
        assert holder.do("checkin 1001") == "ACK checkin 1001"  # the holder is not disturbed
        done = run_main("votes", meeting)
        assert done.returncode == 0, done.stderr
        done = run_main("verify", meeting)
        assert done.returncode == 0 and "nguyên vẹn" in done.stdout, done.stdout + done.stderr
        with MeetingFile.open_read_only(meeting) as viewer:
            assert "1001" in checked_in_codes(viewer)  # the holder's check-in, read from the file
    finally:
        holder.stop()
    with MeetingFile.open(meeting) as db:  # once the holder closed it, it opens for writing
        assert "1001" in checked_in_codes(db)


@POSIX_ONLY
def test_the_lock_needs_no_fcntl_and_a_killed_holder_never_blocks_the_file(meeting):
    """The lock is SQLite's own (fcntl locks on POSIX, LockFileEx on Windows, inside SQLite): the
    program never imports Python's fcntl, which Windows lacks; and the system frees the lock of a
    killed process at once: no stale lock, no PID check (os.kill(pid, 0) sends Ctrl+C on Windows)."""
    no_fcntl = "import sys; sys.modules['fcntl'] = None"
    holder = Holder(meeting, python_prefix=no_fcntl)
    try:
        opener = (
            f"{no_fcntl}\nfrom core.storage import MeetingFile\nfrom core.errors import FileInUseError\n"
            f"try:\n    MeetingFile.open({str(meeting)!r})\nexcept FileInUseError as e:\n    print('REFUSED', e)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", opener], capture_output=True, encoding="utf-8", cwd=ROOT, timeout=60
        )
        assert done.stdout.startswith("REFUSED"), done.stdout + done.stderr
    finally:
        holder.kill()
    started = time.perf_counter()
    MeetingFile.open(meeting).close()
    assert time.perf_counter() - started < 5


def test_two_windows_in_one_process_cannot_both_write(meeting):
    first = MeetingFile.open(meeting)
    try:
        with pytest.raises(FileInUseError):
            MeetingFile.open(meeting)
        first_count = len(list_people(first))
    finally:
        first.close()
    with MeetingFile.open(meeting) as again:
        assert len(list_people(again)) == first_count


# -- journals beside a replaced file ------------------------------------------------------------


def _sqlite_child(path: Path, statements: list[str], wal: bool) -> None:
    """A process that writes with plain SQLite and dies before tidying up (its journal stays)."""
    mode = "WAL" if wal else "DELETE"
    code = (
        "import sqlite3, os, sys\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        f"c.execute('PRAGMA journal_mode = {mode}')\n"
        "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "c.execute('PRAGMA cache_size = 2')\n"
        + "".join(f"c.execute({s!r})\n" for s in statements)
        + "sys.stdout.flush(); os._exit(0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, encoding="utf-8", timeout=60)
    assert done.returncode == 0, done.stderr


HALF_DONE = [  # dirty pages spill to the file before the change commits (cache of 2 pages)
    "UPDATE key_task SET content = content || 'y'",
    "UPDATE person SET position = position || ' (sửa dở)'",
]


def _wal_mode(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")  # what files of ThiDua 0.1 were
    conn.close()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


GROW = [  # 200 rows of 300 characters: many new pages, none an event wrote
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
    "INSERT INTO key_task (position, content) SELECT i, replace(hex(zeroblob(150)), '00', 'xx') FROM n"
]


@pytest.mark.parametrize("source", ["another meeting", "a later state of this meeting"])
def test_a_stale_wal_beside_a_replaced_file_is_set_aside_and_the_good_copy_kept(tmp_path, source):
    folder = tmp_path / "hop"
    folder.mkdir()
    path = folder / "hoi-nghi.thidua"
    write_demo(path).close()
    _wal_mode(path)
    good = tmp_path / "ban-tot.thidua"
    shutil.copyfile(path, good)  # the copy that will replace it
    if source == "another meeting":
        other = tmp_path / "khac" / "hoi-nghi.thidua"
        other.parent.mkdir()
        write_demo(other).close()
        _wal_mode(other)
        _sqlite_child(other, ["PRAGMA wal_checkpoint(TRUNCATE)", *GROW], wal=True)
        shutil.copyfile(Path(f"{other}-wal"), Path(f"{path}-wal"))
    else:
        _sqlite_child(path, [*GROW, "PRAGMA wal_checkpoint(TRUNCATE)", *GROW], wal=True)
        shutil.copyfile(good, path)  # the user puts the good copy back; the -wal stays beside it
    assert Path(f"{path}-wal").stat().st_size > 32
    before = _files(folder)

    report = verify_file(path)  # never writes, never merges
    assert report.ok, report.text()
    assert "không thuộc về tệp này" in " ".join(report.notes)
    assert _files(folder) == before
    done = run_main("verify", path)
    assert done.returncode == 0 and _files(folder) == before
    with MeetingFile.open_read_only(path) as viewer:
        assert len(list_people(viewer)) == 38
    assert _files(folder) == before

    with MeetingFile.open(path) as db:  # the writer sets it aside, keeps it, says so
        assert any("để riêng" in n for n in db.notices)
        assert db.conn.execute("SELECT COUNT(*) FROM key_task WHERE length(content) = 300").fetchone()[0] == 0
        assert len(list_people(db)) == 38
    kept = list(folder.glob("hoi-nghi.thidua-wal.khong-thuoc-tep-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == before["hoi-nghi.thidua-wal"]
    good_copy = sqlite3.connect(good)
    with MeetingFile.open_read_only(path) as reopened:
        assert (
            reopened.conn.execute("SELECT * FROM person").fetchall()
            == good_copy.execute("SELECT * FROM person").fetchall()
        )
        assert (
            reopened.audit_head()
            == good_copy.execute("SELECT hash FROM event ORDER BY seq DESC LIMIT 1").fetchone()[0]
        )
    good_copy.close()
    assert verify_file(path).ok


def test_a_stale_journal_beside_a_replaced_file_is_set_aside(tmp_path):
    folder = tmp_path / "hop"
    folder.mkdir()
    path = folder / "hoi-nghi.thidua"
    write_demo(path).close()
    other = tmp_path / "khac.thidua"
    write_demo(other).close()
    # Another file's process dies inside a big change: its hot journal stays beside it.
    _sqlite_child(other, [*GROW, "BEGIN", *HALF_DONE], wal=False)
    assert journal.pending(other)
    shutil.copyfile(Path(f"{other}-journal"), Path(f"{path}-journal"))
    before = _files(folder)
    assert verify_file(path).ok and _files(folder) == before
    with MeetingFile.open(path) as db:
        assert any("để riêng" in n for n in db.notices)
        assert not any("(sửa dở)" in p.position for p in list_people(db))
    assert list(folder.glob("hoi-nghi.thidua-journal.khong-thuoc-tep-*"))
    assert verify_file(path).ok


def test_a_journal_a_crash_left_is_the_files_own_and_is_applied(meeting):
    """A crash in the middle of an action: the journal belongs, SQLite undoes the half-written
    action, and the file opens sound with nothing set aside."""
    # A big meeting: a change spills pages before it commits.
    with MeetingFile.open(meeting) as db, db.transaction("test.grow") as conn:
        for statement in GROW:
            conn.execute(statement)
    _sqlite_child(meeting, ["BEGIN", *HALF_DONE], wal=False)
    assert journal.pending(meeting)
    assert verify_file(meeting).ok  # read with its journal, in memory
    with MeetingFile.open(meeting) as db:
        assert db.notices == []
        assert not any("(sửa dở)" in p.position for p in list_people(db))
    assert not journal.pending(meeting)
    assert not list(meeting.parent.glob("*khong-thuoc-tep*"))


# -- verify cannot be fooled --------------------------------------------------------------------


def _plant(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


RIG_BALLOTS = (
    "CREATE TRIGGER rig AFTER INSERT ON ballot_entry BEGIN "
    "UPDATE ballot_entry SET choices = '1' WHERE id = NEW.id; END"
)
RIG_RESULT = (
    "CREATE TRIGGER rig_result AFTER UPDATE OF result ON vote_round WHEN NEW.result IS NOT NULL BEGIN "
    "UPDATE vote_round SET result = replace(NEW.result, 'Khánh Hòa', 'Quảng Nam') WHERE id = NEW.id; END"
)


@pytest.mark.parametrize("trigger", [RIG_BALLOTS, RIG_RESULT, "CREATE VIEW extra AS SELECT 1"])
def test_a_planted_trigger_or_view_is_reported_and_the_program_refuses_to_write(meeting, trigger):
    _plant(meeting, trigger)
    report = verify_file(meeting)
    assert not report.ok and "không thuộc cấu trúc của ThiDua" in report.text()
    done = run_main("verify", meeting)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    before = meeting.read_bytes()
    with pytest.raises(UntrustedFileError) as caught:
        MeetingFile.open(meeting)
    assert "chỉ để xem" in str(caught.value)
    assert meeting.read_bytes() == before
    with MeetingFile.open_read_only(meeting) as viewer:  # looked at, printed, with the trigger gone
        assert any("không thuộc cấu trúc" in n for n in viewer.notices)
        assert (
            viewer.conn.execute(
                "SELECT COUNT(*) FROM sqlite_master WHERE type IN ('trigger', 'view')"
            ).fetchone()[0]
            == 0
        )


def _forge_ballot(path: Path, entry_id: int, choices: str, fix_details: bool) -> None:
    """A careful forger: change a ballot, its fingerprint in the event that wrote it, optionally
    the event's own words, and recompute every hash from there on."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE ballot_entry SET choices = ? WHERE id = ?", (choices, entry_id))
    row = conn.execute("SELECT * FROM ballot_entry WHERE id = ?", (entry_id,)).fetchone()
    fingerprint = rowlog.row_fingerprint("ballot_entry", row)
    events = conn.execute("SELECT seq, at, action, details, rows FROM event ORDER BY seq").fetchall()
    previous = storage.GENESIS_HASH
    for seq, at, action, details, rows in events:
        record = json.loads(rows) if rows else None
        touched = record and record.get("changes", {}).get("ballot_entry", {})
        if touched and json.dumps([entry_id]) in touched:
            touched[json.dumps([entry_id])] = fingerprint
            rows = rowlog.encode_record(record)
            if fix_details:
                words = json.loads(details)
                words["choices"] = choices
                details = json.dumps(words, ensure_ascii=False, sort_keys=True)
        new_hash = storage.event_hash(previous, seq, at, action, details, rows)
        conn.execute(
            "UPDATE event SET details = ?, rows = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            (details, rows, previous, new_hash, seq),
        )
        previous = new_hash
    conn.commit()
    conn.close()


@pytest.fixture
def confirmed(meeting):
    """A round with ballots, confirmed: its minutes print the confirmation code."""
    with MeetingFile.open(meeting) as db:
        vote = list_votes(db)[0]
        rnd = list_rounds(db, vote.id)[0]
        units = [c.unit_id for c in rnd.candidates]
        entries = [add_entry(db, rnd.id, units[:2]) for _ in range(5)]
        confirm_round(db, rnd.id)
        code = confirmation_code(db.conn, vote.id, rnd.number)
        assert code == confirmation_code(db.conn, vote.id, rnd.number)  # the same on every reprint
    return meeting, code, entries[0], units


def test_the_printed_code_is_80_bits_in_groups(confirmed):
    _meeting, code, _entry, _units = confirmed
    assert len(code) == 24 and [len(g) for g in code.split(" ")] == [4, 4, 4, 4, 4]


def test_a_forged_ballot_is_caught_by_the_events_words_or_by_the_printed_code(confirmed, tmp_path):
    meeting, code, entry, units = confirmed
    assert verify_file(meeting, code=code).ok
    half = tmp_path / "nua.thidua"
    shutil.copyfile(meeting, half)
    _forge_ballot(half, entry.id, str(units[2]), fix_details=False)
    report = verify_file(half)
    assert not report.ok and "khác với điều sự kiện" in report.text()  # the event still says the truth

    _forge_ballot(meeting, entry.id, str(units[2]), fix_details=True)  # a perfect forgery of the file
    report = verify_file(meeting, code=code)
    assert not report.ok and f"Mã {code} không có trong nhật ký" in report.text()
    done = run_main("verify", meeting, "--code", code.replace(" ", "-").lower())
    assert done.returncode == 1 and "không có trong nhật ký" in done.stdout


def test_verify_code_names_the_confirmation_it_belongs_to(confirmed):
    meeting, code, _entry, _units = confirmed
    done = run_main("verify", meeting, "--code", code)
    assert done.returncode == 0, done.stdout
    assert "là mã xác nhận kết quả vòng 1" in done.stdout and "vẫn đi qua mã" in done.stdout
    conn = sqlite3.connect(meeting)
    [first] = conn.execute("SELECT hash FROM event WHERE seq = 2").fetchone()
    conn.close()
    other = verify_file(meeting, code=format_code(first))
    assert not other.ok and "không phải của một lần xác nhận" in other.text()
    assert "không đúng dạng" in verify_file(meeting, code="12AB").text()


def test_a_code_of_a_round_reopened_since_is_no_longer_the_result(confirmed):
    """The paper's code still names a confirmation in the chain, but the round was reopened
    (and perhaps confirmed again, with a new code): the paper is not the result any more."""
    meeting, code, _entry, _units = confirmed
    with MeetingFile.open(meeting) as db:
        rnd = list_rounds(db, list_votes(db)[0].id)[0]
        reopen_round(db, rnd.id, "đếm lại")
        confirm_round(db, rnd.id)
        new_code = confirmation_code(db.conn, rnd.vote_id, rnd.number)
    report = verify_file(meeting, code=code)
    assert not report.ok and "không còn là kết quả hiện tại" in report.text()
    assert verify_file(meeting, code=new_code).ok


def test_the_code_of_an_election_round_checks_both_offices(tmp_path):
    from core.demo import write_demo
    from core.head_election import add_ballot, confirm_election_round, get_election, paper_round

    path = tmp_path / "bau.thidua"
    with write_demo(path) as db:
        election = get_election(db)
        pr = paper_round(db)
        head, deputy = pr.head_candidates[0].unit_id, pr.deputy_candidates[0].unit_id
        for _ in range(3):
            add_ballot(db, pr.number, head if not pr.approval else head, deputy)
        confirm_election_round(db)
        code = confirmation_code(db.conn, election.head_vote_id, pr.number)
    assert verify_file(path, code=code).ok, verify_file(path, code=code).text()
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE vote_round SET result = json_set(result, '$.elected', json('[]')) WHERE vote_id = ?",
        (election.deputy_vote_id,),
    )
    conn.commit()
    conn.close()
    assert not verify_file(path, code=code).ok


def test_an_older_file_edited_before_migration_is_not_migrated(meeting, monkeypatch):
    _plant(meeting, "UPDATE person SET position = 'Chủ tịch' WHERE id = 1")
    current = schema.latest_version()
    monkeypatch.setitem(schema.MIGRATIONS, current + 1, "ALTER TABLE person ADD COLUMN note TEXT")
    with pytest.raises(UntrustedFileError) as caught:
        MeetingFile.open(meeting)
    assert "không nâng cấp" in str(caught.value) and "Bảng person, dòng id=1" in str(caught.value)
    conn = sqlite3.connect(meeting)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current
    conn.close()
    assert not list(meeting.parent.glob("*.bak"))
    with MeetingFile.open_read_only(meeting) as viewer:  # looked at, migrated in memory only
        assert viewer.conn.execute("SELECT note FROM person WHERE id = 1").fetchone() == (None,)


def test_a_path_too_long_for_windows_says_so():
    long = Path("C:/" + "thu-muc-rat-dai/" * 20 + "hoi-nghi.thidua")
    message = storage.write_error_message(long, sqlite3.OperationalError("unable to open database file"))
    assert "quá giới hạn" in message and "chỉ đọc" not in message


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("/home/an/hoi nghi#1.thidua", "file:///home/an/hoi%20nghi%231.thidua"),
        ("/home/an/Hội nghị?.thidua", "file:///home/an/H%E1%BB%99i%20ngh%E1%BB%8B%3F.thidua"),
    ],
)
def test_sqlite_uris_escape_what_sqlite_would_read_as_query(path, uri):
    assert storage.sqlite_uri(Path(path)) == uri


def test_sqlite_uris_for_windows_drives_and_shares(monkeypatch):
    monkeypatch.setattr(storage.os.path, "abspath", lambda p: str(p))
    assert storage.sqlite_uri(Path("C:\\Users\\An\\hop.thidua")).startswith("file:///C:/Users/An/")
    assert storage.sqlite_uri(Path("\\\\may-chu\\chung\\hop.thidua"), mode="ro") == (
        "file:////may-chu/chung/hop.thidua?mode=ro"
    )


@pytest.mark.parametrize(
    "payload",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"candidates": ["A"], "places": 1, "ballots": [["A"]], "threshold": {"numerator": 1e400}}',
        '{"candidates": ["\\ud800"], "places": 1, "ballots": []}',
        '{"candidates": ["A"], "places": 99999999999999999999999999999, "ballots": []}',
    ],
)
def test_tally_prints_a_message_never_a_traceback(tmp_path, payload):
    poll = tmp_path / "poll.json"
    poll.write_text(payload, encoding="utf-8")
    done = run_main("tally", poll)
    assert "Traceback" not in done.stderr and done.returncode in (0, 1, 2), done.stderr[-2000:]


def test_verify_of_a_non_meeting_file_says_so(tmp_path):
    csv = tmp_path / "danh-sach.csv"
    csv.write_text("Họ và tên\nNguyễn Văn A\n", encoding="utf-8")
    done = run_main("verify", csv)
    assert done.returncode == 1 and "không phải là tệp hội nghị" in done.stdout
    assert "Traceback" not in done.stderr
    folder = tmp_path / "thu-muc.thidua"
    folder.mkdir()
    assert "thư mục" in run_main("verify", folder).stdout


def test_a_file_changed_while_being_read_is_read_again(meeting, monkeypatch):
    """Reading an image while another process commits: two reads must agree, else read again."""
    real, reads = journal._read, []

    def shaky(path):
        data = real(path)
        reads.append(path)
        if path == meeting and len(reads) == 1 and data:
            return data[:-4096] + bytes(4096)  # as if caught mid-write
        return data

    monkeypatch.setattr(journal, "_read", shaky)
    image = journal.snapshot(meeting)
    assert image.data == meeting.read_bytes() and len(reads) > 2


def test_damage_in_an_image_is_named_not_a_traceback(tmp_path):
    bad = tmp_path / "hong.thidua"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(20000))
    with pytest.raises(MeetingFileError):
        MeetingFile.open_read_only(bad)
    assert not verify_file(bad).ok


# -- checks that guard a write run inside its transaction ----------------------------------------


def test_the_checks_that_guard_a_ballot_and_a_confirmation_run_inside_their_transaction(meeting, monkeypatch):
    """The round's state when a ballot is added, and the ballots counted at confirmation, are read
    inside the transaction that writes: what is frozen is what the file holds at that instant."""
    from core import rounds, votes

    seen: list[tuple[str, bool]] = []
    real_round, real_entries = votes.get_round, rounds.current_entries

    def watched_round(db, round_id):
        seen.append(("state", db.conn.in_transaction))
        return real_round(db, round_id)

    def watched_entries(db, round_id, pass_no=1):
        seen.append(("count", db.conn.in_transaction))
        return real_entries(db, round_id, pass_no)

    monkeypatch.setattr(votes, "get_round", watched_round)  # the round engine finds a title's round so
    monkeypatch.setattr(rounds, "current_entries", watched_entries)  # and counts its ballots so
    with MeetingFile.open(meeting) as db:
        rnd = list_rounds(db, list_votes(db)[0].id)[0]
        add_entry(db, rnd.id, [rnd.candidates[0].unit_id])
        confirm_round(db, rnd.id)
        with pytest.raises(Exception, match="đã xác nhận"):
            add_entry(db, rnd.id, [rnd.candidates[0].unit_id])
        assert len(real_entries(db, rnd.id)) == 1
    assert ("state", True) in seen and ("count", True) in seen
    assert ("state", False) not in seen
