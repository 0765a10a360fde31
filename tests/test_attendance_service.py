"""The attendance sheet of a class (services.attendance) on both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from ejournal_desktop.domain.marks import AbsenceCode
from ejournal_desktop.services import attendance, journal, structure
from ejournal_desktop.services.errors import (
    PermissionDenied,
    ReasonRequired,
    ValidationError,
)
from ejournal_desktop.store.models import Absence, AuditEntry
from tests.factory import FRI, MON, THU, TUE, WED, School

SAT = MON + dt.timedelta(days=5)


def _absences(s: School) -> None:
    """Absences of 5А in the week of MON, put by the teachers through the journal."""
    first, second, third = s.students["5А"][:3]
    journal.set_cell(s.ivanova, s.a["math5"], MON, 1, first, "н")
    journal.set_cell(s.ivanova, s.a["math5"], MON, 1, second, "5")
    journal.set_cell(s.petrov, s.a["rus5"], TUE, 1, first, "б")
    journal.set_cell(s.petrov, s.a["rus5"], THU, 1, first, "б")
    journal.set_cell(s.ivanova, s.a["math5"], WED, 2, third, "у")
    journal.set_cell(s.ivanova, s.a["math5"], FRI, 3, third, "оп")


def _col(sheet: attendance.AttendanceSheet, day: dt.date, number: int) -> int:
    return next(i for i, c in enumerate(sheet.columns) if (c.date, c.number) == (day, number))


def test_homeroom_teacher_sees_every_lesson_of_the_class(school: School) -> None:
    _absences(school)
    sheet = attendance.class_attendance(school.ivanova, school.classes["5А"], MON, SAT, today=FRI)
    assert sheet.class_name == "5А"
    assert not sheet.own_lessons_only
    assert [r.short_name for r in sheet.rows][:2] == ["Алексеев Артём", "Белова Дарья"]
    assert [(c.date, c.number, c.subject_short) for c in sheet.columns] == [
        (MON, 1, "Мат."), (TUE, 1, "Рус. яз."), (WED, 2, "Мат."), (THU, 1, "Рус. яз."),
        (FRI, 3, "Мат."),
    ]
    assert sheet.code(0, _col(sheet, MON, 1)) is AbsenceCode.ABSENT
    assert sheet.code(0, _col(sheet, TUE, 1)) is AbsenceCode.ILL
    assert sheet.code(1, _col(sheet, MON, 1)) is None  # a mark is not an absence
    totals = sheet.all_totals()
    assert totals[0] == attendance.AttendanceTotals(missed=3, ill=2, excused=0, late=0)
    assert totals[2] == attendance.AttendanceTotals(missed=1, ill=0, excused=1, late=1)
    assert totals[1] == attendance.AttendanceTotals()
    assert sheet.totals(0) == totals[0]
    assert sheet.absent_in(_col(sheet, MON, 1)) == 1
    # own lessons: as the teacher; Russian (Петров's): a correction with a reason
    own = sheet.columns[_col(sheet, MON, 1)]
    other = sheet.columns[_col(sheet, TUE, 1)]
    assert (own.can_edit, own.needs_reason) == (True, False)
    assert (other.can_edit, other.needs_reason) == (True, True)


def test_subject_teacher_sees_only_own_lessons(school: School) -> None:
    _absences(school)
    sheet = attendance.class_attendance(school.petrov, school.classes["5А"], MON, SAT, today=FRI)
    assert sheet.own_lessons_only
    assert [(c.date, c.subject) for c in sheet.columns] == [
        (TUE, "Русский язык"), (THU, "Русский язык")]
    assert sheet.totals(0).ill == 2
    assert all(c.can_edit and not c.needs_reason for c in sheet.columns)


def test_teacher_of_another_class_is_refused(school: School) -> None:
    with pytest.raises(PermissionDenied):
        attendance.class_attendance(school.sidorova, school.classes["5А"], MON, SAT)
    with pytest.raises(PermissionDenied):
        attendance.class_attendance(school.ivanova, school.classes["6А"], MON, SAT)


def test_administration_sees_all_and_only_the_admin_corrects(school: School) -> None:
    _absences(school)
    for actor in (school.director, school.deputy):
        sheet = attendance.class_attendance(actor, school.classes["5А"], MON, SAT, today=FRI)
        assert len(sheet.columns) == 5
        assert not sheet.any_editable
        assert all(c.lock for c in sheet.columns)
    sheet = attendance.class_attendance(school.admin, school.classes["5А"], MON, SAT, today=FRI)
    assert all(c.can_edit and c.needs_reason for c in sheet.columns)


def test_future_lessons_are_read_only(school: School) -> None:
    sheet = attendance.class_attendance(school.ivanova, school.classes["5А"], MON, SAT, today=WED)
    assert [c.can_edit for c in sheet.columns] == [True, True, True, False, False]
    assert sheet.columns[-1].lock == "Урок ещё не проведён."


def test_homeroom_correction_needs_a_reason_and_is_audited(school: School) -> None:
    _absences(school)
    first = school.students["5А"][0]
    with pytest.raises(ReasonRequired):
        journal.set_absence(school.ivanova, school.a["rus5"], TUE, 1, first, "у")
    journal.set_absence(school.ivanova, school.a["rus5"], TUE, 1, first, "у",
                        reason="Справка из поликлиники")
    entry = AuditEntry.select().where(AuditEntry.action == "absence.change").get()
    assert (entry.user_id, entry.reason) == (school.ivanova.user_id, "Справка из поликлиники")
    sheet = attendance.class_attendance(school.ivanova, school.classes["5А"], MON, SAT)
    cell = sheet.cells[(0, _col(sheet, TUE, 1))]
    assert cell.code is AbsenceCode.EXCUSED
    # clearing is a correction too
    journal.set_absence(school.ivanova, school.a["rus5"], THU, 1, first, None,
                        reason="Был на уроке")
    assert Absence.select().where(Absence.student == first).count() == 2


def test_a_month_with_holidays_and_limits(school: School) -> None:
    start, end = dt.date(2025, 10, 1), dt.date(2025, 10, 31)
    sheet = attendance.class_attendance(school.admin, school.classes["5А"], start, end)
    assert sheet.holidays == [("Осенние каникулы", dt.date(2025, 10, 27), dt.date(2025, 11, 4))]
    assert all(c.date < dt.date(2025, 10, 27) for c in sheet.columns)
    assert len(sheet.columns) == 3 + 3 * 5  # Wed 1 Oct to Fri 3 Oct, then three full weeks
    with pytest.raises(ValidationError):
        attendance.class_attendance(school.admin, school.classes["5А"], end, start)
    with pytest.raises(ValidationError):
        attendance.class_attendance(school.admin, school.classes["5А"], start,
                                    start + dt.timedelta(days=90))


def test_substitute_and_subgroups(school: School) -> None:
    first, second = school.students["5А"][:2]
    structure.assign_substitute(school.admin, school.a["math5"], MON, 1, school.petrov.user_id)
    sheet = attendance.class_attendance(school.petrov, school.classes["5А"], MON, SAT, today=FRI)
    sub = sheet.columns[_col(sheet, MON, 1)]
    assert sub.substitute == "Петров С.Н." and sub.can_edit and not sub.needs_reason
    group = structure.create_subgroup(school.admin, school.classes["5А"], None, "1 группа", [first])
    aid = structure.create_assignment(school.admin, school.sidorova.user_id,
                                      school.subjects["Окружающий мир"], school.classes["5А"], 1,
                                      subgroup_id=group)
    structure.add_timetable_entry(school.admin, aid, 2, 3, valid_from=MON)
    sheet = attendance.class_attendance(school.admin, school.classes["5А"], MON, SAT)
    col = _col(sheet, TUE, 3)
    assert sheet.columns[col].subgroup == "1 группа"
    assert sheet.applies(sheet.row_index[first], col)
    assert not sheet.applies(sheet.row_index[second], col)


def test_leavers_rows_are_limited_to_their_days(school: School) -> None:
    first = school.students["5А"][0]
    structure.leave_class(school.admin, first, school.classes["5А"], TUE, reason="Переезд")
    sheet = attendance.class_attendance(school.admin, school.classes["5А"], MON, SAT)
    row = sheet.row_index[first]
    assert sheet.applies(row, _col(sheet, TUE, 1))
    assert not sheet.applies(row, _col(sheet, WED, 2))
