"""Phiếu bầu / phiếu suy tôn (DESIGN.md, printed document 3).

Every ballot of a round is the same (a ballot carries no number: secrecy), so one
ballot is typeset once into a PDF form and stamped 1, 2 or 4 times per A4 page, with
cut marks between them. That keeps 500 ballots well under a second.

Readable and fit to stamp (issue 13): the units' names are at least 12 pt and the
instructions at least 11 pt; a ballot that does not fit its slot is printed fewer to a
page, never in smaller type. The stamp box takes a round seal (36 mm), and a column is
never narrower than the longest word of its header.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

from core.documents.base import SERIF, PlainCanvas, author_of, register_fonts, text
from core.documents.catalog import PrintOptions
from core.errors import ValidationError
from core.meetings import load_meeting
from core.rounds import Round, get_round, last_round
from core.said import Said
from core.storage import MeetingFile
from core.votes import BallotStyle, Vote, VoteMethod, get_vote
from core.votes_result import voters

PAGE_WIDTH, PAGE_HEIGHT = A4
PER_PAGE_CHOICES = (1, 2, 4)


@dataclass(frozen=True)
class Slot:
    width: float
    height: float
    font_size: float


NAME_SIZE = 12  # the least size of a unit's name; the instructions are 1 pt smaller
STAMP_SIZE = 36 * mm  # a Party organization's round seal is 35-36 mm across
SLOTS = {
    1: Slot(PAGE_WIDTH, PAGE_HEIGHT, 13),
    2: Slot(PAGE_WIDTH, PAGE_HEIGHT / 2, NAME_SIZE),  # A5 landscape, one above the other
    4: Slot(PAGE_WIDTH / 2, PAGE_HEIGHT / 2, NAME_SIZE),  # A6
}
CELL_PADDING = 5  # points each side of a ballot's cells


def default_per_page(candidates: int) -> int:
    """As many per page as may fit the list; the layout takes fewer when the ballot does not fit."""
    if candidates <= 4:
        return 4
    return 2 if candidates <= 8 else 1


def default_copies(db: MeetingFile, vote: Vote) -> int:
    """One ballot per voter present (at least one, e.g. for a proof before registration)."""
    _entitled, present = voters(db, vote)
    return max(present, 1)


def marking_instructions(vote: Vote, rnd: Round) -> str:
    n = rnd.max_choices
    if vote.ballot_style == BallotStyle.TICK:
        return (
            'Cách ghi phiếu: đánh dấu (X) vào cột "Đồng ý" hoặc cột "Không đồng ý" của từng đơn vị. '
            f"Đồng ý tối đa {n} đơn vị; đồng ý quá {n} đơn vị thì phiếu không hợp lệ. "
            "Đơn vị không được đánh dấu, hoặc đánh dấu cả hai cột, được tính là không đồng ý."
        )
    return (
        "Cách ghi phiếu: đồng ý đơn vị nào thì để nguyên dòng tên đơn vị đó; không đồng ý đơn vị nào "
        f"thì gạch ngang hết cả dòng tên đơn vị đó (gạch từ đầu đến cuối dòng). Để lại tối đa {n} đơn vị; để lại quá {n} đơn vị "
        "thì phiếu không hợp lệ."
    )


def _styles(size: float) -> dict[str, ParagraphStyle]:
    register_fonts()
    leading = size * 1.25

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {"fontName": SERIF, "fontSize": size, "leading": leading}
        return ParagraphStyle(name, **(base | kw))

    return {
        "head": style("head", fontSize=size - 0.5, alignment=TA_CENTER),
        "title": style("title", fontName=f"{SERIF}-Bold", fontSize=size + 4, leading=leading + 5, alignment=TA_CENTER),
        "subtitle": style("subtitle", fontName=f"{SERIF}-Bold", alignment=TA_CENTER),
        "cell": style("cell"),
        "cell_center": style("cell_center", alignment=TA_CENTER),
        "header": style("header", fontName=f"{SERIF}-Bold", alignment=TA_CENTER),
        "note": style("note", fontName=f"{SERIF}-Italic", fontSize=size - 1, leading=(size - 1) * 1.25, alignment=TA_JUSTIFY),
    }  # fmt: skip


class _StampBox(Flowable):
    """The square the issuing body stamps with its round seal, so that only issued ballots count."""

    def __init__(self, side: float, label: str, size: float):
        super().__init__()
        self.width = self.height = side
        self.label, self.size = label, size

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setDash(2, 2)
        c.setLineWidth(0.6)
        c.setStrokeColor(colors.grey)
        c.rect(0, 0, self.width, self.height)
        c.setFillColor(colors.grey)
        c.setFont(SERIF, self.size)
        c.drawCentredString(self.width / 2, self.height / 2 - self.size / 3, self.label)
        c.restoreState()


def ballot_heading(meeting_lines: list[str], title: str, size: float, width: float) -> list[Flowable]:
    """The top of every ballot: the stamp box, the issuing body beside it, and the ballot's title."""
    s = _styles(size)
    left = STAMP_SIZE + 2 * mm
    # The issuing body beside the stamp, each line on one line if it can be (down to 10 pt).
    head_size = size - 0.5
    while head_size > 10 and any(
        stringWidth(line, f"{SERIF}-Bold", head_size) > width - left for line in meeting_lines
    ):
        head_size -= 0.5
    head = ParagraphStyle("ballot_head", parent=s["head"], fontSize=head_size, leading=head_size * 1.25)
    heading = [Paragraph(text(line), head) for line in meeting_lines[:-1]]
    heading.append(Paragraph(f"<b>{text(meeting_lines[-1])}</b>", head))
    heading.append(Paragraph("*", head))
    stamp = _StampBox(STAMP_SIZE, "Đóng dấu", size - 1)
    top = Table([[stamp, heading]], colWidths=[left, width - left])
    top.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [top, Spacer(1, size * 0.4), Paragraph(title, s["title"])]


