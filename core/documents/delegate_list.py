"""Danh sách đại biểu: the delegate list with a signature column, by unit in official order.

Within a unit and among the guests, the order of rank (core/protocol_rank.py: the head of
delegation first, then by position, as the organizers reordered); guests have their own
section; totals at the end.
A check-in time fills the "Có mặt" column when the list is printed during the day.

Tables are reportlab LongTables: a plain Table re-measures every remaining row at
each page break, which makes a 5,000-person list quadratic. So the delegates are one small
table per unit, and the column header is repeated at the top of every later page by the
page template (not by a table), while a unit running onto the next page repeats its title row.

A unit's people are under its title row, so their rows have no unit column: the room goes to
the name, so that a name of four or five words stays on one line. Guests have their agency.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    LongTable,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

from core.attendance import AttendanceCounts, Figures
from core.documents.base import MARGINS, PartyCanvas, author_of, party_heading, styles, text
from core.model import Meeting, Role, row_id
from core.protocol_rank import rank_index
from core.registration import DeskEntry, RegistrationDesk
from core.storage import MeetingFile

FRAME_PADDING = 6  # reportlab's Frame padding, each side

# STT, name, position, present, signature: 162 mm, the frame's width.
COLUMNS_MM = (12, 62, 42, 16, 30)
# The guests: STT, name, position, agency, present, signature.
GUEST_COLUMNS_MM = (12, 50, 34, 32, 16, 18)


@dataclass(frozen=True)
class ListData:
    """Everything the list prints, read from the file on the caller's thread."""

    meeting: Meeting
    units: list[tuple[str, list[DeskEntry], Figures]]  # (full title, its people in delegation order, figures)
    guests: list[DeskEntry]
    present: dict[int, datetime]
    counts: AttendanceCounts


def collect(db: MeetingFile) -> ListData:
    return from_desk(RegistrationDesk(db))


def from_desk(desk: RegistrationDesk) -> ListData:
    by_unit: dict[int | None, list[DeskEntry]] = {}
    guests = []
    rank = rank_index(desk.db)  # the order of rank (core/protocol_rank.py) within each unit and the guests
    for entry in sorted(desk.entries, key=lambda e: rank.get(row_id(e.person), len(rank))):
        if entry.person.role == Role.GUEST:
            guests.append(entry)
        else:
            by_unit.setdefault(entry.person.unit_id, []).append(entry)
    figures: dict[int | None, Figures] = {row.unit.id: row.figures for row in desk.by_unit()}
    units = [(u.full_title, by_unit.get(u.id, []), figures[u.id]) for u in desk.units]
    counts = desk.counts()
    return ListData(
        meeting=desk.meeting,
        units=units,
        guests=guests,
        present=dict(desk.present),
        counts=counts,
    )


def grid(
    rows: Sequence[Sequence[Any]],
    extra_style: Sequence[tuple] = (),
    header: bool = False,
    columns: Sequence[float] = COLUMNS_MM,
) -> LongTable:
    """A bordered table in the list's columns; its first row repeats on each page it runs onto."""
    table = LongTable([list(row) for row in rows], colWidths=[w * mm for w in columns], repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (0, -1), 2),  # room for "STT" in the narrow first column
        ("RIGHTPADDING", (0, 0), (0, -1), 2),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")))
    table.setStyle(TableStyle([*style, *extra_style]))
    return table


def _header(guests: bool = False) -> list[object]:
    s = styles()
    labels = ("STT", "Họ và tên", "Chức vụ", *(["Cơ quan"] if guests else []), "Có mặt", "Ký tên")
    return [Paragraph(f"<b>{label}</b>", s.cell_center) for label in labels]


def _name_cell(entry: DeskEntry) -> Paragraph:
    s = styles()
    name = (
        f"<b>{text(entry.person.full_name)}</b>"
        if entry.person.role == Role.HEAD
        else text(entry.person.full_name)
    )
    notes = []
    if entry.person.role == Role.HEAD:
        notes.append("Trưởng đoàn")
    if entry.substitute_name:
        notes.append(f"thay cho {entry.substitute_name}")
    if entry.replaced_by:
        notes.append(f"có người thay: {entry.replaced_by}")
    if notes:
        name += f"<br/><i><font size={s.cell.fontSize - 2}>({text('; '.join(notes))})</font></i>"
    return Paragraph(name, s.cell)


def _rows(
    entries: list[DeskEntry], present: dict[int, datetime], start: int, guests: bool = False
) -> list[list[object]]:
    s = styles()
    rows = []
    for number, entry in enumerate(entries, start=start):
        at = present.get(row_id(entry.person))
        agency = [Paragraph(text(entry.unit_text), s.cell)] if guests else []
        rows.append(
            [
                Paragraph(str(number), s.cell_center),
                _name_cell(entry),
                Paragraph(text(entry.person.position), s.cell),
                *agency,
                Paragraph(at.strftime("%H:%M") if at else "", s.cell_center),
                "",
            ]
        )
    return rows


