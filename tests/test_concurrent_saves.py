"""Two people saving into one lesson at the same moment, on their own connections.

The grid sends the token of the cell as the user saw it; a save that started from an
old token must be refused as a conflict even when the other save has not committed
yet when this one starts — never overwrite it silently.  And two people opening the
same new lesson at once must both get their marks in (one lesson, one entry
«урок создан»), not a database error.

Each test holds the first save open inside its transaction (its audit entry written,
the commit not yet made) while the second runs on another connection, then lets the
first commit.  On SQLite the second waits at BEGIN (one writer at a time); on
PostgreSQL it waits for the lesson's row lock — that wait is what these tests prove.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ejournal_desktop.services import audit, journal
from ejournal_desktop.services.errors import ConflictError
from ejournal_desktop.store.models import AuditEntry, Lesson, db_proxy
from tests.factory import MON, School, build_school

TODAY = MON.replace(day=20)
TUESDAY = MON.replace(day=9)


@pytest.fixture
def shared_school(journal: Any) -> Iterator[School]:
    """The factory school in a journal whose writes really commit (other connections see them)."""
    yield build_school(journal)


class HeldSave:
    """Runs a service call in a thread whose transaction stops right after its first audit entry,
    until :meth:`release`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, call: Callable[[], Any]) -> None:
        self.inside = threading.Event()
        self.go_on = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        original = audit.record
        held = self

        def record(*args: Any, **kwargs: Any) -> int:
            entry = original(*args, **kwargs)
            if threading.current_thread() is held.thread and not held.inside.is_set():
                held.inside.set()
                assert held.go_on.wait(30)
            return entry

        monkeypatch.setattr(audit, "record", record)
        self.thread = threading.Thread(target=self._run, args=(call,), daemon=True)

    def _run(self, call: Callable[[], Any]) -> None:
        try:
            self.result = call()
        except BaseException as exc:  # reported to the test
            self.error = exc
        finally:
            db_proxy.obj.close()

    def start(self) -> None:
        self.thread.start()
        assert self.inside.wait(30), "the first save never reached its audit entry"

    def release(self) -> None:
        self.go_on.set()
        self.thread.join(30)
        assert not self.thread.is_alive()


def _in_thread(call: Callable[[], Any]) -> tuple[threading.Thread, dict[str, Any]]:
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["result"] = call()
        except BaseException as exc:
            out["error"] = exc
        finally:
            db_proxy.obj.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, out


def test_a_save_from_a_stale_token_is_refused_while_the_other_is_still_committing(
        shared_school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    s = shared_school
    pupil = s.students["5А"][0]
    aid = s.a["rus5"]
    seen = journal.set_cell(s.petrov, aid, TUESDAY, 1, pupil, "4", today=TODAY).after.token
    # the teacher in one window and the homeroom teacher's correction… both started from «4»
    first = HeldSave(monkeypatch, lambda: journal.set_cell(s.petrov, aid, TUESDAY, 1, pupil, "5",
                                                           expected=seen, today=TODAY))
    first.start()
    second, out = _in_thread(lambda: journal.set_cell(s.petrov, aid, TUESDAY, 1, pupil, "3",
                                                      expected=seen, today=TODAY))
    time.sleep(0.5)  # let the second save read and wait (not a timing assertion: either way it must refuse)
    first.release()
    second.join(30)
    assert first.error is None and first.result.after.text == "5"
    assert isinstance(out.get("error"), ConflictError), out
    assert out["error"].current.text == "5"
    db_proxy.obj.close()
    lesson = Lesson.get((Lesson.assignment == aid) & (Lesson.date == TUESDAY) & (Lesson.number == 1))
    assert journal.read_cell(int(lesson.id), pupil).text == "5"
    changes = AuditEntry.select().where((AuditEntry.action == "mark.change") & (AuditEntry.student == pupil))
    assert [json.loads(e.new)["value"] for e in changes] == ["5"]  # the refused save left no entry


def test_two_people_opening_the_same_new_lesson_both_save(
        shared_school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    s = shared_school
    first_pupil, second_pupil = s.students["5А"][:2]
    aid = s.a["rus5"]
    first = HeldSave(monkeypatch, lambda: journal.set_cell(s.petrov, aid, TUESDAY, 1, first_pupil, "5",
                                                           today=TODAY))
    first.start()  # the lesson row is inserted, not committed
    second, out = _in_thread(lambda: journal.set_cell(s.petrov, aid, TUESDAY, 1, second_pupil, "4",
                                                      today=TODAY))
    time.sleep(0.5)
    first.release()
    second.join(30)
    assert first.error is None, first.error
    assert "error" not in out, out.get("error")
    db_proxy.obj.close()
    lessons = list(Lesson.select().where((Lesson.assignment == aid) & (Lesson.date == TUESDAY)))
    assert len(lessons) == 1
    lid = int(lessons[0].id)
    assert journal.read_cell(lid, first_pupil).text == "5"
    assert journal.read_cell(lid, second_pupil).text == "4"
    created = AuditEntry.select().where((AuditEntry.action == "lesson.create") & (AuditEntry.lesson == lid))
    assert created.count() == 1
