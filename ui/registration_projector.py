"""The projector's welcome: the meeting's title and live attendance, readable from the back of the hall."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ui import styles
from ui.i18n import core_text
from ui.projector import ACCENT, FOREGROUND
from ui.registration_controller import RegistrationController

MET_COLOR = styles.PROJECTOR_MET
NOT_MET_COLOR = styles.PROJECTOR_NOT_MET
DESIGN_HEIGHT = 1080  # point sizes below are for a 1080-line projector; other screens scale


class _Big(QLabel):
    """A centered label whose point size follows the view's height."""

    def __init__(self, text: str, size: float, color: str = FOREGROUND, bold: bool = True):
        super().__init__(text)
        self.design_size = size
        self.bold = bold
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.set_color(color)

    def set_color(self, color: str) -> None:
        # Capitals with two marks (Ố, Ồ, Ể) reach above the font's ascent: the padding keeps
        # the upper mark from being clipped ("SỐ" reading "SÔ").
        self.setStyleSheet(f"color: {color}; padding-top: {self.design_size * 0.25:.0f}px;")

    def scale(self, factor: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, self.design_size * factor))
        font.setBold(self.bold)
        self.setFont(font)


class WelcomeView(QWidget):
    """Refreshes itself after every check-in, for as long as the projector shows it."""

    def __init__(self, controller: RegistrationController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        meeting = controller.desk.meeting
        self.labels: list[_Big] = []

        def big(text: str, size: float, color: str = FOREGROUND, bold: bool = True) -> _Big:
            label = _Big(text, size, color, bold)
            self.labels.append(label)
            return label

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        if meeting.cluster:
            layout.addWidget(big(meeting.cluster.upper(), 42))
        self.title = big(meeting.title or meeting.cluster, 66, ACCENT)
        layout.addWidget(self.title)
        if meeting.place:
            layout.addWidget(big(meeting.date_line(), 32, bold=False))
        layout.addStretch(1)
        layout.addWidget(big(self.tr("CHÀO MỪNG CÁC ĐỒNG CHÍ ĐẠI BIỂU"), 48))
        layout.addStretch(1)

        grid = QGridLayout()
        grid.setHorizontalSpacing(60)
        self.delegates = big("", 110, ACCENT)
        self.units = big("", 110, ACCENT)
        self.guests = big("", 110, ACCENT)
        self.delegates_caption = big("", 32, bold=False)
        captions = (self.delegates_caption, big(self.tr("Đơn vị có mặt"), 32, bold=False))
        captions += (big(self.tr("Khách mời có mặt"), 32, bold=False),)
        values = (self.delegates, self.units, self.guests)
        for column, (value, caption) in enumerate(zip(values, captions, strict=True)):
            grid.addWidget(value, 0, column)
            grid.addWidget(caption, 1, column, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.quorum = big("", 38)
        layout.addWidget(self.quorum)
        layout.addStretch(2)
        controller.changed.connect(self.refresh)
        self.refresh()
        self._scale(DESIGN_HEIGHT // 2)  # small until shown: the size hint must not force a large window

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale(event.size().height(), event.size().width())

    def _scale(self, height: int, width: int = 1920) -> None:
        factor = min(height / DESIGN_HEIGHT, width / 1920)
        for label in self.labels:
            label.scale(factor)

    def refresh(self) -> None:
        c = self.controller.counts()
        d = c.delegates
        self.delegates.setText(f"{d.present}/{d.convened}")
        caption = self.tr("Đại biểu có mặt")
        if d.substitutes:
            caption = self.tr("Đại biểu có mặt (trong đó {0} người dự thay)").format(d.substitutes)
        self.delegates_caption.setText(caption)
        self.units.setText(f"{c.units_represented}/{c.units_total}")
        self.guests.setText(f"{c.guests_present}/{c.guests_invited}")
        if c.quorum_met:
            text, color = (
                self.tr("Đủ điều kiện tiến hành hội nghị ({0})").format(core_text(c.quorum_rule)),
                MET_COLOR,
            )
        else:
            text, color = (
                self.tr("Chưa đủ điều kiện: cần {0}").format(core_text(c.quorum_rule)),
                NOT_MET_COLOR,
            )
        self.quorum.setText(text)
        self.quorum.set_color(color)
