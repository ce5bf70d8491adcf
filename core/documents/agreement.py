"""Bản giao ước thi đua: the agreement, with one signature block per member unit, N originals.

One PDF holds every original, one after another, each starting on a new page, with its
own page numbers (from its second page) and optionally "Bản số k/N" top right of its first page. The signature
grid is laid out two or three blocks a row; a row of blocks is kept together, so a block
is never split across pages (and the row's names line up).
"""

from __future__ import annotations

import io

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from core.agreement import (
    MOVEMENTS_HEADING,
    ROMAN,
    Agreement,
    AgreementItem,
    Signatory,
    SignatoryPlan,
    bind_words,
    copies_sentence,
    subtitle,
)
from core.documents.base import (
    FRAME_WIDTH,
    MARGINS,
    SERIF,
    Numbering,
    PartyCanvas,
    author_of,
    grid_table,
    party_heading,
)
from core.documents.base import styles as base_styles
from core.documents.base import text as esc
from core.documents.catalog import PrintOptions
from core.model import Meeting
from core.storage import MeetingFile

SIGNING_SPACE = 26 * mm  # room for the signature (and the seal beside it)


def _styles() -> dict[str, ParagraphStyle]:
    s = base_styles()
    font = SERIF

    def derive(name: str, parent: ParagraphStyle, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=parent, **kw)

    return {
        "base": derive("agreement_base", s.body, firstLineIndent=10 * mm, fontName=f"{font}-Italic"),
        "section": derive(
            "agreement_section", s.body_left, fontName=f"{font}-Bold", spaceBefore=8, spaceAfter=4
        ),
        "body": s.body,
        "title": derive("agreement_title", s.title, fontSize=15, leading=19, spaceBefore=6, spaceAfter=2),
        "subtitle": derive("agreement_subtitle", s.subtitle, spaceAfter=10),
        "cell": s.cell,
        "cell_center": s.cell_center,
        "cell_bold": s.cell_bold,
        "block_org": derive("block_org", s.center_bold, fontSize=11.5, leading=14, alignment=TA_CENTER),
        "block_title": derive("block_title", s.center_bold, fontSize=12, leading=15),
        "block_name": derive("block_name", s.center_bold, fontSize=13, leading=16),
        "grid_heading": derive("grid_heading", s.center_bold, spaceBefore=14, spaceAfter=10),
        "justify": derive("agreement_justify", s.body, alignment=TA_JUSTIFY),
    }


def item_columns(movement: bool) -> list[tuple[str, str, float]]:
    """(header, AgreementItem field, width in mm; 0 takes the rest) of the movements or the targets."""
    if movement:
        return [
            ("STT", "", 13),
            ("Phong trào thi đua", "content", 0),
            ("Mục tiêu", "goal", 32),
            ("Thời gian phát động", "launch", 23),
            ("Thời gian sơ kết, tổng kết", "review", 28),
        ]
    return [
        ("STT", "", 13),
        ("Nội dung", "content", 0),
        ("Đơn vị tính", "unit_of_measure", 22),
        ("Chỉ tiêu", "target", 26),
        ("Ghi chú", "note", 28),
    ]


def items_table(items: list[AgreementItem], st: dict[str, ParagraphStyle], movement: bool = False) -> Table:
    """The table of the rows to print (``Agreement.tables`` leaves out the empty ones). A movement
    row's note, if any, follows its content."""
    columns = item_columns(movement)
    rows = [[Paragraph(h, st["cell_bold"]) for h, _f, _w in columns]]
    for number, item in enumerate(items, start=1):
        row = [Paragraph(str(number), st["cell_center"])]
        for _h, field, _w in columns[1:]:
            value = esc(getattr(item, field))
            if movement and field == "content" and item.note:
                value += f" <i>({esc(item.note)})</i>"
            row.append(
                Paragraph(value, st["cell"] if field in ("content", "note", "goal") else st["cell_center"])
            )
        rows.append(row)
    fixed = sum(w for _h, _f, w in columns) * mm
    widths = [w * mm if w else FRAME_WIDTH - fixed for _h, _f, w in columns]
    return grid_table(rows, widths)


