"""Báo cáo tình hình đại biểu có mặt: attendance at the moment of printing.

The summary the chair reads out before the votes: delegates, substitutes, guests,
units represented, voters and the quorum rule; then each unit's counts in official
order, and who is absent (with who attends in their place).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from core.attendance import AttendanceCounts
from core.documents.base import FRAME_WIDTH, author_of, grid_table, party_heading, render_pdf, styles, text
from core.model import Meeting, Role, VotingRule
from core.registration import DeskEntry, RegistrationDesk, UnitAttendance
from core.storage import MeetingFile


@dataclass(frozen=True)
class ReportData:
    meeting: Meeting
    counts: AttendanceCounts
    units: list[UnitAttendance]
    absent: list[DeskEntry]  # absent delegates (nobody in their place), in delegation order
    replaced: list[DeskEntry]  # delegates a substitute attends in place of
    absent_guests: list[DeskEntry]
    at: datetime


def collect(db: MeetingFile, at: datetime | None = None) -> ReportData:
    return from_desk(RegistrationDesk(db), at)


def from_desk(desk: RegistrationDesk, at: datetime | None = None) -> ReportData:
    units = desk.by_unit()
    absent_ids = {p.id for row in units for p in row.absent}
    replaced_ids = {original for sub, original in desk.subs.items() if sub in desk.present}
    return ReportData(
        meeting=desk.meeting,
        counts=desk.counts(),
        units=units,
        absent=[e for e in desk.entries if e.person.id in absent_ids],
        replaced=[e for e in desk.entries if e.person.id in replaced_ids and e.person.id not in desk.present],
        absent_guests=[
            e for e in desk.entries if e.person.role == Role.GUEST and e.person.id not in desk.present
        ],
        at=(at or datetime.now()).replace(microsecond=0),
    )


def _summary(data: ReportData) -> list[str]:
    c = data.counts
    voters = (
        "đơn vị (mỗi đơn vị một phiếu)" if data.meeting.voting_rule == VotingRule.PER_UNIT else "đại biểu"
    )
    verdict = "<b>ĐỦ</b>" if c.quorum_met else "<b>CHƯA ĐỦ</b>"
    d = c.delegates
    instead = f" (trong đó {d.substitutes} người dự thay)" if d.substitutes else ""
    lines = [
        f"Đại biểu được triệu tập: <b>{d.convened}</b>; có mặt: <b>{d.present}</b>{instead};"
        f" vắng: <b>{d.absent}</b>.",
        *([f"Đại biểu dự ngoài danh sách triệu tập: <b>{d.extra}</b>."] if d.extra else []),
        f"Đơn vị thành viên có đại biểu dự: <b>{c.units_represented}/{c.units_total}</b>.",
        f"Có quyền biểu quyết có mặt: <b>{c.voters_present}/{c.voters_entitled}</b> {voters}.",
        f"Khách mời có mặt: <b>{c.guests_present}/{c.guests_invited}</b>.",
        f"Điều kiện tiến hành hội nghị ({text(c.quorum_rule)}):"
        f" {c.quorum_present}/{c.quorum_total} — {verdict}.",
    ]
    return lines


def story(data: ReportData) -> list:
    s = styles()
    m = data.meeting
    flow: list = [party_heading(m), Spacer(1, 4 * mm)]
    flow.append(Paragraph("BÁO CÁO TÌNH HÌNH ĐẠI BIỂU CÓ MẶT", s.title))
    if m.title:
        flow.append(Paragraph(text(m.title), s.center_bold))
    flow.append(Paragraph(f"(Tính đến {data.at:%H:%M} ngày {data.at:%d/%m/%Y})", s.date_line))
    flow.append(Spacer(1, 2 * mm))
    for line in _summary(data):
        flow.append(Paragraph(f"– {line}", s.body_left))
    flow.append(Spacer(1, 4 * mm))

    flow.append(Paragraph("<b>1. Theo đơn vị</b>", s.body_left))
    header = ["STT", "Đơn vị", "Triệu tập", "Có mặt", "Vắng", "Trong đó dự thay"]
    rows: list[list[Paragraph]] = [[Paragraph(f"<b>{h}</b>", s.cell_center) for h in header]]
    for number, row in enumerate(data.units, start=1):
        f = row.figures
        rows.append(
            [
                Paragraph(str(number), s.cell_center),
                Paragraph(text(row.unit.full_title), s.cell),
                Paragraph(str(f.convened), s.cell_center),
                Paragraph(str(f.present), s.cell_center),
                Paragraph(str(f.absent), s.cell_center),
                Paragraph(str(f.substitutes), s.cell_center),
            ]
        )
    d = data.counts.delegates
    totals = [d.convened, d.present, d.absent, d.substitutes]  # the summary's figures: the same function
    rows.append(
        [Paragraph("", s.cell), Paragraph("<b>Tổng cộng</b>", s.cell)]
        + [Paragraph(f"<b>{n}</b>", s.cell_center) for n in totals]
    )
    widths = [12 * mm, FRAME_WIDTH - 12 * mm - 4 * 22 * mm] + [22 * mm] * 4
    table = grid_table(rows, widths)
    table.setStyle([("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#f5f5f5"))])
    flow.append(table)
    flow.append(Spacer(1, 5 * mm))

    flow.append(Paragraph("<b>2. Đại biểu vắng mặt</b>", s.body_left))
    if data.absent:
        rows = [
            [
                Paragraph(f"<b>{h}</b>", s.cell_center)
                for h in ("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Ghi chú")
            ]
        ]
        for number, entry in enumerate(data.absent, start=1):  # "Ghi chú": the reason, written by hand
            rows.append(
                [
                    Paragraph(str(number), s.cell_center),
                    Paragraph(text(entry.person.full_name), s.cell),
                    Paragraph(text(entry.person.position), s.cell),
                    Paragraph(text(entry.unit_text), s.cell),
                    Paragraph("", s.cell),
                ]
            )
        widths = [12 * mm, 42 * mm, 40 * mm, 30 * mm, FRAME_WIDTH - 124 * mm]
        flow.append(grid_table(rows, widths))
    else:
        flow.append(Paragraph("Không có đại biểu nào vắng mặt.", s.body_left))
    if data.replaced:
        flow.append(Spacer(1, 3 * mm))
        lines = "; ".join(
            f"{e.replaced_by} dự thay {e.person.full_name} ({e.unit_text})" for e in data.replaced
        )
        flow.append(Paragraph(f"<b>Dự thay:</b> {text(lines)}.", s.body_left))
    if data.absent_guests:
        flow.append(Spacer(1, 4 * mm))
        names = "; ".join(
            f"{e.person.full_name} ({e.unit_text})" if e.unit_text else e.person.full_name
            for e in data.absent_guests
        )
        flow.append(Paragraph(f"<b>Khách mời chưa đến:</b> {text(names)}.", s.body_left))
    flow.append(Spacer(1, 4 * mm))
    flow.append(Paragraph(f"In lúc {data.at:%H:%M:%S} ngày {data.at:%d/%m/%Y}.", s.small))
    return flow


def build(data: ReportData) -> bytes:
    return render_pdf(story(data), title="Báo cáo tình hình đại biểu có mặt", author=author_of(data.meeting))


def render(db: MeetingFile, options: object = None) -> bytes:
    return build(collect(db))
