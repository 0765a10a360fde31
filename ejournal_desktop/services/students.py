"""Students and parents: the personal card, parents' contacts, consents (152-ФЗ),
the homeroom teacher's monthly check of personal data, transfer between classes,
and what is printed for a student: the extract of marks (выписка) and the
year-marks sheet for the personal file (личное дело).

Permissions (DESIGN §1): VIEW_STUDENTS — the administration every class, the
homeroom teacher the own class, a subject teacher the classes taught;
EDIT_STUDENTS — the administrator every class, the homeroom teacher the own
class.  A student's scope is the class(es) the student is in now (or, after
leaving, the last one); a parent's scope is the classes of the parent's
children.  Every change is one transaction with an audit entry.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from peewee import JOIN

from ejournal_desktop.domain.averages import display_mean, weighted_mean
from ejournal_desktop.domain.errors import DomainError
from ejournal_desktop.domain.marks import PeriodMarkKind, parse_mark
from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.domain.text import person_key_ru, sort_key_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import audit, structure
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import Actor, Standing, relations_for_class, require, standing
from ejournal_desktop.services.errors import ConflictError, NotFound, ValidationError
from ejournal_desktop.services.permissions import GLOBAL_ROLES, Action, Role, decide
from ejournal_desktop.services.reports.base import Column, ReportResult, ReportTable
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import (
    Absence,
    AcademicYear,
    Assignment,
    AuditEntry,
    Consent,
    Enrollment,
    Lesson,
    Mark,
    Parent,
    Period,
    PeriodMark,
    SchoolClass,
    Student,
    StudentParent,
    Subject,
    User,
)

PD_CHECK_ACTION = "students.pd_check"
DEFAULT_CONSENT_PURPOSE = (
    "ведение электронного классного журнала и электронного дневника, учёт успеваемости "
    "и посещаемости, информирование родителей (законных представителей)"
)
RELATIONS = ("мать", "отец", "опекун", "попечитель", "бабушка", "дедушка", "иной законный представитель")


# --- what the screens and documents show -----------------------------------------------------------


def _full(surname: Any, name: Any, patronymic: Any) -> str:
    return " ".join(str(p) for p in (surname, name, patronymic) if p)


def _class_name(level: Any, letter: Any, title: Any, extra: Any) -> str:
    return str(title) if extra else f"{level}{letter}"


@dataclass(frozen=True)
class ClassRow:
    class_id: int
    name: str
    homeroom: str
    may_edit: bool


@dataclass(frozen=True)
class ConsentRow:
    consent_id: int
    student_id: int | None
    parent_id: int | None
    who: str  # the person the consent is of
    given_on: dt.date
    purpose: str
    revoked_on: dt.date | None

    def valid_on(self, day: dt.date) -> bool:
        return self.given_on <= day and (self.revoked_on is None or self.revoked_on > day)


@dataclass(frozen=True)
class ParentRow:
    parent_id: int
    surname: str
    name: str
    patronymic: str
    relation: str
    phone: str
    email: str
    version: int
    consents: tuple[ConsentRow, ...] = ()

    @property
    def full_name(self) -> str:
        return _full(self.surname, self.name, self.patronymic)


@dataclass(frozen=True)
class MovementRow:
    enrollment_id: int
    class_id: int
    class_name: str
    year_name: str
    date_from: dt.date
    reason_in: str
    order_in: str
    date_to: dt.date | None
    reason_out: str
    order_out: str


@dataclass(frozen=True)
class StudentCard:
    student_id: int
    surname: str
    name: str
    patronymic: str
    birth_date: dt.date | None
    gender: str
    personal_file_no: str
    address: str
    version: int
    movement: tuple[MovementRow, ...]
    parents: tuple[ParentRow, ...]
    consents: tuple[ConsentRow, ...]  # the student's own
    may_edit: bool

    @property
    def full_name(self) -> str:
        return _full(self.surname, self.name, self.patronymic)

    @property
    def current(self) -> MovementRow | None:
        """The open enrolment in a class (not an extra-curricular group), else the latest one."""
        open_rows = [m for m in self.movement if m.date_to is None]
        if open_rows:
            return open_rows[-1]
        return self.movement[-1] if self.movement else None


@dataclass(frozen=True)
class StudentRow:
    student_id: int
    full_name: str
    birth_date: dt.date | None
    personal_file_no: str
    date_from: dt.date
    date_to: dt.date | None
    consent_missing: int  # people (the student and the parents) without a valid consent
    parents: int

    def active_on(self, day: dt.date) -> bool:
        return self.date_from <= day and (self.date_to is None or day <= self.date_to)


@dataclass(frozen=True)
class MissingConsent:
    class_name: str
    student_id: int
    student_name: str
    parent_id: int | None  # None: the student's own consent is missing
    person: str
    relation: str  # «учащийся», «мать»…; «нет сведений о родителях» when none are recorded
    note: str = ""
    class_id: int = 0


@dataclass(frozen=True)
class PdCheck:
    audit_id: int
    checked_on: dt.date
    recorded_at: dt.datetime
    who: str
    note: str


# --- scope ----------------------------------------------------------------------------------------------


def _student(student_id: int) -> Any:
    row = Student.get_or_none(Student.id == student_id)
    if row is None:
        raise NotFound(tr("Students", "Учащийся не найден."))
    return row


def _parent(parent_id: int) -> Any:
    row = Parent.get_or_none(Parent.id == parent_id)
    if row is None:
        raise NotFound(tr("Students", "Родитель (законный представитель) не найден."))
    return row


def _class(class_id: int) -> Any:
    row = SchoolClass.get_or_none(SchoolClass.id == class_id)
    if row is None:
        raise NotFound(tr("Students", "Класс не найден."))
    return row


def _allowed(action: Action, relations: Iterable[Role]) -> bool:
    return decide(action, relations, school_settings.permission_settings()).allowed


def student_classes(student_id: int, *, current_only: bool) -> list[int]:
    """Classes of the student: where enrolled now (or the latest), or every class ever."""
    rows = list(Enrollment.select(Enrollment.school_class, Enrollment.date_from, Enrollment.date_to)
                .where(Enrollment.student == student_id).order_by(Enrollment.date_from, Enrollment.id).tuples())
    if not current_only:
        return list(dict.fromkeys(int(c) for c, _, _ in rows))
    open_rows = [int(c) for c, _, to in rows if to is None]
    if open_rows:
        return open_rows
    return [int(rows[-1][0])] if rows else []


def _current_class(student_id: int) -> int | None:
    found = student_classes(student_id, current_only=True)
    return found[0] if found else None


def _student_relations(st: Standing, student_id: int, *, current_only: bool) -> set[Role]:
    rel = {r for r in st.roles if r in GLOBAL_ROLES}
    for cid in student_classes(student_id, current_only=current_only):
        rel |= relations_for_class(st, cid)
    return rel


def _require_student(actor: Actor, student_id: int, action: Action) -> Standing:
    st = standing(actor)
    _student(student_id)
    # viewing follows every class the student was in; editing the current one
    require(action, _student_relations(st, student_id, current_only=action is Action.EDIT_STUDENTS))
    return st


def _parent_children(parent_id: int) -> list[int]:
    return [int(s) for (s,) in StudentParent.select(StudentParent.student)
            .where(StudentParent.parent == parent_id).tuples()]


def _require_parent(actor: Actor, parent_id: int, action: Action) -> Standing:
    st = standing(actor)
    _parent(parent_id)
    rel = {r for r in st.roles if r in GLOBAL_ROLES}
    for sid in _parent_children(parent_id):
        rel |= _student_relations(st, sid, current_only=action is Action.EDIT_STUDENTS)
    require(action, rel)
    return st


def _version_check(row: Any, expected: int, what: str) -> None:
    if int(row.version) != expected:
        raise ConflictError(
            tr("Students", "%s изменил другой пользователь, пока вы редактировали. Обновите и повторите.") % what,
            current=int(row.version), attempted=expected)


# --- classes and their students ---------------------------------------------------------------------------


def classes(actor: Actor, year_id: int) -> list[ClassRow]:
    """Classes of a year whose students this person may see, with whether they may edit them."""
    st = standing(actor)
    rows = list(SchoolClass.select(SchoolClass.id, SchoolClass.level, SchoolClass.letter, SchoolClass.title,
                                   SchoolClass.extracurricular, User.surname, User.name, User.patronymic)
                .join(User, on=(SchoolClass.homeroom == User.id), join_type=JOIN.LEFT_OUTER)
                .where(SchoolClass.year == year_id).tuples())
    rows.sort(key=lambda r: (bool(r[4]), int(r[1] or 0), sort_key_ru(str(r[2])), sort_key_ru(str(r[3]))))
    out = []
    for cid, level, letter, title, extra, hs, hn, hp in rows:
        rel = relations_for_class(st, int(cid))
        if not _allowed(Action.VIEW_STUDENTS, rel):
            continue
        homeroom = f"{hs} {hn[:1]}.{(' ' + hp[:1] + '.') if hp else ''}" if hs else ""
        out.append(ClassRow(int(cid), _class_name(level, letter, title, extra), homeroom,
                            _allowed(Action.EDIT_STUDENTS, rel)))
    return out


def years() -> list[tuple[int, str, dt.date, dt.date]]:
    return [(int(i), str(n), s, e) for i, n, s, e in
            AcademicYear.select(AcademicYear.id, AcademicYear.name, AcademicYear.start, AcademicYear.end)
            .order_by(AcademicYear.start.desc()).tuples()]


def _consents_by_person() -> tuple[dict[int, list[ConsentRow]], dict[int, list[ConsentRow]]]:
    by_student: dict[int, list[ConsentRow]] = defaultdict(list)
    by_parent: dict[int, list[ConsentRow]] = defaultdict(list)
    for cid, sid, pid, given, purpose, revoked in Consent.select(
            Consent.id, Consent.student, Consent.parent, Consent.given_on, Consent.purpose,
            Consent.revoked_on).order_by(Consent.given_on, Consent.id).tuples():
        row = ConsentRow(int(cid), None if sid is None else int(sid), None if pid is None else int(pid), "",
                         given, str(purpose), revoked)
        if pid is not None:
            by_parent[int(pid)].append(row)
        elif sid is not None:
            by_student[int(sid)].append(row)
    return by_student, by_parent


def class_students(actor: Actor, class_id: int, *, on: dt.date | None = None,
                   include_left: bool = True) -> list[StudentRow]:
    """The students of a class in alphabetical order (who left too, unless ``include_left`` is off)."""
    st = standing(actor)
    _class(class_id)
    require(Action.VIEW_STUDENTS, relations_for_class(st, class_id))
    day = on or dt.date.today()
    rows = list(Enrollment.select(Student.id, Student.surname, Student.name, Student.patronymic,
                                  Student.birth_date, Student.personal_file_no, Enrollment.date_from,
                                  Enrollment.date_to)
                .join(Student, on=(Enrollment.student == Student.id))
                .where(Enrollment.school_class == class_id).order_by(Enrollment.date_from).tuples())
    latest: dict[int, tuple[Any, ...]] = {}
    for r in rows:
        latest[int(r[0])] = r  # a student enrolled twice: the latest enrolment
    by_student, by_parent = _consents_by_person()
    links: dict[int, list[int]] = defaultdict(list)
    for sid, pid in StudentParent.select(StudentParent.student, StudentParent.parent).where(
            StudentParent.student.in_(list(latest) or [0])).tuples():
        links[int(sid)].append(int(pid))
    out = []
    for sid, (_, surname, name, patronymic, birth, file_no, start, end) in latest.items():
        if not include_left and end is not None and end < day:
            continue
        missing = 0 if any(c.valid_on(day) for c in by_student.get(sid, [])) else 1
        missing += sum(1 for pid in links.get(sid, []) if not any(c.valid_on(day) for c in by_parent.get(pid, [])))
        out.append(StudentRow(sid, _full(surname, name, patronymic), birth, str(file_no), start, end, missing,
                              len(links.get(sid, []))))
    names = {sid: (r[1], r[2], r[3]) for sid, r in latest.items()}
    out.sort(key=lambda r: person_key_ru(*[str(x) for x in names[r.student_id]]))
    return out


def _movement(student_id: int) -> tuple[MovementRow, ...]:
    return tuple(
        MovementRow(int(eid), int(cid), _class_name(level, letter, title, extra), str(yname), start, str(rin),
                    str(oin), end, str(rout), str(oout))
        for eid, cid, level, letter, title, extra, yname, start, rin, oin, end, rout, oout in
        Enrollment.select(Enrollment.id, SchoolClass.id, SchoolClass.level, SchoolClass.letter, SchoolClass.title,
                          SchoolClass.extracurricular, AcademicYear.name, Enrollment.date_from,
                          Enrollment.reason_in, Enrollment.order_in, Enrollment.date_to, Enrollment.reason_out,
                          Enrollment.order_out)
        .join(SchoolClass, on=(Enrollment.school_class == SchoolClass.id))
        .join(AcademicYear, on=(SchoolClass.year == AcademicYear.id))
        .where(Enrollment.student == student_id).order_by(Enrollment.date_from, Enrollment.id).tuples()
    )


def student_card(actor: Actor, student_id: int) -> StudentCard:
    st = _require_student(actor, student_id, Action.VIEW_STUDENTS)
    s = _student(student_id)
    by_student, by_parent = _consents_by_person()
    parents = []
    for pid, surname, name, patronymic, phone, email, version, relation in (
            StudentParent.select(Parent.id, Parent.surname, Parent.name, Parent.patronymic, Parent.phone,
                                 Parent.email, Parent.version, StudentParent.relation)
            .join(Parent, on=(StudentParent.parent == Parent.id))
            .where(StudentParent.student == student_id).order_by(Parent.id).tuples()):
        who = _full(surname, name, patronymic)
        parents.append(ParentRow(int(pid), str(surname), str(name), str(patronymic), str(relation), str(phone),
                                 str(email), int(version),
                                 tuple(_named(c, who) for c in by_parent.get(int(pid), []))))
    own = tuple(_named(c, _full(s.surname, s.name, s.patronymic)) for c in by_student.get(student_id, []))
    may_edit = _allowed(Action.EDIT_STUDENTS, _student_relations(st, student_id, current_only=True))
    return StudentCard(int(s.id), str(s.surname), str(s.name), str(s.patronymic), s.birth_date, str(s.gender),
                       str(s.personal_file_no), str(s.address), int(s.version), _movement(student_id),
                       tuple(parents), own, may_edit)


def _named(c: ConsentRow, who: str) -> ConsentRow:
    return ConsentRow(c.consent_id, c.student_id, c.parent_id, who, c.given_on, c.purpose, c.revoked_on)


# --- the personal card -------------------------------------------------------------------------------------


def _check_person(surname: str, name: str) -> None:
    if not surname.strip():
        raise ValidationError(tr("Students", "Не указана фамилия."))
    if not name.strip():
        raise ValidationError(tr("Students", "Не указано имя."))
    for value in (surname, name):
        if len(value.strip()) > 100:
            raise ValidationError(tr("Students", "Фамилия, имя и отчество — не длиннее 100 символов."))


def update_student(
    actor: Actor, student_id: int, expected_version: int, *, surname: str, name: str, patronymic: str = "",
    birth_date: dt.date | None, personal_file_no: str, gender: str = "", address: str = "",
) -> int:
    """Change the personal card; refused when someone changed it since ``expected_version``. Returns the new version."""
    structure._student_fields(surname, name, personal_file_no, birth_date)
    if gender not in ("", "м", "ж"):
        raise ValidationError(tr("Students", "Пол — «м» или «ж»."))
    with write_transaction():
        _require_student(actor, student_id, Action.EDIT_STUDENTS)
        s = _student(student_id)
        _version_check(s, expected_version, tr("Students", "Личную карточку учащегося"))
        file_no = personal_file_no.strip()
        if Student.select().where((Student.personal_file_no == file_no) & (Student.id != student_id)).exists():
            raise ValidationError(tr("Students", "Личное дело № %s уже есть у другого учащегося.") % file_no)
        old = {"surname": s.surname, "name": s.name, "patronymic": s.patronymic, "birth_date": s.birth_date,
               "file": s.personal_file_no, "gender": s.gender, "address": s.address}
        new = {"surname": surname.strip(), "name": name.strip(), "patronymic": patronymic.strip(),
               "birth_date": birth_date, "file": file_no, "gender": gender, "address": address.strip()}
        Student.update(surname=new["surname"], name=new["name"], patronymic=new["patronymic"],
                       birth_date=birth_date, personal_file_no=file_no, gender=gender, address=new["address"],
                       version=Student.version + 1).where(Student.id == student_id).execute()
        changed_old = {k: v for k, v in old.items() if v != new[k]}
        audit.record(actor, "student.change", "student", student_id, old=changed_old,
                     new={k: new[k] for k in changed_old}, student_id=student_id,
                     class_id=_current_class(student_id))
    return expected_version + 1


# --- parents --------------------------------------------------------------------------------------------------


def _check_contacts(phone: str, email: str) -> None:
    digits = [c for c in phone if c.isdigit()]
    if phone.strip() and not 5 <= len(digits) <= 15:
        raise ValidationError(tr("Students", "Телефон «%s» не похож на номер телефона.") % phone.strip())
    if phone.strip() and any(c.isalpha() for c in phone):
        raise ValidationError(tr("Students", "В номере телефона «%s» есть буквы.") % phone.strip())
    e = email.strip()
    if e and (e.count("@") != 1 or "." not in e.split("@")[1] or " " in e or e.startswith("@")):
        raise ValidationError(tr("Students", "Адрес электронной почты «%s» записан неверно.") % e)


def _check_relation(relation: str) -> str:
    relation = relation.strip()
    if len(relation) > 30:
        raise ValidationError(tr("Students", "«Кем приходится» — не длиннее 30 символов."))
    return relation


def add_parent(
    actor: Actor, student_id: int, surname: str, name: str, patronymic: str = "", *, relation: str = "",
    phone: str = "", email: str = "",
) -> int:
    """A new parent (законный представитель) of the student, with contacts."""
    _check_person(surname, name)
    _check_contacts(phone, email)
    relation = _check_relation(relation)
    with write_transaction():
        _require_student(actor, student_id, Action.EDIT_STUDENTS)
        pid = int(Parent.insert(surname=surname.strip(), name=name.strip(), patronymic=patronymic.strip(),
                                phone=phone.strip(), email=email.strip()).execute())
        StudentParent.insert(student=student_id, parent=pid, relation=relation).execute()
        audit.record(actor, "parent.create", "parent", pid,
                     new={"name": _full(surname.strip(), name.strip(), patronymic.strip()), "relation": relation,
                          "phone": phone.strip(), "email": email.strip()},
                     student_id=student_id, class_id=_current_class(student_id))
    return pid


def link_parent(actor: Actor, student_id: int, parent_id: int, relation: str = "") -> None:
    """Link a parent already in the journal (a brother's or sister's) to this student too."""
    relation = _check_relation(relation)
    with write_transaction():
        _require_student(actor, student_id, Action.EDIT_STUDENTS)
        _require_parent(actor, parent_id, Action.VIEW_STUDENTS)
        exists = StudentParent.select().where((StudentParent.student == student_id)
                                              & (StudentParent.parent == parent_id)).exists()
        if exists:
            raise ValidationError(tr("Students", "Этот родитель уже указан у учащегося."))
        StudentParent.insert(student=student_id, parent=parent_id, relation=relation).execute()
        audit.record(actor, "parent.link", "parent", parent_id, new={"student": student_id, "relation": relation},
                     student_id=student_id, class_id=_current_class(student_id))


def unlink_parent(actor: Actor, student_id: int, parent_id: int) -> None:
    """Remove a parent from the student's card (the parent stays for other children)."""
    with write_transaction():
        _require_student(actor, student_id, Action.EDIT_STUDENTS)
        link = StudentParent.get_or_none((StudentParent.student == student_id) & (StudentParent.parent == parent_id))
        if link is None:
            raise NotFound(tr("Students", "Этот родитель не указан у учащегося."))
        StudentParent.delete().where(StudentParent.id == link.id).execute()
        audit.record(actor, "parent.unlink", "parent", parent_id, old={"student": student_id,
                                                                       "relation": link.relation},
                     student_id=student_id)
        if not StudentParent.select().where(StudentParent.parent == parent_id).exists():
            # nobody's parent any more: the personal data goes (consents with it)
            Parent.delete().where(Parent.id == parent_id).execute()


