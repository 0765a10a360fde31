"""«Переписка с родителями»: the log of contacts with students' parents.

A contact is recorded by hand (a call, a meeting, a note sent home) by the
homeroom teacher, a subject teacher of the class, the deputy or the director
(RECORD_PARENT_CONTACTS), or by the program itself when a diary report, an
information letter or an SMS text is issued (:func:`log_issued`, called inside
the issuing service's transaction after it checked PARENT_REPORTS).

A contact concerns one student and one parent; when the student has no parent
on record it concerns the family (``parent_id`` None).  Everyone who may see
the student (VIEW_STUDENTS) sees the log.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ejournal_desktop.domain.text import short_name
from ejournal_desktop.i18n import noop, tr
from ejournal_desktop.services import audit
from ejournal_desktop.services.access import Actor, relations_for_class, require, standing
from ejournal_desktop.services.errors import NotFound, ValidationError
from ejournal_desktop.services.permissions import GLOBAL_ROLES, Action, Role
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import (
    Enrollment,
    Parent,
    ParentContact,
    Student,
    StudentParent,
    User,
)

KIND_TITLES: Mapping[str, str] = {
    "letter": noop("Contacts", "информационное письмо"),
    "diary": noop("Contacts", "отчёт-дневник"),
    "sms": noop("Contacts", "SMS"),
    "call": noop("Contacts", "телефонный разговор"),
    "meeting": noop("Contacts", "встреча"),
    "message": noop("Contacts", "записка / электронное письмо"),
    "other": noop("Contacts", "другое"),
}
ISSUED_KINDS = frozenset({"letter", "diary", "sms"})  # recorded by the program when issued
MAX_SUBJECT = 200
MAX_NOTE = 2000


def _t(text: str) -> str:
    return tr("Contacts", text)


def kind_title(kind: str) -> str:
    return tr("Contacts", KIND_TITLES[kind]) if kind in KIND_TITLES else kind


@dataclass(frozen=True)
class ContactRow:
    id: int
    student_id: int
    student: str
    parent_id: int | None
    parent_name: str  # «Петрова Анна Сергеевна», or «семья» when none is on record
    relation: str  # who the parent is to the student, as stored («мать»); "" for the family or none recorded
    kind: str
    on: dt.date
    subject: str
    note: str
    recorded_by: str
    recorded_at: dt.datetime

    @property
    def parent(self) -> str:
        """«Петрова Анна Сергеевна (мать)»: the relation as stored (the window shows it in its language)."""
        return f"{self.parent_name} ({self.relation})" if self.relation else self.parent_name

    @property
    def kind_title(self) -> str:
        return kind_title(self.kind)


def _full(*parts: Any) -> str:
    return " ".join(str(p) for p in parts if p)


_short = short_name


def student_class_ids(student_id: int) -> list[int]:
    return [int(c) for (c,) in Enrollment.select(Enrollment.school_class)
            .where(Enrollment.student == student_id).tuples()]


def _student_relations(actor: Actor, student_id: int) -> set[Role]:
    st = standing(actor)
    if Student.get_or_none(Student.id == student_id) is None:
        raise NotFound(_t("Учащийся не найден."))
    rel = {r for r in st.roles if r in GLOBAL_ROLES}
    for cid in student_class_ids(student_id):
        rel |= relations_for_class(st, cid)
    return rel


def parents_of(student_ids: Iterable[int]) -> dict[int, list[int]]:
    """Parent ids linked to each student (students with none map to an empty list)."""
    ids = list(student_ids)
    out: dict[int, list[int]] = {sid: [] for sid in ids}
    for sid, pid in (StudentParent.select(StudentParent.student, StudentParent.parent)
                     .where(StudentParent.student.in_(ids or [0]))
                     .order_by(StudentParent.student, StudentParent.parent).tuples()):
        out[int(sid)].append(int(pid))
    return out


def _check(kind: str, on: dt.date, subject: str, note: str) -> tuple[str, str]:
    if kind not in KIND_TITLES:
        raise ValidationError(_t("Неизвестный вид контакта «%s».") % kind)
    if not isinstance(on, dt.date):
        raise ValidationError(_t("Укажите дату контакта."))
    if on > dt.date.today() + dt.timedelta(days=1):
        raise ValidationError(_t("Дата контакта %s ещё не наступила.") % on.strftime("%d.%m.%Y"))
    subject, note = subject.strip(), note.strip()
    if len(subject) > MAX_SUBJECT:
        raise ValidationError(_t("Тема длиннее %d символов.") % MAX_SUBJECT)
    if len(note) > MAX_NOTE:
        raise ValidationError(_t("Запись длиннее %d символов.") % MAX_NOTE)
    return subject, note


def record_contact(
    actor: Actor,
    student_id: int,
    kind: str,
    on: dt.date,
    *,
    parent_id: int | None = None,
    subject: str = "",
    note: str = "",
) -> int:
    """Record a contact with a parent of the student (or the family); returns its id."""
    subject, note = _check(kind, on, subject, note)
    if kind in ISSUED_KINDS and not note and not subject:
        raise ValidationError(_t("Укажите, что было передано родителям."))
    if kind not in ISSUED_KINDS and not note:
        raise ValidationError(_t("Коротко запишите, о чём был разговор."))
    with write_transaction():
        require(Action.RECORD_PARENT_CONTACTS, _student_relations(actor, student_id))
        if parent_id is not None:
            linked = parents_of([student_id])[student_id]
            if parent_id not in linked:
                raise NotFound(_t("Этот родитель не указан в карточке учащегося."))
        contact_id = int(ParentContact.insert(
            student=student_id, parent=parent_id, kind=kind, on=on, subject=subject, note=note,
            recorded_by=actor.user_id).execute())
        audit.record(actor, "contact.record", "parent_contact", contact_id, student_id=student_id,
                     new={"kind": kind, "on": on, "parent": parent_id, "subject": subject})
    return contact_id


def log_issued(actor: Actor, student_ids: Iterable[int], kind: str, on: dt.date, subject: str, *,
               parents: Mapping[int, Iterable[int]] | None = None) -> int:
    """Record that a document went home for each student: one contact per parent on record.

    ``parents`` narrows it to the parents it really went to (an SMS goes only to
    parents with a phone): student → parent ids, each of them linked to the
    student.  Call inside the transaction of the issuing service, after it
    checked its permission (PARENT_REPORTS); writes one audit entry for the
    batch.  Returns the number of contacts recorded.
    """
    subject, _ = _check(kind, on, subject, "")
    if kind not in ISSUED_KINDS:
        raise ValidationError(_t("Неизвестный вид документа «%s».") % kind)
    links = parents_of(student_ids)
    if parents is not None:
        for sid, wanted in parents.items():
            chosen = list(wanted)
            if sid not in links or not set(chosen) <= set(links[sid]):
                raise NotFound(_t("Этот родитель не указан в карточке учащегося."))
            links[sid] = chosen
    family: list[int | None] = [None]
    rows = [{"student": sid, "parent": pid, "kind": kind, "on": on, "subject": subject,
             "recorded_by": actor.user_id}
            for sid, parents_of_student in links.items() for pid in (list(parents_of_student) or family)]
    if rows:
        ParentContact.insert_many(rows).execute()
        audit.record(actor, "contact.issue", "parent_contact", None,
                     new={"kind": kind, "on": on, "subject": subject, "students": sorted(links),
                          "count": len(rows)})
    return len(rows)


def _rows(where: Any) -> list[ContactRow]:
    query = (ParentContact
             .select(ParentContact.id, ParentContact.student, Student.surname, Student.name, Student.patronymic,
                     ParentContact.parent, ParentContact.kind, ParentContact.on, ParentContact.subject,
                     ParentContact.note, User.surname, User.name, User.patronymic, ParentContact.recorded_at)
             .join(Student, on=(ParentContact.student == Student.id))
             .switch(ParentContact).join(User, on=(ParentContact.recorded_by == User.id))
             .where(where).order_by(ParentContact.on.desc(), ParentContact.id.desc()).tuples())
    found = list(query)
    parent_ids = {int(r[5]) for r in found if r[5] is not None}
    names = {int(i): _full(s, n, p) for i, s, n, p in
             Parent.select(Parent.id, Parent.surname, Parent.name, Parent.patronymic)
             .where(Parent.id.in_(list(parent_ids) or [0])).tuples()}
    relations = {(int(s), int(p)): str(r) for s, p, r in
                 StudentParent.select(StudentParent.student, StudentParent.parent, StudentParent.relation)
                 .where(StudentParent.parent.in_(list(parent_ids) or [0])).tuples()}
    out = []
    for (cid, sid, ss, sn, sp, pid, kind, on, subject, note, us, un, up, at) in found:
        if pid is None:
            parent, relation = _t("семья"), ""
        else:
            parent, relation = names.get(int(pid), ""), relations.get((int(sid), int(pid)), "")
        out.append(ContactRow(int(cid), int(sid), _full(ss, sn, sp), None if pid is None else int(pid), parent,
                              relation, str(kind), on, str(subject), str(note), _short(us, un, up), at))
    return out


def contacts_of_student(actor: Actor, student_id: int) -> list[ContactRow]:
    """Every contact about the student, newest first."""
    require(Action.VIEW_STUDENTS, _student_relations(actor, student_id))
    return _rows(ParentContact.student == student_id)


def _class_students(class_id: int, date_from: dt.date, date_to: dt.date) -> list[int]:
    """Students enrolled in the class at some day of the range."""
    return [int(s) for (s,) in Enrollment.select(Enrollment.student).distinct()
            .where((Enrollment.school_class == class_id) & (Enrollment.date_from <= date_to)
                   & (Enrollment.date_to.is_null() | (Enrollment.date_to >= date_from))).tuples()]


def contacts_of_class(actor: Actor, class_id: int, date_from: dt.date, date_to: dt.date) -> list[ContactRow]:
    """Contacts in the date range about the students of the class, newest first."""
    st = standing(actor)
    require(Action.VIEW_STUDENTS, relations_for_class(st, class_id))
    students = _class_students(class_id, date_from, date_to)
    return _rows(ParentContact.student.in_(students or [0]) & (ParentContact.on >= date_from)
                 & (ParentContact.on <= date_to))


@dataclass(frozen=True)
class Reach:
    """How many families of a class were reached in a date range (denominators shown)."""

    class_id: int
    families: int  # students enrolled at some day of the range
    reached: int  # of them, with at least one contact recorded in the range

    @property
    def share(self) -> float:
        return 100.0 * self.reached / self.families if self.families else 0.0


def reach(class_ids: Iterable[int], date_from: dt.date, date_to: dt.date) -> dict[int, Reach]:
    """Families reached per class (no permission check: callers are reports that checked theirs)."""
    out: dict[int, Reach] = {}
    students_of = {cid: _class_students(cid, date_from, date_to) for cid in class_ids}
    everyone = sorted({s for ss in students_of.values() for s in ss})
    contacted: defaultdict[int, int] = defaultdict(int)
    for (sid,) in (ParentContact.select(ParentContact.student).distinct()
                   .where(ParentContact.student.in_(everyone or [0]) & (ParentContact.on >= date_from)
                          & (ParentContact.on <= date_to)).tuples()):
        contacted[int(sid)] = 1
    for cid, students in students_of.items():
        out[cid] = Reach(cid, len(students), sum(contacted[s] for s in students))
    return out
