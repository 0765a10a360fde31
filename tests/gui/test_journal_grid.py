"""The journal grid driven like a teacher drives it: keys in, database out.

Each test builds the small school of tests/factory.py on its own SQLite file
and opens the real JournalTab with the date pinned after the school year
(``Session.today``), so every lesson of the year is in the past.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QPushButton, QWidget

from ejournal_desktop.services import corrections, journal, periods, structure
from ejournal_desktop.services.page import load_page
from ejournal_desktop.store.models import AuditEntry, CorrectionRequest, Lesson, Mark
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.journal_model import (
    INACTIVE_BG,
    READONLY_BG,
    SUGGESTED_COLOR,
    JournalModel,
)
from ejournal_desktop.ui.journal_tab import (
    ConflictDialog,
    CorrectionRequestDialog,
    CorrectionsDialog,
    JournalTab,
    TabInteraction,
)
from tests.factory import FRI, MON, WED
from tests.gui.journal_helpers import (
    AFTER_YEAR,
    EXTRA_5A,
    commit,
    db_cell,
    db_period_mark,
    lesson_id,
    press,
    save_shot,
    session_for,
    type_char,
    when_modal,
)

pytestmark = pytest.mark.gui
Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


# --- fixtures (this module's own: tests/gui/conftest.py belongs to the main window's tests) ---


@pytest.fixture
def gui_school(tmp_path, qapp, monkeypatch):
    """The factory school on a SQLite file, settings in tmp_path."""
    from ejournal_desktop.services.bootstrap import initialize
    from ejournal_desktop.store.database import connect, parse_target
    from tests.factory import build_school

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    db = connect(parse_target(str(tmp_path / "journal.sqlite3")), create=True)
    admin = initialize(db, school_name="МБОУ «Тестовая школа»", admin_login="admin",
                       admin_password="admin-pass")
    yield build_school(admin)
    db.close()


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """Messages the error boundary would have shown (no modal box in the test)."""
    shown: list[str] = []

    def record(parent: QWidget | None, title: str, message: str, detail: str = "") -> None:
        shown.append(message)

    monkeypatch.setattr(boundary, "show_error", record)
    return shown


def open_tab(qtbot, actor, klass: str = "5А", subject: str = "Математика",
             period_index: int = 0, today: dt.date = AFTER_YEAR) -> JournalTab:
    tab = JournalTab(session_for(actor, today))
    qtbot.addWidget(tab)
    tab.resize(1280, 620)
    tab.show()
    qtbot.waitExposed(tab)
    choose(tab, klass, subject, period_index)
    return tab


def choose(tab: JournalTab, klass: str, subject: str, period_index: int = 0) -> None:
    tab.period_combo.setCurrentIndex(period_index)
    tab.class_combo.setCurrentIndex(tab.class_combo.findText(klass))
    found = [i for i in range(tab.subject_combo.count())
             if tab.subject_combo.itemText(i).startswith(subject)]
    assert found, [tab.subject_combo.itemText(i) for i in range(tab.subject_combo.count())]
    tab.subject_combo.setCurrentIndex(found[0])
    page = tab.model.page
    assert page is not None and page.info.where == f"{klass}, {subject}"


def goto(tab: JournalTab, day: dt.date, number: int, row: int = 0) -> int:
    col = tab.model.column_of(day, number)
    assert col is not None
    tab.view.setCurrentIndex(tab.model.index(row, col))
    tab.view.setFocus()
    return col


def student(s, index: int, klass: str = "5А") -> int:
    return s.students[klass][index]


# --- typing --------------------------------------------------------------------------------------


def test_digits_append_marks_and_letters_put_absences(qtbot, gui_school, errors) -> None:
    s = gui_school
    tab = open_tab(qtbot, s.ivanova)
    view, math = tab.view, s.a["math5"]
    col = goto(tab, MON, 1)
    type_char(view, "5")
    assert db_cell(math, MON, 1, student(s, 0)) == "5"
    type_char(view, "4")  # the cursor stayed: a second mark in the same cell
    assert db_cell(math, MON, 1, student(s, 0)) == "5 4"
    type_char(view, "н")
    assert db_cell(math, MON, 1, student(s, 0)) == "5 4 н"
    assert tab.model.data(tab.model.index(0, col)) == "5 4 н"
    assert tab.model.data(tab.model.index(0, tab.model.plain_column)) == "4,50"
    assert tab.model.data(tab.model.index(0, tab.model.period_column)) == "(5)"
    press(view, Key.Key_Return)  # Enter goes down the column
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, col)
    type_char(view, "н")
    assert db_cell(math, MON, 1, student(s, 1)) == "н"
    type_char(view, "н")  # the same code again takes it off
    assert db_cell(math, MON, 1, student(s, 1)) == ""
    type_char(view, "о")
    type_char(view, "п")  # «оп» typed in full is one code
    assert db_cell(math, MON, 1, student(s, 1)) == "оп"
    type_char(view, "б")  # another code replaces it
    assert db_cell(math, MON, 1, student(s, 1)) == "б"
    press(view, Key.Key_Y, "y")  # «н» on the same key of the Latin layout
    assert db_cell(math, MON, 1, student(s, 1)) == "н"
    press(view, Key.Key_Up)
    press(view, Key.Key_Delete)
    assert db_cell(math, MON, 1, student(s, 0)) == ""
    assert tab.model.data(tab.model.index(0, tab.model.plain_column)) == ""
    type_char(view, "7")
    assert db_cell(math, MON, 1, student(s, 0)) == ""
    assert "от 2 до 5" in tab.status.text()
    assert errors == []


def test_f2_edits_the_whole_cell_and_enter_moves_down(qtbot, gui_school, errors) -> None:
    s = gui_school
    tab = open_tab(qtbot, s.ivanova)
    col = goto(tab, WED, 2)
    journal.set_cell(s.ivanova, s.a["math5"], WED, 2, student(s, 0), "4", today=AFTER_YEAR)
    tab.reload()
    press(tab.view, Key.Key_F2)
    editor = tab.view.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "4"
    editor.setText("3 2 у")
    commit(editor)
    assert db_cell(s.a["math5"], WED, 2, student(s, 0)) == "3 2 у"
    assert (tab.view.currentIndex().row(), tab.view.currentIndex().column()) == (1, col)
    press(tab.view, Key.Key_F2)
    editor = tab.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("9")  # invalid: one message, nothing written
    commit(editor)
    assert db_cell(s.a["math5"], WED, 2, student(s, 1)) == ""
    assert len(errors) == 1 and "9" in errors[0]


def test_undo_and_redo_go_through_the_services(qtbot, gui_school, errors) -> None:
    s = gui_school
    tab = open_tab(qtbot, s.ivanova)
    view, math, sid = tab.view, s.a["math5"], student(s, 2)
    goto(tab, FRI, 3, row=2)
    type_char(view, "3")
    type_char(view, "5")
    assert db_cell(math, FRI, 3, sid) == "3 5"
    press(view, Key.Key_Z, "", CTRL)
    assert db_cell(math, FRI, 3, sid) == "3"
    press(view, Key.Key_Z, "", CTRL)
    assert db_cell(math, FRI, 3, sid) == ""
    press(view, Key.Key_Y, "", CTRL)
    assert db_cell(math, FRI, 3, sid) == "3"
    tab.redo_action.trigger()
    assert db_cell(math, FRI, 3, sid) == "3 5"
    assert tab.model.data(view.currentIndex()) == "3 5"
    press(view, Key.Key_Delete)
    assert db_cell(math, FRI, 3, sid) == ""
    tab.undo_action.trigger()
    assert db_cell(math, FRI, 3, sid) == "3 5"
    actions = [a for (a,) in AuditEntry.select(AuditEntry.action)
               .where(AuditEntry.entity == "mark").tuples()]
    assert actions.count("mark.put") == 6 and actions.count("mark.clear") == 4
    assert errors == []


# --- two people on one cell ------------------------------------------------------------------------


def test_conflict_shows_both_values_and_never_overwrites_silently(qtbot, gui_school, errors) -> None:
    s = gui_school
    math, sid = s.a["math5"], student(s, 0)
    tab = open_tab(qtbot, s.ivanova)
    # a second window on the same page, loaded before the first one saves
    other = JournalModel(s.ivanova, lambda: AFTER_YEAR, interaction=TabInteraction(tab))
    other.set_page(load_page(s.ivanova, math, s.periods[0], today=AFTER_YEAR))
    col = goto(tab, MON, 1)
    type_char(tab.view, "5")
    assert db_cell(math, MON, 1, sid) == "5"

    texts: list[str] = []

    def keep_theirs(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        texts.append(dialog.text())
        save_shot(dialog, "journal_conflict.png")
        dialog.findChild(QPushButton, "keepTheirsButton").click()

    seen = when_modal(keep_theirs)
    assert other.setData(other.index(0, col), "4") is False
    assert seen and "Сейчас в ячейке: «5»" in texts[0] and "Вы вводили: «4»" in texts[0]
    assert db_cell(math, MON, 1, sid) == "5"  # theirs kept
    assert other.data(other.index(0, col)) == "5"  # and shown
    assert other.undo_stack.count() == 0

    type_char(tab.view, "4")  # the first window changes it again: "5 4"
    assert db_cell(math, MON, 1, sid) == "5 4"

    def keep_mine(dialog: QWidget) -> None:
        texts.append(dialog.text())
        dialog.findChild(QPushButton, "keepMineButton").click()

    when_modal(keep_mine)
    assert other.setData(other.index(0, col), "3") is True
    assert "Сейчас в ячейке: «5 4»" in texts[1]
    assert db_cell(math, MON, 1, sid) == "3"
    assert errors == []


# --- read-only pages -----------------------------------------------------------------------------


def test_closed_period_refuses_and_looks_read_only(qtbot, gui_school, errors) -> None:
    s = gui_school
    journal.set_cell(s.ivanova, s.a["math5"], MON, 1, student(s, 0), "4", today=AFTER_YEAR)
    periods.close_period(s.deputy, s.periods[0])
    tab = open_tab(qtbot, s.ivanova)
    assert tab.banner.isVisible() and "закрыт" in tab.banner.text()
    col = goto(tab, MON, 1)
    model, index = tab.model, tab.model.index(0, col)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) == READONLY_BG
    type_char(tab.view, "5")
    press(tab.view, Key.Key_Delete)
    assert db_cell(s.a["math5"], MON, 1, student(s, 0)) == "4"
    assert "закрыт" in tab.status.text() and "Разблокировать может" in tab.status.text()
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "«4» — Ответ на уроке, вес 1" in tip and "Иванова М.П." in tip
    assert "заместитель директора по УВР или администратор ЭЖ" in tip
    assert model.setData(index, "5") is False  # the model refuses as well
    assert not tab.pane.topic.isEnabled() or tab.pane.topic.isReadOnly()
    assert tab.request_button.isEnabled()
    # the services refuse even when the widgets are bypassed
    page = load_page(s.ivanova, s.a["math5"], s.periods[0], today=AFTER_YEAR)
    page.columns[col].can_edit_marks = page.columns[col].can_edit_attendance = True
    page.columns[col].needs_reason = False
    bypass = JournalModel(s.ivanova, lambda: AFTER_YEAR)
    bypass.set_page(page)
    assert bypass.setData(bypass.index(0, col), "5") is False
    assert errors and "закрыт" in errors[-1]
    assert db_cell(s.a["math5"], MON, 1, student(s, 0)) == "4"

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CorrectionRequestDialog)
        dialog.wanted.setText("5")
        dialog.reason.setPlainText("Работа переписана 15.09, отметка не внесена до закрытия.")
        save_shot(dialog, "journal_correction_request.png")
        dialog.findChild(QPushButton, "sendButton").click()

    when_modal(fill)
    tab.request_button.click()
    req = CorrectionRequest.get()
    assert (req.wanted, req.status, req.requested_by_id) == ("5", "open", s.ivanova.user_id)
    assert f"№{req.id}" in tab.status.text()


def test_first_grade_takes_attendance_but_no_marks(qtbot, gui_school, errors) -> None:
    s = gui_school
    tab = open_tab(qtbot, s.petrov, klass="1А", subject="Окружающий мир")
    assert "отметки не выставляются" in tab.banner.text()
    col = goto(tab, MON, 2)
    type_char(tab.view, "5")
    assert db_cell(s.a["nature1"], MON, 2, student(s, 0, "1А")) == ""
    assert "отметки не выставляются" in tab.status.text()
    assert tab.model.setData(tab.model.index(0, col), "5") is False  # the service refuses too
    assert errors and "отметки не выставляются" in errors[-1]
    type_char(tab.view, "н")
    assert db_cell(s.a["nature1"], MON, 2, student(s, 0, "1А")) == "н"
    period = tab.model.index(0, tab.model.period_column)
    assert not tab.model.flags(period) & Qt.ItemFlag.ItemIsEditable
    assert not tab.pane.homework.isEnabled()


def test_homeroom_teacher_sees_other_subjects_read_only(qtbot, gui_school, errors) -> None:
    s = gui_school
    tue = MON + dt.timedelta(days=1)
    journal.set_cell(s.petrov, s.a["rus5"], tue, 1, student(s, 0), "5", today=AFTER_YEAR)
    tab = open_tab(qtbot, s.ivanova)
    subjects = [tab.subject_combo.itemText(i) for i in range(tab.subject_combo.count())]
    assert subjects == ["Математика", "Русский язык (Петров С.Н.)"]
    choose(tab, "5А", "Русский язык")
    assert tab.banner.isVisible() and "Петров С.Н." in tab.banner.text()
    model = tab.model
    assert all(not model.marks_allowed_at(r, c) for r in range(model.rowCount())
               for c in range(model.columnCount()))
    assert not model.flags(model.index(0, model.period_column)) & Qt.ItemFlag.ItemIsEditable
    col = goto(tab, tue, 1)
    assert model.data(model.index(0, col)) == "5"
    type_char(tab.view, "4")
    press(tab.view, Key.Key_Delete)
    assert db_cell(s.a["rus5"], tue, 1, student(s, 0)) == "5"
    assert "посещаемость" in tab.status.text()
    assert tab.pane.topic.isReadOnly()

    def reason(dialog: QWidget) -> None:  # her own class's attendance: a correction with reason
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Справка из поликлиники")
        dialog.accept()

    when_modal(reason)
    type_char(tab.view, "б")
    assert db_cell(s.a["rus5"], tue, 1, student(s, 0)) == "5 б"
    assert AuditEntry.get(AuditEntry.action == "absence.set").reason == "Справка из поликлиники"
    assert errors == []


def test_substitute_banner_says_what_is_open_and_who_unlocks_what_is_not(qtbot, gui_school, errors) -> None:
    """A substitute's page said «Только просмотр: … только уроки замены» over an open substitution lesson,
    and «Разблокировать может: учитель, ведущий предмет» (nobody unlocks a page that is not yours)."""
    s = gui_school
    structure.assign_substitute(s.deputy, s.a["math5"], WED, 2, s.sidorova.user_id, "Курсы")
    tab = open_tab(qtbot, s.sidorova)
    text = tab.banner.text()
    assert tab.banner.isVisible() and f"только уроки замены ({WED:%d.%m})" in text, text
    assert "Только просмотр:" not in text and "Разблокировать может" not in text
    col = goto(tab, WED, 2)
    type_char(tab.view, "5")
    assert db_cell(s.a["math5"], WED, 2, student(s, 0)) == "5"  # the banner told the truth
    choose(tab, "5А", "Математика", 1)  # no substitution in the second quarter
    text = tab.banner.text()
    assert text.startswith("Только просмотр:") and "В этом периоде таких уроков нет." in text, text
    assert "учитель, ведущий предмет" not in text
    periods.close_period(s.deputy, s.periods[0])
    choose(tab, "5А", "Математика", 0)
    text = tab.banner.text()
    assert "«1 четверть» закрыт" in text and "заместитель директора по УВР" in text, text
    assert tab.model.column_of(WED, 2) == col and not tab.model.editable(0, col)


def test_admin_correction_asks_for_the_written_reason(qtbot, gui_school, errors) -> None:
    s = gui_school
    tab = open_tab(qtbot, s.admin)
    goto(tab, MON, 1)

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.reject()

    when_modal(cancel)
    type_char(tab.view, "5")
    assert db_cell(s.a["math5"], MON, 1, student(s, 0)) == ""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Ошибка учителя, служебная записка № 7")
        dialog.accept()

    when_modal(answer)
    type_char(tab.view, "5")
    assert db_cell(s.a["math5"], MON, 1, student(s, 0)) == "5"
    entry = AuditEntry.get(AuditEntry.action == "mark.put")
    assert entry.user_id == s.admin.user_id and entry.reason == "Ошибка учителя, служебная записка № 7"
    when_modal(answer)  # undo of a correction is a correction too
    tab.undo_action.trigger()
    assert db_cell(s.a["math5"], MON, 1, student(s, 0)) == ""
    assert errors == []


# --- the lesson pane and the period mark -------------------------------------------------------------


def test_lesson_pane_saves_topic_homework_plan_topic_and_weight(qtbot, gui_school, errors) -> None:
    from ejournal_desktop.store.models import PlanTopic, ThematicPlan

    s = gui_school
    plan = ThematicPlan.create(year=s.year, subject=s.subjects["Математика"], level=5,
                               title="Математика, 5 класс")
    first = PlanTopic.create(plan=plan, number=1, title="Натуральные числа и шкалы")
    PlanTopic.create(plan=plan, number=2, title="Сложение натуральных чисел")
    journal.set_cell(s.ivanova, s.a["math5"], MON, 1, student(s, 0), "5 3", today=AFTER_YEAR)
    tab = open_tab(qtbot, s.ivanova)
    goto(tab, MON, 1)
    pane = tab.pane
    assert pane.plan_button.isVisible() and "Натуральные числа и шкалы" in pane.plan_button.full_text()
    pane.plan_button.click()
    lesson = Lesson.get_by_id(lesson_id(s.a["math5"], MON, 1))
    assert (lesson.topic, lesson.plan_topic_id) == ("Натуральные числа и шкалы", first.id)
    pane.topic.setFocus()
    pane.topic.setText("Натуральные числа. Шкалы и координаты")
    press(pane.topic, Key.Key_Return)
    pane.homework.setText("№ 12, 15 (с. 20)")
    press(pane.homework, Key.Key_Return)
    lesson = Lesson.get_by_id(lesson.id)
    assert lesson.topic == "Натуральные числа. Шкалы и координаты"
    assert lesson.homework == "№ 12, 15 (с. 20)"
    goto(tab, WED, 2)
    assert "Сложение натуральных чисел" in pane.plan_button.full_text()
    goto(tab, MON, 1)
    assert pane.topic.text() == "Натуральные числа. Шкалы и координаты"
    pane.work_kind.setCurrentIndex(pane.work_kind.findData("control"))
    pane.work_kind.activated.emit(pane.work_kind.currentIndex())
    weights = {m.weight for m in Mark.select().where(Mark.lesson == lesson.id)}
    assert weights == {Decimal(2)}
    assert tab.model.column_of(MON, 1) is not None
    header = tab.model.headerData(tab.model.column_of(MON, 1), Qt.Orientation.Horizontal)
    assert header == "08.09\nКР"
    type_char(tab.view, "4")  # the token after re-weighting is the reloaded one: no conflict
    assert db_cell(s.a["math5"], MON, 1, student(s, 0)) == "5 3 4"
    assert errors == []


def test_long_plan_topic_and_lesson_topic_read_from_the_start(qtbot, gui_school, errors) -> None:
    """The next КТП topic ran out of the pane cut mid-word («…тема КТП: «Самостоя»), and a long topic
    of a read-only lesson showed its tail («е числа и шкалы. Решение задач»)."""
    from ejournal_desktop.store.models import PlanTopic, ThematicPlan

    s = gui_school
    plan = ThematicPlan.create(year=s.year, subject=s.subjects["Математика"], level=5,
                               title="Математика, 5 класс")
    long_title = "Самостоятельная работа по теме «Натуральные числа и шкалы: сравнение, округление»"
    PlanTopic.create(plan=plan, number=1, title=long_title)
    topic = "Натуральные числа и шкалы. Решение задач на движение по координатному лучу"
    journal.set_lesson_details(s.ivanova, s.a["math5"], MON, 1, expected_version=None, topic=topic,
                               today=AFTER_YEAR)
    tab = open_tab(qtbot, s.ivanova)
    goto(tab, WED, 2)
    button = tab.pane.plan_button
    assert button.isVisible() and long_title in button.full_text() and button.toolTip() == long_title
    shown = button.text()
    assert shown.endswith("…") and shown.startswith("Следующая тема КТП: «Сам")
    assert button.fontMetrics().horizontalAdvance(shown) <= button.contentsRect().width()
    assert button.geometry().right() <= tab.pane.contentsRect().right()
    periods.close_period(s.deputy, s.periods[0])
    tab.reload()
    goto(tab, MON, 1)
    assert tab.pane.topic.isReadOnly() and tab.pane.topic.text() == topic
    assert tab.pane.topic.cursorPosition() == 0


def test_period_mark_column(qtbot, gui_school, errors) -> None:
    s = gui_school
    sid = student(s, 0)
    for day, number in ((MON, 1), (WED, 2), (FRI, 3)):
        journal.set_cell(s.ivanova, s.a["math5"], day, number, sid, "5", today=AFTER_YEAR)
    tab = open_tab(qtbot, s.ivanova)
    model = tab.model
    period = model.index(0, model.period_column)
    assert model.data(period) == "(5)"  # suggested, never filled silently
    assert model.data(period, Qt.ItemDataRole.ForegroundRole) == SUGGESTED_COLOR
    assert db_period_mark(sid, s.subjects["Математика"], s.periods[0]) == ""
    tab.view.setCurrentIndex(period)
    type_char(tab.view, "4")
    assert db_period_mark(sid, s.subjects["Математика"], s.periods[0]) == "4"
    assert model.data(period) == "4"
    type_char(tab.view, "н")  # a letter opens the editor (in the frozen summary view)
    editor = tab.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "н"
    editor.setText("н/а")
    commit(editor)
    assert db_period_mark(sid, s.subjects["Математика"], s.periods[0]) == "н/а"
    tab.view.setCurrentIndex(period)
    press(tab.view, Key.Key_Delete)
    assert db_period_mark(sid, s.subjects["Математика"], s.periods[0]) == ""
    assert model.data(period) == "(5)"
    tab.undo_action.trigger()
    assert db_period_mark(sid, s.subjects["Математика"], s.periods[0]) == "н/а"
    assert errors == []


def test_open_lesson_selects_the_page_and_the_column(qtbot, gui_school) -> None:
    s = gui_school
    tab = JournalTab(session_for(s.ivanova))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.open_lesson(s.a["math5"], dt.date(2025, 11, 12), 2)
    assert tab.period_combo.currentText() == "2 четверть"
    assert tab.subject_combo.currentData() == s.a["math5"]
    col = tab.view.currentIndex().column()
    assert tab.model.lesson_column(col).date == dt.date(2025, 11, 12)
    assert "12.11.2025" in tab.pane.title.text()
    assert not tab.open_lesson(s.a["math6"], MON, 3)  # not her page


def test_arrows_cross_into_the_frozen_summary_columns(qtbot, gui_school, errors) -> None:
    s = gui_school
    tab = open_tab(qtbot, s.ivanova)
    model = tab.model
    last = model.lesson_count - 1
    tab.view.setCurrentIndex(model.index(2, last))
    tab.view.setFocus()
    press(tab.view, Key.Key_Right)
    assert tab.view.currentIndex().column() == model.plain_column
    assert tab.view.isColumnHidden(model.plain_column)
    assert not tab.summary_view.isColumnHidden(model.plain_column)
    press(tab.summary_view, Key.Key_Right)
    press(tab.summary_view, Key.Key_Right)
    assert tab.view.currentIndex().column() == model.period_column
    press(tab.summary_view, Key.Key_Left)
    press(tab.summary_view, Key.Key_Left)
    press(tab.summary_view, Key.Key_Left)
    assert tab.view.currentIndex().column() == last
    assert tab.view.verticalScrollBar().value() == tab.summary_view.verticalScrollBar().value()


def test_model_passes_the_item_model_tester(qtbot, gui_school, qtmodeltester) -> None:
    s = gui_school
    journal.set_cell(s.ivanova, s.a["math5"], MON, 1, student(s, 0), "5 4 н", today=AFTER_YEAR)
    structure.leave_class(s.admin, student(s, 5), s.classes["5А"], WED, reason="Переезд")
    model = JournalModel(s.ivanova, lambda: AFTER_YEAR)
    model.set_page(load_page(s.ivanova, s.a["math5"], s.periods[0], today=AFTER_YEAR))
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    assert model.data(model.index(5, model.column_of(FRI, 3)),
                      Qt.ItemDataRole.BackgroundRole) == INACTIVE_BG
    assert model.segments(0, model.column_of(MON, 1)) is not None
    model.set_page(None)
    qtmodeltester.check(model)


def test_model_means_equal_the_page_means(qtbot, gui_school) -> None:
    """The model's integer means are JournalPage.means exactly (modifiers, weights 1.5 and 2)."""
    s = gui_school
    structure.set_setting(s.admin, "allow_mark_modifiers", True)
    structure.set_setting(s.admin, "lowest_mark", 1)
    _fill_realistic_page(s)
    journal.set_lesson_details(s.ivanova, s.a["math5"], WED, 2, expected_version=None,
                               work_kind="independent", today=AFTER_YEAR)
    for i, text in enumerate(("4- 3+", "2+ 5", "1", "4+ н", "3-")):
        journal.set_cell(s.ivanova, s.a["math5"], WED, 2, student(s, i), text, today=AFTER_YEAR)
    page = load_page(s.ivanova, s.a["math5"], s.periods[0], today=AFTER_YEAR)
    model = JournalModel(s.ivanova, lambda: AFTER_YEAR)
    model.set_page(page)
    assert [model.means(r) for r in range(len(page.rows))] == \
        [page.means(r) for r in range(len(page.rows))]
    assert model.data(model.index(0, model.plain_column)) != ""


