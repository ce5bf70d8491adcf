"""The pages of a PDF the program made, as pictures: for the preview and for the printer.

PDFium (through pypdfium2, docs/development.md#printing says why not Qt's own PDF module)
draws the very bytes that are saved and printed, so what the preview shows is the page.
PDFium is not thread-safe: every call into it, from the UI thread (the preview) or a
printing worker, holds ``_PDFIUM``. A page is drawn while holding it, one at a time, so a
worker never keeps the preview waiting for longer than one page.
"""

from __future__ import annotations

import threading

import pypdfium2
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

_PDFIUM = threading.Lock()
POINTS_PER_INCH = 72.0


class PdfUnreadable(Exception):
    """The bytes are not a PDF that PDFium can open."""


class PdfPages:
    """An open PDF: its page count, each page's size, each page drawn at a resolution."""

    def __init__(self, pdf: bytes):
        try:
            with _PDFIUM:
                self._document = pypdfium2.PdfDocument(bytes(pdf))
                self.count = len(self._document)
                self._sizes = [self._document.get_page_size(i) for i in range(self.count)]
        except pypdfium2.PdfiumError as error:
            raise PdfUnreadable(str(error)) from error
        if self.count == 0:
            self.close()
            raise PdfUnreadable("no page")

    def size_points(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch), as the PDF gives it."""
        width, height = self._sizes[index]
        return QSizeF(width, height)

    def image(self, index: int, dots_per_inch: float) -> QImage:
        """Page ``index`` (from 0) drawn on white at ``dots_per_inch``."""
        with _PDFIUM:
            page = self._document[index]
            try:
                bitmap = page.render(scale=dots_per_inch / POINTS_PER_INCH, prefer_bgrx=True)
                try:
                    # BGRx bytes are QImage's RGB32 on every little-endian machine (x86, ARM);
                    # copy() makes the picture its own before PDFium's buffer is freed.
                    image = QImage(
                        bytes(bitmap.buffer),
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        QImage.Format.Format_RGB32,
                    ).copy()
                finally:
                    bitmap.close()
            finally:
                page.close()
        dots_per_metre = round(dots_per_inch / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        return image

    def close(self) -> None:
        with _PDFIUM:
            self._document.close()


def renderer_version() -> str:
    """PDFium's build, for the smoke check's line."""
    return f"pypdfium2 {pypdfium2.PYPDFIUM_INFO}, PDFium {pypdfium2.PDFIUM_INFO}"
