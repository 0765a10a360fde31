"""Staff accounts: create, roles, block, reset password, unlock (admin only).

On a server journal with own login roles (``ejournal pg-setup``), every change
here that concerns the login — a new account, its password, its roles, blocking —
is passed on to the account's PostgreSQL login role in the same transaction
(:func:`ejournal_desktop.store.pg_security.sync_account`; a no-op elsewhere).

:func:`set_password_offline` (``ejournal set-password``) is for whoever holds the
database itself — the owner of the SQLite file, or the owner of the journal's tables
on a server: no login, because nobody may be able to log in (a year archive restored
without the staff's passwords, an admin who forgot the password).  The database
decides who that is: a staff member's own server role may not write password
hashes, and is refused with a Russian message.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

import peewee

from ejournal_desktop.domain.text import person_key_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import audit
from ejournal_desktop.services.access import Actor, require_global
from ejournal_desktop.services.auth import (
    check_password_rules,
    hash_password,
    temporary_password,
)
from ejournal_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from ejournal_desktop.services.permissions import STORED_ROLES, Action, Role
from ejournal_desktop.store import pg_security
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import SchoolClass, User, UserRole, db_proxy

LOGIN_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


@dataclass(frozen=True)
class NewAccount:
    user_id: int
    login: str
    temporary_password: str  # shown once (invitation slip), stored only hashed


def _check_roles(roles: Iterable[Role | str]) -> list[Role]:
    out: list[Role] = []
    for r in roles:
        try:
            role = Role(r)
        except ValueError as exc:
            raise ValidationError(tr("Accounts", "Неизвестная роль «%s».") % r) from exc
        if role not in STORED_ROLES:
            raise ValidationError(
                tr("Accounts", "Роль классного руководителя назначается через класс, а не учётную запись.")
            )
        if role not in out:
            out.append(role)
    return out


def _check_name(value: str, label: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(tr("Accounts", "Не заполнено поле «%s».") % label)
    if len(value) > 100:
        raise ValidationError(tr("Accounts", "Поле «%s» длиннее 100 символов.") % label)
    return value


def create_user_unchecked(
    login: str,
    surname: str,
    name: str,
    patronymic: str,
    roles: Iterable[Role | str],
    password: str,
    *,
    must_change: bool,
    actor: Actor | None,
    at: dt.datetime | None = None,
) -> int:
    """Create an account inside the caller's transaction (used by init and by create_user)."""
    login = login.strip().lower()
    if not LOGIN_RE.match(login):
        raise ValidationError(
            tr("Accounts", "Логин «%s» недопустим: латинские буквы, цифры, точка, дефис, от 2 символов.")
            % login
        )
    if User.select(User.id).where(User.login == login).exists():
        raise ValidationError(tr("Accounts", "Логин «%s» уже занят.") % login)
    role_list = _check_roles(roles)
    user_id = int(
        User.insert(
            login=login,
            surname=_check_name(surname, tr("Accounts", "Фамилия")),
            name=_check_name(name, tr("Accounts", "Имя")),
            patronymic=patronymic.strip(),
            password_hash=hash_password(password),
            must_change_password=must_change,
            **({"created_at": at} if at else {}),
        ).execute()
    )
    for role in role_list:
        UserRole.insert(user=user_id, role=str(role)).execute()
    pg_security.sync_account(db_proxy.obj, user_id, password)
    audit.record(
        actor, "user.create", "user", user_id,
        new={"login": login, "name": f"{surname} {name} {patronymic}".strip(),
             "roles": [str(r) for r in role_list]},
        at=at,
    )
    return user_id


def create_user(
    actor: Actor,
    login: str,
    surname: str,
    name: str,
    patronymic: str = "",
    roles: Iterable[Role | str] = (Role.TEACHER,),
) -> NewAccount:
    """A new staff account with a temporary password that must be changed at first login."""
    with write_transaction():
        require_global(actor, Action.MANAGE_ACCOUNTS)
        temp = temporary_password()
        user_id = create_user_unchecked(
            login, surname, name, patronymic, roles, temp, must_change=True, actor=actor
        )
    return NewAccount(user_id, login.strip().lower(), temp)