def update_parent(
    actor: Actor, parent_id: int, expected_version: int, *, surname: str, name: str, patronymic: str = "",
    phone: str = "", email: str = "", student_id: int | None = None, relation: str | None = None,
) -> int:
    """Edit a parent's name and contacts (and, for one child, who the parent is to them)."""
    _check_person(surname, name)
    _check_contacts(phone, email)
    with write_transaction():
        _require_parent(actor, parent_id, Action.EDIT_STUDENTS)
        p = _parent(parent_id)
        _version_check(p, expected_version, tr("Students", "Сведения о родителе"))
        old = {"surname": p.surname, "name": p.name, "patronymic": p.patronymic, "phone": p.phone,
               "email": p.email}
        new = {"surname": surname.strip(), "name": name.strip(), "patronymic": patronymic.strip(),
               "phone": phone.strip(), "email": email.strip()}
        Parent.update(**new, version=Parent.version + 1).where(Parent.id == parent_id).execute()
        if student_id is not None and relation is not None:
            rel = _check_relation(relation)
            link = StudentParent.get_or_none((StudentParent.student == student_id)
                                             & (StudentParent.parent == parent_id))
            if link is None:
                raise NotFound(tr("Students", "Этот родитель не указан у учащегося."))
            if link.relation != rel:
                old["relation"], new["relation"] = link.relation, rel
                StudentParent.update(relation=rel).where(StudentParent.id == link.id).execute()
        changed = {k: v for k, v in old.items() if v != new[k]}
        audit.record(actor, "parent.change", "parent", parent_id, old=changed, new={k: new[k] for k in changed},
                     student_id=student_id)
    return expected_version + 1


