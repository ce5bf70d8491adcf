"""The agreement as a Word document (.docx), for secretaries who finish documents in Word.

Same content as the PDF (one original): the Party heading, the title, the bases, the
movements and targets tables, the implementation, and the signature grid as a borderless
table. Each row of blocks is four table rows (organization, title, signing space, name)
kept together on one page: rows that cannot split and paragraphs kept with the next.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from core.agreement import (
    MOVEMENTS_HEADING,
    ROMAN,
    Agreement,
    AgreementItem,
    SignatoryPlan,
    bind_words,
    copies_sentence,
    load_agreement,
    signatories,
    subtitle,
)
from core.documents.agreement import item_columns
from core.documents.base import author_of
from core.errors import ThiDuaError
from core.meetings import load_meeting
from core.model import Meeting
from core.said import Said
from core.storage import MeetingFile
from core.units import list_units

FONT = "Times New Roman"  # what Windows has; Liberation Serif has the same metrics
BODY_PT = 13
PAGE_WIDTH_MM = 210
MARGINS_MM = {"left": 30, "right": 18, "top": 20, "bottom": 20}
TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGINS_MM["left"] - MARGINS_MM["right"]


def set_font(document) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    normal.paragraph_format.space_after = Pt(3)
    normal.paragraph_format.space_before = Pt(0)


def body_paragraph(
    container, text: str = "", *, bold=False, italic=False, size=None, align=None, indent=False
):
    paragraph = container.add_paragraph()
    if text:
        # A tab stored by an older file or an outside edit: a space, as the PDF prints it
        # (python-docx would make it a Word tab stop).
        run = paragraph.add_run(text.replace("\t", " "))
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
    if align is not None:
        paragraph.alignment = align
    if indent:
        paragraph.paragraph_format.first_line_indent = Mm(10)
    return paragraph


def cell_paragraph(cell, text: str, **kw):
    """Write into a cell's first (empty) paragraph, then add new ones."""
    first = cell.paragraphs[0]
    if not first.runs and not first.text:
        run = first.add_run(text.replace("\t", " "))
        run.bold, run.italic = kw.get("bold", False), kw.get("italic", False)
        if kw.get("size"):
            run.font.size = Pt(kw["size"])
        first.alignment = kw.get("align")
        return first
    return body_paragraph(cell, text, **kw)


def no_split(row) -> None:
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))


def repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:tblHeader"))


