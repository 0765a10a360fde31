"""The hot reads of a journal page as plain SQL through the driver.

A page is read dozens of times a lesson; peewee's query building and row
conversion cost more than the database itself here, so these few queries go
straight to the driver (placeholders per dialect) and return raw tuples.
Dates come back as ``date`` on PostgreSQL and as ISO text on SQLite:
:func:`as_date` evens that out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ejournal_desktop.store.models import db_proxy


def _run(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    db = db_proxy.obj
    cursor = db.execute_sql(sql.replace("?", db.param), params)
    return list(cursor.fetchall())


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
