"""``ejournal export`` and ``ejournal import``: class lists, staff, timetable, КТП as Excel (issue 5).

* ``ejournal export students|staff|timetable|plan --db D [--class 5А] [--year 2025/2026] -o FILE.xlsx``
* ``ejournal import students|staff|timetable|plan FILE.xlsx --db D [--dry-run] [--year 2025/2026]``

An import first shows what it would do (added, changed, refused); a file with
refused rows prints each as ``строка N: причина``, changes nothing and exits 1.
Otherwise the whole file is applied in one transaction.  New staff accounts get
temporary passwords, printed once here for the invitation slips (stored only
hashed).  The acting user comes from ``--user``/``$EJOURNAL_USER`` (cli.acting_user).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from ejournal_desktop import cli as _cli
from ejournal_desktop.services.imports import KIND_TITLES, KINDS, ImportPreview, PreviewRow

STATUS_TITLES = {"added": "добавить", "changed": "изменить", "refused": "отклонено", "removed": "удалить",
                 "kept": "оставить"}


def register(commands: argparse._SubParsersAction[Any]) -> None:
    kinds = ", ".join(f"{k} — {KIND_TITLES[k]}" for k in KINDS)
    p = commands.add_parser(
        "export", help="выгрузить учащихся, сотрудников, расписание или КТП в Excel",
        description=f"Записывает таблицу в файл Excel (.xlsx) с русскими заголовками колонок. Виды: {kinds}. "
                    "Этот же файл можно исправить и загрузить обратно командой «ejournal import».",
    )
    p.add_argument("kind", choices=KINDS, metavar="ВИД", help="students, staff, timetable или plan")
    _cli._add_common(p, top=False)
    p.add_argument("--class", dest="class_name", metavar="КЛАСС",
                   help="только этот класс (для plan — его параллель), например 5А")
    p.add_argument("--year", metavar="ГОД", help="учебный год, например 2025/2026 (по умолчанию текущий)")
    p.add_argument("-o", "--output", metavar="ФАЙЛ.xlsx", required=True, help="куда записать")
    p.add_argument("--force", action="store_true", help="перезаписать файл, если он уже есть")
    _cli.add_user_arguments(p)
    p.set_defaults(handler=cmd_export)

    p = commands.add_parser(
        "import", help="загрузить учащихся, сотрудников, расписание или КТП из Excel",
        description=f"Загружает таблицу из файла Excel (.xlsx). Виды: {kinds}. Сначала проверяется каждая "
                    "строка; если хоть одна отклонена, ничего не меняется, а причины печатаются как "
                    "«строка N: причина» (код выхода 1). Иначе весь файл применяется одной транзакцией.",
    )
    p.add_argument("kind", choices=KINDS, metavar="ВИД", help="students, staff, timetable или plan")
    p.add_argument("file", metavar="ФАЙЛ.xlsx", help="файл Excel")
    _cli._add_common(p, top=False)
    p.add_argument("--year", metavar="ГОД", help="учебный год, например 2025/2026 (по умолчанию текущий)")
    p.add_argument("--dry-run", action="store_true",
                   help="только показать, что будет добавлено, изменено и отклонено, ничего не меняя")
    p.add_argument("-v", "--verbose", action="store_true", help="перечислить все добавляемые и изменяемые строки")
    _cli.add_user_arguments(p)
    p.set_defaults(handler=cmd_import)


def _year_id(name: str | None) -> int | None:
    if not name:
        return None
    from ejournal_desktop.services.reports.lookup import find_year

    return find_year(name)


def cmd_export(args: argparse.Namespace) -> int:
    from ejournal_desktop.exchange.transfer import export_file

    path = Path(args.output)
    if path.suffix.lower() != ".xlsx":
        raise _cli.CliError(f"Файл «{path.name}»: укажите имя с расширением .xlsx.", _cli.EXIT_NO_JOURNAL)
    if path.is_dir():
        raise _cli.CliError(f"«{path}» — это папка: укажите имя файла.")
    if not path.parent.exists():
        raise _cli.CliError(f"Папки «{path.parent}» нет.")
    if path.exists() and not args.force:
        raise _cli.CliError(f"Файл «{path}» уже есть: укажите другое имя или добавьте --force.")
    db = _cli.open_as_user(args)
    try:
        actor = _cli.acting_user(args)
        n = export_file(actor, args.kind, path, class_name=args.class_name, year_id=_year_id(args.year))
    finally:
        _cli._close(db)
    print(f"Выгружено ({KIND_TITLES[args.kind]}): строк — {n}. Файл: {path}")
    return _cli.EXIT_OK


def _line(r: PreviewRow) -> str:
    where = f"строка {r.row}" if r.row else "вне файла"
    detail = f": {r.detail}" if r.detail else ""
    return f"  {where} — {STATUS_TITLES[r.status]}: {r.what}{detail}"


def _print_preview(preview: ImportPreview, verbose: bool) -> None:
    sheet = f" (лист «{preview.sheet}»" + (f", учебный год {preview.year}" if preview.year else "") + ")"
    print(f"Проверка файла{sheet}: {preview.summary()}.")
    shown = preview.added + preview.changed + preview.removed + preview.kept
    if verbose or len(shown) <= 30:
        for r in shown:
            print(_line(r))
    else:
        for r in shown[:30]:
            print(_line(r))
        print(f"  … и ещё {len(shown) - 30} (все — с параметром --verbose)")


def cmd_import(args: argparse.Namespace) -> int:
    from ejournal_desktop.exchange.transfer import read_file
    from ejournal_desktop.services.imports import ImportRefused, apply_import, preview_import

    table = read_file(args.kind, args.file)  # a bad file is refused before the journal is opened
    db = _cli.open_as_user(args)
    try:
        actor = _cli.acting_user(args)
        year_id = _year_id(args.year)
        today = dt.date.today()
        preview = preview_import(actor, table, year_id=year_id, today=today)
        _print_preview(preview, args.verbose)
        if not preview.ok:
            for r in preview.refused:
                print(f"строка {r.row}: {r.detail}", file=sys.stderr)
            print(f"ошибка: строк с ошибками — {len(preview.refused)}; ничего не изменено. Исправьте файл и "
                  "повторите.", file=sys.stderr)
            return _cli.EXIT_ERROR
        if args.dry_run:
            print("Проверка без изменений (--dry-run): журнал не изменён.")
            return _cli.EXIT_OK
        if not preview.changes_anything:
            print("Изменять нечего: всё в файле уже есть в журнале.")
            return _cli.EXIT_OK
        try:
            result = apply_import(actor, table, year_id=year_id, today=today)
        except ImportRefused as exc:  # the journal changed between the check and the apply
            for r in exc.preview.refused:
                print(f"строка {r.row}: {r.detail}", file=sys.stderr)
            print("ошибка: ничего не изменено.", file=sys.stderr)
            return _cli.EXIT_ERROR
    finally:
        _cli._close(db)
    removed = f", удалено — {result.removed}" if result.removed else ""
    print(f"Готово: добавлено — {result.added}, изменено — {result.changed}{removed}, "
          f"без изменений — {result.unchanged}.")
    if result.new_accounts:
        print()
        print("Новые учётные записи. Временные пароли показываются ОДИН раз — распечатайте листки "
              "приглашений сейчас; при первом входе сотрудник сменит пароль:")
        rows = [(a.login, a.temporary_password) for a in result.new_accounts]
        for line in _cli._table(("Логин", "Временный пароль"), rows):
            print(line)
    return _cli.EXIT_OK
