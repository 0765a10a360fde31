"""Fuzzing the Excel reader and the import checks: random bytes, mutated xlsx files, random cells.

Whatever comes in, the answer is a table or one clear refusal — a ServiceError
subclass with a Russian message — never another exception.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from ejournal_desktop.exchange.sheets import read_table
from ejournal_desktop.services.errors import ServiceError
from ejournal_desktop.services.imports import (
    FORMATS,
    KINDS,
    ImportFileError,
    SourceRow,
    SourceTable,
    preview_import,
)
from tests.factory import School

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def good_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Учащиеся"
    ws.append(["Список"])
    ws.merge_cells("A1:I1")
    ws.append([c.title for c in FORMATS["students"].columns])
    for i in range(5):
        ws.append(["5А", f"Фамилия{i}", "Имя", "", dt.date(2014, 1, 1 + i), "м", f"Ф-{i}", "01.09.2025", ""])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


GOOD = good_xlsx()


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def rezip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
    return buf.getvalue()


def read_or_refuse(data: bytes, kind: str = "students") -> object:
    try:
        return read_table(data, kind, name="фаззинг.xlsx")  # type: ignore[arg-type]
    except ImportFileError as exc:
        assert exc.message and CYRILLIC.search(exc.message), exc.message
        assert "Traceback" not in exc.message
        return exc


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    result = read_or_refuse(data)
    assert isinstance(result, ImportFileError)


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(GOOD) - 1), st.integers(0, 255)), min_size=1, max_size=20))
def test_flipped_bytes(flips: list[tuple[int, int]]) -> None:
    data = bytearray(GOOD)
    for pos, value in flips:
        data[pos] = value
    read_or_refuse(bytes(data))


@FUZZ
@given(st.integers(0, len(GOOD)))
def test_truncated(length: int) -> None:
    read_or_refuse(GOOD[:length])


PARTS = sorted(members(GOOD))


@FUZZ
@given(st.sampled_from(PARTS), st.data())
def test_mutated_members(name: str, data: st.DataObject) -> None:
    """A zip that is fine, with one of its XML parts spoiled: cut, garbage, deleted, or edited."""
    parts = members(GOOD)
    how = data.draw(st.sampled_from(["cut", "garbage", "delete", "replace"]))
    content = parts[name]
    if how == "cut":
        parts[name] = content[: data.draw(st.integers(0, len(content)))]
    elif how == "garbage":
        parts[name] = data.draw(st.binary(max_size=300))
    elif how == "delete":
        del parts[name]
    else:
        text = content.decode("utf-8", "replace")
        for _ in range(data.draw(st.integers(1, 5))):
            if not text:
                break
            pos = data.draw(st.integers(0, len(text) - 1))
            text = text[:pos] + data.draw(st.sampled_from(['"', "<", ">", "99999999", "-1", "t=\"s\"", "x",
                                                           "r=\"ZZ0\"", "&", ""])) + text[pos + 1:]
        parts[name] = text.encode()
    read_or_refuse(rezip(parts))


CELL = st.one_of(
    st.none(), st.text(max_size=30), st.integers(-10**12, 10**12),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.dates(min_value=dt.date(1, 1, 1)), st.datetimes(min_value=dt.datetime(1, 1, 1)),
    st.sampled_from(["5А", "5 а", "понедельник", "31.02.2014", "2014-09-05", "05.09.2014", "м", "ж", "Л-001",
                     "ivanova", "Иванова М. П.", "Математика", "учитель", "admin", "", "  "]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(KINDS), st.lists(st.lists(CELL, min_size=9, max_size=9), max_size=8))
def test_random_cells_are_refused_or_accepted_never_crash(school: School, kind: str,
                                                          rows: list[list[object]]) -> None:
    keys = [c.key for c in FORMATS[kind].columns]  # type: ignore[index]
    table = SourceTable(kind, [SourceRow(i + 2, dict(zip(keys, row, strict=False)))  # type: ignore[arg-type]
                               for i, row in enumerate(rows)])
    try:
        preview = preview_import(school.admin, table, today=dt.date(2025, 10, 1))
    except ServiceError as exc:
        assert CYRILLIC.search(exc.message)
        return
    for r in preview.refused:
        assert r.row >= 2 and CYRILLIC.search(r.detail), r


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_refuses_a_foreign_workbook(kind: str) -> None:
    result = read_or_refuse(GOOD, kind)
    if kind != "students":
        assert isinstance(result, ImportFileError) and "Учащиеся" in result.message
