"""The programme, the MC's script and the news report, as printed documents.

- Chương trình hội nghị: the Party heading, the title, a table of time, item and who.
- Lời dẫn chương trình: large type (18 pt) for reading at the lectern; the directions for the
  MC (lines in square brackets) in italics, smaller.
- Tin bài: the draft in press form (core/news.py): PDF, Word (.docx) or plain text.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from core.documents.base import FRAME_WIDTH, author_of, grid_table, party_heading, render_pdf, styles, text
from core.documents.catalog import PrintOptions
from core.errors import ValidationError
from core.mc_script import script_text
from core.meetings import load_meeting
from core.news import draft, to_docx, to_pdf
from core.programme import load_programme, meeting_line
from core.said import Said
from core.storage import MeetingFile

SCRIPT_PT = 18


def render_programme(db: MeetingFile, options: PrintOptions) -> bytes:
    s = styles()
    meeting = load_meeting(db)
    items = load_programme(db)
    rows: list[list[object]] = [
        [Paragraph(f"<b>{h}</b>", s.cell_center) for h in ("Thời gian", "Nội dung", "Thực hiện")]
    ]
    for item in items:
        rows.append(
            [
                Paragraph(text(item.start), s.cell_center),
                Paragraph(text(item.title), s.cell),
                Paragraph(text(item.responsible), s.cell),
            ]
        )
    story = [
        party_heading(meeting),
        Spacer(1, 4 * mm),
        Paragraph("CHƯƠNG TRÌNH", s.title),
        Paragraph(text(meeting.title or "Hội nghị tổng kết công tác thi đua"), s.center_bold),
        Paragraph(text(meeting_line(meeting)), s.subtitle),
        Spacer(1, 3 * mm),
        grid_table(rows, [22 * mm, FRAME_WIDTH - 22 * mm - 62 * mm, 62 * mm]),
    ]
    return render_pdf(story, title="Chương trình hội nghị", author=author_of(meeting))


def script_story(script: str, title: str) -> list:
    s = styles()
    spoken = s.body.clone(
        "spoken", fontSize=SCRIPT_PT, leading=SCRIPT_PT * 1.35, firstLineIndent=0, spaceAfter=6
    )
    direction = s.body_left.clone(
        "direction",
        fontName=s.body.fontName + "-Italic",
        fontSize=13,
        leading=16,
        spaceBefore=8,
        keepWithNext=1,
    )
    story: list = [
        Paragraph(
            "LỜI DẪN CHƯƠNG TRÌNH",
            s.title.clone("script_title", fontSize=SCRIPT_PT + 2, leading=SCRIPT_PT * 1.4),
        ),
        Paragraph(text(title), s.subtitle),
        Spacer(1, 4 * mm),
    ]
    for line in script.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            story.append(Paragraph(f"<b>{text(line)}</b>", direction))
        else:
            story.append(Paragraph(text(line), spoken))
    return story


def build_mc_script(script: str, title: str, author: str) -> bytes:
    """The script as printed: ``script`` is the text shown (and perhaps edited) on screen."""
    if not script.strip():
        raise ValidationError(Said("Lời dẫn chương trình đang trống: không có gì để in."))
    return render_pdf(script_story(script, title), title="Lời dẫn chương trình", author=author)


def render_mc_script(db: MeetingFile, options: PrintOptions) -> bytes:
    script, _edited = script_text(db)
    meeting = load_meeting(db)
    return build_mc_script(script, meeting.title, author_of(meeting))


def render_news(db: MeetingFile, options: PrintOptions) -> bytes:
    news = draft(db)
    if options.output_format == "docx":
        return to_docx(news)
    if options.output_format == "txt":
        return news.to_text().encode("utf-8")
    return to_pdf(news, author_of(load_meeting(db)))