def find_parents(actor: Actor, text: str) -> list[ParentRow]:
    """Parents whose surname starts with the text, among the children this person may see."""
    st = standing(actor)
    wanted = text.strip().lower().replace("ё", "е")
    if not wanted:
        return []
    out = []
    for pid, surname, name, patronymic, phone, email, version in Parent.select(
            Parent.id, Parent.surname, Parent.name, Parent.patronymic, Parent.phone, Parent.email,
            Parent.version).tuples():
        if not str(surname).lower().replace("ё", "е").startswith(wanted):
            continue
        rel = {r for r in st.roles if r in GLOBAL_ROLES}
        for sid in _parent_children(int(pid)):
            rel |= _student_relations(st, sid, current_only=False)
        if _allowed(Action.VIEW_STUDENTS, rel):
            out.append(ParentRow(int(pid), str(surname), str(name), str(patronymic), "", str(phone), str(email),
                                 int(version)))
    out.sort(key=lambda p: person_key_ru(p.surname, p.name, p.patronymic))
    return out[:50]


# --- consents (152-ФЗ) ----------------------------------------------------------------------------------------


def record_consent(
    actor: Actor, *, student_id: int | None = None, parent_id: int | None = None, given_on: dt.date,
    purpose: str = DEFAULT_CONSENT_PURPOSE, today: dt.date | None = None,
) -> int:
    """Record a signed consent to process personal data: of a student or of a parent."""
    if (student_id is None) == (parent_id is None):
        raise ValidationError(tr("Students", "Согласие даёт либо учащийся, либо родитель — укажите одного."))
    purpose = purpose.strip()
    if not purpose:
        raise ValidationError(tr("Students", "Укажите цель обработки персональных данных."))
    if given_on > (today or dt.date.today()):
        raise ValidationError(tr("Students", "Дата согласия %s ещё не наступила.") % format_date_ru(given_on))
    if given_on < dt.date(2000, 1, 1):
        raise ValidationError(tr("Students", "Дата согласия %s невозможна.") % format_date_ru(given_on))
    with write_transaction():
        if student_id is not None:
            _require_student(actor, student_id, Action.EDIT_STUDENTS)
        else:
            assert parent_id is not None
            _require_parent(actor, parent_id, Action.EDIT_STUDENTS)
        cid = int(Consent.insert(student=student_id, parent=parent_id, given_on=given_on, purpose=purpose,
                                 recorded_by=actor.user_id).execute())
        audit.record(actor, "consent.give", "consent", cid,
                     new={"student": student_id, "parent": parent_id, "date": given_on, "purpose": purpose},
                     student_id=student_id)
    return cid


