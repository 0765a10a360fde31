"""The homeroom teacher's weekly check of the class journal (seeds 000 §3.4–3.5, 004 §3.3, §4.2).

Once a week the homeroom teacher looks over the journal of the own class: which
lessons the timetable put into the week and which of them hold a record, the
topics and homework written, the absences noted, the students who have had no
mark in a subject over the last lessons, the correction requests still open —
and confirms the check.  The deputy (and the director, the administrator) sees
for every class which weeks were confirmed, when, by whom, with the figures as
they stood at the confirmation (report ``weekly_checks``).

How the figures are counted, per journal page (subject, or subject and subgroup):

* **по расписанию** — lessons the timetable and the substitutions put into the
  week, up to today (later days of the current week are not due yet);
* **записано** — lessons the journal holds in the week (a lesson exists once a
  mark, an absence, a topic or homework was entered; an extra lesson outside
  the timetable counts too); **не заполнено** — timetable lessons up to
  yesterday with no record at all;
* **с темой**, **с д/з** — recorded lessons with a topic / with homework
  (homework is not counted in 1st grade and extra-curricular groups);
* **посещаемость отмечена** — the journal does not store «everyone was
  present», only an absence row per absent or late student.  A recorded
  lesson counts as having its attendance taken when it holds at least one
  absence or at least one mark (the teacher went through the class list);
  a lesson with only a topic or homework does not;
* **пропусков** — lessons missed by students in the week (н, б, у), of them
  for illness (б) and excused (у);
* **без отметок** — students of the page with no mark over its last N held
  lessons up to the week's end (N = :data:`DEFAULT_LAST_LESSONS`; the same
  computation as the «Накопляемость отметок» report);
* **запросов на исправление** — correction requests about lessons of the page
  (or period marks of its subject in the class) still open now.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from ejournal_desktop.domain.periods import DateRange, format_date_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import audit
from ejournal_desktop.services.access import Actor, relations_for_class, require, standing
from ejournal_desktop.services.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from ejournal_desktop.services.permissions import GLOBAL_ROLES, Action, Role
from ejournal_desktop.services.reports.base import Param, ReportParams
from ejournal_desktop.services.reports.context import (
    MISSED_CODES,
    Context,
    absences,
    build_context,
    lesson_mark_counts,
    lessons,
    scheduled,
    short_person,
)
from ejournal_desktop.services.reports.control import accumulation
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import (
    CorrectionRequest,
    Lesson,
    PeriodMark,
    SchoolClass,
    User,
    WeeklyCheck,
    now,
)

DEFAULT_LAST_LESSONS = 5
MAX_NOTE = 1000


def _t(text: str) -> str:
    return tr("WeeklyCheck", text)


def week_of(day: dt.date) -> dt.date:
    """The Monday of the week holding ``day``."""
    return day - dt.timedelta(days=day.weekday())


def week_span(week_start: dt.date) -> DateRange:
    return DateRange(week_start, week_start + dt.timedelta(days=6))


def week_title(week_start: dt.date) -> str:
    return _t("%s – %s") % (format_date_ru(week_start), format_date_ru(week_start + dt.timedelta(days=6)))


@dataclass
class SubjectFigures:
    """One journal page of the class in the week."""

    subject: str
    teacher: str
    scheduled: int = 0
    recorded: int = 0
    unfilled: int = 0
    with_topic: int = 0
    with_homework: int | None = 0  # None: homework is not given in this class
    attendance_taken: int = 0
    missed: int = 0
    ill: int = 0
    excused: int = 0
    no_marks: list[str] | None = field(default_factory=list)  # None: marks are not given in this class
    open_corrections: int = 0

    @property
    def without_topic(self) -> int:
        return self.recorded - self.with_topic

    @property
    def without_homework(self) -> int | None:
        return None if self.with_homework is None else self.recorded - self.with_homework

    @property
    def without_attendance(self) -> int:
        return self.recorded - self.attendance_taken


@dataclass
class WeekSummary:
    class_id: int
    class_name: str
    week_start: dt.date
    until: dt.date  # the last day counted (today within the current week)
    last_lessons: int
    subjects: list[SubjectFigures]

    @property
    def week_end(self) -> dt.date:
        return self.week_start + dt.timedelta(days=6)

    def total(self, attr: str) -> int:
        out = 0
        for s in self.subjects:
            value = getattr(s, attr)
            if isinstance(value, list):
                out += len(value)
            elif value is not None:
                out += int(value)
        return out

    @property
    def without_homework(self) -> int | None:
        """Lessons without homework, over the subjects where homework is given (None: none is)."""
        found = [s.without_homework for s in self.subjects if s.without_homework is not None]
        return sum(found) if found else None

    @property
    def no_marks(self) -> int | None:
        """Students without marks in the last lessons, counted per subject (None: no marks in this class)."""
        found = [len(s.no_marks) for s in self.subjects if s.no_marks is not None]
        return sum(found) if found else None

    def to_json(self) -> str:
        data = {"class": self.class_name, "week_start": self.week_start.isoformat(), "until": self.until.isoformat(),
                "last_lessons": self.last_lessons, "subjects": [asdict(s) for s in self.subjects]}
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, class_id: int, text: str) -> WeekSummary:
        data = json.loads(text)
        return cls(class_id, str(data["class"]), dt.date.fromisoformat(data["week_start"]),
                   dt.date.fromisoformat(data["until"]), int(data["last_lessons"]),
                   [SubjectFigures(**s) for s in data["subjects"]])


def _check_week(week_start: dt.date) -> None:
    if not isinstance(week_start, dt.date) or isinstance(week_start, dt.datetime):
        raise ValidationError(_t("Укажите неделю."))
    if week_start.weekday() != 0:
        raise ValidationError(_t("Неделя начинается с понедельника, а %s — не понедельник.")
                              % format_date_ru(week_start))


def _context(actor: Actor, class_id: int, week_start: dt.date, today: dt.date) -> Context:
    _check_week(week_start)
    span = week_span(week_start)
    ctx = build_context(actor, ReportParams(class_id=class_id, date_from=span.start, date_to=span.end, today=today),
                        title=_t("Еженедельная проверка журнала"), needs_class=True,
                        accepts=frozenset({Param.CLASS, Param.DATES}))
    if class_id not in ctx.full_classes:
        raise PermissionDenied(_t("Еженедельную проверку журнала класса видят классный руководитель "
                                  "и администрация школы."))
    if span.end < ctx.year_start or span.start > ctx.year_end:
        raise ValidationError(_t("Неделя %s не входит в учебный год %s.") % (week_title(week_start), ctx.year_name))
    if week_start > today:
        raise ValidationError(_t("Неделя %s ещё не началась.") % week_title(week_start))
    return ctx


def _open_corrections(ctx: Context) -> dict[int, int]:
    """Assignment → correction requests still open about its lessons or its subject's period marks."""
    out: dict[int, int] = defaultdict(int)
    by_lesson = (CorrectionRequest.select(Lesson.assignment)
                 .join(Lesson, on=(CorrectionRequest.lesson == Lesson.id))
                 .where((CorrectionRequest.status == "open")
                        & Lesson.assignment.in_(sorted(ctx.assignments) or [0])).tuples())
    for (aid,) in by_lesson:
        out[int(aid)] += 1
    first_of_subject: dict[int, int] = {}
    for a in ctx.sorted_assignments():
        first_of_subject.setdefault(a.subject_id, a.id)
    assert ctx.school_class is not None
    by_period_mark = (CorrectionRequest.select(PeriodMark.subject)
                      .join(PeriodMark, on=(CorrectionRequest.period_mark == PeriodMark.id))
                      .where((CorrectionRequest.status == "open")
                             & (PeriodMark.school_class == ctx.school_class.id)).tuples())
    for (subject_id,) in by_period_mark:
        aid = first_of_subject.get(int(subject_id))
        if aid is not None:
            out[aid] += 1
    return out


