"""Dates: ranges of a school year, its periods and holidays, and the dates of lessons."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TypeVar

from .errors import DateRangeError

__all__ = [
    "WEEKDAY_NAMES_RU",
    "WEEKDAY_SHORT_RU",
    "DateRange",
    "check_no_overlaps",
    "format_date_ru",
    "lesson_dates",
    "period_containing",
    "weekday_short_ru",
]

K = TypeVar("K")

WEEKDAY_NAMES_RU: tuple[str, ...] = (
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
)
"""Monday first, as :meth:`date.weekday` counts."""

WEEKDAY_SHORT_RU: tuple[str, ...] = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")


def format_date_ru(d: date) -> str:
    """12 September 2025 → "12.09.2025"."""
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def weekday_short_ru(d: date) -> str:
    """Short Russian weekday name: "пн" … "вс"."""
    return WEEKDAY_SHORT_RU[d.weekday()]


@dataclass(frozen=True)
class DateRange:
    """Dates from ``start`` to ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise DateRangeError("Дата окончания раньше даты начала.")

    def __contains__(self, d: object) -> bool:
        if isinstance(d, datetime):
            d = d.date()
        if not isinstance(d, date):
            return False
        return self.start <= d <= self.end

    def overlaps(self, other: DateRange) -> bool:
        """Whether the two ranges share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def days(self) -> int:
        """Number of days, both ends counted."""
        return (self.end - self.start).days + 1

    def each_day(self) -> Iterator[date]:
        """Every date of the range in order."""
        for offset in range(self.days()):
            yield self.start + timedelta(days=offset)

    def __str__(self) -> str:
        return f"{format_date_ru(self.start)}–{format_date_ru(self.end)}"


def period_containing(d: date, periods: Sequence[tuple[K, DateRange]]) -> K | None:
    """The key of the first period holding ``d``, or None."""
    for key, span in periods:
        if d in span:
            return key
    return None


def check_no_overlaps(ranges: Sequence[tuple[str, DateRange]]) -> None:
    """Raise :class:`DateRangeError` naming the first two named ranges that share a day."""
    for i, (first_name, first) in enumerate(ranges):
        for second_name, second in ranges[i + 1 :]:
            if first.overlaps(second):
                raise DateRangeError("«%s» (%s) и «%s» (%s) пересекаются.", first_name, first, second_name, second)


def lesson_dates(
    span: DateRange,
    weekday: int,
    holidays: Sequence[DateRange],
    days_per_week: int = 5,
) -> list[date]:
    """Dates in ``span`` falling on ``weekday`` (1 = Monday … 7 = Sunday), holidays skipped.

    Saturday has lessons only in a six-day week; Sunday never.
    """
    if not 1 <= weekday <= 7:
        raise DateRangeError(
            "День недели должен быть от 1 (понедельник) до 7 (воскресенье), указано %s.", weekday
        )
    if days_per_week not in (5, 6):
        raise DateRangeError(
            "Учебная неделя бывает пятидневной или шестидневной, указано %s.", days_per_week
        )
    if weekday > days_per_week:
        return []
    offset = (weekday - 1 - span.start.weekday()) % 7
    result: list[date] = []
    day = span.start + timedelta(days=offset)
    while day <= span.end:
        if not any(day in holiday for holiday in holidays):
            result.append(day)
        day += timedelta(days=7)
    return result
