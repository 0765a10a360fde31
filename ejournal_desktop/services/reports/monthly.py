"""The director's monthly report on journal keeping (seed 000 §5.1; 000 §3.5, 004 §3.5).

It gathers the control figures of :mod:`.control` for a month (or a date range):
filling, timeliness, accumulation of marks, a mark and «н» in one cell, teachers'
activity, correction requests — and the share of parents reached per class
(«активность участия родителей», «процент участия родителей»): families with at
least one contact recorded in the log of :mod:`ejournal_desktop.services.contacts`
in the month, of the families of the class (a family = a student on the roll at
some day of the month).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace

from ejournal_desktop.domain.periods import DateRange
from ejournal_desktop.i18n import noop
from ejournal_desktop.services import contacts
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
from ejournal_desktop.services.reports.context import (
    MISSED_CODES,
    Context,
    absences,
    mark_counts,
    report_context,
    rows,
    student_names,
)
from ejournal_desktop.services.reports.control import (
    accumulation,
    activity,
    deadline_notes,
    start_of,
    teachers_in_scope,
    timeliness,
)
from ejournal_desktop.store.models import Absence, Assignment, CorrectionRequest, Lesson, Mark


def mark_and_absence(ctx: Context, span: DateRange) -> list[tuple[int, dt.date, int, str, str]]:
    """(assignment, date, student, marks, code) of cells holding a mark and a missed-lesson code."""
    query = (Mark.select(Lesson.assignment, Lesson.date, Mark.student, Mark.value, Absence.code)
             .join(Lesson, on=(Mark.lesson == Lesson.id))
             .join(Absence, on=((Absence.lesson == Mark.lesson) & (Absence.student == Mark.student)))
             .switch(Lesson).join(Assignment, on=(Lesson.assignment == Assignment.id))
             .where((Assignment.year == ctx.year_id) & Lesson.date.between(span.start, span.end)
                    & Absence.code.in_(MISSED_CODES))
             .order_by(Lesson.date, Lesson.number, Mark.position, Mark.id))
    query = ctx.narrow(query, Lesson.assignment)
    cells: dict[tuple[int, dt.date, int, str], list[str]] = {}
    for aid, day, sid, value, code in rows(query):
        if int(aid) in ctx.assignments:
            cells.setdefault((int(aid), day, int(sid), str(code)), []).append(str(value))
    return [(aid, day, sid, " ".join(v), code) for (aid, day, sid, code), v in cells.items()]


@register("monthly")
class MonthlyReport(Report):
    title = noop("Reports", "Ежемесячный отчёт о ведении журнала")
    description = noop("Reports",
                       "Контрольные показатели ведения электронного журнала за месяц для директора: заполнение, "
                       "своевременность, накопляемость, отметка и «н» в одной клетке, активность учителей.")
    params = frozenset({Param.CLASS, Param.DATES})

    def compute(self, actor: Actor, params: ReportParams) -> ReportResult:
        today = params.today or dt.date.today()
        start, end = params.date_from, params.date_to
        if start is None and end is None and params.period_id is None:
            start = today.replace(day=1)
            nxt = (start + dt.timedelta(days=32)).replace(day=1)
            end = nxt - dt.timedelta(days=1)
        ctx = report_context(self, actor, replace(params, date_from=start, date_to=end, today=today))
        span = ctx.span
        timely = timeliness(ctx, span)
        acc = accumulation(ctx, span)
        cells = mark_and_absence(ctx, span)
        missed = [(aid, code) for aid, _, _, _, code in absences(ctx, span)]
        marks_by_assignment: dict[int, int] = defaultdict(int)
        for (aid, _), n in mark_counts(ctx, DateRange(span.start, max(span.start, min(span.end, ctx.today)))).items():
            marks_by_assignment[aid] += n
        teachers = teachers_in_scope(ctx)
        act = activity(ctx, teachers, span)

        held = len(timely.checks)
        hw_lessons = sum(1 for c in timely.checks
                         if ctx.all_classes[ctx.assignments[c.lesson.assignment_id].class_id].homework_allowed)
        no_topic = sum(c.no_topic for c in timely.checks)
        no_hw = sum(c.no_homework for c in timely.checks)
        late = sum(c.late for c in timely.checks)
        pairs = sum(len(x.counts) for x in acc)
        no_marks = sum(len(x.no_marks) for x in acc)
        one_mark = sum(len(x.one_mark) for x in acc)
        worked = sum(1 for w in act if w.entries)
        n_missed = sum(1 for _, c in missed if c in MISSED_CODES)
        ill = sum(1 for _, c in missed if c == "б")
        excused = sum(1 for _, c in missed if c == "у")
        planned = held + len(timely.unfilled)

        summary = ReportTable(
            t("Показатели"),
            [Column("measure", t("Показатель")), Column("value", t("Значение"), Kind.INT),
             Column("of", t("Из"), Kind.INT), Column("share", t("Доля"), Kind.PERCENT)])
        summary.rows = [
            [t("Учителей, работавших в журнале"), worked, len(act), share(worked, len(act))],
            [t("Уроков с записями в журнале"), held, planned, share(held, planned)],
            [t("Уроков по расписанию без записей"), len(timely.unfilled), planned,
             share(len(timely.unfilled), planned)],
            [t("Уроков без темы"), no_topic, held, share(no_topic, held)],
            [t("Уроков без домашнего задания"), no_hw, hw_lessons, share(no_hw, hw_lessons)],
            [t("Уроков, заполненных с опозданием"), late, held, share(late, held)],
            [t("Отметок выставлено"), sum(marks_by_assignment.values()), None, None],
            [t("Учащихся без отметок (по предметам)"), no_marks, pairs, share(no_marks, pairs)],
            [t("Учащихся с одной отметкой (по предметам)"), one_mark, pairs, share(one_mark, pairs)],
            [t("Клеток с отметкой и пропуском урока"), len(cells), None, None],
            [t("Пропущено уроков учащимися"), n_missed, None, None],
            [t("из них по болезни"), ill, n_missed, share(ill, n_missed)],
            [t("из них по уважительной причине"), excused, n_missed, share(excused, n_missed)],
        ]
        if ctx.everything:
            summary.rows.extend(self._corrections(span))

        by_class = ReportTable(
            t("По классам"),
            [Column("class", t("Класс")), Column("held", t("Уроков"), Kind.INT),
             Column("no_topic", t("Без темы"), Kind.INT), Column("no_homework", t("Без д/з"), Kind.INT),
             Column("late", t("С опозданием"), Kind.INT), Column("marks", t("Отметок"), Kind.INT),
             Column("no_marks", t("Без отметок"), Kind.INT), Column("one_mark", t("С одной отметкой"), Kind.INT),
             Column("mark_absence", t("Отметка и пропуск"), Kind.INT),
             Column("missed", t("Пропущено уроков"), Kind.INT)])
        cls_of = {a.id: a.class_id for a in ctx.assignments.values()}
        stats: dict[int, list[int]] = defaultdict(lambda: [0] * 9)
        for c in timely.checks:
            s = stats[cls_of[c.lesson.assignment_id]]
            s[0] += 1
            s[1] += c.no_topic
            s[2] += c.no_homework
            s[3] += c.late
        for aid, n in marks_by_assignment.items():
            stats[cls_of[aid]][4] += n
        for item in acc:
            stats[item.assignment.class_id][5] += len(item.no_marks)
            stats[item.assignment.class_id][6] += len(item.one_mark)
        for aid, *_ in cells:
            stats[cls_of[aid]][7] += 1
        for aid, code in missed:
            if code in MISSED_CODES:
                stats[cls_of[aid]][8] += 1
        total = [0] * 9
        for cls in ctx.sorted_classes():
            s = stats.get(cls.id, [0] * 9)
            total = [x + y for x, y in zip(total, s, strict=True)]
            by_class.rows.append([cls.name, *s])
        by_class.totals = [t("Итого"), *total]

        by_teacher = ReportTable(
            t("По учителям"),
            [Column("teacher", t("Учитель")), Column("held", t("Уроков"), Kind.INT),
             Column("unfilled", t("Не заполнено"), Kind.INT), Column("no_topic", t("Без темы"), Kind.INT),
             Column("no_homework", t("Без д/з"), Kind.INT), Column("late", t("С опозданием"), Kind.INT),
             Column("marks", t("Отметок"), Kind.INT), Column("last", t("Последняя запись"), Kind.DATETIME),
             Column("idle", t("Дней без записей"), Kind.INT)])
        tstats: dict[int, list[int]] = defaultdict(lambda: [0] * 6)
        for c in timely.checks:
            s = tstats[c.lesson.teacher_id]
            s[0] += 1
            s[2] += c.no_topic
            s[3] += c.no_homework
            s[4] += c.late
        for unfilled, _, _ in timely.unfilled:
            tstats[unfilled.teacher_id][1] += 1
        for aid, n in marks_by_assignment.items():
            tstats[ctx.assignments[aid].teacher_id][5] += n
        for who in act:
            by_teacher.rows.append([who.name, *tstats.get(who.user_id, [0] * 6), who.last,
                                    who.idle_days(span.end)])

        flagged = ReportTable(
            t("Отметка и пропуск в одной клетке"),
            [Column("date", t("Дата"), Kind.DATE), Column("class", t("Класс")), Column("subject", t("Предмет")),
             Column("teacher", t("Учитель")), Column("student", t("Учащийся")), Column("cell", t("Клетка"))])
        names = student_names({sid for _, _, sid, _, _ in cells})
        for aid, day, sid, values, code in cells:
            where = ctx.assignments[aid]
            flagged.rows.append([day, ctx.all_classes[where.class_id].name, where.subject_title,
                                 ctx.teacher(where.teacher_id),
                                 names[sid].name if sid in names else "", f"{values} {code}"])
        parents = ReportTable(
            t("Работа с родителями"),
            [Column("class", t("Класс")), Column("families", t("Семей"), Kind.INT),
             Column("reached", t("Охвачено"), Kind.INT), Column("share", t("Доля"), Kind.PERCENT)])
        parent_classes = [c for c in ctx.sorted_classes() if c.id in ctx.full_classes]
        reached = contacts.reach([c.id for c in parent_classes], span.start, span.end)
        families = reached_total = 0
        for cls in parent_classes:
            r = reached[cls.id]
            parents.rows.append([cls.name, r.families, r.reached, share(r.reached, r.families)])
            families += r.families
            reached_total += r.reached
        parents.totals = [t("Итого"), families, reached_total, share(reached_total, families)]
        parents.notes = [t("Семья охвачена, если за эти дни в журнале записан хотя бы один контакт с её родителями: "
                           "письмо, дневник, SMS, разговор, встреча. Семей — учащихся класса в эти дни; доля — от "
                           "числа семей.")]
        summary.rows.append([t("Семей, с которыми был контакт"), reached_total, families,
                             share(reached_total, families)])
        notes = [
            t("Доли — от числа в столбце «Из»; «по предметам» — учащийся считается по каждому предмету."),
            *deadline_notes()[:2],
        ]
        return self.result(ctx.subtitle, [summary, by_class, by_teacher, flagged, parents], notes)

    @staticmethod
    def _corrections(span: DateRange) -> list[list[Value]]:
        start, end = start_of(span.start), start_of(span.end + dt.timedelta(days=1))
        items = rows(CorrectionRequest.select(CorrectionRequest.status, CorrectionRequest.created_at,
                                              CorrectionRequest.resolved_at)
                     .where((CorrectionRequest.created_at >= start) & (CorrectionRequest.created_at < end)))
        resolved = [(c, r) for s, c, r in items if r is not None and s != "open"]
        in_a_day = sum(1 for c, r in resolved if r - c <= dt.timedelta(days=1))
        return [
            [t("Запросов на исправление"), len(items), None, None],
            [t("из них рассмотрено"), len(resolved), len(items), share(len(resolved), len(items))],
            [t("из них рассмотрено в течение суток"), in_a_day, len(resolved), share(in_a_day, len(resolved))],
        ]
