"""Printing: the bound journal, the summary sheet, subject pages — text pulled back out of the PDFs.

The fixed school (tests/factory.py) is filled through the services with a first
quarter of maths in 5А (topics, homework, marks, absences, a substitution),
a few Russian lessons, period and year marks, and the movement of two students.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdf
import pytest

from ejournal_desktop.domain.numbers_ru import number_in_words
from ejournal_desktop.printing import journal as printing
from ejournal_desktop.printing.kit import text_width
from ejournal_desktop.services import journal, periods, printdata, structure
from ejournal_desktop.services.errors import NotFound, PermissionDenied
from ejournal_desktop.services.printdata import (
    ClassJournal,
    LessonLine,
    PeriodLine,
    StudentLine,
    SubjectJournal,
)
from tests.factory import STUDENTS, School

D = dt.date
TODAY = D(2026, 6, 5)  # after the fixed school's year: every lesson may be written


# --- filling the fixed school -------------------------------------------------------------------------


@dataclass
class Filled:
    school: School
    math_days: list[tuple[dt.date, int]]
    newcomer: int  # enrolled on 10.11.2025
    leaver: int  # left on 20.01.2026


def math_days() -> list[tuple[dt.date, int]]:
    """5А maths in the 1st quarter: Monday 1st, Wednesday 2nd, Friday 3rd lesson."""
    until = D(2025, 10, 24)
    out = []
    day = D(2025, 9, 1)
    while day <= until:
        if day.weekday() in (0, 2, 4):
            out.append((day, {0: 1, 2: 2, 4: 3}[day.weekday()]))
        day += dt.timedelta(days=1)
    return out


def fill_journal(s: School) -> Filled:
    admin, iv, pe = s.admin, s.ivanova, s.petrov
    structure.set_setting(admin, "director_name", "Орлова Е. В.")
    st = s.students["5А"]
    math, rus = s.a["math5"], s.a["rus5"]
    days = math_days()
    marks = ["5", "4", "3", "5 4", "2", "н", "б", "у", "4 оп", "5"]
    for i, (day, num) in enumerate(days):
        journal.set_lesson_details(iv, math, day, num, expected_version=None, today=TODAY,
                                   topic=f"Натуральные числа, урок {i + 1}", homework=f"§ {i + 1}, № {100 + i}")
        for k, sid in enumerate(st):
            if (i + k) % 3 == 0:
                journal.set_cell(iv, math, day, num, sid, marks[(i * 3 + k) % len(marks)], today=TODAY)
    journal.set_cell(iv, math, D(2025, 9, 8), 1, st[0], "5", today=TODAY)  # the known mark
    journal.set_cell(iv, math, D(2025, 9, 10), 2, st[1], "3 н", today=TODAY)
    for k, sid in enumerate(st):
        periods.put_period_mark(iv, math, sid, "quarter", "н/а" if k == 5 else "5432"[k % 4],
                                period_id=s.periods[0])
        periods.put_period_mark(iv, math, sid, "year", "4")
    for i, day in enumerate([D(2025, 9, 2), D(2025, 9, 4), D(2025, 9, 9)]):
        journal.set_lesson_details(pe, rus, day, 1, expected_version=None, today=TODAY,
                                   topic=f"Русский язык: тема {i + 1}", homework="упр. 12")
        journal.set_cell(pe, rus, day, 1, st[1], "4", today=TODAY)
    periods.put_period_mark(pe, rus, st[1], "quarter", "4", period_id=s.periods[0])
    structure.assign_substitute(s.deputy, math, D(2025, 9, 15), 1, s.sidorova.user_id, reason="болезнь учителя")
    journal.set_lesson_details(s.sidorova, math, D(2025, 9, 15), 1, expected_version=None, today=TODAY,
                               topic="Повторение на замене")
    structure.leave_class(admin, st[4], s.classes["5А"], D(2026, 1, 20), reason="Переезд в другой город",
                          order="№ 15-у")
    new = structure.enroll_new_student(admin, s.classes["5А"], "Яковлев", "Константин", "Александрович",
                                       birth_date=D(2014, 5, 5), personal_file_no="Л-100",
                                       date_from=D(2025, 11, 10), reason="Прибыл из МБОУ СОШ № 3", order="№ 40")
    return Filled(s, days, new, st[4])


@pytest.fixture
def filled(school: School) -> Filled:
    return fill_journal(school)


# --- reading the PDF back -----------------------------------------------------------------------------


def pdf(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def render(fn: Any, data: ClassJournal) -> tuple[int, bytes]:
    out = io.BytesIO()
    n = fn(data, out)
    return n, out.getvalue()


@dataclass(frozen=True)
class Word:
    text: str
    x: float
    y: float


def _cmap(font: Any) -> dict[int, str]:
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    return {int(code, 16): chr(int(uni, 16)) for code, uni in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]{4})>", data)}


def words(data: bytes, index: int) -> list[Word]:
    """Every text drawn on a page with the position of its start: the content stream decoded by hand
    (each text is placed with its own ``Tm``; the fonts are TrueType subsets with a ToUnicode map)."""
    page = pypdf.PdfReader(io.BytesIO(data)).pages[index]
    fonts = {str(k): v.get_object() for k, v in page["/Resources"]["/Font"].items()}
    maps = {k: _cmap(f) for k, f in fonts.items() if "/ToUnicode" in f}
    out: list[Word] = []
    x = y = 0.0
    font = ""
    current: Word | None = None
    for operands, op in pypdf.generic.ContentStream(page.get_contents(), page.pdf).operations:
        if op == b"Tm":
            x, y = float(operands[4]), float(operands[5])
            current = None
        elif op == b"Tf":
            font = str(operands[0])
        elif op == b"Tj":
            raw = operands[0]
            raw = raw.get_original_bytes() if hasattr(raw, "get_original_bytes") else bytes(raw)
            text = "".join(maps.get(font, {}).get(b, "?") for b in raw)
            if current is None:  # one Tm, several subsets: one word
                current = Word(text, x, y)
                out.append(current)
            else:
                out[-1] = current = Word(current.text + text, current.x, current.y)
    return out


def journal_of(s: School, cls: str = "5А") -> ClassJournal:
    return printdata.class_journal(s.director, s.classes[cls], today=TODAY)


# --- the bound journal --------------------------------------------------------------------------------


def test_title_sheet_states_the_true_count(filled: Filled) -> None:
    s = filled.school
    data = journal_of(s)
    n, raw = render(printing.render_journal, data)
    pages = pdf(raw)
    assert n == len(pages) == printing.count_sheets(data)
    title = pages[0]
    assert "КЛАССНЫЙ ЖУРНАЛ" in title
    assert "5 «А» класса" in title
    assert "2025/2026" in title
    assert "МБОУ «Тестовая школа»" in title
    assert "Иванова Мария Петровна" in title  # homeroom teacher
    words_n = number_in_words(n)
    assert f"Прошито, пронумеровано и скреплено печатью {n} ({words_n}) лист" in title.replace("\n", " ")
    assert "Директор" in title and "/Орлова Е. В./" in title
    assert "М.П." in title
    for i, text in enumerate(pages, 1):  # every sheet numbered
        assert f"Лист {i} из {n}" in text


def test_contents_point_at_the_right_sheets(filled: Filled) -> None:
    data = journal_of(filled.school)
    doc = printing.plan_journal(data)
    n, raw = render(printing.render_journal, data)
    pages = pdf(raw)
    title = pages[0].replace("\n", " ")
    labels = [e.label for e in doc.contents]
    assert labels[0] == "Титульный лист и содержание"
    assert "Математика (Иванова М. П.)" in labels and "Русский язык (Петров С. Н.)" in labels
    assert labels[-4:] == ["Учёт посещаемости", "Сводная ведомость учёта успеваемости", "Замены уроков",
                           "Движение учащихся"]
    expect = {"Математика (Иванова М. П.)": "Математика", "Русский язык (Петров С. Н.)": "Русский язык",
              "Учёт посещаемости": "Учёт посещаемости",
              "Сводная ведомость учёта успеваемости": "Сводная ведомость учёта успеваемости",
              "Замены уроков": "Замены уроков", "Движение учащихся": "Движение учащихся"}
    for entry in doc.contents:
        assert f"{entry.label} {entry.sheets}" in title
        if entry.label in expect:
            for number in range(entry.first, entry.last + 1):
                assert expect[entry.label] in pages[number - 1], (entry, number)
    math = next(e for e in doc.contents if e.label.startswith("Математика"))
    # the marks sheet faces its lessons sheet: marks, lessons, marks, lessons…
    for number in range(math.first, math.last + 1):
        kind = "Учёт успеваемости и посещаемости" if (number - math.first) % 2 == 0 else "Содержание уроков"
        assert kind in pages[number - 1]
    assert doc.contents[-1].last == n


def test_every_student_and_the_known_mark(filled: Filled) -> None:
    s = filled.school
    data = journal_of(s)
    doc = printing.plan_journal(data)
    _, raw = render(printing.render_journal, data)
    pages = pdf(raw)
    math = next(e for e in doc.contents if e.label.startswith("Математика"))
    first_sheet = pages[math.first - 1]
    names = [" ".join(n) for n in STUDENTS["5А"]] + ["Яковлев Константин Александрович"]
    for name in names:
        for number in range(math.first, math.last + 1, 2):  # every marks sheet repeats the list
            assert name in pages[number - 1], (name, number)
        assert name in pages[-1]  # movement page
    # the known mark: «5» in Алексеев's row under 08 (September)
    ws = words(raw, math.first - 1)
    row = next(w for w in ws if w.text.startswith("Алексеев Артём Игоревич"))
    day = next(w for w in ws if w.text == "08" and w.y > row.y)  # the first «08» of the header is September's
    col_w = 20.0
    in_row = [w for w in ws if abs(w.y - row.y) < 4 and w.x > row.x + 100]
    assert any(w.text.strip() == "5" and abs(w.x - day.x) < col_w for w in in_row), in_row
    assert "н/а" in first_sheet  # Ёлкина's quarter mark
    assert "3 н" in first_sheet  # a mark and an absence in one cell
    lessons = pages[math.first]
    assert "Натуральные числа, урок 1" in lessons and "§ 1, № 100" in lessons
    assert "замена: Сидорова А. И." in lessons
    assert "Повторение на замене" in lessons


def test_movement_and_attendance_sections(filled: Filled) -> None:
    data = journal_of(filled.school)
    doc = printing.plan_journal(data)
    _, raw = render(printing.render_journal, data)
    pages = pdf(raw)
    by_label = {e.label: e for e in doc.contents}
    movement = pages[by_label["Движение учащихся"].first - 1]
    assert "Переезд в другой город" in movement and "20.01.2026" in movement and "№ 15-у" in movement
    assert "Прибыл из МБОУ СОШ № 3" in movement and "10.11.2025" in movement
    attendance = pages[by_label["Учёт посещаемости"].first - 1]
    assert "Итого по классу" in attendance and "1 четверть" in attendance and "За год" in attendance
    subs = pages[by_label["Замены уроков"].first - 1]
    assert "15.09.2025" in subs and "Сидорова А. И." in subs and "болезнь учителя" in subs
    counts = data.attendance
    assert sum(c.missed for c in counts.values()) > 0
    assert all(c.ill + c.excused <= c.missed for c in counts.values())


def test_newcomer_cells_before_arrival_are_not_his(filled: Filled) -> None:
    data = journal_of(filled.school)
    math = next(s for s in data.subjects if s.subject_name == "Математика")
    newcomer = next(r for r in math.rows if r.student_id == filled.newcomer)
    assert not newcomer.active_on(D(2025, 9, 8)) and newcomer.active_on(D(2025, 11, 10))
    leaver = next(r for r in math.rows if r.student_id == filled.leaver)
    assert leaver.active_on(D(2026, 1, 20)) and not leaver.active_on(D(2026, 1, 21))


def test_first_grade_journal_has_no_marks_or_homework_columns(school: School) -> None:
    data = printdata.class_journal(school.director, school.classes["1А"], today=TODAY)
    n, raw = render(printing.render_journal, data)
    pages = pdf(raw)
    assert n == len(pages)
    assert "Сводная ведомость" not in pages[0]
    assert all("Домашнее задание" not in p for p in pages)


# --- who may print ------------------------------------------------------------------------------------


def test_who_may_print(school: School) -> None:
    s = school
    for actor in (s.admin, s.director, s.deputy, s.ivanova):  # ivanova: homeroom of 5А
        printdata.class_journal(actor, s.classes["5А"], today=TODAY)
    with pytest.raises(PermissionDenied):
        printdata.class_journal(s.petrov, s.classes["5А"], today=TODAY)  # teaches 5А, not its homeroom
    with pytest.raises(PermissionDenied):
        printdata.class_journal(s.sidorova, s.classes["6А"], today=TODAY)
    with pytest.raises(PermissionDenied):
        printdata.class_journal(s.ivanova, s.classes["6А"], today=TODAY)
    with pytest.raises(PermissionDenied):
        printdata.subject_pages(s.petrov, s.classes["5А"], s.subjects["Русский язык"], None, today=TODAY)
    assert [n for _, n in printdata.printable_classes(s.ivanova, s.year)] == ["5А"]
    assert len(printdata.printable_classes(s.deputy, s.year)) == 3


def test_finding_class_year_subject(school: School) -> None:
    s = school
    assert printdata.find_class("5а", "2025/2026") == (s.classes["5А"], s.year)
    assert printdata.find_class(" 5 «А» ")[0] == s.classes["5А"]
    with pytest.raises(NotFound, match="есть: 1А, 5А, 6А"):
        printdata.find_class("7Б")
    with pytest.raises(NotFound):
        printdata.find_year("2030/2031")
    assert printdata.find_subject(s.classes["5А"], "матем") == s.subjects["Математика"]
    assert printdata.find_subject(s.classes["5А"], "РУССКИЙ ЯЗЫК") == s.subjects["Русский язык"]
    with pytest.raises(NotFound):
        printdata.find_subject(s.classes["5А"], "Окружающий мир")


# --- the summary sheet and subject pages -------------------------------------------------------------


def test_summary_sheet_alone(filled: Filled) -> None:
    data = journal_of(filled.school)
    n, raw = render(printing.render_summary, data)
    pages = pdf(raw)
    assert n == len(pages) >= 1
    text = "\n".join(pages)
    assert "Сводная ведомость итоговых отметок" in text
    for name in [" ".join(x) for x in STUDENTS["5А"]]:
        assert name in text
    assert "Математика" in text and "Русский язык" in text
    for page in pages:
        assert "Директор" in page and "Классный руководитель" in page and "М.П." in page
    # Ёлкина: «н/а» for the 1st quarter of maths, «4» for the year
    ws = words(raw, 0)
    row = next(w for w in ws if w.text.startswith("Ёлкина"))
    assert [w.text.strip() for w in ws if abs(w.y - row.y) < 4 and w.x > row.x + 50][:2] == ["н/а", "4"]


def test_subject_pages_of_one_period(filled: Filled) -> None:
    s = filled.school
    data = printdata.subject_pages(s.deputy, s.classes["5А"], s.subjects["Математика"], s.periods[0], today=TODAY)
    n, raw = render(printing.render_subject_pages, data)
    pages = pdf(raw)
    assert n == len(pages) == 2  # 24 lessons of the 1st quarter: one marks sheet, one lessons sheet
    assert "1 четверть" in pages[0] and "Математика" in pages[0]
    assert "год" not in [w.text for w in words(raw, 0)]  # no year mark column on a period's pages
    assert "I" in [w.text for w in words(raw, 0)]
    assert "24.10.2025" in pages[1] and "05.11.2025" not in pages[1]
    assert "Русский язык" not in "\n".join(pages)


def test_summary_volume_of_all_classes(filled: Filled) -> None:
    s = filled.school
    datas = [printdata.class_journal(s.director, cid, today=TODAY) for cid, _ in printdata.classes_of_year(s.year)]
    out = io.BytesIO()
    n = printing.render_summary_volume(datas, out, school_name="МБОУ «Тестовая школа»", director="Орлова Е. В.",
                                       year_name="2025/2026")
    pages = pdf(out.getvalue())
    assert n == len(pages)
    assert f"{n} ({number_in_words(n)})" in pages[0]
    doc = printing.plan_summary_volume(datas, "МБОУ «Тестовая школа»", "Орлова Е. В.", "2025/2026")
    labels = [e.label for e in doc.contents]
    assert labels == ["Титульный лист и содержание", "5 «А» класс", "6 «А» класс"]  # no marks in 1st grade
    for e in doc.contents[1:]:
        assert e.label.split()[0] + " «А»" in pages[e.first - 1]


# --- layout on made-up classes: long names, long topics, many students, many lessons ------------------


def made_up(n_students: int, n_lessons: int, *, long_name: bool = False, topic: str = "Тема") -> ClassJournal:
    q = PeriodLine(1, 1, "1 четверть", D(2025, 9, 1), D(2025, 12, 28))
    students = [StudentLine(i + 1, f"Фамилия{i:02d}", "Имя", "Отчество", None, f"Л-{i}",
                            ((D(2025, 9, 1), None),)) for i in range(n_students)]
    if long_name:
        students[0] = dataclasses.replace(students[0], surname="Константинопольская-Иваницкая",
                                          name="Александра-Мария", patronymic="Вячеславовна")
    lessons = []
    day = D(2025, 9, 1)
    while len(lessons) < n_lessons:
        if day.weekday() < 5:
            lessons.append(LessonLine(day, 1, len(lessons) + 1, f"{topic} {len(lessons) + 1}", "§ 1", "Учитель А. Б.",
                                      False, 1))
        day += dt.timedelta(days=1)
    cells = {(st.student_id, ln.date, ln.number): "5 4" for st in students for ln in lessons[::3]}
    subject = SubjectJournal(1, 1, "Математика", "Математика", "Учитель Анна Борисовна", "Учитель А. Б.", True,
                             True, students, lessons, cells, {(st.student_id, 1): "5" for st in students},
                             {st.student_id: "5" for st in students})
    return ClassJournal(1, "5А", "5 «А»", 5, False, 1, "2025/2026", D(2025, 9, 1), D(2026, 5, 31), "Школа",
                        "Директор Д. Д.", "Классный Руководитель", "quarter", "quarter", [q], students, [subject],
                        [(1, "Математика")], {(st.student_id, 1, "quarter", 1): "5" for st in students}, {}, [], [],
                        D(2026, 6, 1))


def test_many_students_never_split_a_row() -> None:
    data = made_up(55, 40)
    doc = printing.plan_journal(data)
    n, raw = render(printing.render_journal, data)
    pages = pdf(raw)
    assert n == len(pages)
    marks_pages = [i for i, p in enumerate(doc.pages) if p.section.startswith("marks:")]
    assert len(marks_pages) >= 4  # 55 rows need two pages per sheet, 40 lessons need two sheets
    for chunk in sorted({doc.pages[i].section.split(":")[2] for i in marks_pages}):
        mine = [i for i in marks_pages if doc.pages[i].section.split(":")[2] == chunk]
        text = "\n".join(pages[i] for i in mine)
        for k in range(55):
            assert text.count(f"Фамилия{k:02d} Имя Отчество") == 1, (chunk, k)
        for i in mine:  # a row's number, name and cells are on one line of one page
            ws = words(raw, i)
            for w in ws:
                if re.match(r"Фамилия\d\d", w.text):
                    same = [v for v in ws if abs(v.y - w.y) < 3]
                    assert any(v.text.strip().isdigit() and v.x < w.x for v in same)


def test_long_names_are_never_clipped() -> None:
    data = made_up(30, 10, long_name=True)
    name_w = printing.name_width(data.students)
    text, size = printing.fit_name(data.students[0], name_w - 5)
    assert text_width(text, "EJ-Cond", size) <= name_w - 5
    assert text.startswith("Константинопольская-Иваницкая Александра-Мария")
    _, raw = render(printing.render_journal, data)
    assert text in pdf(raw)[1]


def test_long_topics_grow_the_row_and_split_the_sheets() -> None:
    long_topic = "Очень длинная тема урока с подробным описанием " * 9
    data = made_up(20, 30, topic=long_topic.strip())
    doc = printing.plan_journal(data)
    _, raw = render(printing.render_journal, data)
    pages = pdf(raw)
    lesson_pages = [i for i, p in enumerate(doc.pages) if p.section.startswith("lessons:")]
    assert len(lesson_pages) >= 2  # 30 tall rows do not fit one lessons sheet
    text = "\n".join(pages[i] for i in lesson_pages).replace("\n", " ")
    assert sorted(int(k) for k in re.findall(r"описанием (\d+)", text)) == list(range(1, 31))
    dates = [w.text.strip() for i in lesson_pages for w in words(raw, i)
             if re.fullmatch(r"\d\d\.\d\d\.\d{4}", w.text.strip())]
    assert len(dates) == len(set(dates)) == 30


def test_long_contents_continue_on_a_second_title_page() -> None:
    data = made_up(10, 3)
    first = data.subjects[0]
    data.subjects = [dataclasses.replace(first, assignment_id=i, title=f"Предмет номер {i:02d}") for i in range(40)]
    doc = printing.plan_journal(data)
    n, raw = render(printing.render_journal, data)
    pages = pdf(raw)
    assert n == len(pages) == len(doc.pages)
    assert doc.contents[0].sheets == "1–2"
    assert "Содержание (продолжение)" in pages[1] and "Прошито" not in pages[0]
    assert f"{n} ({number_in_words(n)})" in pages[1]
    titles = pages[0] + pages[1]
    for e in doc.contents[1:41]:
        assert f"{e.label} {e.sheets}" in titles.replace("\n", " ")
        assert e.label.split(" (")[0] in pages[e.first - 1] and e.label.split(" (")[0] in pages[e.last - 1]


def test_sheet_count_in_words() -> None:
    assert printing.sheets_phrase(1) == "1 (один) лист"
    assert printing.sheets_phrase(23) == "23 (двадцать три) листа"
    assert printing.sheets_phrase(137) == "137 (сто тридцать семь) листов"


# --- the command line --------------------------------------------------------------------------------


def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``ejournal …`` in process, with ``print``/``certify``/``verify`` registered (until cli.py lists them)."""
    from ejournal_desktop import cli

    modules = tuple(getattr(cli, "COMMAND_MODULES", ()))
    if "printing" not in modules:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*modules, "printing"), raising=False)
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def committed(journal: Any, db_spec: str) -> tuple[str, School]:
    """A real journal (committed, so the command line's own connection sees it) with the filled school."""
    from tests.factory import build_school

    s = build_school(journal)
    fill_journal(s)
    return db_spec, s


