"""The shared document layout: embedded fonts, the Party heading, page numbers."""

from reportlab.platypus import PageBreak, Paragraph

from core.documents.base import Numbering, party_heading, render_pdf, styles
from core.model import Meeting
from tests.pdf_text import page_numbers, spans, unembedded_fonts


def test_fonts_are_embedded_truetype_subsets():
    pdf = render_pdf([Paragraph("Đắk Lắk, Quảng Ngãi, Khánh Hòa", styles().body)], title="t", author="a")
    assert pdf.startswith(b"%PDF")
    assert b"/FontFile2" in pdf  # TrueType program embedded, not a reference to a system font
    assert b"Helvetica" not in pdf and b"Times-Roman" not in pdf
    assert unembedded_fonts(pdf) == []


def test_page_numbers_from_page_two_on_top_and_per_part():
    """HD 36: the number alone, centered in the top margin, none on the first page; a
    Numbering marker starts a part numbered from 1 again (one round's minutes)."""
    s = styles()
    single = render_pdf([Paragraph("một trang", s.body)], title="t", author="a")
    assert page_numbers(single) == [""]

    def pages(n: int) -> list:  # a new story each time: building a story consumes it
        out: list = []
        for i in range(n):
            out += [PageBreak()] if i else []
            out.append(Paragraph(f"trang {i}", s.body))
        return out

    assert page_numbers(render_pdf(pages(3), title="t", author="a")) == ["", "2", "3"]
    parts = [Numbering(), *pages(3), PageBreak(), Numbering(), *pages(2)]
    assert page_numbers(render_pdf(parts, title="t", author="a")) == ["", "2", "3", "", "2"]
    number = next(sp for sp in spans(render_pdf(pages(2), title="t", author="a")) if sp.text.strip() == "2")
    assert number.size >= 13


def test_party_heading_uses_letterhead_and_date_line():
    meeting = Meeting(letterhead=("BAN TỔ CHỨC TRUNG ƯƠNG", "CỤM THI ĐUA SỐ III"), place="Nha Trang")
    heading = party_heading(meeting)
    left, right = heading._cellvalues[0]
    assert [p.text for p in left[:2]] == ["BAN TỔ CHỨC TRUNG ƯƠNG", "<b>CỤM THI ĐUA SỐ III</b>"]
    assert right[0].text == "<b>ĐẢNG CỘNG SẢN VIỆT NAM</b>"
    assert right[-1].text == meeting.date_line()
    assert meeting.date_line().startswith("Nha Trang, ngày ")
