"""Damaged meeting files: a clear Vietnamese message, no traceback, the original bytes untouched.

Each kind of damage is opened by the program (MeetingFile.open), by the CLI in a real
subprocess (``verify`` and ``print``), and the file's bytes are compared before and after.
"""

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core import storage
from core.audit import verify_file
from core.demo import write_demo
from core.documents.catalog import render
from core.errors import MeetingFileError, ReadOnlyLocationError, ThiDuaError
from core.model import Person, Role, Unit
from core.people import add_people, list_people
from core.storage import MeetingFile
from core.units import add_unit
from tests.processes import TEXT, child_env

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    path = tmp_path_factory.mktemp("goc") / "hoi-nghi.thidua"
    write_demo(path).close()
    return path


@pytest.fixture
def meeting(pristine, tmp_path):
    path = tmp_path / "hoi-nghi.thidua"
    shutil.copyfile(pristine, path)
    return path


def truncate_half(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def truncate_to_header(path):
    path.write_bytes(path.read_bytes()[:100])


def zero_everything(path):
    path.write_bytes(b"\x00" * path.stat().st_size)


def zero_a_middle_page(path):
    data = bytearray(path.read_bytes())
    start = PAGE * (len(data) // PAGE // 2)
    data[start : start + PAGE] = b"\x00" * PAGE
    path.write_bytes(bytes(data))


def random_bytes(path):
    path.write_bytes(random.Random(1).randbytes(path.stat().st_size))


def random_pages_after_the_header(path):
    data = bytearray(path.read_bytes())
    rng = random.Random(2)
    for page in range(1, len(data) // PAGE):
        data[page * PAGE : (page + 1) * PAGE] = rng.randbytes(PAGE)
    path.write_bytes(bytes(data))


def from_a_newer_version(path):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {storage.latest_version() + 1}")
    conn.commit()
    conn.close()


def empty_file(path):
    path.write_bytes(b"")


DAMAGE = {
    "cắt còn một nửa": (truncate_half, ""),
    "chỉ còn phần đầu": (truncate_to_header, ""),
    "toàn số 0": (zero_everything, "không phải là tệp hội nghị"),
    "một trang số 0": (zero_a_middle_page, ""),
    "byte ngẫu nhiên": (random_bytes, "không phải là tệp hội nghị"),
    "các trang ngẫu nhiên": (random_pages_after_the_header, ""),
    "phiên bản mới hơn": (from_a_newer_version, "mới hơn"),
    "tệp rỗng": (empty_file, "không phải là tệp hội nghị"),
}


def run_cli(*args):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True, **TEXT, cwd=ROOT, timeout=120, env=child_env(),
    )  # fmt: skip


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_a_damaged_file_is_refused_with_a_message_and_left_untouched(meeting, kind):
    damage, expected = DAMAGE[kind]
    damage(meeting)
    before = meeting.read_bytes()
    with pytest.raises(MeetingFileError) as caught:
        MeetingFile.open(meeting)
    message = str(caught.value)
    assert meeting.name in message or str(meeting) in message
    assert expected in message
    assert meeting.read_bytes() == before
    assert not verify_file(meeting).ok
    assert meeting.read_bytes() == before


@pytest.mark.parametrize(
    "kind", ["cắt còn một nửa", "byte ngẫu nhiên", "phiên bản mới hơn", "một trang số 0"]
)
def test_the_cli_reports_damage_without_a_traceback(meeting, kind, tmp_path):
    damage, _ = DAMAGE[kind]
    damage(meeting)
    before = meeting.read_bytes()
    for args in (("verify", meeting), ("print", meeting, "attendance", "-o", tmp_path / "ds.pdf")):
        done = run_cli(*args)
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
        assert "Lỗi:" in done.stderr
    assert meeting.read_bytes() == before
    assert not (tmp_path / "ds.pdf").exists()
    leftovers = {p.name for p in meeting.parent.iterdir()} - {meeting.name}
    assert not {n for n in leftovers if n.startswith(meeting.name)}, leftovers


def test_a_read_only_file_opens_read_only_and_verifies(meeting, monkeypatch, tmp_path):
    """Read-only media (a CD, a locked card). As root, chmod does not stop a write, so SQLite is
    made to open the file read-only: opening for writing says so and changes nothing; the file
    can still be looked at, printed and verified."""
    before = meeting.read_bytes()
    real_connect = sqlite3.connect

    def read_only(path, *args, **kwargs):
        return real_connect(storage.sqlite_uri(Path(path), mode="ro"), uri=True, isolation_level=None)

    monkeypatch.setattr(storage, "_connect", read_only)
    with pytest.raises(ReadOnlyLocationError, match="chỉ đọc") as caught:
        MeetingFile.open(meeting)
    assert "chỉ để xem" in str(caught.value)
    assert meeting.read_bytes() == before
    assert not storage.owner.owner_path(meeting).exists()
    viewer = MeetingFile.open_read_only(meeting)
    try:
        assert render(viewer, "attendance").startswith(b"%PDF")
    finally:
        viewer.close()
    assert verify_file(meeting).ok
    assert meeting.read_bytes() == before


# chmod is POSIX: on Windows it only sets a file's read-only attribute and does nothing to a
# folder. test_a_read_only_folder_is_a_message and the read-only connection above check the
# same messages on every platform.
posix_permissions = pytest.mark.skipif(
    sys.platform == "win32", reason="chmod permissions are POSIX (Windows: a read-only attribute only)"
)
not_as_root = pytest.mark.skipif(
    sys.platform != "win32" and os.geteuid() == 0, reason="root ignores file and folder permissions"
)


@posix_permissions
@not_as_root
def test_a_chmod_read_only_file_is_a_message(meeting):
    before = meeting.read_bytes()
    meeting.chmod(0o444)
    try:
        try:
            db = MeetingFile.open(meeting)
        except MeetingFileError as error:
            assert "chỉ đọc" in str(error) or "Không" in str(error)
        else:
            try:
                with pytest.raises(MeetingFileError, match="chỉ đọc"):
                    add_unit(db, Unit("Thử Nghiệm", "Ban Tổ chức Thử Nghiệm"))
            finally:
                db.close()
    finally:
        meeting.chmod(0o644)
    assert meeting.read_bytes() == before


@posix_permissions
@not_as_root
def test_a_chmod_read_only_folder_is_a_message(meeting):
    before = meeting.read_bytes()
    meeting.parent.chmod(0o555)
    try:
        with pytest.raises(ThiDuaError):
            db = MeetingFile.open(meeting)
            try:
                add_unit(db, Unit("Thử Nghiệm", "Ban Tổ chức Thử Nghiệm"))
            finally:
                db.close()
        with pytest.raises(MeetingFileError):
            MeetingFile.create(meeting.parent / "moi.thidua")
    finally:
        meeting.parent.chmod(0o755)
    assert meeting.read_bytes() == before


def test_a_read_only_folder_is_a_message(meeting, monkeypatch):
    """SQLite cannot create its WAL beside the file: what a read-only folder looks like (as root)."""

    def refuse(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(storage.sqlite3, "connect", refuse)
    with pytest.raises(MeetingFileError, match="chỉ đọc"):
        MeetingFile.open(meeting)
    with pytest.raises(MeetingFileError, match="chỉ đọc"):
        MeetingFile.create(meeting.parent / "moi.thidua")
    assert not (meeting.parent / "moi.thidua").exists()


def test_a_full_disk_refuses_the_action_and_keeps_the_file_sound(meeting):
    db = MeetingFile.open(meeting)
    try:
        count = len(list_people(db))
        pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
        db.conn.execute(f"PRAGMA max_page_count = {pages}")  # no room to grow: a full disk to SQLite
        many = [Person(f"Nguyễn Văn Số {i:04d}", Role.GUEST, organization="Khách") for i in range(2000)]
        with pytest.raises(MeetingFileError, match="Ổ đĩa đã đầy"):
            add_people(db, many)
        assert len(list_people(db)) == count  # nothing half-imported
        db.conn.execute("PRAGMA max_page_count = 1073741823")
        add_people(db, many[:3])  # room again: the program goes on
        assert len(list_people(db)) == count + 3
    finally:
        db.close()
    report = verify_file(meeting)
    assert report.ok, report.text()


def test_a_full_disk_during_import_via_the_cli_is_a_message(meeting, tmp_path):
    """The CLI in a subprocess, on a file system that SQLite sees as full."""
    csv = tmp_path / "ds.csv"
    csv.write_text("Họ và tên,Vai trò,Đơn vị\n" + "".join(f"Khách {i},Khách mời,Sở {i}\n" for i in range(3000)),
                   encoding="utf-8")  # fmt: skip
    script = (
        "import sys, sqlite3; from core import storage; real = sqlite3.connect\n"
        "def small(*a, **k):\n"
        "    c = real(*a, **k); c.execute('PRAGMA max_page_count = ' + str(c.execute('PRAGMA page_count').fetchone()[0] + 2)); return c\n"
        "storage.sqlite3 = type('M', (), {**vars(sqlite3), 'connect': staticmethod(small)})\n"
        "import main; sys.exit(main.main(sys.argv[1:]))\n"  # main.py: UTF-8 output on every platform
    )  # fmt: skip
    before = len(sqlite_people(meeting))
    done = subprocess.run(
        [sys.executable, "-c", script, "import", str(meeting), "--delegates", str(csv)],
        capture_output=True, **TEXT, cwd=ROOT, timeout=120, env=child_env(),
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert "Ổ đĩa đã đầy" in done.stderr
    assert len(sqlite_people(meeting)) == before
    assert verify_file(meeting).ok


def sqlite_people(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id FROM person").fetchall()
    finally:
        conn.close()
