"""A journal page: one assignment × one period, pre-shaped for the grid and for printing.

Loaded with a handful of set-based queries (tuples, no model instances), so
a 35 × 150 page loads in a few milliseconds.  Permission: VIEW_JOURNAL on the
assignment (a teacher: own assignments and pages where they substitute; a
homeroom teacher: every subject of the own class; the administration: all).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from ejournal_desktop.domain.averages import (
    RoundingRule,
    plain_mean,
    suggest_period_mark,
    to_fraction,
    weighted_mean,
)
from ejournal_desktop.domain.errors import DomainError
from ejournal_desktop.domain.marks import AbsenceCode, parse_mark
from ejournal_desktop.domain.periods import DateRange
from ejournal_desktop.domain.text import person_key_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import (
    Actor,
    Standing,
    relations_for_assignment,
    require,
    standing,
)
from ejournal_desktop.services.errors import NotFound, ValidationError
from ejournal_desktop.services.journal import CellState, MarkState
from ejournal_desktop.services.lessons import (
    AssignmentInfo,
    info_from_row,
    lock_from_facts,
    slots_from,
)
from ejournal_desktop.services.periods import PERIOD_MARK_KIND, PeriodMarkState
from ejournal_desktop.services.permissions import Action, Role, decide
from ejournal_desktop.store import page_queries as pq
from ejournal_desktop.store.models import (
    Lesson,
    Subject,
    Substitution,
    WorkKind,
)
from ejournal_desktop.store.queries import first_row, rows_of


@dataclass(frozen=True)
class PageRow:
    student_id: int
    number: int
    full_name: str
    short_name: str
    active_from: dt.date
    active_to: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        return self.active_from <= day and (self.active_to is None or day <= self.active_to)


@dataclass
class PageColumn:
    date: dt.date
    number: int
    lesson_id: int | None = None
    version: int = 0
    topic: str = ""
    homework: str = ""
    lesson_type: str = ""
    work_kind_id: int | None = None
    plan_topic_id: int | None = None
    teacher_id: int | None = None
    substituted: bool = False  # a substitution is registered for this lesson
    scheduled: bool = True  # in the timetable (or a substitution) — False for a held lesson the timetable lost
    can_edit_marks: bool = False
    can_edit_attendance: bool = False
    can_edit_lesson: bool = False
    needs_reason: bool = False
    lock: str = ""  # why the column is read-only for this user ('' if editable)
    who_unlocks: str = ""


@dataclass
class JournalPage:
    info: AssignmentInfo
    period_id: int
    period_name: str
    period_start: dt.date
    period_end: dt.date
    period_closed: bool
    period_mark_kind: str
    rows: list[PageRow]
    columns: list[PageColumn]
    cells: dict[tuple[int, int], CellState]  # (row index, column index) → non-empty cell
    period_marks: dict[int, PeriodMarkState]  # student id → mark
    rule: RoundingRule
    work_kinds: dict[int, tuple[str, str, Decimal]]  # id → (code, name, weight)
    can_edit_period_marks: bool = False
    period_marks_need_reason: bool = False
    readonly_reason: str = ""
    row_index: dict[int, int] = field(default_factory=dict)

    def cell(self, row: int, col: int) -> CellState:
        found = self.cells.get((row, col))
        if found is not None:
            return found
        return CellState(self.columns[col].lesson_id, self.rows[row].student_id)

    def marks_of(self, row: int) -> list[MarkState]:
        out: list[MarkState] = []
        for col in range(len(self.columns)):
            c = self.cells.get((row, col))
            if c is not None:
                out.extend(c.marks)
        return out

    def means(self, row: int) -> tuple[Fraction | None, Fraction | None, int | None]:
        """Plain mean, weighted mean and the suggested period mark of one student."""
        values: list[tuple[Fraction, Fraction]] = []
        for m in self.marks_of(row):
            try:
                v = parse_mark(m.value, allow_modifiers=True, lowest=1).value
            except ValueError:
                continue
            values.append((v, to_fraction(m.weight)))
        plain = plain_mean(v for v, _ in values)
        weighted = weighted_mean(values)
        return plain, weighted, suggest_period_mark(weighted, self.rule)


def load_page(
    actor: Actor, assignment_id: int, period_id: int, *, today: dt.date | None = None
) -> JournalPage:
    # Every fact a check needs is read afresh here, a few statements in all (store/page_queries.py):
    # the page and its locks, the actor's standing, the school settings, the calendar of the span.
    facts = pq.page_facts(assignment_id, period_id, PAGE_SETTINGS)
    if facts is None:
        raise NotFound(tr("Journal", "Страница журнала не найдена (нагрузка №%d).") % assignment_id)
    info = info_from_row(facts[:14])
    subject_rule = str(facts[14] or "")
    pid, pname, pstart, pend, pclosed, pyear, pkind, certified = facts[15:23]
    settings = {key: school_settings.decode(key, raw) for key, raw in zip(PAGE_SETTINGS, facts[23:], strict=True)}
    st = standing(actor)
    rel = relations_for_assignment(st, assignment_id, class_id=info.class_id, teacher_id=info.teacher_id)
    substitute_only = False
    if not decide(Action.VIEW_JOURNAL, rel).allowed:
        if Substitution.select(Substitution.id).where(
            (Substitution.assignment == assignment_id) & (Substitution.substitute == actor.user_id)
        ).exists():
            substitute_only = True
        else:
            require(Action.VIEW_JOURNAL, rel, what=info.where)
    if pid is None:
        raise NotFound(tr("Journal", "Учебный период не найден."))
    if int(pyear) != info.year_id:
        raise ValidationError(tr("Journal", "Период относится к другому учебному году."))
    pstart, pend = pq.to_date(pstart), pq.to_date(pend)
    current = today or dt.date.today()
    rows = _rows(info, pstart, pend)
    columns, subs = _columns(info, DateRange(pstart, pend))
    page = JournalPage(
        info=info, period_id=int(pid), period_name=str(pname), period_start=pstart, period_end=pend,
        period_closed=bool(pclosed), period_mark_kind=str(PERIOD_MARK_KIND[str(pkind)]),
        rows=rows, columns=columns, cells={}, period_marks={},
        rule=_rounding_rule(subject_rule, settings["rounding_rule"]),
        work_kinds={int(i): (str(c), str(n), Decimal(w)) for i, c, n, w in
                    WorkKind.select(WorkKind.id, WorkKind.code, WorkKind.name, WorkKind.weight)
                    .order_by(WorkKind.position).tuples()},
    )
    page.row_index = {r.student_id: i for i, r in enumerate(rows)}
    _fill_cells(page)
    _fill_period_marks(page)
    mine = {key for key, substitute in subs.items() if substitute == actor.user_id}
    _permissions(page, st, rel, _Locks(bool(certified), int(settings["edit_window_days"]), settings, mine),
                 substitute_only, current)
    return page


# the school settings a page needs, read with the page's facts
PAGE_SETTINGS = ("rounding_rule", "edit_window_days", *school_settings.PERMISSION_SETTINGS)


def _rounding_rule(subject_rule: str, school_rule: Any) -> RoundingRule:
    """The subject's own rule when it has a valid one, else the school's (as settings.rounding_rule)."""
    if subject_rule:
        try:
            return RoundingRule.from_json(json.loads(subject_rule))
        except (DomainError, ValueError, TypeError, KeyError):
            pass
    return RoundingRule.from_json(school_rule)


@dataclass(frozen=True)
class _Locks:
    """What the page's checks read along with the page (afresh, in the same call)."""

    certified: bool
    window: int  # the school's editing window, days (0: none)
    settings: dict[str, Any]  # the PAGE_SETTINGS (the permission cells among them)
    substitutions_mine: set[tuple[dt.date, int]]  # (date, number) the actor substitutes on this page


