"""The published result on the projector: horizontal bars, the threshold line, the acclaimed in gold.

Painted with QPainter at sizes relative to the window, so it reads from the back of the
hall on any projector. Shown only when the chair publishes a confirmed result.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from core.tally import Outcome
from core.votes import VoteMethod
from core.votes_result import RoundResult
from ui import styles
from ui.i18n import core_text, threshold_words
from ui.projector import ACCENT, BACKGROUND, FOREGROUND

TIE_COLOR = styles.PROJECTOR_TIE
OTHER_COLOR = styles.PROJECTOR_OTHER


def threshold_of(result: RoundResult) -> str:
    """The threshold of a result in the UI's language: "trên 1/2 số phiếu hợp lệ"."""
    return threshold_words(
        result.threshold_numerator, result.threshold_denominator, result.threshold_strict, result.base_label
    )


class ResultBarsView(QWidget):
    """The bars of one result. ``compact``: only a title and the bars, each as large as the height
    allows (the election shows two of them, one per office, with one footer of its own)."""

    def __init__(
        self,
        result: RoundResult,
        parent: QWidget | None = None,
        title: str | None = None,
        compact: bool = False,
    ):
        super().__init__(parent)
        self.result = result
        self.title = title  # None: "KẾT QUẢ SUY TÔN"; the election names the office
        self.compact = compact
        self.setMinimumSize(640, 200 if compact else 400)

    def _font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(int(size), 8))
        font.setBold(bold)
        return font

    def _fitting(self, font: QFont, text: str, width: float) -> QFont:
        """``font``, smaller if ``text`` would not fit in ``width`` (a full bar leaves little room)."""
        wide = QFontMetricsF(font).horizontalAdvance(text)
        if wide <= width or wide <= 0:
            return font
        return self._font(font.pixelSize() * width / wide, font.bold())

    def paintEvent(self, _event) -> None:
        r = self.result
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        p.fillRect(self.rect(), QColor(BACKGROUND))
        rows = max(len(r.candidates), 1)
        title = self.title or self.tr("KẾT QUẢ SUY TÔN")
        if self.compact:
            # Title, bars, a margin: the unit is as large as they allow, the block sits in the middle.
            lines = 2.8 + 3.2 * rows + 0.6
            unit = min(h / lines, w / 40)
            y0 = (h - unit * lines) / 2
            p.setPen(QColor(ACCENT))
            p.setFont(self._font(unit * 1.5, True))
            p.drawText(QRectF(0, y0, w, unit * 2.4), Qt.AlignmentFlag.AlignCenter, title)
            top = y0 + unit * 2.8
            self._paint_bars(p, unit, top, unit * 3.2)
            p.end()
            return

        unit = min(h / 40, w / 64)  # one "line" of the layout: the text fits a narrow screen too
        subtitle = r.vote_title + (
            self.tr(" – vòng {0}").format(r.round_number) if r.round_number > 1 else ""
        )
        p.setPen(QColor(ACCENT))
        p.setFont(self._font(unit * 2.2, True))
        p.drawText(QRectF(0, unit * 0.5, w, unit * 3), Qt.AlignmentFlag.AlignCenter, title)
        p.setPen(QColor(FOREGROUND))
        p.setFont(self._font(unit * 1.4, True))
        p.drawText(
            QRectF(w * 0.03, unit * 3.5, w * 0.94, unit * 3),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            subtitle,
        )
        top, bottom = unit * 7.5, h - unit * 6
        row_h = min((bottom - top) / rows, unit * 3.2)
        top += ((bottom - top) - row_h * rows) / 2  # a short list sits in the middle
        bottom = self._paint_bars(p, unit, top, row_h)
        p.setFont(self._font(unit * 1.0))
        p.setPen(QColor(FOREGROUND))
        p.drawText(
            QRectF(0, bottom + unit * 0.3, w, unit * 1.6),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Ngưỡng (đường đứt): {0}").format(threshold_of(r)),
        )
        if r.method == VoteMethod.HANDS.value:
            footer = self.tr(
                "{0} người biểu quyết · hợp lệ {1} · không hợp lệ {2} · tỷ lệ tính trên {3} ({4})"
            )
        else:
            footer = self.tr("Thu vào {0} phiếu · hợp lệ {1} · không hợp lệ {2} · tỷ lệ tính trên {3} ({4})")
        footer = footer.format(r.cast, r.valid, r.invalid, core_text(r.base_label), r.base)
        p.drawText(QRectF(0, h - unit * 3.6, w, unit * 1.6), Qt.AlignmentFlag.AlignCenter, footer)
        if r.tied:
            p.setPen(QColor(TIE_COLOR))
            tie = self.tr("Bằng phiếu: {0} – bầu vòng tiếp theo").format(", ".join(r.tied))
            p.drawText(QRectF(0, h - unit * 2, w, unit * 1.6), Qt.AlignmentFlag.AlignCenter, tie)
        p.end()

    def _paint_bars(self, p: QPainter, unit: float, top: float, row_h: float) -> float:
        """One bar per candidate from ``top``, and the threshold line across them; returns the bottom."""
        r = self.result
        w = self.width()
        bottom = top + row_h * max(len(r.candidates), 1)
        name_w = w * 0.26
        bar_left, bar_right = w * 0.03 + name_w, w * 0.76
        bar_span = bar_right - bar_left
        hands = r.method == VoteMethod.HANDS.value
        name_font = self._font(min(row_h * 0.45, unit * 1.5), False)
        bold_font = self._font(min(row_h * 0.45, unit * 1.5), True)
        for i, c in enumerate(r.candidates):
            y = top + i * row_h
            elected = c.outcome == Outcome.ELECTED.value
            color = ACCENT if elected else TIE_COLOR if c.outcome == Outcome.TIE.value else OTHER_COLOR
            p.setPen(QColor(ACCENT if elected else FOREGROUND))
            p.setFont(bold_font if elected else name_font)
            p.drawText(
                QRectF(w * 0.02, y, name_w - w * 0.01, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                c.name,
            )
            share = min(c.votes / r.base, 1.0) if r.base else 0.0
            bar = QRectF(bar_left, y + row_h * 0.18, max(bar_span * share, 2), row_h * 0.64)
            p.fillRect(bar, QColor(color))
            p.setPen(QColor(ACCENT if elected else FOREGROUND))
            counted = self.tr("{0} tán thành · {1} %") if hands else self.tr("{0} phiếu · {1} %")
            label = counted.format(c.votes, c.percent.replace(".", ","))
            room = QRectF(bar.right() + w * 0.01, y, w - bar.right() - w * 0.02, row_h)
            p.setFont(self._fitting(bold_font if elected else name_font, label, room.width()))
            p.drawText(room, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
        # The threshold: numerator/denominator of the base, as a vertical line across the bars.
        fraction = Fraction(r.threshold_numerator, r.threshold_denominator)
        x = bar_left + bar_span * float(min(fraction, Fraction(1)))
        pen = QPen(QColor(FOREGROUND))
        pen.setWidthF(max(unit * 0.15, 2))
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(int(x), int(top - unit * 0.3), int(x), int(bottom + unit * 0.3))
        return bottom