def revoke_consent(actor: Actor, consent_id: int, revoked_on: dt.date) -> None:
    """The person withdrew the consent (отзыв согласия) on a date."""
    with write_transaction():
        c = Consent.get_or_none(Consent.id == consent_id)
        if c is None:
            raise NotFound(tr("Students", "Согласие не найдено."))
        if c.student_id is not None:
            _require_student(actor, int(c.student_id), Action.EDIT_STUDENTS)
        else:
            _require_parent(actor, int(c.parent_id), Action.EDIT_STUDENTS)
        if c.revoked_on is not None:
            raise ValidationError(tr("Students", "Согласие уже отозвано %s.") % format_date_ru(c.revoked_on))
        if revoked_on < c.given_on:
            raise ValidationError(tr("Students", "Дата отзыва раньше даты согласия."))
        Consent.update(revoked_on=revoked_on).where(Consent.id == consent_id).execute()
        audit.record(actor, "consent.revoke", "consent", consent_id, old={"revoked_on": None},
                     new={"revoked_on": revoked_on}, student_id=c.student_id)


def missing_consents(actor: Actor, class_id: int, *, on: dt.date | None = None) -> list[MissingConsent]:
    """Who in the class has no valid consent on the date: students, their parents, children with no parents."""
    day = on or dt.date.today()
    cls = _class(class_id)
    cname = _class_name(cls.level, cls.letter, cls.title, cls.extracurricular)
    students = [r for r in class_students(actor, class_id, on=day, include_left=False) if r.active_on(day)]
    by_student, by_parent = _consents_by_person()
    parents: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for sid, pid, relation, surname, name, patronymic in (
            StudentParent.select(StudentParent.student, Parent.id, StudentParent.relation, Parent.surname,
                                 Parent.name, Parent.patronymic)
            .join(Parent, on=(StudentParent.parent == Parent.id))
            .where(StudentParent.student.in_([r.student_id for r in students] or [0]))
            .order_by(Parent.id).tuples()):
        parents[int(sid)].append((int(pid), str(relation), _full(surname, name, patronymic)))
    out = []
    for r in students:
        if not any(c.valid_on(day) for c in by_student.get(r.student_id, [])):
            out.append(MissingConsent(cname, r.student_id, r.full_name, None, r.full_name,
                                      tr("Students", "учащийся"), class_id=class_id))
        if not parents.get(r.student_id):
            out.append(MissingConsent(cname, r.student_id, r.full_name, None, "",
                                      tr("Students", "нет сведений о родителях"),
                                      tr("Students", "внесите родителей в карточку"), class_id=class_id))
        for pid, relation, who in parents.get(r.student_id, []):
            if not any(c.valid_on(day) for c in by_parent.get(pid, [])):
                revoked = [c for c in by_parent.get(pid, []) if c.revoked_on is not None and c.revoked_on <= day]
                when = revoked[-1].revoked_on if revoked else None
                note = tr("Students", "отозвано %s") % format_date_ru(when) if when else ""
                out.append(MissingConsent(cname, r.student_id, r.full_name, pid, who,
                                          relation or tr("Students", "родитель"), note, class_id=class_id))
    return out


