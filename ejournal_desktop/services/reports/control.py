"""Control of journal keeping (the deputy's reports, seeds 000 §3.5, 004 §3.5 and §9).

накопляемость отметок, своевременность заполнения, итоговые отметки в срок,
активность работы в журнале.  The computations are functions returning plain
records, so the teacher's report and the director's monthly report
(:mod:`.monthly`, seed 000 §5.1) reuse them.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from peewee import JOIN, fn

from ejournal_desktop.domain.periods import DateRange, format_date_ru
from ejournal_desktop.i18n import noop
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.errors import ValidationError
from ejournal_desktop.services.permissions import Role
from ejournal_desktop.services.reports.base import (
    Column,
    Kind,
    Param,
    Report,
    ReportParams,
    ReportResult,
    ReportTable,
    Tally,
    Value,
    plural_days,
    register,
    share,
    t,
)
from ejournal_desktop.services.reports.context import (
    AssignmentRow,
    Context,
    LessonRow,
    Pupil,
    lesson_mark_counts,
    lessons,
    mark_counts,
    need_period,
    report_context,
    roster,
    rows,
    scheduled,
)
from ejournal_desktop.store.models import (
    Assignment,
    AuditEntry,
    Bell,
    Lesson,
    Mark,
    PeriodMark,
    User,
    UserRole,
    WorkKind,
)

JOURNAL_ACTIONS = ("mark.put", "mark.change", "mark.clear", "absence.set", "absence.change", "absence.clear",
                   "lesson.create", "lesson.update", "period_mark.put", "period_mark.change", "period_mark.clear")
END_OF_DAY = dt.time(23, 59, 59)


def start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0))


def delay_text(delta: dt.timedelta) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return t("%d дн. %d ч") % (days, hours)
    if hours:
        return t("%d ч %d мин") % (hours, mins)
    return t("%d мин") % mins


# --- accumulation of marks ----------------------------------------------------------------------------------


@dataclass
class Accumulation:
    assignment: AssignmentRow
    held: int  # lessons counted
    minimum: int | None  # None: not checked (the period is not over, or the last N lessons)
    counts: list[tuple[Pupil, int]]  # each student and the number of marks

    @property
    def no_marks(self) -> list[Pupil]:
        return [p for p, n in self.counts if n == 0]

    @property
    def one_mark(self) -> list[Pupil]:
        return [p for p, n in self.counts if n == 1]

    @property
    def below_minimum(self) -> list[Pupil]:
        if self.minimum is None:
            return []
        return [p for p, n in self.counts if n < self.minimum]


def school_minimum(hours: object, extra: int) -> int:
    """2 × weekly hours + N marks (rounded up for 1.5 hours a week)."""
    return math.ceil(Decimal(str(hours)) * 2) + extra


def accumulation(ctx: Context, span: DateRange, last_lessons: int | None = None) -> list[Accumulation]:
    extra = int(school_settings.get("min_marks_extra"))
    until = min(span.end, ctx.today)
    held_lessons = lessons(ctx, DateRange(ctx.year_start, max(ctx.year_start, until)) if last_lessons
                           else DateRange(span.start, max(span.start, until)))
    per_assignment: dict[int, list[LessonRow]] = defaultdict(list)
    for lesson in held_lessons:
        if lesson.date <= until:
            per_assignment[lesson.assignment_id].append(lesson)
    counted: dict[int, set[int]] = {}
    for aid, items in per_assignment.items():
        items.sort(key=lambda x: (x.date, x.number))
        chosen = items[-last_lessons:] if last_lessons else items
        counted[aid] = {x.id for x in chosen}
    marks: dict[tuple[int, int], int] = defaultdict(int)
    if last_lessons:
        first_day = min((x.date for aid, items in per_assignment.items() for x in items if x.id in counted[aid]),
                        default=span.start)
        by_lesson = lesson_mark_counts(ctx, DateRange(first_day, max(until, first_day)))
        lesson_of = {x.id: x.assignment_id for items in per_assignment.values() for x in items
                     if x.id in counted[x.assignment_id]}
        for (lid, sid), n in by_lesson.items():
            if lid in lesson_of:
                marks[(lesson_of[lid], sid)] += n
    else:
        marks.update(mark_counts(ctx, DateRange(span.start, max(span.start, until))))
    pupils = roster(ctx, ctx.roster_day)
    period_over = last_lessons is None and ctx.today > span.end
    out = []
    for a in ctx.sorted_assignments(marks_only=True):
        students = ctx.students_of(a, pupils)
        out.append(Accumulation(
            a, len(counted.get(a.id, ())), school_minimum(a.hours, extra) if period_over else None,
            [(p, marks.get((a.id, p.id), 0)) for p in students]))
    return out


@register("accumulation")
class AccumulationReport(Report):
    title = noop("Reports", "Накопляемость отметок")
    description = noop("Reports",
                       "Учащиеся без отметок и с одной отметкой по предметам за период или за последние N "
                       "уроков; учащиеся с числом отметок ниже минимума школы.")
    params = frozenset({Param.CLASS, Param.PERIOD, Param.LESSONS})

    def compute(self, actor: Actor, params: ReportParams) -> ReportResult:
        ctx = report_context(self, actor, params)
        n = params.last_lessons
        if n is not None and not 1 <= n <= 200:
            raise ValidationError(t("Число последних уроков должно быть от 1 до 200."))
        data = accumulation(ctx, ctx.span, n)
        extra = int(school_settings.get("min_marks_extra"))
        summary = ReportTable(
            t("По классам и предметам"),
            [Column("class", t("Класс")), Column("subject", t("Предмет")), Column("teacher", t("Учитель")),
             Column("students", t("Учащихся"), Kind.INT), Column("lessons", t("Уроков"), Kind.INT),
             Column("no_marks", t("Без отметок"), Kind.INT), Column("no_marks_share", t("Доля без отметок"),
                                                                    Kind.PERCENT),
             Column("one_mark", t("С одной отметкой"), Kind.INT),
             Column("one_mark_share", t("Доля с одной отметкой"), Kind.PERCENT),
             Column("minimum", t("Минимум"), Kind.INT), Column("below", t("Ниже минимума"), Kind.INT),
             Column("below_share", t("Доля ниже минимума"), Kind.PERCENT)])
        students = ReportTable(
            t("Учащиеся"),
            [Column("class", t("Класс")), Column("subject", t("Предмет")), Column("student", t("Учащийся")),
             Column("marks", t("Отметок"), Kind.INT), Column("minimum", t("Минимум"), Kind.INT),
             Column("problem", t("Замечание"))])
        totals = [0, 0, 0, 0, 0]
        for acc in data:
            a = acc.assignment
            cls = ctx.all_classes[a.class_id]
            total = len(acc.counts)
            below = acc.below_minimum if acc.minimum is not None else None
            summary.rows.append([
                cls.name, a.subject_title, ctx.teacher(a.teacher_id), total, acc.held,
                len(acc.no_marks), share(len(acc.no_marks), total), len(acc.one_mark),
                share(len(acc.one_mark), total), acc.minimum, None if below is None else len(below),
                None if below is None else share(len(below), total)])
            totals[0] += total
            totals[1] += len(acc.no_marks)
            totals[2] += len(acc.one_mark)
            totals[3] += len(below or [])
            totals[4] += acc.held
            for p, count in acc.counts:
                problem = ""
                if count == 0:
                    problem = t("нет отметок")
                elif count == 1:
                    problem = t("одна отметка")
                elif acc.minimum is not None and count < acc.minimum:
                    problem = t("меньше минимума")
                if problem:
                    students.rows.append([cls.name, a.subject_title, p.name, count, acc.minimum, problem])
        checked = data and all(acc.minimum is not None for acc in data)
        summary.totals = [t("Итого"), "", "", totals[0], totals[4], totals[1], share(totals[1], totals[0]),
                          totals[2], share(totals[2], totals[0]), None, totals[3] if checked else None,
                          share(totals[3], totals[0]) if checked else None]
        notes = [t("Доли — от числа учащихся класса (подгруппы), изучающих предмет (столбец «Учащихся»); "
                   "в итоговой строке — от суммы по всем предметам (учащийся считается по каждому предмету).")]
        if n:
            notes.append(t("Считаются отметки за последние %d проведённых уроков каждого предмета "
                           "(столбец «Уроков»).") % n)
        else:
            notes.append(t("Минимум отметок за период: 2 × часов в неделю + %d (настройка школы).") % extra)
            if ctx.today <= ctx.span.end:
                notes.append(t("Период ещё не закончился: минимум отметок будет проверен после %s.")
                             % format_date_ru(ctx.span.end))
        subtitle = ctx.subtitle
        if n:
            subtitle = subtitle.split(" · ")[0] + " · " + t("последние %d уроков на %s") % (
                n, format_date_ru(ctx.until)) + " · " + t("учебный год %s") % ctx.year_name
        return self.result(subtitle, [summary, students], notes)


# --- timeliness ---------------------------------------------------------------------------------------------


@dataclass
class LateEntry:
    lesson: LessonRow
    what: str  # «отметки», «тема», «домашнее задание»
    deadline: dt.datetime
    entered: dt.datetime


@dataclass
class LessonCheck:
    lesson: LessonRow
    late_marks: bool = False
    late_topic: bool = False
    late_homework: bool = False
    no_topic: bool = False
    no_homework: bool = False

    @property
    def late(self) -> bool:
        return self.late_marks or self.late_topic or self.late_homework


@dataclass
class Timeliness:
    checks: list[LessonCheck] = field(default_factory=list)
    late: list[LateEntry] = field(default_factory=list)
    unfilled: list[tuple[AssignmentRow, dt.date, int]] = field(default_factory=list)  # scheduled, no record


def day_deadlines(ctx: Context) -> dict[int, dt.time | None]:
    """Shift → end of its last lesson (None when the shift has no bells)."""
    out: dict[int, dt.time | None] = {}
    for shift, end in rows(Bell.select(Bell.shift, Bell.end)):
        try:
            hh, mm = (int(x) for x in str(end).split(":"))
            moment = dt.time(hh, mm)
        except ValueError:
            continue
        current = out.get(int(shift))
        if current is None or moment > current:
            out[int(shift)] = moment
    return out


def timeliness(ctx: Context, span: DateRange) -> Timeliness:
    grace = dt.timedelta(minutes=int(school_settings.get("entry_grace_minutes")))
    last_bell = day_deadlines(ctx)
    kind_days = {int(i): int(d) for i, d in rows(WorkKind.select(WorkKind.id, WorkKind.deadline_days))}
    until = min(span.end, ctx.today)
    result = Timeliness()
    if until < span.start:
        return result
    span = DateRange(span.start, until)
    held = lessons(ctx, span)
    by_id = {x.id: x for x in held}

    def day_deadline(lesson: LessonRow, days: int) -> dt.datetime:
        if days > 0:
            return dt.datetime.combine(lesson.date + dt.timedelta(days=days), END_OF_DAY)
        cls = ctx.all_classes[ctx.assignments[lesson.assignment_id].class_id]
        end = last_bell.get(cls.shift) or last_bell.get(1)
        if end is None:
            return dt.datetime.combine(lesson.date, END_OF_DAY)
        return dt.datetime.combine(lesson.date, end) + grace

    in_span = ctx.narrow(Lesson.select(Lesson.id).join(Assignment, on=(Lesson.assignment == Assignment.id))
                         .where((Assignment.year == ctx.year_id) & Lesson.date.between(span.start, span.end)),
                         Lesson.assignment)
    # the latest entry of a mark per lesson and kind of work (a deleted mark: the lesson's kind)
    late_marks: dict[int, tuple[dt.datetime, dt.datetime]] = {}  # lesson → (deadline, latest late entry)
    latest = (AuditEntry.select(AuditEntry.lesson, Mark.work_kind, fn.MAX(AuditEntry.at))
              .join(Mark, JOIN.LEFT_OUTER, on=(Mark.id == AuditEntry.entity_id))
              .where((AuditEntry.action == "mark.put") & AuditEntry.lesson.in_(in_span))
              .group_by(AuditEntry.lesson, Mark.work_kind))
    for lid, kind, at in rows(latest):
        lesson = by_id.get(int(lid))
        if lesson is None or at is None:
            continue
        kind = lesson.work_kind_id if kind is None else int(kind)
        deadline = day_deadline(lesson, kind_days.get(kind, 0) if kind is not None else 0)
        if at > deadline:
            prev = late_marks.get(lesson.id)
            if prev is None or at > prev[1]:
                late_marks[lesson.id] = (deadline, at)
    topic_at: dict[int, dt.datetime] = {}
    homework_at: dict[int, dt.datetime] = {}
    updates = (AuditEntry.select(AuditEntry.lesson, AuditEntry.at, AuditEntry.new)
               .where((AuditEntry.action == "lesson.update") & AuditEntry.lesson.in_(in_span))
               .order_by(AuditEntry.at, AuditEntry.id))
    for lid, at, new in rows(updates):
        lesson = by_id.get(int(lid))
        if lesson is None:
            continue
        try:
            changes = json.loads(new) if new else {}
        except ValueError:
            changes = {}
        if not isinstance(changes, dict):
            continue
        if str(changes.get("topic") or "").strip() and lesson.id not in topic_at:
            topic_at[lesson.id] = at
        if str(changes.get("homework") or "").strip() and lesson.id not in homework_at:
            homework_at[lesson.id] = at
    for lesson in sorted(held, key=lambda x: (x.date, x.number, x.id)):
        cls = ctx.all_classes[ctx.assignments[lesson.assignment_id].class_id]
        check = LessonCheck(lesson)
        deadline = day_deadline(lesson, 0)
        if lesson.id in late_marks:
            check.late_marks = True
            d, at = late_marks[lesson.id]
            result.late.append(LateEntry(lesson, t("отметки"), d, at))
        if lesson.topic.strip():
            at_topic = topic_at.get(lesson.id)
            if at_topic is not None and at_topic > deadline:
                check.late_topic = True
                result.late.append(LateEntry(lesson, t("тема"), deadline, at_topic))
        else:
            check.no_topic = True
        if cls.homework_allowed:
            if lesson.homework.strip():
                at_hw = homework_at.get(lesson.id)
                if at_hw is not None and at_hw > deadline:
                    check.late_homework = True
                    result.late.append(LateEntry(lesson, t("домашнее задание"), deadline, at_hw))
            else:
                check.no_homework = True
        result.checks.append(check)
    held_slots = {(x.assignment_id, x.date, x.number) for x in held}
    for aid, slots in scheduled(ctx, span).items():
        a = ctx.assignments[aid]
        for day, number in sorted(slots):
            if (aid, day, number) not in held_slots and day < ctx.today:
                result.unfilled.append((a, day, number))
    return result


@dataclass
class TeacherTimeliness(Tally):
    held: int = 0
    unfilled: int = 0
    late_marks: int = 0
    late_topic: int = 0
    late_homework: int = 0
    late: int = 0
    no_topic: int = 0
    no_homework: int = 0

    def add(self, c: LessonCheck) -> None:
        self.held += 1
        self.late_marks += c.late_marks
        self.late_topic += c.late_topic
        self.late_homework += c.late_homework
        self.late += c.late
        self.no_topic += c.no_topic
        self.no_homework += c.no_homework

    def cells(self) -> list[Value]:
        return [self.held, self.unfilled, self.late_marks, self.late_topic, self.late_homework, self.late,
                share(self.held - self.late, self.held), self.no_topic, self.no_homework]


def timeliness_columns() -> list[Column]:
    return [
        Column("held", t("Уроков в журнале"), Kind.INT),
        Column("unfilled", t("Не заполнено уроков"), Kind.INT),
        Column("late_marks", t("Отметки с опозданием"), Kind.INT),
        Column("late_topic", t("Тема с опозданием"), Kind.INT),
        Column("late_homework", t("Д/з с опозданием"), Kind.INT),
        Column("late", t("Уроков с опозданием"), Kind.INT),
        Column("on_time", t("Заполнено в срок"), Kind.PERCENT),
        Column("no_topic", t("Без темы"), Kind.INT),
        Column("no_homework", t("Без д/з"), Kind.INT),
    ]


def deadline_notes() -> list[str]:
    grace = int(school_settings.get("entry_grace_minutes"))
    kinds = ", ".join(f"{n} — {d} {plural_days(int(d))}" for n, d in rows(
        WorkKind.select(WorkKind.name, WorkKind.deadline_days).where(WorkKind.deadline_days > 0)
        .order_by(WorkKind.position)))
    notes = [
        t("Срок: в день урока, не позднее %d мин. после окончания последнего урока смены (по звонкам).") % grace,
        t("Время внесения — по журналу аудита (первое внесение темы и д/з, каждое выставление отметки)."),
        t("«Заполнено в срок» — доля уроков в журнале без опозданий; «не заполнено» — уроки по расписанию "
          "без единой записи в журнале."),
    ]
    if kinds:
        notes.insert(1, t("Отметки за письменные и контрольные работы — до конца дня по истечении срока: %s.")
                     % kinds)
    return notes


@register("timeliness")
class TimelinessReport(Report):
    title = noop("Reports", "Своевременность заполнения журнала")
    description = noop("Reports",
                       "Уроки, отметки, темы и домашние задания которых внесены позже срока, по журналу аудита; "
                       "по учителям.")
    params = frozenset({Param.CLASS, Param.PERIOD, Param.DATES})

    def compute(self, actor: Actor, params: ReportParams) -> ReportResult:
        ctx = report_context(self, actor, params)
        data = timeliness(ctx, ctx.span)
        per_teacher: dict[int, TeacherTimeliness] = defaultdict(TeacherTimeliness)
        for c in data.checks:
            per_teacher[c.lesson.teacher_id].add(c)
        for a, _, _ in data.unfilled:
            per_teacher[a.teacher_id].unfilled += 1
        teachers = ReportTable(t("По учителям"), [Column("teacher", t("Учитель")), *timeliness_columns()])
        total = TeacherTimeliness()
        for uid in sorted(per_teacher, key=lambda u: ctx.teacher(u)):
            total.plus(per_teacher[uid])
            teachers.rows.append([ctx.teacher(uid), *per_teacher[uid].cells()])
        teachers.totals = [t("Итого"), *total.cells()]
        late = ReportTable(
            t("Заполнено с опозданием"),
            [Column("date", t("Дата урока"), Kind.DATE), Column("number", t("Урок"), Kind.INT),
             Column("class", t("Класс")), Column("subject", t("Предмет")), Column("teacher", t("Учитель")),
             Column("what", t("Что внесено")), Column("deadline", t("Срок"), Kind.DATETIME),
             Column("entered", t("Внесено"), Kind.DATETIME), Column("delay", t("Опоздание"))])
        for e in sorted(data.late, key=lambda x: (x.lesson.date, x.lesson.number, x.lesson.id, x.what)):
            a = ctx.assignments[e.lesson.assignment_id]
            late.rows.append([e.lesson.date, e.lesson.number, ctx.all_classes[a.class_id].name, a.subject_title,
                              ctx.teacher(e.lesson.teacher_id), e.what, e.deadline, e.entered,
                              delay_text(e.entered - e.deadline)])
        unfilled = ReportTable(
            t("Уроки по расписанию без записей"),
            [Column("date", t("Дата урока"), Kind.DATE), Column("number", t("Урок"), Kind.INT),
             Column("class", t("Класс")), Column("subject", t("Предмет")), Column("teacher", t("Учитель"))])
        for a, day, number in sorted(data.unfilled, key=lambda x: (x[1], x[2], x[0].id)):
            unfilled.rows.append([day, number, ctx.all_classes[a.class_id].name, a.subject_title,
                                  ctx.teacher(a.teacher_id)])
        return self.result(ctx.subtitle, [teachers, late, unfilled], deadline_notes())


# --- period marks on time -----------------------------------------------------------------------------------


ON_TIME_DAYS = 7


@register("period-marks-timing")
class PeriodMarksTimingReport(Report):
    title = noop("Reports", "Итоговые отметки в срок")
    description = noop("Reports",
                       "Отметки за период, выставленные досрочно, в последнюю неделю перед каникулами (в срок), "
                       "с опозданием, и не выставленные.")
    params = frozenset({Param.CLASS, Param.PERIOD})

    def compute(self, actor: Actor, params: ReportParams) -> ReportResult:
        ctx = report_context(self, actor, params)
        period = need_period(ctx)
        window = period.end - dt.timedelta(days=ON_TIME_DAYS - 1)
        query = (PeriodMark.select(PeriodMark.id, PeriodMark.school_class, PeriodMark.subject, PeriodMark.student,
                                   PeriodMark.value, PeriodMark.created_at)
                 .where((PeriodMark.year == ctx.year_id) & (PeriodMark.kind == ctx.period_kind)
                        & (PeriodMark.period_key == period.id)))
        if ctx.school_class is not None:
            query = query.where(PeriodMark.school_class == ctx.school_class.id)
        given: dict[tuple[int, int], tuple[int, str, dt.datetime]] = {}  # (subject, student) → (id, value, at)
        for pid, _, sub, sid, value, created in rows(query):
            given[(int(sub), int(sid))] = (int(pid), str(value), created)
        audit = (AuditEntry.select(AuditEntry.entity_id, AuditEntry.at)
                 .where((AuditEntry.action == "period_mark.put") & (AuditEntry.entity == "period_mark")
                        & (AuditEntry.at >= start_of(period.start) - dt.timedelta(days=60))))
        audit = ctx.narrow_audit(audit)
        first_put: dict[int, dt.datetime] = {}
        for eid, at in rows(audit):
            if eid is not None and (int(eid) not in first_put or at < first_put[int(eid)]):
                first_put[int(eid)] = at
        pupils = roster(ctx, min(period.end, max(period.start, ctx.today)))
        summary = ReportTable(
            t("По классам и предметам"),
            [Column("class", t("Класс")), Column("subject", t("Предмет")), Column("teacher", t("Учитель")),
             Column("students", t("Учащихся"), Kind.INT), Column("given", t("Выставлено"), Kind.INT),
             Column("early", t("Досрочно"), Kind.INT), Column("on_time", t("В срок"), Kind.INT),
             Column("late", t("С опозданием"), Kind.INT), Column("missing", t("Не выставлено"), Kind.INT),
             Column("on_time_share", t("Доля в срок"), Kind.PERCENT)])
        problems = ReportTable(
            t("Отметки не в срок и не выставленные"),
            [Column("class", t("Класс")), Column("subject", t("Предмет")), Column("teacher", t("Учитель")),
             Column("student", t("Учащийся")), Column("state", t("Состояние")),
             Column("date", t("Дата выставления"), Kind.DATE), Column("value", t("Отметка"), Kind.MARK)])
        totals = [0, 0, 0, 0, 0, 0]
        for a in ctx.sorted_assignments(marks_only=True):
            cls = ctx.all_classes[a.class_id]
            counts = [0, 0, 0, 0, 0]
            students = ctx.students_of(a, pupils)
            for p in students:
                found = given.get((a.subject_id, p.id))
                if found is None:
                    counts[4] += 1
                    problems.rows.append([cls.name, a.subject_title, ctx.teacher(a.teacher_id), p.name,
                                          t("не выставлена"), None, None])
                    continue
                pid, value, created = found
                day = first_put.get(pid, created).date()
                counts[0] += 1
                if day < window:
                    counts[1] += 1
                    state = t("досрочно")
                elif day <= period.end:
                    counts[2] += 1
                    continue
                else:
                    counts[3] += 1
                    state = t("с опозданием")
                problems.rows.append([cls.name, a.subject_title, ctx.teacher(a.teacher_id), p.name, state, day,
                                      value])
            summary.rows.append([cls.name, a.subject_title, ctx.teacher(a.teacher_id), len(students), *counts,
                                 share(counts[2], len(students))])
            totals[0] += len(students)
            for i in range(5):
                totals[i + 1] += counts[i]
        summary.totals = [t("Итого"), "", "", *totals, share(totals[3], totals[0])]
        notes = [
            t("В срок — в последнюю неделю периода, с %s по %s; досрочно — раньше, с опозданием — позже "
              "(дата первого выставления по журналу аудита).") % (format_date_ru(window), format_date_ru(period.end)),
            t("Доля в срок — от числа учащихся, которым нужна отметка (столбец «Учащихся»)."),
        ]
        if ctx.today <= period.end:
            notes.append(t("Период ещё не закончился: невыставленные отметки ещё могут быть выставлены в срок."))
        return self.result(ctx.subtitle, [summary, problems], notes)


# --- activity -----------------------------------------------------------------------------------------------


@dataclass
class Activity:
    user_id: int
    name: str
    entries: int
    last: dt.datetime | None

    def idle_days(self, day: dt.date) -> int | None:
        return None if self.last is None else (day - self.last.date()).days


def teachers_in_scope(ctx: Context) -> list[int]:
    blocked = {int(i) for (i,) in rows(User.select(User.id).where(User.blocked == True))}  # noqa: E712
    if ctx.everything and ctx.school_class is None:
        ids = {int(u) for (u,) in rows(UserRole.select(UserRole.user).where(UserRole.role == Role.TEACHER.value))}
        ids |= {a.teacher_id for a in ctx.assignments.values()}
    else:
        ids = {a.teacher_id for a in ctx.assignments.values()}
    return sorted(ids - blocked, key=lambda u: ctx.teacher(u))


def activity(ctx: Context, users: Iterable[int], span: DateRange) -> list[Activity]:
    wanted = list(users)
    if not wanted:
        return []
    end = start_of(span.end + dt.timedelta(days=1))
    last = {int(u): at for u, at in rows(
        AuditEntry.select(AuditEntry.user, fn.MAX(AuditEntry.at))
        .where(AuditEntry.action.in_(JOURNAL_ACTIONS) & (AuditEntry.at < end) & AuditEntry.user.in_(wanted))
        .group_by(AuditEntry.user))}
    count = {int(u): int(n) for u, n in rows(
        AuditEntry.select(AuditEntry.user, fn.COUNT(AuditEntry.id))
        .where(AuditEntry.action.in_(JOURNAL_ACTIONS) & (AuditEntry.at >= start_of(span.start))
               & (AuditEntry.at < end) & AuditEntry.user.in_(wanted))
        .group_by(AuditEntry.user))}
    return [Activity(u, ctx.teacher(u), count.get(u, 0), last.get(u)) for u in wanted]


@register("activity")
class ActivityReport(Report):
    title = noop("Reports", "Активность работы в журнале")
    description = noop("Reports",
                       "Доля учителей, работавших в журнале за неделю, и учителя, не заполнявшие журнал N дней "
                       "(настройка школы).")
    params = frozenset({Param.CLASS, Param.DATES})

    def compute(self, actor: Actor, params: ReportParams) -> ReportResult:
        today = params.today or dt.date.today()
        end = params.date_to or today
        start = params.date_from or end - dt.timedelta(days=6)
        ctx = report_context(self, actor, replace(params, date_from=start, date_to=end, today=today))
        idle_limit = int(school_settings.get("inactivity_days"))
        data = activity(ctx, teachers_in_scope(ctx), ctx.span)
        table = ReportTable(
            t("По учителям"),
            [Column("teacher", t("Учитель")), Column("entries", t("Записей за период"), Kind.INT),
             Column("last", t("Последняя запись"), Kind.DATETIME),
             Column("idle", t("Дней без записей"), Kind.INT), Column("state", t("Состояние"))])
        worked = idle = 0
        for a in data:
            days = a.idle_days(ctx.span.end)
            if a.entries:
                worked += 1
                state = t("работал(а) в журнале")
            else:
                state = t("не работал(а) в журнале")
            if days is None or days >= idle_limit:
                idle += 1
                state = t("не заполняет журнал %d и более дней") % idle_limit if days is not None else t(
                    "ни разу не заполнял(а) журнал")
            table.rows.append([a.name, a.entries, a.last, days, state])
        total = len(data)
        table.totals = [t("Итого"), sum(a.entries for a in data), None, None, ""]
        summary = ReportTable(
            t("Сводка"),
            [Column("measure", t("Показатель")), Column("count", t("Учителей"), Kind.INT),
             Column("share", t("Доля"), Kind.PERCENT)])
        summary.rows = [
            [t("Учителей всего"), total, share(total, total)],
            [t("Работали в журнале с %s по %s") % (format_date_ru(ctx.span.start), format_date_ru(ctx.span.end)),
             worked, share(worked, total)],
            [t("Не работали в журнале в эти дни"), total - worked, share(total - worked, total)],
            [t("Не заполняют журнал %d и более дней") % idle_limit, idle, share(idle, total)],
        ]
        notes = [t("Работа в журнале — любая запись учителя: отметка, посещаемость, тема, домашнее задание, "
                   "отметка за период (по журналу аудита). Доли — от числа учителей (%d).") % total]
        subtitle = ctx.subtitle.replace(t("только ваши классы и предметы"), t("только вы и учителя вашего класса"))
        return self.result(subtitle, [summary, table], notes)
