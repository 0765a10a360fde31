"""The program's shell: the error dialog, the log, English, «О программе», help, settings, the idle lock;
screenshots of each (looked at by eye: no Russian left in the English UI, nothing clipped)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QMenu,
    QMessageBox,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from ejournal_desktop import __version__, logs, translations
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import standing
from ejournal_desktop.services.permissions import Role
from ejournal_desktop.store.models import AuditEntry
from ejournal_desktop.ui import errors
from ejournal_desktop.ui.about import about_html
from ejournal_desktop.ui.app import apply_language
from ejournal_desktop.ui.help import GUIDE_ORDER, HelpWindow
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.ui.session import Session
from ejournal_desktop.ui.settings_dialog import SettingsDialog
from tests.factory import MON, PASSWORD, School
from tests.gui.conftest import SCREENSHOTS, Dialogs, populate, today_is, type_text

pytestmark = pytest.mark.gui

CYRILLIC = re.compile("[А-Яа-яЁё]")


def session_for(school: School, login: str, db: str, today: dt.date = MON) -> Session:
    actor = school.actors()[login]
    return Session(actor=actor, roles=standing(actor).roles, database=db, today=today_is(today))


def shoot(widget: object, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / name))  # type: ignore[attr-defined]


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The language switched to English in the settings and taken up (as at the next start)."""
    translations.set_language("en")
    assert apply_language(qapp) == "en"
    try:
        yield
    finally:
        translations.set_language("ru")
        apply_language(qapp, "ru")


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = logs.setup(debug=True, folder=tmp_path / "logs")
    yield path
    logs.shutdown()


# --- errors and the log ---------------------------------------------------------------------------


def test_excepthook_logs_and_shows_the_error_with_copyable_details(
    qtbot: QtBot, qapp: QApplication, dialogs: Dialogs, log_file: Path
) -> None:
    def fail() -> None:
        raise RuntimeError("deliberate failure for the test, password=hunter2")

    try:
        fail()
    except RuntimeError as exc:
        errors.handle_exception(type(exc), exc, exc.__traceback__)
    shown = dialogs.last()
    assert shown.title == "Непредвиденная ошибка"
    assert "непредвиденная ошибка" in shown.text
    assert str(log_file) in shown.detail
    text = log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "in fail" in text
    assert "hunter2" not in text

    try:
        fail()
    except RuntimeError as exc:
        details = errors.details_text(type(exc), exc, exc.__traceback__)
    dialog = errors.ErrorDialog(details, str(log_file))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.copy_button.text() == "Копировать подробности"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == details
    assert "RuntimeError" in details and __version__ in details
    assert dialog.isVisible(), "copying must not close the box"
    shoot(dialog, "error_dialog.png")


def test_the_log_holds_no_password_mark_or_name(
    gui_school: tuple[str, School], log_file: Path
) -> None:
    from ejournal_desktop.services import auth

    _, school = gui_school
    populate(school)  # marks of real-looking pupils
    with pytest.raises(Exception):  # noqa: B017 - any refusal
        auth.login("ivanova", "wrong-password-xyz")
    auth.login("ivanova", PASSWORD)
    log = logging.getLogger("ejournal_desktop.test")
    log.info("login password=%s for %s", PASSWORD, "Иванова Мария Петровна")
    log.info("set_cell value='5' mark=4 student Петров Иван")
    log.warning("dsn postgresql://teacher:s3cret@db.school.ru/journal")
    try:
        raise ValueError("Отметка «5» для Сидоров Сергей не сохранена")
    except ValueError:
        log.exception("failed")
    text = log_file.read_text(encoding="utf-8")
    assert "login password=***" in text
    for secret in (PASSWORD, "wrong-password-xyz", "s3cret", "Иванова", "Петров", "Сидоров", "Мария",
                   "value='5'", "mark=4", "«5»"):
        assert secret not in text, secret
    assert "ValueError" in text  # the traceback itself is kept


# --- English ----------------------------------------------------------------------------------------