# --- correction requests for the deputy and the administrator --------------------------------------


def test_corrections_dialog_deputy_approves_admin_applies(qtbot, gui_school, errors) -> None:
    s = gui_school
    structure.set_setting(s.admin, "edit_window_days", 7)
    rid = corrections.request(s.ivanova, s.a["math5"], MON, 1, student(s, 0), "4",
                              "Отметка за самостоятельную, проверенную после выходных",
                              today=AFTER_YEAR)
    tab = open_tab(qtbot, s.deputy)
    assert tab.resolve_button.isVisible() and "(1)" in tab.resolve_button.text()
    dialog = CorrectionsDialog(tab.session, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1 and dialog.apply_button.text() == "Одобрить"
    save_shot(dialog, "journal_corrections.png")
    dialog.apply_button.click()
    assert CorrectionRequest.get_by_id(rid).status == "approved"
    assert db_cell(s.a["math5"], MON, 1, student(s, 0)) == ""
    admin_tab = open_tab(qtbot, s.admin)
    admin_dialog = CorrectionsDialog(admin_tab.session, admin_tab)
    qtbot.addWidget(admin_dialog)
    resolved: list[int] = []
    admin_dialog.resolved.connect(resolved.append)
    admin_dialog.apply_button.click()
    assert CorrectionRequest.get_by_id(rid).status == "applied"
    assert db_cell(s.a["math5"], MON, 1, student(s, 0)) == "4"
    assert resolved == [s.a["math5"]]
    assert admin_dialog.table.rowCount() == 0
    assert errors == []


# --- screenshots ----------------------------------------------------------------------------------


def _fill_realistic_page(s) -> None:
    """A month of a real class: marks by each pupil's level, a control work, absences, topics."""
    import random

    rnd = random.Random(20250901)
    for i, (surname, name, patronymic) in enumerate(EXTRA_5A):
        sid = structure.enroll_new_student(
            s.admin, s.classes["5А"], surname, name, patronymic,
            birth_date=dt.date(2014, 3, 1) + dt.timedelta(days=11 * i),
            personal_file_no=f"Д-{i:03d}", date_from=dt.date(2025, 9, 1))
        s.students["5А"].append(sid)
    topics = ["Натуральные числа и шкалы", "Обозначение натуральных чисел",
              "Отрезок. Длина отрезка", "Плоскость. Прямая. Луч", "Шкалы и координаты",
              "Меньше или больше", "Сложение натуральных чисел", "Свойства сложения",
              "Вычитание", "Контрольная работа № 1", "Числовые и буквенные выражения",
              "Буквенная запись свойств сложения", "Уравнение", "Умножение натуральных чисел"]
    days: list[tuple[dt.date, int]] = []
    day = dt.date(2025, 9, 1)
    while len(days) < len(topics):
        if day.weekday() in (0, 2, 4):
            days.append((day, {0: 1, 2: 2, 4: 3}[day.weekday()]))
        day += dt.timedelta(days=1)
    level = {sid: rnd.choice((5, 4, 4, 4, 3, 3)) for sid in s.students["5А"]}

    def mark(sid: int) -> str:
        value = level[sid] + rnd.choice((-1, 0, 0, 0, 1))
        return str(min(5, max(2, value)))

    for j, (d, n) in enumerate(days):
        control = topics[j].startswith("Контрольная")
        journal.set_lesson_details(
            s.ivanova, s.a["math5"], d, n, expected_version=None, topic=topics[j],
            homework=f"П. {j + 1}, № {10 + j * 3}, {11 + j * 3}",
            work_kind="control" if control else ("independent" if j == 5 else None),
            today=AFTER_YEAR)
        for sid in s.students["5А"]:
            roll = rnd.random()
            if roll < 0.05:
                text = rnd.choice(("н", "н", "б", "у", "оп"))
            elif control or j == 5 or roll < 0.30:
                text = mark(sid)
                if rnd.random() < 0.08:
                    text += " " + mark(sid)
            else:
                text = ""
            if text:
                journal.set_cell(s.ivanova, s.a["math5"], d, n, sid, text, today=AFTER_YEAR)
    journal.set_cell(s.ivanova, s.a["math5"], days[2][0], days[2][1], s.students["5А"][4],
                     "4 н", today=AFTER_YEAR)  # a mark and «н» together (a control flag)


def test_screenshot_teacher_page(qtbot, gui_school) -> None:
    s = gui_school
    _fill_realistic_page(s)
    today = dt.date(2025, 10, 1)
    tab = open_tab(qtbot, s.ivanova, today=today)
    tab.resize(1366, 768)
    goto(tab, dt.date(2025, 9, 17), 2, row=3)
    qtbot.wait(50)
    tab.view.horizontalScrollBar().setValue(1)
    qtbot.wait(50)
    path = save_shot(tab, "journal_teacher.png")
    assert path.stat().st_size > 10_000
    model = tab.model
    assert model.rowCount() == 24
    assert all(model.data(model.index(r, model.weighted_column)) for r in range(model.rowCount()))


def test_screenshot_read_only_page(qtbot, gui_school) -> None:
    s = gui_school
    _fill_realistic_page(s)
    periods.close_period(s.deputy, s.periods[0], "Четверть завершена")
    tab = open_tab(qtbot, s.ivanova, today=dt.date(2025, 11, 10))
    tab.resize(1366, 768)
    goto(tab, dt.date(2025, 10, 1), 2, row=1)
    qtbot.wait(50)
    assert tab.banner.isVisible()
    model = tab.model
    assert all(model.data(model.index(r, c), Qt.ItemDataRole.BackgroundRole) == READONLY_BG
               for r in range(model.rowCount()) for c in range(model.lesson_count))
    save_shot(tab, "journal_readonly.png")
