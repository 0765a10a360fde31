"""Attendance of a class over a week or a month: students × the lessons of each day.

Cells hold the absence codes (н, б, у, оп) of every subject's journal; totals
count the lessons missed per student, and of them those for illness («б») and
for an excused reason («у»); «оп» (late) is counted apart, it is not a missed
lesson.

Permission: VIEW_JOURNAL for the class (``access.relations_for_class``): the
administration any class, the homeroom teacher the own class, a teacher only
classes they teach — and then only the columns of their own lessons (own load
and lessons where they substitute).  Each column says whether this user may
change its attendance and whether that is a correction needing a written
reason; the change itself goes through ``services.journal.set_absence``, which
checks the permission table again, requires the reason and audits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN

from ejournal_desktop.domain.marks import AbsenceCode
from ejournal_desktop.domain.periods import DateRange, format_date_ru, lesson_dates
from ejournal_desktop.domain.text import person_key_ru, sort_key_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import (
    Actor,
    Standing,
    relations_for_class,
    require,
    standing,
)
from ejournal_desktop.services.errors import NotFound, ValidationError
from ejournal_desktop.services.lessons import assignment_info, lock_reason
from ejournal_desktop.services.permissions import GLOBAL_ROLES, Action, Role, decide
from ejournal_desktop.services.timetable import (
    class_name,
    first_row,
    rows_of,
    short_person,
    subject_short,
)
from ejournal_desktop.store.models import (
    Absence,
    AcademicYear,
    Assignment,
    Enrollment,
    Holiday,
    Lesson,
    Period,
    SchoolClass,
    Student,
    Subgroup,
    SubgroupMember,
    Subject,
    Substitution,
    TimetableEntry,
    User,
)

MAX_DAYS = 62  # a month and a bit: longer spans belong to reports

MISSED_CODES = frozenset({AbsenceCode.ABSENT, AbsenceCode.ILL, AbsenceCode.EXCUSED})


@dataclass(frozen=True)
class AttendanceRow:
    student_id: int
    number: int
    full_name: str
    short_name: str
    active_from: dt.date
    active_to: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        return self.active_from <= day and (self.active_to is None or day <= self.active_to)


@dataclass
class AttendanceColumn:
    """One lesson: a date, a lesson number and the load (нагрузка) it belongs to."""

    date: dt.date
    number: int
    assignment_id: int
    subject: str
    subject_short: str
    subgroup_id: int | None
    subgroup: str
    teacher_id: int
    teacher: str
    lesson_id: int | None = None  # None: the lesson has no journal record yet
    substitute_id: int | None = None
    substitute: str = ""
    can_edit: bool = False  # this user may change attendance in this lesson
    needs_reason: bool = False  # … only as a correction with a written reason
    lock: str = ""  # why it is read-only for this user ('' if editable)


@dataclass(frozen=True)
class AttendanceMark:
    code: AbsenceCode
    reason: str = ""


@dataclass(frozen=True)
class AttendanceTotals:
    missed: int = 0  # н + б + у
    ill: int = 0  # б
    excused: int = 0  # у
    late: int = 0  # оп


def _count(codes: list[AbsenceCode]) -> AttendanceTotals:
    return AttendanceTotals(
        missed=sum(1 for c in codes if c in MISSED_CODES),
        ill=codes.count(AbsenceCode.ILL),
        excused=codes.count(AbsenceCode.EXCUSED),
        late=codes.count(AbsenceCode.LATE),
    )


@dataclass
class AttendanceSheet:
    class_id: int
    class_name: str
    start: dt.date
    end: dt.date
    rows: list[AttendanceRow]
    columns: list[AttendanceColumn]
    cells: dict[tuple[int, int], AttendanceMark]  # (row, column) → a non-empty cell
    own_lessons_only: bool  # a subject teacher: only the columns of own lessons
    holidays: list[tuple[str, dt.date, dt.date]] = field(default_factory=list)
    members: dict[int, frozenset[int]] = field(default_factory=dict)  # subgroup → students
    row_index: dict[int, int] = field(default_factory=dict)  # student id → row

    def applies(self, row: int, col: int) -> bool:
        """Whether the student belongs to this lesson (on the roll that day, in the subgroup)."""
        c = self.columns[col]
        if not self.rows[row].active_on(c.date):
            return False
        return c.subgroup_id is None or self.rows[row].student_id in self.members.get(
            c.subgroup_id, frozenset())

    def code(self, row: int, col: int) -> AbsenceCode | None:
        mark = self.cells.get((row, col))
        return mark.code if mark else None

    def totals(self, row: int) -> AttendanceTotals:
        return _count([m.code for (r, _), m in self.cells.items() if r == row])

    def all_totals(self) -> list[AttendanceTotals]:
        """The totals of every row at once (one pass over the cells)."""
        per_row: dict[int, list[AbsenceCode]] = {}
        for (r, _), m in self.cells.items():
            per_row.setdefault(r, []).append(m.code)
        return [_count(per_row.get(r, [])) for r in range(len(self.rows))]

    def absent_in(self, col: int) -> int:
        """How many students missed this lesson (н, б, у)."""
        return sum(1 for (_, c), m in self.cells.items() if c == col and m.code in MISSED_CODES)

    @property
    def any_editable(self) -> bool:
        return any(c.can_edit for c in self.columns)


def _standing_for_class(actor: Actor, class_id: int) -> tuple[Standing, set[Role]]:
    st = standing(actor)
    rel = relations_for_class(st, class_id)
    require(Action.VIEW_JOURNAL, rel, what=tr("Attendance", "посещаемость класса"))
    return st, rel


def class_attendance(
    actor: Actor, class_id: int, start: dt.date, end: dt.date, *, today: dt.date | None = None
) -> AttendanceSheet:
    """Attendance of a class from ``start`` to ``end`` (both included)."""
    if end < start:
        raise ValidationError(tr("Attendance", "Дата окончания раньше даты начала."))
    if (end - start).days + 1 > MAX_DAYS:
        raise ValidationError(
            tr("Attendance", "Посещаемость показывается не больше чем за %d дней.") % MAX_DAYS)
    st, rel = _standing_for_class(actor, class_id)
    current = today or dt.date.today()
    crow = first_row(
        SchoolClass.select(SchoolClass.level, SchoolClass.letter, SchoolClass.title,
                           SchoolClass.extracurricular, SchoolClass.year, AcademicYear.start,
                           AcademicYear.end, AcademicYear.days_per_week)
        .join(AcademicYear, on=(SchoolClass.year == AcademicYear.id))
        .where(SchoolClass.id == class_id)
    )
    if crow is None:
        raise NotFound(tr("Attendance", "Класс не найден."))
    level, letter, title, extra, year_id, ystart, yend, dpw = crow
    # a subject teacher (no administration role, not the homeroom teacher) sees own lessons only
    own_only = not (rel & (GLOBAL_ROLES | {Role.HOMEROOM}))
    sheet = AttendanceSheet(
        class_id=class_id, class_name=class_name(level, letter, title, extra), start=start,
        end=end, rows=[], columns=[], cells={}, own_lessons_only=own_only,
    )
    sheet.holidays = [
        (str(n), s, e) for n, s, e in rows_of(
            Holiday.select(Holiday.name, Holiday.start, Holiday.end)
            .where((Holiday.year == year_id) & (Holiday.start <= end) & (Holiday.end >= start))
            .order_by(Holiday.start))
    ]
    span_start, span_end = max(start, ystart), min(end, yend)
    if span_start <= span_end:
        sheet.columns = _columns(class_id, int(year_id), DateRange(span_start, span_end),
                                 int(dpw), [DateRange(s, e) for _, s, e in sheet.holidays],
                                 actor.user_id if own_only else None)
    sheet.rows = _rows(class_id, start, end)
    sheet.row_index = {r.student_id: i for i, r in enumerate(sheet.rows)}
    sheet.members = _members({c.subgroup_id for c in sheet.columns if c.subgroup_id is not None})
    _fill_cells(sheet)
    _permissions(sheet, st, current)
    return sheet


def _columns(
    class_id: int, year_id: int, span: DateRange, days_per_week: int,
    holidays: list[DateRange], only_teacher: int | None,
) -> list[AttendanceColumn]:
    loads: dict[int, tuple[int, str, str, str, int | None, str]] = {}
    for aid, teacher, surname, name, patronymic, sname, sshort, subgroup, gname in rows_of(
        Assignment.select(Assignment.id, Assignment.teacher, User.surname, User.name,
                          User.patronymic, Subject.name, Subject.short_name, Assignment.subgroup,
                          Subgroup.name)
        .join(User, on=(Assignment.teacher == User.id))
        .switch(Assignment).join(Subject, on=(Assignment.subject == Subject.id))
        .switch(Assignment).join(Subgroup, on=(Assignment.subgroup == Subgroup.id),
                                 join_type=JOIN.LEFT_OUTER)
        .where((Assignment.school_class == class_id) & (Assignment.year == year_id))
    ):
        loads[int(aid)] = (
            int(teacher), short_person(surname, name, patronymic), str(sname),
            subject_short(str(sname), str(sshort or "")),
            int(subgroup) if subgroup is not None else None, str(gname or ""),
        )
    if not loads:
        return []
    ids = sorted(loads)
    slots: set[tuple[dt.date, int, int]] = set()
    for aid, weekday, number, vfrom, vto in rows_of(
        TimetableEntry.select(TimetableEntry.assignment, TimetableEntry.weekday,
                              TimetableEntry.number, TimetableEntry.valid_from,
                              TimetableEntry.valid_to)
        .where(TimetableEntry.assignment.in_(ids) & (TimetableEntry.valid_from <= span.end)
               & (TimetableEntry.valid_to.is_null() | (TimetableEntry.valid_to >= span.start)))
    ):
        first = max(span.start, vfrom)
        last = min(span.end, vto) if vto is not None else span.end
        if last < first:
            continue
        for day in lesson_dates(DateRange(first, last), int(weekday), holidays, days_per_week):
            slots.add((day, int(number), int(aid)))
    subs: dict[tuple[dt.date, int, int], int] = {}
    for aid, day, number, substitute in rows_of(
        Substitution.select(Substitution.assignment, Substitution.date, Substitution.number,
                            Substitution.substitute)
        .where(Substitution.assignment.in_(ids) & Substitution.date.between(span.start, span.end))
    ):
        subs[(day, int(number), int(aid))] = int(substitute)
    held: dict[tuple[dt.date, int, int], int] = {}
    for aid, day, number, lid in rows_of(
        Lesson.select(Lesson.assignment, Lesson.date, Lesson.number, Lesson.id)
        .where(Lesson.assignment.in_(ids) & Lesson.date.between(span.start, span.end))
    ):
        held[(day, int(number), int(aid))] = int(lid)
    slots |= subs.keys() | held.keys()
    names = {
        int(u): short_person(s, n, p) for u, s, n, p in rows_of(
            User.select(User.id, User.surname, User.name, User.patronymic)
            .where(User.id.in_(sorted(set(subs.values())))))
    } if subs else {}
    out: list[AttendanceColumn] = []
    for day, number, aid in slots:
        teacher, tname, sname, sshort, subgroup, gname = loads[aid]
        substitute = subs.get((day, number, aid))
        if only_teacher is not None and only_teacher not in (teacher, substitute):
            continue
        out.append(AttendanceColumn(
            date=day, number=number, assignment_id=aid, subject=sname, subject_short=sshort,
            subgroup_id=subgroup, subgroup=gname, teacher_id=teacher, teacher=tname,
            lesson_id=held.get((day, number, aid)), substitute_id=substitute,
            substitute=names.get(substitute, "") if substitute is not None else "",
        ))
    out.sort(key=lambda c: (c.date, c.number, sort_key_ru(c.subject), sort_key_ru(c.subgroup)))
    return out


def _rows(class_id: int, start: dt.date, end: dt.date) -> list[AttendanceRow]:
    seen: dict[int, AttendanceRow] = {}
    keys: dict[int, tuple[object, ...]] = {}
    for sid, surname, name, patronymic, dfrom, dto in rows_of(
        Enrollment.select(Student.id, Student.surname, Student.name, Student.patronymic,
                          Enrollment.date_from, Enrollment.date_to)
        .join(Student, on=(Enrollment.student == Student.id))
        .where((Enrollment.school_class == class_id) & (Enrollment.date_from <= end)
               & (Enrollment.date_to.is_null() | (Enrollment.date_to >= start)))
        .order_by(Enrollment.date_from)
    ):
        sid = int(sid)
        keys[sid] = person_key_ru(surname, name, patronymic)
        full = " ".join(p for p in (surname, name, patronymic) if p)
        prev = seen.get(sid)
        if prev is not None:  # left and came back within the range: one row spanning both
            dto = None if prev.active_to is None or dto is None else max(prev.active_to, dto)
            dfrom = min(prev.active_from, dfrom)
        seen[sid] = AttendanceRow(sid, 0, full, f"{surname} {name}", dfrom, dto)
    ordered = sorted(seen.values(), key=lambda r: keys[r.student_id])
    return [AttendanceRow(r.student_id, i + 1, r.full_name, r.short_name, r.active_from,
                          r.active_to) for i, r in enumerate(ordered)]


def _members(subgroup_ids: set[int]) -> dict[int, frozenset[int]]:
    if not subgroup_ids:
        return {}
    out: dict[int, set[int]] = {g: set() for g in subgroup_ids}
    for gid, sid in rows_of(
        SubgroupMember.select(SubgroupMember.subgroup, SubgroupMember.student)
        .where(SubgroupMember.subgroup.in_(sorted(subgroup_ids)))
    ):
        out[int(gid)].add(int(sid))
    return {g: frozenset(s) for g, s in out.items()}


def _fill_cells(sheet: AttendanceSheet) -> None:
    col_of = {c.lesson_id: i for i, c in enumerate(sheet.columns) if c.lesson_id is not None}
    if not col_of:
        return
    for lid, sid, code, reason in rows_of(
        Absence.select(Absence.lesson, Absence.student, Absence.code, Absence.reason)
        .where(Absence.lesson.in_(sorted(col_of)))
    ):
        row = sheet.row_index.get(int(sid))
        if row is None:
            continue
        try:
            value = AbsenceCode(str(code))
        except ValueError:
            continue
        sheet.cells[(row, col_of[int(lid)])] = AttendanceMark(value, str(reason or ""))


def _permissions(sheet: AttendanceSheet, st: Standing, today: dt.date) -> None:
    if not sheet.columns:
        return
    settings = school_settings.permission_settings()
    is_admin = Role.ADMIN in st.roles
    base = {r for r in st.roles if r in GLOBAL_ROLES}
    if sheet.class_id in st.homeroom_class_ids:
        base.add(Role.HOMEROOM)
    info = assignment_info(sheet.columns[0].assignment_id)  # the class and year of the sheet
    periods = list(
        Period.select().where((Period.year == info.year_id) & (Period.start <= sheet.end)
                              & (Period.end >= sheet.start))
    )
    locks: dict[dt.date, tuple[str, bool]] = {}
    me = st.actor.user_id
    for col in sheet.columns:
        rel = set(base)
        if me in (col.teacher_id, col.substitute_id):
            rel.add(Role.TEACHER)
        decision = decide(Action.EDIT_ATTENDANCE, rel, settings)
        if col.date not in locks:
            period = next((p for p in periods if p.start <= col.date <= p.end), None)
            text, _who = lock_reason(info, period, col.date, today=today)
            locks[col.date] = (text, period is not None)
        lock, in_period = locks[col.date]
        if col.date > today:
            lock, in_period = tr("Attendance", "Урок ещё не проведён."), False
        if not decision.allowed:
            col.lock = tr("Attendance", "Посещаемость этого урока отмечает учитель, ведущий урок.")
            continue
        col.can_edit = (not lock) or (is_admin and in_period)
        col.needs_reason = decision.needs_reason or bool(lock)
        col.lock = "" if col.can_edit else lock


def range_title(start: dt.date, end: dt.date) -> str:
    return f"{format_date_ru(start)} — {format_date_ru(end)}"
