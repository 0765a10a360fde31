"""Who is acting, and which roles of the permission table hold for a target."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ejournal_desktop.i18n import tr
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.errors import AuthError, PermissionDenied
from ejournal_desktop.services.permissions import (
    ACTION_TITLES,
    GLOBAL_ROLES,
    Action,
    Decision,
    Role,
    decide,
)
from ejournal_desktop.store import page_queries as pq
from ejournal_desktop.store.models import (
    Assignment,
    Substitution,
    User,
    UserRole,
)


@dataclass(frozen=True)
class Actor:
    """The person on whose behalf a service acts (the logged-in user)."""

    user_id: int
    login: str
    display_name: str = ""

    def __str__(self) -> str:
        return self.display_name or self.login


@dataclass(frozen=True)
class Standing:
    """What an actor is right now, read afresh from the database on each call."""

    actor: Actor
    roles: frozenset[Role]  # stored roles (+ HOMEROOM when homeroom of any class)
    homeroom_class_ids: frozenset[int]


def actor_for(user: User) -> Actor:
    return Actor(user_id=int(user.id), login=str(user.login), display_name=str(user.short_name))


def actor_by_login(login: str) -> Actor:
    # the name columns only: on a server a staff member's own role may not read password hashes
    user = (User.select(User.id, User.login, User.surname, User.name, User.patronymic)
            .where(User.login == login).first())
    if user is None:
        raise AuthError(tr("Access", "Пользователь «%s» не найден.") % login)
    return actor_for(user)


def stored_roles(user_id: int) -> frozenset[Role]:
    return frozenset(
        Role(r) for (r,) in UserRole.select(UserRole.role).where(UserRole.user == user_id).tuples()
    )


def standing(actor: Actor) -> Standing:
    """Blocked flag, stored roles and homeroom classes, read afresh in one statement on every call."""
    blocked: bool | None = None
    roles: set[Role] = set()
    homeroom: set[int] = set()
    for kind, is_blocked, role, class_id in pq.actor_standing(actor.user_id):
        if kind == pq.STANDING_USER:
            blocked = bool(is_blocked)
        elif kind == pq.STANDING_ROLE:
            roles.add(Role(role))
        else:
            homeroom.add(int(class_id))
    if blocked is None:
        raise AuthError(tr("Access", "Учётная запись «%s» не найдена.") % actor.login)
    if blocked:
        raise AuthError(tr("Access", "Учётная запись «%s» заблокирована.") % actor.login)
    if homeroom:
        roles.add(Role.HOMEROOM)
    return Standing(actor, frozenset(roles), frozenset(homeroom))


def _globals(st: Standing) -> set[Role]:
    return {r for r in st.roles if r in GLOBAL_ROLES}


def relations_global(st: Standing) -> set[Role]:
    """Roles for school-wide actions with no particular target."""
    return set(st.roles)


def relations_for_class(st: Standing, class_id: int) -> set[Role]:
    rel = _globals(st)
    if class_id in st.homeroom_class_ids:
        rel.add(Role.HOMEROOM)
    teaches = (
        Assignment.select(Assignment.id)
        .where((Assignment.school_class == class_id) & (Assignment.teacher == st.actor.user_id))
        .exists()
    )
    if teaches:
        rel.add(Role.TEACHER)
    return rel


def relations_for_assignment(
    st: Standing, assignment_id: int, *, class_id: int, teacher_id: int
) -> set[Role]:
    rel = _globals(st)
    if class_id in st.homeroom_class_ids:
        rel.add(Role.HOMEROOM)
    if teacher_id == st.actor.user_id:
        rel.add(Role.TEACHER)
    return rel


def relations_for_lesson(
    st: Standing,
    assignment_id: int,
    *,
    class_id: int,
    teacher_id: int,
    date: dt.date,
    number: int,
) -> set[Role]:
    rel = relations_for_assignment(st, assignment_id, class_id=class_id, teacher_id=teacher_id)
    if Role.TEACHER not in rel and is_substitute(st.actor.user_id, assignment_id, date, number):
        rel.add(Role.TEACHER)
    return rel


def is_substitute(user_id: int, assignment_id: int, date: dt.date, number: int) -> bool:
    return bool(
        Substitution.select(Substitution.id)
        .where(
            (Substitution.assignment == assignment_id)
            & (Substitution.date == date)
            & (Substitution.number == number)
            & (Substitution.substitute == user_id)
        )
        .exists()
    )


def require(action: Action, relations: Iterable[Role], *, what: str = "") -> Decision:
    """Decide from the table; refuse with a Russian message when not allowed."""
    decision = decide(action, relations, school_settings.permission_settings())
    if not decision.allowed:
        title = tr("Action", ACTION_TITLES[action])
        suffix = f" ({what})" if what else ""
        raise PermissionDenied(
            tr("Access", "Нет прав на действие «%s»%s.") % (title, suffix)
        )
    return decision


def require_global(actor: Actor, action: Action) -> Standing:
    st = standing(actor)
    require(action, relations_global(st))
    return st
