"""Permissions enforced by PostgreSQL itself: a login role per staff account, grants, row-level security.

Why
---
On a school server the service layer is not the only way in: anyone who has the
credentials the program uses can talk to PostgreSQL with ``psql``.  So on a server
journal every staff account is its own PostgreSQL login role, the program connects
as that role with the password the person types at login, and the database refuses
by itself what DESIGN §1 does not allow (issue 8, item 4).  SQLite journals are
untouched: everything here is a no-op there.

Roles (cluster-wide names, unique per journal)
----------------------------------------------
* The journal's *role prefix* is ``ej_<tag>_<hash>_`` where ``tag`` is the schema
  (or, for the ``public`` schema, the database name) reduced to ``[a-z0-9]`` and cut
  to 10 characters, and ``hash`` four hex digits of MD5 over ``database/schema``.
  It is computed from the server address alone (:func:`role_prefix`), so a PC that
  knows only the address and the login can name the role before connecting; two
  journals on one server (other database or other schema) get other prefixes.
  ``ejournal pg-setup`` stores it in ``meta`` (key ``pg_role_prefix``); its presence
  is what "server logins are on" means (:func:`enabled`).
* Login role of an account: ``prefix + login`` (logins are ``[a-z0-9._-]``, never
  upper case; the name is always quoted).  When that is longer than PostgreSQL's 63
  bytes, ``prefix + 'h' + md5(login)[:16]``.  Logins never change, so neither does
  the role.  The role has LOGIN unless the account is blocked (NOLOGIN), and the
  account's program password as its PostgreSQL password (a SCRAM-SHA-256 verifier
  computed by the program — the plain password never reaches the server's logs).
* Group roles (NOLOGIN) ``prefix + '_staff'`` (every account), ``'_admin'``,
  ``'_director'``, ``'_deputy'`` (the stored roles of the account).  A login can
  never be named like a group: a login does not start with ``_``.  The grants are
  given to the groups; an account's login role is a member of ``_staff`` and of the
  groups of its stored roles, and :func:`sync_account` keeps that true when the
  admin changes the roles.  «Классный руководитель» and «учитель» are relations to a
  class or an assignment, so they are row-level security, not groups.

Who may create roles
--------------------
The *installer* — the PostgreSQL role that owns the journal's tables (it ran
``ejournal init`` / ``migrate``) — needs CREATEROLE (or is a superuser).  It runs
``ejournal pg-setup --db postgresql://owner@server/db`` once (and again after each
``ejournal migrate`` and after a restore, to refresh the grants): that creates the
group roles, grants, and a login role for every account.  After that the admin's
account service needs no special attribute: it calls ``ej_account_role_sync`` — a
SECURITY DEFINER function owned by the installer, with a fixed search_path — which
refuses unless the caller is a PostgreSQL role with CREATEROLE, a journal account
holding the admin role, or (for the password only) the account itself.  Role DDL is
transactional, so a refused or failed account change leaves no role behind.

Grants
------
* every account (``_staff``): USAGE on the schema and its sequences; SELECT on every
  table except ``"user".password_hash`` (column grants); INSERT/UPDATE/DELETE on
  lesson, mark, absence, period mark, students and their movement, parents,
  subgroups, plans, messages, correction requests, parents' contacts, the print log
  and the weekly check — the journal tables under row-level security; ``audit_entry``
  INSERT only (with SELECT: no UPDATE, DELETE or TRUNCATE, and the triggers of
  :mod:`guards` refuse those for everyone); UPDATE of ``"user"`` only for the lockout
  columns of the own row.  Passwords of teachers go through SECURITY DEFINER
  functions that touch the caller's own row only (``ej_own_password_hash``,
  ``ej_set_own_password_hash``).
* ``_deputy``: periods (close/reopen), substitutions.  ``_director``: certification,
  the year archive.  ``_admin``: all tables (including password hashes), still only
  INSERT + SELECT on the audit trail.

Row-level security (ENABLE, not FORCE)
--------------------------------------
On lesson, mark, absence, period_mark, student, enrollment, audit_entry and user:
reading is open (everyone reads the journal; the program narrows what it shows), a
write passes only when ``ej_may_write(...)`` holds for the row before and after
(a lesson row may be locked by its teacher, substitute or homeroom teacher also in a
closed period — a correction request does that — but not changed):

* the account is an admin (corrections; the program asks for the reason), or
* the lesson's period is open, the class's year is not certified, and the account is
  the assignment's teacher or the lesson's substitute — or, for attendance (and for
  marks when the school setting ``homeroom_may_correct_marks`` is on), the class's
  homeroom teacher;
* period marks: the teacher of the class × subject in that year, period not closed,
  year not certified; students: admin, or the homeroom teacher of a class the
  student is (or is being) enrolled in; enrollment: admin or the class's homeroom
  teacher; audit entries: only in the own name (or anonymous: failed logins);
  ``"user"``: own row (lockout counters), admin all.

The editing window (N days after the lesson) stays a program rule: it depends on
"today" and on requests the deputy grants.  RLS is ENABLEd, not FORCEd: the owner of
the tables (the installer, the restore, the test suite's superuser) is not subject
to it — the owner can drop the policies anyway, so forcing would protect nothing and
would break ``init``/``migrate``/``restore``.  Staff roles never own anything.
``ej_me()`` maps ``session_user`` (the role that logged in; ``SET ROLE`` does not
change it) to the account, and returns NULL for a blocked account, so a blocked
person's open session can no longer write.

Logging in
----------
Through the program: the server address names no user
(``postgresql://server/db``); the program connects as ``role_prefix + login`` with the
typed password (PostgreSQL checks it), then the usual login service runs as that
role (blocked account, forced change, audit).  An address naming a user
(``postgresql://owner@server/db`` + server password) is the installer's maintenance
connection, as before.  When someone logs in through such a connection while
server logins are on, their login role gets the password they typed — that is how
accounts created before ``pg-setup`` get a server password (or the admin resets it).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from peewee import Database, PostgresqlDatabase

PREFIX_KEY = "pg_role_prefix"
GROUPS = ("staff", "admin", "director", "deputy")
MAX_ROLE_BYTES = 63
SCRAM_ITERATIONS = 4096

# Tables and what the groups may do with them (the rest: SELECT for staff, ALL for admin).
STAFF_WRITES = (
    "lesson", "mark", "absence", "period_mark", "student", "enrollment", "parent", "student_parent",
    "consent", "subgroup", "subgroup_member", "thematic_plan", "plan_topic", "message",
    "correction_request", "parent_contact", "print_record", "weekly_check",
)
DEPUTY_WRITES = ("period", "substitution")
DIRECTOR_WRITES = ("certification", "year_archive", "archive_copy")
RLS_TABLES = ("lesson", "mark", "absence", "period_mark", "student", "enrollment", "audit_entry", "user")
USER_LOCKOUT_COLUMNS = ("failed_logins", "locked_until")
HIDDEN_USER_COLUMNS = ("password_hash",)
AUDIT_TABLE = "audit_entry"


# --- names --------------------------------------------------------------------------


def role_prefix(dbname: str, schema: str) -> str:
    """``ej_<tag>_<hash>_`` for the journal at database ``dbname``, schema ``schema``."""
    schema = schema or "public"
    source = dbname if schema == "public" else schema
    tag = re.sub(r"[^a-z0-9]", "", source.lower())[:10] or "journal"
    digest = hashlib.md5(f"{dbname}/{schema}".encode()).hexdigest()[:4]
    return f"ej_{tag}_{digest}_"


def login_role(prefix: str, login: str) -> str:
    """The PostgreSQL login role of the account ``login`` (same rule as SQL ``ej_login_role``)."""
    name = prefix + login
    if len(name.encode()) <= MAX_ROLE_BYTES:
        return name
    return prefix + "h" + hashlib.md5(login.encode()).hexdigest()[:16]


def group_role(prefix: str, group: str) -> str:
    return f"{prefix}_{group}"


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def scram_verifier(password: str, *, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 5802/7677).

    PostgreSQL applies SASLprep to the password; NFKC normalisation covers what a
    school's passwords hold (ASCII is left as it is).
    """
    text = password if password.isascii() else unicodedata.normalize("NFKC", password)
    salt = salt if salt is not None else os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", text.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = base64.b64encode
    return (f"SCRAM-SHA-256${iterations}:{b64(salt).decode()}"
            f"${b64(stored_key).decode()}:{b64(server_key).decode()}")


