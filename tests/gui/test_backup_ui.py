"""Backups in the desktop program: the copy on exit into two folders, the status bar's warning,
the administrator's restore (preview, replacement, logging in again)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from ejournal_desktop.services import backup as backups
from ejournal_desktop.services import structure
from ejournal_desktop.services.access import standing
from ejournal_desktop.store.models import Subject, db_proxy
from ejournal_desktop.ui.backup_ui import RestoreDialog
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.ui.session import Session
from ejournal_desktop.ui.settings_dialog import set_backup_folders
from tests.factory import MON, School
from tests.gui.conftest import SCREENSHOTS, Dialogs, ModalAnswer, today_is

pytestmark = pytest.mark.gui


def session_for(school: School, login: str, db: str) -> Session:
    actor = school.actors()[login]
    return Session(actor=actor, roles=standing(actor).roles, database=db, today=today_is(MON))


def autos(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{backups.AUTO_PREFIX}*{backups.SUFFIX}"))


def test_a_copy_is_made_on_exit_into_both_folders_and_a_missing_second_copy_is_warned_about(
    qtbot: QtBot, gui_school: tuple[str, School], tmp_path: Path
) -> None:
    db, school = gui_school
    first, second = tmp_path / "backups", tmp_path / "usb" / "ejournal"
    (tmp_path / "usb").mkdir()
    set_backup_folders([str(first), str(second)])
    window = MainWindow(session_for(school, "ivanova", db))
    qtbot.addWidget(window)
    window.close()  # before the start's copy had its turn: the copy on exit
    assert len(autos(first)) == 1 and len(autos(second)) == 1
    assert backups.verify_backup(autos(second)[0]).counts["user"] == 6
    window.backups.refresh_status()
    assert window.backups.label.isHidden() and window.backups.label.text() == ""

    # the USB stick is lost: the next start tells about it in red (the copy is fresh: none is made)
    shutil.rmtree(second)
    again = MainWindow(session_for(school, "ivanova", db))
    qtbot.addWidget(again)
    label: QLabel = again.findChild(QLabel, "backupWarning")
    qtbot.waitUntil(lambda: not label.isHidden())
    assert "второй копии" in label.text()
    assert "b00020" in label.styleSheet()
    assert not second.exists()  # the start made no copy: the last one is less than a day old
    again.backups.enabled = False


def test_the_start_makes_a_copy_when_the_last_one_is_older_than_a_day(
    qtbot: QtBot, gui_school: tuple[str, School], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, school = gui_school
    folder = tmp_path / "backups"
    set_backup_folders([str(folder)])
    window = MainWindow(session_for(school, "ivanova", db))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(autos(folder)) == 1)  # none at all: made at the start
    assert window.backups.due(dt.datetime.now() + dt.timedelta(days=2))
    assert not window.backups.due()
    assert "второй копии" in window.backups.label.text()  # one folder only
    later = dt.datetime.now() + dt.timedelta(days=2)
    window.backups.now = lambda: later
    window.backups.refresh_status()
    assert window.backups.label.text().startswith("Последняя резервная копия сделана ")
    assert len(window.backups.at_start()) == 1  # two days later the start copies again
    window.backups.enabled = False


def test_no_folders_no_copies_and_a_teacher_is_not_bothered(
    qtbot: QtBot, gui_school: tuple[str, School]
) -> None:
    db, school = gui_school
    teacher = MainWindow(session_for(school, "petrov", db))
    qtbot.addWidget(teacher)
    assert teacher.backups.warning_text() == "" and not teacher.backups.makes_copies()
    admin = MainWindow(session_for(school, "admin", db))
    qtbot.addWidget(admin)
    warning = admin.backups.warning_text()
    assert "Резервных копий журнала нет" in warning
    # the administrator is told where to set the folders, not to ask the administrator
    assert "администратора" not in warning and "Настройки" in warning


def test_the_admin_restores_a_backup_after_a_preview_and_logs_in_again(
    qtbot: QtBot, gui_school: tuple[str, School], tmp_path: Path, dialogs: Dialogs,
    on_modal: Callable[[Callable[[QWidget], None]], ModalAnswer], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, school = gui_school
    folder = tmp_path / "backups"
    folder.mkdir()
    set_backup_folders([str(folder)])
    file = tmp_path / "copy.ejbackup"
    backups.backup(school.admin, db_proxy.obj, file)
    subjects = Subject.select().count()
    structure.create_subject(school.admin, "Информатика")  # made after the copy: goes away
    assert Subject.select().count() == subjects + 1
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(file), "")))

    window = MainWindow(session_for(school, "admin", db))
    qtbot.addWidget(window)
    window.backups.start_timer.stop()
    action = window.findChild(QAction, "restoreAction")
    assert action is not None and action.text() == "Восстановить из резервной копии…"
    seen: dict[str, str] = {}

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        seen["preview"] = dialog.findChild(QPlainTextEdit, "restorePreview").toPlainText()
        seen["warning"] = dialog.findChild(QLabel, "restoreWarning").text()
        SCREENSHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SCREENSHOTS / "restore_preview.png"))
        dialog.restore_button.click()

    modal = on_modal(answer)
    action.trigger()
    modal.check()
    assert "Школа: МБОУ «Тестовая школа»" in seen["preview"]
    assert "Сотрудников: 6" in seen["preview"] and "Учащихся: 12" in seen["preview"]
    assert "будет заменено" in seen["warning"]
    assert Subject.select().count() == subjects  # the counts are the copy's again
    assert dialogs.last().title == "Журнал восстановлен"
    assert "Войдите в программу заново" in dialogs.last().text
    assert window.switch_user_requested and not window.isVisible()
    safety = sorted(folder.glob(f"{backups.SAFETY_PREFIX}*{backups.SUFFIX}"))
    assert len(safety) == 1 and backups.read_manifest(safety[0]).counts["subject"] == subjects + 1
    assert autos(folder) == []  # no automatic copy of the journal just restored


def test_cancelling_the_preview_changes_nothing(
    qtbot: QtBot, gui_school: tuple[str, School], tmp_path: Path,
    on_modal: Callable[[Callable[[QWidget], None]], ModalAnswer], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, school = gui_school
    file = tmp_path / "copy.ejbackup"
    backups.backup(school.admin, db_proxy.obj, file)
    structure.create_subject(school.admin, "Информатика")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(file), "")))
    window = MainWindow(session_for(school, "admin", db))
    qtbot.addWidget(window)
    modal = on_modal(lambda dialog: dialog.reject())
    window.restore_backup()
    modal.check()
    assert Subject.select().where(Subject.name == "Информатика").exists()
    assert not window.switch_user_requested


def test_a_teacher_has_no_restore_item(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    db, school = gui_school
    window = MainWindow(session_for(school, "ivanova", db))
    qtbot.addWidget(window)
    assert window.findChild(QAction, "restoreAction") is None
    assert window.findChild(QAction, "messagesAction") is not None
    window.restore_backup()  # even called directly: nothing happens
    assert not window.switch_user_requested
