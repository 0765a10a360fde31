"""Выполнение программы (planned vs held lessons) and the subject teacher's report for a period."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

from ejournal_desktop.domain.averages import round_half_up
from ejournal_desktop.domain.measures import measures_for_subject
from ejournal_desktop.domain.periods import DateRange, format_date_ru
from ejournal_desktop.i18n import noop
from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from ejournal_desktop.services.reports.base import (
    Chart,
    Column,
    Kind,
    Param,
    Report,
    ReportParams,
    ReportResult,
    ReportTable,
    Value,
    register,
    share,
    t,
)
from ejournal_desktop.services.reports.context import (
    AssignmentRow,
    Context,
    lessons,
    mark_counts,
    need_period,
    period_marks,
    report_context,
    rows,
    study_weeks,
)
from ejournal_desktop.services.reports.control import accumulation, timeliness
from ejournal_desktop.services.reports.progress import measure_cells, measure_columns, parse_values
from ejournal_desktop.store.models import PlanTopic, ThematicPlan, User


@dataclass
class ProgrammeRow:
    assignment: AssignmentRow
    from_plan: bool
    year_plan: int
    span_plan: int
    to_date_plan: int
    held: int

    @property
    def behind(self) -> int:
        return max(0, self.to_date_plan - self.held)

    @property
    def done(self) -> Decimal | None:
        return share(self.held, self.to_date_plan)


def _hours(hours: Decimal, weeks: Fraction) -> int:
    return int(round_half_up(Fraction(hours) * weeks, 0))


def programme(ctx: Context, span: DateRange) -> list[ProgrammeRow]:
    plans = {(int(s), None if lv is None else int(lv)): int(i) for i, s, lv in rows(
        ThematicPlan.select(ThematicPlan.id, ThematicPlan.subject, ThematicPlan.level)
        .where(ThematicPlan.year == ctx.year_id).order_by(ThematicPlan.id.desc()))}
    topics: dict[int, list[tuple[dt.date | None, int]]] = defaultdict(list)
    for pid, day, hours in rows(PlanTopic.select(PlanTopic.plan, PlanTopic.planned_date, PlanTopic.hours)
                                .join(ThematicPlan, on=(PlanTopic.plan == ThematicPlan.id))
                                .where(ThematicPlan.year == ctx.year_id)):
        topics[int(pid)].append((day, int(hours)))
    until = ctx.until
    held: dict[int, int] = defaultdict(int)
    for lesson in lessons(ctx, DateRange(span.start, max(span.start, until))):
        if lesson.date <= until:
            held[lesson.assignment_id] += 1
    year = DateRange(ctx.year_start, ctx.year_end)
    to_date = DateRange(span.start, max(span.start, until))
    weeks_year, weeks_span, weeks_to_date = study_weeks(ctx, year), study_weeks(ctx, span), study_weeks(ctx, to_date)
    if until < span.start:
        weeks_to_date = Fraction(0)
    out = []
    for a in ctx.sorted_assignments():
        level = ctx.all_classes[a.class_id].level
        plan = a.plan_id or plans.get((a.subject_id, level))  # as services.plans.default_plan_id
        items = topics.get(plan, []) if plan is not None else []
        dated = [(d, h) for d, h in items if d is not None]
        if dated:
            span_plan = sum(h for d, h in dated if span.start <= d <= span.end)
            date_plan = sum(h for d, h in dated if span.start <= d <= until)
            out.append(ProgrammeRow(a, True, sum(h for _, h in items), span_plan, date_plan, held.get(a.id, 0)))
        else:
            out.append(ProgrammeRow(a, False, _hours(a.hours, weeks_year), _hours(a.hours, weeks_span),
                                    _hours(a.hours, weeks_to_date), held.get(a.id, 0)))
    return out


PROGRAMME_NOTES = (
    noop("Reports", "План — часы тем КТП с плановыми датами в периоде; если у предмета нет КТП с датами — часы в "
                    "неделю × число учебных недель (учебные дни без каникул / дней в учебной неделе)."),
    noop("Reports", "Проведено — уроки, записанные в журнале; выполнение — проведено / план на дату."),
)


@register("programme")
class ProgrammeReport(Report):
    title = noop("Reports", "Выполнение программы")
    description = noop("Reports",
                       "Запланированные (КТП или часы по нагрузке) и проведённые уроки по каждой нагрузке.")
    params = frozenset({Param.CLASS, Param.PERIOD, Param.DATES})

    def compute(self, actor: Actor, params: ReportParams) -> ReportResult:
        ctx = report_context(self, actor, params)
        table = ReportTable(
            t("По нагрузке"),
            [Column("class", t("Класс")), Column("subject", t("Предмет")), Column("teacher", t("Учитель")),
             Column("hours", t("Часов в неделю"), Kind.DECIMAL), Column("year_plan", t("План на год"), Kind.INT),
             Column("span_plan", t("План на период"), Kind.INT),
             Column("to_date_plan", t("План на дату"), Kind.INT), Column("held", t("Проведено"), Kind.INT),
             Column("behind", t("Отставание"), Kind.INT), Column("done", t("Выполнение"), Kind.PERCENT),
             Column("source", t("Основа плана"))])
        totals = [0, 0, 0, 0, 0]
        for r in programme(ctx, ctx.span):
            a = r.assignment
            table.rows.append([ctx.all_classes[a.class_id].name, a.subject_title, ctx.teacher(a.teacher_id),
                               a.hours.quantize(Decimal("0.01")), r.year_plan, r.span_plan, r.to_date_plan,
                               r.held, r.behind, r.done, t("КТП") if r.from_plan else t("по нагрузке")])
            for i, v in enumerate((r.year_plan, r.span_plan, r.to_date_plan, r.held, r.behind)):
                totals[i] += v
        table.totals = [t("Итого"), "", "", None, *totals, share(totals[3], totals[2]), ""]
        notes = [t(n) for n in PROGRAMME_NOTES]
        notes.append(t("План на дату — по %s.") % format_date_ru(ctx.until))
        return self.result(ctx.subtitle, [table], notes)


# --- the subject teacher's report ---------------------------------------------------------------------------


@register("teacher")
class TeacherReport(Report):
    title = noop("Reports", "Отчёт учителя-предметника")
    description = noop("Reports",
                       "Успеваемость по классам и ведение журнала (программа, темы, своевременность, "
                       "накопляемость) одного учителя за период.")
    params = frozenset({Param.TEACHER, Param.PERIOD})

    def compute(self, actor: Actor, params: ReportParams) -> ReportResult:
        teacher_id = params.teacher_id or actor.user_id
        ctx = report_context(self, actor, replace(params, class_id=None))
        period = need_period(ctx)
        who = User.select(User.id).where(User.id == teacher_id).tuples().first()
        if who is None:
            raise NotFound(t("Учитель не найден."))
        mine = {k: a for k, a in ctx.assignments.items() if a.teacher_id == teacher_id}
        if not mine:
            if teacher_id != actor.user_id and not ctx.everything:
                raise PermissionDenied(t("Нет прав на действие «%s» (%s).") % (
                    t("просмотр отчётов"), t("отчёт другого учителя")))
            raise ValidationError(t("У учителя %s нет учебной нагрузки в %s учебном году.")
                                  % (ctx.teacher(teacher_id), ctx.year_name))
        ctx.assignments = mine
        ctx.classes = {a.class_id: ctx.all_classes[a.class_id] for a in mine.values()}
        ctx.full_classes = set()
        span = period.span

        marks = period_marks(ctx, period.id)
        members = ctx.members()
        progress = ReportTable(
            t("Успеваемость"),
            [Column("class", t("Класс")), Column("subject", t("Предмет")), *measure_columns()],
            chart=Chart(t("Качество знаний по классам"), "class", ("success", "quality")))
        pooled: list[str] = []
        for a in ctx.sorted_assignments(marks_only=True):
            group = members.get(a.subgroup_id, set()) if a.subgroup_id is not None else None
            values = [v for c, s, sid, v in marks
                      if c == a.class_id and s == a.subject_id and (group is None or sid in group)]
            pooled.extend(values)
            progress.rows.append([ctx.all_classes[a.class_id].name, a.subject_title,
                                  *measure_cells(measures_for_subject(parse_values(values)))])
        progress.totals = [t("Итого"), "", *measure_cells(measures_for_subject(parse_values(pooled)))]

        plan = {r.assignment.id: r for r in programme(ctx, span)}
        timely = timeliness(ctx, span)
        acc = {x.assignment.id: x for x in accumulation(ctx, span)}
        counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
        for check in timely.checks:
            counts[check.lesson.assignment_id][0] += check.no_topic
            counts[check.lesson.assignment_id][1] += check.no_homework
            counts[check.lesson.assignment_id][2] += check.late
        n_marks: dict[int, int] = defaultdict(int)
        for (aid, _), n in mark_counts(ctx, DateRange(span.start, ctx.until)).items():
            n_marks[aid] += n
        keeping = ReportTable(
            t("Ведение журнала"),
            [Column("class", t("Класс")), Column("subject", t("Предмет")),
             Column("to_date_plan", t("План на дату"), Kind.INT), Column("held", t("Проведено"), Kind.INT),
             Column("done", t("Выполнение"), Kind.PERCENT), Column("no_topic", t("Без темы"), Kind.INT),
             Column("no_homework", t("Без д/з"), Kind.INT), Column("late", t("С опозданием"), Kind.INT),
             Column("marks", t("Отметок"), Kind.INT), Column("no_marks", t("Без отметок"), Kind.INT),
             Column("one_mark", t("С одной отметкой"), Kind.INT), Column("below", t("Ниже минимума"), Kind.INT)])
        total = [0] * 10
        for a in ctx.sorted_assignments():
            p = plan[a.id]
            c = counts.get(a.id, [0, 0, 0])
            x = acc.get(a.id)
            no_marks = len(x.no_marks) if x else None
            one_mark = len(x.one_mark) if x else None
            below = len(x.below_minimum) if x and x.minimum is not None else None
            row: list[Value] = [ctx.all_classes[a.class_id].name, a.subject_title, p.to_date_plan, p.held, p.done,
                                *c, n_marks.get(a.id, 0), no_marks, one_mark, below]
            keeping.rows.append(row)
            for i, v in enumerate((p.to_date_plan, p.held, None, *c, n_marks.get(a.id, 0), no_marks, one_mark,
                                   below)):
                if isinstance(v, int):
                    total[i] += v
        keeping.totals = [t("Итого"), "", total[0], total[1], share(total[1], total[0]), *total[3:]]
        subtitle = " · ".join([t("Учитель: %s") % ctx.teacher(teacher_id), f"{period.name} ({period.span})",
                               t("учебный год %s") % ctx.year_name])
        notes = [
            t("Успеваемость — по отметкам за период: проценты от числа аттестованных (2–5 и «н/а»)."),
            t("Без отметок, с одной отметкой, ниже минимума — число учащихся за период."),
        ]
        return self.result(subtitle, [progress, keeping], notes)
