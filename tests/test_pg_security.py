"""Permissions enforced by PostgreSQL itself (issue 8, item 4; store/pg_security.py).

The fixed school is built in a fresh schema, ``pg-setup`` gives every account its
login role, the account service sets the demo passwords — then the tests connect
with psycopg *as the demo teacher's role, with the teacher's password* (the
credentials the program uses) and try what DESIGN §1 forbids.  Roles are
cluster-wide: each test's journal has its own role prefix and every role is dropped
afterwards.  PostgreSQL only: SQLite has no roles (a journal file is readable by its
owner only, tests/test_store.py).

The test server trusts local connections, so a wrong password would be let in by
pg_hba; what the account service gave the role is checked against the SCRAM
verifier in ``pg_authid`` instead.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import peewee
import pytest

from ejournal_desktop.services import (
    access,
    accounts,
    audit_view,
    auth,
    certification,
    corrections,
    journal,
    messages,
    page,
    periods,
    structure,
    students,
)
from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.bootstrap import initialize
from ejournal_desktop.services.errors import PermissionDenied
from ejournal_desktop.store import pg_security
from ejournal_desktop.store.database import ServerLoginRefused, connect, open_journal, parse_target
from ejournal_desktop.store.models import Lesson, Mark, db_proxy
from tests.backup_files import password_hashes
from tests.conftest import PG_URL, require_pg
from tests.factory import MON, PASSWORD, School, build_school

psycopg = pytest.importorskip("psycopg")

AFTER = dt.date(2026, 6, 20)  # every lesson of the year lies in the past
Q2_MON = dt.date(2025, 11, 10)  # a Monday of the 2nd quarter


@dataclass
class ServerJournal:
    school: School
    owner_url: str  # the installer's connection (superuser postgres in the tests)
    staff_url: str  # the address teachers are given: no user in it
    schema: str
    prefix: str

    def role(self, login: str) -> str:
        return pg_security.login_role(self.prefix, login)

    def connect_as(self, login: str, password: str = PASSWORD) -> psycopg.Connection:
        """psycopg straight to the server, as the program would: the login role and its password."""
        u = urlsplit(PG_URL)
        return psycopg.connect(
            host=u.hostname, port=u.port or 5432, dbname=(u.path or "/").lstrip("/"),
            user=self.role(login), password=password, options=f"-c search_path={self.schema}",
        )

    def owner(self) -> peewee.Database:
        """Back to the installer's connection (the previous one is closed)."""
        if db_proxy.obj is not None and not db_proxy.obj.is_closed():
            db_proxy.obj.close()
        return connect(parse_target(self.owner_url))


def _without_user(url: str) -> str:
    parts = urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


@pytest.fixture
def server() -> Iterator[ServerJournal]:
    require_pg()
    schema = "t_" + uuid.uuid4().hex[:12]
    base = PG_URL.split("?")[0]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    owner_url = f"{base}?schema={schema}"
    target = parse_target(owner_url)
    db = connect(target, create=True)
    prefix = pg_security.role_prefix(target.dbname, target.schema)
    try:
        admin = initialize(db, school_name="МБОУ «Тестовая школа»", admin_login="admin",
                           admin_password="admin-pass")
        s = build_school(admin)
        report = pg_security.setup(db, target.dbname, target.schema)
        assert report.prefix == prefix
        # the account service gives every demo account its server password
        for actor in s.actors().values():
            accounts.set_password(admin, actor.user_id, PASSWORD)
        yield ServerJournal(s, owner_url, _without_user(owner_url), schema, prefix)
    finally:
        if db_proxy.obj is not None and not db_proxy.obj.is_closed():
            db_proxy.obj.close()
        db = connect(target)
        try:
            pg_security.drop_roles(db, prefix)
        finally:
            db.close()
            with psycopg.connect(base, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")
                left = conn.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE %s",
                                    (prefix.replace("_", r"\_") + "%",)).fetchone()
            assert left == (0,), "roles of the test journal left behind"