def scram_matches(verifier: str, password: str) -> bool:
    """Whether a stored SCRAM-SHA-256 verifier is the one of ``password`` (tests, diagnostics)."""
    m = re.fullmatch(r"SCRAM-SHA-256\$(\d+):([^$]+)\$([^:]+):(.+)", verifier or "")
    if not m:
        return False
    iterations, salt = int(m.group(1)), base64.b64decode(m.group(2))
    return hmac.compare_digest(scram_verifier(password, salt=salt, iterations=iterations), verifier)


# --- state of a database -------------------------------------------------------------


def is_postgres(db: Database | None) -> bool:
    return isinstance(db, PostgresqlDatabase)


def _scalar(db: Database, sql: str, params: tuple[Any, ...] = ()) -> Any:
    row = db.execute_sql(sql, params).fetchone()
    return row[0] if row else None


def stored_prefix(db: Database) -> str | None:
    """The role prefix ``pg-setup`` stored, or None (server logins not set up; SQLite)."""
    if not is_postgres(db) or "meta" not in db.get_tables():
        return None
    value = _scalar(db, "SELECT value FROM meta WHERE key = %s", (PREFIX_KEY,))
    return str(value) if value else None


def enabled(db: Database | None) -> bool:
    return db is not None and stored_prefix(db) is not None


