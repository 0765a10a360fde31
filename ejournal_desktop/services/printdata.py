"""What the printed journal of a class holds, gathered once for ``printing/`` to draw.

One :class:`ClassJournal` per class and year: the class list with its movement,
for every assignment (subject, or subject × subgroup) the lessons of the year
with topic, homework and who taught them, every cell's marks and absence code,
the period and year marks; attendance totals per period; the summary of
period, year, exam and final marks; substitutions.  Read with a dozen
set-based queries for the whole class (tuples, no model instances).

Permission: PRINT_JOURNAL for the class (administration any class, the
homeroom teacher the own class; a subject teacher may not print).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from ejournal_desktop.domain.marks import AbsenceCode, PeriodMarkKind, homework_allowed, marks_allowed
from ejournal_desktop.domain.periods import DateRange
from ejournal_desktop.domain.text import person_key_ru, short_name, sort_key_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import Actor, relations_for_class, require, standing
from ejournal_desktop.services.errors import NotFound, ValidationError
from ejournal_desktop.services.lessons import AssignmentInfo, timetable_slots
from ejournal_desktop.services.periods import PERIOD_MARK_KIND
from ejournal_desktop.services.permissions import Action, Role
from ejournal_desktop.store.models import (
    Absence,
    AcademicYear,
    Assignment,
    Certification,
    Enrollment,
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
    User,
    UserRole,
    db_proxy,
)

# --- what is printed ---------------------------------------------------------------------------------


def short_person(surname: str, name: str, patronymic: str) -> str:
    """«Иванова М. П.», as the printed journal writes it."""
    return short_name(surname, name, patronymic, spaced=True)


def full_person(surname: str, name: str, patronymic: str) -> str:
    return " ".join(p for p in (surname, name, patronymic) if p)


@dataclass(frozen=True)
class StudentLine:
    student_id: int
    surname: str
    name: str
    patronymic: str
    birth_date: dt.date | None
    file_no: str
    # the spans the student was in the class: (first day, last day or None)
    spans: tuple[tuple[dt.date, dt.date | None], ...]

    @property
    def full_name(self) -> str:
        return full_person(self.surname, self.name, self.patronymic)

    @property
    def name_with_initial(self) -> str:
        """«Алексеев Артём И.» — when the full name does not fit."""
        tail = f" {self.patronymic[0]}." if self.patronymic else ""
        return f"{self.surname} {self.name}{tail}"

    @property
    def short_name(self) -> str:
        return short_person(self.surname, self.name, self.patronymic)

    def active_on(self, day: dt.date) -> bool:
        return any(start <= day and (end is None or day <= end) for start, end in self.spans)

    def active_through(self, first: dt.date, last: dt.date) -> bool:
        """In the class on every day from ``first`` to ``last`` (one span covers them)."""
        return any(start <= first and (end is None or last <= end) for start, end in self.spans)


@dataclass(frozen=True)
class PeriodLine:
    id: int
    number: int
    name: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class LessonLine:
    date: dt.date
    number: int
    lesson_id: int | None  # None: a timetable lesson nothing was written for
    topic: str = ""
    homework: str = ""
    teacher: str = ""  # short name of who taught it
    substituted: bool = False  # taught by someone other than the load's teacher
    period_id: int | None = None


@dataclass
class SubjectJournal:
    """The pages of one assignment: a subject of the class (or of one of its subgroups)."""

    assignment_id: int
    subject_id: int
    subject_name: str
    title: str  # subject, with the subgroup when there is one
    teacher: str  # full name of the load's teacher
    teacher_short: str
    marks_allowed: bool
    homework_allowed: bool
    rows: list[StudentLine]
    lessons: list[LessonLine]
    # (student id, lesson date, lesson number) → the cell's text: marks, then the absence code
    cells: dict[tuple[int, dt.date, int], str] = field(default_factory=dict)
    period_marks: dict[tuple[int, int], str] = field(default_factory=dict)  # (student, period) → mark
    year_marks: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AttendanceCount:
    missed: int = 0  # lessons missed: н + б + у
    ill: int = 0  # of them for illness (б)
    excused: int = 0  # of them for an excused reason (у)
    late: int = 0  # опоздания (оп), not missed lessons

    def __add__(self, other: AttendanceCount) -> AttendanceCount:
        return AttendanceCount(self.missed + other.missed, self.ill + other.ill,
                               self.excused + other.excused, self.late + other.late)


@dataclass(frozen=True)
class SubstitutionLine:
    date: dt.date
    number: int
    subject: str
    teacher: str  # the load's teacher
    substitute: str
    reason: str
    topic: str


@dataclass(frozen=True)
class MovementLine:
    student_id: int
    full_name: str
    birth_date: dt.date | None
    file_no: str
    date_from: dt.date
    reason_in: str
    order_in: str
    date_to: dt.date | None
    reason_out: str
    order_out: str


@dataclass(frozen=True)
class CertificationLine:
    certified_at: dt.datetime
    certified_by: str
    digest: str
    sheet_count: int


@dataclass
class ClassJournal:
    class_id: int
    class_name: str  # 5А
    class_title: str  # 5 «А» — as the title sheet writes it
    level: int | None
    extracurricular: bool
    year_id: int
    year_name: str
    year_start: dt.date
    year_end: dt.date
    school_name: str
    director_name: str
    homeroom_name: str
    period_kind: str  # quarter / half / trimester
    period_mark_kind: str
    periods: list[PeriodLine]
    students: list[StudentLine]
    subjects: list[SubjectJournal]
    summary_subjects: list[tuple[int, str]]  # (subject id, name) in print order
    # (student id, subject id, kind, period id or 0) → mark
    summary: dict[tuple[int, int, str, int], str]
    attendance: dict[tuple[int, int], AttendanceCount]  # (student id, period id) → counts
    substitutions: list[SubstitutionLine]
    movement: list[MovementLine]
    printed_on: dt.date
    certification: CertificationLine | None = None
    period_filter: PeriodLine | None = None  # pages of one period only

    @property
    def marks_allowed(self) -> bool:
        return marks_allowed(self.level, self.extracurricular)

    def summary_kinds(self) -> list[tuple[str, int, str]]:
        """(kind, period id or 0, title) of each page of the summary sheet, in order."""
        kinds = [(self.period_mark_kind, p.id, p.name) for p in self.periods]
        kinds.append((str(PeriodMarkKind.YEAR), 0, tr("Print", "Годовые отметки")))
        present = {k for (_, _, k, _) in self.summary}
        if str(PeriodMarkKind.EXAM) in present or self.level in (9, 11):
            kinds.append((str(PeriodMarkKind.EXAM), 0, tr("Print", "Экзаменационные отметки")))
        if str(PeriodMarkKind.FINAL) in present or self.level in (9, 11):
            kinds.append((str(PeriodMarkKind.FINAL), 0, tr("Print", "Итоговые отметки")))
        return kinds


# --- finding the class, the year, the subject ----------------------------------------------------------


def class_display(level: int | None, letter: str, title: str, extracurricular: bool) -> str:
    return str(title) if extracurricular else f"{level}{letter}"


def class_title(level: int | None, letter: str, title: str, extracurricular: bool) -> str:
    if extracurricular:
        return str(title)
    return f"{level} «{letter}»" if letter else str(level)


def _norm_class(text: str) -> str:
    return re.sub(r"[\s«»\"'\-–—]", "", text).upper().replace("Ё", "Е")


def years() -> list[tuple[int, str]]:
    """Every academic year, newest first."""
    return [(int(i), str(n)) for i, n in
            AcademicYear.select(AcademicYear.id, AcademicYear.name).order_by(AcademicYear.start.desc()).tuples()]


def default_year(today: dt.date | None = None) -> int:
    """The year of today; else the latest one already begun; else the first one."""
    day = today or dt.date.today()
    rows = list(AcademicYear.select(AcademicYear.id, AcademicYear.start, AcademicYear.end)
                .order_by(AcademicYear.start.desc()).tuples())
    if not rows:
        raise NotFound(tr("Print", "В журнале нет ни одного учебного года."))
    for yid, start, end in rows:
        if start <= day <= end:
            return int(yid)
    for yid, start, _ in rows:
        if start <= day:
            return int(yid)
    return int(rows[-1][0])


def find_year(name: str | None, today: dt.date | None = None) -> int:
    if not name:
        return default_year(today)
    wanted = name.strip().replace("-", "/").replace("–", "/")
    row = AcademicYear.select(AcademicYear.id).where(AcademicYear.name == wanted).tuples().first()
    if row is None:
        known = ", ".join(n for _, n in years()) or tr("Print", "нет")
        raise NotFound(tr("Print", "Учебный год «%s» не найден (есть: %s).") % (name, known))
    return int(row[0])


def classes_of_year(year_id: int) -> list[tuple[int, str]]:
    """(class id, name) of a year: classes by level and letter, then extra-curricular groups."""
    rows = [
        (int(cid), int(level or 0), str(letter), str(title), bool(extra))
        for cid, level, letter, title, extra in SchoolClass.select(
            SchoolClass.id, SchoolClass.level, SchoolClass.letter, SchoolClass.title,
            SchoolClass.extracurricular).where(SchoolClass.year == year_id).tuples()
    ]
    rows.sort(key=lambda r: (r[4], r[1], sort_key_ru(r[2]), sort_key_ru(r[3])))
    return [(cid, class_display(level, letter, title, extra)) for cid, level, letter, title, extra in rows]


def find_class(name: str, year: str | None = None, *, today: dt.date | None = None) -> tuple[int, int]:
    """(class id, year id) of a class named like «5А», «5 А», «5«А»» in a year (default: the current)."""
    year_id = find_year(year, today)
    wanted = _norm_class(name)
    found = [cid for cid, cname in classes_of_year(year_id) if _norm_class(cname) == wanted]
    if not found:
        year_name = AcademicYear.get_by_id(year_id).name
        known = ", ".join(cname for _, cname in classes_of_year(year_id)) or tr("Print", "нет")
        raise NotFound(tr("Print", "Класс «%s» в %s учебном году не найден (есть: %s).")
                       % (name, year_name, known))
    return found[0], year_id


def find_subject(class_id: int, text: str) -> int:
    """The id of a subject taught in the class, by its name (any case, or the start of it)."""
    rows = sorted({(int(sid), str(name), str(short)) for sid, name, short in
                   Assignment.select(Subject.id, Subject.name, Subject.short_name)
                   .join(Subject, on=(Assignment.subject == Subject.id))
                   .where(Assignment.school_class == class_id).tuples()})
    wanted = text.strip().lower().replace("ё", "е")

    def norm(s: str) -> str:
        return s.lower().replace("ё", "е")

    exact = [sid for sid, name, short in rows if wanted in (norm(name), norm(short))]
    if exact:
        return exact[0]
    starts = [sid for sid, name, _ in rows if norm(name).startswith(wanted)]
    if len(starts) == 1:
        return starts[0]
    known = ", ".join(name for _, name, _ in rows) or tr("Print", "нет")
    if starts:
        raise ValidationError(tr("Print", "Предмет «%s» неоднозначен (подходят: %s).")
                              % (text, ", ".join(n for s, n, _ in rows if s in starts)))
    raise NotFound(tr("Print", "Предмет «%s» в этом классе не преподаётся (есть: %s).") % (text, known))


def find_period(year_id: int, number: int) -> int:
    row = Period.select(Period.id).where((Period.year == year_id) & (Period.number == number)).tuples().first()
    if row is None:
        raise NotFound(tr("Print", "Учебного периода № %d в этом году нет.") % number)
    return int(row[0])


# --- permission ------------------------------------------------------------------------------------------


def require_print(actor: Actor, class_id: int) -> None:
    st = standing(actor)
    name = _class_name(class_id)
    require(Action.PRINT_JOURNAL, relations_for_class(st, class_id), what=name)


def may_print(actor: Actor, class_id: int) -> bool:
    from ejournal_desktop.services.permissions import decide

    st = standing(actor)
    return decide(Action.PRINT_JOURNAL, relations_for_class(st, class_id),
                  school_settings.permission_settings()).allowed


def printable_classes(actor: Actor, year_id: int) -> list[tuple[int, str]]:
    """Classes of a year this person may print: all for the administration, own for a homeroom teacher."""
    st = standing(actor)
    out = classes_of_year(year_id)
    if st.roles & {Role.ADMIN, Role.DIRECTOR, Role.DEPUTY}:
        return out
    return [(cid, name) for cid, name in out if cid in st.homeroom_class_ids]


def _class_name(class_id: int) -> str:
    row = (SchoolClass.select(SchoolClass.level, SchoolClass.letter, SchoolClass.title,
                              SchoolClass.extracurricular)
           .where(SchoolClass.id == class_id).tuples().first())
    if row is None:
        raise NotFound(tr("Print", "Класс не найден."))
    return class_display(row[0], str(row[1]), str(row[2]), bool(row[3]))


# --- gathering -------------------------------------------------------------------------------------------


def class_journal(actor: Actor, class_id: int, *, today: dt.date | None = None) -> ClassJournal:
    """Everything the bound journal of a class prints (PRINT_JOURNAL for the class)."""
    require_print(actor, class_id)
    return collect(class_id, today=today)


def subject_pages(
    actor: Actor, class_id: int, subject_id: int, period_id: int | None, *, today: dt.date | None = None
) -> ClassJournal:
    """The journal pages of one subject (all its subgroups), of one period or of the whole year."""
    require_print(actor, class_id)
    data = collect(class_id, today=today)
    return restrict(data, subject_id, period_id)


def restrict(data: ClassJournal, subject_id: int | None, period_id: int | None) -> ClassJournal:
    """The same journal with only one subject and/or one period's lessons."""
    subjects = [s for s in data.subjects if subject_id is None or s.subject_id == subject_id]
    if subject_id is not None and not subjects:
        raise NotFound(tr("Print", "Этот предмет в классе %s не преподаётся.") % data.class_name)
    period: PeriodLine | None = None
    if period_id is not None:
        period = next((p for p in data.periods if p.id == period_id), None)
        if period is None:
            raise ValidationError(tr("Print", "Период относится к другому учебному году."))
        subjects = [
            replace(s, lessons=[ln for ln in s.lessons if period.start <= ln.date <= period.end],
                    period_marks={k: v for k, v in s.period_marks.items() if k[1] == period.id},
                    year_marks={})
            for s in subjects
        ]
    return replace(data, subjects=subjects, period_filter=period)


