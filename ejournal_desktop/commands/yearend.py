"""``ejournal year-end`` and ``ejournal archive`` (issue 6 item 5, issue 8).

* ``ejournal year-end --db D [--year 2025/2026]`` — per class: printed, certified, still
  intact, what is missing; the deadline.  Exit 0 when everything is printed and
  certified, 1 when something is missing.  PRINT_JOURNAL (a homeroom teacher: own class).
* ``ejournal archive make --db D [--year …] -o DIR1 -o DIR2 --medium M [--medium M2]
  --location L [--location L2] [--force-reason TEXT]`` — the archive of the year in two
  folders, both copies verified (administrator, director).
* ``ejournal archive list --db D`` — the archives and the register of their copies.
* ``ejournal archive check COPY_ID --db D [--file PATH]`` — re-read a copy, compare its
  SHA-256, record the check; exit 1 when the copy is damaged.

Acting user from ``--user``/``$EJOURNAL_USER`` (password: ``--password-file``/``$EJOURNAL_PASSWORD``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ejournal_desktop import cli as _cli
from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.services import archive, printdata, year_end


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add ``year-end`` and ``archive`` to the subcommands of ``ejournal``."""
    p = commands.add_parser(
        "year-end", help="конец учебного года: какие журналы напечатаны и заверены, чего не хватает",
        description="Показывает по каждому классу: напечатан ли журнал (когда, кем, сколько листов), заверен ли "
                    "(когда, кем), совпадает ли заверенный журнал с базой, и чего не хватает; а также срок "
                    "(по умолчанию 30 июня). Код выхода 0 — всё напечатано и заверено, 1 — чего-то не хватает.",
    )
    _cli._add_common(p, top=False)
    p.add_argument("--year", metavar="ГОД", help="учебный год, например 2025/2026 (по умолчанию — текущий)")
    _cli.add_user_arguments(p)
    p.set_defaults(handler=cmd_year_end)

    p = commands.add_parser(
        "archive", help="архив учебного года: сделать, показать реестр копий, проверить копию",
        description="Архив учебного года (Положение об ЭЖ, п. 3.8, 5.5): один файл с копией базы журнала, "
                    "журналами и сводными ведомостями классов в PDF и их контрольными суммами, записанный на два "
                    "носителя; реестр копий (где хранится каждая) и их ежегодная проверка. "
                    "Администратор ЭЖ и директор.",
    )
    sub = p.add_subparsers(dest="archive_command", title="действия", metavar="ДЕЙСТВИЕ", required=True)

    make = sub.add_parser(
        "make", help="сделать архив учебного года в двух папках",
        description="Записывает архив учебного года в две папки (на разных носителях), читает каждую копию и "
                    "сверяет SHA-256, затем вносит архив и обе копии в реестр. Отказывает, если не все журналы "
                    "года заверены — кроме случая, когда указана причина (--force-reason), она записывается.",
    )
    _cli._add_common(make, top=False)
    make.add_argument("--year", metavar="ГОД", help="учебный год (по умолчанию — текущий)")
    make.add_argument("-o", "--output", metavar="ПАПКА", action="append", required=True,
                      help="папка для копии; укажите дважды — для первой и второй копии")
    make.add_argument("--medium", metavar="НОСИТЕЛЬ", action="append", required=True,
                      help="носитель копии, например «внешний диск» (один раз — для обеих, или дважды)")
    make.add_argument("--location", metavar="МЕСТО", action="append", required=True,
                      help="где хранится копия, например «кабинет директора, сейф» (один раз или дважды)")
    make.add_argument("--force-reason", metavar="ПРИЧИНА", default="",
                      help="сделать архив, хотя не все журналы заверены; причина записывается в архив и аудит")
    _cli.add_user_arguments(make)
    make.set_defaults(handler=cmd_archive_make)

    listing = sub.add_parser("list", help="архивы и реестр их копий",
                             description="Показывает архивы учебных лет, сроки хранения и реестр копий.")
    _cli._add_common(listing, top=False)
    _cli.add_user_arguments(listing)
    listing.set_defaults(handler=cmd_archive_list)

    check = sub.add_parser(
        "check", help="проверить копию архива",
        description="Читает файл копии, сверяет его SHA-256 и все файлы внутри с записанными при создании и "
                    "записывает результат проверки в реестр. Код выхода 0 — копия цела, 1 — повреждена.",
    )
    check.add_argument("copy_id", type=_cli._int_arg, metavar="НОМЕР_КОПИИ", help="номер копии из «archive list»")
    _cli._add_common(check, top=False)
    check.add_argument("--file", metavar="ФАЙЛ", help="где файл копии сейчас, если не по записанному пути")
    _cli.add_user_arguments(check)
    check.set_defaults(handler=cmd_archive_check)


# --- year-end ------------------------------------------------------------------------------------------


