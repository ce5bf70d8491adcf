"""The demo conference and the command line (in process and through main.py)."""

import io
import os
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from core import cli, storage
from core.demo import fresh_demo_copy, write_demo
from core.meetings import load_key_tasks, load_meeting
from core.model import Person, Role
from core.people import add_person, list_people
from core.storage import MeetingFile
from core.units import list_units
from tests.processes import TEXT, child_env

REPO = Path(__file__).resolve().parents[2]
PROVINCES = [
    "Đà Nẵng",
    "Quảng Nam",
    "Quảng Ngãi",
    "Bình Định",
    "Phú Yên",
    "Khánh Hòa",
    "Ninh Thuận",
    "Kon Tum",
    "Gia Lai",
    "Đắk Lắk",
    "Đắk Nông",
    "Lâm Đồng",
]


@pytest.fixture
def demo(tmp_path):
    db = write_demo(tmp_path / "demo.thidua")
    yield db
    db.close()


def run_cli(*args):
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


def run_main(*args, env=None):
    """``python main.py ARGS`` from the repository root, as a user would run it."""
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args)],
        cwd=REPO,
        capture_output=True,
        **TEXT,
        timeout=120,
        env=child_env(**(env or {})),  # no PYTHONIOENCODING: main.py itself makes its output UTF-8
    )


def state(path):
    """What a refused command must leave alone: the people and the number of audit events."""
    db = MeetingFile.open(path)
    try:
        events = db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]
        return list_people(db), events
    finally:
        db.close()


def write_xlsx(path, rows):
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


@pytest.fixture
def meeting_file(tmp_path):
    path = tmp_path / "hoi-nghi.thidua"
    write_demo(path).close()
    return path


@pytest.fixture
def good_xlsx(tmp_path):
    return write_xlsx(
        tmp_path / "good.xlsx",
        [
            ["DANH SÁCH BỔ SUNG"],
            [],
            ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Vai trò"],
            [1, "Nguyễn Văn Thêm", "Chuyên viên", "khánh hòa", "Đại biểu"],
            [2, "Trần Thị Bổ Sung", "Chuyên viên", "Phu Yen", ""],
            [3, "Lê Hoàng Nam", "Phó Trưởng ban", "Khánh Hòa", ""],  # already in the demo
        ],
    )


@pytest.fixture
def bad_xlsx(tmp_path):
    return write_xlsx(
        tmp_path / "bad.xlsx",
        [
            ["DANH SÁCH BỔ SUNG"],
            [],
            ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Vai trò"],
            [1, "Nguyễn Văn Thêm", "Chuyên viên", "Khánh Hòa", ""],
            [2, "Trần Thị Sai", "Chuyên viên", "Hà Nội", ""],
            [3, "", "Chuyên viên", "Kon Tum", ""],
        ],
    )


# -- the demo conference ----------------------------------------------------------


def test_demo_has_the_twelve_member_units(demo):
    units = list_units(demo)
    assert [u.short_name for u in units] == PROVINCES
    assert [u.position for u in units] == list(range(1, 13))
    titles = {u.short_name: u.full_title for u in units}
    for province in ("Khánh Hòa", "Quảng Nam", "Kon Tum", "Phú Yên"):
        assert titles[province] == f"Ban Tổ chức Tỉnh ủy {province}"
    assert titles["Đà Nẵng"] == "Ban Tổ chức Thành ủy Đà Nẵng"


def test_demo_has_the_two_guests(demo):
    guests = {p.full_name: p for p in list_people(demo) if p.role == Role.GUEST}
    assert sorted(guests) == ["Nguyễn Tấn Tuân", "Tán Văn Bảo"]
    assert guests["Tán Văn Bảo"].organization == "Ban Tổ chức Trung ương"
    assert guests["Nguyễn Tấn Tuân"].organization == "Tỉnh ủy Khánh Hòa"
    assert all(g.unit_id is None for g in guests.values())


def test_demo_delegations_have_two_to_four_people_and_one_head(demo):
    members = [p for p in list_people(demo) if p.role != Role.GUEST]
    unit_ids = {u.id for u in list_units(demo)}
    assert {p.unit_id for p in members} == unit_ids
    sizes = Counter(p.unit_id for p in members)
    heads = Counter(p.unit_id for p in members if p.role == Role.HEAD)
    for unit_id in unit_ids:
        assert 2 <= sizes[unit_id] <= 4
        assert heads[unit_id] == 1
    assert len(members) == 36


