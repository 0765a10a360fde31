"""School structure for the administration's editors: what :mod:`structure` lacks.

* listings for the editors (years with periods and holidays, classes, subjects,
  the load, bells, timetable entries, substitutions, teachers free in a slot);
* changing and deleting rows that hold no data — a year, period, subject, class,
  assignment or timetable entry with lessons behind it is never deleted (DESIGN §7):
  the refusal says why;
* :func:`start_next_year` — promote classes (5А → 6А) with their students, graduate
  the 9th (those who leave) and the 11th, carry over the load for review, open the
  new periods and holidays — without writing a single row of the year that ends;
* :func:`clashes` — a teacher or a room in two places at once, a class with two
  lessons in one slot (subgroups of one class may share a slot);
* :func:`move_entry` — a mid-year timetable change: the old entry ends the day
  before, the new one starts on the date, lessons already held keep their data.

Listings need a global role (administration: admin, director, deputy view the
structure); every change needs EDIT_STRUCTURE, substitutions MANAGE_SUBSTITUTIONS.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from peewee import JOIN

from ejournal_desktop.domain.errors import DomainError
from ejournal_desktop.domain.periods import DateRange, check_no_overlaps, format_date_ru
from ejournal_desktop.domain.text import person_key_ru, sort_key_ru
from ejournal_desktop.i18n import noop, tr
from ejournal_desktop.services import audit, structure
from ejournal_desktop.services.access import Actor, require, require_global, standing
from ejournal_desktop.services.errors import NotFound, ValidationError
from ejournal_desktop.services.lessons import is_certified
from ejournal_desktop.services.permissions import GLOBAL_ROLES, Action, Role
from ejournal_desktop.services.timetable import class_name, rows_of, short_person
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import (
    AcademicYear,
    Assignment,
    Bell,
    Certification,
    Enrollment,
    Holiday,
    Lesson,
    Period,
    PeriodMark,
    SchoolClass,
    Student,
    Subgroup,
    SubgroupMember,
    Subject,
    Substitution,
    TimetableEntry,
    User,
    UserRole,
)

WEEKDAYS_SHORT = (noop("StructureAdmin", "пн"), noop("StructureAdmin", "вт"), noop("StructureAdmin", "ср"),
                  noop("StructureAdmin", "чт"), noop("StructureAdmin", "пт"), noop("StructureAdmin", "сб"),
                  noop("StructureAdmin", "вс"))


def _t(text: str) -> str:
    return tr("StructureAdmin", text)


def _get(model: Any, row_id: int, what: str) -> Any:
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise NotFound(_t("Не найдено: %s.") % what)
    return row


def _range(start: dt.date, end: dt.date) -> DateRange:
    try:
        return DateRange(start, end)
    except DomainError as exc:
        raise ValidationError(exc.message) from exc


def _require_view(actor: Actor) -> None:
    """The editors' listings: the administration (admin, director, deputy) sees the whole school."""
    st = standing(actor)
    require(Action.VIEW_STRUCTURE, {r for r in st.roles if r in GLOBAL_ROLES},
            what=_t("вся школа"))


def _slot_text(weekday: int, number: int) -> str:
    return _t("%s, %d-й урок") % (_t(WEEKDAYS_SHORT[weekday - 1]), number)


# --- listings -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodInfo:
    id: int
    number: int
    name: str
    start: dt.date
    end: dt.date
    closed: bool


@dataclass(frozen=True)
class HolidayInfo:
    id: int
    name: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class YearInfo:
    id: int
    name: str
    start: dt.date
    end: dt.date
    days_per_week: int
    period_kind: str
    periods: list[PeriodInfo] = field(default_factory=list)
    holidays: list[HolidayInfo] = field(default_factory=list)
    classes: int = 0
    certified: int = 0  # classes whose journal of this year is certified


def list_years(actor: Actor) -> list[YearInfo]:
    _require_view(actor)
    periods: dict[int, list[PeriodInfo]] = {}
    for pid, yid, number, name, start, end, closed in rows_of(
        Period.select(Period.id, Period.year, Period.number, Period.name, Period.start, Period.end,
                      Period.closed).order_by(Period.start)
    ):
        periods.setdefault(int(yid), []).append(
            PeriodInfo(int(pid), int(number), str(name), start, end, bool(closed)))
    holidays: dict[int, list[HolidayInfo]] = {}
    for hid, yid, name, start, end in rows_of(
        Holiday.select(Holiday.id, Holiday.year, Holiday.name, Holiday.start, Holiday.end)
        .order_by(Holiday.start)
    ):
        holidays.setdefault(int(yid), []).append(HolidayInfo(int(hid), str(name), start, end))
    classes: dict[int, int] = {}
    for (yid,) in rows_of(SchoolClass.select(SchoolClass.year)):
        classes[int(yid)] = classes.get(int(yid), 0) + 1
    certified: dict[int, int] = {}
    for (yid,) in rows_of(Certification.select(Certification.year)):
        certified[int(yid)] = certified.get(int(yid), 0) + 1
    return [
        YearInfo(int(yid), str(name), start, end, int(dpw), str(kind), periods.get(int(yid), []),
                 holidays.get(int(yid), []), classes.get(int(yid), 0), certified.get(int(yid), 0))
        for yid, name, start, end, dpw, kind in rows_of(
            AcademicYear.select(AcademicYear.id, AcademicYear.name, AcademicYear.start,
                                AcademicYear.end, AcademicYear.days_per_week,
                                AcademicYear.period_kind).order_by(AcademicYear.start))
    ]


@dataclass(frozen=True)
class Person:
    id: int
    name: str  # «Иванова М.П.»
    full_name: str


def list_teachers(actor: Actor) -> list[Person]:
    """Staff who teach (the teacher role) and everyone who already holds a load, by surname."""
    _require_view(actor)
    ids = {int(u) for (u,) in rows_of(UserRole.select(UserRole.user).where(UserRole.role == str(Role.TEACHER)))}
    ids |= {int(u) for (u,) in rows_of(Assignment.select(Assignment.teacher).distinct())}
    if not ids:
        return []
    rows = rows_of(User.select(User.id, User.surname, User.name, User.patronymic)
                   .where(User.id.in_(sorted(ids)) & (User.blocked == False)))  # noqa: E712
    rows.sort(key=lambda r: person_key_ru(r[1], r[2], r[3]))
    return [Person(int(uid), short_person(s, n, p), " ".join(x for x in (s, n, p) if x))
            for uid, s, n, p in rows]


@dataclass(frozen=True)
class ClassInfo:
    id: int
    year_id: int
    name: str
    level: int | None
    letter: str
    title: str
    extracurricular: bool
    homeroom_id: int | None
    homeroom: str
    shift: int
    profile: str
    students: int  # enrolled now (or at the year's end)


