"""The dialogs whose layouts are Qt Designer forms (forms/*.ui, loaded with QUiLoader): every form
loads, its texts are translated in the form's context, «О программе» opens from the main window."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from ejournal_desktop import __version__, translations
from ejournal_desktop.services.access import standing
from ejournal_desktop.ui import designer
from ejournal_desktop.ui.about import AboutDialog
from ejournal_desktop.ui.app import apply_language
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.ui.session import Session
from ejournal_desktop.ui.settings_dialog import SettingsDialog
from tests.factory import MON, School
from tests.gui.conftest import SCREENSHOTS, today_is

pytestmark = pytest.mark.gui

CYRILLIC = re.compile("[А-Яа-яЁё]")
FORMS = sorted(designer.forms_dir().glob("*.ui"))


def session_for(school: School, login: str, db: str) -> Session:
    actor = school.actors()[login]
    return Session(actor=actor, roles=standing(actor).roles, database=db, today=today_is(MON))


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translations.set_language("en")
    assert apply_language(qapp) == "en"
    try:
        yield
    finally:
        translations.set_language("ru")
        apply_language(qapp, "ru")


def test_the_forms_are_found_where_the_package_keeps_them() -> None:
    names = {path.stem for path in FORMS}
    assert {"settings_dialog", "about_dialog"} <= names
    assert designer.form_path("about_dialog").is_file()


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.stem)
def test_every_form_loads_and_names_its_translation_context(qtbot: QtBot, path: Path) -> None:
    root = ET.parse(path).getroot()
    context = root.findtext("class")
    assert context and context[0].isupper(), f"{path.name}: <class> is the translation context"
    widget = QUiLoader().load(str(path))
    assert widget is not None
    qtbot.addWidget(widget)
    assert isinstance(widget, QDialog)
    assert CYRILLIC.search(widget.windowTitle()), "the source strings are Russian"


def test_a_widget_the_code_needs_and_the_form_lacks_is_a_clear_error(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    with pytest.raises(designer.FormError, match="no QLineEdit named 'schoolNameEdit'"):
        designer.child(dialog, QLineEdit, "schoolNameEdit")
    with pytest.raises(designer.FormError, match="cannot be read"):
        designer.load_into(QDialog(), "no_such_form")


def test_about_opens_from_the_main_window_with_version_database_and_licences(
    qtbot: QtBot, gui_school: tuple[str, School]
) -> None:
    db, school = gui_school
    window = MainWindow(session_for(school, "ivanova", db))
    qtbot.addWidget(window)
    window.show()
    window.findChild(QAction, "aboutAction").trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.isModal()  # modal to the main window, yet the call did not block
    assert dialog.windowTitle() == "О программе"
    text = dialog.text.toPlainText()
    for part in (__version__, db, "Иванова", "MIT", "LGPL-3.0", "peewee", "ReportLab", "openpyxl", "argon2-cffi",
                 "psycopg", "keyring", "platformdirs", "DejaVu", "BSD"):
        assert part in text, part
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "about_form.png"))
    close = dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is None)  # closed and deleted


def test_about_in_english(qtbot: QtBot, english: None) -> None:
    dialog = AboutDialog("/tmp/journal.sqlite3", "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "About"
    text = dialog.findChild(QTextBrowser, "aboutText").toPlainText()
    assert "Version: " + __version__ in text
    assert not CYRILLIC.search(text), text
    assert not dialog.icon.pixmap().isNull()
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "en_about_form.png"))


def test_settings_form_texts_in_english(qtbot: QtBot, gui_school: tuple[str, School], english: None) -> None:
    db, school = gui_school
    dialog = SettingsDialog(session_for(school, "admin", db))
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [dialog.windowTitle()] + [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    texts += [w.text() for w in dialog.findChildren(QWidget) if hasattr(w, "text") and isinstance(w.text(), str)
              and w not in (dialog.school_name, dialog.school_short_name, dialog.director_name)]
    texts += [w.title() for w in dialog.findChildren(QWidget) if hasattr(w, "title") and callable(w.title)
              and isinstance(w.title(), str)]
    texts.append(dialog.rounding.toolTip())
    russian = sorted({t for t in texts if CYRILLIC.search(t)} - {"Русский"})  # a language names itself
    assert not russian, russian


def test_a_long_school_name_is_shown_from_its_beginning(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    from ejournal_desktop.services import structure

    db, school = gui_school
    name = "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»"
    structure.set_setting(school.admin, "school_name", name)
    dialog = SettingsDialog(session_for(school, "admin", db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.school_name
    assert edit.text() == name and edit.cursorPosition() == 0
    assert edit.cursorRect().left() < edit.width() // 4  # the start of the name is what is on the screen
