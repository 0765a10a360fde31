"""Logging in like a user, the tabs each role sees, the admin tab, the main window's frame,
and the screenshots of every window (looked at by eye)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

from ejournal_desktop import __version__
from ejournal_desktop.services import accounts, auth
from ejournal_desktop.services.access import standing
from ejournal_desktop.store.models import AuditEntry, User
from ejournal_desktop.ui.about import AboutDialog
from ejournal_desktop.ui.login import ChangePasswordDialog, LoginDialog
from ejournal_desktop.ui.main_window import TABS, MainWindow, tab_class
from ejournal_desktop.ui.session import Session
from tests.factory import MON, PASSWORD, WED, School
from tests.gui.conftest import (
    SCREENSHOTS,
    Dialogs,
    FakeKeyring,
    ModalAnswer,
    populate,
    today_is,
    type_text,
)

pytestmark = pytest.mark.gui

Arm = Callable[[Callable[[QWidget], None]], ModalAnswer]


def open_login(qtbot: QtBot, db: str | None) -> LoginDialog:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def attempt(qtbot: QtBot, dialog: LoginDialog, login: str, password: str = PASSWORD) -> None:
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, login)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


def log_in(qtbot: QtBot, db: str, login: str, password: str = PASSWORD) -> Session:
    dialog = open_login(qtbot, db)
    attempt(qtbot, dialog, login, password)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.message_text()
    session = dialog.session()
    assert session is not None
    return session


def main_window(qtbot: QtBot, session: Session) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window


BASE_TABS = ["Журнал", "Посещаемость", "Расписание"]
EXPECTED_TABS = {
    "admin": [*BASE_TABS, "Учащиеся", "Мой класс", "Администрирование", "Аудит", "Отчёты", "Печать", "Конец года"],
    "director": [*BASE_TABS, "Учащиеся", "Мой класс", "Аудит", "Отчёты", "Печать", "Конец года"],
    "deputy": [*BASE_TABS, "Учащиеся", "Мой класс", "КТП", "Администрирование", "Аудит", "Отчёты", "Печать",
               "Конец года"],  # also teaches
    # the homeroom teacher prints the own class and checks its journal weekly
    "ivanova": [*BASE_TABS, "Учащиеся", "Мой класс", "КТП", "Аудит", "Отчёты", "Печать", "Конец года"],
    "petrov": [*BASE_TABS, "Учащиеся", "Мой класс", "КТП", "Аудит", "Отчёты", "Печать", "Конец года"],
    "sidorova": [*BASE_TABS, "Учащиеся", "КТП", "Аудит", "Отчёты"],  # a subject teacher prints nothing
}


def present(titles: list[str]) -> list[str]:
    """The expected tabs whose widgets are part of the program already (no empty tabs)."""
    built = {spec.title for spec in TABS if tab_class(spec) is not None}
    return [t for t in titles if t in built]


EXPECTED_ROLES = {
    "admin": "администратор ЭЖ",
    "director": "директор",
    "deputy": "заместитель директора по УВР, учитель",
    "ivanova": "классный руководитель, учитель",
    "petrov": "классный руководитель, учитель",
    "sidorova": "учитель",
}


@pytest.mark.parametrize("login", list(EXPECTED_TABS))
def test_each_role_logs_in_and_sees_its_tabs(
    qtbot: QtBot, gui_school: tuple[str, School], login: str
) -> None:
    db, _ = gui_school
    session = log_in(qtbot, db, login)
    assert session.database == db
    window = main_window(qtbot, session)
    expected = present(EXPECTED_TABS[login])
    assert expected[:3] == BASE_TABS  # every role works in these three
    assert window.tab_titles() == expected
    # the admin; the deputy for substitutions (and the structure, read-only); never a teacher
    assert ("Администрирование" in window.tab_titles()) == (login in ("admin", "deputy"))
    assert window.user_label.text().endswith("— " + EXPECTED_ROLES[login])
    assert db in window.database_label.text()
    assert [a.text() for a in window.view_actions] == expected
    assert window.view_actions[1].shortcut().toString() == "Ctrl+2"


def test_homeroom_role_comes_from_the_class(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    db, school = gui_school
    session = log_in(qtbot, db, "ivanova")
    assert session.roles == standing(school.ivanova).roles
    assert session.actor.user_id == school.ivanova.user_id


def test_wrong_password_says_so_and_stays(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    db, _ = gui_school
    dialog = open_login(qtbot, db)
    attempt(qtbot, dialog, "ivanova", "not-my-password")
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message_text() == "Неверный логин или пароль."
    assert dialog.password_edit.text() == ""
    assert dialog.session() is None
    attempt(qtbot, dialog, "nobody")
    assert dialog.message_text() == "Неверный логин или пароль."
    dialog.login_edit.clear()
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.message_text() == "Введите логин и пароль."


def test_five_wrong_passwords_lock_the_login(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    db, school = gui_school
    dialog = open_login(qtbot, db)
    for _ in range(auth.MAX_FAILED - 1):
        attempt(qtbot, dialog, "petrov", "wrong-one")
        assert dialog.message_text() == "Неверный логин или пароль."
    attempt(qtbot, dialog, "petrov", "wrong-one")
    assert "вход закрыт на 15 минут" in dialog.message_text()
    attempt(qtbot, dialog, "petrov")  # the right password does not help now
    assert dialog.message_text().startswith("Вход временно закрыт после 5 неудачных попыток")
    assert dialog.session() is None
    # the admin lifts the lockout in «Администрирование»
    accounts.unlock(school.admin, school.petrov.user_id)
    attempt(qtbot, dialog, "petrov")
    assert dialog.session() is not None


def test_blocked_account_is_refused(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    db, school = gui_school
    accounts.set_blocked(school.admin, school.petrov.user_id, True)
    dialog = open_login(qtbot, db)
    attempt(qtbot, dialog, "petrov")
    assert dialog.message_text() == "Учётная запись заблокирована. Обратитесь к администратору ЭЖ."


def test_not_a_journal_file_is_explained(qtbot: QtBot, tmp_path: Path) -> None:
    other = tmp_path / "notes.sqlite3"
    other.write_text("это не база данных", encoding="utf-8")
    dialog = open_login(qtbot, str(other))
    assert dialog.file_radio.isChecked()
    attempt(qtbot, dialog, "admin")
    assert dialog.message_text() == f"Файл «{other}» не является базой данных журнала."
    missing = tmp_path / "нет такого.sqlite3"
    dialog.file_edit.setText(str(missing))
    attempt(qtbot, dialog, "admin")
    assert dialog.message_text().startswith(f"Файл базы данных «{missing}» не найден.")


def change_password(new: str, repeat: str | None = None) -> Callable[[QWidget], None]:
    def answer(widget: QWidget) -> None:
        assert isinstance(widget, ChangePasswordDialog)
        widget.new_edit.setText(new)
        widget.repeat_edit.setText(new if repeat is None else repeat)
        widget.ok_button.click()
        if widget.isVisible():  # refused: cancel, as a user would give up
            widget.findChild(QWidget, "cancelButton").click()  # type: ignore[union-attr]
    return answer


def test_forced_password_change_after_reset(
    qtbot: QtBot, gui_school: tuple[str, School], on_modal: Arm
) -> None:
    db, school = gui_school
    temp = accounts.reset_password(school.admin, school.ivanova.user_id).temporary_password
    dialog = open_login(qtbot, db)
    # cancelling the change cancels the login
    refused = on_modal(change_password("новый-пароль-1", "другой-пароль"))
    attempt(qtbot, dialog, "ivanova", temp)
    assert refused.check().findChild(QLabel, "messageLabel").text() == (
        "Новый пароль и повтор не совпадают.")
    assert dialog.session() is None
    assert dialog.message_text() == "Вход отменён: сначала нужно сменить временный пароль."
    # the change goes through: the new password works, the temporary one no longer
    answer = on_modal(change_password("Весна-2025"))
    attempt(qtbot, dialog, "ivanova", temp)
    answer.check()
    assert dialog.session() is not None
    assert not User.get_by_id(school.ivanova.user_id).must_change_password
    assert AuditEntry.select().where(AuditEntry.action == "auth.password_changed").count() == 1
    assert auth.login("ivanova", "Весна-2025").actor.login == "ivanova"


def test_last_database_and_login_are_remembered_without_passwords(
    qtbot: QtBot, gui_school: tuple[str, School], gui_settings: Path
) -> None:
    db, _ = gui_school
    log_in(qtbot, db, "petrov")
    again = open_login(qtbot, None)
    assert again.file_radio.isChecked()
    assert again.file_edit.text() == db
    assert again.login_edit.text() == "petrov"
    assert again.password_edit.text() == ""
    assert again.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert QSettings().value("login/login") == "petrov"
    stored = "".join(p.read_text(encoding="utf-8") for p in gui_settings.rglob("*.ini"))
    assert "petrov" in stored and PASSWORD not in stored
    attempt(qtbot, again, "petrov")
    assert again.session() is not None


def test_server_choice_without_a_keyring_says_so(qtbot: QtBot) -> None:
    dialog = open_login(qtbot, "postgresql://teacher@school-server:5432/journal")
    assert dialog.server_radio.isChecked()
    assert dialog.server_password.isVisible()
    assert not dialog.remember_server.isEnabled()
    assert "пароль сервера нужно вводить при каждом входе" in dialog.keyring_label.text()
    dialog.local_radio.setChecked(True)
    assert not dialog.server_password.isVisible()


def test_a_long_message_makes_room_instead_of_squeezing_the_hints(qtbot: QtBot) -> None:
    """The server's three-line refusal grew the message under a dialog of the same height: the
    two-line hint «Вход на сервер — …» above it was squeezed to one clipped line."""
    dialog = open_login(qtbot, "postgresql://school-server:5432/journal")
    assert dialog.own_role_label.isVisible()
    dialog.say("Сервер журнала не принял вход «teacher»: неверный логин или пароль, либо учётная запись "
               "заблокирована или ещё не получила пароль на сервере. Обратитесь к администратору ЭЖ.")
    QApplication.processEvents()
    for label in (dialog.own_role_label, dialog.message):
        assert label.height() >= label.heightForWidth(label.width()) if label.wordWrap() \
            else label.height() >= label.sizeHint().height(), label.objectName()
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())


def test_server_password_is_offered_from_the_keyring(
    qtbot: QtBot, fake_keyring: FakeKeyring
) -> None:
    fake_keyring.available = True
    url = "postgresql://teacher@school-server:5432/journal"
    fake_keyring.store[("ejournal-desktop", url)] = "s3cret"
    dialog = open_login(qtbot, url)
    assert dialog.server_password.text() == "s3cret"
    assert dialog.remember_server.isChecked()
    assert dialog.keyring_label.text() == ""


def test_server_login_saves_the_password_only_in_the_keyring(
    qtbot: QtBot, fake_keyring: FakeKeyring, gui_settings: Path
) -> None:
    from tests.conftest import pg_schema_url, require_pg

    require_pg()
    fake_keyring.available = True
    urls = pg_schema_url()
    url = next(urls)
    try:
        from ejournal_desktop.services.bootstrap import initialize
        from ejournal_desktop.store.database import connect, parse_target

        db = connect(parse_target(url), create=True)
        initialize(db, school_name="Школа", admin_login="admin", admin_password=PASSWORD)
        db.close()
        dialog = open_login(qtbot, None)
        dialog.server_radio.setChecked(True)
        dialog.server_edit.setText(url)
        dialog.server_password.setText("server-secret")
        dialog.remember_server.setChecked(True)
        attempt(qtbot, dialog, "admin")
        session = dialog.session()
        assert session is not None, dialog.message_text()
        assert session.database.startswith("postgresql://")
        assert fake_keyring.store[("ejournal-desktop", url)] == "server-secret"
        stored = "".join(p.read_text(encoding="utf-8") for p in gui_settings.rglob("*.ini"))
        assert "server-secret" not in stored
        assert "schema=" in stored  # the server is remembered, its password is not
    finally:
        for _ in urls:
            pass


# --- the main window -


def session_for(school: School, login: str, db: str, today: dt.date = MON) -> Session:
    actor = school.actors()[login]
    return Session(actor=actor, roles=standing(actor).roles, database=db, today=today_is(today))


def test_menus_about_and_switch_user(
    qtbot: QtBot, gui_school: tuple[str, School], dialogs: Dialogs
) -> None:
    db, school = gui_school
    window = main_window(qtbot, session_for(school, "ivanova", db))
    window.findChild(QAction, "aboutAction").trigger()
    about = window.findChild(AboutDialog)  # opened modal to the window, without blocking
    assert about is not None and about.isVisible() and about.windowTitle() == "О программе"
    text = about.text.toPlainText()
    assert "ЭЖ-Десктоп" in text and __version__ in text and db in text
    about.close()
    assert [m.title() for m in window.menuBar().findChildren(QMenu) if m.title()] == [
        "&Файл", "&Вид", "&Справка"]
    window.view_actions[2].trigger()
    assert window.current_tab() is window.tab_widgets["timetable"]
    quit_action = window.findChild(QAction, "quitAction")
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    window.findChild(QAction, "switchUserAction").trigger()
    assert window.switch_user_requested and not window.isVisible()


def test_window_geometry_and_tab_are_remembered(
    qtbot: QtBot, gui_school: tuple[str, School]
) -> None:
    db, school = gui_school
    first = main_window(qtbot, session_for(school, "admin", db))
    first.resize(first.width(), 480)  # the offscreen screen is 800 × 600: heights fit, widths not
    first.show_tab("admin")
    splitter = first.tab_widgets["attendance"].splitter  # type: ignore[attr-defined]
    splitter.setSizes([300, 700])
    sizes = splitter.sizes()
    first.close()
    second = main_window(qtbot, session_for(school, "admin", db))
    assert second.height() == 480
    assert QSettings().value("windows/MainWindow/geometry") is not None
    assert second.current_tab() is second.tab_widgets["admin"]
    assert second.tab_widgets["attendance"].splitter.sizes() == sizes  # type: ignore[attr-defined]


def test_qt_dialog_buttons_are_russian(qapp: QApplication) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    assert qapp.applicationName() == "ЭЖ-Десктоп"
    assert qapp.organizationName() == "ejournal-desktop"


def test_run_gui_returns_when_the_login_is_cancelled(
    qtbot: QtBot, gui_school: tuple[str, School], on_modal: Arm
) -> None:
    from ejournal_desktop.ui.app import run_gui

    db, _ = gui_school

    def cancel(widget: QWidget) -> None:
        assert isinstance(widget, LoginDialog)
        assert widget.file_edit.text() == db
        widget.reject()

    answer = on_modal(cancel)
    assert run_gui(db=db) == 0
    answer.check()


def test_run_gui_logs_in_switches_user_and_quits(
    qtbot: QtBot, gui_school: tuple[str, School]
) -> None:
    """The whole program: login → main window → «Сменить пользователя…» → login → cancel."""
    from PySide6.QtCore import QTimer

    from ejournal_desktop.ui.app import run_gui

    db, _ = gui_school
    steps: list[str] = []

    def drive() -> None:
        modal = QApplication.activeModalWidget()
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if isinstance(modal, LoginDialog) and not steps:
            steps.append("login")
            modal.login_edit.setText("ivanova")
            modal.password_edit.setText(PASSWORD)
            modal.login_button.click()
        elif windows and steps == ["login"]:
            steps.append(f"window: {windows[0].tab_titles()[0]}")
            windows[0].findChild(QAction, "switchUserAction").trigger()
        elif isinstance(modal, LoginDialog) and len(steps) == 2:
            steps.append(f"again: {modal.login_edit.text()}")
            modal.reject()

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(20)
    try:
        assert run_gui(db=db, argv=[]) == 0
    finally:
        timer.stop()
    assert steps == ["login", "window: Журнал", "again: ivanova"]


# --- «Администрирование» -


def admin_tab(qtbot: QtBot, school: School, db: str, check_model: Callable[..., None]) -> QWidget:
    from ejournal_desktop.ui.admin_tab import AccountsPanel

    tab = AccountsPanel(session_for(school, "admin", db))
    qtbot.addWidget(tab)
    check_model(tab.model)
    tab.resize(1000, 500)
    tab.show()
    return tab


def test_admin_resets_a_password_once_and_the_user_must_change_it(
    qtbot: QtBot, gui_school: tuple[str, School], on_modal: Arm, dialogs: Dialogs,
    check_model: Callable[..., None],
) -> None:
    db, school = gui_school
    tab = admin_tab(qtbot, school, db, check_model)
    logins = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    assert "ivanova" in logins and "admin" in logins
    row = logins.index("ivanova")
    assert "классный руководитель (5А)" in tab.model.index(row, 2).data()
    assert tab.model.index(row, 3).data() == "активна"
    assert not tab.reset_button.isEnabled()
    tab.select_user(school.ivanova.user_id)
    assert tab.reset_button.isEnabled() and not tab.unlock_button.isEnabled()
    shown: dict[str, str] = {}

    def read_password(widget: QWidget) -> None:
        shown["password"] = widget.findChild(QLabel, "passwordLabel").text()
        widget.findChild(QWidget, "closeButton").click()  # type: ignore[union-attr]

    answer = on_modal(read_password)
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    answer.check()
    assert dialogs.last().kind == "question"
    assert "Сбросить пароль" in dialogs.last().text
    temp = shown["password"]
    assert len(temp) == 10
    assert tab.model.index(row, 3).data() == "ждёт смены временного пароля"
    result = auth.login("ivanova", temp)
    assert result.must_change_password


def test_admin_blocks_and_unlocks(
    qtbot: QtBot, gui_school: tuple[str, School], check_model: Callable[..., None],
    dialogs: Dialogs,
) -> None:
    db, school = gui_school
    tab = admin_tab(qtbot, school, db, check_model)
    tab.select_user(school.petrov.user_id)
    assert tab.block_button.text() == "Заблокировать"
    qtbot.mouseClick(tab.block_button, Qt.MouseButton.LeftButton)
    assert User.get_by_id(school.petrov.user_id).blocked
    assert tab.block_button.text() == "Разблокировать"
    row = tab.model.row_of(school.petrov.user_id)
    assert tab.model.index(row, 3).data() == "заблокирована"
    qtbot.mouseClick(tab.block_button, Qt.MouseButton.LeftButton)
    assert not User.get_by_id(school.petrov.user_id).blocked
    # a lockout after wrong passwords: «Снять блокировку входа»
    for _ in range(auth.MAX_FAILED):
        with pytest.raises(auth.AuthError):
            auth.login("petrov", "wrong-one")
    tab.refresh()
    assert tab.model.index(row, 3).data().startswith("вход закрыт до")
    assert tab.unlock_button.isEnabled()
    qtbot.mouseClick(tab.unlock_button, Qt.MouseButton.LeftButton)
    assert User.get_by_id(school.petrov.user_id).locked_until is None
    assert tab.model.index(row, 3).data() == "активна"
    # the admin cannot block himself: the one error boundary says why
    tab.select_user(school.admin.user_id)
    qtbot.mouseClick(tab.block_button, Qt.MouseButton.LeftButton)
    assert dialogs.last().text == "Нельзя заблокировать самого себя."


# --- screenshots (look at them) -


def test_screenshots(
    qtbot: QtBot, gui_school: tuple[str, School], on_modal: Arm,
    check_model: Callable[..., None],
) -> None:
    db, school = gui_school
    populate(school)
    SCREENSHOTS.mkdir(exist_ok=True)

    login = open_login(qtbot, db)
    qtbot.keyClicks(login.login_edit, "ivanova")
    qtbot.keyClicks(login.password_edit, "password1")
    login.adjustSize()
    login.grab().save(str(SCREENSHOTS / "login.png"))
    login.server_radio.setChecked(True)
    login.server_edit.setText("postgresql://teacher@school-server:5432/journal")
    login.adjustSize()
    login.grab().save(str(SCREENSHOTS / "login_server.png"))
    login.close()

    change = ChangePasswordDialog(school.ivanova, "temp-pass", None)
    qtbot.addWidget(change)
    change.show()
    type_text(change.new_edit, "секрет")
    change.grab().save(str(SCREENSHOTS / "change_password.png"))
    change.close()

    teacher = main_window(qtbot, session_for(school, "ivanova", db, WED + dt.timedelta(days=2)))
    teacher.resize(1280, 760)
    for key in ("journal", "attendance", "timetable"):
        if key in teacher.tab_widgets:
            teacher.show_tab(key)
            QApplication.processEvents()
            teacher.grab().save(str(SCREENSHOTS / f"teacher_{key}.png"))
    teacher.close()

    admin = main_window(qtbot, session_for(school, "admin", db, WED + dt.timedelta(days=2)))
    admin.resize(1280, 760)
    admin.show_tab("attendance")
    attendance = admin.tab_widgets["attendance"]
    attendance.show_class(school.classes["5А"], MON, "month")  # type: ignore[attr-defined]
    QApplication.processEvents()
    admin.grab().save(str(SCREENSHOTS / "admin_attendance_month.png"))
    admin.show_tab("timetable")
    timetable_tab = admin.tab_widgets["timetable"]
    timetable_tab.show_item("room", "21")  # type: ignore[attr-defined]
    QApplication.processEvents()
    admin.grab().save(str(SCREENSHOTS / "admin_timetable_room.png"))
    timetable_tab.show_item("class", school.classes["5А"])  # type: ignore[attr-defined]
    timetable_tab.show_week(dt.date(2025, 11, 3))  # type: ignore[attr-defined]
    QApplication.processEvents()
    admin.grab().save(str(SCREENSHOTS / "admin_timetable_holidays.png"))
    admin.show_tab("admin")
    QApplication.processEvents()
    admin.grab().save(str(SCREENSHOTS / "admin_accounts.png"))
    accounts = admin.tab_widgets["admin"].accounts  # type: ignore[attr-defined]
    check_model(accounts.model)

    def grab_password(widget: QWidget) -> None:
        widget.grab().save(str(SCREENSHOTS / "temporary_password.png"))
        widget.close()

    accounts.select_user(school.petrov.user_id)
    answer = on_modal(grab_password)
    accounts.reset_password()
    answer.check()

    def grab_absence(widget: QWidget) -> None:
        type_text(widget.findChild(QWidget, "reasonEdit"), "Справка из поликлиники")
        widget.grab().save(str(SCREENSHOTS / "absence_dialog.png"))
        widget.close()

    homeroom = main_window(qtbot, session_for(school, "ivanova", db, WED + dt.timedelta(days=2)))
    tab = homeroom.show_tab("attendance")
    answer = on_modal(grab_absence)
    tab.edit_cell(0, 1, "у", typed=True)  # type: ignore[union-attr]
    answer.check()
    for name in ("login", "teacher_attendance", "teacher_timetable", "admin_accounts"):
        assert (SCREENSHOTS / f"{name}.png").stat().st_size > 5_000
