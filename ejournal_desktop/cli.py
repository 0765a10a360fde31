"""Command line of ЭЖ-Десктоп: the same services as the desktop program, headless.

``ejournal`` alone starts the desktop program.  Commands:

* ``ejournal init --db D --admin LOGIN --password-file F [--school NAME]``
* ``ejournal demo [--db D] [--size small|school|large] [--seed N] [--today YYYY-MM-DD] [--force]``
* ``ejournal migrate --db D``
* ``ejournal check --db D [--json]``

``--db`` (a SQLite file or a ``postgresql://`` URL) and ``--debug`` are accepted
before and after the command.  Every refusal is one Russian line on stderr
(``ошибка: …``); exit code 2 when the target is not a journal or the server
cannot be reached, 1 for other errors — never a traceback unless ``--debug``.

Commands that change data on someone's behalf take the acting user through
:func:`acting_user` (``--user``/``$EJOURNAL_USER`` and
``--password-file``/``$EJOURNAL_PASSWORD``, or asked on a terminal); they add
the options with :func:`add_user_arguments`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import importlib
import json
import os
import re
import shlex
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlsplit, urlunsplit

import peewee

from ejournal_desktop import __version__
from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.errors import AuthError, ServiceError
from ejournal_desktop.store.database import (
    DatabaseUnavailableError,
    NotAJournalError,
    StoreError,
    Target,
    connect,
    is_empty,
    is_journal,
    open_journal,
    parse_target,
)

PROG = "ejournal"

# exit codes
EXIT_OK = 0
EXIT_ERROR = 1  # refused, invalid input, problems found by check
EXIT_NO_JOURNAL = 2  # not a journal, server unavailable, bad command line


class CliError(Exception):
    """A refusal of the command line itself (a missing file, a non-empty target…)."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


# --- argparse in Russian --------------------------------------------------------------------

_ARGPARSE_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (.*)", r"не указаны обязательные параметры: \1"),
    (r"unrecognized arguments: (.*)", r"непонятные параметры: \1"),
    (r"one of the arguments (.*) is required", r"нужен один из параметров: \1"),
    (r"ambiguous option: (\S+) could match (.*)", r"неоднозначный параметр \1: подходят \2"),
    (r"argument (.+?): invalid choice: (.*) \(choose from (.*)\)",
     r"параметр \1: недопустимое значение \2 (возможны: \3)"),
    (r"argument (.+?): invalid \S+ value: (.*)", r"параметр \1: недопустимое значение \2"),
    (r"argument (.+?): expected one argument", r"параметр \1: нужно указать значение"),
    (r"argument (.+?): expected at least one argument",
     r"параметр \1: нужно указать хотя бы одно значение"),
    (r"argument (.+?): not allowed with argument (.*)", r"параметр \1 нельзя указывать вместе с \2"),
    (r"argument (.+?): ignored explicit argument (.*)", r"параметр \1 не принимает значения (\2)"),
    (r"argument (.+?): (.*)", r"параметр \1: \2"),
)


def _translate_argparse(message: str) -> str:
    for pattern, replacement in _ARGPARSE_MESSAGES:
        if re.fullmatch(pattern, message, flags=re.DOTALL):
            return re.sub(pattern, replacement, message, flags=re.DOTALL)
    return message


class _RussianHelpFormatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "использование: " if prefix is None else prefix)


class RussianArgumentParser(argparse.ArgumentParser):
    """argparse with Russian usage, help and error messages."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _RussianHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "позиционные параметры"
        self._optionals.title = "параметры"
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS,
            help="показать эту справку и выйти",
        )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_NO_JOURNAL, f"{self.prog}: ошибка: {_translate_argparse(message)}\n")


def _date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"дата «{text}» записывается как ГГГГ-ММ-ДД, например 2025-10-15"
        ) from None


def _int_arg(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» — не целое число") from None


DB_HELP = (
    "журнал: файл SQLite или адрес postgresql://пользователь@сервер/база[?schema=схема] "
    "(по умолчанию — файл в папке данных пользователя; пароль сервера — из $PGPASSWORD)"
)


def _add_common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--db and --debug: on the top parser with defaults, on commands without them,
    so that a value given before the command survives when none is given after it."""
    default_db: Any = None if top else argparse.SUPPRESS
    default_debug: Any = False if top else argparse.SUPPRESS
    parser.add_argument("--db", metavar="БАЗА", default=default_db, help=DB_HELP)
    parser.add_argument(
        "--debug", action="store_true", default=default_debug,
        help="при непредвиденной ошибке показать подробности (traceback)",
    )


