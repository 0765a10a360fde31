"""Creating a new journal database: schema, marker, default kinds of work, the first admin."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from peewee import Database

from ejournal_desktop.i18n import tr
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.accounts import create_user_unchecked
from ejournal_desktop.services.auth import check_password_rules
from ejournal_desktop.services.errors import ValidationError
from ejournal_desktop.services.permissions import Role
from ejournal_desktop.store import schema
from ejournal_desktop.store.database import is_empty, mark_as_journal, write_transaction
from ejournal_desktop.store.models import User, WorkKind

# (code, name, weight, days to enter marks after the lesson) — seed 001 §3:
# marks on the lesson's day; written work within a week, internal control within 3 days.
DEFAULT_WORK_KINDS: tuple[tuple[str, str, str, int], ...] = (
    ("answer", "Ответ на уроке", "1", 0),
    ("homework", "Домашняя работа", "1", 0),
    ("independent", "Самостоятельная работа", "1.5", 3),
    ("test", "Проверочная работа", "1.5", 3),
    ("dictation", "Диктант", "2", 3),
    ("essay", "Сочинение, изложение", "2", 7),
    ("lab", "Лабораторная, практическая работа", "1.5", 3),
    ("control", "Контрольная работа", "2", 3),
    ("project", "Проект, доклад", "1.5", 7),
)


def seed_work_kinds() -> None:
    for pos, (code, name, weight, days) in enumerate(DEFAULT_WORK_KINDS):
        if not WorkKind.select().where(WorkKind.code == code).exists():
            WorkKind.insert(code=code, name=name, weight=Decimal(weight), deadline_days=days,
                            position=pos).execute()


def initialize(
    db: Database,
    *,
    school_name: str,
    admin_login: str,
    admin_password: str,
    admin_surname: str = "Администратор",
    admin_name: str = "ЭЖ",
    check_password: bool = True,
    created_at: dt.datetime | None = None,
) -> Actor:
    """Build the schema in an empty database and create the first administrator."""
    if not is_empty(db):
        raise ValidationError(
            tr("Init", "База данных не пуста: новый журнал создаётся только в пустой базе.")
        )
    if check_password:
        check_password_rules(admin_password, admin_login)
    schema.migrate(db)
    with write_transaction(db):
        mark_as_journal(db)
        seed_work_kinds()
        if school_name:
            school_settings.store_value("school_name", school_name)
        uid = create_user_unchecked(
            admin_login, admin_surname, admin_name, "", [Role.ADMIN], admin_password,
            must_change=False, actor=None, at=created_at,
        )
    user = User.get_by_id(uid)
    return Actor(uid, str(user.login), str(user.short_name))
