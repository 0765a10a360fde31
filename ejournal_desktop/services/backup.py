"""Backup and restore of a journal: the program's own portable dump (issue 8).

A backup is ONE file (``*.ejbackup``): a ZIP archive holding

* ``manifest.json`` — what the file is: format name and version, the program
  version, the schema version, when it was made, the school, the kind of
  database it came from, and for every table its columns, the number of rows and
  the SHA-256 of its data file; ``content_sha256`` is the SHA-256 over the lines
  ``"<table> <sha256>\\n"`` of all tables in order;
* ``data/NNN_<table>.jsonl`` — one file per table, in dependency order (parents
  first), one JSON array per row in the column order of the manifest; dates and
  times are ISO 8601 text, decimals are text;
* ``README.txt`` — the same in words, for whoever finds the file in ten years.

A copy may leave secrets out (``write_backup(..., withhold_secrets=True)``; the
year archive always does): the password hashes of the staff are not read at all
— a staff member's own PostgreSQL role may not read them, and an archive kept for
25 years in a cabinet should not carry them.  The column stays in the file (the
rows keep the manifest's column order) with ``""`` in it, and the manifest says so:
``"withheld": {"user": ["password_hash"]}`` (format version 2, so that an older
program asks to be updated rather than restoring a journal nobody can log in to).
The withheld columns are part of ``content_sha256`` (lines ``"withheld <table>
<column,…>\\n"`` after the tables), so the field cannot be flipped without the file
being taken for damaged, and :func:`verify_backup` checks that those columns are
really empty.  After such a copy is restored nobody can log in until the owner of
the database sets a password (``ejournal set-password``,
:func:`ejournal_desktop.services.accounts.set_password_offline`).

The dump is portable: a backup of a school server (PostgreSQL) restores into a
SQLite file and back (moving a school off a server), because rows go through the
program's models, not through the database's own dump format.

It is taken online, while others keep working: on SQLite inside one read
transaction (WAL: writers go on, the reader sees one moment); on PostgreSQL in
one ``REPEATABLE READ READ ONLY`` transaction.  After writing, the file is read
back and checked (every hash, every row count) before anyone is told «готово».

A restore checks the whole file before touching the target, refuses a damaged,
foreign or newer file with a Russian message, refuses a non-empty journal unless
asked to replace it (``force``), and writes everything in ONE transaction: the
schema, the rows, the PostgreSQL sequences, the guards of the audit trail; the
row counts are compared with the manifest before the commit.

Permissions: making a backup and restoring over an existing journal need
``Action.BACKUP`` (the admin).  Restoring into an EMPTY database needs no login:
there are no users in it yet, and whoever can create a database can already put
anything in it.  Automatic backups (:func:`auto_backup`) run on behalf of the
program itself, into folders the admin chose.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import re
import shutil
import sys
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any, NamedTuple

import peewee
from peewee import (
    AutoField,
    BooleanField,
    Database,
    DateField,
    DateTimeField,
    DecimalField,
    Field,
    IntegerField,
    PostgresqlDatabase,
    SqliteDatabase,
    TextField,
    sort_models,
)

from ejournal_desktop import __version__
from ejournal_desktop.i18n import noop, tr
from ejournal_desktop.services import audit
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import Actor, require_global
from ejournal_desktop.services.permissions import Action, Role
from ejournal_desktop.store import guards, models, pg_security, schema
from ejournal_desktop.store.database import (
    SQLITE_APPLICATION_ID,
    StoreError,
    is_empty,
    is_journal,
    write_transaction,
)
from ejournal_desktop.store.models import ALL_MODELS, BaseModel

log = logging.getLogger(__name__)

FORMAT_NAME = "ejournal-desktop-backup"
FORMAT_VERSION = 2  # the newest format this program reads
PLAIN_FORMAT_VERSION = 1  # a copy with every column (what older programs read)
# what a copy without secrets leaves out: table → columns
SECRETS: dict[str, tuple[str, ...]] = {"user": ("password_hash",)}
SUFFIX = ".ejbackup"
MANIFEST = "manifest.json"
README = "README.txt"
AUTO_PREFIX = "ejournal-auto-"
MANUAL_PREFIX = "ejournal-"
SAFETY_PREFIX = "ejournal-before-restore-"
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
INSERT_BATCH = 500
_DATA_NAME = re.compile(r"^data/\d{3}_[a-z_]{1,60}\.jsonl$")
_CHUNK = 1 << 16


class BackupError(StoreError):
    """A backup file that cannot be used, or a restore that is refused (Russian message)."""


class TargetNotEmptyError(BackupError):
    """The restore target already holds a journal and ``force`` was not given."""


# --- what a backup holds ------------------------------------------------------------------------


@dataclass(frozen=True)
class TableInfo:
    name: str
    file: str
    rows: int
    sha256: str
    columns: tuple[str, ...]


# what the preview shows, in this order
PREVIEW_LABELS: tuple[tuple[str, str], ...] = (
    ("user", noop("Backup", "Сотрудников")),
    ("student", noop("Backup", "Учащихся")),
    ("school_class", noop("Backup", "Классов и групп")),
    ("assignment", noop("Backup", "Строк нагрузки")),
    ("lesson", noop("Backup", "Уроков")),
    ("mark", noop("Backup", "Отметок")),
    ("absence", noop("Backup", "Записей посещаемости")),
    ("period_mark", noop("Backup", "Отметок за периоды")),
    ("audit_entry", noop("Backup", "Записей журнала аудита")),
)


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file says about itself (read from its manifest)."""

    path: Path
    format_version: int
    app_version: str
    schema_version: int
    created_at: dt.datetime
    school_name: str
    source_kind: str
    tables: tuple[TableInfo, ...]
    content_sha256: str
    size_bytes: int
    withheld: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)  # table → columns left empty

    @property
    def passwords_withheld(self) -> bool:
        """The staff's password hashes are not in the copy (a year archive): nobody logs in after a restore."""
        return "password_hash" in self.withheld.get("user", ())

    @property
    def counts(self) -> dict[str, int]:
        return {t.name: t.rows for t in self.tables}

    @property
    def total_rows(self) -> int:
        return sum(t.rows for t in self.tables)

    def preview_lines(self) -> list[str]:
        """What the restore dialog shows before the admin decides (Russian)."""
        source = {"sqlite": tr("Backup", "файл SQLite"), "postgresql": tr("Backup", "сервер PostgreSQL")}
        lines = [
            tr("Backup", "Школа: %s") % (self.school_name or tr("Backup", "не указана")),
            tr("Backup", "Копия сделана: %s") % self.created_at.strftime("%d.%m.%Y %H:%M:%S"),
            tr("Backup", "Источник: %s") % source.get(self.source_kind, self.source_kind),
            tr("Backup", "Версия программы: %s, версия схемы: %d") % (self.app_version, self.schema_version),
        ]
        counts = self.counts
        for table, label in PREVIEW_LABELS:
            if table in counts:
                lines.append(f"{tr('Backup', label)}: {counts[table]}")
        lines.append(tr("Backup", "Всего записей: %d в %d таблицах") % (self.total_rows, len(self.tables)))
        lines.append(tr("Backup", "SHA-256 содержимого: %s") % self.content_sha256)
        if self.passwords_withheld:
            lines.append(no_passwords_note())
        return lines


