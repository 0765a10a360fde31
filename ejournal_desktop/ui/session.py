"""The logged-in session every window of the desktop program shares."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.permissions import Action, Role, may_ever


@dataclass
class Session:
    actor: Actor
    roles: frozenset[Role]  # stored roles + HOMEROOM when homeroom of a class
    database: str  # what the status bar shows: the file path or the server URL (no password)
    today: Callable[[], dt.date] = field(default=dt.date.today)

    def may(self, action: Action) -> bool:
        """Whether this person may do the action somewhere (menus and tabs; services still check)."""
        return may_ever(action, self.roles)

    @property
    def is_teacher(self) -> bool:
        return Role.TEACHER in self.roles

    @property
    def sees_whole_school(self) -> bool:
        return bool(self.roles & {Role.ADMIN, Role.DIRECTOR, Role.DEPUTY})
