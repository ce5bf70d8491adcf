"""Biên bản kiểm phiếu: the counting minutes of one round (DESIGN.md, printed document 4).

Printed from the round's result: frozen at confirmation, so the minutes of a confirmed
round never change. An unconfirmed round prints as a draft (BẢN DỰ THẢO). The minutes
end with the confirmation code (mã xác nhận kết quả): the audit chain's hash at the confirmation,
frozen, the same on every reprint; ``verify FILE --code CODE`` checks the file still holds it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
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

from core.audit import confirmation_code
from core.documents.base import FRAME_WIDTH, grid_table, party_heading, render_pdf, styles, text
from core.documents.catalog import PrintOptions
from core.meetings import load_meeting
from core.model import Meeting, VotingRule
from core.storage import MeetingFile
from core.tally import Outcome
from core.votes import VoteMethod, effective_meeting, get_round, get_vote, list_rounds
from core.votes_result import OUTCOME_LABELS, RoundResult, round_result


@dataclass(frozen=True)
class Words:
    """How the minutes speak of what was counted: ballots, or the hands of a show of hands."""

    title: str
    counted: str  # the sentence before the figures
    figures: str  # heading I
    results: str  # heading II
    votes_header: str  # the column of the results table
    agree: str  # "số phiếu đồng ý": what a threshold is a share of
    votes: str  # "{0} phiếu": one candidate's count
    ranking: str  # what the acclaimed are ordered by


BALLOT_WORDS = Words(
    title="BIÊN BẢN KIỂM PHIẾU",
    counted="Ban kiểm phiếu đã tiến hành kiểm phiếu, kết quả như sau:",
    figures="I. SỐ LIỆU KIỂM PHIẾU",
    results="II. KẾT QUẢ KIỂM PHIẾU",
    votes_header="Số phiếu đồng ý",
    agree="số phiếu đồng ý",
    votes="{0} phiếu",
    ranking="số phiếu",
)
HANDS_WORDS = Words(
    title="BIÊN BẢN KẾT QUẢ BIỂU QUYẾT",
    counted="Ban kiểm phiếu đã kiểm đếm số người biểu quyết, kết quả như sau:",
    figures="I. SỐ LIỆU BIỂU QUYẾT",
    results="II. KẾT QUẢ BIỂU QUYẾT",
    votes_header="Số biểu quyết tán thành",
    agree="số biểu quyết tán thành",
    votes="{0} biểu quyết tán thành",
    ranking="số biểu quyết tán thành",
)


def words_for(result: RoundResult) -> Words:
    return HANDS_WORDS if result.method == VoteMethod.HANDS.value else BALLOT_WORDS


def vn_number(percent: str) -> str:
    """ "91.67" -> "91,67": Vietnamese decimal comma."""
    return percent.replace(".", ",")


def candidate_table(
    result: RoundResult, votes_header: str, label: Callable[[str], str], widths: Sequence[float]
) -> Table:
    """One line per candidate: STT, unit, votes, percent, outcome (``label`` words it); widths in
    fractions of the frame."""
    s = styles()
    header = ["STT", "Đơn vị", votes_header, "Tỷ lệ (%)", "Kết quả"]
    rows: list[list] = [[Paragraph(f"<b>{h}</b>", s.cell_center) for h in header]]
    for c in result.candidates:
        outcome = label(c.outcome)
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
    return grid_table(rows, [FRAME_WIDTH * f for f in widths])


def result_table(result: RoundResult) -> Table:
    def label(outcome: str) -> str:
        return OUTCOME_LABELS[Outcome(outcome)]

    return candidate_table(result, words_for(result).votes_header, label, (0.08, 0.40, 0.13, 0.12, 0.27))


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
    words = words_for(result)
    story: list[Flowable] = []
    by_name = {c.name: c for c in result.candidates}
    if result.elected:
        story.append(
            Paragraph(
                f"Các đơn vị được suy tôn ({len(result.elected)}/{result.places} danh hiệu), "
                f"theo thứ tự {words.ranking} từ cao xuống thấp:",
                s.body,
            )
        )
        for number, name in enumerate(result.elected, start=1):
            c = by_name[name]
            story.append(
                Paragraph(
                    f"{number}. <b>{text(c.full_title)}</b>: {words.votes.format(c.votes)}, {vn_number(c.percent)} %",
                    s.body_left,
                )
            )
    else:
        story.append(Paragraph("Không có đơn vị nào được suy tôn ở vòng này.", s.body))
    if result.tied:
        votes = by_name[result.tied[0]].votes
        names = ", ".join(text(by_name[n].full_title) for n in result.tied)
        if words is HANDS_WORDS:
            tie = (
                f"Các đơn vị {names} bằng {words.agree} ({votes}) ở vị trí cuối, vượt quá số danh hiệu "
                f"còn lại, nên chưa đơn vị nào trong số này được suy tôn. Còn {result.places_left} danh hiệu: "
                "Ban kiểm phiếu đề nghị hội nghị biểu quyết vòng tiếp theo giữa các đơn vị này."
            )
        else:
            tie = (
                f"Các đơn vị {names} bằng số phiếu ({votes} phiếu) ở vị trí cuối, vượt quá số danh hiệu "
                f"còn lại, nên chưa đơn vị nào trong số này được suy tôn. Còn {result.places_left} danh hiệu: "
                "Ban kiểm phiếu đề nghị hội nghị bầu vòng tiếp theo giữa các đơn vị này."
            )
        story.append(Paragraph(tie, s.body))
    elif result.places_left > 0:
        story.append(
            Paragraph(f"Còn {result.places_left} danh hiệu chưa có đơn vị đạt tỷ lệ quy định.", s.body)
        )
    return story


# -- the parts every set of counting minutes shares (also core/documents/head_election.py) ----


def draft_notice() -> list[Flowable]:
    s = styles()
    return [
        Paragraph("<b><i>BẢN DỰ THẢO – kết quả chưa được Ban kiểm phiếu xác nhận</i></b>", s.center),
        Spacer(1, 3 * mm),
    ]


def opening(meeting: Meeting, action: str) -> Paragraph:
    """ "Hôm nay, ngày …, tại …, <the conference> của <the cluster> tiến hành <action>." """
    d = meeting.date
    return Paragraph(
        f"Hôm nay, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}, tại {text(meeting.venue or meeting.place)}, "
        f"{text(meeting.title or 'hội nghị')} của {text(meeting.cluster)} tiến hành {action}.",
        styles().body,
    )


def committee_lines(committee: Iterable[tuple[str, str, bool]]) -> list[Flowable]:
    s = styles()
    members = list(committee)
    if not members:
        return [Paragraph("Ban kiểm phiếu: (chưa ghi tên các thành viên).", s.body)]
    story: list[Flowable] = [Paragraph("Ban kiểm phiếu gồm các đồng chí:", s.body)]
    for number, (name, position, is_chief) in enumerate(members, start=1):
        role = "Trưởng ban" if is_chief else "Ủy viên"
        extra = f", {text(position)}" if position else ""
        story.append(Paragraph(f"{number}. Đồng chí <b>{text(name)}</b>{extra} – {role};", s.body_left))
    return story


def invalid_reason_lines(reasons: Iterable[tuple[str, int]]) -> list[Flowable]:
    s = styles()
    lines = [Paragraph(f"– {text(reason)}: {count} phiếu;", s.body) for reason, count in reasons]
    return [Paragraph("Lý do không hợp lệ:", s.body), *lines] if lines else []


def closing(
    db: MeetingFile, warnings: Iterable[str], confirmed_at: str | None, signed: RoundResult
) -> list[Flowable]:
    """The committee's warnings, when the minutes were adopted, the audit code and the signatures."""
    s = styles()
    notes = [Paragraph(f"– {text(w)}", s.body) for w in warnings]
    story: list[Flowable] = [Paragraph("Lưu ý của Ban kiểm phiếu:", s.body), *notes] if notes else []
    if confirmed_at:
        story.append(
            Paragraph(
                f"Biên bản được lập xong và thông qua trước hội nghị vào lúc {_time_words(confirmed_at)}.",
                s.body,
            )
        )
    code = confirmation_code(db.conn, signed.vote_id, signed.round_number) if signed.confirmed else None
    if code is not None:  # frozen at confirmation: the same on every reprint (docs/safety.md)
        story.append(Paragraph(f"Mã xác nhận kết quả: <b>{code}</b>", s.small))
    else:
        story.append(Paragraph("Bản dự thảo: kết quả chưa được xác nhận, chưa có mã xác nhận.", s.small))
    story.append(signature_block(signed))
    return story