def own_prefix(db: Database) -> str:
    """The role prefix of the journal ``db`` is connected to (its database and schema)."""
    return role_prefix(str(_scalar(db, "SELECT current_database()")), str(_scalar(db, "SELECT current_schema()")))


def forget_other_journal(db: Database) -> bool:
    """After a restore: drop the role prefix the copy brought when it names another journal's roles.

    A copy of the school server's journal restored into another database or schema (a test copy,
    a move) would otherwise carry the original's prefix, and the account services here would
    change the ORIGINAL journal's server roles (passwords, blocking).  Without the prefix this
    journal has server logins off until ``ejournal pg-setup`` gives it roles of its own.  Returns
    whether a prefix was dropped.  (Restored into the same database and schema, the prefix names
    this journal's own roles and stays.)
    """
    stored = stored_prefix(db)
    if stored is None or stored == own_prefix(db):
        return False
    db.execute_sql("DELETE FROM meta WHERE key = %s", (PREFIX_KEY,))
    return True


def policies_installed(db: Database) -> bool:
    return bool(is_postgres(db) and _scalar(
        db, "SELECT count(*) FROM pg_proc WHERE proname = 'ej_may_write' "
            "AND pronamespace = current_schema()::regnamespace"))


def connected_user_id(db: Database | None) -> int | None:
    """The account this connection logged in as (its own login role), else None."""
    if not is_postgres(db) or db is None or not policies_installed(db):
        return None
    value = _scalar(db, "SELECT ej_me()")
    return int(value) if value is not None else None


# --- the SQL installed by migration 0004 ---------------------------------------------


