"""The English window shows no Russian but the school's own data.

The main window of the administrator and of a homeroom teacher is opened in English on a populated
school; every tab and every nested sub-tab (the administration's panels, the structure editors) is
shown and photographed, every report is built, and each text a user can see (labels, buttons, group
and tab titles, combo items, placeholders, tooltips, table headers and cells) is read.  A Cyrillic
word is allowed only when it is data: a word stored in the database (names, subjects, classes,
periods, topics…), an abbreviation or initial of such a word, or a value the journal stores and shows in
Russian (absence codes, «зач», «осв»).  Anything else is an interface string that does not go through the
translator — and so is a word of the program's own lists the journal stores in Russian but shows in the
interface's language (lesson types, «м»/«ж», parents' relations: ``ui.stored_values``): the school's week
gets a lesson type, the sex of its students, a mother and a contact with her; such a word in its own column
is not data, nor is a text that is just such a word.
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
from ejournal_desktop.services import contacts, journal, students
from ejournal_desktop.store import models
from ejournal_desktop.ui import stored_values
from ejournal_desktop.ui.journal_tab import ABSENCE_KEYS
from ejournal_desktop.ui.main_window import MainWindow
from tests.factory import MON, School
from tests.gui.conftest import SCREENSHOTS, populate
from tests.gui.test_shell import english, session_for  # noqa: F401  (the fixture)

pytestmark = pytest.mark.gui

WORD = re.compile("[А-Яа-яЁё]+")
STORED_IN_RUSSIAN = [*ABSENCE_KEYS.values(), *PERIOD_MARK_CHOICES]
TRANSLATED = {w.casefold() for w in (*stored_values.LESSON_TYPES, *stored_values.GENDERS, *stored_values.RELATIONS)}
"""Words of the program's lists stored in Russian and shown in the interface's language: never data."""
LIST_COLUMNS = {(models.Student, "gender"), (models.Lesson, "lesson_type"), (models.StudentParent, "relation")}


def use_the_lists(s: School) -> None:
    """Words of the program's lists in the week: a lesson type, the sex of two pupils, a mother and a call to her."""
    first, second = s.students["5А"][:2]
    lesson = models.Lesson.get((models.Lesson.assignment == s.a["math5"]) & (models.Lesson.date == MON)
                               & (models.Lesson.number == 1))
    journal.set_lesson_details(s.ivanova, s.a["math5"], MON, 1, expected_version=lesson.version,
                               lesson_type="урок-практикум")
    for pupil, sex in ((first, "м"), (second, "ж")):
        card = students.student_card(s.admin, pupil)
        students.update_student(s.admin, pupil, card.version, surname=card.surname, name=card.name,
                                patronymic=card.patronymic, birth_date=card.birth_date,
                                personal_file_no=card.personal_file_no, gender=sex)
    mother = students.add_parent(s.admin, first, "Алексеева", "Ирина", "Павловна", relation="мать")
    contacts.record_contact(s.ivanova, first, "call", MON, parent_id=mother, note="Об успеваемости")


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
        out += [(where, t) for t in texts if t]
    return out


def data_words() -> set[str]:
    """Every Cyrillic word stored in the journal's database (lower case), and the values kept in Russian.

    The words of the program's lists in their own columns are left out; in the audit trail's old and new
    values they stay data (the trail shows what was stored, as stored)."""
    words: set[str] = set()
    for model in models.ALL_MODELS:
        names = [f.name for f in model._meta.sorted_fields]
        for row in model.select().tuples():
            for name, value in zip(names, row, strict=True):
                if not isinstance(value, str):
                    continue
                if (model, name) in LIST_COLUMNS and value.strip().casefold() in TRANSLATED:
                    continue  # a word of the program's list: shown translated
                words.update(w.lower() for w in WORD.findall(value))
    for value in STORED_IN_RUSSIAN:
        words.update(w.lower() for w in WORD.findall(value))
    return words


def russian_left(text: str, data: set[str]) -> list[str]:
    """The Cyrillic words of a text that are not data (an initial or an abbreviation «Окр.» of data counts).

    A text that is just a word of the program's lists («м», «мать», «урок-практикум») is never data."""
    if text.strip().casefold() in TRANSLATED:
        return [text.strip()]
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
    use_the_lists(school)
    window = MainWindow(session_for(school, login, db))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    seen: list[tuple[str, str]] = []
    shots: list[str] = []
    walk(window, window.tabs, login, seen, shots)
    assert len(shots) >= (19 if login == "admin" else 8)  # every tab, the admin's panels and editors
    assert build_every_report(window, seen) >= 5
    shown = {text for _where, text in seen}
    assert {"M", "F", "practical lesson"} <= shown  # the lists' words were on the screen, in English
    if login == "ivanova":  # her class's card and contact log
        assert {"mother", "Алексеева Ирина Павловна (mother)"} <= shown
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