def list_classes(actor: Actor, year_id: int) -> list[ClassInfo]:
    _require_view(actor)
    year = _get(AcademicYear, year_id, _t("учебный год"))
    counts: dict[int, int] = {}
    for (cid,) in rows_of(
        Enrollment.select(Enrollment.school_class)
        .join(SchoolClass, on=(Enrollment.school_class == SchoolClass.id))
        .where((SchoolClass.year == year_id)
               & (Enrollment.date_to.is_null() | (Enrollment.date_to >= min(year.end, dt.date.today()))))
    ):
        counts[int(cid)] = counts.get(int(cid), 0) + 1
    out: list[ClassInfo] = []
    for cid, level, letter, title, extra, homeroom, shift, profile, surname, name, patronymic in rows_of(
        SchoolClass.select(SchoolClass.id, SchoolClass.level, SchoolClass.letter, SchoolClass.title,
                           SchoolClass.extracurricular, SchoolClass.homeroom, SchoolClass.shift,
                           SchoolClass.profile, User.surname, User.name, User.patronymic)
        .join(User, join_type=JOIN.LEFT_OUTER, on=(SchoolClass.homeroom == User.id))
        .where(SchoolClass.year == year_id)
        .order_by(SchoolClass.extracurricular, SchoolClass.level, SchoolClass.letter, SchoolClass.title)
    ):
        out.append(ClassInfo(
            int(cid), year_id, class_name(level, letter, title, extra),
            int(level) if level is not None else None, str(letter or ""), str(title or ""), bool(extra),
            int(homeroom) if homeroom is not None else None,
            short_person(surname, name, patronymic or "") if surname else "",
            int(shift), str(profile or ""), counts.get(int(cid), 0)))
    return out


@dataclass(frozen=True)
class SubjectInfo:
    id: int
    name: str
    short_name: str
    assignments: int  # in every year


def list_subjects(actor: Actor) -> list[SubjectInfo]:
    _require_view(actor)
    used: dict[int, int] = {}
    for (sid,) in rows_of(Assignment.select(Assignment.subject)):
        used[int(sid)] = used.get(int(sid), 0) + 1
    rows = [SubjectInfo(int(i), str(n), str(s or ""), used.get(int(i), 0))
            for i, n, s in rows_of(Subject.select(Subject.id, Subject.name, Subject.short_name))]
    return sorted(rows, key=lambda r: sort_key_ru(r.name))


@dataclass(frozen=True)
class SubgroupInfo:
    id: int
    class_id: int
    subject_id: int | None
    name: str


def list_subgroups(actor: Actor, class_id: int) -> list[SubgroupInfo]:
    _require_view(actor)
    return [SubgroupInfo(int(i), class_id, int(s) if s is not None else None, str(n))
            for i, s, n in rows_of(Subgroup.select(Subgroup.id, Subgroup.subject, Subgroup.name)
                                   .where(Subgroup.school_class == class_id).order_by(Subgroup.name))]


@dataclass(frozen=True)
class AssignmentInfo:
    id: int
    year_id: int
    class_id: int
    class_name: str
    subject_id: int
    subject: str
    subgroup_id: int | None
    subgroup: str
    teacher_id: int
    teacher: str
    hours: Decimal
    weekly: int  # lessons a week in the timetable valid today (or at the year's start/end)
    lessons: int  # lessons held (in the journal)

    @property
    def title(self) -> str:
        group = f" ({self.subgroup})" if self.subgroup else ""
        return f"{self.class_name} — {self.subject}{group}, {self.teacher}"


def list_assignments(actor: Actor, year_id: int, class_id: int | None = None,
                     *, on: dt.date | None = None) -> list[AssignmentInfo]:
    _require_view(actor)
    year = _get(AcademicYear, year_id, _t("учебный год"))
    day = min(max(on or dt.date.today(), year.start), year.end)
    query = (
        Assignment.select(Assignment.id, SchoolClass.id, SchoolClass.level, SchoolClass.letter,
                          SchoolClass.title, SchoolClass.extracurricular, Subject.id, Subject.name,
                          Assignment.subgroup, User.id, User.surname, User.name, User.patronymic,
                          Assignment.hours_per_week)
        .join(SchoolClass, on=(Assignment.school_class == SchoolClass.id))
        .switch(Assignment).join(Subject, on=(Assignment.subject == Subject.id))
        .switch(Assignment).join(User, on=(Assignment.teacher == User.id))
        .where(Assignment.year == year_id)
    )
    if class_id is not None:
        query = query.where(Assignment.school_class == class_id)
    rows = rows_of(query)
    ids = [int(r[0]) for r in rows]
    groups = {int(i): str(n) for i, n in rows_of(
        Subgroup.select(Subgroup.id, Subgroup.name)
        .join(SchoolClass, on=(Subgroup.school_class == SchoolClass.id)).where(SchoolClass.year == year_id))}
    weekly: dict[int, int] = {}
    held: dict[int, int] = {}
    if ids:
        for (aid,) in rows_of(TimetableEntry.select(TimetableEntry.assignment).where(
                TimetableEntry.assignment.in_(ids) & (TimetableEntry.valid_from <= day)
                & (TimetableEntry.valid_to.is_null() | (TimetableEntry.valid_to >= day)))):
            weekly[int(aid)] = weekly.get(int(aid), 0) + 1
        for (aid,) in rows_of(Lesson.select(Lesson.assignment).where(Lesson.assignment.in_(ids))):
            held[int(aid)] = held.get(int(aid), 0) + 1
    out = [
        AssignmentInfo(int(aid), year_id, int(cid), class_name(level, letter, title, extra), int(sid),
                       str(sname), int(gid) if gid is not None else None,
                       groups.get(int(gid), "") if gid is not None else "", int(uid),
                       short_person(surname, name, patronymic or ""), Decimal(str(hours)),
                       weekly.get(int(aid), 0), held.get(int(aid), 0))
        for (aid, cid, level, letter, title, extra, sid, sname, gid, uid, surname, name, patronymic,
             hours) in rows
    ]
    levels = {int(r[1]): (0 if not r[5] else 1, r[2] or 0, sort_key_ru(str(r[3] or r[4] or ""))) for r in rows}
    out.sort(key=lambda a: (levels[a.class_id], sort_key_ru(a.subject), sort_key_ru(a.subgroup),
                            sort_key_ru(a.teacher)))
    return out


@dataclass(frozen=True)
class BellInfo:
    id: int
    shift: int
    number: int
    start: str
    end: str


def list_bells(actor: Actor) -> list[BellInfo]:
    _require_view(actor)
    return [BellInfo(int(i), int(s), int(n), str(a), str(b)) for i, s, n, a, b in rows_of(
        Bell.select(Bell.id, Bell.shift, Bell.number, Bell.start, Bell.end).order_by(Bell.shift, Bell.number))]


@dataclass(frozen=True)
class EntryInfo:
    """A timetable entry as the editor shows it."""

    id: int
    assignment_id: int
    class_id: int
    weekday: int
    number: int
    room: str
    valid_from: dt.date
    valid_to: dt.date | None
    subject: str
    subgroup: str
    teacher: str

    @property
    def label(self) -> str:
        group = f" ({self.subgroup})" if self.subgroup else ""
        return f"{self.subject}{group}"


