"""Schema versions and migrations (``playhouse.migrations`` over ``db/migrations``).

Migration scripts are ``db/migrations/NNNN_name.py`` (installed with the
package as ``ejournal_desktop.db``).  The schema version of a database is the
number of the newest script applied to it.  A database that has a script this
program does not know was made by a newer version and is refused.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from peewee import Database
from playhouse.migrations import Migration, Runner

from ejournal_desktop.i18n import tr
from ejournal_desktop.store.database import NotAJournalError, StoreError

HISTORY_TABLE = "schema_migration"


def _t(text: str) -> str:
    return tr("Store", text)


def migrations_dir() -> Path:
    return Path(str(resources.files("ejournal_desktop.db") / "migrations"))


def known_migrations() -> list[Migration]:
    return Migration.load_directory(str(migrations_dir()))


def latest_version() -> int:
    return max((m.idx for m in known_migrations()), default=0)


def runner(db: Database) -> Runner:
    return Runner(db, str(migrations_dir()), table_name=HISTORY_TABLE)


def current_version(db: Database) -> int:
    if HISTORY_TABLE not in db.get_tables():
        return 0
    rows = db.execute_sql(f"SELECT name FROM {HISTORY_TABLE}").fetchall()
    versions = [int(name.split("_", 1)[0]) for (name,) in rows if name[:1].isdigit()]
    return max(versions, default=0)


def check_version(db: Database, *, allow_older: bool = False) -> int:
    version = current_version(db)
    latest = latest_version()
    if version > latest:
        raise NotAJournalError(
            _t("База данных создана более новой версией программы (схема %d, "
               "эта программа знает схему до %d). Обновите ЭЖ-Десктоп.") % (version, latest)
        )
    if version < latest and not allow_older:
        raise NotAJournalError(
            _t("Базу данных нужно обновить (схема %d, нужна %d): "
               "выполните «ejournal migrate --db …» (сначала сделайте резервную копию).") % (version, latest)
        )
    return version


def migrate(db: Database) -> list[str]:
    """Apply pending migrations in order; returns their names."""
    version = current_version(db)
    if version > latest_version():
        check_version(db)
    try:
        return list(runner(db).up())
    except Exception as exc:  # a failed migration rolls back its own transaction
        raise StoreError(_t("Не удалось обновить схему базы данных: %s") % exc) from exc