def add_user_arguments(parser: argparse.ArgumentParser) -> None:
    """--user and --password-file for commands that act on someone's behalf."""
    parser.add_argument(
        "--user", metavar="ЛОГИН",
        help="от чьего имени действовать (иначе $EJOURNAL_USER или вопрос в терминале)",
    )
    parser.add_argument(
        "--password-file", metavar="ФАЙЛ",
        help="файл, первая строка которого — пароль («-» — прочитать из стандартного ввода; "
             "иначе $EJOURNAL_PASSWORD или вопрос в терминале)",
    )


# Further commands live in ejournal_desktop/commands/<name>.py, each with register(commands).
COMMAND_MODULES: tuple[str, ...] = (
    "backup", "exchange", "printing", "reports", "yearend", "pgsetup", "parents", "accounts",
)


def build_parser() -> RussianArgumentParser:
    parser = RussianArgumentParser(
        prog=PROG,
        description="ЭЖ-Десктоп — электронный классный журнал школы. "
                    "Без команды запускается настольная программа.",
        epilog="Подробнее о команде: ejournal КОМАНДА --help",
    )
    parser.add_argument(
        "--version", action="version", version=f"{PROG} {__version__}",
        help="показать версию программы и выйти",
    )
    parser.add_argument(
        "--smoke-test", action="store_true",
        help="открыть главное окно без участия пользователя (демо-база, вход admin/demo) и выйти — "
             "проверка сборки",
    )
    _add_common(parser, top=True)
    commands = parser.add_subparsers(dest="command", title="команды", metavar="КОМАНДА")

    p = commands.add_parser(
        "init", help="создать журнал новой школы с одним администратором",
        description="Создаёт в пустой базе данных журнал новой школы с одним администратором ЭЖ.",
    )
    _add_common(p, top=False)
    p.add_argument("--admin", metavar="ЛОГИН", required=True, help="логин администратора ЭЖ")
    p.add_argument(
        "--password-file", metavar="ФАЙЛ", required=True,
        help="файл, первая строка которого — пароль администратора («-» — стандартный ввод)",
    )
    p.add_argument("--school", metavar="НАЗВАНИЕ", default="", help="название школы")
    p.set_defaults(handler=cmd_init)

    p = commands.add_parser(
        "demo", help="создать демонстрационную школу",
        description="Создаёт демонстрационную школу с учителями, классами, расписанием и "
                    "заполненным журналом. В конце печатает логины и пароли.",
    )
    _add_common(p, top=False)
    p.add_argument(
        "--size", choices=("small", "school", "large"), default="small",
        help="размер: small — несколько классов, school — обычная школа, large — большая "
             "(по умолчанию small)",
    )
    p.add_argument("--seed", type=_int_arg, default=1, metavar="N",
                   help="зерно случайных чисел: одно зерно — одна и та же школа (по умолчанию 1)")
    p.add_argument("--today", type=_date_arg, metavar="ГГГГ-ММ-ДД",
                   help="«сегодняшняя» дата демонстрации (по умолчанию — сегодня)")
    p.add_argument("--force", action="store_true",
                   help="если база не пуста — удалить всё, что в ней есть, без вопросов")
    p.set_defaults(handler=cmd_demo)

    p = commands.add_parser(
        "migrate", help="обновить схему базы данных до версии этой программы",
        description="Применяет недостающие обновления схемы базы данных журнала. "
                    "Перед обновлением сделайте резервную копию.",
    )
    _add_common(p, top=False)
    p.set_defaults(handler=cmd_migrate)

    p = commands.add_parser(
        "check", help="проверить базу данных журнала",
        description="Проверяет целостность базы данных и соблюдение правил журнала. "
                    "Код выхода 0 — проблем нет, 1 — найдены проблемы.",
    )
    _add_common(p, top=False)
    p.add_argument("--json", action="store_true",
                   help="вывести результат одним объектом JSON")
    p.set_defaults(handler=cmd_check)
    for name in COMMAND_MODULES:
        importlib.import_module(f"ejournal_desktop.commands.{name}").register(commands)
    return parser


# --- helpers ---------------------------------------------------------------------------------


def _err(message: str) -> None:
    print(f"ошибка: {message}", file=sys.stderr)


