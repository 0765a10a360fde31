"""Starting the desktop program: the log, the error dialog, the application object,
translators (the language chosen in the settings), login, main window."""

from __future__ import annotations

import logging
import sys
from importlib import resources

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from ejournal_desktop import APP_NAME, __version__, logs, translations
from ejournal_desktop.i18n import LANGUAGE_PROPERTY

log = logging.getLogger(__name__)

ORGANIZATION = "ejournal-desktop"


def _icon() -> QIcon | None:
    try:
        path = resources.files("ejournal_desktop.resources") / "icons" / "ejournal.png"
    except ModuleNotFoundError:
        return None
    if not path.is_file():
        return None
    with resources.as_file(path) as file:
        icon = QIcon(str(file))
    return None if icon.isNull() else icon


def apply_language(app: QApplication, language: str | None = None) -> str:
    """Install Qt's and the program's translators for the language (default: the one in the settings).

    Windows built afterwards speak it; windows already open keep their texts.
    """
    chosen = language or translations.current_language()
    installed = translations.install(app, chosen)
    app.setProperty(LANGUAGE_PROPERTY, installed)
    return installed


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication of the program, created once with its names, icon and translators."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        list(argv) if argv is not None else sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = _icon()
    if icon is not None:
        app.setWindowIcon(icon)
    if not app.property("ejournal_translators"):
        apply_language(app)
        app.setProperty("ejournal_translators", True)
    return app


def run_gui(db: str | None = None, argv: list[str] | None = None, debug: bool = False) -> int:
    """Log in, show the main window; «Сменить пользователя…» returns to the login dialog
    (and takes up a language changed in the settings meanwhile)."""
    from ejournal_desktop.ui import errors
    from ejournal_desktop.ui.login import LoginDialog
    from ejournal_desktop.ui.main_window import MainWindow

    path = logs.setup(debug=debug)
    errors.install()
    app = application(argv)
    log.info("ejournal %s started (log: %s, language: %s)", __version__, path,
             app.property(LANGUAGE_PROPERTY))
    while True:
        if app.property(LANGUAGE_PROPERTY) != translations.current_language():
            apply_language(app)
        dialog = LoginDialog(db)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        session = dialog.session()
        dialog.deleteLater()
        if session is None:
            return 0
        window = MainWindow(session)
        window.show()
        code = app.exec()
        if not window.switch_user_requested:
            return int(code)
        window.deleteLater()


def smoke_test(db: str, login: str = "admin", password: str | None = None, languages: tuple[str, ...] = ("ru", "en")
               ) -> int:
    """A non-interactive start for the bundle's check (``ejournal --smoke-test --db D``): open the journal,
    log in (the demo admin by default), build the main window in each language, open «О программе»'s text,
    the help and the settings dialog, close everything; 0 when all of it worked."""
    from ejournal_desktop.services import auth
    from ejournal_desktop.services.access import standing
    from ejournal_desktop.store.database import open_journal, parse_target
    from ejournal_desktop.ui.about import AboutDialog
    from ejournal_desktop.ui.help import HelpWindow
    from ejournal_desktop.ui.main_window import MainWindow
    from ejournal_desktop.ui.session import Session
    from ejournal_desktop.ui.settings_dialog import SettingsDialog

    if password is None:
        from ejournal_desktop.services.demo import DEMO_PASSWORD

        password = DEMO_PASSWORD
    logs.setup()
    app = application([sys.argv[0]] if sys.argv else [])
    database = open_journal(db)
    try:
        result = auth.login(login, password)
        session = Session(actor=result.actor, roles=standing(result.actor).roles,
                          database=parse_target(db).display)
        for language in languages:
            if apply_language(app, language) != language:
                print(f"smoke test: language {language} not available", file=sys.stderr)
                return 1
            window = MainWindow(session)
            window.show()
            app.processEvents()
            titles = window.tab_titles()
            about = AboutDialog(session.database, str(session.actor), window)  # the Designer form loads
            help_window = HelpWindow(session.roles, language, window)
            settings = SettingsDialog(session, window)
            app.processEvents()
            print(f"smoke test [{language}]: {window.windowTitle()} — {', '.join(titles)}")
            settings.deleteLater()
            about.deleteLater()
            help_window.deleteLater()
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        apply_language(app)
        database.close()
    return 0
