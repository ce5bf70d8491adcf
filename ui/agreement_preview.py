"""An on-screen preview of the agreement: the text and the signature grid as rich text.

PySide6-Essentials has no QtPdf, so the app cannot show the PDF's pages itself; this
preview follows the same order and wording, and "Xem bản in (PDF)" opens the exact pages.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from core.agreement import Agreement, AgreementItem, SignatoryPlan, copies_sentence
from core.documents.agreement import item_columns
from core.model import Meeting
from ui import styles

ROMAN = ["I", "II", "III", "IV", "V", "VI"]


def _items_html(items: list[AgreementItem], movement: bool = False) -> str:
    """The same columns as the printed table (core/documents/agreement.py item_columns)."""
    columns = item_columns(movement)
    head = "".join(f"<th>{h}</th>" for h, _f, _w in columns)
    rows = []
    for number, item in enumerate((i for i in items if not i.is_empty()), start=1):
        cells = [f"<td align='center'>{number}</td>"]
        for _h, field, _w in columns[1:]:
            value = escape(getattr(item, field))
            if movement and field == "content" and item.note:
                value += f" <i>({escape(item.note)})</i>"
            align = "" if field in ("content", "note", "goal") else " align='center'"
            cells.append(f"<td{align}>{value}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return (
        "<table border='1' cellspacing='0' cellpadding='4' width='100%' style='border-collapse: collapse'>"
        f"<tr style='background: {styles.HEADER_BACKGROUND}'>{head}</tr>{''.join(rows)}</table>"
    )


def agreement_html(meeting: Meeting, agreement: Agreement, plan: SignatoryPlan, unit_count: int) -> str:
    lines = meeting.issuing_body()
    left = "<br>".join(escape(line) for line in lines[:-1]) + f"<br><b>{escape(lines[-1])}</b><br>*"
    right = f"<b>ĐẢNG CỘNG SẢN VIỆT NAM</b><br><hr width='60%'><i>{escape(agreement.date_line())}</i>"
    parts = [
        "<html><body style=\"font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 13pt\">",
        f"<table width='100%'><tr><td align='center' width='45%'>{left}</td>"
        f"<td align='center' width='55%'>{right}</td></tr></table>",
        f"<p align='center' style='font-size: 15pt'><b>{escape(agreement.title)}</b></p>",
    ]
    for base in agreement.bases:
        parts.append(f"<p style='text-indent: 28px'><i>{escape(base)}</i></p>")
    if agreement.intro:
        parts.append(f"<p style='text-indent: 28px'>{escape(agreement.intro)}</p>")
    sections = []
    if any(not i.is_empty() for i in agreement.movements):
        sections.append(("CÁC PHONG TRÀO THI ĐUA", _items_html(agreement.movements, movement=True)))
    if any(not i.is_empty() for i in agreement.targets):
        sections.append(("CÁC CHỈ TIÊU THI ĐUA", _items_html(agreement.targets)))
    paragraphs = [line for line in agreement.implementation.split("\n") if line.strip()]
    paragraphs.append(copies_sentence(agreement, unit_count, meeting.commission))
    implementation = "".join(f"<p style='text-indent: 28px'>{escape(p)}</p>" for p in paragraphs)
    sections.append(("TỔ CHỨC THỰC HIỆN", implementation))
    for number, (heading, body) in enumerate(sections):
        parts.append(f"<p><b>{ROMAN[number]}. {heading}</b></p>{body}")
    blocks = plan.printed
    if blocks:
        per_row = agreement.per_row(len(blocks))
        parts.append("<p align='center'><b>ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC</b></p>")
        parts.append("<table width='100%' cellpadding='6'>")
        for start in range(0, len(blocks), per_row):
            cells = []
            for block in blocks[start : start + per_row]:
                title = "<br>".join(block.title_lines())
                name = (
                    escape(block.name)
                    if block.name
                    else f"<span style='color: {styles.ERROR}'>(ký sau)</span>"
                )
                cells.append(
                    f"<td align='center' valign='top' width='{100 // per_row}%'>"
                    f"<b>{escape(block.organization_line(agreement.on_behalf))}<br>{title}</b>"
                    f"<br><br><br><br><b>{name}</b></td>"
                )
            parts.append(f"<tr>{''.join(cells)}</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


class AgreementPreview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.document().setDocumentMargin(24)
        self.setStyleSheet("QTextBrowser { background: white; color: black; }")

    def show_agreement(
        self, meeting: Meeting, agreement: Agreement, plan: SignatoryPlan, unit_count: int
    ) -> None:
        scroll = self.verticalScrollBar().value()
        self.setHtml(agreement_html(meeting, agreement, plan, unit_count))
        self.verticalScrollBar().setValue(scroll)
