"""The «Аудит» tab and a grid cell's «История…» (issue 8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ejournal_desktop.services import journal
from ejournal_desktop.ui.audit_tab import COL_CLASS, COL_WHO, AuditTab, CellHistoryDialog
from ejournal_desktop.ui.journal_tab import JournalTab
from tests.factory import MON, TUE
from tests.gui.journal_helpers import AFTER_YEAR, lesson_id, save_shot, session_for, when_modal

pytestmark = pytest.mark.gui


@pytest.fixture
def school(tmp_path, qapp):
    """The factory school on a SQLite file with a few marks put and one changed."""
    from PySide6.QtCore import QSettings

    from ejournal_desktop.services.bootstrap import initialize
    from ejournal_desktop.store.database import connect, parse_target
    from tests.factory import build_school

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    db = connect(parse_target(str(tmp_path / "journal.sqlite3")), create=True)
    admin = initialize(db, school_name="МБОУ «Тестовая школа»", admin_login="admin",
                       admin_password="admin-pass")
    s = build_school(admin)
    pupils = s.students["5А"]
    journal.set_cell(s.ivanova, s.a["math5"], MON, 1, pupils[0], "5", today=AFTER_YEAR)
    journal.set_cell(s.ivanova, s.a["math5"], MON, 1, pupils[1], "н", today=AFTER_YEAR)
    journal.set_cell(s.ivanova, s.a["math5"], MON, 1, pupils[0], "4", today=AFTER_YEAR,
                     reason="Ошибка при вводе")
    journal.set_cell(s.petrov, s.a["rus5"], TUE, 1, pupils[2], "3", today=AFTER_YEAR)
    journal.set_cell(s.petrov, s.a["nature1"], MON, 2, s.students["1А"][0], "б", today=AFTER_YEAR)
    yield s
    db.close()


def audit_tab(qtbot, actor) -> AuditTab:
    tab = AuditTab(session_for(actor))
    qtbot.addWidget(tab)
    tab.resize(1280, 560)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def column(tab: AuditTab, col: int) -> list[str]:
    return [tab.model.text(r, col) for r in tab.model.entries]


def whos(tab: AuditTab) -> set[str]:
    return set(column(tab, tab.model.columns.index(COL_WHO)))


# --- «История…» from the grid -------------------------------------------------------------------------


def test_history_from_the_grid_context_menu(qtbot, school, check_model):
    s = school
    tab = JournalTab(session_for(s.ivanova))
    qtbot.addWidget(tab)
    tab.resize(1280, 620)
    tab.show()
    qtbot.waitExposed(tab)
    tab.period_combo.setCurrentIndex(0)
    tab.class_combo.setCurrentIndex(tab.class_combo.findText("5А"))
    found = [i for i in range(tab.subject_combo.count())
             if tab.subject_combo.itemText(i).startswith("Математика")]
    tab.subject_combo.setCurrentIndex(found[0])
    page = tab.model.page
    assert page is not None
    col = tab.model.column_of(MON, 1)
    assert col is not None
    row = [r.student_id for r in page.rows].index(s.students["5А"][0])
    assert page.cell(row, col).lesson_id == lesson_id(s.a["math5"], MON, 1)

    # the context menu of the cell offers «История…»: its actions are noted and the menu closed
    menus: list[list] = []

    def take_menu(waited: int = 0) -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            menus.append(list(popup.actions()))
            popup.close()
        elif waited < 5000:
            QTimer.singleShot(10, lambda: take_menu(waited + 10))

    QTimer.singleShot(0, take_menu)
    index = tab.model.index(row, col)
    pos = tab.view.visualRect(index).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, tab.view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(tab.view.viewport(), event)
    assert menus, "no context menu"
    history = [a for a in menus[-1] if a.objectName() == "cellHistoryAction"]
    assert history and history[0].isEnabled()
    assert history[0].text() == "История…"
    assert history[0].shortcut().toString() == "Ctrl+H"
    assert tab.view.currentIndex() == index

    seen: list[CellHistoryDialog] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, CellHistoryDialog)
        seen.append(dialog)
        check_model(dialog.model)
        dialog.show()
        QApplication.processEvents()
        save_shot(dialog, "cell_history_dialog.png")
        dialog.accept()

    when_modal(look)
    history[0].trigger()
    assert seen, "the history dialog did not open"
    dialog = seen[0]
    assert "Алексеев" in dialog.heading.text() and "5А, Математика" in dialog.heading.text()
    lines = dialog.lines()
    assert len(lines) == 2, lines
    assert "Иванова М.П." in lines[0] and "— → 5" in lines[0]
    assert "Иванова М.П." in lines[1] and "5 → 4" in lines[1] and "Ошибка при вводе" in lines[1]
    assert dialog.model.entries[0].at <= dialog.model.entries[1].at  # oldest first
    assert dialog.model.entries[1].at.strftime("%d.%m.%Y") in lines[1]


def test_history_dialog_of_an_untouched_cell_says_so(qtbot, school):
    s = school
    dialog = CellHistoryDialog(session_for(s.ivanova), lesson_id(s.a["math5"], MON, 1),
                               s.students["5А"][3])
    qtbot.addWidget(dialog)
    assert dialog.loaded and not dialog.model.entries
    assert not dialog.empty.isHidden()


def test_history_refused_outside_the_journal_the_person_sees(qtbot, school, dialogs):
    s = school
    dialog = CellHistoryDialog(session_for(s.sidorova), lesson_id(s.a["math5"], MON, 1),
                               s.students["5А"][0])
    qtbot.addWidget(dialog)
    assert not dialog.loaded
    assert dialogs.shown  # one message of the error boundary


# --- the «Аудит» tab ---------------------------------------------------------------------------------


def test_admin_sees_everything_and_filters_by_class_and_person(qtbot, school, check_model):
    s = school
    tab = audit_tab(qtbot, s.admin)
    check_model(tab.model)
    assert tab.person_combo.isEnabled()
    everyone = whos(tab)
    assert {"Иванова М.П.", "Петров С.Н."} <= everyone
    stamps = [r.at for r in tab.model.entries]
    assert stamps == sorted(stamps, reverse=True)  # newest first

    tab.select(tab.class_combo, s.classes["1А"])
    classes = set(column(tab, tab.model.columns.index(COL_CLASS)))
    assert classes == {"1А"}, classes
    assert "Петров С.Н." in whos(tab) and "Иванова М.П." not in whos(tab)

    tab.select(tab.class_combo, None)
    tab.select(tab.person_combo, s.ivanova.user_id)
    assert tab.model.entries and whos(tab) == {"Иванова М.П."}
    titles = column(tab, 2)
    assert any("изменена отметка" in t for t in titles), titles

    tab.select(tab.kind_combo, "absence")
    assert [r.action for r in tab.model.entries] == ["absence.set"]

    tab.reset_filters()
    assert tab.person_combo.currentData() is None and whos(tab) == everyone
    tab.resize(1400, 600)
    save_shot(tab, "audit_tab.png")


def test_show_more(qtbot, school, monkeypatch):
    import ejournal_desktop.ui.audit_tab as audit_tab_module

    monkeypatch.setattr(audit_tab_module, "PAGE", 3)
    tab = audit_tab(qtbot, school.admin)
    assert len(tab.model.entries) == 3 and tab.more_button.isEnabled()
    total = len(audit_tab_module.audit_view.audit_entries(school.admin, limit=1000))
    while tab.more_button.isEnabled():
        tab.more_button.click()
    assert len(tab.model.entries) == total


def test_teacher_sees_only_own_entries(qtbot, school):
    s = school
    tab = audit_tab(qtbot, s.sidorova)  # a teacher without a class of her own
    assert not tab.person_combo.isEnabled()
    assert whos(tab) <= {"Сидорова А.И."}
    assert tab.class_combo.findData(s.classes["5А"]) < 0  # she teaches 6А only
    assert tab.class_combo.findData(s.classes["6А"]) >= 0
    tab.select(tab.class_combo, s.classes["6А"])
    assert not tab.model.entries


def test_teacher_and_homeroom_sees_own_entries_and_own_class(qtbot, school):
    s = school
    tab = audit_tab(qtbot, s.petrov)  # Petrov is homeroom of 1А and teaches Russian in 5А
    for entry in tab.model.entries:
        assert entry.user_id == s.petrov.user_id or entry.class_id == s.classes["1А"], entry
    assert "Петров С.Н." in whos(tab)
    assert "Иванова М.П." not in whos(tab)  # her marks in 5А are neither his nor about his class
    tab.select(tab.class_combo, s.classes["5А"])
    assert whos(tab) == {"Петров С.Н."}


def test_homeroom_teacher_sees_own_class(qtbot, school, check_model):
    s = school
    tab = audit_tab(qtbot, s.ivanova)  # homeroom of 5А
    check_model(tab.model)
    classes = set(column(tab, tab.model.columns.index(COL_CLASS)))
    assert "1А" not in classes
    # Petrov's mark in 5А is about her class: she sees it
    assert "Петров С.Н." in whos(tab)
    tab.select(tab.person_combo, s.petrov.user_id)
    assert whos(tab) == {"Петров С.Н."}
    assert set(column(tab, tab.model.columns.index(COL_CLASS))) == {"5А"}
    assert tab.class_combo.findData(s.classes["1А"]) < 0
    assert tab.view.model() is tab.model
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Когда"
