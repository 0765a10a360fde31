"""Bad input everywhere (issue 8 §6): random sequences of actions, and a fuzzed backup reader.

**The state machine.**  Random users of the fixed school (tests/factory.py) do random
things to a handful of cells: ``set_cell`` with valid and invalid texts, with a
fresh, a stale or no token, with and without a reason; period marks (valid and
not); closing and reopening periods.  The same step runs on SQLite and on
PostgreSQL (each inside its own transaction, rolled back after the example).
After every step:

* a refused action (any ServiceError) changed nothing: every count, every cell,
  every period flag and period mark is what it was;
* a successful one added exactly as many audit entries as values changed (plus
  one when the lesson itself was created), and the cell reads back as written;
* users without the right never succeed; the admin never changes a cell without
  a reason; a stale token is always refused as a conflict;
* both databases agree: the same outcome and the same contents.

At the end of each example ``run_check`` is clean on both.

**The backup reader** gets random bytes, truncated real backups and real backups
with random bytes changed: it always answers with a BackupError (a StoreError
with a Russian message) or, when the change missed the content, with the very
same backup; never with another exception.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test
from peewee import Database

from ejournal_desktop.domain.errors import DomainError
from ejournal_desktop.domain.marks import parse_cell
from ejournal_desktop.services import backup as backups
from ejournal_desktop.services import journal as cells
from ejournal_desktop.services import periods
from ejournal_desktop.services.check import run_check
from ejournal_desktop.services.errors import ConflictError, ServiceError
from ejournal_desktop.store.database import StoreError, connect, parse_target
from ejournal_desktop.store.models import Absence, AuditEntry, Lesson, Mark, Period, PeriodMark, db_proxy
from tests.conftest import pg_available, pg_schema_url, require_pg
from tests.factory import MON, TUE, WED, School, build_school

TODAY = dt.date(2025, 11, 20)
LATER = MON + dt.timedelta(weeks=9)  # a Monday of the 2nd quarter
USERS = ("admin", "director", "deputy", "ivanova", "petrov", "sidorova")
# (assignment key, day, lesson number, index of the student in 5А)
CELLS: tuple[tuple[str, dt.date, int, int], ...] = (
    ("math5", MON, 1, 0), ("math5", MON, 1, 1), ("math5", WED, 2, 0), ("math5", LATER, 1, 0),
    ("rus5", TUE, 1, 0), ("rus5", TUE, 1, 1),
)
TEXTS = ("5", "4", "3 5", "н", "5н", "б", "2 у", "", "7", "0", "абв", "5 5 5 5 5", "4-", " 4 ", "оп", "55")
PERIOD_VALUES = ("5", "4", "н/а", "зач", "6", "", "4+", "осв")
# who may ever change a cell of the page (teacher, admin's correction, homeroom's attendance correction)
WRITERS = {"math5": {"ivanova", "admin"}, "rus5": {"petrov", "admin", "ivanova"}}


@dataclass
class Side:
    name: str
    db: Database
    school: School


def _build(spec: str, name: str) -> Side:
    from ejournal_desktop.services.bootstrap import initialize

    db = connect(parse_target(spec), create=True)
    admin = initialize(db, school_name="МБОУ «Тестовая школа»", admin_login="admin",
                       admin_password="admin-pass")
    return Side(name, db, build_school(admin))


@pytest.fixture(scope="module")
def twins(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Side]]:
    """The fixed school on SQLite and (when the server answers) on PostgreSQL."""
    sides = [_build(str(tmp_path_factory.mktemp("stateful") / "journal.sqlite3"), "sqlite")]
    cleanup: Iterator[str] | None = None
    if pg_available() is None:
        cleanup = pg_schema_url()
        sides.append(_build(next(cleanup), "postgresql"))
    yield sides
    for side in sides:
        side.db.close()
    if cleanup is not None:
        next(cleanup, None)


def _use(side: Side) -> None:
    db_proxy.initialize(side.db)


def _lesson_id(side: Side, key: str, day: dt.date, number: int) -> int | None:
    row = Lesson.select(Lesson.id).where(
        (Lesson.assignment == side.school.a[key]) & (Lesson.date == day) & (Lesson.number == number)
    ).tuples().first()
    return int(row[0]) if row else None


def _cell(side: Side, index: int) -> cells.CellState:
    key, day, number, who = CELLS[index]
    return cells.read_cell(_lesson_id(side, key, day, number), side.school.students["5А"][who])


def _snapshot(side: Side) -> tuple[Any, ...]:
    _use(side)
    return (
        tuple(_cell(side, i).text for i in range(len(CELLS))),
        Mark.select().count(), Absence.select().count(), Lesson.select().count(),
        PeriodMark.select().count(), AuditEntry.select().count(),
        tuple(bool(c) for (c,) in Period.select(Period.closed).order_by(Period.id).tuples()),
        tuple((int(s), str(k), int(p), str(v)) for s, k, p, v in PeriodMark.select(
            PeriodMark.student, PeriodMark.kind, PeriodMark.period_key, PeriodMark.value
        ).order_by(PeriodMark.student, PeriodMark.kind, PeriodMark.period_key).tuples()),
    )


def _audit_count() -> int:
    return int(AuditEntry.select().count())


def _values_changed(before: str, after: str) -> int:
    """Audit entries set_cell owes: one per mark position that differs, one for the absence."""
    old, new = parse_cell(before, allow_modifiers=True, lowest=1), parse_cell(after, allow_modifiers=True, lowest=1)
    old_marks, new_marks = [m.text for m in old.marks], [m.text for m in new.marks]
    count = sum(
        1 for i in range(max(len(old_marks), len(new_marks)))
        if (old_marks[i] if i < len(old_marks) else None) != (new_marks[i] if i < len(new_marks) else None)
    )
    return count + (1 if old.absence != new.absence else 0)


class JournalMachine(RuleBasedStateMachine):
    def __init__(self, sides: list[Side]) -> None:
        super().__init__()
        self.sides = sides
        self.txns: list[Any] = []
        self.tokens: dict[tuple[str, int], tuple[object, ...]] = {}  # as last read
        self.old_tokens: dict[tuple[str, int], tuple[object, ...]] = {}  # before the last change
        for side in sides:
            _use(side)
            txn = side.db.atomic()
            txn.__enter__()
            self.txns.append(txn)

    def teardown(self) -> None:
        try:
            for side in self.sides:
                _use(side)
                report = run_check(side.db)
                assert report.ok, (side.name, report.problems)
        finally:
            for side, txn in zip(self.sides, self.txns, strict=True):
                _use(side)
                txn.__exit__(RuntimeError, RuntimeError("откат примера"), None)  # rolls back

    # -- running one step on both databases --------------------------------------------------

    def _run(self, step: Callable[[Side], Any], check: Callable[[Side, Any, tuple[Any, ...]], None]) -> None:
        outcomes: list[tuple[str, Any]] = []
        for side in self.sides:
            before = _snapshot(side)
            audit_before = before[5]
            _use(side)
            try:
                result = step(side)
            except ServiceError as exc:
                assert re.search("[а-яё]", exc.message, re.IGNORECASE), exc.message
                assert _snapshot(side) == before, (side.name, "a refused action changed something", exc)
                outcomes.append(("refused", type(exc).__name__))
                continue
            _use(side)
            check(side, result, before)
            assert _audit_count() >= audit_before
            outcomes.append(("done", _snapshot(side)))
        # both databases agree: the same refusal, or the same contents afterwards (and a refusal
        # left each as it was, and they were the same before)
        assert all(o == outcomes[0] for o in outcomes), outcomes

    # -- rules ------------------------------------------------------------------------------------

    @rule(index=st.integers(0, len(CELLS) - 1))
    def read_token(self, index: int) -> None:
        for side in self.sides:
            _use(side)
            self.tokens[(side.name, index)] = _cell(side, index).token

    @rule(
        user=st.sampled_from(USERS), index=st.integers(0, len(CELLS) - 1), text=st.sampled_from(TEXTS),
        reason=st.sampled_from([None, "", "исправление ошибки"]),
        token=st.sampled_from(["none", "fresh", "stale"]),
    )
    def anyone_types_into_a_cell(self, user: str, index: int, text: str, reason: str | None, token: str) -> None:
        self._set_cell(user, index, text, reason, token)

    @rule(
        user=st.sampled_from(("ivanova", "petrov", "admin")), index=st.integers(0, len(CELLS) - 1),
        text=st.sampled_from(TEXTS), reason=st.sampled_from([None, "исправление ошибки"]),
        token=st.sampled_from(["none", "fresh", "fresh", "stale"]),
    )
    def a_writer_types_into_a_cell(self, user: str, index: int, text: str, reason: str | None, token: str) -> None:
        self._set_cell(user, index, text, reason, token)

    def _set_cell(self, user: str, index: int, text: str, reason: str | None, token: str) -> None:
        key, day, number, who = CELLS[index]
        try:
            wanted = parse_cell(text).text()
        except DomainError:
            wanted = None

        def step(side: Side) -> Any:
            s = side.school
            current = _cell(side, index)
            expected: tuple[object, ...] | None = None
            if token == "fresh":
                expected = current.token
            elif token == "stale":  # what the user saw before someone's last change (or last read)
                expected = self.old_tokens.get((side.name, index)) or self.tokens.get(
                    (side.name, index), ((), (None, 0)))
            stale = expected is not None and expected != current.token
            lesson_before = _lesson_id(side, key, day, number)
            try:
                change = cells.set_cell(
                    s.actors()[user], s.a[key], day, number, s.students["5А"][who], text,
                    expected=expected, reason=reason, today=TODAY,
                )
            except ConflictError:
                assert stale, "a conflict without a stale token"
                raise
            assert not stale or wanted is None, "a stale token was not refused"
            return change, current, lesson_before

        def check(side: Side, result: Any, before: tuple[Any, ...]) -> None:
            change, current, lesson_before = result
            assert wanted is not None, f"«{text}» was accepted"
            after = _cell(side, index)
            assert after.text == wanted == change.after.text  # reads back as written
            changed = _values_changed(current.text, wanted)
            created = 1 if lesson_before is None and changed else 0
            assert _audit_count() - before[5] == changed + created == len(change.audit_ids) + created
            if changed:
                assert user in WRITERS[key], f"{user} changed {key}"
                if user == "admin":
                    assert (reason or "").strip(), "the admin corrected without a reason"
            if changed:
                self.old_tokens[(side.name, index)] = current.token
            self.tokens[(side.name, index)] = after.token

        self._run(step, check)

    @rule(
        user=st.sampled_from(USERS), who=st.integers(0, 2), value=st.sampled_from(PERIOD_VALUES),
        quarter=st.integers(0, 1), reason=st.sampled_from([None, "исправление"]),
    )
    def period_mark(self, user: str, who: int, value: str, quarter: int, reason: str | None) -> None:
        def step(side: Side) -> Any:
            s = side.school
            pid = s.periods[quarter]
            student = s.students["5А"][who]
            old = periods.read_period_mark(student, s.subjects["Математика"], s.year, "quarter", pid)
            new = periods.put_period_mark(s.actors()[user], s.a["math5"], student, "quarter", value,
                                          period_id=pid, reason=reason)
            return old, new

        def check(side: Side, result: Any, before: tuple[Any, ...]) -> None:
            old, new = result
            assert value.strip() not in ("6", "4+"), f"«{value}» was accepted"
            changed = old.value != new.value
            assert _audit_count() - before[5] == (1 if changed else 0)
            if changed:
                assert user in ("ivanova", "admin"), f"{user} put a period mark"

        self._run(step, check)

    @rule(user=st.sampled_from((*USERS, "deputy", "admin")), quarter=st.integers(0, 1), close=st.booleans(),
          reason=st.sampled_from(["", "по заявлению учителя", "по заявлению учителя"]))
    def close_or_reopen(self, user: str, quarter: int, close: bool, reason: str) -> None:
        def step(side: Side) -> Any:
            s = side.school
            pid = s.periods[quarter]
            was = bool(Period.get_by_id(pid).closed)
            if close:
                periods.close_period(s.actors()[user], pid, reason)
            else:
                periods.reopen_period(s.actors()[user], pid, reason)
            return was, bool(Period.get_by_id(pid).closed)

        def check(side: Side, result: Any, before: tuple[Any, ...]) -> None:
            was, now = result
            assert now == close
            assert _audit_count() - before[5] == (1 if was != now else 0)
            if was != now:
                assert user in ("admin", "deputy"), f"{user} changed a period"

        self._run(step, check)


def test_random_actions_of_random_users(twins: list[Side]) -> None:
    run_state_machine_as_test(
        lambda: JournalMachine(twins),
        settings=settings(max_examples=30, stateful_step_count=20, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]),
    )


def test_both_databases_take_part(twins: list[Side]) -> None:
    require_pg()
    assert [s.name for s in twins] == ["sqlite", "postgresql"]


# --- fuzzing the backup reader ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_backup(twins: list[Side], tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, backups.BackupInfo]:
    side = twins[0]
    _use(side)
    s = side.school
    with side.db.atomic() as txn:  # a few marks, then rolled back: the school stays pristine
        for i, student in enumerate(s.students["5А"]):
            cells.set_cell(s.ivanova, s.a["math5"], MON, 1, student, "54н"[i % 3], today=TODAY)
        path = tmp_path_factory.mktemp("fuzz") / "good.ejbackup"
        info = backups.write_backup(side.db, path)
        txn.rollback()
    return path.read_bytes(), info


def _refused_clearly(data: bytes) -> backups.BackupInfo | None:
    """None when refused the right way; the info when the file was accepted."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.ejbackup"
        path.write_bytes(data)
        try:
            return backups.verify_backup(path)
        except StoreError as exc:  # BackupError is a StoreError: the one expected refusal
            assert isinstance(exc, backups.BackupError), type(exc)
            assert exc.message and re.search("[а-яё]", exc.message, re.IGNORECASE), exc.message
            assert "\n" not in exc.message
            return None


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(data=st.binary(max_size=8192))
def test_random_bytes_are_refused(data: bytes) -> None:
    assert _refused_clearly(data) is None