def missing_consents_of_year(actor: Actor, year_id: int, *, on: dt.date | None = None) -> list[MissingConsent]:
    """The same list over every class of the year this person may see (in class order)."""
    out: list[MissingConsent] = []
    for c in classes(actor, year_id):
        out.extend(missing_consents(actor, c.class_id, on=on))
    return out


def missing_consent_forms(actor: Actor, missing: Iterable[MissingConsent]) -> list[ConsentFormData]:
    """The consent forms to hand out for a list of who lacks a consent.

    One form per parent without a consent (filled with that parent); a student whose parents
    all have one — or who has no parent recorded — but lacks their own gets one blank form.
    Each form is read under the same permission as the card (VIEW_STUDENTS).
    """
    by_student: dict[int, list[MissingConsent]] = defaultdict(list)
    for m in missing:
        by_student[m.student_id].append(m)
    out: list[ConsentFormData] = []
    for sid, rows in by_student.items():
        parent_ids = list(dict.fromkeys(m.parent_id for m in rows if m.parent_id is not None))
        for pid in parent_ids:
            out.append(consent_form(actor, sid, pid))
        if not parent_ids:
            out.append(consent_form(actor, sid, None))
    return out


def missing_consents_report(year_id: int, rows: Iterable[MissingConsent], *, on: dt.date) -> ReportResult:
    """The list (already read under the person's permission) as a report for the Excel export."""
    year = AcademicYear.get_or_none(AcademicYear.id == year_id)
    items = list(rows)
    table = ReportTable(tr("Students", "Нет согласия на обработку ПД"), [
        Column("class", tr("Students", "Класс")), Column("student", tr("Students", "Учащийся")),
        Column("who", tr("Students", "Чьё согласие")), Column("person", tr("Students", "ФИО")),
        Column("note", tr("Students", "Примечание"))],
        [[m.class_name, m.student_name, m.relation, m.person, m.note] for m in items])
    table.notes.append(tr("Students", "Всего строк: %d; учащихся: %d.")
                       % (len(items), len({m.student_id for m in items})))
    subtitle = tr("Students", "Учебный год %s, на %s") % (year.name if year else "", format_date_ru(on))
    return ReportResult("missing_consents",
                        tr("Students", "Кто без согласия на обработку персональных данных (152-ФЗ)"),
                        subtitle, [table])


