"""Календарно-тематическое планирование (КТП).

One plan per subject and level (параллель) per year, shared by the classes of
that level (the school's «единая база КТП»); an assignment adopts a plan
(``Assignment.plan``), by default the plan of its subject and level.  Topics
carry hours, a planned date and a section (раздел).  Programme fulfilment is
planned hours against lessons held, per assignment.

Permissions: EDIT_PLANS is the teacher's own duty — a plan may be edited by a
teacher of an assignment of its subject and level in its year (or of an
assignment that adopted it); viewing follows VIEW_JOURNAL (the administration
every plan, the homeroom teacher the plans of the own class, a teacher the
plans of own assignments).  Each change bumps the plan's ``version``: an edit
started from an older version is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from peewee import fn

from ejournal_desktop.domain.periods import DateRange, format_date_ru
from ejournal_desktop.domain.text import short_name, sort_key_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import audit
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import Actor, Standing, require, standing
from ejournal_desktop.services.errors import ConflictError, NotFound, ValidationError
from ejournal_desktop.services.permissions import GLOBAL_ROLES, Action, Role, decide
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import (
    AcademicYear,
    Assignment,
    Lesson,
    PlanTopic,
    SchoolClass,
    Subgroup,
    Subject,
    ThematicPlan,
    User,
)

MAX_TOPICS = 400
MAX_HOURS = 20


@dataclass(frozen=True)
class PlanInfo:
    plan_id: int
    year_id: int
    subject_id: int
    subject: str
    level: int | None
    title: str
    author: str
    version: int
    topics: int
    hours: int


@dataclass(frozen=True)
class TopicRow:
    topic_id: int
    number: int
    section: str
    title: str
    hours: int
    planned_date: dt.date | None
    held_on: dt.date | None = None  # the first lesson of the assignment given this topic


@dataclass(frozen=True)
class AssignmentPlan:
    assignment_id: int
    class_id: int
    class_name: str
    level: int | None
    subject_id: int
    subject: str
    subgroup: str
    teacher_id: int
    teacher: str
    hours_per_week: Decimal
    adopted_plan_id: int | None  # Assignment.plan
    plan_id: int | None  # the adopted plan, else the plan of the subject and level
    may_edit: bool

    @property
    def title(self) -> str:
        group = f" ({self.subgroup})" if self.subgroup else ""
        return f"{self.class_name} — {self.subject}{group}"


@dataclass(frozen=True)
class Fulfilment:
    """Programme fulfilment of one assignment on a date."""

    assignment_id: int
    plan_id: int | None
    on: dt.date
    year_hours: int  # hours of the whole plan
    planned_to_date: int  # hours of topics planned up to the date
    held: int  # lessons held (written in the journal) up to the date
    topics_given: int  # lessons that took a plan topic

    @property
    def behind(self) -> int:
        return max(0, self.planned_to_date - self.held)

    @property
    def percent(self) -> int | None:
        if self.planned_to_date <= 0:
            return None
        return round(100 * self.held / self.planned_to_date)

    def text(self) -> str:
        if self.plan_id is None:
            return tr("Plans", "КТП не выбран: проведено уроков — %d.") % self.held
        done = "" if self.percent is None else tr("Plans", ", выполнение %d%%") % self.percent
        behind = tr("Plans", ", отставание %d ч") % self.behind if self.behind else ""
        return (tr("Plans", "На %s: по плану %d ч из %d, проведено %d%s%s.")
                % (format_date_ru(self.on), self.planned_to_date, self.year_hours, self.held, done, behind))


# --- scope ------------------------------------------------------------------------------------------


def _allowed(action: Action, relations: Iterable[Role]) -> bool:
    return decide(action, relations, school_settings.permission_settings()).allowed


def _plan(plan_id: int) -> Any:
    row = ThematicPlan.get_or_none(ThematicPlan.id == plan_id)
    if row is None:
        raise NotFound(tr("Plans", "КТП не найден."))
    return row


def _plan_assignments(plan: Any) -> list[tuple[int, int, int]]:
    """(assignment id, class id, teacher id) of the assignments the plan serves: those of its subject and
    level in its year that adopted no other plan, and those that adopted it."""
    level_cond = SchoolClass.level.is_null() if plan.level is None else (SchoolClass.level == plan.level)
    query = (Assignment.select(Assignment.id, Assignment.school_class, Assignment.teacher)
             .join(SchoolClass, on=(Assignment.school_class == SchoolClass.id))
             .where((Assignment.plan == plan.id)
                    | ((Assignment.year == plan.year_id) & (Assignment.subject == plan.subject_id) & level_cond
                       & (Assignment.plan.is_null() | (Assignment.plan == plan.id)))))
    return [(int(a), int(c), int(t)) for a, c, t in query.tuples()]


def _plan_relations(st: Standing, plan: Any) -> set[Role]:
    rel = {r for r in st.roles if r in GLOBAL_ROLES}
    for _, class_id, teacher_id in _plan_assignments(plan):
        if teacher_id == st.actor.user_id:
            rel.add(Role.TEACHER)
        if class_id in st.homeroom_class_ids:
            rel.add(Role.HOMEROOM)
    return rel


def _editing(actor: Actor, plan_id: int, expected_version: int | None) -> Any:
    st = standing(actor)
    plan = _plan(plan_id)
    require(Action.EDIT_PLANS, _plan_relations(st, plan), what=str(plan.title))
    if expected_version is not None and int(plan.version) != expected_version:
        raise ConflictError(tr("Plans", "КТП «%s» изменил другой пользователь. Обновите и повторите.") % plan.title,
                            current=int(plan.version), attempted=expected_version)
    return plan


def _bump(plan_id: int) -> int:
    ThematicPlan.update(version=ThematicPlan.version + 1).where(ThematicPlan.id == plan_id).execute()
    return int(ThematicPlan.select(ThematicPlan.version).where(ThematicPlan.id == plan_id).scalar())


def may_edit_plan(actor: Actor, plan_id: int) -> bool:
    st = standing(actor)
    return _allowed(Action.EDIT_PLANS, _plan_relations(st, _plan(plan_id)))


# --- reading ----------------------------------------------------------------------------------------


def _short(surname: Any, name: Any, patronymic: Any) -> str:
    return short_name(surname, name, patronymic, spaced=True)


def default_plan_id(year_id: int, subject_id: int, level: int | None) -> int | None:
    level_cond = ThematicPlan.level.is_null() if level is None else (ThematicPlan.level == level)
    row = (ThematicPlan.select(ThematicPlan.id)
           .where((ThematicPlan.year == year_id) & (ThematicPlan.subject == subject_id) & level_cond)
           .order_by(ThematicPlan.id).tuples().first())
    return None if row is None else int(row[0])


def assignments(actor: Actor, year_id: int, *, own_only: bool = False) -> list[AssignmentPlan]:
    """Assignments whose plans this person may see (a teacher: own ones), with the plan each uses."""
    st = standing(actor)
    everything = bool(st.roles & GLOBAL_ROLES) and not own_only
    rows = list(Assignment.select(Assignment.id, SchoolClass.id, SchoolClass.level, SchoolClass.letter,
                                  SchoolClass.title, SchoolClass.extracurricular, Subject.id, Subject.name,
                                  Assignment.subgroup, Assignment.teacher, User.surname, User.name,
                                  User.patronymic, Assignment.hours_per_week, Assignment.plan)
                .join(SchoolClass, on=(Assignment.school_class == SchoolClass.id))
                .join_from(Assignment, Subject, on=(Assignment.subject == Subject.id))
                .join_from(Assignment, User, on=(Assignment.teacher == User.id))
                .where(Assignment.year == year_id).tuples())
    groups = {int(i): str(n) for i, n in Subgroup.select(Subgroup.id, Subgroup.name).tuples()}
    defaults: dict[tuple[int, int | None], int | None] = {}
    out = []
    for (aid, cid, level, letter, ctitle, extra, sid, sname, sg, tid, ts, tn, tp, hours, adopted) in rows:
        mine = int(tid) == actor.user_id
        if not (everything or mine or (int(cid) in st.homeroom_class_ids and not own_only)):
            continue
        lv = None if level is None else int(level)
        key = (int(sid), lv)
        if key not in defaults:
            defaults[key] = default_plan_id(year_id, int(sid), lv)
        plan_id = int(adopted) if adopted is not None else defaults[key]
        rel = {r for r in st.roles if r in GLOBAL_ROLES}
        if mine:
            rel.add(Role.TEACHER)
        out.append(AssignmentPlan(
            int(aid), int(cid), str(ctitle) if extra else f"{level}{letter}", lv, int(sid), str(sname),
            groups.get(int(sg), "") if sg is not None else "", int(tid), _short(ts, tn, tp),
            Decimal(str(hours)), None if adopted is None else int(adopted), plan_id,
            _allowed(Action.EDIT_PLANS, rel)))
    out.sort(key=lambda a: (a.level or 99, sort_key_ru(a.class_name), sort_key_ru(a.subject),
                            sort_key_ru(a.subgroup), a.assignment_id))
    return out


def plan_info(actor: Actor, plan_id: int) -> PlanInfo:
    st = standing(actor)
    plan = _plan(plan_id)
    require(Action.VIEW_JOURNAL, _plan_relations(st, plan), what=str(plan.title))
    return _info(plan)


def _info(plan: Any) -> PlanInfo:
    subject = Subject.get_by_id(plan.subject_id)
    author = (User.select(User.surname, User.name, User.patronymic).where(User.id == plan.author_id).tuples().first()
              if plan.author_id is not None else None)
    count, hours = (PlanTopic.select(fn.COUNT(PlanTopic.id), fn.SUM(PlanTopic.hours))
                    .where(PlanTopic.plan == plan.id).tuples().first() or (0, 0))
    return PlanInfo(int(plan.id), int(plan.year_id), int(plan.subject_id), str(subject.name),
                    None if plan.level is None else int(plan.level), str(plan.title),
                    _short(*author) if author else "", int(plan.version), int(count or 0), int(hours or 0))


def plans_of_year(actor: Actor, year_id: int) -> list[PlanInfo]:
    """Every plan of the year this person may see."""
    st = standing(actor)
    out = []
    for plan in ThematicPlan.select().where(ThematicPlan.year == year_id):
        if _allowed(Action.VIEW_JOURNAL, _plan_relations(st, plan)):
            out.append(_info(plan))
    out.sort(key=lambda p: (sort_key_ru(p.subject), p.level or 0, p.plan_id))
    return out


def topics(actor: Actor, plan_id: int, *, assignment_id: int | None = None) -> list[TopicRow]:
    """The plan's topics in order; with an assignment, the date each was given in its lessons."""
    st = standing(actor)
    plan = _plan(plan_id)
    require(Action.VIEW_JOURNAL, _plan_relations(st, plan), what=str(plan.title))
    held: dict[int, dt.date] = {}
    if assignment_id is not None:
        for tid, day in (Lesson.select(Lesson.plan_topic, Lesson.date)
                         .where((Lesson.assignment == assignment_id) & Lesson.plan_topic.is_null(False))
                         .order_by(Lesson.date.desc()).tuples()):
            held[int(tid)] = day
    return [TopicRow(int(i), int(n), str(sec), str(t), int(h), d, held.get(int(i)))
            for i, n, sec, t, h, d in PlanTopic.select(PlanTopic.id, PlanTopic.number, PlanTopic.section,
                                                        PlanTopic.title, PlanTopic.hours, PlanTopic.planned_date)
            .where(PlanTopic.plan == plan_id).order_by(PlanTopic.number).tuples()]