def chief_signature(committee: Iterable[tuple[str, str, bool]]) -> list[Flowable]:
    """ "T/M BAN KIỂM PHIẾU / TRƯỞNG BAN", room to sign, and the chief's name."""
    s = styles()
    chief = next((name for name, _pos, is_chief in committee if is_chief), "")
    return [
        Paragraph("<b>T/M BAN KIỂM PHIẾU</b>", s.center),
        Paragraph("<b>TRƯỞNG BAN</b>", s.center),
        Spacer(1, 20 * mm),
        Paragraph(f"<b>{text(chief)}</b>", s.center),
    ]


def signature_block(result: RoundResult) -> Flowable:
    s = styles()
    members = [name for name, _pos, is_chief in result.committee if not is_chief]
    left: list[Flowable] = [
        Paragraph("<b>CÁC ỦY VIÊN</b>", s.center),
        Paragraph("<b>BAN KIỂM PHIẾU</b>", s.center),
    ]
    for name in members or [""]:
        left += [Spacer(1, 20 * mm), Paragraph(f"<b>{text(name)}</b>", s.center)]
    table = Table([[left, chief_signature(result.committee)]], colWidths=[FRAME_WIDTH / 2, FRAME_WIDTH / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 4 * mm), table])


def minutes_story(db: MeetingFile, round_id: int) -> list[Flowable]:
    s = styles()
    rnd = get_round(db, round_id)
    vote = get_vote(db, rnd.vote_id)
    meeting = effective_meeting(load_meeting(db), vote)
    result = round_result(db, round_id)
    hands = vote.method == VoteMethod.HANDS
    words = words_for(result)
    title = text(vote.title) + (f" – vòng {rnd.number}" if rnd.number > 1 else "")
    story: list[Flowable] = [
        party_heading(meeting),
        Spacer(1, 4 * mm),
        Paragraph(words.title, s.title),
        Paragraph(title, s.subtitle),
    ]
    if not result.confirmed:
        story += draft_notice()
    how = "biểu quyết giơ tay" if hands else "bỏ phiếu kín"
    story.append(
        opening(meeting, f"{how}: {text(vote.title)}" + (f" (vòng {rnd.number})" if rnd.number > 1 else ""))
    )
    story += committee_lines(result.committee)
    story += [
        Spacer(1, 2 * mm),
        Paragraph(words.counted, s.body),
        Paragraph(f"<b>{words.figures}</b>", s.body_left),
        figures_table(result, meeting, hands),
        # A show of hands has one kind of invalid count, already in the figures.
        *([] if hands else invalid_reason_lines(result.invalid_reasons)),
    ]
    story += [
        CondPageBreak(60 * mm),
        Paragraph(f"<b>{words.results}</b>", s.body_left),
        Paragraph(
            f"Đơn vị được suy tôn phải có {words.agree} {text(result.threshold_text)}; các đơn vị đạt "
            f"tỷ lệ được suy tôn theo thứ tự {words.ranking} từ cao xuống thấp, tối đa {result.places} danh hiệu. "
            f"Tỷ lệ phần trăm tính trên {text(result.base_label)} ({result.base}).",
            s.body,
        ),
        result_table(result),
        Spacer(1, 3 * mm),
        Paragraph("<b>III. KẾT LUẬN</b>", s.body_left),
        *conclusion(result),
        *closing(db, result.warnings, result.confirmed_at, result),
    ]
    return story


def render_minutes(db: MeetingFile, round_id: int) -> bytes:
    rnd = get_round(db, round_id)
    vote = get_vote(db, rnd.vote_id)
    title = "Biên bản kết quả biểu quyết" if vote.method == VoteMethod.HANDS else "Biên bản kiểm phiếu"
    return render_pdf(minutes_story(db, round_id), title=f"{title} – {vote.title}")


def render(db: MeetingFile, options: PrintOptions) -> bytes:
    """For ``python main.py print FILE minutes --vote ID``: the minutes of every round, each on new pages."""
    assert options.vote_id is not None
    vote = get_vote(db, options.vote_id)
    story: list[Flowable] = []
    for rnd in list_rounds(db, options.vote_id):
        if story:
            story.append(PageBreak())
        story += minutes_story(db, rnd.id)
    return render_pdf(story, title=f"Biên bản kiểm phiếu – {vote.title}")
