"""``ejournal pg-setup``: staff accounts become PostgreSQL login roles (issue 8, item 4).

* ``ejournal pg-setup --db postgresql://owner@server/db[?schema=s]`` — run by the
  role that owns the journal's tables and has CREATEROLE (or a superuser), once
  after ``ejournal init`` and again after every ``ejournal migrate`` and restore:
  creates the journal's group roles, grants and row-level security, and a login
  role for every account (:mod:`ejournal_desktop.store.pg_security`).  Prints the
  address the staff's PCs must use (the same one, without a user).
* ``--remove`` drops every role of this journal and switches server logins off.
"""

from __future__ import annotations

import argparse
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import peewee

from ejournal_desktop import cli as _cli
from ejournal_desktop.store import pg_security
from ejournal_desktop.store.database import open_journal, parse_target


def register(commands: argparse._SubParsersAction[Any]) -> None:
    p = commands.add_parser(
        "pg-setup", help="сервер PostgreSQL: вход сотрудников под своими ролями, права в самой базе",
        description="Для журнала на сервере PostgreSQL: создаёт роль входа для каждой учётной записи, "
                    "групповые роли журнала, права доступа и политики строк, чтобы сервер сам "
                    "запрещал то, что запрещает таблица прав. Запускается владельцем таблиц журнала "
                    "(роль с правом CREATEROLE) после init, после каждого migrate и после restore.",
    )
    _cli._add_common(p, top=False)
    p.add_argument("--remove", action="store_true",
                   help="удалить роли этого журнала с сервера и выключить вход под своими ролями")
    p.set_defaults(handler=cmd_pg_setup)


def staff_address(spec: str) -> str:
    """The server address for the staff's PCs: the same, without user and password."""
    parts = urlsplit(spec)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=host))


def cmd_pg_setup(args: argparse.Namespace) -> int:
    target = parse_target(args.db)
    if target.kind != "postgresql":
        raise _cli.CliError("Команда pg-setup нужна только для журнала на сервере PostgreSQL: "
                            "файл SQLite защищается правами доступа к файлу.")
    db = open_journal(args.db)
    try:
        if args.remove:
            names = pg_security.remove(db)
            print(f"Удалено ролей журнала: {len(names)}. Вход сотрудников под своими ролями выключен.")
            return _cli.EXIT_OK
        try:
            report = pg_security.setup(db, target.dbname, target.schema)
        except peewee.DatabaseError as exc:
            raise _cli.CliError(
                "Сервер не дал создать роли: команду pg-setup запускает владелец таблиц журнала "
                f"с правом CREATEROLE (или суперпользователь). Ответ сервера: {_cli._first_line(exc)}"
            ) from exc
    finally:
        if not db.is_closed():
            db.close()
    print(f"Роли журнала на сервере: префикс {report.prefix}")
    print("Групповые роли: " + ", ".join(report.groups))
    for line in _cli._table(("логин", "роль PostgreSQL"), list(zip(report.logins, report.roles, strict=True))):
        print(line)
    print()
    print("Сотрудники входят в программу со своим логином и паролем; адрес сервера для их компьютеров "
          "(без пользователя):")
    print(f"  {staff_address(_cli.location(args.db, target))}")
    print("Пароль на сервере роль получает, когда администратор создаёт учётную запись или сбрасывает "
          "пароль, когда сотрудник меняет свой пароль, или когда он один раз входит в программу через "
          "адрес владельца журнала. После каждого «ejournal migrate» и после восстановления из копии "
          "запустите pg-setup снова.")
    return _cli.EXIT_OK
