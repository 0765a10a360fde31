"""The audit trail (issue 8): append-only, visible to whom DESIGN §1 says, a cell's whole history.

* no code of the program updates or deletes an entry (a scan of the source);
* the database itself refuses UPDATE, DELETE (and on PostgreSQL TRUNCATE) of
  ``audit_entry``, through peewee and through raw SQL, on SQLite and PostgreSQL;
* the «Аудит» view: the admin, the director and the deputy see everything, a
  homeroom teacher own class, a teacher own entries; filters by person, class,
  subject, date and kind; out-of-scope filters are refused;
* «История…» of a cell: who, when, old → new and the reason, oldest first.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from peewee import Database, DatabaseError

from ejournal_desktop.services import accounts, periods
from ejournal_desktop.services import journal as cells
from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.audit_view import AuditRow, audit_entries, cell_history, kinds
from ejournal_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from ejournal_desktop.store import guards
from ejournal_desktop.store.models import AuditEntry, Lesson, db_proxy
from tests.factory import MON, TUE, WED, School, build_school

PACKAGE = Path(__file__).resolve().parents[1] / "ejournal_desktop"
TODAY = dt.date(2025, 9, 20)

# --- nobody edits the trail --------------------------------------------------------------------------

_RAW_SQL = re.compile(r"\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?)\s+\"?audit_entry\b", re.IGNORECASE)
_WRITES = {"update", "delete", "delete_instance", "delete_by_id", "replace", "replace_many", "save",
           "insert_from", "bulk_update", "truncate_table", "drop_table"}


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "generated" not in p.parts)


def test_no_code_edits_or_deletes_audit_entries() -> None:
    found: list[str] = []
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        for match in _RAW_SQL.finditer(text):
            found.append(f"{path.relative_to(PACKAGE.parent)}: {match.group(0)}")
        tree = ast.parse(text)
        aliases = {"AuditEntry"}
        for node in ast.walk(tree):  # «X = AuditEntry» / «from … import AuditEntry as X»
            if isinstance(node, ast.alias) and node.name == "AuditEntry" and node.asname:
                aliases.add(node.asname)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute) or node.attr not in _WRITES:
                continue
            base = node.value
            # AuditEntry.update(...), AuditEntry.get(...).delete_instance(), models.AuditEntry.delete()
            names = {n.id for n in ast.walk(base) if isinstance(n, ast.Name)}
            attrs = {n.attr for n in ast.walk(base) if isinstance(n, ast.Attribute)}
            if aliases & (names | attrs):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: AuditEntry….{node.attr}")
    assert not found, "the audit trail is append-only:\n" + "\n".join(found)
    # the one writer only inserts (through the store's prepared INSERT, which can do nothing else)
    audit_src = (PACKAGE / "services" / "audit.py").read_text(encoding="utf-8")
    assert "insert_row(AUDIT_TABLE" in audit_src
    from ejournal_desktop.services import audit
    from ejournal_desktop.store import queries

    sql = queries._insert_sql(audit.AUDIT_TABLE, audit.AUDIT_COLUMNS, "?", True)
    assert sql.startswith('INSERT INTO "audit_entry" (') and ";" not in sql


def test_the_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    """The scan above would catch the usual ways of editing the trail."""
    bad = (
        "AuditEntry.update(reason='x').execute()\n"
        "AuditEntry.delete().where(AuditEntry.id == 1).execute()\n"
        "AuditEntry.get_by_id(1).delete_instance()\n"
        "db.execute_sql('DELETE FROM audit_entry')\n"
    )
    tree = ast.parse(bad)
    hits = [n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr in _WRITES
            and "AuditEntry" in {m.id for m in ast.walk(n.value) if isinstance(m, ast.Name)}]
    assert sorted(hits) == ["delete", "delete_instance", "update"]
    assert len(_RAW_SQL.findall(bad)) == 1


# --- the database refuses -------------------------------------------------------------------------------


def _db() -> Database:
    db = db_proxy.obj
    assert db is not None
    return db


def _refused(db: Database, action: object) -> None:
    with pytest.raises(DatabaseError, match="Журнал аудита только дополняется"):
        with db.atomic():
            if callable(action):
                action()
            else:
                db.execute_sql(str(action))


def test_database_refuses_editing_the_trail(journal: Actor, db_spec: str) -> None:
    db = _db()
    guards.install(db)  # a no-op once bootstrap and the migration install the guards
    guards.install(db)  # idempotent
    assert guards.installed(db)
    school = build_school(journal)
    cells.set_cell(school.ivanova, school.a["math5"], MON, 1, school.students["5А"][0], "5", today=TODAY)
    before = [tuple(r) for r in AuditEntry.select().order_by(AuditEntry.id).tuples()]
    assert len(before) > 50
    _refused(db, "UPDATE audit_entry SET reason = 'подчистка'")
    _refused(db, "UPDATE audit_entry SET new = '' WHERE action = 'mark.put'")
    _refused(db, "DELETE FROM audit_entry WHERE action = 'mark.put'")
    _refused(db, "DELETE FROM audit_entry")
    _refused(db, lambda: AuditEntry.update(reason="x").execute())
    _refused(db, lambda: AuditEntry.delete().where(AuditEntry.id > 0).execute())
    _refused(db, lambda: AuditEntry.get(AuditEntry.action == "mark.put").delete_instance())
    if not db_spec.endswith(".sqlite3"):
        _refused(db, "TRUNCATE audit_entry")
        _refused(db, "TRUNCATE audit_entry CASCADE")
    after = [tuple(r) for r in AuditEntry.select().order_by(AuditEntry.id).tuples()]
    assert after == before
    # appending goes on: the services still work and write their entries
    change = cells.set_cell(school.ivanova, school.a["math5"], MON, 1, school.students["5А"][0], "4",
                            today=TODAY)
    assert len(change.audit_ids) == 1
    assert AuditEntry.select().count() == len(before) + 1


def test_a_raw_connection_is_refused_too(journal: Actor, db_spec: str) -> None:
    """Not only through peewee: the driver's own connection (another program) is refused."""
    db = _db()
    guards.install(db)
    count = AuditEntry.select().count()
    if db_spec.endswith(".sqlite3"):
        import sqlite3

        conn = sqlite3.connect(db_spec)
        try:
            with pytest.raises(sqlite3.DatabaseError, match="только дополняется"):
                conn.execute("DELETE FROM audit_entry")
            conn.rollback()
        finally:
            conn.close()
    else:
        import psycopg

        base, _, query = db_spec.partition("?schema=")
        with psycopg.connect(base, options=f"-c search_path={query}") as conn:
            for sql in ("DELETE FROM audit_entry", "UPDATE audit_entry SET reason = 'x'", "TRUNCATE audit_entry"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege, match="только дополняется"):
                    conn.execute(sql)
                conn.rollback()
    assert AuditEntry.select().count() == count