def timetable_entries(actor: Actor, class_id: int, on: dt.date) -> list[EntryInfo]:
    """The entries of a class's weekly timetable valid on a date."""
    _require_view(actor)
    _get(SchoolClass, class_id, _t("класс"))
    groups = {int(i): str(n) for i, n in rows_of(
        Subgroup.select(Subgroup.id, Subgroup.name).where(Subgroup.school_class == class_id))}
    out: list[EntryInfo] = []
    for eid, aid, weekday, number, room, vfrom, vto, sname, gid, surname, name, patronymic in rows_of(
        TimetableEntry.select(TimetableEntry.id, TimetableEntry.assignment, TimetableEntry.weekday,
                              TimetableEntry.number, TimetableEntry.room, TimetableEntry.valid_from,
                              TimetableEntry.valid_to, Subject.name, Assignment.subgroup, User.surname,
                              User.name, User.patronymic)
        .join(Assignment, on=(TimetableEntry.assignment == Assignment.id))
        .join(Subject, on=(Assignment.subject == Subject.id))
        .switch(Assignment).join(User, on=(Assignment.teacher == User.id))
        .where((Assignment.school_class == class_id) & (TimetableEntry.valid_from <= on)
               & (TimetableEntry.valid_to.is_null() | (TimetableEntry.valid_to >= on)))
        .order_by(TimetableEntry.weekday, TimetableEntry.number)
    ):
        out.append(EntryInfo(int(eid), int(aid), class_id, int(weekday), int(number), str(room or ""), vfrom,
                             vto, str(sname), groups.get(int(gid), "") if gid is not None else "",
                             short_person(surname, name, patronymic or "")))
    return out


# --- years, periods, holidays --------------------------------------------------------------------


def _lessons_between(year_id: int, start: dt.date, end: dt.date) -> int:
    return int(
        Lesson.select(Lesson.id).join(Assignment, on=(Lesson.assignment == Assignment.id))
        .where((Assignment.year == year_id) & (Lesson.date >= start) & (Lesson.date <= end)).count()
    )


def update_year(actor: Actor, year_id: int, name: str, start: dt.date, end: dt.date, *,
                days_per_week: int = 5) -> int:
    name = name.strip()
    span = _range(start, end)
    m = structure.YEAR_RE.match(name)
    if not m or int(m.group(2)) != int(m.group(1)) + 1:
        raise ValidationError(_t("Учебный год записывается как «2025/2026»."))
    if days_per_week not in (5, 6):
        raise ValidationError(_t("Учебная неделя — пять или шесть дней."))
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        year = _get(AcademicYear, year_id, _t("учебный год"))
        if AcademicYear.select().where((AcademicYear.name == name) & (AcademicYear.id != year_id)).exists():
            raise ValidationError(_t("Учебный год %s уже есть.") % name)
        for other in AcademicYear.select().where(AcademicYear.id != year_id):
            if span.overlaps(DateRange(other.start, other.end)):
                raise ValidationError(_t("Даты пересекаются с учебным годом %s.") % other.name)
        for p in year.periods:
            if p.start < start or p.end > end:
                raise ValidationError(
                    _t("Период «%s» (%s) выходит за новые даты года.") % (p.name, DateRange(p.start, p.end)))
        outside = (_lessons_between(year_id, year.start, start - dt.timedelta(days=1))
                   + _lessons_between(year_id, end + dt.timedelta(days=1), year.end))
        if outside:
            raise ValidationError(_t("Уроки, уже записанные в журнал (%d), оказались бы вне учебного года.")
                                  % outside)
        if days_per_week == 5 and int(year.days_per_week) == 6:
            saturday = (TimetableEntry.select().join(Assignment, on=(TimetableEntry.assignment == Assignment.id))
                        .where((Assignment.year == year_id) & (TimetableEntry.weekday == 6)
                               & TimetableEntry.valid_to.is_null())  # in force; history stays as it was
                        .count())
            if saturday:
                raise ValidationError(_t("В расписании есть уроки в субботу (%d): перенесите их на другие дни, "
                                         "потом переходите на пятидневную неделю.") % saturday)
        AcademicYear.update(name=name, start=start, end=end, days_per_week=days_per_week).where(
            AcademicYear.id == year_id).execute()
        audit.record(actor, "year.change", "academic_year", year_id,
                     old={"name": year.name, "start": year.start, "end": year.end,
                          "days_per_week": year.days_per_week},
                     new={"name": name, "start": start, "end": end, "days_per_week": days_per_week})
    return year_id


def delete_year(actor: Actor, year_id: int) -> int:
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        year = _get(AcademicYear, year_id, _t("учебный год"))
        if SchoolClass.select().where(SchoolClass.year == year_id).exists():
            raise ValidationError(
                _t("В учебном году %s есть классы: удалить можно только пустой год.") % year.name)
        if PeriodMark.select().where(PeriodMark.year == year_id).exists():
            raise ValidationError(_t("В учебном году %s есть итоговые отметки.") % year.name)
        Holiday.delete().where(Holiday.year == year_id).execute()
        Period.delete().where(Period.year == year_id).execute()
        AcademicYear.delete().where(AcademicYear.id == year_id).execute()
        audit.record(actor, "year.delete", "academic_year", year_id,
                     old={"name": year.name, "start": year.start, "end": year.end})
    return year_id


def update_period(actor: Actor, period_id: int, name: str, start: dt.date, end: dt.date) -> int:
    name = name.strip()
    span = _range(start, end)
    if not name:
        raise ValidationError(_t("Не указано название периода."))
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        period = _get(Period, period_id, _t("учебный период"))
        year = AcademicYear.get_by_id(period.year_id)
        if start < year.start or end > year.end:
            raise ValidationError(
                _t("Период должен лежать внутри учебного года %s (%s — %s).")
                % (year.name, format_date_ru(year.start), format_date_ru(year.end)))
        others = [(str(p.name), DateRange(p.start, p.end)) for p in year.periods if p.id != period_id]
        try:
            check_no_overlaps([*others, (name, span)])
        except DomainError as exc:
            raise ValidationError(exc.message) from exc
        lost = 0
        for day_from, day_to in ((period.start, min(period.end, start - dt.timedelta(days=1))),
                                 (max(period.start, end + dt.timedelta(days=1)), period.end)):
            if day_from <= day_to:
                lost += _lessons_between(int(year.id), day_from, day_to)
        if lost:
            raise ValidationError(
                _t("Уроки, уже записанные в журнал (%d), оказались бы вне учебных периодов.") % lost)
        Period.update(name=name, start=start, end=end, version=Period.version + 1).where(
            Period.id == period_id).execute()
        audit.record(actor, "period.change", "period", period_id,
                     old={"name": period.name, "start": period.start, "end": period.end},
                     new={"name": name, "start": start, "end": end})
    return period_id


def delete_period(actor: Actor, period_id: int) -> int:
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        period = _get(Period, period_id, _t("учебный период"))
        held = _lessons_between(int(period.year_id), period.start, period.end)
        if held:
            raise ValidationError(
                _t("В периоде «%s» уже проведено уроков: %d. Удалить его нельзя.") % (period.name, held))
        if PeriodMark.select().where(PeriodMark.period == period_id).exists():
            raise ValidationError(_t("За период «%s» выставлены отметки. Удалить его нельзя.") % period.name)
        Period.delete().where(Period.id == period_id).execute()
        audit.record(actor, "period.delete", "period", period_id,
                     old={"name": period.name, "start": period.start, "end": period.end})
    return period_id


