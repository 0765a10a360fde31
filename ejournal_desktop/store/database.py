"""Binding the models to a database: a SQLite file or a school PostgreSQL URL.

``open_database(target)`` returns a connected peewee database and initialises
:data:`models.db_proxy`.  SQLite runs in WAL mode with foreign keys on and
``synchronous=FULL`` so a save the user saw acknowledged survives a power cut.
PostgreSQL is chosen by a ``postgresql://`` URL; its password comes from the
URL (tests, CLI) or from the caller (the login dialog reads the OS keyring).

A server address that names no user (``postgresql://server/db``) plus a staff
login means: connect as that account's own login role with the password the
person typed (:func:`open_journal` ``login=``; roles and their naming in
:mod:`ejournal_desktop.store.pg_security`).  An address naming a user is the
installer's connection (``init``, ``migrate``, ``pg-setup``, restore).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

import peewee
from peewee import Database, PostgresqlDatabase, SqliteDatabase

from ejournal_desktop.i18n import tr
from ejournal_desktop.store import models

APP_MARKER = "ejournal-desktop"
# SQLite's own header field marking our files ("EJRN")
SQLITE_APPLICATION_ID = 0x454A524E


def _t(text: str) -> str:
    return tr("Store", text)


class StoreError(Exception):
    """A database problem with a Russian message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotAJournalError(StoreError):
    pass


class DatabaseUnavailableError(StoreError):
    pass


class ServerLoginRefused(DatabaseUnavailableError):
    """The server refused the staff member's own login role (wrong password, blocked, no role)."""


@dataclass(frozen=True)
class Target:
    """Where the journal lives, parsed from ``--db``."""

    kind: str  # "sqlite" | "postgresql"
    path: Path | None = None
    url: str = ""
    host: str = ""
    port: int = 5432
    user: str = ""
    password: str | None = None
    dbname: str = ""
    schema: str = ""

    @property
    def display(self) -> str:
        if self.kind == "sqlite":
            return str(self.path)
        return f"postgresql://{self.user + '@' if self.user else ''}{self.host}:{self.port}/{self.dbname}"


def default_sqlite_path() -> Path:
    import platformdirs

    base = Path(os.environ.get("EJOURNAL_DATA_DIR") or platformdirs.user_data_dir("ejournal-desktop", False))
    return base / "journal.sqlite3"


def parse_target(spec: str | os.PathLike[str] | None) -> Target:
    if spec is None or str(spec) == "":
        return Target(kind="sqlite", path=default_sqlite_path())
    text = str(spec)
    if text.startswith(("postgresql://", "postgres://")):
        u = urlparse(text)
        query = parse_qs(u.query)
        schema = (query.get("schema") or [""])[0]
        return Target(
            kind="postgresql",
            url=text,
            host=u.hostname or "localhost",
            port=u.port or 5432,
            user=unquote(u.username or ""),
            password=unquote(u.password) if u.password is not None else None,
            dbname=(u.path or "/").lstrip("/") or "postgres",
            schema=schema,
        )
    if "://" in text:
        raise StoreError(
            _t("Не понимаю адрес базы данных «%s»: укажите путь к файлу "
               "или адрес вида postgresql://пользователь@сервер/база.") % text
        )
    return Target(kind="sqlite", path=Path(text).expanduser())


