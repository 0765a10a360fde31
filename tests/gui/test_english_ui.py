"""The English window shows no Russian but the school's own data.

The main window of the administrator and of a homeroom teacher is opened in English on a populated
school; every tab and every nested sub-tab (the administration's panels, the structure editors) is
shown and photographed, every report is built, and each text a user can see (labels, buttons, group
and tab titles, combo items, placeholders, tooltips, table headers and cells) is read.  A Cyrillic
word is allowed only when it is data: a word stored in the database (names, subjects, classes,
periods, topics…), an abbreviation or initial of such a word, or a value the journal stores in
Russian (lesson types, «м»/«ж», absence codes, «зач», «осв»).  Anything else is an interface string that does not
go through the translator.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ejournal_desktop.domain.marks import PERIOD_MARK_CHOICES
from ejournal_desktop.store import models
from ejournal_desktop.ui.journal_tab import ABSENCE_KEYS, LESSON_TYPES
from ejournal_desktop.ui.main_window import MainWindow
from tests.factory import School
from tests.gui.conftest import SCREENSHOTS, populate
from tests.gui.test_shell import english, session_for  # noqa: F401  (the fixture)

pytestmark = pytest.mark.gui

WORD = re.compile("[А-Яа-яЁё]+")
STORED_IN_RUSSIAN = ["м", "ж", *LESSON_TYPES, *ABSENCE_KEYS.values(), *PERIOD_MARK_CHOICES]


def _count(method: Callable[..., int]) -> int:
    for args in ((QModelIndex(),), ()):
        try:
            return int(method(*args))
        except TypeError:  # PySide: a list model's columnCount is private, some models take no parent
            continue
    return 1


def _model_texts(model: QAbstractItemModel) -> Iterable[str]:
    rows, columns = _count(model.rowCount), _count(model.columnCount)
    for c in range(columns):
        yield str(model.headerData(c, Qt.Orientation.Horizontal) or "")
    for r in range(min(rows, 40)):
        yield str(model.headerData(r, Qt.Orientation.Vertical) or "")
        for c in range(columns):
            index = model.index(r, c)
            yield str(index.data() or "")
            yield str(index.data(Qt.ItemDataRole.ToolTipRole) or "")


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a user can read in the window as it is shown now."""
    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        where = f"{type(w).__name__}#{w.objectName()}"
        texts = [w.toolTip()]
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            texts += list(_model_texts(w.model()))
        out += [(where, t) for t in texts if t and WORD.search(t)]
    return out


def data_words() -> set[str]:
    """Every Cyrillic word stored in the journal's database (lower case), and the values kept in Russian."""
    words: set[str] = set()
    for model in models.ALL_MODELS:
        for row in model.select().tuples():
            for value in row:
                if isinstance(value, str):
                    words.update(w.lower() for w in WORD.findall(value))
    for value in STORED_IN_RUSSIAN:
        words.update(w.lower() for w in WORD.findall(value))
    return words


def russian_left(text: str, data: set[str]) -> list[str]:
    """The Cyrillic words of a text that are not data (an initial or an abbreviation «Окр.» of data counts)."""
    bad = []
    for match in WORD.finditer(text):
        word = match.group().lower()
        abbreviated = len(word) <= 2 or text[match.end():match.end() + 1] == "."
        if word in data or (abbreviated and any(d.startswith(word) for d in data)):
            continue
        bad.append(match.group())
    return bad


def walk(window: QWidget, tabs: QTabWidget, name: str, seen: list[tuple[str, str]], shots: list[str]) -> None:
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        QApplication.processEvents()
        label = f"{name}-{re.sub('[^A-Za-z0-9]+', '_', tabs.tabText(i)).strip('_')}"
        SCREENSHOTS.mkdir(exist_ok=True)
        window.grab().save(str(SCREENSHOTS / f"en_{label}.png"))
        shots.append(label)
        seen += [(f"{label}: {where}", text) for where, text in visible_texts(window)]
        page = tabs.widget(i)
        for inner in page.findChildren(QTabWidget):
            if inner.isVisible():
                walk(window, inner, label, seen, shots)


def build_every_report(window: MainWindow, seen: list[tuple[str, str]]) -> int:
    tab = window.show_tab("reports")
    assert tab is not None
    choice = tab.findChild(QListWidget, "reportChoice")
    build = tab.findChild(QPushButton, "buildReport")
    built = 0
    for row in range(choice.count()):
        choice.setCurrentRow(row)
        QApplication.processEvents()
        if not build.isEnabled():
            continue
        build.click()
        QApplication.processEvents()
        built += 1
        seen += [(f"report {choice.item(row).text()}: {where}", text) for where, text in visible_texts(window)]
    return built


@pytest.mark.parametrize("login", ["admin", "ivanova"])
def test_the_english_window_shows_no_russian_but_data(
    qtbot: QtBot, gui_school: tuple[str, School], english: None, login: str  # noqa: F811
) -> None:
    db, school = gui_school
    populate(school)
    window = MainWindow(session_for(school, login, db))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    seen: list[tuple[str, str]] = []
    shots: list[str] = []
    walk(window, window.tabs, login, seen, shots)
    assert len(shots) >= (19 if login == "admin" else 8)  # every tab, the admin's panels and editors
    assert build_every_report(window, seen) >= 5
    data = data_words()
    left = sorted({f"{where}: {text!r} ({', '.join(russian_left(text, data))})"
                   for where, text in seen if russian_left(text, data)})
    assert not left, "Russian in the English window:\n" + "\n".join(left)


def test_the_check_finds_an_untranslated_label(qtbot: QtBot, english: None) -> None:  # noqa: F811
    widget = QWidget()
    qtbot.addWidget(widget)
    QLabel("Сохранить изменения", widget)
    QLabel("Мат. — Петров С. Н.", widget)
    widget.show()
    texts = [t for _w, t in visible_texts(widget)]
    data = {"математика", "петров", "сергей", "николаевич"}
    assert [russian_left(t, data) for t in texts] == [["Сохранить", "изменения"], []]