def no_passwords_note() -> str:
    """What the restore preview and result say about a copy without the staff's passwords."""
    return tr("Backup", "В копии нет паролей сотрудников (архив учебного года): после восстановления задайте "
                        "пароль администратора командой ejournal set-password.")


def backup_models() -> list[type[BaseModel]]:
    """The tables of a backup, parents before children."""
    ordered: list[type[BaseModel]] = sort_models(list(ALL_MODELS))
    return ordered


def _fields(model: type[BaseModel]) -> list[Field]:
    return list(model._meta.sorted_fields)


def _columns(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(str(f.column_name) for f in _fields(model))


def _table(model: type[BaseModel]) -> str:
    return str(model._meta.table_name)


@contextlib.contextmanager
def _bound(db: Database) -> Iterator[None]:
    """The models bound to ``db`` (the program's own database: nothing to do)."""
    if models.db_proxy.obj is db:
        yield
    else:
        with db.bind_ctx(list(ALL_MODELS)):
            yield


# --- values in and out of JSON -----------------------------------------------------------------


def _dump_value(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return value
    if isinstance(value, bytes | memoryview):
        raise BackupError(tr("Backup", "В базе найдено двоичное значение, которое журнал не хранит."))
    return str(value)


class _BadValue(Exception):
    pass


def _load_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _BadValue
    return value


def _load_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise _BadValue


def _load_decimal(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _BadValue
    try:
        out = Decimal(str(value))
    except InvalidOperation:
        raise _BadValue from None
    if not out.is_finite():
        raise _BadValue
    return out


def _load_datetime(value: Any) -> dt.datetime:
    if not isinstance(value, str):
        raise _BadValue
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise _BadValue from None


def _load_date(value: Any) -> dt.date:
    if not isinstance(value, str):
        raise _BadValue
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _BadValue from None


def _load_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)  # SQLite may hand back a number stored in a text column
    raise _BadValue


def _loader(field: Field) -> Callable[[Any], Any]:
    if isinstance(field, BooleanField):
        return _load_bool
    if isinstance(field, DateTimeField):
        return _load_datetime
    if isinstance(field, DateField):
        return _load_date
    if isinstance(field, DecimalField):
        return _load_decimal
    if isinstance(field, IntegerField | AutoField | peewee.ForeignKeyField):
        return _load_int
    if isinstance(field, peewee.CharField | TextField):
        return _load_text
    return lambda v: v


# --- writing --------------------------------------------------------------------------------------


def _school_name() -> str:
    try:
        return str(school_settings.get("school_name") or "")
    except Exception:  # a setting the program cannot read does not stop a backup
        return ""


def _source_kind(db: Database) -> str:
    return "sqlite" if isinstance(db, SqliteDatabase) else "postgresql"


@contextlib.contextmanager
def _read_snapshot(db: Database) -> Iterator[None]:
    """One consistent moment of the database, while others keep writing."""
    if isinstance(db, PostgresqlDatabase):
        if db.in_transaction():
            yield
            return
        with db.atomic(isolation_level="REPEATABLE READ"):
            db.execute_sql("SET TRANSACTION READ ONLY")
            yield
    else:
        with db.atomic():  # a deferred BEGIN: the first read fixes the snapshot (WAL)
            yield


def _write_readme(zf: zipfile.ZipFile, manifest: dict[str, Any]) -> None:
    text = (
        "Резервная копия электронного журнала ЭЖ-Десктоп.\n\n"
        f"Школа: {manifest['school_name'] or 'не указана'}\n"
        f"Сделана: {manifest['created_at']}\n"
        f"Версия программы: {manifest['app_version']}, версия схемы базы данных: {manifest['schema_version']}\n\n"
        "Файл manifest.json описывает копию: для каждой таблицы — столбцы, число строк и SHA-256\n"
        "её файла data/NNN_таблица.jsonl (одна строка JSON-массива на запись, даты в ISO 8601).\n"
        "Восстановление: ejournal restore ЭТОТ_ФАЙЛ --db БАЗА (в пустую базу — без входа;\n"
        "поверх существующего журнала — администратор ЭЖ и параметр --force).\n\n"
        "Копия содержит персональные данные учащихся и сотрудников (152-ФЗ): храните её\n"
        "только на носителях школы, доступных администратору ЭЖ.\n"
    )
    if manifest.get("withheld"):
        text += (
            "\nВ копии нет паролей сотрудников (хеши паролей не записаны; в manifest.json — поле\n"
            "withheld). После восстановления никто не сможет войти, пока владелец базы данных не\n"
            "задаст пароль администратора ЭЖ:\n"
            "  ejournal set-password --db БАЗА --login ЛОГИН_АДМИНИСТРАТОРА --password-file ФАЙЛ_С_ПАРОЛЕМ\n"
            "(для сервера PostgreSQL — адрес владельца журнала: postgresql://владелец@сервер/база).\n"
            "Пароли остальных сотрудников администратор затем сбрасывает в программе\n"
            "(«Администрирование» → учётные записи → листки приглашений).\n"
        )
    zf.writestr(README, text.encode("utf-8"))


def _dump_table(
    zf: zipfile.ZipFile, model: type[BaseModel], index: int, withheld: Sequence[str] = ()
) -> TableInfo:
    """One table into ``data/NNN_<table>.jsonl``; the ``withheld`` columns are not read and
    are written as ``""`` in their place (the row keeps the manifest's column order)."""
    name = _table(model)
    file = f"data/{index:03d}_{name}.jsonl"
    all_fields = _fields(model)
    fields = [f for f in all_fields if f.column_name not in withheld]
    blanks = [i for i, f in enumerate(all_fields) if f.column_name in withheld]  # ascending
    digest = hashlib.sha256()
    rows = 0
    query = model.select(*fields).order_by(model._meta.primary_key).tuples()
    buffer: list[bytes] = []
    size = 0
    with zf.open(file, "w", force_zip64=True) as out:
        for row in query.iterator():
            values = [_dump_value(v) for v in row]
            for i in blanks:
                values.insert(i, "")
            line = (json.dumps(values, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
            buffer.append(line)
            size += len(line)
            rows += 1
            if size >= _CHUNK:
                chunk = b"".join(buffer)
                digest.update(chunk)
                out.write(chunk)
                buffer, size = [], 0
        if buffer:
            chunk = b"".join(buffer)
            digest.update(chunk)
            out.write(chunk)
    return TableInfo(name, file, rows, digest.hexdigest(), _columns(model))


def content_digest(tables: Sequence[TableInfo], withheld: dict[str, tuple[str, ...]] | None = None) -> str:
    """SHA-256 over ``"<table> <sha256>\\n"`` of every table, then ``"withheld <table> <columns>\\n"``
    of every table with columns left out (none in a full copy: its digest is what it always was)."""
    digest = hashlib.sha256()
    for t in tables:
        digest.update(f"{t.name} {t.sha256}\n".encode())
    for name in sorted(withheld or {}):
        digest.update(f"withheld {name} {','.join((withheld or {})[name])}\n".encode())
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    if sys.platform.startswith("win"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _open_private(path: Path) -> IO[bytes]:
    """A new file readable by its owner only (the copy holds personal data)."""
    fd = os.open(path, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    return os.fdopen(fd, "wb")


def _os_message(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def write_backup(
    db: Database, path: Path | str, *, overwrite: bool = False, withhold_secrets: bool = False
) -> BackupInfo:
    """Write a verified backup of the open journal ``db`` to ``path`` (no permission check).

    The file appears under its name only when complete and verified: it is written
    as ``<name>.part``, flushed to disk, read back and checked, then renamed.
    ``withhold_secrets``: the staff's password hashes are not read nor written
    (:data:`SECRETS`; the year archive) — what a staff member's own server role can copy.
    """
    withheld = {k: tuple(v) for k, v in SECRETS.items()} if withhold_secrets else {}
    target = Path(path)
    if target.exists() and not overwrite:
        raise BackupError(
            tr("Backup", "Файл «%s» уже существует: укажите другое имя файла копии.") % target
        )
    folder = target.parent
    if not folder.is_dir():
        raise BackupError(tr("Backup", "Папка «%s» не найдена (не подключён носитель?).") % folder)
    part = target.with_name(target.name + ".part")
    try:
        with _bound(db):
            with _open_private(part) as raw:
                with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
                    with _read_snapshot(db):
                        version = schema.current_version(db)
                        school = _school_name()
                        created = dt.datetime.now().replace(microsecond=0)
                        tables = [_dump_table(zf, m, i, withheld.get(_table(m), ()))
                                  for i, m in enumerate(backup_models(), 1)]
                    manifest: dict[str, Any] = {
                        "format": FORMAT_NAME,
                        "format_version": FORMAT_VERSION if withheld else PLAIN_FORMAT_VERSION,
                        "app": "ЭЖ-Десктоп",
                        "app_version": __version__,
                        "schema_version": version,
                        "created_at": created.isoformat(),
                        "school_name": school,
                        "source": {"kind": _source_kind(db)},
                        "tables": [
                            {"name": t.name, "file": t.file, "rows": t.rows, "sha256": t.sha256,
                             "columns": list(t.columns)}
                            for t in tables
                        ],
                        "content_sha256": content_digest(tables, withheld),
                    }
                    if withheld:
                        manifest["withheld"] = {k: list(v) for k, v in withheld.items()}
                    zf.writestr(
                        MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
                    )
                    _write_readme(zf, manifest)
                raw.flush()
                os.fsync(raw.fileno())
        info = verify_backup(part)
        expected = {t.name: t.rows for t in tables}
        if (info.counts != expected or info.content_sha256 != manifest["content_sha256"]
                or info.withheld != withheld):
            raise BackupError(tr("Backup", "Записанная копия не совпала с прочитанными данными."))
        os.replace(part, target)
        _fsync_dir(folder)
    except OSError as exc:
        _remove_quietly(part)
        raise BackupError(
            tr("Backup", "Не удалось записать резервную копию «%s»: %s.") % (target, _os_message(exc))
        ) from exc
    except BaseException:
        _remove_quietly(part)
        raise
    return _replace_path(info, target)


def _replace_path(info: BackupInfo, path: Path) -> BackupInfo:
    return replace(info, path=path)


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def require_backup_right(actor: Actor, db: Database) -> None:
    """Refuse (PermissionDenied) unless the actor may make and restore backups in ``db``."""
    with _bound(db):
        require_global(actor, Action.BACKUP)


def backup(actor: Actor, db: Database, path: Path | str, *, overwrite: bool = False) -> BackupInfo:
    """A backup on the admin's request (``ejournal backup``); recorded in the audit trail."""
    require_backup_right(actor, db)
    info = write_backup(db, path, overwrite=overwrite)
    with _bound(db), write_transaction(db):
        audit.record(
            actor, "backup.create", "journal", None,
            new={"file": info.path.name, "content_sha256": info.content_sha256, "rows": info.total_rows},
        )
    return info


def default_file_name(prefix: str = MANUAL_PREFIX, moment: dt.datetime | None = None) -> str:
    stamp = (moment or dt.datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    return f"{prefix}{stamp}{SUFFIX}"


# --- reading and checking -------------------------------------------------------------------------


def _damaged(path: Path, why: str) -> BackupError:
    return BackupError(
        tr("Backup", "Файл «%s» повреждён и не может быть восстановлен: %s.") % (path.name, why)
    )


def _foreign(path: Path) -> BackupError:
    return BackupError(
        tr("Backup", "Файл «%s» не является резервной копией ЭЖ-Десктоп.") % path.name
    )


@contextlib.contextmanager
def _open_zip(path: Path) -> Iterator[zipfile.ZipFile]:
    """The archive; every way a foreign or damaged file fails to open becomes a BackupError."""
    if not path.exists():
        raise BackupError(tr("Backup", "Файл резервной копии «%s» не найден.") % path)
    if path.is_dir():
        raise BackupError(tr("Backup", "«%s» — это папка, а не файл резервной копии.") % path)
    try:
        fh = open(path, "rb")  # closed by the with below
    except OSError as exc:
        raise BackupError(
            tr("Backup", "Не удалось прочитать файл «%s»: %s.") % (path, _os_message(exc))
        ) from exc
    with fh:
        head = fh.read(4)
        if len(head) < 4:
            raise _foreign(path) if not head else _damaged(path, tr("Backup", "файл обрезан"))
        if head not in (b"PK\x03\x04", b"PK\x05\x06"):
            raise _foreign(path)
        fh.seek(0)
        try:
            zf = zipfile.ZipFile(fh)
        except Exception as exc:  # BadZipFile, EOFError, ValueError, struct.error… of a mangled directory
            raise _damaged(path, tr("Backup", "архив обрезан или испорчен")) from exc
        with zf:
            yield zf


def _read_error(path: Path, what: str, exc: Exception) -> BackupError:
    """A failure while reading an entry of the archive (bad CRC, zlib.error, encrypted…)."""
    if isinstance(exc, BackupError):
        return exc
    return _damaged(path, tr("Backup", "испорчены данные %s (%s)") % (what, exc.__class__.__name__))


def _manifest(zf: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    try:
        entry = zf.getinfo(MANIFEST)
    except KeyError:
        raise _foreign(path) from None
    if entry.file_size > MAX_MANIFEST_BYTES:
        raise _damaged(path, tr("Backup", "описание копии слишком велико"))
    try:
        with zf.open(entry) as fh:
            raw = fh.read(MAX_MANIFEST_BYTES + 1)
    except Exception as exc:
        raise _read_error(path, MANIFEST, exc) from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _damaged(path, tr("Backup", "описание копии (manifest.json) испорчено")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise _foreign(path)
    return data


def _info_from_manifest(data: dict[str, Any], path: Path) -> BackupInfo:
    bad = _damaged(path, tr("Backup", "описание копии (manifest.json) неполное"))
    fmt = data.get("format_version")
    if not isinstance(fmt, int) or isinstance(fmt, bool):
        raise bad
    if fmt > FORMAT_VERSION:
        raise BackupError(
            tr("Backup", "Копия «%s» записана более новой версией программы (формат %d, эта программа "
               "читает формат до %d). Обновите ЭЖ-Десктоп.") % (path.name, fmt, FORMAT_VERSION)
        )
    try:
        version = data["schema_version"]
        created = dt.datetime.fromisoformat(str(data["created_at"]))
        school = data.get("school_name") or ""
        source = data.get("source") or {}
        kind = source.get("kind", "") if isinstance(source, dict) else ""
        digest = data["content_sha256"]
        raw_tables = data["tables"]
        app_version = str(data.get("app_version") or "")
    except (KeyError, TypeError, ValueError):
        raise bad from None
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise bad
    if not isinstance(digest, str) or not isinstance(raw_tables, list) or not isinstance(school, str):
        raise bad
    tables: list[TableInfo] = []
    seen: set[str] = set()
    for item in raw_tables:
        if not isinstance(item, dict):
            raise bad
        name, file, rows, sha, columns = (
            item.get("name"), item.get("file"), item.get("rows"), item.get("sha256"), item.get("columns"),
        )
        if not (isinstance(name, str) and isinstance(file, str) and isinstance(sha, str)
                and isinstance(rows, int) and not isinstance(rows, bool) and rows >= 0
                and isinstance(columns, list) and all(isinstance(c, str) for c in columns)):
            raise bad
        if not _DATA_NAME.match(file) or name in seen:
            raise bad
        seen.add(name)
        tables.append(TableInfo(name, file, rows, sha, tuple(columns)))
    withheld = _withheld_from_manifest(data.get("withheld"), fmt, tables, bad)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(path, fmt, app_version, version, created, school, str(kind), tuple(tables), digest, size,
                      withheld)


def _withheld_from_manifest(
    raw: Any, fmt: int, tables: Sequence[TableInfo], bad: BackupError
) -> dict[str, tuple[str, ...]]:
    """``{"table": ["column", …]}``: columns of listed tables, each table and column once (format 2 on)."""
    if raw is None:
        return {}
    if fmt < 2 or not isinstance(raw, dict) or not raw:
        raise bad
    columns = {t.name: t.columns for t in tables}
    out: dict[str, tuple[str, ...]] = {}
    for name, cols in raw.items():
        if (name not in columns or not isinstance(cols, list) or not cols
                or not all(isinstance(c, str) and c in columns[name] for c in cols) or len(set(cols)) != len(cols)):
            raise bad
        out[name] = tuple(cols)
    return out


def read_manifest(path: Path | str) -> BackupInfo:
    """What the file says it holds, without checking the data (the restore preview, the status bar)."""
    p = Path(path)
    with _open_zip(p) as zf:
        return _info_from_manifest(_manifest(zf, p), p)


def _iter_lines(zf: zipfile.ZipFile, table: TableInfo, path: Path) -> Iterator[bytes]:
    """The raw lines of a table file; the hash and the count are checked at the end."""
    try:
        entry = zf.getinfo(table.file)
    except KeyError:
        raise _damaged(path, tr("Backup", "нет данных таблицы %s") % table.name) from None
    digest = hashlib.sha256()
    count = 0
    try:
        with zf.open(entry) as fh:
            for line in fh:
                digest.update(line)
                count += 1
                if count > table.rows:
                    raise _damaged(path, tr("Backup", "в таблице %s больше строк, чем указано") % table.name)
                yield line
    except Exception as exc:  # the consumer's own errors never arrive here (only GeneratorExit)
        raise _read_error(path, table.file, exc) from exc
    if count != table.rows:
        raise _damaged(path, tr("Backup", "в таблице %s не хватает строк") % table.name)
    if digest.hexdigest() != table.sha256:
        raise _damaged(path, tr("Backup", "контрольная сумма таблицы %s не совпадает") % table.name)


def _parse_line(line: bytes, width: int, table: TableInfo, path: Path) -> list[Any]:
    try:
        row = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _damaged(path, tr("Backup", "испорчена строка таблицы %s") % table.name) from None
    if not isinstance(row, list) or len(row) != width:
        raise _damaged(path, tr("Backup", "испорчена строка таблицы %s") % table.name)
    return row


def verify_backup(path: Path | str) -> BackupInfo:
    """Read the whole file and check it: manifest, every row, every hash, every count."""
    p = Path(path)
    with _open_zip(p) as zf:
        info = _info_from_manifest(_manifest(zf, p), p)
        if content_digest(info.tables, info.withheld) != info.content_sha256:
            raise _damaged(p, tr("Backup", "контрольная сумма содержимого не совпадает"))
        for table in info.tables:
            width = len(table.columns)
            empty = [table.columns.index(c) for c in info.withheld.get(table.name, ())]
            for line in _iter_lines(zf, table, p):
                row = _parse_line(line, width, table, p)
                if any(row[i] != "" for i in empty):  # said to be left out, yet there
                    raise _damaged(p, tr("Backup", "в таблице %s заполнен столбец, которого в копии нет")
                                   % table.name)
    return info


# --- restore --------------------------------------------------------------------------------------


def target_state(db: Database) -> str:
    """``"empty"``, ``"journal"`` or ``"foreign"`` (another program's data)."""
    if is_empty(db):
        return "empty"
    return "journal" if is_journal(db) else "foreign"


def _check_restorable(info: BackupInfo) -> None:
    """A backup restores when its tables are the tables of this program's schema.

    A newer schema is refused.  An older one restores if no migration since has
    changed a table (a migration that only adds triggers or indexes does not);
    otherwise it must be restored by the program that made it and then migrated.
    """
    latest = schema.latest_version()
    if info.schema_version > latest:
        raise BackupError(
            tr("Backup", "Копия «%s» сделана более новой версией программы (схема %d, эта программа знает "
               "схему до %d). Обновите ЭЖ-Десктоп и повторите восстановление.")
            % (info.path.name, info.schema_version, latest)
        )
    older = BackupError(
        tr("Backup", "Копия «%s» сделана более старой версией программы (схема %d, нужна %d), и таблицы "
           "с тех пор изменились. Восстановите её той версией ЭЖ-Десктоп, которой она сделана, затем "
           "обновите базу командой «ejournal migrate».") % (info.path.name, info.schema_version, latest)
    )
    by_name = {t.name: t for t in info.tables}
    for model in backup_models():
        table = by_name.get(_table(model))
        if table is None:
            if info.schema_version < latest:
                raise older
            raise _damaged(info.path, tr("Backup", "нет таблицы %s") % _table(model))
        if table.columns != _columns(model):
            if info.schema_version < latest:
                raise older
            raise _damaged(info.path, tr("Backup", "столбцы таблицы %s не совпадают со схемой %d")
                           % (table.name, info.schema_version))
    extra = set(by_name) - {_table(m) for m in backup_models()}
    if extra:
        if info.schema_version < latest:
            raise older
        raise _damaged(info.path, tr("Backup", "неизвестные таблицы: %s") % ", ".join(sorted(extra)))


def _describe(db: Database) -> str:
    parts: list[str] = []
    try:
        with _bound(db):
            parts.append(tr("Backup", "учащихся: %d") % models.Student.select().count())
            parts.append(tr("Backup", "отметок: %d") % models.Mark.select().count())
    except peewee.DatabaseError:
        return ""
    return f" ({', '.join(parts)})" if parts else ""


def _wipe(db: Database) -> None:
    """Remove the journal's tables from the target (inside the restore's transaction).

    Only the journal's own tables and its migration history: anything else in the
    same database or schema is not the journal's to delete.
    """
    tables = set(db.get_tables())
    ours = [t for t in [_table(m) for m in reversed(backup_models())] + [schema.HISTORY_TABLE] if t in tables]
    if isinstance(db, SqliteDatabase):
        guards.uninstall(db)
        for name in ours:  # children before parents
            db.execute_sql(f'DROP TABLE IF EXISTS "{name}"')
        return
    if ours:
        db.execute_sql("DROP TABLE IF EXISTS " + ", ".join(f'"{t}"' for t in ours) + " CASCADE")


def _insert_table(zf: zipfile.ZipFile, model: type[BaseModel], table: TableInfo, path: Path) -> int:
    fields = _fields(model)
    loaders = [_loader(f) for f in fields]
    nullable = [bool(f.null) or isinstance(f, AutoField) for f in fields]
    width = len(fields)
    batch: list[tuple[Any, ...]] = []
    count = 0

    def flush() -> None:
        if batch:
            model.insert_many(batch, fields=fields).as_rowcount().execute()
            batch.clear()

    for line in _iter_lines(zf, table, path):
        raw = _parse_line(line, width, table, path)
        row: list[Any] = []
        for value, load, may_be_null, field in zip(raw, loaders, nullable, fields, strict=True):
            if value is None:
                if not may_be_null:
                    raise _damaged(path, tr("Backup", "пустое значение %s.%s") % (table.name, field.column_name))
                row.append(None)
                continue
            try:
                row.append(load(value))
            except _BadValue:
                raise _damaged(
                    path, tr("Backup", "недопустимое значение в %s.%s") % (table.name, field.column_name)
                ) from None
        batch.append(tuple(row))
        count += 1
        if len(batch) >= INSERT_BATCH:
            flush()
    flush()
    return count


def _reset_sequences(db: Database) -> None:
    """PostgreSQL: the next id after the restored ones (rows came with explicit ids)."""
    for model in backup_models():
        pk = model._meta.primary_key
        if not isinstance(pk, AutoField):
            continue
        table, column = _table(model), str(pk.column_name)
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
            f'COALESCE(MAX("{column}"), 1), MAX("{column}") IS NOT NULL) FROM "{table}"'
        )


def _count_rows(model: type[BaseModel]) -> int:
    return int(model.select().count())


def restore(
    path: Path | str,
    db: Database,
    *,
    force: bool = False,
    actor: Actor | None = None,
    progress: Callable[[str], None] | None = None,
) -> BackupInfo:
    """Restore a backup into ``db`` (connected, possibly empty) in one transaction.

    An empty database needs no actor.  A database holding a journal is replaced
    only with ``force`` and an ``actor`` who may restore (``Action.BACKUP``) in it;
    another program's data is never touched.  A copy without the staff's passwords
    (``info.passwords_withheld``) restores as it is: every password hash is empty and
    the login refuses everyone until ``ejournal set-password``.
    """
    p = Path(path)
    say = progress or (lambda _text: None)
    info = verify_backup(p)
    _check_restorable(info)
    state = target_state(db)
    if state == "foreign":
        raise BackupError(
            tr("Backup", "В базе данных уже есть данные другой программы: восстановите копию "
               "в пустую базу данных или в файл журнала.")
        )
    if state == "journal":
        if not force:
            raise TargetNotEmptyError(
                tr("Backup", "В базе данных уже есть журнал%s. Чтобы заменить его содержимым копии, "
                   "добавьте --force (всё, что в нём есть, будет удалено).") % _describe(db)
            )
        if actor is None:
            raise BackupError(
                tr("Backup", "Заменить существующий журнал копией может только администратор ЭЖ: "
                   "войдите под его учётной записью.")
            )
        require_backup_right(actor, db)
    say(tr("Backup", "Восстанавливаю %d записей…") % info.total_rows)
    by_name = {t.name: t for t in info.tables}
    try:
        with _bound(db), write_transaction(db), _open_zip(p) as zf:
            if isinstance(db, PostgresqlDatabase):
                db.execute_sql("SET LOCAL lock_timeout = '30s'")
            if state != "empty":
                _wipe(db)
            schema.migrate(db)
            for model in backup_models():
                _insert_table(zf, model, by_name[_table(model)], p)
            if isinstance(db, PostgresqlDatabase):
                _reset_sequences(db)
            else:
                db.execute_sql(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
            guards.install(db)
            for model in backup_models():
                have = _count_rows(model)
                want = by_name[_table(model)].rows
                if have != want:
                    raise BackupError(
                        tr("Backup", "После восстановления в таблице %s %d записей вместо %d: "
                           "восстановление отменено.") % (_table(model), have, want)
                    )
            pg_security.forget_other_journal(db)  # a copy of another server journal: not its roles
            audit.record(
                None, "backup.restore", "journal", None,
                new={"file": p.name, "created_at": info.created_at.isoformat(),
                     "content_sha256": info.content_sha256,
                     "by": actor.login if actor is not None else ""},
            )
    except peewee.OperationalError as exc:
        raise BackupError(
            tr("Backup", "Восстановление не выполнено, база данных не изменена: %s") % _first_line(exc)
        ) from exc
    except peewee.DatabaseError as exc:
        raise BackupError(
            tr("Backup", "Данные копии «%s» не подходят к схеме журнала, восстановление отменено: %s")
            % (p.name, _first_line(exc))
        ) from exc
    return info


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else exc.__class__.__name__


def admin_logins(db: Database) -> list[str]:
    """The logins of the journal's administrators (what to name after restoring a copy without passwords)."""
    with _bound(db):
        query = (models.User.select(models.User.login)
                 .join(models.UserRole, on=(models.UserRole.user == models.User.id))
                 .where(models.UserRole.role == str(Role.ADMIN)).order_by(models.User.login).tuples())
        return [str(login) for (login,) in query]


# --- automatic backups (the desktop program calls these) -----------------------------------------


class BackupStatus(NamedTuple):
    """For the status bar: when the newest good backup was made, and whether it has a second copy."""

    last_ok_time: dt.datetime | None
    second_copy_present: bool


def _copy_verified(source: Path, target: Path, sha: str) -> None:
    part = target.with_name(target.name + ".part")
    try:
        with open(source, "rb") as src, _open_private(part) as dst:
            shutil.copyfileobj(src, dst, _CHUNK)
            dst.flush()
            os.fsync(dst.fileno())
        if _file_sha256(part) != sha:
            raise BackupError(tr("Backup", "Копия «%s» записалась с ошибкой.") % target)
        os.replace(part, target)
        _fsync_dir(target.parent)
    except BaseException:
        _remove_quietly(part)
        raise


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _usable_folder(folder: Path) -> Path:
    """The folder, created if only its last part is missing (never a whole path on a missing disk)."""
    if folder.is_dir():
        return folder
    if folder.parent.is_dir():
        folder.mkdir(exist_ok=True)
        return folder
    raise BackupError(
        tr("Backup", "Папка для резервных копий «%s» недоступна (не подключён носитель?).") % folder
    )


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest automatic backups of a folder beyond the newest ``keep``.

    Only files named ``ejournal-auto-*.ejbackup`` are ever deleted: manual copies,
    copies made before a restore and year-end archives stay.
    """
    keep = max(1, keep)
    autos = sorted(folder.glob(f"{AUTO_PREFIX}*{SUFFIX}"), key=lambda p: p.name, reverse=True)
    removed: list[Path] = []
    for old in autos[keep:]:
        try:
            old.unlink()
            removed.append(old)
        except OSError as exc:
            log.warning("не удалось удалить старую резервную копию %s: %s", old, exc)
    for stale in folder.glob(f"{AUTO_PREFIX}*{SUFFIX}.part"):
        _remove_quietly(stale)
    return removed


def auto_backup(
    db: Database, folders: Sequence[Path], keep: int = 10, *, moment: dt.datetime | None = None
) -> list[Path]:
    """Daily / on-exit backup: one verified file into each folder, keeping the newest ``keep``.

    The first folder is the primary place, the others are the second medium (another
    disk, a USB stick).  A folder that cannot be written is skipped (logged); the
    paths actually written are returned, and :func:`backup_status` tells the status
    bar what is missing.  Raises :class:`BackupError` only if no folder got a copy.
    """
    if not folders:
        raise BackupError(tr("Backup", "Не указана папка для резервных копий."))
    name = default_file_name(AUTO_PREFIX, moment)
    written: list[Path] = []
    errors: list[str] = []
    first: BackupInfo | None = None
    sha = ""
    for raw in folders:
        folder = Path(raw)
        try:
            usable = _usable_folder(folder)
            target = usable / name
            if first is None:
                first = write_backup(db, target, overwrite=True)
                sha = _file_sha256(target)
            else:
                _copy_verified(first.path, target, sha)
            written.append(target)
            rotate(usable, keep)
        except (BackupError, OSError) as exc:
            text = exc.message if isinstance(exc, BackupError) else _os_message(exc)
            errors.append(f"{folder}: {text}")
            log.warning("резервная копия в %s не записана: %s", folder, text)
    if not written:
        raise BackupError(tr("Backup", "Резервная копия не записана ни в одну папку: %s") % "; ".join(errors))
    return written


def _good_backups(folder: Path) -> list[BackupInfo]:
    out: list[BackupInfo] = []
    try:
        candidates = sorted(folder.glob(f"*{SUFFIX}"))
    except OSError:
        return out
    for path in candidates:
        try:
            out.append(read_manifest(path))
        except BackupError:
            continue
    return out


def backup_status(folders: Sequence[Path]) -> BackupStatus:
    """The newest readable backup in the folders, and whether another folder holds the same copy."""
    found: list[tuple[int, BackupInfo]] = []
    for index, folder in enumerate(folders):
        if Path(folder).is_dir():
            found.extend((index, info) for info in _good_backups(Path(folder)))
    if not found:
        return BackupStatus(None, False)
    newest = max(info.created_at for _, info in found)
    digests = {info.content_sha256 for _, info in found if info.created_at == newest}
    places = {index for index, info in found if info.content_sha256 in digests}
    return BackupStatus(newest, len(places) >= 2)


def status_warning(
    status: BackupStatus, *, now: dt.datetime | None = None, max_age: dt.timedelta = dt.timedelta(days=1)
) -> str:
    """The status bar's warning ('' when all is well)."""
    current = now or dt.datetime.now()
    if status.last_ok_time is None:
        return tr("Backup", "Резервных копий журнала нет: попросите администратора ЭЖ настроить их.")
    problems: list[str] = []
    if current - status.last_ok_time > max_age:
        problems.append(
            tr("Backup", "последняя резервная копия сделана %s") % status.last_ok_time.strftime("%d.%m.%Y %H:%M")
        )
    if not status.second_copy_present:
        problems.append(tr("Backup", "нет второй копии на другом носителе"))
    if not problems:
        return ""
    text = "; ".join(problems)
    return text[:1].upper() + text[1:] + "."
