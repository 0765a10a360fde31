"""Посещаемость: lessons missed per student and class, of them for illness and excused."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.i18n import noop
from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.reports.base import (
    Chart,
    Column,
    Kind,
    Param,
    Report,
    ReportParams,
    ReportResult,
    ReportTable,
    Tally,
    decimal2,
    register,
    t,
)
from ejournal_desktop.services.reports.context import (
    MISSED_CODES,
    Pupil,
    absences,
    report_context,
    roster_during,
    student_names,
)

MONTHS = (
    noop("Reports", "январь"), noop("Reports", "февраль"), noop("Reports", "март"),
    noop("Reports", "апрель"), noop("Reports", "май"), noop("Reports", "июнь"),
    noop("Reports", "июль"), noop("Reports", "август"), noop("Reports", "сентябрь"),
    noop("Reports", "октябрь"), noop("Reports", "ноябрь"), noop("Reports", "декабрь"),
)


@dataclass
class Counts(Tally):
    missed: int = 0
    ill: int = 0
    excused: int = 0
    unexcused: int = 0
    late: int = 0

    def add(self, code: str) -> None:
        if code == "оп":
            self.late += 1
            return
        if code not in MISSED_CODES:
            return
        self.missed += 1
        if code == "б":
            self.ill += 1
        elif code == "у":
            self.excused += 1
        else:
            self.unexcused += 1

    def cells(self) -> list[int]:
        return [self.missed, self.ill, self.excused, self.unexcused, self.late]


def count_columns() -> list[Column]:
    return [
        Column("missed", t("Пропущено уроков"), Kind.INT),
        Column("ill", t("из них по болезни"), Kind.INT),
        Column("excused", t("по уважительной причине"), Kind.INT),
        Column("unexcused", t("без уважительной причины"), Kind.INT),
        Column("late", t("Опозданий"), Kind.INT),
    ]


CODES_NOTE = noop("Reports",
                  "Пропущенный урок — клетка с «н», «б» или «у»; «б» — по болезни, «у» — по уважительной "
                  "причине, «н» — без уважительной причины; опоздания («оп») считаются отдельно и в "
                  "пропуски не входят.")


@register("attendance")
class AttendanceReport(Report):
    title = noop("Reports", "Посещаемость")
    description = noop("Reports",
                       "Пропущенные уроки по учащимся и классам, из них по болезни и по уважительной причине.")
    params = frozenset({Param.CLASS, Param.PERIOD, Param.DATES})

    def compute(self, actor: Actor, params: ReportParams) -> ReportResult:
        ctx = report_context(self, actor, params)
        span = ctx.span
        per_student: dict[tuple[int, int], Counts] = defaultdict(Counts)
        per_week: dict[dt.date, Counts] = defaultdict(Counts)
        per_month: dict[tuple[int, int], Counts] = defaultdict(Counts)
        class_of = {a.id: a.class_id for a in ctx.assignments.values()}
        for aid, _, day, sid, code in absences(ctx, span):
            cid = class_of[aid]
            per_student[(cid, sid)].add(code)
            per_week[day - dt.timedelta(days=day.weekday())].add(code)
            per_month[(day.year, day.month)].add(code)
        pupils = roster_during(ctx, span)
        tables: list[ReportTable] = []
        if ctx.school_class is not None:
            cid = ctx.school_class.id
            listed = {p.id: p for p in pupils.get(cid, [])}
            extra = student_names({sid for (c, sid) in per_student if c == cid} - set(listed))
            ordered: list[Pupil] = sorted([*listed.values(), *extra.values()], key=lambda p: p.key)
            table = ReportTable(t("По учащимся"),
                                [Column("no", t("№"), Kind.INT), Column("student", t("Учащийся")), *count_columns()])
            total = Counts()
            for no, p in enumerate(ordered, 1):
                c = per_student.get((cid, p.id), Counts())
                total.plus(c)
                table.rows.append([no, p.name, *c.cells()])
            table.totals = [None, t("Итого по классу"), *total.cells()]
            table.notes = [t(CODES_NOTE)]
            tables.append(table)
        else:
            table = ReportTable(
                t("По классам"),
                [Column("class", t("Класс")), Column("students", t("Учащихся"), Kind.INT), *count_columns(),
                 Column("per_student", t("Пропущено на учащегося"), Kind.DECIMAL)],
                chart=Chart(t("Пропущено уроков по классам"), "class", ("ill", "excused", "unexcused")))
            total = Counts()
            students_total = 0
            for cls in ctx.sorted_classes():
                if cls.extracurricular:
                    continue
                c = Counts()
                for (cid, _), counts in per_student.items():
                    if cid == cls.id:
                        c.plus(counts)
                n = len(pupils.get(cls.id, []))
                students_total += n
                total.plus(c)
                table.rows.append([cls.name, n, *c.cells(), decimal2(_ratio(c.missed, n))])
            table.totals = [t("Итого по школе"), students_total, *total.cells(),
                            decimal2(_ratio(total.missed, students_total))]
            table.notes = [t(CODES_NOTE),
                           t("«Учащихся» — числились в классе хотя бы один день с %s по %s; "
                             "«на учащегося» — пропущенные уроки, делённые на это число.") % (
                               format_date_ru(span.start), format_date_ru(span.end))]
            tables.append(table)
        weeks = ReportTable(t("По неделям"),
                            [Column("week", t("Неделя")), *count_columns()],
                            chart=Chart(t("Пропущено уроков по неделям"), "week", ("ill", "excused", "unexcused")))
        monday = span.start - dt.timedelta(days=span.start.weekday())
        while monday <= span.end:
            first, last = max(monday, span.start), min(monday + dt.timedelta(days=6), span.end)
            label = f"{first:%d.%m}–{last:%d.%m}"
            weeks.rows.append([label, *per_week.get(monday, Counts()).cells()])
            monday += dt.timedelta(days=7)
        weeks.totals = [t("Итого"), *_sum(per_week.values()).cells()]
        tables.append(weeks)
        if (span.start.year, span.start.month) != (span.end.year, span.end.month):
            months = ReportTable(t("По месяцам"), [Column("month", t("Месяц")), *count_columns()])
            year, month = span.start.year, span.start.month
            while (year, month) <= (span.end.year, span.end.month):
                months.rows.append([f"{t(MONTHS[month - 1])} {year}",
                                    *per_month.get((year, month), Counts()).cells()])
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            months.totals = [t("Итого"), *_sum(per_month.values()).cells()]
            tables.append(months)
        # a chart by class is most useful for the whole school; for a class the weeks say more
        if ctx.school_class is not None:
            tables[0].chart = None
        return self.result(ctx.subtitle, tables)


def _ratio(a: int, b: int) -> Fraction | None:
    return Fraction(a, b) if b else None


def _sum(items: Iterable[Counts]) -> Counts:
    total = Counts()
    for c in items:
        total.plus(c)
    return total