def column_widths(headers: list[str], weights: list[float], width: float, size: float) -> list[float]:
    """Widths in proportion to ``weights`` filling ``width``, each at least the longest word of its
    header (bold) plus the cell padding, so that no header is broken inside a word ("ST/T")."""
    bold = f"{SERIF}-Bold"
    least = [
        max(stringWidth(word, bold, size) for word in header.split()) + 2 * CELL_PADDING + 1
        for header in headers
    ]
    total = sum(weights)
    widths = [max(width * w / total, low) for w, low in zip(weights, least, strict=True)]
    widest = widths.index(max(widths))
    widths[widest] -= sum(widths) - width
    return widths


def ballot_grid(
    headers: list[str], rows: list[list], weights: list[float], size: float, width: float
) -> Table:
    """The ruled list of a ballot under its bold ``headers``, ``width`` wide."""
    header_style = _styles(size)["header"]
    table = Table(
        [[Paragraph(h, header_style) for h in headers], *rows],
        colWidths=column_widths(headers, weights, width, size),
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), size * 0.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.3),
            ]
        )
    )
    return table


def ballot_story(
    meeting_lines: list[str], vote: Vote, rnd: Round, size: float, width: float
) -> list[Flowable]:
    """The flowables of one ballot, ``width`` wide, the names at ``size`` points."""
    s = _styles(size)
    story = ballot_heading(meeting_lines, "PHIẾU SUY TÔN", size, width)
    subtitle = text(vote.title)
    if rnd.number > 1:
        subtitle += f" (bầu vòng {rnd.number})"
    story += [Paragraph(subtitle, s["subtitle"]), Spacer(1, size * 0.5)]

    tick = vote.ballot_style == BallotStyle.TICK
    headers = ["STT", "Đơn vị"]
    weights = [10.0, 90.0]
    if tick:
        headers += ["Đồng ý", "Không đồng ý"]
        weights = [8.0, 60.0, 14.0, 18.0]
    rows: list[list[Paragraph | str]] = []
    for c in rnd.candidates:
        row = [Paragraph(str(c.stt), s["cell_center"]), Paragraph(text(c.full_title), s["cell"])]
        rows.append(row + (["", ""] if tick else []))
    story += [
        ballot_grid(headers, rows, weights, size, width),
        Spacer(1, size * 0.5),
        Paragraph(text(marking_instructions(vote, rnd)), s["note"]),
    ]
    return story


def slot_inner(per_page: int) -> tuple[float, float]:
    """The width and height a ballot has inside its slot's margins."""
    slot = SLOTS[per_page]
    margin = (14 if per_page == 1 else 10) * mm
    return slot.width - 2 * margin, slot.height - 2 * margin


