"""Thẻ đại biểu: badge cards on A4 sheets, with cut marks.

The card fits a standard 90 x 55 mm badge sleeve (10 to a page, 2 x 5); other sleeve sizes
are options (``SIZES``). Each card: the issuing body and the meeting, ĐẠI BIỂU or KHÁCH
MỜI on a colored band, the name, position and unit (wrapped between words and shrunk to
fit, never overflowing; the unit in bold at least 11 pt, to be read at arm's length), and
a QR code of the person's digit code with the digits printed under it. A badge sheet is
cut apart, so each card carries the issuing body instead of the Party heading of a
page.

Speed: a QR code is drawn as one filled path of its dark runs (not a Drawing of
hundreds of shapes), and its mask is fixed rather than searched over 8 trials: any
of the 8 masks is a valid QR code, and for a few digits the choice does not matter
to a scanner.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable

from core.documents.base import SERIF, author_of, register_fonts, render_pdf
from core.documents.catalog import DEFAULT_BADGE_SIZE, PrintOptions
from core.model import Meeting, Role
from core.registration import DeskEntry, RegistrationDesk
from core.storage import MeetingFile

PAGE_WIDTH, PAGE_HEIGHT = A4
PAD = 3 * mm
MARK, MARK_GAP = 4 * mm, 1.5 * mm  # cut mark length, and its distance from the card edge
UNIT_MIN_SIZE = 11  # the unit, read at arm's length


@dataclass(frozen=True)
class CardSize:
    """A badge sleeve's card, and how many fit an A4 sheet with room for the cut marks."""

    width: float
    height: float

    @property
    def columns(self) -> int:
        return int((PAGE_WIDTH - 2 * (MARK + MARK_GAP + 2 * mm)) // self.width)

    @property
    def rows(self) -> int:
        return int((PAGE_HEIGHT - 2 * (MARK + MARK_GAP + 2 * mm)) // self.height)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def grid_left(self) -> float:
        return (PAGE_WIDTH - self.columns * self.width) / 2

    @property
    def grid_bottom(self) -> float:
        return (PAGE_HEIGHT - self.rows * self.height) / 2

    @property
    def qr(self) -> float:
        return min(24 * mm, self.height * 0.4)


SIZES = {
    "90x55": CardSize(90 * mm, 55 * mm),  # the standard sleeve (default)
    "86x54": CardSize(85.6 * mm, 54 * mm),  # ID-1, a plastic card holder
    "95x60": CardSize(95 * mm, 60 * mm),
    "90x66": CardSize(90 * mm, 66 * mm),  # the earlier card, four rows to a sheet
}
DEFAULT_SIZE = DEFAULT_BADGE_SIZE

DELEGATE_COLOR = colors.HexColor("#b3141b")  # Party red
GUEST_COLOR = colors.HexColor("#0b2a5b")  # the projector's deep blue


@dataclass(frozen=True)
class Card:
    name: str
    position: str
    unit: str
    code: str
    guest: bool


@dataclass(frozen=True)
class BadgeData:
    issuer: str  # "BAN TỔ CHỨC TRUNG ƯƠNG – CỤM THI ĐUA SỐ III"
    title: str  # the meeting's title
    cards: list[Card]
    author: str = "ThiDua"  # the PDF's author: the issuing body


def card_of(entry: DeskEntry) -> Card:
    p = entry.person
    return Card(p.full_name, p.position, entry.unit_text, p.code, p.role == Role.GUEST)


def issuer_line(meeting: Meeting) -> str:
    lines = list(meeting.letterhead) or [meeting.commission, meeting.cluster]
    return " – ".join(line.upper() for line in lines if line)


def collect(db: MeetingFile, person_ids: list[int] | None = None) -> BadgeData:
    return from_desk(RegistrationDesk(db), person_ids)


def from_desk(desk: RegistrationDesk, person_ids: list[int] | None = None) -> BadgeData:
    """Badges in delegation order (units in official order, guests last); or only ``person_ids``."""
    entries = desk.entries
    if person_ids is not None:
        wanted = set(person_ids)
        entries = [e for e in entries if e.person.id in wanted]
    meeting = desk.meeting
    return BadgeData(issuer_line(meeting), meeting.title, [card_of(e) for e in entries], author_of(meeting))


# -- text that fits ----------------------------------------------------------------


LEADING = 1.18


def fit(
    text: str, font: str, width: float, max_size: float, min_size: float, max_lines: int, height: float = 1e9
):
    """(size, lines): the largest size from ``max_size`` down at which ``text`` wraps into at most
    ``max_lines`` lines no wider than ``width`` and no taller than ``height`` in all. Below
    ``min_size`` it keeps shrinking; at the smallest size it takes every line ``height`` holds
    (breaking words too long for a line), and only as a last resort cuts the text with "…",
    so that nothing ever runs off the card."""
    size = max_size
    while size >= 4:
        lines = simpleSplit(text, font, size, width)
        if (
            len(lines) <= max_lines
            and len(lines) * size * LEADING <= height
            and all(stringWidth(line, font, size) <= width for line in lines)
        ):
            return size, lines
        size -= 0.5 if size > min_size else 0.25
    size = 4.0
    # At the smallest size, a card that gives the room (``height``) takes as many lines as fit
    # in it, and words too long for a line are broken: whatever the program accepts as a name,
    # position or organization prints whole (issue 16). Only what even that cannot hold is cut.
    lines = _wrap_breaking_words(text, font, size, width)
    room = max(1, min(max_lines, int(height // (size * LEADING))))
    if height < 1e9:
        room = max(room, int(height // (size * LEADING)))
    if len(lines) <= room:
        return size, lines
    lines = lines[:room]
    last = lines[-1] if lines else ""
    while last and stringWidth(last + "…", font, size) > width:
        last = last[:-1]
    return size, [*lines[:-1], last + "…"]


def _wrap_breaking_words(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` wrapped at spaces, and a word wider than a line broken between its letters."""
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width):
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


def _draw_lines(c: Canvas, lines: list[str], font: str, size: float, x_center: float, top: float) -> float:
    """Centered lines from ``top`` downwards; returns the y below the last line."""
    leading = size * LEADING
    c.setFont(font, size)
    baseline = top - size
    for index, line in enumerate(lines):
        c.drawCentredString(x_center, baseline - index * leading, line)
    return baseline - (len(lines) - 1) * leading - size * 0.25  # below the last line's descenders


# -- QR codes ------------------------------------------------------------------------


def qr_modules(code: str) -> list[list[bool]]:
    """The QR matrix of ``code`` (level M), from reportlab's QrCodeWidget encoder."""
    qr: qrencoder.QRCode = QrCodeWidget(code, barLevel="M").qr  # type: ignore[attr-defined]  # not in the stubs
    if qr.version is None:
        qr.version = qr.calculate_version()
    qr.makeImpl(False, 0)  # mask 0: see the module docstring
    return qr.modules


def draw_qr(c: Canvas, code: str, x: float, y: float, size: float) -> None:
    """The code's QR symbol in a ``size`` square whose lower left corner is (x, y), quiet zone included.

    Drawn in module units (one unit = one module), so that every rectangle has integer
    coordinates written as they are: formatting 600,000 floats was most of the time of
    5,000 badges.
    """
    modules = qr_modules(code)
    count = len(modules)
    quiet = 2  # modules of white margin inside the square (the card around it is white too)
    box = size / (count + 2 * quiet)
    ops = []
    for r, row in enumerate(modules):
        y_row = count - 1 - r
        start = None
        for col, dark in enumerate([*row, False]):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                ops.append(f"{start} {y_row} {col - start} 1 re")
                start = None
    c.saveState()
    c.translate(x + quiet * box, y + quiet * box)
    c.scale(box, box)
    c.setFillColor(colors.black)
    c.drawPath(PDFPathObject(code=ops), stroke=0, fill=1)
    c.restoreState()


# -- cards ---------------------------------------------------------------------------


def draw_card(c: Canvas, card: Card, data: BadgeData, x: float, y: float, size: CardSize) -> None:
    """One card with its lower left corner at (x, y)."""
    bold = f"{SERIF}-Bold"
    width, height = size.width, size.height
    inner = width - 2 * PAD
    center = x + width / 2
    c.setFillColor(colors.black)
    top = y + height - PAD
    points, lines = fit(data.issuer, SERIF, inner, 7, 5.5, 1)
    top = _draw_lines(c, lines, SERIF, points, center, top) - 0.5
    if data.title:
        points, lines = fit(data.title, bold, inner, 8, 6, 2)
        top = _draw_lines(c, lines, bold, points, center, top)

    # The band: who this is, readable from a few steps away.
    band_height = min(8 * mm, height * 0.15)
    band_top = top - 1 * mm
    c.setFillColor(GUEST_COLOR if card.guest else DELEGATE_COLOR)
    c.rect(x, band_top - band_height, width, band_height, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(bold, 16)
    c.drawCentredString(
        center,
        band_top - band_height + (band_height - 16 * 0.7) / 2,
        "KHÁCH MỜI" if card.guest else "ĐẠI BIỂU",
    )

    # Left: name, position, unit, each wrapped between words into the room left; right: the QR code.
    qr = size.qr
    c.setFillColor(colors.black)
    text_width = width - 3 * PAD - qr
    text_center = x + PAD + text_width / 2
    top = band_top - band_height - 2 * mm
    bottom = y + PAD
    room = top - bottom
    name_size, name_lines = fit(card.name, bold, text_width, 17, 12, 2, room * 0.42)
    unit_size, unit_lines = (0.0, [])
    if card.unit:
        unit_size, unit_lines = fit(card.unit, bold, text_width, 13, UNIT_MIN_SIZE, 3, room * 0.45)
    unit_height = len(unit_lines) * unit_size * LEADING
    top = _draw_lines(c, name_lines, bold, name_size, text_center, top) - 1.5 * mm
    if card.position:
        position_room = top - bottom - unit_height - 1 * mm
        points, lines = fit(card.position, SERIF, text_width, 10, 7.5, 2, position_room)
        top = _draw_lines(c, lines, SERIF, points, text_center, top) - 1 * mm
    if unit_lines:
        _draw_lines(c, unit_lines, bold, unit_size, text_center, max(top, bottom + unit_height))

    qr_x = x + width - PAD - qr
    qr_y = y + PAD + 3 * mm
    draw_qr(c, card.code, qr_x, qr_y, qr)
    c.setFont(SERIF, 8)
    c.drawCentredString(qr_x + qr / 2, y + PAD, card.code)


def draw_cut_marks(c: Canvas, size: CardSize) -> None:
    """Marks outside the grid on the lines where the sheet is cut (cards touch, one cut between two)."""
    columns, rows = size.columns, size.rows
    width, height = size.width, size.height
    left, right = size.grid_left, size.grid_left + columns * width
    bottom, top = size.grid_bottom, size.grid_bottom + rows * height
    # A hairline frame around each card, light enough not to show after cutting.
    c.setStrokeColor(colors.HexColor("#bbbbbb"))
    c.setLineWidth(0.2)
    for i in range(columns):
        for j in range(rows):
            c.rect(left + i * width, bottom + j * height, width, height, stroke=1, fill=0)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.3)
    for i in range(columns + 1):
        xi = left + i * width
        c.line(xi, top + MARK_GAP, xi, top + MARK_GAP + MARK)
        c.line(xi, bottom - MARK_GAP, xi, bottom - MARK_GAP - MARK)
    for j in range(rows + 1):
        yj = bottom + j * height
        c.line(left - MARK_GAP, yj, left - MARK_GAP - MARK, yj)
        c.line(right + MARK_GAP, yj, right + MARK_GAP + MARK, yj)
    # Small crosses where four cards meet, so that a guillotine can be lined up inside the grid too.
    for i in range(1, columns):
        for j in range(1, rows):
            xi, yj = left + i * width, bottom + j * height
            c.line(xi - 1.5 * mm, yj, xi + 1.5 * mm, yj)
            c.line(xi, yj - 1.5 * mm, xi, yj + 1.5 * mm)


class BadgeSheet(Flowable):
    """One A4 sheet of up to 8 cards; it fills the page, so each sheet is a page."""

    def __init__(self, data: BadgeData, cards: list[Card], size: CardSize):
        super().__init__()
        self.data, self.cards, self.size = data, cards, size

    def wrap(self, available_width, available_height):
        self.width, self.height = available_width, available_height
        return available_width, available_height

    def draw(self):
        c = self.canv
        c.saveState()
        # Draw in page coordinates: the sheet's layout is the page's, not the frame's.
        origin_x, origin_y = c.absolutePosition(0, 0)
        c.translate(-origin_x, -origin_y)
        size = self.size
        draw_cut_marks(c, size)
        for index, card in enumerate(self.cards):
            col, row = index % size.columns, index // size.columns
            x = size.grid_left + col * size.width
            y = size.grid_bottom + (size.rows - 1 - row) * size.height
            c.saveState()
            draw_card(c, card, self.data, x, y, size)
            c.restoreState()
        c.restoreState()


def build(data: BadgeData, size: str = DEFAULT_SIZE) -> bytes:
    """The badges on A4 sheets, for a sleeve of ``size`` (a key of ``SIZES``)."""
    register_fonts()
    card = SIZES[size]
    per_page = card.per_page
    sheets: list[Flowable] = [
        BadgeSheet(data, data.cards[i : i + per_page], card) for i in range(0, len(data.cards), per_page)
    ]
    if not sheets:
        sheets = [BadgeSheet(data, [], card)]
    margins = {"leftMargin": 5 * mm, "rightMargin": 5 * mm, "topMargin": 5 * mm, "bottomMargin": 5 * mm}
    return render_pdf(sheets, title="Thẻ đại biểu", author=data.author, page_numbers=False, margins=margins)


def render(db: MeetingFile, options: PrintOptions | None = None) -> bytes:
    return build(collect(db), options.badge_size if options is not None else DEFAULT_SIZE)