def _functions(schema: str) -> list[str]:
    path = f"SET search_path = {quote_ident(schema)}, pg_temp"
    definer = f"LANGUAGE sql STABLE SECURITY DEFINER {path}"
    return [
        f"""CREATE OR REPLACE FUNCTION ej_login_role(p_login text) RETURNS text {definer} AS $$
            SELECT CASE WHEN octet_length(m.value || p_login) <= {MAX_ROLE_BYTES} THEN m.value || p_login
                        ELSE m.value || 'h' || left(md5(p_login), 16) END
            FROM meta m WHERE m.key = '{PREFIX_KEY}' $$""",
        # the account of the role that logged in (SET ROLE does not change session_user)
        f"""CREATE OR REPLACE FUNCTION ej_me() RETURNS integer {definer} AS $$
            SELECT u.id FROM "user" u CROSS JOIN (SELECT value FROM meta WHERE key = '{PREFIX_KEY}') m
            WHERE NOT u.blocked AND session_user::text = CASE
                WHEN octet_length(m.value || u.login) <= {MAX_ROLE_BYTES} THEN m.value || u.login
                ELSE m.value || 'h' || left(md5(u.login), 16) END $$""",
        f"""CREATE OR REPLACE FUNCTION ej_is_admin() RETURNS boolean {definer} AS $$
            SELECT EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = ej_me() AND r.role = 'admin') $$""",
        f"""CREATE OR REPLACE FUNCTION ej_year_certified(p_class integer) RETURNS boolean {definer} AS $$
            SELECT EXISTS (SELECT 1 FROM school_class c JOIN certification z
                           ON z.school_class_id = c.id AND z.year_id = c.year_id WHERE c.id = p_class) $$""",
        # the lesson's day lies in an open period of the class's year, and the year is not certified
        f"""CREATE OR REPLACE FUNCTION ej_day_open(p_assignment integer, p_date date) RETURNS boolean
            {definer} AS $$
            SELECT EXISTS (
                SELECT 1 FROM assignment a
                JOIN school_class c ON c.id = a.school_class_id
                JOIN period p ON p.year_id = c.year_id AND p.start <= p_date AND p."end" >= p_date
                WHERE a.id = p_assignment AND NOT p.closed AND NOT ej_year_certified(c.id)) $$""",
        f"""CREATE OR REPLACE FUNCTION ej_teaches(p_assignment integer, p_date date, p_number integer)
            RETURNS boolean {definer} AS $$
            SELECT EXISTS (SELECT 1 FROM assignment a WHERE a.id = p_assignment AND a.teacher_id = ej_me())
                OR EXISTS (SELECT 1 FROM substitution s WHERE s.assignment_id = p_assignment
                           AND s.date = p_date AND s.number = p_number AND s.substitute_id = ej_me()) $$""",
        f"""CREATE OR REPLACE FUNCTION ej_is_homeroom(p_class integer) RETURNS boolean {definer} AS $$
            SELECT EXISTS (SELECT 1 FROM school_class c WHERE c.id = p_class AND c.homeroom_id = ej_me()) $$""",
        # p_what: 'lesson' (topic, homework…), 'mark', 'absence'
        f"""CREATE OR REPLACE FUNCTION ej_may_write(p_assignment integer, p_date date, p_number integer,
                                                    p_what text) RETURNS boolean {definer} AS $$
            SELECT ej_me() IS NOT NULL AND (ej_is_admin() OR (
                ej_day_open(p_assignment, p_date) AND (
                    ej_teaches(p_assignment, p_date, p_number)
                    OR (p_what IN ('mark', 'absence')
                        AND ej_is_homeroom((SELECT a.school_class_id FROM assignment a WHERE a.id = p_assignment))
                        AND (p_what = 'absence' OR EXISTS (
                            SELECT 1 FROM setting s WHERE s.key = 'homeroom_may_correct_marks'
                            AND s.value = 'true')))))) $$""",
        # who may lock a lesson row (SELECT … FOR UPDATE): its people, also in a closed period
        # (a correction request locks it); what they may write is ej_may_write
        f"""CREATE OR REPLACE FUNCTION ej_lesson_related(p_assignment integer, p_date date, p_number integer)
            RETURNS boolean {definer} AS $$
            SELECT ej_me() IS NOT NULL AND (ej_is_admin() OR ej_teaches(p_assignment, p_date, p_number)
                OR ej_is_homeroom((SELECT a.school_class_id FROM assignment a WHERE a.id = p_assignment))) $$""",
        f"""CREATE OR REPLACE FUNCTION ej_may_write_in_lesson(p_lesson integer, p_what text) RETURNS boolean
            {definer} AS $$
            SELECT COALESCE((SELECT ej_may_write(l.assignment_id, l.date, l.number, p_what)
                             FROM lesson l WHERE l.id = p_lesson), false) $$""",
        f"""CREATE OR REPLACE FUNCTION ej_may_write_period_mark(p_class integer, p_subject integer,
                p_year integer, p_period integer) RETURNS boolean {definer} AS $$
            SELECT ej_me() IS NOT NULL AND (ej_is_admin() OR (
                EXISTS (SELECT 1 FROM assignment a WHERE a.school_class_id = p_class
                        AND a.subject_id = p_subject AND a.year_id = p_year AND a.teacher_id = ej_me())
                AND NOT ej_year_certified(p_class)
                AND NOT EXISTS (SELECT 1 FROM period p WHERE p.id = p_period AND p.closed))) $$""",
        f"""CREATE OR REPLACE FUNCTION ej_may_edit_student(p_student integer) RETURNS boolean {definer} AS $$
            SELECT ej_me() IS NOT NULL AND (ej_is_admin() OR EXISTS (
                SELECT 1 FROM enrollment e JOIN school_class c ON c.id = e.school_class_id
                WHERE e.student_id = p_student AND c.homeroom_id = ej_me())) $$""",
        f"""CREATE OR REPLACE FUNCTION ej_may_add_student() RETURNS boolean {definer} AS $$
            SELECT ej_me() IS NOT NULL AND (ej_is_admin()
                OR EXISTS (SELECT 1 FROM school_class c WHERE c.homeroom_id = ej_me())) $$""",
        # a teacher's own password hash: the login check and the password change need it
        f"""CREATE OR REPLACE FUNCTION ej_own_password_hash(p_login text) RETURNS text {definer} AS $$
            SELECT u.password_hash FROM "user" u WHERE u.id = ej_me() AND u.login = p_login $$""",
        f"""CREATE OR REPLACE FUNCTION ej_set_own_password_hash(p_hash text, p_must_change boolean)
            RETURNS boolean LANGUAGE sql VOLATILE SECURITY DEFINER {path} AS $$
            UPDATE "user" SET password_hash = p_hash, must_change_password = p_must_change,
                              version = version + 1
            WHERE id = ej_me() AND p_hash LIKE '$argon2id$%'
            RETURNING true $$""",
        # create or update the login role of an account: admin accounts, CREATEROLE roles;
        # the account itself may only set its own password
        f"""CREATE OR REPLACE FUNCTION ej_account_role_sync(p_user integer, p_verifier text)
            RETURNS text LANGUAGE plpgsql VOLATILE SECURITY DEFINER {path} AS $$
            DECLARE
                v_prefix text := (SELECT value FROM meta WHERE key = '{PREFIX_KEY}');
                v_login text;
                v_blocked boolean;
                v_role text;
                v_group text;
                v_manager boolean := ej_is_admin() OR EXISTS (
                    SELECT 1 FROM pg_roles WHERE rolname = session_user AND (rolsuper OR rolcreaterole));
            BEGIN
                IF v_prefix IS NULL THEN
                    RAISE EXCEPTION 'Вход под своими ролями на сервере не настроен (ejournal pg-setup).';
                END IF;
                SELECT login, blocked INTO v_login, v_blocked FROM "user" WHERE id = p_user;
                IF v_login IS NULL THEN
                    RAISE EXCEPTION 'Учётная запись % не найдена.', p_user;
                END IF;
                IF v_login !~ '^[a-z0-9][a-z0-9._-]{{1,63}}$' THEN  -- never a group's name
                    RAISE EXCEPTION 'Логин «%» недопустим для роли сервера.', v_login;
                END IF;
                v_role := ej_login_role(v_login);
                IF NOT v_manager THEN
                    IF p_user IS DISTINCT FROM ej_me() OR p_verifier IS NULL THEN
                        RAISE EXCEPTION 'Нет прав на изменение ролей сервера.' USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    EXECUTE format('ALTER ROLE %I PASSWORD %L', v_role, p_verifier);
                    RETURN v_role;
                END IF;
                IF p_verifier IS NOT NULL AND p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
                    RAISE EXCEPTION 'Пароль роли передаётся только в виде SCRAM-SHA-256.';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
                    EXECUTE format('CREATE ROLE %I NOLOGIN', v_role);
                END IF;
                EXECUTE format('ALTER ROLE %I %s', v_role,
                               CASE WHEN v_blocked THEN 'NOLOGIN' ELSE 'LOGIN' END);
                IF p_verifier IS NOT NULL THEN
                    EXECUTE format('ALTER ROLE %I PASSWORD %L', v_role, p_verifier);
                END IF;
                EXECUTE format('GRANT %I TO %I', v_prefix || '_staff', v_role);
                FOREACH v_group IN ARRAY ARRAY['admin', 'director', 'deputy'] LOOP
                    IF EXISTS (SELECT 1 FROM user_role WHERE user_id = p_user AND role = v_group) THEN
                        EXECUTE format('GRANT %I TO %I', v_prefix || '_' || v_group, v_role);
                    ELSIF pg_has_role(v_role, v_prefix || '_' || v_group, 'MEMBER') THEN
                        EXECUTE format('REVOKE %I FROM %I', v_prefix || '_' || v_group, v_role);
                    END IF;
                END LOOP;
                RETURN v_role;
            END $$""",
        "REVOKE ALL ON FUNCTION ej_account_role_sync(integer, text) FROM PUBLIC",
        "REVOKE ALL ON FUNCTION ej_set_own_password_hash(text, boolean) FROM PUBLIC",
        "REVOKE ALL ON FUNCTION ej_own_password_hash(text) FROM PUBLIC",
    ]


