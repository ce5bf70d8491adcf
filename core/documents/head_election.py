"""The head and deputy election on paper: the ballots of a round and the counting minutes.

Ballots are stamped 1, 2 or 4 per page like the suy tôn ballots (core/documents/ballots.py).
The minutes of a round cover both offices (one stack of ballots, one count): the shared
figures, then each office's table and conclusion, the counting committee's signatures
and the audit code. An unconfirmed round prints as a draft.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from core.documents.ballots import SLOTS, _StampBox, _styles, default_per_page, stamp_ballots
from core.documents.base import FRAME_WIDTH, grid_table, party_heading, render_pdf, styles, text
from core.documents.catalog import PrintOptions
from core.documents.minutes import _time_words, audit_code, figures_table, signature_block, vn_number
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
from core.storage import MeetingFile
from core.tally import Outcome
from core.units import list_units
from core.votes import effective_meeting, get_vote
from core.votes_result import RoundResult, voters

# -- labels -------------------------------------------------------------------------------


def round_heading(meeting: Meeting, pr_number: int, approval: bool) -> str:
    if approval:
        return f"Biểu quyết đề xuất cụm trưởng, cụm phó {meeting.cluster} năm {meeting.next_year}"
    text_ = f"Bầu cụm trưởng, cụm phó {meeting.cluster} năm {meeting.next_year}"
    return text_ + (f" (bầu vòng {pr_number})" if pr_number > 1 else "")


# -- ballots ------------------------------------------------------------------------------


def _grid(rows: list[list], widths: list[str], size: float) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
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


def ballot_story(lines: list[str], meeting: Meeting, pr: PaperRound, size: float) -> list[Flowable]:
    P = Paragraph
    s = _styles(size)
    heading = [P(text(line), s["head"]) for line in lines[:-1]]
    heading.append(P(f"<b>{text(lines[-1])}</b>", s["head"]))
    heading.append(P("*", s["head"]))
    stamp = _StampBox(28 * mm * size / 11.5, 16 * mm * size / 11.5, "Dấu", size - 2)
    top = Table([[stamp, heading]], colWidths=["32%", "68%"])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    title = "PHIẾU BIỂU QUYẾT" if pr.approval else "PHIẾU BẦU CỤM TRƯỞNG, CỤM PHÓ"
    if not pr.approval and not pr.head_candidates:
        title = "PHIẾU BẦU CỤM PHÓ"
    story: list[Flowable] = [top, Spacer(1, size * 0.6), P(title, s["title"])]
    story += [P(text(round_heading(meeting, pr.number, pr.approval)), s["subtitle"]), Spacer(1, size * 0.6)]
    header = s["header"]
    if pr.approval:
        rows = [[P(h, header) for h in ("STT", "Chức danh", "Đơn vị được đề xuất", "Đồng ý", "Không đồng ý")]]
        for stt, office, cands in (
            (1, Office.HEAD, pr.head_candidates),
            (2, Office.DEPUTY, pr.deputy_candidates),
        ):
            unit = cands[0].full_title if cands else ""
            rows.append(
                [P(str(stt), s["cell_center"]), P(office.label, s["cell"]), P(text(unit), s["cell"]), "", ""]
            )
        story.append(_grid(rows, ["9%", "17%", "41%", "14%", "19%"], size))
    elif [c.unit_id for c in pr.head_candidates] == [c.unit_id for c in pr.deputy_candidates]:
        rows = [[P(h, header) for h in ("STT", "Đơn vị", "Cụm trưởng", "Cụm phó")]]
        for c in pr.deputy_candidates:
            rows.append([P(str(c.stt), s["cell_center"]), P(text(c.full_title), s["cell"]), "", ""])
        story.append(_grid(rows, ["10%", "56%", "17%", "17%"], size))
    else:
        parts = [(Office.HEAD, pr.head_candidates), (Office.DEPUTY, pr.deputy_candidates)]
        for number, (office, cands) in enumerate([p for p in parts if p[1]], start=1):
            roman = "I" * number
            story.append(P(f"<b>{roman}. Bầu {office.label.lower()}</b> (chọn một đơn vị)", s["cell"]))
            rows = [[P(h, header) for h in ("STT", "Đơn vị", "Chọn")]]
            rows += [[P(str(c.stt), s["cell_center"]), P(text(c.full_title), s["cell"]), ""] for c in cands]
            story += [_grid(rows, ["10%", "72%", "18%"], size), Spacer(1, size * 0.4)]
    story += [Spacer(1, size * 0.6), P(text(marking_instructions(pr)), s["note"])]
    return story


def default_copies(db: MeetingFile) -> int:
    election = require_election(db)
    _entitled, present = voters(db, get_vote(db, election.deputy_vote_id))
    return max(present, 1)


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
    lines = list(meeting.letterhead) or [meeting.commission.upper(), meeting.cluster.upper()]
    copies = default_copies(db) if copies is None else copies
    per_page = per_page or ballot_per_page(pr)

    def story(width: float, height: float, size: float) -> list[Flowable]:
        while True:  # the largest type size (down to 7 pt) at which the ballot fits its slot
            flowables = ballot_story(lines, meeting, pr, size)
            if size <= 7 or sum(f.wrap(width, height)[1] for f in flowables) <= height:
                return flowables
            size -= 0.5

    assert per_page in SLOTS
    return stamp_ballots(story, copies, per_page, f"Phiếu – {round_heading(meeting, pr.number, pr.approval)}")


# -- minutes ------------------------------------------------------------------------------


def office_table(result: RoundResult, approval: bool) -> Table:
    s = styles()
    header = ["STT", "Đơn vị", "Số phiếu" + (" đồng ý" if approval else ""), "Tỷ lệ (%)", "Kết quả"]
    rows: list[list] = [[Paragraph(f"<b>{h}</b>", s.cell_center) for h in header]]
    for c in result.candidates:
        outcome = outcome_label(c.outcome, approval)
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
    return grid_table(rows, [w * 0.08, w * 0.42, w * 0.14, w * 0.12, w * 0.24])


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
        if rr.approval and office is Office.HEAD or rr.approval and rr.head_elect:
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
        party_heading(meeting),
        Spacer(1, 4 * mm),
        Paragraph("BIÊN BẢN KIỂM PHIẾU", s.title),
        Paragraph(text(round_heading(meeting, number, rr.approval)), s.subtitle),
    ]
    if not rr.confirmed:
        story += [
            Paragraph("<b><i>BẢN DỰ THẢO – kết quả chưa được Ban kiểm phiếu xác nhận</i></b>", s.center),
            Spacer(1, 3 * mm),
        ]
    d = meeting.date
    what = "biểu quyết đề xuất cụm trưởng, cụm phó" if rr.approval else "bầu cụm trưởng, cụm phó"
    story.append(
        Paragraph(
            f"Hôm nay, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}, tại {text(meeting.venue or meeting.place)}, "
            f"{text(meeting.title or 'hội nghị')} của {text(meeting.cluster)} tiến hành bỏ phiếu kín {what} "
            f"năm {meeting.next_year}" + (f" (vòng {number})" if number > 1 else "") + ".",
            s.body,
        )
    )
    if shared.committee:
        story.append(Paragraph("Ban kiểm phiếu gồm các đồng chí:", s.body))
        for i, (name, position, is_chief) in enumerate(shared.committee, start=1):
            role = "Trưởng ban" if is_chief else "Ủy viên"
            extra = f", {text(position)}" if position else ""
            story.append(Paragraph(f"{i}. Đồng chí <b>{text(name)}</b>{extra} – {role};", s.body_left))
    else:
        story.append(Paragraph("Ban kiểm phiếu: (chưa ghi tên các thành viên).", s.body))
    story += [
        Spacer(1, 2 * mm),
        Paragraph("Ban kiểm phiếu đã tiến hành kiểm phiếu, kết quả như sau:", s.body),
        Paragraph("<b>I. SỐ LIỆU KIỂM PHIẾU</b>", s.body_left),
        figures_table(replace(shared, blank=0), meeting, hands=False),
    ]
    if shared.invalid_reasons:
        story.append(Paragraph("Lý do không hợp lệ:", s.body))
        story += [Paragraph(f"– {text(r)}: {n} phiếu;", s.body) for r, n in shared.invalid_reasons]
    story += [CondPageBreak(60 * mm), Paragraph("<b>II. KẾT QUẢ KIỂM PHIẾU</b>", s.body_left)]
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
        if blank and office is Office.DEPUTY and any("không được tính cho cụm phó" in n for n in rr.notes):
            blank = (
                f" Có {result.blank} phiếu không tính cho cụm phó (không chọn đơn vị nào, "
                "hoặc chọn đơn vị đã trúng cử cụm trưởng)."
            )
        story += [
            Paragraph(f"<b>{index}. {office.label}</b>{blank}", s.body_left),
            office_table(result, rr.approval),
            Spacer(1, 2 * mm),
        ]
        if office is Office.DEPUTY:
            story += [Paragraph(f"<i>{text(n)}</i>", s.body) for n in rr.notes]
        story += office_conclusion(office, result, rr, meeting, members)
    story += [Spacer(1, 2 * mm), Paragraph("<b>III. KẾT LUẬN</b>", s.body_left)]
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
    if rr.warnings:
        story.append(Paragraph("Lưu ý của Ban kiểm phiếu:", s.body))
        story += [Paragraph(f"– {text(w)}", s.body) for w in rr.warnings]
    if rr.confirmed_at:
        story.append(
            Paragraph(
                f"Biên bản được lập xong và thông qua trước hội nghị vào lúc {_time_words(rr.confirmed_at)}.",
                s.body,
            )
        )
    story.append(Paragraph(f"Mã kiểm tra nhật ký: <b>{audit_code(db)}</b>", s.small))
    story.append(signature_block(shared))
    return story


def render_election_minutes(db: MeetingFile, number: int | None = None) -> bytes:
    """The minutes of one round (by default the latest)."""
    pr = paper_round(db, number)
    return render_pdf(
        minutes_story(db, pr.number), title=f"Biên bản kiểm phiếu – bầu cụm trưởng, cụm phó vòng {pr.number}"
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
    return render_pdf(story, title="Biên bản kiểm phiếu – bầu cụm trưởng, cụm phó")
