"""Lessons: where they come from (timetable, substitutions) and whether they may be edited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ejournal_desktop.domain.marks import homework_allowed, marks_allowed
from ejournal_desktop.domain.periods import DateRange, format_date_ru, lesson_dates
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import audit
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import (
    Actor,
    Standing,
    relations_for_lesson,
    require,
    standing,
)
from ejournal_desktop.services.errors import (
    LockedError,
    NotFound,
    ReasonRequired,
    ValidationError,
)
from ejournal_desktop.services.permissions import Action, Decision, Role
from ejournal_desktop.store.models import (
    AcademicYear,
    Assignment,
    Certification,
    Holiday,
    Lesson,
    Period,
    SchoolClass,
    Subject,
    Substitution,
    TimetableEntry,
)
from ejournal_desktop.store.page_queries import to_date


@dataclass(frozen=True)
class AssignmentInfo:
    """An assignment with what every check about its lessons needs."""

    id: int
    teacher_id: int
    subject_id: int
    subject_name: str
    class_id: int
    class_name: str
    level: int | None
    extracurricular: bool
    subgroup_id: int | None
    year_id: int
    year_start: dt.date
    year_end: dt.date
    days_per_week: int

    @property
    def marks_allowed(self) -> bool:
        return marks_allowed(self.level, self.extracurricular)

    @property
    def homework_allowed(self) -> bool:
        return homework_allowed(self.level, self.extracurricular)

    @property
    def where(self) -> str:
        return f"{self.class_name}, {self.subject_name}"


def assignment_info(assignment_id: int) -> AssignmentInfo:
    row = (
        Assignment.select(
            Assignment.id,
            Assignment.teacher,
            Subject.id,
            Subject.name,
            SchoolClass.id,
            SchoolClass.level,
            SchoolClass.letter,
            SchoolClass.title,
            SchoolClass.extracurricular,
            Assignment.subgroup,
            AcademicYear.id,
            AcademicYear.start,
            AcademicYear.end,
            AcademicYear.days_per_week,
        )
        .join(Subject, on=(Assignment.subject == Subject.id))
        .switch(Assignment)
        .join(SchoolClass, on=(Assignment.school_class == SchoolClass.id))
        .join(AcademicYear, on=(SchoolClass.year == AcademicYear.id))
        .where(Assignment.id == assignment_id)
        .tuples()
        .first()
    )
    if row is None:
        raise NotFound(tr("Journal", "Страница журнала не найдена (нагрузка №%d).") % assignment_id)
    return info_from_row(tuple(row))


def info_from_row(row: tuple[Any, ...]) -> AssignmentInfo:
    """An :class:`AssignmentInfo` from (assignment, teacher, subject id, subject name, class id, level,
    letter, title, extra-curricular, subgroup, year id, year start, year end, days per week);
    dates may come as ISO text (raw SQLite rows)."""
    (aid, teacher, sid, sname, cid, level, letter, title, extra, subgroup, yid, ys, ye, dpw) = row
    class_name = str(title) if extra else f"{level}{letter}"
    return AssignmentInfo(
        int(aid), int(teacher), int(sid), str(sname), int(cid), class_name,
        None if level is None else int(level), bool(extra), None if subgroup is None else int(subgroup),
        int(yid), to_date(ys), to_date(ye), int(dpw),
    )


def period_of(year_id: int, day: dt.date) -> Period | None:
    return (
        Period.select()
        .where((Period.year == year_id) & (Period.start <= day) & (Period.end >= day))
        .first()
    )


def holidays_of(year_id: int) -> list[DateRange]:
    return [
        DateRange(s, e)
        for s, e in Holiday.select(Holiday.start, Holiday.end).where(Holiday.year == year_id).tuples()
    ]


def is_certified(class_id: int, year_id: int) -> bool:
    return bool(
        Certification.select(Certification.id)
        .where((Certification.school_class == class_id) & (Certification.year == year_id))
        .exists()
    )


def timetable_slots(info: AssignmentInfo, span: DateRange) -> list[tuple[dt.date, int]]:
    """(date, lesson number) of every lesson the timetable puts in the span."""
    entries = (
        TimetableEntry.select(
            TimetableEntry.weekday, TimetableEntry.number, TimetableEntry.valid_from,
            TimetableEntry.valid_to,
        )
        .where(TimetableEntry.assignment == info.id)
        .tuples()
    )
    return slots_from(info, span, entries, holidays_of(info.year_id))


def slots_from(
    info: AssignmentInfo,
    span: DateRange,
    entries: Iterable[tuple[int, int, dt.date, dt.date | None]],
    holidays: list[DateRange],
) -> list[tuple[dt.date, int]]:
    """:func:`timetable_slots` from rows already read: (weekday, number, valid from, valid to)."""
    out: set[tuple[dt.date, int]] = set()
    for weekday, number, vfrom, vto in entries:
        start = max(span.start, vfrom)
        end = min(span.end, vto) if vto else span.end
        if end < start:
            continue
        for day in lesson_dates(DateRange(start, end), weekday, holidays, info.days_per_week):
            out.add((day, int(number)))
    return sorted(out)


def is_scheduled(info: AssignmentInfo, day: dt.date, number: int) -> bool:
    if (day, number) in timetable_slots(info, DateRange(day, day)):
        return True
    return bool(
        Substitution.select(Substitution.id)
        .where(
            (Substitution.assignment == info.id)
            & (Substitution.date == day)
            & (Substitution.number == number)
        )
        .exists()
    )


@dataclass(frozen=True)
class WriteCheck:
    """The outcome of the checks every write to a lesson passes."""

    standing: Standing
    decision: Decision
    info: AssignmentInfo
    period: Period
    reason: str
    correction: bool  # written as an admin/homeroom correction


def lock_reason(
    info: AssignmentInfo, period: Period | None, day: dt.date, *, today: dt.date | None = None
) -> tuple[str, str]:
    """Why a lesson of this day is read-only for its teacher, and who can unlock it ('' if open)."""
    if period is None:
        return lock_from_facts(info, None, day, certified=False, window=0, today=today)
    return lock_from_facts(
        info, (str(period.name), bool(period.closed)), day,
        certified=is_certified(info.class_id, info.year_id),
        window=int(school_settings.get("edit_window_days")), today=today,
    )


def lock_from_facts(
    info: AssignmentInfo,
    period: tuple[str, bool] | None,
    day: dt.date,
    *,
    certified: bool,
    window: int,
    today: dt.date | None = None,
) -> tuple[str, str]:
    """:func:`lock_reason` from facts the caller has just read: the period's (name, closed) or None,
    whether the class's year is certified, and the school's editing window in days."""
    if period is None:
        return (
            tr("Journal", "Дата %s не входит ни в один учебный период.") % format_date_ru(day),
            tr("Journal", "администратор ЭЖ (настройка периодов)"),
        )
    if certified:
        return (
            tr("Journal", "Журнал класса %s за учебный год заверен директором.") % info.class_name,
            tr("Journal", "исправление вносит только администратор ЭЖ с указанием причины"),
        )
    name, closed = period
    if closed:
        return (
            tr("Journal", "Период «%s» закрыт для редактирования.") % name,
            tr("Journal", "заместитель директора по УВР или администратор ЭЖ"),
        )
    current = today or dt.date.today()
    if window and (current - day).days > window:
        return (
            tr("Journal", "Прошло больше %d дн. после урока: ячейки закрыты.") % window,
            tr("Journal", "заместитель директора по УВР или администратор ЭЖ (по запросу на исправление)"),
        )
    return ("", "")


def check_write(
    actor: Actor,
    action: Action,
    info: AssignmentInfo,
    day: dt.date,
    number: int,
    reason: str | None,
    *,
    today: dt.date | None = None,
    facts: tuple[Period | None, bool] | None = None,
) -> WriteCheck:
    """Permission, calendar and lock checks shared by every change to a lesson.

    ``facts`` — (the period holding ``day`` or None, whether the class's year is certified) when the
    caller has just read them in its own transaction; otherwise they are read here.
    """
    st = standing(actor)
    rel = relations_for_lesson(
        st, info.id, class_id=info.class_id, teacher_id=info.teacher_id, date=day, number=number
    )
    decision = require(action, rel, what=info.where)
    if not (info.year_start <= day <= info.year_end):
        raise ValidationError(
            tr("Journal", "Дата %s вне учебного года.") % format_date_ru(day)
        )
    if day > (today or dt.date.today()):
        raise ValidationError(
            tr("Journal", "Урок %s ещё не проведён: заполнять будущие уроки нельзя.")
            % format_date_ru(day)
        )
    if facts is None:
        period = period_of(info.year_id, day)
        locked, who = lock_reason(info, period, day, today=today)
    else:
        period, certified = facts
        locked, who = lock_from_facts(
            info, None if period is None else (str(period.name), bool(period.closed)), day,
            certified=certified, window=int(school_settings.get("edit_window_days")), today=today,
        )
    text = (reason or "").strip()
    correction = decision.needs_reason
    if locked:
        if period is None:
            raise ValidationError(locked)
        if Role.ADMIN not in st.roles:
            raise LockedError(
                locked + " " + tr("Journal", "Разблокировать может: %s.") % who, who_can_unlock=who
            )
        correction = True
    if correction and not text:
        raise ReasonRequired(
            tr("Journal", "Это исправление: укажите причину (%s).") % info.where
        )
    assert period is not None
    return WriteCheck(st, decision, info, period, text, correction)


def ensure_lesson(
    check: WriteCheck, actor: Actor, day: dt.date, number: int, *, lock: bool = True
) -> Lesson:
    """The lesson at (day, number) of the assignment, created from the timetable if new.

    Called inside the write transaction; on PostgreSQL the lesson row is locked
    so two people saving into one lesson are serialised.
    """
    info = check.info
    query = Lesson.select().where(
        (Lesson.assignment == info.id) & (Lesson.date == day) & (Lesson.number == number)
    )
    if lock and not _is_sqlite():
        query = query.for_update()
    lesson = query.first()
    if lesson is not None:
        return lesson
    if not is_scheduled(info, day, number):
        raise ValidationError(
            tr("Journal", "В расписании нет %d-го урока «%s» на %s, и замены на него нет.")
            % (number, info.where, format_date_ru(day))
        )
    sub = (
        Substitution.select(Substitution.substitute)
        .where(
            (Substitution.assignment == info.id)
            & (Substitution.date == day)
            & (Substitution.number == number)
        )
        .tuples()
        .first()
    )
    teacher = int(sub[0]) if sub else info.teacher_id
    insert = Lesson.insert(assignment=info.id, date=day, number=number, teacher=teacher)
    if lock and not _is_sqlite():
        # Two people opening the same new lesson at once: the second waits for the first's
        # commit, creates nothing, and goes on with the lesson the first created (locked).
        lesson_id = insert.on_conflict_ignore().execute()
        if not lesson_id:
            lesson = query.clone().first()  # a new statement: first() keeps its result
            if lesson is None:  # the other transaction rolled back after all: try once more
                lesson_id = insert.execute()
            else:
                return lesson
    else:
        lesson_id = insert.execute()
    audit.record(
        actor, "lesson.create", "lesson", int(lesson_id),
        new={"date": day.isoformat(), "number": number},
        class_id=info.class_id, subject_id=info.subject_id, lesson_id=int(lesson_id),
        reason=check.reason,
    )
    return Lesson.get_by_id(lesson_id)


def _is_sqlite() -> bool:
    from peewee import SqliteDatabase

    from ejournal_desktop.store.models import db_proxy

    return isinstance(db_proxy.obj, SqliteDatabase)
