"""«Посещаемость» driven like a user: what each role sees, corrections with a reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from ejournal_desktop.services.access import standing
from ejournal_desktop.store.models import Absence, AuditEntry, Lesson
from ejournal_desktop.ui.attendance_tab import (
    CODE_BG,
    NOT_ON_ROLL_BG,
    AbsenceDialog,
    AttendanceModel,
    AttendanceTab,
)
from ejournal_desktop.ui.session import Session
from tests.factory import FRI, MON, THU, TUE, WED, School
from tests.gui.conftest import Dialogs, ModalAnswer, populate, press_key, today_is, type_text

pytestmark = pytest.mark.gui

Arm = Callable[[Callable[[QWidget], None]], ModalAnswer]
FIRST = AttendanceModel.FIRST_LESSON


def open_tab(qtbot: QtBot, school: School, login: str, check_model: Callable[..., None],
             today: dt.date = FRI) -> AttendanceTab:
    actor = school.actors()[login]
    session = Session(actor, standing(actor).roles, "журнал", today=today_is(today))
    tab = AttendanceTab(session)
    qtbot.addWidget(tab)
    check_model(tab.model)
    tab.resize(1100, 500)
    tab.show()
    return tab


def lesson_col(tab: AttendanceTab, day: dt.date, number: int) -> int:
    sheet = tab.model.sheet
    assert sheet is not None
    return next(i for i, c in enumerate(sheet.columns) if (c.date, c.number) == (day, number))


def shown(tab: AttendanceTab, row: int, day: dt.date, number: int) -> str:
    return str(tab.model.index_of(row, lesson_col(tab, day, number)).data())


def test_homeroom_teacher_sees_the_week_of_the_own_class(
    qtbot: QtBot, gui_school: tuple[str, School], check_model: Callable[..., None]
) -> None:
    _, school = gui_school
    populate(school)
    tab = open_tab(qtbot, school, "ivanova", check_model)
    assert [tab.class_combo.itemText(i) for i in range(tab.class_combo.count())] == ["5А"]
    assert tab.title.text() == "Посещаемость 5А: 08.09.2025 — 14.09.2025"
    model = tab.model
    assert model.rowCount() == 6
    assert model.columnCount() == FIRST + 5
    assert model.index(0, AttendanceModel.NAME).data() == "Алексеев Артём Игоревич"
    assert model.headerData(FIRST, Qt.Orientation.Horizontal) == "пн 08.09\n1 · Мат."
    assert model.headerData(FIRST + 1, Qt.Orientation.Horizontal) == "вт 09.09\n1 · Рус. яз."
    # the absences the teachers put through the journal (marks are not shown here)
    assert shown(tab, 1, MON, 1) == "н"
    assert shown(tab, 0, MON, 1) == ""
    assert [shown(tab, 0, d, n) for d, n in ((TUE, 1), (WED, 2), (THU, 1))] == ["б"] * 3
    assert shown(tab, 2, WED, 2) == "у"
    assert shown(tab, 4, THU, 1) == "оп"
    assert model.index_of(1, 0).data(Qt.ItemDataRole.BackgroundRole) == CODE_BG[
        model.sheet.cells[(1, 0)].code]  # type: ignore[union-attr]
    # totals: missed, of them ill, excused; late apart
    totals = [[model.index(r, c).data() for c in range(1, FIRST)] for r in (0, 2, 4, 5)]
    assert totals == [["3", "3", "", ""], ["1", "", "1", ""], ["", "", "", "1"],
                      ["", "", "", ""]]
    assert "Пропущено уроков" in model.headerData(1, Qt.Orientation.Horizontal,
                                                   Qt.ItemDataRole.ToolTipRole)
    # names and totals stay in the left pane, lessons in the right
    assert tab.names_view.isColumnHidden(FIRST) and not tab.names_view.isColumnHidden(1)
    assert tab.grid_view.isColumnHidden(0) and not tab.grid_view.isColumnHidden(FIRST)
    assert "чужих уроков — с указанием причины" in tab.hint.text()


def test_month_view_and_navigation(
    qtbot: QtBot, gui_school: tuple[str, School], check_model: Callable[..., None]
) -> None:
    _, school = gui_school
    tab = open_tab(qtbot, school, "admin", check_model)
    tab.show_class(school.classes["5А"], dt.date(2025, 10, 15), "month")
    assert tab.title.text() == "Посещаемость 5А: 01.10.2025 — 31.10.2025"
    assert tab.model.columnCount() == FIRST + 18  # the autumn holidays start on the 27th
    # a sentence of its own: «…04.11.2025 Исправление отметок…» ran into the next one
    assert "Осенние каникулы: 27.10.2025 — 04.11.2025." in tab.hint.text()
    qtbot.mouseClick(tab.week_bar.next_button, Qt.MouseButton.LeftButton)
    assert tab.title.text() == "Посещаемость 5А: 01.11.2025 — 30.11.2025"
    tab.range_combo.setCurrentIndex(tab.range_combo.findData("week"))
    assert tab.title.text().endswith("10.11.2025 — 16.11.2025")
    qtbot.mouseClick(tab.week_bar.prev_button, Qt.MouseButton.LeftButton)
    assert tab.title.text().endswith("03.11.2025 — 09.11.2025")
    qtbot.mouseClick(tab.week_bar.home_button, Qt.MouseButton.LeftButton)
    assert tab.title.text().endswith("08.09.2025 — 14.09.2025")
    assert [tab.class_combo.itemText(i) for i in range(tab.class_combo.count())] == [
        "1А", "5А", "6А"]


def test_homeroom_correction_with_a_reason_changes_the_database(
    qtbot: QtBot, gui_school: tuple[str, School], check_model: Callable[..., None], on_modal: Arm
) -> None:
    _, school = gui_school
    populate(school)
    tab = open_tab(qtbot, school, "ivanova", check_model)
    col = lesson_col(tab, TUE, 1)  # Russian of Петров: for Иванова a correction
    tab.grid_view.setFocus()
    tab.grid_view.setCurrentIndex(tab.model.index_of(0, col))

    def give_reason(widget: QWidget) -> None:
        assert isinstance(widget, AbsenceDialog)
        assert widget.code() == "у"  # the typed key chose the code
        assert not widget.ok_button.isEnabled()  # no reason, no correction
        type_text(widget.reason_edit, "Справка из поликлиники")
        assert widget.ok_button.isEnabled()
        qtbot.mouseClick(widget.ok_button, Qt.MouseButton.LeftButton)

    answer = on_modal(give_reason)
    press_key(tab.grid_view, Qt.Key.Key_unknown, "у")
    answer.check()
    lesson = Lesson.get((Lesson.assignment == school.a["rus5"]) & (Lesson.date == TUE))
    first = school.students["5А"][0]
    absence = Absence.get((Absence.lesson == lesson.id) & (Absence.student == first))
    assert absence.code == "у"
    entry = AuditEntry.select().where(AuditEntry.action == "absence.change").get()
    assert (entry.user_id, entry.reason) == (school.ivanova.user_id, "Справка из поликлиники")
    assert entry.old == '{"code": "б"}' and entry.new == '{"code": "у"}'
    assert shown(tab, 0, TUE, 1) == "у"
    assert tab.model.index(0, AttendanceModel.EXCUSED).data() == "1"
    assert "у» — отсутствовал по уважительной причине" in tab.model.index_of(0, col).data(
        Qt.ItemDataRole.ToolTipRole)


def test_cancelled_correction_changes_nothing(
    qtbot: QtBot, gui_school: tuple[str, School], check_model: Callable[..., None], on_modal: Arm
) -> None:
    _, school = gui_school
    populate(school)
    tab = open_tab(qtbot, school, "ivanova", check_model)
    before = AuditEntry.select().count()
    answer = on_modal(lambda w: w.findChild(QWidget, "cancelButton").click())  # type: ignore[union-attr]
    where = tab.grid_view.visualRect(tab.model.index_of(0, lesson_col(tab, THU, 1))).center()
    qtbot.mouseClick(tab.grid_view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(tab.grid_view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    answer.check()
    assert AuditEntry.select().count() == before
    assert shown(tab, 0, THU, 1) == "б"


def test_teacher_marks_own_lesson_with_a_key(
    qtbot: QtBot, gui_school: tuple[str, School], check_model: Callable[..., None]
) -> None:
    _, school = gui_school
    tab = open_tab(qtbot, school, "ivanova", check_model)
    said: list[str] = []
    tab.status_message.connect(said.append)
    col = lesson_col(tab, MON, 1)  # her own mathematics: no reason needed, no dialog
    tab.grid_view.setCurrentIndex(tab.model.index_of(3, col))
    press_key(tab.grid_view, Qt.Key.Key_unknown, "н")
    assert shown(tab, 3, MON, 1) == "н"
    # the saving is said, as in the journal (the hint line keeps its rules)
    name = tab.model.sheet.rows[3].full_name  # type: ignore[union-attr]
    assert said == [f"Сохранено: {name} — Понедельник, 08.09.2025, 1-й урок, Математика: «н»."]
    assert tab.grid_view.currentIndex() == tab.model.index_of(3, col)
    press_key(tab.grid_view, Qt.Key.Key_unknown, "о")
    assert shown(tab, 3, MON, 1) == "оп"
    press_key(tab.grid_view, Qt.Key.Key_Delete)
    assert shown(tab, 3, MON, 1) == ""
    assert said[-1].startswith(f"Сохранено: {name} — ") and said[-1].endswith(": пропуск снят.")
    assert Absence.select().count() == 0
    assert AuditEntry.select().where(AuditEntry.action.startswith("absence.")).count() == 3


def test_subject_teacher_sees_own_lessons_only(
    qtbot: QtBot, gui_school: tuple[str, School], check_model: Callable[..., None]
) -> None:
    _, school = gui_school
    populate(school)
    tab = open_tab(qtbot, school, "petrov", check_model)
    # own class (1А) first, then the class taught
    assert [tab.class_combo.itemText(i) for i in range(tab.class_combo.count())] == ["1А", "5А"]
    tab.show_class(school.classes["5А"], MON)
    sheet = tab.model.sheet
    assert sheet is not None and sheet.own_lessons_only
    assert [c.subject for c in sheet.columns] == ["Русский язык", "Русский язык"]
    assert "Показаны только ваши уроки в этом классе." in tab.hint.text()


def test_teacher_of_another_class_is_refused(
    qtbot: QtBot, gui_school: tuple[str, School], check_model: Callable[..., None],
    dialogs: Dialogs,
) -> None:
    _, school = gui_school
    tab = open_tab(qtbot, school, "sidorova", check_model)
    combo: QComboBox = tab.class_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["6А"]
    combo.addItem("5А", school.classes["5А"])  # even if the list offered it…
    combo.setCurrentIndex(combo.count() - 1)
    refusal = dialogs.last()
    assert refusal.title == "Нет прав"
    assert refusal.text.startswith("Нет прав на действие «просмотр страниц журнала»")
    assert tab.model.rowCount() == 0


def test_director_only_looks(
    qtbot: QtBot, gui_school: tuple[str, School], check_model: Callable[..., None], on_modal: Arm
) -> None:
    _, school = gui_school
    populate(school)
    tab = open_tab(qtbot, school, "director", check_model)
    tab.show_class(school.classes["5А"], MON)
    assert tab.model.rowCount() == 6
    before = AuditEntry.select().count()
    unexpected = on_modal(lambda w: w.close())  # a dialog here would be a bug
    tab.grid_view.setCurrentIndex(tab.model.index_of(1, 0))
    press_key(tab.grid_view, Qt.Key.Key_unknown, "н")
    tab.edit_index(tab.model.index_of(1, 0))
    assert unexpected.seen is None
    assert tab.hint.text() == "Посещаемость этого урока отмечает учитель, ведущий урок."
    assert AuditEntry.select().count() == before
    assert "Только просмотр." in tab._hint(tab.model.sheet)  # type: ignore[arg-type]


def test_leaver_cells_are_grey_and_closed(
    qtbot: QtBot, gui_school: tuple[str, School], check_model: Callable[..., None]
) -> None:
    from ejournal_desktop.services import structure

    _, school = gui_school
    first = school.students["5А"][0]
    structure.leave_class(school.admin, first, school.classes["5А"], TUE, reason="Переезд")
    tab = open_tab(qtbot, school, "ivanova", check_model)
    wed = tab.model.index_of(0, lesson_col(tab, WED, 2))
    assert wed.data(Qt.ItemDataRole.BackgroundRole) == NOT_ON_ROLL_BG
    assert "выбыл(а) 09.09.2025" in tab.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    tab.edit_index(wed, "н", typed=True)
    assert tab.hint.text() == "Алексеев Артём Игоревич не на этом уроке."
    assert Absence.select().count() == 0