def _sqlite(target: Target, create: bool) -> SqliteDatabase:
    assert target.path is not None
    path = target.path
    if not path.exists():
        if not create:
            raise NotAJournalError(
                _t("Файл базы данных «%s» не найден. Создайте журнал командой "
                   "«ejournal init» или демонстрационную школу командой «ejournal demo».") % path
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        # the journal holds personal data: readable by its owner only
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    elif path.is_dir():
        raise NotAJournalError(_t("«%s» — это папка, а не файл журнала.") % path)
    else:
        with open(path, "rb") as fh:
            head = fh.read(16)
        if head and head != b"SQLite format 3\x00":
            raise NotAJournalError(_t("Файл «%s» не является базой данных журнала.") % path)
    return SqliteDatabase(
        str(path),
        # WAL is switched on in connect() once the file is known to be ours:
        # opening another program's file must not rewrite its header
        pragmas={
            "foreign_keys": 1,
            "synchronous": 2,  # FULL
            "busy_timeout": 10000,
            "cache_size": -16000,
        },
        timeout=10,
        check_same_thread=False,
    )


def _postgres(target: Target, password: str | None) -> PostgresqlDatabase:
    kwargs: dict[str, Any] = {
        "host": target.host,
        "port": target.port,
        "user": target.user or None,
        "connect_timeout": 5,
        "application_name": "ejournal-desktop",
    }
    pw = password if password is not None else target.password
    if pw is not None:
        kwargs["password"] = pw
    if target.schema:
        kwargs["options"] = f"-c search_path={target.schema}"
    kwargs = {k: v for k, v in kwargs.items() if v is not None}
    return PostgresqlDatabase(target.dbname, **kwargs)


def staff_target(target: Target, login: str) -> Target:
    """The same server journal, reached as the staff account's own login role."""
    from dataclasses import replace

    from ejournal_desktop.store.pg_security import login_role, role_prefix

    return replace(target, user=login_role(role_prefix(target.dbname, target.schema), login.strip().lower()),
                   password=None)


def connect(target: Target, *, create: bool = False, password: str | None = None,
            staff_login: str = "") -> Database:
    """Connect and bind the models; no check that it is a journal yet.

    ``staff_login``: the target was made by :func:`staff_target`; a refused
    password is then said as a refused login, not as a network problem.
    """
    db: Database = _sqlite(target, create) if target.kind == "sqlite" else _postgres(target, password)
    try:
        db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        text = str(exc)
        refused = ("password authentication failed" in text or "not permitted to log in" in text
                   or ("does not exist" in text and "role" in text))
        if staff_login and refused:
            raise ServerLoginRefused(
                _t("Сервер журнала не принял вход «%s»: неверный логин или пароль, либо учётная "
                   "запись заблокирована или ещё не получила пароль на сервере. Обратитесь к администратору ЭЖ.")
                % staff_login
            ) from exc
        if target.kind == "postgresql":
            raise DatabaseUnavailableError(
                _t("Не удалось подключиться к серверу журнала %s: %s. Проверьте сеть, адрес и пароль; "
                   "если сервер недоступен, обратитесь к администратору ЭЖ.") % (target.display, _first_line(exc))
            ) from exc
        raise NotAJournalError(_t("Не удалось открыть «%s»: %s") % (target.display, _first_line(exc))) from exc
    except peewee.DatabaseError as exc:
        raise NotAJournalError(_t("Файл «%s» не является базой данных журнала.") % target.display) from exc
    if target.kind == "sqlite":
        try:
            db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        except peewee.DatabaseError as exc:
            db.close()
            raise NotAJournalError(_t("Файл «%s» не является базой данных журнала.") % target.display) from exc
        if (create and is_empty(db)) or is_journal(db):
            db.execute_sql("PRAGMA journal_mode = wal")
    models.db_proxy.initialize(db)
    return db


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else exc.__class__.__name__


def is_empty(db: Database) -> bool:
    return not db.get_tables()


def is_journal(db: Database) -> bool:
    if "meta" not in db.get_tables():
        return False
    row = db.execute_sql("SELECT value FROM meta WHERE key = 'application'").fetchone()
    return bool(row and row[0] == APP_MARKER)


def mark_as_journal(db: Database) -> None:
    for key, value in (
        ("application", APP_MARKER),
        ("created_at", dt.datetime.now().isoformat(timespec="seconds")),
    ):
        models.Meta.insert(key=key, value=value).on_conflict(
            conflict_target=[models.Meta.key], update={models.Meta.value: value}
        ).execute()
    if isinstance(db, SqliteDatabase):
        db.execute_sql(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")


def open_journal(
    spec: str | os.PathLike[str] | None, *, password: str | None = None, migrate: bool = False,
    login: str = "",
) -> Database:
    """Open an existing journal database, refusing anything else with a message.

    ``login``: for a server address that names no user, connect as this staff
    account's own login role with ``password`` (the password typed at login).
    """
    from ejournal_desktop.store import schema

    target = parse_target(spec)
    staff_login = ""
    if target.kind == "postgresql" and not target.user and login.strip():
        target = staff_target(target, login)
        staff_login = login.strip()
    db = connect(target, password=password, staff_login=staff_login)
    try:
        if is_empty(db):
            raise NotAJournalError(
                _t("База данных «%s» пуста. Создайте журнал командой "
                   "«ejournal init» или демонстрационную школу командой «ejournal demo».") % target.display
            )
        if not is_journal(db):
            raise NotAJournalError(
                _t("«%s» — база данных другой программы, а не электронного журнала.") % target.display
            )
        schema.check_version(db, allow_older=migrate)
    except BaseException:
        db.close()
        raise
    return db


@contextmanager
def write_transaction(db: Database | None = None) -> Iterator[None]:
    """One transaction for one service call.

    On SQLite the transaction takes the write lock at BEGIN (IMMEDIATE), so two
    windows saving at once queue up instead of failing half-way.
    """
    database = db or models.db_proxy.obj
    if isinstance(database, SqliteDatabase) and not database.in_transaction():
        with database.atomic(lock_type="IMMEDIATE"):
            yield
    else:
        with database.atomic():
            yield


def sqlite_raw_connection(db: Database) -> sqlite3.Connection:
    conn = db.connection()
    assert isinstance(conn, sqlite3.Connection)
    return conn
