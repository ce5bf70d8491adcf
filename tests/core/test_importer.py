"""Importing delegates from Excel and CSV: preview, errors by row and column, all or nothing."""

import json
import unicodedata

import openpyxl
import pytest

from core.errors import ValidationError
from core.importer import apply_import, column_for_header, export_people, preview_import, read_table
from core.model import Person, Role, Unit
from core.people import add_person, delegation_order, list_people
from core.storage import MeetingFile
from core.units import add_unit, list_units

HEADER = ["STT", "HỌ VÀ TÊN ", "Chức vụ", "Đơn vị", "Số điện thoại", "Vai trò"]
TITLE = ["DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ TỔNG KẾT CỤM THI ĐUA SỐ III NĂM 2019"]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# Rows 4 to 10 of a typical list: a title on row 1, row 2 blank, the header on row 3.
GOOD_ROWS = [
    [1, nfd("Nguyễn Thị Ánh Tuyết"), "Trưởng ban", "khánh hòa", "0905 123 456", "Trưởng đoàn"],
    [2, nfd("Võ  Thị Hồng Nhung "), "Phó Trưởng ban", "  Quảng   Nam ", "", "Đại biểu"],
    [3, "A Lăng Thơm", "Trưởng ban", "Ban Tổ chức Tỉnh ủy Kon Tum", "", ""],
    [4, "Hồ Văn Sơn", "Trưởng ban", "Phu Yen", "", "TRƯỞNG ĐOÀN"],
    [5, "Tán Văn Bảo", "Hàm Vụ trưởng Vụ Địa phương II", "Ban Tổ chức Trung ương", "", "Khách mời"],
    [6, "LÊ HOÀNG NAM", "Phó Trưởng ban", "Khánh Hòa", "", "Đại biểu"],  # already in the file
    [7, "Vo Thi Hong Nhung", "Chuyên viên", "Quảng Nam", "", ""],  # same as row 5, without diacritics
]


def write_xlsx(path, rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def write_csv(path, rows, delimiter=",", encoding="utf-8-sig"):
    def cell(value):
        text = str(value)
        return f'"{text}"' if delimiter in text or '"' in text else text

    lines = [delimiter.join(cell(v) for v in row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def person_key(person: Person, unit_names: dict[int, str]) -> tuple:
    """What a person is, with the unit by name (unit ids differ from one meeting file to another)."""
    return (
        person.full_name,
        person.role,
        person.position,
        unit_names.get(person.unit_id),
        person.organization,
        person.phone,
        person.code,
    )


def good_table():
    return [TITLE, [], HEADER, *GOOD_ROWS]


@pytest.fixture
def db(tmp_path):
    db = MeetingFile.create(tmp_path / "hoi-nghi.thidua")
    for name in ("Khánh Hòa", "Quảng Nam", "Kon Tum", "Phú Yên"):
        add_unit(db, Unit(name, f"Ban Tổ chức Tỉnh ủy {name}"))
    add_person(db, Person("Lê Hoàng Nam", Role.DELEGATE, "Phó Trưởng ban", unit_id=list_units(db)[0].id))
    yield db
    db.close()


@pytest.fixture
def unit_ids(db):
    return {u.short_name: u.id for u in list_units(db)}


def snapshot(db):
    events = db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]
    return list_people(db), events


# -- a good list ------------------------------------------------------------------


def check_good_preview(preview, unit_ids):
    assert preview.errors == []
    assert [r.row_number for r in preview.rows] == [4, 5, 6, 7, 8, 9, 10]
    people = [r.person for r in preview.rows]
    assert [p.full_name for p in people] == [
        "Nguyễn Thị Ánh Tuyết",
        "Võ Thị Hồng Nhung",
        "A Lăng Thơm",
        "Hồ Văn Sơn",
        "Tán Văn Bảo",
        "LÊ HOÀNG NAM",
        "Vo Thi Hong Nhung",
    ]
    assert all(unicodedata.is_normalized("NFC", p.full_name) for p in people)
    assert [p.unit_id for p in people] == [
        unit_ids["Khánh Hòa"],
        unit_ids["Quảng Nam"],
        unit_ids["Kon Tum"],
        unit_ids["Phú Yên"],
        None,
        unit_ids["Khánh Hòa"],
        unit_ids["Quảng Nam"],
    ]
    assert [p.role for p in people] == [
        Role.HEAD,
        Role.DELEGATE,
        Role.DELEGATE,
        Role.HEAD,
        Role.GUEST,
        Role.DELEGATE,
        Role.DELEGATE,
    ]
    assert people[0].phone == "0905 123 456"
    assert people[0].position == "Trưởng ban"
    assert (people[4].organization, people[4].position) == (
        "Ban Tổ chức Trung ương",
        "Hàm Vụ trưởng Vụ Địa phương II",
    )
    # Row 10 repeats row 5: see test_a_name_repeated_within_the_file_is_flagged.
    assert [(r.row_number, r.duplicate_of) for r in preview.duplicates if r.row_number != 10] == [
        (9, "trùng tên với Lê Hoàng Nam đã có trong danh sách"),
    ]


def test_preview_of_an_xlsx(db, unit_ids, tmp_path):
    preview = preview_import(db, write_xlsx(tmp_path / "danh-sach.xlsx", good_table()))
    assert preview.source == "danh-sach.xlsx"
    check_good_preview(preview, unit_ids)


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(",", "utf-8-sig"), (",", "utf-8"), (";", "utf-8-sig"), (";", "utf-8"), ("\t", "utf-8")],
)
def test_preview_of_a_csv(db, unit_ids, tmp_path, delimiter, encoding):
    # A spreadsheet saved as CSV pads the title and blank rows with delimiters.
    width = len(HEADER)
    table = [TITLE + [""] * (width - 1), [""] * width, HEADER, *GOOD_ROWS]
    preview = preview_import(db, write_csv(tmp_path / "danh-sach.csv", table, delimiter, encoding))
    check_good_preview(preview, unit_ids)


