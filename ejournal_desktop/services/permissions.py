"""The permission table of DESIGN §1 — one table in code.

Rows are actions, columns are roles.  A cell is a :class:`Mode`:

* ``YES`` — allowed;
* ``CORRECTION`` — allowed only as a correction with a written reason;
* a :class:`SettingCell` — a cell the schools' regulations disagree on: allowed
  (with the given mode) only when the school setting is on; strict by default.

Roles with a scope (``HOMEROOM`` — own class, ``TEACHER`` — own assignments and
substitution lessons) are *relations* between the user and the target: the
services work out which relations hold for a target (:class:`Relations`) and
ask :func:`decide`.  The desktop program shows tabs from the same table
(:func:`may_ever`), so hiding a widget is never the only protection.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum, StrEnum

from ejournal_desktop.i18n import noop


class Role(StrEnum):
    ADMIN = "admin"
    DIRECTOR = "director"
    DEPUTY = "deputy"
    HOMEROOM = "homeroom"
    TEACHER = "teacher"


# Roles stored with an account; HOMEROOM follows from SchoolClass.homeroom.
STORED_ROLES = (Role.ADMIN, Role.DIRECTOR, Role.DEPUTY, Role.TEACHER)

ROLE_TITLES: Mapping[Role, str] = {
    Role.ADMIN: noop("Role", "администратор ЭЖ"),
    Role.DIRECTOR: noop("Role", "директор"),
    Role.DEPUTY: noop("Role", "заместитель директора по УВР"),
    Role.HOMEROOM: noop("Role", "классный руководитель"),
    Role.TEACHER: noop("Role", "учитель"),
}


class Mode(Enum):
    YES = "yes"
    CORRECTION = "correction"


@dataclass(frozen=True)
class SettingCell:
    setting: str
    mode: Mode = Mode.YES


Cell = Mode | SettingCell


class Action(StrEnum):
    VIEW_JOURNAL = "view_journal"
    EDIT_MARKS = "edit_marks"
    EDIT_ATTENDANCE = "edit_attendance"
    EDIT_LESSON = "edit_lesson"  # topic, homework, lesson type, kind of work
    EDIT_PERIOD_MARKS = "edit_period_marks"
    VIEW_STUDENTS = "view_students"
    EDIT_STUDENTS = "edit_students"  # students, parents, movement, consents
    EDIT_SUBGROUPS = "edit_subgroups"
    MANAGE_ACCOUNTS = "manage_accounts"
    VIEW_STRUCTURE = "view_structure"
    EDIT_STRUCTURE = "edit_structure"  # years, periods, classes, subjects, load, bells, timetable
    MANAGE_SUBSTITUTIONS = "manage_substitutions"
    CLOSE_PERIOD = "close_period"
    VIEW_REPORTS = "view_reports"
    PRINT_JOURNAL = "print_journal"
    CERTIFY = "certify"
    BACKUP = "backup"
    VIEW_AUDIT = "view_audit"
    SEND_MESSAGES = "send_messages"
    EDIT_PLANS = "edit_plans"  # КТП of own assignments
    REQUEST_CORRECTION = "request_correction"
    RESOLVE_CORRECTION = "resolve_correction"
    MANAGE_SETTINGS = "manage_settings"
    PARENT_REPORTS = "parent_reports"  # diary reports, information letters, SMS texts for parents
    RECORD_PARENT_CONTACTS = "record_parent_contacts"  # «переписка с родителями»
    CONFIRM_WEEKLY_CHECK = "confirm_weekly_check"  # the homeroom teacher's weekly completeness check
    ARCHIVE_YEAR = "archive_year"  # the year-end archive and its register of copies


ACTION_TITLES: Mapping[Action, str] = {
    Action.VIEW_JOURNAL: noop("Action", "просмотр страниц журнала"),
    Action.EDIT_MARKS: noop("Action", "выставление отметок"),
    Action.EDIT_ATTENDANCE: noop("Action", "отметка посещаемости"),
    Action.EDIT_LESSON: noop("Action", "запись темы и домашнего задания урока"),
    Action.EDIT_PERIOD_MARKS: noop("Action", "выставление отметок за период и год"),
    Action.VIEW_STUDENTS: noop("Action", "просмотр сведений об учащихся"),
    Action.EDIT_STUDENTS: noop("Action", "изменение сведений об учащихся и родителях"),
    Action.EDIT_SUBGROUPS: noop("Action", "деление класса на подгруппы"),
    Action.MANAGE_ACCOUNTS: noop("Action", "управление учётными записями"),
    Action.VIEW_STRUCTURE: noop("Action", "просмотр структуры школы и расписания"),
    Action.EDIT_STRUCTURE: noop("Action", "изменение структуры школы, нагрузки и расписания"),
    Action.MANAGE_SUBSTITUTIONS: noop("Action", "назначение замен"),
    Action.CLOSE_PERIOD: noop("Action", "закрытие и открытие периода"),
    Action.VIEW_REPORTS: noop("Action", "просмотр отчётов"),
    Action.PRINT_JOURNAL: noop("Action", "печать журнала"),
    Action.CERTIFY: noop("Action", "заверение журнала за год"),
    Action.BACKUP: noop("Action", "резервное копирование и восстановление"),
    Action.VIEW_AUDIT: noop("Action", "просмотр журнала аудита"),
    Action.SEND_MESSAGES: noop("Action", "отправка сообщений"),
    Action.EDIT_PLANS: noop("Action", "ведение КТП"),
    Action.REQUEST_CORRECTION: noop("Action", "запрос на исправление"),
    Action.RESOLVE_CORRECTION: noop("Action", "рассмотрение запросов на исправление"),
    Action.MANAGE_SETTINGS: noop("Action", "изменение настроек школы"),
    Action.PARENT_REPORTS: noop("Action", "отчёты для родителей: дневник, информационные письма, SMS"),
    Action.RECORD_PARENT_CONTACTS: noop("Action", "запись контактов с родителями"),
    Action.CONFIRM_WEEKLY_CHECK: noop("Action", "еженедельная проверка заполнения журнала класса"),
    Action.ARCHIVE_YEAR: noop("Action", "архив учебного года и учёт его копий"),
}

Y = Mode.YES
C = Mode.CORRECTION
A, D, P, H, T = Role.ADMIN, Role.DIRECTOR, Role.DEPUTY, Role.HOMEROOM, Role.TEACHER

# The table.  A role missing from a row may not do that action.
# HOMEROOM cells apply to the homeroom teacher's own class; TEACHER cells to the
# teacher's own assignments, substitution lessons and the classes they teach.
PERMISSIONS: Mapping[Action, Mapping[Role, Cell]] = {
    Action.VIEW_JOURNAL: {A: Y, D: Y, P: Y, H: Y, T: Y},
    Action.EDIT_MARKS: {A: C, H: SettingCell("homeroom_may_correct_marks", C), T: Y},
    Action.EDIT_ATTENDANCE: {A: C, H: C, T: Y},
    Action.EDIT_LESSON: {A: C, T: Y},
    Action.EDIT_PERIOD_MARKS: {A: C, T: Y},
    Action.VIEW_STUDENTS: {A: Y, D: Y, P: Y, H: Y, T: Y},
    Action.EDIT_STUDENTS: {A: Y, H: Y},
    Action.EDIT_SUBGROUPS: {A: Y, H: Y},
    Action.MANAGE_ACCOUNTS: {A: Y},
    Action.VIEW_STRUCTURE: {A: Y, D: Y, P: Y, H: Y, T: Y},
    Action.EDIT_STRUCTURE: {A: Y},
    Action.MANAGE_SUBSTITUTIONS: {A: Y, P: Y},
    Action.CLOSE_PERIOD: {A: Y, P: Y},
    Action.VIEW_REPORTS: {A: Y, D: Y, P: Y, H: Y, T: Y},
    Action.PRINT_JOURNAL: {A: Y, D: Y, P: Y, H: Y},
    Action.CERTIFY: {D: Y},
    Action.BACKUP: {A: Y},
    Action.VIEW_AUDIT: {A: Y, D: Y, P: Y, H: Y, T: Y},
    Action.SEND_MESSAGES: {A: Y, D: Y, P: Y, H: Y, T: Y},
    Action.EDIT_PLANS: {T: Y},
    Action.REQUEST_CORRECTION: {H: Y, T: Y},
    Action.RESOLVE_CORRECTION: {A: Y, P: Y},
    Action.MANAGE_SETTINGS: {A: Y},
    Action.PARENT_REPORTS: {A: Y, D: Y, P: Y, H: Y},
    Action.RECORD_PARENT_CONTACTS: {D: Y, P: Y, H: Y, T: Y},
    Action.CONFIRM_WEEKLY_CHECK: {H: Y},
    Action.ARCHIVE_YEAR: {A: Y, D: Y},
}

# Global roles hold for every target; scoped roles only when the relation holds.
GLOBAL_ROLES = frozenset({Role.ADMIN, Role.DIRECTOR, Role.DEPUTY})


@dataclass(frozen=True)
class Decision:
    allowed: bool
    needs_reason: bool = False
    role: Role | None = None


DENIED = Decision(False)


def decide(
    action: Action, relations: Iterable[Role], settings: Mapping[str, object] | None = None
) -> Decision:
    """The most generous cell among the roles that hold for this target.

    A plain ``YES`` beats a ``CORRECTION`` (a teacher who is also the admin
    fills own lessons without writing reasons).
    """
    row = PERMISSIONS[action]
    best: Decision = DENIED
    for role in relations:
        cell = row.get(role)
        if cell is None:
            continue
        if isinstance(cell, SettingCell):
            if not (settings or {}).get(cell.setting, False):
                continue
            mode = cell.mode
        else:
            mode = cell
        decision = Decision(True, needs_reason=mode is Mode.CORRECTION, role=role)
        if not best.allowed or (best.needs_reason and not decision.needs_reason):
            best = decision
    return best


def may_ever(action: Action, roles: Iterable[Role], settings: Mapping[str, object] | None = None) -> bool:
    """Whether someone with these roles may do the action on some target (for menus, tabs)."""
    return decide(action, roles, settings).allowed


def roles_allowed(action: Action) -> frozenset[Role]:
    return frozenset(PERMISSIONS[action])