@FUZZ
@given(prefix=st.sampled_from([b"PK\x03\x04", b"PK\x05\x06", b"PK\x01\x02", b""]), data=st.binary(max_size=4096))
def test_random_bytes_looking_like_an_archive_are_refused(prefix: bytes, data: bytes) -> None:
    assert _refused_clearly(prefix + data) is None


@FUZZ
@given(cut=st.floats(0, 1, exclude_max=True))
def test_truncated_backups_are_refused(real_backup: tuple[bytes, backups.BackupInfo], cut: float) -> None:
    raw, _ = real_backup
    assert _refused_clearly(raw[: int(len(raw) * cut)]) is None


@FUZZ
@given(changes=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=6))
def test_mutated_backups_are_refused_or_unchanged(
    real_backup: tuple[bytes, backups.BackupInfo], changes: list[tuple[float, int]]
) -> None:
    raw, good = real_backup
    data = bytearray(raw)
    for where, byte in changes:
        data[int(len(data) * where)] = byte
    info = _refused_clearly(bytes(data))
    if info is not None:  # the change missed what matters (a timestamp, a comment…): the same backup
        assert info.content_sha256 == good.content_sha256
        assert info.counts == good.counts


def test_mutated_backup_that_reads_restores_or_is_refused(
    real_backup: tuple[bytes, backups.BackupInfo], tmp_path: Path
) -> None:
    """A few deterministic mutations all the way through restore into a fresh SQLite file."""
    import random

    raw, good = real_backup
    rng = random.Random(8)
    restored = refused = 0
    for attempt in range(12):
        data = bytearray(raw)
        for _ in range(rng.randint(1, 3)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / f"m{attempt}.ejbackup"
        path.write_bytes(bytes(data))
        db = connect(parse_target(str(tmp_path / f"m{attempt}.sqlite3")), create=True)
        try:
            info = backups.restore(path, db)
            assert info.counts == good.counts
            restored += 1
        except backups.BackupError as exc:
            assert re.search("[а-яё]", exc.message, re.IGNORECASE)
            assert backups.target_state(db) == "empty"
            refused += 1
        finally:
            db.close()
    assert restored + refused == 12