def test_preview_of_a_comma_csv_with_a_bare_title_line(db, unit_ids, tmp_path):
    preview = preview_import(db, write_csv(tmp_path / "danh-sach.csv", good_table()))
    check_good_preview(preview, unit_ids)


def test_preview_of_a_semicolon_csv_with_a_bare_title_line(db, unit_ids, tmp_path):
    preview = preview_import(db, write_csv(tmp_path / "danh-sach.csv", good_table(), delimiter=";"))
    check_good_preview(preview, unit_ids)


def test_csv_with_a_comma_inside_a_quoted_cell(db, unit_ids, tmp_path):
    table = [HEADER, [1, "Lương Đức Trí", "Trưởng phòng Tổ chức đảng, đảng viên", "Kon Tum", "", ""]]
    preview = preview_import(db, write_csv(tmp_path / "a.csv", table))
    assert preview.errors == []
    assert preview.rows[0].person.position == "Trưởng phòng Tổ chức đảng, đảng viên"
    assert preview.rows[0].row_number == 2


def test_semicolon_csv_with_commas_in_cells(db, unit_ids, tmp_path):
    table = [HEADER, [1, "Lương Đức Trí", "Trưởng phòng Tổ chức đảng, đảng viên", "Kon Tum", "", ""]]
    preview = preview_import(db, write_csv(tmp_path / "a.csv", table, delimiter=";"))
    assert preview.errors == []
    assert preview.rows[0].person.position == "Trưởng phòng Tổ chức đảng, đảng viên"
    assert preview.rows[0].person.unit_id == unit_ids["Kon Tum"]


def test_a_name_repeated_within_the_file_is_flagged(db, tmp_path):
    preview = preview_import(db, write_xlsx(tmp_path / "danh-sach.xlsx", good_table()))
    assert [(r.row_number, r.duplicate_of) for r in preview.duplicates] == [
        (9, "trùng tên với Lê Hoàng Nam đã có trong danh sách"),
        (10, "trùng tên với dòng 5"),
    ]


def test_rows_are_numbered_as_the_spreadsheet_numbers_them(db, tmp_path):
    # Row 1 left empty, the title on row 2, the header on row 4.
    rows = [
        [],
        TITLE,
        [],
        HEADER,
        [1, "Hồ Văn Sơn", "", "Phú Yên", "", ""],
        [],
        [2, "", "", "Hà Nội", "", ""],
    ]
    preview = preview_import(db, write_xlsx(tmp_path / "a.xlsx", rows))
    assert [r.row_number for r in preview.rows] == [5, 7]
    assert [e.split(":")[0] for e in preview.errors] == ['Dòng 7, cột "Đơn vị"', 'Dòng 7, cột "Họ và tên"']


