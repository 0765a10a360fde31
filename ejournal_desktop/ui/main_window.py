"""The main window: tabs from the permission table, menus, status bar, remembered layout."""

from __future__ import annotations

import datetime as dt
import html
import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QWidget,
)

from ejournal_desktop import APP_NAME, __version__
from ejournal_desktop.services.permissions import ROLE_TITLES, Action, Role
from ejournal_desktop.ui.session import Session


def _noop(text: str) -> str:
    """QT_TRANSLATE_NOOP("MainWindow", …): translated where it is shown."""
    return text


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
    TabSpec("admin", _noop("Администрирование"), (Action.MANAGE_ACCOUNTS, Action.EDIT_STRUCTURE),
            "ejournal_desktop.ui.admin_tab", "AdminTab"),
    TabSpec("reports", _noop("Отчёты"), (Action.VIEW_REPORTS,),
            "ejournal_desktop.ui.reports_tab", "ReportsTab"),
    TabSpec("print", _noop("Печать"), (Action.PRINT_JOURNAL,),
            "ejournal_desktop.ui.print_tab", "PrintTab"),
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


class MainWindow(QMainWindow):
    SETTINGS_GROUP = "windows/MainWindow"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.switch_user_requested = False
        self.setWindowTitle(f"{APP_NAME} — {session.actor}")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.tab_widgets: dict[str, QWidget] = {}
        self._build_tabs()
        self._build_menus()
        self._build_status()
        self.tabs.currentChanged.connect(self._tab_shown)
        self._restore()

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
            self.tabs.addTab(widget, self.tr(spec.title))
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
            self.tabs.setCurrentWidget(widget)
        return widget

    def open_lesson(self, assignment_id: int, date: dt.date, number: int) -> None:
        """A lesson chosen elsewhere (the timetable) opens in the journal tab."""
        journal = self.tab_widgets.get("journal")
        if journal is None or not hasattr(journal, "open_lesson"):
            self.statusBar().showMessage(
                self.tr("Журнал в этой версии программы недоступен."), 5000)
            return
        self.tabs.setCurrentWidget(journal)
        journal.open_lesson(assignment_id, date, number)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is not None and getattr(widget, "refresh_on_show", False):
            widget.refresh()  # type: ignore[attr-defined]

    # --- menus and status bar ------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Файл"))
        switch = QAction(self.tr("Сменить пользователя…"), self)
        switch.setObjectName("switchUserAction")
        switch.triggered.connect(self.switch_user)
        file_menu.addAction(switch)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("Выход"), self)
        quit_action.setObjectName("quitAction")
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu(self.tr("&Вид"))
        self.view_actions: list[QAction] = []
        for index in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(index), self)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
            self.view_actions.append(action)

        help_menu = bar.addMenu(self.tr("&Справка"))
        about = QAction(self.tr("О программе"), self)
        about.setObjectName("aboutAction")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _build_status(self) -> None:
        who = f"{self.session.actor} — {roles_text(self.session.roles)}"
        self.user_label = QLabel(who, self)
        self.user_label.setObjectName("userLabel")
        self.database_label = QLabel(self.tr("База: %s") % self.session.database, self)
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setToolTip(self.session.database)
        self.statusBar().addWidget(self.user_label, 1)
        self.statusBar().addPermanentWidget(self.database_label)

    def about_text(self) -> str:
        return self.tr(
            "<h3>%s</h3><p>Электронный классный журнал школы.</p>"
            "<p>Версия: %s</p><p>База данных: %s</p><p>Пользователь: %s</p>"
        ) % (APP_NAME, html.escape(__version__), html.escape(self.session.database),
             html.escape(f"{self.session.actor} ({roles_text(self.session.roles)})"))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("О программе"), self.about_text())

    def switch_user(self) -> None:
        """Close this window; ``run_gui`` shows the login dialog again."""
        self.switch_user_requested = True
        self.close()

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
            self.tabs.setCurrentWidget(self.tab_widgets[str(current)])
        settings.endGroup()

    def save_settings(self) -> None:
        settings = QSettings()
        settings.beginGroup(self.SETTINGS_GROUP)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        save_layout(settings, self)
        current = self.tabs.currentWidget()
        key = next((k for k, w in self.tab_widgets.items() if w is current), "")
        settings.setValue("tab", key)
        settings.endGroup()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)
