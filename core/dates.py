"""Dates as Vietnamese organizers type them: day first, in whatever form comes to hand."""

from __future__ import annotations

import re
from datetime import date, datetime

from core.said import Said

_NUMBERS = re.compile(r"[0-9]+")
FIRST_YEAR, LAST_YEAR = 1900, 2200  # the years a meeting may have (core.meetings)


def parse_day(text: str) -> date | None:
    """The date in ``text``, day first, or None when it holds no date.

    "19122019", "191219", "19/12/2019", "19-12-2019", "19.12.2019", "19 12 2019", "19/12/19",
    "1/2/2020" (1 February), "ngày 19 tháng 12 năm 2019", and "2019-12-19" (year first, as
    ISO writes it) all give 19 December 2019 (or 1 February 2020). A year of two digits is
    in this century. Seven digits together ("1122019": 1/12 or 11/2?) are not a date.
    """
    numbers = _NUMBERS.findall(text)
    if len(numbers) == 1:
        digits = numbers[0]
        if len(digits) not in (6, 8):  # ddmmyy, ddmmyyyy
            return None
        numbers = [digits[:2], digits[2:4], digits[4:]]
    if len(numbers) != 3:
        return None
    if len(numbers[0]) == 4:  # year first: 2019-12-19
        numbers = numbers[::-1]
    day, month, year = numbers
    if len(day) > 2 or len(month) > 2 or len(year) not in (2, 4):
        return None
    full_year = int(year) + 2000 if len(year) == 2 else int(year)
    if not FIRST_YEAR <= full_year <= LAST_YEAR:
        return None
    try:
        return date(full_year, int(month), int(day))
    except ValueError:  # 31/2, 0/12, 19/13
        return None


def readable_time(stored: str) -> str:
    """ "01:04:22 ngày 30/11/2026" for a time the file stores in ISO form; as stored when it is not one."""
    try:
        when = datetime.fromisoformat(stored)
    except (TypeError, ValueError):
        return str(stored)
    return f"{when:%H:%M:%S} ngày {when:%d/%m/%Y}"


def format_day(day: date) -> str:
    """19/12/2019: how the program shows a date."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def clock_date_warning(meeting_day: date, today: date | None = None) -> str | None:
    """What to say when the laptop's calendar is not the meeting's day: the minutes print the
    meeting's date with the time of day from the clock, so a wrong calendar does not reach paper,
    but a wrong clock might. None on the meeting's day."""
    today = today or date.today()
    if today == meeting_day:
        return None
    return Said(
        "Ngày trên máy tính ({0}) khác ngày hội nghị ({1}): biên bản ghi ngày hội nghị, giờ theo "
        "đồng hồ của máy. Hãy kiểm tra đồng hồ máy trước khi in biên bản.",
        f"{today:%d/%m/%Y}",
        f"{meeting_day:%d/%m/%Y}",
    )
