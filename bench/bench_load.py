"""Load benchmark (issue 8 §7): many teachers saving at once, deputies reading, nothing lost.

Prints figures; it is not a test.

**PostgreSQL**: the ``school`` demo (about 700 students, 6,800 lessons, 41,000
marks) plus extra teachers up to ``--teachers`` (default 100), each with a page of
own (a new subject in an existing class, on the timetable).  Every teacher is a
thread with its own connection, in ``--procs`` worker processes; each opens own
pages through ``load_page`` before the start (as at the start of a lesson), then
saves cells through ``journal.set_cell`` for ``--seconds`` (default 60), with a
random pause (``--think``, mean seconds, exponential; default 2 s — a teacher
marking a class as fast as a person does) between saves.  Like a real user, a
teacher keeps the page open in two windows: one save in ten comes from the second
window, whose tokens may be stale — those saves must be refused as conflicts,
never overwrite silently.  Two deputies (the deputy's and the director's accounts,
each in a process of its own) meanwhile go through all the program's reports —
the whole school where a report allows it — pausing ``--deputy-think`` seconds
(mean, default 2) to read each; ``--deputy-think 0`` runs them back to back.

**SQLite**: the same demo in one file, three writer processes (several windows
on one PC) and one deputy reading.

For each: saves per second, p50/p99 save latency, conflicts detected, reports
computed with their p50 and the slowest, and the check that NOTHING acknowledged was lost: for
every cell saved, the database holds what its last acknowledged save wrote
(each cell is written by one teacher only, so the last acknowledgement is
final), and ``run_check`` is clean.

Usage::

    python bench/bench_load.py                       # both, 60 s each
    python bench/bench_load.py --seconds 20 --think 0 --skip-sqlite
    python bench/bench_load.py --pg postgresql://postgres@127.0.0.1:5432/ejournal_load

Goals (issue 8): p99 < 50 ms, zero lost.

Mind what runs where: here the server AND all simulated clients share one machine
(the figures say how many CPUs), while in a school each teacher's program runs on
its own PC and only the server is shared.  A PostgreSQL server with the default
``max_connections = 100`` cannot hold 100 teachers plus the deputies: the bench
then runs as many teachers as fit and says so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CACHE = ROOT / "bench" / ".cache"
DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/ejournal_bench_load"
DEFAULT_TODAY = dt.date(2026, 12, 10)  # a school day of the 2nd quarter of the demo's year
TEXTS = ("5", "4", "3", "2", "5 4", "4 3", "н", "5н", "б", "", "4", "5")
SECOND_WINDOW = 0.1  # share of saves made from a second window open on the same page


# --- preparing the school --------------------------------------------------------------------------------


def _cheap_hashes() -> None:
    from ejournal_desktop.services import auth

    auth.configure_hasher(time_cost=1, memory_cost=1024)


def _fresh_pg(url: str) -> None:
    import psycopg

    from ejournal_desktop.store.database import parse_target

    target = parse_target(url)
    admin = f"postgresql://{target.user or 'postgres'}@{target.host}:{target.port}/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{target.dbname}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{target.dbname}"')


def prepare(spec: str, teachers: int, today: dt.date) -> None:
    """The demo school, then extra teachers with a page each until there are ``teachers``."""
    from ejournal_desktop.services import structure
    from ejournal_desktop.services.access import actor_for
    from ejournal_desktop.services.demo import build_demo
    from ejournal_desktop.store.database import connect, parse_target
    from ejournal_desktop.store.models import User

    _cheap_hashes()
    if spec.startswith("postgresql"):
        _fresh_pg(spec)
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(spec + suffix).unlink(missing_ok=True)
        Path(spec).parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    db = connect(parse_target(spec), create=True)
    build_demo(db, size="school", seed=1, today=today)
    year, period = current_period(today)
    have = teacher_pages(year.id, period.id, today)
    admin = actor_for(User.get(User.login == "admin"))
    classes = _mark_classes(year.id)
    extra = max(0, teachers - len(have))
    for i in range(extra):
        new = structure_user(admin, i)
        subject = structure.create_subject(admin, f"Практикум {i + 1}")
        cls = classes[i % len(classes)]
        aid = structure.create_assignment(admin, new, subject, cls, 2)
        for weekday in (1 + i % 5, 1 + (i + 2) % 5):
            structure.add_timetable_entry(admin, aid, weekday, 7 + (i % 2), room="", valid_from=year.start)
    db.close()
    print(f"  school prepared in {time.perf_counter() - started:.0f} s: {len(have)} demo teachers "
          f"+ {extra} added", flush=True)


def structure_user(admin: Any, i: int) -> int:
    from ejournal_desktop.services import accounts
    from ejournal_desktop.services.permissions import Role

    new = accounts.create_user(admin, f"load{i + 1:03d}", "Нагрузочный", f"Учитель{i + 1}", "", [Role.TEACHER])
    return int(new.user_id)


def _mark_classes(year_id: int) -> list[int]:
    from ejournal_desktop.store.models import SchoolClass

    return [int(c) for (c,) in SchoolClass.select(SchoolClass.id).where(
        (SchoolClass.year == year_id) & (SchoolClass.extracurricular == False)  # noqa: E712
        & (SchoolClass.level > 1)).order_by(SchoolClass.id).tuples()]


def current_period(today: dt.date) -> tuple[Any, Any]:
    from ejournal_desktop.store.models import AcademicYear, Period

    year = AcademicYear.select().where((AcademicYear.start <= today) & (AcademicYear.end >= today)).first()
    if year is None:
        raise SystemExit(f"no school year on {today}")
    period = Period.select().where(
        (Period.year == year.id) & (Period.start <= today) & (Period.end >= today)).first()
    if period is None or period.closed:
        raise SystemExit(f"no open period on {today}")
    return year, period


def teacher_pages(year_id: int, period_id: int, today: dt.date) -> dict[int, list[int]]:
    """teacher → own assignments that take marks in this year (one teacher, several pages)."""
    from ejournal_desktop.store.models import Assignment, SchoolClass

    out: dict[int, list[int]] = {}
    for aid, teacher in (
        Assignment.select(Assignment.id, Assignment.teacher)
        .join(SchoolClass, on=(Assignment.school_class == SchoolClass.id))
        .where((Assignment.year == year_id) & (SchoolClass.extracurricular == False)  # noqa: E712
               & (SchoolClass.level > 1))
        .order_by(Assignment.teacher, Assignment.id).tuples()
    ):
        out.setdefault(int(teacher), []).append(int(aid))
    return out


# --- the workers --------------------------------------------------------------------------------------------


@dataclass
class ThreadResult:
    latencies: list[float] = field(default_factory=list)  # seconds, acknowledged saves
    conflict_latencies: list[float] = field(default_factory=list)
    acks: list[tuple[int, str, int, int, str]] = field(default_factory=list)  # aid, date, number, student, text
    conflicts: int = 0
    unchanged: int = 0  # acknowledged saves that found the text already there (nothing written)
    errors: list[str] = field(default_factory=list)
    reads: list[float] = field(default_factory=list)  # reports computed (deputies)
    report_names: list[str] = field(default_factory=list)


def _teacher(teacher_id: int, pages: list[int], period_id: int, today: dt.date, start_at: float,
             seconds: float, think: float, seed: int, out: ThreadResult) -> None:
    import peewee

    from ejournal_desktop.services import journal
    from ejournal_desktop.services.access import actor_for
    from ejournal_desktop.services.errors import ConflictError, ServiceError
    from ejournal_desktop.services.page import load_page
    from ejournal_desktop.store.models import User, db_proxy

    rng = random.Random(seed)
    db = db_proxy.obj
    try:
        actor = actor_for(User.get_by_id(teacher_id))
        cells: list[tuple[int, dt.date, int, int]] = []
        windows: list[dict[tuple[int, dt.date, int, int], tuple[object, ...]]] = [{}, {}]
        shown: dict[tuple[int, dt.date, int, int], str] = {}  # what the teacher last saw in each cell
        for aid in pages:
            page = load_page(actor, aid, period_id, today=today)
            for c, col in enumerate(page.columns):
                if not col.can_edit_marks or col.date > today:
                    continue
                for r, row in enumerate(page.rows):
                    if row.active_on(col.date):
                        key = (aid, col.date, col.number, row.student_id)
                        cells.append(key)
                        state = page.cell(r, c)
                        windows[0][key] = state.token
                        windows[1][key] = state.token
                        shown[key] = state.text
        if not cells:
            out.errors.append(f"teacher {teacher_id}: no editable cells")
            return
        # The pages are open (loaded before the start, as at the start of a lesson); everyone starts
        # together, each after a pause of their own — teachers do not all press Enter in the same ms.
        _wait_until(start_at)
        deadline = time.monotonic() + seconds
        if think > 0:
            time.sleep(rng.uniform(0, 2 * think))
        while time.monotonic() < deadline:
            key = rng.choice(cells)
            aid, day, number, student = key
            window = windows[1] if rng.random() < SECOND_WINDOW else windows[0]
            # a teacher saves a cell to change it: another text than the one last seen there
            seen = shown[key].replace(" ", "")  # «5н» is shown as «5 н»
            text = rng.choice([t for t in TEXTS if t.replace(" ", "") != seen])
            started = time.perf_counter()
            try:
                change = journal.set_cell(actor, aid, day, number, student, text,
                                          expected=window.get(key), today=today)
            except ConflictError as exc:
                out.conflict_latencies.append(time.perf_counter() - started)
                out.conflicts += 1
                window[key] = exc.current.token  # the window shows what is there now
                shown[key] = exc.current.text
                if think > 0:
                    time.sleep(rng.expovariate(1 / think))
                continue
            except (ServiceError, peewee.PeeweeException) as exc:
                out.errors.append(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
                continue
            out.latencies.append(time.perf_counter() - started)
            out.acks.append((aid, day.isoformat(), number, student, change.after.text))
            if not change.changed:
                out.unchanged += 1
            window[key] = change.after.token
            shown[key] = change.after.text
            if think > 0:
                time.sleep(rng.expovariate(1 / think))
    except Exception as exc:  # reported, never hidden
        out.errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        if db is not None:
            db.close()


def _wait_until(moment: float) -> None:
    """Sleep until the wall-clock ``moment`` (time.time()) shared by all worker processes."""
    while time.time() < moment:
        time.sleep(min(0.05, max(0.0, moment - time.time())))


def _deputy(login: str, period_id: int, class_ids: list[int], teachers: list[int], today: dt.date,
            start_at: float, seconds: float, think: float, seed: int, out: ThreadResult) -> None:
    """A deputy going through the program's reports — the whole school where a report allows it,
    else one class after another — with a pause (``think``, mean seconds) to read each."""
    from ejournal_desktop.services import reports  # noqa: F401  (registers the reports)
    from ejournal_desktop.services.access import actor_for
    from ejournal_desktop.services.reports import base
    from ejournal_desktop.store.models import User, db_proxy

    rng = random.Random(seed)
    db = db_proxy.obj
    try:
        actor = actor_for(User.get(User.login == login))
        names = [name for name, _title in base.report_list()]
        rng.shuffle(names)
        i = 0
        _wait_until(start_at)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            name = names[i % len(names)]
            report = base.get_report(name)
            class_id = class_ids[(i // len(names)) % len(class_ids)] if report.needs_class else None
            teacher_id = teachers[i % len(teachers)] if base.Param.TEACHER in report.params else None
            started = time.perf_counter()
            base.compute(name, actor, base.ReportParams(class_id=class_id, period_id=period_id, today=today,
                                                        teacher_id=teacher_id))
            out.reads.append(time.perf_counter() - started)
            out.report_names.append(name)
            i += 1
            if think > 0:
                time.sleep(rng.expovariate(1 / think))
    except Exception as exc:
        out.errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        if db is not None:
            db.close()


def worker(spec: str, jobs: list[dict[str, Any]], start_at: float, seconds: float, think: float,
           today_iso: str, result_file: str) -> None:
    """One process: a thread per job (a teacher or a deputy), each with its own connection."""
    from ejournal_desktop.store.database import open_journal

    _cheap_hashes()
    db = open_journal(spec)
    db.close()
    today = dt.date.fromisoformat(today_iso)
    results = [ThreadResult() for _ in jobs]
    threads = []
    for job, res in zip(jobs, results, strict=True):  # each thread opens its pages, then waits for start_at
        if job["kind"] == "teacher":
            t = threading.Thread(target=_teacher, args=(job["teacher"], job["pages"], job["period"], today,
                                                        start_at, seconds, think, job["seed"], res))
        else:
            t = threading.Thread(target=_deputy, args=(job["login"], job["period"], job["classes"],
                                                       job["teachers"], today,
                                                       start_at, seconds, job["think"], job["seed"], res))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    merged = {
        "latencies": [x for r in results for x in r.latencies],
        "conflict_latencies": [x for r in results for x in r.conflict_latencies],
        "acks": [a for r in results for a in r.acks],
        "conflicts": sum(r.conflicts for r in results),
        "unchanged": sum(r.unchanged for r in results),
        "errors": [e for r in results for e in r.errors],
        "reads": [x for r in results for x in r.reads],
        "report_names": [n for r in results for n in r.report_names],
    }
    Path(result_file).write_text(json.dumps(merged), encoding="utf-8")


# --- running and judging ----------------------------------------------------------------------------------


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def verify(spec: str, acks: list[list[Any]]) -> tuple[int, int, list[str]]:
    """(cells checked, cells lost, check problems): the database against the acknowledgements."""
    from ejournal_desktop.services.check import run_check
    from ejournal_desktop.store.database import open_journal
    from ejournal_desktop.store.models import Absence, Lesson, Mark

    db = open_journal(spec)
    try:
        last: dict[tuple[int, str, int, int], str] = {}
        for aid, day, number, student, text in acks:  # in order within each teacher
            last[(int(aid), str(day), int(number), int(student))] = str(text)
        assignments = sorted({k[0] for k in last})
        lessons: dict[int, tuple[int, str, int]] = {}
        for lid, aid, day, number in Lesson.select(Lesson.id, Lesson.assignment, Lesson.date, Lesson.number).where(
                Lesson.assignment.in_(assignments)).tuples():
            lessons[int(lid)] = (int(aid), str(day)[:10], int(number))
        marks: dict[tuple[int, str, int, int], list[str]] = {}
        for lid, student, value in Mark.select(Mark.lesson, Mark.student, Mark.value).where(
                Mark.lesson.in_(list(lessons))).order_by(Mark.lesson, Mark.student, Mark.position, Mark.id).tuples():
            aid, day, number = lessons[int(lid)]
            marks.setdefault((aid, day, number, int(student)), []).append(str(value))
        for lid, student, code in Absence.select(Absence.lesson, Absence.student, Absence.code).where(
                Absence.lesson.in_(list(lessons))).tuples():
            aid, day, number = lessons[int(lid)]
            marks.setdefault((aid, day, number, int(student)), []).append(str(code))
        lost = [k for k, text in last.items() if " ".join(marks.get(k, [])) != text]
        report = run_check(db)
        return len(last), len(lost), list(report.problems)
    finally:
        db.close()


def run_load(title: str, spec: str, jobs_per_proc: list[list[dict[str, Any]]], seconds: float, think: float,
             today: dt.date) -> None:
    ctx = mp.get_context("spawn")
    start_at = time.time() + 10 + len(jobs_per_proc) * 0.7  # time to import and open the pages
    with tempfile.TemporaryDirectory() as tmp:
        files = [os.path.join(tmp, f"r{i}.json") for i in range(len(jobs_per_proc))]
        procs = [ctx.Process(target=worker, args=(spec, jobs, start_at, seconds, think, today.isoformat(), f))
                 for jobs, f in zip(jobs_per_proc, files, strict=True)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        results = [json.loads(Path(f).read_text(encoding="utf-8")) for f in files if os.path.exists(f)]
    if len(results) != len(procs):
        print(f"  {len(procs) - len(results)} worker process(es) died", flush=True)
    lat = [x for r in results for x in r["latencies"]]
    clat = [x for r in results for x in r["conflict_latencies"]]
    reads = [x for r in results for x in r["reads"]]
    acks = [a for r in results for a in r["acks"]]
    errors = [e for r in results for e in r["errors"]]
    conflicts = sum(r["conflicts"] for r in results)
    teachers = sum(1 for jobs in jobs_per_proc for j in jobs if j["kind"] == "teacher")
    deputies = sum(1 for jobs in jobs_per_proc for j in jobs if j["kind"] == "deputy")
    cells, lost, problems = verify(spec, acks)
    print(f"\n== {title}: {teachers} teachers + {deputies} deputies, {seconds:.0f} s, think {think} s "
          f"(mean), {len(jobs_per_proc)} processes")
    unchanged = sum(r["unchanged"] for r in results)
    print(f"  saves acknowledged : {len(lat)}  ({len(lat) / seconds:.1f}/s; {unchanged} found the text already there)")
    print(f"  save latency       : p50 {pct(lat, 0.5):.1f} ms, p99 {pct(lat, 0.99):.1f} ms, "
          f"max {max(lat) * 1000 if lat else float('nan'):.1f} ms, mean "
          f"{statistics.fmean(lat) * 1000 if lat else float('nan'):.1f} ms")
    print(f"  conflicts detected : {conflicts} (stale second window; refused in p50 {pct(clat, 0.5):.1f} ms)")
    names = [n for r in results for n in r["report_names"]]
    slowest = max(zip(reads, names, strict=True)) if reads else (float("nan"), "-")
    print(f"  deputies' reports  : {len(reads)} ({len(reads) / seconds:.1f}/s), "
          f"p50 {pct(reads, 0.5):.0f} ms, max {slowest[0] * 1000:.0f} ms ({slowest[1]})")
    print(f"  errors             : {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    print(f"  nothing lost       : {cells} cells checked, {lost} lost; check: "
          + ("clean" if not problems else "; ".join(problems[:3])))
    print(f"  goal p99 < 50 ms   : {'met' if lat and pct(lat, 0.99) < 50 else 'NOT met'}; "
          f"zero lost: {'met' if lost == 0 and not problems else 'NOT met'}", flush=True)


def pg_room(url: str) -> int:
    """How many more client connections the server takes now (max_connections minus those in use)."""
    import psycopg

    from ejournal_desktop.store.database import parse_target

    t = parse_target(url)
    with psycopg.connect(f"postgresql://{t.user or 'postgres'}@{t.host}:{t.port}/{t.dbname}") as conn:
        limit = int(conn.execute("SHOW max_connections").fetchone()[0])  # type: ignore[index]
        used = int(conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'").fetchone()[0])  # type: ignore[index]
    return limit - used


def plan_jobs(spec: str, teachers: int, procs: int, deputies: list[str], today: dt.date,
              seed: int, deputy_think: float) -> list[list[dict[str, Any]]]:
    from ejournal_desktop.store.database import open_journal

    db = open_journal(spec)
    try:
        year, period = current_period(today)
        pages = teacher_pages(year.id, period.id, today)
        classes = _mark_classes(year.id)
    finally:
        db.close()
    chosen = sorted(pages)[:teachers]
    if len(chosen) < teachers:
        print(f"  only {len(chosen)} teachers with pages", flush=True)
    jobs: list[list[dict[str, Any]]] = [[] for _ in range(procs)]
    for i, teacher in enumerate(chosen):
        jobs[i % procs].append({"kind": "teacher", "teacher": teacher, "pages": pages[teacher],
                                "period": int(period.id), "seed": seed + i})
    for i, login in enumerate(deputies):  # each in a process of its own, as on a PC of their own
        jobs.append([{"kind": "deputy", "login": login, "period": int(period.id), "classes": classes[i::2],
                      "teachers": chosen[i::2], "think": deputy_think, "seed": seed + 1000 + i}])
    return [j for j in jobs if j]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pg", default=DEFAULT_PG, help=f"PostgreSQL database, rebuilt (default {DEFAULT_PG})")
    parser.add_argument("--sqlite", default=str(CACHE / "load.sqlite3"), help="SQLite file, rebuilt")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--teachers", type=int, default=100)
    parser.add_argument("--procs", type=int, default=4, help="worker processes for the PostgreSQL teachers")
    parser.add_argument("--think", type=float, default=2.0,
                        help="mean pause between a teacher's saves, s (0: as fast as possible)")
    parser.add_argument("--sqlite-writers", type=int, default=3)
    parser.add_argument("--deputies", type=int, default=2,
                        help="deputies going through the reports (0..2: the deputy's and the director's accounts)")
    parser.add_argument("--deputy-think", type=float, default=2.0,
                        help="mean pause after each report, s (0: one report after another)")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=DEFAULT_TODAY)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-pg", action="store_true")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--reuse", action="store_true", help="do not rebuild the databases")
    args = parser.parse_args()
    print(f"bench_load: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}", flush=True)
    if not args.skip_pg:
        print(f"PostgreSQL: {args.pg}", flush=True)
        if not args.reuse:
            prepare(args.pg, args.teachers, args.today)
        teachers = args.teachers
        readers = ["deputy", "director"][: max(0, min(2, args.deputies))]
        room = pg_room(args.pg) - len(readers) - 3  # the deputies, the final check, a margin for others
        if teachers > room:
            print(f"  the server takes only {room + len(readers)} more connections (max_connections): running {room} "
                  f"teachers instead of {teachers}. A school with {teachers} people working at once needs "
                  "max_connections of about 2 × staff (or a pooler such as pgbouncer).", flush=True)
            teachers = room
        jobs = plan_jobs(args.pg, teachers, args.procs, readers, args.today, args.seed, args.deputy_think)
        run_load("PostgreSQL", args.pg, jobs, args.seconds, args.think, args.today)
    if not args.skip_sqlite:
        print(f"\nSQLite: {args.sqlite}", flush=True)
        if not args.reuse:
            prepare(args.sqlite, 0, args.today)
        jobs = plan_jobs(args.sqlite, args.sqlite_writers, args.sqlite_writers,
                         ["deputy"][: max(0, min(1, args.deputies))], args.today, args.seed, args.deputy_think)
        run_load("SQLite (one file, one process per window)", args.sqlite, jobs, args.seconds, args.think,
                 args.today)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
