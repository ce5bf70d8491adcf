"""PDFs whose pages can be told apart after printing, for the preview and printer tests.

Page N carries N black squares in a row at the top, and a line of Vietnamese. Printed pages
are pictures (the printer gets the page as drawn), so the squares, not the text, say which
page came out: :func:`marks` counts them on each page of a PDF read back.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from core.documents.base import SERIF, register_fonts
from ui.pdf_pages import PdfPages

SQUARE, GAP, TOP = 24.0, 12.0, 60.0  # points
MAX_MARKS = 12


def numbered_pdf(pages: int, landscape_pages: frozenset[int] = frozenset()) -> bytes:
    """``pages`` A4 pages, page N (from 1) marked with N squares; ``landscape_pages`` turned."""
    register_fonts()
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for number in range(1, pages + 1):
        size = landscape(A4) if number in landscape_pages else A4
        pdf.setPageSize(size)
        for square in range(number):
            x = 40 + square * (SQUARE + GAP)
            pdf.rect(x, size[1] - TOP - SQUARE, SQUARE, SQUARE, stroke=0, fill=1)
        pdf.setFont(SERIF, 14)
        pdf.drawString(40, size[1] - 140, f"Trang {number}: Biên bản kiểm phiếu – Đắk Lắk, Thừa Thiên Huế")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def marks(pdf: bytes) -> list[int]:
    """How many squares each page of ``pdf`` shows, read from the page drawn at 36 dpi."""
    pages = PdfPages(pdf)  # the program's own reader: it keeps PDFium to one thread at a time
    found = []
    try:
        for index in range(pages.count):
            image = pages.image(index, 36)
            y = round((TOP + SQUARE / 2) / 2)
            xs = [round((40 + square * (SQUARE + GAP) + SQUARE / 2) / 2) for square in range(MAX_MARKS)]
            found.append(sum(1 for x in xs if x < image.width() and image.pixelColor(x, y).lightness() < 100))
    finally:
        pages.close()
    return found
