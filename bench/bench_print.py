"""Benchmark (not a test): the bound journals of every class of the ``school`` demo, one year.

For each class of the demo year: gather the data (``services.printdata.collect``),
plan the pages (``printing.journal.plan_journal``) and draw the PDF (reportlab
canvas, into memory unless ``--out`` names a folder).  Prints pages per second
(overall and per step) and the peak memory of the process.

Usage::

    python bench/bench_print.py                      # builds bench/.cache/school.sqlite3 once
    python bench/bench_print.py --db journal.sqlite3 # any journal
    python bench/bench_print.py --out /tmp/journals  # also write the PDFs
    python bench/bench_print.py --tracemalloc        # Python-level peak too (slower)

Goals (issue 6): ≥ 100 pages/s and < 500 MB peak.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ejournal_desktop.printing.fonts import register_fonts
from ejournal_desktop.printing.journal import plan_journal
from ejournal_desktop.services.printdata import classes_of_year, collect, default_year
from ejournal_desktop.store.database import connect, open_journal, parse_target

CACHE = Path(__file__).resolve().parent / ".cache"
DEMO_TODAY = dt.date(2026, 5, 20)  # as bench_store.py: the cache file is shared
GOAL_PAGES_PER_S = 100.0
GOAL_PEAK_MB = 500.0


def ensure_db(spec: str | None, size: str) -> str:
    if spec:
        return spec
    path = CACHE / f"{size}.sqlite3"
    if not path.exists():
        from ejournal_desktop.services.demo import build_demo

        CACHE.mkdir(exist_ok=True)
        started = time.perf_counter()
        db = connect(parse_target(str(path)), create=True)
        build_demo(db, size=size, seed=1, today=DEMO_TODAY, progress=lambda *m: print("  ", *m, file=sys.stderr))
        db.close()
        print(f"built the {size} demo in {time.perf_counter() - started:.0f} s: {path}")
    return str(path)


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="journal (default: the cached demo)")
    ap.add_argument("--size", default="school", choices=("small", "school", "large"))
    ap.add_argument("--out", type=Path, help="write the PDFs into this folder")
    ap.add_argument("--tracemalloc", action="store_true", help="also measure the Python-level peak")
    ap.add_argument("--today", type=dt.date.fromisoformat, default=DEMO_TODAY,
                    help="the date the journals are printed on (default: the demo's today)")
    args = ap.parse_args()

    db = open_journal(ensure_db(args.db, args.size))
    year_id = default_year(args.today)
    classes = classes_of_year(year_id)
    register_fonts()  # once per process; not part of the figures
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    if args.tracemalloc:
        tracemalloc.start()
    rss_before = peak_rss_mb()
    t_collect = t_plan = t_render = 0.0
    pages = 0
    cpu_start = time.process_time()
    biggest = (0, "")
    print(f"{'класс':<14} {'листов':>6} {'данные, с':>10} {'план, с':>8} {'PDF, с':>7} {'листов/с':>9} {'КБ':>7}")
    for class_id, name in classes:
        t0 = time.perf_counter()
        data = collect(class_id, today=args.today)
        t1 = time.perf_counter()
        doc = plan_journal(data)
        t2 = time.perf_counter()
        out = io.BytesIO()
        n = doc.render(out)
        t3 = time.perf_counter()
        if args.out:
            (args.out / f"journal-{name}.pdf").write_bytes(out.getvalue())
        size_kb = len(out.getvalue()) / 1024
        t_collect += t1 - t0
        t_plan += t2 - t1
        t_render += t3 - t2
        pages += n
        biggest = max(biggest, (n, name))
        print(f"{name:<14} {n:>6} {t1 - t0:>10.3f} {t2 - t1:>8.3f} {t3 - t2:>7.3f} {n / (t3 - t0):>9.0f} "
              f"{size_kb:>7.0f}")
        del data, doc, out
    total = t_collect + t_plan + t_render
    cpu = time.process_time() - cpu_start
    print()
    print(f"journals: {len(classes)} classes, {pages} pages (largest: {biggest[1]}, {biggest[0]} pages)")
    print(f"time: {total:.2f} s = data {t_collect:.2f} + planning {t_plan:.2f} + drawing {t_render:.2f}")
    rate = pages / total if total else 0.0
    print(f"pages per second: {rate:.0f} overall; drawing alone {pages / t_render:.0f}"
          if t_render else f"pages per second: {rate:.0f}")
    print(f"CPU time: {cpu:.2f} s → {pages / cpu:.0f} pages per CPU-second "
          "(the figure to trust on a busy machine; load average now "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())})")
    peak = peak_rss_mb()
    print(f"peak memory (RSS of the process): {peak:.0f} MB (before printing: {rss_before:.0f} MB)")
    if args.tracemalloc:
        _, traced = tracemalloc.get_traced_memory()
        print(f"peak Python allocations (tracemalloc): {traced / 1024 / 1024:.0f} MB")
    cpu_rate = pages / cpu if cpu else 0.0
    ok = max(rate, cpu_rate) >= GOAL_PAGES_PER_S and peak < GOAL_PEAK_MB
    print(f"goal ≥ {GOAL_PAGES_PER_S:.0f} pages/s and < {GOAL_PEAK_MB:.0f} MB: {'met' if ok else 'NOT met'}"
          + (" (on CPU time: the machine is busy)" if ok and rate < GOAL_PAGES_PER_S else ""))
    db.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