def collect(class_id: int, *, today: dt.date | None = None, include_empty: bool = True) -> ClassJournal:
    """Read the printed journal of a class (no permission check: callers check).

    ``include_empty``: also the timetable's lessons up to today that nothing was
    written for (as the teacher's grid shows them), not only the lessons held.
    """
    row = (
        SchoolClass.select(SchoolClass.id, SchoolClass.level, SchoolClass.letter, SchoolClass.title,
                           SchoolClass.extracurricular, SchoolClass.homeroom, AcademicYear.id,
                           AcademicYear.name, AcademicYear.start, AcademicYear.end,
                           AcademicYear.period_kind, AcademicYear.days_per_week)
        .join(AcademicYear, on=(SchoolClass.year == AcademicYear.id))
        .where(SchoolClass.id == class_id).tuples().first()
    )
    if row is None:
        raise NotFound(tr("Print", "Класс не найден."))
    (cid, level, letter, title, extra, homeroom_id, yid, yname, ystart, yend, pkind, dpw) = row
    extra = bool(extra)
    day = today or dt.date.today()
    users = {int(i): (str(s), str(n), str(p)) for i, s, n, p in
             User.select(User.id, User.surname, User.name, User.patronymic).tuples()}

    def user_short(uid: int | None) -> str:
        return short_person(*users[uid]) if uid in users else ""

    def user_full(uid: int | None) -> str:
        return full_person(*users[uid]) if uid in users else ""

    periods = [PeriodLine(int(i), int(n), str(nm), s, e) for i, n, nm, s, e in
               Period.select(Period.id, Period.number, Period.name, Period.start, Period.end)
               .where(Period.year == yid).order_by(Period.number).tuples()]
    period_by_day: dict[dt.date, int] = {}
    for p in periods:
        day_i = p.start
        while day_i <= p.end:
            period_by_day[day_i] = p.id
            day_i += dt.timedelta(days=1)
    students, movement = _students(int(cid))
    members = _subgroup_members(int(cid))
    subgroup_names = {int(i): str(n) for i, n in
                      Subgroup.select(Subgroup.id, Subgroup.name).where(Subgroup.school_class == cid).tuples()}

    class_marks = marks_allowed(level, extra)
    class_homework = homework_allowed(level, extra)
    assignments = sorted(
        ((int(aid), int(teacher), sg, int(sid), str(sname)) for aid, teacher, sg, sid, sname in
         Assignment.select(Assignment.id, Assignment.teacher, Assignment.subgroup, Subject.id, Subject.name)
         .join(Subject, on=(Assignment.subject == Subject.id))
         .where(Assignment.school_class == cid).tuples()),
        key=lambda a: (sort_key_ru(a[4]), sort_key_ru(subgroup_names.get(a[2] or 0, "")), a[0]),
    )
    last_day = min(yend, day)
    subjects: dict[int, SubjectJournal] = {}
    for aid, teacher, sg, sid, sname in assignments:
        rows = students if sg is None else [s for s in students if s.student_id in members.get(int(sg), set())]
        title_text = sname if sg is None else f"{sname} ({subgroup_names.get(int(sg), '')})"
        subjects[aid] = SubjectJournal(
            assignment_id=aid, subject_id=sid, subject_name=sname, title=title_text,
            teacher=user_full(teacher), teacher_short=user_short(teacher),
            marks_allowed=class_marks, homework_allowed=class_homework, rows=rows, lessons=[],
        )

    # lessons: the timetable's up to today, substitutions, and every lesson held
    slots: dict[int, dict[tuple[dt.date, int], LessonLine]] = {aid: {} for aid in subjects}
    if include_empty and ystart <= last_day:
        span = DateRange(ystart, last_day)
        for aid, teacher, sg, sid, sname in assignments:
            info = AssignmentInfo(aid, teacher, sid, sname, int(cid), "", level, extra,
                                  None if sg is None else int(sg), int(yid), ystart, yend, int(dpw))
            for d, n in timetable_slots(info, span):
                if d in period_by_day:  # outside the periods nothing can be written
                    slots[aid][(d, n)] = LessonLine(d, n, None)
    subs: dict[tuple[int, dt.date, int], tuple[int, str]] = {}
    for aid, d, n, sub_id, reason in (
        Substitution.select(Substitution.assignment, Substitution.date, Substitution.number,
                            Substitution.substitute, Substitution.reason)
        .join(Assignment, on=(Substitution.assignment == Assignment.id))
        .where(Assignment.school_class == cid).tuples()
    ):
        subs[(int(aid), d, int(n))] = (int(sub_id), str(reason))
        if include_empty and d <= last_day and int(aid) in slots and d in period_by_day:
            slots[int(aid)].setdefault((d, int(n)), LessonLine(d, int(n), None))
    load_teacher = {aid: teacher for aid, teacher, _, _, _ in assignments}
    lesson_at: dict[int, tuple[int, dt.date, int]] = {}  # lesson id → (assignment, date, number)
    for aid, lid, d, n, topic, hw, teacher in (
        Lesson.select(Lesson.assignment, Lesson.id, Lesson.date, Lesson.number, Lesson.topic,
                      Lesson.homework, Lesson.teacher)
        .join(Assignment, on=(Lesson.assignment == Assignment.id))
        .where(Assignment.school_class == cid).tuples()
    ):
        aid = int(aid)
        slots[aid][(d, int(n))] = LessonLine(
            d, int(n), int(lid), str(topic or ""), str(hw or ""), user_short(int(teacher)),
            int(teacher) != load_teacher[aid],
        )
        lesson_at[int(lid)] = (aid, d, int(n))
    for aid, found in slots.items():
        lines = []
        for key in sorted(found):
            ln = found[key]
            sub = subs.get((aid, key[0], key[1]))
            if sub is not None:  # the substitute taught it, whoever wrote the lesson first
                ln = replace(ln, teacher=user_short(sub[0]), substituted=True)
            lines.append(replace(ln, period_id=period_by_day.get(key[0])))
        subjects[aid].lessons = lines

    # cells: marks in their order, then the absence code (raw rows: ids and texts only)
    cell_marks: dict[tuple[int, int], list[str]] = {}  # (lesson id, student id) → marks
    for lid, sid, value in _raw(
        Mark.select(Mark.lesson, Mark.student, Mark.value)
        .join(Lesson, on=(Mark.lesson == Lesson.id))
        .join(Assignment, on=(Lesson.assignment == Assignment.id))
        .where(Assignment.school_class == cid)
        .order_by(Mark.position, Mark.id)
    ):
        cell_marks.setdefault((lid, sid), []).append(value)
    absences: dict[tuple[int, int], str] = {}
    for lid, sid, code in _raw(
        Absence.select(Absence.lesson, Absence.student, Absence.code)
        .join(Lesson, on=(Absence.lesson == Lesson.id))
        .join(Assignment, on=(Lesson.assignment == Assignment.id))
        .where(Assignment.school_class == cid)
    ):
        absences[(lid, sid)] = code
    attendance_codes: dict[tuple[int, int], list[str]] = {}
    for (lid, sid), code in absences.items():
        where = lesson_at.get(lid)
        if where is None:
            continue
        pid = period_by_day.get(where[1])
        if pid is not None:
            attendance_codes.setdefault((sid, pid), []).append(code)
    attendance = {key: _count(codes) for key, codes in attendance_codes.items()}
    for ckey in cell_marks.keys() | absences.keys():
        lid, sid = ckey
        where = lesson_at.get(lid)
        if where is None:
            continue
        aid, d, n = where
        parts = cell_marks.get(ckey, [])
        code = absences.get(ckey)
        subjects[aid].cells[(sid, d, n)] = " ".join([*parts, code] if code else parts)

    # period, year, exam and final marks
    summary: dict[tuple[int, int, str, int], str] = {}
    for sid, subj, kind, pkey, value in _raw(
        PeriodMark.select(PeriodMark.student, PeriodMark.subject, PeriodMark.kind, PeriodMark.period_key,
                          PeriodMark.value)
        .where((PeriodMark.school_class == cid) & (PeriodMark.year == yid))
    ):
        summary[(int(sid), int(subj), str(kind), int(pkey))] = str(value)
    pm_kind = str(PERIOD_MARK_KIND.get(str(pkind), PeriodMarkKind.QUARTER))
    by_subject: dict[int, list[tuple[int, str, int, str]]] = {}
    for (sid, subj, kind, pkey), value in summary.items():
        if kind == pm_kind or kind == PeriodMarkKind.YEAR:
            by_subject.setdefault(subj, []).append((sid, kind, pkey, value))
    for subject in subjects.values():
        ids = {r.student_id for r in subject.rows}
        for sid, kind, pkey, value in by_subject.get(subject.subject_id, ()):
            if sid not in ids:
                continue
            if kind == pm_kind:
                subject.period_marks[(sid, pkey)] = value
            else:
                subject.year_marks[sid] = value

    summary_subjects: list[tuple[int, str]] = []
    for _, _, _, sid, sname in assignments:
        if (sid, sname) not in summary_subjects:
            summary_subjects.append((sid, sname))
    extra_subjects = {subj for (_, subj, _, _) in summary} - {s for s, _ in summary_subjects}
    if extra_subjects:
        names = {int(i): str(n) for i, n in Subject.select(Subject.id, Subject.name)
                 .where(Subject.id.in_(list(extra_subjects))).tuples()}
        summary_subjects += sorted(((i, names.get(i, "")) for i in extra_subjects), key=lambda x: sort_key_ru(x[1]))

    substitutions = sorted(
        (SubstitutionLine(d, n, subjects[aid].title, subjects[aid].teacher_short, user_short(sub_id), reason,
                          _topic_of(subjects[aid], d, n))
         for (aid, d, n), (sub_id, reason) in subs.items() if aid in subjects),
        key=lambda s: (s.date, s.number, sort_key_ru(s.subject)),
    )
    cert = (Certification.select(Certification.certified_at, Certification.certified_by, Certification.digest,
                                 Certification.sheet_count)
            .where((Certification.school_class == cid) & (Certification.year == yid)).tuples().first())
    director = str(school_settings.get("director_name") or "")
    if not director:
        first = (UserRole.select(UserRole.user).where(UserRole.role == Role.DIRECTOR)
                 .order_by(UserRole.user).tuples().first())
        director = user_short(int(first[0])) if first else ""
    return ClassJournal(
        class_id=int(cid), class_name=class_display(level, str(letter), str(title), extra),
        class_title=class_title(level, str(letter), str(title), extra), level=level, extracurricular=extra,
        year_id=int(yid), year_name=str(yname), year_start=ystart, year_end=yend,
        school_name=str(school_settings.get("school_name") or ""), director_name=director,
        homeroom_name=user_full(homeroom_id), period_kind=str(pkind), period_mark_kind=pm_kind,
        periods=periods, students=students, subjects=list(subjects.values()),
        summary_subjects=summary_subjects, summary=summary, attendance=attendance,
        substitutions=substitutions, movement=movement, printed_on=day,
        certification=None if cert is None else CertificationLine(
            cert[0], user_short(int(cert[1])), str(cert[2]), int(cert[3])),
    )


