"""Weekday names as the interface shows them (context «Weekday»): as a heading, short, inside a sentence.

One place for every tab (the journal, attendance, the timetable and its editor), so that each name is
translated once; Russian writes a weekday inside a sentence in lower case, English does not.
"""

from __future__ import annotations

import datetime as dt

from ejournal_desktop.i18n import noop, tr

NAMES = (noop("Weekday", "Понедельник"), noop("Weekday", "Вторник"), noop("Weekday", "Среда"),
         noop("Weekday", "Четверг"), noop("Weekday", "Пятница"), noop("Weekday", "Суббота"),
         noop("Weekday", "Воскресенье"))
SHORT = (noop("Weekday", "пн"), noop("Weekday", "вт"), noop("Weekday", "ср"), noop("Weekday", "чт"),
         noop("Weekday", "пт"), noop("Weekday", "сб"), noop("Weekday", "вс"))
IN_TEXT = (noop("Weekday", "понедельник"), noop("Weekday", "вторник"), noop("Weekday", "среда"),
           noop("Weekday", "четверг"), noop("Weekday", "пятница"), noop("Weekday", "суббота"),
           noop("Weekday", "воскресенье"))


def weekday_title(weekday: int, in_text: bool = False) -> str:
    """The name of an ISO weekday (1 = Monday … 7 = Sunday): «Понедельник», or «понедельник» inside a sentence."""
    return tr("Weekday", (IN_TEXT if in_text else NAMES)[weekday - 1])


def weekday_name(day: dt.date) -> str:
    return weekday_title(day.isoweekday())


def weekday_in_text(day: dt.date) -> str:
    return weekday_title(day.isoweekday(), in_text=True)


def weekday_short(day: dt.date) -> str:
    return tr("Weekday", SHORT[day.weekday()])