def test_demo_codes_are_digits_from_1001(demo):
    codes = [p.code for p in list_people(demo)]
    assert codes == [str(n) for n in range(1001, 1001 + 38)]


def test_demo_meeting(demo):
    meeting = load_meeting(demo)
    assert meeting.date == date(2019, 12, 19)
    assert (meeting.year, meeting.next_year) == (2019, 2020)
    assert meeting.cluster == "Cụm thi đua số III"
    assert meeting.letterhead == ("BAN TỔ CHỨC TRUNG ƯƠNG", "CỤM THI ĐUA SỐ III")
    assert meeting.date_line() == "Nha Trang, ngày 19 tháng 12 năm 2019"
    host = next(u for u in list_units(demo) if u.id == meeting.host_unit_id)
    assert host.short_name == "Khánh Hòa"


def test_demo_has_six_key_tasks(demo):
    tasks = load_key_tasks(demo)
    assert [t.position for t in tasks] == [1, 2, 3, 4, 5, 6]
    assert all(t.content for t in tasks)


def test_demo_audit_chain_is_intact(demo):
    rows = demo.conn.execute(
        "SELECT seq, at, action, details, prev_hash, hash, rows FROM event ORDER BY seq"
    ).fetchall()
    # created, units, meeting, people, key tasks, the demo vote, the rotation, the head and deputy
    # election; the scoring table, each unit's self-scores, two reviewed values, the tie rule, two titles
    assert len(rows) == 1 + 12 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 12 + 2 + 1 + 2
    previous = storage.GENESIS_HASH
    for seq, at, action, details, prev_hash, hash_, rows_ in rows:
        assert prev_hash == previous
        assert hash_ == storage.event_hash(prev_hash, seq, at, action, details, rows_)
        previous = hash_


def test_write_demo_refuses_an_existing_file(tmp_path):
    path = tmp_path / "demo.thidua"
    path.write_bytes(b"mine")
    with pytest.raises(storage.MeetingFileError):
        write_demo(path)
    assert path.read_bytes() == b"mine"


def test_fresh_demo_copy_goes_to_the_user_data_folder(user_dir):
    db = fresh_demo_copy()
    try:
        assert db.path.name == "demo.thidua"
        assert db.path.resolve().is_relative_to(user_dir.resolve())
        assert len(list_units(db)) == 12
    finally:
        db.close()


def test_fresh_demo_copy_replaces_an_older_copy():
    first = fresh_demo_copy()
    add_person(first, Person("Người Thêm Vào", unit_id=list_units(first)[0].id))
    assert len(list_people(first)) == 39
    path = first.path
    first.close()

    second = fresh_demo_copy()
    try:
        assert second.path == path
        assert len(list_people(second)) == 38
        assert "Người Thêm Vào" not in [p.full_name for p in list_people(second)]
    finally:
        second.close()


# -- the command line, in process ------------------------------------------------


def test_cli_demo_writes_the_file(tmp_path):
    out_path = tmp_path / "mau.thidua"
    code, out, err = run_cli("demo", out_path)
    assert (code, err) == (0, "")
    assert str(out_path) in out
    assert len(state(out_path)[0]) == 38


def test_cli_demo_refuses_an_existing_file(meeting_file):
    before = meeting_file.read_bytes()
    code, out, err = run_cli("demo", meeting_file)
    assert code == 1
    assert out == ""
    assert err.startswith("Lỗi: Tệp đã tồn tại")
    assert meeting_file.read_bytes() == before


def test_cli_import_good_list(meeting_file, good_xlsx):
    code, out, err = run_cli("import", meeting_file, "--delegates", good_xlsx)
    assert (code, err) == (0, "")
    assert "Đã thêm 3 người" in out
    assert "Lưu ý dòng 6: Lê Hoàng Nam" in out
    names = [p.full_name for p in state(meeting_file)[0]]
    assert names[-3:] == ["Nguyễn Văn Thêm", "Trần Thị Bổ Sung", "Lê Hoàng Nam"]


