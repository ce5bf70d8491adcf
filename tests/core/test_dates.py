"""Dates typed the Vietnamese way."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.dates import format_day, parse_day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19122019", date(2019, 12, 19)),
        ("191219", date(2019, 12, 19)),
        ("19/12/2019", date(2019, 12, 19)),
        ("19-12-2019", date(2019, 12, 19)),
        ("19.12.2019", date(2019, 12, 19)),
        ("19 12 2019", date(2019, 12, 19)),
        (" 19 / 12 / 2019 ", date(2019, 12, 19)),
        ("19/12/19", date(2019, 12, 19)),
        ("1/2/2020", date(2020, 2, 1)),
        ("01/02/2020", date(2020, 2, 1)),
        ("ngày 19 tháng 12 năm 2019", date(2019, 12, 19)),
        ("2019-12-19", date(2019, 12, 19)),
        ("29/2/2024", date(2024, 2, 29)),
    ],
)
def test_the_ways_a_date_is_typed(text, expected):
    assert parse_day(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "abc", "19/12", "1122019", "31/2/2020", "29/2/2023", "0/12/2019", "19/13/2019", "19/12/219",
     "123/12/2019", "19/12/1800", "1/2/3/4", "2019"],
)  # fmt: skip
def test_what_is_not_a_date(text):
    assert parse_day(text) is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_a_shown_date_reads_back_as_itself(day):
    shown = format_day(day)
    assert parse_day(shown) == day
    assert parse_day(shown.replace("/", "")) == day
    assert parse_day(f"{day.day}-{day.month}-{day.year}") == day


def test_the_clock_warning_names_both_dates_only_when_they_differ():
    from core.dates import clock_date_warning

    assert clock_date_warning(date(2019, 12, 19), date(2019, 12, 19)) is None
    said = clock_date_warning(date(2019, 12, 19), date(2026, 11, 30))
    assert said is not None and "30/11/2026" in said and "19/12/2019" in said


def test_a_stored_time_is_said_as_a_clock_and_a_date():
    from core.dates import readable_time

    assert readable_time("2026-11-30T01:04:22") == "01:04:22 ngày 30/11/2026"
    assert readable_time("not a time") == "not a time"  # a damaged value is shown as it is
