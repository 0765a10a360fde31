"""Date ranges, periods, holidays and lesson dates."""

import re
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ejournal_desktop.domain.errors import DateRangeError
from ejournal_desktop.domain.periods import (
    WEEKDAY_NAMES_RU,
    WEEKDAY_SHORT_RU,
    DateRange,
    check_no_overlaps,
    format_date_ru,
    lesson_dates,
    period_containing,
    weekday_short_ru,
)

NO_DB = settings(database=None, deadline=None)

Q1 = DateRange(date(2025, 9, 1), date(2025, 10, 24))
Q2 = DateRange(date(2025, 11, 5), date(2025, 12, 26))
AUTUMN = DateRange(date(2025, 10, 25), date(2025, 11, 4))


def test_date_range_basics() -> None:
    assert date(2025, 9, 1) in Q1
    assert date(2025, 10, 24) in Q1
    assert date(2025, 8, 31) not in Q1
    assert date(2025, 10, 25) not in Q1
    assert datetime(2025, 9, 1, 23, 59) in Q1
    assert "2025-09-01" not in Q1
    assert Q1.days() == 54
    assert DateRange(date(2025, 9, 1), date(2025, 9, 1)).days() == 1
    assert list(DateRange(date(2025, 9, 1), date(2025, 9, 3)).each_day()) == [
        date(2025, 9, 1),
        date(2025, 9, 2),
        date(2025, 9, 3),
    ]
    assert str(Q1) == "01.09.2025–24.10.2025"


def test_date_range_refuses_end_before_start() -> None:
    with pytest.raises(DateRangeError, match=re.escape("Дата окончания раньше даты начала.")):
        DateRange(date(2025, 9, 2), date(2025, 9, 1))


def test_overlaps() -> None:
    assert not Q1.overlaps(AUTUMN)
    assert not AUTUMN.overlaps(Q2)
    assert Q1.overlaps(DateRange(date(2025, 10, 24), date(2025, 10, 30)))  # one shared day
    assert Q1.overlaps(DateRange(date(2025, 9, 10), date(2025, 9, 12)))  # inside
    assert DateRange(date(2025, 9, 10), date(2025, 9, 12)).overlaps(Q1)
    assert DateRange(date(2025, 1, 1), date(2026, 1, 1)).overlaps(Q1)  # around


@NO_DB
@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
    st.integers(0, 60),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
    st.integers(0, 60),
)
def test_overlaps_is_symmetric_and_matches_shared_days(
    a: date, a_len: int, b: date, b_len: int
) -> None:
    first = DateRange(a, a + timedelta(days=a_len))
    second = DateRange(b, b + timedelta(days=b_len))
    shared = set(first.each_day()) & set(second.each_day())
    assert first.overlaps(second) == second.overlaps(first) == bool(shared)


def test_period_containing() -> None:
    periods = [("1 четверть", Q1), ("2 четверть", Q2)]
    assert period_containing(date(2025, 9, 15), periods) == "1 четверть"
    assert period_containing(date(2025, 12, 26), periods) == "2 четверть"
    assert period_containing(date(2025, 10, 30), periods) is None
    assert period_containing(date(2025, 9, 15), []) is None
    assert period_containing(date(2025, 9, 15), [(1, Q1)]) == 1


def test_check_no_overlaps() -> None:
    check_no_overlaps([("1 четверть", Q1), ("Осенние каникулы", AUTUMN), ("2 четверть", Q2)])
    check_no_overlaps([])
    bad = DateRange(date(2025, 10, 20), date(2025, 11, 10))
    with pytest.raises(DateRangeError) as caught:
        check_no_overlaps([("1 четверть", Q1), ("2 четверть", Q2), ("Каникулы", bad)])
    message = caught.value.message
    assert "«1 четверть»" in message
    assert "«Каникулы»" in message
    assert "пересекаются" in message
    assert "«2 четверть»" not in message
    assert "01.09.2025–24.10.2025" in message


# ----------------------------------------------------------------------------- lesson dates

