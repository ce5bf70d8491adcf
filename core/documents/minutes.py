"""Biên bản kiểm phiếu: the counting minutes of one round (DESIGN.md, printed document 4).

Printed from the round's result: frozen at confirmation, so the minutes of a confirmed
round never change. An unconfirmed round prints as a draft (BẢN DỰ THẢO). The minutes
end with the audit-chain code (mã kiểm tra nhật ký), the same the status bar shows.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from core.documents.base import FRAME_WIDTH, grid_table, party_heading, render_pdf, styles, text
from core.documents.catalog import PrintOptions
from core.meetings import load_meeting
from core.model import Meeting, VotingRule
from core.storage import MeetingFile
from core.tally import Outcome
from core.votes import VoteMethod, effective_meeting, get_round, get_vote, list_rounds
from core.votes_result import OUTCOME_LABELS, RoundResult, round_result


def vn_number(percent: str) -> str:
    """ "91.67" -> "91,67": Vietnamese decimal comma."""
    return percent.replace(".", ",")


def audit_code(db: MeetingFile) -> str:
    """The short code of the audit chain's head: what the status bar shows."""
    return db.audit_head()[:8].upper()


def result_table(result: RoundResult) -> Table:
    s = styles()
    header = ["STT", "Đơn vị", "Số phiếu đồng ý", "Tỷ lệ (%)", "Kết quả"]
    rows: list[list] = [[Paragraph(f"<b>{h}</b>", s.cell_center) for h in header]]
    for c in result.candidates:
        outcome = OUTCOME_LABELS[Outcome(c.outcome)]
        if c.outcome == Outcome.ELECTED.value:
            outcome = f"<b>{outcome}</b>"
        rows.append(
            [
                Paragraph(str(c.stt), s.cell_center),
                Paragraph(text(c.full_title), s.cell),
                Paragraph(str(c.votes), s.cell_center),
                Paragraph(vn_number(c.percent), s.cell_center),
                Paragraph(outcome, s.cell_center),
            ]
        )
    w = FRAME_WIDTH
    return grid_table(rows, [w * 0.08, w * 0.40, w * 0.13, w * 0.12, w * 0.27])


def voter_words(meeting: Meeting) -> str:
    return "đơn vị thành viên" if meeting.voting_rule == VotingRule.PER_UNIT else "đại biểu"


def figures_table(result: RoundResult, meeting: Meeting, hands: bool) -> Table:
    s = styles()
    who = voter_words(meeting)
    issued = str(result.issued) if result.issued is not None else "không ghi nhận"
    lines = [
        (f"Tổng số {who} được triệu tập", str(result.entitled)),
        (f"Số {who} có mặt", str(result.present)),
        (f"Số {who} vắng mặt", str(result.absent)),
    ]
    if hands:
        lines += [
            ("Số người biểu quyết", str(result.cast)),
            ("Số biểu quyết hợp lệ", str(result.valid)),
            ("Số biểu quyết không hợp lệ", str(result.invalid)),
        ]
    else:
        lines += [
            ("Số phiếu phát ra", issued),
            ("Số phiếu thu vào", str(result.cast)),
            ("Số phiếu hợp lệ", f"{result.valid}" + (f" (trong đó {result.blank} phiếu không chọn ai)" if result.blank else "")),
            ("Số phiếu không hợp lệ", str(result.invalid)),
        ]  # fmt: skip
    rows = [
        [Paragraph(text(label), s.cell), Paragraph(f"<b>{text(value)}</b>", s.cell)] for label, value in lines
    ]
    table = Table(rows, colWidths=[FRAME_WIDTH * 0.66, FRAME_WIDTH * 0.34])
    table.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 10 * mm), ("TOPPADDING", (0, 0), (-1, -1), 1)])
    )
    return table


def _time_words(iso: str) -> str:
    at = datetime.fromisoformat(iso)
    return f"{at.hour} giờ {at.minute:02d} phút, ngày {at.day:02d} tháng {at.month:02d} năm {at.year}"


def conclusion(result: RoundResult) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = []
    by_name = {c.name: c for c in result.candidates}
    if result.elected:
        story.append(
            Paragraph(
                f"Các đơn vị được suy tôn ({len(result.elected)}/{result.places} danh hiệu), "
                "theo thứ tự số phiếu từ cao xuống thấp:",
                s.body,
            )
        )
        for number, name in enumerate(result.elected, start=1):
            c = by_name[name]
            story.append(
                Paragraph(
                    f"{number}. <b>{text(c.full_title)}</b>: {c.votes} phiếu, {vn_number(c.percent)} %",
                    s.body_left,
                )
            )
    else:
        story.append(Paragraph("Không có đơn vị nào được suy tôn ở vòng này.", s.body))
    if result.tied:
        votes = by_name[result.tied[0]].votes
        names = ", ".join(text(by_name[n].full_title) for n in result.tied)
        story.append(
            Paragraph(
                f"Các đơn vị {names} bằng số phiếu ({votes} phiếu) ở vị trí cuối, vượt quá số danh hiệu "
                f"còn lại, nên chưa đơn vị nào trong số này được suy tôn. Còn {result.places_left} danh hiệu: "
                "Ban kiểm phiếu đề nghị hội nghị bầu vòng tiếp theo giữa các đơn vị này.",
                s.body,
            )
        )
    elif result.places_left > 0:
        story.append(
            Paragraph(f"Còn {result.places_left} danh hiệu chưa có đơn vị đạt tỷ lệ quy định.", s.body)
        )
    return story