def _policies() -> list[str]:
    out: list[str] = []

    def policy(table: str, name: str, command: str, using: str | None, check: str | None) -> None:
        t = quote_ident(table)
        out.append(f"DROP POLICY IF EXISTS {name} ON {t}")
        sql = f"CREATE POLICY {name} ON {t} FOR {command}"
        if using is not None:
            sql += f" USING ({using})"
        if check is not None:
            sql += f" WITH CHECK ({check})"
        out.append(sql)

    for table in RLS_TABLES:
        out.append(f"ALTER TABLE {quote_ident(table)} ENABLE ROW LEVEL SECURITY")
        policy(table, "ej_read", "SELECT", "true", None)
    # a lesson row: its teacher, substitute and homeroom teacher may lock it (FOR UPDATE: a mark,
    # an attendance correction, a correction request in a closed period), but only its teacher
    # in an open period (or an admin) may change what it says
    policy("lesson", "ej_insert", "INSERT", None, "ej_may_write(assignment_id, date, number, 'absence')")
    policy("lesson", "ej_update", "UPDATE", "ej_lesson_related(assignment_id, date, number)",
           "ej_may_write(assignment_id, date, number, 'lesson')")
    policy("lesson", "ej_delete", "DELETE", "ej_is_admin()", None)
    for table, what in (("mark", "mark"), ("absence", "absence")):
        cond = f"ej_may_write_in_lesson(lesson_id, '{what}')"
        policy(table, "ej_insert", "INSERT", None, cond)
        policy(table, "ej_update", "UPDATE", cond, cond)
        policy(table, "ej_delete", "DELETE", cond, None)
    pm = "ej_may_write_period_mark(school_class_id, subject_id, year_id, period_id)"
    policy("period_mark", "ej_insert", "INSERT", None, pm)
    policy("period_mark", "ej_update", "UPDATE", pm, pm)
    policy("period_mark", "ej_delete", "DELETE", pm, None)
    policy("student", "ej_insert", "INSERT", None, "ej_may_add_student()")
    policy("student", "ej_update", "UPDATE", "ej_may_edit_student(id)", "true")
    policy("student", "ej_delete", "DELETE", "ej_may_edit_student(id)", None)
    en = "ej_me() IS NOT NULL AND (ej_is_admin() OR ej_is_homeroom(school_class_id))"
    policy("enrollment", "ej_insert", "INSERT", None, en)
    policy("enrollment", "ej_update", "UPDATE", en, en)
    policy("enrollment", "ej_delete", "DELETE", en, None)
    policy(AUDIT_TABLE, "ej_insert", "INSERT", None, "user_id IS NULL OR user_id = ej_me()")
    policy("user", "ej_update", "UPDATE", "id = ej_me() OR ej_is_admin()", "id = ej_me() OR ej_is_admin()")
    policy("user", "ej_insert", "INSERT", None, "ej_is_admin()")
    policy("user", "ej_delete", "DELETE", "ej_is_admin()", None)
    return out


