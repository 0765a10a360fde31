"""«Расписание и замены» driven like the administrator and the deputy: placing a load into a
slot with a clash warning, a mid-year move that keeps held lessons, a substitution."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ejournal_desktop.services import journal, structure
from ejournal_desktop.services.access import standing
from ejournal_desktop.store.models import Lesson, Mark, Substitution, TimetableEntry
from ejournal_desktop.ui.admin_structure import select_key
from ejournal_desktop.ui.admin_timetable import MoveDialog, PlaceDialog, SubstituteDialog, TimetableEditor
from ejournal_desktop.ui.session import Session
from tests.factory import MON, School
from tests.gui.conftest import SCREENSHOTS, Dialogs, ModalAnswer, today_is

pytestmark = pytest.mark.gui

D = dt.date
Arm = Callable[[Callable[[QWidget], None]], ModalAnswer]


def open_editor(qtbot: QtBot, school: School, login: str = "admin", today: dt.date = MON) -> TimetableEditor:
    actor = school.actors()[login]
    editor = TimetableEditor(Session(actor, standing(actor).roles, "журнал", today=today_is(today)))
    qtbot.addWidget(editor)
    editor.resize(1150, 640)
    editor.show()
    return editor


def qd(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def cell(editor: TimetableEditor, weekday: int, number: int) -> str:
    item = editor.grid.item(number - 1, weekday - 1)
    return item.text() if item is not None else ""


def test_grid_of_5a(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    _, school = gui_school
    editor = open_editor(qtbot, school)
    editor.show_class(school.classes["5А"])
    assert editor.grid.columnCount() == 5 and editor.grid.rowCount() == 6
    assert cell(editor, 1, 1) == "Математика\nИванова М.П.\nкаб. 21"
    assert editor.grid.verticalHeaderItem(0).text() == "1\n08:30–09:15"
    assert editor.grid.horizontalHeaderItem(0).text() == "Понедельник"
    assert editor.load_list.count() == 2
    assert "5 ч в неделю, в расписании: 3" in editor.load_list.item(0).text()


def test_placing_a_load_warns_of_a_clash_and_may_be_cancelled(
    qtbot: QtBot, gui_school: tuple[str, School], on_modal: Arm, dialogs: Dialogs
) -> None:
    _, school = gui_school
    editor = open_editor(qtbot, school)
    editor.show_class(school.classes["5А"])
    editor.load_list.setCurrentRow(1)  # Русский язык — Петров
    editor.select_slot(1, 2)  # Monday 2nd: Petrov teaches 1А then

    dialogs.question_answer = dialogs.question_answer.No

    def cancel(widget: QWidget) -> None:
        assert isinstance(widget, PlaceDialog)
        assert widget.load_combo.currentText() == "Русский язык — Петров С.Н."
        assert (widget.day_combo.currentText(), widget.number_spin.value()) == ("Понедельник", 2)
        widget.room_edit.setText("21")
        widget.ok()
        assert widget.isVisible()  # the admin cancelled: the form stays for another slot
        widget.reject()
    answer = on_modal(cancel)
    assert editor.place() is None
    answer.check()
    warning = dialogs.last()
    assert warning.kind == "question" and warning.title == "Пересечения в расписании"
    assert "Учитель Петров С.Н. в это время ведёт другой урок: 1А, Окружающий мир (пн, 2-й урок)." in warning.text
    assert "Кабинет 21 в это время занят" in warning.text
    assert cell(editor, 1, 2) == ""

    # a free slot saves without a question
    editor.select_slot(5, 4)
    before = len(dialogs.shown)

    def save(widget: QWidget) -> None:
        assert isinstance(widget, PlaceDialog)
        widget.room_edit.setText("14")
        widget.ok()
    answer = on_modal(save)
    assert editor.place() is not None
    answer.check()
    assert len(dialogs.shown) == before
    assert cell(editor, 5, 4) == "Русский язык\nПетров С.Н.\nкаб. 14"
    assert "в расписании: 3" in editor.load_list.item(1).text()


def test_drag_and_drop_asks_to_place(qtbot: QtBot, gui_school: tuple[str, School], on_modal: Arm) -> None:
    _, school = gui_school
    editor = open_editor(qtbot, school)
    editor.show_class(school.classes["5А"])

    def save(widget: QWidget) -> None:
        assert isinstance(widget, PlaceDialog)
        assert (widget.load_combo.currentData(), widget.day_combo.currentData(), widget.number_spin.value()) \
            == (school.a["math5"], 4, 3)
        widget.ok()
    answer = on_modal(save)
    editor.grid.assignmentDropped.emit(school.a["math5"], 4, 3)  # what a drop onto Thursday 3rd emits
    answer.check()
    assert cell(editor, 4, 3).startswith("Математика")


def test_a_mid_year_move_keeps_the_lessons_held(
    qtbot: QtBot, gui_school: tuple[str, School], on_modal: Arm
) -> None:
    _, school = gui_school
    pupils = school.students["5А"]
    later = D(2025, 10, 1)
    for day in (MON, D(2025, 9, 15), D(2025, 9, 22)):
        journal.set_cell(school.ivanova, school.a["math5"], day, 1, pupils[0], "5", today=later)
        journal.set_cell(school.ivanova, school.a["math5"], day, 1, pupils[1], "н", today=later)
    held = (Lesson.select().count(), Mark.select().count())
    editor = open_editor(qtbot, school, today=later)
    editor.show_class(school.classes["5А"])
    editor.on_edit.setDate(qd(D(2025, 9, 29)))
    editor.select_slot(1, 1)

    def move(widget: QWidget) -> None:
        assert isinstance(widget, MoveDialog)
        widget.day_combo.setCurrentIndex(widget.day_combo.findData(2))
        widget.number_spin.setValue(4)
        widget.room_edit.setText("22")
        widget.from_edit.setDate(qd(D(2025, 9, 29)))
        widget.ok()
    answer = on_modal(move)
    editor.move()
    answer.check()
    assert cell(editor, 1, 1) == ""
    assert cell(editor, 2, 4) == "Математика\nИванова М.П.\nкаб. 22"
    assert (Lesson.select().count(), Mark.select().count()) == held
    old = TimetableEntry.get((TimetableEntry.assignment == school.a["math5"]) & (TimetableEntry.weekday == 1))
    assert old.valid_to == D(2025, 9, 28)
    # the week before the change still shows the old slot
    editor.on_edit.setDate(qd(D(2025, 9, 22)))
    assert cell(editor, 1, 1).startswith("Математика")
    assert cell(editor, 2, 4) == ""


def test_a_substitution_offers_free_teachers_first(
    qtbot: QtBot, gui_school: tuple[str, School], on_modal: Arm
) -> None:
    _, school = gui_school
    editor = open_editor(qtbot, school, "deputy")
    assert not editor.place_button.isEnabled() and editor.substitute_button.isEnabled()
    editor.tabs.setCurrentIndex(1)

    def assign(widget: QWidget) -> None:
        assert isinstance(widget, SubstituteDialog)
        widget.class_combo.setCurrentIndex(widget.class_combo.findText("5А"))
        widget.date_edit.setDate(qd(MON))
        lessons = [widget.lesson_combo.itemText(i) for i in range(widget.lesson_combo.count())]
        assert lessons == ["1-й урок — Математика (Иванова М.П.)"]
        teachers = [widget.teacher_combo.itemText(i) for i in range(widget.teacher_combo.count())]
        assert teachers[-1] == "Сидорова А.И. — занят: 6А, Математика" or "Сидорова А.И." in teachers
        free = [t for t in teachers if "занят" not in t]
        assert teachers[:len(free)] == free
        widget.teacher_combo.setCurrentIndex(widget.teacher_combo.findText("Петров С.Н."))
        widget.reason_edit.setText("Курсы повышения квалификации")
        widget.ok()
    answer = on_modal(assign)
    assert editor.substitute() is not None
    answer.check()
    assert editor.subs_table.rowCount() == 1
    assert [editor.subs_table.item(0, c).text() for c in range(7)] == [
        "08.09.2025", "1", "5А", "Математика", "Иванова М.П.", "Петров С.Н.", "ещё нет"]
    assert editor.subs_table.item(0, 7).text() == "Курсы повышения квалификации"
    assert select_key(editor.subs_table, editor.substitutions[0].id)
    editor.cancel_substitution()
    assert editor.subs_table.rowCount() == 0
    assert Substitution.select().count() == 0


def test_busy_teachers_are_marked(qtbot: QtBot, gui_school: tuple[str, School], on_modal: Arm) -> None:
    _, school = gui_school
    editor = open_editor(qtbot, school)
    seen: list[str] = []

    def look(widget: QWidget) -> None:
        assert isinstance(widget, SubstituteDialog)
        widget.class_combo.setCurrentIndex(widget.class_combo.findText("6А"))
        widget.date_edit.setDate(qd(MON))
        widget.lesson_combo.setCurrentIndex(0)  # 3rd: Математика, Сидорова; 5А has no 3rd lesson on Monday
        seen.extend(widget.teacher_combo.itemText(i) for i in range(widget.teacher_combo.count()))
        widget.reject()
    answer = on_modal(look)
    editor.substitute()
    answer.check()
    assert "Иванова М.П." in seen and "Сидорова А.И." not in " ".join(seen)


def test_screenshots(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    _, school = gui_school
    structure.assign_substitute(school.deputy, school.a["math5"], D(2025, 9, 10), 2, school.sidorova.user_id,
                                "Курсы повышения квалификации")
    editor = open_editor(qtbot, school)
    editor.show_class(school.classes["5А"])
    editor.load_list.setCurrentRow(0)
    editor.select_slot(1, 1)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert editor.grab().save(str(SCREENSHOTS / "admin_timetable_grid.png"))
    editor.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    assert editor.grab().save(str(SCREENSHOTS / "admin_timetable_substitutions.png"))
    dialog = SubstituteDialog(editor, editor.session, editor.classes, D(2025, 9, 8), school.classes["5А"])
    dialog.show()
    QApplication.processEvents()
    assert dialog.grab().save(str(SCREENSHOTS / "admin_timetable_substitute_dialog.png"))
    dialog.close()
    editor.tabs.setCurrentIndex(0)
    editor.select_slot(1, 1)
    move = MoveDialog(editor, editor.session, school.year, 5, editor.entries[0], MON)
    move.show()
    QApplication.processEvents()
    assert move.grab().save(str(SCREENSHOTS / "admin_timetable_move_dialog.png"))
