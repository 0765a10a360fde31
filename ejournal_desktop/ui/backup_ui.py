"""Backups in the desktop program: automatic copies at start and exit, the status bar's warning,
and «Файл → Восстановить из резервной копии…» for the administrator.

Automatic copies go into the folders chosen in the settings («Этот компьютер», kept in
QSettings ``backup/folders``).  A SQLite journal lives on this computer, so whoever works on it
makes the copies; a PostgreSQL journal is copied only on the administrator's computer (the
logged-in user has the admin role), not by every teacher's program.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from peewee import Database, SqliteDatabase
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.services import backup as backups
from ejournal_desktop.services.permissions import Action, Role
from ejournal_desktop.store import models
from ejournal_desktop.store.database import StoreError
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.session import Session

log = logging.getLogger(__name__)

KEEP = 10  # automatic copies kept in each folder
MAX_AGE = dt.timedelta(days=1)
STATUS_REFRESH_MS = 10 * 60_000


def tr(text: str) -> str:
    return QCoreApplication.translate("BackupUi", text)


def configured_folders() -> list[Path]:
    """The folders of automatic backups on this computer (settings «Этот компьютер»)."""
    from ejournal_desktop.ui.settings_dialog import backup_folders

    return [Path(f) for f in backup_folders()]


def current_db() -> Database | None:
    return models.db_proxy.obj


@contextlib.contextmanager
def wait_cursor() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class BackupKeeper(QObject):
    """Automatic backups of one main window and its status-bar warning (``label``)."""

    def __init__(self, session: Session, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.status_bar = status_bar
        self.label = QLabel("", status_bar)
        self.label.setObjectName("backupWarning")
        self.label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.label.setVisible(False)
        self.enabled = True  # False after a restore: the window closes without another copy
        self.exit_done = False
        self.now = dt.datetime.now  # tests move the clock
        self.timer = QTimer(self)
        self.timer.setInterval(STATUS_REFRESH_MS)
        self.timer.timeout.connect(self.refresh_status)
        self.timer.start()
        self.start_timer = QTimer(self)
        self.start_timer.setSingleShot(True)
        self.start_timer.timeout.connect(self.at_start)

    def start_soon(self) -> None:
        self.start_timer.start(0)

    # --- when copies are made -------------------------------------------------------------------

    def folders(self) -> list[Path]:
        return configured_folders()

    def makes_copies(self) -> bool:
        """Folders are set and this computer is the one that copies this journal."""
        db = current_db()
        if db is None or not self.folders():
            return False
        return isinstance(db, SqliteDatabase) or Role.ADMIN in self.session.roles

    def due(self, now: dt.datetime | None = None) -> bool:
        """No good copy in the folders, or the newest one is older than a day."""
        last = backups.backup_status(self.folders()).last_ok_time
        return last is None or (now or self.now()) - last > MAX_AGE

    def at_start(self) -> list[Path]:
        if self.makes_copies() and self.due():
            return self.make_copy(tr("Делаю резервную копию журнала…"))
        self.refresh_status()
        return []

    def at_exit(self) -> list[Path]:
        if self.exit_done or not self.enabled:
            return []
        self.exit_done = True
        self.timer.stop()
        self.start_timer.stop()
        if not self.makes_copies():
            return []
        return self.make_copy(tr("Делаю резервную копию журнала перед выходом…"))

    def make_copy(self, note: str) -> list[Path]:
        db = current_db()
        if db is None:
            return []
        self.status_bar.showMessage(note)
        QCoreApplication.processEvents()
        written: list[Path] = []
        try:
            with wait_cursor():
                written = backups.auto_backup(db, self.folders(), KEEP)
        except (StoreError, OSError) as exc:  # never stop the work (or the exit) over a copy
            text = exc.message if isinstance(exc, StoreError) else str(exc)
            log.warning("automatic backup failed: %s", text)
            self.status_bar.showMessage(tr("Резервная копия не сделана: %s") % text, 15000)
        else:
            log.info("automatic backup: %s", ", ".join(str(p) for p in written))
            self.status_bar.showMessage(tr("Резервная копия журнала сделана."), 5000)
        self.refresh_status()
        return written

    # --- the status bar -------------------------------------------------------------------------

    def warning_text(self) -> str:
        folders = self.folders()
        if not folders and Role.ADMIN not in self.session.roles:
            return ""  # copies are made elsewhere (the server's admin), nothing to say here
        try:
            status = backups.backup_status(folders)
        except OSError as exc:
            log.warning("backup status not readable: %s", exc)
            return ""
        if status.last_ok_time is None and Role.ADMIN in self.session.roles:
            # not «ask the administrator» to the administrator: where copies are set up
            return tr("Резервных копий журнала нет: укажите папки в «Файл → Настройки… → Этот компьютер».")
        return backups.status_warning(status, now=self.now(), max_age=MAX_AGE)

    def refresh_status(self) -> None:
        text = self.warning_text()
        self.label.setText(text)
        self.label.setToolTip("\n".join(str(f) for f in self.folders()) or text)
        self.label.setVisible(bool(text))


# --- restoring ------------------------------------------------------------------------------------


class RestoreDialog(QDialog):
    """What the chosen file holds, and the question whether the current journal may be replaced."""

    def __init__(self, info: backups.BackupInfo, safety_folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Восстановление из резервной копии"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Файл: %s") % info.path.name, self)
        heading.setObjectName("restoreFile")
        heading.setToolTip(str(info.path))
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("restorePreview")
        self.preview.setReadOnly(True)
        lines = info.preview_lines()
        self.preview.setPlainText("\n".join(lines))
        metrics = self.preview.fontMetrics()
        width = min(max(max(metrics.horizontalAdvance(line) for line in lines) + 40, 460), 900)
        # a line wider than the window (the note about a copy without passwords) wraps
        rows = sum(-(-(metrics.horizontalAdvance(line) + 40) // width) for line in lines)
        self.preview.setMinimumSize(width, metrics.lineSpacing() * (rows + 1) + 16)
        layout.addWidget(self.preview)
        where = (self.tr("Перед восстановлением текущий журнал будет сохранён в папку %s.") % safety_folder
                 if safety_folder is not None else
                 self.tr("Перед восстановлением текущий журнал будет сохранён в резервную копию."))
        warning = QLabel(self.tr(
            "Всё, что сейчас есть в журнале, будет заменено содержимым этой копии: отметки, уроки, "
            "учётные записи, настройки. %s После восстановления нужно будет войти в программу заново.")
            % where, self)
        if info.passwords_withheld:
            warning.setText(warning.text() + " " + self.tr(
                "В этой копии нет паролей сотрудников: после восстановления не сможет войти никто, в том числе "
                "вы, пока владелец базы данных не задаст пароль администратора командой ejournal set-password."))
        warning.setObjectName("restoreWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b00020;")
        text_width = self.preview.minimumWidth()
        warning.setMinimumWidth(text_width)
        warning.setMinimumHeight(warning.heightForWidth(text_width))
        layout.addWidget(warning)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Заменить журнал копией"), self)
        self.restore_button.setObjectName("restoreButton")
        cancel = QPushButton(self.tr("Отмена"), self)
        cancel.setDefault(True)  # Enter never replaces a journal by accident
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.adjustSize()


def safety_folder(chosen: Path) -> Path | None:
    """Where the copy of the journal about to be replaced goes: the first backup folder, else next to the file."""
    for folder in [*configured_folders(), chosen.parent]:
        if folder.is_dir() and os.access(folder, os.W_OK):
            return folder
    return None


def choose_backup_file(parent: QWidget | None) -> Path | None:
    folders = configured_folders()
    start = str(folders[0]) if folders else ""
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Восстановить из резервной копии"), start,
        tr("Резервные копии ЭЖ (*%s)") % backups.SUFFIX)
    return Path(name) if name else None


def restore_journal(parent: QWidget | None, session: Session, path: Path | None = None) -> bool:
    """Choose a file, show its preview, ask, save the current journal, restore; True when restored."""
    if not session.may(Action.BACKUP):
        return False
    db = current_db()
    if db is None:
        return False
    path = path or choose_backup_file(parent)
    if path is None:
        return False
    info = boundary.run(parent, backups.read_manifest, path)
    if info is None:
        return False
    folder = safety_folder(path)
    dialog = RestoreDialog(info, folder, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    finally:
        dialog.deleteLater()
    with wait_cursor():
        safety: backups.BackupInfo | None = None
        if folder is not None:
            target = folder / backups.default_file_name(backups.SAFETY_PREFIX)
            safety = boundary.run(parent, backups.backup, session.actor, db, target)
            if safety is None:
                return False  # the current journal could not be saved: nothing is replaced
        done = boundary.run(parent, backups.restore, path, db, force=True, actor=session.actor)
    if done is None:
        return False
    log.info("journal restored from %s", path)
    saved = tr("Прежнее содержимое журнала сохранено в файл %s.") % safety.path if safety is not None else ""
    text = (tr("Журнал восстановлен из копии от %s (записей: %d). %s\n\nВойдите в программу заново.")
            % (done.created_at.strftime("%d.%m.%Y %H:%M"), done.total_rows, saved)).replace("  ", " ")
    if done.passwords_withheld:
        text += "\n\n" + no_passwords_text(session.database, boundary.run(parent, backups.admin_logins, db) or [])
    QMessageBox.information(parent, tr("Журнал восстановлен"), text)
    return True


def no_passwords_text(database: str, admins: list[str]) -> str:
    """After restoring a copy without the staff's passwords: nobody logs in until the owner sets one."""
    login = admins[0] if admins else "admin"
    return tr("В копии не было паролей сотрудников (архив учебного года): войти в журнал сейчас не может "
              "никто. Владелец базы данных задаёт пароль администратора ЭЖ командой\n"
              "ejournal set-password --db \"%s\" --login %s --password-file ФАЙЛ_С_ПАРОЛЕМ\n"
              "Пароли остальных сотрудников администратор затем сбрасывает (листки приглашений).") % (
        database, login)
