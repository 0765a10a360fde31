"""Reports on marks: успеваемость и качество, итоги периода по классу, прогноз и динамика."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from fractions import Fraction

from ejournal_desktop.domain.averages import suggest_period_mark, weighted_mean
from ejournal_desktop.domain.errors import DomainError
from ejournal_desktop.domain.marks import PeriodMarkValue, parse_period_mark
from ejournal_desktop.domain.measures import (
    Measures,
    Standing,
    class_measures,
    classify_student,
    measures_for_subject,
    percent,
)
from ejournal_desktop.domain.periods import DateRange, format_date_ru
from ejournal_desktop.domain.text import sort_key_ru
from ejournal_desktop.i18n import noop
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.errors import ValidationError
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
    as_share,
    decimal2,
    register,
    share,
    t,
)
from ejournal_desktop.services.reports.context import (
    MISSED_CODES,
    Context,
    Pupil,
    absences,
    lessons,
    mark_groups,
    need_period,
    period_marks,
    report_context,
    roster,
    rows,
    student_names,
)
from ejournal_desktop.store.models import Subject

PERCENT_NOTE = noop("Reports",
                    "Проценты — доля учащихся, получивших отметку за период (2–5 или «н/а»); знаменатель — "
                    "столбец «Аттестовано». Успеваемость — без «2» и «н/а», качество — только «4» и «5»; "
                    "«зач» и «осв» в проценты не входят.")
SOU_NOTE = noop("Reports",
                "СОУ = (1,00·n5 + 0,64·n4 + 0,36·n3 + 0,16·n2) / число аттестованных («н/а» входит в "
                "знаменатель).")


# domain.measures.STANDING_TITLES in the context the reports show them in (domain imports nothing of the
# project, so its Russian titles are marked for the translator here; a test keeps the two equal)
STANDING_TITLES: dict[Standing, str] = {
    Standing.EXCELLENT: noop("Reports", "Отличник"),
    Standing.GOOD: noop("Reports", "Хорошист"),
    Standing.ONE_THREE: noop("Reports", "С одной «3»"),
    Standing.WITH_THREES: noop("Reports", "С «3»"),
    Standing.FAILING: noop("Reports", "Неуспевающий"),
    Standing.NOT_ASSESSED: noop("Reports", "Не аттестован"),
    Standing.NONE: noop("Reports", "Нет отметок"),
}


def parse_values(texts: Iterable[str]) -> list[PeriodMarkValue]:
    out = []
    for text in texts:
        try:
            out.append(parse_period_mark(text))
        except DomainError:
            continue
    return out


def measure_columns() -> list[Column]:
    return [
        Column("graded", t("Аттестовано"), Kind.INT),
        Column("n5", t("«5»"), Kind.INT),
        Column("n4", t("«4»"), Kind.INT),
        Column("n3", t("«3»"), Kind.INT),
        Column("n2", t("«2»"), Kind.INT),
        Column("na", t("н/а"), Kind.INT),
        Column("mean", t("Средний балл"), Kind.DECIMAL),
        Column("success", t("Успеваемость"), Kind.PERCENT),
        Column("quality", t("Качество"), Kind.PERCENT),
        Column("sou", t("СОУ"), Kind.PERCENT),
    ]


def measure_cells(m: Measures) -> list[Value]:
    return [m.total, m.n5, m.n4, m.n3, m.n2, m.n_na, decimal2(m.mean), as_share(m.success),
            as_share(m.quality), as_share(m.sou)]


def pair_students(ctx: Context, class_id: int, subject_id: int, pupils: dict[int, list[Pupil]]) -> set[int]:
    """Students of a class who learn the subject (all of them, or the subgroups seen)."""
    out: set[int] = set()
    for a in ctx.assignments.values():
        if a.class_id == class_id and a.subject_id == subject_id:
            out.update(p.id for p in ctx.students_of(a, pupils))
    return out


def pair_teachers(ctx: Context) -> dict[tuple[int, int], str]:
    names: dict[tuple[int, int], list[str]] = defaultdict(list)
    for a in ctx.sorted_assignments():
        name = ctx.teacher(a.teacher_id)
        if name and name not in names[(a.class_id, a.subject_id)]:
            names[(a.class_id, a.subject_id)].append(name)
    return {k: ", ".join(v) for k, v in names.items()}


def subject_names(ctx: Context) -> dict[int, str]:
    return {int(i): str(n) for i, n in rows(Subject.select(Subject.id, Subject.name))}


# --- успеваемость и качество --------------------------------------------------------------------------------


@register("progress")
class ProgressReport(Report):
    title = noop("Reports", "Успеваемость и качество знаний")
    description = noop("Reports",
                       "Средний балл, успеваемость, качество и СОУ по классам и предметам за период; без класса "
                       "— сводка по школе.")
    params = frozenset({Param.CLASS, Param.PERIOD})

    def compute(self, actor: Actor, params: ReportParams) -> ReportResult:
        ctx = report_context(self, actor, params)
        period = need_period(ctx)
        pupils = roster(ctx, ctx.roster_day)
        names = subject_names(ctx)
        teachers = pair_teachers(ctx)
        by_pair: dict[tuple[int, int], list[str]] = defaultdict(list)
        by_student: dict[tuple[int, int], list[str]] = defaultdict(list)
        for cid, sub, sid, value in period_marks(ctx, period.id):
            if not ctx.all_classes[cid].marks_allowed:
                continue
            by_pair[(cid, sub)].append(value)
            by_student[(cid, sid)].append(value)
        pairs = set(by_pair) | {(a.class_id, a.subject_id) for a in ctx.assignments.values()
                                if ctx.all_classes[a.class_id].marks_allowed}
        pair_key = {p: (ctx.all_classes[p[0]].key, sort_key_ru(names.get(p[1], ""))) for p in pairs}
        ordered = sorted(pairs, key=lambda p: pair_key[p])

        tables: list[ReportTable] = []
        if ctx.school_class is not None:
            table = ReportTable(
                t("Успеваемость по предметам"),
                [Column("subject", t("Предмет")), Column("teacher", t("Учитель")),
                 Column("students", t("Учащихся"), Kind.INT), *measure_columns()],
                chart=Chart(t("Успеваемость и качество по предметам"), "subject", ("success", "quality")))
            pooled: list[str] = []
            for cid, sub in ordered:
                values = by_pair.get((cid, sub), [])
                pooled.extend(values)
                m = measures_for_subject(parse_values(values))
                table.rows.append([names.get(sub, ""), teachers.get((cid, sub), ""),
                                   len(pair_students(ctx, cid, sub, pupils)), *measure_cells(m)])
            total = measures_for_subject(parse_values(pooled))
            table.totals = [t("Итого по классу"), "", len(pupils.get(ctx.school_class.id, [])),
                            *measure_cells(total)]
            table.notes = [t(PERCENT_NOTE), t(SOU_NOTE),
                           t("Строка «Итого» считает все отметки за период по всем предметам вместе.")]
            tables.append(table)
        else:
            if ctx.everything:
                tables.append(self._by_class(ctx, pupils, by_pair, by_student))
                tables.append(self._by_subject(ctx, names, by_pair))
            detail = ReportTable(
                t("По классам и предметам"),
                [Column("class", t("Класс")), Column("subject", t("Предмет")), Column("teacher", t("Учитель")),
                 Column("students", t("Учащихся"), Kind.INT), *measure_columns()])
            pooled = []
            for cid, sub in ordered:
                values = by_pair.get((cid, sub), [])
                pooled.extend(values)
                m = measures_for_subject(parse_values(values))
                detail.rows.append([ctx.all_classes[cid].name, names.get(sub, ""), teachers.get((cid, sub), ""),
                                    len(pair_students(ctx, cid, sub, pupils)), *measure_cells(m)])
            detail.totals = [t("Итого"), "", "", None, *measure_cells(measures_for_subject(parse_values(pooled)))]
            detail.notes = [t(PERCENT_NOTE), t(SOU_NOTE)]
            if not ctx.everything:
                detail.chart = Chart(t("Качество знаний"), "subject", ("success", "quality"))
            tables.append(detail)
        return self.result(ctx.subtitle, tables)

    def _by_class(self, ctx: Context, pupils: dict[int, list[Pupil]],
                  by_pair: dict[tuple[int, int], list[str]],
                  by_student: dict[tuple[int, int], list[str]]) -> ReportTable:
        table = ReportTable(
            t("Сводка по классам"),
            [Column("class", t("Класс")), Column("students", t("Учащихся"), Kind.INT),
             Column("with_marks", t("С отметками"), Kind.INT),
             Column("excellent", t("Отличники"), Kind.INT), Column("good", t("На «4» и «5»"), Kind.INT),
             Column("one_three", t("С одной «3»"), Kind.INT), Column("threes", t("С «3»"), Kind.INT),
             Column("failing", t("С «2»"), Kind.INT), Column("na", t("С «н/а»"), Kind.INT),
             Column("mean", t("Средний балл"), Kind.DECIMAL), Column("success", t("Успеваемость"), Kind.PERCENT),
             Column("quality", t("Качество"), Kind.PERCENT), Column("sou", t("СОУ"), Kind.PERCENT)],
            chart=Chart(t("Успеваемость и качество по классам"), "class", ("success", "quality")))
        school_students: dict[tuple[int, int], list[PeriodMarkValue]] = {}
        school_pooled: list[PeriodMarkValue] = []
        enrolled_total = 0
        for c in ctx.sorted_classes(marks_only=True):
            students: dict[int, list[PeriodMarkValue]] = {p.id: [] for p in pupils.get(c.id, [])}
            for (cid, sid), values in by_student.items():
                if cid == c.id:
                    students.setdefault(sid, []).extend(parse_values(values))
            cm = class_measures(students)
            pooled = [v for (cid, _), vs in by_pair.items() if cid == c.id for v in parse_values(vs)]
            school_pooled.extend(pooled)
            school_students.update({(c.id, sid): vs for sid, vs in students.items()})
            enrolled = len(pupils.get(c.id, []))
            enrolled_total += enrolled
            sou = measures_for_subject(pooled).sou
            table.rows.append([c.name, enrolled, cm.total, cm.n_excellent, cm.n_good, cm.n_one_three,
                               cm.n_with_threes, cm.n_failing, cm.n_not_assessed, decimal2(cm.mean),
                               as_share(cm.success), as_share(cm.quality), as_share(sou)])
        cm = class_measures(dict(enumerate(school_students.values())))
        table.totals = [t("Итого по школе"), enrolled_total, cm.total, cm.n_excellent, cm.n_good, cm.n_one_three,
                        cm.n_with_threes, cm.n_failing, cm.n_not_assessed, decimal2(cm.mean),
                        as_share(cm.success), as_share(cm.quality),
                        as_share(measures_for_subject(school_pooled).sou)]
        table.notes = [
            t("Учащиеся считаются по всем предметам: успевающий — без «2» и «н/а» ни по одному предмету; "
              "качество — отличники и учащиеся на «4» и «5»."),
            t("Проценты — доля учащихся, имеющих хотя бы одну отметку за период (столбец «С отметками»)."),
            t("Средний балл — по всем отметкам за период; СОУ — по всем отметкам за период (2–5 и «н/а»)."),
        ]
        return table

    def _by_subject(self, ctx: Context, names: dict[int, str],
                    by_pair: dict[tuple[int, int], list[str]]) -> ReportTable:
        table = ReportTable(
            t("Сводка по предметам"), [Column("subject", t("Предмет")), *measure_columns()],
            chart=Chart(t("Качество по предметам"), "subject", ("success", "quality")))
        by_subject: dict[int, list[str]] = defaultdict(list)
        for (_, sub), values in by_pair.items():
            by_subject[sub].extend(values)
        for sub in {a.subject_id for a in ctx.assignments.values()
                    if ctx.all_classes[a.class_id].marks_allowed}:
            by_subject.setdefault(sub, [])
        pooled: list[str] = []
        for sub in sorted(by_subject, key=lambda s: sort_key_ru(names.get(s, ""))):
            pooled.extend(by_subject[sub])
            table.rows.append([names.get(sub, ""), *measure_cells(measures_for_subject(parse_values(by_subject[sub])))])
        table.totals = [t("Итого по школе"), *measure_cells(measures_for_subject(parse_values(pooled)))]
        table.notes = [t(PERCENT_NOTE)]
        return table


# --- итоги периода по классу --------------------------------------------------------------------------------


@register("period-results")
class PeriodResultsReport(Report):
    title = noop("Reports", "Итоги периода по классу")
    description = noop("Reports",
                       "Отметки за период каждого учащегося, отличники, хорошисты, с одной «3», с «2», н/а.")
    needs_class = True
    needs_marks = True
    params = frozenset({Param.CLASS, Param.PERIOD})

    def compute(self, actor: Actor, params: ReportParams) -> ReportResult:
        ctx = report_context(self, actor, params)
        period = need_period(ctx)
        assert ctx.school_class is not None
        cls = ctx.school_class
        if not cls.marks_allowed:
            raise ValidationError(t("В %s отметки не выставляются.") % cls.name)
        names = subject_names(ctx)
        marks: dict[int, dict[int, str]] = defaultdict(dict)
        subjects = {a.subject_id for a in ctx.assignments.values()}
        for _, sub, sid, value in period_marks(ctx, period.id):
            marks[sid][sub] = value
            subjects.add(sub)
        ordered = sorted(subjects, key=lambda s: sort_key_ru(names.get(s, "")))
        on_roll = {p.id: p for p in roster(ctx, ctx.roster_day).get(cls.id, [])}
        extra = student_names(set(marks) - set(on_roll))
        pupils = sorted([*on_roll.values(), *extra.values()], key=lambda p: p.key)

        table = ReportTable(
            t("Отметки за период"),
            [Column("no", t("№"), Kind.INT), Column("student", t("Учащийся")),
             *[Column(f"s{s}", names.get(s, ""), Kind.MARK) for s in ordered],
             Column("mean", t("Средний балл"), Kind.DECIMAL), Column("standing", t("Итог"))])
        parsed: dict[int, list[PeriodMarkValue]] = {}
        standings: dict[int, Standing] = {}
        for no, p in enumerate(pupils, 1):
            own = marks.get(p.id, {})
            values = parse_values(own.values())
            parsed[p.id] = values
            numeric = [v.numeric for v in values if v.numeric is not None]
            mean = Fraction(sum(numeric), len(numeric)) if numeric else None
            standing = classify_student(values)
            standings[p.id] = standing
            table.rows.append([no, p.name, *[own.get(s) for s in ordered], decimal2(mean),
                               t(STANDING_TITLES[standing]) if values else t("Нет отметок")])
        subject_means: list[Value] = []
        for s in ordered:
            m = measures_for_subject(parse_values(marks[p.id][s] for p in pupils if s in marks.get(p.id, {})))
            subject_means.append(None if m.mean is None else f"{decimal2(m.mean)}".replace(".", ","))
        cm = class_measures(parsed)
        table.totals = ["", t("Средний балл по предмету"), *subject_means, decimal2(cm.mean), ""]

        summary = ReportTable(
            t("Итоги по классу"),
            [Column("category", t("Категория")), Column("count", t("Учащихся"), Kind.INT),
             Column("share", t("Доля"), Kind.PERCENT), Column("names", t("Учащиеся"))])

        def names_of(group: Standing, with_subjects: bool = False) -> str:
            out = []
            for p in pupils:
                if standings[p.id] is not group or not parsed[p.id]:
                    continue
                if with_subjects:
                    detail = self._detail(group, marks.get(p.id, {}), names)
                    out.append(f"{p.name} ({detail})" if detail else p.name)
                else:
                    out.append(p.name)
            return ", ".join(out)

        for title, count, group, detail in (
            (t("Отличники"), cm.n_excellent, Standing.EXCELLENT, False),
            (t("Хорошисты (на «4» и «5»)"), cm.n_good, Standing.GOOD, False),
            (t("С одной «3»"), cm.n_one_three, Standing.ONE_THREE, True),
            (t("С двумя и более «3»"), cm.n_with_threes, Standing.WITH_THREES, False),
            (t("С «2» (неуспевающие)"), cm.n_failing, Standing.FAILING, True),
            (t("Не аттестованы (н/а)"), cm.n_not_assessed, Standing.NOT_ASSESSED, True),
        ):
            summary.rows.append([title, count, share(count, cm.total), names_of(group, detail)])
        if cm.n_no_numeric:
            summary.rows.append([t("Только «зач» / «осв»"), cm.n_no_numeric, share(cm.n_no_numeric, cm.total),
                                 names_of(Standing.NONE)])
        summary.rows.append([t("Без отметок за период"), cm.n_without_marks, None,
                             ", ".join(p.name for p in pupils if not parsed[p.id])])
        summary.totals = [t("Всего с отметками за период"), cm.total, share(cm.total, cm.total), ""]
        successful = cm.total - cm.n_failing - cm.n_not_assessed
        summary.notes = [
            t("Успеваемость: %s (%d из %d), качество: %s (%d из %d).") % (
                percent(cm.success), successful, cm.total, percent(cm.quality), cm.n_excellent + cm.n_good, cm.total),
            t("Доли — от числа учащихся, имеющих хотя бы одну отметку за период (%d); "
              "учащиеся без отметок в знаменатель не входят.") % cm.total,
        ]
        return self.result(ctx.subtitle, [table, summary])

    @staticmethod
    def _detail(group: Standing, own: dict[int, str], names: dict[int, str]) -> str:
        wanted = {Standing.ONE_THREE: ("3",), Standing.FAILING: ("2", "н/а", "незач"),
                  Standing.NOT_ASSESSED: ("н/а",)}[group]
        parts = [(names.get(s, ""), v) for s, v in own.items() if v in wanted]
        parts.sort(key=lambda x: sort_key_ru(x[0]))
        if group is Standing.ONE_THREE:
            return ", ".join(n for n, _ in parts)
        return "; ".join(f"{n}: {v}" for n, v in parts)


# --- прогноз и динамика -------------------------------------------------------------------------------------


@register("forecast")
class ForecastReport(Report):
    title = noop("Reports", "Прогноз и динамика")
    description = noop("Reports",
                       "Прогноз отметок за период по средневзвешенному баллу на сегодня, группа риска «2» и "
                       "«н/а», изменение против прошлого периода.")
    params = frozenset({Param.CLASS, Param.PERIOD})

    FEW_MARKS = 3

    def compute(self, actor: Actor, params: ReportParams) -> ReportResult:
        ctx = report_context(self, actor, params)
        period = need_period(ctx)
        span = DateRange(period.start, ctx.until)
        names = subject_names(ctx)
        school_rule = school_settings.rounding_rule()
        rules = {int(i): school_settings.rounding_rule(str(r)) if r else school_rule for i, r in rows(
            Subject.select(Subject.id, Subject.rounding))}
        pupils = roster(ctx, ctx.roster_day)
        pairs: dict[tuple[int, int], list[tuple[Fraction, Fraction]]] = defaultdict(list)
        counts: dict[tuple[int, int], int] = defaultdict(int)
        for key, groups in mark_groups(ctx, span).items():
            for value, weight, n in groups:
                counts[key] += n
                if value is not None:
                    pairs[key].append((value, weight * n))
        held: dict[int, int] = defaultdict(int)
        for lesson in lessons(ctx, span):
            held[lesson.assignment_id] += 1
        missed: dict[tuple[int, int], int] = defaultdict(int)
        for aid, _, _, sid, code in absences(ctx, span):
            if code in MISSED_CODES:
                missed[(aid, sid)] += 1
        previous = ctx.other_period(-1)
        before: dict[tuple[int, int], str] = {}
        if previous is not None:
            before = {(sub, sid): v for _, sub, sid, v in period_marks(ctx, previous.id)}

        by_class = ctx.school_class is not None
        columns = [
            *([] if by_class else [Column("class", t("Класс"))]),
            Column("student", t("Учащийся")), Column("subject", t("Предмет")),
            Column("marks", t("Отметок"), Kind.INT), Column("mean", t("Средний взвешенный"), Kind.DECIMAL),
            Column("forecast", t("Прогноз"), Kind.INT), Column("previous", t("За прошлый период"), Kind.MARK),
            Column("change", t("Изменение"), Kind.INT), Column("risk", t("Риск")),
        ]
        every = ReportTable(t("Прогноз по учащимся"), list(columns))
        risky = ReportTable(t("Группа риска"), list(columns))
        dyn_now: dict[tuple[int, int], list[PeriodMarkValue]] = defaultdict(list)
        dyn_before: dict[tuple[int, int], list[PeriodMarkValue]] = defaultdict(list)
        at_risk: set[tuple[int, int]] = set()
        for a in ctx.sorted_assignments(marks_only=True):
            cls = ctx.all_classes[a.class_id]
            for p in ctx.students_of(a, pupils):
                mean = weighted_mean(pairs.get((a.id, p.id), []))
                forecast = suggest_period_mark(mean, rules.get(a.subject_id, school_rule))
                n = counts.get((a.id, p.id), 0)
                old = before.get((a.subject_id, p.id))
                old_value = parse_values([old]) if old else []
                change = None
                if forecast is not None and old_value and old_value[0].numeric is not None:
                    change = forecast - old_value[0].numeric
                risk = self._risk(forecast, n, missed.get((a.id, p.id), 0), held.get(a.id, 0))
                row: list[Value] = [*([] if by_class else [cls.name]), p.name, a.subject_title, n,
                                    decimal2(mean), forecast, old, change, risk]
                every.rows.append(row)
                if risk:
                    risky.rows.append(list(row))
                    at_risk.add((a.class_id, p.id))
                if forecast is not None:
                    dyn_now[(a.class_id, a.subject_id)].append(PeriodMarkValue(str(forecast), forecast))
                dyn_before[(a.class_id, a.subject_id)].extend(old_value)
        dynamics = ReportTable(
            t("Динамика по предметам"),
            [Column("class", t("Класс")), Column("subject", t("Предмет")),
             Column("now_count", t("С прогнозом"), Kind.INT),
             Column("now_mean", t("Средний прогноз"), Kind.DECIMAL),
             Column("before_mean", t("Средний за прошлый период"), Kind.DECIMAL),
             Column("mean_change", t("Изменение балла"), Kind.DECIMAL),
             Column("now_quality", t("Качество: прогноз"), Kind.PERCENT),
             Column("before_quality", t("Качество: прошлый период"), Kind.PERCENT),
             Column("now_success", t("Успеваемость: прогноз"), Kind.PERCENT),
             Column("before_success", t("Успеваемость: прошлый период"), Kind.PERCENT)],
            chart=Chart(t("Качество: прогноз и прошлый период"), "subject", ("now_quality", "before_quality")))
        seen_pairs = sorted({(a.class_id, a.subject_id) for a in ctx.assignments.values()
                             if ctx.all_classes[a.class_id].marks_allowed},
                            key=lambda k: (ctx.all_classes[k[0]].key, sort_key_ru(names.get(k[1], ""))))
        for key in seen_pairs:
            now_m = measures_for_subject(dyn_now.get(key, []))
            old_m = measures_for_subject(dyn_before.get(key, []))
            delta = None if now_m.mean is None or old_m.mean is None else decimal2(now_m.mean - old_m.mean)
            dynamics.rows.append([ctx.all_classes[key[0]].name, names.get(key[1], ""), now_m.total,
                                  decimal2(now_m.mean), decimal2(old_m.mean), delta, as_share(now_m.quality),
                                  as_share(old_m.quality), as_share(now_m.success), as_share(old_m.success)])
        if by_class:
            dynamics.columns = dynamics.columns[1:]
            dynamics.rows = [r[1:] for r in dynamics.rows]
        notes = [
            t("Прогноз — отметка, которую даёт средневзвешенный балл текущих отметок с %s по %s "
              "по правилу округления школы (или предмета).") % (
                format_date_ru(period.start), format_date_ru(ctx.until)),
            t("Риск «н/а»: меньше %d отметок или пропущено больше половины проведённых уроков; "
              "риск «2»: прогноз «2».") % self.FEW_MARKS,
            (t("Прошлый период: %s.") % previous.name) if previous else t("Прошлого периода в этом году нет."),
            t("В группе риска учащихся: %d.") % len(at_risk),
        ]
        tables = [risky, dynamics] if not by_class else [every, risky, dynamics]
        return self.result(ctx.subtitle, tables, notes)

    def _risk(self, forecast: int | None, n: int, missed: int, held: int) -> str:
        out = []
        if forecast == 2:
            out.append(t("прогноз «2»"))
        if n == 0:
            out.append(t("нет отметок — риск «н/а»"))
        elif n < self.FEW_MARKS:
            out.append(t("мало отметок — риск «н/а»"))
        if held and missed * 2 > held:
            out.append(t("пропущено %d из %d уроков — риск «н/а»") % (missed, held))
        return "; ".join(out)


__all__ = ["ForecastReport", "PeriodResultsReport", "ProgressReport", "measure_cells", "measure_columns",
           "need_period", "pair_students", "parse_values", "subject_names"]
