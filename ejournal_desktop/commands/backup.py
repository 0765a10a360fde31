"""``ejournal backup`` and ``ejournal restore`` (issue 8).

* ``ejournal backup --db D [-o FILE|FOLDER] [--force] [--user LOGIN --password-file F]``
  writes one self-describing file (``*.ejbackup``, see :mod:`ejournal_desktop.services.backup`),
  reads it back, checks every hash and row count, and only then prints «готово».
  Admin only.
* ``ejournal restore FILE --db D [--force] [--no-safety-copy] [--check-only]``
  checks the whole file first (a damaged or foreign file is refused with a message,
  never a traceback), then restores it in one transaction.  Into an EMPTY database
  (a new SQLite file, an empty PostgreSQL database or schema) no login is needed:
  there are no users there yet.  Over an existing journal only with ``--force`` and
  as its admin; the journal being replaced is first saved next to FILE
  (``ejournal-before-restore-….ejbackup``) unless ``--no-safety-copy``.

A backup of a PostgreSQL journal restores into a SQLite file and back.  A copy without
the staff's passwords (the year archive's snapshot) restores too; ``restore`` then says
that nobody can log in until ``ejournal set-password`` gives the admin a password, and
names the admin accounts.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import sys
from pathlib import Path
from typing import Any

import peewee

from ejournal_desktop import cli as _cli
from ejournal_desktop.services import backup as backups
from ejournal_desktop.store import schema
from ejournal_desktop.store.database import Target, connect, parse_target


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add ``backup`` and ``restore`` to the subcommands of ``ejournal``."""
    p = commands.add_parser(
        "backup", help="сделать резервную копию журнала (администратор ЭЖ)",
        description="Записывает резервную копию журнала в один файл, затем читает её и проверяет "
                    "(контрольные суммы и число записей). Журнал при этом можно не закрывать: "
                    "копия делается на один момент времени, пока другие работают.",
    )
    _cli._add_common(p, top=False)
    p.add_argument(
        "-o", "--output", metavar="ФАЙЛ",
        help="файл копии или папка для неё (по умолчанию — текущая папка, имя "
             "ejournal-ГГГГ-ММ-ДД_ЧЧММСС.ejbackup)",
    )
    p.add_argument("--force", action="store_true", help="перезаписать файл, если он уже есть")
    _cli.add_user_arguments(p)
    p.set_defaults(handler=cmd_backup)

    p = commands.add_parser(
        "restore", help="восстановить журнал из резервной копии",
        description="Проверяет файл резервной копии и восстанавливает из него журнал одной "
                    "транзакцией. В пустую базу данных — без входа в программу; поверх "
                    "существующего журнала — только администратор ЭЖ и только с --force. "
                    "Копия сервера PostgreSQL восстанавливается в файл SQLite и наоборот.",
    )
    p.add_argument("file", metavar="ФАЙЛ", help="файл резервной копии (.ejbackup)")
    _cli._add_common(p, top=False)
    p.add_argument(
        "--force", action="store_true",
        help="заменить существующий журнал содержимым копии (прежнее содержимое будет удалено)",
    )
    p.add_argument(
        "--no-safety-copy", action="store_true",
        help="не сохранять заменяемый журнал перед восстановлением (по умолчанию он сохраняется "
             "рядом с файлом копии)",
    )
    p.add_argument(
        "--check-only", action="store_true",
        help="только проверить файл и показать, что в нём, ничего не восстанавливая",
    )
    _cli.add_user_arguments(p)
    p.set_defaults(handler=cmd_restore)


_SCHEMA_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def _connect_target(target: Target) -> peewee.Database:
    """Connect to where the journal will be restored, creating the SQLite file or the schema."""
    db = connect(target, create=True)
    if target.kind == "postgresql" and target.schema:
        if not _SCHEMA_RE.match(target.schema):
            db.close()
            raise _cli.CliError(f"Недопустимое имя схемы PostgreSQL «{target.schema}».")
        db.execute_sql(f'CREATE SCHEMA IF NOT EXISTS "{target.schema}"')
    return db


def _close(db: peewee.Database | None) -> None:
    if db is not None and not db.is_closed():
        db.close()


def _remove_new_file(target: Target, existed: bool) -> None:
    """A SQLite file this command created and then failed to fill is removed again."""
    if target.kind != "sqlite" or existed or target.path is None:
        return
    for file in (target.path, target.path.with_name(target.path.name + "-wal"),
                 target.path.with_name(target.path.name + "-shm")):
        try:
            file.unlink()
        except OSError:
            pass


