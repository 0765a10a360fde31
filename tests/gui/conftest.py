"""GUI test isolation: a school on a SQLite file, settings in a temporary folder, modal
dialogs answered, no keyring touched, no window left open, every item model checked.

Cyrillic text is typed with QKeyEvents carrying the text (``qtbot.keyClicks`` with
Cyrillic aborts the test process here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
import pytest
from PySide6.QtCore import QAbstractItemModel, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from tests.factory import FRI, MON, PASSWORD, THU, TUE, WED, School, build_school

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "screenshots"


# --- the application, its settings and the keyring -----------------------------------------------


@pytest.fixture(autouse=True)
def gui_settings(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                 ) -> Iterator[Path]:
    """QSettings of the program go to a temporary folder (INI files), one per test;
    the «journal on this computer» lives in the test's folder too."""
    from ejournal_desktop.ui.app import application

    monkeypatch.setenv("EJOURNAL_DATA_DIR", str(tmp_path / "data"))
    application()  # names, icon and Qt's Russian translator, as run_gui sets them
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def modal_watchers() -> Iterator[None]:
    """A dialog watcher started by one test never answers a dialog of the next one."""
    from tests.gui.journal_helpers import disarm_modal_watchers

    yield
    disarm_modal_watchers()


@dataclass
class FakeKeyring:
    """The OS keyring for tests: unavailable (like this machine) unless ``available``."""

    available: bool = False
    store: dict[tuple[str, str], str] = field(default_factory=dict)

    def _check(self) -> None:
        if not self.available:
            raise keyring.errors.NoKeyringError("no backend in the tests")

    def get_password(self, service: str, name: str) -> str | None:
        self._check()
        return self.store.get((service, name))

    def set_password(self, service: str, name: str, password: str) -> None:
        self._check()
        self.store[(service, name)] = password

    def delete_password(self, service: str, name: str) -> None:
        self._check()
        self.store.pop((service, name), None)


@pytest.fixture(autouse=True)
def fake_keyring(monkeypatch: pytest.MonkeyPatch) -> FakeKeyring:
    fake = FakeKeyring()
    for name in ("get_password", "set_password", "delete_password"):
        monkeypatch.setattr(keyring, name, getattr(fake, name))
    return fake


# --- message boxes and other modal dialogs -


@dataclass
class Shown:
    kind: str
    title: str
    text: str
    detail: str = ""


@dataclass
class Dialogs:
    """What the program showed in message boxes; the answers it gets to questions."""

    shown: list[Shown] = field(default_factory=list)
    question_answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes

    def texts(self) -> list[str]:
        return [s.text for s in self.shown]

    def last(self) -> Shown:
        assert self.shown, "no message box was shown"
        return self.shown[-1]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Message boxes never block: they are recorded and answered (questions: «Да»)."""
    answers = Dialogs()

    def box_exec(self: QMessageBox) -> int:
        answers.shown.append(Shown("box", self.windowTitle(), self.text(), self.informativeText()))
        return int(QMessageBox.StandardButton.Ok.value)

    def static(kind: str, answer: Callable[[], QMessageBox.StandardButton]) -> Any:
        def show(parent: QWidget | None, title: str, text: str, *args: Any,
                 **kwargs: Any) -> QMessageBox.StandardButton:
            answers.shown.append(Shown(kind, title, text))
            return answer()
        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "question",
                        static("question", lambda: answers.question_answer))
    ok = QMessageBox.StandardButton.Ok
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, static(kind, lambda: ok))

    def about(parent: QWidget | None, title: str, text: str) -> None:
        answers.shown.append(Shown("about", title, text))

    monkeypatch.setattr(QMessageBox, "about", staticmethod(about))
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    return answers


class ModalAnswer:
    """Runs ``handler(dialog)`` on the next modal dialog, from inside its ``exec()``."""

    def __init__(self, handler: Callable[[QWidget], None], timeout_ms: int = 10_000) -> None:
        self.handler = handler
        self.seen: QWidget | None = None
        self.error: BaseException | None = None
        self._waited = 0
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timeout = timeout_ms
        self._timer.start()

    def _poll(self) -> None:
        self._waited += 20
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if self._waited > self._timeout:
                self._timer.stop()
            return
        self._timer.stop()
        self.seen = dialog
        try:
            self.handler(dialog)
        except BaseException as exc:  # never leave a modal dialog blocking the test
            self.error = exc
            dialog.close()

    def check(self) -> QWidget:
        self._timer.stop()
        if self.error is not None:
            raise self.error
        assert self.seen is not None, "the expected dialog did not open"
        return self.seen


@pytest.fixture
def on_modal() -> Iterator[Callable[[Callable[[QWidget], None]], ModalAnswer]]:
    made: list[ModalAnswer] = []

    def arm(handler: Callable[[QWidget], None]) -> ModalAnswer:
        answer = ModalAnswer(handler)
        made.append(answer)
        return answer

    yield arm
    for answer in made:
        answer._timer.stop()


@pytest.fixture(autouse=True)
def close_windows(qapp: QApplication) -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


# --- typing ---------------------------------------------------------------------------------------


def type_text(widget: QWidget, text: str) -> None:
    """Type text (Cyrillic too) into a widget with real key events."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def press_key(widget: QWidget, key: Qt.Key, text: str = "") -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