def _rows(info: AssignmentInfo, start: dt.date, end: dt.date) -> list[PageRow]:
    seen: dict[int, PageRow] = {}
    keys: dict[int, tuple[object, ...]] = {}
    for sid, surname, name, patronymic, dfrom, dto in pq.enrolled_students(
            info.class_id, info.subgroup_id, start, end):
        dfrom, dto = pq.to_date(dfrom), pq.as_date(dto)
        keys[int(sid)] = person_key_ru(surname, name, patronymic)
        full = " ".join(p for p in (surname, name, patronymic) if p)
        short = f"{surname} {name}"
        prev = seen.get(sid)
        if prev is not None:  # re-enrolled within the period: one row spanning both
            dto = None if prev.active_to is None or dto is None else max(prev.active_to, dto)
            dfrom = min(prev.active_from, dfrom)
        seen[int(sid)] = PageRow(int(sid), 0, full, short, dfrom, dto)
    ordered = sorted(seen.values(), key=lambda r: keys[r.student_id])
    shown = Counter(r.short_name for r in ordered)
    # namesakes in one class («Емельянов Арсений» twice) are told apart by the patronymic
    return [PageRow(r.student_id, i + 1, r.full_name,
                    r.full_name if shown[r.short_name] > 1 else r.short_name, r.active_from, r.active_to)
            for i, r in enumerate(ordered)]


