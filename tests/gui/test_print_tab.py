"""«Печать» driven like a user: preview the journal of 5А, save it, print a subject's pages, certify;
letters and a diary for parents (contacts recorded on saving only), a period's pages of every class, the log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ejournal_desktop.domain.numbers_ru import number_in_words
from ejournal_desktop.services import certification, journal
from ejournal_desktop.services.access import standing
from ejournal_desktop.services.errors import LockedError
from ejournal_desktop.store.models import ParentContact, PrintRecord
from ejournal_desktop.ui.print_tab import (
    ALL_JOURNALS,
    DIARY,
    LETTERS,
    PERIOD,
    SUBJECT,
    SUMMARY,
    VOLUME,
    PrintTab,
    pdftoppm_available,
)
from ejournal_desktop.ui.session import Session
from tests.factory import School
from tests.gui.conftest import SCREENSHOTS, Dialogs, today_is
from tests.test_printing import TODAY, fill_journal

pytestmark = pytest.mark.gui


def open_tab(qtbot: QtBot, school: School, login: str, today: dt.date = TODAY) -> PrintTab:
    actor = school.actors()[login]
    tab = PrintTab(Session(actor, standing(actor).roles, "журнал", today=today_is(today)))
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    return tab


def shot(tab: PrintTab, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    path = SCREENSHOTS / f"print_{name}.png"
    assert tab.grab().save(str(path))
    return path


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_director_previews_saves_and_certifies(qtbot: QtBot, gui_school: tuple[str, School], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    _, school = gui_school
    fill_journal(school)
    tab = open_tab(qtbot, school, "director")
    assert tab.year_combo.currentText() == "2025/2026"
    assert [tab.class_combo.itemText(i) for i in range(tab.class_combo.count())] == ["1А", "5А", "6А"]
    tab.select(class_id=school.classes["5А"])
    assert tab.certify_button.isVisible() and tab.certify_button.isEnabled()
    assert "не заверен" in tab.status.text()
    assert not tab.verify_button.isEnabled()  # nothing to check before the journal is certified

    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    assert tab._rendered is not None
    sheets = tab._rendered[2]
    assert tab.pages_label.text() == f"Листов: {sheets}"
    if pdftoppm_available():
        pages = tab.preview_host.findChildren(QLabel, "previewPage")
        assert 1 <= len(pages) <= 4 and not pages[0].pixmap().isNull()
    shot(tab, "preview")

    target = tmp_path / "journal.pdf"
    save_to(monkeypatch, target)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    reader = pypdf.PdfReader(str(target))
    assert len(reader.pages) == sheets
    assert f"{sheets} ({number_in_words(sheets)})" in reader.pages[0].extract_text()
    assert dialogs.last().title == "PDF сохранён"

    # certify: the confirmation says what becomes read-only; «Нет» leaves the journal open
    dialogs.question_answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(tab.certify_button, Qt.MouseButton.LeftButton)
    question = next(s for s in dialogs.shown if s.kind == "question")
    assert "только для чтения" in question.text and "5А" in question.text
    assert certification.status(school.classes["5А"], school.year) is None
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(tab.certify_button, Qt.MouseButton.LeftButton)
    info = certification.status(school.classes["5А"], school.year)
    assert info is not None and info.sheet_count == sheets
    assert dialogs.last().title == "Журнал заверен"
    assert "заверен" in tab.status.text() and "только для чтения" in tab.status.text()
    shot(tab, "certified")
    assert tab.verify_button.isEnabled()
    day = dt.date(2025, 9, 1)
    with pytest.raises(LockedError):
        journal.set_cell(school.ivanova, school.a["math5"], day, 1, school.students["5А"][0], "2", today=TODAY)

    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert dialogs.last().text == "Журнал совпадает с заверенным: данные не менялись."
    # certifying again is refused with a message, not a crash
    qtbot.mouseClick(tab.certify_button, Qt.MouseButton.LeftButton)
    assert "уже заверен" in dialogs.last().text


def test_homeroom_teacher_prints_own_class_only(qtbot: QtBot, gui_school: tuple[str, School], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    _, school = gui_school
    fill_journal(school)
    tab = open_tab(qtbot, school, "ivanova")
    assert [tab.class_combo.itemText(i) for i in range(tab.class_combo.count())] == ["5А"]
    assert not tab.certify_button.isVisible()
    tab.select(kind=SUBJECT, subject_id=school.subjects["Математика"], period_id=school.periods[0])
    assert tab.subject_combo.isEnabled() and tab.period_combo.currentText() == "1 четверть"
    target = tmp_path / "math.pdf"
    save_to(monkeypatch, target)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    text = pypdf.PdfReader(str(target)).pages[0].extract_text()
    assert "Математика" in text and "1 четверть" in text
    tab.select(kind=SUMMARY)
    save_to(monkeypatch, tmp_path / "summary")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    summary = pypdf.PdfReader(str(tmp_path / "summary.pdf")).pages[0].extract_text()
    assert "Сводная ведомость итоговых отметок" in summary
    shot(tab, "homeroom")


def test_a_subject_teacher_has_nothing_to_print(qtbot: QtBot, gui_school: tuple[str, School],
                                                dialogs: Dialogs) -> None:
    _, school = gui_school
    tab = open_tab(qtbot, school, "petrov")  # homeroom of 1А: that class only
    assert [tab.class_combo.itemText(i) for i in range(tab.class_combo.count())] == ["1А"]
    tab = open_tab(qtbot, school, "sidorova")
    assert tab.class_combo.count() == 0
    assert not tab.preview_button.isEnabled() and not tab.save_button.isEnabled()
    assert "Нет классов" in tab.status.text()


def test_all_journals_into_a_folder_and_the_volume(qtbot: QtBot, gui_school: tuple[str, School], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    _, school = gui_school
    fill_journal(school)
    tab = open_tab(qtbot, school, "deputy")
    tab.select(kind=ALL_JOURNALS)
    assert not tab.class_combo.isEnabled() and not tab.preview_button.isEnabled()
    folder = tmp_path / "journals"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in folder.iterdir()) == [
        "Классный журнал 1А 2025-2026.pdf", "Классный журнал 5А 2025-2026.pdf", "Классный журнал 6А 2025-2026.pdf"]
    assert dialogs.last().title == "Журналы сохранены"
    tab.select(kind=VOLUME)
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    assert tab._rendered is not None
    text = pypdf.PdfReader(str(tab._rendered[1])).pages[0].extract_text()
    assert "СВОДНЫЕ ВЕДОМОСТИ" in text and "5 «А» класс" in text


def test_homeroom_teacher_saves_letters_for_the_class(qtbot: QtBot, gui_school: tuple[str, School], tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    _, school = gui_school
    fill_journal(school)
    tab = open_tab(qtbot, school, "ivanova")
    tab.select(kind=LETTERS, period_id=school.periods[0], remark="Собрание 30 октября в 18:00.")
    assert tab.letters_period_combo.isEnabled() and not tab.subject_combo.isEnabled()
    assert tab.letters_student_combo.currentText() == "Все учащиеся класса"
    assert tab.letters_student_combo.count() == 1 + 7  # the six of the list, the newcomer (and the leaver stays)
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    assert tab._rendered is not None and tab.pages_label.text() == "Листов: 6"
    assert ParentContact.select().count() == 0 and PrintRecord.select().count() == 0  # a preview records nothing
    shot(tab, "letters_preview")

    target = tmp_path / "letters.pdf"
    save_to(monkeypatch, target)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    reader = pypdf.PdfReader(str(target))
    assert len(reader.pages) == 6
    first = reader.pages[0].extract_text()
    assert "Алексеев Артём Игоревич" in first and "Собрание 30 октября в 18:00." in first
    assert dialogs.last().title == "PDF сохранён" and "Записано контактов с родителями: 6." in dialogs.last().text
    assert ParentContact.select().where(ParentContact.kind == "letter").count() == 6
    row = PrintRecord.get()
    assert (row.kind, row.school_class_id, row.period_id, row.pages, row.file_name) == (
        "letters", school.classes["5А"], school.periods[0], 6, "letters.pdf")
    # the log below the preview shows it
    tab.lower_tabs.setCurrentIndex(1)
    assert tab.log_table.rowCount() == 1
    cells = [tab.log_table.item(0, c).text() for c in range(tab.log_table.columnCount())]
    assert cells[1:] == ["Иванова М. П.", "информационные письма (1 четверть)", "5А", "6", "letters.pdf"]
    shot(tab, "print_log")

    # the diary of one student for a few days
    belova = school.students["5А"][1]
    tab.select(kind=DIARY, student_id=belova, date_from=dt.date(2025, 9, 1), date_to=dt.date(2025, 9, 12))
    assert tab.date_from.isEnabled() and not tab.letters_period_combo.isEnabled()
    assert tab.pages_label.text() == "" and tab.preview_layout.count() == 0  # the letters' preview is gone
    target = tmp_path / "diary.pdf"
    save_to(monkeypatch, target)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    text = pypdf.PdfReader(str(target)).pages[0].extract_text()
    assert "Белова Дарья Сергеевна" in text and "с 01.09.2025 по 12.09.2025" in text
    assert ParentContact.select().where(ParentContact.kind == "diary").count() == 1
    assert tab.log_table.rowCount() == 2
    shot(tab, "diary")


def test_period_pages_of_every_class_with_the_log(qtbot: QtBot, gui_school: tuple[str, School], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    _, school = gui_school
    fill_journal(school)
    tab = open_tab(qtbot, school, "deputy")
    tab.select(kind=PERIOD, period_id=school.periods[0])
    assert not tab.class_combo.isEnabled() and tab.batch_period_combo.currentText() == "1 четверть"
    target = tmp_path / "period.pdf"
    save_to(monkeypatch, target)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    reader = pypdf.PdfReader(str(target))
    assert "СТРАНИЦЫ КЛАССНЫХ ЖУРНАЛОВ" in reader.pages[0].extract_text()
    rows = list(PrintRecord.select().order_by(PrintRecord.school_class))
    assert sorted(r.school_class_id for r in rows) == sorted(school.classes.values())
    assert 1 + sum(r.pages for r in rows) == len(reader.pages)
    assert tab.log_table.rowCount() == 3
    # a teacher with no class to print sees no log and no error
    other = open_tab(qtbot, school, "sidorova")
    assert other.log_table.rowCount() == 0 and not [d for d in dialogs.shown if d.kind == "critical"]
