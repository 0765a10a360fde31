"""``ejournal set-password``: the owner of the database sets an account's password, with no login.

* ``ejournal set-password --db D --login LOGIN --password-file F`` — for whoever holds the
  database itself: the owner of the SQLite file, or on a server the owner of the journal's
  tables (``postgresql://owner@server/db``, the password from ``$PGPASSWORD``).  Sets the
  password (the account's rules), lifts the lockout after failed logins, keeps the
  account's roles; on a server with own login roles the account's role gets the same
  password (:func:`ejournal_desktop.services.accounts.set_password_offline`).

What it is for: a year archive restores without the staff's passwords (nobody can log
in until the admin's password is set), and an admin who forgot the password.  A staff
member's own server role is refused by the database itself (one Russian line).
"""

from __future__ import annotations

import argparse
import shlex
from typing import Any

from ejournal_desktop import cli as _cli
from ejournal_desktop.store.database import open_journal, parse_target


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add ``set-password`` to the subcommands of ``ejournal``."""
    p = commands.add_parser(
        "set-password", help="задать пароль учётной записи от имени владельца базы данных (без входа)",
        description="Задаёт пароль учётной записи прямо в базе данных журнала, без входа в программу: "
                    "после восстановления архива учебного года (в нём нет паролей сотрудников) или если "
                    "администратор забыл пароль. Выполняет тот, кто владеет базой: владелец файла SQLite "
                    "или владелец журнала на сервере (адрес postgresql://владелец@сервер/база, пароль "
                    "сервера — из $PGPASSWORD). Снимает блокировку после неудачных попыток входа, роли "
                    "учётной записи не меняет; на сервере с ролями сотрудников (pg-setup) тот же пароль "
                    "получает роль входа этой учётной записи.",
    )
    _cli._add_common(p, top=False)
    p.add_argument("--login", required=True, metavar="ЛОГИН", help="логин учётной записи, например admin")
    p.add_argument(
        "--password-file", required=True, metavar="ФАЙЛ",
        help="файл, первая строка которого — новый пароль («-» — прочитать из стандартного ввода)",
    )
    p.set_defaults(handler=cmd_set_password)


def cmd_set_password(args: argparse.Namespace) -> int:
    from ejournal_desktop.services import accounts

    target = parse_target(args.db)
    if target.kind == "postgresql" and not target.user:
        raise _cli.CliError(
            "Пароль задаёт владелец журнала на сервере: укажите адрес с его именем, например "
            "postgresql://ejournal@сервер/ejournal (пароль сервера — из $PGPASSWORD), а не адрес "
            "для компьютеров сотрудников."
        )
    password = _cli.read_secret_file(args.password_file)
    db = open_journal(args.db)
    try:
        done = accounts.set_password_offline(args.login, password)
    finally:
        if not db.is_closed():
            db.close()
    where = _cli.location(args.db, target)
    print(f"Пароль учётной записи «{done.login}» задан: {where}")
    print("Блокировка после неудачных попыток входа снята; менять этот пароль при входе не потребуется.")
    if done.server_role:
        print(f"Роль входа на сервер {done.server_role} получила тот же пароль.")
    if done.server_setup_needed:
        print("Вход под своими ролями на сервере для этой базы ещё не настроен (журнал восстановлен из копии): "
              f"выполните «ejournal pg-setup --db {shlex.quote(where)}», затем повторите эту команду.")
    if done.blocked:
        print("Внимание: учётная запись заблокирована — войти под ней нельзя, пока администратор ЭЖ её "
              "не разблокирует.")
    print("готово")
    return _cli.EXIT_OK
