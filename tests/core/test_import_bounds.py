"""Hostile files (issue 16): every one is refused with a message or read within bounds, and
nothing is written. How fast and how much memory: bench/bench_import.py (tests never time)."""

import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from core.errors import ValidationError
from core.importer import (
    MAX_CELL,
    MAX_COLUMNS,
    MAX_ROWS,
    ImportCancelled,
    preview_import,
    preview_table,
    read_sheet,
)
from core.model import Person, Unit
from core.people import add_person, list_people
from core.storage import MeetingFile
from core.units import add_unit, list_units

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import hostile_files  # noqa: E402


@pytest.fixture
def db(tmp_path):
    db = MeetingFile.create(tmp_path / "hoi-nghi.thidua")
    add_unit(db, Unit("Khánh Hòa", "Ban Tổ chức Tỉnh ủy Khánh Hòa"))
    add_person(db, Person("Lê Hoàng Nam", unit_id=list_units(db)[0].id))
    yield db
    db.close()


def state(db):
    return list_people(db), db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda f: hostile_files.zip_bomb(f / "bom.xlsx", megabytes=40), "giải nén ra quá lớn"),
        (lambda f: hostile_files.huge_shared_string(f / "chuoi.xlsx", 40_000_000), "giải nén ra quá lớn"),
        (
            lambda f: hostile_files.huge_shared_string(f / "chuoi.xlsx", 5_000),
            "Dòng 2, cột A: ô dài 5.000 ký tự",
        ),
        (lambda f: hostile_files.entity_bomb(f / "thuc-the.xlsx"), "khai báo XML"),
        (lambda f: hostile_files.deep_xml(f / "sau.xlsx", 200_000), "giải nén ra quá lớn"),
        (lambda f: hostile_files.many_rows_xml(f / "dai.xlsx", MAX_ROWS + 5), "hơn 20.000 dòng"),
        (lambda f: hostile_files.huge_csv(f / "lon.csv", megabytes=11), "quá 10.000.000 byte"),
        (
            lambda f: hostile_files.long_line_csv(f / "dong.csv", 100_000),
            "Dòng 2 của tệp dong.csv dài 100.010 ký tự",
        ),
    ],
    ids=[
        "zip-bomb",
        "huge-shared-string",
        "long-cell",
        "entities",
        "deep-xml",
        "rows",
        "big-csv",
        "long-line",
    ],
)
def test_a_hostile_file_is_refused_with_a_message_and_changes_nothing(db, tmp_path, build, message):
    path = build(tmp_path)
    before = state(db)
    with pytest.raises(ValidationError) as caught:
        preview_import(db, path)
    assert message in str(caught.value)
    assert state(db) == before


def test_a_workbook_declaring_the_whole_sheet_is_read_as_what_it_holds(db, tmp_path):
    preview = preview_import(db, hostile_files.huge_dimension(tmp_path / "khai-bao.xlsx"))
    assert preview.errors == []
    assert [r.person.full_name for r in preview.rows] == ["Hồ Văn Sơn"]


def test_deep_xml_within_the_size_bounds_is_read_harmlessly(db, tmp_path):
    preview = preview_import(db, hostile_files.deep_xml(tmp_path / "sau.xlsx", 100_000))
    assert [r.person.full_name for r in preview.rows] == ["Hồ Văn Sơn"]


@pytest.mark.parametrize(
    "xml",
    [b"<worksheet><sheetData><row r='1'><c r='A1' t='inlineStr'><is><t>Ho", b"\xff\xfe<<<", b""],
    ids=["cut-short", "garbage", "empty"],
)
def test_malformed_sheet_xml_is_refused_with_a_message(db, tmp_path, xml):
    good = tmp_path / "tot.xlsx"
    hostile_files.huge_dimension(good)
    bad = tmp_path / "hong.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for name in source.namelist():
            target.writestr(name, xml if name == "xl/worksheets/sheet1.xml" else source.read(name))
    with pytest.raises(ValidationError, match="hong.xlsx"):
        preview_import(db, bad)


def test_rows_up_to_the_bound_are_read(tmp_path):
    path = hostile_files.many_rows_xml(tmp_path / "du.xlsx", MAX_ROWS - 1)
    assert len(read_sheet(path).cells) == MAX_ROWS


def test_a_csv_with_too_many_rows_is_refused(db, tmp_path):
    path = tmp_path / "dai.csv"
    path.write_text("Họ và tên,Đơn vị\n" + "Nguyễn Văn An,Khánh Hòa\n" * MAX_ROWS, encoding="utf-8")
    with pytest.raises(ValidationError, match="hơn 20.000 dòng"):
        preview_import(db, path)


def test_a_cell_of_the_longest_length_is_read_and_a_longer_one_is_refused(tmp_path):
    path = tmp_path / "o.csv"
    path.write_text(f"Họ và tên,Ghi chú\nAn,{'x' * MAX_CELL}\n", encoding="utf-8")
    assert len(read_sheet(path).cells[1][1]) == MAX_CELL
    path.write_text(f"Họ và tên,Ghi chú\nAn,{'x' * (MAX_CELL + 1)}\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="Dòng 2, cột B: ô dài 1.001 ký tự"):
        read_sheet(path)


def test_columns_beyond_the_bound_are_not_read(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["Họ và tên"] + [""] * (MAX_COLUMNS + 10) + ["xa"])
    workbook.save(tmp_path / "rong.xlsx")
    assert read_sheet(tmp_path / "rong.xlsx").cells == [["Họ và tên"]]


def test_a_name_longer_than_a_name_is_refused_naming_the_row(db, tmp_path):
    path = tmp_path / "ten.csv"
    path.write_text(f"Họ và tên,Đơn vị\n{'Nguyễn ' * 20}An,Khánh Hòa\n", encoding="utf-8")
    assert preview_import(db, path).errors == ['Dòng 2, cột "Họ và tên": dài 142 ký tự, tối đa 100 ký tự.']


@pytest.mark.parametrize(
    ("text", "why"),
    [("Lê\u202eVăn", "đảo chiều chữ"), ("\u200b", "chỉ có ký tự vô hình"), ("Lê\x07Văn", "ký tự điều khiển")],
)
def test_bad_text_in_a_list_is_refused_naming_row_and_column(db, tmp_path, text, why):
    table = [["Họ và tên", "Chức vụ", "Đơn vị"], ["Hồ Văn Sơn", text, "Khánh Hòa"]]
    [message] = preview_table(table, list_units(db), []).errors
    assert message.startswith('Dòng 2, cột "Chức vụ": ') and why in message


def test_the_preview_can_be_cancelled(db):
    table = [["Họ và tên", "Đơn vị"]] + [[f"Người {i}", "Khánh Hòa"] for i in range(2_000)]
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 1_000

    with pytest.raises(ImportCancelled, match="Đã hủy"):
        preview_table(table, list_units(db), [], progress=progress)
    assert seen[-1][0] >= 1_000 and seen[-1][1] == 2_001


def test_likely_duplicates_among_many_rows_point_at_the_first_row(db):
    table = [["Họ và tên", "Đơn vị"]] + [[f"Người {i % 500}", "Khánh Hòa"] for i in range(5_000)]
    preview = preview_table(table, list_units(db), list_people(db))
    assert len(preview.duplicates) == 4_500
    assert preview.rows[500].duplicate_of == "trùng tên với dòng 2"
    assert preview.rows[4_999].duplicate_of == "trùng tên với dòng 501"