def test_english_main_window_after_the_language_is_switched(
    qtbot: QtBot, gui_school: tuple[str, School], english: None
) -> None:
    db, school = gui_school
    populate(school)
    admin = MainWindow(session_for(school, "admin", db))
    qtbot.addWidget(admin)
    assert admin.tab_titles() == [
        "Journal", "Attendance", "Timetable", "Pupils", "My class", "Administration", "Audit", "Reports", "Print",
        "End of year"]
    admin.close()
    # the menus, buttons and tabs of a homeroom teacher's window (every tab and the administration's
    # panels are read to the last cell in tests/gui/test_english_ui.py)
    window = MainWindow(session_for(school, "ivanova", db))
    qtbot.addWidget(window)
    window.resize(1200, 600)
    window.show()
    menus = [m.title() for m in window.menuBar().findChildren(QMenu) if m.title()]
    assert menus == ["&File", "&View", "&Help"]
    texts = [a.text() for a in window.findChildren(QAction) if a.text()]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    texts += [g.title() for g in window.findChildren(QGroupBox) if g.isVisible()]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    russian = sorted({t for t in texts if CYRILLIC.search(t)})
    assert not russian, russian
    assert window.findChild(QAction, "helpAction").shortcut().toString() == "F1"
    assert window.windowTitle().startswith("EJ Desktop — ")
    shoot(window, "en_main.png")
    window.show_tab("journal")
    shoot(window, "en_journal.png")
    window.show_tab("attendance")
    shoot(window, "en_attendance.png")


def test_switching_the_language_in_the_settings_takes_effect_at_the_next_window(
    qtbot: QtBot, qapp: QApplication, gui_school: tuple[str, School]
) -> None:
    db, school = gui_school
    dialog = SettingsDialog(session_for(school, "petrov", db))
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    try:
        assert translations.current_language() == "en"
        apply_language(qapp)  # what run_gui does at the next start / user switch
        window = MainWindow(session_for(school, "petrov", db))
        qtbot.addWidget(window)
        assert window.tab_titles()[:3] == ["Journal", "Attendance", "Timetable"]
    finally:
        translations.set_language("ru")
        apply_language(qapp, "ru")
    again = MainWindow(session_for(school, "petrov", db))
    qtbot.addWidget(again)
    assert again.tab_titles()[:3] == ["Журнал", "Посещаемость", "Расписание"]


# --- «О программе», help ---------------------------------------------------------------------------


def test_about_in_english(qtbot: QtBot, english: None) -> None:
    text = about_html("/tmp/journal.sqlite3", "admin")
    assert "Version: " + __version__ in text
    plain = re.sub("<[^>]+>", " ", text)
    assert not CYRILLIC.search(plain), plain
    box = QMessageBox(QMessageBox.Icon.Information, "About", text)
    qtbot.addWidget(box)
    box.show()
    shoot(box, "en_about.png")


def test_help_opens_the_guide_of_each_role(
    qtbot: QtBot, gui_school: tuple[str, School]
) -> None:
    db, school = gui_school
    window = HelpWindow(frozenset(Role))
    qtbot.addWidget(window)
    window.show()
    assert window.role_box.count() == len(GUIDE_ORDER)
    titles = set()
    for role in GUIDE_ORDER:
        window.show_role(role)
        text = window.browser.toPlainText()
        assert len(text) > 300, role
        titles.add(text.splitlines()[0])
    assert len(titles) == len(GUIDE_ORDER)  # five different guides
    window.show_role(Role.TEACHER)
    shoot(window, "help.png")

    teacher = MainWindow(session_for(school, "sidorova", db))
    qtbot.addWidget(teacher)
    teacher.findChild(QAction, "helpAction").trigger()
    assert teacher.help_window is not None and teacher.help_window.isVisible()
    assert teacher.help_window.role_box.count() == 1  # type: ignore[attr-defined]
    homeroom = MainWindow(session_for(school, "ivanova", db))
    qtbot.addWidget(homeroom)
    homeroom.open_help()
    assert homeroom.help_window.role_box.count() == 2  # type: ignore[union-attr]


def test_help_in_english(qtbot: QtBot, english: None) -> None:
    window = HelpWindow(frozenset({Role.TEACHER}), "en")
    qtbot.addWidget(window)
    window.show()
    assert window.browser.toPlainText().startswith("Teacher: quick guide")
    assert window.windowTitle() == "Help — EJ Desktop"
    shoot(window, "en_help.png")


# --- settings -------------------------------------------------------------------------------------------


