"""Kết quả suy tôn: the results sheet of one vote, every round, the units acclaimed."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from core.documents.base import FRAME_WIDTH, author_of, party_heading, render_pdf, styles, text
from core.documents.catalog import PrintOptions
from core.documents.minutes import (
    HANDS_WORDS,
    chief_signature,
    result_table,
    vn_number,
    voter_words,
    words_for,
)
from core.meetings import load_meeting
from core.storage import MeetingFile
from core.votes import effective_meeting, get_vote, list_rounds
from core.votes_result import round_result


def results_story(db: MeetingFile, vote_id: int) -> list[Flowable]:
    s = styles()
    vote = get_vote(db, vote_id)
    meeting = effective_meeting(load_meeting(db), vote)
    rounds = list_rounds(db, vote_id)
    results = [round_result(db, r.id) for r in rounds]
    story: list[Flowable] = [
        party_heading(meeting),
        Spacer(1, 4 * mm),
        Paragraph("KẾT QUẢ SUY TÔN", s.title),
        Paragraph(text(vote.title), s.subtitle),
    ]
    if not all(r.confirmed for r in results):
        story.append(Paragraph("<b><i>BẢN DỰ THẢO – có vòng chưa được xác nhận kết quả</i></b>", s.center))
    acclaimed = []
    for result in results:
        by_name = {c.name: c for c in result.candidates}
        if len(results) > 1:
            story.append(Paragraph(f"Vòng {result.round_number}", s.section))
        words = words_for(result)
        if words is HANDS_WORDS:
            counted = (
                f"{result.cast} {voter_words(meeting)} biểu quyết, hợp lệ {result.valid}, "
                f"không hợp lệ {result.invalid}. "
            )
        else:
            issued = (
                f"Phát ra {result.issued} phiếu, t"
                if result.issued is not None
                else "Số phiếu phát ra không ghi nhận; t"
            )
            counted = (
                f"{issued}hu vào {result.cast} phiếu, hợp lệ {result.valid}, không hợp lệ {result.invalid}. "
            )
        story.append(
            Paragraph(
                counted
                + f"Điều kiện: {words.agree} {text(result.threshold_text)}; {result.places} danh hiệu. "
                f"Tỷ lệ tính trên {text(result.base_label)} ({result.base}).",
                s.body,
            )
        )
        story += [KeepTogether([result_table(result)]), Spacer(1, 3 * mm)]
        acclaimed += (
            [(by_name[name], result.round_number) for name in result.elected] if result.confirmed else []
        )
        if result.tied and result is results[-1]:
            story.append(
                Paragraph(
                    "Bằng phiếu ở vị trí cuối, chờ bầu vòng tiếp theo: "
                    + ", ".join(text(by_name[n].full_title) for n in result.tied)
                    + ".",
                    s.body,
                )
            )
    closing: list[Flowable] = [Paragraph("CÁC ĐƠN VỊ ĐƯỢC SUY TÔN", s.section)]
    if acclaimed:
        for number, (c, round_number) in enumerate(acclaimed, start=1):
            closing.append(
                Paragraph(
                    f"{number}. <b>{text(c.full_title)}</b> "
                    f"({words_for(results[-1]).votes.format(c.votes)}, {vn_number(c.percent)} %, "
                    f"vòng {round_number})",
                    s.body_left,
                )
            )
    else:
        closing.append(Paragraph("(Chưa có đơn vị nào được suy tôn.)", s.body_left))
    if not all(r.confirmed for r in results):  # a draft is not signed
        story += closing
        return story
    sign = Table([["", chief_signature(results[-1].committee)]], colWidths=[FRAME_WIDTH / 2, FRAME_WIDTH / 2])
    sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    # The list of acclaimed units and the signature stay on one page.
    story.append(KeepTogether([*closing, Spacer(1, 6 * mm), sign]))
    return story


def render_results(db: MeetingFile, vote_id: int) -> bytes:
    vote = get_vote(db, vote_id)
    return render_pdf(
        results_story(db, vote_id),
        title=f"Kết quả suy tôn – {vote.title}",
        author=author_of(load_meeting(db)),
    )


def render(db: MeetingFile, options: PrintOptions) -> bytes:
    assert options.vote_id is not None
    return render_results(db, options.vote_id)
