"""Passwords (argon2id), lockout after five failures, temporary passwords."""

from __future__ import annotations

import datetime as dt

import pytest

from ejournal_desktop.services import accounts, auth
from ejournal_desktop.services.errors import AccountLocked, AuthError, ValidationError
from ejournal_desktop.store.models import AuditEntry, User, now
from tests.factory import PASSWORD, School


def test_login_and_argon2id_hash(school: School) -> None:
    result = auth.login("ivanova", PASSWORD)
    assert result.actor.user_id == school.ivanova.user_id
    assert not result.must_change_password
    stored = User.get_by_id(school.ivanova.user_id).password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert not AuditEntry.select().where(AuditEntry.new.contains(PASSWORD)).exists()


def test_wrong_password_and_unknown_login_say_the_same(school: School) -> None:
    with pytest.raises(AuthError) as a:
        auth.login("ivanova", "wrong")
    with pytest.raises(AuthError) as b:
        auth.login("nobody", "wrong")
    assert a.value.message == b.value.message == "Неверный логин или пароль."


def test_lockout_after_five_failures_for_fifteen_minutes(school: School) -> None:
    t0 = now()
    for _ in range(4):
        with pytest.raises(AuthError):
            auth.login("petrov", "wrong", at=t0)
    with pytest.raises(AccountLocked) as err:
        auth.login("petrov", "wrong", at=t0)
    assert "15 минут" in err.value.message
    with pytest.raises(AccountLocked):  # even the right password is refused now
        auth.login("petrov", PASSWORD, at=t0 + dt.timedelta(minutes=14))
    assert auth.login("petrov", PASSWORD, at=t0 + dt.timedelta(minutes=16)).actor.login == "petrov"
    assert AuditEntry.select().where(AuditEntry.action == "auth.lockout").count() == 1


def test_admin_unlocks_and_blocks(school: School) -> None:
    t0 = now()
    for _ in range(5):
        with pytest.raises(AuthError):
            auth.login("petrov", "wrong", at=t0)
    accounts.unlock(school.admin, school.petrov.user_id)
    assert auth.login("petrov", PASSWORD).actor.login == "petrov"
    accounts.set_blocked(school.admin, school.petrov.user_id, True)
    with pytest.raises(AccountLocked) as err:
        auth.login("petrov", PASSWORD)
    assert "заблокирована" in err.value.message


def test_temporary_password_forces_a_change(school: School) -> None:
    new = accounts.reset_password(school.admin, school.sidorova.user_id)
    assert len(new.temporary_password) >= 8
    assert new.temporary_password not in User.get_by_id(school.sidorova.user_id).password_hash
    result = auth.login("sidorova", new.temporary_password)
    assert result.must_change_password
    with pytest.raises(ValidationError):
        auth.change_own_password(result.actor, new.temporary_password, "123")
    auth.change_own_password(result.actor, new.temporary_password, "новый-пароль")
    again = auth.login("sidorova", "новый-пароль")
    assert not again.must_change_password


def test_new_account_and_roles(school: School) -> None:
    created = accounts.create_user(school.admin, "Kozlova", "Козлова", "Нина", "Петровна", ["teacher"])
    assert created.login == "kozlova"
    assert auth.login("kozlova", created.temporary_password).must_change_password
    with pytest.raises(ValidationError, match="занят"):
        accounts.create_user(school.admin, "kozlova", "Козлова", "Нина")
    with pytest.raises(ValidationError, match="недопустим"):
        accounts.create_user(school.admin, "ко зл", "Козлова", "Нина")
    with pytest.raises(ValidationError, match="классного руководителя"):
        accounts.set_roles(school.admin, created.user_id, ["homeroom"])
    with pytest.raises(ValidationError, match="самого себя"):
        accounts.set_roles(school.admin, school.admin.user_id, ["teacher"])
