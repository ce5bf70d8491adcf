"""The printed agreement (PDF) and the Word export: content, signature grid, originals."""

import io
import re
from dataclasses import replace

import pytest
from docx import Document
from docx.oxml.ns import qn

from core.agreement import AbsentChoice, load_agreement, save_agreement, set_absent_choice, signatories
from core.agreement_docx import agreement_docx, export_docx
from core.attendance import check_in
from core.cli import main as cli_main
from core.demo import write_demo
from core.documents.agreement import render_agreement_pdf, render_from_db
from core.documents.catalog import KINDS, render
from core.meetings import load_meeting
from core.units import list_units
from tests.core.agreement_fixtures import GIVEN, PROVINCES, make_cluster, person_id, title_of
from tests.pdf_text import all_text, page_numbers, pages_text


def flat(text: str) -> str:
    """Page text with line breaks and non-breaking spaces as single spaces."""
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


@pytest.fixture
def demo(tmp_path):
    db = write_demo(tmp_path / "demo.thidua")
    yield db
    db.close()


def one_copy(db) -> list[str]:
    return [flat(p) for p in pages_text(render_from_db(db, copies=1))]


def test_demo_agreement_has_every_units_block_and_correct_vietnamese(demo):
    text = " ".join(one_copy(demo))
    for phrase in (
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "BẢN GIAO ƯỚC THI ĐUA NĂM 2020",
        "Nha Trang, ngày 19 tháng 12 năm 2019",
        "Căn cứ Luật Thi đua, khen thưởng",
        "I. CÁC PHONG TRÀO THI ĐUA",
        "II. CÁC CHỈ TIÊU THI ĐUA",
        "III. TỔ CHỨC THỰC HIỆN",
        "Bản giao ước này được lập thành 13 bản",
        "ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC",
        "Tham mưu chuẩn bị tốt và tổ chức thành công đại hội đảng bộ các cấp",
    ):
        assert phrase in text, phrase
    for block in signatories(demo).blocks:
        assert block.organization_line() in text
        assert block.name in text
    assert text.count("K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN") == 2  # Ninh Thuận and Gia Lai heads are deputies
    # The cluster head (Khánh Hòa) signs first.
    grid = text[text.index("ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC") :]
    assert grid.index("BAN TỔ CHỨC TỈNH ỦY KHÁNH HÒA") < grid.index("BAN TỔ CHỨC THÀNH ỦY ĐÀ NẴNG")
    assert "T/M BAN TỔ CHỨC" not in text  # a Ban Tổ chức is run by its head: never T/M beside K/T


def test_print_command_writes_all_originals(demo, tmp_path):
    demo.close()
    out = tmp_path / "giao-uoc.pdf"
    assert "agreement" in KINDS
    argv = ["print", str(tmp_path / "demo.thidua"), "agreement", "-o", str(out)]
    assert cli_main(argv, io.StringIO(), io.StringIO()) == 0
    pages = [flat(p) for p in pages_text(out.read_bytes())]
    numbers = page_numbers(out.read_bytes())
    firsts = [p for p in pages if "ĐẢNG CỘNG SẢN VIỆT NAM" in p]
    assert len(firsts) == 13  # 12 member units + 1 extra, each starting on a new page
    assert len(pages) % 13 == 0
    per_copy = len(pages) // 13
    for k in range(13):  # pages are numbered within each original
        assert numbers[k * per_copy : (k + 1) * per_copy] == ["", *[str(n) for n in range(2, per_copy + 1)]]
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in pages[k * per_copy]
    assert "Bản số" not in " ".join(pages)