# --- writing -----------------------------------------------------------------------------------------


def create_plan(actor: Actor, year_id: int, subject_id: int, level: int | None, title: str = "") -> int:
    """A new (empty) plan of a subject and level; refused when the level already has one."""
    st = standing(actor)
    year = AcademicYear.get_or_none(AcademicYear.id == year_id)
    if year is None:
        raise NotFound(tr("Plans", "Учебный год не найден."))
    subject = Subject.get_or_none(Subject.id == subject_id)
    if subject is None:
        raise NotFound(tr("Plans", "Предмет не найден."))
    if level is not None and not 1 <= level <= 11:
        raise ValidationError(tr("Plans", "Параллель — от 1 до 11."))
    title = title.strip() or (f"{subject.name}, {level} класс" if level else str(subject.name))
    if len(title) > 200:
        raise ValidationError(tr("Plans", "Название КТП длиннее 200 символов."))
    with write_transaction():
        level_cond = SchoolClass.level.is_null() if level is None else (SchoolClass.level == level)
        teaches = (Assignment.select(Assignment.id).join(SchoolClass, on=(Assignment.school_class == SchoolClass.id))
                   .where((Assignment.year == year_id) & (Assignment.subject == subject_id) & level_cond
                          & (Assignment.teacher == actor.user_id)).exists())
        rel = {r for r in st.roles if r in GLOBAL_ROLES}
        if teaches:
            rel.add(Role.TEACHER)
        require(Action.EDIT_PLANS, rel, what=title)
        existing = default_plan_id(year_id, subject_id, level)
        if existing is not None:
            raise ValidationError(
                tr("Plans", "КТП «%s» этой параллели уже есть: один план на предмет и параллель, его "
                            "используют все классы параллели.") % ThematicPlan.get_by_id(existing).title)
        pid = int(ThematicPlan.insert(year=year_id, subject=subject_id, level=level, title=title,
                                      author=actor.user_id).execute())
        audit.record(actor, "plan.create", "thematic_plan", pid,
                     new={"title": title, "subject": subject_id, "level": level}, subject_id=subject_id)
    return pid


