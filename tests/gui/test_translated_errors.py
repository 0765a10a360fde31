"""Refusals made below ui/ speak the chosen language (issue 9): a mark the journal does not take, an Excel
file that cannot be read, a journal file that cannot be opened.  With English chosen they read in English;
with Russian they are word for word what they always were (the user's own input stays as typed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ejournal_desktop.domain.errors import MarkError, PeriodMarkError
from ejournal_desktop.domain.marks import parse_cell, parse_mark, parse_period_mark
from ejournal_desktop.exchange import sheets
from ejournal_desktop.services import journal
from ejournal_desktop.services.errors import ValidationError
from ejournal_desktop.services.imports import ImportFileError
from ejournal_desktop.store.database import NotAJournalError, open_journal
from ejournal_desktop.ui.app import apply_language
from tests.factory import MON, School
from tests.gui.conftest import Dialogs
from tests.gui.test_import_dialog import dialog_for, load

pytestmark = pytest.mark.gui

AFTER = dt.date(2025, 9, 20)
DAMAGED = b"PK\x03\x04" + b"\x00\x13not a zip at all" * 50

EXPECTED = {
    "en": {
        "cell": "The mark «7» is not allowed: marks from 2 to 5 are allowed.",  # the school's lowest mark is 2
        "mark": "The mark «4,5» is not allowed: there are no fractional marks; marks from 1 to 5 are allowed.",
        "code": "The code «x» is not recognised: the attendance codes are «н», «б», «у», «оп», "
                "typed in Russian (Cyrillic) letters.",
        "period": "The period mark «5+» is not allowed: period marks are given without «+» and «−».",
        "excel": "The file «pupils.xlsx» is damaged or is not an Excel workbook (.xlsx). Open it in Excel "
                 "and save it again.",
        "journal": "The database file «{path}» was not found. Create a journal with the command «ejournal init» "
                   "or a demonstration school with «ejournal demo».",
    },
    "ru": {
        "cell": "Отметка «7» недопустима: допустимы отметки от 2 до 5.",
        "mark": "Отметка «4,5» недопустима: дробных отметок не бывает, допустимы отметки от 1 до 5.",
        "code": "Код «x» не распознан: коды посещаемости — «н», «б», «у», «оп», их вводят русскими буквами.",
        "period": "Отметка за период «5+» недопустима: отметки с «+» и «−» за период не ставятся.",
        "excel": "Файл «pupils.xlsx» повреждён или не является книгой Excel (.xlsx). Откройте его в Excel и "
                 "сохраните заново.",
        "journal": "Файл базы данных «{path}» не найден. Создайте журнал командой «ejournal init» или "
                   "демонстрационную школу командой «ejournal demo».",
    },
}


@pytest.fixture(params=["en", "ru"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The program's translators installed for the language, as at a start with it chosen."""
    assert apply_language(qapp, request.param) == request.param
    try:
        yield request.param
    finally:
        apply_language(qapp, "ru")


def test_a_mark_typed_into_the_grid_is_refused_in_the_language(school: School, language: str) -> None:
    pupil = school.students["5А"][0]
    with pytest.raises(ValidationError) as caught:
        journal.set_cell(school.ivanova, school.a["math5"], MON, 1, pupil, "7", today=AFTER)
    assert caught.value.message == EXPECTED[language]["cell"]


def test_domain_refusals_read_in_the_language(language: str) -> None:
    for call, key, kind in ((lambda: parse_mark("4,5"), "mark", MarkError),
                            (lambda: parse_cell("5x"), "code", MarkError),
                            (lambda: parse_period_mark("5+"), "period", PeriodMarkError)):
        with pytest.raises(kind) as caught:
            call()
        assert str(caught.value) == caught.value.message == EXPECTED[language][key]


def test_a_damaged_excel_file_is_refused_in_the_language(tmp_path: Path, language: str) -> None:
    path = tmp_path / "pupils.xlsx"
    path.write_bytes(DAMAGED)
    with pytest.raises(ImportFileError) as caught:
        sheets.read_table(path, "students")
    assert caught.value.message == EXPECTED[language]["excel"]


def test_the_import_dialog_says_the_file_is_damaged_in_the_language(
        qtbot, gui_school: tuple[str, School], tmp_path: Path, dialogs: Dialogs, language: str) -> None:
    _, school = gui_school
    dialog = dialog_for(qtbot, school)
    path = tmp_path / "pupils.xlsx"
    path.write_bytes(DAMAGED)
    load(qtbot, dialog, str(path))
    assert dialog.preview is None
    assert EXPECTED[language]["excel"] in dialogs.last().text


def test_a_missing_journal_file_is_refused_in_the_language(tmp_path: Path, language: str) -> None:
    path = tmp_path / "nowhere.sqlite3"
    with pytest.raises(NotAJournalError) as caught:
        open_journal(path)
    assert caught.value.message == EXPECTED[language]["journal"].format(path=path)
    assert not path.exists()
