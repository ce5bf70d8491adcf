"""Bad input fuzzing: importers (xlsx, csv) and the tally command fed random and malformed input.

Never a crash (only ValidationError / a Vietnamese "Lỗi:" line), never a partial import
(the people and the audit log unchanged on error), always a message. The number of inputs
tried is the sum of the ``max_examples`` below (see INPUTS_TRIED, printed by the last test).
"""

import io
import json
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.demo import write_demo
from core.errors import ValidationError
from core.importer import apply_import, preview_import
from core.people import list_people
from core.tally_json import run_tally_command
from tests.processes import TEXT, child_env

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = {
    "csv_bytes": 500,
    "csv_table": 500,
    "xlsx_cells": 200,
    "xlsx_bytes": 150,
    "tally_json": 600,
    "tally_mutated": 600,
}
INPUTS_TRIED = dict.fromkeys(EXAMPLES, 0)


def fuzz(name: str) -> settings:
    return settings(
        max_examples=EXAMPLES[name],
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


HEADERS = ["Họ và tên", "HỌ VÀ TÊN", "Chức vụ", "Đơn vị", "Vai trò", "Mã", "Số điện thoại", "STT", "Ghi chú"]
WORDS = ["Khánh Hòa", "Kon Tum", "Khách mời", "Trưởng đoàn", "Đại biểu", "1001", "Nguyễn Văn A", "",
         "Ban Tổ chức", "x" * 300, "=1+1", "Ａ", "e\u0301", "\ufeff", "\x00", "\u202e", ";", ",", '"']  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    db = write_demo(tmp_path_factory.mktemp("fuzz") / "hoi-nghi.thidua")
    yield db
    db.close()


def state(db):
    events = db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]
    return len(list_people(db)), events


def import_once(db, path: Path) -> None:
    """What the import dialog and the CLI do; an error must change nothing and say something."""
    before = state(db)
    try:
        preview = preview_import(db, path)
        if preview.errors:
            assert all(isinstance(m, str) and m for m in preview.errors)
            with pytest.raises(ValidationError):
                apply_import(db, preview)
            assert state(db) == before
            return
        added = apply_import(db, preview)
    except ValidationError as error:
        assert str(error).strip()
        assert state(db) == before
        return
    people, events = state(db)
    # All rows, one action; a list already in the meeting (the module's file keeps what earlier
    # examples imported) writes nothing and records no event.
    writes = bool(added or preview.updates)
    assert people == before[0] + len(added) and events == before[1] + (1 if writes else 0)


def cell_text():
    return st.one_of(st.sampled_from(WORDS + HEADERS), st.text(max_size=40))


@fuzz("csv_bytes")
@given(data=st.binary(max_size=2000))
def test_csv_from_random_bytes(db, data):
    INPUTS_TRIED["csv_bytes"] += 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "danh-sach.csv"
        path.write_bytes(data)
        import_once(db, path)


@fuzz("csv_table")
@given(
    rows=st.lists(st.lists(cell_text(), max_size=8), max_size=15),
    delimiter=st.sampled_from([",", ";", "\t"]),
    bom=st.booleans(),
)
def test_csv_from_random_tables(db, rows, delimiter, bom):
    INPUTS_TRIED["csv_table"] += 1
    text = "\n".join(delimiter.join(_csv_cell(c, delimiter) for c in row) for row in rows)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "danh-sach.csv"
        try:
            path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8", "surrogatepass"))
        except UnicodeEncodeError:
            return
        import_once(db, path)


def _csv_cell(value: str, delimiter: str) -> str:
    return f'"{value.replace(chr(34), chr(34) * 2)}"' if delimiter in value or "\n" in value else value


xlsx_value = st.one_of(
    st.none(),
    cell_text(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(),
)


@fuzz("xlsx_cells")
@given(rows=st.lists(st.lists(xlsx_value, max_size=7), max_size=12), header=st.booleans())
def test_xlsx_built_from_random_cells(db, rows, header):
    import openpyxl
    from openpyxl.utils.exceptions import IllegalCharacterError

    INPUTS_TRIED["xlsx_cells"] += 1
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    if header:
        sheet.append(["Họ và tên", "Đơn vị", "Vai trò", "Mã"])
    try:
        for row in rows:
            sheet.append(row)
    except (IllegalCharacterError, ValueError):
        return  # Excel itself cannot hold these characters
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "danh-sach.xlsx"
        workbook.save(path)
        import_once(db, path)


@fuzz("xlsx_bytes")
@given(data=st.binary(max_size=3000), zipped=st.booleans(), member=st.sampled_from(
    ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "random.bin"]))  # fmt: skip
def test_xlsx_from_random_bytes_and_broken_packages(db, data, zipped, member):
    INPUTS_TRIED["xlsx_bytes"] += 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "danh-sach.xlsx"
        if zipped:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as archive:
                archive.writestr(member, data)
            path.write_bytes(buffer.getvalue())
        else:
            path.write_bytes(data)
        import_once(db, path)