def rename_plan(actor: Actor, plan_id: int, expected_version: int, title: str) -> int:
    title = title.strip()
    if not title:
        raise ValidationError(tr("Plans", "Не указано название КТП."))
    if len(title) > 200:
        raise ValidationError(tr("Plans", "Название КТП длиннее 200 символов."))
    with write_transaction():
        plan = _editing(actor, plan_id, expected_version)
        ThematicPlan.update(title=title).where(ThematicPlan.id == plan_id).execute()
        audit.record(actor, "plan.rename", "thematic_plan", plan_id, old={"title": plan.title}, new={"title": title},
                     subject_id=plan.subject_id)
        return _bump(plan_id)


def _check_topic(title: str, hours: int, planned_date: dt.date | None, section: str, year: Any) -> tuple[str, str]:
    title, section = title.strip(), section.strip()
    if not title:
        raise ValidationError(tr("Plans", "Не указана тема урока."))
    if not 1 <= hours <= MAX_HOURS:
        raise ValidationError(tr("Plans", "Часов на тему — от 1 до %d.") % MAX_HOURS)
    if len(section) > 200:
        raise ValidationError(tr("Plans", "Название раздела длиннее 200 символов."))
    if planned_date is not None and not year.start <= planned_date <= year.end:
        raise ValidationError(tr("Plans", "Дата %s вне учебного года %s.") % (format_date_ru(planned_date), year.name))
    return title, section


