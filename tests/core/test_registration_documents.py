"""The registration desk's printed documents, read back as text, and the print command."""

from __future__ import annotations

import io
import math
from datetime import datetime

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from core import cli
from core.documents import attendance_report, badges, delegate_list
from core.documents.base import SERIF, register_fonts
from core.documents.catalog import KINDS, render
from core.model import Person, Role
from core.registration import RegistrationDesk
from tests.pdf_text import all_text, page_numbers, pages_text, rectangles, spans

UNIT_TITLES = [
    "Ban Tổ chức Thành ủy Đà Nẵng",
    "Ban Tổ chức Tỉnh ủy Quảng Nam",
    "Ban Tổ chức Tỉnh ủy Quảng Ngãi",
    "Ban Tổ chức Tỉnh ủy Bình Định",
    "Ban Tổ chức Tỉnh ủy Phú Yên",
    "Ban Tổ chức Tỉnh ủy Khánh Hòa",
    "Ban Tổ chức Tỉnh ủy Ninh Thuận",
    "Ban Tổ chức Tỉnh ủy Kon Tum",
    "Ban Tổ chức Tỉnh ủy Gia Lai",
    "Ban Tổ chức Tỉnh ủy Đắk Lắk",
    "Ban Tổ chức Tỉnh ủy Đắk Nông",
    "Ban Tổ chức Tỉnh ủy Lâm Đồng",
]


def flat(text: str) -> str:
    """PDF text with line breaks and repeated spaces made single spaces."""
    return " ".join(text.split())


def find(desk: RegistrationDesk, name: str) -> Person:
    return next(e.person for e in desk.entries if e.person.full_name == name)


def test_the_print_kinds_are_registered():
    assert {"attendance", "badges", "attendance-report"} <= set(KINDS)


# -- the delegate list -------------------------------------------------------------------


def test_delegate_list_has_the_party_heading_units_in_official_order_and_guests_last(demo_db):
    text = flat(all_text(render(demo_db, "attendance")))
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "CỤM THI ĐUA SỐ III" in text
    assert "Nha Trang, ngày 19 tháng 12 năm 2019" in text
    assert "DANH SÁCH ĐẠI BIỂU" in text
    for column in ("STT", "Họ và tên", "Chức vụ", "Có mặt", "Ký tên", "Cơ quan"):
        assert column in text
    positions = [text.index(title) for title in UNIT_TITLES]
    assert positions == sorted(positions)
    assert text.index("II. KHÁCH MỜI") > positions[-1]
    assert text.index("Nguyễn Tấn Tuân") > text.index("II. KHÁCH MỜI")
    assert "Tổng số: 36 đại biểu được triệu tập của 12 đơn vị thành viên và 2 khách mời." in text


def test_within_a_unit_the_head_comes_first_then_the_order_of_rank(demo_db):
    text = flat(all_text(render(demo_db, "attendance")))
    # Lâm Đồng: head Cao Xuân Đức, then by position (core/protocol_rank.py): Phó Trưởng ban,
    # Trưởng phòng, Chuyên viên.
    order = [text.index(name) for name in ("Cao Xuân Đức", "Phùng Thị Yến", "K' Brơi", "Dương Văn Ân")]
    assert order == sorted(order)
    # Đà Nẵng: head Lê Văn Hải, then Hà < Quân.
    order = [text.index(name) for name in ("Lê Văn Hải", "Trần Thị Thu Hà", "Phan Minh Quân")]
    assert order == sorted(order)


def test_delegate_list_shows_check_in_times_substitutes_and_the_present_totals(demo_db):
    desk = RegistrationDesk(demo_db)
    desk.check_in(find(desk, "Lê Văn Hải").id)
    desk.walk_in(Person("Ngô Văn Thay", position="Chuyên viên"), substitute_for=find(desk, "Kiều Văn Lực").id)
    at = desk.present[find(desk, "Lê Văn Hải").id].strftime("%H:%M")
    text = flat(all_text(delegate_list.build(delegate_list.from_desk(desk), datetime(2019, 12, 19, 8, 5))))
    assert at in text
    assert "thay cho Kiều Văn Lực" in text
    assert "có người thay: Ngô Văn Thay" in text
    assert (
        "Có mặt (đến 08:05 ngày 19/12/2019): 2/36 đại biểu (trong đó 1 người dự thay), vắng 34;"
        " 2/12 đơn vị, 0/2 khách mời." in text
    )
    assert "36 đại biểu được triệu tập của 12 đơn vị thành viên và 2 khách mời." in text


