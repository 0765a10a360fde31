"""The timetable as a week grid: of a class, of a teacher, or of a room.

Built from the :class:`TimetableEntry` rows valid on each date of the week
(``valid_from``/``valid_to``), with holidays shown as such, substitutions
(замены) marked and the lessons already held attached.  Plain data: the
desktop program draws it, printing could print it.

Permission: VIEW_STRUCTURE.  The administration sees every class, teacher and
room; a teacher sees the own timetable and the classes they teach; a homeroom
teacher also the own class (DESIGN §1: "view own").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from ejournal_desktop.domain.periods import DateRange, format_date_ru
from ejournal_desktop.domain.text import person_key_ru, short_name, sort_key_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services.access import (
    Actor,
    Standing,
    relations_for_class,
    require,
    standing,
)
from ejournal_desktop.services.errors import NotFound, ValidationError
from ejournal_desktop.services.permissions import GLOBAL_ROLES, Action, Role
from ejournal_desktop.store.models import (
    AcademicYear,
    Assignment,
    Bell,
    Holiday,
    Lesson,
    SchoolClass,
    Subgroup,
    Subject,
    Substitution,
    TimetableEntry,
    User,
    UserRole,
)

# re-exported: attendance.py imports them from here
from ejournal_desktop.store.queries import first_row as first_row
from ejournal_desktop.store.queries import rows_of as rows_of

Kind = Literal["class", "teacher", "room"]
KINDS: tuple[Kind, ...] = ("class", "teacher", "room")



@dataclass(frozen=True)
class SchoolYear:
    id: int
    name: str
    start: dt.date
    end: dt.date
    days_per_week: int

    def clamp(self, day: dt.date) -> dt.date:
        """The day itself inside the year, else the nearest day of the year."""
        return min(max(day, self.start), self.end)


def year_on(day: dt.date) -> SchoolYear | None:
    """The academic year holding ``day``; in the summer the one just ended, else the nearest."""
    fields = (AcademicYear.id, AcademicYear.name, AcademicYear.start, AcademicYear.end,
              AcademicYear.days_per_week)
    row = first_row(
        AcademicYear.select(*fields)
        .where((AcademicYear.start <= day) & (AcademicYear.end >= day))
    )
    if row is None:
        row = first_row(
            AcademicYear.select(*fields).where(AcademicYear.start <= day)
            .order_by(AcademicYear.start.desc())
        )
    if row is None:
        row = first_row(AcademicYear.select(*fields).order_by(AcademicYear.start))
    if row is None:
        return None
    return SchoolYear(int(row[0]), str(row[1]), row[2], row[3], int(row[4]))


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


short_person = short_name


def subject_short(name: str, short: str = "") -> str:
    """The subject's short name: the stored one, else «Мат.», «Рус. яз.», «Окр. мир»."""
    if short.strip():
        return short.strip()
    words = name.split()
    if not words:
        return ""
    out = [words[0] if len(words[0]) <= 4 else words[0][:3] + "."]
    for word in words[1:]:
        out.append(word if len(word) <= 3 else word[:2] + ".")
    return " ".join(out)


def class_name(level: int | None, letter: str, title: str, extracurricular: bool) -> str:
    return str(title) if extracurricular else f"{level}{letter}"


@dataclass(frozen=True)
class Choice:
    """One item of a list to choose from (a class, a teacher, a room)."""

    key: int | str
    title: str
    own: bool = False  # the user's own (homeroom class, own timetable): offered first


def _global_roles(st: Standing) -> set[Role]:
    return {r for r in st.roles if r in GLOBAL_ROLES}


