"""Starting the desktop program: the application object, translators, login, main window."""

from __future__ import annotations

import sys
from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from ejournal_desktop import APP_NAME, __version__

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


def _install_qt_translator(app: QApplication) -> None:
    """Qt's own Russian for standard buttons and dialogs (OK → «ОК», Cancel → «Отмена»)."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QLocale.Language.Russian), "qtbase", "_", folder):
        app.installTranslator(translator)
    else:
        translator.deleteLater()


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication of the program, created once with its names, icon and translators."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        list(argv) if argv is not None else sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    icon = _icon()
    if icon is not None:
        app.setWindowIcon(icon)
    if not app.property("ejournal_translators"):
        _install_qt_translator(app)
        app.setProperty("ejournal_translators", True)
    return app


def run_gui(db: str | None = None, argv: list[str] | None = None) -> int:
    """Log in, show the main window; «Сменить пользователя…» returns to the login dialog."""
    from ejournal_desktop.ui.login import LoginDialog
    from ejournal_desktop.ui.main_window import MainWindow

    app = application(argv)
    while True:
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
