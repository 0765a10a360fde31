"""SMS texts for the school's mailing service: CSV (UTF-8 with BOM, «;») or xlsx.

One row per message part and parent with a phone: Телефон; Учащийся; Текст; Часть.
The BOM makes Excel open the CSV in the right encoding; «;» is the separator
Russian Excel and the mailing services expect.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from ejournal_desktop.i18n import tr
from ejournal_desktop.services.sms import SMS_LIMIT, SmsBatch

FORMATS = (".csv", ".xlsx")


def _t(text: str) -> str:
    return tr("SmsExport", text)


def header() -> list[str]:
    return [_t("Телефон"), _t("Учащийся"), _t("Текст"), _t("Часть")]


def write_csv(batch: SmsBatch, path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        out.writerow(header())
        out.writerows(batch.rows())


def write_xlsx(batch: SmsBatch, path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "SMS"
    ws.append(header())
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for phone, student, text, part in batch.rows():
        ws.append([phone, student, text, part])
        ws.cell(ws.max_row, 1).number_format = "@"  # a phone is text: keep «+7…» and leading zeros
    ws.freeze_panes = "A2"
    for letter, width in zip("ABCD", (18, 34, min(SMS_LIMIT // 2, 90), 7), strict=True):
        ws.column_dimensions[letter].width = width
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=3):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)


def writer_for(path: Path) -> Callable[[SmsBatch, Path], None]:
    """The writer for the file's extension; ValueError for another one."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return write_csv
    if suffix == ".xlsx":
        return write_xlsx
    raise ValueError(suffix)
