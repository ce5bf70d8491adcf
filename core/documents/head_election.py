"""The head and deputy election on paper: the ballots of a round and the counting minutes.

Ballots are stamped 1, 2 or 4 per page like the suy tôn ballots (core/documents/ballots.py).
The minutes of a round cover both offices (one stack of ballots, one count): the shared
figures, then each office's table and conclusion, the counting committee's signatures
and the audit code. An unconfirmed round prints as a draft.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table

from core.documents.ballots import (
    _styles,
    ballot_grid,
    ballot_heading,
    default_per_page,
    fitted_layout,
    stamp_ballots,
    too_long,
)
from core.documents.ballots import default_copies as vote_copies
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
from core.documents.minutes import (
    candidate_table,
    closing,
    committee_lines,
    counting_started,
    draft_notice,
    figures_table,
    invalid_reason_lines,
    opening,
    started_line,
    vn_number,
)
from core.head_election import (
    ElectionRoundResult,
    PaperRound,
    election_round_result,
    paper_round,
    paper_rounds,
    require_election,
)
from core.head_election_rules import Office, outcome_label
from core.meetings import load_meeting
from core.model import Meeting
from core.notes import NoteKind
from core.storage import MeetingFile
from core.tally import percent_text
from core.units import list_units
from core.votes import effective_meeting, get_vote
from core.votes_result import RoundResult

# -- labels -------------------------------------------------------------------------------


def round_heading(meeting: Meeting, pr_number: int, approval: bool) -> str:
    if approval:
        return f"Biểu quyết đề xuất cụm trưởng, cụm phó {meeting.cluster} năm {meeting.next_year}"
    text_ = f"Bầu cụm trưởng, cụm phó {meeting.cluster} năm {meeting.next_year}"
    return text_ + (f" (bầu vòng {pr_number})" if pr_number > 1 else "")


# -- ballots ------------------------------------------------------------------------------


def marking_instructions(pr: PaperRound) -> str:
    if pr.approval:
        return (
            'Cách ghi phiếu: ở mỗi dòng, đánh dấu (X) vào cột "Đồng ý" hoặc cột "Không đồng ý". '
            "Dòng không đánh dấu, hoặc đánh dấu cả hai cột, được tính là không đồng ý."
        )
    parts = []
    if pr.head_candidates:
        parts.append("một đơn vị làm cụm trưởng")
    parts.append(
        "một đơn vị làm cụm phó" + (" (khác đơn vị bầu làm cụm trưởng)" if pr.head_candidates else "")
    )
    text_ = f"Cách ghi phiếu: đánh dấu (X) để chọn {' và '.join(parts)}. "
    text_ += "Chọn quá một đơn vị cho một chức danh"
    if pr.head_candidates:
        text_ += ", hoặc chọn cùng một đơn vị cho cả hai chức danh,"
    return (
        text_
        + " thì phiếu không hợp lệ. Không chọn đơn vị nào cho một chức danh thì không tính cho chức danh đó."
    )


def ballot_story(
    lines: list[str], meeting: Meeting, pr: PaperRound, size: float, width: float
) -> list[Flowable]:
    P = Paragraph
    s = _styles(size)
    title = "PHIẾU BIỂU QUYẾT" if pr.approval else "PHIẾU BẦU CỤM TRƯỞNG, CỤM PHÓ"
    if not pr.approval and not pr.head_candidates:
        title = "PHIẾU BẦU CỤM PHÓ"
    story = ballot_heading(lines, title, size, width)
    story += [P(text(round_heading(meeting, pr.number, pr.approval)), s["subtitle"]), Spacer(1, size * 0.5)]
    if pr.approval:
        rows: list[list[Paragraph | str]] = []
        for stt, office, cands in (
            (1, Office.HEAD, pr.head_candidates),
            (2, Office.DEPUTY, pr.deputy_candidates),
        ):
            unit = cands[0].full_title if cands else ""
            rows.append(
                [P(str(stt), s["cell_center"]), P(office.label, s["cell"]), P(text(unit), s["cell"]), "", ""]
            )
        headers = ["STT", "Chức danh", "Đơn vị được đề xuất", "Đồng ý", "Không đồng ý"]
        story.append(ballot_grid(headers, rows, [8, 17, 43, 14, 18], size, width))
    elif [c.unit_id for c in pr.head_candidates] == [c.unit_id for c in pr.deputy_candidates]:
        rows = []
        for c in pr.deputy_candidates:
            rows.append([P(str(c.stt), s["cell_center"]), P(text(c.full_title), s["cell"]), "", ""])
        headers = ["STT", "Đơn vị", "Cụm trưởng", "Cụm phó"]
        story.append(ballot_grid(headers, rows, [8, 58, 17, 17], size, width))
    else:
        parts = [(Office.HEAD, pr.head_candidates), (Office.DEPUTY, pr.deputy_candidates)]
        for number, (office, cands) in enumerate([p for p in parts if p[1]], start=1):
            roman = "I" * number
            story.append(P(f"<b>{roman}. Bầu {office.label.lower()}</b> (chọn một đơn vị)", s["cell"]))
            rows = [[P(str(c.stt), s["cell_center"]), P(text(c.full_title), s["cell"]), ""] for c in cands]
            story += [
                ballot_grid(["STT", "Đơn vị", "Chọn"], rows, [8, 74, 18], size, width),
                Spacer(1, size * 0.4),
            ]
    story += [Spacer(1, size * 0.5), P(text(marking_instructions(pr)), s["note"])]
    return story


def default_copies(db: MeetingFile) -> int:
    return vote_copies(db, get_vote(db, require_election(db).deputy_vote_id))


def ballot_per_page(pr: PaperRound) -> int:
    if pr.approval:
        return 2  # A5: the two lines and their tick columns stay readable
    return default_per_page(max(len(pr.head_candidates), len(pr.deputy_candidates)) + 2)


def render_election_ballots(
    db: MeetingFile, number: int | None = None, copies: int | None = None, per_page: int | None = None
) -> bytes:
    """The ballots of a round (by default the latest), one per voter present by default."""
    pr = paper_round(db, number)
    meeting = load_meeting(db)
    lines = meeting.issuing_body()
    copies = default_copies(db) if copies is None else copies
    per_page = per_page or ballot_per_page(pr)

    count = max(len(pr.head_candidates), len(pr.deputy_candidates))
    per_page, story = fitted_layout(
        lambda size, width: ballot_story(lines, meeting, pr, size, width), per_page, too_long(count)
    )
    title = f"Phiếu – {round_heading(meeting, pr.number, pr.approval)}"
    return stamp_ballots(story, copies, per_page, title, author_of(meeting))


# -- minutes ------------------------------------------------------------------------------


def office_table(result: RoundResult, approval: bool, valid: int) -> Table:
    """One line per unit; an approval shows the "không đồng ý" votes and their share beside the
    "đồng ý" (every valid ballot not for the proposal is against it: unmarked or marked both
    ways counts as không đồng ý)."""

    def label(outcome: str) -> str:
        return outcome_label(outcome, approval)

    if not approval:
        return candidate_table(result, "Số phiếu", label, (0.08, 0.42, 0.14, 0.12, 0.24))
    s = styles()
    header = [
        "STT",
        "Đơn vị được đề xuất",
        "Đồng ý (phiếu)",
        "Tỷ lệ (%)",
        "Không đồng ý (phiếu)",
        "Tỷ lệ (%)",
        "Kết quả",
    ]
    rows: list[list] = [[Paragraph(f"<b>{h}</b>", s.cell_center) for h in header]]
    for c in result.candidates:
        against = max(valid - c.votes, 0)
        outcome = label(c.outcome) if result.confirmed else ""  # a draft decides nothing
        rows.append(
            [
                Paragraph(str(c.stt), s.cell_center),
                Paragraph(text(c.full_title), s.cell),
                Paragraph(str(c.votes), s.cell_center),
                Paragraph(vn_number(c.percent), s.cell_center),
                Paragraph(str(against), s.cell_center),
                Paragraph(vn_number(percent_text(against, result.base)), s.cell_center),
                Paragraph(f"<b>{outcome}</b>" if c.outcome == "elected" else outcome, s.cell_center),
            ]
        )
    widths = (0.085, 0.275, 0.12, 0.11, 0.14, 0.11, 0.16)
    return grid_table(rows, [FRAME_WIDTH * w for w in widths])


def _full(result: RoundResult, name: str) -> str:
    return next((c.full_title for c in result.candidates if c.name == name), name)


def office_conclusion(
    office: Office, result: RoundResult, rr: ElectionRoundResult, meeting: Meeting, members: dict[str, str]
) -> list[Flowable]:
    s = styles()
    elected = rr.head_elected if office is Office.HEAD else rr.deputy_elected
    following = rr.next_head if office is Office.HEAD else rr.next_deputy
    out: list[Flowable] = []
    if elected:
        line = next(c for c in result.candidates if c.name == elected)
        verb = "được tán thành là" if rr.approval else "trúng cử"
        out.append(
            Paragraph(
                f"<b>{text(line.full_title)}</b> {verb} {office.label.lower()} {text(meeting.cluster)} năm "
                f"{meeting.next_year} ({line.votes} phiếu, {vn_number(line.percent)} %).",
                s.body,
            )
        )
    elif following is not None:
        if rr.approval and (office is Office.HEAD or rr.head_elect):
            why = "Đề xuất không đạt tỷ lệ quy định."
        elif office is Office.DEPUTY and rr.head_elect is None:
            why = "Chưa bầu được cụm trưởng nên chưa xác định cụm phó."
        else:
            why = "Không đơn vị nào đạt tỷ lệ quy định."
        full = [text(members.get(n, n)) for n in following]
        among = "giữa " + (" và ".join([", ".join(full[:-1]), full[-1]]) if len(full) > 1 else full[0])
        if len(following) > 4:
            among = "trong các đơn vị thành viên" + (
                f" (trừ {text(members.get(rr.head_elect, rr.head_elect))})"
                if office is Office.DEPUTY and rr.head_elect
                else ""
            )
        out.append(
            Paragraph(
                f"{why} Ban kiểm phiếu đề nghị hội nghị bầu {office.label.lower()} ở vòng {rr.number + 1} {among}.",
                s.body,
            )
        )
    return out


def minutes_story(db: MeetingFile, number: int) -> list[Flowable]:
    s = styles()
    election = require_election(db)
    rr = election_round_result(db, number)
    vote = get_vote(db, election.deputy_vote_id)
    meeting = effective_meeting(load_meeting(db), vote)
    shared = rr.any_result
    members = {c.name: c.full_title for r in (rr.head, rr.deputy) if r for c in r.candidates}
    members |= {u.short_name: u.full_title for u in list_units(db)}
    story: list[Flowable] = [
        Numbering(),  # each round's minutes are numbered from their own first page
        party_heading(meeting),
        Spacer(1, 4 * mm),
        Paragraph("BIÊN BẢN KIỂM PHIẾU", s.title),
        Paragraph(text(round_heading(meeting, number, rr.approval)), s.subtitle),
    ]
    if not rr.confirmed:
        story += draft_notice()
    what = "biểu quyết đề xuất cụm trưởng, cụm phó" if rr.approval else "bầu cụm trưởng, cụm phó"
    story.append(
        opening(
            meeting,
            f"bỏ phiếu kín {what} năm {meeting.next_year}" + (f" (vòng {number})" if number > 1 else ""),
        )
    )
    story += committee_lines(db, shared.committee)
    story += started_line(meeting, counting_started(db, 0, number, election=True))
    story += [
        Spacer(1, 2 * mm),
        Paragraph("Ban kiểm phiếu đã tiến hành kiểm phiếu, kết quả như sau:", s.body),
        Paragraph("I. SỐ LIỆU KIỂM PHIẾU", s.section),
        figures_table(replace(shared, blank=0), meeting, hands=False),
        *invalid_reason_lines(shared.invalid_reasons),
    ]
    story += [CondPageBreak(60 * mm), Paragraph("II. KẾT QUẢ KIỂM PHIẾU", s.section)]
    story.append(
        Paragraph(
            f"Đơn vị trúng cử phải có số phiếu {text(shared.threshold_text)}; cụm trưởng được xác định trước, "
            "cụm phó sau (phiếu bầu đơn vị đã trúng cử cụm trưởng làm cụm phó không được tính). "
            f"Tỷ lệ phần trăm tính trên {text(shared.base_label)} ({shared.base}).",
            s.body,
        )
    )
    for index, (office, result) in enumerate(((Office.HEAD, rr.head), (Office.DEPUTY, rr.deputy)), start=1):
        if result is None:
            continue
        blank = f" Có {result.blank} phiếu không chọn đơn vị nào." if result.blank and not rr.approval else ""
        if blank and office is Office.DEPUTY and any(n.kind is NoteKind.EXCLUDED_VOTES for n in rr.notes):
            blank = (
                f" Có {result.blank} phiếu không tính cho cụm phó (không chọn đơn vị nào, "
                "hoặc chọn đơn vị đã trúng cử cụm trưởng)."
            )
        story.append(Paragraph(f"{index}. {office.label}", s.section))
        if blank:
            story.append(Paragraph(blank.strip(), s.body))
        story += [office_table(result, rr.approval, shared.valid), Spacer(1, 2 * mm)]
        story += [Paragraph(f"<i>{text(note.text())}</i>", s.body) for note in result.notes]
        if rr.confirmed:
            story += office_conclusion(office, result, rr, meeting, members)
    if not rr.confirmed:  # a draft concludes nothing and is not signed
        story += closing(db, rr.warnings, rr.confirmed_at, shared, meeting)
        return story
    story += [Spacer(1, 2 * mm), Paragraph("III. KẾT LUẬN", s.section)]
    elected = [(o, n) for o, n in ((Office.HEAD, rr.head_elected), (Office.DEPUTY, rr.deputy_elected)) if n]
    for office, name in elected:
        story.append(
            Paragraph(
                f"{office.label} năm {meeting.next_year}: <b>{text(members.get(name, name))}</b>.", s.body
            )
        )
    if rr.tied:
        offices = [
            o.label.lower()
            for o, nxt in ((Office.HEAD, rr.next_head), (Office.DEPUTY, rr.next_deputy))
            if nxt
        ]
        story.append(
            Paragraph(f"Chưa xác định được {' và '.join(offices)}: bầu tiếp vòng {number + 1}.", s.body)
        )
    last = [story.pop()] if isinstance(story[-1], Paragraph) else []
    story += closing(db, rr.warnings, rr.confirmed_at, shared, meeting, last)
    return story


def render_election_minutes(db: MeetingFile, number: int | None = None) -> bytes:
    """The minutes of one round (by default the latest)."""
    pr = paper_round(db, number)
    return render_pdf(
        minutes_story(db, pr.number),
        title=f"Biên bản kiểm phiếu – bầu cụm trưởng, cụm phó vòng {pr.number}",
        author=author_of(load_meeting(db)),
    )


def render_ballots_kind(db: MeetingFile, options: PrintOptions) -> bytes:
    """``python main.py print FILE election-ballots``: the latest round, one per voter present."""
    return render_election_ballots(db)


def render_minutes_kind(db: MeetingFile, options: PrintOptions) -> bytes:
    """``python main.py print FILE election-minutes``: every round, each on new pages."""
    story: list[Flowable] = []
    for pr in paper_rounds(db, require_election(db)):
        if story:
            story.append(PageBreak())
        story += minutes_story(db, pr.number)
    return render_pdf(
        story, title="Biên bản kiểm phiếu – bầu cụm trưởng, cụm phó", author=author_of(load_meeting(db))
    )