def _renumber(plan_id: int, ordered: list[int]) -> None:
    """Numbers 1..n in the given order (two passes: the unique index never sees a duplicate)."""
    PlanTopic.update(number=PlanTopic.id * -1).where(PlanTopic.plan == plan_id).execute()
    for i, tid in enumerate(ordered, 1):
        PlanTopic.update(number=i).where(PlanTopic.id == tid).execute()


def _order(plan_id: int) -> list[int]:
    return [int(i) for (i,) in PlanTopic.select(PlanTopic.id).where(PlanTopic.plan == plan_id)
            .order_by(PlanTopic.number).tuples()]


def add_topic(actor: Actor, plan_id: int, expected_version: int | None, *, title: str, hours: int = 1,
              planned_date: dt.date | None = None, section: str = "", position: int | None = None) -> int:
    """A topic at ``position`` (1-based; None — at the end). Returns the topic id."""
    with write_transaction():
        plan = _editing(actor, plan_id, expected_version)
        year = AcademicYear.get_by_id(plan.year_id)
        title, section = _check_topic(title, hours, planned_date, section, year)
        order = _order(plan_id)
        if len(order) >= MAX_TOPICS:
            raise ValidationError(tr("Plans", "В КТП не больше %d тем.") % MAX_TOPICS)
        tid = int(PlanTopic.insert(plan=plan_id, number=-(len(order) + 1) - 1_000_000, title=title, hours=hours,
                                   planned_date=planned_date, section=section).execute())
        at = len(order) if position is None else max(0, min(len(order), position - 1))
        order.insert(at, tid)
        _renumber(plan_id, order)
        audit.record(actor, "plan.topic_add", "plan_topic", tid,
                     new={"plan": plan_id, "number": at + 1, "title": title, "hours": hours, "date": planned_date,
                          "section": section}, subject_id=plan.subject_id)
        _bump(plan_id)
    return tid


