"""The meeting file: opening, refusing, migrating, transactions and the audit chain."""

import json
import platform
import shutil
import sqlite3
from pathlib import Path

import pytest

from core import schema, storage
from core.audit import verify_db
from core.errors import FileInUseError, MeetingFileError
from core.model import Person, Role, Unit
from core.people import add_person, list_people
from core.storage import MeetingFile
from core.units import add_unit, list_units

NOTE_MIGRATION = "ALTER TABLE person ADD COLUMN note TEXT NOT NULL DEFAULT ''"


@pytest.fixture
def path(tmp_path):
    return tmp_path / "hoi-nghi.thidua"


@pytest.fixture
def db(path):
    db = MeetingFile.create(path)
    units = [
        add_unit(db, Unit(name, f"Ban Tổ chức Tỉnh ủy {name}"))
        for name in ("Khánh Hòa", "Quảng Nam", "Kon Tum")
    ]
    add_person(db, Person("Nguyễn Thị Ánh Tuyết", Role.HEAD, "Trưởng ban", units[0].id))
    add_person(db, Person("Lê Hoàng Nam", Role.DELEGATE, "Phó Trưởng ban", units[0].id))
    add_person(db, Person("Tán Văn Bảo", Role.GUEST, organization="Ban Tổ chức Trung ương"))
    yield db
    db.close()


@pytest.fixture
def closed_file(db, path):
    """A meeting file with 3 units and 3 people, closed so that its bytes are settled."""
    db.close()
    return path


def names(db):
    return [p.full_name for p in list_people(db)]


def event_count(db):
    return db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]


def sqlite_value(path, sql):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def columns(path, table):
    conn = sqlite3.connect(path)
    try:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def assert_refused_unchanged(path, *expected_words):
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(MeetingFileError) as caught:
        MeetingFile.open(path)
    message = str(caught.value)
    for word in expected_words:
        assert word in message
    if before is not None:
        assert path.read_bytes() == before
    return message


# -- create and open --------------------------------------------------------------


def test_create_then_open_roundtrip(closed_file):
    assert sqlite_value(closed_file, "PRAGMA application_id") == storage.APPLICATION_ID
    db = MeetingFile.open(closed_file)
    try:
        assert [u.short_name for u in list_units(db)] == ["Khánh Hòa", "Quảng Nam", "Kon Tum"]
        assert names(db) == ["Nguyễn Thị Ánh Tuyết", "Lê Hoàng Nam", "Tán Văn Bảo"]
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == storage.latest_version()
    finally:
        db.close()


def test_new_file_is_at_latest_version_and_empty(path):
    db = MeetingFile.create(path)
    try:
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == storage.latest_version()
        assert list_units(db) == []
        [(action, details)] = db.conn.execute("SELECT action, details FROM event").fetchall()
        assert action == "file.create" and len(json.loads(details)["file_id"]) == 32  # every copy shares it
    finally:
        db.close()


def test_pragmas_on_an_opened_file(closed_file):
    db = MeetingFile.open(closed_file)
    try:
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # the file alone is complete
        assert db.conn.execute("PRAGMA locking_mode").fetchone()[0] == "exclusive"  # one writer
        assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        db.close()


def test_create_refuses_an_existing_file(tmp_path):
    target = tmp_path / "co-san.thidua"
    target.write_bytes(b"do not touch")
    with pytest.raises(MeetingFileError, match="đã tồn tại"):
        MeetingFile.create(target)
    assert target.read_bytes() == b"do not touch"


def test_create_refuses_a_missing_folder(tmp_path):
    with pytest.raises(MeetingFileError, match="Không có thư mục"):
        MeetingFile.create(tmp_path / "khong-co" / "a.thidua")


# -- refusing what is not a meeting file --------------------------------------------


def test_open_missing_file(tmp_path):
    message = assert_refused_unchanged(tmp_path / "khong-co.thidua", "Không tìm thấy")
    assert "khong-co.thidua" in message
    assert not (tmp_path / "khong-co.thidua").exists()


def test_open_a_directory(tmp_path):
    folder = tmp_path / "thu-muc.thidua"
    folder.mkdir()
    assert_refused_unchanged(folder, "thư mục")
    assert list(folder.iterdir()) == []