def test_cli_import_bad_list_changes_nothing(meeting_file, bad_xlsx):
    before = state(meeting_file)
    code, out, err = run_cli("import", meeting_file, "--delegates", bad_xlsx)
    assert code == 1
    assert out == ""
    assert "2 lỗi, không thêm ai" in err
    assert 'Dòng 5, cột "Đơn vị"' in err
    assert 'Dòng 6, cột "Họ và tên"' in err
    assert state(meeting_file) == before


def test_cli_import_into_a_garbage_file(tmp_path, good_xlsx):
    garbage = tmp_path / "rac.thidua"
    garbage.write_bytes(b"\x00\xff garbage " * 100)
    before = garbage.read_bytes()
    code, out, err = run_cli("import", garbage, "--delegates", good_xlsx)
    assert code == 1
    assert err.startswith("Lỗi: ")
    assert "rac.thidua" in err
    assert garbage.read_bytes() == before


def test_cli_import_a_broken_spreadsheet(meeting_file, tmp_path):
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"not a workbook")
    before = state(meeting_file)
    code, out, err = run_cli("import", meeting_file, "--delegates", broken)
    assert code == 1
    assert err.startswith("Lỗi: Tệp hong.xlsx")
    assert state(meeting_file) == before


def test_cli_without_a_command_prints_help():
    code, out, err = run_cli()
    assert code == 0
    assert "demo" in out and "import" in out


def test_cli_help_exits_zero(capsys):
    with pytest.raises(SystemExit) as caught:
        cli.main(["--help"])
    assert caught.value.code == 0
    text = capsys.readouterr().out
    assert "demo" in text and "import" in text


def test_cli_bad_usage_exits_two(capsys):
    with pytest.raises(SystemExit) as caught:
        cli.main(["import", "a.thidua"])  # --delegates is required
    assert caught.value.code == 2
    assert "Lỗi:" in capsys.readouterr().err


# -- the command line, through main.py --------------------------------------------


def test_main_help_lists_the_commands():
    result = run_main("--help")
    assert result.returncode == 0
    assert "demo" in result.stdout
    assert "import" in result.stdout
    assert "Traceback" not in result.stderr


def test_main_demo_then_refuses_to_overwrite(tmp_path):
    out_path = tmp_path / "mau.thidua"
    first = run_main("demo", out_path)
    assert first.returncode == 0, first.stderr
    assert out_path.is_file()
    assert len(state(out_path)[0]) == 38

    before = out_path.read_bytes()
    second = run_main("demo", out_path)
    assert second.returncode == 1
    assert "Lỗi: Tệp đã tồn tại" in second.stderr
    assert "Traceback" not in second.stderr
    assert out_path.read_bytes() == before


def test_main_import_good_list(meeting_file, good_xlsx):
    result = run_main("import", meeting_file, "--delegates", good_xlsx)
    assert result.returncode == 0, result.stderr
    assert "Đã thêm 3 người" in result.stdout
    assert len(state(meeting_file)[0]) == 41


def test_main_import_bad_list_changes_nothing(meeting_file, bad_xlsx):
    before = state(meeting_file)
    result = run_main("import", meeting_file, "--delegates", bad_xlsx)
    assert result.returncode == 1
    assert 'Dòng 5, cột "Đơn vị"' in result.stderr
    assert 'Dòng 6, cột "Họ và tên"' in result.stderr
    assert "Traceback" not in result.stderr
    assert state(meeting_file) == before


def test_main_import_into_a_garbage_file(tmp_path, good_xlsx):
    garbage = tmp_path / "rac.thidua"
    garbage.write_bytes(os.urandom(4096))
    result = run_main("import", garbage, "--delegates", good_xlsx)
    assert result.returncode == 1
    assert "Lỗi:" in result.stderr
    assert "Traceback" not in result.stderr


def test_main_bad_usage_exits_two(tmp_path):
    result = run_main("demo")
    assert result.returncode == 2
    assert "Lỗi:" in result.stderr
    assert "Traceback" not in result.stderr


def test_main_demo_with_a_non_utf8_stdout(tmp_path):
    out_path = tmp_path / "mau.thidua"
    result = run_main("demo", out_path, env={"PYTHONIOENCODING": "cp1258"})
    assert out_path.is_file()
    assert "Traceback" not in result.stderr
    assert result.returncode == 0
