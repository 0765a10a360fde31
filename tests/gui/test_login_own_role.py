"""The login dialog on a server journal with own login roles (store/pg_security.py, issue 8 item 4)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from ejournal_desktop.store import pg_security
from ejournal_desktop.store.models import db_proxy
from tests.gui.test_login_and_tabs import attempt, open_login
from tests.test_pg_security import ServerJournal, server  # noqa: F401  (the fixture)


def test_login_connects_as_the_teachers_own_role(qtbot: QtBot, server: ServerJournal) -> None:  # noqa: F811
    db_proxy.obj.close()
    dialog = open_login(qtbot, server.staff_url)
    assert dialog.server_radio.isChecked()
    assert dialog.own_role_label.isVisible()
    assert not dialog.server_password.isVisible() and not dialog.remember_server.isVisible()
    QApplication.processEvents()
    dialog.grab().save("/tmp/login_own_role.png")

    # no such account: the server has no role for it
    attempt(qtbot, dialog, "nobody", "wrong-pass")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "не принял вход «nobody»" in dialog.message_text()
    # a wrong password: refused by the server (password auth) or, where pg_hba trusts the
    # connection as on the test server, by the program's own check
    attempt(qtbot, dialog, "ivanova", "wrong-pass")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert ("не принял вход «ivanova»" in dialog.message_text()
            or dialog.message_text() == "Неверный логин или пароль.")

    attempt(qtbot, dialog, "ivanova")
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.message_text()
    session = dialog.session()
    assert session is not None and session.actor.user_id == server.school.ivanova.user_id
    db = db_proxy.obj
    assert db.execute_sql("SELECT current_user").fetchone() == (server.role("ivanova"),)
    assert pg_security.connected_user_id(db) == server.school.ivanova.user_id
    db.close()


@pytest.mark.parametrize("url", ["postgresql://owner@school-server:5432/journal"])
def test_an_address_naming_a_user_asks_for_the_server_password(qtbot: QtBot, url: str) -> None:
    dialog = open_login(qtbot, url)
    assert dialog.server_password.isVisible() and not dialog.own_role_label.isVisible()
    dialog.server_edit.setText("postgresql://school-server:5432/journal")
    assert not dialog.server_password.isVisible() and dialog.own_role_label.isVisible()