def signature_block(result: RoundResult) -> Flowable:
    s = styles()
    chief = next((name for name, _pos, is_chief in result.committee if is_chief), "")
    members = [name for name, _pos, is_chief in result.committee if not is_chief]
    space = Spacer(1, 20 * mm)
    left: list[Flowable] = [
        Paragraph("<b>CÁC ỦY VIÊN</b>", s.center),
        Paragraph("<b>BAN KIỂM PHIẾU</b>", s.center),
    ]
    for name in members or [""]:
        left += [space, Paragraph(f"<b>{text(name)}</b>", s.center)]
    right = [
        Paragraph("<b>T/M BAN KIỂM PHIẾU</b>", s.center),
        Paragraph("<b>TRƯỞNG BAN</b>", s.center),
        space,
        Paragraph(f"<b>{text(chief)}</b>", s.center),
    ]
    table = Table([[left, right]], colWidths=[FRAME_WIDTH / 2, FRAME_WIDTH / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 4 * mm), table])


def minutes_story(db: MeetingFile, round_id: int) -> list[Flowable]:
    s = styles()
    rnd = get_round(db, round_id)
    vote = get_vote(db, rnd.vote_id)
    meeting = effective_meeting(load_meeting(db), vote)
    result = round_result(db, round_id)
    hands = vote.method == VoteMethod.HANDS
    title = text(vote.title) + (f" – vòng {rnd.number}" if rnd.number > 1 else "")
    story: list[Flowable] = [
        party_heading(meeting),
        Spacer(1, 4 * mm),
        Paragraph("BIÊN BẢN KIỂM PHIẾU", s.title),
        Paragraph(title, s.subtitle),
    ]
    if not result.confirmed:
        story.append(
            Paragraph("<b><i>BẢN DỰ THẢO – kết quả chưa được Ban kiểm phiếu xác nhận</i></b>", s.center)
        )
        story.append(Spacer(1, 3 * mm))
    place = text(meeting.venue or meeting.place)
    d = meeting.date
    how = "biểu quyết giơ tay" if hands else "bỏ phiếu kín"
    story.append(
        Paragraph(
            f"Hôm nay, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}, tại {place}, "
            f"{text(meeting.title or 'hội nghị')} của {text(meeting.cluster)} tiến hành {how}: "
            f"{text(vote.title)}" + (f" (vòng {rnd.number})" if rnd.number > 1 else "") + ".",
            s.body,
        )
    )
    if result.committee:
        story.append(Paragraph("Ban kiểm phiếu gồm các đồng chí:", s.body))
        for number, (name, position, is_chief) in enumerate(result.committee, start=1):
            role = "Trưởng ban" if is_chief else "Ủy viên"
            extra = f", {text(position)}" if position else ""
            story.append(Paragraph(f"{number}. Đồng chí <b>{text(name)}</b>{extra} – {role};", s.body_left))
    else:
        story.append(Paragraph("Ban kiểm phiếu: (chưa ghi tên các thành viên).", s.body))
    story += [
        Spacer(1, 2 * mm),
        Paragraph("Ban kiểm phiếu đã tiến hành kiểm phiếu, kết quả như sau:", s.body),
        Paragraph("<b>I. SỐ LIỆU KIỂM PHIẾU</b>", s.body_left),
        figures_table(result, meeting, hands),
    ]
    if result.invalid_reasons:
        story.append(Paragraph("Lý do không hợp lệ:", s.body))
        for reason, count in result.invalid_reasons:
            story.append(Paragraph(f"– {text(reason)}: {count} phiếu;", s.body))
    story += [
        CondPageBreak(60 * mm),
        Paragraph("<b>II. KẾT QUẢ KIỂM PHIẾU</b>", s.body_left),
        Paragraph(
            f"Đơn vị được suy tôn phải có số phiếu đồng ý {text(result.threshold_text)}; các đơn vị đạt "
            f"tỷ lệ được suy tôn theo thứ tự số phiếu từ cao xuống thấp, tối đa {result.places} danh hiệu. "
            f"Tỷ lệ phần trăm tính trên {text(result.base_label)} ({result.base}).",
            s.body,
        ),
        result_table(result),
        Spacer(1, 3 * mm),
        Paragraph("<b>III. KẾT LUẬN</b>", s.body_left),
        *conclusion(result),
    ]
    if result.warnings:
        story.append(Paragraph("Lưu ý của Ban kiểm phiếu:", s.body))
        story += [Paragraph(f"– {text(w)}", s.body) for w in result.warnings]
    if result.confirmed_at:
        story.append(
            Paragraph(
                f"Biên bản được lập xong và thông qua trước hội nghị vào lúc {_time_words(result.confirmed_at)}.",
                s.body,
            )
        )
    story.append(Paragraph(f"Mã kiểm tra nhật ký: <b>{audit_code(db)}</b>", s.small))
    story.append(signature_block(result))
    return story


def render_minutes(db: MeetingFile, round_id: int) -> bytes:
    rnd = get_round(db, round_id)
    vote = get_vote(db, rnd.vote_id)
    return render_pdf(minutes_story(db, round_id), title=f"Biên bản kiểm phiếu – {vote.title}")


def render(db: MeetingFile, options: PrintOptions) -> bytes:
    """For ``python main.py print FILE minutes --vote ID``: the minutes of every round, each on new pages."""
    assert options.vote_id is not None
    vote = get_vote(db, options.vote_id)
    story: list[Flowable] = []
    for rnd in list_rounds(db, vote.id):
        if story:
            story.append(PageBreak())
        story += minutes_story(db, rnd.id)
    return render_pdf(story, title=f"Biên bản kiểm phiếu – {vote.title}")
