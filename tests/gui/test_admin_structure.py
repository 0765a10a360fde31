"""«Структура школы» driven like the administrator: a year with quarters and holidays, a class,
a subject, a load, a bell; refusals shown in Russian; the next year started."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ejournal_desktop.services import journal
from ejournal_desktop.services import structure_admin as sa
from ejournal_desktop.services.access import standing
from ejournal_desktop.store.models import Enrollment, Lesson, Mark, SchoolClass
from ejournal_desktop.ui.admin_structure import (
    AssignmentDialog,
    BellDialog,
    ClassDialog,
    FormDialog,
    HolidayDialog,
    NextYearDialog,
    PeriodDialog,
    StructurePanel,
    YearDialog,
    select_key,
)
from ejournal_desktop.ui.session import Session
from tests.factory import MON, School
from tests.gui.conftest import SCREENSHOTS, Dialogs, ModalAnswer, today_is
from tests.test_structure_admin import _graduating_school

pytestmark = pytest.mark.gui

D = dt.date
Arm = Callable[[Callable[[QWidget], None]], ModalAnswer]


OCTOBER = D(2025, 10, 1)


def open_panel(qtbot: QtBot, school: School, login: str = "admin", today: dt.date = OCTOBER) -> StructurePanel:
    actor = school.actors()[login]
    panel = StructurePanel(Session(actor, standing(actor).roles, "журнал", today=today_is(today)))
    qtbot.addWidget(panel)
    panel.resize(1100, 640)
    panel.show()
    return panel


def qd(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def dialog_with(arm: Arm, kind: type[FormDialog], fill: Callable[[FormDialog], None], *,
                stays_open: bool = False) -> ModalAnswer:
    """Answer the next form dialog: fill it, press «Сохранить» (and cancel if it must stay open)."""
    def handler(widget: QWidget) -> None:
        assert isinstance(widget, kind), widget
        fill(widget)
        widget.ok()
        if stays_open:
            assert widget.isVisible(), "a refused form stays open"
            widget.reject()
    return arm(handler)


def table_texts(panel: StructurePanel, name: str, col: int = 0) -> list[str]:
    table = getattr(panel, name)
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_a_new_year_with_quarters_holidays_and_an_overlap_refused(
    qtbot: QtBot, gui_school: tuple[str, School], on_modal: Arm, dialogs: Dialogs
) -> None:
    _, school = gui_school
    panel = open_panel(qtbot, school)
    assert panel.year_combo.currentText() == "2025/2026"

    def year(d: FormDialog) -> None:
        assert isinstance(d, YearDialog)
        d.name_edit.setText("2026/2027")
        d.start_edit.setDate(qd(D(2026, 9, 1)))
        d.end_edit.setDate(qd(D(2027, 5, 31)))
    answer = dialog_with(on_modal, YearDialog, year)
    panel.add_year()
    answer.check()
    assert panel.year_combo.currentText() == "2026/2027"

    quarters = [(D(2026, 9, 1), D(2026, 10, 25)), (D(2026, 11, 3), D(2026, 12, 27)),
                (D(2027, 1, 11), D(2027, 3, 21)), (D(2027, 3, 30), D(2027, 5, 31))]
    for start, end in quarters:
        def period(d: FormDialog, start: dt.date = start, end: dt.date = end) -> None:
            assert isinstance(d, PeriodDialog)
            d.start_edit.setDate(qd(start))
            d.end_edit.setDate(qd(end))
        answer = dialog_with(on_modal, PeriodDialog, period)
        panel.add_period()
        answer.check()
    assert table_texts(panel, "periods_table", 1) == ["1 четверть", "2 четверть", "3 четверть", "4 четверть"]

    for name, start, end in (("Осенние каникулы", D(2026, 10, 26), D(2026, 11, 2)),
                             ("Зимние каникулы", D(2026, 12, 28), D(2027, 1, 10))):
        def holiday(d: FormDialog, name: str = name, start: dt.date = start, end: dt.date = end) -> None:
            assert isinstance(d, HolidayDialog)
            d.name_edit.setText(name)
            d.start_edit.setDate(qd(start))
            d.end_edit.setDate(qd(end))
        answer = dialog_with(on_modal, HolidayDialog, holiday)
        panel.add_holiday()
        answer.check()
    assert table_texts(panel, "holidays_table") == ["Осенние каникулы", "Зимние каникулы"]

    # a fifth period over the fourth is refused with a Russian message; the form stays open
    def overlapping(d: FormDialog) -> None:
        assert isinstance(d, PeriodDialog)
        d.name_edit.setText("Лишний период")
        d.start_edit.setDate(qd(D(2027, 5, 1)))
        d.end_edit.setDate(qd(D(2027, 5, 20)))
    answer = dialog_with(on_modal, PeriodDialog, overlapping, stays_open=True)
    panel.add_period()
    answer.check()
    assert dialogs.last().title == "Неверные данные"
    assert "«4 четверть» (30.03.2027–31.05.2027) и «Лишний период» (01.05.2027–20.05.2027) пересекаются." \
        == dialogs.last().text
    assert panel.periods_table.rowCount() == 4


def test_a_class_a_subject_a_load_and_a_bell(
    qtbot: QtBot, gui_school: tuple[str, School], on_modal: Arm, dialogs: Dialogs
) -> None:
    _, school = gui_school
    panel = open_panel(qtbot, school)

    def cls(d: FormDialog) -> None:
        assert isinstance(d, ClassDialog)
        d.level_spin.setValue(7)
        d.letter_edit.setText("Б")
        d.homeroom_combo.setCurrentIndex(d.homeroom_combo.findText("Сидорова А.И."))
    answer = dialog_with(on_modal, ClassDialog, cls)
    panel.tabs.setCurrentIndex(1)
    panel.add_class()
    answer.check()
    row = table_texts(panel, "classes_table").index("7Б")
    assert panel.classes_table.item(row, 1).text() == "Сидорова А.И."

    from ejournal_desktop.ui.admin_structure import SubjectDialog

    def subject(d: FormDialog) -> None:
        assert isinstance(d, SubjectDialog)
        d.name_edit.setText("История")
        d.short_edit.setText("Ист.")
    answer = dialog_with(on_modal, SubjectDialog, subject)
    panel.add_subject()
    answer.check()
    assert "История" in table_texts(panel, "subjects_table")

    panel.tabs.setCurrentIndex(3)
    panel.load_class_combo.setCurrentIndex(panel.load_class_combo.findText("7Б"))

    def load(d: FormDialog) -> None:
        assert isinstance(d, AssignmentDialog)
        assert d.class_combo.currentText() == "7Б"
        d.subject_combo.setCurrentIndex(d.subject_combo.findText("История"))
        d.teacher_combo.setCurrentIndex(d.teacher_combo.findText("Петров С.Н."))
        d.hours_spin.setValue(2)
    answer = dialog_with(on_modal, AssignmentDialog, load)
    panel.add_assignment()
    answer.check()
    assert [panel.load_table.item(0, c).text() for c in range(5)] == [
        "7Б", "История", "весь класс", "Петров С.Н.", "2"]
    assert panel.load_total.text() == "Итого: 2 ч в неделю, нагрузок: 1"

    panel.tabs.setCurrentIndex(4)

    def bell(d: FormDialog) -> None:
        assert isinstance(d, BellDialog)
        assert d.number_spin.value() == 5
        d.start_edit.setTime(QTime(12, 20))
        d.end_edit.setTime(QTime(13, 5))
    answer = dialog_with(on_modal, BellDialog, bell)
    panel.add_bell()
    answer.check()
    assert table_texts(panel, "bells_table", 1)[-1] == "12:20"
    assert panel.bells_table.item(3, 3).text() == "10 мин"

    # a subject in the load is not deleted: the message says what to do
    panel.tabs.setCurrentIndex(2)
    assert select_key(panel.subjects_table, next(s.id for s in panel.subjects if s.name == "История"))
    panel.delete_subject()
    assert "сначала удалите нагрузку" in dialogs.last().text


def test_a_class_with_lessons_is_not_deleted(
    qtbot: QtBot, gui_school: tuple[str, School], dialogs: Dialogs
) -> None:
    _, school = gui_school
    journal.set_cell(school.ivanova, school.a["math5"], MON, 1, school.students["5А"][0], "5", today=D(2025, 10, 1))
    panel = open_panel(qtbot, school)
    panel.tabs.setCurrentIndex(1)
    assert select_key(panel.classes_table, school.classes["5А"])
    panel.delete_class()
    assert dialogs.shown[-2].kind == "question"
    assert dialogs.last().text == "В классе 5А уже проведены уроки (1): удалить его нельзя."
    assert SchoolClass.select().where(SchoolClass.id == school.classes["5А"]).exists()


def test_start_next_year_promotes_5a_and_leaves_the_old_year(
    qtbot: QtBot, gui_school: tuple[str, School], on_modal: Arm, dialogs: Dialogs
) -> None:
    _, school = gui_school
    for day, pupil, value in ((MON, 0, "5"), (MON, 1, "4"), (D(2025, 9, 10), 2, "н")):
        number = 1 if day == MON else 2
        journal.set_cell(school.ivanova, school.a["math5"], day, number, school.students["5А"][pupil], value,
                         today=D(2025, 10, 1))
    before = (Lesson.select().count(), Mark.select().count())
    panel = open_panel(qtbot, school, today=D(2026, 6, 20))

    def start(d: FormDialog) -> None:
        assert isinstance(d, NextYearDialog)
        assert d.name_edit.text() == "2026/2027"
        assert d.start_edit.date() == qd(D(2026, 9, 1))
        d.order_edit.setText("№ 45")
    answer = dialog_with(on_modal, NextYearDialog, start)
    panel.next_year()
    answer.check()
    assert dialogs.last().title == "Новый учебный год открыт"
    assert "5А → 6А" in dialogs.last().text
    assert panel.year_combo.currentText() == "2026/2027"
    panel.tabs.setCurrentIndex(1)
    assert table_texts(panel, "classes_table") == ["2А", "6А", "7А"]
    six = table_texts(panel, "classes_table").index("6А")
    assert panel.classes_table.item(six, 3).text() == "6"
    assert panel.classes_table.item(six, 1).text() == "Иванова М.П."
    assert (Lesson.select().count(), Mark.select().count()) == before
    old = [c.name for c in sa.list_classes(school.admin, school.year)]
    assert old == ["1А", "5А", "6А"]
    assert table_texts(panel, "periods_table", 1) == ["1 четверть", "2 четверть", "3 четверть", "4 четверть"]


def test_next_year_graduates_the_9th_and_11th_with_the_order_and_keeps_a_repeater(
    qtbot: QtBot, gui_school: tuple[str, School], on_modal: Arm, dialogs: Dialogs
) -> None:
    _, school = gui_school
    cls9, cls11, nine, eleven = _graduating_school(school)  # 9А of three, 11А of two
    panel = open_panel(qtbot, school, today=D(2026, 6, 20))

    def without_order(d: FormDialog) -> None:
        assert isinstance(d, NextYearDialog)
        assert d.pupils_table.rowCount() == 5
        assert d.pupils_table.item(0, 0).text() == "9А" and d.pupils_table.item(4, 0).text() == "11А"
        d.set_decision(nine[0], NextYearDialog.GRADUATE)
        d.set_decision(eleven[1], NextYearDialog.REPEAT)
        assert d.count_label.text().startswith("Выпускается учащихся: 2")
    answer = dialog_with(on_modal, NextYearDialog, without_order, stays_open=True)
    panel.next_year()
    answer.check()
    assert "Укажите номер приказа о выпуске" in dialogs.last().text
    assert [y.name for y in sa.list_years(school.admin)] == ["2025/2026"]

    def with_order(d: FormDialog) -> None:
        assert isinstance(d, NextYearDialog)
        d.set_decision(nine[0], NextYearDialog.GRADUATE)
        d.set_decision(eleven[1], NextYearDialog.REPEAT)
        d.grad_number_edit.setText("112-у")
        d.grad_date_edit.setDate(qd(D(2026, 5, 29)))
    answer = dialog_with(on_modal, NextYearDialog, with_order)
    panel.next_year()
    answer.check()
    assert dialogs.last().title == "Новый учебный год открыт"
    assert "выпускников: 2" in dialogs.last().text
    rows = {int(e.student_id): e for e in Enrollment.select().where(Enrollment.school_class.in_([cls9, cls11]))}
    assert (rows[nine[0]].date_to, rows[nine[0]].reason_out, rows[nine[0]].order_out) == (
        D(2026, 5, 31), "Окончание основного общего образования", "№ 112-у от 29.05.2026")
    assert rows[eleven[0]].reason_out == "Окончание среднего общего образования"
    assert rows[eleven[1]].date_to is None and rows[nine[1]].date_to is None
    new = {c.name: c.students for c in sa.list_classes(school.admin, panel.year().id)}
    assert new["10А"] == 2 and new["11А"] == 1


def test_class_shift_is_edited_and_shown(
    qtbot: QtBot, gui_school: tuple[str, School], on_modal: Arm
) -> None:
    _, school = gui_school
    panel = open_panel(qtbot, school)
    panel.tabs.setCurrentIndex(1)
    assert select_key(panel.classes_table, school.classes["6А"])
    row = table_texts(panel, "classes_table").index("6А")
    assert panel.classes_table.item(row, 2).text() == "1"

    def second(d: FormDialog) -> None:
        assert isinstance(d, ClassDialog)
        assert d.shift_combo.currentData() == 1
        d.shift_combo.setCurrentIndex(d.shift_combo.findData(2))
    answer = dialog_with(on_modal, ClassDialog, second)
    panel.edit_class()
    answer.check()
    assert SchoolClass.get_by_id(school.classes["6А"]).shift == 2
    row = table_texts(panel, "classes_table").index("6А")
    assert panel.classes_table.item(row, 2).text() == "2"


def test_the_director_only_looks(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    _, school = gui_school
    panel = open_panel(qtbot, school, "director")
    assert panel.classes_table.rowCount() == 3
    assert not panel.addClassButton.isEnabled() and not panel.nextYearButton.isEnabled()
    assert panel.refresh_button.isEnabled()


def test_screenshots(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    _, school = gui_school
    panel = open_panel(qtbot, school)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    names = ["years", "classes", "subjects", "load", "bells"]
    for index, name in enumerate(names):
        panel.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        path: Path = SCREENSHOTS / f"admin_structure_{name}.png"
        assert panel.grab().save(str(path))
    panel.tabs.setCurrentIndex(3)
    dialog = AssignmentDialog(panel, panel.session, panel.classes, panel.subjects, panel.teachers(),
                              panel.load[0])
    dialog.show()
    QApplication.processEvents()
    assert dialog.grab().save(str(SCREENSHOTS / "admin_structure_load_dialog.png"))
    year = panel.year()
    assert year is not None
    next_dialog = NextYearDialog(panel, panel.session, year, [])
    next_dialog.show()
    QApplication.processEvents()
    assert next_dialog.grab().save(str(SCREENSHOTS / "admin_structure_next_year.png"))
