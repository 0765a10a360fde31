"""«Мой класс»: the homeroom teacher confirms the week, the deputy sees it read-only, the contact log
takes a record through its dialog, «Выгрузить SMS…» writes the file and logs the contacts."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from ejournal_desktop.services import journal, students, weekly_check
from ejournal_desktop.services.access import standing
from ejournal_desktop.store.models import ParentContact, WeeklyCheck
from ejournal_desktop.ui.contacts_ui import AddContactDialog
from ejournal_desktop.ui.homeroom_tab import HomeroomTab, SmsDialog
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.ui.qdates import to_qdate
from ejournal_desktop.ui.session import Session
from tests.factory import MON, TUE, WED, School
from tests.gui.conftest import Dialogs, ModalAnswer, today_is

pytestmark = pytest.mark.gui
TODAY = dt.date(2025, 9, 15)


def session_for(school: School, login: str, db: str) -> Session:
    actor = school.actors()[login]
    return Session(actor=actor, roles=standing(actor).roles, database=db, today=today_is(TODAY))


def fill(school: School) -> None:
    c5 = school.students["5А"]
    journal.set_cell(school.ivanova, school.a["math5"], MON, 1, c5[0], "5", today=MON)
    journal.set_cell(school.ivanova, school.a["math5"], MON, 1, c5[1], "н", today=MON)
    journal.set_lesson_details(school.ivanova, school.a["math5"], MON, 1, expected_version=None,
                               topic="Натуральные числа", homework="№ 1", today=MON)
    journal.set_lesson_details(school.ivanova, school.a["math5"], WED, 2, expected_version=None,
                               topic="Сложение", today=WED)
    journal.set_cell(school.petrov, school.a["rus5"], TUE, 1, c5[0], "4", today=TUE)
    students.add_parent(school.admin, c5[0], "Алексеева", "Ирина", "Павловна", relation="мать",
                        phone="+7 900 111-22-33")


def cells(tab: HomeroomTab) -> list[list[str]]:
    t = tab.summary_table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_homeroom_teacher_confirms_the_week(qtbot: QtBot, gui_school: tuple[str, School], dialogs: Dialogs,
                                            tmp_path: Path) -> None:
    db, school = gui_school
    fill(school)
    window = MainWindow(session_for(school, "ivanova", db))
    qtbot.addWidget(window)
    tab = window.findChild(HomeroomTab)
    assert tab is not None
    assert [tab.class_combo.itemText(i) for i in range(tab.class_combo.count())] == ["5А"]
    tab.week.setDate(to_qdate(MON))
    # Математика: Mon #1, Wed #2, Fri #3 due; Mon and Wed recorded, Fri unfilled; Wed has neither mark nor absence
    # Русский: Tue and Thu due; Tue recorded (a mark), Thu unfilled
    assert cells(tab) == [
        ["Математика", "Иванова М.П.", "3", "2", "1", "0", "1", "1", "1 (0 / 0)",
         "5: Белова Д., Васильев И., Григорьева А. …", "0"],
        ["Русский язык", "Петров С.Н.", "2", "1", "1", "1", "1", "0", "0",
         "5: Белова Д., Васильев И., Григорьева А. …", "0"],
    ]
    # the whole list of who has no marks is in the cell's tooltip
    assert tab.summary_table.item(0, 9).toolTip().split("\n") == [
        "Белова Дарья", "Васильев Иван", "Григорьева Анна", "Дмитриев Егор", "Ёлкина Мария"]
    assert "не подтверждена" in tab.status.text()
    assert tab.confirm_button.isVisibleTo(tab) and tab.confirm_button.isEnabled()
    window.resize(1400, 700)
    tab.note.setText("Напомнила о темах")
    tab.confirm_button.click()
    assert not dialogs.shown, dialogs.texts()
    check = WeeklyCheck.get()
    assert (check.version, check.note, check.confirmed_by_id) == (1, "Напомнила о темах", school.ivanova.user_id)
    assert "Проверка подтверждена" in tab.status.text() and "Иванова М.П." in tab.status.text()
    assert tab.confirm_button.text() == "Подтвердить заново"
    assert tab.checks_table.rowCount() == 1
    assert tab.checks_table.item(0, 0).text() == "08.09.2025 – 14.09.2025"
    assert tab.checks_table.item(0, 3).text() == "2"  # unfilled: Fri maths, Thu Russian
    window.show()
    main_tabs = window.findChild(QTabWidget)
    main_tabs.setCurrentIndex([main_tabs.tabText(i) for i in range(main_tabs.count())].index("Мой класс"))
    tab.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    window.grab().save("/tmp/homeroom_week.png")

    # someone else confirmed it meanwhile (another computer): the stale confirmation is refused
    weekly_check.confirm(school.ivanova, school.classes["5А"], MON, "с другого компьютера", 1, today=TODAY)
    tab.confirm_button.click()
    assert dialogs.shown and "уже" in dialogs.last().text
    assert WeeklyCheck.get().version == 2
    # the tab re-read the week: now it confirms version 2
    tab.confirm_button.click()
    assert WeeklyCheck.get().version == 3


def test_deputy_sees_every_class_read_only(qtbot: QtBot, gui_school: tuple[str, School],
                                           dialogs: Dialogs) -> None:
    db, school = gui_school
    fill(school)
    weekly_check.confirm(school.ivanova, school.classes["5А"], MON, "всё в порядке", today=TODAY)
    tab = HomeroomTab(session_for(school, "deputy", db))
    qtbot.addWidget(tab)
    tab.show()
    assert sorted(tab.class_combo.itemText(i) for i in range(tab.class_combo.count())) == ["1А", "5А", "6А"]
    tab.class_combo.setCurrentIndex(tab.class_combo.findText("5А"))
    tab.week.setDate(to_qdate(WED))  # any day: the week from Monday
    assert tab.week_start() == MON and tab.week.date() == to_qdate(MON)
    assert not tab.confirm_button.isVisibleTo(tab)
    assert "Проверка подтверждена" in tab.status.text() and "всё в порядке" in tab.status.text()
    assert tab.checks_table.rowCount() == 1 and tab.checks_table.item(0, 2).text() == "Иванова М.П."
    tab.class_combo.setCurrentIndex(tab.class_combo.findText("6А"))
    assert tab.checks_table.rowCount() == 0 and "не подтверждена" in tab.status.text()
    # the week cannot go past today («today» is Monday 15 Sep) nor before the year: no refusals to click through
    tab.next_week.click()
    tab.next_week.click()
    assert tab.week_start() == TODAY and "Неделя ещё идёт: показано по 15.09.2025" in tab.status.text()
    # …and the arrow that would do nothing is greyed, not a button that silently ignores the click
    assert not tab.next_week.isEnabled() and tab.prev_week.isEnabled()
    for _ in range(4):
        tab.prev_week.click()
    assert tab.week_start() == dt.date(2025, 9, 1)
    assert not tab.prev_week.isEnabled() and tab.next_week.isEnabled()
    assert not dialogs.shown, dialogs.texts()


def test_names_without_marks_stay_readable_in_a_small_window(qtbot: QtBot, gui_school: tuple[str, School]
                                                             ) -> None:
    """At 1024×600 the stretched «Без отметок» column was squeezed to «1: …» by the fixed columns."""
    db, school = gui_school
    fill(school)
    window = MainWindow(session_for(school, "ivanova", db))
    qtbot.addWidget(window)
    tab = window.show_tab("homeroom")
    assert isinstance(tab, HomeroomTab)
    tab.week.setDate(to_qdate(MON))
    table = tab.summary_table
    column = 9
    text = table.item(0, column).text()
    assert text.startswith("5: Белова Д., Васильев И.")
    for size in ((1024, 600), (1600, 800)):
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        assert table.fontMetrics().horizontalAdvance(text) < table.columnWidth(column), size
        header = table.horizontalHeader()
        used = sum(header.sectionSize(c) for c in range(table.columnCount()))
        assert used >= table.viewport().width(), size  # a wide window: the column still takes the room left


def test_contact_log_and_sms(qtbot: QtBot, gui_school: tuple[str, School], dialogs: Dialogs,
                             on_modal: Callable[[Callable[[QWidget], None]], ModalAnswer],
                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, school = gui_school
    fill(school)
    tab = HomeroomTab(session_for(school, "ivanova", db))
    qtbot.addWidget(tab)
    tab.resize(1300, 600)
    tab.show()
    log = tab.contacts
    tab.tabs.setCurrentWidget(log)
    log.date_from.setDate(to_qdate(dt.date(2025, 9, 1)))
    assert log.table.rowCount() == 0 and log.count.text() == "Записей: 0; семей: 0"

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, AddContactDialog)
        dialog.student.setCurrentIndex(dialog.student.findData(school.students["5А"][0]))
        assert [dialog.parent_combo.itemText(i) for i in range(dialog.parent_combo.count())] == [
            "Алексеева Ирина Павловна (мать), +7 900 111-22-33", "семья (без указания родителя)"]
        dialog.kind.setCurrentIndex(dialog.kind.findData("call"))
        dialog.on.setDate(to_qdate(dt.date(2025, 9, 12)))
        dialog.subject.setText("Успеваемость")
        dialog.note.setPlainText("Договорились о консультации в четверг")
        dialog.save_button.click()

    modal = on_modal(add)
    log.add_button.click()
    modal.check()
    assert not dialogs.shown, dialogs.texts()
    assert log.table.rowCount() == 1
    assert [log.table.item(0, c).text() for c in range(6)] == [
        "12.09.2025", "Алексеев Артём Игоревич", "Алексеева Ирина Павловна (мать)", "телефонный разговор",
        "Успеваемость: Договорились о консультации в четверг", "Иванова М.П."]
    tab.grab().save("/tmp/homeroom_contacts.png")

    # an empty note is refused with a message and nothing is written
    def empty(dialog: QWidget) -> None:
        assert isinstance(dialog, AddContactDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("meeting"))
        dialog.save_button.click()
        assert dialogs.shown
        dialog.reject()

    modal = on_modal(empty)
    log.add_button.click()
    modal.check()
    assert ParentContact.select().count() == 1

    target = tmp_path / "sms.csv"
    monkeypatch.setattr(SmsDialog, "choose_file", lambda self, suggested: target)
    shown_before = len(dialogs.shown)

    def export(dialog: QWidget) -> None:
        assert isinstance(dialog, SmsDialog)
        dialog.date_from.setDate(to_qdate(MON))
        dialog.date_to.setDate(to_qdate(dt.date(2025, 9, 14)))
        dialog.preview_button.click()
        assert dialog.preview.text().startswith("Алексеев А.: мат 5, рус 4")
        dialog.grab().save("/tmp/homeroom_sms.png")
        dialog.export_button.click()

    modal = on_modal(export)
    tab.sms_button.click()
    modal.check()
    assert "Записано сообщений: 1" in dialogs.shown[shown_before].text
    with open(target, encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f, delimiter=";"))[1] == [
            "+7 900 111-22-33", "Алексеев Артём Игоревич", "Алексеев А.: мат 5, рус 4", "1/1"]
    log.date_to.setDate(to_qdate(TODAY))
    assert log.table.rowCount() == 2 and log.table.item(0, 3).text() == "SMS"