def _columns(info: AssignmentInfo, span: DateRange
             ) -> tuple[list[PageColumn], dict[tuple[dt.date, int], int]]:
    """The page's columns, and its substitutions in the span: (date, number) → substitute."""
    entries: list[tuple[int, int, dt.date, dt.date | None]] = []
    holidays: list[DateRange] = []
    subs: dict[tuple[dt.date, int], int] = {}
    for kind, a, n, d1, d2 in pq.calendar(info.id, info.year_id, span.start, span.end):
        if kind == pq.CAL_TIMETABLE:
            entries.append((int(a), int(n), pq.to_date(d1), pq.as_date(d2)))
        elif kind == pq.CAL_HOLIDAY:
            holidays.append(DateRange(pq.to_date(d1), pq.to_date(d2)))
        else:
            subs[(pq.to_date(d1), int(n))] = int(a)
    slots = {key: PageColumn(key[0], key[1]) for key in slots_from(info, span, entries, holidays)}
    for key in subs:
        slots.setdefault(key, PageColumn(key[0], key[1]))
    for lid, d, n, ver, topic, hw, ltype, wk, pt, teacher in pq.lessons(info.id, span.start, span.end):
        key = (pq.to_date(d), int(n))
        col = slots.get(key)
        if col is None:
            col = slots[key] = PageColumn(key[0], int(n), scheduled=False)
        col.lesson_id, col.version, col.topic, col.homework = int(lid), int(ver), topic, hw
        col.lesson_type, col.work_kind_id, col.plan_topic_id, col.teacher_id = ltype, wk, pt, teacher
    for key, teacher_id in subs.items():
        slots[key].substituted = True
        if slots[key].teacher_id is None:
            slots[key].teacher_id = teacher_id
    return [slots[k] for k in sorted(slots)], subs


def _fill_cells(page: JournalPage) -> None:
    col_of = {c.lesson_id: i for i, c in enumerate(page.columns) if c.lesson_id is not None}
    if not col_of:
        return
    span = (page.period_start, page.period_end)
    row_of = page.row_index
    marks: dict[tuple[int, int], list[MarkState]] = {}
    weights: dict[object, Decimal] = {}  # one Decimal per distinct weight, not one per mark
    for lid, sid, mid, value, ver, weight, wk in pq.marks(page.info.id, *span):
        row = row_of.get(sid)
        if row is None:
            continue
        w = weights.get(weight)
        if w is None:
            w = weights[weight] = Decimal(str(weight))
        key = (row, col_of[lid])
        state = MarkState(mid, value, ver, w, wk)
        found = marks.get(key)
        if found is None:
            marks[key] = [state]
        else:
            found.append(state)
    lesson_ids = [c.lesson_id for c in page.columns]
    student_ids = [r.student_id for r in page.rows]
    cells = page.cells
    for lid, sid, aid, code, ver in pq.absences(page.info.id, *span):
        row = row_of.get(sid)
        if row is not None:
            col = col_of[lid]
            cells[(row, col)] = CellState(lesson_ids[col], student_ids[row], tuple(marks.pop((row, col), ())),
                                          _ABSENCE_CODES.get(code) or AbsenceCode(code), int(aid), int(ver))
    for (row, col), found in marks.items():
        cells[(row, col)] = CellState(lesson_ids[col], student_ids[row], tuple(found))