def test_guards_can_be_lifted_only_inside_a_rolled_back_transaction(school: School) -> None:
    """How tests plant a gap in the trail (tests/test_check.py): lift the guard inside the test's
    transaction; the rollback brings the guard back."""
    db = _db()
    with db.atomic() as txn:
        guards.install(db)
        assert guards.installed(db)
        guards.uninstall(db)
        assert not guards.installed(db)
        db.execute_sql("DELETE FROM audit_entry WHERE action = 'auth.login'")
        txn.rollback()


# --- the «Аудит» view ---------------------------------------------------------------------------------


def _fill(s: School) -> None:
    st5, st1, st6 = s.students["5А"], s.students["1А"], s.students["6А"]
    cells.set_cell(s.ivanova, s.a["math5"], MON, 1, st5[0], "5", today=TODAY)
    cells.set_cell(s.ivanova, s.a["math5"], MON, 1, st5[1], "н", today=TODAY)
    cells.set_cell(s.petrov, s.a["rus5"], TUE, 1, st5[0], "4", today=TODAY)
    cells.set_cell(s.petrov, s.a["nature1"], MON, 2, st1[0], "б", today=TODAY)
    cells.set_cell(s.sidorova, s.a["math6"], MON, 3, st6[0], "3", today=TODAY)
    cells.set_cell(s.admin, s.a["math5"], MON, 1, st5[0], "4", reason="ошибка при вводе", today=TODAY)
    periods.put_period_mark(s.sidorova, s.a["math6"], st6[0], "quarter", "3", period_id=s.periods[0])