def _topic(topic_id: int) -> Any:
    row = PlanTopic.get_or_none(PlanTopic.id == topic_id)
    if row is None:
        raise NotFound(tr("Plans", "Тема КТП не найдена."))
    return row


def update_topic(actor: Actor, topic_id: int, expected_version: int | None, *, title: str, hours: int,
                 planned_date: dt.date | None, section: str) -> int:
    """Change a topic; returns the plan's new version."""
    with write_transaction():
        t = _topic(topic_id)
        plan = _editing(actor, int(t.plan_id), expected_version)
        year = AcademicYear.get_by_id(plan.year_id)
        title, section = _check_topic(title, hours, planned_date, section, year)
        old = {"title": t.title, "hours": t.hours, "date": t.planned_date, "section": t.section}
        new = {"title": title, "hours": hours, "date": planned_date, "section": section}
        PlanTopic.update(title=title, hours=hours, planned_date=planned_date, section=section).where(
            PlanTopic.id == topic_id).execute()
        changed = {k: v for k, v in old.items() if v != new[k]}
        audit.record(actor, "plan.topic_change", "plan_topic", topic_id, old=changed,
                     new={k: new[k] for k in changed}, subject_id=plan.subject_id)
        return _bump(int(plan.id))


def remove_topic(actor: Actor, topic_id: int, expected_version: int | None) -> int:
    """Remove a topic; lessons that took it keep their written topic. Returns the plan's new version."""
    with write_transaction():
        t = _topic(topic_id)
        plan = _editing(actor, int(t.plan_id), expected_version)
        used = Lesson.select().where(Lesson.plan_topic == topic_id).count()
        Lesson.update(plan_topic=None).where(Lesson.plan_topic == topic_id).execute()
        PlanTopic.delete().where(PlanTopic.id == topic_id).execute()
        _renumber(int(plan.id), _order(int(plan.id)))
        audit.record(actor, "plan.topic_remove", "plan_topic", topic_id,
                     old={"title": t.title, "number": t.number, "hours": t.hours, "lessons": used},
                     subject_id=plan.subject_id)
        return _bump(int(plan.id))


def move_topic(actor: Actor, topic_id: int, expected_version: int | None, position: int) -> int:
    """Put a topic at ``position`` (1-based). Returns the plan's new version."""
    with write_transaction():
        t = _topic(topic_id)
        plan = _editing(actor, int(t.plan_id), expected_version)
        order = _order(int(plan.id))
        order.remove(topic_id)
        at = max(0, min(len(order), position - 1))
        order.insert(at, topic_id)
        _renumber(int(plan.id), order)
        audit.record(actor, "plan.topic_move", "plan_topic", topic_id, old={"number": t.number},
                     new={"number": at + 1}, subject_id=plan.subject_id)
        return _bump(int(plan.id))


