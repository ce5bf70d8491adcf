"""The protocol on the projector: the programme (the item now, in large type, and the one next)
and the seating plan.

The programme follows the day: when the main window moves to a stage an item is linked to
(``follow_stage``), that item becomes "now".
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from core.model import Role
from core.programme import ProgrammeItem
from core.seating import HEAD_ROW, Seat, SeatingPlan
from ui.projector import ACCENT, FOREGROUND
from ui.styles import PROJECTOR_BORDER


class ProgrammeProjectorView(QWidget):
    def __init__(
        self,
        title: str,
        now_and_next: Callable[[], tuple[ProgrammeItem | None, ProgrammeItem | None]],
        follow: Callable[[str], bool],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._now_and_next = now_and_next
        self._follow = follow
        self.title = QLabel(title)
        self.now_label = QLabel()
        self.now = QLabel()
        self.next_label = QLabel()
        self.next = QLabel()
        styles = (
            (self.title, f"font-size: 30pt; font-weight: bold; color: {FOREGROUND};"),
            (self.now_label, f"font-size: 22pt; color: {ACCENT};"),
            (self.now, f"color: {ACCENT};"),
            (self.next_label, f"font-size: 20pt; color: {FOREGROUND};"),
            (self.next, f"color: {FOREGROUND};"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addStretch()
        for label, style in styles:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setStyleSheet(style)
            if label is not self.title:
                layout.addWidget(label)
            if label is self.now:
                layout.addSpacing(40)
        layout.addStretch()
        self.refresh()

    @staticmethod
    def _line(item: ProgrammeItem | None, size: int, who_size: int) -> str:
        """The item's time and title, its responsible person smaller under it (rich text)."""
        if item is None:
            return ""
        line = f"<div style='font-size: {size}pt; font-weight: bold'>{escape(item.start)}  {escape(item.title)}</div>"
        if item.responsible:
            line += f"<div style='font-size: {who_size}pt'>{escape(item.responsible)}</div>"
        return line

    def refresh(self) -> None:
        now, after = self._now_and_next()
        self.now_label.setText(self.tr("ĐANG DIỄN RA") if now else "")
        self.now.setText(self._line(now, 36, 20))
        self.next_label.setText(self.tr("TIẾP THEO") if after else "")
        self.next.setText(self._line(after, 24, 16))

    def follow_stage(self, stage: str) -> None:
        """The main window shows ``stage``: the item linked to it becomes "now"."""
        if self._follow(stage):
            self.refresh()


class SeatingProjectorView(QWidget):
    """The seating plan on the projector: the head table on top, then the rows, guests in gold."""

    def __init__(
        self, title: str, plan: SeatingPlan, unit_names: dict[int | None, str], parent: QWidget | None = None
    ):
        super().__init__(parent)
        heading = QLabel(title)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setStyleSheet(f"font-size: 26pt; font-weight: bold; color: {FOREGROUND};")
        grid = QGridLayout()
        grid.setSpacing(6)
        self.cells: dict[Seat, QLabel] = {}
        for row in range(plan.rows + 1):
            label = QLabel(self.tr("Chủ tọa") if row == HEAD_ROW else self.tr("Hàng {0}").format(row))
            label.setStyleSheet(f"font-size: 13pt; color: {FOREGROUND};")
            grid.addWidget(label, row, 0)
            for place, person in enumerate(plan.row(row), start=1):
                if person is None:
                    continue
                where = (
                    person.organization if person.role == Role.GUEST else unit_names.get(person.unit_id, "")
                )
                cell = QLabel(f"<b>{escape(person.full_name)}</b><br>{escape(where)}")
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setWordWrap(True)
                color = ACCENT if row == HEAD_ROW or person.role == Role.GUEST else FOREGROUND
                cell.setStyleSheet(f"font-size: 12pt; color: {color}; border: 1px solid {PROJECTOR_BORDER};")
                grid.addWidget(cell, row, place)
                self.cells[Seat(row, place)] = cell
        for column in range(1, max(plan.seats_per_row, plan.width(HEAD_ROW)) + 1):
            grid.setColumnStretch(column, 1)  # every seat as wide as the others
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid, 1)