def story(data: ListData, printed_at: datetime) -> list:
    s = styles()
    m = data.meeting
    flow: list = [party_heading(m), Spacer(1, 4 * mm)]
    flow.append(Paragraph("DANH SÁCH ĐẠI BIỂU", s.title))
    if m.title:
        flow.append(Paragraph(text(m.title), s.center_bold))
    flow.append(Paragraph(text(m.cluster), s.date_line))
    flow.append(Spacer(1, 3 * mm))

    flow.append(Paragraph("<b>I. ĐẠI BIỂU CÁC ĐƠN VỊ THÀNH VIÊN</b>", s.body_left))
    # The column header once, then one table per unit whose title row repeats when the unit
    # runs onto the next page. Small tables keep page breaks cheap: a single 5,000-row
    # table with spanned rows re-examines every remaining row at each break.
    flow.append(grid([_header()], header=True))
    flow.append(NextPageTemplate("header"))  # later pages repeat the column header
    number = 1
    for index, (title, entries, figures) in enumerate(data.units, start=1):
        label = f"<b>{index}. {text(title)}</b> (triệu tập {figures.convened}"
        label += f", có mặt {figures.present})" if data.present else ")"
        rows: list[list[object]] = [[Paragraph(label, s.cell), "", "", "", ""]]
        rows.extend(_rows(entries, data.present, number))
        number += len(entries)
        style = [
            ("SPAN", (0, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f5f5f5")),
            ("NOSPLIT", (0, 0), (-1, min(1, len(rows) - 1))),  # a unit's title never ends a page alone
        ]
        flow.append(grid(rows, style))

    flow.append(NextPageTemplate("plain"))  # past the delegates: the guests' table repeats its own
    if data.guests:
        flow.append(Spacer(1, 5 * mm))
        flow.append(Paragraph("II. KHÁCH MỜI", s.section))
        guest_rows: list[list[object]] = [
            _header(guests=True),
            *_rows(data.guests, data.present, 1, guests=True),
        ]
        flow.append(grid(guest_rows, header=True, columns=GUEST_COLUMNS_MM))

    flow.append(Spacer(1, 5 * mm))
    c = data.counts
    d = c.delegates
    total = (
        f"<b>Tổng số:</b> {d.convened} đại biểu được triệu tập của {c.units_total} đơn vị thành viên"
        f" và {c.guests_invited} khách mời."
    )
    flow.append(Paragraph(total, s.body_left))
    if data.present:
        instead = f" (trong đó {d.substitutes} người dự thay)" if d.substitutes else ""
        extra = f", {d.extra} đại biểu ngoài danh sách" if d.extra else ""
        here = (
            f"<b>Có mặt</b> (đến {printed_at:%H:%M} ngày {printed_at:%d/%m/%Y}):"
            f" {d.present}/{d.convened} đại biểu{instead}, vắng {d.absent}{extra};"
            f" {c.units_represented}/{c.units_total} đơn vị, {c.guests_present}/{c.guests_invited} khách mời."
        )
        flow.append(Paragraph(here, s.body_left))
    flow.append(Paragraph(f"In lúc {printed_at:%H:%M} ngày {printed_at:%d/%m/%Y}.", s.small))
    return flow


def build(data: ListData, printed_at: datetime | None = None) -> bytes:
    printed_at = printed_at or datetime.now()
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title="Danh sách đại biểu",
        author=author_of(data.meeting),
        creator="ThiDua",
        **MARGINS,
    )
    header = grid([_header()], header=True)
    header_width, header_height = header.wrap(document.width, document.height)

    def draw_header(canvas, doc) -> None:
        # Where the frame puts a table of the frame's width: centered in the frame.
        header.drawOn(
            canvas,
            doc.leftMargin + (doc.width - header_width) / 2,
            doc.bottomMargin + doc.height - FRAME_PADDING - header_height,
        )

    def frame(top_room: float = 0) -> Frame:
        return Frame(document.leftMargin, document.bottomMargin, document.width, document.height - top_room)

    document.addPageTemplates(
        [
            PageTemplate("first", [frame()]),
            PageTemplate("header", [frame(header_height)], onPage=draw_header),
            PageTemplate("plain", [frame()]),
        ]
    )
    document.build(story(data, printed_at), canvasmaker=PartyCanvas)
    return buffer.getvalue()


def render(db: MeetingFile, options: object = None) -> bytes:
    return build(collect(db))
