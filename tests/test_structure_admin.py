"""The structure editors' services: listings, changes, deletions that never lose data,
timetable clashes, a mid-year move, the next year — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from ejournal_desktop.services import journal, structure
from ejournal_desktop.services import structure_admin as sa
from ejournal_desktop.services.errors import PermissionDenied, ValidationError
from ejournal_desktop.store.models import (
    AcademicYear,
    Assignment,
    AuditEntry,
    Bell,
    Enrollment,
    Holiday,
    Lesson,
    Mark,
    Period,
    SchoolClass,
    Subject,
    Substitution,
    TimetableEntry,
)
from tests.factory import FRI, MON, WED, School

D = dt.date
AFTER = D(2025, 10, 1)  # «today» for marks put in September


def counts() -> dict[str, int]:
    return {m.__name__: m.select().count() for m in (
        AcademicYear, Period, Holiday, Subject, SchoolClass, Assignment, Bell, TimetableEntry,
        Substitution, Enrollment, Lesson, Mark)}


def entry_of(school: School, key: str, weekday: int, number: int) -> int:
    return int(TimetableEntry.get((TimetableEntry.assignment == school.a[key])
                                  & (TimetableEntry.weekday == weekday) & (TimetableEntry.number == number)).id)


# --- listings ----------------------------------------------------------------------------------


def test_listings_show_the_factory_school(school: School) -> None:
    years = sa.list_years(school.admin)
    assert [y.name for y in years] == ["2025/2026"]
    assert [p.name for p in years[0].periods] == ["1 четверть", "2 четверть", "3 четверть", "4 четверть"]
    assert next(h.name for h in years[0].holidays) == "Осенние каникулы"
    classes = {c.name: c for c in sa.list_classes(school.admin, school.year)}
    assert set(classes) == {"1А", "5А", "6А"}
    assert classes["5А"].homeroom == "Иванова М.П." and classes["5А"].students == 6
    assert [s.name for s in sa.list_subjects(school.admin)] == ["Математика", "Окружающий мир", "Русский язык"]
    load = sa.list_assignments(school.admin, school.year, school.classes["5А"], on=MON)
    assert [(a.subject, a.teacher, a.hours, a.weekly) for a in load] == [
        ("Математика", "Иванова М.П.", Decimal(5), 3), ("Русский язык", "Петров С.Н.", Decimal(4), 2)]
    assert [b.start for b in sa.list_bells(school.admin)] == ["08:30", "09:25", "10:25", "11:25"]
    entries = sa.timetable_entries(school.admin, school.classes["5А"], MON)
    assert next((e.weekday, e.number, e.label) for e in entries) == (1, 1, "Математика")
    assert "Сидорова А.И." in [t.name for t in sa.list_teachers(school.admin)]


def test_director_and_deputy_see_the_structure_a_teacher_does_not(school: School) -> None:
    assert sa.list_years(school.director) and sa.list_classes(school.deputy, school.year)
    with pytest.raises(PermissionDenied):
        sa.list_classes(school.ivanova, school.year)


# --- changes and deletions -------------------------------------------------------------------


def test_update_and_delete_rows_without_data(school: School) -> None:
    sid = structure.create_subject(school.admin, "Музыка")
    sa.update_subject(school.admin, sid, "Музыка и пение", "Муз.")
    assert Subject.get_by_id(sid).short_name == "Муз."
    cid = structure.create_class(school.admin, school.year, 7, "Б")
    aid = structure.create_assignment(school.admin, school.sidorova.user_id, sid, cid, 1)
    structure.add_timetable_entry(school.admin, aid, 2, 4, room="5", valid_from=D(2025, 9, 1))
    with pytest.raises(ValidationError, match="сначала удалите нагрузку"):
        sa.delete_subject(school.admin, sid)
    sa.update_assignment(school.admin, aid, teacher_id=school.ivanova.user_id, hours_per_week="1,5")
    assert Assignment.get_by_id(aid).hours_per_week == Decimal("1.5")
    sa.update_class(school.admin, cid, level=7, letter="в", homeroom_id=school.sidorova.user_id, shift=2)
    assert SchoolClass.get_by_id(cid).letter == "В"
    sa.delete_class(school.admin, cid)  # no lessons, no students: its load and timetable go with it
    assert not Assignment.select().where(Assignment.id == aid).exists()
    sa.delete_subject(school.admin, sid)
    assert not Subject.select().where(Subject.id == sid).exists()
    assert AuditEntry.select().where(AuditEntry.action == "class.delete").count() == 1


def test_rows_with_lessons_are_never_deleted(school: School) -> None:
    journal.set_cell(school.ivanova, school.a["math5"], MON, 1, school.students["5А"][0], "5", today=AFTER)
    before = counts()
    with pytest.raises(ValidationError, match="уже проведены уроки"):
        sa.delete_assignment(school.admin, school.a["math5"])
    with pytest.raises(ValidationError, match="уже проведены уроки"):
        sa.delete_subject(school.admin, school.subjects["Математика"])
    with pytest.raises(ValidationError, match="уже проведены уроки"):
        sa.delete_class(school.admin, school.classes["5А"])
    with pytest.raises(ValidationError, match="уже проведены уроки"):
        sa.delete_timetable_entry(school.admin, entry_of(school, "math5", 1, 1))
    with pytest.raises(ValidationError, match="уже проведено уроков"):
        sa.delete_period(school.admin, school.periods[0])
    with pytest.raises(ValidationError, match="вне учебных периодов"):
        sa.update_period(school.admin, school.periods[0], "1 четверть", D(2025, 9, 10), D(2025, 10, 26))
    with pytest.raises(ValidationError, match="есть классы"):
        sa.delete_year(school.admin, school.year)
    assert counts() == before
    # a class without lessons but with students keeps them
    with pytest.raises(ValidationError, match="числятся учащиеся"):
        sa.delete_class(school.admin, school.classes["6А"])


def test_period_changes_keep_periods_apart(school: School) -> None:
    with pytest.raises(ValidationError, match="пересекаются"):
        sa.update_period(school.admin, school.periods[1], "2 четверть", D(2025, 10, 20), D(2025, 12, 28))
    sa.update_period(school.admin, school.periods[3], "4 четверть", D(2026, 4, 1), D(2026, 5, 29))
    assert Period.get_by_id(school.periods[3]).end == D(2026, 5, 29)
    hid = Holiday.get(Holiday.name == "Весенние каникулы").id
    sa.update_holiday(school.admin, hid, "Весенние каникулы", D(2026, 3, 23), D(2026, 3, 29))
    sa.delete_holiday(school.admin, hid)
    assert not Holiday.select().where(Holiday.id == hid).exists()


def test_bell_delete(school: School) -> None:
    bid = structure.set_bell(school.admin, 1, 5, "12:20", "13:05")
    sa.delete_bell(school.admin, bid)
    assert [b.number for b in sa.list_bells(school.admin)] == [1, 2, 3, 4]


# --- clashes -----------------------------------------------------------------------------------------


def test_clashes_teacher_room_class(school: School) -> None:
    # Sidorova teaches 6А on Monday 3rd in room 21; 5А has maths on Monday 1st
    aid = structure.create_assignment(school.admin, school.sidorova.user_id,
                                      school.subjects["Русский язык"], school.classes["1А"], 1)
    found = sa.clashes(school.year, sa.ProposedEntry(aid, 1, 3, "21", D(2025, 9, 1)))
    assert any("Учитель Сидорова А.И." in c for c in found)
    assert any("Кабинет 21" in c for c in found)
    class_clash = sa.clashes(school.year, sa.ProposedEntry(aid, 1, 2, "7", D(2025, 9, 1)))
    assert class_clash == ["У класса в это время уже есть урок: 1А, Окружающий мир, Петров С.Н. (пн, 2-й урок)."]
    assert sa.clashes(school.year, sa.ProposedEntry(aid, 2, 4, "7", D(2025, 9, 1))) == []
    # an entry that ended before the date does not clash
    structure.end_timetable_entry(school.admin, entry_of(school, "nature1", 1, 2), D(2025, 9, 30))
    assert sa.clashes(school.year, sa.ProposedEntry(aid, 1, 2, "7", D(2025, 10, 1))) == []
    # Saturday in a five-day week
    assert "пятидневная" in sa.clashes(school.year, sa.ProposedEntry(aid, 6, 1, "", D(2025, 9, 1)))[0]


def test_subgroups_of_one_class_may_share_a_slot(school: School) -> None:
    cls = school.classes["5А"]
    pupils = school.students["5А"]
    eng = structure.create_subject(school.admin, "Английский язык")
    g1 = structure.create_subgroup(school.admin, cls, eng, "1 группа", pupils[:3])
    g2 = structure.create_subgroup(school.admin, cls, eng, "2 группа", pupils[3:])
    a1 = structure.create_assignment(school.admin, school.sidorova.user_id, eng, cls, 3, subgroup_id=g1)
    a2 = structure.create_assignment(school.admin, school.petrov.user_id, eng, cls, 3, subgroup_id=g2)
    structure.add_timetable_entry(school.admin, a1, 2, 3, room="31", valid_from=D(2025, 9, 1))
    assert sa.clashes(school.year, sa.ProposedEntry(a2, 2, 3, "32", D(2025, 9, 1))) == []
    # the whole class at that time clashes with a subgroup
    found = sa.clashes(school.year, sa.ProposedEntry(school.a["math5"], 2, 3, "21", D(2025, 9, 1)))
    assert any("У класса" in c for c in found)


# --- a mid-year move -----------------------------------------------------------------------------------


def test_move_entry_keeps_held_lessons(school: School) -> None:
    pupil = school.students["5А"][0]
    journal.set_cell(school.ivanova, school.a["math5"], MON, 1, pupil, "5", today=AFTER)
    journal.set_cell(school.ivanova, school.a["math5"], D(2025, 9, 15), 1, pupil, "4", today=AFTER)
    old = entry_of(school, "math5", 1, 1)
    new = sa.move_entry(school.admin, old, 2, 4, "22", D(2025, 9, 22))
    assert TimetableEntry.get_by_id(old).valid_to == D(2025, 9, 21)
    moved = TimetableEntry.get_by_id(new)
    assert (moved.weekday, moved.number, moved.room, moved.valid_from) == (2, 4, "22", D(2025, 9, 22))
    assert Mark.select().join(Lesson).where(Lesson.assignment == school.a["math5"]).count() == 2
    # after the date the new slot takes marks; the old one no longer does
    journal.set_cell(school.ivanova, school.a["math5"], D(2025, 9, 23), 4, pupil, "3", today=AFTER)
    with pytest.raises(ValidationError):
        journal.set_cell(school.ivanova, school.a["math5"], D(2025, 9, 29), 1, pupil, "3", today=AFTER)
    assert AuditEntry.select().where(AuditEntry.action == "timetable.move").count() == 1


def test_move_entry_refusals(school: School) -> None:
    old = entry_of(school, "math5", 1, 1)
    with pytest.raises(ValidationError, match="вне учебного года"):
        sa.move_entry(school.admin, old, 2, 4, "22", D(2026, 7, 1))
    with pytest.raises(ValidationError, match="совпадают"):
        sa.move_entry(school.admin, old, 1, 1, "21", D(2025, 10, 1))


# --- substitutions --------------------------------------------------------------------------------------


def test_substitution_candidates_list_and_cancel(school: School) -> None:
    # Monday 3rd: Sidorova teaches 6А, so she is busy; Petrov is free
    found = sa.substitute_candidates(school.deputy, school.a["math5"], MON, 3)
    names = [(c.name, c.free) for c in found]
    assert ("Петров С.Н.", True) in names and ("Сидорова А.И.", False) in names
    assert [c.free for c in found] == sorted((c.free for c in found), reverse=True)
    assert "Иванова М.П." not in [c.name for c in found]  # the load's own teacher
    sid = structure.assign_substitute(school.deputy, school.a["math5"], WED, 2, school.petrov.user_id, "болезнь")
    rows = sa.list_substitutions(school.deputy, MON, FRI)
    assert [(r.class_name, r.subject, r.teacher, r.substitute, r.reason) for r in rows] == [
        ("5А", "Математика", "Иванова М.П.", "Петров С.Н.", "болезнь")]
    sa.cancel_substitution(school.deputy, sid)
    assert sa.list_substitutions(school.admin, MON, FRI) == []


def test_a_held_substitution_is_not_cancelled(school: School) -> None:
    sid = structure.assign_substitute(school.admin, school.a["math5"], WED, 2, school.petrov.user_id, "")
    journal.set_cell(school.petrov, school.a["math5"], WED, 2, school.students["5А"][1], "5", today=AFTER)
    with pytest.raises(ValidationError, match="уже записан"):
        sa.cancel_substitution(school.admin, sid)


# --- the next year ---------------------------------------------------------------------------------------


def _graduating_school(school: School) -> tuple[int, int, list[int], list[int]]:
    """A 9А of three and an 11А of two on top of the factory school."""
    cls9 = structure.create_class(school.admin, school.year, 9, "А")
    cls11 = structure.create_class(school.admin, school.year, 11, "А")
    nine = [structure.enroll_new_student(school.admin, cls9, f"Девятов{i}", "Иван", "", birth_date=None,
                                         personal_file_no=f"Д-{i}", date_from=D(2025, 9, 1)) for i in range(3)]
    eleven = [structure.enroll_new_student(school.admin, cls11, f"Выпускников{i}", "Пётр", "", birth_date=None,
                                           personal_file_no=f"В-{i}", date_from=D(2025, 9, 1)) for i in range(2)]
    return cls9, cls11, nine, eleven


GRAD = sa.GraduationOrder("112-у", D(2026, 5, 29))


def test_start_next_year_promotes_and_graduates_writing_only_the_graduates(school: School) -> None:
    cls9, _cls11, nine, eleven = _graduating_school(school)
    journal.set_cell(school.ivanova, school.a["math5"], MON, 1, school.students["5А"][0], "5", today=AFTER)
    old_lessons = Lesson.select().count()
    old_marks = Mark.select().count()
    old_enrolments = [tuple(r) for r in Enrollment.select().order_by(Enrollment.id).tuples()]
    old_classes = [tuple(r) for r in SchoolClass.select().order_by(SchoolClass.id).tuples()]
    old_load = [tuple(r) for r in Assignment.select().order_by(Assignment.id).tuples()]
    graduates = {nine[0], *eleven}
    audit_before = AuditEntry.select().count()

    result = sa.start_next_year(school.admin, school.year, "2026/2027", D(2026, 9, 1), D(2027, 5, 31),
                                leaving=[nine[0]], order="№ 45", graduation=GRAD)
    assert result.classes == {"5А": "6А", "6А": "7А", "9А": "10А", "1А": "2А"}
    assert result.graduated == ["9А", "11А"]
    assert (result.leavers, result.graduates, result.repeaters) == (3, 3, 0)
    new = {c.name: c for c in sa.list_classes(school.admin, result.year_id)}
    assert set(new) == {"2А", "6А", "7А", "10А"}
    assert new["6А"].homeroom == "Иванова М.П." and new["10А"].students == 2
    six = Enrollment.select(Enrollment.student).where(Enrollment.school_class == new["6А"].id)
    assert sorted(int(e.student_id) for e in six) == sorted(school.students["5А"])
    load = sa.list_assignments(school.admin, result.year_id, new["6А"].id)
    assert [(a.subject, a.teacher, a.hours) for a in load] == [
        ("Математика", "Иванова М.П.", Decimal(5)), ("Русский язык", "Петров С.Н.", Decimal(4))]
    year = next(y for y in sa.list_years(school.admin) if y.id == result.year_id)
    assert next((p.name, p.start) for p in year.periods) == ("1 четверть", D(2026, 9, 1))
    assert len(year.periods) == 4 and len(year.holidays) == 3
    # the old year: lessons, marks, classes, load untouched; of the enrolments only the graduates' closed
    assert Lesson.select().count() == old_lessons and Mark.select().count() == old_marks
    after = {r[0]: r for r in Enrollment.select().where(Enrollment.id <= old_enrolments[-1][0]).tuples()}
    changed = {r[0] for r in old_enrolments if after[r[0]] != r}
    closed = {int(e.id): e for e in Enrollment.select().where(Enrollment.id.in_(sorted(changed)))}
    assert {int(e.student_id) for e in closed.values()} == graduates
    for e in closed.values():
        assert e.date_to == D(2026, 5, 31) and e.order_out == "№ 112-у от 29.05.2026"
        assert e.reason_out == ("Окончание основного общего образования" if e.school_class_id == cls9
                                else "Окончание среднего общего образования")
    assert [tuple(r) for r in SchoolClass.select().where(SchoolClass.year == school.year)
            .order_by(SchoolClass.id).tuples()] == old_classes
    assert [tuple(r) for r in Assignment.select().where(Assignment.year == school.year)
            .order_by(Assignment.id).tuples()] == old_load
    outs = AuditEntry.select().where((AuditEntry.id > audit_before) & (AuditEntry.action == "enrollment.out"))
    assert sorted(int(e.student) for e in outs) == sorted(graduates)
    # the graduates are on no page of the new year and are gone from the old class after the last day
    assert not Enrollment.select().where(Enrollment.student.in_(sorted(graduates))
                                         & (Enrollment.date_from >= D(2026, 9, 1))).exists()


def test_graduation_leaves_a_repeater_and_takes_a_date_in_the_year(school: School) -> None:
    cls9, cls11, nine, eleven = _graduating_school(school)
    result = sa.start_next_year(school.admin, school.year, "2026/2027", D(2026, 9, 1), D(2027, 5, 31),
                                leaving=[nine[0]], repeating=[eleven[1], nine[2]],
                                graduation=sa.GraduationOrder("№ 7", D(2026, 5, 25), D(2026, 5, 25)))
    assert (result.graduates, result.repeaters) == (2, 2)
    new = {c.name: c for c in sa.list_classes(school.admin, result.year_id)}
    assert set(new) == {"2А", "6А", "7А", "9А", "10А", "11А"}
    again = {int(e.student_id): e for e in Enrollment.select().where(
        Enrollment.school_class.in_([new["9А"].id, new["11А"].id]))}
    assert set(again) == {eleven[1], nine[2]}
    assert {e.reason_in for e in again.values()} == {"Оставлен на повторное обучение"}
    assert [int(e.student_id) for e in Enrollment.select().where(Enrollment.school_class == new["10А"].id)] \
        == [nine[1]]
    old = {int(e.student_id): e for e in Enrollment.select().where(Enrollment.school_class.in_([cls9, cls11]))}
    assert old[nine[0]].date_to == D(2026, 5, 25) and old[eleven[0]].date_to == D(2026, 5, 25)
    assert old[nine[0]].order_out == "№ 7 от 25.05.2026"
    for stays in (eleven[1], nine[1], nine[2]):
        assert (old[stays].date_to, old[stays].reason_out, old[stays].order_out) == (None, "", "")


@pytest.mark.parametrize("graduation, message", [
    (None, "номер приказа о выпуске"),
    (sa.GraduationOrder("  ", D(2026, 5, 29)), "номер приказа о выпуске"),
    (sa.GraduationOrder("112", D(2026, 5, 29), D(2026, 6, 15)), "вне учебного года 2025/2026"),
    (sa.GraduationOrder("112", D(2026, 5, 29), D(2025, 8, 31)), "вне учебного года 2025/2026"),
    (sa.GraduationOrder("112", D(2026, 9, 2)), "Дата приказа о выпуске"),
])
def test_graduation_refused_without_an_order_or_out_of_the_year_changes_nothing(
        school: School, graduation: sa.GraduationOrder | None, message: str) -> None:
    _graduating_school(school)
    before = counts()
    rows = [tuple(r) for r in Enrollment.select().order_by(Enrollment.id).tuples()]
    audit_before = AuditEntry.select().count()
    with pytest.raises(ValidationError, match=message):
        sa.start_next_year(school.admin, school.year, "2026/2027", D(2026, 9, 1), D(2027, 5, 31),
                           graduation=graduation)
    assert counts() == before and AuditEntry.select().count() == audit_before
    assert [tuple(r) for r in Enrollment.select().order_by(Enrollment.id).tuples()] == rows


def test_graduation_refusals_name_the_students(school: School) -> None:
    _cls9, _cls11, nine, eleven = _graduating_school(school)
    before = counts()
    with pytest.raises(ValidationError, match=r"одновременно.*Девятов0"):
        sa.start_next_year(school.admin, school.year, "2026/2027", D(2026, 9, 1), D(2027, 5, 31),
                           leaving=[nine[0]], repeating=[nine[0]], graduation=GRAD)
    with pytest.raises(ValidationError, match=r"только выпускники 9 классов.*Выпускников1"):
        sa.start_next_year(school.admin, school.year, "2026/2027", D(2026, 9, 1), D(2027, 5, 31),
                           leaving=[eleven[1]], graduation=GRAD)
    with pytest.raises(ValidationError, match="Не числятся"):
        sa.start_next_year(school.admin, school.year, "2026/2027", D(2026, 9, 1), D(2027, 5, 31),
                           leaving=[999999], graduation=GRAD)
    assert counts() == before


def test_graduation_refused_in_a_certified_journal_with_open_graduates(school: School) -> None:
    from ejournal_desktop.services import certification

    _graduating_school(school)
    cls11 = int(SchoolClass.get((SchoolClass.year == school.year) & (SchoolClass.level == 11)).id)
    certification.certify(school.director, cls11, school.year, today=D(2026, 6, 1))
    before = counts()
    with pytest.raises(ValidationError, match="Журнал класса 11А за 2025/2026 уже заверен"):
        sa.start_next_year(school.admin, school.year, "2026/2027", D(2026, 9, 1), D(2027, 5, 31), graduation=GRAD)
    assert counts() == before and certification.verify(cls11, school.year).ok


def test_graduates_recorded_before_the_certification_need_nothing_more(school: School) -> None:
    from ejournal_desktop.services import certification, students

    _cls9, cls11, _nine, eleven = _graduating_school(school)
    for sid in eleven:  # the leaving recorded in the card on the last day, then the journal certified
        students.leave_class(school.admin, sid, cls11, D(2026, 5, 31), reason="Окончание среднего общего образования",
                             order="№ 112-у от 29.05.2026")
    certification.certify(school.director, cls11, school.year, today=D(2026, 6, 1))
    result = sa.start_next_year(school.admin, school.year, "2026/2027", D(2026, 9, 1), D(2027, 5, 31))
    assert (result.graduated, result.leavers, result.graduates) == (["11А"], 2, 0)
    assert certification.verify(cls11, school.year).ok


def test_no_graduates_need_no_order(school: School) -> None:
    result = sa.start_next_year(school.admin, school.year, "2026/2027", D(2026, 9, 1), D(2027, 5, 31))
    assert (result.graduates, result.leavers, result.graduated) == (0, 0, [])


def test_start_next_year_from_a_template_and_its_refusals(school: School) -> None:
    before = counts()
    with pytest.raises(ValidationError, match="после"):
        sa.start_next_year(school.admin, school.year, "2026/2027", D(2026, 5, 1), D(2027, 5, 31))
    with pytest.raises(ValidationError, match="пересекаются"):  # a bad template rolls everything back
        sa.start_next_year(school.admin, school.year, "2026/2027", D(2026, 9, 1), D(2027, 5, 31),
                           periods=[(1, "1 полугодие", D(2026, 9, 1), D(2026, 12, 31)),
                                    (2, "2 полугодие", D(2026, 12, 20), D(2027, 5, 31))])
    assert counts() == before
    result = sa.start_next_year(school.admin, school.year, "2026/2027", D(2026, 9, 1), D(2027, 5, 31),
                                periods=[(1, "1 полугодие", D(2026, 9, 1), D(2026, 12, 27)),
                                         (2, "2 полугодие", D(2027, 1, 11), D(2027, 5, 31))],
                                holidays=[("Зимние каникулы", D(2026, 12, 28), D(2027, 1, 10))])
    assert (result.periods, result.holidays) == (2, 1)


# --- permissions ---------------------------------------------------------------------------------------


def _structure_calls(s: School) -> dict[str, Callable[[Any], Any]]:
    entry = entry_of(s, "math5", 1, 1)
    hid = int(Holiday.select().first().id)
    bid = int(Bell.select().first().id)
    return {
        "update_year": lambda a: sa.update_year(a, s.year, "2025/2026", D(2025, 9, 1), D(2026, 5, 30)),
        "delete_year": lambda a: sa.delete_year(a, s.year),
        "update_period": lambda a: sa.update_period(a, s.periods[3], "4 ч.", D(2026, 4, 1), D(2026, 5, 25)),
        "delete_period": lambda a: sa.delete_period(a, s.periods[3]),
        "update_holiday": lambda a: sa.update_holiday(a, hid, "Каникулы", D(2025, 10, 27), D(2025, 11, 3)),
        "delete_holiday": lambda a: sa.delete_holiday(a, hid),
        "update_subject": lambda a: sa.update_subject(a, s.subjects["Математика"], "Алгебра"),
        "delete_subject": lambda a: sa.delete_subject(a, s.subjects["Окружающий мир"]),
        "update_class": lambda a: sa.update_class(a, s.classes["6А"], level=6, letter="Б"),
        "delete_class": lambda a: sa.delete_class(a, s.classes["6А"]),
        "update_assignment": lambda a: sa.update_assignment(a, s.a["math6"], teacher_id=s.ivanova.user_id,
                                                            hours_per_week=4),
        "delete_assignment": lambda a: sa.delete_assignment(a, s.a["math6"]),
        "delete_bell": lambda a: sa.delete_bell(a, bid),
        "move_entry": lambda a: sa.move_entry(a, entry, 2, 5, "30", D(2025, 10, 1)),
        "delete_timetable_entry": lambda a: sa.delete_timetable_entry(a, entry),
        "start_next_year": lambda a: sa.start_next_year(a, s.year, "2026/2027", D(2026, 9, 1), D(2027, 5, 31)),
    }


@pytest.mark.parametrize("who", ["director", "deputy", "ivanova", "petrov"])
def test_only_the_admin_changes_the_structure(school: School, who: str) -> None:
    actor = school.actors()[who]
    before = counts()
    audit_before = AuditEntry.select().count()
    for name, call in _structure_calls(school).items():
        with pytest.raises(PermissionDenied):
            call(actor)
            pytest.fail(f"{who} may {name}")
    assert counts() == before and AuditEntry.select().count() == audit_before
    assert TimetableEntry.get_by_id(entry_of(school, "math5", 1, 1)).valid_to is None


@pytest.mark.parametrize("who", ["director", "ivanova", "petrov"])
def test_substitutions_are_for_admin_and_deputy(school: School, who: str) -> None:
    actor = school.actors()[who]
    sid = structure.assign_substitute(school.admin, school.a["math5"], WED, 2, school.petrov.user_id, "")
    before = counts()
    with pytest.raises(PermissionDenied):
        sa.cancel_substitution(actor, sid)
    with pytest.raises(PermissionDenied):
        sa.substitute_candidates(actor, school.a["math5"], WED, 2)
    assert counts() == before
    assert sa.substitute_candidates(school.deputy, school.a["math5"], WED, 2)


@pytest.mark.parametrize("who", ["ivanova", "petrov"])
def test_a_teacher_gets_no_school_wide_listing(school: School, who: str) -> None:
    actor = school.actors()[who]
    for call in (lambda: sa.list_years(actor), lambda: sa.list_subjects(actor), lambda: sa.list_bells(actor),
                 lambda: sa.list_assignments(actor, school.year), lambda: sa.list_teachers(actor),
                 lambda: sa.list_substitutions(actor, MON, FRI),
                 lambda: sa.timetable_entries(actor, school.classes["5А"], MON)):
        with pytest.raises(PermissionDenied):
            call()


# --- shifts and the school week ------------------------------------------------------------------------


def test_shift_of_a_class_is_edited_shown_and_audited(school: School) -> None:
    cid = school.classes["6А"]
    before = AuditEntry.select().count()
    sa.update_class(school.admin, cid, level=6, letter="А", homeroom_id=None, shift=2)
    assert SchoolClass.get_by_id(cid).shift == 2
    assert next(c.shift for c in sa.list_classes(school.admin, school.year) if c.id == cid) == 2
    (entry,) = AuditEntry.select().where((AuditEntry.id > before) & (AuditEntry.action == "class.change"))
    assert '"shift": 1' in entry.old and '"shift": 2' in entry.new and entry.school_class == cid
    with pytest.raises(ValidationError, match="Смена"):
        sa.update_class(school.admin, cid, level=6, letter="А", shift=3)
    assert SchoolClass.get_by_id(cid).shift == 2
    with pytest.raises(PermissionDenied):
        sa.update_class(school.deputy, cid, level=6, letter="А", shift=1)
    assert SchoolClass.get_by_id(cid).shift == 2


def test_six_day_week_and_back_keeps_saturday_lessons_consistent(school: School) -> None:
    name, start, end = "2025/2026", D(2025, 9, 1), D(2026, 5, 31)
    sa.update_year(school.admin, school.year, name, start, end, days_per_week=6)
    assert AcademicYear.get_by_id(school.year).days_per_week == 6
    entry = entry_of(school, "math6", 2, 2)
    moved = sa.move_entry(school.admin, entry, 6, 1, "21", D(2025, 10, 4))
    with pytest.raises(ValidationError, match="уроки в субботу \\(1\\)"):
        sa.update_year(school.admin, school.year, name, start, end, days_per_week=5)
    assert AcademicYear.get_by_id(school.year).days_per_week == 6
    sa.move_entry(school.admin, moved, 3, 4, "21", D(2025, 10, 8))
    sa.update_year(school.admin, school.year, name, start, end, days_per_week=5)
    assert AcademicYear.get_by_id(school.year).days_per_week == 5
    with pytest.raises(ValidationError, match="суббота не учебный день"):
        sa.move_entry(school.admin, entry_of(school, "math5", 1, 1), 6, 1, "21", D(2025, 10, 4))
