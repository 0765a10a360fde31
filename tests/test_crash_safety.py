"""No acknowledged save is lost when the program dies (DESIGN §4, §6; issue 8).

A child process (tests/crash_writer.py) logs in as a teacher and saves cells
through ``services.journal.set_cell`` in a loop, printing each save only after
the service returned.  The test kills it with SIGKILL at random moments, 20
times, on SQLite (WAL, synchronous=FULL) and on PostgreSQL, then checks that

* every cell holds what its last acknowledged save wrote (or the save that was
  in flight when the process died — it may or may not have committed);
* every audit entry of every acknowledged save is there, for the right cell;
* the database is sound: ``PRAGMA integrity_check`` on SQLite, ``run_check`` clean.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.check import run_check
from ejournal_desktop.services.journal import read_cell
from ejournal_desktop.store.models import AuditEntry, Lesson, db_proxy
from tests.factory import FRI, MON, PASSWORD, WED, build_school

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL: POSIX only")

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 20
TODAY = dt.date(2025, 10, 20)
Cell = tuple[str, int, int]


def _read_lines(stream: object, out: list[str], ready: threading.Event) -> None:
    for raw in stream:  # type: ignore[attr-defined]
        line = raw.decode("utf-8", "replace")
        if not line.endswith("\n"):
            break  # cut off by the kill: never acknowledged
        out.append(line)
        if '"ready"' in line:
            ready.set()


def _run_once(config: Path, seed: int, rng: random.Random) -> list[dict[str, object]]:
    data = json.loads(config.read_text(encoding="utf-8"))
    data["seed"] = seed
    config.write_text(json.dumps(data), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(config)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    lines: list[str] = []
    ready = threading.Event()
    reader = threading.Thread(target=_read_lines, args=(proc.stdout, lines, ready), daemon=True)
    reader.start()
    try:
        if not ready.wait(30):
            proc.kill()
            proc.wait()
            pytest.fail("crash_writer did not start: " + proc.stderr.read().decode("utf-8", "replace"))  # type: ignore[union-attr]
        time.sleep(rng.uniform(0.02, 0.5))
        assert proc.poll() is None, proc.stderr.read().decode("utf-8", "replace")  # type: ignore[union-attr]
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        reader.join(10)
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL
    return [json.loads(line) for line in lines]


def test_no_acknowledged_save_is_lost_on_sigkill(journal: Actor, db_spec: str, tmp_path: Path) -> None:
    school = build_school(journal)
    students = school.students["5А"]
    slots = [
        [(day + dt.timedelta(weeks=week)).isoformat(), number, student]
        for week in range(4) for day, number in ((MON, 1), (WED, 2), (FRI, 3)) for student in students
    ]
    config = tmp_path / "writer.json"
    config.write_text(json.dumps({
        "db": db_spec, "login": "ivanova", "password": PASSWORD, "assignment": school.a["math5"],
        "today": TODAY.isoformat(), "seed": 0, "slots": slots,
    }), encoding="utf-8")
    rng = random.Random(20250908)
    # what each cell may hold: its last acknowledged value, plus any save in flight after it
    possible: dict[Cell, set[str]] = {}
    acknowledged: list[tuple[Cell, list[int]]] = []
    started = time.monotonic()
    killed_mid_save = 0
    for run in range(KILLS):
        records = _run_once(config, run, rng)
        in_flight: tuple[Cell, str] | None = None
        for record in records:
            if "try" in record:
                cell_list = record["try"]
                assert isinstance(cell_list, list)
                in_flight = ((str(cell_list[0]), int(cell_list[1]), int(cell_list[2])), str(record["text"]))
            elif "ok" in record:
                assert in_flight is not None
                cell, wanted = in_flight
                assert str(record["text"]) == wanted, record
                possible[cell] = {wanted}
                audit_ids = record["audit"]
                assert isinstance(audit_ids, list)
                acknowledged.append((cell, [int(i) for i in audit_ids]))
                in_flight = None
        if in_flight is not None:  # died inside set_cell: either outcome is allowed
            cell, wanted = in_flight
            possible.setdefault(cell, {""}).add(wanted)
            killed_mid_save += 1
    elapsed = time.monotonic() - started
    print(f"{KILLS} kills in {elapsed:.1f} s: {len(acknowledged)} acknowledged saves, "
          f"{killed_mid_save} kills inside set_cell")
    assert len(acknowledged) >= KILLS, "the writer barely wrote anything"

    db = db_proxy.obj
    assert db is not None
    db.close()
    db.connect()
    lessons = {
        (d.isoformat() if isinstance(d, dt.date) else str(d), int(n)): int(i)
        for i, d, n in Lesson.select(Lesson.id, Lesson.date, Lesson.number)
        .where(Lesson.assignment == school.a["math5"]).tuples()
    }
    for cell, allowed in possible.items():
        day, number, student = cell
        lesson = lessons.get((day, number))
        text = read_cell(lesson, student).text
        assert text in allowed, (cell, text, allowed)
    for cell, ids in acknowledged:
        day, number, student = cell
        for entry in AuditEntry.select().where(AuditEntry.id.in_(ids)):
            assert (entry.lesson, entry.student) == (lessons[(day, number)], student)
        assert AuditEntry.select().where(AuditEntry.id.in_(ids)).count() == len(ids), cell
    if db_spec.endswith(".sqlite3"):
        assert db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    report = run_check(db)
    assert report.ok, report.problems
