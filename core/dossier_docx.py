"""The request for awards (tờ trình đề nghị khen thưởng) as a Word file, for the cluster to edit
and sign: the same words as the PDF (core/dossier.py ``nomination``), laid out with the
agreement's Word helpers (core/agreement_docx.py: page, font, heading, cells)."""

from __future__ import annotations

import io
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from core import dossier
from core.agreement_docx import (
    BODY_PT,
    TEXT_WIDTH_MM,
    a4_document,
    body_paragraph,
    cell_paragraph,
    no_split,
    repeat_header,
    set_widths,
    word_heading,
)
from core.documents.summary import chair
from core.errors import ThiDuaError
from core.said import Said
from core.storage import MeetingFile


def nomination_docx(db: MeetingFile) -> bytes:
    n = dossier.nomination(db)
    meeting = n.meeting
    document = a4_document("Tờ trình đề nghị khen thưởng", "ThiDua")
    center, justify = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY

    word_heading(document, meeting, meeting.date_line())
    cell_paragraph(document.tables[-1].rows[0].cells[0], n.number, align=center, size=12.5)
    title = body_paragraph(document, "TỜ TRÌNH", bold=True, size=15, align=center)
    title.paragraph_format.space_before = Pt(12)
    body_paragraph(document, n.subject, italic=True, align=center)
    body_paragraph(document, n.addressee, bold=True, align=center).paragraph_format.space_after = Pt(8)
    for line in n.bases:
        body_paragraph(document, line, italic=True, align=justify, indent=True)
    body_paragraph(document, n.intro, align=justify, indent=True)
    if not n.sections:
        body_paragraph(document, n.nobody, align=justify, indent=True)
    for heading, honoured in n.sections:
        body_paragraph(document, heading, bold=True).paragraph_format.keep_with_next = True
        table = document.add_table(rows=1 + len(honoured), cols=5)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, label in zip(table.rows[0].cells, dossier.NOMINATION_HEADERS, strict=True):
            cell_paragraph(cell, label, bold=True, align=center, size=BODY_PT - 1.5)
        repeat_header(table.rows[0])
        for index, (row, h) in enumerate(zip(table.rows[1:], honoured, strict=True), start=1):
            aligns = (center, None, center, center, center)
            for cell, value, align in zip(row.cells, dossier.nomination_row(index, h), aligns, strict=True):
                cell_paragraph(cell, value, align=align, size=BODY_PT - 1.5)
        widths = [12, 0, 18, 18, 32]
        widths[1] = TEXT_WIDTH_MM - sum(widths)
        set_widths(table, [Mm(w) for w in widths])
    for line in n.closing:
        body_paragraph(document, line, align=justify, indent=True).paragraph_format.keep_with_next = True

    unit, name = chair(db, meeting)
    sign = document.add_table(rows=1, cols=2)
    set_widths(sign, [Mm(TEXT_WIDTH_MM * 0.45), Mm(TEXT_WIDTH_MM * 0.55)])
    left, right = sign.rows[0].cells
    cell_paragraph(left, "Nơi nhận:", bold=True, italic=True, size=11)
    for line in n.recipients:
        cell_paragraph(left, line, size=11)
    cell_paragraph(right, f"T/M {meeting.cluster.upper()}", bold=True, align=center)
    cell_paragraph(right, "CỤM TRƯỞNG", bold=True, align=center)
    cell_paragraph(right, unit, italic=True, align=center)
    cell_paragraph(right, "", align=center).paragraph_format.space_after = Pt(60)
    cell_paragraph(right, name, bold=True, align=center)
    no_split(sign.rows[0])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def export_nomination_docx(db: MeetingFile, path: str | Path) -> Path:
    path = Path(path)
    data = nomination_docx(db)
    try:
        path.write_bytes(data)
    except OSError as error:
        raise ThiDuaError(Said("Không ghi được {0}: {1}", path, error.strerror)) from error
    return path