def fitted_layout(
    make: Callable[[float, float], list[Flowable]], per_page: int, too_long: str
) -> tuple[int, list[Flowable]]:
    """(ballots per page, the story of one ballot): ``make(size, width)`` in the most slots per page,
    at most ``per_page``, where it fits at its slot's type size. Never smaller type: a list too
    long for a whole A4 page at 12 pt is refused with ``too_long``."""
    for n in sorted((p for p in PER_PAGE_CHOICES if p <= per_page), reverse=True):
        width, height = slot_inner(n)
        sizes = [SLOTS[n].font_size] + ([NAME_SIZE] if SLOTS[n].font_size > NAME_SIZE else [])
        for size in sizes:
            story = make(size, width)
            if sum(f.wrap(width, height)[1] for f in story) <= height:
                return n, story
    raise ValidationError(too_long)


def _cut_marks(c: pdf_canvas.Canvas, per_page: int) -> None:
    c.saveState()
    c.setDash(4, 3)
    c.setLineWidth(0.4)
    c.setStrokeColor(colors.grey)
    if per_page >= 2:
        c.line(0, PAGE_HEIGHT / 2, PAGE_WIDTH, PAGE_HEIGHT / 2)
    if per_page == 4:
        c.line(PAGE_WIDTH / 2, 0, PAGE_WIDTH / 2, PAGE_HEIGHT)
    c.setFont(SERIF, 8)
    c.setFillColor(colors.grey)
    if per_page >= 2:
        c.drawString(3 * mm, PAGE_HEIGHT / 2 + 1.2 * mm, "- - cắt theo đường này - -")
    c.restoreState()


def render_ballots(
    db: MeetingFile,
    vote_id: int,
    round_id: int | None = None,
    copies: int | None = None,
    per_page: int | None = None,
) -> bytes:
    """The ballots of a round (by default the latest), as many as voters present by default."""
    vote = get_vote(db, vote_id)
    if vote.method == VoteMethod.HANDS:
        raise ValidationError(Said('"{0}" là biểu quyết giơ tay: không có phiếu để in.', vote.title))
    rnd = get_round(db, round_id) if round_id is not None else last_round(db, vote_id)
    copies = default_copies(db, vote) if copies is None else copies
    per_page = per_page or default_per_page(len(rnd.candidates))
    meeting = load_meeting(db)
    lines = meeting.issuing_body()
    title = f"Phiếu suy tôn – {vote.title}" + (f" – vòng {rnd.number}" if rnd.number > 1 else "")

    per_page, story = fitted_layout(
        lambda size, width: ballot_story(lines, vote, rnd, size, width),
        per_page,
        too_long(len(rnd.candidates)),
    )
    return stamp_ballots(story, copies, per_page, title, author_of(meeting))


def too_long(candidates: int) -> str:
    return Said(
        "Danh sách {0} đơn vị không vừa một trang A4 với cỡ chữ tối thiểu 12: hãy chia thành nhiều cuộc bầu.",
        candidates,
    )


def stamp_ballots(story: list[Flowable], copies: int, per_page: int, title: str, author: str) -> bytes:
    """``copies`` identical ballots, ``per_page`` per A4 page with cut marks.

    ``story`` (the flowables of one ballot, laid out for the slot by :func:`fitted_layout`) is
    typeset once into a PDF form, then stamped in every slot.
    """
    if per_page not in SLOTS:
        raise ValueError(f"per_page must be one of {PER_PAGE_CHOICES}")
    copies = max(copies, 1)
    slot = SLOTS[per_page]
    inner_w, inner_h = slot_inner(per_page)
    margin = (slot.width - inner_w) / 2

    register_fonts()
    buffer = io.BytesIO()
    c = PlainCanvas(buffer, pagesize=A4)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("ThiDua")
    c.beginForm("ballot", 0, 0, slot.width, slot.height)
    frame = Frame(
        margin, margin, inner_w, inner_h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
    )
    left = list(story)
    frame.addFromList(left, c)
    if left:
        raise ValueError("the ballot does not fit its slot")  # fitted_layout measured it: never here
    c.endForm()
    columns = 2 if per_page == 4 else 1
    for index in range(copies):
        place = index % per_page
        col, row = place % columns, place // columns
        c.saveState()
        c.translate(col * slot.width, PAGE_HEIGHT - (row + 1) * slot.height)
        c.doForm("ballot")
        c.restoreState()
        if place == per_page - 1 or index == copies - 1:
            _cut_marks(c, per_page)
            c.showPage()
    c.save()
    return buffer.getvalue()


def render(db: MeetingFile, options: PrintOptions) -> bytes:
    """For ``python main.py print FILE ballots --vote ID``: the latest round, one per voter present."""
    assert options.vote_id is not None
    return render_ballots(db, options.vote_id)
