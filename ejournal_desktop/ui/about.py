"""«О программе»: version, database, the user, licences of the bundled fonts and libraries.

The window is the Designer form ``forms/about_dialog.ui``; its text is built here (:func:`about_html`).
"""

from __future__ import annotations

import html
from importlib import metadata, resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QTextBrowser, QWidget

from ejournal_desktop import __version__
from ejournal_desktop.ui import designer
from ejournal_desktop.ui.designer import child


def tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def _noop(text: str) -> str:
    """QT_TRANSLATE_NOOP("AboutDialog", …): translated where it is shown."""
    return text


# (distribution, shown name, licence, what it does here)
LIBRARIES: tuple[tuple[str, str, str, str], ...] = (
    ("PySide6-Essentials", "Qt for Python (PySide6)", "LGPL-3.0", _noop("интерфейс программы")),
    ("peewee", "peewee", "MIT", _noop("работа с базой данных")),
    ("reportlab", "ReportLab", "BSD", _noop("печатные формы PDF")),
    ("openpyxl", "openpyxl", "MIT", _noop("выгрузка в Excel")),
    ("argon2-cffi", "argon2-cffi", "MIT", _noop("хранение паролей")),
    ("psycopg", "psycopg 3", "LGPL-3.0", _noop("подключение к PostgreSQL")),
    ("keyring", "keyring", "MIT", _noop("пароль сервера в хранилище системы")),
    ("platformdirs", "platformdirs", "MIT", _noop("папки данных и журнала работы")),
)

def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "—"


def font_licence_url() -> str:
    try:
        path = Path(str(resources.files("ejournal_desktop.resources") / "fonts" / "LICENSE-DejaVu.txt"))
    except ModuleNotFoundError:
        return ""
    return QUrl.fromLocalFile(str(path)).toString() if path.exists() else ""


def libraries_html() -> str:
    rows = [
        f"<tr><td>{html.escape(name)}&nbsp;{html.escape(_version(dist))}</td>"
        f"<td>{html.escape(licence)}</td><td>{html.escape(tr(purpose))}</td></tr>"
        for dist, name, licence, purpose in LIBRARIES
    ]
    rows.insert(0, f"<tr><td>Qt&nbsp;{html.escape(qVersion())}</td><td>LGPL-3.0</td>"
                   f"<td>{html.escape(tr('библиотека интерфейса'))}</td></tr>")
    header = "".join(f"<th align='left'>{html.escape(h)}</th>"
                     for h in (tr("Библиотека"), tr("Лицензия"), tr("Назначение")))
    url = font_licence_url()
    fonts = html.escape(tr("Шрифты печатных форм: DejaVu Sans 2.37 — свободная лицензия (Bitstream Vera, Arev)."))
    if url:
        fonts += f" <a href='{html.escape(url)}'>{html.escape(tr('Текст лицензии'))}</a>"
    return (f"<table cellspacing='4' cellpadding='0'><tr>{header}</tr>{''.join(rows)}</table>"
            f"<p>{fonts}</p>"
            "<p>" + html.escape(tr("Библиотеки под LGPL поставляются отдельными файлами и могут быть "
                                   "заменены на совместимые версии.")) + "</p>")


def about_html(database: str = "", user: str = "") -> str:
    """The text of «О программе»: the program, its version, the database, the user, the licences."""
    title = QCoreApplication.translate("MainWindow", "ЭЖ-Десктоп")
    parts = [
        f"<h3>{html.escape(title)}</h3>",
        "<p>" + html.escape(tr("Электронный классный журнал школы.")) + "<br>",
        html.escape(tr("Версия: %s") % __version__) + "</p><p>",
    ]
    if database:
        parts.append(html.escape(tr("База данных: %s") % database) + "<br>")
    if user:
        parts.append(html.escape(tr("Пользователь: %s") % user) + "<br>")
    parts.append(html.escape(tr("Программа распространяется по лицензии MIT.")) + "</p>")
    parts.append(libraries_html())
    return "".join(parts)


class AboutDialog(QDialog):
    """«О программе»: the program's icon beside :func:`about_html` (links open in the browser)."""

    ICON_SIZE = 64

    def __init__(self, database: str = "", user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        designer.load_into(self, "about_dialog")
        self.setObjectName("aboutDialog")
        self.icon = child(self, QLabel, "iconLabel")
        icon = QApplication.windowIcon()
        if not icon.isNull():
            self.icon.setPixmap(icon.pixmap(self.ICON_SIZE, self.ICON_SIZE))
        self.text = child(self, QTextBrowser, "aboutText")
        self.text.setHtml(about_html(database, user))
        buttons = child(self, QDialogButtonBox, "buttons")
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)


def show_about(parent: QWidget | None, database: str = "", user: str = "") -> AboutDialog:
    """Open «О программе» modal to its window without blocking (``open()``); closed, it is deleted."""
    dialog = AboutDialog(database, user, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        dialog.exec()  # nothing would keep a window without a parent alive
    else:
        dialog.open()
    return dialog