def update_holiday(actor: Actor, holiday_id: int, name: str, start: dt.date, end: dt.date) -> int:
    name = name.strip()
    _range(start, end)
    if not name:
        raise ValidationError(_t("Не указано название каникул."))
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        h = _get(Holiday, holiday_id, _t("каникулы"))
        Holiday.update(name=name, start=start, end=end).where(Holiday.id == holiday_id).execute()
        audit.record(actor, "holiday.change", "holiday", holiday_id,
                     old={"name": h.name, "start": h.start, "end": h.end},
                     new={"name": name, "start": start, "end": end})
    return holiday_id


def delete_holiday(actor: Actor, holiday_id: int) -> int:
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        h = _get(Holiday, holiday_id, _t("каникулы"))
        Holiday.delete().where(Holiday.id == holiday_id).execute()
        audit.record(actor, "holiday.delete", "holiday", holiday_id,
                     old={"name": h.name, "start": h.start, "end": h.end})
    return holiday_id


# --- subjects, classes --------------------------------------------------------------------------


def update_subject(actor: Actor, subject_id: int, name: str, short_name: str = "") -> int:
    name = name.strip()
    if not name:
        raise ValidationError(_t("Не указано название предмета."))
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        s = _get(Subject, subject_id, _t("предмет"))
        if Subject.select().where((Subject.name == name) & (Subject.id != subject_id)).exists():
            raise ValidationError(_t("Предмет «%s» уже есть.") % name)
        Subject.update(name=name, short_name=short_name.strip()).where(Subject.id == subject_id).execute()
        audit.record(actor, "subject.change", "subject", subject_id,
                     old={"name": s.name, "short": s.short_name}, new={"name": name, "short": short_name.strip()},
                     subject_id=subject_id)
    return subject_id


def delete_subject(actor: Actor, subject_id: int) -> int:
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        s = _get(Subject, subject_id, _t("предмет"))
        held = Lesson.select(Lesson.id).join(Assignment, on=(Lesson.assignment == Assignment.id)).where(
            Assignment.subject == subject_id).count()
        if held:
            raise ValidationError(
                _t("По предмету «%s» уже проведены уроки (%d): удалить его нельзя.") % (s.name, held))
        if PeriodMark.select().where(PeriodMark.subject == subject_id).exists():
            raise ValidationError(_t("По предмету «%s» выставлены итоговые отметки: удалить его нельзя.") % s.name)
        load = Assignment.select().where(Assignment.subject == subject_id).count()
        if load:
            raise ValidationError(
                _t("Предмет «%s» стоит в нагрузке (%d): сначала удалите нагрузку.") % (s.name, load))
        Subject.delete().where(Subject.id == subject_id).execute()
        audit.record(actor, "subject.delete", "subject", subject_id, old={"name": s.name}, subject_id=subject_id)
    return subject_id


def update_class(actor: Actor, class_id: int, *, level: int | None = None, letter: str = "",
                 title: str = "", homeroom_id: int | None = None, shift: int = 1, profile: str = "") -> int:
    if shift not in (1, 2):
        raise ValidationError(_t("Смена — первая или вторая."))
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        cls = _get(SchoolClass, class_id, _t("класс"))
        changes: dict[str, Any] = {"homeroom": homeroom_id, "shift": shift, "profile": profile.strip()}
        if cls.extracurricular:
            title = title.strip()
            if not title:
                raise ValidationError(_t("Не указано название группы."))
            changes["title"] = title
        else:
            letter = letter.strip().upper()
            if level is None or not 1 <= level <= 11:
                raise ValidationError(_t("Параллель класса — от 1 до 11."))
            if not re.fullmatch(r"[А-ЯЁ]{1,2}", letter):
                raise ValidationError(_t("Буква класса — одна-две русские буквы, например «А»."))
            dup = SchoolClass.select().where(
                (SchoolClass.year == cls.year_id) & (SchoolClass.level == level)
                & (SchoolClass.letter == letter) & (SchoolClass.id != class_id))
            if dup.exists():
                raise ValidationError(_t("Класс %d%s уже есть.") % (level, letter))
            if level != cls.level and Lesson.select().join(
                    Assignment, on=(Lesson.assignment == Assignment.id)).where(
                    Assignment.school_class == class_id).exists():
                raise ValidationError(_t("В классе уже проведены уроки: параллель изменить нельзя."))
            changes.update(level=level, letter=letter)
        if homeroom_id is not None:
            _get(User, homeroom_id, _t("классный руководитель"))
        old = {k: getattr(cls, "homeroom_id" if k == "homeroom" else k) for k in changes}
        SchoolClass.update(**changes).where(SchoolClass.id == class_id).execute()
        audit.record(actor, "class.change", "school_class", class_id, old=old, new=changes, class_id=class_id)
    return class_id


def delete_class(actor: Actor, class_id: int) -> int:
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        cls = _get(SchoolClass, class_id, _t("класс"))
        held = Lesson.select(Lesson.id).join(Assignment, on=(Lesson.assignment == Assignment.id)).where(
            Assignment.school_class == class_id).count()
        if held:
            raise ValidationError(
                _t("В классе %s уже проведены уроки (%d): удалить его нельзя.") % (cls.display_name, held))
        if PeriodMark.select().where(PeriodMark.school_class == class_id).exists():
            raise ValidationError(_t("В классе %s выставлены итоговые отметки.") % cls.display_name)
        if Enrollment.select().where(Enrollment.school_class == class_id).exists():
            raise ValidationError(
                _t("В классе %s числятся учащиеся: сначала оформите их выбытие или перевод.") % cls.display_name)
        ids = [int(a) for (a,) in rows_of(Assignment.select(Assignment.id).where(Assignment.school_class == class_id))]
        if ids:
            TimetableEntry.delete().where(TimetableEntry.assignment.in_(ids)).execute()
            Substitution.delete().where(Substitution.assignment.in_(ids)).execute()
            Assignment.delete().where(Assignment.id.in_(ids)).execute()
        groups = [int(g) for (g,) in rows_of(Subgroup.select(Subgroup.id).where(Subgroup.school_class == class_id))]
        if groups:
            SubgroupMember.delete().where(SubgroupMember.subgroup.in_(groups)).execute()
            Subgroup.delete().where(Subgroup.id.in_(groups)).execute()
        SchoolClass.delete().where(SchoolClass.id == class_id).execute()
        audit.record(actor, "class.delete", "school_class", class_id,
                     old={"name": cls.display_name, "assignments": ids}, class_id=class_id)
    return class_id


# --- the load, bells ------------------------------------------------------------------------------


