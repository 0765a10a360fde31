"""Restoring a copy without the staff's passwords (a year archive's snapshot) in the desktop program:
the preview and the warning say that nobody will log in, the result names the command that helps."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from ejournal_desktop.services import auth
from ejournal_desktop.services import backup as backups
from ejournal_desktop.services.access import standing
from ejournal_desktop.services.errors import AuthError
from ejournal_desktop.store.models import User, db_proxy
from ejournal_desktop.ui.backup_ui import RestoreDialog
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.ui.session import Session
from tests.factory import MON, PASSWORD, School
from tests.gui.conftest import Dialogs, ModalAnswer, today_is

pytestmark = pytest.mark.gui


def test_the_admin_is_told_that_nobody_logs_in_after_restoring_a_copy_without_passwords(
    qtbot: QtBot, gui_school: tuple[str, School], tmp_path: Path, dialogs: Dialogs,
    on_modal: Callable[[Callable[[QWidget], None]], ModalAnswer], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, school = gui_school
    file = tmp_path / "archive-snapshot.ejbackup"
    backups.write_backup(db_proxy.obj, file, withhold_secrets=True)  # type: ignore[arg-type]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(file), "")))
    session = Session(actor=school.admin, roles=standing(school.admin).roles, database=db, today=today_is(MON))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.backups.enabled = False
    window.backups.start_timer.stop()
    seen: dict[str, str] = {}

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        seen["preview"] = dialog.findChild(QPlainTextEdit, "restorePreview").toPlainText()
        seen["warning"] = dialog.findChild(QLabel, "restoreWarning").text()
        dialog.grab().save(str(tmp_path / "restore_without_passwords.png"))
        dialog.restore_button.click()

    modal = on_modal(answer)
    window.restore_backup()
    modal.check()
    assert "В копии нет паролей сотрудников (архив учебного года)" in seen["preview"]
    assert "ejournal set-password" in seen["preview"]
    assert "не сможет войти никто, в том числе вы" in seen["warning"]
    assert dialogs.last().title == "Журнал восстановлен"
    text = dialogs.last().text
    assert "войти в журнал сейчас не может никто" in text
    assert f'ejournal set-password --db "{db}" --login admin --password-file' in text
    assert window.switch_user_requested
    # and so it is: the restored journal has no password hashes, the login refuses cleanly
    assert {h for (h,) in User.select(User.password_hash).tuples()} == {""}
    with pytest.raises(AuthError, match="Неверный логин или пароль"):
        auth.login("admin", PASSWORD)