def test_open_an_empty_file(tmp_path):
    empty = tmp_path / "rong.thidua"
    empty.write_bytes(b"")
    assert_refused_unchanged(empty, "không phải là tệp hội nghị ThiDua")
    assert empty.read_bytes() == b""


def test_open_random_bytes(tmp_path):
    garbage = tmp_path / "rac.thidua"
    garbage.write_bytes(bytes(range(256)) * 40)
    assert_refused_unchanged(garbage, "không phải là tệp hội nghị ThiDua")


@pytest.mark.parametrize("keep", [100, 4096, 0.5])
def test_open_a_truncated_meeting_file(closed_file, tmp_path, keep):
    data = closed_file.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else keep
    truncated = tmp_path / "cat-ngang.thidua"
    truncated.write_bytes(data[:cut])
    message = assert_refused_unchanged(truncated)
    assert "cat-ngang.thidua" in message
    assert "hỏng" in message
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("cat-ngang")) == [
        "cat-ngang.thidua"
    ]


def test_open_a_sqlite_database_of_another_program(tmp_path):
    other = tmp_path / "khac.thidua"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contact (name TEXT)")
    conn.execute("INSERT INTO contact VALUES ('Lê Văn Hải')")
    conn.commit()
    conn.close()
    assert_refused_unchanged(other, "SQLite", "không phải tệp hội nghị ThiDua")
    assert sqlite_value(other, "SELECT name FROM contact") == "Lê Văn Hải"


def test_open_a_file_from_a_newer_thidua(closed_file):
    conn = sqlite3.connect(closed_file)
    conn.execute(f"PRAGMA user_version = {storage.latest_version() + 5}")
    conn.close()
    message = assert_refused_unchanged(closed_file, "mới hơn")
    assert str(storage.latest_version() + 5) in message
    assert sqlite_value(closed_file, "PRAGMA user_version") == storage.latest_version() + 5


# -- migrations (tested by patching the table) --------------------------------------
# The patched migration is the one after the newest real one, so these tests keep
# working as real migrations are added; ``closed_file`` is at the current version.


@pytest.fixture
def current():
    return storage.latest_version()


def test_migration_upgrades_keeps_data_and_backs_up(closed_file, monkeypatch, current):
    monkeypatch.setitem(schema.MIGRATIONS, current + 1, NOTE_MIGRATION)
    db = MeetingFile.open(closed_file)
    try:
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == current + 1
        assert "note" in [row[1] for row in db.conn.execute("PRAGMA table_info(person)")]
        assert names(db) == ["Nguyễn Thị Ánh Tuyết", "Lê Hoàng Nam", "Tán Văn Bảo"]
        assert db.conn.execute("SELECT DISTINCT note FROM person").fetchall() == [("",)]
    finally:
        db.close()

    backup = closed_file.with_name(f"hoi-nghi.thidua.v{current}.bak")
    assert backup.is_file()
    assert sqlite_value(backup, "PRAGMA user_version") == current
    assert sqlite_value(backup, "PRAGMA application_id") == storage.APPLICATION_ID
    assert sqlite_value(backup, "SELECT COUNT(*) FROM person") == 3
    assert "note" not in columns(backup, "person")

    # Without the patched migration, the backup is an ordinary file of the current version.
    monkeypatch.delitem(schema.MIGRATIONS, current + 1)
    old = MeetingFile.open(backup)
    try:
        assert old.conn.execute("PRAGMA user_version").fetchone()[0] == current
        assert names(old) == ["Nguyễn Thị Ánh Tuyết", "Lê Hoàng Nam", "Tán Văn Bảo"]
    finally:
        old.close()


def test_migrated_file_opens_again_without_a_second_backup(closed_file, monkeypatch, current):
    monkeypatch.setitem(schema.MIGRATIONS, current + 1, NOTE_MIGRATION)
    MeetingFile.open(closed_file).close()
    MeetingFile.open(closed_file).close()
    backups = sorted(p.name for p in closed_file.parent.glob("*.bak"))
    assert backups == [f"hoi-nghi.thidua.v{current}.bak"]


