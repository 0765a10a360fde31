"""Benchmark: one journal page through the store vs. the raw driver, and one mark saved.

Prints figures; it is not a test.  On the ``large`` demo (five years, ~2,500
students a year) it picks the fullest assignment × period of the newest year
and measures:

* ``load_page`` (services → store, with permission checks and the shaping for the grid),
  and how many SQL statements one call sends;
* the raw driver fetching the same rows (students, lessons, marks, absences, period marks) —
  the baseline of the goal, unchanged since issue 3;
* the raw driver fetching everything else the page shows as well (the page's header: class,
  subject, period; the timetable, holidays and substitutions its columns come from; the kinds
  of work) — a second, wider baseline; neither reads the permission and lock facts;
* one mark saved through ``journal.set_cell`` (a new value each time, audit included).

The machine's load average is printed too: on a shared machine compare runs made at the same load.

Usage::

    python bench/bench_store.py                      # builds bench/.cache/large.sqlite3 once
    python bench/bench_store.py --db postgresql://postgres@127.0.0.1/ejournal_bench
    python bench/bench_store.py --size school        # a smaller school, quicker to build

Goals (issue 3): page load ≤ 3× the raw fetch and < 50 ms; a save < 20 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from peewee import fn

from ejournal_desktop.services import journal
from ejournal_desktop.services.access import actor_for
from ejournal_desktop.services.page import load_page
from ejournal_desktop.store.database import connect, open_journal, parse_target
from ejournal_desktop.store.models import (
    AcademicYear,
    Assignment,
    Lesson,
    Period,
    User,
    db_proxy,
)

CACHE = Path(__file__).resolve().parent / ".cache"


def ensure_db(spec: str | None, size: str) -> str:
    if spec:
        return spec
    path = CACHE / f"{size}.sqlite3"
    if not path.exists():
        from ejournal_desktop.services.demo import build_demo

        CACHE.mkdir(exist_ok=True)
        started = time.perf_counter()
        db = connect(parse_target(str(path)), create=True)
        build_demo(db, size=size, seed=1, today=dt.date(2026, 5, 20),
                   progress=lambda m: print("  " + m, file=sys.stderr))
        db.close()
        print(f"built the {size} demo in {time.perf_counter() - started:.0f} s: {path}")
    return str(path)


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def fullest_page() -> tuple[int, int, int]:
    """(assignment, period, teacher) with the most lessons in one open period of the newest year."""
    year = AcademicYear.select().order_by(AcademicYear.start.desc()).first()
    best = (0, 0, 0, -1)
    for period in Period.select().where((Period.year == year.id) & ~Period.closed):
        n_lessons = fn.COUNT(Lesson.id)
        for aid, teacher, n in (
            Assignment.select(Assignment.id, Assignment.teacher, n_lessons)
            .join(Lesson, on=(Lesson.assignment == Assignment.id))
            .where((Assignment.year == year.id) & Lesson.date.between(period.start, period.end))
            .group_by(Assignment.id, Assignment.teacher)
            .order_by(n_lessons.desc()).limit(1).tuples()
        ):
            if n > best[3]:
                best = (int(aid), int(period.id), int(teacher), int(n))
    return best[0], best[1], best[2]


RAW_QUERIES = (
    # the same rows load_page reads, as plain SQL through the driver
    "SELECT s.id, s.surname, s.name, s.patronymic, e.date_from, e.date_to FROM enrollment e "
    "JOIN student s ON s.id = e.student_id WHERE e.school_class_id = {cls} "
    "AND e.date_from <= '{end}' AND (e.date_to IS NULL OR e.date_to >= '{start}') ORDER BY e.date_from",
    "SELECT id, date, number, version, topic, homework, lesson_type, work_kind_id, plan_topic_id, "
    "teacher_id FROM lesson WHERE assignment_id = {a} AND date BETWEEN '{start}' AND '{end}'",
    "SELECT m.lesson_id, m.student_id, m.id, m.value, m.version, m.weight, m.work_kind_id FROM mark m "
    "JOIN lesson l ON l.id = m.lesson_id WHERE l.assignment_id = {a} "
    "AND l.date BETWEEN '{start}' AND '{end}' ORDER BY m.position, m.id",
    "SELECT b.lesson_id, b.student_id, b.id, b.code, b.version FROM absence b "
    "JOIN lesson l ON l.id = b.lesson_id WHERE l.assignment_id = {a} "
    "AND l.date BETWEEN '{start}' AND '{end}'",
    "SELECT student_id, id, value, version FROM period_mark WHERE school_class_id = {cls} "
    "AND subject_id = {subj} AND year_id = {year} AND kind = 'quarter' AND period_key = {period}",
)

RAW_SHOWN = (
    *RAW_QUERIES,
    # what else the page shows: its header, the calendar its columns come from, the kinds of work
    "SELECT a.id, a.teacher_id, s.name, c.level, c.letter, c.title, y.start, y.\"end\", y.days_per_week "
    "FROM assignment a JOIN subject s ON s.id = a.subject_id JOIN school_class c ON c.id = a.school_class_id "
    "JOIN academic_year y ON y.id = c.year_id WHERE a.id = {a}",
    "SELECT id, name, start, \"end\", closed FROM period WHERE id = {period}",
    "SELECT weekday, number, valid_from, valid_to FROM timetable_entry WHERE assignment_id = {a}",
    "SELECT start, \"end\" FROM holiday WHERE year_id = {year}",
    "SELECT date, number, substitute_id FROM substitution WHERE assignment_id = {a} "
    "AND date BETWEEN '{start}' AND '{end}'",
    "SELECT id, code, name, weight FROM work_kind ORDER BY position",
)


def count_statements(call: Callable[[], object]) -> int:
    """How many SQL statements one call sends (every query goes through ``execute_sql``)."""
    db = db_proxy.obj
    sent = 0
    original = db.execute_sql

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal sent
        sent += 1
        return original(*args, **kwargs)

    db.execute_sql = counting
    try:
        call()
    finally:
        del db.execute_sql
    return sent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="journal database (default: build the demo into bench/.cache)")
    parser.add_argument("--size", default="large", choices=("small", "school", "large"))
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    spec = ensure_db(args.db, args.size)
    db = open_journal(spec)
    aid, pid, teacher_id = fullest_page()
    actor = actor_for(User.get_by_id(teacher_id))
    period = Period.get_by_id(pid)
    a = Assignment.get_by_id(aid)
    today = min(period.end, dt.date.today())
    page = load_page(actor, aid, pid, today=today)
    marks = sum(len(c.marks) for c in page.cells.values())
    print(f"database: {parse_target(spec).display}")
    print(f"page: {page.info.where}, {page.period_name}: {len(page.rows)} students × "
          f"{len(page.columns)} lessons, {marks} marks, "
          f"{sum(1 for c in page.cells.values() if c.absence)} absences")

    def fill(queries: tuple[str, ...]) -> list[str]:
        return [q.format(cls=a.school_class_id, a=aid, start=period.start, end=period.end,
                         subj=a.subject_id, year=a.year_id, period=pid) for q in queries]

    sql, sql_shown = fill(RAW_QUERIES), fill(RAW_SHOWN)
    conn = db.connection()

    def raw(statements: list[str]) -> None:
        for q in statements:
            cur = conn.cursor()
            cur.execute(q)
            cur.fetchall()

    statements = count_statements(lambda: load_page(actor, aid, pid, today=today))
    print(f"load {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} CPUs; load_page sends {statements} "
          f"SQL statements, the raw fetches {len(sql)} and {len(sql_shown)}")
    # interleaved, so a burst of load from elsewhere hits all three alike
    raw_ms: list[float] = []
    shown_ms: list[float] = []
    page_ms: list[float] = []
    for _ in range(args.repeat):
        raw_ms += timed(lambda: raw(sql), 1)
        shown_ms += timed(lambda: raw(sql_shown), 1)
        page_ms += timed(lambda: load_page(actor, aid, pid, today=today), 1)

    # a save: the last held lesson, a student present; alternate values so each call writes
    col = max((c for c in page.columns if c.can_edit_marks), key=lambda c: (c.date, c.number), default=None)
    save_ms: list[float] = []
    if col is not None:
        row = page.rows[0]
        token = page.cell(0, page.columns.index(col)).token
        for i in range(args.repeat):
            value = "4" if i % 2 else "5"
            t = time.perf_counter()
            change = journal.set_cell(actor, aid, col.date, col.number, row.student_id, value,
                                      expected=token, today=today)
            save_ms.append((time.perf_counter() - t) * 1000)
            token = change.after.token

    def line(name: str, ms: list[float]) -> str:
        return (f"  {name:<34} median {statistics.median(ms):7.2f} ms   "
                f"p90 {sorted(ms)[int(len(ms) * 0.9) - 1]:7.2f} ms   min {min(ms):7.2f} ms")

    print(line("raw driver, same rows", raw_ms))
    print(line("raw driver, all the page shows", shown_ms))
    print(line("load_page (store + services)", page_ms))
    print(f"  ratio load_page / raw: {statistics.median(page_ms) / statistics.median(raw_ms):.1f}×")
    print(f"  ratio load_page / raw, all the page shows: "
          f"{statistics.median(page_ms) / statistics.median(shown_ms):.1f}×")
    if save_ms:
        print(line("one mark saved (set_cell)", save_ms))
    db_proxy.obj.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
