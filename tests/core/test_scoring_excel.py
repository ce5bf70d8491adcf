"""The scoring table and the units' workbooks in Excel: out, filled in, back in, refused whole."""

from fractions import Fraction as F

import openpyxl
import pytest

from core import scoring, scoring_excel
from core.errors import ValidationError
from core.model import Unit
from core.scoring import Item, Kind
from core.storage import MeetingFile
from core.units import add_unit

ITEMS = [
    Item("I", "Công tác tổ chức", Kind.GROUP),
    Item("1", "Thẩm định hồ sơ", Kind.TARGET, F(10), parent="I", target=F(20), measure="hồ sơ"),
    Item("2", "Không có cán bộ bị kỷ luật", Kind.PASS_FAIL, F(5), parent="I"),
    Item("3", "Bài viết đăng Tạp chí", Kind.COUNT, F(6), parent="I", per=F(2), measure="bài"),
    Item("II", "Điểm thưởng, điểm trừ", Kind.GROUP),
    Item("4", "Sáng kiến", Kind.BONUS, F(5), parent="II"),
    Item("5", "Chậm báo cáo", Kind.PENALTY, F(3), parent="II"),
]


@pytest.fixture
def db(tmp_path):
    with MeetingFile.create(tmp_path / "m.thidua") as db:
        for name in ("Khánh Hòa", "Quảng Nam", "Kon Tum"):
            add_unit(db, Unit(name, f"Ban Tổ chức Tỉnh ủy {name}"))
        scoring.save_table(db, ITEMS)
        yield db


def fill(path, values: dict[str, object], women=None, staff=None):
    """Fill a unit's workbook as the unit would, in Excel."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    last = 0
    for row in range(scoring_excel.FIRST_ROW, sheet.max_row + 1):
        code = sheet.cell(row, 1).value
        if code in values:
            sheet.cell(row, scoring_excel.VALUE_COLUMN, values[code])
        if code:
            last = row
    sheet.cell(last + 2, scoring_excel.VALUE_COLUMN, women)
    sheet.cell(last + 3, scoring_excel.VALUE_COLUMN, staff)
    workbook.save(path)


def test_the_table_goes_out_and_comes_back_the_same(db, tmp_path):
    path = tmp_path / "bang-diem.xlsx"
    assert scoring_excel.export_table(db, path) == 7
    items = scoring_excel.read_table_file(path)
    assert [(i.code, i.parent, i.kind, i.max_points, i.target, i.per) for i in items] == [
        (i.code, i.parent, i.kind, i.max_points, i.target, i.per) for i in ITEMS
    ]


def test_a_table_with_a_wrong_cell_is_refused_naming_it(db, tmp_path):
    path = tmp_path / "bang-diem.xlsx"
    scoring_excel.export_table(db, path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    sheet["D3"] = "Theo cảm tính"
    sheet["E4"] = "năm"
    workbook.save(path)
    with pytest.raises(ValidationError) as caught:
        scoring_excel.import_table(db, path)
    text = str(caught.value)
    assert 'Tệp bang-diem.xlsx, dòng 3, ô D3: loại "Theo cảm tính" không có' in text
    assert 'Tệp bang-diem.xlsx, dòng 4: "năm" không phải một số lớn hơn 0.' in text
    assert len(scoring.load_table(db).items) == 7


def test_workbooks_filled_and_imported(db, tmp_path):
    paths = scoring_excel.write_unit_workbooks(db, tmp_path)
    assert [p.name for p in paths] == [
        "tu-cham-khanh-hoa.xlsx",
        "tu-cham-quang-nam.xlsx",
        "tu-cham-kon-tum.xlsx",
    ]
    fill(paths[0], {"1": 30, "2": "Đạt", "3": 2, "4": "2,5", "5": 0}, women=7, staff=10)
    fill(paths[1], {"1": 20, "2": "Không đạt", "3": 5, "4": 0, "5": 1})
    outcomes = scoring_excel.import_workbooks(db, paths[:2])
    assert [o.imported for o in outcomes] == [True, True]
    s = scoring.standing(db)
    kh, qn, _kt = s.unit_ids
    assert s.scores.totals[kh] == 10 + 5 + 4 + F(5, 2)
    assert s.scores.totals[qn] == 5 + 0 + 6 + 0 - 1
    assert s.facts[kh].women_share_met and s.facts[kh].self_source == "tu-cham-khanh-hoa.xlsx"


def test_a_workbook_with_one_error_imports_nothing_and_names_every_cell(db, tmp_path):
    paths = scoring_excel.write_unit_workbooks(db, tmp_path)
    fill(paths[0], {"1": 30, "2": "Tốt", "3": 2.5, "4": 9, "5": 0})
    fill(paths[1], {"1": 20, "2": "Đạt", "3": 1, "4": 1, "5": 0})
    outcomes = scoring_excel.import_workbooks(db, paths[:2])
    refused, good = outcomes
    assert not refused.imported and good.imported
    text = "\n".join(refused.messages)
    assert (
        'Tệp tu-cham-khanh-hoa.xlsx, ô E10 (dòng 10, tiêu chí 2 "Không có cán bộ bị kỷ luật"): "Tốt" không phải'
        in text
    )
    assert "ô E11 (dòng 11, tiêu chí 3" in text and "số lần phải là số nguyên" in text
    assert "ô E13 (dòng 13, tiêu chí 4" in text and "vượt giới hạn 5 điểm" in text
    assert "Không nhập gì từ tệp tu-cham-khanh-hoa.xlsx." in text
    entries = scoring.load_entries(db)
    kh = scoring.standing(db).unit_ids[0]
    assert not any(unit == kh for _code, unit in entries)


def test_a_workbook_from_another_table_or_with_rows_moved_is_refused(db, tmp_path):
    paths = scoring_excel.write_unit_workbooks(db, tmp_path)
    workbook = openpyxl.load_workbook(paths[0])
    workbook.worksheets[0].insert_rows(10)
    workbook.save(paths[0])
    (outcome,) = scoring_excel.import_workbooks(db, paths[:1])
    assert 'dòng 10: cột Mã phải là "2" nhưng là ""' in outcome.messages[0]
    scoring.save_table(db, [*ITEMS, Item("6", "Mới", Kind.PASS_FAIL, F(1), parent="I")])
    (outcome,) = scoring_excel.import_workbooks(db, paths[1:2])
    assert "bảng điểm đã thay đổi sau khi lập phiếu" in outcome.messages[0]
    other = tmp_path / "khac.xlsx"
    openpyxl.Workbook().save(other)
    (outcome,) = scoring_excel.import_workbooks(db, [other])
    assert "không phải phiếu tự chấm do ThiDua lập" in outcome.messages[0]
    assert not scoring.has_values(db)


def test_two_workbooks_of_one_unit_are_both_refused(db, tmp_path):
    paths = scoring_excel.write_unit_workbooks(db, tmp_path)
    copy = tmp_path / "ban-sao.xlsx"
    copy.write_bytes(paths[0].read_bytes())
    outcomes = scoring_excel.import_workbooks(db, [paths[0], copy])
    assert [o.imported for o in outcomes] == [False, False]
    assert "có nhiều tệp của Khánh Hòa" in outcomes[0].messages[0]
