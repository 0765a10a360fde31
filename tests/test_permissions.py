"""Every role × every action of the permission table, through the services.

The table (services/permissions.py) is the single source: for each action a
probe calls the real service on a target inside the fixed school where the
role's relation holds; forbidden cells must raise PermissionDenied, change
nothing and leave no audit entry; allowed cells must succeed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from ejournal_desktop.services import (
    accounts,
    archive,
    audit_view,
    backup,
    certification,
    contacts,
    corrections,
    journal,
    messages,
    parent_docs,
    periods,
    plans,
    printdata,
    structure,
    students,
    timetable,
    weekly_check,
)
from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.errors import PermissionDenied
from ejournal_desktop.services.page import load_page
from ejournal_desktop.services.permissions import PERMISSIONS, Action, Role, SettingCell
from ejournal_desktop.services.reports import ReportParams, compute
from ejournal_desktop.store.models import AuditEntry, CorrectionRequest, db_proxy
from tests.factory import MON, TUE, School

AFTER_YEAR = dt.date(2026, 6, 1)

# Actions whose services are being written; each gets its probe with its service.
PENDING = {
}


def actor_for_role(s: School, role: Role) -> Actor:
    """Who holds exactly this relation to the probes' targets (5А, Русский язык of Петров)."""
    return {
        Role.ADMIN: s.admin,
        Role.DIRECTOR: s.director,
        Role.DEPUTY: s.deputy,
        Role.HOMEROOM: s.ivanova,  # homeroom of 5А, does not teach Russian there
        Role.TEACHER: s.petrov,  # teaches Russian in 5А
    }[role]


Probe = Callable[[School, Actor], object]
_counter = iter(range(1, 10_000))


def _uniq() -> int:
    return next(_counter)


