"""Biên bản kiểm phiếu: the counting minutes of one round (DESIGN.md, printed document 4).

Printed from the round's result: frozen at confirmation, so the minutes of a confirmed
round never change. An unconfirmed round prints as a draft (BẢN DỰ THẢO). The minutes
end with the confirmation code (mã xác nhận kết quả): the audit chain's hash at the confirmation,
frozen, the same on every reprint; ``verify FILE --code CODE`` checks the file still holds it.
"""

from __future__ import annotations

import json
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
from core.documents.base import (
    FRAME_WIDTH,
    Numbering,
    author_of,
    grid_table,
    party_heading,
    render_pdf,
    styles,
    text,
)
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
        outcome = label(c.outcome) if result.confirmed else ""  # a draft decides nothing
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
            (f"Số {who} biểu quyết", str(result.cast)),
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


def time_words(iso: str, meeting: Meeting) -> str:
    """ "9 giờ 35 phút, ngày 19 tháng 12 năm 2019": the time of day from the clock, the date always
    the meeting's (one date source: a laptop whose calendar is wrong still prints the day's date)."""
    at = datetime.fromisoformat(iso)
    d = meeting.date
    return f"{at.hour} giờ {at.minute:02d} phút, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"


def counting_started(db: MeetingFile, vote_id: int, round_number: int, election: bool = False) -> str | None:
    """When the first ballot of the round was entered (the audit log's time), or None."""
    actions = ("election.ballot_add",) if election else ("ballot.add",)
    for at, details in db.conn.execute(
        f"SELECT at, details FROM event WHERE action IN ({','.join('?' * len(actions))}) ORDER BY seq",
        actions,
    ):
        data = json.loads(details)
        if data.get("round") == round_number and (election or data.get("vote") == vote_id):
            return str(at)
    return None


def position_in_unit(position: str, unit: str) -> str:
    """ "Phó Trưởng ban" of "Ban Tổ chức Thành ủy Đà Nẵng" -> "Phó Trưởng Ban Tổ chức Thành ủy Đà
    Nẵng"; "Chuyên viên" -> "Chuyên viên, Ban Tổ chức …"; a position that names its unit stays."""
    if not unit or unit.casefold() in position.casefold():
        return position
    if not position:
        return unit
    head, _, last = position.rpartition(" ")
    first, _, rest = unit.partition(" ")
    if last.casefold() == first.casefold() and head:
        return f"{head} {first[:1].upper()}{first[1:]} {rest}".strip()
    return f"{position}, {unit}"


def committee_units(db: MeetingFile, committee: Iterable[tuple[str, str, bool]]) -> dict[str, str]:
    """Each committee member's unit (its full title, or the organization of one outside the units)."""
    names = [name for name, _pos, _chief in committee]
    out: dict[str, str] = {}
    for name, unit, organization in db.conn.execute(
        "SELECT p.full_name, u.full_title, p.organization FROM person p LEFT JOIN unit u ON u.id = p.unit_id"
    ):
        if name in names and name not in out:
            out[name] = unit or organization or ""
    return out


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
        Paragraph("<b>BẢN DỰ THẢO</b>", s.title),
        Paragraph("<i>Kết quả chưa được Ban kiểm phiếu xác nhận: chưa có kết luận, chưa ký.</i>", s.center),
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


def started_line(meeting: Meeting, started: str | None) -> list[Flowable]:
    """When and where the committee began counting (the first ballot entered)."""
    if started is None:
        return []
    where = text(meeting.venue or meeting.place)
    return [
        Paragraph(
            f"Ban kiểm phiếu bắt đầu kiểm phiếu lúc {time_words(started, meeting)}, tại {where}.",
            styles().body,
        )
    ]


def committee_lines(db: MeetingFile, committee: Iterable[tuple[str, str, bool]]) -> list[Flowable]:
    """The committee, each member with position and unit: "Đồng chí … , Phó Trưởng Ban Tổ chức
    Thành ủy Đà Nẵng – Trưởng Ban kiểm phiếu"."""
    s = styles()
    members = list(committee)
    if not members:
        return [Paragraph("Ban kiểm phiếu: (chưa ghi tên các thành viên).", s.body)]
    units = committee_units(db, members)
    story: list[Flowable] = [Paragraph("Ban kiểm phiếu gồm các đồng chí:", s.body)]
    for number, (name, position, is_chief) in enumerate(members, start=1):
        role = "Trưởng Ban kiểm phiếu" if is_chief else "Ủy viên Ban kiểm phiếu"
        where = position_in_unit(position, units.get(name, ""))
        extra = f", {text(where)}" if where else ""
        story.append(Paragraph(f"{number}. Đồng chí <b>{text(name)}</b>{extra} – {role};", s.body_left))
    return story