def visible_classes(actor: Actor, year_id: int) -> list[Choice]:
    """Classes of a year whose journal and timetable this user may see; own class first.

    The administration sees all; a homeroom teacher the own class; a teacher the
    classes they teach.
    """
    st = standing(actor)
    everything = bool(_global_roles(st))
    taught = {
        int(c) for (c,) in rows_of(
            Assignment.select(Assignment.school_class)
            .where((Assignment.year == year_id) & (Assignment.teacher == actor.user_id)))
    }
    out: list[Choice] = []
    for cid, level, letter, title, extra in rows_of(
        SchoolClass.select(SchoolClass.id, SchoolClass.level, SchoolClass.letter, SchoolClass.title,
                           SchoolClass.extracurricular)
        .where(SchoolClass.year == year_id)
        .order_by(SchoolClass.extracurricular, SchoolClass.level, SchoolClass.letter,
                  SchoolClass.title)
    ):
        own = int(cid) in st.homeroom_class_ids
        if everything or own or int(cid) in taught:
            out.append(Choice(int(cid), class_name(level, letter, title, extra), own))
    return sorted(out, key=lambda c: not c.own)  # stable: the school's order otherwise


def visible_teachers(actor: Actor, year_id: int) -> list[Choice]:
    """Teachers whose timetable this user may see: everyone for the administration, else oneself."""
    st = standing(actor)
    everything = bool(_global_roles(st))
    ids = {
        int(u) for (u,) in rows_of(
            Assignment.select(Assignment.teacher).where(Assignment.year == year_id))
    }
    ids |= {int(u) for (u,) in rows_of(
        UserRole.select(UserRole.user).where(UserRole.role == str(Role.TEACHER)))}
    if not everything:
        ids &= {actor.user_id}
    rows = rows_of(
        User.select(User.id, User.surname, User.name, User.patronymic)
        .where(User.id.in_(sorted(ids)))
    ) if ids else []
    out = [
        Choice(int(uid), short_person(surname, name, patronymic), int(uid) == actor.user_id)
        for uid, surname, name, patronymic in rows
    ]
    keys = {int(uid): person_key_ru(s, n, p) for uid, s, n, p in rows}
    out.sort(key=lambda c: (not c.own, keys[int(c.key)]))
    return out


def _room_key(room: str) -> tuple[object, ...]:
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, sort_key_ru(part))
        for part in re.findall(r"\d+|\D+", room)
    )


def visible_rooms(actor: Actor, year_id: int) -> list[Choice]:
    """Rooms of the year's timetable (the administration only; a teacher sees own lessons)."""
    st = standing(actor)
    if not _global_roles(st):
        return []
    rooms = {
        str(r).strip() for (r,) in rows_of(
            TimetableEntry.select(TimetableEntry.room).distinct()
            .join(Assignment, on=(TimetableEntry.assignment == Assignment.id))
            .where(Assignment.year == year_id))
    }
    return [Choice(r, r) for r in sorted((r for r in rooms if r), key=_room_key)]


def choices(actor: Actor, kind: Kind, year_id: int) -> list[Choice]:
    if kind == "class":
        return visible_classes(actor, year_id)
    if kind == "teacher":
        return visible_teachers(actor, year_id)
    if kind == "room":
        return visible_rooms(actor, year_id)
    raise ValidationError(tr("Timetable", "Неизвестный вид расписания «%s».") % kind)


# --- the week grid -------------------------------------------------------------------------


@dataclass(frozen=True)
class GridDay:
    date: dt.date
    holiday: str = ""  # the holiday's name; '' on a school day
    in_year: bool = True

    @property
    def school_day(self) -> bool:
        return self.in_year and not self.holiday


@dataclass(frozen=True)
class GridLesson:
    """One lesson in a cell of the grid."""

    assignment_id: int
    date: dt.date
    number: int
    subject: str
    subject_short: str
    class_id: int
    class_name: str
    subgroup: str  # the subgroup's name, '' for the whole class
    teacher_id: int  # the teacher of the load (нагрузка)
    teacher: str
    room: str
    substitute_id: int | None = None
    substitute: str = ""  # who teaches it instead ('' — no substitution)
    substitution_reason: str = ""
    lesson_id: int | None = None  # the lesson is in the journal already
    topic: str = ""
    scheduled: bool = True  # False: held or substituted outside the timetable

    @property
    def substituted(self) -> bool:
        return self.substitute_id is not None

    @property
    def actual_teacher_id(self) -> int:
        return self.substitute_id if self.substitute_id is not None else self.teacher_id


