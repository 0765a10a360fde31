"""Marks, absences, lessons and period marks through the services: the good and the bad input.

A refused change must change nothing and leave no audit entry; every change
leaves exactly one audit entry per changed value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from ejournal_desktop.domain.averages import RoundingRule
from ejournal_desktop.services import journal, periods, structure
from ejournal_desktop.services.errors import (
    ConflictError,
    LockedError,
    ReasonRequired,
    ServiceError,
    ValidationError,
)
from ejournal_desktop.services.page import load_page
from ejournal_desktop.store.models import (
    Absence,
    AuditEntry,
    Certification,
    Lesson,
    Mark,
    PeriodMark,
    now,
)
from tests.factory import MON, TUE, WED, School

AFTER = dt.date(2026, 6, 1)


def snapshot() -> tuple[int, ...]:
    return (Mark.select().count(), Absence.select().count(), Lesson.select().count(),
            PeriodMark.select().count(), AuditEntry.select().count())


def refused(fn: Callable[[], object], kind: type[ServiceError], text: str) -> ServiceError:
    before = snapshot()
    with pytest.raises(kind) as err:
        fn()
    assert text in err.value.message, err.value.message
    assert snapshot() == before, "a refused change must change nothing"
    return err.value


def test_put_marks_and_absence_with_audit(school: School) -> None:
    st = school.students["5А"][0]
    change = journal.set_cell(school.ivanova, school.a["math5"], MON, 1, st, "5 4", today=AFTER)
    assert change.after.text == "5 4"
    assert len(change.audit_ids) == 2
    lesson = Lesson.get((Lesson.assignment == school.a["math5"]) & (Lesson.date == MON))
    assert lesson.teacher_id == school.ivanova.user_id
    entries = list(AuditEntry.select().where(AuditEntry.id << change.audit_ids))
    assert {e.action for e in entries} == {"mark.put"}
    assert all(e.user_id == school.ivanova.user_id and e.lesson == lesson.id for e in entries)
    change2 = journal.set_cell(school.ivanova, school.a["math5"], MON, 1, st, "5 н",
                               expected=change.after.token, today=AFTER)
    assert change2.after.text == "5 н"
    actions = sorted(e.action for e in AuditEntry.select().where(AuditEntry.id << change2.audit_ids))
    assert actions == ["absence.set", "mark.clear"]
    same = journal.set_cell(school.ivanova, school.a["math5"], MON, 1, st, "5н", today=AFTER)
    assert not same.changed


@pytest.mark.parametrize(
    ("text", "message"),
    [("7", "недопустима"), ("0", "недопустима"), ("6", "недопустима"), ("5+", "«+»"),
     ("х", ""), ("5 5 5 5 5", "")],
)
def test_bad_marks_are_refused(school: School, text: str, message: str) -> None:
    refused(lambda: journal.set_cell(school.ivanova, school.a["math5"], MON, 1,
                                     school.students["5А"][0], text, today=AFTER),
            ValidationError, message)


def test_no_marks_in_first_grade_but_attendance(school: School) -> None:
    st = school.students["1А"][0]
    refused(lambda: journal.set_cell(school.petrov, school.a["nature1"], MON, 2, st, "5", today=AFTER),
            ValidationError, "отметки не выставляются")
    change = journal.set_cell(school.petrov, school.a["nature1"], MON, 2, st, "б", today=AFTER)
    assert change.after.text == "б"
    refused(lambda: journal.set_lesson_details(school.petrov, school.a["nature1"], MON, 2,
                                               expected_version=None, homework="стр. 5",
                                               today=AFTER),
            ValidationError, "домашние задания не задаются")
    refused(lambda: periods.put_period_mark(school.petrov, school.a["nature1"], st, "quarter", "5",
                                            period_id=school.periods[0]),
            ValidationError, "не выставляются")


def test_dates_outside_the_year_and_timetable(school: School) -> None:
    st = school.students["5А"][0]
    a = school.a["math5"]
    refused(lambda: journal.set_cell(school.ivanova, a, dt.date(2025, 8, 25), 1, st, "5", today=AFTER),
            ValidationError, "вне учебного года")
    refused(lambda: journal.set_cell(school.ivanova, a, dt.date(2025, 10, 29), 1, st, "5", today=AFTER),
            ValidationError, "не входит ни в один учебный период")
    refused(lambda: journal.set_cell(school.ivanova, a, TUE, 1, st, "5", today=AFTER),
            ValidationError, "В расписании нет")
    refused(lambda: journal.set_cell(school.ivanova, a, MON, 1, st, "5", today=MON - dt.timedelta(days=1)),
            ValidationError, "ещё не проведён")


def test_student_not_in_class_or_left(school: School) -> None:
    other = school.students["6А"][0]
    refused(lambda: journal.set_cell(school.ivanova, school.a["math5"], MON, 1, other, "5", today=AFTER),
            ValidationError, "не числится")
    st = school.students["5А"][5]
    structure.leave_class(school.admin, st, school.classes["5А"], dt.date(2025, 9, 5),
                          reason="Переезд", order="№ 12")
    refused(lambda: journal.set_cell(school.ivanova, school.a["math5"], MON, 1, st, "5", today=AFTER),
            ValidationError, "не числится")
    page = load_page(school.ivanova, school.a["math5"], school.periods[0], today=AFTER)
    assert st in {r.student_id for r in page.rows}  # keeps the first week's row
    page2 = load_page(school.ivanova, school.a["math5"], school.periods[1], today=AFTER)
    assert st not in {r.student_id for r in page2.rows}  # gone from later pages


def test_closed_period_refuses_teacher_and_takes_admin_correction_with_reason(school: School) -> None:
    st = school.students["5А"][0]
    journal.set_cell(school.ivanova, school.a["math5"], MON, 1, st, "4", today=AFTER)
    periods.close_period(school.deputy, school.periods[0])
    err = refused(lambda: journal.set_cell(school.ivanova, school.a["math5"], MON, 1, st, "5", today=AFTER),
                  LockedError, "закрыт")
    assert "заместитель директора" in err.message  # says who can unlock
    refused(lambda: journal.set_cell(school.admin, school.a["math5"], MON, 1, st, "5", today=AFTER),
            ReasonRequired, "укажите причину")
    change = journal.set_cell(school.admin, school.a["math5"], MON, 1, st, "5", reason="Ошибка при вводе",
                              today=AFTER)
    assert change.after.text == "5"
    entry = AuditEntry.get_by_id(change.audit_ids[0])
    assert entry.reason == "Ошибка при вводе" and entry.user_id == school.admin.user_id
    page = load_page(school.ivanova, school.a["math5"], school.periods[0], today=AFTER)
    assert not any(c.can_edit_marks for c in page.columns)
    assert "закрыт" in page.columns[0].lock
    periods.reopen_period(school.deputy, school.periods[0], reason="Исправление оценок")
    journal.set_cell(school.ivanova, school.a["math5"], MON, 1, st, "5 5", today=AFTER)


def test_certified_year_is_read_only(school: School) -> None:
    Certification.insert(school_class=school.classes["5А"], year=school.year, digest="0" * 64,
                         certified_by=school.director.user_id, certified_at=now()).execute()
    st = school.students["5А"][0]
    refused(lambda: journal.set_cell(school.ivanova, school.a["math5"], MON, 1, st, "5", today=AFTER),
            LockedError, "заверен")
    refused(lambda: periods.put_period_mark(school.ivanova, school.a["math5"], st, "quarter", "5",
                                            period_id=school.periods[0]),
            LockedError, "заверен")


def test_editing_window_setting(school: School) -> None:
    structure.set_setting(school.admin, "edit_window_days", 7)
    st = school.students["5А"][0]
    refused(lambda: journal.set_cell(school.ivanova, school.a["math5"], MON, 1, st, "5",
                                     today=MON + dt.timedelta(days=8)),
            LockedError, "Прошло больше 7")
    journal.set_cell(school.ivanova, school.a["math5"], MON, 1, st, "5", today=MON + dt.timedelta(days=7))


def test_stale_token_is_a_conflict_showing_both_values(school: School) -> None:
    st = school.students["5А"][1]
    first = journal.set_cell(school.ivanova, school.a["math5"], WED, 2, st, "4", today=AFTER)
    stale = first.before.token  # what a second window loaded before the first save
    err = refused(lambda: journal.set_cell(school.ivanova, school.a["math5"], WED, 2, st, "3",
                                           expected=stale, today=AFTER),
                  ConflictError, "другой пользователь")
    assert isinstance(err, ConflictError) and err.current.text == "4" and err.attempted == "3"


def test_lesson_details_and_weight_follow_kind_of_work(school: School) -> None:
    st = school.students["5А"][0]
    journal.set_cell(school.ivanova, school.a["math5"], MON, 1, st, "5", today=AFTER)
    lesson = Lesson.get((Lesson.assignment == school.a["math5"]) & (Lesson.date == MON))
    info = journal.set_lesson_details(school.ivanova, school.a["math5"], MON, 1,
                                      expected_version=lesson.version, topic="Натуральные числа",
                                      homework="№ 12, 14", work_kind="control", today=AFTER)
    assert info.topic == "Натуральные числа" and info.version == lesson.version + 1
    assert Mark.get(Mark.lesson == lesson.id).weight == 2
    refused(lambda: journal.set_lesson_details(school.ivanova, school.a["math5"], MON, 1,
                                               expected_version=lesson.version, topic="Другая",
                                               today=AFTER),
            ConflictError, "другой пользователь")
    page = load_page(school.ivanova, school.a["math5"], school.periods[0], today=AFTER)
    col = next(c for c in page.columns if c.date == MON)
    assert col.topic == "Натуральные числа" and col.homework == "№ 12, 14"


def test_weighted_mean_and_suggestion_on_the_page(school: School) -> None:
    st = school.students["5А"][0]
    a = school.a["math5"]
    journal.set_cell(school.ivanova, a, MON, 1, st, "3", today=AFTER)
    journal.set_lesson_details(school.ivanova, a, WED, 2, expected_version=None, work_kind="control",
                               today=AFTER)
    journal.set_cell(school.ivanova, a, WED, 2, st, "4", today=AFTER)
    page = load_page(school.ivanova, a, school.periods[0], today=AFTER)
    row = page.row_index[st]
    plain, weighted, suggested = page.means(row)
    assert plain == 3.5
    assert weighted == pytest.approx((3 * 1 + 4 * 2) / 3)
    assert suggested == 4  # 3.67 with threshold 0.5


def test_period_marks(school: School) -> None:
    st = school.students["5А"][2]
    a = school.a["math5"]
    state = periods.put_period_mark(school.ivanova, a, st, "quarter", "4", period_id=school.periods[0],
                                    expected_version=0)
    assert state.value == "4"
    refused(lambda: periods.put_period_mark(school.ivanova, a, st, "quarter", "5",
                                            period_id=school.periods[0], expected_version=0),
            ConflictError, "другой пользователь")
    refused(lambda: periods.put_period_mark(school.ivanova, a, st, "quarter", "1",
                                            period_id=school.periods[0]),
            ValidationError, "")
    changed = periods.put_period_mark(school.ivanova, a, st, "quarter", "н/а", period_id=school.periods[0],
                                      expected_version=state.version)
    assert changed.value == "н/а"
    year = periods.put_period_mark(school.ivanova, a, st, "year", "4")
    assert year.value == "4"
    page = load_page(school.ivanova, a, school.periods[0], today=AFTER)
    assert page.period_marks[st].value == "н/а"


def test_admin_edits_always_need_a_reason(school: School) -> None:
    st = school.students["5А"][0]
    refused(lambda: journal.set_cell(school.admin, school.a["math5"], MON, 1, st, "5", today=AFTER),
            ReasonRequired, "укажите причину")
    refused(lambda: periods.put_period_mark(school.admin, school.a["math5"], st, "quarter", "5",
                                            period_id=school.periods[0]),
            ReasonRequired, "укажите причину")


def test_each_successful_change_has_exactly_one_audit_entry(school: School) -> None:
    st = school.students["5А"][3]
    a = school.a["math5"]
    before = AuditEntry.select().count()
    c1 = journal.set_cell(school.ivanova, a, MON, 1, st, "5 4 н", today=AFTER)  # lesson + 2 marks + absence
    c2 = journal.set_cell(school.ivanova, a, MON, 1, st, "3", expected=c1.after.token, today=AFTER)
    # change 5→3, clear 4, clear н
    assert AuditEntry.select().count() - before == 1 + 3 + 3
    assert len(c1.audit_ids) == 3 and len(c2.audit_ids) == 3
    for entry in AuditEntry.select().where(AuditEntry.id << (c1.audit_ids + c2.audit_ids)):
        assert entry.student == st and entry.school_class == school.classes["5А"]


def test_namesakes_on_a_page_are_told_apart_by_the_patronymic(school: School) -> None:
    twin = structure.enroll_new_student(
        school.admin, school.classes["5А"], "Алексеев", "Артём", "Сергеевич", birth_date=dt.date(2014, 5, 5),
        personal_file_no="Л-777", date_from=dt.date(2025, 9, 1))
    page = load_page(school.ivanova, school.a["math5"], school.periods[0], today=AFTER)
    names = {r.student_id: r.short_name for r in page.rows}
    assert names[twin] == "Алексеев Артём Сергеевич"
    assert names[school.students["5А"][0]] == "Алексеев Артём Игоревич"
    assert names[school.students["5А"][1]] == "Белова Дарья"


# --- the page reads its permission and lock facts afresh on every call (DESIGN §6) ---------------


def test_page_refuses_a_user_blocked_after_the_last_load(school: School) -> None:
    from ejournal_desktop.services import accounts
    from ejournal_desktop.services.errors import AuthError

    load_page(school.petrov, school.a["rus5"], school.periods[0], today=AFTER)
    accounts.set_blocked(school.admin, school.petrov.user_id, True)
    with pytest.raises(AuthError):
        load_page(school.petrov, school.a["rus5"], school.periods[0], today=AFTER)


def test_page_follows_roles_and_homeroom_changed_between_loads(school: School) -> None:
    from ejournal_desktop.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied):  # Сидорова does not teach in 5А
        load_page(school.sidorova, school.a["rus5"], school.periods[0], today=AFTER)
    structure.set_homeroom(school.admin, school.classes["5А"], school.sidorova.user_id)
    page = load_page(school.sidorova, school.a["rus5"], school.periods[0], today=AFTER)
    assert not any(c.can_edit_marks for c in page.columns)  # a homeroom teacher views, does not mark
    structure.set_homeroom(school.admin, school.classes["5А"], school.ivanova.user_id)
    with pytest.raises(PermissionDenied):
        load_page(school.sidorova, school.a["rus5"], school.periods[0], today=AFTER)


def test_page_locks_follow_the_period_the_year_and_the_window_between_loads(school: School) -> None:
    today = MON + dt.timedelta(days=10)
    a, q1 = school.a["math5"], school.periods[0]
    assert load_page(school.ivanova, a, q1, today=today).columns[0].can_edit_marks
    structure.set_setting(school.admin, "edit_window_days", 7)
    page = load_page(school.ivanova, a, q1, today=today)
    assert not page.columns[0].can_edit_marks and "Прошло больше 7" in page.columns[0].lock
    assert any(c.can_edit_marks for c in page.columns if c.date <= today)  # within the window
    periods.close_period(school.deputy, q1)
    page = load_page(school.ivanova, a, q1, today=today)
    assert not any(c.can_edit_marks for c in page.columns) and "закрыт" in page.columns[0].lock
    assert not page.can_edit_period_marks
    periods.reopen_period(school.deputy, q1, reason="Исправление")
    Certification.insert(school_class=school.classes["5А"], year=school.year, digest="0" * 64,
                         certified_by=school.director.user_id, certified_at=now()).execute()
    page = load_page(school.ivanova, a, q1, today=today)
    assert not any(c.can_edit_marks for c in page.columns) and "заверен" in page.columns[0].lock
    assert not page.can_edit_period_marks


def test_period_marks_on_the_page_agree_with_the_service_under_an_editing_window(school: School) -> None:
    """The editing window closes lesson cells; period marks are given at the period's end, long after
    its first lesson, and the service takes them: the page must offer them too."""
    structure.set_setting(school.admin, "edit_window_days", 7)
    a, q1 = school.a["math5"], school.periods[0]
    page = load_page(school.ivanova, a, q1, today=dt.date(2025, 10, 24))
    assert page.can_edit_period_marks
    state = periods.put_period_mark(school.ivanova, a, school.students["5А"][0], "quarter", "5", period_id=q1)
    assert state.value == "5"


def test_page_follows_the_homeroom_marks_setting_and_rounding_between_loads(school: School) -> None:
    a, q1 = school.a["rus5"], school.periods[0]
    page = load_page(school.ivanova, a, q1, today=AFTER)  # homeroom of 5А, does not teach Russian
    assert not any(c.can_edit_marks for c in page.columns)
    assert all(c.can_edit_attendance and c.needs_reason for c in page.columns if c.date <= AFTER)
    structure.set_setting(school.admin, "homeroom_may_correct_marks", True)
    page = load_page(school.ivanova, a, q1, today=AFTER)
    assert all(c.can_edit_marks and c.needs_reason for c in page.columns)
    before = load_page(school.petrov, a, q1, today=AFTER).rule
    structure.set_setting(school.admin, "rounding_rule", RoundingRule.from_threshold("0.6").to_json())
    assert load_page(school.petrov, a, q1, today=AFTER).rule != before