def test_cli_print_and_refusals(committed: tuple[str, School], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    spec, _ = committed
    monkeypatch.setenv("EJOURNAL_PASSWORD", "password1")
    out_pdf = tmp_path / "journal.pdf"
    code, out, err = run_cli(monkeypatch, capsys, "print", "journal", "--db", spec, "--class", "5А",
                             "--year", "2025/2026", "--user", "director", "-o", str(out_pdf))
    assert code == 0, err
    pages = pdf(out_pdf.read_bytes())
    assert f"{len(pages)} ({number_in_words(len(pages))})" in out
    assert "5 «А» класса" in pages[0]
    code, out, err = run_cli(monkeypatch, capsys, "print", "journal", "--db", spec, "--class", "5А",
                             "--user", "petrov", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "Нет прав" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists() and not list(tmp_path.glob("*.part"))
    code, out, err = run_cli(monkeypatch, capsys, "print", "summary", "--db", spec, "--class", "5а",
                             "--user", "deputy", "-o", str(tmp_path / "s.pdf"))
    assert code == 0, err
    assert "Сводная ведомость итоговых отметок" in pdf((tmp_path / "s.pdf").read_bytes())[0]
    code, out, err = run_cli(monkeypatch, capsys, "print", "subject", "--db", spec, "--class", "5А",
                             "--subject", "математика", "--period", "1", "--user", "ivanova",
                             "-o", str(tmp_path / "m.pdf"))
    assert code == 0, err
    assert "1 четверть" in out
    code, out, err = run_cli(monkeypatch, capsys, "print", "journal", "--db", spec, "--class", "9Я",
                             "--user", "director", "-o", str(tmp_path / "y.pdf"))
    assert code == 1 and "не найден" in err
