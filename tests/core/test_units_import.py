"""Member units from an Excel or CSV list."""

from __future__ import annotations

import pytest

from core.errors import ValidationError
from core.importer import read_sheet
from core.model import Unit
from core.storage import MeetingFile
from core.units import add_units, list_units
from core.units_import import MAX_UNITS, preview_units
from tests.core.test_demo_cli import write_xlsx

THERE = [
    Unit("Đà Nẵng", "Ban Tổ chức Thành ủy Đà Nẵng", 1, 1),
    Unit("Gia Lai", "Ban Tổ chức Tỉnh ủy Gia Lai", 2, 2),
]


def shown(preview) -> list[tuple[int, str, str]]:
    return [(r.row_number, r.unit.short_name, r.unit.full_title) for r in preview.rows]


def test_short_names_only_get_the_clusters_pattern(tmp_path):
    path = write_xlsx(
        tmp_path / "don-vi.xlsx",
        [["DANH SÁCH ĐƠN VỊ THÀNH VIÊN CỤM THI ĐUA SỐ III"], [], ["STT", "Đơn vị"], [1, "Kon Tum"],
         [2, "Cần Thơ"], [3, "  Phú   Yên "], [None, None]],
    )  # fmt: skip
    preview = preview_units(read_sheet(path), THERE, "don-vi.xlsx")
    assert preview.errors == []
    assert shown(preview) == [
        (4, "Kon Tum", "Ban Tổ chức Tỉnh ủy Kon Tum"),
        (5, "Cần Thơ", "Ban Tổ chức Thành ủy Cần Thơ"),
        (6, "Phú Yên", "Ban Tổ chức Tỉnh ủy Phú Yên"),
    ]
    assert preview.rows[0].note == "tên đầy đủ theo mẫu của cụm"


def test_short_and_full_columns_and_full_titles_alone_in_a_csv(tmp_path):
    path = tmp_path / "don-vi.csv"
    path.write_text(
        "Tên ngắn;Tên đầy đủ\n"
        "Khánh Hòa;Ban Tổ chức Tỉnh ủy Khánh Hòa\n"
        ";Ban Tổ chức Tỉnh ủy Đắk Lắk\n"
        "Ban Tổ chức Tỉnh ủy Lâm Đồng;\n"
        "Sở Nội vụ;Sở Nội vụ tỉnh Khánh Hòa\n",
        encoding="utf-8",
    )
    preview = preview_units(read_sheet(path), [], "don-vi.csv")
    assert preview.errors == []
    assert shown(preview) == [
        (2, "Khánh Hòa", "Ban Tổ chức Tỉnh ủy Khánh Hòa"),
        (3, "Đắk Lắk", "Ban Tổ chức Tỉnh ủy Đắk Lắk"),
        (4, "Lâm Đồng", "Ban Tổ chức Tỉnh ủy Lâm Đồng"),
        (5, "Sở Nội vụ", "Sở Nội vụ tỉnh Khánh Hòa"),
    ]


def test_every_error_names_its_row_and_units_already_there_are_skipped():
    table = [
        ["Tên ngắn", "Tên đầy đủ"],
        ["Gia Lai", "Ban Tổ chức Tỉnh ủy Gia Lai"],  # row 2: already there, the same
        ["da nang", "Ban Tổ chức Tỉnh ủy Đà Nẵng"],  # row 3: Đà Nẵng is there with another title
        ["Kon Tum", ""],  # row 4
        ["Kon Tum", ""],  # row 5: twice in the file
        ["", "Sở Nội vụ"],  # row 6: no short name and none inside the title
        ["Bình\u202eĐịnh", ""],  # row 7: a direction mark
        ["Mới", "Ban Tổ chức Thành ủy Đà Nẵng"],  # row 8: that full title is taken
    ]
    preview = preview_units(table, THERE)
    assert list(dict.fromkeys(e.split(",")[0].split(":")[0] for e in preview.errors)) == [
        "Dòng 3", "Dòng 5", "Dòng 6", "Dòng 7", "Dòng 8",
    ]  # fmt: skip
    assert 'đã có đơn vị "Đà Nẵng"' in preview.errors[0]
    assert "trùng với dòng 4" in preview.errors[1]
    assert "U+202E" in preview.errors[3] and "Tên ngắn" in preview.errors[3]
    assert preview.notes == ['Dòng 2: đơn vị "Gia Lai" đã có, bỏ qua.']


def test_a_file_without_a_header_says_which_headers_it_wants():
    with pytest.raises(ValidationError, match='"Tên ngắn"'):
        preview_units([["Kon Tum"], ["Gia Lai"]], [])


def test_a_list_longer_than_any_cluster_is_refused():
    table = [["Đơn vị"], *([f"Đơn vị {n}"] for n in range(MAX_UNITS + 1))]
    preview = preview_units(table, [])
    assert any("không có quá" in e for e in preview.errors)


def test_add_units_writes_all_in_one_transaction_or_none(demo_db):
    before = list_units(demo_db)
    events = demo_db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]
    added = add_units(
        demo_db, [Unit("Bình Thuận", "Ban Tổ chức Tỉnh ủy Bình Thuận"), Unit("Huế", "x")], "f.xlsx"
    )
    assert [(u.short_name, u.position) for u in added] == [("Bình Thuận", 13), ("Huế", 14)]
    assert demo_db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0] == events + 1
    with pytest.raises(ValidationError, match="Khánh Hòa"):
        add_units(demo_db, [Unit("Quảng Trị", "Ban Tổ chức Tỉnh ủy Quảng Trị"), Unit("khanh hoa", "y")])
    assert len(list_units(demo_db)) == len(before) + 2


def test_the_file_holds_what_was_added(demo_db, demo_path):
    add_units(demo_db, [Unit("Quảng Trị", "Ban Tổ chức Tỉnh ủy Quảng Trị")])
    copy = MeetingFile.open_read_only(demo_path)
    try:
        assert list_units(copy)[-1].short_name == "Quảng Trị"
    finally:
        copy.close()
