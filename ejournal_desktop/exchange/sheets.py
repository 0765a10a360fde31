"""Reading and writing the exchange tables (students, staff, timetable, КТП) as .xlsx.

Reading is tolerant of the files people make: the header row is found by its
column names (anywhere in the first rows, below a title row, merged title
cells, extra columns, columns in any order, spaces around names, ё/е); empty
rows are skipped; the sheet is found by its header (the sheet named as in an
export first).  Anything that is not a readable table — not an xlsx at all, a
broken file, random bytes, the wrong sheet, a missing required column — is
refused with one Russian message (:class:`ImportFileError`), never a traceback.

Writing: a title row (merged over the columns), the header (bold, frozen,
filtered), real dates formatted ДД.ММ.ГГГГ.  Reading such a file back gives the
same rows, so export then import changes nothing.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from ejournal_desktop.i18n import tr
from ejournal_desktop.services.imports import (
    FORMATS,
    MAX_ROWS,
    Column,
    ExportData,
    Format,
    ImportFileError,
    Kind,
    SourceRow,
    SourceTable,
)

HEADER_SCAN_ROWS = 30
MAX_COLUMNS = 200
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNZIPPED_BYTES = 600 * 1024 * 1024

Source = str | os.PathLike[str] | bytes | IO[bytes]
Progress = Callable[[int, int], None]


def _t(text: str) -> str:
    return tr("Import", text)


class Cancelled(Exception):
    """Reading was cancelled by the user (the progress callback raised it)."""


def header_key(text: object) -> str:
    """A header cell compared by name: case, ё/е, spaces, dots, colons, asterisks ignored."""
    if text is None:
        return ""
    s = str(text).lower().replace("ё", "е").replace("\u00a0", " ")
    s = re.sub(r"[.:*\"«»()\[\]]", " ", s)
    s = s.replace("-", " ").replace("_", " ")
    return re.sub(r"\s+", " ", s).strip()


def _names(column: Column) -> set[str]:
    return {header_key(column.title), *(header_key(a) for a in column.aliases)}


def _match_header(cells: Sequence[object], fmt: Format) -> dict[str, int]:
    """Column key → index of the cell in this row whose name is that column's (first match)."""
    found: dict[str, int] = {}
    keys = [header_key(c) if isinstance(c, str) else "" for c in cells]
    for column in fmt.columns:
        names = _names(column)
        for i, k in enumerate(keys):
            if k and k in names and i not in found.values():
                found[column.key] = i
                break
    return found


def _quote(names: Sequence[str]) -> str:
    return ", ".join(f"«{n}»" for n in names)


def _open_workbook(source: Source, display: str) -> Any:
    from openpyxl import load_workbook

    data: bytes
    try:
        if isinstance(source, bytes):
            data = source
        elif isinstance(source, str | os.PathLike):
            path = Path(source)
            if path.is_dir():
                raise ImportFileError(_t("«%s» — это папка, а не файл Excel.") % display)
            if path.stat().st_size > MAX_FILE_BYTES:
                raise ImportFileError(_t("Файл «%s» слишком большой (больше 100 МБ).") % display)
            data = path.read_bytes()
        else:
            data = source.read()
    except FileNotFoundError:
        raise ImportFileError(_t("Файл «%s» не найден.") % display) from None
    except PermissionError:
        raise ImportFileError(
            _t("Нет доступа к файлу «%s» (возможно, он открыт в другой программе).") % display) from None
    except OSError as exc:
        raise ImportFileError(_t("Не удалось прочитать файл «%s»: %s.") % (display, exc.strerror or exc)) from None
    if not data:
        raise ImportFileError(_t("Файл «%s» пуст.") % display)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            _t("Файл «%s» — в старом формате Excel 97–2003 (.xls) или зашифрован паролем. "
               "Откройте его в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)» без пароля.") % display)
    if not data.startswith(b"PK"):
        hint = ""
        head = data[:200].lstrip().lower()
        if head.startswith((b"<html", b"<!doctype", b"<?xml", b"<table")):
            hint = " " + _t("Похоже, это веб-страница или XML, сохранённые с расширением .xlsx.")
        elif b";" in data[:500] or b"," in data[:500]:
            hint = " " + _t("Если это CSV, откройте его в Excel и сохраните как .xlsx.")
        raise ImportFileError(_t("Файл «%s» не является книгой Excel (.xlsx).") % display + hint)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if sum(max(0, i.file_size) for i in zf.infolist()) > MAX_UNZIPPED_BYTES:
                raise ImportFileError(_t("Файл «%s» слишком большой после распаковки.") % display)
            names = set(zf.namelist())
        if "xl/workbook.xml" not in names and not any(n.endswith("workbook.xml") for n in names):
            if "content.xml" in names:
                raise ImportFileError(
                    _t("Файл «%s» — таблица OpenDocument (.ods). Сохраните его как «Книга Excel (.xlsx)».") % display)
            if "word/document.xml" in names:
                raise ImportFileError(_t("Файл «%s» — документ Word, а не книга Excel (.xlsx).") % display)
            raise ImportFileError(_t("Файл «%s» не является книгой Excel (.xlsx).") % display)
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except ImportFileError:
        raise
    except Exception:
        raise ImportFileError(
            _t("Файл «%s» повреждён или не является книгой Excel (.xlsx). Откройте его в Excel и "
               "сохраните заново.") % display) from None