# --- the homeroom teacher's monthly check of personal data ---------------------------------------------------


def record_pd_check(actor: Actor, class_id: int, checked_on: dt.date, note: str = "") -> int:
    """The homeroom teacher checked the class's personal data (monthly); kept in the audit trail."""
    with write_transaction():
        st = standing(actor)
        _class(class_id)
        require(Action.EDIT_STUDENTS, relations_for_class(st, class_id))
        return audit.record(actor, PD_CHECK_ACTION, "school_class", class_id,
                            new={"date": checked_on.isoformat(), "note": note.strip()}, class_id=class_id)


def pd_checks(actor: Actor, class_id: int) -> list[PdCheck]:
    """Checks of the class's personal data, newest first."""
    import json

    st = standing(actor)
    _class(class_id)
    require(Action.VIEW_STUDENTS, relations_for_class(st, class_id))
    out = []
    for aid, at, new, surname, name, patronymic in (
            AuditEntry.select(AuditEntry.id, AuditEntry.at, AuditEntry.new, User.surname, User.name,
                              User.patronymic)
            .join(User, on=(AuditEntry.user == User.id), join_type=JOIN.LEFT_OUTER)
            .where((AuditEntry.action == PD_CHECK_ACTION) & (AuditEntry.school_class == class_id)).tuples()):
        try:
            data = json.loads(new) if new else {}
            day = dt.date.fromisoformat(str(data.get("date")))
        except (ValueError, TypeError):
            continue
        who = f"{surname} {name[:1]}.{(' ' + patronymic[:1] + '.') if patronymic else ''}" if surname else ""
        out.append(PdCheck(int(aid), day, at, who, str(data.get("note", ""))))
    out.sort(key=lambda c: (c.checked_on, c.recorded_at), reverse=True)
    return out


def pd_check_due(actor: Actor, class_id: int, on: dt.date) -> bool:
    """True when the class has no check recorded in the month of ``on``."""
    return not any(c.checked_on.year == on.year and c.checked_on.month == on.month
                   for c in pd_checks(actor, class_id))


# --- movement: enrol, leave, transfer ----------------------------------------------------------------------------


def enroll_new_student(actor: Actor, class_id: int, surname: str, name: str, patronymic: str, *,
                       birth_date: dt.date | None, personal_file_no: str, date_from: dt.date, reason: str = "",
                       order: str = "", gender: str = "") -> int:
    """A new student: card plus enrolment (the structure service does it)."""
    return structure.enroll_new_student(actor, class_id, surname, name, patronymic, birth_date=birth_date,
                                        personal_file_no=personal_file_no, date_from=date_from, reason=reason,
                                        order=order, gender=gender)


def leave_class(actor: Actor, student_id: int, class_id: int, last_day: dt.date, *, reason: str,
                order: str = "") -> None:
    """Выбытие: marks up to the last day stay, later pages do not show the student."""
    structure.leave_class(actor, student_id, class_id, last_day, reason=reason, order=order)


def _check_free(student_id: int, cls: Any, date_from: dt.date) -> None:
    """A student is in one class at a time (extra-curricular groups aside)."""
    if cls.extracurricular:
        return
    busy = (Enrollment.select(Enrollment.id, SchoolClass.level, SchoolClass.letter)
            .join(SchoolClass, on=(Enrollment.school_class == SchoolClass.id))
            .where((Enrollment.student == student_id) & (SchoolClass.extracurricular == False)  # noqa: E712
                   & (Enrollment.date_to.is_null() | (Enrollment.date_to >= date_from))).tuples().first())
    if busy is not None:
        raise ValidationError(tr("Students", "Учащийся с %s ещё числится в классе %s%s: сначала оформите выбытие.")
                              % (format_date_ru(date_from), busy[1], busy[2]))


def enroll_existing(actor: Actor, student_id: int, class_id: int, date_from: dt.date, *, reason: str = "",
                    order: str = "") -> int:
    """Enrol a student already in the journal (who returned, or joins an extra-curricular group)."""
    with write_transaction():
        st = standing(actor)
        require(Action.EDIT_STUDENTS, relations_for_class(st, class_id))
        _student(student_id)
        cls = _class(class_id)
        year = AcademicYear.get_by_id(cls.year_id)
        if not year.start - dt.timedelta(days=92) <= date_from <= year.end:
            raise ValidationError(tr("Students", "Дата зачисления вне учебного года %s.") % year.name)
        _check_free(student_id, cls, date_from)
        eid = int(Enrollment.insert(student=student_id, school_class=class_id, date_from=date_from,
                                    reason_in=reason.strip(), order_in=order.strip()).execute())
        audit.record(actor, "enrollment.in", "enrollment", eid,
                     new={"class": class_id, "from": date_from, "order": order.strip()}, reason=reason,
                     class_id=class_id, student_id=student_id)
    return eid