def signature_block_cells(block: Signatory, on_behalf: bool, st: dict[str, ParagraphStyle]) -> list:
    """The four stacked parts of one block: organization, title, signing space, name."""
    return [
        Paragraph(esc(bind_words(block.organization_line(on_behalf))), st["block_org"]),
        [Paragraph(esc(line), st["block_title"]) for line in block.title_lines()],
        "",
        Paragraph(esc(block.name), st["block_name"]),
    ]


def signature_rows(
    plan: SignatoryPlan, agreement: Agreement, st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """One table per row of blocks, never split (NOSPLIT); a short last row is centered."""
    blocks = plan.printed
    per_row = agreement.per_row(len(blocks))
    width = FRAME_WIDTH / per_row
    flowables: list[Flowable] = []
    for start in range(0, len(blocks), per_row):
        row = blocks[start : start + per_row]
        cells = [signature_block_cells(b, agreement.on_behalf, st) for b in row]
        # Transposed: each table row is one part of every block, so titles and names line up.
        data = [[c[part] for c in cells] for part in range(4)]
        table = Table(data, colWidths=[width] * len(row), rowHeights=[None, None, SIGNING_SPACE, None])
        table.hAlign = "CENTER"
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),  # short names sit on the title, like long ones
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 16),
                    ("NOSPLIT", (0, 0), (-1, -1)),
                ]
            )
        )
        flowables.append(table)
    return flowables


def agreement_story(
    meeting: Meeting, agreement: Agreement, plan: SignatoryPlan, unit_count: int
) -> list[Flowable]:
    """One original of the agreement."""
    st = _styles()
    story: list[Flowable] = [party_heading(meeting, date_line=agreement.date_line())]
    story.append(Paragraph(esc(agreement.title), st["title"]))
    if meeting.cluster:
        story.append(Paragraph(esc(subtitle(meeting)), st["subtitle"]))
    for line in agreement.bases:
        story.append(Paragraph(esc(line), st["base"]))
    if agreement.intro:
        story.append(Spacer(1, 4))
        story.append(Paragraph(esc(agreement.intro), st["body"]))
    sections: list[tuple[str, list[Flowable]]] = [
        (heading, [items_table(rows, st, heading == MOVEMENTS_HEADING)])
        for heading, rows in agreement.tables()
    ]
    paragraphs = [line for line in agreement.implementation.split("\n") if line.strip()]
    paragraphs.append(copies_sentence(agreement, unit_count, meeting.commission))
    sections.append(("TỔ CHỨC THỰC HIỆN", [Paragraph(esc(p), st["body"]) for p in paragraphs]))
    for number, (heading, content) in enumerate(sections):
        title = Paragraph(f"{ROMAN[number]}. {esc(heading)}", st["section"])
        # A section heading never ends a page alone: start a new page when little room is left.
        story.append(CondPageBreak(35 * mm))
        story.append(title)
        story.extend(content)
    rows = signature_rows(plan, agreement, st)
    grid_heading = Paragraph("ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC", st["grid_heading"])
    if rows:
        # KeepTogether per row of blocks; never nested (a nested KeepTogether reports an
        # unbounded height, which would push the grid to a new page every time).
        story.append(KeepTogether([grid_heading, rows[0]]))
        story.extend(KeepTogether([row]) for row in rows[1:])
    return story


def render_agreement_pdf(
    meeting: Meeting, agreement: Agreement, plan: SignatoryPlan, unit_count: int, copies: int | None = None
) -> bytes:
    """``copies`` originals (default: the agreement's N) in one PDF."""
    total = agreement.copies(unit_count)
    count = total if copies is None else max(1, min(copies, total))
    story: list[Flowable] = []
    for k in range(1, count + 1):
        if k > 1:
            story.append(PageBreak())
        story.append(Numbering(f"Bản số {k}/{total}" if agreement.number_copies else ""))
        story.extend(agreement_story(meeting, agreement, plan, unit_count))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, title=agreement.title, author=author_of(meeting), creator="ThiDua", **MARGINS
    )
    document.build(story, canvasmaker=PartyCanvas)
    return buffer.getvalue()


def render_from_db(db: MeetingFile, copies: int | None = None) -> bytes:
    from core.agreement import load_agreement, signatories
    from core.meetings import load_meeting
    from core.units import list_units

    return render_agreement_pdf(
        load_meeting(db), load_agreement(db), signatories(db), len(list_units(db)), copies
    )


def render(db: MeetingFile, options: PrintOptions) -> bytes:
    """The catalog's entry: every original."""
    return render_from_db(db)