def install_policies(db: Database) -> None:
    """Functions and row-level security policies (migration 0004; idempotent; no-op on SQLite)."""
    if not is_postgres(db):
        return
    schema = str(_scalar(db, "SELECT current_schema()"))
    cursor = db.cursor()
    for statement in _functions(schema) + _policies():
        cursor.execute(statement)


# --- pg-setup: groups, grants, login roles ----------------------------------------------


@dataclass(frozen=True)
class SetupReport:
    prefix: str
    groups: tuple[str, ...]
    roles: tuple[str, ...]  # login roles of the accounts, in user id order
    logins: tuple[str, ...] = ()  # the accounts' logins, in the same order


def _execute(db: Database, statements: list[str]) -> None:
    cursor = db.cursor()
    for sql in statements:
        cursor.execute(sql)


def _grants(db: Database, prefix: str) -> list[str]:
    schema = quote_ident(str(_scalar(db, "SELECT current_schema()")))
    tables = sorted(db.get_tables())
    staff, admin = (quote_ident(group_role(prefix, g)) for g in ("staff", "admin"))
    out = [f"GRANT USAGE ON SCHEMA {schema} TO {quote_ident(group_role(prefix, g))}" for g in GROUPS]
    out.append(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {staff}")
    for table in tables:
        t = quote_ident(table)
        for g in GROUPS:
            out.append(f"REVOKE ALL ON {t} FROM {quote_ident(group_role(prefix, g))}")
        if table == "user":
            columns = [c.name for c in db.get_columns("user") if c.name not in HIDDEN_USER_COLUMNS]
            out.append(f"GRANT SELECT ({', '.join(quote_ident(c) for c in columns)}) ON {t} TO {staff}")
            out.append(f"GRANT UPDATE ({', '.join(USER_LOCKOUT_COLUMNS)}) ON {t} TO {staff}")
        else:
            out.append(f"GRANT SELECT ON {t} TO {staff}")
        if table == AUDIT_TABLE:
            out.append(f"GRANT INSERT ON {t} TO {staff}")
            out.append(f"GRANT SELECT, INSERT ON {t} TO {admin}")
            continue
        if table in STAFF_WRITES:
            out.append(f"GRANT INSERT, UPDATE, DELETE ON {t} TO {staff}")
        if table == "assignment":  # a teacher links own pages to a thematic plan
            out.append(f"GRANT UPDATE (plan_id) ON {t} TO {staff}")
        for group, writes in (("deputy", DEPUTY_WRITES), ("director", DIRECTOR_WRITES)):
            if table in writes:
                out.append(f"GRANT INSERT, UPDATE, DELETE ON {t} TO {quote_ident(group_role(prefix, group))}")
        out.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {admin}")
    functions = ("ej_account_role_sync(integer, text)", "ej_set_own_password_hash(text, boolean)",
                 "ej_own_password_hash(text)")
    out += [f"GRANT EXECUTE ON FUNCTION {f} TO {staff}" for f in functions]
    return out


def setup(db: Database, dbname: str, schema: str) -> SetupReport:
    """``ejournal pg-setup``: groups, grants and a login role per account (idempotent).

    Runs as the installer (CREATEROLE or superuser), in one transaction.  Accounts
    created before get a role without a password; see the module docstring.
    """
    if not is_postgres(db):
        raise ValueError("PostgreSQL only")
    prefix = role_prefix(dbname, schema)
    with db.atomic():
        install_policies(db)
        db.execute_sql(
            "INSERT INTO meta (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            (PREFIX_KEY, prefix))
        groups = tuple(group_role(prefix, g) for g in GROUPS)
        for name in groups:
            if not _scalar(db, "SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)):
                db.execute_sql(f"CREATE ROLE {quote_ident(name)} NOLOGIN")
        _execute(db, _grants(db, prefix))
        accounts = [(int(uid), str(login)) for uid, login in
                     db.execute_sql('SELECT id, login FROM "user" ORDER BY id').fetchall()]
        roles = tuple(str(_scalar(db, "SELECT ej_account_role_sync(%s, NULL)", (uid,))) for uid, _ in accounts)
    return SetupReport(prefix, groups, roles, tuple(login for _, login in accounts))


def sync_account(db: Database | None, user_id: int, password: str | None = None) -> None:
    """Make the account's login role follow the account (inside the caller's transaction).

    No-op on SQLite and on a server where ``pg-setup`` has not been run.
    """
    if db is None or not enabled(db):
        return
    verifier = scram_verifier(password) if password is not None else None
    db.execute_sql("SELECT ej_account_role_sync(%s, %s)", (int(user_id), verifier))


def own_password_hash(db: Database, login: str) -> str | None:
    """The password hash of the connected account (own login role connections)."""
    value = _scalar(db, "SELECT ej_own_password_hash(%s)", (login,))
    return str(value) if value is not None else None


def set_own_password_hash(db: Database, password_hash: str, *, must_change: bool = False) -> None:
    if not _scalar(db, "SELECT ej_set_own_password_hash(%s, %s)", (password_hash, must_change)):
        raise PermissionError("own password hash not stored")


def drop_roles(db: Database, prefix: str | None = None) -> list[str]:
    """Drop every role of this journal (tests; a school leaving the server).  Installer only."""
    if not is_postgres(db):
        return []
    prefix = prefix or stored_prefix(db)
    if not prefix:
        return []
    pattern = prefix.replace("_", r"\_") + "%"
    names = [str(r[0]) for r in db.execute_sql(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE %s ORDER BY rolcanlogin DESC, rolname", (pattern,)
    ).fetchall()]
    for name in names:
        db.execute_sql(f"DROP OWNED BY {quote_ident(name)}")
        db.execute_sql(f"DROP ROLE {quote_ident(name)}")
    return names


def remove(db: Database) -> list[str]:
    """``ejournal pg-setup --remove``: drop the journal's roles and switch server logins off.

    The policies stay (they refuse every staff write when nobody maps to an account);
    the installer's connection works as before.
    """
    with db.atomic():
        names = drop_roles(db)
        db.execute_sql("DELETE FROM meta WHERE key = %s", (PREFIX_KEY,))
    return names