def transfer(actor: Actor, student_id: int, from_class_id: int, to_class_id: int, last_day: dt.date, *,
             reason: str = "", order: str = "") -> int:
    """Перевод в другой класс: leave one class after ``last_day``, enrol in the other from the next day.

    The same student row: marks stay with the lessons they were given in (the old
    class's pages up to the last day), the new class's pages show the student from the next day.
    """
    if from_class_id == to_class_id:
        raise ValidationError(tr("Students", "Учащийся уже в этом классе."))
    src, dst = _class(from_class_id), _class(to_class_id)
    if src.year_id != dst.year_id:
        raise ValidationError(tr("Students", "Перевод — между классами одного учебного года. Для нового года "
                                             "оформите выбытие и зачисление."))
    name_to = _class_name(dst.level, dst.letter, dst.title, dst.extracurricular)
    name_from = _class_name(src.level, src.letter, src.title, src.extracurricular)
    why = reason.strip() or tr("Students", "перевод в %s класс") % name_to
    with write_transaction():
        structure.leave_class(actor, student_id, from_class_id, last_day, reason=why, order=order.strip())
        eid = enroll_existing(actor, student_id, to_class_id, last_day + dt.timedelta(days=1),
                              reason=tr("Students", "перевод из %s класса") % name_from, order=order)
        audit.record(actor, "student.transfer", "student", student_id,
                     old={"class": from_class_id}, new={"class": to_class_id, "from": last_day + dt.timedelta(days=1)},
                     reason=why, class_id=to_class_id, student_id=student_id)
    return eid


# --- the extract of marks and the year-marks sheet ------------------------------------------------------------


@dataclass(frozen=True)
class ExtractSubject:
    subject: str
    teacher: str
    marks: tuple[tuple[dt.date, str], ...]  # current marks of the period, in date order
    mean: str  # weighted mean, «3,75»
    period_marks: tuple[str, ...]  # one per period of the year, "" when none
    missed: int  # lessons missed (н, б, у) in the period
    missed_ill: int


@dataclass(frozen=True)
class MarksExtract:
    school: str
    director: str
    homeroom: str
    student: str
    birth_date: dt.date | None
    personal_file_no: str
    class_name: str
    year_name: str
    period_name: str
    span_from: dt.date  # the marks shown are of these dates
    span_to: dt.date
    in_class_from: dt.date
    in_class_to: dt.date | None
    periods: tuple[str, ...]
    subjects: tuple[ExtractSubject, ...]
    made_on: dt.date


@dataclass(frozen=True)
class YearMarksRow:
    subject: str
    period_marks: tuple[str, ...]
    year: str
    exam: str
    final: str


@dataclass(frozen=True)
class YearMarksSheet:
    school: str
    director: str
    homeroom: str
    student: str
    birth_date: dt.date | None
    personal_file_no: str
    class_name: str
    year_name: str
    periods: tuple[str, ...]
    rows: tuple[YearMarksRow, ...]
    missed: int
    missed_ill: int
    movement: tuple[MovementRow, ...]
    made_on: dt.date
    extra: dict[str, str] = field(default_factory=dict)


def _user_short(uid: Any) -> str:
    if uid is None:
        return ""
    u = User.select(User.surname, User.name, User.patronymic).where(User.id == uid).tuples().first()
    if u is None:
        return ""
    initials = " ".join(f"{p[0]}." for p in (u[1], u[2]) if p)
    return f"{u[0]} {initials}".strip()


def _school() -> tuple[str, str]:
    return str(school_settings.get("school_name") or ""), str(school_settings.get("director_name") or "")


def _enrollment_in(student_id: int, class_id: int) -> Any:
    e = (Enrollment.select().where((Enrollment.student == student_id) & (Enrollment.school_class == class_id))
         .order_by(Enrollment.date_from.desc()).first())
    if e is None:
        raise NotFound(tr("Students", "Учащийся не числился в этом классе."))
    return e


def _periods(year_id: int) -> list[tuple[int, str, dt.date, dt.date]]:
    return [(int(i), str(n), s, e) for i, n, s, e in
            Period.select(Period.id, Period.name, Period.start, Period.end)
            .where(Period.year == year_id).order_by(Period.number).tuples()]


def marks_extract(actor: Actor, student_id: int, class_id: int, *, until: dt.date | None = None,
                  whole_year: bool = False, today: dt.date | None = None) -> MarksExtract:
    """Выписка отметок for a student leaving the class: current marks of the period (or the year) up to the
    last day in the class, weighted means, period marks given so far and lessons missed, by subject."""
    st = standing(actor)
    s = _student(student_id)
    cls = _class(class_id)
    require(Action.VIEW_STUDENTS, relations_for_class(st, class_id))
    e = _enrollment_in(student_id, class_id)
    year = AcademicYear.get_by_id(cls.year_id)
    made_on = today or dt.date.today()
    last = min(x for x in (until, e.date_to, year.end, made_on) if x is not None)
    periods = _periods(int(year.id))
    current = next((p for p in periods if p[2] <= last <= p[3]), None)
    if current is None:  # on a holiday: the period just ended
        before = [p for p in periods if p[3] < last]
        current = before[-1] if before else (periods[0] if periods else None)
    if whole_year or current is None:
        start, pname = year.start, tr("Students", "учебный год %s") % year.name
    else:
        start, pname = current[2], current[1]
    start = max(start, e.date_from)
    if last < start:
        start = last
    assignments = list(Assignment.select(Assignment.id, Assignment.subject, Subject.name, Assignment.teacher,
                                         Assignment.subgroup)
                       .join(Subject, on=(Assignment.subject == Subject.id))
                       .where(Assignment.school_class == class_id).tuples())
    marks: dict[int, list[tuple[dt.date, int, str, Decimal]]] = defaultdict(list)
    for sid, day, number, value, weight, _pos in (
            Mark.select(Assignment.subject, Lesson.date, Lesson.number, Mark.value, Mark.weight, Mark.position)
            .join(Lesson, on=(Mark.lesson == Lesson.id))
            .join(Assignment, on=(Lesson.assignment == Assignment.id))
            .where((Mark.student == student_id) & (Assignment.school_class == class_id)
                   & Lesson.date.between(start, last))
            .order_by(Lesson.date, Lesson.number, Mark.position).tuples()):
        marks[int(sid)].append((day, int(number), str(value), Decimal(str(weight))))
    missed: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for sid, code in (Absence.select(Assignment.subject, Absence.code)
                      .join(Lesson, on=(Absence.lesson == Lesson.id))
                      .join(Assignment, on=(Lesson.assignment == Assignment.id))
                      .where((Absence.student == student_id) & (Assignment.school_class == class_id)
                             & Lesson.date.between(start, last)).tuples()):
        if code in ("н", "б", "у"):
            missed[int(sid)][0] += 1
            missed[int(sid)][1] += code == "б"
    pmarks: dict[tuple[int, int], str] = {}
    for sid, pid, value in (PeriodMark.select(PeriodMark.subject, PeriodMark.period, PeriodMark.value)
                            .where((PeriodMark.student == student_id) & (PeriodMark.year == year.id)
                                   & PeriodMark.period.is_null(False)).tuples()):
        pmarks[(int(sid), int(pid))] = str(value)
    subjects: dict[int, ExtractSubject] = {}
    for _aid, sid, sname, teacher, _sg in sorted(assignments, key=lambda a: (sort_key_ru(str(a[2])), a[0])):
        sid = int(sid)
        if sid in subjects:
            continue
        values = marks.get(sid, [])
        pairs = []
        for _, _, v, w in values:
            try:
                pairs.append((parse_mark(v, allow_modifiers=True, lowest=1).value, w))
            except DomainError:
                continue
        subjects[sid] = ExtractSubject(
            str(sname), _user_short(teacher), tuple((d, v) for d, _, v, _ in values),
            display_mean(weighted_mean(pairs)) if pairs else "",
            tuple(pmarks.get((sid, p[0]), "") for p in periods), missed[sid][0], missed[sid][1])
    school, director = _school()
    return MarksExtract(
        school, director, _user_short(cls.homeroom_id), _full(s.surname, s.name, s.patronymic), s.birth_date,
        str(s.personal_file_no), _class_name(cls.level, cls.letter, cls.title, cls.extracurricular), str(year.name),
        pname, start, last, e.date_from, e.date_to, tuple(p[1] for p in periods), tuple(subjects.values()), made_on)


