"""Tin bài: a draft news report for the provincial website, in Vietnamese press style.

Made from the day's data, as the seed report (resources: DESIGN.md's seed) is: when and where,
who held it, the guests by rank with their titles, the year's assessment (a text the organizers
write, core/protocol_text.py), next year's key tasks (the agreement's movements), the units
acclaimed with their titles, the new head and deputy, and the signing. The editor adds the
photos where the draft marks them, and the byline.

As plain text (``to_text``), as a Word document (``to_docx``) and as a PDF (``to_pdf``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from core.agreement import load_agreement, signatories
from core.attendance import checked_in
from core.head_election import election_status
from core.meetings import load_meeting
from core.model import Meeting, Person, row_id
from core.protocol_rank import Group, group_of, host_province, mentions, ranked_people
from core.protocol_text import ASSESSMENT, get_text
from core.storage import MeetingFile
from core.text import fold
from core.units import list_units
from core.votes import RoundState, list_rounds, list_votes
from core.votes_result import round_result

PHOTO_HALL = "[ẢNH: Quang cảnh hội nghị – ban biên tập bổ sung ảnh và chú thích]"
BYLINE = "[TÊN TÁC GIẢ]"


@dataclass
class NewsDraft:
    kicker: str  # the time line above the title, as the seed's "12:12, 19/12/2019"
    title: str
    lead: str  # sapo, in bold
    paragraphs: list[str] = field(default_factory=list)  # a paragraph starting "[ẢNH" is a photo's place
    byline: str = BYLINE

    def to_text(self) -> str:
        parts = [self.kicker, "", self.title.upper(), "", self.lead, ""]
        for paragraph in self.paragraphs:
            parts += [paragraph, ""]
        parts.append(self.byline)
        return "\n".join(parts) + "\n"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def _guest_phrase(person: Person) -> str:
    """ "Tán Văn Bảo – Hàm Vụ trưởng Vụ Địa phương II (Ban Tổ chức Trung ương)"; the organization is
    left out when the position names it already (its last two words: "… tỉnh Khánh Hòa")."""
    title, body = person.position, person.organization
    if title and body:
        place = " ".join(fold(body).split()[-2:])
        if mentions(title, place):
            return f"{person.full_name} – {title}"
        return f"{person.full_name} – {title} ({body})"
    return f"{person.full_name} – {title or body}" if (title or body) else person.full_name


def _acclaimed(db: MeetingFile) -> list[tuple[str, list[str]]]:
    """(title of the vote, short names of the units acclaimed) of each confirmed suy tôn."""
    out = []
    for vote in list_votes(db):
        names: list[str] = []
        for rnd in list_rounds(db, row_id(vote)):
            if rnd.state != RoundState.CONFIRMED:
                continue
            names += list(round_result(db, rnd.id).elected)  # short names, as on the ballot
        if names:
            out.append((vote.title, names))
    return out


def _date_text(meeting: Meeting) -> str:
    d = meeting.date
    return f"Ngày {d.day}-{d.month}"


def draft(db: MeetingFile) -> NewsDraft:
    meeting = load_meeting(db)
    units = list_units(db)
    host = host_province(meeting, units)
    here = checked_in(db)
    people = ranked_people(db)
    guests = [p for p in people if group_of(p, meeting, host) != Group.DELEGATION]
    if here:  # on the day: the guests who came; before it, those invited
        guests = [p for p in guests if row_id(p) in here]
    holder = " ".join(part for part in (meeting.cluster, meeting.commission) if part)
    where = meeting.venue or meeting.place
    title_of_meeting = meeting.title or f"Hội nghị tổng kết công tác thi đua năm {meeting.year}"
    members = meeting.members_description
    d = meeting.date
    kicker = f"{d.day:02d}/{d.month:02d}/{d.year}"
    title = f"{holder}: Tổng kết công tác thi đua năm {meeting.year}"
    lead = (
        f"{_date_text(meeting)}, tại {where}, {holder} tổ chức {title_of_meeting}"
        + (f" {members}" if members else "")
        + "."
    )
    paragraphs: list[str] = []
    if guests:
        named = "; ".join(_guest_phrase(p) for p in guests)
        paragraphs.append(
            f"Tham dự hội nghị có các đồng chí: {named}"
            + (f" và lãnh đạo {members}" if members else "")
            + "."
        )
    paragraphs.append(PHOTO_HALL)
    host_leader = next((p for p in guests if group_of(p, meeting, host) == Group.HOST), None)
    if host_leader is not None:
        paragraphs.append(
            f"Phát biểu chào mừng hội nghị, đồng chí {host_leader.full_name} "
            "[ban biên tập bổ sung nội dung phát biểu]."
        )
    assessment = get_text(db, ASSESSMENT)
    paragraphs.append(
        assessment
        or f"[Đánh giá kết quả công tác năm {meeting.year} của {meeting.cluster or 'Cụm'}: "
        "ban tổ chức nhập ở bước Lễ tân, mục Tin bài.]"
    )
    tasks = [item.content for item in load_agreement(db).movements if item.content.strip()]
    if tasks:
        listed = "; ".join(_lower_first(t).rstrip(".;") for t in tasks)
        paragraphs.append(
            f"Năm {meeting.next_year}, các đơn vị trong {meeting.cluster or 'Cụm'} đề ra {len(tasks)} nhiệm vụ "
            f"trọng tâm: {listed}."
        )
    decisions = []
    for vote_title, names in _acclaimed(db):
        what = vote_title[len("Suy tôn ") :] if fold(vote_title).startswith("suy ton ") else vote_title
        decisions.append(
            f"thống nhất suy tôn {_common_prefix(db, names)}{', '.join(names)} là {_lower_first(what)}"
        )
    status = election_status(db)
    if status.head is not None or status.deputy is not None:
        elected = []
        if status.head is not None:
            elected.append(f"{status.head.unit.full_title} làm cụm trưởng")
        if status.deputy is not None:
            elected.append(f"{status.deputy.unit.full_title} làm cụm phó")
        decisions.append(f"bầu {' và '.join(elected)} năm {meeting.next_year}")
    plan = signatories(db)
    if plan.signed_count:
        decisions.append(f"phát động và ký kết giao ước thi đua năm {meeting.next_year}")
    if decisions:
        paragraphs.append(f"{meeting.cluster or 'Cụm thi đua'} đã " + "; ".join(decisions) + ".")
    if plan.signed_count:
        paragraphs.append(
            f"[ẢNH: Lãnh đạo {members or 'các đơn vị thành viên'} ký kết giao ước thi đua năm "
            f"{meeting.next_year} – ban biên tập bổ sung ảnh]"
        )
    return NewsDraft(kicker, title, lead, paragraphs)


def _common_prefix(db: MeetingFile, short_names: list[str]) -> str:
    """ "Ban Tổ chức Tỉnh ủy các tỉnh: " when every unit acclaimed is a Ban Tổ chức Tỉnh ủy."""
    titles = {u.short_name: u.full_title for u in list_units(db)}
    full = [titles.get(n, n) for n in short_names]
    if full and all(t.startswith("Ban Tổ chức Tỉnh ủy ") for t in full):
        return "Ban Tổ chức Tỉnh ủy các tỉnh: " if len(full) > 1 else "Ban Tổ chức Tỉnh ủy "
    if full and all(t.startswith("Ban Tổ chức ") for t in full):
        return "Ban Tổ chức Tỉnh ủy, Thành ủy: "
    return ""


def to_docx(news: NewsDraft) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    from core.agreement_docx import FONT

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(18)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(13)
    kicker = document.add_paragraph()
    kicker.add_run(news.kicker).italic = True
    title = document.add_paragraph()
    run = title.add_run(news.title)
    run.bold, run.font.size = True, Pt(16)
    lead = document.add_paragraph()
    lead.add_run(news.lead).bold = True
    for index, text in enumerate(news.paragraphs):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if text.startswith("[ẢNH"):
            run.italic = True
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if index == len(news.paragraphs) - 1:
            paragraph.paragraph_format.keep_with_next = True  # the byline never alone on a page
    byline = document.add_paragraph()
    byline.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    byline.add_run(news.byline).bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def to_pdf(news: NewsDraft, author: str) -> bytes:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from core.documents.base import render_pdf, styles, text

    s = styles()
    story = [
        Paragraph(f"<i>{text(news.kicker)}</i>", s.body_left),
        Spacer(1, 6),
        Paragraph(f"<b>{text(news.title)}</b>", s.title),
        Spacer(1, 8),
        Paragraph(f"<b>{text(news.lead)}</b>", s.body),
    ]
    for paragraph in news.paragraphs:
        if paragraph.startswith("[ẢNH"):
            story += [Spacer(1, 4), Paragraph(f"<i>{text(paragraph)}</i>", s.center), Spacer(1, 6)]
        else:
            story.append(Paragraph(text(paragraph), s.body))
    byline = Paragraph(f"<b>{text(news.byline)}</b>", s.body_left.clone("byline", alignment=TA_RIGHT))
    story.append(KeepTogether([story.pop(), byline]))  # the byline never alone on a page
    return render_pdf(story, title="Tin bài hội nghị", author=author)
