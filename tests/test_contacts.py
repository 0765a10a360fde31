"""«Переписка с родителями»: recording contacts, who may, refusals that write nothing, the reach figures.

Parents on the fixed school (added here): Алексеев — мать Алексеева Ирина (phone) and
отец Алексеев Игорь (no phone); Белова — мать Белова Светлана (phone); the rest have none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ejournal_desktop.services import contacts, students
from ejournal_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from ejournal_desktop.store.models import AuditEntry, ParentContact
from tests.factory import MON, TUE, School

D = dt.date


def add_parents(s: School) -> dict[str, int]:
    a, b = s.students["5А"][0], s.students["5А"][1]
    return {
        "mother_a": students.add_parent(s.admin, a, "Алексеева", "Ирина", "Павловна", relation="мать",
                                        phone="+7 900 111-22-33"),
        "father_a": students.add_parent(s.admin, a, "Алексеев", "Игорь", "Олегович", relation="отец"),
        "mother_b": students.add_parent(s.admin, b, "Белова", "Светлана", "", relation="мать",
                                        phone="8 900 222-33-44"),
    }


def contact_audit() -> int:
    return AuditEntry.select().where(AuditEntry.action.startswith("contact.")).count()


def test_homeroom_teacher_records_a_call(school: School) -> None:
    p = add_parents(school)
    alekseev = school.students["5А"][0]
    cid = contacts.record_contact(school.ivanova, alekseev, "call", MON, parent_id=p["mother_a"],
                                  subject=" Успеваемость ", note=" Договорились о консультации ")
    row = ParentContact.get_by_id(cid)
    assert (row.student_id, row.parent_id, row.kind, row.on, row.subject, row.note, row.recorded_by_id) == (
        alekseev, p["mother_a"], "call", MON, "Успеваемость", "Договорились о консультации", school.ivanova.user_id)
    entry = AuditEntry.get(AuditEntry.action == "contact.record")
    assert (entry.user_id, entry.entity_id, entry.student) == (school.ivanova.user_id, cid, alekseev)
    [shown] = contacts.contacts_of_student(school.deputy, alekseev)
    assert (shown.student, shown.parent, shown.kind_title, shown.recorded_by) == (
        "Алексеев Артём Игоревич", "Алексеева Ирина Павловна (мать)", "телефонный разговор", "Иванова М.П.")
    assert (shown.parent_name, shown.relation) == ("Алексеева Ирина Павловна", "мать")  # the window labels it


def test_family_contact_without_a_parent(school: School) -> None:
    grigorieva = school.students["5А"][3]
    contacts.record_contact(school.ivanova, grigorieva, "meeting", TUE, note="Беседа с бабушкой")
    [shown] = contacts.contacts_of_student(school.ivanova, grigorieva)
    assert (shown.parent_id, shown.parent, shown.kind) == (None, "семья", "meeting")
    assert (shown.parent_name, shown.relation) == ("семья", "")


@pytest.mark.parametrize("who,cls,allowed", [
    ("ivanova", "5А", True),  # homeroom teacher, own class
    ("petrov", "5А", True),  # subject teacher of the class (Russian)
    ("petrov", "1А", True),  # homeroom teacher of 1А
    ("deputy", "6А", True),
    ("director", "1А", True),
    ("ivanova", "1А", False),  # another class
    ("sidorova", "5А", False),  # teaches only 6А
    ("admin", "5А", False),  # the administrator keeps the journal, not the contacts
])
def test_who_may_record(school: School, who: str, cls: str, allowed: bool) -> None:
    student = school.students[cls][0]
    actor = school.actors()[who]
    if allowed:
        contacts.record_contact(actor, student, "message", MON, note="Записка в дневнике")
        assert ParentContact.select().count() == 1 and contact_audit() == 1
    else:
        with pytest.raises(PermissionDenied):
            contacts.record_contact(actor, student, "message", MON, note="Записка в дневнике")
        assert ParentContact.select().count() == 0 and contact_audit() == 0


def test_admin_sees_the_log_and_a_stranger_does_not(school: School) -> None:
    contacts.record_contact(school.ivanova, school.students["5А"][0], "call", MON, note="Звонок")
    c5 = school.classes["5А"]
    assert [c.note for c in contacts.contacts_of_class(school.admin, c5, MON, MON)] == ["Звонок"]
    assert len(contacts.contacts_of_student(school.admin, school.students["5А"][0])) == 1
    with pytest.raises(PermissionDenied):
        contacts.contacts_of_class(school.sidorova, c5, MON, MON)


@pytest.mark.parametrize("kind,on,note,error", [
    ("telegram", MON, "x", ValidationError),  # unknown kind
    ("call", dt.date.today() + dt.timedelta(days=3), "x", ValidationError),  # not yet
    ("call", "2025-09-08", "x", ValidationError),  # not a date
    ("call", MON, "   ", ValidationError),  # nothing said about the conversation
    ("letter", MON, "", ValidationError),  # a letter with neither subject nor note
    ("call", MON, "x" * 2001, ValidationError),
])
def test_bad_input_writes_nothing(school: School, kind: str, on: object, note: str, error: type) -> None:
    with pytest.raises(error):
        contacts.record_contact(school.ivanova, school.students["5А"][0], kind, on, note=note)  # type: ignore[arg-type]
    assert ParentContact.select().count() == 0 and contact_audit() == 0


def test_parent_of_another_student_refused(school: School) -> None:
    p = add_parents(school)
    with pytest.raises(NotFound):
        contacts.record_contact(school.ivanova, school.students["5А"][2], "call", MON, parent_id=p["mother_b"],
                                note="Звонок")
    with pytest.raises(NotFound):
        contacts.record_contact(school.ivanova, 999999, "call", MON, note="Звонок")
    assert ParentContact.select().count() == 0 and contact_audit() == 0


def test_log_issued_one_contact_per_parent(school: School) -> None:
    p = add_parents(school)
    a, b, v = school.students["5А"][:3]
    n = contacts.log_issued(school.ivanova, [a, b, v], "letter", TUE, "Письмо за 1 четверть")
    # Алексеев: mother and father; Белова: mother; Васильев: no parent on record → the family
    assert n == 4
    got = sorted((r.student_id, r.parent_id) for r in ParentContact.select())
    assert got == sorted([(a, p["mother_a"]), (a, p["father_a"]), (b, p["mother_b"]), (v, None)])
    assert {r.kind for r in ParentContact.select()} == {"letter"}
    entry = AuditEntry.get(AuditEntry.action == "contact.issue")
    assert '"count": 4' in entry.new
    # narrowed to the parents it went to
    assert contacts.log_issued(school.ivanova, [a], "sms", TUE, "SMS", parents={a: [p["mother_a"]]}) == 1
    with pytest.raises(NotFound):
        contacts.log_issued(school.ivanova, [a], "sms", TUE, "SMS", parents={a: [p["mother_b"]]})
    with pytest.raises(ValidationError):
        contacts.log_issued(school.ivanova, [a], "call", TUE, "Звонок")
    assert ParentContact.select().count() == 5


def test_class_log_filtered_by_dates(school: School) -> None:
    c5, kids = school.classes["5А"], school.students["5А"]
    contacts.record_contact(school.ivanova, kids[0], "call", D(2025, 9, 8), note="первый")
    contacts.record_contact(school.ivanova, kids[1], "call", D(2025, 9, 20), note="второй")
    contacts.record_contact(school.ivanova, kids[1], "call", D(2025, 10, 2), note="третий")
    contacts.record_contact(school.petrov, school.students["1А"][0], "call", D(2025, 9, 10), note="другой класс")
    assert [c.note for c in contacts.contacts_of_class(school.deputy, c5, D(2025, 9, 1), D(2025, 9, 30))] == [
        "второй", "первый"]
    assert [c.note for c in contacts.contacts_of_class(school.ivanova, c5, D(2025, 9, 1), D(2025, 10, 31))] == [
        "третий", "второй", "первый"]


def test_reach_counted_by_hand(school: School) -> None:
    """September: 5А — Алексеев (two contacts) and Белова reached of 6 families; Васильев only in October.

    1А: Жуков reached of 3; 6А: none of 3.
    """
    add_parents(school)
    k5, k1 = school.students["5А"], school.students["1А"]
    contacts.record_contact(school.ivanova, k5[0], "call", D(2025, 9, 8), note="звонок")
    contacts.log_issued(school.ivanova, [k5[0], k5[1]], "letter", D(2025, 9, 30), "Письмо")
    contacts.record_contact(school.ivanova, k5[2], "call", D(2025, 10, 1), note="октябрь")
    contacts.record_contact(school.petrov, k1[0], "meeting", D(2025, 9, 15), note="собрание")
    c = school.classes
    got = contacts.reach([c["5А"], c["1А"], c["6А"]], D(2025, 9, 1), D(2025, 9, 30))
    assert [(got[c[x]].reached, got[c[x]].families) for x in ("5А", "1А", "6А")] == [(2, 6), (1, 3), (0, 3)]
    assert round(got[c["5А"]].share, 1) == 33.3 and got[c["6А"]].share == 0.0
    october = contacts.reach([c["5А"]], D(2025, 10, 1), D(2025, 10, 31))
    assert (october[c["5А"]].reached, october[c["5А"]].families) == (1, 6)
    assert contacts.reach([], D(2025, 9, 1), D(2025, 9, 30)) == {}