def year_marks_sheet(actor: Actor, student_id: int, year_id: int, *, today: dt.date | None = None) -> YearMarksSheet:
    """Ведомость годовых отметок for the personal file: period, year, exam and final marks of every subject."""
    st = standing(actor)
    s = _student(student_id)
    year = AcademicYear.get_or_none(AcademicYear.id == year_id)
    if year is None:
        raise NotFound(tr("Students", "Учебный год не найден."))
    movement = tuple(m for m in _movement(student_id) if m.year_name == year.name)
    class_ids = [m.class_id for m in movement]
    if not class_ids:
        raise NotFound(tr("Students", "В %s учебном году учащийся не числился ни в одном классе.") % year.name)
    rel = {r for r in st.roles if r in GLOBAL_ROLES}
    for cid in class_ids:
        rel |= relations_for_class(st, cid)
    require(Action.VIEW_STUDENTS, rel)
    periods = _periods(year_id)
    pindex = {p[0]: i for i, p in enumerate(periods)}
    table: dict[int, dict[str, Any]] = {}
    names = {int(i): str(n) for i, n in Subject.select(Subject.id, Subject.name).tuples()}
    for (sid,) in (Assignment.select(Assignment.subject).where(Assignment.school_class.in_(class_ids))
                   .distinct().tuples()):
        table.setdefault(int(sid), {"p": [""] * len(periods)})
    for sid, kind, pid, value in (PeriodMark.select(PeriodMark.subject, PeriodMark.kind, PeriodMark.period,
                                                    PeriodMark.value)
                                  .where((PeriodMark.student == student_id) & (PeriodMark.year == year_id)).tuples()):
        row = table.setdefault(int(sid), {"p": [""] * len(periods)})
        if pid is not None and int(pid) in pindex:
            row["p"][pindex[int(pid)]] = str(value)
        elif kind in (PeriodMarkKind.YEAR, PeriodMarkKind.EXAM, PeriodMarkKind.FINAL):
            row[str(kind)] = str(value)
    rows = tuple(
        YearMarksRow(names.get(sid, ""), tuple(data["p"]), data.get("year", ""), data.get("exam", ""),
                     data.get("final", ""))
        for sid, data in sorted(table.items(), key=lambda kv: sort_key_ru(names.get(kv[0], "")))
    )
    missed = ill = 0
    for (code,) in (Absence.select(Absence.code).join(Lesson, on=(Absence.lesson == Lesson.id))
                    .join(Assignment, on=(Lesson.assignment == Assignment.id))
                    .where((Absence.student == student_id) & (Assignment.year == year_id)).tuples()):
        if code in ("н", "б", "у"):
            missed += 1
            ill += code == "б"
    last = movement[-1]
    cls = _class(last.class_id)
    school, director = _school()
    return YearMarksSheet(school, director, _user_short(cls.homeroom_id), _full(s.surname, s.name, s.patronymic),
                          s.birth_date, str(s.personal_file_no), last.class_name, str(year.name),
                          tuple(p[1] for p in periods), rows, missed, ill, movement, today or dt.date.today())


# --- the consent form --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsentFormData:
    school: str
    director: str
    student: str
    birth_date: dt.date | None
    class_name: str
    parent: str  # "" — a blank line to fill in by hand
    relation: str
    phone: str
    address: str
    purpose: str


def consent_form(actor: Actor, student_id: int, parent_id: int | None = None) -> ConsentFormData:
    """What the printed consent form is filled with (a parent's form, or a blank one for the student)."""
    card = student_card(actor, student_id)
    parent = next((p for p in card.parents if p.parent_id == parent_id), None)
    if parent_id is not None and parent is None:
        raise NotFound(tr("Students", "Этот родитель не указан у учащегося."))
    school, director = _school()
    current = card.current
    return ConsentFormData(school, director, card.full_name, card.birth_date,
                           current.class_name if current else "", parent.full_name if parent else "",
                           parent.relation if parent else "", parent.phone if parent else "", card.address,
                           DEFAULT_CONSENT_PURPOSE)


def require_view(actor: Actor, student_id: int) -> None:
    """Refuse when this person may not see the student (for callers that print)."""
    _require_student(actor, student_id, Action.VIEW_STUDENTS)
