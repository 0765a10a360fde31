"""The one error boundary of the desktop program.

Every user command that calls a service goes through :func:`run`: a refused
permission, a lock, a conflict or invalid input becomes one Russian message
box here, so slots need no try/except of their own.  Conflicts are returned to
the caller (the grid offers a choice) when ``on_conflict`` is given.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from peewee import InterfaceError, OperationalError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ejournal_desktop.services.errors import ConflictError, LockedError, ServiceError
from ejournal_desktop.store.database import StoreError

T = TypeVar("T")
log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Boundary", text)


class Failed(Exception):
    """Raised by :func:`run` after the user was shown the message (for callers that must stop)."""


def show_error(parent: QWidget | None, title: str, message: str, detail: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def run(
    parent: QWidget | None,
    fn: Callable[..., T],
    *args: object,
    on_conflict: Callable[[ConflictError], T | None] | None = None,
    **kwargs: object,
) -> T | None:
    """Call a service; on a refusal show one message box and return None."""
    try:
        return fn(*args, **kwargs)
    except ConflictError as exc:
        if on_conflict is not None:
            return on_conflict(exc)
        show_error(parent, tr(exc.title), exc.message)
    except LockedError as exc:
        show_error(parent, tr(exc.title), exc.message)
    except ServiceError as exc:
        show_error(parent, tr(exc.title), exc.message)
    except (OperationalError, InterfaceError) as exc:
        log.warning("database connection problem: %s", exc.__class__.__name__)
        show_error(
            parent,
            tr("Нет связи с базой данных"),
            tr("Не удалось сохранить: нет связи с базой данных журнала. Введённое значение "
               "не записано — повторите, когда связь восстановится."),
        )
    except StoreError as exc:
        log.warning("database problem: %s", exc.__class__.__name__)
        show_error(parent, tr("Ошибка базы данных"), exc.message)
    return None
