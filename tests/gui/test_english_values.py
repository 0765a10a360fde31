"""Numbers and the program's own stored words follow the interface's language; what is stored does not.

English writes a decimal point where Russian writes a comma (a domain refusal, the journal's means and
weights, a report's figures on screen), and shows the words the program stores in Russian from its own
lists — a lesson type, a parent's relation, a default kind of work — in English.  The database keeps the
Russian word; a word the school typed itself is shown as typed; in Russian everything reads as before.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ejournal_desktop.domain.averages import RoundingRule, weighted_mean
from ejournal_desktop.domain.errors import AverageError, RoundingRuleError
from ejournal_desktop.i18n import decimal_text
from ejournal_desktop.services import contacts, journal, students
from ejournal_desktop.services.bootstrap import DEFAULT_WORK_KINDS
from ejournal_desktop.store.models import Lesson, Parent, Student, StudentParent
from ejournal_desktop.ui import stored_values
from ejournal_desktop.ui.admin_structure import hours_text
from ejournal_desktop.ui.contacts_ui import AddContactDialog, ContactLog
from ejournal_desktop.ui.missing_consents import MissingConsentsDialog
from tests.factory import FRI, MON, TUE, WED, School
from tests.gui.conftest import SCREENSHOTS
from tests.gui.journal_helpers import session_for
from tests.gui.test_journal_grid import open_tab
from tests.gui.test_translated_errors import language  # noqa: F401  (the fixture: English, then Russian)

pytestmark = pytest.mark.gui

TOOLTIP = Qt.ItemDataRole.ToolTipRole


def shot(widget: object, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    path = SCREENSHOTS / name
    assert widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path


def test_the_lists_translated_are_the_lists_the_program_stores() -> None:
    assert stored_values.RELATIONS == students.RELATIONS
    assert stored_values.WORK_KINDS == tuple(name for _code, name, _weight, _days in DEFAULT_WORK_KINDS)
    assert stored_values.GENDERS == ("м", "ж")


# --- numbers -----------------------------------------------------------------------------------------------

REFUSALS = {
    "en": ["The rounding threshold must be greater than 0 and less than 1 (1.5 given).",
           "The threshold for the mark 3 must be greater than 2 and less than 3 (3.25 given).",
           "The weight of a mark must be greater than zero (the weight given is -0.5).",
           "The rounding threshold must be a number («4,5x» given)."],
    "ru": ["Порог округления должен быть больше 0 и меньше 1 (указано 1,5).",
           "Порог для отметки 3 должен быть больше 2 и меньше 3 (указано 3,25).",
           "Вес отметки должен быть больше нуля (указан вес -0,5).",
           "Порог округления должен быть числом (указано «4,5x»)."],
}


def test_numbers_in_domain_refusals_follow_the_language(language: str) -> None:  # noqa: F811
    messages = []
    for call, kind in ((lambda: RoundingRule.from_threshold("1,5"), RoundingRuleError),
                       (lambda: RoundingRule(((5, "4.5"), (4, "3.5"), (3, Decimal("3.25")))), RoundingRuleError),
                       (lambda: weighted_mean([(5, 1), (4, "-0.5")]), AverageError),
                       (lambda: RoundingRule.from_threshold("4,5x"), RoundingRuleError)):  # typed: as typed
        with pytest.raises(kind) as caught:
            call()
        messages.append(str(caught.value))
    assert messages == REFUSALS[language]


def test_decimals_of_the_interface(language: str) -> None:  # noqa: F811
    point = "." if language == "en" else ","
    assert decimal_text(Decimal("4.50")) == f"4{point}50"
    assert decimal_text(Decimal("1.50"), trim=True) == f"1{point}5"
    assert decimal_text(Decimal("2.00"), trim=True) == "2" and decimal_text(Decimal("10"), trim=True) == "10"
    assert hours_text(Decimal("1.5")) == f"1{point}5" and hours_text(Decimal("10.0")) == "10"


# --- the journal ---------------------------------------------------------------------------------------------

JOURNAL = {
    "en": {
        "mean": "4.50",
        "column": ["Kind of work: Independent work (weight 1.5)", "Lesson type: practical lesson"],
        "cell": "«5» — Independent work, weight 1.5; given by",
        "rule": "5 from 4.50; 4 from 3.50; 3 from 2.50",
        "type": "practical lesson",
        "kind": "Independent work — weight 1.5",
        "kinds": ["Answer in class — weight 1", "Test — weight 2"],
        "revision": "revision lesson",
    },
    "ru": {
        "mean": "4,50",
        "column": ["Вид работы: Самостоятельная работа (вес 1,5)", "Тип урока: урок-практикум"],
        "cell": "«5» — Самостоятельная работа, вес 1,5; поставил(а)",
        "rule": "5 — от 4,50; 4 — от 3,50; 3 — от 2,50",
        "type": "урок-практикум",
        "kind": "Самостоятельная работа — вес 1,5",
        "kinds": ["Ответ на уроке — вес 1", "Контрольная работа — вес 2"],
        "revision": "урок повторения",
    },
}


def test_the_journal_speaks_the_language_and_stores_russian(qtbot: QtBot, gui_school: tuple[str, School],
                                                            language: str) -> None:  # noqa: F811
    _, school = gui_school
    math, pupil = school.a["math5"], school.students["5А"][0]
    journal.set_lesson_details(school.ivanova, math, MON, 1, expected_version=None, lesson_type="урок-практикум",
                               work_kind="independent")
    journal.set_cell(school.ivanova, math, MON, 1, pupil, "5 4")
    journal.set_lesson_details(school.ivanova, math, FRI, 3, expected_version=None,
                               lesson_type="Урок-экскурсия в парк")  # the teacher's own words
    expected = JOURNAL[language]

    tab = open_tab(qtbot, school.ivanova)
    model = tab.model
    col = model.column_of(MON, 1)
    assert col is not None
    assert model.data(model.index(0, model.plain_column)) == expected["mean"]
    assert model.data(model.index(0, model.weighted_column)) == expected["mean"]
    column_tip = str(model.headerData(col, Qt.Orientation.Horizontal, TOOLTIP))
    assert all(line in column_tip.splitlines() for line in expected["column"]), column_tip
    assert expected["cell"] in str(model.data(model.index(0, col), TOOLTIP))
    assert expected["rule"] in str(model.headerData(model.period_column, Qt.Orientation.Horizontal, TOOLTIP))

    tab.view.setCurrentIndex(model.index(0, col))
    pane = tab.pane
    assert pane.lesson_type.currentText() == expected["type"]
    assert pane.work_kind.currentText() == expected["kind"]
    kinds = [pane.work_kind.itemText(i) for i in range(pane.work_kind.count())]
    assert kinds[0] == expected["kinds"][0] and expected["kinds"][1] in kinds
    shot(tab, f"values_journal_{language}.png")

    # a type picked from the list is stored in Russian, whatever the language shows
    revision = pane.lesson_type.findText(expected["revision"])
    assert revision > 0
    pane.lesson_type.setCurrentIndex(revision)
    pane.lesson_type.activated.emit(revision)
    assert Lesson.get(Lesson.date == MON, Lesson.number == 1).lesson_type == "урок повторения"
    assert pane.lesson_type.currentText() == expected["revision"]
    version = Lesson.get(Lesson.date == MON, Lesson.number == 1).version
    line = pane.lesson_type.lineEdit()
    assert isinstance(line, QLineEdit)
    line.editingFinished.emit()  # leaving the label as shown writes nothing
    assert Lesson.get(Lesson.date == MON, Lesson.number == 1).version == version

    # the teacher's own words are shown and kept as typed
    friday = model.column_of(FRI, 3)
    assert friday is not None
    tab.view.setCurrentIndex(model.index(0, friday))
    assert pane.lesson_type.currentText() == "Урок-экскурсия в парк"
    pane.lesson_type.setEditText("Lesson in the school museum")
    line.editingFinished.emit()
    assert Lesson.get(Lesson.date == FRI, Lesson.number == 3).lesson_type == "Lesson in the school museum"


# --- parents -------------------------------------------------------------------------------------------------


def test_relations_of_the_list_read_in_the_language(qtbot: QtBot, gui_school: tuple[str, School],
                                                    language: str) -> None:  # noqa: F811
    _, school = gui_school
    first, second = school.students["5А"][:2]
    students.add_parent(school.admin, first, "Алексеева", "Ирина", "Павловна", relation="мать",
                        phone="+7 900 111-22-33")
    students.add_parent(school.admin, second, "Белов", "Сергей", "Ильич", relation="крёстный")  # typed
    mother, own = ("mother", "крёстный") if language == "en" else ("мать", "крёстный")

    session = session_for(school.admin, dt.date(2025, 9, 15))
    dialog = AddContactDialog(session, [(first, "Алексеев Артём Игоревич"), (second, "Белова Дарья")],
                              student_id=first)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.parent_combo.itemText(0) == f"Алексеева Ирина Павловна ({mother}), +7 900 111-22-33"
    dialog.student.setCurrentIndex(1)
    assert dialog.parent_combo.itemText(0) == f"Белов Сергей Ильич ({own})"

    consents = MissingConsentsDialog(session, school.year, "2025/2026", class_id=school.classes["5А"])
    qtbot.addWidget(consents)
    consents.resize(1000, 520)
    consents.show()
    relations = {consents.tree.topLevelItem(0).child(i).text(2): consents.tree.topLevelItem(0).child(i).text(1)
                 for i in range(consents.tree.topLevelItem(0).childCount())}
    assert relations["Алексеева Ирина Павловна"] == mother
    assert relations["Белов Сергей Ильич"] == own
    shot(consents, f"values_consents_{language}.png")
    assert [p.relation for p in students.student_card(school.admin, first).parents] == ["мать"]  # stored Russian


# --- reports on screen ------------------------------------------------------------------------------------


def test_report_figures_on_screen_follow_the_language(qtbot: QtBot, gui_school: tuple[str, School],
                                                      monkeypatch: pytest.MonkeyPatch, language: str,  # noqa: F811
                                                      tmp_path: Path) -> None:
    import openpyxl

    from tests.gui.test_reports_tab import cells, open_tab
    from tests.test_reports import fill_q1

    _, school = gui_school
    fill_q1(school, monkeypatch)
    tab = open_tab(qtbot, school, "deputy")
    tab.choose("progress", class_id=school.classes["5А"], period_id=school.periods[0])
    tab.build_button.click()
    first = cells(tab)[0]
    if language == "en":
        assert first[-4:] == ["3.50", "75.0 %", "50.0 %", "54.0 %"]
    else:
        assert first[-4:] == ["3,50", "75,0 %", "50,0 %", "54,0 %"]
    shot(tab, f"values_report_{language}.png")
    assert tab.result is not None
    table = tab.result.tables[0]
    assert table.text(table.rows[0])[-4:] == ["3,50", "75,0 %", "50,0 %", "54,0 %"]  # the report itself: Russian
    xlsx = tab.save_xlsx(str(tmp_path / "progress.xlsx"))
    assert xlsx
    row = [c.value for c in openpyxl.load_workbook(xlsx).active[5]]
    assert row[:2] == ["Математика", "Иванова М.П."]


# --- students: sex and parents ----------------------------------------------------------------------------

STUDENTS = {
    "en": {"sexes": ["", "M", "F"], "mother": "mother", "father": "father", "grandmother": "grandmother",
           "who": "Алексеева Ирина Павловна (mother)"},
    "ru": {"sexes": ["", "м", "ж"], "mother": "мать", "father": "отец", "grandmother": "бабушка",
           "who": "Алексеева Ирина Павловна (мать)"},
}


def _sex(school: School, student_id: int, gender: str) -> None:
    card = students.student_card(school.admin, student_id)
    students.update_student(school.admin, student_id, card.version, surname=card.surname, name=card.name,
                            patronymic=card.patronymic, birth_date=card.birth_date,
                            personal_file_no=card.personal_file_no, gender=gender)


def test_the_students_panel_reads_sex_and_relations_in_the_language(
        qtbot: QtBot, gui_school: tuple[str, School], on_modal: Any, language: str) -> None:  # noqa: F811
    from tests.gui.test_admin_students import fill, open_panel

    _, school = gui_school
    first, second = school.students["5А"][:2]
    _sex(school, first, "м")
    students.add_parent(school.admin, first, "Алексеева", "Ирина", "Павловна", relation="мать")
    students.add_parent(school.admin, first, "Алексеев", "Пётр", "Ильич", relation="дядя")  # the school's word
    expected = STUDENTS[language]

    panel = open_panel(qtbot, school, "admin")
    panel.select_class(school.classes["5А"])
    panel.select_student(first)
    sexes = panel.gender
    assert [sexes.itemText(i) for i in range(sexes.count())] == expected["sexes"]
    assert [sexes.itemData(i) for i in range(sexes.count())] == ["", "м", "ж"]
    assert sexes.currentText() == expected["sexes"][1]
    relations = {panel.parent_table.item(i, 0).text(): panel.parent_table.item(i, 1).text()
                 for i in range(panel.parent_table.rowCount())}
    assert relations == {"Алексеева Ирина Павловна": expected["mother"], "Алексеев Пётр Ильич": "дядя"}
    consent = panel.consent_dialog()
    qtbot.addWidget(consent)
    who = consent.findChild(QComboBox, "who")
    assert expected["who"] in [who.itemText(i) for i in range(who.count())]
    shot(panel, f"values_students_{language}.png")

    # the card saved as shown keeps «м»; another sex picked is stored as «ж»
    panel.save_button.click()
    assert Student.get_by_id(first).gender == "м"
    panel.select_student(second)
    assert sexes.currentText() == ""
    sexes.setCurrentIndex(sexes.findText(expected["sexes"][2]))
    panel.save_button.click()
    assert Student.get_by_id(second).gender == "ж"
    panel.select_student(second)
    assert sexes.currentText() == expected["sexes"][2]

    # the parent's dialog: the relation shown in the language, stored in Russian; a typed one as typed
    panel.select_student(first)
    assert panel.card is not None
    mother, uncle = sorted(panel.card.parents, key=lambda p: p.relation != "мать")
    dialog = panel.parent_dialog(mother)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QComboBox, "relation")
    assert box.currentText() == expected["mother"]
    assert [box.itemText(i) for i in range(2)] == [expected["mother"], expected["father"]]
    assert [box.itemData(i) for i in range(box.count())] == list(students.RELATIONS)
    assert panel._parent_fields(dialog)["relation"] == "мать"  # left as shown
    box.setCurrentIndex(1)
    assert panel._parent_fields(dialog)["relation"] == "отец"
    box.setEditText("godmother")
    assert panel._parent_fields(dialog)["relation"] == "godmother"
    dialog = panel.parent_dialog(uncle)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QComboBox, "relation").currentText() == "дядя"
    assert panel._parent_fields(dialog)["relation"] == "дядя"

    # through the «Добавить…» button: the label picked is stored as the Russian word
    def grandmother(d: QWidget) -> None:
        fill(d, surname="Алексеева", name="Нина", patronymic="Петровна", relation=expected["grandmother"])
        d.accept()  # type: ignore[attr-defined]

    answer = on_modal(grandmother)
    panel.add_parent_button.click()
    answer.check()
    assert StudentParent.get(StudentParent.student == first,
                             StudentParent.parent == Parent.get(Parent.name == "Нина").id).relation == "бабушка"
    assert expected["grandmother"] in [panel.parent_table.item(i, 1).text()
                                       for i in range(panel.parent_table.rowCount())]

    # enrolment: the sex picked by its label is stored as «ж»
    enrol = panel.enroll_dialog()
    qtbot.addWidget(enrol)
    fill(enrol, surname="Яковлева", name="Софья", file="Л-100", gender=expected["sexes"][2])
    new = panel._apply_enroll(enrol, school.classes["5А"])
    assert new is not None and Student.get_by_id(new).gender == "ж"
    assert panel.gender.currentText() == expected["sexes"][2]


# --- the contact log -----------------------------------------------------------------------------------------

CONTACTS = {
    "en": ["Алексеева Ирина Павловна (mother)", "Белов Сергей Ильич (крёстный)", "family"],
    "ru": ["Алексеева Ирина Павловна (мать)", "Белов Сергей Ильич (крёстный)", "семья"],
}


def test_the_contact_log_reads_relations_in_the_language(qtbot: QtBot, gui_school: tuple[str, School],
                                                         language: str) -> None:  # noqa: F811
    _, school = gui_school
    first, second, third = school.students["5А"][:3]
    mother = students.add_parent(school.admin, first, "Алексеева", "Ирина", "Павловна", relation="мать")
    own = students.add_parent(school.admin, second, "Белов", "Сергей", "Ильич", relation="крёстный")
    contacts.record_contact(school.deputy, first, "call", MON, parent_id=mother, note="Об успеваемости")
    contacts.record_contact(school.deputy, second, "meeting", TUE, parent_id=own, note="Об экскурсии")
    contacts.record_contact(school.deputy, third, "message", WED, note="Записка домой")

    log = ContactLog(session_for(school.deputy, dt.date(2025, 9, 15)))
    qtbot.addWidget(log)
    log.resize(1100, 360)
    log.show()
    log.set_class(school.classes["5А"])
    shown = [log.table.item(i, 2).text() for i in range(log.table.rowCount())]
    assert shown == list(reversed(CONTACTS[language]))  # newest first
    shot(log, f"values_contacts_{language}.png")
    rows = contacts.contacts_of_class(school.deputy, school.classes["5А"], MON, WED)
    assert [(r.parent_name, r.relation) for r in rows][1:] == [("Белов Сергей Ильич", "крёстный"),
                                                               ("Алексеева Ирина Павловна", "мать")]
    assert rows[2].parent == "Алексеева Ирина Павловна (мать)"  # what the command line prints: as stored


# --- the import preview -----------------------------------------------------------------------------------

PREVIEW = {"en": "sex: F → M", "ru": "пол: ж → м"}


def test_the_import_preview_reads_the_sex_in_the_language(qtbot: QtBot, gui_school: tuple[str, School],
                                                          language: str, tmp_path: Path) -> None:  # noqa: F811
    from tests.gui.test_import_dialog import HEADER, dialog_for, load, write

    _, school = gui_school
    first = school.students["5А"][0]
    _sex(school, first, "ж")  # a mistake the class list corrects
    dialog = dialog_for(qtbot, school)
    load(qtbot, dialog, write(tmp_path / "list.xlsx", [
        HEADER, ["5А", "Алексеев", "Артём", "Игоревич", dt.date(2014, 2, 7), "м", "Л-001", "", ""]]))
    model = dialog.model
    assert model.rowCount() == 1
    assert model.index(0, model.DETAIL).data() == PREVIEW[language]
    shot(dialog, f"values_import_{language}.png")
    dialog.apply_button.click()
    assert Student.get_by_id(first).gender == "м"
