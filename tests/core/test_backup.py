"""Backups: always somewhere, numbered whatever the clock says, found by the meeting's identity,
restored into a new file; a missing, full, busy or read-only drive is a warning, never an error."""

import errno
import os
import sqlite3
from datetime import datetime

import pytest

from core import backup, volumes
from core.attendance import check_in
from core.audit import verify_file
from core.backup import (
    backup_now,
    clock_warning,
    last_backup,
    list_backups,
    meeting_identity,
    reason_words,
    restore_backup,
    set_backup_folder,
)
from core.demo import write_demo
from core.errors import MeetingFileError, ValidationError
from core.people import list_people
from core.safety import PinRequired, set_pin
from core.storage import MeetingFile
from core.votes import list_rounds, list_votes
from core.votes_result import confirm_round


@pytest.fixture
def db(tmp_path):
    (tmp_path / "may").mkdir()
    db = write_demo(tmp_path / "may" / "hoi-nghi.thidua")
    yield db
    db.close()


@pytest.fixture
def usb(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_backup_writes_a_complete_verifiable_copy(db, usb):
    set_backup_folder(db, usb)
    check_in(db, list_people(db)[0].id)
    result = backup_now(db, "Kết quả suy tôn")
    assert result.ok and result.path is not None
    assert result.path.parent == usb
    assert result.path.name.startswith("hoi-nghi-0001-")
    assert "-ket-qua-suy-ton-" in result.path.name
    assert result.path.name.endswith(f"-{db.audit_head()[:8].upper()}.thidua")
    assert not list(usb.glob("*.partial"))
    report = verify_file(result.path)
    assert report.ok, report.text()
    assert report.head == db.audit_head()
    assert last_backup(db) == result
    conn = sqlite3.connect(result.path)  # a self-contained file: no journal needed beside it
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_without_a_chosen_folder_backups_go_to_the_user_data_folder(db):
    result = backup_now(db, "dinh ky")
    assert result.ok, result.warning
    assert result.path.parent == backup.default_folder()
    assert not result.other_drive  # the same disk as the meeting: the status bar says so in red


def test_a_copy_on_another_drive_says_so(db, usb, monkeypatch):
    set_backup_folder(db, usb)
    monkeypatch.setattr(backup, "on_other_drive", lambda folder, meeting: folder == usb)
    assert backup_now(db, "x").other_drive


def test_backups_rotate_keeping_the_newest(db, usb):
    set_backup_folder(db, usb, keep=3)
    written = [backup_now(db, f"lan {i}").path for i in range(5)]
    assert names(usb) == sorted(p.name for p in written[-3:])
    other = usb / "tai-lieu-khac.thidua"
    other.write_bytes(b"x")
    backup_now(db, "lan 6")
    assert other.exists()  # rotation only ever removes ThiDua's own backups of this meeting


def test_a_clock_reset_to_2000_never_deletes_the_new_copies(db, usb, monkeypatch):
    """An old laptop's clock at 2000-01-01: each new copy is numbered after the others, so it is
    kept as the newest, and the organizers are told the clock is wrong."""
    set_backup_folder(db, usb, keep=3)
    day = [backup_now(db, f"sang {i}").path for i in range(3)]

    class Y2K(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2000, 1, 1, 8, 0, 0)

    monkeypatch.setattr(backup, "datetime", Y2K)
    later = [backup_now(db, f"chieu {i}") for i in range(2)]
    assert all(r.ok for r in later)
    assert all(r.path.exists() for r in later)  # reported ok, and still there
    assert names(usb) == sorted([day[2].name, *(r.path.name for r in later)])
    assert [b.path for b in list_backups(usb)][:2] == [later[1].path, later[0].path]
    assert "sớm hơn thao tác cuối cùng" in clock_warning(db, now=datetime(2000, 1, 1))
    assert clock_warning(db, now=datetime(2099, 1, 1)) is None


def test_partial_copies_left_by_a_kill_are_swept(db, usb):
    set_backup_folder(db, usb)
    mine = usb / "hoi-nghi-0007-20191219-100000-dinh-ky-ABCDEF12.thidua.partial"
    mine.write_bytes(b"x" * 1000)
    others_fresh = usb / "hop-khac-0001-20191219-100000-dinh-ky-ABCDEF12.thidua.partial"
    others_fresh.write_bytes(b"x")
    others_old = usb / "hop-cu-0001-20191219-100000-dinh-ky-ABCDEF12.thidua.partial"
    others_old.write_bytes(b"x")
    os.utime(others_old, (0, 0))
    not_ours = usb / "ghi-chu.partial"
    not_ours.write_bytes(b"x")
    assert backup_now(db, "x").ok
    assert not mine.exists() and not others_old.exists()
    assert others_fresh.exists() and not_ours.exists()  # maybe another meeting's copy in progress


def test_a_file_held_for_a_moment_by_an_antivirus_is_tried_again(db, usb, monkeypatch):
    set_backup_folder(db, usb)
    real_replace, calls = os.replace, []

    def busy_twice(source, target):
        calls.append(target)
        if len(calls) <= 2:
            error = PermissionError(13, "The process cannot access the file")
            error.winerror = 32
            raise error
        real_replace(source, target)

    monkeypatch.setattr(backup.os, "replace", busy_twice)
    monkeypatch.setattr(backup.time, "sleep", lambda s: None)
    assert backup_now(db, "x").ok and len(calls) == 3


def test_a_file_held_too_long_says_why_and_leaves_no_partial(db, usb, monkeypatch):
    set_backup_folder(db, usb)

    def busy(source, target):
        error = PermissionError(13, "The process cannot access the file")
        error.winerror = 32
        raise error

    monkeypatch.setattr(backup.os, "replace", busy)
    monkeypatch.setattr(backup.time, "sleep", lambda s: None)
    result = backup_now(db, "x")
    assert not result.ok and "diệt virus" in result.warning and "chỉ đọc" not in result.warning
    assert list(usb.iterdir()) == []


def test_listing_finds_a_meetings_backups_by_its_identity_not_its_name(db, usb, tmp_path):
    set_backup_folder(db, usb)
    backup_now(db, "định kỳ")
    renamed = usb / "HOI-NGHI-0002-20191219-103000-thu-cong-ABCDEF12.thidua"
    backup_now(db, "x").path.rename(renamed)  # a copy renamed in Explorer, upper case
    other = write_demo(tmp_path / "khac.thidua")  # another meeting's backup in the same folder
    backup_now(other, "x", folder=usb)
    identity = meeting_identity(db.conn)
    infos = list_backups(usb, identity)
    assert {i.path for i in infos} == {renamed, *(p for p in usb.iterdir() if p.name.startswith("hoi-nghi-"))}
    assert infos[0].path == renamed  # number 2: the newest
    assert infos[-1].reason == "dinh-ky" and infos[-1].reason_words.startswith("tự động")
    assert meeting_identity(other.conn) != identity and len(list_backups(usb)) == 3
    other.close()
    assert list_backups(usb / "khong-co") == []


def test_reasons_are_words():
    assert reason_words("ket-qua-vong-2") == "sau khi xác nhận kết quả suy tôn vòng 2"
    assert reason_words("thu-cong").startswith("Sao lưu ngay")
    assert "cụm trưởng" in reason_words("bau-cum-truong-vong-1")


def test_a_removed_usb_stick_is_a_warning_not_an_error(db, usb):
    set_backup_folder(db, usb)
    usb.rmdir()
    result = backup_now(db, "ket qua")
    assert not result.ok
    assert "ổ USB đã rút ra" in result.warning


def test_a_full_drive_is_a_warning_and_leaves_no_partial_copy(db, usb, monkeypatch):
    set_backup_folder(db, usb)

    def full(source, target):
        target.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "write_copy", full)
    result = backup_now(db, "ket qua")
    assert not result.ok and "đã đầy" in result.warning
    assert list(usb.iterdir()) == []


