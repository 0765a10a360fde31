"""Database binding: what is and is not a journal, pragmas, schema versions and migrations."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from ejournal_desktop.store import schema
from ejournal_desktop.store.database import (
    NotAJournalError,
    StoreError,
    connect,
    open_journal,
    parse_target,
)


def test_sqlite_pragmas_and_owner_only_file(journal, db_spec: str) -> None:
    target = parse_target(db_spec)
    if target.kind != "sqlite":
        pytest.skip("SQLite only")
    db = open_journal(db_spec)
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert stat.S_IMODE(os.stat(db_spec).st_mode) == 0o600
    db.close()


def test_open_journal_checks_version(journal, db_spec: str) -> None:
    db = open_journal(db_spec)
    assert schema.current_version(db) == schema.latest_version() >= 1
    db.execute_sql(f"INSERT INTO {schema.HISTORY_TABLE} (name, applied) VALUES ('9999_future', '2030-01-01')")
    db.close()
    with pytest.raises(NotAJournalError, match="более новой версией"):
        open_journal(db_spec)


@pytest.mark.parametrize(
    "content",
    [b"just some text\n", os.urandom(4096), b""],
    ids=["text", "random", "empty-file"],
)
def test_not_a_journal_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(NotAJournalError) as err:
        open_journal(str(path))
    assert "журнал" in err.value.message


def test_another_programs_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE foo (x)")
    with pytest.raises(NotAJournalError, match="другой программы"):
        open_journal(str(path))


def test_missing_file_and_bad_urls(tmp_path: Path) -> None:
    with pytest.raises(NotAJournalError, match="не найден"):
        open_journal(str(tmp_path / "missing.sqlite3"))
    with pytest.raises(StoreError, match="Не понимаю адрес"):
        parse_target("mysql://x/y")
    with pytest.raises(StoreError, match="Не удалось подключиться"):
        open_journal("postgresql://postgres@127.0.0.1:1/nothing")


def test_empty_database_is_not_a_journal(db_spec: str) -> None:
    db = connect(parse_target(db_spec), create=True)
    db.close()
    with pytest.raises(NotAJournalError, match="пуста"):
        open_journal(db_spec)


def test_migration_runner_applies_a_new_migration(journal, db_spec: str, tmp_path: Path, monkeypatch) -> None:
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    for src in schema.migrations_dir().glob("[0-9]*.py"):
        (migrations / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    new_version = schema.latest_version() + 1
    (migrations / f"{new_version:04d}_student_note.py").write_text(
        "from peewee import TextField\n\n"
        "def up(migrator, db):\n"
        "    migrator.migrate(migrator.add_column('student', 'note', TextField(default='')))\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(schema, "migrations_dir", lambda: migrations)
    with pytest.raises(NotAJournalError, match="нужно обновить"):
        open_journal(db_spec)
    db = open_journal(db_spec, migrate=True)
    assert schema.migrate(db) == [f"{new_version:04d}_student_note"]
    assert schema.current_version(db) == new_version
    assert "note" in {c.name for c in db.get_columns("student")}
    assert schema.migrate(db) == []
    db.close()
