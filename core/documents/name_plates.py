"""Biển tên để bàn: a folded A4 tent card per person.

A4 landscape, folded along its long middle: two faces of 297 × 105 mm. Each face carries the
name in large bold type, the position and the unit or organization below; the upper face is
turned upside down so that, folded into a tent, the card reads the same from both sides.
The cards follow the seating plan (head table, then row by row), for everyone or a selection.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas

from core.documents.base import SERIF, author_of, register_fonts
from core.documents.catalog import PrintOptions
from core.errors import ValidationError
from core.meetings import load_meeting
from core.model import Person, Role, row_id
from core.protocol_rank import full_title
from core.said import Said
from core.seating import load_plan
from core.storage import MeetingFile
from core.units import list_units

PAGE = landscape(A4)  # 297 × 210 mm
FACE_HEIGHT = PAGE[1] / 2
SIDE_MARGIN = 14 * mm
NAME_MAX_PT, NAME_MIN_PT = 60, 28
LINE_PT = 20


@dataclass(frozen=True)
class Plate:
    name: str
    position: str  # the lines under the name
    body: str


def plate_of(person: Person, units_title: dict[int | None, str]) -> Plate:
    if person.role == Role.GUEST:
        return Plate(person.full_name, person.position, person.organization)
    return Plate(person.full_name, person.position, units_title.get(person.unit_id, ""))


def _fit(text: str, font: str, largest: float, smallest: float, width: float) -> float:
    size = largest
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 1
    return size


def _face(c: pdf_canvas.Canvas, plate: Plate) -> None:
    """One face, drawn in the lower half of the page (0 ≤ y ≤ FACE_HEIGHT)."""
    width = PAGE[0] - 2 * SIDE_MARGIN
    bold = f"{SERIF}-Bold"
    name = plate.name.upper()
    name_size = _fit(name, bold, NAME_MAX_PT, NAME_MIN_PT, width)
    name_lines = simpleSplit(name, bold, name_size, width)[:2]
    lines: list[tuple[str, str, float]] = [(line, bold, name_size) for line in name_lines]
    for text in (plate.position, plate.body):
        if text:
            size = _fit(text, SERIF, LINE_PT, 14, width)
            lines += [(line, SERIF, size) for line in simpleSplit(text, SERIF, size, width)[:2]]
    heights = [size * 1.2 for _t, _f, size in lines]
    gap = 4 * mm if len(lines) > len(name_lines) else 0
    total = sum(heights) + gap
    # Centered in the face, a little toward the fold (the table hides the lower edge of the tent).
    y = FACE_HEIGHT / 2 + total / 2 + 4 * mm
    for index, ((text, font, size), height) in enumerate(zip(lines, heights, strict=True)):
        if index == len(name_lines):
            y -= gap
        y -= height
        c.setFont(font, size)
        c.drawCentredString(PAGE[0] / 2, y + size * 0.25, text)


def draw_plate(c: pdf_canvas.Canvas, plate: Plate) -> None:
    _face(c, plate)
    c.saveState()  # the upper face: turned half a turn about the page's center
    c.translate(PAGE[0], PAGE[1])
    c.rotate(180)
    _face(c, plate)
    c.restoreState()
    c.saveState()
    c.setDash(4, 4)
    c.setLineWidth(0.4)
    c.line(0, FACE_HEIGHT, PAGE[0], FACE_HEIGHT)  # the fold
    c.restoreState()
    c.setFont(SERIF, 7)
    c.drawString(4 * mm, FACE_HEIGHT + 1.5 * mm, "gấp")


def build(plates: Sequence[Plate], author: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    c = pdf_canvas.Canvas(buffer, pagesize=PAGE, initialFontName=SERIF)  # type: ignore[arg-type]  # the stub is wrong
    c.setTitle("Biển tên để bàn")
    c.setAuthor(author)
    c.setCreator("ThiDua")
    for plate in plates:
        draw_plate(c, plate)
        c.showPage()
    c.save()
    return buffer.getvalue()


def plates(db: MeetingFile, people: Sequence[int] = ()) -> list[Plate]:
    """The plates in seating order: everyone seated, or the people chosen (by id)."""
    seated = load_plan(db).in_order()
    if people:
        known = {row_id(p) for p in seated}
        missing = [pid for pid in people if pid not in known]
        if missing:
            raise ValidationError(Said("Có {0} người được chọn không còn trong danh sách.", len(missing)))
        chosen = set(people)
        seated = [p for p in seated if row_id(p) in chosen]
    if not seated:
        raise ValidationError(Said("Chưa có ai trong danh sách: không có biển tên nào để in."))
    units = list_units(db)
    titles: dict[int | None, str] = {u.id: u.full_title for u in units}
    out = []
    for person in seated:
        plate = plate_of(person, titles)
        if person.role != Role.GUEST and plate.position:
            full = full_title(person, units)
            if full != f"{plate.position}, {plate.body}":  # "Trưởng Ban Tổ chức …": one line says both
                plate = Plate(plate.name, full, "")
        out.append(plate)
    return out


def render(db: MeetingFile, options: PrintOptions) -> bytes:
    return build(plates(db, options.people), author_of(load_meeting(db)))