def adopt_plan(actor: Actor, assignment_id: int, plan_id: int | None) -> None:
    """The assignment follows this plan (None — the plan of its subject and level)."""
    with write_transaction():
        st = standing(actor)
        a = Assignment.get_or_none(Assignment.id == assignment_id)
        if a is None:
            raise NotFound(tr("Plans", "Нагрузка не найдена."))
        rel = {r for r in st.roles if r in GLOBAL_ROLES}
        if int(a.teacher_id) == actor.user_id:
            rel.add(Role.TEACHER)
        require(Action.EDIT_PLANS, rel, what=tr("Plans", "чужая нагрузка"))
        if plan_id is not None:
            plan = _plan(plan_id)
            if int(plan.year_id) != int(a.year_id) or int(plan.subject_id) != int(a.subject_id):
                raise ValidationError(tr("Plans", "КТП «%s» другого предмета или учебного года.") % plan.title)
            cls = SchoolClass.get_by_id(a.school_class_id)
            if plan.level is not None and cls.level is not None and int(plan.level) != int(cls.level):
                raise ValidationError(tr("Plans", "КТП «%s» составлен для %d класса, а нагрузка — в %d классе.")
                                      % (plan.title, plan.level, cls.level))
        Assignment.update(plan=plan_id).where(Assignment.id == assignment_id).execute()
        audit.record(actor, "plan.adopt", "assignment", assignment_id, old={"plan": a.plan_id},
                     new={"plan": plan_id}, class_id=a.school_class_id, subject_id=a.subject_id)


def fill_dates(actor: Actor, plan_id: int, expected_version: int | None, assignment_id: int) -> int:
    """Planned dates from the assignment's timetable: each topic takes as many lessons as its hours."""
    from ejournal_desktop.services.lessons import assignment_info, timetable_slots

    with write_transaction():
        plan = _editing(actor, plan_id, expected_version)
        a = Assignment.get_or_none(Assignment.id == assignment_id)
        if a is None or int(a.teacher_id) != actor.user_id:
            raise ValidationError(tr("Plans", "Даты расставляются по расписанию своей нагрузки."))
        year = AcademicYear.get_by_id(plan.year_id)
        days = [d for d, _ in timetable_slots(assignment_info(assignment_id), DateRange(year.start, year.end))]
        if not days:
            raise ValidationError(tr("Plans", "У нагрузки нет уроков в расписании: даты не из чего взять."))
        i = 0
        for tid, hours in (PlanTopic.select(PlanTopic.id, PlanTopic.hours).where(PlanTopic.plan == plan_id)
                           .order_by(PlanTopic.number).tuples()):
            day = days[i] if i < len(days) else None
            PlanTopic.update(planned_date=day).where(PlanTopic.id == tid).execute()
            i += int(hours)
        audit.record(actor, "plan.fill_dates", "thematic_plan", plan_id, new={"assignment": assignment_id},
                     subject_id=plan.subject_id)
        return _bump(plan_id)


# --- programme fulfilment -----------------------------------------------------------------------------------


def fulfilment(actor: Actor, assignment_id: int, on: dt.date) -> Fulfilment:
    """Planned vs held hours of an assignment on a date (VIEW_JOURNAL on the assignment's class)."""
    st = standing(actor)
    a = Assignment.get_or_none(Assignment.id == assignment_id)
    if a is None:
        raise NotFound(tr("Plans", "Нагрузка не найдена."))
    rel = {r for r in st.roles if r in GLOBAL_ROLES}
    if int(a.teacher_id) == actor.user_id:
        rel.add(Role.TEACHER)
    if int(a.school_class_id) in st.homeroom_class_ids:
        rel.add(Role.HOMEROOM)
    require(Action.VIEW_JOURNAL, rel)
    cls = SchoolClass.get_by_id(a.school_class_id)
    plan_id = int(a.plan_id) if a.plan_id is not None else default_plan_id(
        int(a.year_id), int(a.subject_id), None if cls.level is None else int(cls.level))
    year_hours = planned = 0
    if plan_id is not None:
        for hours, day in PlanTopic.select(PlanTopic.hours, PlanTopic.planned_date).where(
                PlanTopic.plan == plan_id).tuples():
            year_hours += int(hours)
            if day is not None and day <= on:
                planned += int(hours)
    held = Lesson.select().where((Lesson.assignment == assignment_id) & (Lesson.date <= on)).count()
    given = (Lesson.select().where((Lesson.assignment == assignment_id) & (Lesson.date <= on)
                                   & Lesson.plan_topic.is_null(False)).count())
    return Fulfilment(assignment_id, plan_id, on, year_hours, planned, int(held), int(given))
