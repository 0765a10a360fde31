"""«Расписание»: the week grid of a class, a teacher or a room.

Double-clicking a lesson emits ``openLesson(assignment_id, date, number)``; the
main window opens that lesson in the journal tab.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.services import timetable
from ejournal_desktop.services.timetable import GridLesson, Kind, WeekGrid
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.roles import ALIGNMENT, BACKGROUND, DISPLAY, FOREGROUND, HORIZONTAL, TOOLTIP
from ejournal_desktop.ui.session import Session
from ejournal_desktop.ui.week_bar import WeekBar, title_label
from ejournal_desktop.ui.weekdays import weekday_name

Index = QModelIndex | QPersistentModelIndex

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)

SUBSTITUTION_BG = QBrush(QColor("#fff3c4"))
HOLIDAY_BG = QBrush(QColor("#eef1f5"))
OUT_OF_YEAR_BG = QBrush(QColor("#f4f4f4"))
HOLIDAY_FG = QBrush(QColor("#50607a"))
SUBSTITUTION_COLOR = "#fff3c4"

ROW_HEIGHT = 62  # three lines of text


def _noop(text: str) -> str:
    return text


def tr(text: str) -> str:
    return QCoreApplication.translate("TimetableTab", text)


class TimetableModel(QAbstractTableModel):
    """Rows: lesson numbers; columns: the days of the week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: WeekGrid | None = None
        self._texts: dict[tuple[int, int], str] = {}
        self._tips: dict[tuple[int, int], str] = {}
        self._substituted: set[tuple[int, int]] = set()

    def set_grid(self, grid: WeekGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self._texts, self._tips, self._substituted = {}, {}, set()
        if grid is not None:
            for (day, number), lessons in grid.cells.items():
                key = (grid.numbers.index(number), day)
                self._texts[key] = cell_text(grid, lessons)
                self._tips[key] = "\n\n".join(lesson_tooltip(grid, g) for g in lessons)
                if any(g.substituted for g in lessons):
                    self._substituted.add(key)
            for col, day_info in enumerate(grid.days):
                if day_info.holiday and grid.numbers:
                    self._texts[(0, col)] = day_info.holiday
                    self._tips[(0, col)] = day_info.holiday
        self.endResetModel()

    def lessons(self, index: Index) -> list[GridLesson]:
        if self.grid is None or not index.isValid():
            return []
        return self.grid.lessons_at(index.column(), self.grid.numbers[index.row()])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.numbers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.days)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if self.grid is None or not index.isValid():
            return None
        key = (index.row(), index.column())
        if role == DISPLAY:
            return self._texts.get(key, "")
        if role == TOOLTIP:
            return self._tips.get(key) or None
        day = self.grid.days[index.column()]
        if role == BACKGROUND:
            if not day.in_year:
                return OUT_OF_YEAR_BG
            if day.holiday:
                return HOLIDAY_BG
            if key in self._substituted:
                return SUBSTITUTION_BG
            return None
        if role == ALIGNMENT:
            return CENTER if day.holiday else LEFT
        if role == FOREGROUND and day.holiday:
            return HOLIDAY_FG
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if self.grid is None:
            return None
        if orientation == HORIZONTAL:
            if section >= len(self.grid.days):
                return None
            day = self.grid.days[section].date
            if role == DISPLAY:
                return f"{weekday_name(day)}\n{day:%d.%m}"
            if role == TOOLTIP:
                return f"{weekday_name(day)}, {format_date_ru(day)}"
            return None
        if section >= len(self.grid.numbers):
            return None
        number = self.grid.numbers[section]
        if role == DISPLAY:
            bell = self.grid.bells.get(number)
            return f"{number}\n{bell[0]}–{bell[1]}" if bell else str(number)
        if role == ALIGNMENT:
            return CENTER
        return None


