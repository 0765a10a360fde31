"""What a report may see, and the set-based reads every report shares.

:func:`build_context` checks VIEW_REPORTS through the permission table and works
out the scope: the administration (admin, director, deputy) sees the whole
school; a homeroom teacher the own class completely; a teacher the own
assignments (in a class they teach: only those subjects).  A teacher asking
for a class they do not teach is refused with :class:`PermissionDenied`.

Every read here is one query over the year (or the chosen class), filtered by
the scope in Python: no query per student or per lesson.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from peewee import JOIN, fn

from ejournal_desktop.domain.errors import DomainError
from ejournal_desktop.domain.marks import homework_allowed, marks_allowed, parse_mark
from ejournal_desktop.domain.periods import DateRange, format_date_ru, lesson_dates
from ejournal_desktop.domain.text import person_key_ru, short_name, sort_key_ru
from ejournal_desktop.services.access import (
    Actor,
    Standing,
    relations_for_class,
    relations_global,
    require,
    standing,
)
from ejournal_desktop.services.errors import NotFound, ValidationError
from ejournal_desktop.services.permissions import GLOBAL_ROLES, Action, Role
from ejournal_desktop.services.reports.base import Param, Report, ReportParams, t
from ejournal_desktop.store.models import (
    Absence,
    AcademicYear,
    Assignment,
    AuditEntry,
    Enrollment,
    Holiday,
    Lesson,
    Mark,
    Period,
    PeriodMark,
    SchoolClass,
    Student,
    Subgroup,
    SubgroupMember,
    Subject,
    Substitution,
    TimetableEntry,
    User,
)

PERIOD_MARK_KINDS = {"quarter": "quarter", "half": "half", "trimester": "trimester"}
MISSED_CODES = ("н", "б", "у")


def rows(query: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in query.tuples()]


short_person = short_name


def class_title(level: int | None, letter: str, title: str, extracurricular: bool) -> str:
    return str(title) if extracurricular else f"{level}{letter}"


@dataclass(frozen=True)
class PeriodInfo:
    id: int
    number: int
    name: str
    start: dt.date
    end: dt.date
    closed: bool

    @property
    def span(self) -> DateRange:
        return DateRange(self.start, self.end)


@dataclass(frozen=True)
class ClassInfo:
    id: int
    name: str
    level: int | None
    letter: str
    extracurricular: bool
    homeroom_id: int | None
    shift: int

    @property
    def marks_allowed(self) -> bool:
        return marks_allowed(self.level, self.extracurricular)

    @property
    def homework_allowed(self) -> bool:
        return homework_allowed(self.level, self.extracurricular)

    @property
    def key(self) -> tuple[object, ...]:
        return (self.extracurricular, self.level or 0, sort_key_ru(self.letter), sort_key_ru(self.name))


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    teacher_id: int
    subject_id: int
    subject: str
    class_id: int
    subgroup_id: int | None
    subgroup: str
    hours: Decimal
    plan_id: int | None

    @property
    def subject_title(self) -> str:
        return f"{self.subject} ({self.subgroup})" if self.subgroup else self.subject


@dataclass(frozen=True)
class Pupil:
    id: int
    name: str  # «Алексеев Артём»
    key: tuple[object, ...]


@dataclass(frozen=True)
class MarkRow:
    assignment_id: int
    lesson_id: int
    date: dt.date
    number: int
    student_id: int
    value: Fraction | None  # None: a text the journal cannot read (not counted in a mean)
    weight: Fraction
    work_kind_id: int | None


@dataclass
class Context:
    actor: Actor
    standing: Standing
    today: dt.date
    year_id: int
    year_name: str
    year_start: dt.date
    year_end: dt.date
    days_per_week: int
    period_kind: str
    periods: list[PeriodInfo]
    period: PeriodInfo | None
    span: DateRange
    dates_given: bool
    school_class: ClassInfo | None
    everything: bool  # the whole school (admin, director, deputy)
    all_classes: dict[int, ClassInfo]
    classes: dict[int, ClassInfo]  # classes this report covers
    full_classes: set[int]  # of them, the classes seen completely
    assignments: dict[int, AssignmentRow]  # the assignments this report covers
    people: dict[int, str]  # user id → «Иванова М. П.»
    year_assignments: int = 0  # how many assignments the year has (to know when the scope is narrower)
    _members: dict[int, set[int]] | None = field(default=None, repr=False)

    # --- scope ---------------------------------------------------------------------------------

    @property
    def restricted(self) -> bool:
        """Only part of what was asked for is shown (a teacher's own subjects)."""
        if self.school_class is not None:
            return self.school_class.id not in self.full_classes
        return not self.everything

    @property
    def until(self) -> dt.date:
        """The last day of the span that has already come."""
        return max(self.span.start, min(self.span.end, self.today))

    @property
    def roster_day(self) -> dt.date:
        return self.until

    @property
    def subtitle(self) -> str:
        parts = [t("Класс %s") % self.school_class.name if self.school_class else t("Вся школа")]
        if self.period is not None and not self.dates_given:
            parts.append(f"{self.period.name} ({self.period.span})")
        else:
            parts.append(t("с %s по %s") % (format_date_ru(self.span.start), format_date_ru(self.span.end)))
        parts.append(t("учебный год %s") % self.year_name)
        if self.restricted:
            parts.append(t("только ваши классы и предметы"))
        return " · ".join(parts)

    def narrow(self, query: Any, assignment_field: Any) -> Any:
        """Filter a query (joined with Assignment) by the scope in SQL: the class, a teacher's assignments."""
        if self.school_class is not None:
            query = query.where(Assignment.school_class == self.school_class.id)
        if len(self.assignments) < self.year_assignments and len(self.assignments) <= 500:
            query = query.where(assignment_field.in_(sorted(self.assignments)))
        return query

    def narrow_audit(self, query: Any) -> Any:
        """Filter a query of the audit trail by the classes of the scope."""
        if self.school_class is not None:
            return query.where(AuditEntry.school_class == self.school_class.id)
        if len(self.assignments) < self.year_assignments:
            classes = sorted({a.class_id for a in self.assignments.values()})
            return query.where(AuditEntry.school_class.in_(classes))
        return query

    def members(self) -> dict[int, set[int]]:
        """Subgroup id → its students (for the subgroups of the covered assignments)."""
        if self._members is None:
            wanted = {a.subgroup_id for a in self.assignments.values() if a.subgroup_id is not None}
            found: dict[int, set[int]] = defaultdict(set)
            if wanted:
                query = (SubgroupMember.select(SubgroupMember.subgroup, SubgroupMember.student)
                         .join(Subgroup, on=(SubgroupMember.subgroup == Subgroup.id))
                         .join(SchoolClass, on=(Subgroup.school_class == SchoolClass.id))
                         .where(SchoolClass.year == self.year_id))
                for sg, sid in rows(query):
                    if int(sg) in wanted:
                        found[int(sg)].add(int(sid))
            self._members = dict(found)
        return self._members

    def students_of(self, a: AssignmentRow, roster: dict[int, list[Pupil]]) -> list[Pupil]:
        pupils = roster.get(a.class_id, [])
        if a.subgroup_id is None:
            return pupils
        group = self.members().get(a.subgroup_id, set())
        return [p for p in pupils if p.id in group]

    def pair_scope(self) -> dict[tuple[int, int], set[int] | None]:
        """(class, subject) → None when every student's marks are visible, else the subgroups seen."""
        out: dict[tuple[int, int], set[int] | None] = {}
        for a in self.assignments.values():
            key = (a.class_id, a.subject_id)
            if a.class_id in self.full_classes or a.subgroup_id is None:
                out[key] = None
            elif key not in out:
                out[key] = {a.subgroup_id}
            else:
                seen = out[key]
                if seen is not None:
                    seen.add(a.subgroup_id)
        return out

    def sees_mark(self, scope: dict[tuple[int, int], set[int] | None], class_id: int, subject_id: int,
                  student_id: int) -> bool:
        if class_id in self.full_classes and class_id in self.classes:
            return True
        key = (class_id, subject_id)
        if key not in scope:
            return False
        groups = scope[key]
        if groups is None:
            return True
        members = self.members()
        return any(student_id in members.get(g, ()) for g in groups)

    def sorted_classes(self, marks_only: bool = False) -> list[ClassInfo]:
        out = [c for c in self.classes.values() if c.marks_allowed or not marks_only]
        return sorted(out, key=lambda c: c.key)

    def sorted_assignments(self, marks_only: bool = False) -> list[AssignmentRow]:
        out = [a for a in self.assignments.values()
               if not marks_only or self.all_classes[a.class_id].marks_allowed]
        return sorted(out, key=lambda a: (self.all_classes[a.class_id].key, sort_key_ru(a.subject),
                                          sort_key_ru(a.subgroup), a.id))

    def teacher(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        return self.people.get(user_id, "")

    def other_period(self, offset: int) -> PeriodInfo | None:
        if self.period is None:
            return None
        for p in self.periods:
            if p.number == self.period.number + offset:
                return p
        return None


# --- building the context -----------------------------------------------------------------------------------


def period_rows(year_id: int) -> list[PeriodInfo]:
    return [PeriodInfo(int(i), int(n), str(nm), s, e, bool(c)) for i, n, nm, s, e, c in rows(
        Period.select(Period.id, Period.number, Period.name, Period.start, Period.end, Period.closed)
        .where(Period.year == year_id).order_by(Period.number))]


def default_period(periods: list[PeriodInfo], today: dt.date) -> PeriodInfo | None:
    """The period holding today; else the last one that has begun; else the first."""
    for p in periods:
        if p.start <= today <= p.end:
            return p
    begun = [p for p in periods if p.start <= today]
    if begun:
        return begun[-1]
    return periods[0] if periods else None


def year_for(day: dt.date) -> int | None:
    row = AcademicYear.select(AcademicYear.id).where(
        (AcademicYear.start <= day) & (AcademicYear.end >= day)).tuples().first()
    if row is None:
        row = AcademicYear.select(AcademicYear.id).where(AcademicYear.start <= day).order_by(
            AcademicYear.start.desc()).tuples().first()
    if row is None:
        row = AcademicYear.select(AcademicYear.id).order_by(AcademicYear.start).tuples().first()
    return None if row is None else int(row[0])


def report_context(report: Report, actor: Actor, params: ReportParams) -> Context:
    """:func:`build_context` for a registered report: its title, whether it needs a class, what it accepts."""
    return build_context(actor, params, title=t(report.title), needs_class=report.needs_class,
                         accepts=report.params)


def need_period(ctx: Context) -> PeriodInfo:
    """The chosen period of a report that is built by periods; a year without periods is refused."""
    if ctx.period is None:
        raise ValidationError(t("В учебном году %s не заданы учебные периоды.") % ctx.year_name)
    return ctx.period


def build_context(actor: Actor, params: ReportParams, *, title: str, needs_class: bool,
                  accepts: frozenset[Param]) -> Context:
    st = standing(actor)
    today = params.today or dt.date.today()
    cls_row: tuple[Any, ...] | None = None
    if params.class_id is not None:
        cls_row = (SchoolClass.select(SchoolClass.id, SchoolClass.year).where(
            SchoolClass.id == params.class_id).tuples().first())
        if cls_row is None:
            raise NotFound(t("Класс не найден."))
    elif needs_class:
        raise ValidationError(t("Выберите класс: отчёт «%s» строится по одному классу.") % title)
    year_id: int | None
    period_row: PeriodInfo | None = None
    if params.period_id is not None:
        prow = Period.select(Period.year).where(Period.id == params.period_id).tuples().first()
        if prow is None:
            raise NotFound(t("Учебный период не найден."))
        year_id = int(prow[0])
    elif cls_row is not None:
        year_id = int(cls_row[1])
    elif params.year_id is not None:
        year_id = params.year_id
    else:
        year_id = year_for(params.date_from or params.date_to or today)
    if year_id is None:
        raise NotFound(t("В журнале нет ни одного учебного года."))
    if cls_row is not None and int(cls_row[1]) != year_id:
        raise ValidationError(t("Период относится к другому учебному году, чем класс."))
    yrow = rows(AcademicYear.select(AcademicYear.name, AcademicYear.start, AcademicYear.end,
                                    AcademicYear.days_per_week, AcademicYear.period_kind)
                .where(AcademicYear.id == year_id))[0]
    periods = period_rows(year_id)
    if params.period_id is not None:
        period_row = next(p for p in periods if p.id == params.period_id)
    else:
        period_row = default_period(periods, today)

    # permission and scope
    if params.class_id is not None:
        rel = relations_for_class(st, params.class_id)
        require(Action.VIEW_REPORTS, rel, what=t("отчёт по классу"))
        everything = bool(rel & GLOBAL_ROLES)
        full_of_class = everything or Role.HOMEROOM in rel
    else:
        require(Action.VIEW_REPORTS, relations_global(st))
        everything = bool(st.roles & GLOBAL_ROLES)
        full_of_class = everything

    all_classes = {
        int(i): ClassInfo(int(i), class_title(lv, le, ti, ex), lv, str(le), bool(ex),
                          None if hr is None else int(hr), int(sh))
        for i, lv, le, ti, ex, hr, sh in rows(
            SchoolClass.select(SchoolClass.id, SchoolClass.level, SchoolClass.letter, SchoolClass.title,
                               SchoolClass.extracurricular, SchoolClass.homeroom, SchoolClass.shift)
            .where(SchoolClass.year == year_id))
    }
    query = (Assignment.select(Assignment.id, Assignment.teacher, Assignment.subject, Subject.name,
                               Assignment.school_class, Assignment.subgroup, Subgroup.name,
                               Assignment.hours_per_week, Assignment.plan)
             .join(Subject, on=(Assignment.subject == Subject.id))
             .switch(Assignment).join(Subgroup, JOIN.LEFT_OUTER, on=(Assignment.subgroup == Subgroup.id))
             .where(Assignment.year == year_id))
    if params.class_id is not None:
        query = query.where(Assignment.school_class == params.class_id)
    every_assignment = [
        AssignmentRow(int(i), int(te), int(su), str(sn), int(c), None if sg is None else int(sg),
                      str(sgn or ""), Decimal(h), None if pl is None else int(pl))
        for i, te, su, sn, c, sg, sgn, h, pl in rows(query)
    ]
    if params.class_id is not None:
        classes = {params.class_id: all_classes[params.class_id]}
        full = {params.class_id} if full_of_class else set()
        assignments = {a.id: a for a in every_assignment
                       if full_of_class or a.teacher_id == actor.user_id}
    elif everything:
        classes = dict(all_classes)
        full = set(all_classes)
        assignments = {a.id: a for a in every_assignment}
    else:
        full = {c for c in st.homeroom_class_ids if c in all_classes}
        assignments = {a.id: a for a in every_assignment
                       if a.class_id in full or a.teacher_id == actor.user_id}
        classes = {c: all_classes[c] for c in full | {a.class_id for a in assignments.values()}}

    # the span
    dates_given = Param.DATES in accepts and (params.date_from is not None or params.date_to is not None)
    if dates_given:
        start = params.date_from or (period_row.start if period_row else yrow[1])
        end = params.date_to or (period_row.end if period_row else yrow[2])
        if end < start:
            raise ValidationError(t("Дата окончания раньше даты начала."))
        if (end - start).days > 400:
            raise ValidationError(t("Отчёт строится не больше чем за учебный год."))
        span = DateRange(start, end)
    elif period_row is not None:
        span = period_row.span
    else:
        span = DateRange(yrow[1], yrow[2])

    people = {int(i): short_person(s, n, p) for i, s, n, p in rows(
        User.select(User.id, User.surname, User.name, User.patronymic))}
    return Context(
        actor=actor, standing=st, today=today, year_id=year_id, year_name=str(yrow[0]),
        year_start=yrow[1], year_end=yrow[2], days_per_week=int(yrow[3]),
        period_kind=PERIOD_MARK_KINDS.get(str(yrow[4]), "quarter"), periods=periods,
        period=period_row, span=span, dates_given=dates_given,
        school_class=all_classes[params.class_id] if params.class_id is not None else None,
        everything=everything, all_classes=all_classes, classes=classes, full_classes=full,
        assignments=assignments, people=people, year_assignments=len(every_assignment) if params.class_id is None
        else Assignment.select().where(Assignment.year == year_id).count(),
    )


# --- shared reads -------------------------------------------------------------------------------------------


def roster(ctx: Context, day: dt.date, class_ids: Iterable[int] | None = None) -> dict[int, list[Pupil]]:
    """Students on the roll of each covered class on ``day``, in alphabetical order."""
    wanted = set(ctx.classes if class_ids is None else class_ids)
    query = (Enrollment.select(Enrollment.school_class, Student.id, Student.surname, Student.name,
                               Student.patronymic)
             .join(Student, on=(Enrollment.student == Student.id))
             .switch(Enrollment).join(SchoolClass, on=(Enrollment.school_class == SchoolClass.id))
             .where((SchoolClass.year == ctx.year_id) & (Enrollment.date_from <= day)
                    & (Enrollment.date_to.is_null() | (Enrollment.date_to >= day))))
    if ctx.school_class is not None:
        query = query.where(Enrollment.school_class == ctx.school_class.id)
    out: dict[int, dict[int, Pupil]] = defaultdict(dict)
    for cid, sid, surname, name, patronymic in rows(query):
        if int(cid) in wanted:
            out[int(cid)][int(sid)] = Pupil(int(sid), f"{surname} {name}".strip(),
                                            person_key_ru(surname, name, patronymic))
    return {c: sorted(p.values(), key=lambda x: x.key) for c, p in out.items()}


def roster_during(ctx: Context, span: DateRange) -> dict[int, list[Pupil]]:
    """Students on the roll of each covered class on some day of ``span``."""
    query = (Enrollment.select(Enrollment.school_class, Student.id, Student.surname, Student.name,
                               Student.patronymic)
             .join(Student, on=(Enrollment.student == Student.id))
             .switch(Enrollment).join(SchoolClass, on=(Enrollment.school_class == SchoolClass.id))
             .where((SchoolClass.year == ctx.year_id) & (Enrollment.date_from <= span.end)
                    & (Enrollment.date_to.is_null() | (Enrollment.date_to >= span.start))))
    if ctx.school_class is not None:
        query = query.where(Enrollment.school_class == ctx.school_class.id)
    out: dict[int, dict[int, Pupil]] = defaultdict(dict)
    for cid, sid, surname, name, patronymic in rows(query):
        if int(cid) in ctx.classes:
            out[int(cid)][int(sid)] = Pupil(int(sid), f"{surname} {name}".strip(),
                                            person_key_ru(surname, name, patronymic))
    return {c: sorted(p.values(), key=lambda x: x.key) for c, p in out.items()}


def student_names(ids: Iterable[int]) -> dict[int, Pupil]:
    wanted = set(ids)
    if not wanted:
        return {}
    out: dict[int, Pupil] = {}
    for sid, surname, name, patronymic in rows(
            Student.select(Student.id, Student.surname, Student.name, Student.patronymic)
            .where(Student.id.in_(sorted(wanted)))):
        out[int(sid)] = Pupil(int(sid), f"{surname} {name}".strip(), person_key_ru(surname, name, patronymic))
    return out


def period_marks(ctx: Context, period_id: int) -> list[tuple[int, int, int, str]]:
    """(class, subject, student, value) of the period marks the actor may see."""
    query = (PeriodMark.select(PeriodMark.school_class, PeriodMark.subject, PeriodMark.student,
                               PeriodMark.value)
             .where((PeriodMark.year == ctx.year_id) & (PeriodMark.kind == ctx.period_kind)
                    & (PeriodMark.period_key == period_id)))
    if ctx.school_class is not None:
        query = query.where(PeriodMark.school_class == ctx.school_class.id)
    scope = ctx.pair_scope()
    out = []
    for cid, sub, sid, value in rows(query):
        if ctx.sees_mark(scope, int(cid), int(sub), int(sid)):
            out.append((int(cid), int(sub), int(sid), str(value)))
    return out


def _lesson_query(ctx: Context, model: Any, *fields: Any) -> Any:
    query = (model.select(*fields)
             .join(Lesson, on=(model.lesson == Lesson.id))
             .join(Assignment, on=(Lesson.assignment == Assignment.id))
             .where(Assignment.year == ctx.year_id))
    return ctx.narrow(query, Lesson.assignment)


_VALUES: dict[str, Fraction | None] = {}
_WEIGHTS: dict[object, Fraction] = {}


def mark_value(text: str) -> Fraction | None:
    """The value of a stored mark («4-» → 3.75); None for a text the journal cannot read. Cached."""
    if text not in _VALUES:
        try:
            _VALUES[text] = parse_mark(text, allow_modifiers=True, lowest=1).value
        except DomainError:
            _VALUES[text] = None
    return _VALUES[text]


def _weight(weight: object) -> Fraction:
    if weight is None:
        return Fraction(1)
    found = _WEIGHTS.get(weight)
    if found is None:
        found = _WEIGHTS[weight] = Fraction(Decimal(str(weight)))
    return found


def current_marks(ctx: Context, span: DateRange) -> list[MarkRow]:
    """Current marks in lessons of the covered assignments within ``span``."""
    query = _lesson_query(ctx, Mark, Lesson.assignment, Lesson.id, Lesson.date, Lesson.number, Mark.student,
                          Mark.value, Mark.weight, Mark.work_kind).where(
        Lesson.date.between(span.start, span.end))
    out = []
    covered = ctx.assignments
    for aid, lid, day, number, sid, value, weight, wk in query.tuples().iterator():
        if aid not in covered:
            continue
        out.append(MarkRow(aid, lid, day, number, sid, mark_value(str(value)), _weight(weight),
                           None if wk is None else int(wk)))
    return out


def mark_groups(ctx: Context, span: DateRange) -> dict[tuple[int, int], list[tuple[Fraction | None, Fraction, int]]]:
    """(assignment, student) → [(value, weight, how many)]: the marks grouped by the database."""
    query = (_lesson_query(ctx, Mark, Lesson.assignment, Mark.student, Mark.value, Mark.weight, fn.COUNT(Mark.id))
             .where(Lesson.date.between(span.start, span.end))
             .group_by(Lesson.assignment, Mark.student, Mark.value, Mark.weight))
    out: dict[tuple[int, int], list[tuple[Fraction | None, Fraction, int]]] = defaultdict(list)
    for a, s, value, weight, n in rows(query):
        if int(a) in ctx.assignments:
            out[(int(a), int(s))].append((mark_value(str(value)), _weight(weight), int(n)))
    return dict(out)


def mark_counts(ctx: Context, span: DateRange) -> dict[tuple[int, int], int]:
    """(assignment, student) → number of current marks within ``span`` (counted by the database)."""
    query = (_lesson_query(ctx, Mark, Lesson.assignment, Mark.student, fn.COUNT(Mark.id))
             .where(Lesson.date.between(span.start, span.end))
             .group_by(Lesson.assignment, Mark.student))
    return {(int(a), int(s)): int(n) for a, s, n in rows(query) if int(a) in ctx.assignments}


def lesson_mark_counts(ctx: Context, span: DateRange) -> dict[tuple[int, int], int]:
    """(lesson, student) → number of current marks, for lessons within ``span``."""
    query = (_lesson_query(ctx, Mark, Lesson.assignment, Lesson.id, Mark.student, fn.COUNT(Mark.id))
             .where(Lesson.date.between(span.start, span.end))
             .group_by(Lesson.assignment, Lesson.id, Mark.student))
    return {(int(lid), int(s)): int(n) for a, lid, s, n in rows(query) if int(a) in ctx.assignments}


def absences(ctx: Context, span: DateRange) -> list[tuple[int, int, dt.date, int, str]]:
    """(assignment, lesson, date, student, code) of the absences within ``span``."""
    query = _lesson_query(ctx, Absence, Lesson.assignment, Lesson.id, Lesson.date, Absence.student,
                          Absence.code).where(Lesson.date.between(span.start, span.end))
    return [(int(a), int(lid), d, int(s), str(c)) for a, lid, d, s, c in rows(query)
            if int(a) in ctx.assignments]


@dataclass(frozen=True)
class LessonRow:
    id: int
    assignment_id: int
    date: dt.date
    number: int
    teacher_id: int
    topic: str
    homework: str
    work_kind_id: int | None
    plan_topic_id: int | None


def lessons(ctx: Context, span: DateRange) -> list[LessonRow]:
    query = (Lesson.select(Lesson.id, Lesson.assignment, Lesson.date, Lesson.number, Lesson.teacher,
                           Lesson.topic, Lesson.homework, Lesson.work_kind, Lesson.plan_topic)
             .join(Assignment, on=(Lesson.assignment == Assignment.id))
             .where((Assignment.year == ctx.year_id) & Lesson.date.between(span.start, span.end)))
    query = ctx.narrow(query, Lesson.assignment)
    return [LessonRow(int(i), int(a), d, int(n), int(te), str(tp or ""), str(hw or ""),
                      None if wk is None else int(wk), None if pt is None else int(pt))
            for i, a, d, n, te, tp, hw, wk, pt in rows(query) if int(a) in ctx.assignments]


def holidays(ctx: Context) -> list[DateRange]:
    return [DateRange(s, e) for s, e in rows(
        Holiday.select(Holiday.start, Holiday.end).where(Holiday.year == ctx.year_id))]


def scheduled(ctx: Context, span: DateRange) -> dict[int, set[tuple[dt.date, int]]]:
    """(date, lesson number) the timetable and substitutions put in ``span``, per covered assignment."""
    off = holidays(ctx)
    out: dict[int, set[tuple[dt.date, int]]] = defaultdict(set)
    query = (TimetableEntry.select(TimetableEntry.assignment, TimetableEntry.weekday, TimetableEntry.number,
                                   TimetableEntry.valid_from, TimetableEntry.valid_to)
             .join(Assignment, on=(TimetableEntry.assignment == Assignment.id))
             .where(Assignment.year == ctx.year_id))
    for aid, weekday, number, vfrom, vto in rows(query):
        if int(aid) not in ctx.assignments:
            continue
        start = max(span.start, vfrom, ctx.year_start)
        end = min(span.end, vto or span.end, ctx.year_end)
        if end < start:
            continue
        for day in lesson_dates(DateRange(start, end), int(weekday), off, ctx.days_per_week):
            out[int(aid)].add((day, int(number)))
    subs = (Substitution.select(Substitution.assignment, Substitution.date, Substitution.number)
            .where(Substitution.date.between(span.start, span.end)))
    for aid, day, number in rows(subs):
        if int(aid) in ctx.assignments:
            out[int(aid)].add((day, int(number)))
    return dict(out)


def study_weeks(ctx: Context, span: DateRange) -> Fraction:
    """School weeks in ``span``: school days (not holidays, not Sundays) / days per week."""
    off = holidays(ctx)
    days = 0
    for day in span.each_day():
        if day.isoweekday() > ctx.days_per_week:
            continue
        if any(day in h for h in off):
            continue
        if not ctx.year_start <= day <= ctx.year_end:
            continue
        days += 1
    return Fraction(days, ctx.days_per_week)
