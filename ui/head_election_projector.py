"""The published result of a round of the head and deputy election: one set of bars per office.

Reuses the suy tôn bars (ui/vote_projector.py ResultBarsView) with the office as title; the
units elected in gold. Shown only when the chair publishes a confirmed round.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.head_election import ElectionRoundResult
from core.votes_result import RoundResult
from ui.i18n import core_text
from ui.projector import ACCENT, FOREGROUND
from ui.vote_projector import ResultBarsView, threshold_of


def shown(result: RoundResult) -> RoundResult:
    """A long list (an open election) shows only the units with votes, so the bars stay large."""
    if len(result.candidates) <= 4:
        return result
    voted = tuple(c for c in result.candidates if c.votes > 0)
    return replace(result, candidates=voted or result.candidates[:1])


class ElectionResultView(QWidget):
    """Title and the units elected on top, one set of bars per office, one footer: the type sizes
    follow the projector's height, so the text reads from the back of the hall."""

    def __init__(self, result: ElectionRoundResult, next_year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.result = result
        title = (
            self.tr("BIỂU QUYẾT ĐỀ XUẤT CỤM TRƯỞNG, CỤM PHÓ NĂM {0}")
            if result.approval
            else self.tr("BẦU CỤM TRƯỞNG, CỤM PHÓ NĂM {0}")
        ).format(next_year)
        if result.number > 1:
            title += self.tr(" – VÒNG {0}").format(result.number)
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        parts = []
        for label, elected, following in (
            (self.tr("Cụm trưởng"), result.head_elect, result.next_head),
            (self.tr("Cụm phó"), result.deputy_elected, result.next_deputy),
        ):
            if elected:
                parts.append(f"{label}: {elected}")
            elif following is not None and len(following) <= 3:
                parts.append(self.tr("{0}: bầu lại giữa {1}").format(label, ", ".join(following)))
            elif following is not None:
                parts.append(self.tr("{0}: bầu tiếp vòng {1}").format(label, result.number + 1))
        self.elected = QLabel("   ·   ".join(parts))
        self.elected.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elected.setWordWrap(True)
        shared = result.any_result
        self.footer = QLabel(
            self.tr(
                "Thu vào {0} phiếu · hợp lệ {1} · không hợp lệ {2} · tỷ lệ tính trên {3} ({4}) · "
                "ngưỡng (đường đứt): {5}"
            ).format(
                shared.cast,
                shared.valid,
                shared.invalid,
                core_text(shared.base_label),
                shared.base,
                threshold_of(shared),
            )
        )
        self.footer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.footer.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.elected)
        self.bars: list[ResultBarsView] = []
        for office_title, office_result in (
            (self.tr("CỤM TRƯỞNG"), result.head),
            (self.tr("CỤM PHÓ"), result.deputy),
        ):
            if office_result is None:
                continue
            bars = ResultBarsView(shown(office_result), title=office_title, compact=True)
            self.bars.append(bars)
            layout.addWidget(bars, len(bars.result.candidates) + 1)
        layout.addWidget(self.footer)
        self._size_type(768)

    def _size_type(self, height: int) -> None:
        # Pixel sizes from the height; padding: capitals with two marks (Ầ, Ở) reach above the ascent.
        self.title.setStyleSheet(
            f"font-size: {max(height // 19, 20)}px; font-weight: bold; color: {ACCENT}; padding-top: 10px;"
        )
        self.elected.setStyleSheet(
            f"font-size: {max(height // 24, 16)}px; font-weight: bold; color: {FOREGROUND}; padding: 6px;"
        )
        self.footer.setStyleSheet(f"font-size: {max(height // 32, 12)}px; color: {FOREGROUND}; padding: 6px;")

    def resizeEvent(self, event) -> None:
        self._size_type(event.size().height())
        super().resizeEvent(event)