def test_apply_import_adds_everyone(db, unit_ids, tmp_path):
    preview = preview_import(db, write_xlsx(tmp_path / "danh-sach.xlsx", good_table()))
    added = apply_import(db, preview)
    assert [p.code for p in added] == ["1002", "1003", "1004", "1005", "1006", "1007", "1008"]
    people = list_people(db)
    assert len(people) == 8
    assert people[1].full_name == "Nguyễn Thị Ánh Tuyết"
    assert people[1].role == Role.HEAD
    assert people[5].organization == "Ban Tổ chức Trung ương"
    assert people[5].unit_id is None
    details = db.conn.execute("SELECT details FROM event ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert {"count": 7, "source": "danh-sach.xlsx"}.items() <= json.loads(details).items()


def test_codes_from_the_file_are_kept(db, tmp_path):
    rows = [["Họ và tên", "Đơn vị", "Mã"], ["Hồ Văn Sơn", "Phú Yên", 5001], ["A Lăng Thơm", "Kon Tum", ""]]
    added = apply_import(db, preview_import(db, write_xlsx(tmp_path / "a.xlsx", rows)))
    assert [p.code for p in added] == ["5001", "1002"]  # new codes follow the meeting file's highest code


def test_read_table_gives_nfc_trimmed_text(tmp_path):
    path = write_csv(tmp_path / "a.csv", [["Họ và tên"], [nfd("  Đặng   Văn Thành ")]])
    assert read_table(path) == [["Họ và tên"], ["Đặng Văn Thành"]]


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("HỌ VÀ TÊN ", "full_name"),
        ("Họ và tên (ghi rõ)", "full_name"),
        ("Chức vụ", "position"),
        ("Đơn vị công tác", "unit"),
        ("Số điện thoại", "phone"),
        ("SĐT", "phone"),
        ("Vai trò", "role"),
        ("Mã", "code"),
        ("STT", None),
        ("Ghi chú", None),
    ],
)
def test_column_for_header(header, column):
    assert column_for_header(header) == column


def test_a_title_starting_with_dai_bieu_is_not_the_header(db, unit_ids, tmp_path):
    rows = [["ĐẠI BIỂU DỰ HỘI NGHỊ TỔNG KẾT NĂM 2019"], [], HEADER, [1, "Hồ Văn Sơn", "", "Phú Yên", "", ""]]
    preview = preview_import(db, write_xlsx(tmp_path / "a.xlsx", rows))
    assert preview.errors == []
    assert [(r.row_number, r.person.full_name) for r in preview.rows] == [(4, "Hồ Văn Sơn")]


# -- errors -----------------------------------------------------------------------

ERROR_HEADER = [*HEADER, "Mã"]