_ABSENCE_CODES = {c.value: c for c in AbsenceCode}


def _fill_period_marks(page: JournalPage) -> None:
    for sid, mid, value, ver in pq.period_marks(page.info.subject_id, page.info.year_id,
                                                page.period_mark_kind, page.period_id, page.info.class_id):
        if sid in page.row_index:
            page.period_marks[int(sid)] = PeriodMarkState(int(mid), str(value), int(ver))


def _permissions(
    page: JournalPage, st: Standing, rel: Iterable[Role], locks: _Locks, substitute_only: bool, today: dt.date
) -> None:
    rel = set(rel)
    settings = {k: locks.settings[k] for k in school_settings.PERMISSION_SETTINGS}
    info = page.info
    is_admin = Role.ADMIN in st.roles
    base = {a: decide(a, rel, settings) for a in (Action.EDIT_MARKS, Action.EDIT_ATTENDANCE,
                                                   Action.EDIT_LESSON, Action.EDIT_PERIOD_MARKS)}
    with_teacher = {a: decide(a, rel | {Role.TEACHER}, settings) for a in base}
    # Every column lies in the page's period, so the lock depends on the date only
    # through the editing window: two answers at most.
    period = (page.period_name, page.period_closed)
    lock_cache: dict[bool, tuple[str, str]] = {}
    window = locks.window
    for col in page.columns:
        decisions = with_teacher if (col.date, col.number) in locks.substitutions_mine else base
        past_window = bool(window) and (today - col.date).days > window
        if past_window not in lock_cache:
            lock_cache[past_window] = lock_from_facts(info, period, col.date, certified=locks.certified,
                                                      window=window, today=today)
        lock, who = lock_cache[past_window]
        if col.date > today:
            lock, who = tr("Journal", "Урок ещё не проведён."), ""
        col.lock, col.who_unlocks = lock, who
        open_for = (not lock) or (is_admin and col.date <= today)
        marks_ok = decisions[Action.EDIT_MARKS]
        col.can_edit_marks = open_for and marks_ok.allowed and info.marks_allowed
        col.can_edit_attendance = open_for and decisions[Action.EDIT_ATTENDANCE].allowed
        col.can_edit_lesson = open_for and decisions[Action.EDIT_LESSON].allowed
        col.needs_reason = bool(lock) or any(
            decisions[a].allowed and decisions[a].needs_reason
            for a in (Action.EDIT_MARKS, Action.EDIT_ATTENDANCE, Action.EDIT_LESSON))
        if not lock and not (col.can_edit_marks or col.can_edit_attendance or col.can_edit_lesson):
            col.lock = tr("Journal", "Это не ваша страница журнала: только просмотр.")
            col.who_unlocks = tr("Journal", "учитель, ведущий предмет")
    pm = base[Action.EDIT_PERIOD_MARKS]
    # as periods.put_period_mark: a closed period or a certified year takes an admin correction
    page.can_edit_period_marks = pm.allowed and info.marks_allowed and not substitute_only and (
        not (page.period_closed or locks.certified) or is_admin)
    page.period_marks_need_reason = pm.needs_reason or page.period_closed
    if substitute_only:
        page.readonly_reason = tr("Journal", "Вы ведёте на этой странице только уроки замены.")
    elif not any(c.can_edit_marks or c.can_edit_attendance or c.can_edit_lesson for c in page.columns):
        page.readonly_reason = (page.columns[0].lock if page.columns else "") or tr(
            "Journal", "Только просмотр.")