def _sheet_rows(ws: Any, limit: int | None, cancel_check: Callable[[int], None] | None) -> list[tuple[Any, ...]]:
    try:
        ws.reset_dimensions()  # some programs write a wrong size; read what is really there
    except AttributeError:
        pass
    out: list[tuple[Any, ...]] = []
    for n, row in enumerate(ws.iter_rows(min_row=1, values_only=True), 1):
        out.append(tuple(row[:MAX_COLUMNS]))
        if cancel_check is not None and n % 500 == 0:
            cancel_check(n)
        if limit is not None and n >= limit:
            break
        if n > MAX_ROWS + HEADER_SCAN_ROWS:
            raise ImportFileError(_t("В файле больше %d строк: разделите его на части.") % MAX_ROWS)
    return out


def read_table(
    source: Source, kind: Kind, *, name: str = "", progress: Progress | None = None,
) -> SourceTable:
    """Read the table of ``kind`` from an .xlsx file (path, bytes or a binary stream).

    ``progress(done, total)`` is called while reading (total 0 = not known yet) and may
    raise :class:`Cancelled` to stop.
    """
    fmt = FORMATS[kind]
    display = name or (Path(source).name if isinstance(source, str | os.PathLike) else _t("файл"))
    wb = _open_workbook(source, display)
    try:
        return _read(wb, fmt, display, progress)
    except (ImportFileError, Cancelled):
        raise
    except Exception:
        raise ImportFileError(
            _t("Файл «%s» повреждён: не удалось прочитать его содержимое. Откройте его в Excel и "
               "сохраните заново.") % display) from None
    finally:
        try:
            wb.close()
        except Exception:
            pass


def _read(wb: Any, fmt: Format, display: str, progress: Progress | None) -> SourceTable:
    required = [c for c in fmt.columns if c.required]
    sheets = list(wb.worksheets)
    names = [str(ws.title) for ws in sheets]
    if not sheets:
        raise ImportFileError(_t("В файле «%s» нет ни одного листа.") % display)
    # the sheet named as in an export first, then the others in order
    sheets.sort(key=lambda ws: header_key(ws.title) != header_key(fmt.sheet))
    partial: tuple[str, int, list[str], int] | None = None  # sheet, header row, missing, columns found
    for ws in sheets:
        if getattr(ws, "sheet_state", "visible") not in ("visible", None) and len(sheets) > 1:
            continue
        head = _sheet_rows(ws, HEADER_SCAN_ROWS, None)
        for r, cells in enumerate(head, 1):
            found = _match_header(cells, fmt)
            missing = [c.title for c in required if c.key not in found]
            if fmt.any_of and not any(k in found for k in fmt.any_of):
                missing.append(_t(" или ").join(fmt.column(k).title for k in fmt.any_of))
            if not missing:
                return _read_body(ws, fmt, found, r, display, progress)
            hits = len(found)
            if hits >= 2 and (partial is None or hits > partial[3]):
                partial = (str(ws.title), r, missing, hits)
    expected = _quote([c.title for c in required]
                      + ([_t(" или ").join(fmt.column(k).title for k in fmt.any_of)] if fmt.any_of else []))
    if partial is not None:
        sheet, row, missing, _hits = partial
        if len(missing) == 1:
            text = _t("На листе «%s» (строка заголовка %d) нет обязательной колонки %s. Нужны колонки: %s.")
        else:
            text = _t("На листе «%s» (строка заголовка %d) нет обязательных колонок %s. Нужны колонки: %s.")
        raise ImportFileError(text % (sheet, row, _quote(missing), expected))
    raise ImportFileError(
        _t("В файле «%s» не найден лист «%s»: ни на одном листе нет строки заголовка с "
           "колонками %s. Листы в файле: %s.") % (display, fmt.title, expected, _quote(names)))


def _read_body(ws: Any, fmt: Format, found: dict[str, int], header_row: int, display: str,
               progress: Progress | None) -> SourceTable:
    def check(n: int) -> None:
        if progress is not None:
            progress(n, 0)

    rows = _sheet_rows(ws, None, check)
    total = max(0, len(rows) - header_row)
    out: list[SourceRow] = []
    for i, cells in enumerate(rows[header_row:], 1):
        number = header_row + i
        values: dict[str, object] = {}
        for key, col in found.items():
            value = cells[col] if col < len(cells) else None
            if isinstance(value, str):
                value = value.replace("\u00a0", " ").strip() or None
            values[key] = value
        if all(v is None for v in values.values()):
            continue  # an empty row
        out.append(SourceRow(number, values))
        if progress is not None and i % 500 == 0:
            progress(i, total)
    if progress is not None:
        progress(total, total)
    return SourceTable(fmt.kind, out, sheet=str(ws.title), file_name=display)


# --- writing ------------------------------------------------------------------------------------------------


def write_table(data: ExportData, target: str | os.PathLike[str] | IO[bytes]) -> None:
    """Write the rows of an export as an .xlsx workbook with one sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    fmt = FORMATS[data.kind]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = fmt.sheet
    columns = fmt.columns
    ws.cell(row=1, column=1, value=data.title).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="DDE4EE")
    header_row = 2
    for i, column in enumerate(columns, 1):
        cell = ws.cell(row=header_row, column=i, value=column.title)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(i)].width = column.width
    for r, values in enumerate(data.rows, header_row + 1):
        for i, column in enumerate(columns, 1):
            value = values.get(column.key)
            if isinstance(value, dt.datetime):
                value = value.date()
            cell = ws.cell(row=r, column=i, value=value if value not in ("",) else None)
            if isinstance(value, dt.date):
                cell.number_format = "DD.MM.YYYY"
            elif column.kind == "text" and isinstance(value, str):
                cell.number_format = "@"  # «001» stays text when the user edits it
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A{header_row}:{last}{max(header_row, header_row + len(data.rows))}"
    wb.save(target)


def write_template(kind: Kind, target: str | os.PathLike[str] | IO[bytes]) -> None:
    """An empty file with the right columns, to fill in."""
    fmt = FORMATS[kind]
    write_table(ExportData(kind, fmt.title, []), target)
