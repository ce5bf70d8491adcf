"""A date field that takes a date however it is typed: 19122019, 19/12/2019, 19-12-2019,
19.12.2019, 19/12/19, 1/2/2020 (core.dates.parse_day), and shows it as 19/12/2019.

QDateEdit edits a date section by section: "19122019" typed into it, or "1/2/2020", or
anything typed over a selected date, came out as another date or none. This is a line edit:
what is typed stays as typed until the field is left, then it is shown the usual way. The
arrow at its end, Alt+↓ or F4 opens a calendar.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QStyle, QWidget, QWidgetAction

from core.dates import format_day, parse_day
from ui import styles

_INVALID = f"QLineEdit {{ border: 2px solid {styles.ERROR}; }}"


class DateField(QLineEdit):
    dateChanged = Signal(QDate)  # a valid date was typed or chosen (emitted as the text changes)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("ngày/tháng/năm, ví dụ 19/12/2019"))
        self.setToolTip(self.tr("Gõ 19122019, 19/12/2019, 19-12-2019 hay 19/12/19; Alt+↓ mở lịch"))
        arrow = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        self.calendar_action = self.addAction(arrow, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Chọn trên lịch (Alt+↓)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._chosen)
        self.calendar.activated.connect(self._chosen)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        self.textChanged.connect(self._text_changed)
        self.editingFinished.connect(self.tidy)

    def date(self) -> QDate:
        """The date typed, or an invalid QDate when the text is not a date."""
        day = parse_day(self.text())
        return QDate(day.year, day.month, day.day) if day else QDate()

    def setDate(self, value: QDate) -> None:
        self.setText(format_day(value.toPython()))

    def is_valid(self) -> bool:
        return parse_day(self.text()) is not None

    def tidy(self) -> None:
        """Leaving the field: a date is shown as 19/12/2019; anything else is marked."""
        day = parse_day(self.text())
        if day is not None and self.text() != format_day(day):
            self.setText(format_day(day))
        self.setStyleSheet("" if day is not None or not self.text().strip() else _INVALID)

    def _text_changed(self) -> None:
        if self.is_valid():
            self.setStyleSheet("")
            self.dateChanged.emit(self.date())

    def show_calendar(self) -> None:
        if self.is_valid():
            self.calendar.setSelectedDate(self.date())
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus()

    def _chosen(self, value: QDate) -> None:
        self.setDate(value)
        self._menu.close()
        self.setFocus()

    def keyPressEvent(self, event) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self.show_calendar()
            return
        super().keyPressEvent(event)
