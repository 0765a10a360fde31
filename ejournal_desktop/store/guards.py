"""Rules the database keeps by itself, whatever program connects to it.

The audit trail (``audit_entry``) is append-only: an UPDATE or DELETE of an entry
is refused by a trigger, on SQLite (``RAISE(ABORT)``) and on PostgreSQL (a PL/pgSQL
trigger function, also refusing TRUNCATE; ``db/postgres/audit_append_only.sql``).
Inserting stays allowed, so the services append as before.

:func:`install` is idempotent; it runs inside the caller's transaction when there is
one (DDL is transactional on both databases).  Call it when a journal is created
(``bootstrap.initialize``, after ``schema.migrate``), when an existing journal is
migrated, and after a restore.

:func:`uninstall` exists for tests that plant damage on purpose (inside a transaction
that is rolled back afterwards) and for a restore that replaces the whole journal.
"""

from __future__ import annotations

from importlib import resources

from peewee import Database, SqliteDatabase

AUDIT_TABLE = "audit_entry"
SQL_ASSET = "audit_append_only.sql"
STATEMENT_SEPARATOR = "-- ;;"

REFUSAL = "Журнал аудита только дополняется: изменять и удалять записи нельзя."

SQLITE_TRIGGERS: dict[str, str] = {
    "audit_entry_no_update": (
        f"CREATE TRIGGER IF NOT EXISTS audit_entry_no_update BEFORE UPDATE ON {AUDIT_TABLE} "
        f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
    ),
    "audit_entry_no_delete": (
        f"CREATE TRIGGER IF NOT EXISTS audit_entry_no_delete BEFORE DELETE ON {AUDIT_TABLE} "
        f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
    ),
}

PG_TRIGGERS = ("audit_entry_append_only", "audit_entry_no_truncate")
PG_FUNCTION = "ejournal_audit_append_only"


def postgres_sql() -> str:
    """The text of ``db/postgres/audit_append_only.sql`` (installed as ``ejournal_desktop.db``)."""
    return (resources.files("ejournal_desktop.db") / "postgres" / SQL_ASSET).read_text(encoding="utf-8")


def postgres_statements() -> list[str]:
    parts = postgres_sql().split(STATEMENT_SEPARATOR)
    out: list[str] = []
    for part in parts:
        lines = [line for line in part.splitlines() if line.strip() and not line.lstrip().startswith("--")]
        if lines:
            out.append(part.strip())
    return out


def install(db: Database) -> None:
    """Make the audit trail append-only in this database (idempotent)."""
    if isinstance(db, SqliteDatabase):
        for sql in SQLITE_TRIGGERS.values():
            db.execute_sql(sql)
        return
    cursor = db.cursor()
    for statement in postgres_statements():
        # no parameters: psycopg sends the statement as it is ($$ bodies, %-signs included)
        cursor.execute(statement)


def uninstall(db: Database) -> None:
    """Remove the guards (tests planting damage inside a rolled-back transaction; restore)."""
    if isinstance(db, SqliteDatabase):
        for name in SQLITE_TRIGGERS:
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
        return
    if AUDIT_TABLE in db.get_tables():
        for name in PG_TRIGGERS:
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name} ON {AUDIT_TABLE}")


def installed(db: Database) -> bool:
    """Whether every guard is in place."""
    if isinstance(db, SqliteDatabase):
        rows = db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (AUDIT_TABLE,)
        ).fetchall()
        return set(SQLITE_TRIGGERS) <= {str(r[0]) for r in rows}
    rows = db.execute_sql(
        "SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE c.relname = %s AND c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal",
        (AUDIT_TABLE,),
    ).fetchall()
    return set(PG_TRIGGERS) <= {str(r[0]) for r in rows}