def _summary(ctx: Context, week_start: dt.date, last_lessons: int) -> WeekSummary:
    assert ctx.school_class is not None
    cls = ctx.school_class
    span = week_span(week_start)
    until = min(span.end, ctx.today)
    counted = DateRange(span.start, until)
    held = lessons(ctx, counted)
    due = scheduled(ctx, counted)
    absent = absences(ctx, counted)
    marked_lessons = {lid for (lid, _), n in lesson_mark_counts(ctx, counted).items() if n}
    absent_lessons = {lid for _, lid, _, _, _ in absent}
    acc = {x.assignment.id: x for x in accumulation(ctx, span, last_lessons)} if cls.marks_allowed else {}
    corrections = _open_corrections(ctx)
    held_by: dict[int, list[Any]] = defaultdict(list)
    for lesson in held:
        held_by[lesson.assignment_id].append(lesson)
    subjects = []
    for a in ctx.sorted_assignments():
        mine = held_by.get(a.id, [])
        slots = due.get(a.id, set())
        recorded_slots = {(x.date, x.number) for x in mine}
        fig = SubjectFigures(a.subject_title, ctx.teacher(a.teacher_id))
        fig.scheduled = len(slots)
        fig.recorded = len(mine)
        fig.unfilled = sum(1 for day, number in slots if (day, number) not in recorded_slots and day < ctx.today)
        fig.with_topic = sum(1 for x in mine if x.topic.strip())
        fig.with_homework = sum(1 for x in mine if x.homework.strip()) if cls.homework_allowed else None
        fig.attendance_taken = sum(1 for x in mine if x.id in marked_lessons or x.id in absent_lessons)
        for aid, _, _, _, code in absent:
            if aid == a.id and code in MISSED_CODES:
                fig.missed += 1
                fig.ill += code == "б"
                fig.excused += code == "у"
        fig.no_marks = [p.name for p in acc[a.id].no_marks] if a.id in acc else None
        fig.open_corrections = corrections.get(a.id, 0)
        subjects.append(fig)
    return WeekSummary(cls.id, cls.name, week_start, until, last_lessons, subjects)