@dataclass
class WeekGrid:
    kind: Kind
    key: int | str
    title: str  # «5А», «Иванова М.П.», «21»
    monday: dt.date
    year_id: int | None
    days: list[GridDay]
    numbers: list[int]
    bells: dict[int, tuple[str, str]]  # lesson number → (start, end)
    cells: dict[tuple[int, int], list[GridLesson]] = field(default_factory=dict)  # (day, number)

    def lessons_at(self, day_index: int, number: int) -> list[GridLesson]:
        return self.cells.get((day_index, number), [])

    def all_lessons(self) -> list[GridLesson]:
        return [lesson for key in sorted(self.cells) for lesson in self.cells[key]]

    @property
    def span(self) -> DateRange:
        return DateRange(self.days[0].date, self.days[-1].date)


def _check_view(actor: Actor, kind: Kind, key: int | str) -> Standing:
    st = standing(actor)
    if kind == "class":
        require(Action.VIEW_STRUCTURE, relations_for_class(st, int(key)),
                what=tr("Timetable", "расписание класса"))
    elif kind == "teacher":
        rel = _global_roles(st)
        if int(key) == actor.user_id:
            rel |= st.roles
        require(Action.VIEW_STRUCTURE, rel, what=tr("Timetable", "расписание другого учителя"))
    elif kind == "room":
        require(Action.VIEW_STRUCTURE, _global_roles(st),
                what=tr("Timetable", "расписание кабинета"))
    else:
        raise ValidationError(tr("Timetable", "Неизвестный вид расписания «%s».") % kind)
    return st


def _title(kind: Kind, key: int | str) -> tuple[str, int]:
    """The grid's title and the bell shift it uses."""
    if kind == "class":
        row = first_row(
            SchoolClass.select(SchoolClass.level, SchoolClass.letter, SchoolClass.title,
                               SchoolClass.extracurricular, SchoolClass.shift)
            .where(SchoolClass.id == int(key))
        )
        if row is None:
            raise NotFound(tr("Timetable", "Класс не найден."))
        return class_name(row[0], row[1], row[2], row[3]), int(row[4])
    if kind == "teacher":
        urow = first_row(
            User.select(User.surname, User.name, User.patronymic).where(User.id == int(key))
        )
        if urow is None:
            raise NotFound(tr("Timetable", "Учитель не найден."))
        return short_person(str(urow[0]), str(urow[1]), str(urow[2])), 1
    room = str(key).strip()
    if not room:
        raise ValidationError(tr("Timetable", "Не указан кабинет."))
    return room, 1


@dataclass(frozen=True)
class _Load:
    teacher_id: int
    teacher: str
    subject: str
    subject_short: str
    class_id: int
    class_name: str
    subgroup: str


def _loads(assignment_ids: Iterable[int]) -> dict[int, _Load]:
    ids = sorted(set(assignment_ids))
    if not ids:
        return {}
    subgroups = {
        int(i): str(n) for i, n in rows_of(
            Subgroup.select(Subgroup.id, Subgroup.name)
            .join(Assignment, on=(Assignment.subgroup == Subgroup.id))
            .where(Assignment.id.in_(ids)))
    }
    out: dict[int, _Load] = {}
    for (aid, teacher, surname, name, patronymic, sname, sshort, cid, level, letter, title, extra,
         subgroup) in rows_of(
        Assignment.select(Assignment.id, Assignment.teacher, User.surname, User.name,
                          User.patronymic, Subject.name, Subject.short_name, SchoolClass.id,
                          SchoolClass.level, SchoolClass.letter, SchoolClass.title,
                          SchoolClass.extracurricular, Assignment.subgroup)
        .join(User, on=(Assignment.teacher == User.id))
        .switch(Assignment).join(Subject, on=(Assignment.subject == Subject.id))
        .switch(Assignment).join(SchoolClass, on=(Assignment.school_class == SchoolClass.id))
        .where(Assignment.id.in_(ids))
    ):
        out[int(aid)] = _Load(
            int(teacher), short_person(surname, name, patronymic), str(sname),
            subject_short(str(sname), str(sshort or "")), int(cid),
            class_name(level, letter, title, extra),
            subgroups.get(int(subgroup), "") if subgroup is not None else "",
        )
    return out


