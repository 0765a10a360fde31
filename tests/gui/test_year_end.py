"""«Конец года» driven like a user: the status table, the director's reminder, the archive and its register."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ejournal_desktop.printing.journal import count_sheets
from ejournal_desktop.services import certification, printdata
from ejournal_desktop.services.access import standing
from ejournal_desktop.store.models import ArchiveCopy, PrintRecord, YearArchive
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.ui.session import Session
from ejournal_desktop.ui.year_end import CopyDialog, YearEndTab
from tests.factory import School
from tests.gui.conftest import SCREENSHOTS, Dialogs, today_is

pytestmark = pytest.mark.gui

D = dt.date
NEAR = D(2026, 6, 20)  # ten days before 30 June


def session(school: School, login: str, today: dt.date = NEAR) -> Session:
    actor = school.actors()[login]
    return Session(actor, standing(actor).roles, "журнал", today=today_is(today))


def open_tab(qtbot: QtBot, school: School, login: str, today: dt.date = NEAR) -> YearEndTab:
    tab = YearEndTab(session(school, login, today))
    qtbot.addWidget(tab)
    tab.resize(1250, 900)
    tab.show()
    return tab


def shot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    path = SCREENSHOTS / f"year_end_{name}.png"
    assert widget.grab().save(str(path))
    return path


def print_and_certify(s: School, *names: str) -> None:
    for name in names:
        cid = s.classes[name]
        PrintRecord.create(kind="journal", school_class=cid, year=s.year, printed_by=s.director.user_id,
                           pages=count_sheets(printdata.collect(cid, today=D(2026, 6, 5))))
        certification.certify(s.director, cid, s.year, count_sheets=count_sheets, today=D(2026, 6, 5))


def cells(tab: YearEndTab, column: int) -> dict[str, str]:
    model = tab.status_model
    return {model.index(r, 0).data(): model.index(r, column).data() for r in range(model.rowCount())}


def test_the_reminder_shows_in_the_window_before_the_deadline_and_goes_when_all_is_certified(
    qtbot: QtBot, gui_school: tuple[str, School]
) -> None:
    _, s = gui_school
    early = MainWindow(session(s, "director", D(2026, 6, 1)))
    qtbot.addWidget(early)
    assert early.findChild(QLabel, "yearEndReminder").isHidden()
    early.backups.enabled = False
    early.close()

    window = MainWindow(session(s, "director"))
    qtbot.addWidget(window)
    window.show()
    label = window.findChild(QLabel, "yearEndReminder")
    assert not label.isHidden()
    assert label.text() == "Не заверены журналы: 1А, 5А, 6А (срок — 30.06.2026)"
    assert "не напечатаны: 1А, 5А, 6А" in label.toolTip() and "осталось 10 дней" in label.toolTip()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_tab(), YearEndTab)
    shot(window, "window_reminder")

    print_and_certify(s, "1А", "5А")
    window.year_end_reminder.refresh()
    assert label.text() == "Не заверены журналы: 6А (срок — 30.06.2026)"
    print_and_certify(s, "6А")
    window.year_end_reminder.refresh()
    assert label.isHidden() and label.text() == ""
    window.backups.enabled = False

    teacher = MainWindow(session(s, "ivanova"))  # a homeroom teacher is not reminded, nor is the admin
    qtbot.addWidget(teacher)
    assert teacher.findChild(QLabel, "yearEndReminder").isHidden()
    assert "Конец года" in teacher.tab_titles()
    teacher.backups.enabled = False
    subject_teacher = MainWindow(session(s, "sidorova"))
    qtbot.addWidget(subject_teacher)
    assert "Конец года" not in subject_teacher.tab_titles()
    subject_teacher.backups.enabled = False


def test_status_table_and_the_archive_made_from_the_tab(
    qtbot: QtBot, gui_school: tuple[str, School], tmp_path: Path, dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch, on_modal
) -> None:
    _, s = gui_school
    print_and_certify(s, "5А", "6А")
    tab = open_tab(qtbot, s, "director")
    assert tab.year_combo.currentText() == "2025/2026"
    assert "30.06.2026 (осталось 10 дней)" in tab.deadline_label.text()
    assert tab.reminder_label.text() == "Не заверены журналы: 1А; не напечатаны: 1А."
    assert cells(tab, 4)["1А"] == "журнал не напечатан; журнал не заверен"
    assert cells(tab, 4)["5А"] == "всё сделано" and cells(tab, 3)["5А"] == "не сверялся"
    sheets = certification.status(s.classes["5А"], s.year).sheet_count
    assert cells(tab, 2)["5А"].endswith(f", Орлова Е. В., листов: {sheets}")
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert cells(tab, 3)["5А"].startswith("совпадает (") and cells(tab, 3)["1А"] == "—"

    # the archive: two folders, where each copy is kept; 1А is not certified — a reason is asked
    disk, usb = tmp_path / "disk", tmp_path / "usb"
    disk.mkdir()
    usb.mkdir()
    tab.folder_edits[0].setText(str(disk))
    tab.folder_edits[1].setText(str(usb))
    tab.medium_edits[0].setText("внешний диск")
    tab.medium_edits[1].setText("USB-накопитель")
    tab.location_edits[0].setText("кабинет директора, сейф")
    tab.location_edits[1].setText("архив, шкаф 2")
    qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)  # the reason is not given: nothing made
    assert tab.result_label.text() == "Архив не сделан: не все журналы заверены."
    assert list(disk.iterdir()) == [] and YearArchive.select().count() == 0

    asked: list[str] = []

    def reason(parent: QWidget, title: str, label: str, *args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append(label)
        return "1А: журнал заверяется после проверки", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(reason))
    qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    assert "• 1А — журнал не заверен" in asked[0]
    assert dialogs.last().title == "Архив сделан"
    assert "Архив записан и проверен" in tab.result_label.text() and "31.12.2051" in tab.result_label.text()
    assert len(list(disk.glob("ejournal-archive-*.zip"))) == len(list(usb.glob("ejournal-archive-*.zip"))) == 1
    assert tab.register_model.rowCount() == 2
    assert "Журналы хранить до 31.12.2031, сводные ведомости — до 31.12.2051" in tab.retention_label.text()
    assert tab.archive_notes.isHidden()
    shot(tab, "tab")

    # a damaged copy: «Проверить копию» says so, and the register shows it
    copy_file = next(disk.glob("*.zip"))
    copy_file.write_bytes(copy_file.read_bytes()[:-50])
    tab.register_table.selectRow(0)
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    assert dialogs.last().kind == "warning" and "ПОВРЕЖДЕНА" in dialogs.last().text
    assert tab.register_model.index(0, 5).data().startswith("НЕ прошла проверку")
    assert "не прошла проверку" in tab.archive_notes.text() and not tab.archive_notes.isHidden()

    # the good copy moved to another folder: the program asks where it is now
    moved = tmp_path / "moved.zip"
    next(usb.glob("*.zip")).rename(moved)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(moved), "")))
    tab.register_table.selectRow(1)
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    assert dialogs.last().title == "Копия проверена" and "Копия цела" in dialogs.last().text
    assert ArchiveCopy.get_by_id(tab.register_model.rows[1][1].id).path == str(moved)

    # one more copy, registered through the dialog; then where it is kept changes
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CopyDialog)
        dialog.medium.setText("DVD-R")
        dialog.location.setText("методический кабинет")
        dialog.accept()

    answer = on_modal(fill)
    qtbot.mouseClick(tab.add_copy_button, Qt.MouseButton.LeftButton)
    answer.check()
    assert tab.register_model.rowCount() == 3 and tab.register_model.index(2, 2).data() == "DVD-R"
    assert tab.register_model.index(2, 5).data() == "не проверялась"

    def move(dialog: QWidget) -> None:
        assert isinstance(dialog, CopyDialog) and dialog.location.text() == "методический кабинет"
        dialog.location.setText("кабинет 12, сейф")
        dialog.accept()

    tab.register_table.selectRow(2)
    answer = on_modal(move)
    qtbot.mouseClick(tab.edit_copy_button, Qt.MouseButton.LeftButton)
    answer.check()
    assert tab.register_model.index(2, 3).data() == "кабинет 12, сейф"
    shot(tab, "register")


def test_who_sees_which_parts(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    _, s = gui_school
    homeroom = open_tab(qtbot, s, "ivanova")
    assert list(cells(homeroom, 0)) == ["5А"]
    assert not hasattr(homeroom, "make_button") and not hasattr(homeroom, "deadline_day")
    assert homeroom.reminder_label.isHidden()
    deputy = open_tab(qtbot, s, "deputy")
    assert list(cells(deputy, 0)) == ["1А", "5А", "6А"] and not hasattr(deputy, "register_table")
    admin = open_tab(qtbot, s, "admin")
    assert hasattr(admin, "register_table") and admin.deadline_day.value() == 30
    assert admin.deadline_month.currentText() == "июня" and admin.reminder_days.value() == 14


def test_the_admin_changes_the_deadline_here(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    _, s = gui_school
    tab = open_tab(qtbot, s, "admin", today=D(2026, 5, 20))
    tab.deadline_month.setCurrentIndex(5)
    tab.deadline_day.setValue(15)
    tab.reminder_days.setValue(30)
    qtbot.mouseClick(tab.save_settings_button, Qt.MouseButton.LeftButton)
    assert "15.06.2026" in tab.deadline_label.text()
    shot(tab, "admin")
    director = open_tab(qtbot, s, "director", today=D(2026, 5, 20))
    assert director.reminder_label.text().startswith("Не заверены журналы: 1А, 5А, 6А")
    tab.deadline_month.setCurrentIndex(1)  # February: the 30th is not offered
    assert tab.deadline_day.maximum() == 28
