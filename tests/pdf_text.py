"""Read generated PDFs back in tests: the text of each page (fonts are subset, so bytes won't do),
the text spans with their sizes on paper, the fonts a page uses, the rectangles it draws."""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import ContentStream

try:
    from pypdf._text_extraction import mult
except ImportError:  # pragma: no cover
    from pypdf._utils import matrix_multiply as mult


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def all_text(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


# -- the PDF read back as a printer sees it: spans with their sizes, fonts, rectangles -------------

MM = 72 / 25.4


@dataclass(frozen=True)
class Span:
    page: int  # 0-based
    text: str
    size: float  # the size on paper, in points (Tf size scaled by the text and graphics matrices)
    font: str
    x: float
    y: float


def _scale(m: list[float]) -> float:
    return math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))


def spans(pdf: bytes) -> list[Span]:
    """Every piece of text drawn, with its size on paper and its place (form XObjects included)."""
    out: list[Span] = []
    for index, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):

        def visit(text, cm, tm, font, size, index=index):
            if not text.strip():
                return
            m = mult(tm, cm)
            name = str(font.get("/BaseFont", "")) if font else ""
            out.append(Span(index, text, round(size * _scale(m), 2), name, m[4], m[5]))

        page.extract_text(visitor_text=visit)
    return out


def min_size(pdf: bytes, skip: Callable[[Span], bool] = lambda s: False) -> float:
    return min(s.size for s in spans(pdf) if not skip(s))


def unembedded_fonts(pdf: bytes) -> list[str]:
    """Font resources (of pages and forms) with no embedded program: what the printer would guess."""
    missing: set[str] = set()
    seen: set[int] = set()

    def walk(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            fonts = [f.get_object() for f in font.get("/DescendantFonts", [])] or [font]
            for f in fonts:
                descriptor = f.get("/FontDescriptor")
                d = descriptor.get_object() if descriptor is not None else {}
                if not any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    missing.add(str(f.get("/BaseFont")))
        for xobject in (resources.get("/XObject") or {}).values():
            ref = getattr(xobject, "idnum", None)
            if ref in seen:
                continue
            seen.add(ref)
            walk(xobject.get_object().get("/Resources"))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        walk(page.get("/Resources"))
    return sorted(missing)


def rectangles(pdf: bytes) -> list[tuple[int, float, float]]:
    """(page, width, height) of every rectangle drawn with ``re`` (form XObjects included), in points."""
    out: list[tuple[int, float, float]] = []
    reader = PdfReader(io.BytesIO(pdf))
    for index, page in enumerate(reader.pages):
        streams = [page.get_contents()]
        xobjects = (page.get("/Resources") or {}).get_object().get("/XObject") or {}
        streams += [x.get_object() for x in xobjects.values()]
        for stream in streams:
            if stream is None:
                continue
            for operands, operator in ContentStream(stream, reader).operations:
                if operator == b"re":
                    out.append((index, abs(float(operands[2])), abs(float(operands[3]))))
    return out


def page_numbers(pdf: bytes) -> list[str]:
    """The page number printed in the top margin of each page ("" where there is none)."""
    by_page: dict[int, str] = {}
    height = float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.height)
    for s in spans(pdf):
        if s.y > height - 15 * MM and s.text.strip().isdigit():
            by_page[s.page] = s.text.strip()
    return [by_page.get(i, "") for i in range(len(PdfReader(io.BytesIO(pdf)).pages))]


def metadata(pdf: bytes) -> dict[str, str]:
    info = PdfReader(io.BytesIO(pdf)).metadata or {}
    return {str(k): str(v) for k, v in info.items()}