def set_widths(table, widths) -> None:
    """Column widths that Word and LibreOffice both honor: the grid and every cell."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def word_heading(document, meeting: Meeting, date_line: str) -> None:
    lines = meeting.issuing_body()
    table = document.add_table(rows=1, cols=2)
    set_widths(table, [Mm(TEXT_WIDTH_MM * 0.45), Mm(TEXT_WIDTH_MM * 0.55)])
    left, right = table.rows[0].cells
    center = WD_ALIGN_PARAGRAPH.CENTER
    for line in lines[:-1]:
        cell_paragraph(left, line, align=center, size=12.5)
    cell_paragraph(left, lines[-1], bold=True, align=center, size=12.5)
    cell_paragraph(left, "*", align=center)
    cell_paragraph(right, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, align=center, size=15)
    _rule(right.add_paragraph(), Mm(TEXT_WIDTH_MM * 0.55), Mm(62))
    cell_paragraph(right, date_line, italic=True, align=center)


def _rule(paragraph, room, length) -> None:
    """A real rule (a paragraph's bottom border) ``length`` long, centered in ``room``: the rule under
    "ĐẢNG CỘNG SẢN VIỆT NAM", not a row of dashes."""
    indent = (room - length) // 2
    paragraph.paragraph_format.left_indent = indent
    paragraph.paragraph_format.right_indent = indent
    paragraph.paragraph_format.space_after = Pt(4)
    paragraph.paragraph_format.line_spacing = Pt(2)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _page_numbers(section) -> None:
    """The page number alone, centered in the top margin, from page 2 (Hướng dẫn 36-HD/VPTW): a
    PAGE field in the header of every page but the first, which has a header of its own, empty."""
    section.different_first_page_header_footer = True
    section.header_distance = Mm(10)
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    run.font.size = Pt(13)
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "2"), ("end", None)):
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == "PAGE":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = " PAGE "
            run._r.append(instruction)
        else:
            value = OxmlElement("w:t")
            value.text = text
            run._r.append(value)


def _items_table(document, rows: list[AgreementItem], movement: bool) -> None:
    """The movements (goal, launch, review) or the targets (unit, figure, note), as the PDF."""
    columns = item_columns(movement)
    table = document.add_table(rows=1 + len(rows), cols=len(columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [w for _h, _f, w in columns]
    widths[widths.index(0)] = TEXT_WIDTH_MM - sum(widths)
    center = WD_ALIGN_PARAGRAPH.CENTER
    for cell, (title, _f, _w) in zip(table.rows[0].cells, columns, strict=True):
        cell_paragraph(cell, title, bold=True, align=center, size=BODY_PT - 1.5)
    repeat_header(table.rows[0])
    for number, (row, item) in enumerate(zip(table.rows[1:], rows, strict=True), start=1):
        cell_paragraph(row.cells[0], str(number), align=center, size=BODY_PT - 1.5)
        for cell, (_h, field, _w) in zip(row.cells[1:], columns[1:], strict=True):
            value = getattr(item, field)
            if movement and field == "content" and item.note:
                value += f" ({item.note})"
            align = None if field in ("content", "note", "goal") else center
            cell_paragraph(cell, value, align=align, size=BODY_PT - 1.5)
    set_widths(table, [Mm(w) for w in widths])


def _signature_grid(document, plan: SignatoryPlan, agreement: Agreement) -> None:
    blocks = plan.printed
    if not blocks:
        return
    per_row = agreement.per_row(len(blocks))
    center = WD_ALIGN_PARAGRAPH.CENTER
    heading = body_paragraph(document, "ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC", bold=True, align=center)
    heading.paragraph_format.space_before = Pt(12)
    heading.paragraph_format.keep_with_next = True
    groups = [blocks[i : i + per_row] for i in range(0, len(blocks), per_row)]
    table = document.add_table(rows=4 * len(groups), cols=per_row)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(table, [Mm(TEXT_WIDTH_MM / per_row)] * per_row)
    for g, group in enumerate(groups):
        org_row, title_row, space_row, name_row = table.rows[4 * g : 4 * g + 4]
        # A short last row is centered: one block of three sits in the middle column.
        offset = (per_row - len(group)) // 2
        for k, block in enumerate(group):
            column = k + offset
            cell_paragraph(
                org_row.cells[column],
                bind_words(block.organization_line(agreement.on_behalf)),
                bold=True,
                align=center,
                size=11.5,
            )
            for line in block.title_lines():
                cell_paragraph(title_row.cells[column], line, bold=True, align=center, size=12)
            cell_paragraph(name_row.cells[column], block.name, bold=True, align=center)
        space_row.height = Mm(26)
        for row in (org_row, title_row, space_row, name_row):
            no_split(row)
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    # Keep the four rows of a block row on one page; the name row ends the group.
                    paragraph.paragraph_format.keep_with_next = row is not name_row
        for cell in name_row.cells:
            cell.paragraphs[-1].paragraph_format.space_after = Pt(14)


def a4_document(title: str, author: str):
    """A Word document on A4 with the Party documents' margins and body font, titled and signed."""
    document = Document()
    set_font(document)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(297)
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    document.core_properties.title = title
    document.core_properties.author = author
    return document


def agreement_docx(meeting: Meeting, agreement: Agreement, plan: SignatoryPlan, unit_count: int) -> bytes:
    document = a4_document(agreement.title, author_of(meeting))
    _page_numbers(document.sections[0])

    center, justify = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
    word_heading(document, meeting, agreement.date_line())
    title = body_paragraph(document, agreement.title, bold=True, size=16, align=center)
    title.paragraph_format.space_before = Pt(12)
    if meeting.cluster:  # the trích yếu: upright bold (Hướng dẫn 36-HD/VPTW)
        line = body_paragraph(document, subtitle(meeting), bold=True, size=14, align=center)
        line.paragraph_format.space_after = Pt(10)
    for line in agreement.bases:
        body_paragraph(document, line, italic=True, align=justify, indent=True)
    if agreement.intro:
        body_paragraph(document, agreement.intro, align=justify, indent=True)
    sections = agreement.tables()
    for number, (heading, items) in enumerate(sections):
        paragraph = body_paragraph(document, f"{ROMAN[number]}. {heading}", bold=True)
        paragraph.paragraph_format.space_before = Pt(8)
        paragraph.paragraph_format.keep_with_next = True
        _items_table(document, items, heading == MOVEMENTS_HEADING)
    paragraph = body_paragraph(document, f"{ROMAN[len(sections)]}. TỔ CHỨC THỰC HIỆN", bold=True)
    paragraph.paragraph_format.space_before = Pt(8)
    paragraph.paragraph_format.keep_with_next = True
    for line in agreement.implementation.split("\n"):
        if line.strip():
            body_paragraph(document, line, align=justify, indent=True)
    body_paragraph(
        document, copies_sentence(agreement, unit_count, meeting.commission), align=justify, indent=True
    )
    _signature_grid(document, plan, agreement)

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def export_docx(db: MeetingFile, path: str | Path) -> Path:
    """Write the meeting's agreement to ``path`` (.docx)."""
    path = Path(path)
    data = agreement_docx(load_meeting(db), load_agreement(db), signatories(db), len(list_units(db)))
    try:
        path.write_bytes(data)
    except OSError as error:
        raise ThiDuaError(Said("Không ghi được {0}: {1}", path, error.strerror)) from error
    return path
