"""КТП: one plan per subject and level, edited by its teachers, adopted per assignment; fulfilment."""

from __future__ import annotations

import datetime as dt

import pytest

from ejournal_desktop.services import journal, plans, structure
from ejournal_desktop.services.errors import ConflictError, PermissionDenied, ValidationError
from ejournal_desktop.services.page import next_plan_topic
from ejournal_desktop.store.models import AuditEntry, Lesson, PlanTopic
from tests.factory import FRI, MON, WED, School

D = dt.date


def make_plan(s: School) -> int:
    pid = plans.create_plan(s.ivanova, s.year, s.subjects["Математика"], 5)
    for title, section in (("Натуральные числа и шкалы", "Натуральные числа"),
                           ("Сравнение натуральных чисел", "Натуральные числа"),
                           ("Сложение натуральных чисел", "Действия с числами")):
        plans.add_topic(s.ivanova, pid, None, title=title, section=section)
    return pid


def test_create_edit_reorder(school: School) -> None:
    pid = make_plan(school)
    info = plans.plan_info(school.ivanova, pid)
    assert (info.title, info.topics, info.hours, info.level) == ("Математика, 5 класс", 3, 3, 5)
    with pytest.raises(ValidationError, match="уже есть"):
        plans.create_plan(school.ivanova, school.year, school.subjects["Математика"], 5)
    rows = plans.topics(school.ivanova, pid)
    assert [r.number for r in rows] == [1, 2, 3]
    v = plans.move_topic(school.ivanova, rows[2].topic_id, info.version, 1)
    assert [r.title[:5] for r in plans.topics(school.ivanova, pid)] == ["Сложе", "Натур", "Сравн"]
    with pytest.raises(ConflictError):
        plans.update_topic(school.ivanova, rows[0].topic_id, info.version, title="x", hours=1,
                           planned_date=None, section="")
    v = plans.update_topic(school.ivanova, rows[0].topic_id, v, title="Натуральные числа", hours=2,
                           planned_date=D(2025, 9, 8), section="Натуральные числа")
    tid = plans.add_topic(school.ivanova, pid, v, title="Входная контрольная работа", position=1)
    assert plans.topics(school.ivanova, pid)[0].topic_id == tid
    v = plans.plan_info(school.ivanova, pid).version
    v = plans.remove_topic(school.ivanova, tid, v)
    assert [r.number for r in plans.topics(school.ivanova, pid)] == [1, 2, 3]
    with pytest.raises(ValidationError, match="вне учебного года"):
        plans.update_topic(school.ivanova, rows[0].topic_id, v, title="x", hours=1, planned_date=D(2024, 1, 1),
                           section="")
    with pytest.raises(ValidationError, match="Часов"):
        plans.add_topic(school.ivanova, pid, v, title="x", hours=0)
    assert AuditEntry.select().where(AuditEntry.action.startswith("plan.")).count() >= 7


def test_permissions(school: School) -> None:
    pid = make_plan(school)
    topic = plans.topics(school.ivanova, pid)[0]
    # EDIT_PLANS is the teacher's own: admin, director, deputy and other teachers may not
    for who in (school.admin, school.director, school.deputy, school.petrov, school.sidorova):
        with pytest.raises(PermissionDenied):
            plans.add_topic(who, pid, None, title="Чужая тема")
        with pytest.raises(PermissionDenied):
            plans.update_topic(who, topic.topic_id, None, title="x", hours=1, planned_date=None, section="")
        with pytest.raises(PermissionDenied):
            plans.adopt_plan(who, school.a["math5"], pid)
    with pytest.raises(PermissionDenied):  # Сидорова teaches maths in 6, not in 5
        plans.create_plan(school.sidorova, school.year, school.subjects["Математика"], 5)
    with pytest.raises(PermissionDenied):
        plans.create_plan(school.admin, school.year, school.subjects["Математика"], 6)
    # viewing: the administration and the teachers of the plan; not a teacher of another subject and level
    for who in (school.admin, school.director, school.deputy, school.ivanova):
        assert len(plans.topics(who, pid)) == 3
    with pytest.raises(PermissionDenied):
        plans.topics(school.sidorova, pid)
    assert [a.title for a in plans.assignments(school.sidorova, school.year)] == ["6А — Математика"]
    assert len(plans.assignments(school.deputy, school.year)) == 4
    assert not any(a.may_edit for a in plans.assignments(school.admin, school.year))
    # the plan is shared: a second teacher of maths in 5th grade edits it too
    cls = structure.create_class(school.admin, school.year, 5, "Б")
    structure.create_assignment(school.admin, school.sidorova.user_id, school.subjects["Математика"], cls, 5)
    plans.add_topic(school.sidorova, pid, None, title="Тема от второго учителя")


def test_adopt_and_fulfilment(school: School) -> None:
    pid = make_plan(school)
    other = plans.create_plan(school.sidorova, school.year, school.subjects["Математика"], 6)
    with pytest.raises(ValidationError, match="составлен для 6 класса"):
        plans.adopt_plan(school.ivanova, school.a["math5"], other)
    plans.adopt_plan(school.ivanova, school.a["math5"], pid)
    (mine,) = [a for a in plans.assignments(school.ivanova, school.year) if a.assignment_id == school.a["math5"]]
    assert mine.adopted_plan_id == pid and mine.plan_id == pid and mine.may_edit
    v = plans.fill_dates(school.ivanova, pid, None, school.a["math5"])
    dates = [r.planned_date for r in plans.topics(school.ivanova, pid)]
    assert dates == [D(2025, 9, 1), D(2025, 9, 3), D(2025, 9, 5)]  # Mon, Wed, Fri of the timetable
    assert v == plans.plan_info(school.ivanova, pid).version
    # the journal offers the next topic, and a lesson takes it
    first = next_plan_topic(school.a["math5"])
    assert first is not None and first[1] == "Натуральные числа и шкалы"
    journal.set_lesson_details(school.ivanova, school.a["math5"], MON, 1, expected_version=None,
                               topic=first[1], plan_topic_id=first[0])
    journal.set_lesson_details(school.ivanova, school.a["math5"], FRI, 3, expected_version=None, topic="Повторение")
    f = plans.fulfilment(school.deputy, school.a["math5"], D(2025, 9, 12))
    assert (f.year_hours, f.planned_to_date, f.held, f.topics_given, f.behind, f.percent) == (3, 3, 2, 1, 1, 67)
    assert "проведено 2" in f.text()
    held = plans.topics(school.ivanova, pid, assignment_id=school.a["math5"])
    assert held[0].held_on == MON and held[1].held_on is None
    with pytest.raises(PermissionDenied):
        plans.fulfilment(school.sidorova, school.a["math5"], WED)
    # removing a topic a lesson took keeps the lesson's written topic
    v = plans.remove_topic(school.ivanova, first[0], plans.plan_info(school.ivanova, pid).version)
    lesson = Lesson.get((Lesson.assignment == school.a["math5"]) & (Lesson.date == MON))
    assert lesson.topic == "Натуральные числа и шкалы" and lesson.plan_topic_id is None
    assert PlanTopic.select().where(PlanTopic.plan == pid).count() == 2
