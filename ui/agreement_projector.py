"""The signing ceremony on the projector: the grid of units filling up as they sign."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from core.agreement import SignatoryPlan
from ui import styles
from ui.projector import ACCENT, BACKGROUND, FOREGROUND


class SigningProjectorView(QWidget):
    """Large type, readable from the back of the hall; signed units in gold."""

    def __init__(self, title: str, plan: SignatoryPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setStyleSheet(f"font-size: 34pt; font-weight: bold; color: {FOREGROUND};")
        self.progress = QLabel()
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress.setStyleSheet(f"font-size: 26pt; font-weight: bold; color: {ACCENT};")
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.progress)
        layout.addSpacing(12)
        layout.addLayout(self.grid, 1)
        self.cells: dict[int, QLabel] = {}
        self.update_plan(plan)

    def update_plan(self, plan: SignatoryPlan) -> None:
        blocks = plan.printed
        for cell in self.cells.values():
            self.grid.removeWidget(cell)
            cell.hide()
            cell.deleteLater()
        self.cells = {}
        columns = 4 if len(blocks) > 9 else 3
        for index, block in enumerate(blocks):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setFrameShape(QFrame.Shape.Box)
            name = block.name or "…"
            mark = "✓ " if block.signed else ""
            label.setText(f"<div style='font-size: 24pt; font-weight: bold'>{mark}{block.unit.short_name}</div>"
                          f"<div style='font-size: 15pt'>{name}</div>")  # fmt: skip
            if block.signed:
                label.setStyleSheet(
                    f"background: {ACCENT}; color: {BACKGROUND}; border: 3px solid {ACCENT}; border-radius: 10px;"
                )
            else:
                label.setStyleSheet(
                    f"color: {FOREGROUND}; border: 2px solid {styles.PROJECTOR_BORDER}; border-radius: 10px;"
                )
            label.setProperty("signed", block.signed)
            self.grid.addWidget(label, index // columns, index % columns)
            self.cells[block.unit.id] = label
        self.progress.setText(self.tr("Đã ký {0}/{1}").format(plan.signed_count, len(blocks)))
