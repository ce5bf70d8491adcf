"""The dossier (DESIGN.md, printed document 7): the score summary table, each unit's scoring
sheet, the meeting's minutes (biên bản họp cụm bình xét, suy tôn) and the request for awards
(tờ trình đề nghị khen thưởng). Party document form on core/documents/base.py; the words the
minutes and the request share come from core/dossier.py, the cluster's signatory from
core/documents/summary.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from core import dossier, scoring
from core.attendance import attendance_counts, checked_in
from core.documents.base import FRAME_WIDTH, author_of, grid_table, party_heading, render_pdf, styles, text
from core.documents.catalog import PrintOptions
from core.documents.summary import agreement_line, chair, chair_signature, elected_line
from core.head_election import election_status
from core.meetings import load_meeting
from core.model import Meeting, Role
from core.people import list_people
from core.scoring import Kind, Standing, points_text
from core.storage import MeetingFile
from core.text import clean

NO_TABLE = "Chưa có bảng điểm thi đua: chưa chấm điểm."


def _lower_first(value: str) -> str:
    return value[:1].lower() + value[1:]


def cluster_signature(
    db: MeetingFile,
    meeting: Meeting,
    recipients: Sequence[str],
    lead: Sequence[Flowable] = (),
    gap: float = 6 * mm,
) -> Flowable:
    """ "Nơi nhận" on the left, "T/M <CỤM> / CỤM TRƯỞNG" with the head's name on the right, kept
    together with ``lead`` (the last paragraphs: a signature block never stands alone on a page)."""
    s = styles()
    right = chair_signature(db, meeting)
    left: list[Flowable] = []
    if recipients:
        left.append(Paragraph("<b><i>Nơi nhận:</i></b>", s.small))
        left += [Paragraph(text(line), s.small) for line in recipients]
    table = Table([[left, right]], colWidths=[FRAME_WIDTH * 0.45, FRAME_WIDTH * 0.55])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([*lead, Spacer(1, gap), table])


def _cell(value: object, center: bool = False, bold: bool = False) -> Paragraph:
    s = styles()
    content = f"<b>{text(value)}</b>" if bold else text(value)
    return Paragraph(content, s.cell_center if center or bold else s.cell)


# -- bảng tổng hợp kết quả chấm điểm ------------------------------------------------------------------


def rank_label(line: scoring.RankLine) -> str:
    return f"{line.rank}" + (" (đồng hạng)" if line.tied else "")


def scores_table(s: Standing, with_groups: bool = True) -> Table:
    groups = [i for i in s.table.children(None)] if with_groups else []
    header: list[Flowable] = [_cell("STT", bold=True), _cell("Đơn vị", bold=True)]
    header += [
        Paragraph(
            f"<b>{text(g.code)}<br/>({scoring.decimal_text(s.table.maximum(g))})</b>", styles().cell_center
        )
        for g in groups
    ]
    header += [_cell("Tự chấm", bold=True), _cell("Thẩm định", bold=True), _cell("Xếp hạng", bold=True)]
    rows: list[list[Flowable]] = [header]
    for number, line in enumerate(s.ranking, start=1):
        row: list[Flowable] = [_cell(number, center=True), _cell(s.names[line.unit_id])]
        row += [_cell(points_text(s.scores.of(g.code, line.unit_id)), center=True) for g in groups]
        row += [
            _cell(points_text(s.self_scores.totals[line.unit_id]), center=True),
            Paragraph(f"<b>{points_text(line.total)}</b>", styles().cell_center),
            _cell(rank_label(line), center=True),
        ]
        rows.append(row)
    fixed = 12 * mm + 16 * mm * 2 + 20 * mm
    group_width = 15 * mm if len(groups) <= 5 else max(10 * mm, (FRAME_WIDTH - fixed - 35 * mm) / len(groups))
    name_width = FRAME_WIDTH - fixed - group_width * len(groups)
    return grid_table(rows, [12 * mm, name_width] + [group_width] * len(groups) + [16 * mm, 16 * mm, 20 * mm])


def maximum_sentence(s: Standing) -> str:
    bonus = sum((i.max_points for i in s.table.criteria if i.kind is Kind.BONUS), Fraction(0))
    total = scoring.decimal_text(s.table.maximum())
    if not bonus:
        return f"Tổng điểm tối đa {total} điểm."
    return f"Tổng điểm tối đa {total} điểm, trong đó điểm thưởng tối đa {scoring.decimal_text(bonus)} điểm."


def tie_sentence(s: Standing) -> str:
    ties = sorted({tuple(sorted((line.unit_id, *line.tied))) for line in s.ranking if line.tied})
    parts = []
    for group in ties:
        names = ", ".join(s.names[u] for u in sorted(group, key=s.unit_ids.index))
        parts.append(f"{names} bằng điểm ({points_text(s.scores.totals[group[0]])})")
    if not parts:
        return ""
    rule = (
        "Ưu tiên tập thể có từ 70 % nữ trở lên (Nghị định 152/2025/NĐ-CP, Điều 4); còn bằng điểm thì hội nghị "
        "quyết định."
        if s.rule is scoring.TieRule.WOMEN
        else "Hội nghị quyết định thứ tự các đơn vị bằng điểm."
    )
    return "Đồng hạng: " + "; ".join(parts) + ". " + rule


def scores_story(db: MeetingFile) -> list[Flowable]:
    st = styles()
    meeting = load_meeting(db)
    s = scoring.standing(db)
    story: list[Flowable] = [
        party_heading(meeting),
        Spacer(1, 4 * mm),
        Paragraph("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA", st.title),
        Paragraph(f"Năm {meeting.year} – {text(meeting.cluster)}", st.subtitle),
    ]
    if not s.table.criteria:  # printed as it is, like every document: what is not done says so
        return [*story, Paragraph(NO_TABLE, st.body)]
    story += [scores_table(s), Spacer(1, 3 * mm)]
    groups = s.table.children(None)
    legend = "; ".join(f"{g.code}: {g.title}" for g in groups)
    story.append(
        Paragraph(
            text(
                f"Ghi chú: {legend}. {maximum_sentence(s)} Điểm thẩm định là điểm Cụm đã xem xét; điểm thẩm "
                "định quyết định xếp hạng."
            ),
            st.small,
        )
    )
    ties = tie_sentence(s)
    if ties:
        story.append(Paragraph(text(ties), st.small))
    missing = [s.names[u] for u in s.unit_ids if s.scores.missing.get(u)]
    if missing:
        story.append(Paragraph(text("Chưa đủ điểm các tiêu chí: " + ", ".join(missing) + "."), st.small))
    story.append(cluster_signature(db, meeting, ["- Hội đồng Thi đua – Khen thưởng (báo cáo),", "- Lưu."]))
    return story


def render_scores(db: MeetingFile, options: PrintOptions) -> bytes:
    return render_pdf(
        scores_story(db), title="Bảng tổng hợp kết quả chấm điểm thi đua", author=author_of(load_meeting(db))
    )


# -- phiếu chấm điểm của từng đơn vị ------------------------------------------------------------------------


def _value(item: scoring.Item, value: Fraction | None) -> str:
    return scoring.value_text(item, value)


SHEET_CELL = 9  # pt: a unit's whole sheet on one page


def unit_sheet(db: MeetingFile, meeting: Meeting, s: Standing, unit_id: int) -> list[Flowable]:
    st = styles()
    small = styles(SHEET_CELL + 1.5)
    unit = db.conn.execute("SELECT full_title FROM unit WHERE id = ?", (unit_id,)).fetchone()[0]

    def cell(value: object, center: bool = True, bold: bool = False) -> Paragraph:
        content = f"<b>{text(value)}</b>" if bold else text(value)
        return Paragraph(content, small.cell_center if center else small.cell)

    header: list[Flowable] = [
        cell("Mã", bold=True),
        cell("Tiêu chí", bold=True),
        cell("Tối đa", bold=True),
        cell("Tự báo cáo", bold=True),
        cell("Tự chấm", bold=True),
        cell("Thẩm định", bold=True),
        cell("Điểm đạt", bold=True),
        cell("Lý do điều chỉnh", bold=True),
    ]
    rows: list[list[Flowable]] = [header]
    group_rows = []
    for item in s.table.items:
        entry = s.entries.get((item.code, unit_id), scoring.Entry())
        own = s.self_scores.of(item.code, unit_id)
        points = s.scores.of(item.code, unit_id)
        if item.kind is Kind.GROUP:
            group_rows.append(len(rows))
            rows.append(
                [
                    cell(item.code, bold=True),
                    cell(item.title, center=False, bold=True),
                    cell(scoring.decimal_text(s.table.maximum(item)), bold=True),
                    cell(""),
                    cell(points_text(own), bold=True),
                    cell(""),
                    cell(points_text(points), bold=True),
                    cell(""),
                ]
            )
            continue
        top = ("−" if item.kind is Kind.PENALTY else "") + scoring.decimal_text(item.max_points)
        measure = f" {item.measure}" if item.measure and item.kind in (Kind.TARGET, Kind.COUNT) else ""
        reviewed = _value(item, entry.reviewed) + measure if entry.reviewed is not None else ""
        rows.append(
            [
                cell(item.code),
                cell(item.title, center=False),
                cell(top),
                cell(_value(item, entry.self_value) + (measure if entry.self_value is not None else "")),
                cell(points_text(own)),
                cell(reviewed),
                cell(points_text(points)),
                cell(entry.note, center=False),
            ]
        )
    line = s.line(unit_id)
    rows.append(
        [
            cell(""),
            cell("TỔNG CỘNG", center=False, bold=True),
            cell(scoring.decimal_text(s.table.maximum()), bold=True),
            cell(""),
            cell(points_text(s.self_scores.totals[unit_id]), bold=True),
            cell(""),
            cell(points_text(line.total), bold=True),
            cell(f"Xếp hạng {rank_label(line)}", center=False),
        ]
    )
    numbers = 14 * mm
    widths = [10 * mm, FRAME_WIDTH - 10 * mm - 11 * mm - numbers * 4 - 30 * mm, 11 * mm]
    widths += [numbers] * 4 + [30 * mm]
    table = grid_table(rows, widths)
    table.setStyle(
        TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)])
    )
    table.setStyle(
        TableStyle([("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f4f4f4")) for r in group_rows])
    )
    facts = s.facts.get(unit_id, scoring.UnitFacts())
    source = f" Phiếu tự chấm: {facts.self_source}." if facts.self_source else ""
    return [
        party_heading(meeting),
        Paragraph(f"PHIẾU CHẤM ĐIỂM THI ĐUA NĂM {meeting.year}", st.title),
        Paragraph(text(unit), st.subtitle),
        table,
        Spacer(1, 1 * mm),
        cluster_signature(
            db,
            meeting,
            [],
            [
                Paragraph(
                    text(f"Điểm đạt tính theo kết quả thẩm định (nếu có), quyết định xếp hạng.{source}"),
                    st.small,
                )
            ],
            gap=1 * mm,
        ),
    ]


def scoring_sheet_story(db: MeetingFile, unit_ids: Sequence[int] | None = None) -> list[Flowable]:
    meeting = load_meeting(db)
    s = scoring.standing(db)
    if not s.table.criteria:
        return [
            party_heading(meeting),
            Paragraph(f"PHIẾU CHẤM ĐIỂM THI ĐUA NĂM {meeting.year}", styles().title),
            Paragraph(NO_TABLE, styles().body),
        ]
    story: list[Flowable] = []
    for index, unit_id in enumerate(unit_ids or s.unit_ids):
        if index:
            story.append(PageBreak())
        story += unit_sheet(db, meeting, s, unit_id)
    return story


def render_scoring_sheets(db: MeetingFile, options: PrintOptions) -> bytes:
    return render_pdf(
        scoring_sheet_story(db), title="Phiếu chấm điểm thi đua", author=author_of(load_meeting(db))
    )


# -- biên bản họp cụm bình xét, suy tôn ------------------------------------------------------------------


def _vote_paragraphs(outcome: dossier.TitleOutcome) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = []
    if not outcome.results:
        story.append(Paragraph("Chưa biểu quyết.", st.body))
        return story
    for rr in outcome.results:
        round_words = f" (vòng {rr.round_number})" if rr.round_number > 1 else ""
        story.append(
            Paragraph(
                text(
                    f"Kết quả kiểm phiếu{round_words}: phiếu phát ra: "
                    f"{rr.issued if rr.issued is not None else 'không ghi nhận'}; phiếu thu vào: {rr.cast}; "
                    f"hợp lệ: {rr.valid}; không hợp lệ: {rr.invalid}. Tỷ lệ tính trên {rr.base_label}; được suy "
                    f"tôn khi đạt {rr.threshold_text}."
                ),
                st.body,
            )
        )
        rows: list[list[Flowable]] = [
            [_cell("STT", bold=True), _cell("Đơn vị", bold=True), _cell("Số phiếu", bold=True),
             _cell("Tỷ lệ %", bold=True), _cell("Kết quả", bold=True)]
        ]  # fmt: skip
        for c in rr.candidates:
            rows.append(
                [
                    _cell(c.stt, center=True),
                    _cell(c.full_title),
                    _cell(c.votes, center=True),
                    _cell(dossier.percent_text(c.percent), center=True),
                    _cell(c.outcome_label, center=True),
                ]
            )
        story.append(
            grid_table(
                rows, [12 * mm, FRAME_WIDTH - 12 * mm - 20 * mm * 2 - 36 * mm, 20 * mm, 20 * mm, 36 * mm]
            )
        )
        story.append(Spacer(1, 2 * mm))
    if outcome.honoured:
        names = "; ".join(f"{h.full_title} ({h.votes} phiếu, {h.percent}\u00a0%)" for h in outcome.honoured)
        story.append(Paragraph(text(f"Hội nghị thống nhất suy tôn: {names}."), st.body))
    elif outcome.state is not outcome.state.DONE:
        story.append(Paragraph("Chưa có kết quả cuối cùng.", st.body))
    else:
        story.append(Paragraph("Không có đơn vị nào được suy tôn.", st.body))
    return story


def _signature_pair(secretary: str, chair_name: str, lead: Sequence[Flowable]) -> Flowable:
    st = styles()
    left = [
        Paragraph("<b>THƯ KÝ</b>", st.center),
        Spacer(1, 20 * mm),
        Paragraph(f"<b>{text(secretary)}</b>", st.center),
    ]
    right = [
        Paragraph("<b>CHỦ TRÌ HỘI NGHỊ</b>", st.center),
        Spacer(1, 20 * mm),
        Paragraph(f"<b>{text(chair_name)}</b>", st.center),
    ]
    table = Table([[left, right]], colWidths=[FRAME_WIDTH / 2, FRAME_WIDTH / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([*lead, Spacer(1, 6 * mm), table])


def meeting_minutes_story(db: MeetingFile) -> list[Flowable]:
    st = styles()
    meeting = load_meeting(db)
    s = scoring.standing(db)
    d = meeting.date
    counts = attendance_counts(db, meeting)
    people = list_people(db)
    here = set(checked_in(db))
    chair_unit, chair_name = chair(db, meeting)
    chair_person = next((p for p in people if p.full_name == chair_name and p.role == Role.HEAD), None)
    secretary = dossier.secretary(db)
    guests = [p for p in people if p.role == Role.GUEST and p.id in here]
    dots = "……………………"
    story: list[Flowable] = [
        party_heading(meeting),
        Spacer(1, 3 * mm),
        Paragraph("BIÊN BẢN", st.title),
        Paragraph(
            text(meeting.title or f"Hội nghị tổng kết công tác thi đua năm {meeting.year}"), st.subtitle
        ),
        Paragraph(
            text(f"(Họp cụm bình xét, suy tôn các đơn vị dẫn đầu phong trào thi đua năm {meeting.year})"),
            st.subtitle,
        ),
        Paragraph(
            text(
                f"Hồi {dots} giờ {dots} ngày {d.day:02d} tháng {d.month:02d} năm {d.year}, tại "
                f"{clean(meeting.venue or meeting.place) or dots}, {meeting.cluster} tổ chức "
                f"hội nghị tổng kết công tác thi đua năm {meeting.year}."
            ),
            st.body,
        ),
        Paragraph("<b>I. THÀNH PHẦN</b>", st.body_left),
        Paragraph(
            text(
                f"– Chủ trì: {chair_name or dots}"
                + (f", {chair_person.position}" if chair_person and chair_person.position else "")
                + (f", {chair_unit}" if chair_unit else "")
                + " (đơn vị Cụm trưởng)."
            ),
            st.body,
        ),
        Paragraph(text(f"– Thư ký: {secretary or dots}."), st.body),
        Paragraph(
            text(
                f"– Đại biểu các đơn vị thành viên: {counts.units_represented}/{counts.units_total} đơn vị có mặt, "
                f"{counts.delegates.present} đại biểu."
            ),
            st.body,
        ),
    ]
    if guests:
        guest_words = "; ".join(
            ", ".join(x for x in (g.full_name, g.position, g.organization) if x) for g in guests
        )
        story.append(Paragraph(text(f"– Khách mời: {guest_words}."), st.body))
    story.append(Paragraph("<b>II. NỘI DUNG</b>", st.body_left))
    story.append(Paragraph("<b>1. Kết quả chấm điểm thi đua</b>", st.body_left))
    if s.table.criteria:
        story.append(
            Paragraph(
                text(
                    f"Các đơn vị tự chấm điểm theo bảng điểm thi đua năm {meeting.year} (tối đa "
                    f"{scoring.decimal_text(s.table.maximum())} điểm); Cụm thẩm định, thống nhất kết quả như sau:"
                ),
                st.body,
            )
        )
        story.append(scores_table(s, with_groups=False))
        ties = tie_sentence(s)
        if ties:
            story.append(Paragraph(text(ties), st.small))
    else:
        story.append(Paragraph("Chưa chấm điểm.", st.body))
    story.append(Paragraph("<b>2. Bình xét, suy tôn</b>", st.body_left))
    outcomes = dossier.title_outcomes(db, s)
    if not outcomes:
        story.append(Paragraph("Chưa có danh hiệu.", st.body))
    for number, outcome in enumerate(outcomes, start=1):
        story.append(
            Paragraph(
                text(f"2.{number}. {outcome.name} ({outcome.places} danh hiệu)"),
                st.body_left,
            )
        )
        story += _vote_paragraphs(outcome)
    status = election_status(db)
    story.append(Paragraph(f"<b>3. Bầu Cụm trưởng, Cụm phó năm {meeting.next_year}</b>", st.body_left))
    for label, (unit, how) in (
        ("Cụm trưởng", elected_line(status.head)),
        ("Cụm phó", elected_line(status.deputy)),
    ):
        story.append(Paragraph(f"– {label}: <b>{text(unit)}</b> {text(how)}".rstrip(), st.body))
    lead = [
        Paragraph(f"<b>4. Ký kết giao ước thi đua năm {meeting.next_year}</b>", st.body_left),
        Paragraph(text(agreement_line(db, meeting)), st.body),
        Paragraph(
            text(
                f"Hội nghị kết thúc hồi {dots} giờ {dots} cùng ngày. Biên bản đã được đọc lại và thông qua tại hội "
                "nghị."
            ),
            st.body,
        ),
    ]
    story.append(_signature_pair(secretary, chair_name, lead))
    return story


def render_meeting_minutes(db: MeetingFile, options: PrintOptions) -> bytes:
    return render_pdf(
        meeting_minutes_story(db), title="Biên bản hội nghị", author=author_of(load_meeting(db))
    )


# -- tờ trình đề nghị khen thưởng -------------------------------------------------------------------------


def nomination_story(db: MeetingFile) -> list[Flowable]:
    st = styles()
    n = dossier.nomination(db)
    story: list[Flowable] = [
        party_heading(n.meeting, number=n.number),
        Spacer(1, 3 * mm),
        Paragraph("TỜ TRÌNH", st.title),
        Paragraph(text(n.subject), st.subtitle),
        Paragraph(text(n.addressee), st.center_bold),
        Spacer(1, 3 * mm),
    ]
    story += [Paragraph(f"<i>{text(line)}</i>", st.body) for line in n.bases]
    story.append(Paragraph(text(n.intro), st.body))
    if not n.sections:
        story.append(Paragraph(text(n.nobody), st.body))
    for heading, honoured in n.sections:
        story.append(Paragraph(text(heading), st.body_left))
        rows: list[list[Flowable]] = [[_cell(h, bold=True) for h in dossier.NOMINATION_HEADERS]]
        for index, h in enumerate(honoured, start=1):
            number, unit, total, rank, votes = dossier.nomination_row(index, h)
            rows.append(
                [_cell(number, True), _cell(unit), _cell(total, True), _cell(rank, True), _cell(votes, True)]
            )
        story.append(
            grid_table(
                rows, [12 * mm, FRAME_WIDTH - 12 * mm - 18 * mm * 2 - 32 * mm, 18 * mm, 18 * mm, 32 * mm]
            )
        )
        story.append(Spacer(1, 2 * mm))
    lead = [Paragraph(text(line), st.body) for line in n.closing]
    story.append(cluster_signature(db, n.meeting, n.recipients, lead))
    return story


def render_nomination(db: MeetingFile, options: PrintOptions) -> bytes:
    return render_pdf(
        nomination_story(db), title="Tờ trình đề nghị khen thưởng", author=author_of(load_meeting(db))
    )
