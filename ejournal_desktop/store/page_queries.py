"""The hot reads of a journal page as plain SQL through the driver.

A page is read dozens of times a lesson; peewee's query building and row
conversion cost more than the database itself here, so these few queries go
straight to the driver (placeholders per dialect) and return raw tuples.
Dates come back as ``date`` on PostgreSQL and as ISO text on SQLite:
:func:`as_date` evens that out.

Facts that decide permissions and locks are read here too, each group in one
statement: who the actor is now (:func:`actor_standing`), what the page belongs
to, whether it is locked and the school settings it needs (:func:`page_facts`),
and where its lessons fall (:func:`calendar`).  They are read afresh on every call — never cached.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ejournal_desktop.store.queries import run_sql as _run


def as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def to_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def enrolled_students(class_id: int, subgroup_id: int | None, start: dt.date, end: dt.date
                      ) -> list[tuple[Any, ...]]:
    """(student id, surname, name, patronymic, from, to) of everyone in the class in the span."""
    sql = (
        "SELECT s.id, s.surname, s.name, s.patronymic, e.date_from, e.date_to "
        "FROM enrollment e JOIN student s ON s.id = e.student_id "
        "WHERE e.school_class_id = ? AND e.date_from <= ? AND (e.date_to IS NULL OR e.date_to >= ?)"
    )
    params: tuple[Any, ...] = (class_id, end, start)
    if subgroup_id is not None:
        sql += " AND s.id IN (SELECT student_id FROM subgroup_member WHERE subgroup_id = ?)"
        params += (subgroup_id,)
    return _run(sql + " ORDER BY e.date_from", params)


def lessons(assignment_id: int, start: dt.date, end: dt.date) -> list[tuple[Any, ...]]:
    return _run(
        "SELECT id, date, number, version, topic, homework, lesson_type, work_kind_id, plan_topic_id, "
        "teacher_id FROM lesson WHERE assignment_id = ? AND date BETWEEN ? AND ?",
        (assignment_id, start, end),
    )


def marks(assignment_id: int, start: dt.date, end: dt.date) -> list[tuple[Any, ...]]:
    """(lesson, student, mark id, value, version, weight, work kind) in cell order."""
    return _run(
        "SELECT m.lesson_id, m.student_id, m.id, m.value, m.version, m.weight, m.work_kind_id "
        "FROM mark m JOIN lesson l ON l.id = m.lesson_id "
        "WHERE l.assignment_id = ? AND l.date BETWEEN ? AND ? ORDER BY m.position, m.id",
        (assignment_id, start, end),
    )


def absences(assignment_id: int, start: dt.date, end: dt.date) -> list[tuple[Any, ...]]:
    return _run(
        "SELECT b.lesson_id, b.student_id, b.id, b.code, b.version "
        "FROM absence b JOIN lesson l ON l.id = b.lesson_id "
        "WHERE l.assignment_id = ? AND l.date BETWEEN ? AND ?",
        (assignment_id, start, end),
    )


def period_marks(subject_id: int, year_id: int, kind: str, period_id: int, class_id: int
                 ) -> list[tuple[Any, ...]]:
    """(student, id, value, version) of the period marks given in this class."""
    return _run(
        "SELECT student_id, id, value, version FROM period_mark "
        "WHERE school_class_id = ? AND year_id = ? AND subject_id = ? AND kind = ? AND period_key = ?",
        (class_id, year_id, subject_id, kind, period_id),
    )


# --- the facts behind permissions and locks ------------------------------------------------------------

STANDING_USER, STANDING_ROLE, STANDING_HOMEROOM = 0, 1, 2


def actor_standing(user_id: int) -> list[tuple[Any, ...]]:
    """(kind, blocked, role, class id) rows: the account's blocked flag (kind 0; no row if the account
    is gone), each stored role (kind 1) and each class the user is the homeroom teacher of (kind 2)."""
    return _run(
        'SELECT 0, u.blocked, CAST(NULL AS VARCHAR(20)), CAST(NULL AS INTEGER) FROM "user" u WHERE u.id = ? '
        "UNION ALL SELECT 1, NULL, r.role, NULL FROM user_role r WHERE r.user_id = ? "
        "UNION ALL SELECT 2, NULL, NULL, c.id FROM school_class c WHERE c.homeroom_id = ?",
        (user_id, user_id, user_id),
    )


def page_facts(assignment_id: int, period_id: int, setting_keys: tuple[str, ...] = ()
               ) -> tuple[Any, ...] | None:
    """One row: the assignment as :class:`~ejournal_desktop.services.lessons.AssignmentInfo` needs it
    (14 columns), the subject's rounding rule, the period (id, name, start, end, closed, year; NULL when
    there is no such period), its year's kind of periods, whether the class's year is certified, and
    the stored JSON of each school setting in ``setting_keys`` (NULL: not stored, the default holds)."""
    settings = "".join(', (SELECT st."value" FROM setting st WHERE st."key" = ?)' for _ in setting_keys)
    rows = _run(
        "SELECT a.id, a.teacher_id, s.id, s.name, c.id, c.level, c.letter, c.title, c.extracurricular, "
        'a.subgroup_id, y.id, y.start, y."end", y.days_per_week, s.rounding, '
        'p.id, p.name, p.start, p."end", p.closed, p.year_id, py.period_kind, '
        "EXISTS (SELECT 1 FROM certification ct WHERE ct.school_class_id = c.id AND ct.year_id = y.id)"
        + settings + " "
        "FROM assignment a JOIN subject s ON s.id = a.subject_id "
        "JOIN school_class c ON c.id = a.school_class_id JOIN academic_year y ON y.id = c.year_id "
        "LEFT JOIN period p ON p.id = ? LEFT JOIN academic_year py ON py.id = p.year_id "
        "WHERE a.id = ?",
        (*setting_keys, period_id, assignment_id),
    )
    return rows[0] if rows else None


CAL_TIMETABLE, CAL_HOLIDAY, CAL_SUBSTITUTION = 0, 1, 2


def calendar(assignment_id: int, year_id: int, start: dt.date, end: dt.date) -> list[tuple[Any, ...]]:
    """(kind, a, number, date 1, date 2) rows: timetable entries of the assignment (kind 0: weekday,
    number, valid from, valid to), the year's holidays (kind 1: -, -, start, end) and the substitutions
    of the assignment in the span (kind 2: substitute, number, date, -)."""
    return _run(
        "SELECT 0, weekday, number, valid_from, valid_to FROM timetable_entry WHERE assignment_id = ? "
        'UNION ALL SELECT 1, NULL, NULL, start, "end" FROM holiday WHERE year_id = ? '
        "UNION ALL SELECT 2, substitute_id, number, date, NULL FROM substitution "
        "WHERE assignment_id = ? AND date BETWEEN ? AND ?",
        (assignment_id, year_id, assignment_id, start, end),
    )