def _when(at: Any, who: str, sheets: int) -> str:
    return f"{format_date_ru(at.date())}, {who}, {sheets} л."


def cmd_year_end(args: argparse.Namespace) -> int:
    db = _cli.open_as_user(args)
    try:
        actor = _cli.acting_user(args)
        year_id = printdata.find_year(args.year)
        status = year_end.year_status(actor, year_id)
    finally:
        _cli._close(db)
    print(status.deadline_text())
    if not status.classes:
        print("Классов нет.")
        return _cli.EXIT_OK
    rows = [("Класс", "Напечатан", "Заверен", "Сверка с базой")]
    for c in status.classes:
        printed = _when(c.printed.printed_at, c.printed.printed_by, c.printed.sheets) if c.printed else "нет"
        certified = (_when(c.certified.certified_at, c.certified.certified_by, c.certified.sheet_count)
                     if c.certified else "нет")
        check = {True: "совпадает", False: "ИЗМЕНЁН", None: "—"}[c.verified]
        rows.append((c.class_name, printed, certified, check))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
    missing = [c for c in status.classes if c.missing]
    if not missing:
        print("Все журналы напечатаны и заверены.")
        return _cli.EXIT_OK
    print("Не сделано:")
    for c in missing:
        print(f"  {c.class_name}: {'; '.join(c.missing)}")
    return _cli.EXIT_ERROR


# --- archive -------------------------------------------------------------------------------------------


def _renderers() -> archive.Renderers:
    from ejournal_desktop.printing import journal as printing

    return archive.Renderers(journal=printing.render_journal, summary=printing.render_summary,
                             volume=printing.render_summary_volume)


def cmd_archive_make(args: argparse.Namespace) -> int:
    folders = [Path(p) for p in args.output]
    if len(folders) != 2:
        raise _cli.CliError("Укажите две папки для копий архива: -o ПАПКА1 -o ПАПКА2.", _cli.EXIT_NO_JOURNAL)
    db = _cli.open_as_user(args)
    try:
        actor = _cli.acting_user(args)
        year_id = printdata.find_year(args.year)
        result = archive.make_archive(actor, year_id, folders, renderers=_renderers(), media=args.medium,
                                      locations=args.location, force_reason=args.force_reason)
        views = {v.id: v for v in archive.list_archives(actor)}
    finally:
        _cli._close(db)
    view = views[result.archive_id]
    print(f"Архив {view.year_name} учебного года записан и проверен (SHA-256 обеих копий совпадает):")
    for c in view.copies:
        print(f"  копия № {c.id}: {c.path} — {c.medium}, {c.location}")
    print(f"Размер: {result.size} байт; SHA-256: {result.digest}")
    print(f"Журналы хранить до {format_date_ru(result.keep_journals_until)}, сводные ведомости — до "
          f"{format_date_ru(result.keep_summaries_until)}.")
    not_certified = [c.problem for c in result.classes if c.problem]
    if not_certified:
        print("В архиве журналы без заверения (причина записана): " + "; ".join(not_certified))
    for w in result.warnings:
        print(f"Внимание: {w}")
    if view.copies and view.copies[0].next_check_on:
        print(f"Следующая проверка копий — {format_date_ru(view.copies[0].next_check_on)}.")
    return _cli.EXIT_OK


def cmd_archive_list(args: argparse.Namespace) -> int:
    import datetime as dt

    db = _cli.open_as_user(args)
    try:
        actor = _cli.acting_user(args)
        views = archive.list_archives(actor)
        notes = archive.reminders(actor)
    finally:
        _cli._close(db)
    if not views:
        print("Архивов учебных лет ещё нет.")
    today = dt.date.today()
    for v in views:
        print(f"Архив {v.year_name} учебного года (№ {v.id}): {v.file_name}, сделан "
              f"{v.made_at:%d.%m.%Y %H:%M}, {v.made_by}" + (" — не все журналы были заверены" if v.forced else ""))
        print(f"  журналы хранить до {format_date_ru(v.keep_journals_until)}, сводные ведомости — до "
              f"{format_date_ru(v.keep_summaries_until)}")
        for c in v.copies:
            nxt = f"; следующая проверка — {format_date_ru(c.next_check_on)}" if c.next_check_on else ""
            print(f"  копия № {c.id}: {c.medium}, {c.location}; {c.path or 'путь не указан'}; "
                  f"{c.state_text(today)}{nxt}")
    for n in notes:
        print(f"Напоминание: {n}")
    return _cli.EXIT_OK


def cmd_archive_check(args: argparse.Namespace) -> int:
    db = _cli.open_as_user(args)
    try:
        actor = _cli.acting_user(args)
        result = archive.check_copy(actor, args.copy_id, path=args.file)
    finally:
        _cli._close(db)
    print(f"Копия № {result.copy.id} ({result.copy.medium}, {result.copy.location}): {result.message}")
    return _cli.EXIT_OK if result.ok else _cli.EXIT_ERROR