def test_failing_migration_leaves_the_file_at_its_old_version(closed_file, monkeypatch, current):
    # The first statement would succeed; the second fails: both must be rolled back.
    broken = NOTE_MIGRATION + ";\nALTER TABLE no_such_table ADD COLUMN x"
    monkeypatch.setitem(schema.MIGRATIONS, current + 1, broken)
    with pytest.raises(MeetingFileError) as caught:
        MeetingFile.open(closed_file)
    assert "nâng cấp" in str(caught.value)
    assert "hoi-nghi.thidua" in str(caught.value)

    assert sqlite_value(closed_file, "PRAGMA user_version") == current
    assert "note" not in columns(closed_file, "person")

    monkeypatch.delitem(schema.MIGRATIONS, current + 1)
    db = MeetingFile.open(closed_file)
    try:
        assert names(db) == ["Nguyễn Thị Ánh Tuyết", "Lê Hoàng Nam", "Tán Văn Bảo"]
    finally:
        db.close()


def test_second_migration_attempt_keeps_the_first_backup(closed_file, monkeypatch, current):
    monkeypatch.setitem(schema.MIGRATIONS, current + 1, "ALTER TABLE no_such_table ADD COLUMN x")
    with pytest.raises(MeetingFileError):
        MeetingFile.open(closed_file)
    monkeypatch.setitem(schema.MIGRATIONS, current + 1, NOTE_MIGRATION)
    MeetingFile.open(closed_file).close()
    backups = sorted(p.name for p in closed_file.parent.glob("*.bak"))
    assert backups == [f"hoi-nghi.thidua.v{current}.2.bak", f"hoi-nghi.thidua.v{current}.bak"]


def test_a_version_1_file_is_upgraded_through_every_real_migration(tmp_path, monkeypatch, current):
    if current == 1:
        pytest.skip("there is no real migration after version 1 yet")
    path = tmp_path / "cu.thidua"
    with monkeypatch.context() as patch:  # ThiDua as it was when only migration 1 existed
        patch.setattr(schema, "MIGRATIONS", {1: schema.MIGRATIONS[1]})
        old = MeetingFile.create(path)
        unit = add_unit(old, Unit("Kon Tum", "Ban Tổ chức Tỉnh ủy Kon Tum"))
        with old.transaction("person.add") as conn:
            conn.execute(
                "INSERT INTO person (full_name, role, unit_id, code) VALUES ('A Lăng Thơm', 'head', ?, '1001')",
                (unit.id,),
            )
        old.close()
    assert sqlite_value(path, "PRAGMA user_version") == 1

    db = MeetingFile.open(path)
    try:
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == current
        assert names(db) == ["A Lăng Thơm"]
        assert [u.short_name for u in list_units(db)] == ["Kon Tum"]
        add_person(db, Person("Y Bình Êban", Role.DELEGATE, unit_id=unit.id))  # the new schema works
        assert names(db) == ["A Lăng Thơm", "Y Bình Êban"]
    finally:
        db.close()
    assert sqlite_value(path.with_name("cu.thidua.v1.bak"), "PRAGMA user_version") == 1


def test_failing_backup_before_migration_is_a_meeting_file_error(closed_file, monkeypatch, current):
    monkeypatch.setitem(schema.MIGRATIONS, current + 1, NOTE_MIGRATION)
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        if str(target).endswith(".bak"):
            raise sqlite3.OperationalError("database or disk is full")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(storage.sqlite3, "connect", connect)
    with pytest.raises(MeetingFileError, match="đầy"):
        MeetingFile.open(closed_file)


# -- transactions and the audit chain -----------------------------------------------


def test_exception_inside_a_transaction_writes_nothing(db):
    events, head = event_count(db), db.audit_head()
    with pytest.raises(RuntimeError, match="boom"), db.transaction("unit.add", {"x": 1}) as conn:
        conn.execute("INSERT INTO unit (short_name, full_title, position) VALUES ('Gia Lai', 'Ban', 4)")
        raise RuntimeError("boom")
    assert [u.short_name for u in list_units(db)] == ["Khánh Hòa", "Quảng Nam", "Kon Tum"]
    assert event_count(db) == events
    assert db.audit_head() == head


def test_sql_error_inside_a_transaction_is_a_meeting_file_error(db):
    events = event_count(db)
    with pytest.raises(MeetingFileError), db.transaction("bad") as conn:
        conn.execute("INSERT INTO unit (short_name, full_title, position) VALUES ('Gia Lai', 'Ban', 4)")
        conn.execute("INSERT INTO no_such_table VALUES (1)")
    assert len(list_units(db)) == 3
    assert event_count(db) == events


