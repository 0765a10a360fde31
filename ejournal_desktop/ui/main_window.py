"""The main window: tabs from the permission table, menus, status bar, remembered layout."""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop import logs, translations
from ejournal_desktop.services.errors import ServiceError
from ejournal_desktop.services.permissions import ROLE_TITLES, Action, Role
from ejournal_desktop.ui.session import Session

log = logging.getLogger(__name__)


def _noop(text: str) -> str:
    """QT_TRANSLATE_NOOP("MainWindow", …): translated where it is shown."""
    return text


def app_title() -> str:
    """The program's name as shown in window titles («ЭЖ-Десктоп»; translated)."""
    return QCoreApplication.translate("MainWindow", "ЭЖ-Десктоп")


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str
    actions: tuple[Action, ...]  # shown when the user may do any of these somewhere
    module: str
    cls: str


# The tabs, in order.  A tab whose module is not there (yet) is left out: a
# tab that does nothing is worse than no tab.  Every tab widget is built as
# ``cls(session, parent)``.
TABS: tuple[TabSpec, ...] = (
    TabSpec("journal", _noop("Журнал"), (Action.VIEW_JOURNAL,),
            "ejournal_desktop.ui.journal_tab", "JournalTab"),
    TabSpec("attendance", _noop("Посещаемость"), (Action.VIEW_JOURNAL,),
            "ejournal_desktop.ui.attendance_tab", "AttendanceTab"),
    TabSpec("timetable", _noop("Расписание"), (Action.VIEW_STRUCTURE,),
            "ejournal_desktop.ui.timetable_tab", "TimetableTab"),
    TabSpec("students", _noop("Учащиеся"), (Action.VIEW_STUDENTS,),
            "ejournal_desktop.ui.admin_students", "StudentsPanel"),
    TabSpec("homeroom", _noop("Мой класс"), (Action.CONFIRM_WEEKLY_CHECK, Action.PARENT_REPORTS),
            "ejournal_desktop.ui.homeroom_tab", "HomeroomTab"),
    TabSpec("plans", _noop("КТП"), (Action.EDIT_PLANS,),
            "ejournal_desktop.ui.plan_editor", "PlanEditor"),
    TabSpec("admin", _noop("Администрирование"),
            (Action.MANAGE_ACCOUNTS, Action.EDIT_STRUCTURE, Action.MANAGE_SUBSTITUTIONS),
            "ejournal_desktop.ui.admin_tab", "AdminTab"),
    TabSpec("audit", _noop("Аудит"), (Action.VIEW_AUDIT,), "ejournal_desktop.ui.audit_tab", "AuditTab"),
    TabSpec("reports", _noop("Отчёты"), (Action.VIEW_REPORTS,),
            "ejournal_desktop.ui.reports_tab", "ReportsTab"),
    TabSpec("print", _noop("Печать"), (Action.PRINT_JOURNAL,),
            "ejournal_desktop.ui.print_tab", "PrintTab"),
    TabSpec("year_end", _noop("Конец года"), (Action.PRINT_JOURNAL, Action.ARCHIVE_YEAR),
            "ejournal_desktop.ui.year_end", "YearEndTab"),
)


