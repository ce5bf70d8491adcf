"""What every printed document shares: fonts, styles, the Party heading, page numbers.

The layout follows Hướng dẫn 36-HD/VPTW: the issuing body top left (the superior body
in plain capitals, the issuing body in bold, an asterisk under it), "ĐẢNG CỘNG SẢN
VIỆT NAM" top right in bold with a rule under it and the place and date in italics.
Fonts are embedded (Liberation Serif, metric-compatible with Times New Roman) so every
machine prints the same pages, with every Vietnamese glyph.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from core.model import Meeting
from core.paths import resource

SERIF = "ThiDuaSerif"
PAGE_WIDTH, PAGE_HEIGHT = A4
# Margins of Hướng dẫn 36-HD/VPTW: left 30-35 mm, right 15-20 mm, top and bottom 20-25 mm.
MARGINS: dict[str, Any] = {
    "leftMargin": 30 * mm,
    "rightMargin": 18 * mm,
    "topMargin": 20 * mm,
    "bottomMargin": 20 * mm,
}
FRAME_WIDTH = PAGE_WIDTH - MARGINS["leftMargin"] - MARGINS["rightMargin"]


@cache
def register_fonts() -> str:
    """Register the serif family once; returns its name. A table cell holding a plain string is
    drawn in the serif too (reportlab's default cell font is Helvetica, which is not embedded)."""
    faces = {
        SERIF: "LiberationSerif-Regular.ttf",
        f"{SERIF}-Bold": "LiberationSerif-Bold.ttf",
        f"{SERIF}-Italic": "LiberationSerif-Italic.ttf",
        f"{SERIF}-BoldItalic": "LiberationSerif-BoldItalic.ttf",
    }
    for name, file in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    CellStyle.fontname = SERIF
    pdfmetrics.registerFontFamily(
        SERIF, normal=SERIF, bold=f"{SERIF}-Bold", italic=f"{SERIF}-Italic", boldItalic=f"{SERIF}-BoldItalic"
    )
    return SERIF


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_left: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    center: ParagraphStyle
    center_bold: ParagraphStyle
    heading_left: ParagraphStyle
    section: ParagraphStyle  # a section heading ("II. KẾT QUẢ KIỂM PHIẾU"): never last on a page
    heading_right: ParagraphStyle
    date_line: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_bold: ParagraphStyle
    small: ParagraphStyle


@cache
def styles(body_size: float = 13) -> Styles:
    """Paragraph styles; ``body_size`` 13-14 pt for text, tables are 1-2 pt smaller."""
    font = register_fonts()
    leading = body_size * 1.3
    cell_size = body_size - 1.5

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {"fontName": font, "fontSize": body_size, "leading": leading}
        return ParagraphStyle(name, **(base | kw))

    return Styles(
        body=style("body", alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=4),
        body_left=style("body_left", alignment=TA_LEFT, spaceAfter=2),
        # Hướng dẫn 36-HD/VPTW: the document type 15-16 pt bold, the trích yếu (what it is about)
        # 14-15 pt bold upright, the place and date line italic, the body 13-14 pt.
        title=style("title", fontName=f"{font}-Bold", fontSize=body_size + 3, leading=body_size * 1.5, alignment=TA_CENTER),
        subtitle=style("subtitle", fontName=f"{font}-Bold", fontSize=body_size + 1, leading=(body_size + 1) * 1.25, alignment=TA_CENTER, spaceAfter=6),
        center=style("center", alignment=TA_CENTER),
        center_bold=style("center_bold", fontName=f"{font}-Bold", alignment=TA_CENTER),
        section=style("section", fontName=f"{font}-Bold", alignment=TA_LEFT, spaceBefore=2, spaceAfter=2, keepWithNext=1),
        heading_left=style("heading_left", fontSize=body_size - 0.5, leading=leading - 1, alignment=TA_CENTER),
        heading_right=style("heading_right", fontSize=body_size + 2, leading=leading + 1, alignment=TA_CENTER),
        date_line=style("date_line", fontName=f"{font}-Italic", alignment=TA_CENTER),
        cell=style("cell", fontSize=cell_size, leading=cell_size * 1.25),
        cell_center=style("cell_center", fontSize=cell_size, leading=cell_size * 1.25, alignment=TA_CENTER),
        cell_bold=style("cell_bold", fontName=f"{font}-Bold", fontSize=cell_size, leading=cell_size * 1.25, alignment=TA_CENTER),
        small=style("small", fontSize=body_size - 3, leading=(body_size - 3) * 1.25, textColor=colors.HexColor("#444444")),
    )  # fmt: skip


def text(value: object) -> str:
    """Escape user text for a Paragraph (names may contain & or <)."""
    return escape(str(value))


class _Rule(Flowable):
    """A short centered rule, as under "ĐẢNG CỘNG SẢN VIỆT NAM"."""

    def __init__(self, width: float, height: float = 9):
        super().__init__()
        self.rule_width, self.height = width, height

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, self.height

    def draw(self):
        x = (self.width - self.rule_width) / 2
        self.canv.setLineWidth(0.6)
        # Clear of the dots under Ộ and Ệ above, with room for the date line below.
        y = self.height - 4
        self.canv.line(x, y, x + self.rule_width, y)


def title_rule() -> Flowable:
    """The short rule under a document's trích yếu."""
    return _Rule(25 * mm)


def party_heading(meeting: Meeting, number: str = "", date_line: str | None = None) -> Table:
    """The two-column heading of a Party document, from the meeting's letterhead and date."""
    s = styles()
    lines = meeting.issuing_body()
    left = [Paragraph(text(line), s.heading_left) for line in lines[:-1]]
    left.append(Paragraph(f"<b>{text(lines[-1])}</b>", s.heading_left))
    left.append(Paragraph("*", s.heading_left))
    if number:
        left.append(Paragraph(text(number), s.heading_left))
    right = [
        Paragraph("<b>ĐẢNG CỘNG SẢN VIỆT NAM</b>", s.heading_right),
        _Rule(62 * mm),
        Paragraph(text(date_line if date_line is not None else meeting.date_line()), s.date_line),
    ]
    table = Table([[left, right]], colWidths=[FRAME_WIDTH * 0.45, FRAME_WIDTH * 0.55])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def recipients(lines: Sequence[str]) -> list[Flowable]:
    """The Party-style "Nơi nhận" (Hướng dẫn 36-HD/VPTW): the words upright and underlined, each
    recipient on a line of its own in smaller type ("- Ban Tổ chức Trung ương,"), the last one
    "- Lưu …" ending with a full stop."""
    s = styles()
    label = ParagraphStyle("recipients", parent=s.body_left, fontSize=13, leading=16, spaceAfter=0)
    item = ParagraphStyle("recipient", parent=s.body_left, fontSize=11, leading=13.5, spaceAfter=0)
    out: list[Flowable] = [Paragraph("<u>Nơi nhận:</u>", label)]
    for index, line in enumerate(lines):
        end = "." if index == len(lines) - 1 else ","
        out.append(Paragraph(f"- {text(line.rstrip(',.'))}{end}", item))
    return out


def grid_table(rows: Sequence[Sequence[Any]], col_widths: Sequence[float], header_rows: int = 1) -> Table:
    """A bordered table whose header rows repeat on every page."""
    table = Table([list(row) for row in rows], colWidths=list(col_widths), repeatRows=header_rows)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eeeeee")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


class Numbering(Flowable):
    """Zero-size marker: the pages from here on are numbered from 1 again (one round's minutes,
    one original of the agreement in a PDF that holds several). ``mark`` is printed top right
    of the first page of the part ("Bản số 2/5")."""

    def __init__(self, mark: str = ""):
        super().__init__()
        self.mark = mark
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.canv._thidua_part = (id(self), self.mark)


PAGE_NUMBER_SIZE = 13


class PartyCanvas(pdf_canvas.Canvas):
    """A canvas whose initial font is the embedded serif (reportlab's default is a reference to
    Helvetica that no printer is given), and that numbers pages as Hướng dẫn 36-HD/VPTW does: the
    number alone, centered in the top margin, from page 2 (the first page has none). Pages are
    numbered within each part started by a :class:`Numbering` marker."""

    page_numbers = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        register_fonts()
        kwargs["initialFontName"] = SERIF
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []
        self._thidua_part: tuple[int, str] = (0, "")

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # not in the stubs

    def save(self) -> None:
        parts = [state["_thidua_part"] for state in self._saved_pages]
        seen: dict[tuple[int, str], int] = {}
        for state, part in zip(self._saved_pages, parts, strict=True):
            self.__dict__.update(state)
            seen[part] = seen.get(part, 0) + 1
            if self.page_numbers and seen[part] > 1:
                self.setFont(SERIF, PAGE_NUMBER_SIZE)
                self.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 12 * mm, str(seen[part]))
            if part[1] and seen[part] == 1:
                self.setFont(f"{SERIF}-Bold", 11)
                self.drawRightString(PAGE_WIDTH - MARGINS["rightMargin"], PAGE_HEIGHT - 12 * mm, part[1])
            super().showPage()
        super().save()


class PlainCanvas(PartyCanvas):
    """The embedded initial font, no page numbers (badges, ballots)."""

    page_numbers = False


def author_of(meeting: Meeting) -> str:
    """The issuing body, as the PDF's author: "Ban Tổ chức Trung ương – Cụm thi đua số III"."""
    return " – ".join(line for line in meeting.issuing_body() if line) or "ThiDua"


def render_pdf(
    story: list[Flowable],
    *,
    title: str,
    author: str,
    page_numbers: bool = True,
    on_page: Callable | None = None,
    margins: dict[str, Any] | None = None,
    pagesize: tuple[float, float] = A4,
) -> bytes:
    """Lay out ``story`` on A4 pages (or ``pagesize``) and return the PDF's bytes."""
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=pagesize, title=title, author=author, creator="ThiDua", **(margins or MARGINS)
    )
    kwargs = {}
    if on_page is not None:
        kwargs = {"onFirstPage": on_page, "onLaterPages": on_page}
    document.build(story, canvasmaker=PartyCanvas if page_numbers else PlainCanvas, **kwargs)
    return buffer.getvalue()