def cell_text(grid: WeekGrid, lessons: list[GridLesson]) -> str:
    if len(lessons) == 1:
        g = lessons[0]
        subject = g.subject + (f" ({g.subgroup})" if g.subgroup else "")
        room = tr("каб. %s") % g.room if g.room else ""
        if grid.kind == "class":
            lines = [subject, " · ".join(p for p in (g.teacher, room) if p)]
        elif grid.kind == "teacher":
            lines = [f"{g.class_name} · {subject}", room]
        else:
            lines = [f"{g.class_name} · {subject}", g.teacher]
        lines.append(substitution_note(grid, g))
        return "\n".join(line for line in lines if line)
    out = []
    for g in lessons:
        who = g.class_name if grid.kind != "class" else g.teacher
        group = f" ({g.subgroup})" if g.subgroup else ""
        mark = tr(" — замена") if g.substituted else ""
        out.append(f"{g.subject_short}{group} · {who}{mark}")
    return "\n".join(out)


def substitution_note(grid: WeekGrid, g: GridLesson) -> str:
    if not g.substituted:
        return ""
    if grid.kind == "teacher" and g.substitute_id == grid.key:
        return tr("Замена; по расписанию: %s") % g.teacher
    return tr("Замена: %s") % g.substitute


def lesson_tooltip(grid: WeekGrid, g: GridLesson) -> str:
    lines = [
        f"{weekday_name(g.date)}, {format_date_ru(g.date)}, " + tr("%d-й урок") % g.number,
        f"{g.class_name} — {g.subject}" + (f" ({g.subgroup})" if g.subgroup else ""),
        tr("Учитель: %s") % g.teacher,
    ]
    if g.room:
        lines.append(tr("Кабинет: %s") % g.room)
    if g.substituted:
        lines.append(tr("Замена: %s") % g.substitute
                     + (f" ({g.substitution_reason})" if g.substitution_reason else ""))
    if g.topic:
        lines.append(tr("Тема: %s") % g.topic)
    lines.append(tr("Двойной щелчок — открыть урок в журнале."))
    return "\n".join(lines)


KIND_TITLES: dict[Kind, str] = {
    "class": _noop("Класс"),
    "teacher": _noop("Учитель"),
    "room": _noop("Кабинет"),
}


