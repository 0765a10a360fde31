"""Dates between Python and Qt, and the date field every form uses (dd.MM.yyyy, calendar popup)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(parent: QWidget, day: dt.date, name: str) -> QDateEdit:
    """A date field showing ``day`` as schools write dates, with a calendar to pick from."""
    edit = QDateEdit(to_qdate(day), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit
