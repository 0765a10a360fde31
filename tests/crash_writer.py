"""The child process of tests/test_crash_safety.py: a teacher saving marks until killed.

Usage: ``python tests/crash_writer.py CONFIG.json``, where the config holds
``db`` (a SQLite path or a PostgreSQL URL), ``login``, ``password``,
``assignment``, ``today`` (ISO date), ``seed`` and ``slots`` (``[date, number,
student]`` lists).  It logs in through the services, prints ``{"ready": true}``,
then loops forever: picks a cell and a text, prints the intent
(``{"try": …}``), calls ``services.journal.set_cell`` and, only after it has
returned, prints the acknowledgement (``{"ok": …}``) with what the cell now holds
and the ids of the audit entries written.  Every line is flushed at once: a line
the test has read is a save the user would have seen as done.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ejournal_desktop.domain.marks import parse_cell
from ejournal_desktop.services import auth, journal
from ejournal_desktop.store.database import open_journal

TEXTS = ("5", "4", "3", "2", "5 4", "4 3", "н", "5н", "б", "2 у", "")


def emit(record: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main() -> int:
    config = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    # the hashes in the test journal are cheap argon2id: verify them without rehashing
    auth.configure_hasher(time_cost=1, memory_cost=1024)
    open_journal(config["db"])
    actor = auth.login(config["login"], config["password"]).actor
    assignment = int(config["assignment"])
    today = dt.date.fromisoformat(config["today"])
    slots = [(dt.date.fromisoformat(d), int(n), int(s)) for d, n, s in config["slots"]]
    rng = random.Random(int(config["seed"]))
    emit({"ready": True})
    while True:
        day, number, student = rng.choice(slots)
        text = rng.choice(TEXTS)
        cell = [day.isoformat(), number, student]
        emit({"try": cell, "text": parse_cell(text).text()})
        change = journal.set_cell(actor, assignment, day, number, student, text, today=today)
        emit({"ok": cell, "text": change.after.text, "audit": change.audit_ids})


if __name__ == "__main__":
    raise SystemExit(main())
