"""«Отчёты» driven like a user: pick a report, a class, a period; read the table; save Excel and PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ejournal_desktop.services.access import standing
from ejournal_desktop.services.reports import ReportParams
from ejournal_desktop.ui.reports_tab import WHOLE_SCHOOL, BarChart, ReportsTab
from ejournal_desktop.ui.session import Session
from tests.factory import School
from tests.gui.conftest import SCREENSHOTS, Dialogs, today_is
from tests.test_reports import TODAY, fill_q1

pytestmark = pytest.mark.gui


def open_tab(qtbot: QtBot, school: School, login: str, today: dt.date = TODAY) -> ReportsTab:
    actor = school.actors()[login]
    tab = ReportsTab(Session(actor, standing(actor).roles, "журнал", today=today_is(today)))
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    return tab


def shot(tab: ReportsTab, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    path = SCREENSHOTS / f"reports_{name}.png"
    assert tab.grab().save(str(path))
    return path


def cells(tab: ReportsTab, page: int = 0) -> list[list[str]]:
    model = tab.pages[page].model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_deputy_sees_the_progress_of_5a(qtbot: QtBot, gui_school: tuple[str, School], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch, check_model: Callable[..., None]) -> None:
    _, school = gui_school
    fill_q1(school, monkeypatch)
    tab = open_tab(qtbot, school, "deputy")
    assert tab.class_box.itemData(0) == WHOLE_SCHOOL and tab.class_box.itemText(0) == "Вся школа"
    assert tab.period_box.currentText().startswith("1 четверть")  # 27 Oct: the holidays after the 1st quarter
    assert not tab.xlsx_button.isEnabled()
    tab.choose("progress", class_id=school.classes["5А"], period_id=school.periods[0])
    qtbot.mouseClick(tab.build_button, Qt.MouseButton.LeftButton)
    assert tab.title.text() == "Успеваемость и качество знаний"
    assert tab.subtitle.text() == "Класс 5А · 1 четверть (01.09.2025–26.10.2025) · учебный год 2025/2026"
    check_model(tab.pages[0].model)
    rows = cells(tab)
    assert rows[0] == ["Математика", "Иванова М.П.", "6", "4", "1", "1", "1", "1", "0", "3,50", "75,0 %", "50,0 %",
                       "54,0 %"]
    assert rows[-1][0] == "Итого по классу" and rows[-1][-3:] == ["80,0 %", "60,0 %", "58,0 %"]
    model = tab.pages[0].model
    assert model.index(len(rows) - 1, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.headerData(10, Qt.Orientation.Horizontal) == "Успеваемость"
    chart = tab.pages[0].chart
    assert isinstance(chart, BarChart) and [g[0] for g in chart.groups] == ["Математика", "Русский язык"]
    assert chart.groups[0][1] == [75.0, 50.0]
    assert "знаменатель" in tab.pages[0].notes.text()
    shot(tab, "progress_5a")

    xlsx = tab.save_xlsx(str(tmp_path / "progress.xlsx"))
    pdf = tab.save_pdf(str(tmp_path / "progress.pdf"))
    assert xlsx and pdf and Path(pdf).read_bytes().startswith(b"%PDF")
    ws = openpyxl.load_workbook(xlsx).active
    assert [c.value for c in ws[5]][:2] == ["Математика", "Иванова М.П."]
    assert tab.xlsx_button.isEnabled()


def test_whole_school_has_a_page_per_table(qtbot: QtBot, gui_school: tuple[str, School],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _, school = gui_school
    fill_q1(school, monkeypatch)
    tab = open_tab(qtbot, school, "director")
    tab.choose("progress", period_id=school.periods[0])
    assert tab.build() is not None
    assert [tab.tables.tabText(i) for i in range(tab.tables.count())] == [
        "Сводка по классам", "Сводка по предметам", "По классам и предметам"]
    assert [r[0] for r in cells(tab)] == ["5А", "6А", "Итого по школе"]
    shot(tab, "progress_school")
    tab.choose("attendance", period_id=school.periods[0])
    tab.build()
    assert cells(tab)[-1][:3] == ["Итого по школе", "12", "6"]
    tab.tables.setCurrentIndex(1)
    shot(tab, "attendance_weeks")
    tab.choose("monthly", dates=(dt.date(2025, 9, 1), dt.date(2025, 9, 30)))
    tab.build()
    assert cells(tab)[0] == ["Учителей, работавших в журнале", "3", "4", "75,0 %"]
    shot(tab, "monthly")


def test_controls_follow_the_report(qtbot: QtBot, gui_school: tuple[str, School]) -> None:
    _, school = gui_school
    tab = open_tab(qtbot, school, "deputy")
    tab.choose("period-results")
    assert tab.class_box.findData(WHOLE_SCHOOL) < 0  # a report of one class
    offered = [tab.class_box.itemText(i) for i in range(tab.class_box.count())]
    assert "1А" not in offered and "5А" in offered  # a report about marks: the 1st grade keeps none
    tab.choose("attendance")
    assert tab.class_box.findText("1А") >= 0  # attendance is kept in the 1st grade too
    tab.choose("timeliness")
    assert tab.by_dates.isVisible() and tab.by_period.isVisible() and not tab.by_lessons.isVisible()
    tab.choose("accumulation")
    assert tab.by_lessons.isVisible() and not tab.dates_row.isVisible()
    tab.choose("teacher")
    assert tab.teacher_box.isVisible() and not tab.class_box.isVisible()
    assert [tab.teacher_box.itemText(i) for i in range(tab.teacher_box.count())] == [
        "Иванова М.П.", "Петров С.Н.", "Сидорова А.И."]
    tab.choose("activity")
    assert tab.dates_row.isVisible() and not tab.by_dates.isVisible() and not tab.period_box.isVisible()
    params = tab.params()
    assert params.period_id is None and params.date_from is not None


def test_teacher_and_homeroom_choices_and_a_refusal(qtbot: QtBot, gui_school: tuple[str, School],
                                                    monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    _, school = gui_school
    fill_q1(school, monkeypatch)
    homeroom = open_tab(qtbot, school, "ivanova")
    assert [homeroom.class_box.itemText(i) for i in range(homeroom.class_box.count())] == ["Все мои классы", "5А"]
    assert homeroom.class_box.currentText() == "5А"  # the own class first
    homeroom.choose("period-results", period_id=school.periods[0])
    homeroom.build()
    assert cells(homeroom)[0][:4] == ["1", "Алексеев Артём", "5", "5"]
    shot(homeroom, "period_results_5a")

    teacher = open_tab(qtbot, school, "sidorova")
    assert [teacher.class_box.itemText(i) for i in range(teacher.class_box.count())] == ["Все мои классы", "6А"]
    # whatever reaches the service, another class is refused there, shown in one message box
    monkeypatch.setattr(teacher, "params", lambda: ReportParams(class_id=school.classes["5А"], today=TODAY))
    assert teacher.build() is None
    assert "Нет прав" in dialogs.last().text
    assert teacher.result is None and not teacher.xlsx_button.isEnabled()


def test_reports_of_the_demo_school(qtbot: QtBot, tmp_path: Path) -> None:
    """The demonstration school (realistic entry times, some teachers late) as the deputy sees it."""
    from ejournal_desktop.services.access import actor_by_login
    from ejournal_desktop.services.demo import build_demo
    from ejournal_desktop.services.reports import lookup
    from ejournal_desktop.store.database import connect, parse_target

    day = dt.date(2025, 11, 20)
    db = connect(parse_target(str(tmp_path / "demo.sqlite3")), create=True)
    try:
        build_demo(db, size="small", seed=1, today=day)
        deputy = actor_by_login("deputy")
        tab = ReportsTab(Session(deputy, standing(deputy).roles, "демо", today=today_is(day)))
        qtbot.addWidget(tab)
        tab.resize(1280, 760)
        tab.show()
        year = lookup.find_year(None, day)
        first = lookup.find_period(year, 1)
        tab.choose("timeliness", period_id=first)
        result = tab.build()
        assert result is not None and result.main.rows
        late = result.table("Заполнено с опозданием")
        assert late.rows  # the demo has teachers who fill the journal in the evening
        shot(tab, "demo_timeliness")
        tab.choose("progress", period_id=first)
        assert tab.build() is not None
        shot(tab, "demo_progress")
        tab.choose("forecast", class_id=lookup.find_class(year, "5А"))
        assert tab.build() is not None
        shot(tab, "demo_forecast_5a")
    finally:
        db.close()