def test_transaction_commits_writes_with_one_event(db):
    events = event_count(db)
    with db.transaction("test.write", {"ghi chú": "Đắk Lắk"}) as conn:
        conn.execute("INSERT INTO unit (short_name, full_title, position) VALUES ('Gia Lai', 'Ban', 4)")
    assert len(list_units(db)) == 4
    assert event_count(db) == events + 1
    action, details = db.conn.execute(
        "SELECT action, details FROM event ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert action == "test.write"
    assert details == '{"ghi chú": "Đắk Lắk"}'


def test_nested_transactions_are_refused(db):
    with pytest.raises(RuntimeError), db.transaction("outer"), db.transaction("inner"):
        pass
    assert len(list_units(db)) == 3


def test_audit_chain_links_every_event(db):
    rows = db.conn.execute(
        "SELECT seq, at, action, details, prev_hash, hash, rows FROM event ORDER BY seq"
    ).fetchall()
    assert len(rows) == 7  # created, then three units and three people: one event per action
    assert [r[0] for r in rows] == [1, 2, 3, 4, 5, 6, 7]
    assert [r[2] for r in rows[:4]] == ["file.create"] + ["unit.add"] * 3
    assert all(r[2] for r in rows[4:])
    previous = storage.GENESIS_HASH
    for seq, at, action, details, prev_hash, hash_, rows_ in rows:
        assert prev_hash == previous
        assert hash_ == storage.event_hash(prev_hash, seq, at, action, details, rows_)
        assert len(hash_) == 64
        previous = hash_
    assert db.audit_head() == previous


def test_event_hash_depends_on_every_part():
    base = storage.event_hash("0" * 64, 1, "2019-12-19T08:00:00", "unit.add", "{}")
    assert base != storage.event_hash("1" * 64, 1, "2019-12-19T08:00:00", "unit.add", "{}")
    assert base != storage.event_hash("0" * 64, 2, "2019-12-19T08:00:00", "unit.add", "{}")
    assert base != storage.event_hash("0" * 64, 1, "2019-12-19T08:00:01", "unit.add", "{}")
    assert base != storage.event_hash("0" * 64, 1, "2019-12-19T08:00:00", "unit.delete", "{}")
    assert base != storage.event_hash("0" * 64, 1, "2019-12-19T08:00:00", "unit.add", '{"a": 1}')


def test_an_edit_behind_the_programs_back_breaks_the_chain(db):
    db.conn.execute("UPDATE event SET details = '{}' WHERE seq = 2")
    seq, at, action, details, prev_hash, hash_, rows_ = db.conn.execute(
        "SELECT seq, at, action, details, prev_hash, hash, rows FROM event WHERE seq = 2"
    ).fetchone()
    assert hash_ != storage.event_hash(prev_hash, seq, at, action, details, rows_)


# -- copies and write errors ------------------------------------------------------


def test_save_copy_opens_with_the_same_people(db, tmp_path):
    copy_path = tmp_path / "usb" / "ban-sao.thidua"
    copy_path.parent.mkdir()
    db.save_copy(copy_path)
    copy = MeetingFile.open(copy_path)
    try:
        assert list_people(copy) == list_people(db)
        assert list_units(copy) == list_units(db)
        assert copy.audit_head() == db.audit_head()
    finally:
        copy.close()


def test_save_copy_refuses_the_open_file_itself(db):
    with pytest.raises(MeetingFileError, match="tên khác"):
        db.save_copy(db.path)


def test_save_copy_into_a_missing_folder_gives_a_message(db, tmp_path):
    with pytest.raises(MeetingFileError) as caught:
        db.save_copy(tmp_path / "khong-co" / "ban-sao.thidua")
    assert "Không ghi được" in str(caught.value)


def test_a_write_to_a_file_opened_read_only_gives_its_reason_and_changes_nothing(db, path):
    read_only = MeetingFile.open_read_only(path, reason="Tệp đang được mở ở cửa sổ khác.")
    try:
        with pytest.raises(MeetingFileError) as caught:
            add_unit(read_only, Unit("Gia Lai", "Ban Tổ chức Tỉnh ủy Gia Lai"))
    finally:
        read_only.close()
    assert "Tệp đang được mở ở cửa sổ khác." in str(caught.value) and "Không ghi được" in str(caught.value)
    assert len(list_units(db)) == 3


def test_save_copy_to_a_read_only_place_gives_a_message(db, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(storage.sqlite3, "connect", refuse)
    with pytest.raises(MeetingFileError) as caught:
        db.save_copy(tmp_path / "ban-sao.thidua")
    assert "chỉ đọc" in str(caught.value)


def test_disk_full_gives_a_message(db, monkeypatch):
    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(storage.sqlite3, "connect", full)
    with pytest.raises(MeetingFileError, match="Ổ đĩa đã đầy"):
        db.save_copy(db.path.with_name("ban-sao.thidua"))


def test_a_plain_copy_of_the_open_file_holds_every_action(db, path, tmp_path):
    """What a transaction confirmed is in the file itself the moment it returns: the file alone,
    copied while the program still holds it (as the user guide says to do), is complete."""
    add_person(db, Person("Hồ Văn Sơn", Role.DELEGATE, unit_id=list_units(db)[1].id))
    copy = tmp_path / "usb" / "ban-sao.thidua"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)  # the .thidua alone, no journal beside it
    other = MeetingFile.open(copy)
    try:
        assert "Hồ Văn Sơn" in names(other)
        assert verify_db(other).ok
    finally:
        other.close()


# -- one writer -------------------------------------------------------------------------


def test_a_second_opener_is_told_who_holds_the_file_and_may_read(db, path):
    with pytest.raises(FileInUseError) as caught:
        MeetingFile.open(path)
    message = str(caught.value)
    assert platform.node() in message and "từ " in message and "chỉ để xem" in message
    viewer = MeetingFile.open_read_only(path)
    try:
        assert names(viewer) == names(db)
    finally:
        viewer.close()
    db.close()
    MeetingFile.open(path).close()  # once closed, it opens for writing again


def test_another_program_cannot_write_while_the_file_is_held(db, path):
    other = sqlite3.connect(path, timeout=0.1)
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("INSERT INTO unit (short_name, full_title, position) VALUES ('X', 'X', 9)")
    finally:
        other.close()
    assert len(list_units(db)) == 3


def test_a_file_another_program_writes_to_is_refused_with_a_message(closed_file, monkeypatch, current):
    monkeypatch.setitem(schema.MIGRATIONS, current + 1, NOTE_MIGRATION)
    other = sqlite3.connect(closed_file, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a database browser in the middle of a change
    try:
        with pytest.raises(FileInUseError) as caught:
            MeetingFile.open(closed_file)
    finally:
        other.close()
    assert "chương trình khác" in str(caught.value)
    assert sqlite_value(closed_file, "PRAGMA user_version") == current
    MeetingFile.open(closed_file).close()  # once the other program lets go, it migrates
    assert sqlite_value(closed_file, "PRAGMA user_version") == current + 1


def test_an_error_that_ended_the_transaction_itself_is_reported_not_hidden(db, monkeypatch):
    """Some I/O errors roll the transaction back inside SQLite: ROLLBACK must not replace them."""
    with pytest.raises(MeetingFileError, match="Ổ đĩa đã đầy"), db.transaction("unit.add") as conn:
        conn.execute("ROLLBACK")  # what SQLite does on such an error
        raise sqlite3.OperationalError("database or disk is full")
    assert not db.conn.in_transaction
    add_unit(db, Unit("Gia Lai", "Ban Tổ chức Tỉnh ủy Gia Lai"))  # the file still works
    assert len(list_units(db)) == 4


def test_a_failed_action_leaves_nothing_for_the_next_event_to_fingerprint(db):
    khanh_hoa = list_units(db)[0].id
    with pytest.raises(RuntimeError), db.transaction("unit.update") as conn:
        conn.execute("UPDATE unit SET full_title = 'x' WHERE id = ?", (khanh_hoa,))
        raise RuntimeError("boom")
    add_unit(db, Unit("Gia Lai", "Ban Tổ chức Tỉnh ủy Gia Lai"))
    rows = db.conn.execute("SELECT rows FROM event ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert list(json.loads(rows)["changes"]["unit"]) == ["[4]"]  # only the unit it added


def test_remove_meeting_file_removes_the_journals_too(tmp_path):
    path = tmp_path / "x.thidua"
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").write_bytes(b"x")
    (tmp_path / "y.thidua").write_bytes(b"y")
    storage.remove_meeting_file(path)
    storage.remove_meeting_file(path)  # nothing left: no error
    assert [p.name for p in tmp_path.iterdir()] == ["y.thidua"]
