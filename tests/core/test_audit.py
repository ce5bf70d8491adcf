"""verify: the database, the chain, and rows changed behind the program's back (sqlite3 edits)."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core import rowlog, schema, storage
from core.attendance import check_in, undo_check_in
from core.audit import short_code, verify_db, verify_file
from core.demo import write_demo
from core.model import Person, Role
from core.people import add_person, delete_person, list_people, update_person
from core.storage import MeetingFile
from tests.processes import TEXT, child_env

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "hoi-nghi.thidua"
    db = write_demo(path)
    people = list_people(db)
    for person in people[:5]:
        check_in(db, person.id)
    undo_check_in(db, people[4].id)
    db.close()
    return path


def edit(path, *statements):
    """What someone with a database browser does: plain SQL, no ThiDua."""
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def run_verify(path):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "verify", str(path)],
        capture_output=True, **TEXT, cwd=ROOT, timeout=60, env=child_env(),
    )  # fmt: skip


def test_an_untouched_file_verifies(demo_path):
    report = verify_file(demo_path)
    assert report.ok, report.text()
    conn = sqlite3.connect(demo_path)
    assert report.events == conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]
    conn.close()
    assert report.rows > 40
    assert "nguyên vẹn" in report.text()


def test_cli_verify_intact_exits_0(demo_path):
    done = run_verify(demo_path)
    assert done.returncode == 0, done.stderr
    assert "nguyên vẹn" in done.stdout
    assert "Mã nhật ký" in done.stdout


def test_verify_does_not_change_the_file(demo_path):
    before = demo_path.read_bytes()
    verify_file(demo_path)
    run_verify(demo_path)
    assert demo_path.read_bytes() == before


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("UPDATE person SET full_name = 'Kẻ Giả Mạo' WHERE id = 3", ["Bảng person, dòng id=3", "đã bị sửa", "Kẻ Giả Mạo"]),
        ("DELETE FROM attendance WHERE person_id = 2", ["Bảng attendance, dòng person_id=2", "đã bị xóa"]),
        ("INSERT INTO attendance (person_id, checked_in_at) VALUES (30, '2019-12-19T08:00:00')",
         ["Bảng attendance, dòng person_id=30", "đã được thêm"]),
        ("INSERT INTO person (full_name, role, code) VALUES ('Người Lạ', 'guest', '9999')",
         ["Bảng person", "Người Lạ", "đã được thêm"]),
        ("UPDATE event SET details = '{}' WHERE seq = 4", ["Sự kiện #4", "mã băm không khớp"]),
        ("DELETE FROM event WHERE seq = 7", ["Thiếu sự kiện #7", "Sự kiện #8", "không nối"]),
        ("DELETE FROM event WHERE seq = (SELECT MAX(seq) FROM event)", ["Bảng attendance, dòng person_id=5"]),
        ("UPDATE meeting SET venue = 'Hà Nội'", ["Bảng meeting, dòng id=1", "đã bị sửa"]),
        ("UPDATE event SET rows = NULL WHERE seq = (SELECT MAX(seq) FROM event) - 1", ["thiếu dấu vân"]),
        ("UPDATE unit SET position = position", []),  # a no-op edit changes nothing
    ],
)  # fmt: skip
def test_edits_behind_the_programs_back_are_found(demo_path, sql, expected):
    edit(demo_path, sql)
    report = verify_file(demo_path)
    text = report.text()
    if not expected:
        assert report.ok, text
        return
    assert not report.ok
    for part in expected:
        assert part in text, text
    done = run_verify(demo_path)
    assert done.returncode == 1
    assert "KHÔNG nguyên vẹn" in done.stdout
    assert "Traceback" not in done.stderr


def test_the_last_event_removed_changes_the_code(demo_path):
    head = verify_file(demo_path).head
    edit(demo_path, "DELETE FROM event WHERE seq = (SELECT MAX(seq) FROM event)")
    report = verify_file(demo_path)
    assert short_code(report.head) != short_code(head)  # the code printed on the minutes differs


def test_a_rebuilt_chain_still_does_not_cover_an_edited_row(demo_path):
    """Recomputing every hash after an edit (a careful forger) still leaves the row unexplained."""
    edit(demo_path, "UPDATE person SET position = 'Chủ tịch' WHERE id = 1")
    report = verify_file(demo_path)
    assert "Bảng person, dòng id=1" in report.text()


def test_verify_the_open_file(demo_path):
    db = MeetingFile.open(demo_path)
    try:
        add_person(db, Person("Hồ Văn Sơn", Role.DELEGATE, unit_id=1))
        person = list_people(db)[0]
        person.position = "Phó Trưởng ban"
        update_person(db, person)
        delete_person(db, list_people(db)[-1].id)
        report = verify_db(db)
        assert report.ok, report.text()
        db.conn.execute("UPDATE unit SET full_title = 'x' WHERE id = 2")  # autocommit, no event
        db._rows.forget()  # as if another program had done it
        assert "Bảng unit, dòng id=2" in verify_db(db).text()
    finally:
        db.close()


def test_a_write_outside_a_transaction_is_covered_by_the_next_event(demo_path):
    db = MeetingFile.open(demo_path)
    try:
        db.conn.execute("UPDATE unit SET full_title = 'x' WHERE id = 2")  # a bug, not a forger
        with db.transaction("test.next"):
            pass
        assert verify_db(db).ok
    finally:
        db.close()


def test_a_file_migrated_from_before_row_tracking_verifies(tmp_path, monkeypatch):
    path = tmp_path / "cu.thidua"
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", {v: schema.MIGRATIONS[v] for v in schema.MIGRATIONS if v < 6})
        old = MeetingFile.create(path)
        assert old._rows is None
        with old.transaction("person.add", {"name": "A Lăng Thơm"}) as conn:  # as ThiDua 0.1 wrote it
            conn.execute(
                "INSERT INTO person (full_name, role, organization, code) VALUES ('A Lăng Thơm', 'guest', 'Kon Tum', '1001')"
            )
        old.close()
    report = verify_file(path)
    assert report.ok and "chưa ghi dấu vân" in report.text()  # old files: the chain only

    db = MeetingFile.open(path)  # migrates: a snapshot event fingerprints every row
    try:
        last = db.conn.execute("SELECT action, rows FROM event ORDER BY seq DESC LIMIT 1").fetchone()
        assert last[0] == "file.migrate" and '"snapshot"' in last[1]
        add_person(db, Person("Y Bình Êban", Role.GUEST, organization="Đắk Lắk"))
    finally:
        db.close()
    report = verify_file(path)
    assert report.ok, report.text()
    assert report.events == 4  # created, a person, migrated, a person
    edit(path, "UPDATE person SET full_name = 'X' WHERE id = 1")
    assert "Bảng person, dòng id=1" in verify_file(path).text()


def test_a_later_migration_that_adds_a_column_keeps_the_file_verifiable(demo_path, monkeypatch):
    monkeypatch.setitem(schema.MIGRATIONS, storage.latest_version() + 1,
                        "ALTER TABLE person ADD COLUMN note TEXT NOT NULL DEFAULT ''")  # fmt: skip
    MeetingFile.open(demo_path).close()
    report = verify_file(demo_path)
    assert report.ok, report.text()


def test_cascades_and_replacements_are_tracked(tmp_path):
    db = MeetingFile.create(tmp_path / "a.thidua")
    try:
        with db.transaction("test.setup") as conn:
            conn.execute("INSERT INTO unit (id, short_name, full_title, position) VALUES (1, 'A', 'A', 1)")
            conn.execute("INSERT INTO setting (key, value) VALUES ('a', '1')")
        with db.transaction("test.replace") as conn:
            conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('a', '2')")
            conn.execute(
                "INSERT OR REPLACE INTO unit (id, short_name, full_title, position) VALUES (2, 'A', 'B', 1)"
            )
        assert verify_db(db).ok, verify_db(db).text()
    finally:
        db.close()


def test_row_fingerprints_cover_every_column_and_the_table():
    assert rowlog.row_fingerprint("person", (1, "A")) != rowlog.row_fingerprint("person", (1, "B"))
    assert rowlog.row_fingerprint("person", (1, "A")) != rowlog.row_fingerprint("unit", (1, "A"))
    assert rowlog.row_fingerprint("t", (1, None)) != rowlog.row_fingerprint("t", (1, ""))
    assert rowlog.row_fingerprint("t", (b"\x00",)) != rowlog.row_fingerprint("t", ("00",))


def test_verify_a_damaged_or_foreign_file(tmp_path):
    garbage = tmp_path / "rac.thidua"
    garbage.write_bytes(b"not a meeting file at all" * 100)
    report = verify_file(garbage)
    assert not report.ok and "không phải là tệp hội nghị" in report.text()
    done = run_verify(garbage)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    done = run_verify(tmp_path / "khong-co.thidua")
    assert done.returncode == 1 and "Không tìm thấy" in done.stdout


@pytest.mark.parametrize("key", ["khong phai json", "5", '{"id": 1}', "[1"])
def test_a_forged_event_with_a_strange_row_key_is_reported_not_a_crash(demo_path, key):
    """A forger may recompute every hash: whatever the record holds, verify reports, never crashes."""
    conn = sqlite3.connect(demo_path)
    seq, prev = conn.execute("SELECT seq, hash FROM event ORDER BY seq DESC LIMIT 1").fetchone()
    rows = rowlog.encode_record({"changes": {"unit": {key: "0" * 32}}})
    at, details = "2019-12-19T10:00:00", "{}"
    forged = storage.event_hash(prev, seq + 1, at, "unit.update", details, rows)
    conn.execute(
        "INSERT INTO event (seq, at, action, details, prev_hash, hash, rows) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq + 1, at, "unit.update", details, prev, forged, rows),
    )
    conn.commit()
    conn.close()
    report = verify_file(demo_path)
    assert not report.ok
    assert f"Bảng unit, dòng {key}" in report.text()
    done = run_verify(demo_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
