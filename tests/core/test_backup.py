"""Backups to a second folder: written, rotated, restored; a missing or full drive is a warning."""

import errno
import sqlite3

import pytest

from core import backup
from core.attendance import check_in
from core.audit import verify_file
from core.backup import backup_now, last_backup, list_backups, restore_backup, set_backup_folder
from core.demo import write_demo
from core.errors import MeetingFileError, ValidationError
from core.people import list_people


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


def test_backup_writes_a_complete_verifiable_copy(db, usb):
    set_backup_folder(db, usb)
    check_in(db, list_people(db)[0].id)
    result = backup_now(db, "Kết quả suy tôn")
    assert result.ok and result.path is not None
    assert result.path.parent == usb
    assert result.path.name.startswith("hoi-nghi-")
    assert "-ket-qua-suy-ton-" in result.path.name
    assert result.path.name.endswith(f"-{db.audit_head()[:8].upper()}.thidua")
    assert not list(usb.glob("*.partial"))
    report = verify_file(result.path)
    assert report.ok, report.text()
    assert report.head == db.audit_head()
    assert last_backup(db) == result
    # a self-contained file: no WAL beside it on the stick
    conn = sqlite3.connect(result.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_backups_rotate_keeping_the_newest(db, usb):
    set_backup_folder(db, usb, keep=3)
    written = [backup_now(db, f"lan {i}").path for i in range(5)]
    names = sorted(p.name for p in usb.iterdir())
    assert len(names) == 3
    assert sorted(p.name for p in written[-3:]) == names
    other = usb / "tai-lieu-khac.thidua"
    other.write_bytes(b"x")
    backup_now(db, "lan 6")
    assert other.exists()  # rotation only ever removes ThiDua's own backups of this meeting


def test_listing_parses_the_names(db, usb):
    set_backup_folder(db, usb)
    backup_now(db, "định kỳ")
    [info] = list_backups(usb, "hoi-nghi")
    assert info.reason == "dinh-ky"
    assert info.code == db.audit_head()[:8].upper()
    assert list_backups(usb, "khac") == []
    assert list_backups(usb / "khong-co") == []


def test_no_folder_chosen_is_a_warning(db):
    result = backup_now(db, "dinh ky")
    assert not result.ok and "Chưa chọn thư mục sao lưu" in result.warning


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

    monkeypatch.setattr(backup, "_copy", full)
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
    result = backup_now(db, "ket qua")
    assert not result.ok and "đã đầy" in result.warning, result.warning
    assert list(usb.iterdir()) == []


def test_a_read_only_drive_is_a_warning(db, usb, monkeypatch):
    set_backup_folder(db, usb)

    def refuse(*args, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(backup.sqlite3, "connect", refuse)
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
    assert backup.backup_folder(db) is None


def test_restore_makes_a_new_file_and_never_touches_the_open_one(db, usb):
    set_backup_folder(db, usb)
    first = list_people(db)[0]
    copy = backup_now(db, "truoc").path
    check_in(db, first.id)
    original_bytes = db.path.read_bytes()
    backup_bytes = copy.read_bytes()
    restored = restore_backup(copy, db.path)
    try:
        assert restored.path != db.path and restored.path.parent == db.path.parent
        assert "-khoi-phuc-" in restored.path.name
        assert restored.conn.execute("SELECT COUNT(*) FROM attendance").fetchone()[0] == 0
    finally:
        restored.close()
    assert db.conn.execute("SELECT COUNT(*) FROM attendance").fetchone()[0] == 1
    assert db.path.read_bytes() == original_bytes
    assert copy.read_bytes() == backup_bytes  # restoring reads the backup only
    again = restore_backup(copy, db.path)  # a second restore gets its own name
    again.close()
    assert len(list(db.path.parent.glob("*-khoi-phuc-*.thidua"))) == 2


def test_restoring_a_damaged_backup_gives_a_message_and_leaves_nothing(db, usb):
    bad = usb / "hoi-nghi-20191219-100000-x-ABCDEF12.thidua"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(MeetingFileError):
        restore_backup(bad, db.path)
    assert not list(db.path.parent.glob("*-khoi-phuc-*"))


def test_folder_and_copies_kept_are_one_action_checked_before_anything_changes(db, usb):
    events = db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]
    with pytest.raises(ValidationError, match="Số bản giữ lại"):
        set_backup_folder(db, usb, keep=0)
    assert backup.backup_folder(db) is None  # the folder was not set either
    assert db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0] == events
    set_backup_folder(db, usb, keep=3)
    assert (backup.backup_folder(db), backup.keep_count(db)) == (usb, 3)
    action, details = db.conn.execute(
        "SELECT action, details FROM event ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0] == events + 1
    assert action == "backup.folder" and '"keep": 3' in details
