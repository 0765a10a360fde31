"""How many SQL statements a journal page costs — a count, not a timing.

``load_page`` reads the page's rows in a few set-based statements and the facts
behind its permission and lock checks in a few more (store/page_queries.py).
These tests fail when someone adds a query per row, per column or per check:
the count must stay under the ceiling and must not grow with the page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ejournal_desktop.services import journal, periods, structure
from ejournal_desktop.services.page import load_page
from ejournal_desktop.store.models import db_proxy
from tests.factory import MON, School

# the page with its locks and settings, the actor's standing, the calendar (timetable, holidays,
# substitutions), students, lessons, kinds of work, marks, absences, period marks
CEILING = 9
TODAY = dt.date(2025, 10, 20)  # late in the 1st quarter: most of its lessons are held


@contextmanager
def counting() -> Iterator[list[str]]:
    """Every SQL statement sent while the block runs (peewee sends all of them through execute_sql)."""
    db = db_proxy.obj
    sent: list[str] = []
    original = db.execute_sql

    def execute_sql(sql: str, *args: object, **kwargs: object) -> object:
        sent.append(sql)
        return original(sql, *args, **kwargs)

    db.execute_sql = execute_sql
    try:
        yield sent
    finally:
        del db.execute_sql


def statements(call: Callable[[], object]) -> list[str]:
    with counting() as sent:
        call()
    return list(sent)


def _page(s: School, who: str) -> list[str]:
    return statements(lambda: load_page(s.actors()[who], s.a["rus5"], s.periods[0], today=TODAY))


def _fill(s: School, weeks: int, *, first: int = 0, extras: bool = True) -> None:
    """Marks and absences for every student in every Russian lesson of ``weeks`` weeks from week
    ``first``, and (``extras``) a substitution and period marks: a fuller page of the same assignment."""
    pupils = s.students["5А"]
    for week in range(first, first + weeks):
        for day in (MON + dt.timedelta(days=7 * week + 1), MON + dt.timedelta(days=7 * week + 3)):
            for i, student in enumerate(pupils):
                journal.set_cell(s.petrov, s.a["rus5"], day, 1, student, "н" if i == 0 else str(3 + i % 3),
                                 today=TODAY)
    if not extras:
        return
    structure.assign_substitute(s.deputy, s.a["rus5"], MON + dt.timedelta(days=22), 1, s.sidorova.user_id,
                                "болезнь")
    for student in pupils[:3]:
        periods.put_period_mark(s.petrov, s.a["rus5"], student, "quarter", "4", period_id=s.periods[0])


def test_every_role_loads_a_page_within_the_ceiling(school: School) -> None:
    _fill(school, 2)
    for who in ("admin", "director", "deputy", "ivanova", "petrov"):
        sent = _page(school, who)
        assert len(sent) <= CEILING, f"{who}: {len(sent)} statements:\n" + "\n".join(sent)


def test_statements_do_not_grow_with_the_page(school: School) -> None:
    _fill(school, 1, extras=False)
    small = _page(school, "petrov")
    _fill(school, 4, first=1)
    page = load_page(school.petrov, school.a["rus5"], school.periods[0], today=TODAY)
    assert sum(len(c.marks) for c in page.cells.values()) >= 5 * 2 * 5  # the page did grow
    assert any(c.substituted for c in page.columns) and page.period_marks
    big = _page(school, "petrov")
    assert len(big) == len(small), "\n".join(big)
    for who in ("admin", "ivanova"):  # the same for the administration and the homeroom teacher
        assert len(_page(school, who)) == len(big)


def test_locks_cost_no_extra_statements(school: School) -> None:
    """A closed period, an editing window and a certified year are read with the page, not per column."""
    _fill(school, 3)
    before = len(_page(school, "petrov"))
    structure.set_setting(school.admin, "edit_window_days", 3)
    periods.close_period(school.deputy, school.periods[0])
    from ejournal_desktop.services import certification

    certification.certify(school.director, school.classes["5А"], school.year, today=TODAY)
    page = load_page(school.petrov, school.a["rus5"], school.periods[0], today=TODAY)
    assert all(not c.can_edit_marks for c in page.columns)
    assert len(_page(school, "petrov")) == before


def test_substitute_sees_the_page_with_one_statement_more(school: School) -> None:
    """Сидорова teaches only 6А; a substitution lets her open the Russian page of 5А: the one
    extra statement is the check that she substitutes there at all."""
    _fill(school, 1)
    sent = _page(school, "sidorova")
    assert len(sent) <= CEILING + 1, "\n".join(sent)


# --- saving one cell ---------------------------------------------------------------------------------------

# facts (assignment, period, certification, enrolment, work kind, settings), the lesson (locked), the
# cell, the actor's standing, the write, its audit entry, the cell read back
SAVE_CEILING = 7


def _work(sent: list[str]) -> list[str]:
    """The statements that read or write (not the transaction's own BEGIN/SAVEPOINT/COMMIT)."""
    control = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")
    return [q for q in sent if not q.lstrip().upper().startswith(control)]


def test_saving_a_cell_costs_a_fixed_number_of_statements(school: School) -> None:
    """The grid's hottest write: a new mark, a changed mark and an absence in a held lesson each cost
    the same few statements, whatever the school's settings or the page's size."""
    pupils = school.students["5А"]
    day = MON + dt.timedelta(days=1)
    journal.set_cell(school.petrov, school.a["rus5"], day, 1, pupils[0], "5", today=TODAY)  # the lesson exists
    structure.set_setting(school.admin, "edit_window_days", 90)
    structure.set_setting(school.admin, "homeroom_may_correct_marks", True)
    for student, text in ((pupils[1], "4"), (pupils[0], "3"), (pupils[2], "н")):
        sent = _work(statements(lambda s=student, t=text: journal.set_cell(  # type: ignore[misc]
            school.petrov, school.a["rus5"], day, 1, s, t, today=TODAY)))
        writes = [q for q in sent if not q.lstrip().upper().startswith("SELECT")]
        assert len(writes) == 2, "\n".join(sent)  # the mark or absence and its audit entry
        assert len(sent) <= SAVE_CEILING, f"{len(sent)} statements:\n" + "\n".join(sent)
    _fill(school, 4, first=1)
    sent = _work(statements(lambda: journal.set_cell(school.petrov, school.a["rus5"], day, 1, pupils[3], "5",
                                                     today=TODAY)))
    assert len(sent) <= SAVE_CEILING, "\n".join(sent)