SEPTEMBER = DateRange(date(2025, 9, 1), date(2025, 9, 30))  # 1 September 2025 is a Monday


def test_lesson_dates_mondays() -> None:
    assert lesson_dates(SEPTEMBER, 1, []) == [
        date(2025, 9, 1),
        date(2025, 9, 8),
        date(2025, 9, 15),
        date(2025, 9, 22),
        date(2025, 9, 29),
    ]


def test_lesson_dates_wednesdays_skip_holidays() -> None:
    holidays = [DateRange(date(2025, 9, 9), date(2025, 9, 18))]
    assert lesson_dates(SEPTEMBER, 3, holidays) == [
        date(2025, 9, 3),
        date(2025, 9, 24),
    ]


def test_lesson_dates_saturday_and_sunday() -> None:
    assert lesson_dates(SEPTEMBER, 6, []) == []
    assert lesson_dates(SEPTEMBER, 6, [], days_per_week=6) == [
        date(2025, 9, 6),
        date(2025, 9, 13),
        date(2025, 9, 20),
        date(2025, 9, 27),
    ]
    assert lesson_dates(SEPTEMBER, 7, []) == []
    assert lesson_dates(SEPTEMBER, 7, [], days_per_week=6) == []


def test_lesson_dates_span_starting_midweek() -> None:
    span = DateRange(date(2025, 9, 4), date(2025, 9, 11))  # Thursday to Thursday
    assert lesson_dates(span, 4, []) == [date(2025, 9, 4), date(2025, 9, 11)]
    assert lesson_dates(span, 3, []) == [date(2025, 9, 10)]
    assert lesson_dates(DateRange(date(2025, 9, 2), date(2025, 9, 2)), 1, []) == []


@pytest.mark.parametrize("weekday", [0, 8, -1])
def test_lesson_dates_refuses_bad_weekday(weekday: int) -> None:
    with pytest.raises(DateRangeError, match="День недели должен быть от 1"):
        lesson_dates(SEPTEMBER, weekday, [])


@pytest.mark.parametrize("days", [4, 7, 0])
def test_lesson_dates_refuses_bad_week(days: int) -> None:
    with pytest.raises(DateRangeError, match="пятидневной или шестидневной"):
        lesson_dates(SEPTEMBER, 1, [], days_per_week=days)


@NO_DB
@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
    st.integers(0, 120),
    st.integers(1, 7),
    st.sampled_from([5, 6]),
    st.lists(
        st.tuples(
            st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)), st.integers(0, 15)
        ),
        max_size=3,
    ),
)
def test_lesson_dates_match_brute_force(
    start: date, length: int, weekday: int, days_per_week: int, raw: list[tuple[date, int]]
) -> None:
    span = DateRange(start, start + timedelta(days=length))
    holidays = [DateRange(d, d + timedelta(days=n)) for d, n in raw]
    expected = [
        d
        for d in span.each_day()
        if d.isoweekday() == weekday
        and weekday <= days_per_week
        and weekday != 7
        and not any(d in h for h in holidays)
    ]
    assert lesson_dates(span, weekday, holidays, days_per_week) == expected


# ----------------------------------------------------------------------------- formatting


def test_format_date_ru() -> None:
    assert format_date_ru(date(2025, 9, 12)) == "12.09.2025"
    assert format_date_ru(date(2026, 1, 1)) == "01.01.2026"
    assert format_date_ru(datetime(2025, 12, 31, 10, 0)) == "31.12.2025"


def test_weekday_names() -> None:
    assert WEEKDAY_NAMES_RU == (
        "понедельник",
        "вторник",
        "среда",
        "четверг",
        "пятница",
        "суббота",
        "воскресенье",
    )
    assert WEEKDAY_SHORT_RU == ("пн", "вт", "ср", "чт", "пт", "сб", "вс")
    assert weekday_short_ru(date(2025, 9, 1)) == "пн"
    assert weekday_short_ru(date(2025, 9, 6)) == "сб"
    assert weekday_short_ru(date(2025, 9, 7)) == "вс"
