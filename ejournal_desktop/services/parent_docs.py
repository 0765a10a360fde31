"""What goes home to parents: the student diary report and the information letter.

* :func:`diary_report` — «отчёт-дневник» of one student or of every student of a
  class for a date range: per subject and lesson date the marks (with the kind
  of work and the teacher's comment on the mark), the absence code (with its
  reason), the topic and the homework.
* :func:`letters` — «информационное письмо родителям» for a period: every
  subject's period mark (н/а as it stands), the mean of the current marks,
  lessons missed (of them for illness / for an excused reason), and the
  homeroom teacher's remark typed when printing (the same for all letters).
* :func:`issue` — once the PDF is written: the print-log row and one contact
  per parent on record (``contacts.log_issued``) in one transaction.  A preview
  calls nothing here but the readers, so it records nothing.

Permission: PARENT_REPORTS for the class (administration, director, deputy,
the homeroom teacher of own class; a subject teacher is refused).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from peewee import JOIN

from ejournal_desktop.domain.averages import display_mean, weighted_mean
from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import contacts, print_log, printdata
from ejournal_desktop.services.access import Actor, relations_for_class, require, standing
from ejournal_desktop.services.errors import NotFound, ValidationError
from ejournal_desktop.services.permissions import Action
from ejournal_desktop.services.printdata import AttendanceCount, ClassJournal, PeriodLine, StudentLine
from ejournal_desktop.services.reports.context import mark_value
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import Absence, Assignment, Lesson, Mark, Period, Student, WorkKind

MAX_REMARK = 1500
MAX_RANGE_DAYS = 400


def _t(text: str) -> str:
    return tr("ParentDocs", text)


def _weight(weight: object) -> Fraction:
    return Fraction(1) if weight is None else Fraction(Decimal(str(weight)))


# --- what is printed ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DiaryMark:
    value: str
    work_kind: str = ""  # «Контрольная работа»
    comment: str = ""  # the teacher's comment on the mark


@dataclass(frozen=True)
class DiaryLesson:
    date: dt.date
    number: int
    topic: str
    homework: str
    marks: tuple[DiaryMark, ...] = ()
    absence: str = ""  # н / б / у / оп
    absence_reason: str = ""


@dataclass(frozen=True)
class DiarySubject:
    title: str  # subject (with the subgroup when there is one)
    teacher: str
    lessons: tuple[DiaryLesson, ...]
    mean: str  # weighted mean of the marks in the range, «» when none


@dataclass(frozen=True)
class StudentDiary:
    student_id: int
    full_name: str
    subjects: tuple[DiarySubject, ...]
    attendance: AttendanceCount


@dataclass(frozen=True)
class DiaryReport:
    school_name: str
    class_id: int
    class_name: str
    year_id: int
    year_name: str
    homeroom_name: str
    date_from: dt.date
    date_to: dt.date
    printed_on: dt.date
    students: tuple[StudentDiary, ...]

    @property
    def student_ids(self) -> list[int]:
        return [s.student_id for s in self.students]

    @property
    def span(self) -> str:
        return _t("с %s по %s") % (format_date_ru(self.date_from), format_date_ru(self.date_to))


@dataclass(frozen=True)
class LetterSubject:
    subject: str
    period_mark: str  # «5», «н/а», «» when not given yet
    mean: str  # weighted mean of the current marks of the period


@dataclass(frozen=True)
class Letter:
    student_id: int
    full_name: str
    subjects: tuple[LetterSubject, ...]
    attendance: AttendanceCount
    gender: str = ""  # «м» / «ж» as in the student's card; "" when not recorded


@dataclass(frozen=True)
class LetterBatch:
    school_name: str
    class_id: int
    class_name: str
    class_title: str
    year_id: int
    year_name: str
    period_id: int
    period_name: str
    period_start: dt.date
    period_end: dt.date
    homeroom_name: str
    remark: str
    printed_on: dt.date
    marks_allowed: bool
    letters: tuple[Letter, ...] = field(default_factory=tuple)

    @property
    def student_ids(self) -> list[int]:
        return [letter.student_id for letter in self.letters]


# --- finding ---------------------------------------------------------------------------------------


def require_reports(actor: Actor, class_id: int) -> None:
    """PARENT_REPORTS for the class (NotFound for a class that does not exist)."""
    st = standing(actor)
    name = printdata._class_name(class_id)
    require(Action.PARENT_REPORTS, relations_for_class(st, class_id), what=name)


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("ё", "е").split())


def students_of_class(class_id: int) -> list[tuple[int, str]]:
    """(student id, full name) of everyone ever enrolled in the class, in list order."""
    students, _ = printdata._students(class_id)
    return [(s.student_id, s.full_name) for s in students]


def find_student(class_id: int, text: str) -> int:
    """A student of the class by «Фамилия», «Фамилия Имя» or the full name (any case, ё = е)."""
    wanted = _norm(text)
    if not wanted:
        raise ValidationError(_t("Укажите учащегося: фамилию и имя."))
    rows = students_of_class(class_id)
    exact = [sid for sid, name in rows if _norm(name) == wanted]
    found = exact or [sid for sid, name in rows if _norm(name).startswith(wanted + " ") or _norm(name) == wanted]
    if len(found) == 1:
        return found[0]
    if found:
        raise ValidationError(_t("Учащийся «%s» неоднозначен (подходят: %s): укажите фамилию, имя и отчество.")
                              % (text, ", ".join(name for sid, name in rows if sid in found)))
    known = ", ".join(name for _, name in rows) or _t("нет")
    raise NotFound(_t("Учащегося «%s» в этом классе нет (есть: %s).") % (text, known))


def _chosen(data: ClassJournal, student_id: int | None, first: dt.date, last: dt.date) -> list[StudentLine]:
    """The student asked for, or everyone in the class on some day from ``first`` to ``last``."""
    if student_id is not None:
        found = [s for s in data.students if s.student_id == student_id]
        if not found:
            raise NotFound(_t("Этот учащийся не учится в классе %s.") % data.class_name)
        return found
    return [s for s in data.students
            if any(start <= last and (end is None or end >= first) for start, end in s.spans)]


# --- the diary report --------------------------------------------------------------------------------


def _check_range(data: ClassJournal, date_from: dt.date, date_to: dt.date) -> None:
    if date_from > date_to:
        raise ValidationError(_t("Начало периода (%s) позже его конца (%s).")
                              % (format_date_ru(date_from), format_date_ru(date_to)))
    if (date_to - date_from).days > MAX_RANGE_DAYS:
        raise ValidationError(_t("Отчёт-дневник печатается не больше чем за учебный год."))
    if date_to < data.year_start or date_from > data.year_end:
        raise ValidationError(_t("Даты %s – %s не относятся к %s учебному году.")
                              % (format_date_ru(date_from), format_date_ru(date_to), data.year_name))


def diary_report(actor: Actor, class_id: int, date_from: dt.date, date_to: dt.date, student_id: int | None = None,
                 *, today: dt.date | None = None) -> DiaryReport:
    """The diary report of one student or of every student of the class, for a date range."""
    require_reports(actor, class_id)
    data = printdata.collect(class_id, today=today, include_empty=False)
    _check_range(data, date_from, date_to)
    chosen = _chosen(data, student_id, date_from, date_to)
    ids = [s.student_id for s in chosen]
    lesson_ids = [ln.lesson_id for s in data.subjects for ln in s.lessons
                  if ln.lesson_id is not None and date_from <= ln.date <= date_to]
    marks: dict[tuple[int, int], list[DiaryMark]] = defaultdict(list)
    weights: dict[tuple[int, int], list[tuple[Fraction, Fraction]]] = defaultdict(list)  # (student, assignment)
    for lid, sid, aid, value, weight, kind, comment in (
        Mark.select(Mark.lesson, Mark.student, Lesson.assignment, Mark.value, Mark.weight, WorkKind.name,
                    Mark.comment)
        .join(Lesson, on=(Mark.lesson == Lesson.id))
        .switch(Mark).join(WorkKind, join_type=JOIN.LEFT_OUTER, on=(Mark.work_kind == WorkKind.id))
        .where(Mark.lesson.in_(lesson_ids or [0]) & Mark.student.in_(ids or [0]))
        .order_by(Mark.position, Mark.id).tuples()
    ):
        marks[(int(lid), int(sid))].append(DiaryMark(str(value), str(kind or ""), str(comment or "").strip()))
        v = mark_value(str(value))
        if v is not None:
            weights[(int(sid), int(aid))].append((v, _weight(weight)))
    absences: dict[tuple[int, int], tuple[str, str]] = {}
    for lid, sid, code, reason in (
        Absence.select(Absence.lesson, Absence.student, Absence.code, Absence.reason)
        .where(Absence.lesson.in_(lesson_ids or [0]) & Absence.student.in_(ids or [0])).tuples()
    ):
        absences[(int(lid), int(sid))] = (str(code), str(reason or "").strip())
    out: list[StudentDiary] = []
    for st in chosen:
        subjects: list[DiarySubject] = []
        codes: list[str] = []
        for subj in data.subjects:
            if all(r.student_id != st.student_id for r in subj.rows):
                continue
            lines = []
            for ln in subj.lessons:
                if ln.lesson_id is None or not (date_from <= ln.date <= date_to) or not st.active_on(ln.date):
                    continue
                code, reason = absences.get((ln.lesson_id, st.student_id), ("", ""))
                if code:
                    codes.append(code)
                lines.append(DiaryLesson(ln.date, ln.number, ln.topic, ln.homework,
                                         tuple(marks.get((ln.lesson_id, st.student_id), ())), code, reason))
            if not lines:
                continue
            pairs = weights.get((st.student_id, subj.assignment_id), [])
            mean = display_mean(weighted_mean(pairs)) if pairs else ""
            subjects.append(DiarySubject(subj.title, subj.teacher_short, tuple(lines), mean))
        out.append(StudentDiary(st.student_id, st.full_name, tuple(subjects), printdata._count(codes)))
    return DiaryReport(data.school_name, data.class_id, data.class_name, data.year_id, data.year_name,
                       data.homeroom_name, date_from, date_to, data.printed_on, tuple(out))


# --- the information letter --------------------------------------------------------------------------


def _period(data: ClassJournal, period_id: int) -> PeriodLine:
    for p in data.periods:
        if p.id == period_id:
            return p
    raise NotFound(_t("Этот учебный период не относится к %s учебному году.") % data.year_name)


def letters(actor: Actor, class_id: int, period_id: int, student_id: int | None = None, remark: str = "",
            *, today: dt.date | None = None) -> LetterBatch:
    """Information letters for one student or every student of the class, for one period."""
    remark = remark.strip()
    if len(remark) > MAX_REMARK:
        raise ValidationError(_t("Замечания классного руководителя длиннее %d символов.") % MAX_REMARK)
    require_reports(actor, class_id)
    data = printdata.collect(class_id, today=today, include_empty=False)
    period = _period(data, period_id)
    chosen = _chosen(data, student_id, period.start, period.end)
    ids = [s.student_id for s in chosen]
    by_subject: dict[tuple[int, int], list[tuple[Fraction, Fraction]]] = defaultdict(list)  # (student, subject)
    for sid, subj, value, weight in (
        Mark.select(Mark.student, Assignment.subject, Mark.value, Mark.weight)
        .join(Lesson, on=(Mark.lesson == Lesson.id))
        .join(Assignment, on=(Lesson.assignment == Assignment.id))
        .where((Assignment.school_class == class_id) & Mark.student.in_(ids or [0])
               & Lesson.date.between(period.start, period.end)).tuples()
    ):
        v = mark_value(str(value))
        if v is not None:
            by_subject[(int(sid), int(subj))].append((v, _weight(weight)))
    taught: dict[int, set[int]] = defaultdict(set)  # subject → students who have its lessons
    for subj in data.subjects:
        taught[subj.subject_id].update(r.student_id for r in subj.rows)
    genders = {int(i): str(g) for i, g in Student.select(Student.id, Student.gender)
               .where(Student.id.in_(ids or [0])).tuples()}
    out = []
    for st in chosen:
        rows = []
        for subject_id, name in data.summary_subjects:
            mark = data.summary.get((st.student_id, subject_id, data.period_mark_kind, period.id), "")
            pairs = by_subject.get((st.student_id, subject_id), [])
            if st.student_id not in taught.get(subject_id, set()) and not mark and not pairs:
                continue
            mean = display_mean(weighted_mean(pairs)) if pairs else ""
            rows.append(LetterSubject(name, mark, mean))
        out.append(Letter(st.student_id, st.full_name, tuple(rows),
                          data.attendance.get((st.student_id, period.id), AttendanceCount()),
                          genders.get(st.student_id, "")))
    return LetterBatch(data.school_name, data.class_id, data.class_name, data.class_title, data.year_id,
                       data.year_name, period.id, period.name, period.start, period.end, data.homeroom_name,
                       remark, data.printed_on, data.marks_allowed, tuple(out))


# --- issuing -----------------------------------------------------------------------------------------


def issue(actor: Actor, report: DiaryReport | LetterBatch, *, pages: int, digest: str, file_name: str,
          on: dt.date | None = None) -> int:
    """Record the written PDF: a print-log row and a contact per parent of each student, in one transaction.

    Returns the number of contacts recorded.
    """
    day = on or dt.date.today()
    if isinstance(report, DiaryReport):
        kind, log_kind = "diary", "diary"
        subject = _t("Отчёт-дневник %s") % report.span
        period_id: int | None = None
    else:
        kind, log_kind = "letter", "letters"
        subject = _t("Информационное письмо: %s, %s учебный год") % (report.period_name, report.year_name)
        period_id = report.period_id
    with write_transaction():
        require_reports(actor, report.class_id)
        print_log.insert(actor, log_kind, class_id=report.class_id, year_id=report.year_id, period_id=period_id,
                         pages=pages, digest=digest, file_name=file_name)
        return contacts.log_issued(actor, report.student_ids, kind, day, subject)


def period_spans(year_id: int) -> list[tuple[int, str, dt.date, dt.date]]:
    """(period id, name, first day, last day) of a year's periods: the print tab's default date ranges."""
    return [(int(i), str(n), s, e) for i, n, s, e in
            Period.select(Period.id, Period.name, Period.start, Period.end).where(Period.year == year_id)
            .order_by(Period.number).tuples()]


def current_span(year_id: int, today: dt.date) -> tuple[int | None, dt.date, dt.date]:
    """The period of ``today`` (else the last one begun, else the first) and a diary range in it up to today."""
    spans = period_spans(year_id)
    if not spans:
        return None, today, today
    chosen = next((p for p in spans if p[2] <= today <= p[3]), None) or \
        next((p for p in reversed(spans) if p[2] <= today), None) or spans[0]
    pid, _, start, end = chosen
    return pid, start, min(end, max(start, today))
