"""Small helpers for reading rows as plain tuples, shared by the services.

peewee's type hints say a query yields model instances; ``.tuples()`` yields
tuples.  These helpers give mypy the truth and keep the services free of the
same three-line wrappers.  :func:`run_sql` sends hand-written SQL straight to
the driver (``?`` placeholders, rewritten for the dialect) for the hot reads.
"""

from __future__ import annotations

import functools
from typing import Any

from peewee import PostgresqlDatabase

from ejournal_desktop.store.models import db_proxy


def rows_of(query: Any) -> list[tuple[Any, ...]]:
    """The rows of a peewee query as plain tuples."""
    return [tuple(row) for row in query.tuples()]


def first_row(query: Any) -> tuple[Any, ...] | None:
    """The first row of a peewee query as a plain tuple, or None."""
    row = query.tuples().first()
    return None if row is None else tuple(row)


def run_sql(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """Rows of one SQL statement written with ``?`` placeholders, on either database."""
    db = db_proxy.obj
    cursor = db.execute_sql(sql.replace("?", db.param), params)
    return list(cursor.fetchall())


@functools.lru_cache(maxsize=64)
def _insert_sql(table: str, columns: tuple[str, ...], param: str, returning: bool) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join([param] * len(columns))
    return f'INSERT INTO "{table}" ({names}) VALUES ({marks})' + (' RETURNING "id"' if returning else "")


def insert_row(table: str, columns: tuple[str, ...], values: tuple[Any, ...]) -> int:
    """Insert one row into ``table`` (every column named: no model defaults apply) and return its id.

    For the hottest inserts (an audit entry with every saved mark): peewee builds an insert's
    SQL anew on each call, ~0.2 ms; this sends the same statement, built once per shape.
    Values are bound as the models bind them (dates, times and decimals through the
    adapters peewee registers for SQLite).
    """
    db = db_proxy.obj
    postgres = isinstance(db, PostgresqlDatabase)
    cursor = db.execute_sql(_insert_sql(table, columns, db.param, postgres), values)
    if postgres:
        return int(cursor.fetchone()[0])
    return int(cursor.lastrowid)
