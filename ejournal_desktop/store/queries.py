"""Small helpers for reading rows as plain tuples, shared by the services.

peewee's type hints say a query yields model instances; ``.tuples()`` yields
tuples.  These helpers give mypy the truth and keep the services free of the
same three-line wrappers.  :func:`run_sql` sends hand-written SQL straight to
the driver (``?`` placeholders, rewritten for the dialect) for the hot reads.
"""

from __future__ import annotations

from typing import Any

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