def _user(user_id: int) -> User:
    user = User.select(User.id, User.login, User.blocked).where(User.id == user_id).first()
    if user is None:
        raise NotFound(tr("Accounts", "Учётная запись не найдена."))
    return user


def set_roles(actor: Actor, user_id: int, roles: Iterable[Role | str]) -> list[Role]:
    with write_transaction():
        require_global(actor, Action.MANAGE_ACCOUNTS)
        user = _user(user_id)
        new = _check_roles(roles)
        old = sorted(str(r) for (r,) in UserRole.select(UserRole.role).where(UserRole.user == user_id).tuples())
        if user_id == actor.user_id and Role.ADMIN not in new:
            raise ValidationError(tr("Accounts", "Нельзя снять роль администратора с самого себя."))
        UserRole.delete().where(UserRole.user == user_id).execute()
        for role in new:
            UserRole.insert(user=user_id, role=str(role)).execute()
        pg_security.sync_account(db_proxy.obj, user_id)
        audit.record(actor, "user.roles", "user", int(user.id), old=old, new=sorted(str(r) for r in new))
    return new


def reset_password(actor: Actor, user_id: int) -> NewAccount:
    """A new temporary password (shown once); the user must change it at next login."""
    with write_transaction():
        require_global(actor, Action.MANAGE_ACCOUNTS)
        user = _user(user_id)
        temp = temporary_password()
        User.update(
            password_hash=hash_password(temp), must_change_password=True, failed_logins=0,
            locked_until=None, version=User.version + 1,
        ).where(User.id == user_id).execute()
        pg_security.sync_account(db_proxy.obj, user_id, temp)
        audit.record(actor, "user.password_reset", "user", user_id)
    return NewAccount(user_id, str(user.login), temp)


def set_password(actor: Actor, user_id: int, password: str) -> None:
    """The admin sets a known password (e.g. from a file at init); no forced change."""
    with write_transaction():
        require_global(actor, Action.MANAGE_ACCOUNTS)
        user = _user(user_id)
        check_password_rules(password, str(user.login))
        User.update(password_hash=hash_password(password), must_change_password=False,
                    version=User.version + 1).where(User.id == user_id).execute()
        pg_security.sync_account(db_proxy.obj, user_id, password)
        audit.record(actor, "user.password_set", "user", user_id)


@dataclass(frozen=True)
class OfflinePassword:
    """What :func:`set_password_offline` did."""

    user_id: int
    login: str
    blocked: bool  # the account stays blocked: the password alone does not let the person in
    server_role: str  # the PostgreSQL login role that got the password too ('' when none did)
    server_setup_needed: bool  # server logins were set up for another place (a restored copy): pg-setup first


def _insufficient_privilege(exc: peewee.DatabaseError) -> bool:
    """PostgreSQL's «permission denied» (SQLSTATE 42501) behind peewee's wrapper (the driver's
    exception is its context, or its first argument, depending on the peewee version)."""
    for cause in (exc.__cause__, exc.__context__, *exc.args[:1]):
        if "42501" in (getattr(cause, "sqlstate", None), getattr(cause, "pgcode", None)):
            return True
    return False


def _server_logins_here(db: peewee.Database) -> bool:
    """Whether the role prefix ``pg-setup`` stored is the one of this database and schema.

    A copy restored elsewhere by an older program carries the prefix of the journal it was
    taken from (restore now drops it): its roles are another journal's, never to be touched
    from here.
    """
    return pg_security.stored_prefix(db) == pg_security.own_prefix(db)