def tally_once(document_text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "poll.json"
        path.write_text(document_text, encoding="utf-8", errors="surrogatepass")
        out, err = io.StringIO(), io.StringIO()
        status = run_tally_command(str(path), out, err)
    assert status in (0, 2)
    if status == 2:
        assert err.getvalue().startswith("Lỗi: ") and len(err.getvalue()) > 6
        assert out.getvalue() == ""
    else:
        json.loads(out.getvalue())


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@fuzz("tally_json")
@given(value=json_values, garble=st.integers(min_value=0, max_value=3))
def test_tally_command_with_random_json(value, garble):
    INPUTS_TRIED["tally_json"] += 1
    text = json.dumps(value)
    if garble == 1:
        text = text[: len(text) // 2]  # cut short
    elif garble == 2:
        text = "\ufeff" + text
    tally_once(text)


VALID_POLL = {
    "title": "Suy tôn",
    "candidates": ["Khánh Hòa", "Quảng Nam", "Kon Tum"],
    "places": 2,
    "max_choices": 2,
    "threshold": {"numerator": 1, "denominator": 2, "strict": True, "base": "valid"},
    "entitled": 12,
    "present": 11,
    "issued": 11,
    "blank_valid": True,
    "ballots": [["Khánh Hòa"], ["Kon Tum", "Quảng Nam"], {"invalid": "rách"}],
}
FIELD_PATHS = [
    ("title",), ("candidates",), ("places",), ("max_choices",), ("threshold",), ("threshold", "numerator"),
    ("threshold", "denominator"), ("threshold", "strict"), ("threshold", "base"), ("entitled",), ("present",),
    ("issued",), ("blank_valid",), ("ballots",), ("candidates", 0), ("ballots", 0), ("ballots", 2),
]  # fmt: skip


@fuzz("tally_mutated")
@given(
    mutations=st.lists(
        st.tuples(
            st.sampled_from(FIELD_PATHS),
            st.one_of(json_values, st.just("__delete__"), st.integers(min_value=-3, max_value=30)),
        ),  # fmt: skip
        min_size=1,
        max_size=4,
    )
)
def test_tally_command_with_a_mutated_valid_poll(mutations):
    INPUTS_TRIED["tally_mutated"] += 1
    document = json.loads(json.dumps(VALID_POLL))
    for path, value in mutations:
        target = document
        for part in path[:-1]:
            target = target.get(part) if isinstance(target, dict) else None
            if target is None:
                break
        if target is None:
            continue
        last = path[-1]
        if isinstance(target, dict):
            if value == "__delete__":
                target.pop(last, None)
            else:
                target[last] = value
        elif isinstance(target, list) and isinstance(last, int) and last < len(target):
            target[last] = None if value == "__delete__" else value
    tally_once(json.dumps(document, ensure_ascii=False))


@pytest.mark.parametrize(
    ("command", "name", "content"),
    [
        ("import", "ds.csv", b"\xff\xfe\x00garbage"),
        ("import", "ds.xlsx", b"PK\x03\x04not really a zip"),
        ("import", "ds.csv", "Họ và tên,Đơn vị\nNguyễn Văn A,Không Có Tỉnh Này\n".encode()),
        ("tally", "poll.json", b"{\"candidates\": [1, 2], \"places\": \"hai\"}"),
        ("tally", "poll.json", b"\x00\x01\x02"),
    ],
)  # fmt: skip
def test_cli_with_bad_input_says_why_without_a_traceback(tmp_path, command, name, content):
    meeting = tmp_path / "hoi-nghi.thidua"
    write_demo(meeting).close()
    data = tmp_path / name
    data.write_bytes(content)
    args = ["import", str(meeting), "--delegates", str(data)] if command == "import" else ["tally", str(data)]
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, **TEXT,
                          cwd=ROOT, timeout=120, env=child_env())  # fmt: skip
    assert done.returncode in (1, 2)
    assert "Traceback" not in done.stderr
    assert "Lỗi" in done.stderr or "Không nhập được" in done.stderr
    conn = sqlite3.connect(meeting)
    assert conn.execute("SELECT COUNT(*) FROM person WHERE full_name = 'Nguyễn Văn A'").fetchone()[0] == 0
    conn.close()


def test_zz_report_inputs_tried(capsys):
    """Runs last in this module: the number of inputs tried, for the closing note."""
    total = sum(INPUTS_TRIED.values())
    with capsys.disabled():
        print(f"\nfuzz inputs tried: {total} {INPUTS_TRIED}")
    if all(INPUTS_TRIED.values()):  # the whole module ran
        assert total >= sum(EXAMPLES.values()) * 0.9
