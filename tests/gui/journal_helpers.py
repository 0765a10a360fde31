"""Helpers for the journal grid tests: a school on SQLite, sessions, keys, modal dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ejournal_desktop.services import journal
from ejournal_desktop.services.access import Actor, standing
from ejournal_desktop.store.models import Lesson, PeriodMark
from ejournal_desktop.ui.session import Session

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
AFTER_YEAR = dt.date(2026, 6, 1)  # every lesson of the year is in the past

# More students for a page that looks like a real class (factory's 5А has six).
EXTRA_5A = [
    ("Жданов", "Кирилл", "Романович"), ("Захарова", "Полина", "Андреевна"),
    ("Ивлев", "Матвей", "Сергеевич"), ("Ковалёва", "София", "Дмитриевна"),
    ("Кузнецов", "Арсений", "Павлович"), ("Лаптева", "Вероника", "Игоревна"),
    ("Медведев", "Тимофей", "Алексеевич"), ("Никитина", "Ульяна", "Олеговна"),
    ("Орлов", "Глеб", "Михайлович"), ("Павлова", "Алиса", "Евгеньевна"),
    ("Романов", "Даниил", "Витальевич"), ("Соколова", "Варвара", "Николаевна"),
    ("Тарасов", "Михаил", "Юрьевич"), ("Фёдорова", "Милана", "Артёмовна"),
    ("Христофоров-Задунайский", "Константин", "Владимирович"),
    ("Чернова", "Злата", "Максимовна"), ("Шестаков", "Роман", "Ильич"),
    ("Яковлева", "Таисия", "Денисовна"),
]


def session_for(actor: Actor, today: dt.date = AFTER_YEAR) -> Session:
    return Session(actor, standing(actor).roles, "journal.sqlite3", today=lambda: today)


def press(widget: QWidget, key: int | Qt.Key, text: str = "",
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key press and release sent straight to the widget.

    ``qtbot.keyClicks`` with Cyrillic text aborts the process, so every key —
    Cyrillic letters included — goes through ``QApplication.sendEvent``.
    """
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, int(key), modifiers, text))


def commit(editor: QWidget) -> None:
    """Enter in a cell editor: the delegate commits through a queued call."""
    press(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def type_char(widget: QWidget, char: str) -> None:
    key = ord(char.upper()) if len(char) == 1 else 0
    press(widget, key, char)


# flags of the watchers still waiting; disarm_modal_watchers() stops them after a test
_armed: list[list[bool]] = []


def disarm_modal_watchers() -> None:
    for flag in _armed:
        flag[0] = False
    _armed.clear()


def when_modal(action: Callable[[QWidget], None], *, timeout_ms: int = 5000) -> list[QWidget]:
    """Run ``action`` on the next modal dialog once it is shown (it answers or closes it).

    The watcher dies with its test (see ``disarm_modal_watchers``), so it never
    answers a dialog of the next test.
    """
    seen: list[QWidget] = []
    waited = [0]
    alive = [True]
    _armed.append(alive)

    def check() -> None:
        if not alive[0]:
            return
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            waited[0] += 10
            if waited[0] < timeout_ms:
                QTimer.singleShot(10, check)
            return
        seen.append(widget)
        alive[0] = False
        try:
            action(widget)
        except BaseException:
            widget.close()  # never leave a modal dialog blocking the test; pytest-qt reports it
            raise

    QTimer.singleShot(0, check)
    return seen


def lesson_id(assignment_id: int, day: dt.date, number: int) -> int | None:
    row = Lesson.get_or_none((Lesson.assignment == assignment_id) & (Lesson.date == day)
                             & (Lesson.number == number))
    return int(row.id) if row is not None else None


def db_cell(assignment_id: int, day: dt.date, number: int, student_id: int) -> str:
    return journal.read_cell(lesson_id(assignment_id, day, number), student_id).text


def db_period_mark(student_id: int, subject_id: int, period_id: int) -> str:
    row = PeriodMark.get_or_none((PeriodMark.student == student_id)
                                 & (PeriodMark.subject == subject_id)
                                 & (PeriodMark.period_key == period_id))
    return str(row.value) if row is not None else ""


def save_shot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    assert widget.grab().save(str(path)), path
    return path
