"""Figures for the journal grid (not a test): how fast a teacher sees and fills a page.

    python bench/bench_grid.py [--db JOURNAL] [--size large] [--runs 15]

Measures, on the real JournalTab (offscreen Qt):

* **open a page** — choose a class/subject: ``load_page`` + model reset + a forced
  paint of the grid (``grab()`` of both grid views);
* **one keystroke** — «5» on a selected cell: undo command → ``set_cell`` → the
  cell and the row's means repainted;
* **scroll** — the whole width of the page, one screen per step, each step repainted.

Pages: the biggest page of the journal given by ``--db`` (default
``bench/demo_<size>.sqlite3``, built with ``services.demo.build_demo`` when
missing), and always a synthetic 35 × 150 page built here with bulk inserts.
Goals: < 100 ms to a painted grid, < 20 ms a save.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

GOAL_OPEN_MS = 100.0
GOAL_SAVE_MS = 20.0


def ms(seconds: float) -> float:
    return seconds * 1000.0


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return ms(time.perf_counter() - start)


# --- the journals to measure -----------------------------------------------------------------


def open_or_build_demo(path: Path, size: str) -> None:
    from ejournal_desktop.store.database import connect, open_journal, parse_target

    if path.exists():
        open_journal(str(path))
        return
    try:
        from ejournal_desktop.services import demo
    except ImportError as exc:  # the demo generator is not part of this tree
        raise SystemExit(f"нет {path} и нет services.demo: {exc}") from exc
    print(f"Строю демонстрационную школу «{size}» в {path} (один раз)…", flush=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    db = connect(parse_target(str(path)), create=True)
    demo.build_demo(db, size=size, progress=lambda text: print("  " + text, flush=True))
    print(f"  готово за {time.perf_counter() - started:.0f} с", flush=True)


def biggest_page() -> tuple[int, int, int, dt.date]:
    """(assignment, period, teacher, today): the biggest page of the current period.

    The current period (the one holding today) has cells a teacher may still fill;
    when today is outside every period, the biggest page of the latest year.
    """
    from peewee import fn

    from ejournal_desktop.store.models import AcademicYear, Assignment, Enrollment, Lesson, Period

    year = AcademicYear.select().order_by(AcademicYear.start.desc()).first()
    best: tuple[int, int, int, int] | None = None
    per_period = (
        Lesson.select(Lesson.assignment, Period.id, fn.COUNT(Lesson.id))
        .join(Period, on=(Lesson.date.between(Period.start, Period.end)))
        .join(Assignment, on=(Lesson.assignment == Assignment.id))
        .where((Period.year == year.id) & (Assignment.year == year.id))
        .group_by(Lesson.assignment, Period.id).tuples()
    )
    sizes = {
        int(c): int(n) for c, n in Enrollment.select(Enrollment.school_class, fn.COUNT(Enrollment.id))
        .group_by(Enrollment.school_class).tuples()
    }
    classes = {int(a): (int(c), int(t)) for a, c, t in Assignment.select(
        Assignment.id, Assignment.school_class, Assignment.teacher)
        .where(Assignment.year == year.id).tuples()}
    today = min(dt.date.today(), year.end)
    current = {int(p) for (p,) in Period.select(Period.id).where(
        (Period.year == year.id) & (Period.start <= today) & (Period.end >= today)).tuples()}
    for aid, pid, lessons in per_period:
        if current and int(pid) not in current:
            continue
        cid, teacher = classes[int(aid)]
        cells = lessons * sizes.get(cid, 0)
        if best is None or cells > best[0]:
            best = (cells, int(aid), int(pid), teacher)
    assert best is not None, "в журнале нет уроков"
    return best[1], best[2], best[3], today


def build_synthetic(path: Path) -> tuple[int, int, int, dt.date]:
    """A class of 35 with a subject every school day of a year-long period (~150 lessons)."""
    from ejournal_desktop.services import accounts, structure
    from ejournal_desktop.services.bootstrap import initialize
    from ejournal_desktop.services.permissions import Role
    from ejournal_desktop.store.database import connect, parse_target, write_transaction
    from ejournal_desktop.store.models import Absence, Lesson, Mark, WorkKind

    db = connect(parse_target(str(path)), create=True)
    admin = initialize(db, school_name="Школа для замеров", admin_login="admin",
                       admin_password="admin-pass1", check_password=False)
    start, end = dt.date(2025, 9, 1), dt.date(2026, 5, 31)
    weekdays = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    days = [d for d in weekdays if d.weekday() < 5][:150]
    year = structure.create_year(admin, "2025/2026", start, end, period_kind="half")
    # one long period of exactly 150 school days: a page of 35 × 150
    period = structure.add_period(admin, year, 1, "Учебный год", start, days[-1])
    subject = structure.create_subject(admin, "Математика")
    klass = structure.create_class(admin, year, 7, "Б")
    teacher = accounts.create_user(admin, "teacher", "Учителева", "Анна", "Петровна",
                                   [Role.TEACHER]).user_id
    rnd = random.Random(7)
    surnames = ["Алексеев", "Борисов", "Волков", "Гусев", "Денисов", "Егоров", "Жуков",
                "Зайцев", "Ильин", "Козлов", "Лебедев", "Морозов", "Новиков", "Орлов",
                "Павлов", "Романов", "Семёнов", "Тихонов", "Устинов", "Фролов", "Харитонов",
                "Цветков", "Чернов", "Шубин", "Щукин", "Юдин", "Яковлев", "Абрамов", "Белов",
                "Виноградов", "Голубев", "Дроздов", "Ефимов", "Жданов", "Зуев"]
    students = [structure.enroll_new_student(
        admin, klass, surname, rnd.choice(["Иван", "Пётр", "Олег", "Глеб", "Лев"]), "",
        birth_date=dt.date(2012, 1, 1) + dt.timedelta(days=i), personal_file_no=f"Б-{i:03d}",
        date_from=start) for i, surname in enumerate(surnames)]
    assignment = structure.create_assignment(admin, teacher, subject, klass, 5)
    for weekday in range(1, 6):
        structure.add_timetable_entry(admin, assignment, weekday, 2, valid_from=start)
    answer = WorkKind.get(WorkKind.code == "answer").id
    today = days[-1] + dt.timedelta(days=1)
    with write_transaction():
        Lesson.insert_many([{"assignment": assignment, "date": d, "number": 2, "teacher": teacher,
                             "topic": f"Тема {i + 1}"} for i, d in enumerate(days)]).execute()
        lesson_ids = [int(i) for (i,) in Lesson.select(Lesson.id).order_by(Lesson.date).tuples()]
        marks, absences = [], []
        for lid in lesson_ids:
            for sid in students:
                roll = rnd.random()
                if roll < 0.05:
                    absences.append({"lesson": lid, "student": sid, "code": "н", "created_by": teacher})
                elif roll < 0.35:
                    marks.append({"lesson": lid, "student": sid, "value": str(rnd.choice("23445")),
                                  "weight": 1, "work_kind": answer, "created_by": teacher})
        for i in range(0, len(marks), 500):
            Mark.insert_many(marks[i:i + 500]).execute()
        for i in range(0, len(absences), 500):
            Absence.insert_many(absences[i:i + 500]).execute()
    return assignment, period, teacher, today


# --- the measurements ---------------------------------------------------------------------------


def press(widget: object, char: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, ord(char), Qt.KeyboardModifier.NoModifier,
                                                 char))


Row = tuple[str, str, list[float], str]


def measure(label: str, assignment: int, period: int, teacher: int, today: dt.date,
            runs: int) -> list[Row]:
    from ejournal_desktop.services import journal
    from ejournal_desktop.services.access import actor_for, standing
    from ejournal_desktop.services.page import load_page
    from ejournal_desktop.store.models import User
    from ejournal_desktop.ui.journal_tab import JournalTab
    from ejournal_desktop.ui.session import Session

    actor = actor_for(User.get_by_id(teacher))
    session = Session(actor, standing(actor).roles, "bench", today=lambda: today)
    tab = JournalTab(session)
    tab.resize(1366, 768)
    tab.show()
    QApplication.processEvents()
    if not tab.open_lesson(assignment, *_first_lesson(assignment, period)):
        raise SystemExit(f"{label}: страница не открылась")
    QApplication.processEvents()
    page = tab.model.page
    assert page is not None
    shape = f"{len(page.rows)} × {len(page.columns)}"

    def paint() -> None:
        tab.view.grab()
        tab.summary_view.grab()

    open_times = [timed(lambda: (tab.load(), paint())) for _ in range(runs)]
    service = [timed(lambda: load_page(actor, assignment, period, today=today))
               for _ in range(runs)]
    reset = [timed(lambda: tab.model.set_page(tab.model.page)) for _ in range(runs)]
    painting = [timed(paint) for _ in range(runs)]

    # one keystroke on an empty editable cell of an open column: saved, then the dirty
    # cells (the cell, the row's means) repainted by the event loop
    model = tab.model
    page = model.page
    assert page is not None
    targets = [(r, c) for c, col in enumerate(page.columns) if col.can_edit_marks
               for r in range(len(page.rows)) if model.editable(r, c) and not model.cell_text(r, c)]
    rnd = random.Random(3)
    rnd.shuffle(targets)
    save_times: list[float] = []
    for r, c in targets[:runs]:
        index = model.index(r, c)
        tab.view.setCurrentIndex(index)
        tab.view.scrollTo(index)
        QApplication.processEvents()

        def keystroke() -> None:
            press(tab.view, "5")
            QApplication.processEvents()

        save_times.append(timed(keystroke))
        if model.cell_text(r, c) != "5":
            raise SystemExit(f"{label}: отметка не сохранилась ({tab.status.text()})")
    set_cell_times: list[float] = []
    for r, c in targets[runs:2 * runs]:
        col, row = page.columns[c], page.rows[r]
        started = time.perf_counter()
        journal.set_cell(actor, assignment, col.date, col.number, row.student_id, "4",
                         today=today)
        set_cell_times.append(ms(time.perf_counter() - started))

    # scrolling through every column, a screen at a time, each step repainted
    bar = tab.view.horizontalScrollBar()
    bar.setValue(0)
    QApplication.processEvents()
    step = max(1, bar.pageStep())
    per_screen: list[float] = []
    value = 0
    while value <= bar.maximum():
        started = time.perf_counter()
        bar.setValue(value)
        tab.view.viewport().repaint()
        per_screen.append(ms(time.perf_counter() - started))
        value += step
    tab.close()
    tab.deleteLater()
    QApplication.processEvents()
    opened = statistics.median(open_times)
    rows: list[Row] = [
        (label, f"открыть страницу {shape}: загрузка + модель + отрисовка", open_times,
         "OK" if opened < GOAL_OPEN_MS else "медленно"),
        (label, "  load_page (сервис)", service, ""),
        (label, "  сброс модели (данные подготовлены для data())", reset, ""),
        (label, "  отрисовка сетки (grab() обеих частей)", painting, ""),
    ]
    if save_times:
        saved = statistics.median(save_times)
        rows.append((label, "нажатие «5» → сохранено и показано", save_times,
                     "OK" if saved < GOAL_SAVE_MS else "медленно"))
        rows.append((label, "  из них set_cell (сервис, запись с fsync)", set_cell_times, ""))
    rows.append((label, f"прокрутка: экран столбцов с перерисовкой ({len(per_screen)} экр.)",
                 per_screen, ""))
    return rows


def _first_lesson(assignment: int, period: int) -> tuple[dt.date, int]:
    from ejournal_desktop.store.models import Lesson, Period

    p = Period.get_by_id(period)
    row = (Lesson.select(Lesson.date, Lesson.number)
           .where((Lesson.assignment == assignment) & Lesson.date.between(p.start, p.end))
           .order_by(Lesson.date.desc()).tuples().first())
    assert row is not None
    return row[0], int(row[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="журнал (SQLite-файл или postgresql://…)")
    parser.add_argument("--size", default="large", help="размер демо-школы, если --db нет")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--synthetic-only", action="store_true")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    app.setOrganizationName("ejournal-bench")
    from ejournal_desktop.services import auth
    from ejournal_desktop.store.models import db_proxy

    auth.configure_hasher(time_cost=1, memory_cost=1024)
    results: list[Row] = []
    if not args.synthetic_only:
        target = args.db or str(Path(__file__).resolve().parent / f"demo_{args.size}.sqlite3")
        if "://" in target:
            from ejournal_desktop.store.database import open_journal

            open_journal(target)
        else:
            open_or_build_demo(Path(target), args.size)
        aid, pid, teacher, today = biggest_page()
        results += measure("демо", aid, pid, teacher, today, args.runs)
        db_proxy.obj.close()
    with tempfile.TemporaryDirectory() as tmp:
        aid, pid, teacher, today = build_synthetic(Path(tmp) / "synthetic.sqlite3")
        results += measure("35×150", aid, pid, teacher, today, args.runs)
        db_proxy.obj.close()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\nПроцессоров: {os.cpu_count()}, средняя загрузка: {load:.1f}; замеров: {args.runs}")
    print(f"{'журнал':<7} {'замер':<58} {'медиана':>8} {'мин':>7} {'макс':>7}  цель")
    print("-" * 100)
    for label, what, values, verdict in results:
        print(f"{label:<7} {what:<58} {statistics.median(values):>8.1f} {min(values):>7.1f} "
              f"{max(values):>7.1f}  {verdict}")
    print(f"\nВремя в мс. Цели: страница на экране < {GOAL_OPEN_MS:.0f} мс, "
          f"сохранение < {GOAL_SAVE_MS:.0f} мс.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