def lesson_with_mark(s: School, actor_name: str, key: str, day: dt.date, number: int) -> tuple[int, int]:
    """A lesson with one mark, entered through the service by its teacher: (lesson id, mark id)."""
    actor = s.actors()[actor_name]
    cls = "6А" if key == "math6" else "5А"
    journal.put_mark(actor, s.a[key], day, number, s.students[cls][0], "4", today=AFTER)
    lesson = Lesson.get((Lesson.assignment == s.a[key]) & (Lesson.date == day) & (Lesson.number == number))
    mark = Mark.get(Mark.lesson == lesson.id)
    return int(lesson.id), int(mark.id)


def refused(conn: psycopg.Connection, sql: str, params: tuple[object, ...] = ()) -> str:
    """Run a statement that PostgreSQL must refuse; returns the server's message."""
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as info:
        conn.execute(sql, params)
    conn.rollback()
    return str(info.value)


def changes(conn: psycopg.Connection, sql: str, params: tuple[object, ...] = ()) -> int:
    """Rows an UPDATE/DELETE changed (row-level security hides rows one may not change)."""
    count = conn.execute(sql, params).rowcount
    conn.commit()
    return count


def not_changed(conn: psycopg.Connection, sql: str, params: tuple[object, ...] = ()) -> bool:
    """The database refused the UPDATE/DELETE: with an error, or by hiding every row (0 changed)."""
    try:
        count = conn.execute(sql, params).rowcount
    except psycopg.errors.InsufficientPrivilege:
        conn.rollback()
        return True
    conn.commit()
    return count == 0


def insert_mark(conn: psycopg.Connection, lesson_id: int, student_id: int, user_id: int) -> None:
    conn.execute(
        "INSERT INTO mark (lesson_id, student_id, value, weight, comment, position, created_by_id, "
        "created_at, updated_at, version) VALUES (%s, %s, '5', 1, '', 9, %s, now(), now(), 1)",
        (lesson_id, student_id, user_id),
    )