def read_secret_file(path: str) -> str:
    """The first line of a file (``-``: of stdin), without the line break."""
    try:
        if path == "-":
            text = sys.stdin.readline()
        else:
            with open(path, encoding="utf-8-sig") as fh:
                text = fh.readline()
    except FileNotFoundError:
        raise CliError(f"Файл с паролем «{path}» не найден.") from None
    except IsADirectoryError:
        raise CliError(f"«{path}» — это папка, а не файл с паролем.") from None
    except UnicodeDecodeError:
        raise CliError(f"Файл с паролем «{path}» не в кодировке UTF-8.") from None
    except OSError as exc:
        raise CliError(f"Не удалось прочитать файл с паролем «{path}»: {exc.strerror}.") from None
    password = text.rstrip("\r\n")
    if not password:
        raise CliError(f"Файл с паролем «{path}» пуст.")
    return password


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def credentials(
    args: argparse.Namespace,
    *,
    ask: Callable[[str], str] | None = None,
    ask_password: Callable[[str], str] | None = None,
) -> tuple[str, str]:
    """The acting person's login and password, asked at most once per command.

    Login: ``--user``, else ``$EJOURNAL_USER``, else asked when stdin is a terminal.
    Password: ``--password-file``, else ``$EJOURNAL_PASSWORD``, else asked (getpass).
    """
    cached = getattr(args, "_credentials", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    terminal = _stdin_is_terminal()
    login_name = (getattr(args, "user", None) or os.environ.get("EJOURNAL_USER") or "").strip()
    if not login_name:
        if ask is None and not terminal:
            raise AuthError(
                "Не указано, от чьего имени действовать: укажите --user ЛОГИН "
                "или переменную окружения EJOURNAL_USER."
            )
        login_name = (ask or input)("Логин: ").strip()
    password_file = getattr(args, "password_file", None)
    if password_file:
        password = read_secret_file(password_file)
    elif os.environ.get("EJOURNAL_PASSWORD"):
        password = os.environ["EJOURNAL_PASSWORD"]
    elif ask_password is not None or terminal:
        password = (ask_password or getpass.getpass)(f"Пароль пользователя {login_name}: ")
    else:
        raise AuthError(
            "Не указан пароль: укажите --password-file ФАЙЛ или переменную окружения "
            "EJOURNAL_PASSWORD."
        )
    args._credentials = (login_name, password)
    return login_name, password


def open_as_user(args: argparse.Namespace, *, migrate: bool = False) -> peewee.Database:
    """Open ``--db`` for a command that acts on someone's behalf.

    A server address that names no user (``postgresql://server/db``, what ``pg-setup``
    prints for the staff's PCs) connects as the acting person's own PostgreSQL login
    role, with the same login and password the command then logs in with.
    """
    target = parse_target(args.db)
    if target.kind == "postgresql" and not target.user:
        login_name, password = credentials(args)
        return open_journal(args.db, login=login_name, password=password, migrate=migrate)
    return open_journal(args.db, migrate=migrate)


def acting_user(
    args: argparse.Namespace,
    *,
    ask: Callable[[str], str] | None = None,
    ask_password: Callable[[str], str] | None = None,
) -> Actor:
    """Log in the person on whose behalf a command acts (the lockout applies); see :func:`credentials`."""
    from ejournal_desktop.services import auth

    login_name, password = credentials(args, ask=ask, ask_password=ask_password)
    result = auth.login(login_name, password)
    if result.must_change_password:
        raise AuthError(
            f"Пароль пользователя «{result.actor.login}» временный: войдите в программу "
            "и смените его, затем повторите команду."
        )
    return result.actor


def location(spec: str | None, target: Target) -> str:
    """Where the journal is, as it can be given back to --db (never with a password)."""
    if target.kind == "sqlite":
        assert target.path is not None
        return str(target.path.resolve())
    raw = str(spec)
    parts = urlsplit(raw)
    if parts.password is not None:
        host = parts.hostname or ""
        if parts.port:
            host += f":{parts.port}"
        netloc = f"{parts.username}@{host}" if parts.username else host
        raw = urlunsplit(parts._replace(netloc=netloc))
    return raw


_SCHEMA_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def _pg_schema(target: Target) -> str:
    name = target.schema or "public"
    if not _SCHEMA_RE.match(name):
        raise CliError(f"Недопустимое имя схемы PostgreSQL «{name}».")
    return name


def _sqlite_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _connect_new(target: Target) -> peewee.Database:
    """Connect to the place of a new journal, creating the file or the schema."""
    db = connect(target, create=True)
    if target.kind == "postgresql" and target.schema:
        db.execute_sql(f'CREATE SCHEMA IF NOT EXISTS "{_pg_schema(target)}"')
    return db


def _what_is_there(db: peewee.Database) -> str:
    if is_journal(db):
        return "в ней уже есть журнал"
    return "в ней данные другой программы"


def _wipe(target: Target, db: peewee.Database) -> peewee.Database:
    """Empty the target (--force): delete the SQLite file, or recreate the PostgreSQL schema."""
    if target.kind == "sqlite":
        assert target.path is not None
        db.close()
        for file in _sqlite_files(target.path):
            try:
                file.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise CliError(
                    f"Не удалось удалить файл «{file}»: {exc.strerror}. "
                    "Закройте программы, которые его используют."
                ) from None
        return connect(target, create=True)
    schema = _pg_schema(target)
    with db.atomic():
        db.execute_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        db.execute_sql(f'CREATE SCHEMA "{schema}"')
    return db


def _remove_new_file(target: Target, existed: bool) -> None:
    """A SQLite file this command created and then failed to fill is removed again."""
    if target.kind != "sqlite" or existed:
        return
    assert target.path is not None
    for file in _sqlite_files(target.path):
        try:
            file.unlink()
        except OSError:
            pass


def _close(db: peewee.Database | None) -> None:
    if db is not None and not db.is_closed():
        db.close()


# --- commands -------------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from ejournal_desktop.ui.app import run_gui
    except ImportError as exc:
        if exc.name != "ejournal_desktop.ui.app":
            raise
        _err(
            "настольная программа недоступна в этой установке. "
            "Работают команды: ejournal --help."
        )
        return EXIT_ERROR
    if getattr(args, "smoke_test", False):
        from ejournal_desktop.ui.app import smoke_test

        return int(smoke_test(args.db))
    return int(run_gui(db=args.db, debug=bool(getattr(args, "debug", False))))


def cmd_init(args: argparse.Namespace) -> int:
    from ejournal_desktop.services.bootstrap import initialize

    password = read_secret_file(args.password_file)
    target = parse_target(args.db)
    existed = target.kind == "sqlite" and target.path is not None and target.path.exists()
    db: peewee.Database | None = None
    done = False
    try:
        db = _connect_new(target)
        if not is_empty(db):
            raise CliError(
                f"База данных «{target.display}» не пуста ({_what_is_there(db)}): "
                "новый журнал создаётся только в пустой базе."
            )
        actor = initialize(
            db, school_name=args.school.strip(), admin_login=args.admin,
            admin_password=password,
        )
        done = True
    finally:
        _close(db)
        if not done:
            _remove_new_file(target, existed)
    where = location(args.db, target)
    print(f"Журнал создан: {where}")
    if args.school.strip():
        print(f"Школа: {args.school.strip()}")
    print(f"Администратор ЭЖ: {actor.login}")
    print(f"Запуск: ejournal --db {shlex.quote(where)}")
    return EXIT_OK


COUNT_LABELS = {
    "classes": "Классов",
    "groups": "Групп внеурочной деятельности",
    "students": "Учащихся",
    "staff": "Сотрудников",
    "teachers": "Учителей",
    "subjects": "Предметов",
    "assignments": "Строк нагрузки",
    "lessons": "Уроков",
    "marks": "Отметок",
    "absences": "Записей посещаемости",
    "period_marks": "Отметок за периоды",
    "years": "Учебных лет",
    "audit_entries": "Записей журнала аудита",
}


def _progress(*parts: object) -> None:
    print(" ".join(str(p) for p in parts), file=sys.stderr, flush=True)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  " + "  ".join(str(c).ljust(w) for c, w in zip(header, widths, strict=True))]
    lines.append("  " + "  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  " + "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
    return [line.rstrip() for line in lines]


def cmd_demo(args: argparse.Namespace) -> int:
    try:
        from ejournal_desktop.services.demo import build_demo
    except ImportError as exc:
        if exc.name != "ejournal_desktop.services.demo":
            raise
        raise CliError("демонстрационная школа недоступна в этой версии программы.") from None

    target = parse_target(args.db)
    existed = target.kind == "sqlite" and target.path is not None and target.path.exists()
    db: peewee.Database | None = None
    done = False
    try:
        db = _connect_new(target)
        if not is_empty(db):
            if not args.force:
                raise CliError(
                    f"База данных «{target.display}» не пуста ({_what_is_there(db)}). "
                    "Чтобы заменить её демонстрационной школой, добавьте --force "
                    "(всё, что в ней есть, будет удалено)."
                )
            print(f"Удаляю прежнее содержимое «{target.display}» (--force)…", file=sys.stderr)
            db = _wipe(target, db)
            existed = False
        summary = build_demo(
            db, size=args.size, seed=args.seed, today=args.today, progress=_progress
        )
        done = True
    finally:
        _close(db)
        if not done:
            _remove_new_file(target, existed)
    where = location(args.db, target)
    print(f"Демонстрационная школа создана: {where}")
    years = ", ".join(str(y) for y in getattr(summary, "years", []) or [])
    print(f"Размер: {getattr(summary, 'size', args.size)}, зерно: {getattr(summary, 'seed', args.seed)}"
          + (f", учебные годы: {years}" if years else ""))
    for key, value in dict(getattr(summary, "counts", {}) or {}).items():
        print(f"{COUNT_LABELS.get(key, key)}: {value}")
    logins = [tuple(str(x) for x in item) for item in getattr(summary, "logins", []) or []]
    if logins:
        print()
        print("Учётные записи демонстрационной школы:")
        rows = [(*row, "", "", "")[:3] for row in logins]
        for line in _table(("Логин", "Пароль", "Кто"), rows):
            print(line)
    print()
    print(f"Запуск: ejournal --db {shlex.quote(where)}")
    return EXIT_OK


def cmd_migrate(args: argparse.Namespace) -> int:
    from ejournal_desktop.store import schema

    db = open_journal(args.db, migrate=True)
    try:
        before = schema.current_version(db)
        applied = schema.migrate(db)
        after = schema.current_version(db)
    finally:
        _close(db)
    where = location(args.db, parse_target(args.db))
    if applied:
        print(f"Схема базы данных «{where}» обновлена: версия {before} → {after}.")
        for name in applied:
            print(f"  применено: {name}")
    else:
        print(f"Схема базы данных «{where}» уже последней версии ({after}): обновлять нечего.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from ejournal_desktop.services.check import run_check

    db = open_journal(args.db)
    try:
        report = run_check(db)
    finally:
        _close(db)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
        return EXIT_OK if report.ok else EXIT_ERROR
    where = location(args.db, parse_target(args.db))
    c = report.counts
    print(f"Проверка журнала: {where}")
    print(f"Версия схемы: {report.schema_version}")
    print("Классы: " + (", ".join(report.class_names) or "нет"))
    print(
        f"Классов: {c.get('classes', 0)}, учащихся: {c.get('students', 0)}, "
        f"сотрудников: {c.get('staff', 0)}, уроков: {c.get('lessons', 0)}, "
        f"отметок: {c.get('marks', 0)}, записей посещаемости: {c.get('absences', 0)}"
    )
    if report.ok:
        print("Проблем не найдено.")
        return EXIT_OK
    print(f"Найдены проблемы ({len(report.problems)}):")
    for line in report.problems:
        print(f"  • {line}")
    return EXIT_ERROR


# --- the error boundary ---------------------------------------------------------------------


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else exc.__class__.__name__


def _debug_hint(argv: Sequence[str]) -> str:
    rest = [a for a in argv if a != "--debug"]
    return "подробности: " + shlex.join([PROG, "--debug", *rest])


def main(argv: list[str] | None = None) -> int:
    """Run a command; returns the exit code (``python -m ejournal_desktop`` exits with it)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # --help, --version, a bad command line
        return exc.code if isinstance(exc.code, int) else EXIT_NO_JOURNAL
    debug = bool(getattr(args, "debug", False))
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", cmd_gui)
    try:
        return handler(args)
    except (NotAJournalError, DatabaseUnavailableError) as exc:
        if debug:
            traceback.print_exc()
        _err(exc.message)
        return EXIT_NO_JOURNAL
    except (StoreError, ServiceError, CliError) as exc:
        if debug:
            traceback.print_exc()
        _err(exc.message)
        return exc.code if isinstance(exc, CliError) else EXIT_ERROR
    except (peewee.OperationalError, peewee.InterfaceError) as exc:
        if debug:
            traceback.print_exc()
        _err(f"связь с базой данных потеряна или база недоступна: {_first_line(exc)}")
        return EXIT_NO_JOURNAL
    except peewee.DatabaseError as exc:
        if debug:
            traceback.print_exc()
        _err(f"ошибка базы данных: {_first_line(exc)}")
        if not debug:
            print(_debug_hint(args_list), file=sys.stderr)
        return EXIT_NO_JOURNAL
    except KeyboardInterrupt:
        _err("прервано.")
        return 130
    except Exception as exc:
        if debug:
            traceback.print_exc()
        _err(f"непредвиденная ошибка ({exc.__class__.__name__}): {_first_line(exc)}")
        if not debug:
            print(_debug_hint(args_list), file=sys.stderr)
        return EXIT_ERROR


__all__ = [
    "CliError",
    "RussianArgumentParser",
    "acting_user",
    "add_user_arguments",
    "build_parser",
    "location",
    "main",
    "read_secret_file",
]

if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
