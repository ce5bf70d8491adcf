"""Thông báo kết quả hội nghị: what the conference decided (DESIGN.md, printed document 5).

A Party document (Hướng dẫn 36-HD/VPTW) of type THÔNG BÁO, with its số / ký hiệu line
("Số 05-TB/CTĐ", core/document_settings.py), naming the guests who attended.

The titles acclaimed (confirmed suy tôn rounds) with their votes, next year's cluster head
and deputy (confirmed rounds of the election), and how many units signed the agreement.
It prints at any time: what is not decided yet says so ("Chưa biểu quyết", "Chưa bầu",
"Chưa ký kết"), so the chair can read it out, or check it, before the closing.

Signed "T/M <cluster> / CỤM TRƯỞNG" by the head of delegation of this year's cluster head,
who chairs the conference (failing a current head, the host unit's).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from core.agreement import signatories
from core.attendance import checked_in
from core.document_settings import DocumentType, number_line
from core.documents.base import (
    FRAME_WIDTH,
    author_of,
    party_heading,
    recipients,
    render_pdf,
    styles,
    text,
    title_rule,
)
from core.documents.catalog import PrintOptions
from core.documents.minutes import vn_number
from core.head_election import Elected, election_status
from core.meetings import load_meeting
from core.model import Meeting, Role, row_id
from core.people import list_people
from core.protocol_rank import full_title, ranked_people
from core.storage import MeetingFile
from core.units import list_units
from core.votes import RoundState, list_rounds, list_votes
from core.votes_result import round_result, summary

NOT_VOTED = "Chưa biểu quyết."
COUNTING = "Đang kiểm phiếu, chưa xác nhận kết quả."
NOT_ELECTED = "Chưa bầu."
NOT_SIGNED = "Chưa ký kết."


def title_lines(db: MeetingFile) -> list[tuple[str, list[str]]]:
    """(vote title, lines) per suy tôn vote: the units acclaimed with their votes, or what is pending."""
    out = []
    for vote in list_votes(db):
        s = summary(db, row_id(vote))
        confirmed = [r for r in list_rounds(db, row_id(vote)) if r.state == RoundState.CONFIRMED]
        lines: list[str] = []
        for rnd in confirmed:
            result = round_result(db, rnd.id)
            by_name = {c.name: c for c in result.candidates}
            for name in result.elected:
                c = by_name[name]
                lines.append(
                    f"{c.full_title}: {c.votes} phiếu, {vn_number(c.percent)} % {result.base_label}"
                    + (f" (vòng {rnd.number})" if rnd.number > 1 else "")
                )
        if not confirmed:
            # Ballots typed but not confirmed is a count under way, not a vote never held.
            lines = [NOT_VOTED if s.state == RoundState.SETUP else COUNTING]
        elif not s.complete:
            if s.pending_tie:
                lines.append(
                    f"Chưa xong: bằng phiếu giữa {', '.join(s.pending_tie)}, chờ bầu vòng tiếp theo."
                )
            else:
                lines.append(f"Chưa xong: vòng {s.rounds} chưa xác nhận kết quả.")
        elif not s.acclaimed:
            lines.append("Không có đơn vị nào được suy tôn.")
        out.append((vote.title, lines))
    return out


def elected_line(elected: Elected | None) -> tuple[str, str]:
    """(the unit, how it was elected), or ("Chưa bầu.", "")."""
    if elected is None:
        return NOT_ELECTED, ""
    how = "được tán thành" if elected.approval else "trúng cử"
    where = f", vòng {elected.round_number}" if elected.round_number > 1 else ""
    return elected.unit.full_title, (
        f"({how} với {elected.votes} phiếu, {vn_number(elected.percent)} % {elected.base_label}{where})"
    )


def agreement_line(db: MeetingFile, meeting: Meeting) -> str:
    plan = signatories(db)
    printed = plan.printed
    signed = plan.signed_count
    if not signed:
        return NOT_SIGNED
    line = (
        f"Đã có {signed}/{len(list_units(db))} đơn vị thành viên ký kết bản giao ước thi đua năm "
        f"{meeting.next_year}."
    )
    missing = [b.unit.short_name for b in printed if not b.signed]
    if missing:
        line += f" Chưa ký: {', '.join(missing)}."
    return line


def chair(db: MeetingFile, meeting: Meeting) -> tuple[str, str]:
    """(unit full title, name) of who signs: this year's cluster head unit, else the host unit."""
    unit_id = meeting.current_head_unit_id or meeting.host_unit_id
    unit = next((u for u in list_units(db) if u.id == unit_id), None)
    if unit is None:
        return "", ""
    head = next((p for p in list_people(db) if p.unit_id == unit.id and p.role == Role.HEAD), None)
    return unit.full_title, head.full_name if head else ""