def test_the_teachers_role_and_password_come_from_the_account_service(server: ServerJournal) -> None:
    s = server.school
    db = db_proxy.obj
    rows = dict(db.execute_sql(
        "SELECT rolname, rolpassword FROM pg_authid WHERE rolname = ANY(%s)",
        ([server.role(n) for n in s.actors()],)).fetchall())
    for name in s.actors():
        assert pg_security.scram_matches(rows[server.role(name)], PASSWORD), name
        assert not pg_security.scram_matches(rows[server.role(name)], PASSWORD + "x")
    # a password change reaches the role; a block takes the login away, unblocking gives it back
    accounts.set_password(s.admin, s.petrov.user_id, "другой-пароль")
    verifier = db.execute_sql("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                              (server.role("petrov"),)).fetchone()[0]
    assert pg_security.scram_matches(verifier, "другой-пароль")
    accounts.set_blocked(s.admin, s.petrov.user_id, True)
    can = "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s"
    assert db.execute_sql(can, (server.role("petrov"),)).fetchone() == (False,)
    accounts.set_blocked(s.admin, s.petrov.user_id, False)
    assert db.execute_sql(can, (server.role("petrov"),)).fetchone() == (True,)
    # roles follow the account's roles
    member = "SELECT pg_has_role(%s, %s, 'MEMBER')"
    admin_group = pg_security.group_role(server.prefix, "admin")
    assert db.execute_sql(member, (server.role("admin"), admin_group)).fetchone() == (True,)
    assert db.execute_sql(member, (server.role("ivanova"), admin_group)).fetchone() == (False,)
    accounts.set_roles(s.admin, s.ivanova.user_id, ["teacher", "admin"])
    assert db.execute_sql(member, (server.role("ivanova"), admin_group)).fetchone() == (True,)
    accounts.set_roles(s.admin, s.ivanova.user_id, ["teacher"])
    assert db.execute_sql(member, (server.role("ivanova"), admin_group)).fetchone() == (False,)


def test_teacher_is_refused_by_the_database(server: ServerJournal) -> None:
    s = server.school
    st5, st6 = s.students["5А"][0], s.students["6А"][0]
    own, own_mark = lesson_with_mark(s, "ivanova", "math5", MON, 1)
    other, other_mark = lesson_with_mark(s, "petrov", "rus5", MON + dt.timedelta(days=1), 1)
    closed, closed_mark = lesson_with_mark(s, "ivanova", "math5", Q2_MON, 1)
    certified, certified_mark = lesson_with_mark(s, "sidorova", "math6", MON, 3)
    periods.close_period(s.deputy, s.periods[1], reason="конец четверти")
    certification.certify(s.director, s.classes["6А"], s.year)
    me = s.ivanova.user_id

    with server.connect_as("ivanova") as conn:
        assert conn.execute("SELECT ej_me()").fetchone() == (me,)
        # another teacher's marks
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            insert_mark(conn, other, st5, me)
        conn.rollback()
        assert not_changed(conn, "UPDATE mark SET value = '2' WHERE id = %s", (other_mark,))
        assert not_changed(conn, "DELETE FROM mark WHERE id = %s", (other_mark,))
        assert not_changed(conn, "UPDATE lesson SET topic = 'чужая тема' WHERE id = %s", (other,))
        # moving an own mark into someone else's lesson
        refused(conn, "UPDATE mark SET lesson_id = %s WHERE id = %s", (other, own_mark))
        # own lesson, closed period
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            insert_mark(conn, closed, st5, me)
        conn.rollback()
        assert not_changed(conn, "UPDATE mark SET value = '2' WHERE id = %s", (closed_mark,))
        assert not_changed(conn, "DELETE FROM absence WHERE lesson_id = %s", (closed,))
        # period marks of someone else's subject
        refused(conn, "INSERT INTO period_mark (student_id, subject_id, school_class_id, year_id, kind, "
                      "period_id, period_key, value, created_by_id, created_at, updated_at, version) "
                      "VALUES (%s, %s, %s, %s, 'period', %s, %s, '5', %s, now(), now(), 1)",
                (st5, s.subjects["Русский язык"], s.classes["5А"], s.year, s.periods[0], s.periods[0], me))
        # the audit trail: no change, no delete, no truncate, no entries in another's name
        refused(conn, "UPDATE audit_entry SET reason = 'подчистка'")
        refused(conn, "DELETE FROM audit_entry")
        refused(conn, "TRUNCATE audit_entry")
        refused(conn, "INSERT INTO audit_entry (at, user_id, action, entity, old, new, reason) "
                      "VALUES (now(), %s, 'mark.put', 'mark', '', '', '')", (s.petrov.user_id,))
        # password hashes, and other people's server roles
        refused(conn, 'SELECT password_hash FROM "user"')
        refused(conn, 'SELECT * FROM "user"')
        assert conn.execute("SELECT ej_own_password_hash('petrov')").fetchone() == (None,)
        refused(conn, "SELECT ej_account_role_sync(%s, NULL)", (s.petrov.user_id,))
        refused(conn, 'UPDATE "user" SET blocked = false WHERE id = %s', (me,))
        assert not_changed(conn, 'UPDATE "user" SET failed_logins = 0 WHERE id = %s', (s.petrov.user_id,))
        refused(conn, "UPDATE period SET closed = false WHERE id = %s", (s.periods[1],))
        refused(conn, "DELETE FROM certification")
        # students of a class she is not the homeroom teacher of
        assert not_changed(conn, "UPDATE student SET surname = 'Х' WHERE id = %s", (st6,))
        assert not_changed(conn, "UPDATE enrollment SET date_to = '2025-10-01' WHERE student_id = %s", (st6,))

        # what she may do: own lesson, open period
        insert_mark(conn, own, st5, me)
        assert changes(conn, "UPDATE mark SET value = '3' WHERE id = %s", (own_mark,)) == 1
        assert changes(conn, "UPDATE lesson SET topic = 'Дроби' WHERE id = %s", (own,)) == 1
        # and, as homeroom teacher of 5А, students of 5А
        assert changes(conn, "UPDATE student SET address = 'ул. Школьная' WHERE id = %s", (st5,)) == 1

    with server.connect_as("sidorova") as conn:
        # own lesson in a certified year
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            insert_mark(conn, certified, st6, s.sidorova.user_id)
        conn.rollback()
        assert not_changed(conn, "UPDATE mark SET value = '2' WHERE id = %s", (certified_mark,))
        assert not_changed(conn, "UPDATE lesson SET topic = 'x' WHERE id = %s", (certified,))

    db = server.owner()
    try:
        values = dict(db.execute_sql("SELECT id, value FROM mark").fetchall())
        assert values[other_mark] == "4" and values[closed_mark] == "4" and values[certified_mark] == "4"
        assert values[own_mark] == "3"
        assert db.execute_sql("SELECT topic FROM lesson WHERE id = %s", (other,)).fetchone() == ("",)
    finally:
        db.close()


def test_a_blocked_teachers_open_session_can_no_longer_write(server: ServerJournal) -> None:
    s = server.school
    _lesson, own_mark = lesson_with_mark(s, "ivanova", "math5", MON, 1)
    with server.connect_as("ivanova") as conn:
        assert changes(conn, "UPDATE mark SET value = '5' WHERE id = %s", (own_mark,)) == 1
        accounts.set_blocked(s.admin, s.ivanova.user_id, True)
        assert conn.execute("SELECT ej_me()").fetchone() == (None,)
        assert not_changed(conn, "UPDATE mark SET value = '2' WHERE id = %s", (own_mark,))


def test_the_program_works_as_the_teachers_own_role(server: ServerJournal) -> None:
    s = server.school
    db_proxy.obj.close()
    db = open_journal(server.staff_url, login="ivanova", password=PASSWORD)
    try:
        assert db.connect_params["user"] == server.role("ivanova")
        assert pg_security.connected_user_id(db) == s.ivanova.user_id
        result = auth.login("ivanova", PASSWORD)
        assert result.actor.user_id == s.ivanova.user_id and not result.must_change_password
        grid = page.load_page(result.actor, s.a["math5"], s.periods[0], today=AFTER)
        assert grid.rows
        change = journal.put_mark(result.actor, s.a["math5"], MON, 1, s.students["5А"][1], "5", today=AFTER)
        assert change is not None
        with pytest.raises(PermissionDenied):  # the program refuses first, the database would too
            journal.put_mark(result.actor, s.a["rus5"], MON + dt.timedelta(days=1), 1,
                             s.students["5А"][1], "5", today=AFTER)
        # a wrong password typed in the program, while connected as her role
        with pytest.raises(auth.AuthError):
            auth.login("ivanova", "не-тот")
        # logging in as someone else through her connection does not work either
        with pytest.raises(auth.AuthError):
            auth.login("petrov", PASSWORD)
        # she changes her password: the hash (through the SECURITY DEFINER function) and the role follow
        auth.change_own_password(result.actor, PASSWORD, "новый-пароль-1")
        assert auth.login("ivanova", "новый-пароль-1").actor.user_id == s.ivanova.user_id
    finally:
        db.close()
    db = server.owner()
    try:
        verifier = db.execute_sql("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                                  (server.role("ivanova"),)).fetchone()[0]
        assert pg_security.scram_matches(verifier, "новый-пароль-1")
        saved = db.execute_sql(
            "SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id "
            "WHERE l.assignment_id = %s AND m.student_id = %s AND m.value = '5'",
            (s.a["math5"], s.students["5А"][1])).fetchone()
        assert saved == (1,)
        entries = db.execute_sql("SELECT count(*) FROM audit_entry WHERE user_id = %s AND action = 'auth.login'",
                                 (s.ivanova.user_id,)).fetchone()
        assert entries == (2,)
    finally:
        db.close()


def test_the_admin_manages_accounts_as_own_role_without_createrole(server: ServerJournal) -> None:
    db_proxy.obj.close()
    db = open_journal(server.staff_url, login="admin", password=PASSWORD)
    try:
        assert db.execute_sql("SELECT rolcreaterole FROM pg_roles WHERE rolname = current_user").fetchone() \
            == (False,)
        admin = auth.login("admin", PASSWORD).actor
        new = accounts.create_user(admin, "kuznetsova", "Кузнецова", "Вера", "Ильинична")
        # the new teacher's role exists and logs in with the password on her invitation slip
        with server.connect_as("kuznetsova", new.temporary_password) as conn:
            assert conn.execute("SELECT ej_me()").fetchone() == (new.user_id,)
        reset = accounts.reset_password(admin, new.user_id)
        assert reset.temporary_password != new.temporary_password
    finally:
        db.close()
    # past the program, the admin's role cannot make a login role out of a group's name
    with server.connect_as("admin") as conn:
        uid = conn.execute(
            'INSERT INTO "user" (login, surname, name, patronymic, password_hash, must_change_password, '
            "failed_logins, blocked, position, email, phone, created_at, version) "
            "VALUES ('_staff', 'Х', 'Х', '', '', false, 0, false, '', '', '', now(), 1) RETURNING id"
        ).fetchone()[0]
        with pytest.raises(psycopg.errors.RaiseException):
            conn.execute("SELECT ej_account_role_sync(%s, NULL)", (uid,))
        conn.rollback()
    db = server.owner()
    try:
        verifier = db.execute_sql("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                                  (server.role("kuznetsova"),)).fetchone()[0]
        assert pg_security.scram_matches(verifier, reset.temporary_password)
    finally:
        db.close()


def test_a_wrong_server_password_is_said_as_a_refused_login(server: ServerJournal) -> None:
    db_proxy.obj.close()
    with pytest.raises(ServerLoginRefused) as info:
        open_journal(server.staff_url, login="nobody-here", password="x")
    assert "не принял вход" in info.value.message


def test_names_are_unique_per_journal_and_fit_postgresql() -> None:
    a = pg_security.role_prefix("school", "journal")
    b = pg_security.role_prefix("other", "journal")
    assert a != b and a.startswith("ej_journal_") and b.startswith("ej_journal_")
    assert pg_security.role_prefix("ejournal", "") == pg_security.role_prefix("ejournal", "public")
    long_login = "a" * 60
    name = pg_security.login_role(a, long_login)
    assert len(name) <= 63 and name != pg_security.login_role(a, "a" * 59)
    assert pg_security.login_role(a, "ivanova") == a + "ivanova"
    assert pg_security.group_role(a, "staff") != pg_security.login_role(a, "staff")
    verifier = pg_security.scram_verifier("пароль-1")
    assert pg_security.scram_matches(verifier, "пароль-1") and not pg_security.scram_matches(verifier, "пароль-2")


def test_pg_setup_command_refreshes_and_removes(server: ServerJournal, capsys: pytest.CaptureFixture[str]) -> None:
    from ejournal_desktop import cli

    db_proxy.obj.close()
    assert cli.main(["pg-setup", "--db", server.owner_url]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert server.prefix in out and server.role("ivanova") in out
    assert server.staff_url.split("?")[0] in out and "postgres@" not in out
    # idempotent: the teacher still works, with her password kept
    with server.connect_as("ivanova") as conn:
        assert conn.execute("SELECT ej_me()").fetchone() == (server.school.ivanova.user_id,)
    assert cli.main(["pg-setup", "--db", server.owner_url, "--remove"]) == cli.EXIT_OK
    assert "Удалено ролей журнала: 10" in capsys.readouterr().out
    db = server.owner()
    try:
        assert not pg_security.enabled(db)
        assert db.execute_sql("SELECT count(*) FROM pg_roles WHERE rolname LIKE %s",
                              (server.prefix.replace("_", r"\_") + "%",)).fetchone() == (0,)
    finally:
        db.close()


def test_pg_setup_refuses_a_sqlite_journal(sqlite_spec: str, capsys: pytest.CaptureFixture[str]) -> None:
    from ejournal_desktop import cli

    db = connect(parse_target(sqlite_spec), create=True)
    initialize(db, school_name="Школа", admin_login="admin", admin_password="admin-pass")
    db.close()
    assert cli.main(["pg-setup", "--db", sqlite_spec]) == cli.EXIT_ERROR
    assert "только для журнала на сервере PostgreSQL" in capsys.readouterr().err


def as_own_role(server: ServerJournal, login: str) -> tuple[peewee.Database, Actor]:
    """The program's way in: the account's own login role, then the login service."""
    if db_proxy.obj is not None and not db_proxy.obj.is_closed():
        db_proxy.obj.close()
    db = open_journal(server.staff_url, login=login, password=PASSWORD)
    return db, auth.login(login, PASSWORD).actor


def test_each_role_does_its_daily_work_as_its_own_role(server: ServerJournal) -> None:
    """The grants are enough for the program: every role's usual work passes as its own role."""
    s = server.school
    st5 = s.students["5А"]
    tue = MON + dt.timedelta(days=1)
    journal.put_mark(s.petrov, s.a["rus5"], tue, 1, st5[2], "4", today=AFTER)  # petrov's lesson exists
    journal.put_mark(s.ivanova, s.a["math5"], Q2_MON, 1, st5[0], "3", today=AFTER)
    structure.assign_substitute(s.deputy, s.a["math6"], MON + dt.timedelta(days=7), 3, s.ivanova.user_id, "болезнь")

    db, deputy = as_own_role(server, "deputy")
    try:
        periods.close_period(deputy, s.periods[1], reason="конец четверти")
        periods.close_period(deputy, s.periods[0], reason="конец четверти")
        periods.reopen_period(deputy, s.periods[0], reason="исправления")
        structure.assign_substitute(deputy, s.a["math6"], MON + dt.timedelta(days=14), 3, s.ivanova.user_id,
                                    "курсы")  # reads the substitute's id only, never the password hashes
        assert access.actor_by_login("ivanova").user_id == s.ivanova.user_id
    finally:
        db.close()

    db, me = as_own_role(server, "ivanova")
    try:
        journal.put_mark(me, s.a["math5"], MON, 1, st5[0], "5", today=AFTER)
        journal.set_absence(me, s.a["math5"], MON, 1, st5[1], "н", today=AFTER)
        version = journal.lesson_info(journal._find_lesson(s.a["math5"], MON, 1) or 0).version
        journal.set_lesson_details(me, s.a["math5"], MON, 1, expected_version=version,
                                   topic="Натуральные числа", homework="№ 12")
        periods.put_period_mark(me, s.a["math5"], st5[0], "quarter", "5", period_id=s.periods[0])
        messages.send(me, "Прошу проверить журнал 5А", to_user=s.deputy.user_id)
        # as the homeroom teacher of 5А: attendance correction in petrov's lesson, a student's card
        journal.set_absence(me, s.a["rus5"], tue, 1, st5[2], "б", reason="справка", today=AFTER)
        card = students.student_card(me, st5[3])
        students.update_student(me, st5[3], card.version, surname=card.surname, name=card.name,
                                patronymic=card.patronymic, birth_date=card.birth_date,
                                personal_file_no=card.personal_file_no, address="ул. Лесная, 3")
        assert audit_view.audit_entries(me, user_id=me.user_id)
        corrections.request(me, s.a["math5"], Q2_MON, 1, st5[4], "4", "забыла выставить", today=AFTER)
        # the substitution lesson in sidorova's class
        journal.put_mark(me, s.a["math6"], MON + dt.timedelta(days=7), 3, s.students["6А"][0], "5", today=AFTER)
    finally:
        db.close()

    db, deputy = as_own_role(server, "deputy")
    try:
        assert corrections.open_requests(deputy)
    finally:
        db.close()

    db, director = as_own_role(server, "director")
    try:
        certification.certify(director, s.classes["6А"], s.year)
    finally:
        db.close()

    db, admin = as_own_role(server, "admin")
    try:
        structure.create_subject(admin, "Музыка")
        request_id = corrections.open_requests(admin)[0].id
        assert corrections.apply(admin, request_id, today=AFTER) == "applied"
        accounts.set_blocked(admin, s.sidorova.user_id, True)
    finally:
        db.close()

    db = server.owner()
    try:
        marks = db.execute_sql("SELECT count(*) FROM mark").fetchone()
        assert marks == (5,)  # petrov's, ivanova's three (one as a substitute), the applied correction
        assert db.execute_sql("SELECT code FROM absence a JOIN lesson l ON l.id = a.lesson_id "
                              "WHERE l.assignment_id = %s", (s.a["rus5"],)).fetchone() == ("б",)
    finally:
        db.close()


def test_the_command_line_connects_as_the_persons_own_role(
        server: ServerJournal, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """``--db postgresql://server/db`` (no user, as pg-setup prints it) + ``--user``: the command
    connects as that person's login role with the same password, then logs in."""
    from ejournal_desktop import cli

    sessions: list[tuple[str, str]] = []  # (login asked for, the server's session_user)
    real_open = cli.open_journal

    def spy(spec: object, **kw: object) -> peewee.Database:
        db = real_open(spec, **kw)  # type: ignore[arg-type]
        sessions.append((str(kw.get("login", "")), str(db.execute_sql("SELECT session_user").fetchone()[0])))
        return db

    monkeypatch.setattr(cli, "open_journal", spy)
    monkeypatch.setenv("EJOURNAL_PASSWORD", PASSWORD)
    if db_proxy.obj is not None and not db_proxy.obj.is_closed():
        db_proxy.obj.close()
    code = cli.main(["contacts", "--db", server.staff_url, "--class", "5А", "--user", "ivanova"])
    assert code == 0, capsys.readouterr().err
    assert sessions == [("ivanova", server.role("ivanova"))]


def test_the_director_makes_the_year_archive_as_own_role_and_it_holds_no_password_hashes(
        server: ServerJournal, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The director's role may not read password hashes, and the year archive carries none."""
    from ejournal_desktop.printing.journal import count_sheets, render_journal, render_summary, render_summary_volume
    from ejournal_desktop.services import archive
    from ejournal_desktop.services import backup as backups

    s = server.school
    for name in ("1А", "5А", "6А"):
        certification.certify(s.director, s.classes[name], s.year, count_sheets=count_sheets, today=AFTER)
    disk, usb = tmp_path / "disk", tmp_path / "usb"
    disk.mkdir()
    usb.mkdir()
    db, director = as_own_role(server, "director")
    try:
        assert db.execute_sql("SELECT session_user").fetchone() == (server.role("director"),)
        result = archive.make_archive(
            director, s.year, [disk, usb],
            renderers=archive.Renderers(journal=render_journal, summary=render_summary, volume=render_summary_volume),
            media=["внешний диск", "USB-накопитель"], locations=["кабинет директора", "архив"], today=AFTER)
    finally:
        db.close()
    assert [p.parent for p in result.copies] == [disk, usb]
    with zipfile.ZipFile(result.copies[0]) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        member = next(f["path"] for f in manifest["files"] if f["kind"] == "database")
        snapshot = tmp_path / "snapshot.ejbackup"
        snapshot.write_bytes(zf.read(member))
    info = backups.verify_backup(snapshot)
    assert info.withheld == {"user": ("password_hash",)}
    hashes = password_hashes(snapshot)
    assert set(hashes) >= set(s.actors()) and set(hashes.values()) == {""}

    # restored elsewhere on the server: the copy carries the old journal's role prefix, which the restore
    # drops (the account services here must never change the old journal's roles); set-password then
    # sets the program's password only; after pg-setup of the new place the admin's new role gets it too
    from ejournal_desktop import cli
    from tests.conftest import pg_schema_url

    places = pg_schema_url()
    target = next(places)
    new_prefix = pg_security.role_prefix(parse_target(target).dbname, parse_target(target).schema)
    pw = tmp_path / "pw.txt"
    pw.write_text("архивный-пароль-1\n", encoding="utf-8")
    try:
        assert cli.main(["restore", str(snapshot), "--db", target]) == cli.EXIT_OK
        assert "ejournal set-password" in capsys.readouterr().out
        restored = connect(parse_target(target))
        try:
            assert pg_security.stored_prefix(restored) is None  # the old journal's prefix did not come along
        finally:
            restored.close()
        assert cli.main(["set-password", "--db", target, "--login", "admin", "--password-file", str(pw)]) == 0
        out = capsys.readouterr().out
        assert "Роль входа" not in out
        assert cli.main(["pg-setup", "--db", target]) == cli.EXIT_OK
        assert cli.main(["set-password", "--db", target, "--login", "admin", "--password-file", str(pw)]) == 0
        role = pg_security.login_role(new_prefix, "admin")
        assert f"Роль входа на сервер {role} получила тот же пароль." in capsys.readouterr().out
        db = connect(parse_target(target))
        try:
            verifiers = dict(db.execute_sql(
                "SELECT rolname, rolpassword FROM pg_authid WHERE rolname = ANY(%s)",
                ([server.role("admin"), role],)).fetchall())
            assert pg_security.scram_matches(verifiers[server.role("admin")], PASSWORD)  # the old journal's
            assert pg_security.scram_matches(verifiers[role], "архивный-пароль-1")
            assert auth.login("admin", "архивный-пароль-1").actor.login == "admin"
        finally:
            pg_security.drop_roles(db, new_prefix)
            db.close()
    finally:
        next(places, None)


def test_set_password_is_for_the_owner_and_reaches_the_login_role(
        server: ServerJournal, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``ejournal set-password``: the admin forgot the password; a staff member's own role may not do it."""
    from ejournal_desktop import cli

    s = server.school
    pw = tmp_path / "pw.txt"
    pw.write_text("новый-пароль-9\n", encoding="utf-8")
    db = db_proxy.obj
    db.execute_sql('UPDATE "user" SET failed_logins = 3, locked_until = now() + interval \'10 minutes\' '
                   "WHERE login = 'admin'")
    db.close()

    def state() -> tuple[object, ...]:
        owner = server.owner()
        try:
            row = owner.execute_sql('SELECT password_hash, failed_logins, version FROM "user" WHERE login = %s',
                                    ("admin",)).fetchone()
            verifier = owner.execute_sql("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                                         (server.role("admin"),)).fetchone()
            audit = owner.execute_sql("SELECT count(*) FROM audit_entry").fetchone()
            return (*row, *verifier, *audit)
        finally:
            owner.close()

    before = state()
    parts = urlsplit(server.owner_url)
    for login in ("ivanova", "director", "deputy"):  # as a staff member's own role: the database refuses
        as_staff = urlunsplit(parts._replace(netloc=parts.netloc.replace("postgres@", server.role(login) + "@")))
        code = cli.main(["set-password", "--db", as_staff, "--login", "admin", "--password-file", str(pw)])
        out, err = capsys.readouterr()
        assert code == cli.EXIT_ERROR and "не может задавать пароли" in err, err
        assert err.count("\n") == 1 and "Traceback" not in err and "готово" not in out
    code = cli.main(["set-password", "--db", server.staff_url, "--login", "admin", "--password-file", str(pw)])
    err = capsys.readouterr().err
    assert code == cli.EXIT_ERROR and "владелец журнала" in err and "postgresql://ejournal@сервер" in err
    assert state() == before

    assert cli.main(["set-password", "--db", server.owner_url, "--login", "admin", "--password-file", str(pw)]) == 0
    assert f"Роль входа на сервер {server.role('admin')} получила тот же пароль." in capsys.readouterr().out
    owner = server.owner()
    try:
        row = owner.execute_sql('SELECT failed_logins, locked_until, must_change_password FROM "user" '
                                "WHERE login = 'admin'").fetchone()
        assert row == (0, None, False)
        verifier = owner.execute_sql("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                                     (server.role("admin"),)).fetchone()[0]
        assert pg_security.scram_matches(verifier, "новый-пароль-9")
        member = owner.execute_sql("SELECT pg_has_role(%s, %s, 'MEMBER')",
                                   (server.role("admin"), pg_security.group_role(server.prefix, "admin"))).fetchone()
        assert member == (True,)  # the roles stay
        entry = owner.execute_sql("SELECT user_id, entity_id FROM audit_entry "
                                  "WHERE action = 'user.password_set_offline'").fetchall()
        assert entry == [(None, s.admin.user_id)]
    finally:
        owner.close()
    db = open_journal(server.staff_url, login="admin", password="новый-пароль-9")
    try:
        assert auth.login("admin", "новый-пароль-9").actor.user_id == s.admin.user_id
    finally:
        db.close()