def test_a_long_delegate_list_repeats_the_unit_title_on_the_next_page(demo_db):
    desk = RegistrationDesk(demo_db)
    unit = desk.units[0]
    for i in range(60):
        desk.walk_in(Person(f"Nguyễn Văn Số {i:02d}", Role.DELEGATE, "Chuyên viên", unit.id))
    pdf = delegate_list.build(delegate_list.from_desk(desk))
    pages = pages_text(pdf)
    assert len(pages) >= 3
    # every later page repeats the column header, then the unit's title when the unit runs on
    for page in pages[1:]:
        assert flat(page).startswith("STT Họ và tên Chức vụ Có mặt Ký tên"), page[:80]
    assert flat(pages[1]).startswith("STT Họ và tên Chức vụ Có mặt Ký tên 1. Ban Tổ chức Thành ủy Đà Nẵng")
    assert page_numbers(pdf) == ["", *[str(n) for n in range(2, len(pages) + 1)]]  # from page 2, on top


# -- badges ----------------------------------------------------------------------------


def test_badges_ten_to_a_page_with_the_role_name_position_unit_and_code(demo_db):
    pdf = render(demo_db, "badges")
    pages = pages_text(pdf)
    assert len(pages) == math.ceil(38 / 10)
    first = flat(pages[0])
    assert first.count("ĐẠI BIỂU") == 10
    for expected in (
        "Lê Văn Hải",
        "Trưởng ban",
        "Đà Nẵng",
        "1001",
        "BAN TỔ CHỨC TRUNG ƯƠNG – CỤM THI ĐUA SỐ III",
    ):
        assert expected in first
    last = flat(pages[-1])
    assert last.count("KHÁCH MỜI") == 2 and "Nguyễn Tấn Tuân" in last and "Tỉnh ủy Khánh Hòa" in last


@pytest.mark.parametrize("size", sorted(badges.SIZES))
def test_badges_fit_their_sleeve_with_the_unit_readable_and_no_broken_word(demo_db, size):
    """A 90 x 55 mm sleeve by default: each card is that rectangle; the unit in bold at least
    11 pt; every word printed is a whole word of what was typed."""
    desk = RegistrationDesk(demo_db)
    desk.walk_in(
        Person(
            "Tôn Nữ Thị Hoàng Yến",
            Role.DELEGATE,
            "Phó Trưởng phòng Tổ chức đảng, đảng viên",
            desk.units[1].id,
        )
    )
    data = badges.from_desk(desk)
    pdf = badges.build(data, size)
    card = badges.SIZES[size]
    frames = [
        (w, h) for _p, w, h in rectangles(pdf) if abs(w - card.width) < 0.5 and abs(h - card.height) < 0.5
    ]
    assert len(frames) >= len(data.cards)
    assert len(pages_text(pdf)) == math.ceil(len(data.cards) / card.per_page)
    found = spans(pdf)
    units = {c.unit for c in data.cards}
    unit_spans = [
        s for s in found if any(s.text.strip() and s.text.strip() in u for u in units) and "Bold" in s.font
    ]
    assert unit_spans and min(s.size for s in unit_spans) >= 11
    typed = {w for c in data.cards for t in (c.name, c.position, c.unit) for w in t.split()}
    typed |= {w for t in (data.issuer, data.title, "ĐẠI BIỂU KHÁCH MỜI") for w in t.split()}
    typed |= {c.code for c in data.cards}
    for s in found:
        for word in s.text.split():
            assert word in typed, (word, s.text)
    if size == badges.DEFAULT_SIZE:
        assert "Tôn Nữ Thị Hoàng Yến" in {s.text.strip() for s in found}  # a five-word name on one line


def test_badges_for_chosen_people_only(demo_db):
    desk = RegistrationDesk(demo_db)
    chosen = find(desk, "Bùi Thị Lan")
    text = flat(all_text(badges.build(badges.from_desk(desk, [chosen.id]))))
    assert "Bùi Thị Lan" in text and "Lê Văn Hải" not in text


def test_the_qr_code_holds_the_digits_of_the_code():
    # A version-1 symbol (21 modules) is enough for a 4-9 digit code; position patterns in three corners.
    modules = badges.qr_modules("1001")
    assert len(modules) == 21
    for row, col in ((0, 0), (0, 14), (14, 0)):
        assert all(modules[row][col + i] for i in range(7))  # the top edge of a finder pattern
    assert badges.qr_modules("1001") != badges.qr_modules("1002")