PROBES: dict[Action, Probe] = {
    Action.VIEW_JOURNAL: lambda s, a: load_page(a, s.a["rus5"], s.periods[0], today=AFTER_YEAR),
    Action.EDIT_MARKS: lambda s, a: journal.set_cell(
        a, s.a["rus5"], TUE, 1, s.students["5А"][0], "5", reason="проверка прав", today=AFTER_YEAR),
    Action.EDIT_ATTENDANCE: lambda s, a: journal.set_cell(
        a, s.a["rus5"], TUE, 1, s.students["5А"][1], "н", reason="проверка прав", today=AFTER_YEAR),
    Action.EDIT_LESSON: lambda s, a: journal.set_lesson_details(
        a, s.a["rus5"], TUE, 1, expected_version=None, topic=f"Тема {_uniq()}",
        reason="проверка прав", today=AFTER_YEAR),
    Action.EDIT_PERIOD_MARKS: lambda s, a: periods.put_period_mark(
        a, s.a["rus5"], s.students["5А"][2], "quarter", str(2 + _uniq() % 4),
        period_id=s.periods[0], reason="проверка прав"),
    Action.EDIT_STUDENTS: lambda s, a: structure.enroll_new_student(
        a, s.classes["5А"], "Новиков", "Глеб", "Ильич", birth_date=dt.date(2014, 3, 3),
        personal_file_no=f"П-{_uniq()}", date_from=dt.date(2025, 9, 15)),
    Action.EDIT_SUBGROUPS: lambda s, a: structure.create_subgroup(
        a, s.classes["5А"], s.subjects["Русский язык"], f"Группа {_uniq()}", s.students["5А"][:2]),
    Action.MANAGE_ACCOUNTS: lambda s, a: accounts.create_user(
        a, f"user{_uniq()}", "Новая", "Учительница", "", [Role.TEACHER]),
    Action.EDIT_STRUCTURE: lambda s, a: structure.create_subject(a, f"Предмет {_uniq()}"),
    Action.MANAGE_SUBSTITUTIONS: lambda s, a: structure.assign_substitute(
        a, s.a["rus5"], TUE, 1, s.sidorova.user_id, "болезнь"),
    Action.CLOSE_PERIOD: lambda s, a: periods.close_period(a, s.periods[1]),
    Action.MANAGE_SETTINGS: lambda s, a: structure.set_setting(a, "edit_window_days", 0),
    Action.VIEW_STRUCTURE: lambda s, a: timetable.week_grid(a, "class", s.classes["5А"], MON),
    Action.REQUEST_CORRECTION: lambda s, a: corrections.request(
        a, s.a["rus5"], TUE, 1, s.students["5А"][0], "5", "ошибка при вводе", today=AFTER_YEAR),
    Action.RESOLVE_CORRECTION: lambda s, a: corrections.refuse(
        a, _request_for(s), "отметка подтверждена учителем"),
    Action.VIEW_STUDENTS: lambda s, a: students.class_students(a, s.classes["5А"]),
    Action.VIEW_REPORTS: lambda s, a: compute(
        "progress", a, ReportParams(class_id=s.classes["5А"], period_id=s.periods[0], today=AFTER_YEAR)),
    Action.PRINT_JOURNAL: lambda s, a: printdata.class_journal(a, s.classes["5А"], today=AFTER_YEAR),
    Action.CERTIFY: lambda s, a: certification.certify(a, s.classes["5А"], s.year, today=AFTER_YEAR),
    Action.BACKUP: lambda s, a: backup.backup(a, db_proxy.obj, _backup_path()),
    Action.VIEW_AUDIT: lambda s, a: audit_view.audit_entries(a, class_id=s.classes["5А"]),
    Action.SEND_MESSAGES: lambda s, a: messages.send(
        a, "Проверка прав: педсовет в пятницу.", subject="Педсовет", to_user=s.sidorova.user_id),
    Action.EDIT_PLANS: lambda s, a: plans.create_plan(a, s.year, s.subjects["Русский язык"], 5),
    # letters issued: a print-log row and a contact per parent, in one transaction
    Action.PARENT_REPORTS: lambda s, a: parent_docs.issue(
        a, parent_docs.letters(a, s.classes["5А"], s.periods[0], today=AFTER_YEAR), pages=6, digest="0" * 64,
        file_name="Письма 5А.pdf", on=TUE),
    Action.RECORD_PARENT_CONTACTS: lambda s, a: contacts.record_contact(
        a, s.students["5А"][0], "call", TUE, note="Проверка прав: звонок маме"),
    Action.CONFIRM_WEEKLY_CHECK: lambda s, a: weekly_check.confirm(
        a, s.classes["5А"], MON, "проверка прав", today=AFTER_YEAR),
    Action.ARCHIVE_YEAR: lambda s, a: archive.list_archives(a),
}


_FOLDER: list[Path] = []  # the running test's tmp_path, for probes that write files


@pytest.fixture(autouse=True)
def _files_folder(tmp_path: Path) -> None:
    _FOLDER[:] = [tmp_path]


def _backup_path() -> Path:
    return _FOLDER[0] / f"probe-{_uniq()}.ejbackup"


def _row_counts() -> dict[str, int]:
    """Rows of every table of the journal: a refused call must leave all of them as they were."""
    db = db_proxy.obj
    return {t: int(db.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]) for t in sorted(db.get_tables())}


def _request_for(s: School) -> int:
    found = CorrectionRequest.select(CorrectionRequest.id).order_by(CorrectionRequest.id.desc()).first()
    assert found is not None, "SETUP made the request"
    return int(found.id)


def _locked_cell(s: School) -> None:
    periods.close_period(s.deputy, s.periods[0])


def _open_request(s: School) -> None:
    _locked_cell(s)
    corrections.request(s.petrov, s.a["rus5"], TUE, 1, s.students["5А"][0], "5", "ошибка",
                        today=AFTER_YEAR)


# what must hold before a probe can reach its permission check (done as the right person)
SETUP: dict[Action, Callable[[School], None]] = {
    Action.REQUEST_CORRECTION: _locked_cell,  # a request is for a locked cell
    Action.RESOLVE_CORRECTION: _open_request,
}