def summary(actor: Actor, class_id: int, week_start: dt.date, *, today: dt.date | None = None,
            last_lessons: int = DEFAULT_LAST_LESSONS) -> WeekSummary:
    """The week's completeness summary of the class, computed from the journal now."""
    if not 1 <= last_lessons <= 50:
        raise ValidationError(_t("Число последних уроков должно быть от 1 до 50."))
    ctx = _context(actor, class_id, week_start, today or dt.date.today())
    return _summary(ctx, week_start, last_lessons)


@dataclass(frozen=True)
class CheckRow:
    id: int
    class_id: int
    week_start: dt.date
    note: str
    confirmed_by: str
    confirmed_at: dt.datetime
    version: int
    figures: WeekSummary


def _rows(where: Any) -> list[CheckRow]:
    query = (WeeklyCheck.select(WeeklyCheck.id, WeeklyCheck.school_class, WeeklyCheck.week_start, WeeklyCheck.note,
                                User.surname, User.name, User.patronymic, WeeklyCheck.confirmed_at,
                                WeeklyCheck.version, WeeklyCheck.figures)
             .join(User, on=(WeeklyCheck.confirmed_by == User.id))
             .where(where).order_by(WeeklyCheck.week_start.desc()).tuples())
    return [CheckRow(int(i), int(c), w, str(n), short_person(us, un, up), at, int(v), WeekSummary.from_json(int(c), f))
            for i, c, w, n, us, un, up, at, v, f in query]


def _require_view(actor: Actor, class_id: int) -> None:
    st = standing(actor)
    if SchoolClass.get_or_none(SchoolClass.id == class_id) is None:
        raise NotFound(_t("Класс не найден."))
    rel = relations_for_class(st, class_id)
    require(Action.VIEW_REPORTS, rel)
    if not (rel & GLOBAL_ROLES or Role.HOMEROOM in rel):
        raise PermissionDenied(_t("Еженедельную проверку журнала класса видят классный руководитель "
                                  "и администрация школы."))


