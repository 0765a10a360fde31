"""«КТП» driven like a teacher: create the plan of the level, add topics, edit cells, reorder, adopt, dates;
the deputy sees it read-only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from ejournal_desktop.services import journal, plans, structure
from ejournal_desktop.services.access import standing
from ejournal_desktop.ui.plan_editor import DATE, HOURS, TITLE, PlanEditor
from ejournal_desktop.ui.session import Session
from tests.factory import MON, School
from tests.gui.conftest import SCREENSHOTS, Dialogs, today_is

pytestmark = pytest.mark.gui
TODAY = dt.date(2025, 9, 12)


def open_editor(qtbot: QtBot, school: School, login: str) -> PlanEditor:
    actor = school.actors()[login]
    editor = PlanEditor(Session(actor, standing(actor).roles, "журнал", today=today_is(TODAY)))
    qtbot.addWidget(editor)
    editor.resize(1200, 640)
    editor.show()
    return editor


def shot(editor: PlanEditor, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    path = SCREENSHOTS / f"{name}.png"
    assert editor.grab().save(str(path))
    return path


TOPICS = ["Натуральные числа и шкалы", "Обозначение натуральных чисел", "Отрезок. Длина отрезка",
          "Плоскость. Прямая. Луч", "Шкалы и координаты", "Меньше или больше", "Сложение натуральных чисел"]


def test_teacher_builds_the_plan(qtbot: QtBot, gui_school: tuple[str, School], monkeypatch: pytest.MonkeyPatch,
                                 dialogs: Dialogs) -> None:
    _, school = gui_school
    editor = open_editor(qtbot, school, "ivanova")
    assert [editor.assignment_combo.itemText(i) for i in range(editor.assignment_combo.count())] == \
        ["5А — Математика", "5А — Русский язык · Петров С. Н."]  # her own class's other subject: to look at
    assert "КТП ещё нет" in editor.plan_label.text() and editor.create_button.isEnabled()
    qtbot.mouseClick(editor.create_button, Qt.MouseButton.LeftButton)
    assert editor.info is not None and editor.add_button.isEnabled()
    for title in TOPICS:
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, t=title, **k: (t, True)))
        editor.table.clearSelection()
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.table.rowCount() == 7
    # edit cells in place: section, hours, a date
    editor.table.item(0, 1).setText("Натуральные числа и шкалы")
    editor.table.item(2, HOURS).setText("2")
    assert editor.topics[2].hours == 2
    editor.table.item(1, DATE).setText("32.09.2025")
    assert "не распознана" in dialogs.last().text
    editor.table.item(3, TITLE).setText("")
    assert dialogs.last().text == "Не указана тема урока."
    # reorder: the last topic up
    editor.table.selectRow(6)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert editor.topics[5].title == "Сложение натуральных чисел" and editor.selected_row() == 5
    qtbot.mouseClick(editor.adopt_button, Qt.MouseButton.LeftButton)
    assert "принят для нагрузки" in editor.plan_label.text()
    qtbot.mouseClick(editor.dates_button, Qt.MouseButton.LeftButton)
    assert editor.table.item(0, DATE).text() == "01.09.2025"
    # a lesson takes the first topic: the «Проведено» column and fulfilment show it
    journal.set_lesson_details(school.ivanova, school.a["math5"], MON, 1, expected_version=None,
                               topic=TOPICS[0], plan_topic_id=editor.topics[0].topic_id)
    editor.refresh()
    assert editor.table.item(0, 5).text() == "08.09.2025"
    assert "проведено 1" in editor.fulfilment_label.text()
    shot(editor, "plan_editor")
    # someone else changed the plan meanwhile: a clear message, the table reloads
    plans.add_topic(school.ivanova, editor.info.plan_id, None, title="Добавлено в другом окне")
    editor.table.item(0, HOURS).setText("3")
    assert dialogs.last().title == "Данные изменены другим пользователем"
    assert editor.table.rowCount() == 8


def test_a_homeroom_teacher_opens_on_her_own_plan(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    """The class's plans are sorted by subject: a colleague's «Английский язык» came before her
    «Математика», and the tab opened on a plan she can only look at."""
    _, school = gui_school
    english = structure.create_subject(school.admin, "Английский язык")
    structure.create_assignment(school.admin, school.sidorova.user_id, english, school.classes["5А"], 2)
    editor = open_editor(qtbot, school, "ivanova")
    assert editor.assignment_combo.itemText(0).startswith("5А — Английский язык · ")
    assert editor.assignment_combo.currentText() == "5А — Математика"
    assert editor.create_button.isEnabled()  # her own: she can start the plan right away
    editor.year_combo.currentIndexChanged.emit(editor.year_combo.currentIndex())  # reloading keeps the rule
    assert editor.assignment_combo.currentText() == "5А — Математика"


def test_deputy_sees_read_only(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    _, school = gui_school
    pid = plans.create_plan(school.ivanova, school.year, school.subjects["Математика"], 5)
    plans.add_topic(school.ivanova, pid, None, title="Натуральные числа", hours=2)
    editor = open_editor(qtbot, school, "deputy")
    assert editor.assignment_combo.count() == 4
    editor.select_assignment(school.a["math5"])
    assert editor.table.rowCount() == 1 and not editor.editable()
    for b in (editor.create_button, editor.add_button, editor.adopt_button, editor.dates_button):
        assert not b.isEnabled()
    assert not editor.table.item(0, TITLE).flags() & Qt.ItemFlag.ItemIsEditable
    shot(editor, "plan_editor_deputy")


def test_the_year_holding_today_is_chosen(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    _, school = gui_school
    structure.create_year(school.admin, "2026/2027", dt.date(2026, 9, 1), dt.date(2027, 5, 31))
    structure.create_year(school.admin, "2024/2025", dt.date(2024, 9, 1), dt.date(2025, 5, 31))
    editor = open_editor(qtbot, school, "ivanova")  # today 12.09.2025
    years = editor.year_combo
    assert [years.itemText(i) for i in range(years.count())] == ["2026/2027", "2025/2026", "2024/2025"]
    assert years.currentText() == "2025/2026" and years.currentData() == school.year
    assert editor.assignment_combo.count() == 2  # the assignments of the chosen year were loaded
    years.load(dt.date(2023, 9, 1))  # a day of no year: the newest
    assert years.currentText() == "2026/2027"