def _raw(query: Any) -> list[tuple[Any, ...]]:
    """Rows straight from the driver (no per-value conversion): for ids and texts only."""
    return [tuple(row) for row in db_proxy.execute(query).fetchall()]


def _count(codes: list[str]) -> AttendanceCount:
    missed = ill = excused = late = 0
    for code in codes:
        if code == AbsenceCode.LATE:
            late += 1
        else:
            missed += 1
            ill += code == AbsenceCode.ILL
            excused += code == AbsenceCode.EXCUSED
    return AttendanceCount(missed, ill, excused, late)


def _topic_of(subject: SubjectJournal, day: dt.date, number: int) -> str:
    for ln in subject.lessons:
        if ln.date == day and ln.number == number:
            return ln.topic
    return ""


def _students(class_id: int) -> tuple[list[StudentLine], list[MovementLine]]:
    spans: dict[int, list[tuple[dt.date, dt.date | None]]] = {}
    cards: dict[int, tuple[str, str, str, dt.date | None, str]] = {}
    movement: list[MovementLine] = []
    for (sid, surname, name, patronymic, birth, file_no, dfrom, dto, rin, oin, rout, oout) in (
        Enrollment.select(Student.id, Student.surname, Student.name, Student.patronymic, Student.birth_date,
                          Student.personal_file_no, Enrollment.date_from, Enrollment.date_to,
                          Enrollment.reason_in, Enrollment.order_in, Enrollment.reason_out, Enrollment.order_out)
        .join(Student, on=(Enrollment.student == Student.id))
        .where(Enrollment.school_class == class_id).order_by(Enrollment.date_from).tuples()
    ):
        sid = int(sid)
        spans.setdefault(sid, []).append((dfrom, dto))
        cards[sid] = (str(surname), str(name), str(patronymic or ""), birth, str(file_no))
        movement.append(MovementLine(sid, full_person(str(surname), str(name), str(patronymic or "")), birth,
                                     str(file_no), dfrom, str(rin), str(oin), dto, str(rout), str(oout)))
    students = [StudentLine(sid, *cards[sid], spans=tuple(spans[sid])) for sid in cards]
    students.sort(key=lambda s: person_key_ru(s.surname, s.name, s.patronymic))
    order = {s.student_id: i for i, s in enumerate(students)}
    movement.sort(key=lambda m: (order[m.student_id], m.date_from))
    return students, movement


def _subgroup_members(class_id: int) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    for sg, sid in (SubgroupMember.select(SubgroupMember.subgroup, SubgroupMember.student)
                    .join(Subgroup, on=(SubgroupMember.subgroup == Subgroup.id))
                    .where(Subgroup.school_class == class_id).tuples()):
        out.setdefault(int(sg), set()).add(int(sid))
    return out


# --- for the print tab's choices ------------------------------------------------------------------------


def subjects_of_class(class_id: int) -> list[tuple[int, str]]:
    """(subject id, name) of the subjects taught in a class, in print order."""
    rows = {(int(i), str(n)) for i, n in Assignment.select(Subject.id, Subject.name)
            .join(Subject, on=(Assignment.subject == Subject.id))
            .where(Assignment.school_class == class_id).tuples()}
    return sorted(rows, key=lambda r: sort_key_ru(r[1]))


def periods_of(year_id: int) -> list[tuple[int, int, str]]:
    """(period id, number, name) of a year's periods."""
    return [(int(i), int(n), str(nm)) for i, n, nm in
            Period.select(Period.id, Period.number, Period.name).where(Period.year == year_id)
            .order_by(Period.number).tuples()]