class TimetableTab(QWidget):
    """The timetable tab; ``openLesson`` asks the main window to open a lesson in the journal."""

    openLesson = Signal(int, object, int)  # assignment id, date, lesson number
    refresh_on_show = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.year = timetable.year_on(session.today())
        self._loading = True  # no reloads while the choices are filled
        self._build()
        self._fill_kinds()
        self.week_bar.go_home()
        self._loading = False
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        self.item_combo = QComboBox(self)
        self.item_combo.setObjectName("itemCombo")
        self.item_combo.setMinimumContentsLength(16)
        self.item_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.week_bar = WeekBar(self.session.today, self.year, back=tr("Предыдущая неделя"),
                                forward=tr("Следующая неделя"), home=tr("Текущая неделя"),
                                date_tip=tr("Любой день нужной недели"), parent=self)
        self.week_bar.setObjectName("timetableWeekBar")
        self.date_edit = self.week_bar.date_edit
        bar.addWidget(QLabel(tr("Расписание:"), self))
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.item_combo)
        bar.addSpacing(16)
        bar.addWidget(QLabel(tr("Неделя:"), self))
        bar.addWidget(self.week_bar)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.title = title_label(self)
        layout.addWidget(self.title)

        self.model = TimetableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("timetableView")
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.view.verticalHeader()
        # a day has at most a dozen lessons: the rows share the height, never below three lines
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        vertical.setMinimumSectionSize(ROW_HEIGHT)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.setMinimumWidth(92)
        horizontal = self.view.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        horizontal.setMinimumSectionSize(120)
        horizontal.setFixedHeight(44)
        self.view.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.view, 1)

        legend = QHBoxLayout()
        swatch = QLabel(tr("Замена"), self)
        swatch.setStyleSheet(
            f"background: {SUBSTITUTION_COLOR}; padding: 2px 8px; border: 1px solid #d8c98a;")
        legend.addWidget(swatch)
        self.hint = QLabel(tr("Двойной щелчок по уроку открывает его в журнале."), self)
        self.hint.setObjectName("hintLabel")
        self.hint.setStyleSheet("color: #5f6368;")
        legend.addWidget(self.hint, 1)
        layout.addLayout(legend)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.item_combo.currentIndexChanged.connect(self._reload_if_ready)
        self.date_edit.dateChanged.connect(self._reload_if_ready)

    # --- choices ----------------------------------------------------------------------------

    def _fill_kinds(self) -> None:
        self._loading = True
        self.kind_combo.clear()
        self._choices: dict[Kind, list[timetable.Choice]] = {}
        if self.year is None:
            self.title.setText(tr("Учебный год ещё не создан: расписания нет."))
            return
        for kind in timetable.KINDS:
            found = boundary.run(self, timetable.choices, self.session.actor, kind, self.year.id)
            if found:
                self._choices[kind] = found
                self.kind_combo.addItem(tr(KIND_TITLES[kind]), kind)
        # a teacher opens on the own timetable; the others on a class (own class first)
        wanted: Kind = "teacher" if self.session.is_teacher and "teacher" in self._choices \
            else "class"
        index = self.kind_combo.findData(wanted)
        self.kind_combo.setCurrentIndex(max(index, 0))
        self._fill_items()

    def _fill_items(self) -> None:
        was = self._loading
        self._loading = True
        self.item_combo.clear()
        kind = self.kind()
        for choice in self._choices.get(kind, []) if kind else []:
            self.item_combo.addItem(choice.title, choice.key)
        own = next((i for i, c in enumerate(self._choices.get(kind, []) if kind else [])
                    if c.own), 0)
        self.item_combo.setCurrentIndex(own if self.item_combo.count() else -1)
        self._loading = was

    def kind(self) -> Kind | None:
        data = self.kind_combo.currentData()
        return data if data in timetable.KINDS else None

    def show_item(self, kind: Kind, key: int | str) -> None:
        """Choose what to show (used by the main window and the tests)."""
        self._loading = True
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self._fill_items()
        self.item_combo.setCurrentIndex(max(self.item_combo.findData(key), 0))
        self._loading = False
        self.refresh()

    def show_week(self, day: dt.date) -> None:
        self.week_bar.set_day(day)

    # --- loading ------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        if self._loading:
            return
        self._loading = True
        self._fill_items()
        self._loading = False
        self.refresh()

    def _reload_if_ready(self) -> None:
        if not self._loading:
            self.refresh()

    def refresh(self) -> None:
        kind, key = self.kind(), self.item_combo.currentData()
        if kind is None or key is None:
            self.model.set_grid(None)
            if self.year is not None:
                self.title.setText(tr("Нет расписаний, доступных для просмотра."))
            return
        monday = timetable.monday_of(self.week_bar.day())
        grid = boundary.run(self, timetable.week_grid, self.session.actor, kind, key, monday)
        self.model.set_grid(grid)
        self.view.clearSpans()
        if grid is None:
            return
        for col, day in enumerate(grid.days):
            if day.holiday and len(grid.numbers) > 1:
                self.view.setSpan(0, col, len(grid.numbers), 1)
        self.title.setText(tr("%s — неделя %s") % (self._grid_title(grid),
                                                    timetable.week_title(grid)))

    def _grid_title(self, grid: WeekGrid) -> str:
        if grid.kind == "class":
            return tr("Расписание: %s класс") % grid.title
        if grid.kind == "teacher":
            return tr("Расписание: %s") % grid.title
        return tr("Расписание: кабинет %s") % grid.title

    # --- opening a lesson -----------------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        lessons = self.model.lessons(index)
        if not lessons:
            return
        if len(lessons) == 1:
            self.open_lesson(lessons[0])
            return
        menu = QMenu(self)
        for g in lessons:
            action = menu.addAction(f"{g.class_name} — {g.subject}"
                                    + (f" ({g.subgroup})" if g.subgroup else ""))
            action.triggered.connect(lambda _=False, chosen=g: self.open_lesson(chosen))
        rect = self.view.visualRect(index)
        menu.exec(self.view.viewport().mapToGlobal(rect.center()))

    def open_lesson(self, g: GridLesson) -> None:
        self.openLesson.emit(g.assignment_id, g.date, g.number)

    def cell_index(self, day: dt.date, number: int) -> QModelIndex:
        """The model index of a day and lesson number of the shown week (tests, the journal)."""
        grid = self.model.grid
        if grid is None:
            return QModelIndex()
        col = next((i for i, d in enumerate(grid.days) if d.date == day), -1)
        if col < 0 or number not in grid.numbers:
            return QModelIndex()
        return self.model.index(grid.numbers.index(number), col)
