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

from peewee import PostgresqlDatabase

from ejournal_desktop.store.models import db_proxy
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


# --- the facts behind a save into one cell (services.journal.set_cell) ---------------------------------------


def cell_facts(assignment_id: int, day: dt.date, student_id: int, work_kind_code: str,
               setting_keys: tuple[str, ...] = ()) -> tuple[Any, ...] | None:
    """One row for a save into one cell, read inside its write transaction: the assignment as
    :class:`~ejournal_desktop.services.lessons.AssignmentInfo` needs it (14 columns); the period that
    holds ``day`` (id, name, start, end, closed; NULLs when none); whether the class's year is
    certified; whether the student is in the class on ``day``; whether the student is in the
    assignment's subgroup (true when the assignment has none); the work kind ``work_kind_code``
    (id, weight; NULLs when there is none); and the stored JSON of each setting in ``setting_keys``."""
    settings = "".join(', (SELECT st."value" FROM setting st WHERE st."key" = ?)' for _ in setting_keys)
    rows = _run(
        "SELECT a.id, a.teacher_id, s.id, s.name, c.id, c.level, c.letter, c.title, c.extracurricular, "
        'a.subgroup_id, y.id, y.start, y."end", y.days_per_week, '
        'p.id, p.name, p.start, p."end", p.closed, '
        "EXISTS (SELECT 1 FROM certification ct WHERE ct.school_class_id = c.id AND ct.year_id = y.id), "
        "EXISTS (SELECT 1 FROM enrollment e WHERE e.student_id = ? AND e.school_class_id = c.id "
        "AND e.date_from <= ? AND (e.date_to IS NULL OR e.date_to >= ?)), "
        "(a.subgroup_id IS NULL OR EXISTS (SELECT 1 FROM subgroup_member sm "
        "WHERE sm.subgroup_id = a.subgroup_id AND sm.student_id = ?)), "
        "wk.id, wk.weight" + settings + " "
        "FROM assignment a JOIN subject s ON s.id = a.subject_id "
        "JOIN school_class c ON c.id = a.school_class_id JOIN academic_year y ON y.id = c.year_id "
        "LEFT JOIN period p ON p.id = (SELECT p2.id FROM period p2 "
        'WHERE p2.year_id = y.id AND p2.start <= ? AND p2."end" >= ? ORDER BY p2.id LIMIT 1) '
        "LEFT JOIN work_kind wk ON wk.code = ? "
        "WHERE a.id = ?",
        (student_id, day, day, student_id, *setting_keys, day, day, work_kind_code, assignment_id),
    )
    return rows[0] if rows else None


def lock_lesson(assignment_id: int, day: dt.date, number: int) -> tuple[Any, ...] | None:
    """(id, work kind id, work kind weight) of the lesson, or None; on PostgreSQL the lesson row stays
    locked until the transaction ends, so saves into one lesson queue up and each reads the cells
    after the one before it committed (on SQLite the write transaction already holds the only lock)."""
    lock = " FOR UPDATE OF l" if isinstance(db_proxy.obj, PostgresqlDatabase) else ""
    rows = _run(
        "SELECT l.id, l.work_kind_id, wk.weight FROM lesson l LEFT JOIN work_kind wk ON wk.id = l.work_kind_id "
        "WHERE l.assignment_id = ? AND l.date = ? AND l.number = ?" + lock,
        (assignment_id, day, number),
    )
    return rows[0] if rows else None


CELL_MARK, CELL_ABSENCE = 0, 1


def cell_content(lesson_id: int, student_id: int) -> list[tuple[Any, ...]]:
    """(kind, id, value or code, version, weight, work kind id) of what one cell holds: its marks
    (kind 0) in cell order, then its absence (kind 1; weight and work kind NULL)."""
    return _run(
        "SELECT 0, id, value, version, weight, work_kind_id, position FROM mark "
        "WHERE lesson_id = ? AND student_id = ? "
        "UNION ALL SELECT 1, id, code, version, NULL, NULL, 0 FROM absence "
        "WHERE lesson_id = ? AND student_id = ? ORDER BY 1, 7, 2",
        (lesson_id, student_id, lesson_id, student_id),
    )