def _ids(rows: list[AuditRow]) -> set[int]:
    return {r.id for r in rows}


def test_admin_director_and_deputy_see_everything(school: School) -> None:
    _fill(school)
    total = AuditEntry.select().count()
    for who in (school.admin, school.director, school.deputy):
        rows = audit_entries(who, limit=5000)
        assert len(rows) == total
        assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)  # newest first
    rows = audit_entries(school.director, kind="mark")
    assert {r.action for r in rows} == {"mark.put", "mark.change"}
    correction = next(r for r in rows if r.action == "mark.change")
    assert (correction.old, correction.new, correction.change) == ("5", "4", "5 → 4")
    assert correction.reason == "ошибка при вводе"
    assert correction.user_name == "Администратор Э."
    assert (correction.class_name, correction.subject_name) == ("5А", "Математика")
    assert correction.student_name == "Алексеев А.И."
    assert (correction.lesson_date, correction.lesson_number) == (MON, 1)
    assert correction.action_title == "изменена отметка"


def test_filters(school: School) -> None:
    _fill(school)
    admin = school.admin
    by_petrov = audit_entries(admin, user_id=school.petrov.user_id)
    assert by_petrov and all(r.user_id == school.petrov.user_id for r in by_petrov)
    in_6a = audit_entries(admin, class_id=school.classes["6А"])
    assert {"lesson.create", "mark.put", "period_mark.put", "class.create"} <= {r.action for r in in_6a}
    assert {r.class_name for r in in_6a} == {"6А"}
    maths = audit_entries(admin, subject_id=school.subjects["Математика"], kind="lesson")
    assert {r.class_name for r in maths} == {"5А", "6А"} and {r.action for r in maths} == {"lesson.create"}
    assert {r.action for r in audit_entries(admin, kind="absence")} == {"absence.set"}
    assert {r.action for r in audit_entries(admin, kind="period_mark")} == {"period_mark.put"}
    assert {r.action for r in audit_entries(admin, kind="period")} == {"period.create"}  # not «period_mark.*»
    today = dt.date.today()
    assert len(audit_entries(admin, date_from=today, date_to=today, limit=5000)) == AuditEntry.select().count()
    assert audit_entries(admin, date_to=today - dt.timedelta(days=1)) == []
    assert audit_entries(admin, date_from=today + dt.timedelta(days=1)) == []
    assert len(audit_entries(admin, limit=3)) == 3
    with pytest.raises(ValidationError):
        audit_entries(admin, date_from=today, date_to=today - dt.timedelta(days=1))
    assert ("mark", "Отметки") in kinds()


def test_homeroom_teacher_sees_own_class_and_own_entries(school: School) -> None:
    _fill(school)
    rows = audit_entries(school.ivanova, limit=5000)  # homeroom of 5А, teaches maths in 5А
    assert rows
    for r in rows:
        assert r.class_id == school.classes["5А"] or r.user_id == school.ivanova.user_id, r
    assert any(r.user_id == school.petrov.user_id and r.class_name == "5А" for r in rows)  # others in 5А
    assert any(r.user_id == school.admin.user_id for r in rows)  # the admin's correction in 5А
    assert not any(r.class_id == school.classes["6А"] for r in rows)
    assert not any(r.class_id == school.classes["1А"] for r in rows)
    # another teacher's entries, as far as they concern own class
    petrov_in_5a = audit_entries(school.ivanova, user_id=school.petrov.user_id)
    assert petrov_in_5a and {r.class_name for r in petrov_in_5a} == {"5А"}