def _user_names(ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {
        int(uid): short_person(s, n, p) for uid, s, n, p in rows_of(
            User.select(User.id, User.surname, User.name, User.patronymic)
            .where(User.id.in_(wanted)))
    }


def week_grid(actor: Actor, kind: Kind, key: int | str, monday: dt.date) -> WeekGrid:
    """The week (Monday to Saturday of a six-day school, else to Friday) holding ``monday``."""
    _check_view(actor, kind, key)
    title, shift = _title(kind, key)
    monday = monday_of(monday)
    year = year_on(monday)
    if year is not None and not (year.start <= monday + dt.timedelta(days=6)
                                 and monday <= year.end):
        year = None
    ndays = year.days_per_week if year is not None else 6
    dates = [monday + dt.timedelta(days=i) for i in range(max(ndays, 5))]
    holidays: list[tuple[str, DateRange]] = []
    if year is not None:
        holidays = [
            (str(n), DateRange(s, e)) for n, s, e in rows_of(
                Holiday.select(Holiday.name, Holiday.start, Holiday.end)
                .where((Holiday.year == year.id) & (Holiday.start <= dates[-1])
                       & (Holiday.end >= dates[0])))
        ]
    days: list[GridDay] = []
    for day in dates:
        in_year = year is not None and year.start <= day <= year.end
        name = next((n for n, span in holidays if day in span), "")
        days.append(GridDay(day, name, in_year))
    grid = WeekGrid(kind, key, title, monday, year.id if year else None, days, [], {})
    if year is not None:
        _fill(grid, year)
    if kind != "class":
        shift = _shift_of_lessons(grid)
    grid.bells = {
        int(n): (str(s), str(e)) for n, s, e in rows_of(
            Bell.select(Bell.number, Bell.start, Bell.end).where(Bell.shift == shift))
    }
    numbers = set(grid.bells) | {n for (_, n) in grid.cells}
    top = max(numbers, default=6)
    grid.numbers = list(range(1, max(top, 1) + 1))
    return grid


def _shift_of_lessons(grid: WeekGrid) -> int:
    """The bell shift of a teacher's or a room's week: that of the classes taught in it.

    Lesson numbers count from the start of each shift, so a week of second-shift classes
    shows the second shift's bells; a week of both shifts (or none) shows the first's.
    """
    class_ids = {lesson.class_id for lesson in grid.all_lessons()}
    if not class_ids:
        return 1
    shifts = {int(s) for (s,) in rows_of(
        SchoolClass.select(SchoolClass.shift).where(SchoolClass.id.in_(sorted(class_ids))))}
    return 2 if shifts == {2} else 1


def _fill(grid: WeekGrid, year: SchoolYear) -> None:
    first, last = grid.days[0].date, grid.days[-1].date
    day_index = {d.date: i for i, d in enumerate(grid.days) if d.school_day}
    # timetable entries of the week, narrowed by the grid's kind
    entries = (
        TimetableEntry.select(TimetableEntry.assignment, TimetableEntry.weekday,
                              TimetableEntry.number, TimetableEntry.room,
                              TimetableEntry.valid_from, TimetableEntry.valid_to)
        .join(Assignment, on=(TimetableEntry.assignment == Assignment.id))
        .where((Assignment.year == year.id) & (TimetableEntry.valid_from <= last)
               & (TimetableEntry.valid_to.is_null() | (TimetableEntry.valid_to >= first)))
    )
    subs = (
        Substitution.select(Substitution.assignment, Substitution.date, Substitution.number,
                            Substitution.substitute, Substitution.reason)
        .join(Assignment, on=(Substitution.assignment == Assignment.id))
        .where((Assignment.year == year.id) & Substitution.date.between(first, last))
    )
    held = (
        Lesson.select(Lesson.assignment, Lesson.date, Lesson.number, Lesson.id, Lesson.topic)
        .join(Assignment, on=(Lesson.assignment == Assignment.id))
        .where((Assignment.year == year.id) & Lesson.date.between(first, last))
    )
    if grid.kind == "class":
        cond = Assignment.school_class == int(grid.key)
        entries, subs, held = entries.where(cond), subs.where(cond), held.where(cond)
    elif grid.kind == "teacher":
        teacher = int(grid.key)
        entries = entries.where(Assignment.teacher == teacher)
        subs = subs.where((Assignment.teacher == teacher) | (Substitution.substitute == teacher))
        held = held.where((Assignment.teacher == teacher) | (Lesson.teacher == teacher))
    else:
        entries = entries.where(TimetableEntry.room == str(grid.key))

    # (date, number, assignment) → room of the timetable, None when outside the timetable
    slots: dict[tuple[dt.date, int, int], str | None] = {}
    for aid, weekday, number, room, vfrom, vto in rows_of(entries):
        for day in day_index:
            if day.isoweekday() == int(weekday) and vfrom <= day and (vto is None or day <= vto):
                slots[(day, int(number), int(aid))] = str(room or "")
    substitutions = {
        (d, int(n), int(a)): (int(s), str(r or "")) for a, d, n, s, r in rows_of(subs)
    }
    lessons = {(d, int(n), int(a)): (int(lid), str(t or "")) for a, d, n, lid, t in rows_of(held)}
    if grid.kind != "room":  # a room shows what its timetable puts there
        extra = [k for k in (*substitutions, *lessons) if k[0] in day_index and k not in slots]
        slots.update(_rooms_of(extra))
    loads = _loads(a for (_, _, a) in slots)
    names = _user_names(s for s, _ in substitutions.values())
    for (day, number, aid), room in slots.items():
        load = loads.get(aid)
        if load is None:
            continue
        sub = substitutions.get((day, number, aid))
        done = lessons.get((day, number, aid))
        if grid.kind == "teacher" and load.teacher_id != int(grid.key):
            # someone else's load: only the lessons this teacher substitutes
            if sub is None or sub[0] != int(grid.key):
                continue
        grid.cells.setdefault((day_index[day], number), []).append(GridLesson(
            assignment_id=aid, date=day, number=number, subject=load.subject,
            subject_short=load.subject_short, class_id=load.class_id, class_name=load.class_name,
            subgroup=load.subgroup, teacher_id=load.teacher_id, teacher=load.teacher,
            room=room or "", substitute_id=sub[0] if sub else None,
            substitute=names.get(sub[0], "") if sub else "",
            substitution_reason=sub[1] if sub else "",
            lesson_id=done[0] if done else None, topic=done[1] if done else "",
            scheduled=room is not None,
        ))
    for cell in grid.cells.values():
        cell.sort(key=lambda g: (sort_key_ru(g.class_name), sort_key_ru(g.subject),
                                 sort_key_ru(g.subgroup)))


def _rooms_of(keys: list[tuple[dt.date, int, int]]) -> dict[tuple[dt.date, int, int], str | None]:
    """The timetable's room for lessons found through a substitution or the journal
    (the substitute's week); None when the timetable has no such lesson."""
    out: dict[tuple[dt.date, int, int], str | None] = {k: None for k in keys}
    if not keys:
        return out
    for aid, weekday, number, room, vfrom, vto in rows_of(
        TimetableEntry.select(TimetableEntry.assignment, TimetableEntry.weekday,
                              TimetableEntry.number, TimetableEntry.room,
                              TimetableEntry.valid_from, TimetableEntry.valid_to)
        .where(TimetableEntry.assignment.in_(sorted({a for (_, _, a) in keys})))
    ):
        for day, n, a in keys:
            if (a == int(aid) and n == int(number) and day.isoweekday() == int(weekday)
                    and vfrom <= day and (vto is None or day <= vto)):
                out[(day, n, a)] = str(room or "")
    return out


def week_title(grid: WeekGrid) -> str:
    """«08.09.2025 — 13.09.2025» for the window's heading."""
    return f"{format_date_ru(grid.days[0].date)} — {format_date_ru(grid.days[-1].date)}"