def test_a_full_drive_reported_by_sqlite(db, usb, monkeypatch):
    set_backup_folder(db, usb)
    real_connect = sqlite3.connect

    def small(target, *args, **kwargs):
        conn = real_connect(target, *args, **kwargs)
        conn.execute("PRAGMA max_page_count = 2")  # what a full stick looks like to SQLite
        return conn

    monkeypatch.setattr(backup.sqlite3, "connect", small)
    monkeypatch.setattr("core.storage.sqlite3.connect", small)
    result = backup_now(db, "ket qua")
    assert not result.ok and "đã đầy" in result.warning, result.warning
    assert list(usb.iterdir()) == []


def test_a_read_only_drive_is_a_warning(db, usb, monkeypatch):
    set_backup_folder(db, usb)

    def refuse(*args, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr("core.storage.sqlite3.connect", refuse)
    result = backup_now(db, "ket qua")
    assert not result.ok and "chỉ đọc" in result.warning


def test_backup_inside_a_transaction_is_a_programming_error(db, usb):
    with pytest.raises(RuntimeError), db.transaction("test"):
        backup_now(db, "x", folder=usb)


def test_the_folder_must_exist_and_not_be_the_meeting_folder(db, usb, tmp_path):
    with pytest.raises(ValidationError, match="Thư mục sao lưu"):
        set_backup_folder(db, tmp_path / "khong-co")
    with pytest.raises(ValidationError, match="ổ khác"):
        set_backup_folder(db, db.path.parent)
    set_backup_folder(db, usb)
    set_backup_folder(db, None)
    assert backup.chosen_folder(db) is None and backup.backup_folder(db) == backup.default_folder()


def test_a_stick_that_comes_back_under_another_letter_is_found_by_its_label(tmp_path, monkeypatch):
    old = tmp_path / "E" / "SaoLuu" / "HoiNghi"
    now = tmp_path / "F"
    (now / "SaoLuu" / "HoiNghi").mkdir(parents=True)
    monkeypatch.setattr(volumes, "volume_roots", lambda: [("DATA", tmp_path / "C"), ("BTC-USB", now)])
    assert (
        volumes.find_moved_folder(volumes.Path("E:\\SaoLuu\\HoiNghi"), "BTC-USB")
        == now / "SaoLuu" / "HoiNghi"
    )
    assert volumes.find_moved_folder(volumes.Path("/media/an/BTC-USB/SaoLuu/HoiNghi"), "BTC-USB") == (
        now / "SaoLuu" / "HoiNghi"
    )
    assert volumes.find_moved_folder(old, "KHAC") is None


def test_restore_makes_a_new_file_logs_it_and_never_touches_the_open_one(db, usb):
    set_backup_folder(db, usb)
    first = list_people(db)[0]
    copy = backup_now(db, "truoc").path
    check_in(db, first.id)
    backup_bytes = copy.read_bytes()
    restored = restore_backup(copy, db)
    try:
        assert restored.path != db.path and restored.path.parent == db.path.parent
        assert "-khoi-phuc-" in restored.path.name
        assert restored.conn.execute("SELECT COUNT(*) FROM attendance").fetchone()[0] == 0
        action, details = restored.conn.execute(
            "SELECT action, details FROM event ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        assert action == "file.restore" and copy.name in details and "hoi-nghi.thidua" in details
        assert meeting_identity(restored.conn) == meeting_identity(db.conn)  # its backups are found
    finally:
        restored.close()
    assert db.conn.execute("SELECT COUNT(*) FROM attendance").fetchone()[0] == 1
    last = db.conn.execute("SELECT action, details FROM event ORDER BY seq DESC LIMIT 1").fetchone()
    assert last[0] == "backup.restore" and copy.name in last[1]
    assert copy.read_bytes() == backup_bytes  # restoring reads the backup only
    again = restore_backup(copy, db)  # a second restore gets its own name
    again.close()
    assert len(list(db.path.parent.glob("*-khoi-phuc-*.thidua"))) == 2


def test_restoring_a_copy_older_than_a_confirmed_result_needs_the_pin(db, usb):
    set_backup_folder(db, usb)
    copy = backup_now(db, "truoc khi xac nhan").path
    vote = list_votes(db)[0]
    rnd = list_rounds(db, vote.id)[0]
    from core.ballots import add_entry

    add_entry(db, rnd.id, [rnd.candidates[0].unit_id])
    confirm_round(db, rnd.id)
    set_pin(db, "2468")
    events = db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]
    with pytest.raises(PinRequired):
        restore_backup(copy, db)
    with pytest.raises(PinRequired):
        restore_backup(copy, db, pin="0000")
    assert not list(db.path.parent.glob("*-khoi-phuc-*"))
    assert db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0] == events
    restored = restore_backup(copy, db, pin="2468")
    restored.close()
    details = db.conn.execute("SELECT details FROM event ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert '"undone_confirmations": 1' in details


def test_restoring_a_damaged_backup_gives_a_message_and_leaves_nothing(db, usb):
    bad = usb / "hoi-nghi-20191219-100000-x-ABCDEF12.thidua"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(MeetingFileError):
        restore_backup(bad, db)
    assert not list(db.path.parent.glob("*-khoi-phuc-*"))


def test_folder_and_copies_kept_are_one_action_checked_before_anything_changes(db, usb):
    events = db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]
    with pytest.raises(ValidationError, match="Số bản giữ lại"):
        set_backup_folder(db, usb, keep=0)
    assert backup.chosen_folder(db) is None  # the folder was not set either
    assert db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0] == events
    set_backup_folder(db, usb, keep=3, volume="BTC-USB")
    assert (backup.backup_folder(db), backup.keep_count(db)) == (usb, 3)
    action, details = db.conn.execute(
        "SELECT action, details FROM event ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0] == events + 1
    assert action == "backup.folder" and '"keep": 3' in details and "BTC-USB" in details


def test_a_backup_is_complete_even_if_the_program_is_killed_after(db, usb):
    """The copy is fsynced and renamed only when complete: it opens on its own."""
    set_backup_folder(db, usb)
    path = backup_now(db, "x").path
    copy = MeetingFile.open(path)
    copy.close()