# --- item models ----------------------------------------------------------------------------------


@pytest.fixture
def check_model(qtlog: Any) -> Iterator[Callable[[QAbstractItemModel], None]]:
    """Attach Qt's QAbstractItemModelTester to a model; its complaints fail the test."""
    testers: list[QAbstractItemModelTester] = []

    def attach(model: QAbstractItemModel) -> None:
        testers.append(QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning, model))

    yield attach
    failures = [r.message for r in qtlog.records if "FAIL" in r.message]
    assert not failures, "QAbstractItemModelTester: " + "\n".join(failures)


# --- the school -


@pytest.fixture
def gui_school(tmp_path: Path) -> Iterator[tuple[str, School]]:
    """The factory school on a SQLite file; every login (admin too) has the password «password1»."""
    from ejournal_desktop.services.bootstrap import initialize
    from ejournal_desktop.store.database import connect, parse_target
    from ejournal_desktop.store.models import db_proxy

    path = tmp_path / "journal.sqlite3"
    db = connect(parse_target(str(path)), create=True)
    admin = initialize(db, school_name="МБОУ «Тестовая школа»", admin_login="admin",
                       admin_password=PASSWORD)
    school = build_school(admin)
    yield str(path), school
    if db_proxy.obj is not None and not db_proxy.obj.is_closed():
        db_proxy.obj.close()
    db.close()


def populate(s: School) -> None:
    """A realistic week of 5А: absences, marks, topics, a substitution."""
    from ejournal_desktop.services import journal, structure

    pupils = s.students["5А"]
    structure.assign_substitute(s.deputy, s.a["math5"], WED, 2, s.sidorova.user_id,
                                "Курсы повышения квалификации")
    for day, number, aid, teacher, topic in (
        (MON, 1, "math5", s.ivanova, "Натуральные числа и шкалы"),
        (TUE, 1, "rus5", s.petrov, "Повторение: орфограммы в корне слова"),
        (WED, 2, "math5", s.sidorova, "Сравнение натуральных чисел"),
        (THU, 1, "rus5", s.petrov, "Синтаксис и пунктуация"),
        (FRI, 3, "math5", s.ivanova, "Сложение натуральных чисел"),
    ):
        journal.set_lesson_details(teacher, s.a[aid], day, number, expected_version=None,
                                   topic=topic, homework="§ 1, № 5, 7")
    cells = {
        (MON, 1, "math5", s.ivanova): ["5", "н", "4", "", "5", "3"],
        (TUE, 1, "rus5", s.petrov): ["б", "4", "", "5", "", "4"],
        (WED, 2, "math5", s.sidorova): ["б", "5", "у", "", "4", ""],
        (THU, 1, "rus5", s.petrov): ["б", "", "", "4", "оп", "5"],
        (FRI, 3, "math5", s.ivanova): ["", "5", "", "н", "", "4"],
    }
    for (day, number, aid, teacher), values in cells.items():
        for pupil, value in zip(pupils, values, strict=True):
            if value:
                journal.set_cell(teacher, s.a[aid], day, number, pupil, value)
    # 1А keeps attendance only
    journal.set_cell(s.petrov, s.a["nature1"], MON, 2, s.students["1А"][1], "б")


def today_is(day: dt.date) -> Callable[[], dt.date]:
    return lambda: day