def test_numbered_originals_say_ban_so_k_of_n_on_their_first_page(demo):
    save_agreement(demo, replace(load_agreement(demo), number_copies=True, extra_copies=2))
    pages = [flat(p) for p in pages_text(render(demo, "agreement"))]
    numbered = [(i, m.group(1)) for i, p in enumerate(pages) for m in re.finditer(r"Bản số (\d+/\d+)", p)]
    assert [n for _, n in numbered] == [f"{k}/14" for k in range(1, 15)]
    assert all("ĐẢNG CỘNG SẢN VIỆT NAM" in pages[i] for i, _ in numbered)
    assert "Bản giao ước này được lập thành 14 bản" in pages[numbered[0][0] + 1] + " ".join(pages[:4])


def test_fifteen_units_run_onto_a_second_page_without_splitting_a_block(tmp_path):
    db = make_cluster(tmp_path / "15.thidua", PROVINCES)
    try:
        pages = one_copy(db)
        plan = signatories(db)
        assert len(plan.printed) == 15
        assert load_agreement(db).per_row(15) == 3
        grid_pages = set()
        for number, block in enumerate(plan.printed):
            org = block.organization_line()
            where_org = [i for i, p in enumerate(pages) if org in p]
            where_name = [i for i, p in enumerate(pages) if block.name in p]
            assert len(where_org) == 1, org
            assert where_org == where_name, f"{org} and {block.name} are on different pages"
            assert block.name == f"Lê Văn {GIVEN[PROVINCES.index(block.unit.short_name)]}" or number == 0
            grid_pages.add(where_org[0])
        assert len(grid_pages) >= 2, "the grid should run onto a second page"
        # With room left under the text, the grid starts right there, not on a new page.
        heading = next(i for i, p in enumerate(pages) if "ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC" in p)
        assert heading == next(i for i, p in enumerate(pages) if "Bản giao ước này được lập thành" in p)
        assert min(grid_pages) == heading
        # Rows of three: the blocks of one row are on one page.
        for start in range(0, 15, 3):
            rows = {
                next(i for i, p in enumerate(pages) if b.organization_line() in p)
                for b in plan.printed[start : start + 3]
            }
            assert len(rows) == 1
    finally:
        db.close()


def test_blank_blocks_print_unit_and_title_without_a_name_and_left_out_blocks_vanish(tmp_path):
    db = make_cluster(tmp_path / "4.thidua", PROVINCES[:4])
    try:
        check_in(db, person_id(db, "Lê Văn An", "Thanh Hóa"))
        check_in(db, person_id(db, "Trần Thị Bình", "Nghệ An"))
        text = flat(all_text(render_from_db(db, copies=1)))
        assert "BAN TỔ CHỨC TỈNH ỦY HÀ TĨNH" in text and "Lê Văn Cường" not in text
        assert "K/T TRƯỞNG BAN" in text and "Trần Thị Bình" in text  # Nghệ An's deputy
        hà_tĩnh = next(u for u in list_units(db) if u.short_name == "Hà Tĩnh")
        set_absent_choice(db, hà_tĩnh.id, AbsentChoice.OMIT)
        text = flat(all_text(render_from_db(db, copies=1)))
        assert "HÀ TĨNH" not in text and "QUẢNG BÌNH" in text
    finally:
        db.close()


def test_two_blocks_a_row_for_small_clusters_and_the_setting_wins(tmp_path):
    db = make_cluster(tmp_path / "4.thidua", PROVINCES[:4])
    try:
        a = load_agreement(db)
        assert a.per_row(4) == 2 and a.per_row(9) == 3
        assert replace(a, blocks_per_row=3).per_row(4) == 3
        pdf = render_agreement_pdf(
            load_meeting(db), replace(a, blocks_per_row=3), signatories(db), 4, copies=1
        )
        assert "BAN TỔ CHỨC TỈNH ỦY QUẢNG BÌNH" in flat(all_text(pdf))
    finally:
        db.close()


