"""A report (services.reports.ReportResult) as an Excel workbook: one sheet per table.

Each sheet: the report's title and parameters, the table's header (frozen,
bold, wrapped), the rows with real numbers and dates in Russian formats
(percent 0.0 %, decimals 0.00, dd.mm.yyyy), the totals row in bold, then the
notes with the denominators.  «—» marks a figure that does not exist (a share
of nobody).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ejournal_desktop.services.reports.base import DASH, Kind, ReportResult, ReportTable, Value, format_value

NUMBER_FORMATS = {
    Kind.INT: "0",
    Kind.PERCENT: "0.0%",
    Kind.DECIMAL: "0.00",
    Kind.DATE: "DD.MM.YYYY",
    Kind.DATETIME: "DD.MM.YYYY HH:MM",
}
HEADER_ROW = 4
MAX_WIDTH = 60
THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
TOTALS_FILL = PatternFill("solid", fgColor="F0F0F0")
CENTRED = Alignment(horizontal="center")
RIGHT = Alignment(horizontal="right")
WRAPPED = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def sheet_title(title: str, taken: set[str]) -> str:
    """A valid, unique sheet name (31 characters, no []:*?/\\)."""
    base = re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:31] or "Лист"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(name.lower())
    return name


def _cell_value(value: Value, kind: Kind) -> object:
    if value is None:
        return DASH
    if kind in (Kind.PERCENT, Kind.DECIMAL) and isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.datetime | dt.date | int):
        return value
    return str(value)


def _write_table(ws: Worksheet, result: ReportResult, table: ReportTable) -> None:
    ncols = max(1, len(table.columns))
    ws["A1"] = result.title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = result.subtitle
    ws["A2"].font = Font(italic=True)
    ws["A3"] = table.title
    ws["A3"].font = Font(bold=True, size=12)
    widths = [0] * ncols
    for i, column in enumerate(table.columns, 1):
        cell = ws.cell(row=HEADER_ROW, column=i, value=column.title)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        longest_word = max((len(w) for w in column.title.split()), default=0)
        widths[i - 1] = max(longest_word, min(len(column.title), 16))
    body = [*table.rows, *([table.totals] if table.totals is not None else [])]
    for r, row in enumerate(body, HEADER_ROW + 1):
        is_totals = table.totals is not None and r == HEADER_ROW + len(body)
        for c, (value, column) in enumerate(zip(row, table.columns, strict=True), 1):
            cell = ws.cell(row=r, column=c, value=_cell_value(value, column.kind))
            cell.border = BORDER
            if value is None or column.kind is Kind.MARK:
                cell.alignment = CENTRED
            elif column.kind in NUMBER_FORMATS:
                cell.number_format = NUMBER_FORMATS[column.kind]
                cell.alignment = RIGHT if column.numeric else CENTRED
            else:
                cell.alignment = WRAPPED
            if is_totals:
                cell.font = BOLD
                cell.fill = TOTALS_FILL
            widths[c - 1] = max(widths[c - 1], len(format_value(value, column.kind)))
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, width + 2)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    if table.rows:
        last = get_column_letter(ncols)
        ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + len(table.rows)}"
    at = HEADER_ROW + len(body) + 2
    for note in [*table.notes, *result.notes]:
        ws.cell(row=at, column=1, value=note).font = Font(italic=True, size=9)
        at += 1
    ws.cell(row=at, column=1, value=f"Сформировано: {format_value(result.generated_at, Kind.DATETIME)}").font = (
        Font(size=8, color="666666"))
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape" if sum(widths) > 100 else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def report_workbook(result: ReportResult) -> Workbook:
    wb = Workbook()
    taken: set[str] = set()
    first = True
    for table in result.tables:
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        ws.title = sheet_title(table.title or result.title, taken)
        _write_table(ws, result, table)
        first = False
    wb.properties.title = result.title
    wb.properties.subject = result.subtitle
    wb.properties.creator = "ЭЖ-Десктоп"
    return wb


def write_xlsx(result: ReportResult, path: str | Path) -> Path:
    target = Path(path)
    report_workbook(result).save(target)
    return target


def xlsx_bytes(result: ReportResult) -> bytes:
    buffer = io.BytesIO()
    report_workbook(result).save(buffer)
    return buffer.getvalue()
