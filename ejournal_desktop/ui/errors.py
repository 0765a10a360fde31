"""The global excepthook of the desktop program: log the traceback, tell the user in Russian.

An exception nobody caught (a bug) is written to the log with its traceback
(redacted by :mod:`ejournal_desktop.logs`) and shown in one message box: what
happened in plain words, where the log is, and «Копировать подробности» that
puts the traceback on the clipboard for the administrator.  Refusals of the
services never get here: :mod:`ejournal_desktop.ui.boundary` shows them.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from ejournal_desktop import APP_NAME, __version__, logs

log = logging.getLogger("ejournal_desktop.crash")


def tr(text: str) -> str:
    return QCoreApplication.translate("ErrorDialog", text)


def details_text(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    lines = traceback.format_exception(kind, value, tb)
    return f"{APP_NAME} {__version__}\n" + "".join(lines)


class ErrorDialog(QMessageBox):
    """«Непредвиденная ошибка» with the log path and a button copying the details."""

    def __init__(self, details: str, log_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.details = details
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(tr("Непредвиденная ошибка"))
        self.setText(tr("В программе произошла непредвиденная ошибка. Введённые и сохранённые "
                        "данные журнала не потеряны; последнее действие могло не выполниться."))
        self.setInformativeText(
            tr("Подробности записаны в журнал работы программы:\n%s\n\n"
               "Сообщите об ошибке администратору ЭЖ: нажмите «Копировать подробности» "
               "и вставьте их в письмо.") % log_file)
        self.copy_button = QPushButton(tr("Копировать подробности"), self)
        self.copy_button.setObjectName("copyDetailsButton")
        self.addButton(self.copy_button, QMessageBox.ButtonRole.ActionRole)
        self.copy_button.clicked.disconnect()  # an action button must not close the box
        self.copy_button.clicked.connect(self.copy_details)
        self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(QMessageBox.StandardButton.Close)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(tr("Скопировано"))


_showing = False


def handle_exception(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: log, then one dialog (never a second one on top while it is open)."""
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.error("uncaught exception %s", kind.__name__, exc_info=(kind, value, tb))
    if QApplication.instance() is None or _showing:
        sys.__excepthook__(kind, value, tb)
        return
    _showing = True
    try:
        dialog = ErrorDialog(logs.redact(details_text(kind, value, tb)), str(logs.log_path()),
                             QApplication.activeWindow())
        dialog.exec()
        dialog.deleteLater()
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = handle_exception
