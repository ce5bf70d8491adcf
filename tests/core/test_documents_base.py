"""The shared document layout: embedded fonts, the Party heading, page numbers."""

from reportlab.platypus import PageBreak, Paragraph

from core.documents.base import party_heading, render_pdf, styles
from core.model import Meeting
from tests.pdf_text import all_text, pages_text


def test_fonts_are_embedded_truetype_subsets():
    pdf = render_pdf([Paragraph("Đắk Lắk, Quảng Ngãi, Khánh Hòa", styles().body)], title="t")
    assert pdf.startswith(b"%PDF")
    assert b"/FontFile2" in pdf  # TrueType program embedded, not a reference to a system font
    assert b"Helvetica" not in pdf and b"Times-Roman" not in pdf


def test_page_numbers_appear_only_on_multi_page_documents():
    s = styles()
    single = all_text(render_pdf([Paragraph("một trang", s.body)], title="t"))
    double = pages_text(
        render_pdf([Paragraph("một", s.body), PageBreak(), Paragraph("hai", s.body)], title="t")
    )
    assert "một trang" in single and "Trang" not in single
    assert "Trang 1/2" in double[0] and "Trang 2/2" in double[1]


def test_party_heading_uses_letterhead_and_date_line():
    meeting = Meeting(letterhead=("BAN TỔ CHỨC TRUNG ƯƠNG", "CỤM THI ĐUA SỐ III"), place="Nha Trang")
    heading = party_heading(meeting)
    left, right = heading._cellvalues[0]
    assert [p.text for p in left[:2]] == ["BAN TỔ CHỨC TRUNG ƯƠNG", "<b>CỤM THI ĐUA SỐ III</b>"]
    assert right[0].text == "<b>ĐẢNG CỘNG SẢN VIỆT NAM</b>"
    assert right[-1].text == meeting.date_line()
    assert meeting.date_line().startswith("Nha Trang, ngày ")