def assignments_for(actor: Actor, year_id: int) -> list[tuple[int, str, str, str]]:
    """Pages this user may open in a year: (assignment id, class name, subject, teacher short name).

    A teacher: own assignments and those with a substitution of theirs; a homeroom
    teacher adds every subject of the own class; the administration sees all.
    """
    from ejournal_desktop.store.models import Assignment, SchoolClass, User

    st = standing(actor)
    query = (
        Assignment.select(Assignment.id, SchoolClass.level, SchoolClass.letter, SchoolClass.title,
                          SchoolClass.extracurricular, Subject.name, User.surname, User.name,
                          User.patronymic, Assignment.teacher, SchoolClass.id, Assignment.subgroup)
        .join(SchoolClass, on=(Assignment.school_class == SchoolClass.id))
        .switch(Assignment).join(Subject, on=(Assignment.subject == Subject.id))
        .switch(Assignment).join(User, on=(Assignment.teacher == User.id))
        .where(Assignment.year == year_id)
        .order_by(SchoolClass.level, SchoolClass.letter, SchoolClass.title, Subject.name)
    )
    everything = bool(st.roles & {Role.ADMIN, Role.DIRECTOR, Role.DEPUTY})
    substituting = {
        int(a) for (a,) in Substitution.select(Substitution.assignment)
        .where(Substitution.substitute == actor.user_id).tuples()
    }
    out: list[tuple[int, str, str, str]] = []
    from ejournal_desktop.store.models import Subgroup

    subgroup_names = {int(i): str(n) for i, n in Subgroup.select(Subgroup.id, Subgroup.name).tuples()}
    for (aid, level, letter, title, extra, subject, surname, name, patronymic, teacher, cid,
         subgroup) in query.tuples():
        mine = teacher == actor.user_id or aid in substituting or cid in st.homeroom_class_ids
        if not (everything or mine):
            continue
        cname = str(title) if extra else f"{level}{letter}"
        sname = str(subject) + (f" ({subgroup_names.get(subgroup, '')})" if subgroup else "")
        initials = "".join(f"{p[0]}." for p in (name, patronymic) if p)
        out.append((int(aid), cname, sname, f"{surname} {initials}"))
    return out


# --- what the page chooser offers ----------------------------------------------------------------


def years() -> list[tuple[int, str, dt.date, dt.date]]:
    """Academic years, newest first: (id, «2025/2026», start, end)."""
    from ejournal_desktop.store.models import AcademicYear

    return [
        (int(i), str(n), s, e)
        for i, n, s, e in rows_of(
            AcademicYear.select(AcademicYear.id, AcademicYear.name, AcademicYear.start,
                                AcademicYear.end).order_by(AcademicYear.start.desc())
        )
    ]


def periods(year_id: int) -> list[tuple[int, str, dt.date, dt.date, bool]]:
    """Periods of a year in order: (id, name, start, end, closed)."""
    from ejournal_desktop.store.models import Period

    return [
        (int(i), str(n), s, e, bool(c))
        for i, n, s, e, c in rows_of(
            Period.select(Period.id, Period.name, Period.start, Period.end, Period.closed)
            .where(Period.year == year_id).order_by(Period.number)
        )
    ]


def next_plan_topic(assignment_id: int) -> tuple[int, str] | None:
    """The first КТП topic of the assignment's plan not yet given to one of its lessons."""
    from ejournal_desktop.store.models import Assignment, PlanTopic, SchoolClass, ThematicPlan

    row = first_row(
        Assignment.select(Assignment.plan, Assignment.year, Assignment.subject, SchoolClass.level)
        .join(SchoolClass, on=(Assignment.school_class == SchoolClass.id))
        .where(Assignment.id == assignment_id)
    )
    if row is None:
        return None
    plan_id, year_id, subject_id, level = row
    if plan_id is None:
        found = first_row(
            ThematicPlan.select(ThematicPlan.id)
            .where((ThematicPlan.year == year_id) & (ThematicPlan.subject == subject_id)
                   & (ThematicPlan.level == level))
            .order_by(ThematicPlan.id)
        )
        if found is None:
            return None
        plan_id = found[0]
    used = (
        Lesson.select(Lesson.plan_topic)
        .where((Lesson.assignment == assignment_id) & Lesson.plan_topic.is_null(False))
    )
    topic = first_row(
        PlanTopic.select(PlanTopic.id, PlanTopic.title)
        .where((PlanTopic.plan == plan_id) & PlanTopic.id.not_in(used))
        .order_by(PlanTopic.number)
    )
    return (int(topic[0]), str(topic[1])) if topic else None


def plan_topic_title(plan_topic_id: int) -> str:
    from ejournal_desktop.store.models import PlanTopic

    row = first_row(PlanTopic.select(PlanTopic.title).where(PlanTopic.id == plan_topic_id))
    return str(row[0]) if row else ""