def test_admin_saves_school_settings(
    qtbot: QtBot, gui_school: tuple[str, School], dialogs: Dialogs
) -> None:
    db, school = gui_school
    dialog = SettingsDialog(session_for(school, "admin", db))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.school_name.isEnabled()
    dialog.school_name.clear()
    type_text(dialog.school_name, "МБОУ СОШ № 7")
    dialog.idle_lock.setValue(5)
    dialog.edit_window.setValue(14)
    dialog.rounding.setValue(0.6)
    dialog.folders.addItem(str(Path.home() / "backups"))
    shoot(dialog, "settings.png")
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted, dialogs.texts()
    assert school_settings.get("school_name") == "МБОУ СОШ № 7"
    assert school_settings.get("idle_lock_minutes") == 5
    assert school_settings.get("edit_window_days") == 14
    assert school_settings.get("rounding_rule")["thresholds"][0] == [5, "4.6"]
    assert AuditEntry.select().where(AuditEntry.action == "setting.change").count() == 4
    from ejournal_desktop.ui.settings_dialog import backup_folders

    assert backup_folders() == [str(Path.home() / "backups")]


def test_a_teacher_sees_school_settings_read_only_and_is_refused(
    qtbot: QtBot, gui_school: tuple[str, School], dialogs: Dialogs
) -> None:
    db, school = gui_school
    dialog = SettingsDialog(session_for(school, "petrov", db))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.school_name.isEnabled() and not dialog.idle_lock.isEnabled()
    assert "администратор ЭЖ" in dialog.school_note.text()
    assert dialog.language.isEnabled()
    dialog.idle_lock.setValue(3)  # as if the widget were enabled: the service still refuses
    assert dialog.save_school() is False
    assert dialogs.last().title == "Нет прав"
    assert school_settings.get("idle_lock_minutes") == 10


def test_english_settings_dialog(qtbot: QtBot, gui_school: tuple[str, School], english: None) -> None:
    db, school = gui_school
    dialog = SettingsDialog(session_for(school, "admin", db))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Settings"
    shoot(dialog, "en_settings.png")
    dialog.tabs.setCurrentIndex(1)
    shoot(dialog, "en_settings_personal.png")


# --- the idle lock ---------------------------------------------------------------------------------------


def test_idle_lock_keeps_the_work_and_unlocks_with_the_password(
    qtbot: QtBot, gui_school: tuple[str, School], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, school = gui_school
    populate(school)
    monkeypatch.setattr(MainWindow, "MS_PER_MINUTE", 200)  # «1 minute» = 0.2 s
    from ejournal_desktop.services import structure

    structure.set_setting(school.admin, "idle_lock_minutes", 1)
    window = MainWindow(session_for(school, "ivanova", db))
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    journal = window.show_tab("journal")
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    dialog = window.lock_dialog
    assert dialog is not None and dialog.isVisible()
    assert not window.tabs.isVisible()  # nothing of the journal is on screen
    shoot(dialog, "idle_lock.png")
    type_text(dialog.password_edit, "wrong-one")
    dialog.unlock_button.click()
    assert window.locked and "Неверный" in dialog.message.text()
    type_text(dialog.password_edit, PASSWORD)
    dialog.unlock_button.click()
    assert not window.locked
    assert window.tabs.isVisible() and window.current_tab() is journal  # the same widgets, nothing closed
    assert not window.switch_user_requested
    qtbot.waitUntil(lambda: window.locked, timeout=5000)  # and it locks again later
    window.lock_dialog.switch_button.click()  # type: ignore[union-attr]
    assert window.switch_user_requested and not window.isVisible()


def test_english_idle_lock(qtbot: QtBot, gui_school: tuple[str, School], english: None) -> None:
    db, school = gui_school
    window = MainWindow(session_for(school, "ivanova", db))
    qtbot.addWidget(window)
    window.show()
    window.findChild(QAction, "lockAction").trigger()
    assert window.locked
    dialog = window.lock_dialog
    assert dialog is not None and dialog.windowTitle() == "The program is locked"
    shoot(dialog, "en_idle_lock.png")


def test_english_error_dialog(qtbot: QtBot, english: None, tmp_path: Path) -> None:
    dialog = errors.ErrorDialog("Traceback …", str(tmp_path / "ejournal.log"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.copy_button.text() == "Copy details"
    assert not CYRILLIC.search(dialog.text() + dialog.informativeText() + dialog.windowTitle())
    shoot(dialog, "en_error_dialog.png")
