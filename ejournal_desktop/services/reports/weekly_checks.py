"""«Еженедельные проверки журнала»: which weeks each class's homeroom teacher confirmed.

For the deputy, the director and the administrator: every class of the school
and every week of the period (or date range) that has begun — confirmed or not,
when and by whom, with the figures as they stood at the confirmation.  A
homeroom teacher sees the own class.  The figures are those of
:mod:`ejournal_desktop.services.weekly_check` (its docstring says how each is counted).
"""

from __future__ import annotations

import datetime as dt

from ejournal_desktop.domain.periods import DateRange
from ejournal_desktop.i18n import noop
from ejournal_desktop.services import weekly_check as wc
from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.reports.base import (
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
from ejournal_desktop.services.reports.context import report_context


def weeks_in(span: DateRange, until: dt.date) -> list[dt.date]:
    """Mondays of the weeks that overlap ``span`` and have begun by ``until``."""
    out = []
    day = wc.week_of(span.start)
    while day <= span.end and day <= until:
        out.append(day)
        day += dt.timedelta(days=7)
    return out


@register("weekly_checks")
class WeeklyChecksReport(Report):
    title = noop("Reports", "Еженедельные проверки журнала классными руководителями")
    description = noop("Reports",
                       "По каждому классу и каждой неделе: подтвердил ли классный руководитель проверку "
                       "заполнения журнала, когда и кто, и показатели на момент подтверждения.")
    params = frozenset({Param.CLASS, Param.PERIOD, Param.DATES})

    def compute(self, actor: Actor, params: ReportParams) -> ReportResult:
        ctx = report_context(self, actor, params)
        classes = [c for c in ctx.sorted_classes() if c.id in ctx.full_classes]
        weeks = weeks_in(ctx.span, ctx.today)
        found = {(c.class_id, c.week_start): c for c in wc.checks_in([c.id for c in classes], ctx.span)}
        summary = ReportTable(
            t("По классам"),
            [Column("class", t("Класс")), Column("homeroom", t("Классный руководитель")),
             Column("weeks", t("Недель"), Kind.INT), Column("confirmed", t("Подтверждено"), Kind.INT),
             Column("share", t("Доля"), Kind.PERCENT), Column("last", t("Последняя проверка"), Kind.DATETIME)])
        detail = ReportTable(
            t("По неделям"),
            [Column("class", t("Класс")), Column("week", t("Неделя")), Column("confirmed_at", t("Подтверждена"),
                                                                             Kind.DATETIME),
             Column("confirmed_by", t("Кем")), Column("scheduled", t("По расписанию"), Kind.INT),
             Column("recorded", t("Записано"), Kind.INT), Column("unfilled", t("Не заполнено"), Kind.INT),
             Column("no_topic", t("Без темы"), Kind.INT), Column("no_homework", t("Без д/з"), Kind.INT),
             Column("no_attendance", t("Без учёта посещаемости"), Kind.INT),
             Column("missed", t("Пропусков"), Kind.INT), Column("no_marks", t("Без отметок"), Kind.INT),
             Column("corrections", t("Запросов на исправление"), Kind.INT), Column("note", t("Примечание"))])
        all_weeks = all_confirmed = 0
        for cls in classes:
            confirmed = 0
            last: dt.datetime | None = None
            for week in weeks:
                check = found.get((cls.id, week))
                end = week + dt.timedelta(days=6)
                row: list[Value] = [cls.name, f"{week:%d.%m}–{end:%d.%m}"]
                if check is None:
                    row += [None, t("не подтверждена"), *[None] * 9, ""]
                else:
                    confirmed += 1
                    last = check.confirmed_at if last is None else max(last, check.confirmed_at)
                    f = check.figures
                    row += [check.confirmed_at, check.confirmed_by, f.total("scheduled"), f.total("recorded"),
                            f.total("unfilled"), f.total("without_topic"), f.without_homework,
                            f.total("without_attendance"), f.total("missed"), f.no_marks,
                            f.total("open_corrections"), check.note]
                detail.rows.append(row)
            summary.rows.append([cls.name, ctx.teacher(cls.homeroom_id) or t("не назначен"), len(weeks), confirmed,
                                 share(confirmed, len(weeks)), last])
            all_weeks += len(weeks)
            all_confirmed += confirmed
        summary.totals = [t("Итого"), "", all_weeks, all_confirmed, share(all_confirmed, all_weeks), None]
        notes = [
            t("Недели — с понедельника по воскресенье, начавшиеся к %s; доля — от числа недель класса.")
            % ctx.until.strftime("%d.%m.%Y"),
            t("Показатели — на момент подтверждения. «Без учёта посещаемости» — записанные уроки, где нет ни "
              "одного пропуска и ни одной отметки; «Без отметок» — учащиеся без отметок за последние уроки "
              "предмета (по каждому предмету)."),
        ]
        return self.result(ctx.subtitle, [summary, detail], notes)
