"""Documents for parents: the diary report and the information letters — text pulled back out of the PDFs,
the contacts and print-log rows recorded when they are issued (and none for a preview)."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from ejournal_desktop.domain.marks import AbsenceCode
from ejournal_desktop.printing.diary import render_diary
from ejournal_desktop.printing.letters import render_letters
from ejournal_desktop.services import journal, parent_docs, print_log, students
from ejournal_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from ejournal_desktop.store.models import Absence, Assignment, Lesson, Mark, ParentContact, PrintRecord
from tests.factory import STUDENTS, School
from tests.test_printing import TODAY, Filled, fill_journal, pdf, words

D = dt.date
Q1 = (D(2025, 9, 1), D(2025, 10, 26))


@pytest.fixture
def filled(school: School) -> Filled:
    f = fill_journal(school)
    # a control work with a teacher's comment on the mark (the model holds comments; no screen types them yet)
    journal.set_lesson_details(school.ivanova, school.a["math5"], D(2025, 10, 1), 2, expected_version=None,
                               work_kind="control", today=TODAY)
    journal.set_cell(school.ivanova, school.a["math5"], D(2025, 10, 1), 2, school.students["5А"][2], "4",
                     today=TODAY)
    (Mark.update(comment="ошибка в задаче № 3")
     .where((Mark.student == school.students["5А"][2]) & (Mark.value == "4")
            & Mark.lesson.in_(Lesson.select(Lesson.id).where(Lesson.date == D(2025, 10, 1)))).execute())
    return f


def missed_in(student_id: int, first: dt.date, last: dt.date) -> tuple[int, int, int]:
    """(missed, ill, excused) counted straight from the absences table."""
    codes = [c for (c,) in Absence.select(Absence.code).join(Lesson, on=(Absence.lesson == Lesson.id))
             .where((Absence.student == student_id) & Lesson.date.between(first, last)).tuples()]
    missed = [c for c in codes if c != AbsenceCode.LATE]
    return len(missed), missed.count("б"), missed.count("у")


def full(cls: str, i: int) -> str:
    return " ".join(STUDENTS[cls][i])


def as_pdf(render, data) -> tuple[int, bytes]:
    out = io.BytesIO()
    n = render(data, out)
    return n, out.getvalue()


# --- the information letter ----------------------------------------------------------------------------


def test_letters_of_a_class_one_page_each(filled: Filled) -> None:
    s = filled.school
    batch = parent_docs.letters(s.ivanova, s.classes["5А"], s.periods[0], remark="Родительское собрание 30.10 в 18:00.",
                                today=TODAY)
    # everyone in the class during the 1st quarter: the six of the list (the newcomer arrived in November)
    assert [letter.full_name for letter in batch.letters] == [full("5А", i) for i in range(6)]
    n, data = as_pdf(render_letters, batch)
    pages = pdf(data)
    assert n == len(pages) == 6
    for i, text in enumerate(pages):
        assert full("5А", i) in text
        assert "1 четверть" in text and "2025/2026" in text
        assert "Уважаемые родители (законные представители)!" in text
        assert "С информацией ознакомлен(а)" in text and "Родительское собрание 30.10 в 18:00." in text
        missed, ill, excused = missed_in(s.students["5А"][i], *Q1)
        assert f"Пропущено уроков за период: {missed}, из них по болезни — {ill}, по уважительной причине — " \
               f"{excused}." in text
    first = pages[0].replace("\n", " ")
    assert "Математика" in first and "Русский язык" in first
    maths = next(r for r in batch.letters[0].subjects if r.subject == "Математика")
    assert maths.period_mark == "5"
    assert next(r for r in batch.letters[5].subjects if r.subject == "Математика").period_mark == "н/а"
    assert "н/а" in pages[5]
    assert "Иванова Мария Петровна" in pages[0]


def test_letter_for_one_student_and_the_known_absences(filled: Filled) -> None:
    s = filled.school
    belova = s.students["5А"][1]  # «3 н» on 10.09: one lesson missed without a reason
    batch = parent_docs.letters(s.director, s.classes["5А"], s.periods[0], belova, today=TODAY)
    assert [letter.student_id for letter in batch.letters] == [belova]
    a = batch.letters[0].attendance
    assert (a.missed, a.ill, a.excused) == missed_in(belova, *Q1) and a.missed >= 1
    rus = next(r for r in batch.letters[0].subjects if r.subject == "Русский язык")
    assert rus.period_mark == "4" and rus.mean == "4,00"
    _, data = as_pdf(render_letters, batch)
    text = pdf(data)[0]
    assert "Замечания" not in text  # no remark typed: no empty heading
    assert "учащегося (учащейся)" in text  # the card does not say whether a boy or a girl


def test_a_letter_speaks_of_a_girl_as_a_girl(filled: Filled) -> None:
    from ejournal_desktop.store.models import Student

    s = filled.school
    belova = s.students["5А"][1]
    Student.update(gender="ж").where(Student.id == belova).execute()
    batch = parent_docs.letters(s.director, s.classes["5А"], s.periods[0], belova, today=TODAY)
    text = pdf(as_pdf(render_letters, batch)[1])[0]
    assert "учащейся" in text and "учащегося" not in text
    assert "Учащаяся:" in text and "(учащаяся)" not in text


def test_who_may_issue(filled: Filled) -> None:
    s = filled.school
    for actor in (s.admin, s.director, s.deputy, s.ivanova):
        parent_docs.letters(actor, s.classes["5А"], s.periods[0], today=TODAY)
        parent_docs.diary_report(actor, s.classes["5А"], *Q1, today=TODAY)
    for actor in (s.petrov, s.sidorova):  # petrov teaches Russian in 5А but is not its homeroom teacher
        with pytest.raises(PermissionDenied):
            parent_docs.letters(actor, s.classes["5А"], s.periods[0], today=TODAY)
        with pytest.raises(PermissionDenied):
            parent_docs.diary_report(actor, s.classes["5А"], *Q1, today=TODAY)
    batch = parent_docs.letters(s.ivanova, s.classes["5А"], s.periods[0], today=TODAY)
    with pytest.raises(PermissionDenied):
        parent_docs.issue(s.petrov, batch, pages=6, digest="", file_name="letters.pdf", on=TODAY)
    assert ParentContact.select().count() == 0 and PrintRecord.select().count() == 0
    with pytest.raises(NotFound):
        parent_docs.letters(s.ivanova, s.classes["5А"], s.periods[0], s.students["6А"][0], today=TODAY)
    with pytest.raises(ValidationError):
        parent_docs.diary_report(s.ivanova, s.classes["5А"], D(2025, 10, 1), D(2025, 9, 1), today=TODAY)
    with pytest.raises(ValidationError):
        parent_docs.letters(s.ivanova, s.classes["5А"], s.periods[0], remark="х" * 2000, today=TODAY)


def test_issuing_records_a_contact_per_parent_and_a_log_row(filled: Filled) -> None:
    s = filled.school
    alexeev, belova = s.students["5А"][:2]
    students.add_parent(s.admin, alexeev, "Алексеева", "Ирина", "Павловна", relation="мать")
    students.add_parent(s.admin, alexeev, "Алексеев", "Игорь", "Олегович", relation="отец")
    batch = parent_docs.letters(s.ivanova, s.classes["5А"], s.periods[0], today=TODAY)
    n, _ = as_pdf(render_letters, batch)  # a preview: nothing recorded
    assert ParentContact.select().count() == 0 and PrintRecord.select().count() == 0
    count = parent_docs.issue(s.ivanova, batch, pages=n, digest="a" * 64, file_name="/home/x/Письма 5А.pdf",
                              on=TODAY)
    # two parents of Алексеев, the family of each of the five others
    assert count == 2 + 5
    rows = list(ParentContact.select().where(ParentContact.student == alexeev))
    assert sorted(r.parent_id is not None for r in rows) == [True, True]
    assert all(r.kind == "letter" and "1 четверть" in r.subject for r in rows)
    assert ParentContact.select().where(ParentContact.student == belova).count() == 1
    log = PrintRecord.get()
    assert (log.kind, log.school_class_id, log.year_id, log.period_id, log.pages, log.file_name) == (
        "letters", s.classes["5А"], s.year, s.periods[0], 6, "Письма 5А.pdf")
    diary = parent_docs.diary_report(s.ivanova, s.classes["5А"], *Q1, belova, today=TODAY)
    parent_docs.issue(s.ivanova, diary, pages=2, digest="", file_name="Дневник.pdf", on=TODAY)
    diaries = ParentContact.select().where((ParentContact.student == belova) & (ParentContact.kind == "diary"))
    assert diaries.count() == 1
    assert [r.kind for r in print_log.entries(s.director, s.year)] == ["diary", "letters"]


# --- the diary report ----------------------------------------------------------------------------------


def test_diary_shows_marks_on_their_dates_with_topics(filled: Filled) -> None:
    s = filled.school
    alexeev = s.students["5А"][0]
    report = parent_docs.diary_report(s.ivanova, s.classes["5А"], D(2025, 9, 1), D(2025, 9, 30), alexeev,
                                      today=TODAY)
    maths = next(x for x in report.students[0].subjects if x.title == "Математика")
    day = next(ln for ln in maths.lessons if ln.date == D(2025, 9, 8))
    assert "5" in [m.value for m in day.marks] and day.topic == "Натуральные числа, урок 4"
    assert all(D(2025, 9, 1) <= ln.date <= D(2025, 9, 30) for x in report.students[0].subjects for ln in x.lessons)
    n, data = as_pdf(render_diary, report)
    text = "\n".join(pdf(data))
    assert "ОТЧЁТ-ДНЕВНИК УЧАЩЕГОСЯ" in text and full("5А", 0) in text
    assert "с 01.09.2025 по 30.09.2025" in text
    # the mark and the topic on the row of 08.09 (the first line of each cell shares the row's baseline)
    placed = [w for i in range(n) for w in words(data, i)]
    row = next(w for w in placed if w.text == "08.09 пн")
    same_line = [w.text for w in placed if abs(w.y - row.y) < 0.5 and w.x > row.x]
    assert "Натуральные числа, урок 4" in same_line and "5 — ответ на уроке" in same_line
    assert "Русский язык: тема 1" in text and "упр. 12" in text  # his Russian lessons: topics and homework


def test_diary_of_the_class_each_student_from_a_new_page(filled: Filled) -> None:
    s = filled.school
    report = parent_docs.diary_report(s.director, s.classes["5А"], D(2025, 9, 29), D(2025, 10, 3), today=TODAY)
    assert len(report.students) == 6
    _, data = as_pdf(render_diary, report)
    pages = pdf(data)
    starts = [i for i, p in enumerate(pages) if "ОТЧЁТ-ДНЕВНИК УЧАЩЕГОСЯ" in p]
    assert len(starts) == 6 and starts[0] == 0
    for k, i in enumerate(starts):
        assert full("5А", k) in pages[i]
    vasiliev = pages[starts[2]] + "".join(pages[starts[2] + 1:starts[3]])
    assert "контрольная работа" in vasiliev and "«ошибка в задаче № 3»" in vasiliev.replace("\n", " ")


def test_find_student(school: School) -> None:
    cid = school.classes["5А"]
    assert parent_docs.find_student(cid, "белова дарья") == school.students["5А"][1]
    assert parent_docs.find_student(cid, "Елкина") == school.students["5А"][5]
    with pytest.raises(NotFound, match="нет"):
        parent_docs.find_student(cid, "Киселёв Павел")
    with pytest.raises(ValidationError):
        parent_docs.find_student(cid, "  ")


def test_no_mark_lessons_outside_the_range(filled: Filled) -> None:
    s = filled.school
    report = parent_docs.diary_report(s.ivanova, s.classes["5А"], D(2025, 12, 1), D(2025, 12, 5), today=TODAY)
    held = (Lesson.select().join(Assignment, on=(Lesson.assignment == Assignment.id))
            .where((Assignment.school_class == s.classes["5А"]) & Lesson.date.between(D(2025, 12, 1), D(2025, 12, 5)))
            .count())
    assert held == 0 and all(not st.subjects for st in report.students)
    _, data = as_pdf(render_diary, report)
    assert "нет записанных уроков" in pdf(data)[0]


def test_a_full_letter_stays_on_its_page() -> None:
    """22 subjects and the longest remark: nothing runs into the signature line or the tear-off strip."""
    from ejournal_desktop.printing.letters import STRIP_TOP
    from ejournal_desktop.services.parent_docs import MAX_REMARK, Letter, LetterBatch, LetterSubject
    from ejournal_desktop.services.printdata import AttendanceCount

    subjects = tuple(LetterSubject(f"Предмет {i}", "4", "3,75") for i in range(22))
    remark = ("Замечание классного руководителя. " * 60)[:MAX_REMARK].strip()
    letter = Letter(1, "Константинопольский-Преображенский Александр Вячеславович", subjects,
                    AttendanceCount(40, 12, 8, 3))
    batch = LetterBatch("Школа", 1, "11А", "11 «А»", 1, "2025/2026", 1, "2 полугодие", D(2026, 1, 12),
                        D(2026, 5, 26), "Иванова Мария Петровна", remark, D(2026, 5, 27), True, (letter,))
    n, data = as_pdf(render_letters, batch)
    assert n == 1
    placed = words(data, 0)
    sign = next(w for w in placed if w.text.startswith("Классный руководитель"))
    assert sign.y > STRIP_TOP
    above = [w for w in placed if w.y > sign.y + 1]
    assert any(w.text == "Предмет 21" for w in above)
    remark_words = [w for w in placed if "Замечание классного руководителя." in w.text]
    assert remark_words and min(w.y for w in remark_words) > sign.y + 8
    assert " ".join(w.text for w in remark_words).replace("  ", " ").count("Замечание") == remark.count("Замечание")
