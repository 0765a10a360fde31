"""«Расписание» driven like a user: the week grid, substitutions, opening a lesson."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ejournal_desktop.services import structure
from ejournal_desktop.services.access import standing
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.ui.session import Session
from ejournal_desktop.ui.timetable_tab import HOLIDAY_BG, SUBSTITUTION_BG, TimetableTab
from tests.factory import FRI, MON, WED, School
from tests.gui.conftest import today_is

pytestmark = pytest.mark.gui

H = Qt.Orientation.Horizontal
V = Qt.Orientation.Vertical


def session_of(school: School, login: str, today: dt.date = WED) -> Session:
    actor = school.actors()[login]
    return Session(actor, standing(actor).roles, "журнал", today=today_is(today))


def open_tab(qtbot: QtBot, school: School, login: str, check_model: Callable[..., None],
             today: dt.date = WED) -> TimetableTab:
    tab = TimetableTab(session_of(school, login, today))
    qtbot.addWidget(tab)
    check_model(tab.model)
    tab.resize(1100, 560)
    tab.show()
    return tab


def test_grid_of_5a_shows_mathematics_on_monday_first(
    qtbot: QtBot, gui_school: tuple[str, School], check_model: Callable[..., None]
) -> None:
    _, school = gui_school
    tab = open_tab(qtbot, school, "admin", check_model)
    assert tab.kind() == "class"  # the administration starts on a class
    tab.show_item("class", school.classes["5А"])
    model = tab.model
    assert (model.rowCount(), model.columnCount()) == (4, 5)
    assert model.headerData(0, H) == "Понедельник\n08.09"
    assert model.headerData(0, V) == "1\n08:30–09:15"
    monday_first = tab.cell_index(MON, 1)
    assert monday_first.data() == "Математика\nИванова М.П. · каб. 21"
    assert "Двойной щелчок" in monday_first.data(Qt.ItemDataRole.ToolTipRole)
    assert tab.cell_index(MON, 2).data() == ""
    assert tab.cell_index(dt.date(2025, 9, 9), 1).data().startswith("Русский язык")
    assert tab.title.text() == "Расписание: 5А класс — неделя 08.09.2025 — 12.09.2025"


def test_substitution_is_marked(
    qtbot: QtBot, gui_school: tuple[str, School], check_model: Callable[..., None]
) -> None:
    _, school = gui_school
    structure.assign_substitute(school.deputy, school.a["math5"], WED, 2, school.sidorova.user_id)
    tab = open_tab(qtbot, school, "ivanova", check_model)
    # a teacher starts on the own timetable
    assert tab.kind() == "teacher" and tab.item_combo.currentData() == school.ivanova.user_id
    cell = tab.cell_index(WED, 2)
    assert cell.data() == "5А · Математика\nкаб. 21\nЗамена: Сидорова А.И."
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == SUBSTITUTION_BG
    assert tab.cell_index(MON, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    # the substitute sees it in her week, with whom the timetable gives it to
    other = open_tab(qtbot, school, "sidorova", check_model)
    assert other.cell_index(WED, 2).data() == (
        "5А · Математика\nкаб. 21\nЗамена; по расписанию: Иванова М.П.")


def test_double_click_asks_to_open_the_lesson(
    qtbot: QtBot, gui_school: tuple[str, School], check_model: Callable[..., None]
) -> None:
    _, school = gui_school
    tab = open_tab(qtbot, school, "ivanova", check_model)
    where = tab.view.visualRect(tab.cell_index(FRI, 3)).center()
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    with qtbot.waitSignal(tab.openLesson, timeout=2000) as blocker:
        qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert blocker.args == [school.a["math5"], FRI, 3]
    # an empty cell asks nothing
    with qtbot.assertNotEmitted(tab.openLesson):
        tab._double_clicked(tab.cell_index(MON, 4))


def test_holidays_weeks_and_choices(
    qtbot: QtBot, gui_school: tuple[str, School], check_model: Callable[..., None]
) -> None:
    _, school = gui_school
    tab = open_tab(qtbot, school, "petrov", check_model)
    kinds = [tab.kind_combo.itemText(i) for i in range(tab.kind_combo.count())]
    assert kinds == ["Класс", "Учитель"]  # no rooms for a teacher
    tab.show_item("class", school.classes["1А"])
    assert [tab.item_combo.itemText(i) for i in range(tab.item_combo.count())] == ["1А", "5А"]
    tab.show_week(dt.date(2025, 11, 4))
    assert tab.cell_index(dt.date(2025, 11, 3), 1).data() == "Осенние каникулы"
    assert tab.cell_index(dt.date(2025, 11, 3), 1).data(
        Qt.ItemDataRole.BackgroundRole) == HOLIDAY_BG
    assert tab.view.rowSpan(0, 0) == 4
    qtbot.mouseClick(tab.week_bar.next_button, Qt.MouseButton.LeftButton)
    assert tab.title.text().endswith("10.11.2025 — 14.11.2025")
    assert tab.view.rowSpan(0, 0) == 1
    qtbot.mouseClick(tab.week_bar.home_button, Qt.MouseButton.LeftButton)
    assert tab.title.text().endswith("08.09.2025 — 12.09.2025")
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("teacher"))
    assert tab.title.text().startswith("Расписание: Петров С.Н.")


def test_main_window_opens_the_lesson_in_the_journal(
    qtbot: QtBot, gui_school: tuple[str, School]
) -> None:
    _, school = gui_school
    window = MainWindow(session_of(school, "ivanova"))
    qtbot.addWidget(window)
    window.show()
    timetable = window.show_tab("timetable")
    assert isinstance(timetable, TimetableTab)
    opened: list[tuple[int, dt.date, int]] = []
    journal = window.tab_widgets.get("journal")
    if journal is not None and hasattr(journal, "open_lesson"):
        real = journal.open_lesson

        def spy(assignment_id: int, date: dt.date, number: int) -> object:
            opened.append((assignment_id, date, number))
            return real(assignment_id, date, number)

        journal.open_lesson = spy  # type: ignore[method-assign]
    timetable.open_lesson(timetable.model.lessons(timetable.cell_index(MON, 1))[0])
    if journal is None or not hasattr(journal, "open_lesson"):
        assert "Журнал" in window.statusBar().currentMessage()
        return
    assert opened == [(school.a["math5"], MON, 1)]
    assert window.current_tab() is journal
