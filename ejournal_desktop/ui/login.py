"""The login dialog: which journal database, who is logging in, a forced password change.

The database is the local file (the default path), another file, or the
school's PostgreSQL server.  A server address without a user
(``postgresql://host:port/db``) means the school ran ``ejournal pg-setup``: the
program connects as the person's own PostgreSQL login role with the login and
password typed below, and the server itself enforces what that person may do
(:mod:`ejournal_desktop.store.pg_security`).  An address naming a user
(``postgresql://user@host:port/db``) connects as that user with a separate server
password — the journal owner's maintenance connection.  That password is offered
from the OS keyring and saved there only when the user asks; it is never written
to a file or to QSettings.  The last
database and login are remembered in QSettings (never a password).  Nothing
here logs in from environment variables or files.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit, urlunsplit

import keyring
import peewee
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop import APP_NAME
from ejournal_desktop.services import auth
from ejournal_desktop.services.access import Actor, standing
from ejournal_desktop.services.errors import ServiceError
from ejournal_desktop.store.database import (
    StoreError,
    Target,
    default_sqlite_path,
    open_journal,
    parse_target,
)
from ejournal_desktop.store.models import db_proxy
from ejournal_desktop.ui.session import Session

log = logging.getLogger(__name__)

KEYRING_SERVICE = "ejournal-desktop"
SOURCE_LOCAL, SOURCE_FILE, SOURCE_SERVER = "local", "file", "server"

# QSettings keys (values: no passwords, ever)
KEY_SOURCE = "login/source"
KEY_FILE = "login/file"
KEY_SERVER = "login/server"
KEY_LOGIN = "login/login"

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #5f6368;"


def server_key(url: str) -> str:
    """The server URL without a password: what the keyring and QSettings know it by."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.password is None:
        return text
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


class KeyringUnavailable(Exception):
    """No OS password store (no backend, locked, or it failed)."""


def keyring_get(url: str) -> str | None:
    try:
        value = keyring.get_password(KEYRING_SERVICE, url)
    except Exception as exc:  # NoKeyringError, a locked store, a D-Bus failure…
        log.info("keyring unavailable: %s", exc.__class__.__name__)
        raise KeyringUnavailable from exc
    return None if value is None else str(value)


def keyring_set(url: str, password: str | None) -> None:
    """Store the server password, or forget it when ``password`` is None."""
    try:
        if password is None:
            if keyring.get_password(KEYRING_SERVICE, url) is not None:
                keyring.delete_password(KEYRING_SERVICE, url)
        else:
            keyring.set_password(KEYRING_SERVICE, url, password)
    except Exception as exc:
        log.info("keyring unavailable: %s", exc.__class__.__name__)
        raise KeyringUnavailable from exc