def _hours(value: Decimal | float | str) -> Decimal:
    try:
        hours = Decimal(str(value).replace(",", "."))
    except InvalidOperation as exc:
        raise ValidationError(_t("Часы в неделю — число.")) from exc
    if not Decimal("0.5") <= hours <= Decimal(12):
        raise ValidationError(_t("Часы в неделю — от 0,5 до 12."))
    return hours


def update_assignment(actor: Actor, assignment_id: int, *, teacher_id: int,
                      hours_per_week: Decimal | float | str, subgroup_id: int | None = None) -> int:
    """Change the teacher, hours or subgroup of a load; held lessons keep who actually taught them."""
    hours = _hours(hours_per_week)
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        a = _get(Assignment, assignment_id, _t("нагрузка"))
        _get(User, teacher_id, _t("учитель"))
        if subgroup_id is not None:
            group = _get(Subgroup, subgroup_id, _t("подгруппа"))
            if group.school_class_id != a.school_class_id:
                raise ValidationError(_t("Подгруппа из другого класса."))
        if subgroup_id != a.subgroup_id and Lesson.select().where(Lesson.assignment == assignment_id).exists():
            raise ValidationError(_t("По нагрузке уже проведены уроки: подгруппу изменить нельзя."))
        Assignment.update(teacher=teacher_id, hours_per_week=hours, subgroup=subgroup_id).where(
            Assignment.id == assignment_id).execute()
        audit.record(actor, "assignment.change", "assignment", assignment_id,
                     old={"teacher": a.teacher_id, "hours": str(a.hours_per_week), "subgroup": a.subgroup_id},
                     new={"teacher": teacher_id, "hours": str(hours), "subgroup": subgroup_id},
                     class_id=a.school_class_id, subject_id=a.subject_id)
    return assignment_id


def delete_assignment(actor: Actor, assignment_id: int) -> int:
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        a = _get(Assignment, assignment_id, _t("нагрузка"))
        held = Lesson.select().where(Lesson.assignment == assignment_id).count()
        if held:
            raise ValidationError(
                _t("По этой нагрузке уже проведены уроки (%d): удалить её нельзя. "
                   "Передайте её другому учителю или уберите из расписания с нужной даты.") % held)
        TimetableEntry.delete().where(TimetableEntry.assignment == assignment_id).execute()
        Substitution.delete().where(Substitution.assignment == assignment_id).execute()
        Assignment.delete().where(Assignment.id == assignment_id).execute()
        audit.record(actor, "assignment.delete", "assignment", assignment_id,
                     old={"teacher": a.teacher_id, "hours": str(a.hours_per_week)},
                     class_id=a.school_class_id, subject_id=a.subject_id)
    return assignment_id


def delete_bell(actor: Actor, bell_id: int) -> int:
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        b = _get(Bell, bell_id, _t("звонок"))
        Bell.delete().where(Bell.id == bell_id).execute()
        audit.record(actor, "bell.delete", "bell", bell_id,
                     old={"shift": b.shift, "number": b.number, "start": b.start, "end": b.end})
    return bell_id


# --- the timetable: clashes, a mid-year move, deleting an unused entry ----------------------------------


@dataclass(frozen=True)
class ProposedEntry:
    """A timetable entry about to be saved (``replaces``: the entry a move ends)."""

    assignment_id: int
    weekday: int
    number: int
    room: str = ""
    valid_from: dt.date = dt.date.min
    valid_to: dt.date | None = None
    replaces: int | None = None


def clashes(year_id: int, entry: ProposedEntry) -> list[str]:
    """What the entry would collide with: a teacher or a room in two places at once, a class with
    two lessons in one slot (subgroups of one class may share a slot).  Russian sentences; [] if none."""
    a = Assignment.get_or_none(Assignment.id == entry.assignment_id)
    if a is None:
        raise NotFound(_t("Не найдено: %s.") % _t("нагрузка"))
    year = AcademicYear.get_or_none(AcademicYear.id == year_id)
    out: list[str] = []
    if year is not None and entry.weekday > int(year.days_per_week):
        out.append(_t("В учебном году %s пятидневная неделя: суббота не учебный день.") % year.name)
    query = (
        TimetableEntry.select(TimetableEntry.id, TimetableEntry.room, TimetableEntry.valid_from,
                              TimetableEntry.valid_to, Assignment.id, Assignment.teacher,
                              Assignment.school_class, Assignment.subgroup, Subject.name,
                              SchoolClass.level, SchoolClass.letter, SchoolClass.title,
                              SchoolClass.extracurricular, User.surname, User.name, User.patronymic)
        .join(Assignment, on=(TimetableEntry.assignment == Assignment.id))
        .join(Subject, on=(Assignment.subject == Subject.id))
        .switch(Assignment).join(SchoolClass, on=(Assignment.school_class == SchoolClass.id))
        .switch(Assignment).join(User, on=(Assignment.teacher == User.id))
        .where((Assignment.year == year_id) & (TimetableEntry.weekday == entry.weekday)
               & (TimetableEntry.number == entry.number)
               & (TimetableEntry.valid_to.is_null() | (TimetableEntry.valid_to >= entry.valid_from)))
    )
    if entry.valid_to is not None:
        query = query.where(TimetableEntry.valid_from <= entry.valid_to)
    if entry.replaces is not None:
        query = query.where(TimetableEntry.id != entry.replaces)
    room = entry.room.strip().casefold()
    slot = _slot_text(entry.weekday, entry.number)
    for (_eid, oroom, _vf, _vt, oaid, oteacher, oclass, ogroup, sname, level, letter, title, extra,
         surname, name, patronymic) in rows_of(query):
        other = f"{class_name(level, letter, title, extra)}, {sname}"
        teacher = short_person(surname, name, patronymic or "")
        if int(oaid) == entry.assignment_id:
            out.append(_t("Этот урок уже стоит в расписании: %s (%s).") % (other, slot))
            continue
        if int(oteacher) == int(a.teacher_id):
            out.append(_t("Учитель %s в это время ведёт другой урок: %s (%s).") % (teacher, other, slot))
        if room and str(oroom or "").strip().casefold() == room:
            out.append(_t("Кабинет %s в это время занят: %s, %s (%s).")
                       % (entry.room.strip(), other, teacher, slot))
        if int(oclass) == int(a.school_class_id):
            both_groups = ogroup is not None and a.subgroup_id is not None and int(ogroup) != int(a.subgroup_id)
            if not both_groups:
                out.append(_t("У класса в это время уже есть урок: %s, %s (%s).") % (other, teacher, slot))
    return list(dict.fromkeys(out))


def _check_slot(weekday: int, number: int) -> None:
    if not 1 <= weekday <= 6:
        raise ValidationError(_t("День недели — от понедельника до субботы."))
    if not 1 <= number <= 12:
        raise ValidationError(_t("Номер урока — от 1 до 12."))


