"""The date stepper of the week views and the bold title under their bar.

«Посещаемость» and «Расписание» both show a span of days around a chosen date:
◀ [дата] ▶ [Сегодня / Текущая неделя].  The arrows step a week (or a month,
when the tab says so), the button returns to today inside the school year.
The texts come already translated from the tab, so they keep its context.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ejournal_desktop.services.timetable import SchoolYear
from ejournal_desktop.ui.qdates import from_qdate, to_qdate


class WeekBar(QWidget):
    """◀ date ▶ and a button back to today (clamped to the school year, if there is one)."""

    def __init__(self, today: Callable[[], dt.date], year: SchoolYear | None, *, back: str,
                 forward: str, home: str, date_tip: str = "",
                 by_month: Callable[[], bool] = lambda: False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today, self._year, self._by_month = today, year, by_month
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.prev_button = self._arrow("prevButton", Qt.ArrowType.LeftArrow, back)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        if date_tip:
            self.date_edit.setToolTip(date_tip)
        self.next_button = self._arrow("nextButton", Qt.ArrowType.RightArrow, forward)
        self.home_button = QPushButton(home, self)
        self.home_button.setObjectName("todayButton")
        for widget in (self.prev_button, self.date_edit, self.next_button, self.home_button):
            layout.addWidget(widget)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.home_button.clicked.connect(self.go_home)

    def _arrow(self, name: str, arrow: Qt.ArrowType, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setArrowType(arrow)
        button.setToolTip(tip)
        return button

    def day(self) -> dt.date:
        return from_qdate(self.date_edit.date())

    def set_day(self, day: dt.date) -> None:
        self.date_edit.setDate(to_qdate(day))

    def home_day(self) -> dt.date:
        today = self._today()
        return self._year.clamp(today) if self._year else today

    def go_home(self) -> None:
        self.set_day(self.home_day())

    def step(self, count: int) -> None:
        """Forward (or back, if negative) by ``count`` weeks, or months when ``by_month()``."""
        date = self.date_edit.date()
        self.date_edit.setDate(date.addMonths(count) if self._by_month() else date.addDays(7 * count))


def title_label(parent: QWidget) -> QLabel:
    """The bold line under the bar that names what is shown («Посещаемость 5А: …»)."""
    title = QLabel(parent)
    title.setObjectName("titleLabel")
    font = QFont(title.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    title.setFont(font)
    return title
