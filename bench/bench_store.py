"""Benchmark: one journal page through the store vs. the raw driver, and one mark saved.

Prints figures; it is not a test.  On the ``large`` demo (five years, ~2,500
students a year) it picks the fullest assignment × period of the newest year
and measures:

* ``load_page`` (services → store, with permission checks and the shaping for the grid);
* the raw driver fetching the same rows (students, lessons, marks, absences, period marks);
* one mark saved through ``journal.set_cell`` (a new value each time, audit included).

Usage::

    python bench/bench_store.py                      # builds bench/.cache/large.sqlite3 once
    python bench/bench_store.py --db postgresql://postgres@127.0.0.1/ejournal_bench
    python bench/bench_store.py --size school        # a smaller school, quicker to build

Goals (issue 3): page load ≤ 3× the raw fetch and < 50 ms; a save < 20 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
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

    sql = [q.format(cls=a.school_class_id, a=aid, start=period.start, end=period.end,
                    subj=a.subject_id, year=a.year_id, period=pid) for q in RAW_QUERIES]
    conn = db.connection()

    def raw() -> None:
        for q in sql:
            cur = conn.cursor()
            cur.execute(q)
            cur.fetchall()

    raw_ms = timed(raw, args.repeat)
    page_ms = timed(lambda: load_page(actor, aid, pid, today=today), args.repeat)

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
    print(line("load_page (store + services)", page_ms))
    print(f"  ratio load_page / raw: {statistics.median(page_ms) / statistics.median(raw_ms):.1f}×")
    if save_ms:
        print(line("one mark saved (set_cell)", save_ms))
    db_proxy.obj.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