def invalid_reason_lines(reasons: Iterable[tuple[str, int]]) -> list[Flowable]:
    s = styles()
    lines = [Paragraph(f"– {text(reason)}: {count} phiếu;", s.body) for reason, count in reasons]
    return [Paragraph("Lý do không hợp lệ:", s.body), *lines] if lines else []


def counted_words(warning: str, meeting: Meeting) -> str:
    """A check of the figures (core.tally.check_figures, frozen at confirmation) speaks of "người"
    present or convened; the minutes say what the figures count: units or delegates."""
    who = voter_words(meeting)
    return warning.replace("số người có mặt", f"số {who} có mặt").replace(
        "số người được triệu tập", f"số {who} được triệu tập"
    )


def closing(
    db: MeetingFile,
    warnings: Iterable[str],
    confirmed_at: str | None,
    signed: RoundResult,
    meeting: Meeting,
    last: Sequence[Flowable] = (),
) -> list[Flowable]:
    """The committee's warnings, when the minutes were adopted, the audit code and the signatures.

    The signature block never stands alone on a page: the adoption sentence and the code (and
    ``last``, the paragraphs just before, taken out of the story by the caller) are kept with it.
    A round not confirmed (a draft) has no signature lines: it is not a record yet.
    """
    s = styles()
    notes = [Paragraph(f"– {text(counted_words(w, meeting))}", s.body) for w in warnings]
    kept: list[Flowable] = [
        *last,
        *([Paragraph("Lưu ý của Ban kiểm phiếu:", s.body), *notes] if notes else []),
    ]
    if not signed.confirmed:
        return [*kept, Paragraph("Bản dự thảo: kết quả chưa được xác nhận, chưa có mã xác nhận.", s.small)]
    if confirmed_at:
        kept.append(
            Paragraph(
                f"Biên bản được lập xong và thông qua trước hội nghị vào lúc {time_words(confirmed_at, meeting)}.",
                s.body,
            )
        )
    code = confirmation_code(db.conn, signed.vote_id, signed.round_number)
    if code is not None:  # frozen at confirmation: the same on every reprint (docs/safety.md)
        kept.append(Paragraph(f"Mã xác nhận kết quả: <b>{code}</b>", s.small))
    return [KeepTogether([*kept, signature_block(signed)])]


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
    return table


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
        Numbering(),  # each round's minutes are numbered from their own first page
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
    story += committee_lines(db, result.committee)
    if not hands:
        story += started_line(meeting, counting_started(db, vote.id or 0, rnd.number))
    story += [
        Spacer(1, 2 * mm),
        Paragraph(words.counted, s.body),
        Paragraph(f"{words.figures}", s.section),
        figures_table(result, meeting, hands),
        # A show of hands has one kind of invalid count, already in the figures.
        *([] if hands else invalid_reason_lines(result.invalid_reasons)),
    ]
    story += [
        CondPageBreak(60 * mm),
        Paragraph(f"{words.results}", s.section),
        Paragraph(
            f"Đơn vị được suy tôn phải có {words.agree} {text(result.threshold_text)}; các đơn vị đạt "
            f"tỷ lệ được suy tôn theo thứ tự {words.ranking} từ cao xuống thấp, tối đa {result.places} danh hiệu. "
            f"Tỷ lệ phần trăm tính trên {text(result.base_label)} ({result.base}).",
            s.body,
        ),
        result_table(result),
        Spacer(1, 3 * mm),
    ]
    last: list[Flowable] = []
    if result.confirmed:  # a draft concludes nothing
        story.append(Paragraph("III. KẾT LUẬN", s.section))
        story += conclusion(result)
        last = [story.pop()]
    story += closing(db, result.warnings, result.confirmed_at, result, meeting, last)
    return story


def render_minutes(db: MeetingFile, round_id: int) -> bytes:
    rnd = get_round(db, round_id)
    vote = get_vote(db, rnd.vote_id)
    title = "Biên bản kết quả biểu quyết" if vote.method == VoteMethod.HANDS else "Biên bản kiểm phiếu"
    return render_pdf(
        minutes_story(db, round_id), title=f"{title} – {vote.title}", author=author_of(load_meeting(db))
    )


def render(db: MeetingFile, options: PrintOptions) -> bytes:
    """For ``python main.py print FILE minutes --vote ID``: the minutes of every round, each on new pages."""
    assert options.vote_id is not None
    vote = get_vote(db, options.vote_id)
    story: list[Flowable] = []
    for rnd in list_rounds(db, options.vote_id):
        if story:
            story.append(PageBreak())
        story += minutes_story(db, rnd.id)
    return render_pdf(story, title=f"Biên bản kiểm phiếu – {vote.title}", author=author_of(load_meeting(db)))