def test_docx_has_the_same_content_and_a_borderless_signature_grid(demo, tmp_path):
    path = export_docx(demo, tmp_path / "giao-uoc.docx")
    document = Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    assert "BẢN GIAO ƯỚC THI ĐUA NĂM 2020" in paragraphs
    assert any(p.startswith("Căn cứ Luật Thi đua, khen thưởng") for p in paragraphs)
    for heading in ("I. CÁC PHONG TRÀO THI ĐUA", "II. CÁC CHỈ TIÊU THI ĐUA", "III. TỔ CHỨC THỰC HIỆN"):
        assert heading in paragraphs
    heading, movements, targets, grid = document.tables
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in heading.cell(0, 1).text
    assert [c.text for c in movements.rows[0].cells] == [
        "STT",
        "Phong trào thi đua",
        "Mục tiêu",
        "Thời gian phát động",
        "Thời gian sơ kết, tổng kết",
    ]
    assert [c.text for c in targets.rows[0].cells] == [
        "STT",
        "Nội dung",
        "Đơn vị tính",
        "Chỉ tiêu",
        "Ghi chú",
    ]
    assert [c.text for c in movements.rows[1].cells][2:] == [
        "Hoàn thành tốt các chỉ tiêu, nhiệm vụ đề ra",
        "Quý I/2020",
        "Sơ kết 6 tháng, tổng kết tháng 12/2020",
    ]
    assert len(movements.rows) == 7 and movements.style.name == "Table Grid"
    assert grid.style is None or grid.style.name != "Table Grid"
    grid_text = flat(" ".join(c.text for row in grid.rows for c in row.cells))
    for block in signatories(demo).blocks:
        assert block.organization_line() in grid_text and block.name in grid_text
    assert len(grid.columns) == 3 and len(grid.rows) == 16  # 12 blocks, 3 a row, 4 table rows each
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in grid.rows)


def test_docx_has_page_numbers_from_page_two_a_real_rule_and_the_issuer_as_author(demo):
    document = Document(
        io.BytesIO(agreement_docx(load_meeting(demo), load_agreement(demo), signatories(demo), 12))
    )
    section = document.sections[0]
    assert section.different_first_page_header_footer  # none on the first page
    assert not section.first_page_header.paragraphs[0].text
    header = section.header._element.xml
    assert "PAGE" in header and "w:fldChar" in header
    heading = document.tables[0].cell(0, 1)
    assert any(p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None for p in heading.paragraphs)
    assert "—" not in heading.text and "---" not in heading.text
    assert document.core_properties.author == "BAN TỔ CHỨC TRUNG ƯƠNG – CỤM THI ĐUA SỐ III"
    assert document.core_properties.title == "BẢN GIAO ƯỚC THI ĐUA NĂM 2020"


def test_docx_bytes_open_in_python_docx(demo):
    data = agreement_docx(load_meeting(demo), load_agreement(demo), signatories(demo), 12)
    assert Document(io.BytesIO(data)).paragraphs


def test_a_tab_stored_in_the_text_is_a_space_in_word_as_in_the_pdf(demo):
    """A tab read from an older file or an outside edit (the screen no longer types one)."""
    agreement = replace(load_agreement(demo), intro="Các đơn vị\tthống nhất")
    data = agreement_docx(load_meeting(demo), agreement, signatories(demo), 12)
    xml = Document(io.BytesIO(data)).element.xml
    assert "Các đơn vị thống nhất" in xml and "<w:tab/>" not in xml


def test_agreement_command_lists_signatories_and_exports_docx(demo, tmp_path):
    demo.close()
    out, stdout = tmp_path / "g.docx", io.StringIO()
    assert (
        cli_main(["agreement", str(tmp_path / "demo.thidua"), "--docx", str(out)], stdout, io.StringIO()) == 0
    )
    printed = stdout.getvalue()
    assert "Chưa ai điểm danh" in printed
    assert "1. Khánh Hòa: Nguyễn Thị Ánh Tuyết (TRƯỞNG BAN)" in printed
    assert "Ninh Thuận: Mai Văn Khoa (K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN)" in printed
    assert out.exists()


def test_title_of_uses_thanh_uy_for_da_nang():
    assert title_of("Đà Nẵng") == "Ban Tổ chức Thành ủy Đà Nẵng"
