"""Year-end status: which class journals of a year are printed, certified and still intact (issue 6 item 5).

Seed 001 §5.3–5.4: by the end of the school year (30 June) every class's journal
is printed with its title sheet, bound, signed by the director and sealed; the
summary sheets of final marks likewise.  This module tells, per class of a year:

* printed — the last :class:`PrintRecord` of kind ``"journal"`` of that class and
  year (when, by whom, how many sheets);
* certified — the :class:`Certification` (when, by whom, sheets);
* whether the certified journal still verifies (:func:`certification.verify`);
* what is still missing, in Russian.

The deadline is the school setting ``year_end_deadline`` («MM-DD», 30 June by
default) in the calendar year the academic year ends.  From
``year_end_reminder_days`` days before it until every class is certified, the
director is reminded (:func:`director_reminder`) of what is missing.

Viewing needs PRINT_JOURNAL: the administration sees the whole school, a
homeroom teacher own classes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from ejournal_desktop.domain.numbers_ru import plural_ru
from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import certification, printdata
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import Actor, relations_global, require, standing
from ejournal_desktop.services.certification import CertificationInfo
from ejournal_desktop.services.errors import NotFound
from ejournal_desktop.services.permissions import Action, decide
from ejournal_desktop.store.models import AcademicYear, PrintRecord, User

JOURNAL_KIND = "journal"


def _t(text: str) -> str:
    return tr("YearEnd", text)


# --- the deadline ------------------------------------------------------------------------------------------


def deadline_for(year_end: dt.date) -> dt.date:
    """The day by which the journals of a year ending on ``year_end`` are printed and certified."""
    text = str(school_settings.get("year_end_deadline"))
    month, day = (int(p) for p in text.split("-"))
    return dt.date(year_end.year, month, day)


def reminder_days() -> int:
    return int(school_settings.get("year_end_reminder_days"))


def days_phrase(n: int) -> str:
    return f"{n} " + plural_ru(n, _t("день"), _t("дня"), _t("дней"))


# --- per class ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintInfo:
    printed_at: dt.datetime
    printed_by: str
    sheets: int


@dataclass(frozen=True)
class ClassStatus:
    class_id: int
    class_name: str
    printed: PrintInfo | None
    certified: CertificationInfo | None
    verified: bool | None  # None: not certified, or not checked
    differences: tuple[str, ...] = ()  # what changed after certification
    missing: tuple[str, ...] = ()  # what is still to do, in Russian

    @property
    def done(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class YearStatus:
    year_id: int
    year_name: str
    year_end: dt.date
    deadline: dt.date
    reminder_from: dt.date
    today: dt.date
    classes: list[ClassStatus] = field(default_factory=list)

    @property
    def all_certified(self) -> bool:
        return all(c.certified is not None for c in self.classes)

    @property
    def all_done(self) -> bool:
        return all(c.done for c in self.classes)

    @property
    def days_left(self) -> int:
        return (self.deadline - self.today).days

    def deadline_text(self) -> str:
        """«Срок — 30.06.2026 (осталось 12 дней)» / «(срок прошёл 3 дня назад)»."""
        left = self.days_left
        if left > 0:
            tail = _t("осталось %s") % days_phrase(left)
        elif left == 0:
            tail = _t("сегодня последний день")
        else:
            tail = _t("срок прошёл %s назад") % days_phrase(-left)
        return _t("Срок печати и заверения журналов за %s учебный год — %s (%s).") % (
            self.year_name, format_date_ru(self.deadline), tail)


def _person(surname: object, name: object, patronymic: object) -> str:
    return printdata.short_person(str(surname), str(name), str(patronymic))


def last_prints(year_id: int) -> dict[int, PrintInfo]:
    """The last printed bound journal of each class of the year (from the print log)."""
    out: dict[int, PrintInfo] = {}
    rows = (PrintRecord.select(PrintRecord.school_class, PrintRecord.printed_at, PrintRecord.pages,
                               User.surname, User.name, User.patronymic)
            .join(User, on=(PrintRecord.printed_by == User.id))
            .where((PrintRecord.year == year_id) & (PrintRecord.kind == JOURNAL_KIND)
                   & PrintRecord.school_class.is_null(False))
            .order_by(PrintRecord.printed_at, PrintRecord.id).tuples())
    for cid, at, pages, surname, name, patronymic in rows:
        out[int(cid)] = PrintInfo(at, _person(surname, name, patronymic), int(pages or 0))
    return out


def _class_status(class_id: int, class_name: str, year_id: int, printed: PrintInfo | None,
                  check_digests: bool) -> ClassStatus:
    cert = certification.status(class_id, year_id)
    verified: bool | None = None
    differences: tuple[str, ...] = ()
    missing: list[str] = []
    if printed is None:
        missing.append(_t("журнал не напечатан"))
    if cert is None:
        missing.append(_t("журнал не заверен"))
    else:
        if check_digests:
            result = certification.verify(class_id, year_id)
            verified = result.ok
            differences = tuple(result.differences)
            if not result.ok:
                missing.append(_t("заверенный журнал изменён: %s") % "; ".join(result.differences))
        if printed is not None and cert.sheet_count and printed.sheets and printed.sheets != cert.sheet_count:
            missing.append(_t("напечатано листов: %d, при заверении — %d; напечатайте журнал заново")
                           % (printed.sheets, cert.sheet_count))
    return ClassStatus(class_id, class_name, printed, cert, verified, differences, tuple(missing))


def _year_row(year_id: int) -> tuple[str, dt.date]:
    row = AcademicYear.select(AcademicYear.name, AcademicYear.end).where(AcademicYear.id == year_id).tuples().first()
    if row is None:
        raise NotFound(_t("Учебный год не найден."))
    return str(row[0]), row[1]


def year_status(actor: Actor, year_id: int | None = None, *, today: dt.date | None = None,
                check_digests: bool = True, progress: Callable[[int, int], None] | None = None) -> YearStatus:
    """The year-end status of every class the actor may print (PRINT_JOURNAL).

    ``check_digests``: also recompute each certified journal's digest (reads all its
    data: about half a second a class of a whole year); ``progress(done, total)`` per class.
    """
    day = today or dt.date.today()
    st = standing(actor)
    require(Action.PRINT_JOURNAL, relations_global(st))
    yid = year_id if year_id is not None else printdata.default_year(day)
    year_name, year_end = _year_row(yid)
    deadline = deadline_for(year_end)
    prints = last_prints(yid)
    printable = printdata.printable_classes(actor, yid)
    classes: list[ClassStatus] = []
    for cid, name in printable:
        classes.append(_class_status(cid, name, yid, prints.get(cid), check_digests))
        if progress is not None:
            progress(len(classes), len(printable))
    return YearStatus(yid, year_name, year_end, deadline, deadline - dt.timedelta(days=reminder_days()), day,
                      classes)


# --- the director's reminder -------------------------------------------------------------------------------


def reminder_year(today: dt.date) -> int | None:
    """The year whose reminder window has begun most recently (None before any has)."""
    days = dt.timedelta(days=reminder_days())
    for yid, end in (AcademicYear.select(AcademicYear.id, AcademicYear.end)
                     .order_by(AcademicYear.start.desc()).tuples()):
        if deadline_for(end) - days <= today:
            return int(yid)
    return None


def is_reminded(actor: Actor) -> bool:
    """The reminder is for whoever certifies the journals (the director)."""
    st = standing(actor)
    return decide(Action.CERTIFY, relations_global(st), school_settings.permission_settings()).allowed


@dataclass(frozen=True)
class Reminder:
    """What the director still has to do for the year whose reminder window is open."""

    status: YearStatus
    not_certified: list[str]
    not_printed: list[str]

    def _parts(self) -> str:
        parts = [_t("не заверены журналы: %s") % ", ".join(self.not_certified)]
        if self.not_printed:
            parts.append(_t("не напечатаны: %s") % ", ".join(self.not_printed))
        return "; ".join(parts)

    def missing_text(self) -> str:
        """Every class still missing, without the deadline: «Не заверены журналы: 1А; не напечатаны: 1А.»"""
        text = self._parts()
        return text[:1].upper() + text[1:] + "."

    def text(self) -> str:
        """The whole reminder: every class still missing, and the deadline."""
        return _t("Конец %s учебного года: %s. %s") % (self.status.year_name, self._parts(),
                                                        self.status.deadline_text())

    def short(self, names: int = 5) -> str:
        """For the status bar: a few classes, then how many more, and the deadline."""
        shown = self.not_certified[:names]
        rest = len(self.not_certified) - len(shown)
        classes = ", ".join(shown) + (_t(" и ещё %d") % rest if rest else "")
        return _t("Не заверены журналы: %s (срок — %s)") % (classes, format_date_ru(self.status.deadline))


def pending(actor: Actor, *, today: dt.date | None = None) -> Reminder | None:
    """The director's reminder, or None when nothing is due (or the actor does not certify).

    From ``year_end_reminder_days`` before the deadline until every class of the
    year is certified; after the deadline it goes on, saying how late it is.
    """
    day = today or dt.date.today()
    if not is_reminded(actor):
        return None
    yid = reminder_year(day)
    if yid is None:
        return None
    status = year_status(actor, yid, today=day, check_digests=False)
    if status.all_certified:
        return None
    return Reminder(status, [c.class_name for c in status.classes if c.certified is None],
                    [c.class_name for c in status.classes if c.printed is None])


def director_reminder(actor: Actor, *, today: dt.date | None = None) -> str:
    """:func:`pending` in words ('' when there is nothing to remind of)."""
    reminder = pending(actor, today=today)
    return reminder.text() if reminder is not None else ""
