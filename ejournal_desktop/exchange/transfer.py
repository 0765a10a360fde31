"""Export and import files of the exchange tables: what the command line and the dialog call.

* :func:`export_file` — the rows of an export (services.imports.export_rows, permission
  checked there) written to an .xlsx file through a temporary file, so a failure
  leaves no half-written workbook.
* :func:`read_file` — the table of a kind read from an .xlsx file (sheets.read_table).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from ejournal_desktop.exchange.sheets import Progress, read_table, write_table
from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.errors import ValidationError
from ejournal_desktop.services.imports import KINDS, Kind, SourceTable, export_rows


def check_kind(kind: str) -> Kind:
    for k in KINDS:
        if k == kind:
            return k
    raise ValidationError(f"Неизвестный вид данных «{kind}» (возможны: {', '.join(KINDS)}).")


def export_file(
    actor: Actor, kind: str, path: str | os.PathLike[str], *, class_name: str | None = None,
    year_id: int | None = None, today: dt.date | None = None,
) -> int:
    """Write the export of ``kind`` to ``path``; returns the number of rows written."""
    data = export_rows(actor, check_kind(kind), class_name=class_name, year_id=year_id, today=today)
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    try:
        write_table(data, tmp)
        tmp.replace(target)
    except OSError as exc:
        raise ValidationError(f"Не удалось записать «{target}»: {exc.strerror or exc}.") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return len(data.rows)


def read_file(kind: str, path: str | os.PathLike[str], *, progress: Progress | None = None) -> SourceTable:
    return read_table(path, check_kind(kind), name=Path(path).name, progress=progress)
