"""The administration's tabs on a 1024 × 600 classroom netbook: no tab needs a horizontal scroll bar
(its buttons — «Сбросить фильтры», «Показать ещё», «Сохранить» — stay on the screen)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from ejournal_desktop.services.access import standing
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.ui.session import Session
from tests.factory import MON, School
from tests.gui.conftest import today_is

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("login, key", [("admin", "audit"), ("admin", "year_end"), ("director", "audit"),
                                         ("director", "year_end"), ("admin", "admin"), ("admin", "reports")])
def test_the_tab_fits_a_1024_pixel_window(qtbot: QtBot, gui_school: tuple[str, School], login: str,
                                          key: str) -> None:
    db, school = gui_school
    actor = school.actors()[login]
    window = MainWindow(Session(actor=actor, roles=standing(actor).roles, database=db, today=today_is(MON)))
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    tab = window.show_tab(key)
    assert tab is not None
    QApplication.processEvents()
    holder = tab.parentWidget().parentWidget()
    assert isinstance(holder, QScrollArea)
    assert tab.minimumSizeHint().width() <= holder.viewport().width(), (key, tab.minimumSizeHint().width())
    assert not holder.horizontalScrollBar().isVisible()
