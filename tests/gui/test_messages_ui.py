"""Messages in the desktop program: writing from the admin to a teacher, the teacher's unread count
in the status bar and the inbox (unread in bold, read when opened)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ejournal_desktop.services import messages
from ejournal_desktop.services.access import standing
from ejournal_desktop.services.permissions import Role
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.ui.messages_ui import ComposeDialog, InboxDialog
from ejournal_desktop.ui.session import Session
from tests.factory import MON, School
from tests.gui.conftest import SCREENSHOTS, Dialogs, ModalAnswer, today_is

pytestmark = pytest.mark.gui


def session_for(school: School, login: str, db: str) -> Session:
    actor = school.actors()[login]
    return Session(actor=actor, roles=standing(actor).roles, database=db, today=today_is(MON))


def test_the_admin_writes_to_a_teacher_who_sees_the_count_and_reads_it(
    qtbot: QtBot, gui_school: tuple[str, School], dialogs: Dialogs,
    on_modal: Callable[[Callable[[QWidget], None]], ModalAnswer]
) -> None:
    db, school = gui_school
    teacher = MainWindow(session_for(school, "ivanova", db))
    qtbot.addWidget(teacher)
    unread: QLabel = teacher.findChild(QLabel, "unreadLabel")
    assert unread.text() == "Сообщений: 0"

    admin = MainWindow(session_for(school, "admin", db))
    qtbot.addWidget(admin)
    assert admin.findChild(QAction, "messagesAction").text() == "Сообщения…"
    inbox = InboxDialog(admin.session, admin)
    qtbot.addWidget(inbox)
    assert inbox.summary.text() == "Сообщений нет."

    def write(dialog: QWidget) -> None:
        assert isinstance(dialog, ComposeDialog)
        assert dialog.person.findData(school.admin.user_id) < 0  # not to oneself
        dialog.to_person.setChecked(True)
        dialog.person.setCurrentIndex(dialog.person.findData(school.ivanova.user_id))
        dialog.subject.setText("Проверка журнала 5А")
        dialog.body.setPlainText("Мария Петровна, заполните, пожалуйста, темы уроков до пятницы.")
        dialog.send_button.click()

    modal = on_modal(write)
    inbox.write_button.click()
    modal.check()
    assert not dialogs.shown  # no error

    # the role and «всем» ways, through the same dialog
    def to_teachers(dialog: QWidget) -> None:
        assert isinstance(dialog, ComposeDialog)
        dialog.to_role.setChecked(True)
        dialog.role.setCurrentIndex(dialog.role.findData(Role.TEACHER.value))
        dialog.subject.setText("Педсовет")
        dialog.body.setPlainText("Педсовет в четверг в 15:00, кабинет 21.")
        dialog.send_button.click()

    modal = on_modal(to_teachers)
    assert inbox.write() == 4  # Смирнова, Иванова, Петров, Сидорова
    modal.check()

    def empty(dialog: QWidget) -> None:
        assert isinstance(dialog, ComposeDialog)
        dialog.to_all.setChecked(True)
        dialog.send_button.click()  # no text: refused, the dialog stays
        assert dialog.isVisible()
        dialog.reject()

    modal = on_modal(empty)
    assert inbox.write() == 0
    modal.check()
    assert dialogs.last().text == "Напишите текст сообщения."

    teacher.messages.refresh()  # what the minute's timer does
    assert unread.text() == "Сообщений: 2"
    assert messages.unread_count(school.ivanova) == 2

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, InboxDialog)
        assert dialog.list.topLevelItemCount() == 2
        assert dialog.is_bold(0) and dialog.is_bold(1)
        dialog.resize(760, 420)
        dialog.open_row(1)
        assert not dialog.is_bold(1) and dialog.is_bold(0)
        assert "заполните, пожалуйста, темы уроков" in dialog.text.toPlainText()
        assert dialog.summary.text() == "Сообщений: 2, непрочитанных: 1"
        SCREENSHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SCREENSHOTS / "messages_inbox.png"))
        dialog.accept()

    modal = on_modal(read)
    teacher.findChild(QAction, "messagesAction").trigger()
    modal.check()
    assert unread.text() == "Сообщений: 1"  # refreshed when the inbox closed
    assert [m.subject for m in messages.inbox(school.ivanova, unread_only=True)] == ["Педсовет"]