@settings(max_examples=80, deadline=None)
@given(
    text=st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬ  ", min_size=1, max_size=160),
    max_lines=st.integers(1, 3),
)
def test_fitted_card_text_never_runs_off_the_card(text, max_lines):
    assume(text.strip())  # blank text has nothing to fit: see the next test
    register_fonts()
    width = 50 * 2.83
    size, lines = badges.fit(text, SERIF, width, 15, 10, max_lines)
    assert 1 <= len(lines) <= max_lines
    assert all(stringWidth(line, SERIF, size) <= width + 0.01 for line in lines)


def test_blank_card_text_takes_no_line():
    # A person without a position gets no empty line on the badge (hypothesis found " ").
    register_fonts()
    assert badges.fit("   ", SERIF, 50 * 2.83, 15, 10, 2)[1] == []


def test_a_very_long_word_is_shrunk_or_cut_never_overflowing():
    register_fonts()
    size, lines = badges.fit(
        "Ngườicótênrấtdàikhôngcókhoảngtrắngnàocảvàcònrấtdàinữa" * 3, SERIF, 100, 15, 10, 1
    )
    assert stringWidth(lines[0], SERIF, size) <= 100 and lines[0].endswith("…")


# -- the attendance report ---------------------------------------------------------------


def test_attendance_report_counts_by_unit_absent_people_and_the_time(demo_db):
    desk = RegistrationDesk(demo_db)
    for unit in desk.units[:8]:
        desk.check_in(next(e.person.id for e in desk.entries if e.person.unit_id == unit.id))
    desk.walk_in(Person("Ngô Văn Thay"), substitute_for=find(desk, "Kiều Văn Lực").id)
    data = attendance_report.from_desk(desk, datetime(2019, 12, 19, 7, 42, 10))
    text = flat(all_text(attendance_report.build(data)))
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    assert "BÁO CÁO TÌNH HÌNH ĐẠI BIỂU CÓ MẶT" in text
    assert "(Tính đến 07:42 ngày 19/12/2019)" in text
    assert "Đại biểu được triệu tập: 36; có mặt: 9 (trong đó 1 người dự thay); vắng: 27." in text
    assert "Đơn vị thành viên có đại biểu dự: 9/12." in text
    assert "9/12 — ĐỦ." in text
    assert "Tổng cộng 36 9 27 1" in text
    assert "Dự thay: Ngô Văn Thay dự thay Kiều Văn Lực (Gia Lai)." in text
    assert "Trần Thị Thu Hà" in text  # absent
    assert "Lê Văn Hải" not in text  # present
    assert "Khách mời chưa đến: Tán Văn Bảo (Ban Tổ chức Trung ương); Nguyễn Tấn Tuân" in text
    assert "In lúc 07:42:10 ngày 19/12/2019." in text


def test_attendance_report_says_when_the_quorum_is_not_met(demo_db):
    text = flat(all_text(render(demo_db, "attendance-report")))
    assert "0/12 — CHƯA ĐỦ." in text


# -- the print command ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("attendance", "DANH SÁCH ĐẠI BIỂU"),
        ("badges", "ĐẠI BIỂU"),
        ("attendance-report", "BÁO CÁO TÌNH HÌNH"),
    ],
)
def test_print_command_writes_each_registration_document(demo_path, tmp_path, kind, expected):
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / f"{kind}.pdf"
    assert cli.main(["print", str(demo_path), kind, "-o", str(target)], out, err) == 0, err.getvalue()
    assert expected in all_text(target.read_bytes())
    assert str(target) in out.getvalue()


def test_a_name_of_four_or_five_words_stays_on_one_line(demo_db):
    desk = RegistrationDesk(demo_db)
    unit = desk.units[0]
    for name in ("Nguyễn Thị Ánh Tuyết", "Tôn Nữ Thị Hoàng Yến", "Nguyễn Phước Bửu Long Hưng"):
        desk.walk_in(Person(name, Role.DELEGATE, "Phó Trưởng phòng Tổ chức đảng, đảng viên", unit.id))
    pdf = delegate_list.build(delegate_list.from_desk(desk))
    lines = {s.text.strip() for s in spans(pdf)}
    for name in ("Nguyễn Thị Ánh Tuyết", "Tôn Nữ Thị Hoàng Yến", "Nguyễn Phước Bửu Long Hưng"):
        assert name in lines, name
    # the rows have no unit column: the unit's title row above them says it once
    assert not any(line == "Ban Tổ chức Thành ủy Đà Nẵng" for line in lines)
