"""The «Учебный год» chooser of the students' panel and the КТП editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QWidget

from ejournal_desktop.services import students
from ejournal_desktop.ui import boundary


class YearCombo(QComboBox):
    """The school years (name, id as data); :meth:`load` chooses the one holding today."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("yearCombo")

    def load(self, today: dt.date) -> None:
        """Fill the list without signals; the year holding ``today`` is chosen, else the first."""
        rows = boundary.run(self.parentWidget(), students.years) or []  # the panel shows a refusal
        self.blockSignals(True)
        self.clear()
        current = 0
        for i, (yid, name, start, end) in enumerate(rows):
            self.addItem(name, yid)
            if start <= today <= end:
                current = i
        self.setCurrentIndex(current)
        self.blockSignals(False)
