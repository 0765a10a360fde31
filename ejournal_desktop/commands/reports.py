"""``ejournal report``: the reports of services.reports, headless.

* ``ejournal report --list`` — one report a line: the machine name, then the Russian title;
* ``ejournal report NAME --db D [--class 5А] [--period N] [--from ГГГГ-ММ-ДД --to ГГГГ-ММ-ДД]
  [--lessons N] [--teacher ЛОГИН] [--year 2025/2026] -o FILE.xlsx|FILE.pdf`` — the format
  follows the file's extension; without ``-o`` the report is printed as text.

The acting user comes from ``--user``/``$EJOURNAL_USER`` (cli.acting_user) and the
report shows what that user may see: a teacher gets the own assignments only.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from ejournal_desktop import cli as _cli

FORMATS = {".xlsx": "Excel", ".pdf": "PDF"}


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add ``report`` to the subcommands of ``ejournal``."""
    from ejournal_desktop.services.reports import report_list

    names = "; ".join(f"{name} — {title}" for name, title in report_list())
    p = commands.add_parser(
        "report", help="построить отчёт (успеваемость, посещаемость, контроль ведения журнала…)",
        description="Строит отчёт и записывает его в Excel (.xlsx) или PDF (.pdf) — формат по расширению "
                    "файла; без -o печатает отчёт текстом. Отчёт показывает то, что разрешено пользователю: "
                    "администрации — вся школа, классному руководителю — свой класс, учителю — своя нагрузка. "
                    f"Отчёты: {names}.",
    )
    _cli._add_common(p, top=False)
    p.add_argument("name", nargs="?", metavar="ОТЧЁТ", help="машинное имя отчёта (список — --list)")
    p.add_argument("--list", action="store_true", help="перечислить отчёты и выйти")
    p.add_argument("--class", dest="class_name", metavar="КЛАСС",
                   help="класс, например 5А (без него — вся школа, где отчёт это допускает)")
    p.add_argument("--year", metavar="ГОД", help="учебный год, например 2025/2026 (по умолчанию — текущий)")
    p.add_argument("--period", type=_cli._int_arg, metavar="N",
                   help="номер учебного периода (четверти, полугодия); по умолчанию — текущий")
    p.add_argument("--from", dest="date_from", type=_cli._date_arg, metavar="ГГГГ-ММ-ДД",
                   help="начало периода дат (вместо --period, где отчёт это допускает)")
    p.add_argument("--to", dest="date_to", type=_cli._date_arg, metavar="ГГГГ-ММ-ДД", help="конец периода дат")
    p.add_argument("--lessons", type=_cli._int_arg, metavar="N",
                   help="накопляемость: считать отметки за последние N уроков")
    p.add_argument("--teacher", metavar="ЛОГИН", help="отчёт учителя-предметника: чей (по умолчанию — свой)")
    p.add_argument("--today", type=_cli._date_arg, metavar="ГГГГ-ММ-ДД",
                   help="считать сегодняшней эту дату (для отчётов «на дату»)")
    p.add_argument("-o", "--output", metavar="ФАЙЛ", help="куда записать: ФАЙЛ.xlsx или ФАЙЛ.pdf")
    _cli.add_user_arguments(p)
    p.set_defaults(handler=cmd_report)


def _output(text: str | None) -> Path | None:
    if not text:
        return None
    path = Path(text)
    if path.suffix.lower() not in FORMATS:
        raise _cli.CliError(f"Формат файла «{path.name}» не поддерживается: укажите имя с расширением "
                            ".xlsx (Excel) или .pdf.", _cli.EXIT_NO_JOURNAL)
    if path.is_dir():
        raise _cli.CliError(f"«{path}» — это папка: укажите имя файла.")
    if not path.parent.exists():
        raise _cli.CliError(f"Папки «{path.parent}» нет.")
    return path


def cmd_report(args: argparse.Namespace) -> int:
    from ejournal_desktop.services.reports import ReportParams, get_report, lookup, report_list

    if args.list:
        listed = report_list()
        width = max(len(name) for name, _ in listed)
        for name, title in listed:
            print(f"{name.ljust(width)}  {title}")
        return _cli.EXIT_OK
    if not args.name:
        raise _cli.CliError("Укажите отчёт: ejournal report НАЗВАНИЕ … (список — ejournal report --list).",
                            _cli.EXIT_NO_JOURNAL)
    report = get_report(args.name)
    path = _output(args.output)
    if (args.date_from is None) != (args.date_to is None) and args.name not in ("activity", "monthly"):
        raise _cli.CliError("Укажите обе даты: --from и --to.", _cli.EXIT_NO_JOURNAL)
    db = _cli.open_as_user(args)
    try:
        actor = _cli.acting_user(args)
        today: dt.date = args.today or dt.date.today()
        year_id = lookup.find_year(args.year, args.date_from or today)
        class_id = lookup.find_class(year_id, args.class_name) if args.class_name else None
        period_id = lookup.find_period(year_id, args.period) if args.period is not None else None
        teacher_id = lookup.find_teacher(args.teacher) if args.teacher else None
        params = ReportParams(class_id=class_id, period_id=period_id, date_from=args.date_from,
                              date_to=args.date_to, last_lessons=args.lessons, teacher_id=teacher_id, today=today,
                              year_id=year_id)
        result = report.compute(actor, params)
        if path is None:
            print(result.plain_text(), end="")
            return _cli.EXIT_OK
        _write(result, path)
    finally:
        _cli._close(db)
    print(f"Отчёт «{result.title}» ({FORMATS[path.suffix.lower()]}) записан: {path}")
    return _cli.EXIT_OK


def _write(result: Any, path: Path) -> None:
    """Write through a temporary file next to the target: a failure leaves no half-written file."""
    tmp = path.with_name(path.name + ".part")
    try:
        if path.suffix.lower() == ".pdf":
            from ejournal_desktop.printing.report_pdf import write_pdf

            write_pdf(result, tmp)
        else:
            from ejournal_desktop.exchange.report_xlsx import write_xlsx

            write_xlsx(result, tmp)
        tmp.replace(path)
    except OSError as exc:
        raise _cli.CliError(f"Не удалось записать «{path}»: {exc.strerror or exc}.") from None
    finally:
        if tmp.exists():
            tmp.unlink()