def _title_font(widget: QWidget, scale: float, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


class ChangePasswordDialog(QDialog):
    """Old password, new password, repeat: ``services.auth.change_own_password``."""

    def __init__(self, actor: Actor, old_password: str = "", parent: QWidget | None = None,
                 *, forced: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self._actor = actor
        self.setWindowTitle(self.tr("Смена пароля"))
        layout = QVBoxLayout(self)
        if forced:
            intro = QLabel(self.tr(
                "Вы вошли с временным паролем. Придумайте свой пароль: "
                "его будете знать только вы."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        self.old_edit = QLineEdit(old_password, self)
        self.old_edit.setObjectName("oldPasswordEdit")
        self.new_edit = QLineEdit(self)
        self.new_edit.setObjectName("newPasswordEdit")
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("repeatPasswordEdit")
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Текущий пароль:"), self.old_edit)
        form.addRow(self.tr("Новый пароль:"), self.new_edit)
        form.addRow(self.tr("Повторите новый пароль:"), self.repeat_edit)
        layout.addLayout(form)
        rules = QLabel(self.tr("Не короче %d символов и не совпадает с логином.")
                       % auth.MIN_PASSWORD_LENGTH)
        rules.setStyleSheet(HINT_STYLE)
        layout.addWidget(rules)
        self.message = QLabel(self)
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Сменить пароль"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("changeButton")
        cancel = buttons.addButton(self.tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelButton")
        buttons.accepted.connect(self._change)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        (self.new_edit if old_password else self.old_edit).setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _change(self) -> None:
        new = self.new_edit.text()
        if new != self.repeat_edit.text():
            self._say(self.tr("Новый пароль и повтор не совпадают."))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        try:
            auth.change_own_password(self._actor, self.old_edit.text(), new)
        except ServiceError as exc:  # expected answers of the check, shown in the dialog
            self._say(exc.message)
            return
        self.accept()


class LoginDialog(QDialog):
    """Choose the journal database and log in; ``session()`` is the result."""

    def __init__(self, db: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Вход — %s") % APP_NAME)
        self._session: Session | None = None
        self._opened: tuple[str, peewee.Database] | None = None  # (spec, database)
        self._keyring_ok = True
        self._build()
        self._restore(db)
        self._source_changed()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = QHBoxLayout()
        icon = QLabel(self)
        pixmap = QGuiApplication.windowIcon().pixmap(48, 48)
        if not pixmap.isNull():
            icon.setPixmap(pixmap)
            heading.addWidget(icon)
        titles = QVBoxLayout()
        title = QLabel(APP_NAME, self)
        title.setFont(_title_font(self, 1.5))
        subtitle = QLabel(self.tr("Электронный классный журнал"), self)
        subtitle.setStyleSheet(HINT_STYLE)
        titles.addWidget(title)
        titles.addWidget(subtitle)
        heading.addLayout(titles, 1)
        layout.addLayout(heading)

        box = QGroupBox(self.tr("База данных журнала"), self)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        self.local_radio = QRadioButton(self.tr("Журнал на этом компьютере"), box)
        self.local_radio.setObjectName("localRadio")
        self.file_radio = QRadioButton(self.tr("Другой файл:"), box)
        self.file_radio.setObjectName("fileRadio")
        self.server_radio = QRadioButton(self.tr("Сервер школы:"), box)
        self.server_radio.setObjectName("serverRadio")
        self._sources = QButtonGroup(self)
        for button in (self.local_radio, self.file_radio, self.server_radio):
            self._sources.addButton(button)
            button.toggled.connect(self._source_changed)

        self.local_path = QLabel(box)
        self.local_path.setObjectName("localPathLabel")
        self.local_path.setStyleSheet(HINT_STYLE)
        path = str(default_sqlite_path())
        self.local_path.setToolTip(path)
        self.local_path.setText(self.local_path.fontMetrics().elidedText(
            path, Qt.TextElideMode.ElideMiddle, 320))

        self.file_edit = QLineEdit(box)
        self.file_edit.setObjectName("fileEdit")
        self.file_edit.setPlaceholderText(self.tr("путь к файлу журнала"))
        self.browse_button = QPushButton(self.tr("Обзор…"), box)
        self.browse_button.setObjectName("browseButton")
        self.browse_button.clicked.connect(self._browse)

        self.server_edit = QLineEdit(box)
        self.server_edit.setObjectName("serverEdit")
        self.server_edit.setPlaceholderText(self.tr("postgresql://сервер:5432/база"))
        self.server_edit.editingFinished.connect(self._offer_server_password)
        self.server_edit.textChanged.connect(self._server_kind_changed)
        self.server_password_label = QLabel(self.tr("Пароль сервера:"), box)
        self.server_password = QLineEdit(box)
        self.server_password.setObjectName("serverPasswordEdit")
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_server = QCheckBox(self.tr("Запомнить пароль сервера"), box)
        self.remember_server.setObjectName("rememberServerPassword")
        self.remember_server.setToolTip(self.tr(
            "Пароль хранится в защищённом хранилище паролей системы, а не в файле."))
        self.keyring_label = QLabel(box)
        self.keyring_label.setObjectName("keyringLabel")
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setStyleSheet(HINT_STYLE)
        self.own_role_label = QLabel(self.tr(
            "Вход на сервер — под вашим логином и паролем,\nсервер сам проверяет ваши права."), box)
        self.own_role_label.setObjectName("ownRoleLabel")
        self.own_role_label.setStyleSheet(HINT_STYLE)

        grid.addWidget(self.local_radio, 0, 0, 1, 3)
        grid.addWidget(self.local_path, 1, 1, 1, 2)
        grid.addWidget(self.file_radio, 2, 0)
        grid.addWidget(self.file_edit, 2, 1)
        grid.addWidget(self.browse_button, 2, 2)
        grid.addWidget(self.server_radio, 3, 0)
        grid.addWidget(self.server_edit, 3, 1, 1, 2)
        grid.addWidget(self.server_password_label, 4, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.server_password, 4, 1, 1, 2)
        grid.addWidget(self.remember_server, 5, 1, 1, 2)
        grid.addWidget(self.keyring_label, 6, 1, 1, 2)
        grid.addWidget(self.own_role_label, 7, 1, 1, 2)
        layout.addWidget(box)

        user_box = QGroupBox(self.tr("Пользователь"), self)
        form = QFormLayout(user_box)
        self.login_edit = QLineEdit(user_box)
        self.login_edit.setObjectName("loginEdit")
        self.password_edit = QLineEdit(user_box)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Логин:"), self.login_edit)
        form.addRow(self.tr("Пароль:"), self.password_edit)
        layout.addWidget(user_box)

        self.message = QLabel(self)
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(self)
        self.login_button = buttons.addButton(self.tr("Войти"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelButton")
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    # --- remembered choices -----------------------------------------------------------------

    def _restore(self, db: str | None) -> None:
        settings = QSettings()
        source = str(settings.value(KEY_SOURCE, SOURCE_LOCAL))
        self.file_edit.setText(str(settings.value(KEY_FILE, "")))
        self.server_edit.setText(str(settings.value(KEY_SERVER, "")))
        self.login_edit.setText(str(settings.value(KEY_LOGIN, "")))
        if db:  # the command line's --db wins over the remembered choice
            text = str(db)
            if text.startswith(("postgresql://", "postgres://")):
                source = SOURCE_SERVER
                self.server_edit.setText(server_key(text))
                password = urlsplit(text).password
                if password:
                    self.server_password.setText(password)
            else:
                is_default = parse_target(text).path == default_sqlite_path()
                source = SOURCE_LOCAL if is_default else SOURCE_FILE
                if not is_default:
                    self.file_edit.setText(text)
        {SOURCE_FILE: self.file_radio, SOURCE_SERVER: self.server_radio}.get(
            source, self.local_radio).setChecked(True)
        if source == SOURCE_SERVER and not self.server_password.text():
            self._offer_server_password()
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus()

    def _remember(self, source: str, spec: str) -> None:
        settings = QSettings()
        settings.setValue(KEY_SOURCE, source)
        if source == SOURCE_FILE:
            settings.setValue(KEY_FILE, spec)
        elif source == SOURCE_SERVER:
            settings.setValue(KEY_SERVER, server_key(spec))
        settings.setValue(KEY_LOGIN, self.login_edit.text().strip())
        settings.sync()

    # --- reactions --------------------------------------------------------------------------

    def _server_names_user(self) -> bool:
        """Whether the server address names a PostgreSQL user (the owner's connection)."""
        text = self.server_edit.text().strip()
        try:
            return bool(urlsplit(text).username)
        except ValueError:
            return False

    def _source_changed(self) -> None:
        server = self.server_radio.isChecked()
        self.file_edit.setEnabled(self.file_radio.isChecked())
        self.browse_button.setEnabled(self.file_radio.isChecked())
        self.server_edit.setEnabled(server)
        self._server_kind_changed()
        if server and self._server_names_user():
            self._offer_server_password()

    def _server_kind_changed(self) -> None:
        """Server password only for an address naming a user; otherwise the own-role hint."""
        server = self.server_radio.isChecked()
        owner = server and self._server_names_user()
        for widget in (self.server_password_label, self.server_password, self.remember_server):
            widget.setVisible(owner)
        self.keyring_label.setVisible(owner and bool(self.keyring_label.text()))
        self.own_role_label.setVisible(server and not owner)
        self.adjustSize()

    def _browse(self) -> None:
        start = self.file_edit.text() or str(default_sqlite_path().parent)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Файл журнала"), start,
            self.tr("Журнал ЭЖ-Десктоп (*.sqlite3 *.sqlite *.db);;Все файлы (*)"))
        if path:
            self.file_edit.setText(path)
            self.file_radio.setChecked(True)

    def _keyring_unavailable(self) -> None:
        self._keyring_ok = False
        self.remember_server.setChecked(False)
        self.remember_server.setEnabled(False)
        self.keyring_label.setText(self.tr(
            "Хранилище паролей системы недоступно: пароль сервера нужно вводить при каждом входе."))
        self.keyring_label.setVisible(self.server_radio.isChecked() and self._server_names_user())

    def _offer_server_password(self) -> None:
        """Fill the server password from the keyring (and find out whether there is one)."""
        url = server_key(self.server_edit.text())
        if not self._keyring_ok or self.server_password.text() or (url and not self._server_names_user()):
            return
        try:
            stored = keyring_get(url or KEYRING_SERVICE)
        except KeyringUnavailable:
            self._keyring_unavailable()
            return
        if stored is not None and url:
            self.server_password.setText(stored)
            self.remember_server.setChecked(True)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to what the layout needs at this width: a long message of several lines must not
        squeeze the hints above it into each other."""
        layout = self.layout()
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        need = max(need, layout.totalMinimumSize().height())
        if need > self.height():
            self.resize(self.width(), need)

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisible() else ""

    # --- logging in ---------------------------------------------------------------------------

    def _spec(self) -> tuple[str, str] | None:
        """(source, what to open) from the choice; None after saying what is missing."""
        if self.local_radio.isChecked():
            return SOURCE_LOCAL, str(default_sqlite_path())
        if self.file_radio.isChecked():
            path = self.file_edit.text().strip()
            if not path:
                self.say(self.tr("Укажите файл журнала."))
                self.file_edit.setFocus()
                return None
            return SOURCE_FILE, path
        url = self.server_edit.text().strip()
        if not url.startswith(("postgresql://", "postgres://")):
            self.say(self.tr("Адрес сервера записывается так: "
                             "postgresql://пользователь@сервер:5432/база."))
            self.server_edit.setFocus()
            return None
        return SOURCE_SERVER, url

    def _open(self, spec: str, login: str, password: str) -> Target | None:
        """Open the journal; on a server address without a user, as the person's own login role."""
        target = parse_target(spec)
        own_role = target.kind == "postgresql" and not target.user
        key = f"{spec}\n{login}" if own_role else spec
        if self._opened is not None and self._opened[0] == key and not self._opened[1].is_closed():
            return target
        self._close_opened()
        if db_proxy.obj is not None and not db_proxy.obj.is_closed():
            db_proxy.obj.close()  # the journal of the previous user (Сменить пользователя…)
        try:
            if own_role:
                db = open_journal(spec, login=login, password=password)
            else:
                server_password = self.server_password.text() if target.kind == "postgresql" else ""
                db = open_journal(spec, password=server_password or None)
        except StoreError as exc:
            self.say(exc.message)
            return None
        self._opened = (key, db)
        return target

    def _close_opened(self) -> None:
        if self._opened is not None:
            self._opened[1].close()
            self._opened = None

    def try_login(self) -> None:
        self.say("")
        login = self.login_edit.text().strip()
        password = self.password_edit.text()
        if not login or not password:
            self.say(self.tr("Введите логин и пароль."))
            (self.password_edit if login else self.login_edit).setFocus()
            return
        chosen = self._spec()
        if chosen is None:
            return
        source, spec = chosen
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            target = self._open(spec, login, password)
            if target is None:
                return
            result = auth.login(login, password)
            roles = standing(result.actor).roles
        except ServiceError as exc:  # wrong password, locked or blocked account: said here
            self.say(exc.message)
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        except peewee.DatabaseError:
            log.warning("database error while logging in", exc_info=True)
            self.say(self.tr("Нет связи с базой данных журнала. Проверьте подключение и "
                             "повторите вход; если не помогает, обратитесь к администратору ЭЖ."))
            self._close_opened()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if result.must_change_password:
            change = ChangePasswordDialog(result.actor, password, self)
            if change.exec() != QDialog.DialogCode.Accepted:
                self.say(self.tr("Вход отменён: сначала нужно сменить временный пароль."))
                self.password_edit.clear()
                return
        if not roles:
            self.say(self.tr("Учётной записи не назначена ни одна роль. "
                             "Обратитесь к администратору ЭЖ."))
            return
        self._save_server_password(target)
        self._remember(source, spec)
        self._session = Session(actor=result.actor, roles=roles, database=target.display)
        self.password_edit.clear()
        self.accept()

    def _save_server_password(self, target: Target) -> None:
        if target.kind != "postgresql" or not target.user or not self._keyring_ok:
            return
        url = server_key(self.server_edit.text())
        password = self.server_password.text()
        try:
            keyring_set(url, password if self.remember_server.isChecked() and password else None)
        except KeyringUnavailable:
            self._keyring_unavailable()

    def reject(self) -> None:
        self._close_opened()
        super().reject()

    def session(self) -> Session | None:
        """The logged-in session after the dialog was accepted."""
        return self._session