def _output_path(raw: str | None) -> Path:
    if not raw:
        return Path.cwd() / backups.default_file_name()
    path = Path(raw).expanduser()
    if path.is_dir():
        return path / backups.default_file_name()
    if path.suffix == "":
        path = path.with_suffix(backups.SUFFIX)
    return path


def _print_info(info: backups.BackupInfo) -> None:
    for line in info.preview_lines():
        print(f"  {line}")


def cmd_backup(args: argparse.Namespace) -> int:
    out = _output_path(args.output)
    if out.exists() and not args.force:
        raise _cli.CliError(f"Файл «{out}» уже существует: укажите другое имя или добавьте --force.")
    db = _cli.open_as_user(args)
    try:
        actor = _cli.acting_user(args)
        backups.require_backup_right(actor, db)
        print(f"Делаю резервную копию журнала {_cli.location(args.db, parse_target(args.db))}…",
              file=sys.stderr, flush=True)
        info = backups.backup(actor, db, out, overwrite=bool(args.force))
    finally:
        _close(db)
    print(f"Резервная копия записана: {info.path}")
    _print_info(info)
    print(f"  Размер файла: {info.size_bytes} байт")
    print("Копия прочитана и проверена: контрольные суммы и число записей совпадают.")
    print("готово")
    return _cli.EXIT_OK


def _safety_path(file: Path) -> Path:
    folder = file.resolve().parent
    if not os.access(folder, os.W_OK):
        folder = Path.cwd()
    return folder / backups.default_file_name(backups.SAFETY_PREFIX)


def cmd_restore(args: argparse.Namespace) -> int:
    file = Path(args.file).expanduser()
    info = backups.verify_backup(file)
    print(f"Файл резервной копии проверен: {file}")
    _print_info(info)
    if args.check_only:
        latest = schema.latest_version()
        if info.schema_version != latest:
            print(f"Внимание: версия схемы копии {info.schema_version}, эта программа восстанавливает "
                  f"копии схемы {latest}.")
        print("готово (ничего не восстанавливалось: --check-only)")
        return _cli.EXIT_OK
    target = parse_target(args.db)
    existed = target.kind == "sqlite" and target.path is not None and target.path.exists()
    db: peewee.Database | None = None
    done = False
    try:
        db = _connect_target(target)
        state = backups.target_state(db)
        actor = None
        safety: backups.BackupInfo | None = None
        if state == "journal" and args.force:
            db.close()
            db = _cli.open_as_user(args, migrate=True)  # a journal of a newer program is refused here
            actor = _cli.acting_user(args)
            backups.require_backup_right(actor, db)
            if not args.no_safety_copy:
                print("Сохраняю заменяемый журнал…", file=sys.stderr, flush=True)
                safety = backups.backup(actor, db, _safety_path(file))
        backups.restore(file, db, force=bool(args.force), actor=actor,
                        progress=lambda text: print(text, file=sys.stderr, flush=True))
        admins = backups.admin_logins(db) if info.passwords_withheld else []
        done = True
    finally:
        _close(db)
        if not done:
            _remove_new_file(target, existed)
    where = _cli.location(args.db, target)
    if safety is not None:
        print(f"Прежнее содержимое журнала сохранено: {safety.path}")
    print(f"Журнал восстановлен: {where}")
    print(f"Восстановлено записей: {info.total_rows} (таблиц: {len(info.tables)}); "
          "число записей каждой таблицы совпадает с копией.")
    print(f"Проверка: ejournal check --db {shlex.quote(where)}")
    if info.passwords_withheld:
        login = admins[0] if admins else "ЛОГИН"
        print("В копии нет паролей сотрудников (архив учебного года): войти в восстановленный журнал пока "
              "не может никто. Задайте пароль администратора ЭЖ:")
        print(f"  ejournal set-password --db {shlex.quote(where)} --login {shlex.quote(login)} "
              "--password-file ФАЙЛ_С_ПАРОЛЕМ")
        if target.kind == "postgresql":
            print("  (на сервере — после pg-setup: тогда тот же пароль получит и роль входа администратора)")
        if admins:
            print("Учётные записи администратора ЭЖ в журнале: " + ", ".join(admins))
        print("Пароли остальных сотрудников администратор затем сбрасывает в программе (листки приглашений).")
    if target.kind == "postgresql":
        # the copy carries the accounts, not the server's login roles and grants (they are per journal)
        print(f"Сервер PostgreSQL: чтобы сотрудники входили под своими ролями, выполните от имени владельца "
              f"журнала «ejournal pg-setup --db {shlex.quote(where)}».")
    print("готово")
    return _cli.EXIT_OK
