"""``ejournal sms`` and ``ejournal contacts``: parents' SMS texts and the contact log, headless.

* ``ejournal sms --db D --class 5А (--period N | --from ГГГГ-ММ-ДД --to ГГГГ-ММ-ДД) -o FILE.csv|FILE.xlsx``
  — the SMS text of every student for the school's mailing service (CSV: UTF-8 with BOM,
  «;»); one contact «SMS» is recorded per parent with a phone (PARENT_REPORTS).
* ``ejournal contacts --db D --class 5А [--from … --to …]`` — the contact log of the class
  («переписка с родителями»), newest first; without dates — the whole school year.

The acting user comes from ``--user``/``$EJOURNAL_USER`` (cli.acting_user).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from ejournal_desktop import cli as _cli
from ejournal_desktop.domain.periods import format_date_ru


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add ``sms`` and ``contacts`` to the subcommands of ``ejournal``."""
    p = commands.add_parser(
        "sms", help="SMS родителям: отметки и пропуски каждого учащегося класса за период",
        description="Составляет для каждого учащегося класса короткий текст SMS (отметки по предметам и "
                    "пропуски за период или даты; не длиннее 160 знаков, иначе — пронумерованные части) и "
                    "записывает файл для службы рассылки: CSV (UTF-8 с BOM, разделитель «;») или Excel — по "
                    "расширению. В журнал контактов с родителями записывается SMS каждому родителю с телефоном.",
    )
    _cli._add_common(p, top=False)
    _class_and_dates(p)
    p.add_argument("--period", type=_cli._int_arg, metavar="N", help="номер учебного периода (вместо --from/--to)")
    p.add_argument("--today", type=_cli._date_arg, metavar="ГГГГ-ММ-ДД",
                   help="дата отправки для журнала контактов (по умолчанию — сегодня)")
    p.add_argument("-o", "--output", required=True, metavar="ФАЙЛ", help="ФАЙЛ.csv или ФАЙЛ.xlsx")
    _cli.add_user_arguments(p)
    p.set_defaults(handler=cmd_sms)

    p = commands.add_parser(
        "contacts", help="журнал контактов с родителями класса (переписка с родителями)",
        description="Печатает записи о контактах с родителями учащихся класса: дата, учащийся, родитель, вид "
                    "(письмо, дневник, SMS, разговор, встреча…), тема и кто записал. Без дат — за учебный год.",
    )
    _cli._add_common(p, top=False)
    _class_and_dates(p)
    _cli.add_user_arguments(p)
    p.set_defaults(handler=cmd_contacts)


def _class_and_dates(p: argparse.ArgumentParser) -> None:
    p.add_argument("--class", dest="class_name", required=True, metavar="КЛАСС", help="класс, например 5А")
    p.add_argument("--year", metavar="ГОД", help="учебный год, например 2025/2026 (по умолчанию — текущий)")
    p.add_argument("--from", dest="date_from", type=_cli._date_arg, metavar="ГГГГ-ММ-ДД", help="с какого дня")
    p.add_argument("--to", dest="date_to", type=_cli._date_arg, metavar="ГГГГ-ММ-ДД", help="по какой день")


def _output(text: str) -> Path:
    from ejournal_desktop.exchange.sms import FORMATS

    path = Path(text)
    if path.suffix.lower() not in FORMATS:
        raise _cli.CliError(f"Формат файла «{path.name}» не поддерживается: укажите имя с расширением .csv "
                            "или .xlsx.", _cli.EXIT_NO_JOURNAL)
    if path.is_dir():
        raise _cli.CliError(f"«{path}» — это папка: укажите имя файла.")
    if not path.parent.exists():
        raise _cli.CliError(f"Папки «{path.parent}» нет.")
    return path


def cmd_sms(args: argparse.Namespace) -> int:
    from ejournal_desktop.exchange.sms import writer_for
    from ejournal_desktop.services import sms
    from ejournal_desktop.services.reports import lookup

    if args.period is not None and (args.date_from or args.date_to):
        raise _cli.CliError("Укажите либо --period, либо --from и --to.", _cli.EXIT_NO_JOURNAL)
    if args.period is None and (args.date_from is None or args.date_to is None):
        raise _cli.CliError("Укажите период: --period N или обе даты --from и --to.", _cli.EXIT_NO_JOURNAL)
    path = _output(args.output)
    db = _cli.open_as_user(args)
    try:
        actor = _cli.acting_user(args)
        today: dt.date = args.today or dt.date.today()
        year_id = lookup.find_year(args.year, args.date_from or today)
        class_id = lookup.find_class(year_id, args.class_name)
        if args.period is not None:
            period = next(p for p in lookup.periods(year_id) if p.id == lookup.find_period(year_id, args.period))
            date_from, date_to = period.start, period.end
        else:
            date_from, date_to = args.date_from, args.date_to
        try:
            done = sms.issue(actor, class_id, date_from, date_to, path, writer_for(path), today=today)
        except OSError as exc:
            raise _cli.CliError(f"Не удалось записать «{path}»: {exc.strerror or exc}.") from None
    finally:
        _cli._close(db)
    print(f"SMS для {done.students} учащихся ({done.rows} сообщений) записаны: {path}")
    print(f"В журнал контактов с родителями записано: {done.contacts}.")
    if done.without_phone:
        print("Нет телефона ни одного родителя, SMS не составлено: " + ", ".join(done.without_phone))
    return _cli.EXIT_OK


def cmd_contacts(args: argparse.Namespace) -> int:
    from ejournal_desktop.services import contacts
    from ejournal_desktop.services.reports import lookup
    from ejournal_desktop.store.models import AcademicYear

    if (args.date_from is None) != (args.date_to is None):
        raise _cli.CliError("Укажите обе даты: --from и --to.", _cli.EXIT_NO_JOURNAL)
    db = _cli.open_as_user(args)
    try:
        actor = _cli.acting_user(args)
        year_id = lookup.find_year(args.year, args.date_from or dt.date.today())
        class_id = lookup.find_class(year_id, args.class_name)
        if args.date_from is None:
            year = AcademicYear.get_by_id(year_id)
            date_from, date_to = year.start, year.end
        else:
            date_from, date_to = args.date_from, args.date_to
        found = contacts.contacts_of_class(actor, class_id, date_from, date_to)
    finally:
        _cli._close(db)
    print(f"Контакты с родителями, класс {args.class_name}, с {format_date_ru(date_from)} по "
          f"{format_date_ru(date_to)}: {len(found)}")
    for c in found:
        about = " — ".join(x for x in (c.subject, c.note) if x)
        print(f"{format_date_ru(c.on)}  {c.student}  {c.parent}  {c.kind_title}  {about}  [{c.recorded_by}]")
    return _cli.EXIT_OK
