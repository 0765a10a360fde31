"""The timetable week grid (services.timetable) on both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from ejournal_desktop.services import structure, timetable
from ejournal_desktop.services.errors import PermissionDenied
from ejournal_desktop.store.models import TimetableEntry
from tests.factory import FRI, MON, THU, TUE, WED, School


def _cell(grid: timetable.WeekGrid, day: dt.date, number: int) -> list[timetable.GridLesson]:
    index = [d.date for d in grid.days].index(day)
    return grid.lessons_at(index, number)


def test_class_week_shows_the_timetable_with_bells(school: School) -> None:
    grid = timetable.week_grid(school.admin, "class", school.classes["5А"], WED)
    assert grid.title == "5А"
    assert grid.monday == MON
    assert [d.date for d in grid.days] == [MON, TUE, WED, THU, FRI]  # a five-day school
    assert grid.numbers == [1, 2, 3, 4]
    assert grid.bells[1] == ("08:30", "09:15")
    (monday_first,) = _cell(grid, MON, 1)
    assert (monday_first.subject, monday_first.teacher, monday_first.room) == (
        "Математика", "Иванова М.П.", "21")
    assert monday_first.assignment_id == school.a["math5"]
    assert not monday_first.substituted
    assert _cell(grid, TUE, 1)[0].subject == "Русский язык"
    assert _cell(grid, WED, 2)[0].subject_short == "Мат."
    assert _cell(grid, FRI, 3)[0].subject == "Математика"
    assert _cell(grid, MON, 2) == []  # nature of 1А is not 5А's lesson
    assert len(grid.all_lessons()) == 5


def test_teacher_and_room_weeks(school: School) -> None:
    grid = timetable.week_grid(school.petrov, "teacher", school.petrov.user_id, MON)
    assert grid.title == "Петров С.Н."
    got = {(g.date, g.number, g.class_name, g.subject) for g in grid.all_lessons()}
    assert got == {(TUE, 1, "5А", "Русский язык"), (THU, 1, "5А", "Русский язык"),
                   (MON, 2, "1А", "Окружающий мир")}
    room = timetable.week_grid(school.admin, "room", "21", MON)
    assert len(room.all_lessons()) == 8  # every lesson of the factory school is in room 21
    assert {g.class_name for g in _cell(room, MON, 1)} == {"5А"}


def test_holidays_are_shown_and_have_no_lessons(school: School) -> None:
    grid = timetable.week_grid(school.admin, "class", school.classes["5А"], dt.date(2025, 10, 29))
    assert all(d.holiday == "Осенние каникулы" for d in grid.days)
    assert grid.all_lessons() == []
    # the week the holidays end: Monday to Tuesday are holidays, Wednesday has lessons
    grid = timetable.week_grid(school.admin, "class", school.classes["5А"], dt.date(2025, 11, 3))
    assert [bool(d.holiday) for d in grid.days] == [True, True, False, False, False]
    assert {g.date for g in grid.all_lessons()} == {dt.date(2025, 11, d) for d in (5, 6, 7)}


def test_outside_the_year_the_grid_is_empty(school: School) -> None:
    grid = timetable.week_grid(school.admin, "class", school.classes["5А"], dt.date(2026, 7, 6))
    assert not any(d.in_year for d in grid.days)
    assert grid.all_lessons() == []


def test_substitution_is_marked_everywhere(school: School) -> None:
    structure.assign_substitute(school.deputy, school.a["math5"], MON, 1,
                                school.sidorova.user_id, "Болезнь учителя")
    grid = timetable.week_grid(school.ivanova, "class", school.classes["5А"], MON)
    (lesson,) = _cell(grid, MON, 1)
    assert lesson.substituted
    assert lesson.substitute == "Сидорова А.И."
    assert lesson.substitution_reason == "Болезнь учителя"
    assert lesson.actual_teacher_id == school.sidorova.user_id
    # the substitute sees the lesson in her own week; the teacher of the load still sees it
    mine = timetable.week_grid(school.sidorova, "teacher", school.sidorova.user_id, MON)
    (sub,) = _cell(mine, MON, 1)
    assert (sub.class_name, sub.teacher, sub.substitute_id, sub.room) == (
        "5А", "Иванова М.П.", school.sidorova.user_id, "21")
    assert sub.scheduled
    own = timetable.week_grid(school.ivanova, "teacher", school.ivanova.user_id, MON)
    assert _cell(own, MON, 1)[0].substitute == "Сидорова А.И."
    # other weeks are untouched
    later = timetable.week_grid(school.ivanova, "class", school.classes["5А"],
                                MON + dt.timedelta(7))
    assert not any(g.substituted for g in later.all_lessons())


def test_timetable_change_applies_from_its_date(school: School) -> None:
    entry = TimetableEntry.get((TimetableEntry.assignment == school.a["math5"])
                               & (TimetableEntry.weekday == 1))
    last = MON + dt.timedelta(days=6)
    structure.end_timetable_entry(school.admin, int(entry.id), last)
    structure.add_timetable_entry(school.admin, school.a["math5"], 1, 4, room="14",
                                  valid_from=last + dt.timedelta(days=1))
    before = timetable.week_grid(school.admin, "class", school.classes["5А"], MON)
    after = timetable.week_grid(school.admin, "class", school.classes["5А"], MON + dt.timedelta(7))
    assert _cell(before, MON, 1)[0].subject == "Математика"
    assert _cell(before, MON, 4) == []
    monday2 = MON + dt.timedelta(7)
    assert _cell(after, monday2, 1) == []
    assert _cell(after, monday2, 4)[0].room == "14"


def test_who_sees_which_timetable(school: School) -> None:
    c = school.classes
    # a teacher: own week and the classes taught (and the own class as homeroom teacher)
    timetable.week_grid(school.petrov, "class", c["5А"], MON)
    timetable.week_grid(school.petrov, "class", c["1А"], MON)
    for kind, key in (("class", c["6А"]), ("teacher", school.ivanova.user_id), ("room", "21")):
        with pytest.raises(PermissionDenied):
            timetable.week_grid(school.petrov, kind, key, MON)  # type: ignore[arg-type]
    # the administration: any
    for actor in (school.admin, school.director, school.deputy):
        timetable.week_grid(actor, "class", c["6А"], MON)
        timetable.week_grid(actor, "teacher", school.ivanova.user_id, MON)
        timetable.week_grid(actor, "room", "21", MON)


def test_choices_follow_the_permissions(school: School) -> None:
    year = timetable.year_on(MON)
    assert year is not None and year.id == school.year
    titles = [c.title for c in timetable.choices(school.petrov, "class", year.id)]
    assert titles == ["1А", "5А"]  # own class first
    assert [c.key for c in timetable.choices(school.petrov, "teacher", year.id)] == [
        school.petrov.user_id]
    assert timetable.choices(school.petrov, "room", year.id) == []
    assert [c.title for c in timetable.choices(school.director, "class", year.id)] == [
        "1А", "5А", "6А"]
    teachers = [c.title for c in timetable.choices(school.admin, "teacher", year.id)]
    assert teachers == ["Иванова М.П.", "Петров С.Н.", "Сидорова А.И.", "Смирнова О.П."]
    assert [c.title for c in timetable.choices(school.admin, "room", year.id)] == ["21"]


def test_year_on_and_short_names(school: School) -> None:
    summer = timetable.year_on(dt.date(2026, 7, 15))
    assert summer is not None and summer.id == school.year
    assert summer.clamp(dt.date(2026, 7, 15)) == dt.date(2026, 5, 31)
    assert timetable.subject_short("Русский язык") == "Рус. яз."
    assert timetable.subject_short("Окружающий мир") == "Окр. мир"
    assert timetable.subject_short("ИЗО") == "ИЗО"
    assert timetable.subject_short("Физическая культура", "Физ-ра") == "Физ-ра"


def test_a_teachers_week_of_second_shift_classes_shows_the_second_shifts_bells(school: School) -> None:
    from ejournal_desktop.store.models import SchoolClass

    structure.set_bell(school.admin, 2, 1, "13:30", "14:15")
    structure.set_bell(school.admin, 2, 2, "14:25", "15:10")
    # Петров teaches 5А and 1А, both first shift: the first shift's bells
    assert timetable.week_grid(school.petrov, "teacher", school.petrov.user_id, MON).bells[1] == ("08:30", "09:15")
    SchoolClass.update(shift=2).where(SchoolClass.id.in_([school.classes["5А"], school.classes["1А"]])).execute()
    grid = timetable.week_grid(school.petrov, "teacher", school.petrov.user_id, MON)
    assert grid.bells == {1: ("13:30", "14:15"), 2: ("14:25", "15:10")}
    # a room used by both shifts keeps the first shift's times (numbers count from each shift's start)
    assert timetable.week_grid(school.admin, "room", "21", MON).bells[1] == ("08:30", "09:15")
