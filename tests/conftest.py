"""Test isolation: each test gets its own fresh journal database.

The data-layer fixtures are parametrized over SQLite and PostgreSQL.  The
PostgreSQL leg uses a fresh schema per test in the database named by
``EJOURNAL_TEST_PG`` (default ``postgresql://postgres@127.0.0.1:5432/ejournal_test``).
When no server answers, that leg is skipped with a message — except under
``CI=true`` where a missing server fails the run.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ejournal_desktop.services import auth

# argon2id stays argon2id, only cheaper: the suite creates hundreds of accounts
auth.configure_hasher(time_cost=1, memory_cost=1024)

PG_URL = os.environ.get("EJOURNAL_TEST_PG", "postgresql://postgres@127.0.0.1:5432/ejournal_test")
_pg_state: dict[str, object] = {}


def _pg_admin_url() -> tuple[str, str]:
    from urllib.parse import urlparse

    u = urlparse(PG_URL)
    dbname = (u.path or "/").lstrip("/") or "postgres"
    return u._replace(path="/postgres", query="").geturl(), dbname


def pg_available() -> str | None:
    """None when the PostgreSQL leg can run, else why not."""
    if "reason" in _pg_state:
        return _pg_state["reason"]  # type: ignore[return-value]
    reason: str | None = None
    try:
        import psycopg

        admin_url, dbname = _pg_admin_url()
        with psycopg.connect(admin_url, autocommit=True, connect_timeout=3) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (dbname,)).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{dbname}"')
    except Exception as exc:  # no server, no driver, no rights
        reason = f"PostgreSQL недоступен ({PG_URL}): {str(exc).splitlines()[0] if str(exc) else exc!r}"
    _pg_state["reason"] = reason
    return reason


def pg_schema_url() -> Iterator[str]:
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    base = PG_URL.split("?")[0]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{base}?schema={schema}"
    finally:
        from ejournal_desktop.store.models import db_proxy

        if db_proxy.obj is not None and not db_proxy.obj.is_closed():
            db_proxy.obj.close()
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def require_pg() -> None:
    reason = pg_available()
    if reason is None:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("CI требует PostgreSQL: " + reason)
    pytest.skip(reason)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_spec(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A place for a fresh journal: a SQLite file path or a PostgreSQL URL (empty schema)."""
    if request.param == "sqlite":
        yield str(tmp_path / "journal.sqlite3")
        return
    require_pg()
    yield from pg_schema_url()


@pytest.fixture
def sqlite_spec(tmp_path) -> str:
    return str(tmp_path / "journal.sqlite3")


@pytest.fixture
def journal(db_spec: str) -> Iterator[object]:
    """An initialised, empty journal with one administrator; yields the admin actor."""
    from ejournal_desktop.services.bootstrap import initialize
    from ejournal_desktop.store.database import connect, parse_target

    db = connect(parse_target(db_spec), create=True)
    admin = initialize(db, school_name="МБОУ «Тестовая школа»", admin_login="admin",
                       admin_password="admin-pass")
    yield admin
    db.close()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def school_template(request: pytest.FixtureRequest, tmp_path_factory):
    """The fixed school built once per backend; tests run inside a rolled-back transaction."""
    from ejournal_desktop.services.bootstrap import initialize
    from ejournal_desktop.store.database import connect, parse_target
    from tests.factory import build_school

    if request.param == "sqlite":
        spec = str(tmp_path_factory.mktemp("school") / "journal.sqlite3")
        cleanup = None
    else:
        require_pg()
        cleanup = pg_schema_url()
        spec = next(cleanup)
    db = connect(parse_target(spec), create=True)
    admin = initialize(db, school_name="МБОУ «Тестовая школа»", admin_login="admin",
                       admin_password="admin-pass")
    built = build_school(admin)
    yield db, built
    db.close()
    if cleanup is not None:
        next(cleanup, None)


@pytest.fixture
def school(school_template):
    """The small fixed school of tests/factory.py (built through the services).

    Each test sees it pristine: everything it writes is rolled back afterwards.
    Tests that need real commits (several connections, crashes) use ``journal``.
    """
    from ejournal_desktop.store.models import db_proxy

    db, built = school_template
    if db.is_closed():
        db.connect()
    db_proxy.initialize(db)
    with db.atomic() as txn:
        yield built
        txn.rollback()