def move_entry(actor: Actor, entry_id: int, weekday: int, number: int, room: str, from_date: dt.date) -> int:
    """A mid-year change: the entry ends the day before ``from_date``, a new one (same load) starts
    on it in the new slot and room.  Lessons already held keep all their data.  Returns the new id."""
    _check_slot(weekday, number)
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        e = _get(TimetableEntry, entry_id, _t("урок расписания"))
        a = Assignment.get_by_id(e.assignment_id)
        year = AcademicYear.get_by_id(a.year_id)
        if not year.start <= from_date <= year.end:
            raise ValidationError(_t("Дата %s вне учебного года %s.") % (format_date_ru(from_date), year.name))
        if weekday > int(year.days_per_week):
            raise ValidationError(_t("В учебном году %s пятидневная неделя: суббота не учебный день.") % year.name)
        if e.valid_to is not None and e.valid_to < from_date:
            raise ValidationError(
                _t("Этот урок расписания действовал только до %s.") % format_date_ru(e.valid_to))
        if (weekday, number, room.strip()) == (e.weekday, e.number, str(e.room or "").strip()):
            raise ValidationError(_t("Новый день, урок и кабинет совпадают с прежними."))
        last_day = max(from_date - dt.timedelta(days=1), e.valid_from - dt.timedelta(days=1))
        TimetableEntry.update(valid_to=last_day).where(TimetableEntry.id == entry_id).execute()
        new_id = int(TimetableEntry.insert(assignment=e.assignment_id, weekday=weekday, number=number,
                                           room=room.strip(), valid_from=from_date,
                                           valid_to=e.valid_to).execute())
        audit.record(actor, "timetable.move", "timetable_entry", entry_id,
                     old={"weekday": e.weekday, "number": e.number, "room": e.room, "to": e.valid_to},
                     new={"weekday": weekday, "number": number, "room": room.strip(), "from": from_date,
                          "entry": new_id, "old_to": last_day},
                     class_id=a.school_class_id, subject_id=a.subject_id)
    return new_id


def _held_under(entry: Any) -> int:
    """Lessons held on the dates and in the slot of a timetable entry."""
    count = 0
    query = Lesson.select(Lesson.date).where(
        (Lesson.assignment == entry.assignment_id) & (Lesson.number == entry.number)
        & (Lesson.date >= entry.valid_from))
    if entry.valid_to is not None:
        query = query.where(Lesson.date <= entry.valid_to)
    for (day,) in rows_of(query):
        if day.isoweekday() == int(entry.weekday):
            count += 1
    return count


def delete_timetable_entry(actor: Actor, entry_id: int) -> int:
    """Remove an entry that no held lesson stands on (a mistake); otherwise end it from a date."""
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        e = _get(TimetableEntry, entry_id, _t("урок расписания"))
        held = _held_under(e)
        if held:
            raise ValidationError(
                _t("По этому уроку расписания уже проведены уроки (%d): удалить его нельзя — "
                   "уберите его из расписания с нужной даты, проведённые уроки сохранятся.") % held)
        a = Assignment.get_by_id(e.assignment_id)
        TimetableEntry.delete().where(TimetableEntry.id == entry_id).execute()
        audit.record(actor, "timetable.delete", "timetable_entry", entry_id,
                     old={"weekday": e.weekday, "number": e.number, "room": e.room, "from": e.valid_from,
                          "to": e.valid_to},
                     class_id=a.school_class_id, subject_id=a.subject_id)
    return entry_id


# --- substitutions --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SubstitutionInfo:
    id: int
    date: dt.date
    number: int
    assignment_id: int
    class_name: str
    subject: str
    teacher: str
    substitute_id: int
    substitute: str
    reason: str
    held: bool  # the lesson is in the journal


def list_substitutions(actor: Actor, start: dt.date, end: dt.date) -> list[SubstitutionInfo]:
    """The substitution report (замены) for a date range."""
    _require_view(actor)
    _range(start, end)
    teachers = {int(i): short_person(s, n, p or "") for i, s, n, p in rows_of(
        User.select(User.id, User.surname, User.name, User.patronymic))}
    held = {(int(a), d, int(n)) for a, d, n in rows_of(
        Lesson.select(Lesson.assignment, Lesson.date, Lesson.number).where(Lesson.date.between(start, end)))}
    out = []
    for sid, aid, day, number, sub, reason, level, letter, title, extra, sname, teacher in rows_of(
        Substitution.select(Substitution.id, Substitution.assignment, Substitution.date, Substitution.number,
                            Substitution.substitute, Substitution.reason, SchoolClass.level,
                            SchoolClass.letter, SchoolClass.title, SchoolClass.extracurricular,
                            Subject.name, Assignment.teacher)
        .join(Assignment, on=(Substitution.assignment == Assignment.id))
        .join(SchoolClass, on=(Assignment.school_class == SchoolClass.id))
        .switch(Assignment).join(Subject, on=(Assignment.subject == Subject.id))
        .where(Substitution.date.between(start, end))
        .order_by(Substitution.date, Substitution.number)
    ):
        out.append(SubstitutionInfo(int(sid), day, int(number), int(aid), class_name(level, letter, title, extra),
                                    str(sname), teachers.get(int(teacher), ""), int(sub),
                                    teachers.get(int(sub), ""), str(reason or ""),
                                    (int(aid), day, int(number)) in held))
    return out


def cancel_substitution(actor: Actor, substitution_id: int) -> int:
    with write_transaction():
        require_global(actor, Action.MANAGE_SUBSTITUTIONS)
        s = _get(Substitution, substitution_id, _t("замена"))
        if Lesson.select().where((Lesson.assignment == s.assignment_id) & (Lesson.date == s.date)
                                 & (Lesson.number == s.number)).exists():
            raise ValidationError(_t("Урок по этой замене уже записан в журнал: отменить замену нельзя."))
        a = Assignment.get_by_id(s.assignment_id)
        Substitution.delete().where(Substitution.id == substitution_id).execute()
        audit.record(actor, "substitution.cancel", "substitution", substitution_id,
                     old={"date": s.date, "number": s.number, "substitute": s.substitute_id},
                     class_id=a.school_class_id, subject_id=a.subject_id)
    return substitution_id


@dataclass(frozen=True)
class Candidate:
    """A possible substitute for a slot: free, or busy with what."""

    id: int
    name: str
    busy: str = ""  # '' — free in that slot

    @property
    def free(self) -> bool:
        return not self.busy


