"""Typed refusals of the services, each with a Russian message for the user.

The one error boundary of the desktop program (and of the CLI) turns any
:class:`ServiceError` into a single message box (or a line on stderr).
"""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    """Base of every refusal; ``message`` is shown to the user as it is."""

    title = "Действие не выполнено"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PermissionDenied(ServiceError):
    title = "Нет прав"


class ValidationError(ServiceError):
    title = "Неверные данные"


class NotFound(ServiceError):
    title = "Не найдено"


class LockedError(ServiceError):
    """The data is read-only now (closed period, certified year, editing window)."""

    title = "Запись закрыта для изменений"

    def __init__(self, message: str, *, who_can_unlock: str = "") -> None:
        super().__init__(message)
        self.who_can_unlock = who_can_unlock


class ReasonRequired(ServiceError):
    """An allowed correction that needs a written reason."""

    title = "Нужна причина исправления"


class ConflictError(ServiceError):
    """Someone else changed the same data since it was read."""

    title = "Данные изменены другим пользователем"

    def __init__(self, message: str, *, current: Any = None, attempted: Any = None) -> None:
        super().__init__(message)
        self.current = current
        self.attempted = attempted


class AuthError(ServiceError):
    title = "Вход не выполнен"


class AccountLocked(AuthError):
    pass