def set_password_offline(login: str, password: str) -> OfflinePassword:
    """Set an account's password directly in the database (``ejournal set-password``), with no login.

    For whoever holds the database: the owner of the SQLite file or of the server
    journal's tables.  The password follows the usual rules; the lockout after
    failed logins is lifted and no change is forced at the next login; roles and
    blocking stay as they are.  On a server with own login roles (``pg-setup``) the
    account's role gets the same password in the same transaction.  One audit entry,
    in nobody's name (the system).
    """
    db = db_proxy.obj
    name = login.strip().lower()
    try:
        with write_transaction():
            user = User.select(User.id, User.login, User.blocked).where(User.login == name).first()
            if user is None:
                raise NotFound(tr("Accounts", "Учётной записи с логином «%s» в журнале нет.") % name)
            check_password_rules(password, name)
            User.update(
                password_hash=hash_password(password), must_change_password=False, failed_logins=0,
                locked_until=None, version=User.version + 1,
            ).where(User.id == user.id).execute()
            role, setup_needed = "", False
            if pg_security.enabled(db):
                if _server_logins_here(db):
                    pg_security.sync_account(db, int(user.id), password)
                    role = pg_security.login_role(str(pg_security.stored_prefix(db)), name)
                else:
                    setup_needed = True
            audit.record(None, "user.password_set_offline", "user", int(user.id),
                         new={"login": name, "server_role": role})
    except peewee.DatabaseError as exc:
        if not _insufficient_privilege(exc):
            raise
        raise PermissionDenied(
            tr("Accounts", "Это подключение к базе данных не может задавать пароли: команду выполняет владелец "
                           "журнала (для сервера — адрес postgresql://владелец@сервер/база, а не роль "
                           "сотрудника). Пароль не изменён.")
        ) from exc
    return OfflinePassword(int(user.id), name, bool(user.blocked), role, setup_needed)


def set_blocked(actor: Actor, user_id: int, blocked: bool) -> None:
    with write_transaction():
        require_global(actor, Action.MANAGE_ACCOUNTS)
        user = _user(user_id)
        if user_id == actor.user_id and blocked:
            raise ValidationError(tr("Accounts", "Нельзя заблокировать самого себя."))
        User.update(blocked=blocked, version=User.version + 1).where(User.id == user_id).execute()
        pg_security.sync_account(db_proxy.obj, user_id)  # NOLOGIN while blocked
        audit.record(actor, "user.block" if blocked else "user.unblock", "user", user_id,
                     old={"blocked": bool(user.blocked)}, new={"blocked": blocked})


def unlock(actor: Actor, user_id: int) -> None:
    """Lift the 15-minute lockout after failed logins."""
    with write_transaction():
        require_global(actor, Action.MANAGE_ACCOUNTS)
        _user(user_id)
        User.update(failed_logins=0, locked_until=None).where(User.id == user_id).execute()
        audit.record(actor, "user.unlock", "user", user_id)


@dataclass(frozen=True)
class AccountRow:
    user_id: int
    login: str
    full_name: str
    roles: tuple[Role, ...]
    homeroom_of: tuple[str, ...]  # classes where the user is the homeroom teacher
    blocked: bool
    locked_until: dt.datetime | None
    must_change_password: bool

    def locked(self, moment: dt.datetime) -> bool:
        return self.locked_until is not None and self.locked_until > moment


def list_accounts(actor: Actor) -> list[AccountRow]:
    """Every staff account with its roles and state (MANAGE_ACCOUNTS), in alphabetical order."""
    require_global(actor, Action.MANAGE_ACCOUNTS)
    roles: dict[int, list[Role]] = {}
    for uid, role in UserRole.select(UserRole.user, UserRole.role).tuples():
        roles.setdefault(int(uid), []).append(Role(role))
    homeroom: dict[int, list[str]] = {}
    for uid, level, letter, title, extra in (
        SchoolClass.select(SchoolClass.homeroom, SchoolClass.level, SchoolClass.letter,
                           SchoolClass.title, SchoolClass.extracurricular)
        .where(SchoolClass.homeroom.is_null(False)).tuples()
    ):
        homeroom.setdefault(int(uid), []).append(str(title) if extra else f"{level}{letter}")
    rows = list(
        User.select(User.id, User.login, User.surname, User.name, User.patronymic, User.blocked,
                    User.locked_until, User.must_change_password).tuples()
    )
    rows.sort(key=lambda r: (person_key_ru(r[2], r[3], r[4]), r[1]))
    return [
        AccountRow(
            int(uid), str(login), " ".join(p for p in (surname, name, patronymic) if p),
            tuple(r for r in Role if r in roles.get(int(uid), [])),
            tuple(homeroom.get(int(uid), [])), bool(blocked), locked, bool(must),
        )
        for uid, login, surname, name, patronymic, blocked, locked, must in rows
    ]