def substitute_candidates(actor: Actor, assignment_id: int, day: dt.date, number: int) -> list[Candidate]:
    """Teachers for a substitution: those free in that slot first, then the busy ones (with why)."""
    st = standing(actor)
    require(Action.MANAGE_SUBSTITUTIONS, {r for r in st.roles if r in GLOBAL_ROLES})
    a = _get(Assignment, assignment_id, _t("нагрузка"))
    busy: dict[int, str] = {}
    slot_teachers = rows_of(
        TimetableEntry.select(Assignment.id, Assignment.teacher, SchoolClass.level, SchoolClass.letter,
                              SchoolClass.title, SchoolClass.extracurricular, Subject.name)
        .join(Assignment, on=(TimetableEntry.assignment == Assignment.id))
        .join(SchoolClass, on=(Assignment.school_class == SchoolClass.id))
        .switch(Assignment).join(Subject, on=(Assignment.subject == Subject.id))
        .where((TimetableEntry.weekday == day.isoweekday()) & (TimetableEntry.number == number)
               & (TimetableEntry.valid_from <= day)
               & (TimetableEntry.valid_to.is_null() | (TimetableEntry.valid_to >= day))))
    replaced = {int(x): int(s) for x, s in rows_of(
        Substitution.select(Substitution.assignment, Substitution.substitute)
        .where((Substitution.date == day) & (Substitution.number == number)))}
    for oaid, teacher, level, letter, title, extra, sname in slot_teachers:
        if int(oaid) == assignment_id:
            continue
        what = f"{class_name(level, letter, title, extra)}, {sname}"
        who = replaced.get(int(oaid), int(teacher))
        busy[who] = _t("занят: %s") % what
    for oaid, sub in replaced.items():
        if oaid != assignment_id:
            busy.setdefault(sub, _t("уже на замене"))
    out = [Candidate(p.id, p.name, busy.get(p.id, "")) for p in list_teachers(actor) if p.id != a.teacher_id]
    return sorted(out, key=lambda c: not c.free)  # stable: alphabetical within


# --- the next year -------------------------------------------------------------------------------


@dataclass
class NextYearResult:
    year_id: int
    classes: dict[str, str] = field(default_factory=dict)  # old name → new name
    students: int = 0  # enrolments carried over (promoted and repeaters)
    graduated: list[str] = field(default_factory=list)  # classes with graduates (the 11th, the 9th who leave)
    leavers: int = 0  # students not carried over (graduates of the 9th and the 11th)
    graduates: int = 0  # enrolments closed by the graduation order now
    repeaters: int = 0  # students left to repeat the year (оставлены на повторное обучение)
    assignments: int = 0
    periods: int = 0
    holidays: int = 0


@dataclass(frozen=True)
class GraduationOrder:
    """Приказ о выпуске: its number and date, and the graduates' last day (default: the year's end)."""

    number: str
    date: dt.date
    last_day: dt.date | None = None

    @property
    def text(self) -> str:
        """What the movement page shows: «№ 45-у от 25.06.2026»."""
        return _t("№ %s от %s") % (self.number.strip().lstrip("№").strip(), self.date.strftime("%d.%m.%Y"))


GRADUATION_REASONS = {
    9: noop("StructureAdmin", "Окончание основного общего образования"),
    11: noop("StructureAdmin", "Окончание среднего общего образования"),
}
REPEAT_REASON = noop("StructureAdmin", "Оставлен на повторное обучение")


def plus_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _check_graduation(old: Any, start: dt.date, graduation: GraduationOrder | None) -> tuple[str, dt.date]:
    """The order's text and the graduates' last day; a Russian refusal for anything missing or out of range."""
    if graduation is None or not graduation.number.strip().lstrip("№").strip():
        raise ValidationError(_t("Укажите номер приказа о выпуске (окончании 9 и 11 классов)."))
    number = graduation.number.strip().lstrip("№").strip()
    if len(number) > 30:
        raise ValidationError(_t("Номер приказа о выпуске слишком длинный (не более 30 знаков)."))
    span = DateRange(old.start, old.end)
    last_day = graduation.last_day or old.end
    if last_day not in span:
        raise ValidationError(_t("Дата выбытия выпускников (%s) вне учебного года %s (%s).")
                              % (format_date_ru(last_day), old.name, span))
    if not old.start <= graduation.date < start:
        raise ValidationError(_t("Дата приказа о выпуске (%s) должна быть не раньше начала учебного года %s и "
                                 "раньше начала нового года.") % (format_date_ru(graduation.date), old.name))
    return graduation.text, last_day


def _new_class_for(actor: Actor, year_id: int, cls: Any) -> int:
    """The new year's class of the same level and letter (a repeater's class); made when missing."""
    row = SchoolClass.get_or_none((SchoolClass.year == year_id) & (SchoolClass.level == cls.level)
                                  & (SchoolClass.letter == cls.letter)
                                  & (SchoolClass.extracurricular == False))  # noqa: E712
    if row is not None:
        return int(row.id)
    return structure.create_class(actor, year_id, int(cls.level), str(cls.letter), shift=int(cls.shift))


