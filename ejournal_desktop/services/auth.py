"""Passwords (argon2id), login with lockout, temporary passwords.

On a server journal where the program connects as the person's own PostgreSQL
login role (:mod:`ejournal_desktop.store.pg_security`), that role cannot read
password hashes: the login check reads the own hash through a SECURITY DEFINER
function, and a password change stores the new hash the same way and gives the
login role the new password in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from ejournal_desktop.i18n import tr
from ejournal_desktop.services import audit
from ejournal_desktop.services.access import Actor, actor_for, stored_roles
from ejournal_desktop.services.errors import AccountLocked, AuthError, ValidationError
from ejournal_desktop.services.permissions import Role
from ejournal_desktop.store import pg_security
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import User, db_proxy, now

MAX_FAILED = 5
LOCKOUT = dt.timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 6
# readable temporary passwords for invitation slips: no 0/O, 1/l/I
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"

_hasher = PasswordHasher()  # argon2id with the library's recommended parameters


def configure_hasher(*, time_cost: int, memory_cost: int) -> None:
    """Change the argon2id cost (the test suite makes it cheap; hashes stay argon2id)."""
    global _hasher
    _hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost, parallelism=1)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    if not stored_hash:
        return False
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def temporary_password(length: int = 10) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def check_password_rules(password: str, login: str = "") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            tr("Auth", "Пароль слишком короткий: нужно не меньше %d символов.") % MIN_PASSWORD_LENGTH
        )
    if login and password.lower() == login.lower():
        raise ValidationError(tr("Auth", "Пароль не должен совпадать с логином."))


@dataclass(frozen=True)
class LoginResult:
    actor: Actor
    roles: frozenset[Role]
    must_change_password: bool


# every column but the hash: a staff login role may not read password hashes
_PUBLIC_FIELDS = tuple(f for f in User._meta.sorted_fields if f is not User.password_hash)


def _account(where: object) -> User | None:
    return User.select(*_PUBLIC_FIELDS).where(where).first()


def _stored_hash(user: User, own_role: bool) -> str:
    if own_role:
        return pg_security.own_password_hash(db_proxy.obj, str(user.login)) or ""
    row = User.select(User.password_hash).where(User.id == user.id).tuples().first()
    return str(row[0]) if row else ""


def _own_role_connection() -> bool:
    """Whether the program is connected as the logged-in person's own server login role."""
    return pg_security.connected_user_id(db_proxy.obj) is not None


def _store_hash(user_id: int, new_hash: str, *, must_change: bool, own_role: bool) -> None:
    if own_role:
        pg_security.set_own_password_hash(db_proxy.obj, new_hash, must_change=must_change)
    else:
        User.update(password_hash=new_hash, must_change_password=must_change,
                    version=User.version + 1).where(User.id == user_id).execute()


def _give_role_password(user_id: int, password: str) -> None:
    """Through the installer's connection: the login role learns the password just verified.

    How accounts created before ``pg-setup`` get a server password.  A connection
    that may not manage roles changes nothing (a savepoint keeps the login going).
    """
    db = db_proxy.obj
    if not pg_security.enabled(db):
        return
    import peewee

    try:
        with db.atomic():
            pg_security.sync_account(db, user_id, password)
    except peewee.DatabaseError:
        pass


def login(login_name: str, password: str, *, at: dt.datetime | None = None) -> LoginResult:
    """Check a login; counts failures and locks the account after five in a row."""
    moment = at or now()
    wrong = AuthError(tr("Auth", "Неверный логин или пароль."))
    own_role = _own_role_connection()
    with write_transaction():
        user = _account(User.login == login_name.strip())
        if user is None:
            raise wrong
        if user.blocked:
            raise AccountLocked(
                tr("Auth", "Учётная запись заблокирована. Обратитесь к администратору ЭЖ.")
            )
        if user.locked_until is not None and user.locked_until > moment:
            minutes = max(1, int((user.locked_until - moment).total_seconds() // 60) + 1)
            raise AccountLocked(
                tr(
                    "Auth",
                    "Вход временно закрыт после %d неудачных попыток. "
                    "Попробуйте через %d мин. или обратитесь к администратору ЭЖ.",
                )
                % (MAX_FAILED, minutes)
            )
    stored_hash = _stored_hash(user, own_role)
    ok = verify_password(stored_hash, password)
    if not ok:
        # the failure is counted in its own committed transaction, then refused
        failed = int(user.failed_logins) + 1
        locked = moment + LOCKOUT if failed >= MAX_FAILED else None
        with write_transaction():
            User.update(failed_logins=0 if locked else failed, locked_until=locked).where(
                User.id == user.id
            ).execute()
            audit.record(
                None, "auth.lockout" if locked else "auth.failed", "user", int(user.id),
                new={"failed": failed}, at=moment,
            )
        if locked:
            raise AccountLocked(
                tr(
                    "Auth",
                    "Неверный пароль введён %d раз подряд: вход закрыт на %d минут. "
                    "Разблокировать может администратор ЭЖ.",
                )
                % (MAX_FAILED, LOCKOUT.seconds // 60)
            )
        raise wrong
    with write_transaction():
        if user.failed_logins or user.locked_until:
            User.update(failed_logins=0, locked_until=None).where(User.id == user.id).execute()
        if _hasher.check_needs_rehash(stored_hash):
            if own_role:
                pg_security.set_own_password_hash(db_proxy.obj, hash_password(password),
                                                  must_change=bool(user.must_change_password))
            else:
                User.update(password_hash=hash_password(password)).where(User.id == user.id).execute()
        if not own_role:
            _give_role_password(int(user.id), password)
        actor = actor_for(user)
        audit.record(actor, "auth.login", "user", int(user.id), at=moment)
    return LoginResult(actor, stored_roles(int(user.id)), bool(user.must_change_password))


def change_own_password(actor: Actor, old_password: str, new_password: str) -> None:
    own_role = _own_role_connection()
    user = _account(User.id == actor.user_id)
    if user is None:
        raise AuthError(tr("Auth", "Учётная запись не найдена."))
    if not verify_password(_stored_hash(user, own_role), old_password):
        raise AuthError(tr("Auth", "Текущий пароль введён неверно."))
    check_password_rules(new_password, str(user.login))
    if new_password == old_password:
        raise ValidationError(tr("Auth", "Новый пароль должен отличаться от прежнего."))
    with write_transaction():
        _store_hash(actor.user_id, hash_password(new_password), must_change=False, own_role=own_role)
        # the server login role follows (no-op on SQLite and without pg-setup)
        pg_security.sync_account(db_proxy.obj, actor.user_id, new_password)
        audit.record(actor, "auth.password_changed", "user", actor.user_id)