def checks_of_class(actor: Actor, class_id: int) -> list[CheckRow]:
    """The confirmed weeks of the class, newest first."""
    _require_view(actor, class_id)
    return _rows(WeeklyCheck.school_class == class_id)


def check_of_week(actor: Actor, class_id: int, week_start: dt.date) -> CheckRow | None:
    _require_view(actor, class_id)
    found = _rows((WeeklyCheck.school_class == class_id) & (WeeklyCheck.week_start == week_start))
    return found[0] if found else None


def checks_in(class_ids: list[int], span: DateRange) -> list[CheckRow]:
    """Confirmed weeks of these classes starting within ``span`` (no permission check: for reports)."""
    return _rows(WeeklyCheck.school_class.in_(class_ids or [0]) & (WeeklyCheck.week_start >= span.start)
                 & (WeeklyCheck.week_start <= span.end))


def confirm(actor: Actor, class_id: int, week_start: dt.date, note: str = "", expected_version: int | None = None,
            *, today: dt.date | None = None, last_lessons: int = DEFAULT_LAST_LESSONS) -> int:
    """Confirm the week's check of the own class (the homeroom teacher); returns the check's version.

    The figures are computed now and stored as confirmed.  Re-confirming a week
    replaces them; ``expected_version`` is the version the user saw (None when
    the week was not confirmed yet) — if someone confirmed it since, nothing is
    written and a ConflictError is raised.
    """
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise ValidationError(_t("Примечание длиннее %d символов.") % MAX_NOTE)
    _check_week(week_start)
    with write_transaction():
        st = standing(actor)
        if SchoolClass.get_or_none(SchoolClass.id == class_id) is None:
            raise NotFound(_t("Класс не найден."))
        require(Action.CONFIRM_WEEKLY_CHECK, relations_for_class(st, class_id),
                what=_t("только классный руководитель этого класса"))
        week = summary(actor, class_id, week_start, today=today, last_lessons=last_lessons)
        figures = week.to_json()
        existing = WeeklyCheck.get_or_none((WeeklyCheck.school_class == class_id)
                                           & (WeeklyCheck.week_start == week_start))
        if existing is None:
            if expected_version is not None:
                raise ConflictError(_t("Проверка недели %s не найдена: обновите окно.") % week_title(week_start))
            check_id = int(WeeklyCheck.insert(school_class=class_id, week_start=week_start, figures=figures, note=note,
                                              confirmed_by=actor.user_id, confirmed_at=now(),
                                              version=1).execute())
            audit.record(actor, "weekly_check.confirm", "weekly_check", check_id, class_id=class_id,
                         new={"week_start": week_start, "note": note, "figures": json.loads(figures)})
            return 1
        if expected_version != existing.version:
            raise ConflictError(
                _t("Проверку недели %s уже подтвердил(а) %s: обновите окно и подтвердите ещё раз.")
                % (week_title(week_start), _rows(WeeklyCheck.id == existing.id)[0].confirmed_by),
                current=existing.version, attempted=expected_version)
        version = int(existing.version) + 1
        updated = (WeeklyCheck.update(figures=figures, note=note, confirmed_by=actor.user_id,
                                      confirmed_at=now(), version=version)
                   .where((WeeklyCheck.id == existing.id) & (WeeklyCheck.version == existing.version)).execute())
        if updated != 1:
            raise ConflictError(_t("Проверку недели %s только что изменили: обновите окно.")
                                % week_title(week_start))
        audit.record(actor, "weekly_check.reconfirm", "weekly_check", int(existing.id), class_id=class_id,
                     old={"note": existing.note, "figures": json.loads(existing.figures or "{}"),
                          "version": existing.version},
                     new={"week_start": week_start, "note": note, "figures": json.loads(figures), "version": version})
        return version