def tab_class(spec: TabSpec) -> type[QWidget] | None:
    """The tab's widget class, or None when its module is not part of the program yet."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name == spec.module:
            return None
        raise  # the module is there but broken: that must be seen, not hidden
    cls = getattr(module, spec.cls, None)
    return cls if isinstance(cls, type) and issubclass(cls, QWidget) else None


def roles_text(roles: frozenset[Role]) -> str:
    return ", ".join(QCoreApplication.translate("Role", ROLE_TITLES[r]) for r in Role if r in roles)


# --- remembering window, splitter and header state -----------------------------------------------


def save_layout(settings: QSettings, root: QWidget) -> None:
    """Splitters and table headers that have an objectName, under the current group."""
    for splitter in root.findChildren(QSplitter):
        if splitter.objectName():
            settings.setValue(f"splitter/{splitter.objectName()}", splitter.saveState())
    for header in root.findChildren(QHeaderView):
        if header.objectName():
            settings.setValue(f"header/{header.objectName()}", header.saveState())


def restore_layout(settings: QSettings, root: QWidget) -> None:
    for splitter in root.findChildren(QSplitter):
        name = splitter.objectName()
        state = settings.value(f"splitter/{name}") if name else None
        if state is not None:
            splitter.restoreState(state)
    for header in root.findChildren(QHeaderView):
        name = header.objectName()
        state = settings.value(f"header/{name}") if name else None
        if state is not None:
            header.restoreState(state)


# --- the idle lock -----------------------------------------------------------------------------------

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    """Emits ``idle`` after ``interval_ms`` without keyboard or mouse input anywhere in the program.

    The application-wide event filter only notes the time of the last input (no timer
    restarted per event); one single-shot timer checks it when it fires.
    """

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = max(1, interval_ms)
        self.last_input = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._check)
        self.paused = False

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.resume()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def pause(self) -> None:
        self.paused = True
        self.timer.stop()

    def resume(self) -> None:
        self.paused = False
        self.last_input = time.monotonic()
        self.timer.start(self.interval_ms)

    def set_interval(self, interval_ms: int) -> None:
        self.interval_ms = max(1, interval_ms)
        if not self.paused:
            self.resume()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def _check(self) -> None:
        if self.paused:
            return
        waited_ms = (time.monotonic() - self.last_input) * 1000
        if waited_ms + 1 >= self.interval_ms:
            self.idle.emit()
        else:
            self.timer.start(max(1, int(self.interval_ms - waited_ms)))


class LockDialog(QDialog):
    """«Программа заблокирована»: the same user's password again, or «Сменить пользователя»."""

    def __init__(self, login: str, who: str, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.login = login
        self.switch_requested = False
        self.setWindowTitle(self.tr("Программа заблокирована"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "Программа заблокирована после %d мин. без действий — чтобы никто не увидел и не изменил "
            "журнал, пока вас нет за компьютером. Всё введённое сохранено.\n\n"
            "Чтобы продолжить, введите пароль пользователя %s.") % (minutes, who), self)
        text.setWordWrap(True)
        text.setMinimumWidth(440)
        text.setMinimumHeight(text.heightForWidth(440))  # a wrapped label in a dialog: never clipped
        layout.addWidget(text)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("lockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Пароль"))
        layout.addWidget(self.password_edit)
        self.message = QLabel("", self)
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.unlock_button = QPushButton(self.tr("Разблокировать"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(self.tr("Сменить пользователя"), self)
        self.switch_button.setObjectName("lockSwitchButton")
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.switch_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button.clicked.connect(self.request_switch)
        layout.addWidget(buttons)
        self.adjustSize()

    def try_unlock(self) -> None:
        from ejournal_desktop.services import auth

        password = self.password_edit.text()
        self.password_edit.clear()
        try:
            auth.login(self.login, password)
        except ServiceError as exc:
            self.message.setText(exc.message)
            self.password_edit.setFocus()
            return
        self.accept()

    def request_switch(self) -> None:
        self.switch_requested = True
        self.reject()

    def reject(self) -> None:
        """Escape does not unlock: only the password or «Сменить пользователя» leave."""
        if self.switch_requested:
            super().reject()


class MainWindow(QMainWindow):
    SETTINGS_GROUP = "windows/MainWindow"
    MS_PER_MINUTE = 60_000  # the idle lock's unit (tests make it small)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.switch_user_requested = False
        self.setWindowTitle(f"{app_title()} — {session.actor}")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.tab_widgets: dict[str, QWidget] = {}
        self.help_window: QWidget | None = None
        self.lock_dialog: LockDialog | None = None
        self._build_tabs()
        self._build_menus()
        self._build_status()
        self.tabs.currentChanged.connect(self._tab_shown)
        self._restore()
        self.idle = IdleWatcher(self.idle_lock_minutes() * self.MS_PER_MINUTE, self)
        self.idle.idle.connect(self.lock)
        self.idle.start()
        self.backups.start_soon()  # the daily copy once the window is up

    # --- tabs -------------------------------------------------------------------------------

    def _build_tabs(self) -> None:
        for spec in TABS:
            if not any(self.session.may(a) for a in spec.actions):
                continue
            cls = tab_class(spec)
            if cls is None:
                continue
            widget = cls(self.session, self)  # type: ignore[call-arg]
            widget.setObjectName(f"{spec.key}Tab")
            self.tab_widgets[spec.key] = widget
            # a small screen (1024 × 600 netbooks in classrooms) scrolls a tab rather than
            # forcing the window wider or taller than the screen
            holder = QScrollArea(self.tabs)
            holder.setObjectName(f"{spec.key}Scroll")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidget(widget)
            self.tabs.addTab(holder, self.tr(spec.title))
            status = getattr(widget, "status_message", None)  # a tab's passing remarks
            if status is not None:
                status.connect(self.show_status)
        timetable = self.tab_widgets.get("timetable")
        if timetable is not None and hasattr(timetable, "openLesson"):
            timetable.openLesson.connect(self.open_lesson)

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def show_tab(self, key: str) -> QWidget | None:
        widget = self.tab_widgets.get(key)
        if widget is not None:
            self.tabs.setCurrentWidget(self._holder(widget))
        return widget

    def _holder(self, widget: QWidget) -> QWidget:
        """The scroll area a tab widget sits in (its viewport's parent)."""
        holder = widget.parentWidget()
        while holder is not None and not isinstance(holder, QScrollArea):
            holder = holder.parentWidget()
        return holder or widget

    def open_lesson(self, assignment_id: int, date: dt.date, number: int) -> None:
        """A lesson chosen elsewhere (the timetable) opens in the journal tab."""
        journal = self.tab_widgets.get("journal")
        if journal is None or not hasattr(journal, "open_lesson"):
            self.statusBar().showMessage(
                self.tr("Журнал в этой версии программы недоступен."), 5000)
            return
        self.tabs.setCurrentWidget(self._holder(journal))
        journal.open_lesson(assignment_id, date, number)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def current_tab(self) -> QWidget | None:
        """The widget of the tab on screen."""
        return self._content(self.tabs.currentWidget())

    def _content(self, holder: QWidget | None) -> QWidget | None:
        """The tab's own widget inside its scroll area."""
        return holder.widget() if isinstance(holder, QScrollArea) else holder

    def _tab_shown(self, index: int) -> None:
        widget = self._content(self.tabs.widget(index))
        if widget is not None and getattr(widget, "refresh_on_show", False):
            widget.refresh()  # type: ignore[attr-defined]

    # --- menus and status bar ------------------------------------------------------------------

    def _action(self, text: str, name: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Файл"))
        file_menu.setObjectName("fileMenu")
        settings = self._action(self.tr("&Настройки…"), "settingsAction", self.open_settings,
                                QKeySequence("Ctrl+,"))
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(settings)

        file_menu.addAction(self._action(self.tr("Сообщения…"), "messagesAction", self.open_messages,
                                         "Ctrl+M"))
        if self.session.may(Action.BACKUP):
            file_menu.addAction(self._action(self.tr("Восстановить из резервной копии…"), "restoreAction",
                                             self.restore_backup))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Заблокировать"), "lockAction", self.lock, "Ctrl+L"))
        file_menu.addAction(self._action(self.tr("Сменить &пользователя…"), "switchUserAction",
                                         self.switch_user, "Ctrl+Shift+L"))
        file_menu.addSeparator()
        quit_action = self._action(self.tr("В&ыход"), "quitAction", self.close, QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu(self.tr("&Вид"))
        view_menu.setObjectName("viewMenu")
        self.view_actions: list[QAction] = []
        for index in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(index), self)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
            self.view_actions.append(action)

        help_menu = bar.addMenu(self.tr("&Справка"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self._action(self.tr("&Руководство пользователя"), "helpAction", self.open_help,
                                         QKeySequence(QKeySequence.StandardKey.HelpContents)))
        help_menu.addAction(self._action(self.tr("Папка &журнала работы программы"), "logFolderAction",
                                         self.open_log_folder))
        help_menu.addSeparator()
        about = self._action(self.tr("&О программе"), "aboutAction", self.about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    def _build_status(self) -> None:
        who = f"{self.session.actor} — {roles_text(self.session.roles)}"
        self.user_label = QLabel(who, self)
        self.user_label.setObjectName("userLabel")
        self.database_label = QLabel(self.tr("База: %s") % self.session.database, self)
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setToolTip(self.session.database)
        self.statusBar().addWidget(self.user_label, 1)
        from ejournal_desktop.ui.backup_ui import BackupKeeper
        from ejournal_desktop.ui.messages_ui import MessagesIndicator

        self.backups = BackupKeeper(self.session, self.statusBar(), self)
        self.statusBar().addPermanentWidget(self.backups.label)
        self.messages = MessagesIndicator(self.session, self.statusBar(), self)
        self.statusBar().addPermanentWidget(self.messages.label)
        from ejournal_desktop.ui.year_end import YearEndReminder

        self.year_end_reminder = YearEndReminder(self.session, self.statusBar(), self)  # journals, archive copies
        self.statusBar().addPermanentWidget(self.year_end_reminder.label)
        self.statusBar().addPermanentWidget(self.database_label)

    def user_text(self) -> str:
        return f"{self.session.actor} ({roles_text(self.session.roles)})"

    def about_text(self) -> str:
        from ejournal_desktop.ui.about import about_html

        return about_html(self.session.database, self.user_text())

    def about(self) -> None:
        from ejournal_desktop.ui.about import show_about

        show_about(self, self.session.database, self.user_text())

    def open_help(self) -> None:
        from ejournal_desktop.ui.help import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self.session.roles, translations.current_language(), self)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()

    def open_log_folder(self) -> None:
        folder = logs.log_path().parent
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.show_status(self.tr("Журнал работы программы: %s") % logs.log_path())

    def open_settings(self) -> None:
        from ejournal_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.idle.set_interval(self.idle_lock_minutes() * self.MS_PER_MINUTE)
        dialog.deleteLater()

    def open_messages(self) -> None:
        self.messages.open_inbox()

    def restore_backup(self) -> None:
        """The admin replaces the journal with a backup; then everyone logs in again (as «Сменить пользователя»)."""
        from ejournal_desktop.ui.backup_ui import restore_journal

        if restore_journal(self, self.session):
            self.backups.enabled = False  # no automatic copy of the journal just restored
            self.switch_user()

    def switch_user(self) -> None:
        """Close this window (what was on screen goes with it); ``run_gui`` shows the login dialog again."""
        self.switch_user_requested = True
        self.close()

    # --- the idle lock ----------------------------------------------------------------------------

    def idle_lock_minutes(self) -> int:
        from ejournal_desktop.services import settings as school_settings

        try:
            return int(school_settings.get("idle_lock_minutes"))
        except Exception:  # the database is gone: lock after the default time anyway
            log.warning("idle_lock_minutes not readable, using the default")
            return int(school_settings.DEFINITIONS["idle_lock_minutes"].default)

    @property
    def locked(self) -> bool:
        return self.lock_dialog is not None

    def lock(self) -> None:
        """Hide the journal behind the password dialog; nothing typed is discarded."""
        if self.lock_dialog is not None:
            return
        self.idle.pause()
        self.tabs.setVisible(False)
        log.info("idle lock")
        dialog = LockDialog(self.session.actor.login, str(self.session.actor), self.idle_lock_minutes(), self)
        dialog.finished.connect(self._lock_finished)
        self.lock_dialog = dialog
        dialog.open()
        dialog.password_edit.setFocus()

    def _lock_finished(self, result: int) -> None:
        dialog = self.lock_dialog
        self.lock_dialog = None
        if dialog is None:
            return
        dialog.deleteLater()
        if dialog.switch_requested:
            self.switch_user()
            return
        self.tabs.setVisible(True)
        self.idle.resume()
        log.info("unlocked")

    # --- remembered geometry ---------------------------------------------------------------------

    def _restore(self) -> None:
        settings = QSettings()
        settings.beginGroup(self.SETTINGS_GROUP)
        geometry = settings.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = settings.value("state")
        if state is not None:
            self.restoreState(state)
        restore_layout(settings, self)
        current = settings.value("tab")
        if current and str(current) in self.tab_widgets:
            self.tabs.setCurrentWidget(self._holder(self.tab_widgets[str(current)]))
        settings.endGroup()

    def save_settings(self) -> None:
        settings = QSettings()
        settings.beginGroup(self.SETTINGS_GROUP)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        save_layout(settings, self)
        current = self._content(self.tabs.currentWidget())
        key = next((k for k, w in self.tab_widgets.items() if w is current), "")
        settings.setValue("tab", key)
        settings.endGroup()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.idle.stop()
        self.messages.stop()
        self.year_end_reminder.stop()
        self.backups.at_exit()
        if self.help_window is not None:
            self.help_window.close()
        super().closeEvent(event)
