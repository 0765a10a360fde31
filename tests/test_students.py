"""Students and parents: card, parents, consents, personal-data checks, transfer, extract and year sheet."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from ejournal_desktop.services import journal, students
from ejournal_desktop.services.errors import ConflictError, PermissionDenied, ValidationError
from ejournal_desktop.store.models import AuditEntry, Enrollment, Mark, Student
from tests.factory import FRI, MON, TUE, School

D = dt.date
TODAY = D(2025, 10, 1)


def first5(s: School) -> int:
    return s.students["5А"][0]


def test_card_view_and_update_with_version(school: School) -> None:
    sid = first5(school)
    card = students.student_card(school.ivanova, sid)
    assert card.full_name == "Алексеев Артём Игоревич" and card.may_edit
    assert card.current is not None and card.current.class_name == "5А"
    new_version = students.update_student(
        school.ivanova, sid, card.version, surname="Алексеев", name="Артём", patronymic="Игоревич",
        birth_date=card.birth_date, personal_file_no=card.personal_file_no, address="ул. Ленина, 1")
    assert new_version == card.version + 1
    assert Student.get_by_id(sid).address == "ул. Ленина, 1"
    with pytest.raises(ConflictError):  # the old version again: someone else changed it
        students.update_student(school.admin, sid, card.version, surname="Алексеев", name="Артём",
                                birth_date=None, personal_file_no=card.personal_file_no)
    with pytest.raises(ValidationError, match="Личное дело"):
        students.update_student(school.admin, sid, new_version, surname="Алексеев", name="Артём",
                                birth_date=None, personal_file_no="Л-002")
    entry = AuditEntry.select().where(AuditEntry.action == "student.change").get()
    assert json.loads(entry.new) == {"address": "ул. Ленина, 1"}


def test_permissions(school: School) -> None:
    sid = first5(school)
    six = school.students["6А"][0]
    version = students.student_card(school.admin, sid).version
    # everybody of the administration and the teachers of the class may view
    for who in (school.director, school.deputy, school.petrov, school.ivanova, school.admin):
        assert students.student_card(who, sid).student_id == sid
    assert not students.student_card(school.director, sid).may_edit
    # Сидорова teaches only 6А
    with pytest.raises(PermissionDenied):
        students.student_card(school.sidorova, sid)
    # editing: admin, and the homeroom teacher of the own class only
    for who in (school.director, school.deputy, school.petrov, school.sidorova):
        with pytest.raises(PermissionDenied):
            students.update_student(who, sid, version, surname="X", name="Y", birth_date=None,
                                    personal_file_no="Л-001")
        with pytest.raises(PermissionDenied):
            students.add_parent(who, sid, "Алексеева", "Ирина")
        with pytest.raises(PermissionDenied):
            students.record_consent(who, student_id=sid, given_on=TODAY, today=TODAY)
        with pytest.raises(PermissionDenied):
            students.record_pd_check(who, school.classes["5А"], TODAY)
    with pytest.raises(PermissionDenied):  # Иванова is homeroom of 5А, not of 6А
        students.add_parent(school.ivanova, six, "Киселёва", "Анна")
    with pytest.raises(PermissionDenied):
        students.leave_class(school.ivanova, six, school.classes["6А"], TODAY, reason="переезд")
    with pytest.raises(PermissionDenied):  # the target class is not hers
        students.transfer(school.ivanova, sid, school.classes["5А"], school.classes["6А"], TODAY)
    # class lists: the teacher sees the classes taught
    names = [c.name for c in students.classes(school.sidorova, school.year)]
    assert names == ["6А"]
    assert [c.name for c in students.classes(school.director, school.year)] == ["1А", "5А", "6А"]
    assert [c.may_edit for c in students.classes(school.ivanova, school.year)] == [True]


def test_parents_and_consents(school: School) -> None:
    sid, brother = school.students["5А"][0], school.students["1А"][0]
    pid = students.add_parent(school.ivanova, sid, "Алексеева", "Ирина", "Павловна", relation="мать",
                              phone="+7 900 123-45-67", email="irina@example.ru")
    with pytest.raises(ValidationError, match="почты"):
        students.add_parent(school.ivanova, sid, "Алексеев", "Игорь", email="нет")
    with pytest.raises(ValidationError, match="Телефон"):
        students.add_parent(school.ivanova, sid, "Алексеев", "Игорь", phone="12")
    # the same mother for a child in 1А: Петров (homeroom of 1А) links her
    assert [p.parent_id for p in students.find_parents(school.petrov, "алекс")] == [pid]
    students.link_parent(school.petrov, brother, pid, "мать")
    card = students.student_card(school.ivanova, sid)
    (parent,) = card.parents
    assert parent.relation == "мать" and parent.phone == "+7 900 123-45-67"
    students.update_parent(school.ivanova, pid, parent.version, surname="Алексеева", name="Ирина",
                           patronymic="Павловна", phone="+7 900 000-00-00", email="", student_id=sid,
                           relation="мать")
    with pytest.raises(ConflictError):
        students.update_parent(school.petrov, pid, parent.version, surname="Алексеева", name="Ирина")

    missing = students.missing_consents(school.ivanova, school.classes["5А"], on=TODAY)
    assert {(m.student_id, m.parent_id) for m in missing if m.student_id == sid} == {(sid, None), (sid, pid)}
    assert sum(1 for m in missing if m.relation == "нет сведений о родителях") == 5
    cid = students.record_consent(school.ivanova, parent_id=pid, given_on=D(2025, 9, 1), today=TODAY)
    students.record_consent(school.ivanova, student_id=sid, given_on=D(2025, 9, 1), today=TODAY)
    missing = students.missing_consents(school.ivanova, school.classes["5А"], on=TODAY)
    assert not [m for m in missing if m.student_id == sid]
    with pytest.raises(ValidationError, match="не наступила"):
        students.record_consent(school.ivanova, student_id=sid, given_on=D(2025, 10, 2), today=TODAY)
    students.revoke_consent(school.petrov, cid, D(2025, 9, 20))  # her other child's homeroom teacher may
    missing = students.missing_consents(school.ivanova, school.classes["5А"], on=TODAY)
    (gone,) = [m for m in missing if m.student_id == sid]
    assert gone.parent_id == pid and "отозвано 20.09.2025" in gone.note
    rows = {r.student_id: r for r in students.class_students(school.director, school.classes["5А"], on=TODAY)}
    assert rows[sid].consent_missing == 1 and rows[sid].parents == 1


def test_pd_check_is_an_audit_entry(school: School) -> None:
    cls = school.classes["5А"]
    assert students.pd_check_due(school.ivanova, cls, TODAY)
    students.record_pd_check(school.ivanova, cls, TODAY, "сверены адреса и телефоны")
    entry = AuditEntry.select().where(AuditEntry.action == "students.pd_check").get()
    assert entry.school_class == cls and json.loads(entry.new)["date"] == "2025-10-01"
    (check,) = students.pd_checks(school.director, cls)
    assert check.checked_on == TODAY and check.who == "Иванова М. П." and "адреса" in check.note
    assert not students.pd_check_due(school.deputy, cls, D(2025, 10, 31))
    assert students.pd_check_due(school.deputy, cls, D(2025, 11, 1))


def test_transfer_mid_period_keeps_marks(school: School) -> None:
    sid = first5(school)
    journal.set_cell(school.ivanova, school.a["math5"], MON, 1, sid, "5")
    journal.set_cell(school.ivanova, school.a["math5"], FRI, 3, sid, "3")
    journal.set_cell(school.petrov, school.a["rus5"], TUE, 1, sid, "н")
    eid = students.transfer(school.admin, sid, school.classes["5А"], school.classes["6А"], FRI,
                            reason="по заявлению родителей", order="№ 45")
    old, new = Enrollment.select().where(Enrollment.student == sid).order_by(Enrollment.date_from)
    assert (old.date_to, old.order_out, old.reason_out) == (FRI, "№ 45", "по заявлению родителей")
    assert new.id == eid and new.date_from == FRI + dt.timedelta(days=1) and new.date_to is None
    assert Mark.select().where(Mark.student == sid).count() == 2  # the same row, marks untouched
    assert Student.select().count() == 12
    with pytest.raises(ValidationError, match="ещё числится"):
        students.enroll_existing(school.admin, sid, school.classes["1А"], FRI)
    card = students.student_card(school.sidorova, sid)  # now she teaches the student
    assert [m.class_name for m in card.movement] == ["5А", "6А"]
    ex = students.marks_extract(school.admin, sid, school.classes["5А"], today=TODAY)
    assert ex.span_to == FRI and ex.period_name == "1 четверть" and ex.class_name == "5А"
    math = next(s for s in ex.subjects if s.subject == "Математика")
    assert [v for _, v in math.marks] == ["5", "3"] and math.mean == "4,00"
    rus = next(s for s in ex.subjects if s.subject == "Русский язык")
    assert rus.missed == 1 and not rus.marks
    with pytest.raises(PermissionDenied):
        students.marks_extract(school.sidorova, sid, school.classes["5А"], today=TODAY)


def test_year_marks_sheet(school: School) -> None:
    from ejournal_desktop.services import periods

    sid = first5(school)
    periods.put_period_mark(school.ivanova, school.a["math5"], sid, "quarter", "4", period_id=school.periods[0])
    periods.put_period_mark(school.ivanova, school.a["math5"], sid, "year", "5")
    sheet = students.year_marks_sheet(school.director, sid, school.year, today=TODAY)
    assert sheet.periods == ("1 четверть", "2 четверть", "3 четверть", "4 четверть")
    math = next(r for r in sheet.rows if r.subject == "Математика")
    assert math.period_marks[0] == "4" and math.year == "5" and sheet.class_name == "5А"
    with pytest.raises(PermissionDenied):
        students.year_marks_sheet(school.sidorova, sid, school.year)


def test_consent_form_data(school: School) -> None:
    sid = first5(school)
    pid = students.add_parent(school.admin, sid, "Алексеева", "Ирина", "Павловна", relation="мать")
    form = students.consent_form(school.ivanova, sid, pid)
    assert form.parent == "Алексеева Ирина Павловна" and form.class_name == "5А"
    assert students.consent_form(school.ivanova, sid).parent == ""


def test_student_documents_pdf(school: School, tmp_path) -> None:
    import pypdf

    from ejournal_desktop.printing import student_docs
    from ejournal_desktop.services import periods
    from tests.test_slips import render_png

    sid = first5(school)
    pid = students.add_parent(school.admin, sid, "Алексеева", "Ирина", "Павловна", relation="мать",
                              phone="+7 900 123-45-67")
    for day, number, value in ((MON, 1, "5"), (FRI, 3, "4"), (D(2025, 9, 15), 1, "3")):
        journal.set_cell(school.ivanova, school.a["math5"], day, number, sid, value)
    journal.set_cell(school.petrov, school.a["rus5"], TUE, 1, sid, "б")
    periods.put_period_mark(school.ivanova, school.a["math5"], sid, "quarter", "4", period_id=school.periods[0])
    students.leave_class(school.admin, sid, school.classes["5А"], D(2025, 9, 30), reason="переезд", order="№ 50")

    consent = tmp_path / "consent.pdf"
    student_docs.render_consent_form(students.consent_form(school.ivanova, sid, pid), consent)
    text = " ".join(pypdf.PdfReader(str(consent)).pages[0].extract_text().split())
    assert "Алексеева Ирина Павловна" in text and "152-ФЗ" in text and "Алексеев Артём Игоревич" in text

    extract = tmp_path / "extract.pdf"
    student_docs.render_marks_extract(students.marks_extract(school.admin, sid, school.classes["5А"],
                                                             today=TODAY), extract)
    text = " ".join(pypdf.PdfReader(str(extract)).pages[0].extract_text().split())
    assert "ВЫПИСКА" in text and "Математика" in text and "4,00" in text and "по 30.09.2025" in text

    year = tmp_path / "year.pdf"
    student_docs.render_year_marks(students.year_marks_sheet(school.admin, sid, school.year, today=TODAY), year)
    text = " ".join(pypdf.PdfReader(str(year)).pages[0].extract_text().split())
    assert "ВЕДОМОСТЬ ОТМЕТОК" in text and "Л-001" in text and "выбыл(а) 30.09.2025" in text
    if school.admin.login == "admin":  # one backend is enough for the pictures
        render_png(consent, "students_consent_form")
        render_png(extract, "students_extract")
        render_png(year, "students_year_marks")


def _consents_school(s: School) -> tuple[int, int]:
    """5А: Алексеев and his mother consented, Белова consented but her father not; Жуков (1А) has the same
    mother, without his own consent. Everyone else: no consent and no parents recorded."""
    alexeev, belova, zhukov = s.students["5А"][0], s.students["5А"][1], s.students["1А"][0]
    mother = students.add_parent(s.admin, alexeev, "Алексеева", "Ирина", "Павловна", relation="мать")
    students.link_parent(s.admin, zhukov, mother, "мать")
    father = students.add_parent(s.admin, belova, "Белов", "Сергей", "Ильич", relation="отец")
    for kw in ({"parent_id": mother}, {"student_id": alexeev}, {"student_id": belova}):
        students.record_consent(s.admin, given_on=D(2025, 9, 1), today=TODAY, **kw)  # type: ignore[arg-type]
    return mother, father


def test_school_wide_missing_consents_counted_by_hand(school: School) -> None:
    mother, father = _consents_school(school)
    rows = students.missing_consents_of_year(school.admin, school.year, on=TODAY)
    # 5А: Белова's father + 4 students × (own, no parents) = 9; 1А: Жуков's own + 2 × 2 = 5; 6А: 3 × 2 = 6
    assert len(rows) == 20
    assert [m.class_name for m in rows] == ["1А"] * 5 + ["5А"] * 9 + ["6А"] * 6
    assert {m.class_id for m in rows if m.class_name == "5А"} == {school.classes["5А"]}
    by_class: dict[str, list[students.MissingConsent]] = {}
    for m in rows:
        by_class.setdefault(m.class_name, []).append(m)
    assert [(m.student_name, m.relation, m.person) for m in by_class["5А"] if m.parent_id == father] == [
        ("Белова Дарья Сергеевна", "отец", "Белов Сергей Ильич")]
    assert not [m for m in rows if m.parent_id == mother]  # she consented: for both her children
    assert not [m for m in rows if m.student_id == school.students["5А"][0]]
    zhukov = [m for m in rows if m.student_id == school.students["1А"][0]]
    assert [(m.parent_id, m.relation) for m in zhukov] == [(None, "учащийся")]
    assert sum(1 for m in rows if m.relation == "нет сведений о родителях") == 4 + 2 + 3

    # the homeroom teacher of 5А sees only her class; Петров: his 1А and 5А where he teaches Russian
    own = students.missing_consents_of_year(school.ivanova, school.year, on=TODAY)
    assert len(own) == 9 and {m.class_name for m in own} == {"5А"}
    petrov = students.missing_consents_of_year(school.petrov, school.year, on=TODAY)
    assert len(petrov) == 14 and {m.class_name for m in petrov} == {"1А", "5А"}

    # forms: one per parent without consent, one blank per student who lacks only his own or has no parents
    forms = students.missing_consent_forms(school.admin, rows)
    assert len(forms) == 1 + 4 + 1 + 2 + 3
    (father_form,) = [f for f in forms if f.parent]
    assert (father_form.parent, father_form.relation, father_form.class_name) == ("Белов Сергей Ильич", "отец", "5А")
    assert all(f.parent == "" for f in forms if f is not father_form)
    # the Excel report of the list
    report = students.missing_consents_report(school.year, rows, on=TODAY)
    assert len(report.rows) == 20 and report.rows[0][0] == "1А"
    assert "учащихся: 11" in report.main.notes[0]  # all but Алексеев


def test_missing_consent_forms_keep_the_card_permission(school: School) -> None:
    rows = students.missing_consents_of_year(school.admin, school.year, on=TODAY)
    with pytest.raises(PermissionDenied):
        students.missing_consent_forms(school.ivanova, [m for m in rows if m.class_name == "6А"])
