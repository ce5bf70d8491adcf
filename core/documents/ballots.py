"""Phiếu bầu / phiếu suy tôn (DESIGN.md, printed document 3).

Every ballot of a round is the same (a ballot carries no number: secrecy), so one
ballot is typeset once into a PDF form and stamped 1, 2 or 4 times per A4 page, with
cut marks between them. That keeps 500 ballots well under a second.
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
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from core.documents.base import SERIF, register_fonts, text
from core.documents.catalog import PrintOptions
from core.errors import ValidationError
from core.meetings import load_meeting
from core.rounds import Round, get_round, last_round
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


SLOTS = {
    1: Slot(PAGE_WIDTH, PAGE_HEIGHT, 13),
    2: Slot(PAGE_WIDTH, PAGE_HEIGHT / 2, 11),  # A5 landscape, one above the other
    4: Slot(PAGE_WIDTH / 2, PAGE_HEIGHT / 2, 9.5),  # A6
}


def default_per_page(candidates: int) -> int:
    """As many per page as fit the list comfortably."""
    if candidates <= 7:
        return 4
    return 2 if candidates <= 16 else 1


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
        "Cách ghi phiếu: đồng ý đơn vị nào thì để nguyên tên đơn vị đó; không đồng ý đơn vị nào "
        f"thì gạch ngang tên đơn vị đó. Để lại tối đa {n} đơn vị; để lại quá {n} đơn vị "
        "thì phiếu không hợp lệ."
    )


def _styles(size: float) -> dict[str, ParagraphStyle]:
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
        "stamp": style("stamp", fontSize=size - 3, leading=size - 2, alignment=TA_CENTER, textColor=colors.grey),
    }  # fmt: skip


class _StampBox(Flowable):
    """The box the issuing body stamps, so that only issued ballots count."""

    def __init__(self, width: float, height: float, label: str, size: float):
        super().__init__()
        self.width, self.height, self.label, self.size = width, height, label, size

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


def ballot_heading(meeting_lines: list[str], title: str, size: float) -> list[Flowable]:
    """The top of every ballot: the stamp box, the issuing body, and the ballot's title."""
    s = _styles(size)
    heading = [Paragraph(text(line), s["head"]) for line in meeting_lines[:-1]]
    heading.append(Paragraph(f"<b>{text(meeting_lines[-1])}</b>", s["head"]))
    heading.append(Paragraph("*", s["head"]))
    stamp = _StampBox(28 * mm * size / 11.5, 16 * mm * size / 11.5, "Dấu", size - 2)
    top = Table([[stamp, heading]], colWidths=["32%", "68%"])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [top, Spacer(1, size * 0.6), Paragraph(title, s["title"])]


def ballot_grid(rows: list[list], widths: list[str], size: float) -> Table:
    """The ruled list of a ballot; widths in percent, so that a list shrunk to fit still fills the width."""
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), size * 0.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.3),
            ]
        )
    )
    return table


def ballot_story(meeting_lines: list[str], vote: Vote, rnd: Round, size: float) -> list[Flowable]:
    """The flowables of one ballot."""
    s = _styles(size)
    story = ballot_heading(meeting_lines, "PHIẾU SUY TÔN", size)
    subtitle = text(vote.title)
    if rnd.number > 1:
        subtitle += f" (bầu vòng {rnd.number})"
    story += [Paragraph(subtitle, s["subtitle"]), Spacer(1, size * 0.6)]

    tick = vote.ballot_style == BallotStyle.TICK
    header: list[Paragraph | str] = [Paragraph("STT", s["header"]), Paragraph("Đơn vị", s["header"])]
    widths = ["14%", "86%"]
    if tick:
        header += [Paragraph("Đồng ý", s["header"]), Paragraph("Không đồng ý", s["header"])]
        widths = ["10%", "56%", "15%", "19%"]
    rows: list[list[Paragraph | str]] = [header]
    for c in rnd.candidates:
        row = [Paragraph(str(c.stt), s["cell_center"]), Paragraph(text(c.full_title), s["cell"])]
        rows.append(row + (["", ""] if tick else []))
    story += [
        ballot_grid(rows, widths, size),
        Spacer(1, size * 0.6),
        Paragraph(text(marking_instructions(vote, rnd)), s["note"]),
    ]
    return story


def fitted_story(
    make: Callable[[float], list[Flowable]], width: float, height: float, size: float
) -> list[Flowable]:
    """``make(size)`` at the largest type size (down to 7 pt) at which the ballot fits its slot."""
    while True:
        story = make(size)
        if size <= 7 or sum(f.wrap(width, height)[1] for f in story) <= height:
            return story
        size -= 0.5


def _cut_marks(c: pdf_canvas.Canvas, per_page: int) -> None:
    c.saveState()
    c.setDash(4, 3)
    c.setLineWidth(0.4)
    c.setStrokeColor(colors.grey)
    if per_page >= 2:
        c.line(0, PAGE_HEIGHT / 2, PAGE_WIDTH, PAGE_HEIGHT / 2)
    if per_page == 4:
        c.line(PAGE_WIDTH / 2, 0, PAGE_WIDTH / 2, PAGE_HEIGHT)
    c.setFont(SERIF, 7)
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
        raise ValidationError(f'"{vote.title}" là biểu quyết giơ tay: không có phiếu để in.')
    rnd = get_round(db, round_id) if round_id is not None else last_round(db, vote_id)
    copies = default_copies(db, vote) if copies is None else copies
    per_page = per_page or default_per_page(len(rnd.candidates))
    meeting = load_meeting(db)
    lines = meeting.issuing_body()
    title = f"Phiếu suy tôn – {vote.title}" + (f" – vòng {rnd.number}" if rnd.number > 1 else "")

    def story(width: float, height: float, size: float) -> list[Flowable]:
        return fitted_story(lambda points: ballot_story(lines, vote, rnd, points), width, height, size)

    return stamp_ballots(story, copies, per_page, title)


def stamp_ballots(
    make_story: Callable[[float, float, float], list[Flowable]], copies: int, per_page: int, title: str
) -> bytes:
    """``copies`` identical ballots, ``per_page`` per A4 page with cut marks.

    ``make_story(width, height, font_size)`` gives the flowables of one ballot for a slot;
    it is typeset once into a PDF form, then stamped in every slot.
    """
    if per_page not in SLOTS:
        raise ValueError(f"per_page must be one of {PER_PAGE_CHOICES}")
    copies = max(copies, 1)
    slot = SLOTS[per_page]
    margin = (14 if per_page == 1 else 10) * mm
    inner_w, inner_h = slot.width - 2 * margin, slot.height - 2 * margin

    register_fonts()
    buffer = io.BytesIO()
    c = pdf_canvas.Canvas(buffer, pagesize=A4, initialFontName=SERIF)  # type: ignore[arg-type]  # stubs: a number
    c.setTitle(title)
    c.setAuthor("ThiDua")
    c.setCreator("ThiDua")
    # One ballot, typeset once (shrunk if the list is long), then stamped in every slot.
    c.beginForm("ballot", 0, 0, slot.width, slot.height)
    story = make_story(inner_w, inner_h, slot.font_size)
    frame = Frame(
        margin, margin, inner_w, inner_h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
    )
    frame.addFromList([KeepInFrame(inner_w, inner_h, story, mode="shrink")], c)
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