def _cells(settings: dict[str, object] | None = None) -> list[tuple[Action, Role, bool]]:
    out = []
    for action, row in PERMISSIONS.items():
        for role in Role:
            cell = row.get(role)
            allowed = cell is not None and not (
                isinstance(cell, SettingCell) and not (settings or {}).get(cell.setting, False)
            )
            out.append((action, role, allowed))
    return out


def test_every_action_has_a_probe_or_is_pending() -> None:
    missing = [a for a in Action if a not in PROBES and a not in PENDING]
    assert not missing, f"actions with neither a probe nor a pending issue: {missing}"
    assert not (PROBES.keys() & PENDING.keys())


FORBIDDEN = [(a, r) for a, r, ok in _cells() if not ok and a in PROBES]
ALLOWED = [(a, r) for a, r, ok in _cells() if ok and a in PROBES]


@pytest.mark.parametrize(("action", "role"), FORBIDDEN, ids=lambda x: str(x))
def test_forbidden_is_refused_and_changes_nothing(school: School, action: Action, role: Role) -> None:
    actor = actor_for_role(school, role)
    SETUP.get(action, lambda s: None)(school)
    before = AuditEntry.select().count()
    rows = _row_counts()
    with pytest.raises(PermissionDenied) as err:
        PROBES[action](school, actor)
    assert "Нет прав" in err.value.message
    assert AuditEntry.select().count() == before
    assert _row_counts() == rows
    assert not list(_FOLDER[0].iterdir()), "a refused call wrote a file"


@pytest.mark.parametrize(("action", "role"), ALLOWED, ids=lambda x: str(x))
def test_allowed_succeeds(school: School, action: Action, role: Role) -> None:
    actor = actor_for_role(school, role)
    SETUP.get(action, lambda s: None)(school)
    PROBES[action](school, actor)


def test_teacher_without_relation_is_refused_everywhere(school: School) -> None:
    """Сидорова teaches only 6А: every scoped action on 5А is refused."""
    for action in (Action.VIEW_JOURNAL, Action.EDIT_MARKS, Action.EDIT_ATTENDANCE,
                   Action.EDIT_LESSON, Action.EDIT_PERIOD_MARKS, Action.EDIT_STUDENTS):
        with pytest.raises(PermissionDenied):
            PROBES[action](school, school.sidorova)


def test_substitute_may_fill_only_the_substituted_lesson(school: School) -> None:
    structure.assign_substitute(school.deputy, school.a["rus5"], TUE, 1, school.sidorova.user_id,
                                "курсы повышения квалификации")
    student = school.students["5А"][0]
    change = journal.set_cell(school.sidorova, school.a["rus5"], TUE, 1, student, "4",
                              today=AFTER_YEAR)
    assert change.after.text == "4"
    with pytest.raises(PermissionDenied):
        journal.set_cell(school.sidorova, school.a["rus5"], TUE + dt.timedelta(days=2), 1, student,
                         "4", today=AFTER_YEAR)


def test_homeroom_mark_corrections_follow_the_school_setting(school: School) -> None:
    student = school.students["5А"][0]
    with pytest.raises(PermissionDenied):
        journal.set_cell(school.ivanova, school.a["rus5"], TUE, 1, student, "3", reason="ошибка",
                         today=AFTER_YEAR)
    structure.set_setting(school.admin, "homeroom_may_correct_marks", True)
    change = journal.set_cell(school.ivanova, school.a["rus5"], TUE, 1, student, "3",
                              reason="ошибка учителя", today=AFTER_YEAR)
    assert change.after.text == "3"
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert entry.reason == "ошибка учителя" and entry.user_id == school.ivanova.user_id


def test_blocked_user_is_refused_by_every_service(school: School) -> None:
    accounts.set_blocked(school.admin, school.petrov.user_id, True)
    from ejournal_desktop.services.errors import AuthError

    with pytest.raises(AuthError):
        PROBES[Action.EDIT_MARKS](school, school.petrov)
