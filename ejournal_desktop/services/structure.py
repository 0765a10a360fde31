"""School structure: years, periods, holidays, subjects, classes, load, bells, timetable,
substitutions, students' movement and school settings.

Each function checks the permission table, validates, writes in one
transaction and leaves an audit entry.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from ejournal_desktop.domain.errors import DomainError
from ejournal_desktop.domain.periods import DateRange, check_no_overlaps, format_date_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import audit
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import (
    Actor,
    relations_for_class,
    require,
    require_global,
    standing,
)
from ejournal_desktop.services.errors import NotFound, ValidationError
from ejournal_desktop.services.permissions import Action
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import (
    AcademicYear,
    Assignment,
    Bell,
    Enrollment,
    Holiday,
    Period,
    SchoolClass,
    Student,
    Subgroup,
    SubgroupMember,
    Subject,
    Substitution,
    TimetableEntry,
    User,
    UserRole,
)

YEAR_RE = re.compile(r"^(\d{4})/(\d{4})$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _range(start: dt.date, end: dt.date) -> DateRange:
    try:
        return DateRange(start, end)
    except DomainError as exc:
        raise ValidationError(exc.message) from exc


def _get(model: Any, row_id: int, what: str) -> Any:
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise NotFound(tr("Structure", "Не найдено: %s.") % what)
    return row


# --- years, periods, holidays ------------------------------------------------------------------


def create_year(
    actor: Actor, name: str, start: dt.date, end: dt.date, *, days_per_week: int = 5,
    period_kind: str = "quarter",
) -> int:
    m = YEAR_RE.match(name.strip())
    if not m or int(m.group(2)) != int(m.group(1)) + 1:
        raise ValidationError(tr("Structure", "Учебный год записывается как «2025/2026»."))
    _range(start, end)
    if days_per_week not in (5, 6):
        raise ValidationError(tr("Structure", "Учебная неделя — пять или шесть дней."))
    if period_kind not in ("quarter", "half", "trimester"):
        raise ValidationError(tr("Structure", "Неизвестный вид учебных периодов."))
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        if AcademicYear.select().where(AcademicYear.name == name.strip()).exists():
            raise ValidationError(tr("Structure", "Учебный год %s уже есть.") % name)
        for other in AcademicYear.select():
            if _range(start, end).overlaps(DateRange(other.start, other.end)):
                raise ValidationError(
                    tr("Structure", "Даты пересекаются с учебным годом %s.") % other.name
                )
        year_id = int(AcademicYear.insert(
            name=name.strip(), start=start, end=end, days_per_week=days_per_week,
            period_kind=period_kind,
        ).execute())
        audit.record(actor, "year.create", "academic_year", year_id,
                     new={"name": name, "start": start, "end": end})
    return year_id


def add_period(actor: Actor, year_id: int, number: int, name: str, start: dt.date, end: dt.date) -> int:
    span = _range(start, end)
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        year = _get(AcademicYear, year_id, tr("Structure", "учебный год"))
        if start < year.start or end > year.end:
            raise ValidationError(
                tr("Structure", "Период должен лежать внутри учебного года %s (%s — %s).")
                % (year.name, format_date_ru(year.start), format_date_ru(year.end))
            )
        existing = [(str(p.name), DateRange(p.start, p.end)) for p in year.periods]
        if any(p.number == number for p in year.periods):
            raise ValidationError(tr("Structure", "Период №%d уже есть.") % number)
        try:
            check_no_overlaps([*existing, (name, span)])
        except DomainError as exc:
            raise ValidationError(exc.message) from exc
        period_id = int(Period.insert(year=year_id, number=number, name=name.strip(),
                                      start=start, end=end).execute())
        audit.record(actor, "period.create", "period", period_id,
                     new={"name": name, "start": start, "end": end})
    return period_id


def add_holiday(actor: Actor, year_id: int, name: str, start: dt.date, end: dt.date) -> int:
    _range(start, end)
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        year = _get(AcademicYear, year_id, tr("Structure", "учебный год"))
        if start < year.start - dt.timedelta(days=120) or end > year.end + dt.timedelta(days=120):
            raise ValidationError(tr("Structure", "Каникулы далеко за пределами учебного года."))
        hid = int(Holiday.insert(year=year_id, name=name.strip(), start=start, end=end).execute())
        audit.record(actor, "holiday.create", "holiday", hid, new={"name": name, "start": start, "end": end})
    return hid


# --- subjects, classes, subgroups -----------------------------------------------------------------


def create_subject(actor: Actor, name: str, short_name: str = "") -> int:
    name = name.strip()
    if not name:
        raise ValidationError(tr("Structure", "Не указано название предмета."))
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        if Subject.select().where(Subject.name == name).exists():
            raise ValidationError(tr("Structure", "Предмет «%s» уже есть.") % name)
        sid = int(Subject.insert(name=name, short_name=short_name.strip()).execute())
        audit.record(actor, "subject.create", "subject", sid, new={"name": name}, subject_id=sid)
    return sid


def create_class(
    actor: Actor, year_id: int, level: int, letter: str, *, homeroom_id: int | None = None,
    shift: int = 1,
) -> int:
    letter = letter.strip().upper()
    if not 1 <= level <= 11:
        raise ValidationError(tr("Structure", "Параллель класса — от 1 до 11."))
    if not re.fullmatch(r"[А-ЯЁ]{1,2}", letter):
        raise ValidationError(tr("Structure", "Буква класса — одна-две русские буквы, например «А»."))
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        _get(AcademicYear, year_id, tr("Structure", "учебный год"))
        dup = SchoolClass.select().where(
            (SchoolClass.year == year_id) & (SchoolClass.level == level) & (SchoolClass.letter == letter)
        )
        if dup.exists():
            raise ValidationError(tr("Structure", "Класс %d%s уже есть.") % (level, letter))
        if homeroom_id is not None:
            _get(User, homeroom_id, tr("Structure", "классный руководитель"))
        cid = int(SchoolClass.insert(year=year_id, level=level, letter=letter,
                                     homeroom=homeroom_id, shift=shift).execute())
        audit.record(actor, "class.create", "school_class", cid,
                     new={"name": f"{level}{letter}", "homeroom": homeroom_id}, class_id=cid)
    return cid


def create_group(actor: Actor, year_id: int, title: str, *, leader_id: int | None = None) -> int:
    """An extra-curricular group (кружок); it may take students from several classes."""
    title = title.strip()
    if not title:
        raise ValidationError(tr("Structure", "Не указано название группы."))
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        cid = int(SchoolClass.insert(year=year_id, level=None, title=title, extracurricular=True,
                                     homeroom=leader_id).execute())
        audit.record(actor, "class.create", "school_class", cid, new={"title": title}, class_id=cid)
    return cid


def set_homeroom(actor: Actor, class_id: int, user_id: int | None) -> None:
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        cls = _get(SchoolClass, class_id, tr("Structure", "класс"))
        SchoolClass.update(homeroom=user_id).where(SchoolClass.id == class_id).execute()
        audit.record(actor, "class.homeroom", "school_class", class_id,
                     old={"homeroom": cls.homeroom_id}, new={"homeroom": user_id}, class_id=class_id)


def create_subgroup(actor: Actor, class_id: int, subject_id: int | None, name: str,
                    student_ids: list[int]) -> int:
    name = name.strip()
    if not name:
        raise ValidationError(tr("Structure", "Не указано название подгруппы."))
    with write_transaction():
        st = standing(actor)
        require(Action.EDIT_SUBGROUPS, relations_for_class(st, class_id))
        _get(SchoolClass, class_id, tr("Structure", "класс"))
        gid = int(Subgroup.insert(school_class=class_id, subject=subject_id, name=name).execute())
        for sid in student_ids:
            SubgroupMember.insert(subgroup=gid, student=sid).execute()
        audit.record(actor, "subgroup.create", "subgroup", gid,
                     new={"name": name, "students": student_ids}, class_id=class_id,
                     subject_id=subject_id)
    return gid


# --- load, bells, timetable, substitutions -------------------------------------------------------------


def create_assignment(
    actor: Actor, teacher_id: int, subject_id: int, class_id: int, hours_per_week: Decimal | float | str,
    *, subgroup_id: int | None = None,
) -> int:
    try:
        hours = Decimal(str(hours_per_week))
    except InvalidOperation as exc:
        raise ValidationError(tr("Structure", "Часы в неделю — число.")) from exc
    if not Decimal("0.5") <= hours <= Decimal(12):
        raise ValidationError(tr("Structure", "Часы в неделю — от 0,5 до 12."))
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        cls = _get(SchoolClass, class_id, tr("Structure", "класс"))
        _get(Subject, subject_id, tr("Structure", "предмет"))
        _get(User, teacher_id, tr("Structure", "учитель"))
        aid = int(Assignment.insert(year=cls.year_id, teacher=teacher_id, subject=subject_id,
                                    school_class=class_id, subgroup=subgroup_id,
                                    hours_per_week=hours).execute())
        audit.record(actor, "assignment.create", "assignment", aid,
                     new={"teacher": teacher_id, "hours": str(hours), "subgroup": subgroup_id},
                     class_id=class_id, subject_id=subject_id)
    return aid


def set_bell(actor: Actor, shift: int, number: int, start: str, end: str) -> int:
    if not (TIME_RE.match(start) and TIME_RE.match(end)) or end <= start:
        raise ValidationError(tr("Structure", "Время звонка записывается как «08:30», конец позже начала."))
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        row = Bell.get_or_none((Bell.shift == shift) & (Bell.number == number))
        if row is None:
            bid = int(Bell.insert(shift=shift, number=number, start=start, end=end).execute())
            audit.record(actor, "bell.create", "bell", bid, new={"number": number, "start": start, "end": end})
            return bid
        Bell.update(start=start, end=end).where(Bell.id == row.id).execute()
        audit.record(actor, "bell.change", "bell", int(row.id), old={"start": row.start, "end": row.end},
                     new={"start": start, "end": end})
        return int(row.id)


def add_timetable_entry(
    actor: Actor, assignment_id: int, weekday: int, number: int, *, room: str = "",
    valid_from: dt.date, valid_to: dt.date | None = None,
) -> int:
    """Put an assignment into a weekly slot from a date on (the past keeps its lessons)."""
    if not 1 <= weekday <= 6:
        raise ValidationError(tr("Structure", "День недели — от понедельника до субботы."))
    if not 1 <= number <= 12:
        raise ValidationError(tr("Structure", "Номер урока — от 1 до 12."))
    if valid_to is not None:
        _range(valid_from, valid_to)
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        a = _get(Assignment, assignment_id, tr("Structure", "нагрузка"))
        tid = int(TimetableEntry.insert(assignment=assignment_id, weekday=weekday, number=number,
                                        room=room.strip(), valid_from=valid_from,
                                        valid_to=valid_to).execute())
        audit.record(actor, "timetable.add", "timetable_entry", tid,
                     new={"weekday": weekday, "number": number, "room": room, "from": valid_from,
                          "to": valid_to},
                     class_id=a.school_class_id, subject_id=a.subject_id)
    return tid


def end_timetable_entry(actor: Actor, entry_id: int, last_day: dt.date) -> None:
    """Stop an entry after a date; lessons already held keep all their data."""
    with write_transaction():
        require_global(actor, Action.EDIT_STRUCTURE)
        e = _get(TimetableEntry, entry_id, tr("Structure", "урок расписания"))
        if last_day < e.valid_from - dt.timedelta(days=1):
            raise ValidationError(tr("Structure", "Дата окончания раньше начала действия урока."))
        TimetableEntry.update(valid_to=last_day).where(TimetableEntry.id == entry_id).execute()
        audit.record(actor, "timetable.end", "timetable_entry", entry_id,
                     old={"to": e.valid_to}, new={"to": last_day})


def assign_substitute(
    actor: Actor, assignment_id: int, date: dt.date, number: int, substitute_id: int, reason: str = ""
) -> int:
    with write_transaction():
        require_global(actor, Action.MANAGE_SUBSTITUTIONS)
        a = _get(Assignment, assignment_id, tr("Structure", "нагрузка"))
        # only the id: on a server the deputy's own role may not read the password hashes
        if not User.select(User.id).where(User.id == substitute_id).exists():
            raise NotFound(tr("Structure", "Не найдено: %s.") % tr("Structure", "учитель на замену"))
        if substitute_id == a.teacher_id:
            raise ValidationError(tr("Structure", "Заменяющий учитель совпадает с учителем по нагрузке."))
        existing = Substitution.get_or_none(
            (Substitution.assignment == assignment_id) & (Substitution.date == date)
            & (Substitution.number == number)
        )
        if existing is not None:
            Substitution.update(substitute=substitute_id, reason=reason, created_by=actor.user_id).where(
                Substitution.id == existing.id).execute()
            sid = int(existing.id)
        else:
            sid = int(Substitution.insert(assignment=assignment_id, date=date, number=number,
                                          substitute=substitute_id, reason=reason,
                                          created_by=actor.user_id).execute())
        audit.record(actor, "substitution.set", "substitution", sid,
                     new={"date": date, "number": number, "substitute": substitute_id},
                     reason=reason, class_id=a.school_class_id, subject_id=a.subject_id)
    return sid


# --- students and their movement -------------------------------------------------------------------------


def _student_fields(surname: str, name: str, personal_file_no: str, birth_date: dt.date | None) -> None:
    if not surname.strip():
        raise ValidationError(tr("Students", "Не указана фамилия учащегося."))
    if not name.strip():
        raise ValidationError(tr("Students", "Не указано имя учащегося."))
    if not personal_file_no.strip():
        raise ValidationError(tr("Students", "Не указан номер личного дела."))
    if birth_date is not None and not dt.date(1990, 1, 1) <= birth_date <= dt.date.today():
        raise ValidationError(tr("Students", "Дата рождения %s невозможна.") % format_date_ru(birth_date))


def enroll_new_student(
    actor: Actor, class_id: int, surname: str, name: str, patronymic: str, *,
    birth_date: dt.date | None, personal_file_no: str, date_from: dt.date,
    reason: str = "", order: str = "", gender: str = "",
) -> int:
    """A new student: personal card plus enrolment into a class (движение учащихся)."""
    _student_fields(surname, name, personal_file_no, birth_date)
    with write_transaction():
        st = standing(actor)
        require(Action.EDIT_STUDENTS, relations_for_class(st, class_id))
        cls = _get(SchoolClass, class_id, tr("Structure", "класс"))
        year = AcademicYear.get_by_id(cls.year_id)
        if not year.start - dt.timedelta(days=92) <= date_from <= year.end:
            raise ValidationError(tr("Students", "Дата зачисления вне учебного года %s.") % year.name)
        if Student.select().where(Student.personal_file_no == personal_file_no.strip()).exists():
            raise ValidationError(
                tr("Students", "Личное дело № %s уже есть у другого учащегося.") % personal_file_no
            )
        sid = int(Student.insert(surname=surname.strip(), name=name.strip(),
                                 patronymic=patronymic.strip(), birth_date=birth_date,
                                 personal_file_no=personal_file_no.strip(), gender=gender).execute())
        eid = int(Enrollment.insert(student=sid, school_class=class_id, date_from=date_from,
                                    reason_in=reason, order_in=order).execute())
        audit.record(actor, "student.create", "student", sid,
                     new={"name": f"{surname} {name} {patronymic}".strip(), "file": personal_file_no},
                     class_id=class_id, student_id=sid)
        audit.record(actor, "enrollment.in", "enrollment", eid,
                     new={"class": class_id, "from": date_from, "order": order}, reason=reason,
                     class_id=class_id, student_id=sid)
    return sid


def leave_class(
    actor: Actor, student_id: int, class_id: int, last_day: dt.date, *, reason: str, order: str = "",
) -> None:
    """Выбытие: the student keeps marks up to the last day and leaves later pages."""
    if not reason.strip():
        raise ValidationError(tr("Students", "Укажите причину выбытия."))
    with write_transaction():
        st = standing(actor)
        require(Action.EDIT_STUDENTS, relations_for_class(st, class_id))
        e = Enrollment.get_or_none(
            (Enrollment.student == student_id) & (Enrollment.school_class == class_id)
            & Enrollment.date_to.is_null()
        )
        if e is None:
            raise NotFound(tr("Students", "Учащийся сейчас не числится в этом классе."))
        if last_day < e.date_from:
            raise ValidationError(tr("Students", "Дата выбытия раньше даты зачисления."))
        Enrollment.update(date_to=last_day, reason_out=reason.strip(), order_out=order,
                          version=Enrollment.version + 1).where(Enrollment.id == e.id).execute()
        audit.record(actor, "enrollment.out", "enrollment", int(e.id),
                     old={"to": None}, new={"to": last_day, "order": order}, reason=reason,
                     class_id=class_id, student_id=student_id)


# --- settings --------------------------------------------------------------------------------------------


def set_setting(actor: Actor, key: str, value: Any) -> Any:
    checked = school_settings.validate(key, value)
    with write_transaction():
        require_global(actor, Action.MANAGE_SETTINGS)
        old = school_settings.get(key)
        school_settings.store_value(key, checked)
        audit.record(actor, "setting.change", "setting", None, old={key: old}, new={key: checked})
    return checked


def users_with_role(role: str) -> list[int]:
    return [int(u) for (u,) in UserRole.select(UserRole.user).where(UserRole.role == role).tuples()]