def test_teacher_sees_own_entries_only(school: School) -> None:
    _fill(school)
    rows = audit_entries(school.sidorova)
    assert rows and all(r.user_id == school.sidorova.user_id for r in rows)
    assert {"mark.put", "period_mark.put"} <= {r.action for r in rows}
    with pytest.raises(PermissionDenied, match="только свои записи"):
        audit_entries(school.sidorova, user_id=school.ivanova.user_id)
    assert audit_entries(school.sidorova, class_id=school.classes["5А"]) == []  # own entries there: none
    assert audit_entries(school.sidorova, user_id=school.sidorova.user_id) == rows


def test_homeroom_without_teaching_and_nobody(school: School) -> None:
    _fill(school)
    accounts.set_roles(school.admin, school.petrov.user_id, [])  # still homeroom of 1А
    rows = audit_entries(school.petrov)
    assert rows and {r.class_name for r in rows} == {"1А"}
    with pytest.raises(PermissionDenied, match="только записи своего класса"):
        audit_entries(school.petrov, class_id=school.classes["5А"])
    nobody = accounts.create_user(school.admin, "guest", "Гостева", "Гостья", "", [])
    with pytest.raises(PermissionDenied, match="журнала аудита"):
        audit_entries(Actor(nobody.user_id, "guest"))


# --- «История…» of a cell ----------------------------------------------------------------------------


def _lesson(assignment: int, day: dt.date, number: int) -> int:
    return int(Lesson.get((Lesson.assignment == assignment) & (Lesson.date == day) & (Lesson.number == number)).id)


def test_cell_history(school: School) -> None:
    s = school
    student = s.students["5А"][2]
    cells.set_cell(s.ivanova, s.a["math5"], WED, 2, student, "5", today=TODAY)
    cells.set_cell(s.ivanova, s.a["math5"], WED, 2, student, "4н", today=TODAY)
    cells.set_cell(s.ivanova, s.a["math5"], WED, 2, s.students["5А"][3], "2", today=TODAY)  # another cell
    cells.set_cell(s.admin, s.a["math5"], WED, 2, student, "3", reason="исправление по заявлению", today=TODAY)
    lesson = _lesson(s.a["math5"], WED, 2)
    history = cell_history(s.ivanova, lesson, student)
    assert [(r.action, r.old, r.new) for r in history] == [
        ("mark.put", "", "5"),
        ("mark.change", "5", "4"),
        ("absence.set", "", "н"),
        ("mark.change", "4", "3"),
        ("absence.clear", "н", ""),
    ]
    assert [r.change for r in history][:2] == ["— → 5", "5 → 4"]
    assert [r.user_name for r in history] == ["Иванова М.П."] * 3 + ["Администратор Э."] * 2
    assert history[-1].reason == "исправление по заявлению"
    assert all(r.student_id == student and r.lesson_id == lesson for r in history)
    assert [r.at for r in history] == sorted(r.at for r in history)
    # whoever may see the page may see the history; nobody else
    assert cell_history(s.director, lesson, student) == history
    assert cell_history(s.deputy, lesson, student) == history
    with pytest.raises(PermissionDenied):
        cell_history(s.sidorova, lesson, student)
    with pytest.raises(PermissionDenied):
        cell_history(s.petrov, lesson, student)  # teaches 5А, but not maths; homeroom of 1А
    rus = _lesson_after(s)
    assert [r.action for r in cell_history(s.ivanova, rus, s.students["5А"][0])] == ["mark.put"]  # homeroom
    with pytest.raises(NotFound):
        cell_history(s.admin, 10**6, student)


def _lesson_after(s: School) -> int:
    cells.set_cell(s.petrov, s.a["rus5"], TUE, 1, s.students["5А"][0], "5", today=TODAY)
    return _lesson(s.a["rus5"], TUE, 1)