def start_next_year(
    actor: Actor, from_year_id: int, name: str, start: dt.date, end: dt.date, *,
    periods: Sequence[tuple[int, str, dt.date, dt.date]] | None = None,
    holidays: Sequence[tuple[str, dt.date, dt.date]] | None = None,
    leaving: Collection[int] = (), order: str = "", repeating: Collection[int] = (),
    graduation: GraduationOrder | None = None,
) -> NextYearResult:
    """Open the next school year from the one that ends.

    Classes 1–10 move up a level with the same letter, homeroom teacher and shift; their
    students (those in the class at the old year's end, except ``leaving`` and ``repeating``)
    are enrolled from ``start``.  Выпуск: the 11th graduate and so do the 9th-graders in
    ``leaving``; their enrolments close on ``graduation.last_day`` (the old year's end by
    default) with the reason «Окончание основного/среднего общего образования» and the order
    «№ … от …» — the only rows of the old year written, so the bound journal's movement page
    shows them.  A student in ``repeating`` (any level) is left to repeat the year: enrolled
    in the new year's class of the same level and letter.  The load is copied onto the
    promoted classes for review (subgroups with their members too); the periods and holidays
    come from ``periods``/``holidays`` or, when not given, are the old year's dates a year on.
    Any refusal leaves everything as it was.
    """
    leaving_ids = {int(x) for x in leaving}
    repeating_ids = {int(x) for x in repeating}
    both = leaving_ids & repeating_ids
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        old = _get(AcademicYear, from_year_id, _t("учебный год"))
        if start <= old.end:
            raise ValidationError(_t("Новый учебный год должен начинаться после %s.") % format_date_ru(old.end))
        if both:
            raise ValidationError(_t("Учащийся не может одновременно выпускаться и остаться на повторное обучение "
                                     "(%s).") % _student_names(both))
        roster: list[tuple[Any, list[tuple[int, int, dt.date, bool]]]] = []
        for cls in (SchoolClass.select().where((SchoolClass.year == from_year_id)
                                              & (SchoolClass.extracurricular == False))  # noqa: E712
                    .order_by(SchoolClass.level, SchoolClass.letter)):
            pupils = [(int(s), int(e), d, to is None) for s, e, d, to in rows_of(
                Enrollment.select(Enrollment.student, Enrollment.id, Enrollment.date_from, Enrollment.date_to)
                .where((Enrollment.school_class == cls.id)
                       & (Enrollment.date_to.is_null() | (Enrollment.date_to >= old.end)))
                .order_by(Enrollment.id))]
            roster.append((cls, pupils))
        known = {p[0]: int(cls.level) for cls, pupils in roster for p in pupils}
        strangers = (leaving_ids | repeating_ids) - set(known)
        if strangers:
            raise ValidationError(_t("Не числятся в классах учебного года %s на его конец: %s.")
                                  % (old.name, _student_names(strangers)))
        wrong = {sid for sid in leaving_ids if known[sid] != 9}
        if wrong:
            raise ValidationError(_t("По окончании года уходят только выпускники 9 классов; остальным оформите "
                                     "выбытие в карточке учащегося: %s.") % _student_names(wrong))
        graduates = [(cls, p) for cls, pupils in roster for p in pupils
                     if p[0] not in repeating_ids and (int(cls.level) == 11 or p[0] in leaving_ids)]
        order_out, last_day = ("", old.end)
        if any(p[3] for _cls, p in graduates):
            order_out, last_day = _check_graduation(old, start, graduation)
        for cls, (sid, _eid, dfrom, is_open) in graduates:
            if is_open and last_day < dfrom:
                raise ValidationError(_t("%s зачислен(а) в %s %s — позже даты выбытия выпускников %s.")
                                      % (_student_names({sid}), cls.display_name, format_date_ru(dfrom),
                                         format_date_ru(last_day)))
            if is_open and is_certified(int(cls.id), from_year_id):
                raise ValidationError(_t("Журнал класса %s за %s уже заверен, а выпуск в нём не оформлен: "
                                         "заверенный журнал не меняется. Выпуск оформляется до заверения.")
                                      % (cls.display_name, old.name))

        year_id = structure.create_year(actor, name, start, end, days_per_week=int(old.days_per_week),
                                        period_kind=str(old.period_kind))
        result = NextYearResult(year_id)
        if periods is None:
            periods = [(int(p.number), str(p.name), plus_year(p.start), plus_year(p.end))
                       for p in old.periods.order_by(Period.number)]
            periods = [(n, t, max(s, start), min(e, end)) for n, t, s, e in periods if s <= end and e >= start]
        if holidays is None:
            holidays = [(str(h.name), plus_year(h.start), plus_year(h.end))
                        for h in old.holidays.order_by(Holiday.start)]
        for number, title, pstart, pend in periods:
            structure.add_period(actor, year_id, number, title, pstart, pend)
            result.periods += 1
        for title, hstart, hend in holidays:
            structure.add_holiday(actor, year_id, title, hstart, hend)
            result.holidays += 1

        for cls, (sid, eid, _dfrom, is_open) in graduates:
            result.leavers += 1
            if not is_open:  # already left on the last day (recorded in the card): nothing to write
                continue
            reason = _t(GRADUATION_REASONS[int(cls.level)])
            Enrollment.update(date_to=last_day, reason_out=reason, order_out=order_out,
                              version=Enrollment.version + 1).where(Enrollment.id == eid).execute()
            audit.record(actor, "enrollment.out", "enrollment", eid, old={"to": None},
                         new={"to": last_day, "order": order_out}, reason=reason,
                         class_id=int(cls.id), student_id=sid)
            result.graduates += 1

        def enrol(student: int, class_id: int, why: str) -> None:
            new_eid = int(Enrollment.insert(student=student, school_class=class_id, date_from=start,
                                            reason_in=why, order_in=order).execute())
            audit.record(actor, "enrollment.in", "enrollment", new_eid,
                         new={"class": class_id, "from": start, "order": order},
                         reason=why, class_id=class_id, student_id=student)
            result.students += 1

        for cls, pupils in roster:
            level = int(cls.level)
            going = [p[0] for p in pupils if p[0] not in leaving_ids and p[0] not in repeating_ids] \
                if level < 11 else []
            staying = [p[0] for p in pupils if p[0] in repeating_ids]
            if staying:
                again = _new_class_for(actor, year_id, cls)
                for student in staying:
                    enrol(student, again, _t(REPEAT_REASON))
                    result.repeaters += 1
            if level == 11 or any(c is cls for c, _p in graduates):
                result.graduated.append(cls.display_name)
            if not going:
                continue
            new_id = structure.create_class(actor, year_id, level + 1, str(cls.letter),
                                            homeroom_id=cls.homeroom_id, shift=int(cls.shift))
            if cls.profile:
                SchoolClass.update(profile=cls.profile).where(SchoolClass.id == new_id).execute()
            result.classes[cls.display_name] = f"{level + 1}{cls.letter}"
            for student in going:
                enrol(student, new_id, _t("Перевод в следующий класс"))
            groups: dict[int, int] = {}
            for g in Subgroup.select().where(Subgroup.school_class == cls.id):
                gid = int(Subgroup.insert(school_class=new_id, subject=g.subject_id, name=g.name).execute())
                groups[int(g.id)] = gid
                for (member,) in rows_of(SubgroupMember.select(SubgroupMember.student)
                                         .where(SubgroupMember.subgroup == g.id)):
                    if int(member) in going:
                        SubgroupMember.insert(subgroup=gid, student=member).execute()
            for a in Assignment.select().where(Assignment.school_class == cls.id).order_by(Assignment.id):
                structure.create_assignment(
                    actor, int(a.teacher_id), int(a.subject_id), new_id, a.hours_per_week,
                    subgroup_id=groups.get(int(a.subgroup_id)) if a.subgroup_id is not None else None)
                result.assignments += 1
        audit.record(actor, "year.next", "academic_year", year_id,
                     old={"from": old.name},
                     new={"name": name, "classes": result.classes, "students": result.students,
                          "graduated": result.graduated, "graduates": result.graduates,
                          "graduation_order": order_out, "graduation_day": last_day if order_out else None,
                          "repeaters": result.repeaters, "assignments": result.assignments})
    return result


def _student_names(ids: Collection[int]) -> str:
    rows = rows_of(Student.select(Student.id, Student.surname, Student.name, Student.patronymic)
                   .where(Student.id.in_(sorted(ids))))
    names = sorted((" ".join(x for x in (s, n, p) if x) for _i, s, n, p in rows), key=sort_key_ru)
    missing = len(ids) - len(names)
    if missing:
        names.append(_t("неизвестных учащихся: %d") % missing)
    return ", ".join(names)


@dataclass(frozen=True)
class PupilInfo:
    id: int
    name: str  # «Алексеев Артём Игоревич»
    class_id: int
    class_name: str


def pupils_of_level(actor: Actor, year_id: int, level: int) -> list[PupilInfo]:
    """Students in the classes of a level at the year's end (the 9th: who leaves after it)."""
    _require_view(actor)
    year = _get(AcademicYear, year_id, _t("учебный год"))
    rows = rows_of(
        Enrollment.select(Student.id, Student.surname, Student.name, Student.patronymic, SchoolClass.id,
                          SchoolClass.level, SchoolClass.letter)
        .join(Student, on=(Enrollment.student == Student.id))
        .switch(Enrollment).join(SchoolClass, on=(Enrollment.school_class == SchoolClass.id))
        .where((SchoolClass.year == year_id) & (SchoolClass.level == level)
               & (SchoolClass.extracurricular == False)  # noqa: E712
               & (Enrollment.date_to.is_null() | (Enrollment.date_to >= year.end)))
    )
    rows.sort(key=lambda r: (str(r[6]), person_key_ru(r[1], r[2], r[3] or "")))
    return [PupilInfo(int(sid), " ".join(x for x in (s, n, p) if x), int(cid), f"{lv}{lt}")
            for sid, s, n, p, cid, lv, lt in rows]