@pytest.mark.parametrize(
    ("bad_rows", "expected"),
    [
        ([[1, "  ", "Trưởng ban", "Khánh Hòa", "", "", ""]], 'Dòng 4, cột "Họ và tên": không được để trống.'),
        (
            [[1, "Phạm Quốc Việt", "", "Hà Nội", "", "", ""]],
            'Dòng 4, cột "Đơn vị": không tìm thấy đơn vị "Hà Nội" trong các đơn vị thành viên.',
        ),
        (
            [[1, "Phạm Quốc Việt", "", "", "", "Đại biểu", ""]],
            'Dòng 4, cột "Đơn vị": không được để trống (khách mời thì ghi Vai trò là Khách mời).',
        ),
        (
            [[1, "Phạm Quốc Việt", "", "Kon Tum", "", "Chủ tịch", ""]],
            'Dòng 4, cột "Vai trò": "Chủ tịch" không phải Trưởng đoàn, Đại biểu hay Khách mời.',
        ),
        (
            [[1, "Phạm Quốc Việt", "", "Kon Tum", "", "", "10A2"]],
            'Dòng 4, cột "Mã": "10A2" chỉ được gồm chữ số (để máy quét mã QR đọc đúng).',
        ),
        (
            [
                [1, "Phạm Quốc Việt", "", "Kon Tum", "", "", "2000"],
                [2, "Bùi Thị Lan", "", "Kon Tum", "", "", "2000"],
            ],
            'Dòng 5, cột "Mã": mã 2000 trùng với dòng 4.',
        ),
        (
            [[1, "Phạm Quốc Việt", "", "Kon Tum", "", "", "1234567890"]],
            'Dòng 4, cột "Mã": mã 1234567890 dài quá 9 chữ số.',
        ),
        (
            [[1, "Phạm Quốc Việt", "", "Kon Tum", "gọi sau", "", ""]],
            'Dòng 4, cột "Số điện thoại": "gọi sau" không phải số điện thoại.',
        ),
    ],
)
def test_an_error_names_its_row_and_column_and_nothing_is_added(db, tmp_path, bad_rows, expected):
    good = [9, "Hồ Văn Sơn", "Trưởng ban", "Phú Yên", "", "", ""]
    path = write_xlsx(tmp_path / "loi.xlsx", [TITLE, [], ERROR_HEADER, *bad_rows, good])
    before = snapshot(db)
    preview = preview_import(db, path)
    assert preview.errors == [expected]
    with pytest.raises(ValidationError) as caught:
        apply_import(db, preview)
    assert caught.value.messages == [expected]
    assert snapshot(db) == before


def test_every_error_of_a_file_is_listed(db, tmp_path):
    rows = [
        TITLE,
        [],
        ERROR_HEADER,
        [1, "", "", "Khánh Hòa", "", "", ""],
        [2, "Phạm Quốc Việt", "", "Hà Nội", "", "", ""],
        [3, "Bùi Thị Lan", "", "Kon Tum", "", "Thư ký", ""],
        [4, "Đặng Văn Thành", "", "Kon Tum", "", "", "x1"],
    ]
    before = snapshot(db)
    preview = preview_import(db, write_xlsx(tmp_path / "loi.xlsx", rows))
    assert [e.split(":")[0] for e in preview.errors] == [
        'Dòng 4, cột "Họ và tên"',
        'Dòng 5, cột "Đơn vị"',
        'Dòng 6, cột "Vai trò"',
        'Dòng 7, cột "Mã"',
    ]
    with pytest.raises(ValidationError):
        apply_import(db, preview)
    assert snapshot(db) == before


def test_errors_in_a_csv_count_the_title_rows(db, tmp_path):
    table = [
        TITLE,
        [],
        HEADER,
        [1, "Hồ Văn Sơn", "", "Phú Yên", "", ""],
        [2, "Phạm Quốc Việt", "", "Hà Nội", "", ""],
    ]
    preview = preview_import(db, write_csv(tmp_path / "loi.csv", table))
    assert len(preview.errors) == 1
    assert preview.errors[0].startswith('Dòng 5, cột "Đơn vị"')


def test_a_garbage_xlsx_is_refused(db, tmp_path):
    path = tmp_path / "hong.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip" + bytes(range(256)))
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        preview_import(db, path)
    assert "hong.xlsx" in str(caught.value)
    assert "Excel" in str(caught.value)
    assert snapshot(db) == before


def test_a_zip_that_is_not_a_workbook_is_refused(db, tmp_path):
    import zipfile

    path = tmp_path / "nen.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "không phải Excel")
    with pytest.raises(ValidationError, match="nen.xlsx"):
        preview_import(db, path)


@pytest.mark.parametrize(
    "data",
    [
        "Ho\u0323 va\u0300 tên,Đơn vi\u0323\r\nLê Hoa\u0300ng Nam,Kha\u0301nh Ho\u0300a\r\n".encode("cp1258"),
        "Họ tên,Đơn vị\r\n".encode() + "Lê Khánh,Khánh Hòa\r\n".encode("latin-1"),
    ],
    ids=["cp1258", "latin-1"],
)
def test_a_csv_that_is_not_utf8_is_refused(db, tmp_path, data):
    path = tmp_path / "cu.csv"
    path.write_bytes(data)
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        preview_import(db, path)
    assert "UTF-8" in str(caught.value)
    assert "cu.csv" in str(caught.value)
    assert snapshot(db) == before


