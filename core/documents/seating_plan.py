"""Sơ đồ chỗ ngồi: the head table and the rows of the hall, on A4 or A3 landscape.

The head table (chủ tọa) faces the hall at the top of the page, as the hall sees it from the
door; then row 1 (the guests, in order of rank) and the delegations' rows. Each seat shows the
name, and the unit's short name or the guest's organization.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from core.documents.base import author_of, render_pdf, styles, text
from core.documents.catalog import PrintOptions
from core.errors import ValidationError
from core.meetings import load_meeting
from core.model import Person, Role
from core.said import Said
from core.seating import HEAD_ROW, SeatingPlan, load_plan
from core.storage import MeetingFile
from core.units import list_units

MARGIN = 12 * mm
ROW_LABEL = 18 * mm
PAPERS = {"A4": landscape(A4), "A3": landscape(A3)}


def _seat_cell(person: Person | None, unit_names: dict[int | None, str], size: float) -> object:
    if person is None:
        return ""
    s = styles()
    where = person.organization if person.role == Role.GUEST else unit_names.get(person.unit_id, "")
    small = size - 2
    return Paragraph(
        f"<b>{text(person.full_name)}</b><br/><font size={small}>{text(where)}</font>",
        s.cell_center.clone("seat", fontSize=size, leading=size * 1.2),
    )


def story(
    plan: SeatingPlan, meeting_title: str, cluster: str, unit_names: dict[int | None, str], page_width: float
) -> list:
    s = styles()
    usable = page_width - 2 * MARGIN
    seat_width = (usable - ROW_LABEL) / max(plan.seats_per_row, 1)
    size = 9 if page_width < 1000 else 14  # A3: larger type, taller seats
    pad = 5 if page_width < 1000 else 12
    flow: list = [
        Paragraph("SƠ ĐỒ CHỖ NGỒI", s.title),
        Paragraph(text(meeting_title), s.center_bold),
        Paragraph(text(cluster), s.subtitle),
        Spacer(1, 3 * mm),
    ]
    head = [p for p in plan.row(HEAD_ROW) if p is not None]
    if head:
        label = Paragraph("<b>BÀN CHỦ TỌA</b>", s.cell_center)
        cells = [_seat_cell(p, unit_names, size + 1) for p in head]
        table = Table([[label] + [""] * (len(head) - 1), cells], colWidths=[seat_width * 1.2] * len(head))
        table.setStyle(
            TableStyle(
                [
                    ("SPAN", (0, 0), (-1, 0)),
                    ("BOX", (0, 0), (-1, -1), 1, colors.black),
                    ("INNERGRID", (0, 1), (-1, 1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 1), (-1, 1), 6),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
                ]
            )
        )
        flow += [table, Spacer(1, 8 * mm)]
    rows = []
    for number in range(1, plan.rows + 1):
        cells = [_seat_cell(p, unit_names, size) for p in plan.row(number)]
        cells += [""] * (plan.seats_per_row - len(cells))
        rows.append([Paragraph(f"<b>Hàng {number}</b>", s.cell_center), *cells[: plan.seats_per_row]])
    if rows:
        table = Table(rows, colWidths=[ROW_LABEL] + [seat_width] * plan.seats_per_row, rowHeights=None)
        style: list[tuple] = [
            ("GRID", (1, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ]
        for index, number in enumerate(range(1, plan.rows + 1)):
            if any(p is not None and p.role == Role.GUEST for p in plan.row(number)):
                style.append(("BACKGROUND", (1, index), (-1, index), colors.HexColor("#f2f2f2")))
        table.setStyle(TableStyle(style))
        flow.append(table)
    flow += [
        Spacer(1, 4 * mm),
        Paragraph(
            "Hàng ghế khách mời tô nền xám. Ghế đánh số từ trái sang phải, nhìn từ cuối hội trường lên.",
            s.small,
        ),
    ]
    return flow


def render(db: MeetingFile, options: PrintOptions) -> bytes:
    if options.paper not in PAPERS:
        raise ValidationError(Said('Khổ giấy "{0}" không dùng được: chọn A4 hoặc A3.', options.paper))
    page = PAPERS[options.paper]
    meeting = load_meeting(db)
    plan = load_plan(db)
    if not plan.seats:
        raise ValidationError(Said("Chưa có ai trong danh sách: chưa có sơ đồ chỗ ngồi để in."))
    names: dict[int | None, str] = {u.id: u.short_name for u in list_units(db)}
    margins = {"leftMargin": MARGIN, "rightMargin": MARGIN, "topMargin": MARGIN, "bottomMargin": MARGIN}
    return render_pdf(
        story(plan, meeting.title, meeting.cluster, names, page[0]),
        title="Sơ đồ chỗ ngồi",
        author=author_of(meeting),
        page_numbers=False,
        margins=margins,
        pagesize=page,
    )