def chair_signature(db: MeetingFile, meeting: Meeting) -> list[Flowable]:
    """The cluster head's signature block, "T/M CỤM THI ĐUA … / CỤM TRƯỞNG", for the cluster's papers."""
    s = styles()
    unit, name = chair(db, meeting)
    return [
        Paragraph(f"<b>T/M {text(meeting.cluster.upper())}</b>", s.center),
        Paragraph("<b>CỤM TRƯỞNG</b>", s.center),
        Paragraph(f"<i>{text(unit)}</i>", s.center),
        Spacer(1, 20 * mm),
        Paragraph(f"<b>{text(name)}</b>", s.center),
    ]


def guests_attended(db: MeetingFile) -> list[str]:
    """ "đồng chí <name>, <full title>" for each guest who checked in, in the order of rank
    (core/protocol_rank.py)."""
    here = checked_in(db)
    units = list_units(db)
    return [
        ", ".join(part for part in (f"đồng chí {p.full_name}", full_title(p, units)) if part)
        for p in ranked_people(db)
        if p.role == Role.GUEST and row_id(p) in here
    ]


def summary_story(db: MeetingFile) -> list[Flowable]:
    """THÔNG BÁO kết quả hội nghị: a Party document with its số / ký hiệu line, the guests who
    attended, what the conference decided, "Nơi nhận" and the cluster's signature."""
    s = styles()
    meeting = load_meeting(db)
    status = election_status(db)
    d = meeting.date
    conference = meeting.title or "Hội nghị tổng kết công tác thi đua"
    story: list[Flowable] = [
        party_heading(meeting, number=number_line(db, DocumentType.THONG_BAO)),
        Spacer(1, 4 * mm),
        Paragraph("THÔNG BÁO", s.title),
        Paragraph(f"Kết quả {text(conference[:1].lower() + conference[1:])}", s.subtitle),
        title_rule(),
        Paragraph(
            f"Ngày {d.day:02d} tháng {d.month:02d} năm {d.year}, tại {text(meeting.venue or meeting.place)}, "
            f"{text(meeting.cluster)} tổ chức {text(conference[:1].lower() + conference[1:])}.",
            s.body,
        ),
    ]
    guests = guests_attended(db)
    units = list_units(db)
    represented = {p.unit_id for p in list_people(db) if p.role != Role.GUEST and p.id in checked_in(db)}
    attended = f"lãnh đạo {len(represented & {u.id for u in units})}/{len(units)} đơn vị thành viên"
    if guests:
        story.append(
            Paragraph(
                f"Dự hội nghị có {text('; '.join(guests))}; cùng {attended} {text(meeting.cluster)}.", s.body
            )
        )
    elif represented:
        story.append(Paragraph(f"Dự hội nghị có {attended} {text(meeting.cluster)}.", s.body))
    story += [
        Paragraph("Hội nghị đã thống nhất các kết quả sau:", s.body),
        Paragraph("I. SUY TÔN CÁC ĐƠN VỊ DẪN ĐẦU PHONG TRÀO THI ĐUA", s.section),
    ]
    titles = title_lines(db)
    if not titles:
        story.append(Paragraph(NOT_VOTED, s.body))
    for number, (title, lines) in enumerate(titles, start=1):
        story.append(Paragraph(f"{number}. {text(title)}:", s.body))
        story += [Paragraph(f"– {text(line)}", s.body) for line in lines]
    story += [
        Paragraph(f"II. CỤM TRƯỞNG, CỤM PHÓ NĂM {meeting.next_year}", s.section),
        *[
            Paragraph(f"– {label}: <b>{text(unit)}</b> {text(how)}".rstrip(), s.body)
            for label, (unit, how) in (
                ("Cụm trưởng", elected_line(status.head)),
                ("Cụm phó", elected_line(status.deputy)),
            )
        ],
        Paragraph(f"III. KÝ KẾT GIAO ƯỚC THI ĐUA NĂM {meeting.next_year}", s.section),
    ]
    last = Paragraph(text(agreement_line(db, meeting)), s.body)
    closing = Paragraph(
        f"{text(meeting.cluster)} thông báo để các đơn vị thành viên biết, triển khai thực hiện.", s.body
    )
    right = chair_signature(db, meeting)
    commission = meeting.commission or "cơ quan cấp trên"
    left = recipients([f"{commission} (để báo cáo)", "Các đơn vị thành viên Cụm", f"Lưu {meeting.cluster}"])
    sign = Table([[left, right]], colWidths=[FRAME_WIDTH * 0.45, FRAME_WIDTH * 0.55])
    sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    # The signature never stands alone on a page: the last result and the closing sentence go with it.
    story.append(KeepTogether([last, closing, Spacer(1, 4 * mm), sign]))
    return story


def render_summary(db: MeetingFile) -> bytes:
    meeting = load_meeting(db)
    return render_pdf(
        summary_story(db), title=f"Thông báo kết quả {meeting.title or 'hội nghị'}", author=author_of(meeting)
    )


def render(db: MeetingFile, options: PrintOptions) -> bytes:
    return render_summary(db)