def test_a_binary_csv_is_refused(db, tmp_path):
    path = tmp_path / "nhi-phan.csv"
    path.write_bytes(b"Ho va ten\x00\x00\x00")
    with pytest.raises(ValidationError, match="nhi-phan.csv"):
        preview_import(db, path)


@pytest.mark.parametrize("name", ["danh-sach.txt", "danh-sach.xls", "danh-sach"])
def test_a_wrong_extension_is_refused(db, tmp_path, name):
    path = tmp_path / name
    path.write_text("Họ và tên,Đơn vị\nHồ Văn Sơn,Phú Yên\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="chỉ nhận tệp Excel"):
        preview_import(db, path)


def test_a_missing_file_is_refused(db, tmp_path):
    with pytest.raises(ValidationError, match="Không tìm thấy tệp"):
        preview_import(db, tmp_path / "khong-co.xlsx")


def test_a_file_without_a_header_row_is_refused(db, tmp_path):
    rows = [TITLE, [], ["STT", "Tên", "Nơi công tác"], [1, "Hồ Văn Sơn", "Phú Yên"]]
    before = snapshot(db)
    with pytest.raises(ValidationError, match='Không tìm thấy dòng tiêu đề có cột "Họ và tên"'):
        preview_import(db, write_xlsx(tmp_path / "khong-tieu-de.xlsx", rows))
    assert snapshot(db) == before


def test_a_header_without_rows_is_an_error(db, tmp_path):
    preview = preview_import(db, write_xlsx(tmp_path / "trong.xlsx", [TITLE, [], HEADER, [], []]))
    assert preview.rows == []
    assert preview.errors == ["Tệp không có dòng nào dưới dòng tiêu đề."]
    with pytest.raises(ValidationError):
        apply_import(db, preview)


# -- export, and reading the export back -------------------------------------------


def test_export_then_import_reads_back_the_same_people(db, tmp_path):
    apply_import(db, preview_import(db, write_xlsx(tmp_path / "danh-sach.xlsx", good_table())))
    out = tmp_path / "xuat.xlsx"
    assert export_people(db, out).count == 8

    # A fresh meeting file with the same units, listed in another order (so other ids).
    other = MeetingFile.create(tmp_path / "khac.thidua")
    try:
        for unit in reversed(list_units(db)):
            add_unit(other, Unit(unit.short_name, unit.full_title))
        preview = preview_import(other, out)
        assert preview.errors == []
        names = {u.id: u.short_name for u in list_units(db)}
        other_names = {u.id: u.short_name for u in list_units(other)}
        original = [person_key(p, names) for p in delegation_order(list_people(db), list_units(db))]
        read_back = [person_key(r.person, other_names) for r in preview.rows]
        assert read_back == original
        assert [r.row_number for r in preview.rows] == list(range(2, 10))
    finally:
        other.close()


def test_exported_sheet_layout(db, tmp_path):
    out = tmp_path / "xuat.xlsx"
    export_people(db, out)
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Số điện thoại", "Vai trò", "Mã")
    assert rows[1] == (1, "Lê Hoàng Nam", "Phó Trưởng ban", "Khánh Hòa", None, "Đại biểu", "1001")
    assert sheet.title == "Đại biểu"


def test_importing_the_export_into_the_same_file_changes_nothing(db, tmp_path):
    out = tmp_path / "xuat.xlsx"
    export_people(db, out)
    before = snapshot(db)
    preview = preview_import(db, out)
    assert preview.errors == []
    assert [(r.row_number, r.is_unchanged, r.duplicate_of) for r in preview.rows] == [(2, True, "")]
    assert preview.additions == [] and preview.updates == []
    assert apply_import(db, preview) == []
    assert snapshot(db) == before


def test_a_csv_that_cannot_be_read_is_refused_naming_it(db, tmp_path, monkeypatch):
    """Locked by Excel on Windows, or no permission: a message, never a traceback."""
    path = tmp_path / "dang-mo.csv"
    path.write_text("Họ và tên,Đơn vị\nHồ Văn Sơn,Khánh Hòa\n", encoding="utf-8")

    def locked(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(type(path), "read_bytes", locked)
    with pytest.raises(ValidationError, match="Không đọc được tệp dang-mo.csv"):
        preview_import(db, path)
