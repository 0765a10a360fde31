"""Excel in and out (issue 5): class lists, staff, timetable, КТП.

Good files, the spoiled files users make, refusals with row numbers, all or
nothing, permissions, export → import changes nothing, the command line, and a
10,000-row class list (slow).
"""

from __future__ import annotations

import datetime as dt
import io
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from ejournal_desktop.exchange.sheets import read_table, write_table
from ejournal_desktop.exchange.transfer import export_file, read_file
from ejournal_desktop.services import auth
from ejournal_desktop.services.errors import PermissionDenied, ServiceError
from ejournal_desktop.services.imports import (
    ImportFileError,
    ImportRefused,
    apply_import,
    export_rows,
    preview_import,
)
from ejournal_desktop.store.models import (
    AuditEntry,
    Enrollment,
    PlanTopic,
    Student,
    ThematicPlan,
    TimetableEntry,
    User,
    UserRole,
)
from tests.factory import PASSWORD, School

TODAY = dt.date(2025, 10, 1)
STUDENT_HEADER = ["Класс", "Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "№ личного дела",
                  "Дата зачисления", "Приказ"]


def xlsx(rows: Sequence[Sequence[object]], *, sheet: str = "Учащиеся", title: str | None = None,
         merge_title: int = 0, extra_sheets: Sequence[str] = ()) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    if title is not None:
        ws.append([title])
        if merge_title:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=merge_title)
    for row in rows:
        ws.append(list(row))
    for name in extra_sheets:
        wb.create_sheet(name).append(["Что-то другое"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def table(data: bytes, kind: str = "students"):
    return read_table(data, kind, name="test.xlsx")  # type: ignore[arg-type]


def preview(actor, data: bytes, kind: str = "students"):
    return preview_import(actor, table(data, kind), today=TODAY)


def counts() -> tuple[int, int, int, int, int]:
    return (Student.select().count(), Enrollment.select().count(), User.select().count(),
            TimetableEntry.select().count(), AuditEntry.select().count())


def export_bytes(actor, kind: str, **kw) -> bytes:
    buf = io.BytesIO()
    write_table(export_rows(actor, kind, today=TODAY, **kw), buf)  # type: ignore[arg-type]
    return buf.getvalue()


# --- round trip -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["students", "staff", "timetable", "plan"])
def test_export_then_import_changes_nothing(school: School, kind: str) -> None:
    if kind == "plan":  # give the school a plan first
        apply_import(school.admin, table(xlsx([
            ["Предмет", "Параллель", "№", "Тема", "Часы", "Дата по плану", "Раздел"],
            ["Математика", 5, 1, "Натуральные числа", 1, dt.date(2025, 9, 1), "Числа"],
            ["Математика", 5, 2, "Шкалы", 2, "03.09.2025", "Числа"],
        ], sheet="КТП"), "plan"), today=TODAY)
    data = export_bytes(school.admin, kind)
    before = counts()
    pv = preview(school.admin, data, kind)
    assert pv.ok and not pv.added and not pv.changed, pv.rows
    assert pv.unchanged == len(export_rows(school.admin, kind, today=TODAY).rows) > 0  # type: ignore[arg-type]
    apply_import(school.admin, table(data, kind), today=TODAY)
    assert counts() == before


def test_export_of_one_class(school: School, tmp_path: Path) -> None:
    path = tmp_path / "5a.xlsx"
    assert export_file(school.admin, "students", path, class_name="5 «А»", today=TODAY) == 6
    wb = load_workbook(path)
    ws = wb["Учащиеся"]
    assert [c.value for c in ws[2]] == STUDENT_HEADER
    assert ws["E3"].is_date and ws["E3"].number_format == "DD.MM.YYYY"
    assert read_file("students", path).rows[0].number == 3


# --- class lists ------------------------------------------------------------------------------------


def test_good_class_list_is_added_with_audit(school: School) -> None:
    data = xlsx([STUDENT_HEADER,
                 ["5А", "Новиков", "Олег", "Петрович", dt.date(2014, 3, 2), "м", "Л-100", dt.date(2025, 9, 1),
                  "№ 12"],
                 ["6А", "Новикова", "Ольга", "", "2013-04-05", "ж", "Л-101", "", ""]])
    pv = preview(school.admin, data)
    assert [r.row for r in pv.added] == [2, 3] and pv.ok
    audit_before = AuditEntry.select().count()
    result = apply_import(school.admin, table(data), today=TODAY)
    assert (result.added, result.changed) == (2, 0)
    s = Student.get(Student.personal_file_no == "Л-100")
    assert (s.surname, s.birth_date, s.gender) == ("Новиков", dt.date(2014, 3, 2), "м")
    e = Enrollment.get(Enrollment.student == s.id)
    assert (e.school_class_id, e.date_from, e.order_in) == (school.classes["5А"], dt.date(2025, 9, 1), "№ 12")
    e2 = Enrollment.get(Enrollment.student == Student.get(Student.personal_file_no == "Л-101").id)
    assert e2.date_from == dt.date(2025, 9, 1)  # empty → the start of the year
    actions = [a.action for a in AuditEntry.select().where(AuditEntry.id > 0).order_by(AuditEntry.id)
               ][audit_before:]
    assert actions.count("student.create") == 2 and actions.count("enrollment.in") == 2
    assert "import.apply" in actions
    entry = AuditEntry.get((AuditEntry.action == "student.create") & (AuditEntry.student == s.id))
    assert entry.user_id == school.admin.user_id and "Новиков" in entry.new


def test_spoiled_but_readable_file(school: School) -> None:
    """A title row with merged cells, columns in another order with spaces and extra columns,
    empty rows, dates as text in both forms."""
    data = xlsx([
        [],
        ["  № п/п ", "Фамилия ", " Имя", "Примечание", "класс", "Отчество", " дата  рождения ",
         "№ личного дела:", "Пол"],
        [1, "Орлов", "Пётр", "переведён из школы № 5", "5а", "Ильич", "05.09.2014", "Л-200", "М"],
        [None, None, None, None, None, None, None, None, None],
        ["", "  ", None],
        [2, "Орлова", "Вера", "", "6 А", "", "2013-02-03", 201, "жен"],
    ], title="Список 5 «А» класса на 2025/2026 учебный год", merge_title=9)
    pv = preview(school.admin, data)
    assert pv.ok, pv.refused
    assert [r.row for r in pv.added] == [4, 7]  # as Excel numbers the rows
    apply_import(school.admin, table(data), today=TODAY)
    assert Student.get(Student.personal_file_no == "Л-200").birth_date == dt.date(2014, 9, 5)
    assert Student.get(Student.personal_file_no == "201").gender == "ж"


def test_refused_rows_apply_nothing(school: School) -> None:
    data = xlsx([STUDENT_HEADER,
                 ["5А", "Хорошев", "Иван", "", "01.02.2014", "м", "Л-300", "", ""],
                 ["5А", "", "Без", "Фамилии", "01.02.2014", "", "Л-301", "", ""],
                 ["5А", "Датов", "Пётр", "", "31.02.2014", "", "Л-302", "", ""],
                 ["5А", "Алексеев", "Артём", "Игоревич", dt.date(2014, 2, 7), "", "Л-999", "", ""],
                 ["5Я", "Неизвестный", "Класс", "", "", "", "Л-303", "", ""],
                 ["5А", "Чужой", "Номер", "", "", "", "Л-002", "", ""],
                 ["5А", "Повтор", "Номера", "", "", "", "Л-300", "", ""]])
    pv = preview(school.admin, data)
    reasons = {r.row: r.detail for r in pv.refused}
    assert set(reasons) == {3, 4, 5, 6, 7, 8}, reasons
    assert "фамилия" in reasons[3]
    assert "31.02.2014" in reasons[4] and "не существует" in reasons[4]
    assert "уже есть в журнале" in reasons[5]
    assert "неизвестный класс" in reasons[6]
    assert "у другого учащегося" in reasons[7] and "Белова" in reasons[7]
    assert "повторяется" in reasons[8] and "строка 2" in reasons[8]
    assert [r.row for r in pv.added] == [2]
    before = counts()
    with pytest.raises(ImportRefused) as err:
        apply_import(school.admin, table(data), today=TODAY)
    assert "строка 3:" in err.value.message and "Ничего не изменено" in err.value.message
    assert counts() == before


def test_change_of_card_and_refused_transfer(school: School) -> None:
    data = xlsx([STUDENT_HEADER,
                 ["5А", "Алексеев", "Артём", "Игоревич", dt.date(2014, 2, 7), "м", "Л-001", "", "№ 7"],
                 ["6А", "Белова", "Дарья", "Сергеевна", "", "", "Л-002", "", ""]])
    pv = preview(school.admin, data)
    assert [r.row for r in pv.changed] == [2]
    assert "пол" in pv.changed[0].detail and "приказ" in pv.changed[0].detail
    assert [r.row for r in pv.refused] == [3] and "числится в классе 5А" in pv.refused[0].detail


def test_wrong_sheet_names_the_sheets(school: School) -> None:
    data = xlsx([["Ученик", "Отметка"], ["Иванов", 5]], sheet="Оценки", extra_sheets=["Лист2"])
    with pytest.raises(ImportFileError) as err:
        table(data)
    assert "«Оценки», «Лист2»" in err.value.message and "Фамилия" in err.value.message


def test_right_sheet_found_among_others(school: School) -> None:
    wb = Workbook()
    assert wb.active is not None
    wb.active.title = "Инструкция"
    wb.active.append(["Заполните лист «Ученики»"])
    ws = wb.create_sheet("Ученики")
    ws.append(STUDENT_HEADER)
    ws.append(["5А", "Листов", "Лев", "", "", "", "Л-400", "", ""])
    buf = io.BytesIO()
    wb.save(buf)
    t = table(buf.getvalue())
    assert t.sheet == "Ученики" and len(t.rows) == 1


def test_missing_required_column(school: School) -> None:
    data = xlsx([["Класс", "Фамилия", "Отчество", "№ личного дела"], ["5А", "Без", "Имени", "Л-1"]])
    with pytest.raises(ImportFileError) as err:
        table(data)
    assert "«Имя»" in err.value.message and "обязательной колонки" in err.value.message


@pytest.mark.parametrize("content,words", [
    (b"", "пуст"),
    (b"\x00\x01\x02 random bytes \xff\xfe", "не является книгой Excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "97–2003"),
    (b"PK\x03\x04broken zip", "повреждён"),
    (b"<html><body>table</body></html>", "веб-страница"),
    ("Класс;Фамилия;Имя\n5А;Иванов;Иван\n".encode(), "CSV"),
])
def test_not_an_xlsx(content: bytes, words: str) -> None:
    with pytest.raises(ImportFileError) as err:
        read_table(content, "students", name="список.xlsx")
    assert words in err.value.message and "список.xlsx" in err.value.message


def test_word_document_and_missing_file(tmp_path: Path) -> None:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w/>")
    with pytest.raises(ImportFileError, match="документ Word"):
        read_table(buf.getvalue(), "students", name="a.xlsx")
    with pytest.raises(ImportFileError, match="не найден"):
        read_file("students", tmp_path / "нет.xlsx")


# --- staff --------------------------------------------------------------------------------------------

STAFF_HEADER = ["Логин", "Фамилия", "Имя", "Отчество", "Роли", "Должность", "Телефон", "E-mail"]


def test_staff_import_gives_temporary_passwords_once(school: School) -> None:
    data = xlsx([STAFF_HEADER,
                 ["kuznetsov", "Кузнецов", "Андрей", "Львович", "учитель, завуч", "Учитель физики",
                  "+7 900 000-00-00", "kuz@school.ru"],
                 ["", "Соколова", "Нина", "Юрьевна", "", "Учитель музыки", "", ""],
                 ["ivanova", "Иванова", "Мария", "Петровна", "учитель", "Учитель математики", "", ""]],
                sheet="Сотрудники")
    pv = preview(school.admin, data, "staff")
    assert pv.ok and [r.row for r in pv.added] == [2, 3] and [r.row for r in pv.changed] == [4]
    assert "sokolova.ny" in pv.added[1].what
    result = apply_import(school.admin, table(data, "staff"), today=TODAY)
    assert {a.login for a in result.new_accounts} == {"kuznetsov", "sokolova.ny"}
    for account in result.new_accounts:
        user = User.get_by_id(account.user_id)
        assert account.temporary_password not in user.password_hash
        assert user.must_change_password
        assert auth.login(account.login, account.temporary_password).must_change_password
        assert not AuditEntry.select().where(AuditEntry.new.contains(account.temporary_password)).exists()
    k = User.get(User.login == "kuznetsov")
    assert (k.position, k.email) == ("Учитель физики", "kuz@school.ru")
    assert {r.role for r in UserRole.select().where(UserRole.user == k.id)} == {"teacher", "deputy"}
    assert User.get(User.login == "ivanova").position == "Учитель математики"
    # the same file again: nothing to add
    pv2 = preview(school.admin, data, "staff")
    assert not pv2.added and not pv2.changed and pv2.unchanged == 3


def test_staff_refusals(school: School) -> None:
    data = xlsx([STAFF_HEADER,
                 ["Bad Login!", "Плохой", "Логин", "", "", "", "", ""],
                 ["x1", "Роль", "Неизвестна", "", "king", "", "", ""],
                 ["admin", "Админов", "Админ", "", "учитель", "", "", ""],
                 ["x2", "Почта", "Плохая", "", "", "", "", "nomail"]], sheet="Сотрудники")
    reasons = {r.row: r.detail for r in preview(school.admin, data, "staff").refused}
    assert "недопустим" in reasons[2] and "неизвестная роль" in reasons[3]
    assert "самого себя" in reasons[4] and "почты" in reasons[5]



@pytest.mark.parametrize("kind", ["students", "staff"])
def test_both_imports_check_the_names_alike(school: School, kind: str) -> None:
    names = [("", "Без", "Фамилии"), ("Безымянный", "", ""), ("Цифров", "123", ""), ("Д" * 101, "Длинный", "")]
    if kind == "students":
        data = xlsx([STUDENT_HEADER, *(["5А", s, n, p, "", "", f"Л-70{i}", "", ""]
                                       for i, (s, n, p) in enumerate(names))])
    else:
        data = xlsx([STAFF_HEADER, *([f"x{i}", s, n, p, "учитель", "", "", ""] for i, (s, n, p) in enumerate(names))],
                    sheet="Сотрудники")
    refused = {r.row: r for r in preview(school.admin, data, kind).refused}
    assert sorted(refused) == [2, 3, 4, 5]
    assert refused[2].detail == "не указана фамилия" and refused[2].what.startswith("Без Фамилии")
    assert refused[3].detail == "не указано имя" and refused[3].what.startswith("Безымянный")
    assert refused[4].detail == "«Имя»: «123» — не похоже на имя" and refused[4].what.startswith("Цифров 123")
    assert refused[5].detail == "«Фамилия» длиннее 100 символов" and refused[5].what == "Д" * 100

# --- timetable ------------------------------------------------------------------------------------------

TT_HEADER = ["Класс", "Предмет", "Учитель", "День недели", "Урок №", "Кабинет", "Действует с"]


def test_timetable_import_adds_and_refuses_clashes(school: School) -> None:
    data = xlsx([TT_HEADER,
                 ["5А", "Математика", "ivanova", "понедельник", 1, "21", "01.09.2025"],
                 ["5А", "Математика", "Иванова М. П.", "ср", 2, "21", dt.date(2025, 9, 1)],
                 ["5А", "Математика", "Иванова Мария Петровна", "пятница", 3, "21", "2025-09-01"],
                 ["5А", "Русский язык", "petrov", "вторник", 1, "21", "01.09.2025"],
                 ["5А", "Русский язык", "petrov", "четверг", 1, "21", "01.09.2025"],
                 ["5А", "Русский язык", "Петров", "пятница", 4, "12", "01.09.2025"],
                 ["5А", "Русский язык", "Петров", "понедельник", 3, "21", "01.09.2025"],
                 ["5А", "Математика", "Шишкин", "вторник", 5, "", ""],
                 ["5А", "Русский язык", "petrov", "понедельник", 2, "", "01.09.2025"],
                 ["5А", "Русский язык", "petrov", "суббота", 2, "", "01.09.2025"],
                 ["5А", "Математика", "ivanova", "понедельник", 1, "21", "01.09.2025"]], sheet="Расписание")
    pv = preview(school.admin, data, "timetable")
    reasons = {r.row: r.detail for r in pv.refused}
    assert "кабинет 21" in reasons[8] and "6А" in reasons[8]  # 6А maths in 21 on Monday, 3rd lesson
    assert "неизвестный учитель" in reasons[9]
    assert "учитель Петров С. Н. в понедельник 2-м уроком ведёт урок в 1А" in reasons[10]
    assert "5-дневная" in reasons[11]
    assert "у 5А в понедельник 1-м уроком уже стоит «Математика» (строка 2)" in reasons[12]
    assert set(reasons) == {8, 9, 10, 11, 12}
    assert [r.row for r in pv.added] == [7]
    before = counts()
    with pytest.raises(ImportRefused):
        apply_import(school.admin, table(data, "timetable"), today=TODAY)
    assert counts() == before


def test_timetable_change_from_a_date_keeps_history(school: School) -> None:
    rows = [[r["class"], r["subject"], r["teacher"], r["weekday"], r["number"], r["room"], r["valid_from"]]
            for r in export_rows(school.admin, "timetable", class_name="5А", today=TODAY).rows]
    rows[0][5] = "33"  # maths on Monday in room 33 from 1 October
    rows[0][6] = "01.10.2025"
    del rows[-1]  # the last lesson of the week is taken off
    data = xlsx([TT_HEADER, *rows], sheet="Расписание")
    pv = preview(school.admin, data, "timetable")
    assert pv.ok, pv.refused
    assert len(pv.changed) == 2 and pv.changed[0].row == 2 and "21 → 33" in pv.changed[0].detail
    assert pv.changed[1].row == 0 and "снимается" in pv.changed[1].detail
    n_entries = TimetableEntry.select().count()
    apply_import(school.admin, table(data, "timetable"), today=TODAY)
    assert TimetableEntry.select().count() == n_entries + 1
    old = TimetableEntry.get((TimetableEntry.room == "21") & (TimetableEntry.weekday == 1)
                             & (TimetableEntry.number == 1))
    assert old.valid_to == dt.date(2025, 9, 30)
    assert preview(school.admin, export_bytes(school.admin, "timetable"), "timetable").unchanged == 7


# --- КТП --------------------------------------------------------------------------------------------------

PLAN_HEADER = ["Предмет", "Параллель", "№", "Тема", "Часы", "Дата по плану", "Раздел"]


def plan_file(*rows: Sequence[object]) -> bytes:
    return xlsx([PLAN_HEADER, *rows], sheet="КТП")


def test_teacher_imports_own_plan_only(school: School) -> None:
    data = plan_file(["Математика", 5, 1, "Натуральные числа", 1, "02.09.2025", "Числа"],
                     ["Математика", "5 класс", 2, "Шкалы", 2, "", "Числа"],
                     ["Русский язык", 5, 1, "Повторение", 1, "", ""],
                     ["Математика", 5, 3, "", 1, "", ""],
                     ["Математика", 5, 4, "Дроби", 1, "01.09.2024", ""])
    pv = preview(school.ivanova, data, "plan")
    reasons = {r.row: r.detail for r in pv.refused}
    assert set(reasons) == {4, 5, 6}
    assert "нет прав" in reasons[4] and "не указана тема" in reasons[5] and "вне учебного года" in reasons[6]
    good = plan_file(["Математика", 5, 1, "Натуральные числа", 1, "02.09.2025", "Числа"],
                     ["Математика", "5 класс", 2, "Шкалы", 2, "", "Числа"])
    result = apply_import(school.ivanova, table(good, "plan"), today=TODAY)
    assert result.added == 2
    plan = ThematicPlan.get()
    assert (plan.level, plan.author_id) == (5, school.ivanova.user_id)
    assert [t.title for t in PlanTopic.select().order_by(PlanTopic.number)] == ["Натуральные числа", "Шкалы"]
    from ejournal_desktop.store.models import Assignment
    assert Assignment.get_by_id(school.a["math5"]).plan_id == plan.id
    changed = plan_file(["Математика", 5, 1, "Натуральные числа и шкалы", 1, "02.09.2025", "Числа"])
    pv2 = preview(school.ivanova, changed, "plan")
    assert [r.row for r in pv2.changed] == [2] and "тема" in pv2.changed[0].detail


MATH5 = [["Математика", 5, n, title, 1, "", "Числа"]
         for n, title in ((1, "Натуральные числа"), (2, "Шкалы"), (3, "Сложение"), (4, "Вычитание"))]


def test_plan_import_mirrors_the_file_but_keeps_a_topic_a_lesson_took(school: School) -> None:
    from ejournal_desktop.services import journal

    apply_import(school.ivanova, table(plan_file(*MATH5), "plan"), today=TODAY)
    apply_import(school.admin, table(plan_file(["Русский язык", 5, 1, "Повторение", 1, "", ""]), "plan"),
                 today=TODAY)
    ids = {t.number: int(t.id) for t in PlanTopic.select().join(ThematicPlan).where(ThematicPlan.level == 5)
           if t.title != "Повторение"}
    journal.set_lesson_details(school.ivanova, school.a["math5"], dt.date(2025, 9, 8), 1, expected_version=None,
                               topic="Шкалы", plan_topic_id=ids[2], today=TODAY)
    plan_id = PlanTopic.get_by_id(ids[1]).plan_id
    version = ThematicPlan.get_by_id(plan_id).version
    # the teacher's new file: topic 2 (taught already) and topic 4 are gone, topic 3 renamed, 5 added
    data = plan_file(MATH5[0], ["Математика", 5, 3, "Сложение чисел", 1, "", "Числа"],
                     ["Математика", 5, 5, "Умножение", 1, "", "Числа"])
    before = counts()
    pv = preview(school.ivanova, data, "plan")
    assert pv.ok and counts() == before  # the preview writes nothing
    assert [(r.what, r.detail) for r in pv.removed] == [
        ("Математика, 5 кл., № 4", "«Вычитание» — нет в файле: будет удалено")]
    assert [(r.what, r.detail) for r in pv.kept] == [
        ("Математика, 5 кл., № 2", "«Шкалы» — нет в файле; оставлено: по теме уже проведён урок (08.09.2025)")]
    assert [r.row for r in pv.changed] == [3] and [r.row for r in pv.added] == [4]
    assert "удалить тем КТП: 1, оставить (по ним уже проведены уроки): 1" in pv.summary()
    result = apply_import(school.ivanova, table(data, "plan"), today=TODAY)
    assert (result.added, result.changed, result.removed) == (1, 1, 1)
    math = [(t.number, t.title)
            for t in PlanTopic.select().where(PlanTopic.plan == plan_id).order_by(PlanTopic.number)]
    assert math == [(1, "Натуральные числа"), (2, "Шкалы"), (3, "Сложение чисел"), (5, "Умножение")]
    assert PlanTopic.select().where(PlanTopic.title == "Повторение").exists()  # not in the file: not touched
    assert ThematicPlan.get_by_id(plan_id).version == version + 1
    gone = AuditEntry.get((AuditEntry.action == "plan_topic.remove") & (AuditEntry.entity_id == ids[4]))
    assert "Вычитание" in gone.old and gone.user_id == school.ivanova.user_id
    # exporting and importing the result changes nothing
    again = export_bytes(school.admin, "plan")
    pv2 = preview(school.admin, again, "plan")
    assert not (pv2.added or pv2.changed or pv2.removed or pv2.kept or pv2.refused) and pv2.unchanged == 5


def test_plan_import_with_a_refused_row_removes_nothing(school: School) -> None:
    apply_import(school.ivanova, table(plan_file(*MATH5), "plan"), today=TODAY)
    before = PlanTopic.select().count()
    data = plan_file(MATH5[0], ["Математика", 5, 2, "", 1, "", ""])
    pv = preview(school.ivanova, data, "plan")
    assert [r.row for r in pv.refused] == [3]
    assert [r.what for r in pv.removed] == ["Математика, 5 кл., № 3", "Математика, 5 кл., № 4"]  # not № 2
    with pytest.raises(ImportRefused):
        apply_import(school.ivanova, table(data, "plan"), today=TODAY)
    assert PlanTopic.select().count() == before


def test_deputy_and_director_may_not_import_plans(school: School) -> None:
    data = plan_file(["Математика", 5, 1, "Натуральные числа", 1, "", ""])
    with pytest.raises(PermissionDenied):
        preview(school.director, data, "plan")
    # the deputy also teaches, but not maths in the 5th grade
    assert "нет прав" in preview(school.deputy, data, "plan").refused[0].detail


# --- permissions ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["director", "deputy", "sidorova", "petrov"])
def test_staff_and_timetable_imports_refused_to_others(school: School, who: str) -> None:
    actor = school.actors()[who]
    with pytest.raises(PermissionDenied):
        preview(actor, xlsx([STAFF_HEADER, ["x1", "А", "Б", "", "", "", "", ""]], sheet="Сотрудники"), "staff")
    with pytest.raises(PermissionDenied):
        apply_import(actor, table(xlsx([TT_HEADER, ["5А", "Математика", "ivanova", "вт", 5, "", ""]]),
                                  "timetable"), today=TODAY)
    with pytest.raises(PermissionDenied):
        export_rows(actor, "staff")


@pytest.mark.parametrize("who", ["director", "deputy", "sidorova"])
def test_students_import_refused_to_others(school: School, who: str) -> None:
    data = xlsx([STUDENT_HEADER, ["5А", "Новый", "Ученик", "", "", "", "Л-500", "", ""]])
    before = counts()
    with pytest.raises(PermissionDenied):
        apply_import(school.actors()[who], table(data), today=TODAY)
    assert counts() == before


def test_homeroom_teacher_imports_own_class_only(school: School) -> None:
    data = xlsx([STUDENT_HEADER, ["5А", "Новый", "Ученик", "", "", "", "Л-500", "", ""],
                 ["6А", "Чужой", "Ученик", "", "", "", "Л-501", "", ""]])
    pv = preview(school.ivanova, data)
    assert [r.row for r in pv.added] == [2]
    assert [r.row for r in pv.refused] == [3] and "нет прав" in pv.refused[0].detail


# --- the command line --------------------------------------------------------------------------------------


@pytest.fixture
def cli_school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from ejournal_desktop.services.bootstrap import initialize
    from ejournal_desktop.store.database import connect, parse_target
    from tests.factory import build_school

    path = tmp_path / "journal.sqlite3"
    db = connect(parse_target(str(path)), create=True)
    admin = initialize(db, school_name="Школа", admin_login="admin", admin_password=PASSWORD)
    build_school(admin)
    db.close()
    monkeypatch.setenv("EJOURNAL_USER", "admin")
    monkeypatch.setenv("EJOURNAL_PASSWORD", PASSWORD)
    return str(path)


def run_cli(*argv: str) -> int:
    from ejournal_desktop import cli
    from ejournal_desktop.commands.exchange import register

    if "exchange" in cli.COMMAND_MODULES:
        return cli.main(list(argv))
    parser = cli.build_parser()
    register(parser._subparsers._group_actions[0])  # type: ignore[union-attr]
    args = parser.parse_args(list(argv))
    try:
        return int(args.handler(args))
    except (ServiceError, cli.CliError) as exc:
        print(f"ошибка: {exc.message}")
        return 1


def test_cli_export_and_import(cli_school: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "5a.xlsx"
    assert run_cli("export", "students", "--db", cli_school, "--class", "5А", "-o", str(out)) == 0
    assert "строк — 6" in capsys.readouterr().out
    assert run_cli("import", "students", str(out), "--db", cli_school) == 0
    assert "Изменять нечего" in capsys.readouterr().out

    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(xlsx([STUDENT_HEADER, ["5А", "Хороший", "Ученик", "", "", "", "Л-600", "", ""],
                          ["5А", "", "Без", "", "", "", "Л-601", "", ""],
                          ["5Б", "Плохой", "Класс", "", "", "", "Л-602", "", ""]]))
    assert run_cli("import", "students", str(bad), "--db", cli_school) == 1
    err = capsys.readouterr().err
    assert "строка 3: не указана фамилия" in err and "строка 4: неизвестный класс «5Б»" in err

    good = tmp_path / "good.xlsx"
    good.write_bytes(xlsx([STUDENT_HEADER, ["5А", "Хороший", "Ученик", "", "", "", "Л-600", "", ""]]))
    assert run_cli("import", "students", str(good), "--db", cli_school, "--dry-run") == 0
    assert "добавить: 1" in capsys.readouterr().out
    assert run_cli("import", "students", str(good), "--db", cli_school) == 0
    assert "добавлено — 1" in capsys.readouterr().out
    assert run_cli("import", "students", str(good), "--db", cli_school) == 0


def test_cli_import_of_staff_prints_passwords_once(cli_school: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "staff.xlsx"
    path.write_bytes(xlsx([STAFF_HEADER, ["", "Новая", "Учительница", "", "учитель", "", "", ""]],
                          sheet="Сотрудники"))
    assert run_cli("import", "staff", str(path), "--db", cli_school) == 0
    out = capsys.readouterr().out
    assert "novaya.u" in out and "ОДИН раз" in out


def test_cli_plan_import_that_only_removes_topics_applies_it(cli_school: str, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    full, short = tmp_path / "full.xlsx", tmp_path / "short.xlsx"
    full.write_bytes(plan_file(*MATH5))
    short.write_bytes(plan_file(*MATH5[:3]))  # the teacher dropped topic 4
    assert run_cli("import", "plan", str(full), "--db", cli_school) == 0
    capsys.readouterr()
    assert run_cli("import", "plan", str(short), "--db", cli_school, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "вне файла — удалить: Математика, 5 кл., № 4" in out
    assert run_cli("import", "plan", str(short), "--db", cli_school) == 0
    assert "удалено — 1" in capsys.readouterr().out
    assert run_cli("import", "plan", str(short), "--db", cli_school) == 0
    assert "Изменять нечего" in capsys.readouterr().out


def test_cli_refuses_a_broken_file(cli_school: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    assert run_cli("import", "timetable", str(path), "--db", cli_school) == 1
    captured = capsys.readouterr()
    assert "повреждён" in captured.out + captured.err and "Traceback" not in captured.err


# --- a big file --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_ten_thousand_rows(sqlite_spec: str, capsys: pytest.CaptureFixture[str]) -> None:
    from ejournal_desktop.services import structure
    from ejournal_desktop.services.bootstrap import initialize
    from ejournal_desktop.store.database import connect, parse_target

    db = connect(parse_target(sqlite_spec), create=True)
    admin = initialize(db, school_name="Большая школа", admin_login="admin", admin_password="admin-pass")
    year = structure.create_year(admin, "2025/2026", dt.date(2025, 9, 1), dt.date(2026, 5, 31))
    letters = "АБВГДЕЖИКЛ"
    for level in range(1, 12):
        for letter in letters:
            structure.create_class(admin, year, level, letter)
    rows: list[list[object]] = [STUDENT_HEADER]
    for i in range(10_000):
        level, letter = 1 + i % 11, letters[(i // 11) % 10]
        rows.append([f"{level}{letter}", f"Фамилия{i}", "Имя", "Отчество", dt.date(2010, 1, 1)
                     + dt.timedelta(days=i % 3000), "мж"[i % 2], f"Д-{i:05d}", "01.09.2025", "№ 1"])
    data = xlsx(rows)
    t0 = time.perf_counter()
    t = table(data)
    t1 = time.perf_counter()
    pv = preview_import(admin, t, today=TODAY)
    t2 = time.perf_counter()
    assert pv.ok and len(pv.added) == 10_000
    result = apply_import(admin, t, today=TODAY)
    t3 = time.perf_counter()
    assert result.added == 10_000 and Student.select().count() == 10_000
    assert AuditEntry.select().where(AuditEntry.action == "student.create").count() == 10_000
    again = preview_import(admin, t, today=TODAY)
    t4 = time.perf_counter()
    assert again.unchanged == 10_000
    with capsys.disabled():
        print(f"\n10 000 строк: чтение {t1 - t0:.1f} с, проверка {t2 - t1:.1f} с, применение {t3 - t2:.1f} с, "
              f"повторная проверка {t4 - t3:.1f} с")
    db.close()
