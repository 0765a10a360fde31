"""«Расписание и замены»: the timetable editor of a class and the substitutions (замены).

The week grid shows the class's timetable entries valid on a chosen date.  An
assignment of the class goes into a slot by dragging it from the list or with
«Поставить в расписание…» (room, valid-from date); clashes (a teacher or a room in
two places, a class with two lessons) are listed before saving and the
administrator may cancel.  A mid-year change ends the old entry the day before
and starts the new one on the date, so lessons already held keep their data.

Substitutions: a date, a lesson of a class, a substitute (the teachers free in
that slot first) and the reason; the list of substitutions for a date range.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.services import structure, timetable
from ejournal_desktop.services import structure_admin as sa
from ejournal_desktop.services.permissions import Action
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.admin_structure import (
    HINT_STYLE,
    KEY,
    FormDialog,
    bold_title,
    fill_table,
    hours_text,
    make_table,
    selected_key,
)
from ejournal_desktop.ui.qdates import date_edit, from_qdate
from ejournal_desktop.ui.session import Session
from ejournal_desktop.ui.weekdays import weekday_title

ENDED_BG = QBrush(QColor("#fff3c4"))  # an entry that ends or starts inside the shown year


def tr(text: str) -> str:
    return QCoreApplication.translate("TimetableEditor", text)


def confirm_clashes(parent: QWidget, found: Sequence[str]) -> bool:
    """List the clashes and ask whether to save anyway (True when there are none)."""
    if not found:
        return True
    text = tr("Урок пересекается с расписанием:") + "\n\n" + "\n".join(f"• {c}" for c in found) \
        + "\n\n" + tr("Всё равно сохранить?")
    answer = QMessageBox.question(parent, tr("Пересечения в расписании"), text)
    return answer == QMessageBox.StandardButton.Yes


# --- dialogs --------------------------------------------------------------------------------------


def _slot_fields(dialog: FormDialog, days: int, weekday: int, number: int, room: str,
                 start: dt.date) -> tuple[QComboBox, QSpinBox, QLineEdit]:
    day_combo = QComboBox(dialog)
    day_combo.setObjectName("weekdayCombo")
    for d in range(1, days + 1):
        day_combo.addItem(weekday_title(d), d)
    day_combo.setCurrentIndex(max(day_combo.findData(weekday), 0))
    number_spin = QSpinBox(dialog)
    number_spin.setObjectName("numberSpin")
    number_spin.setRange(1, 12)
    number_spin.setValue(number)
    room_edit = QLineEdit(room, dialog)
    room_edit.setObjectName("roomEdit")
    dialog.form.addRow(tr("День недели:"), day_combo)
    dialog.form.addRow(tr("Урок №:"), number_spin)
    dialog.form.addRow(tr("Кабинет:"), room_edit)
    return day_combo, number_spin, room_edit


class PlaceDialog(FormDialog):
    """Put an assignment of the class into a weekly slot from a date on."""

    def __init__(self, parent: QWidget, session: Session, year_id: int, days: int,
                 loads: Sequence[sa.AssignmentInfo], assignment_id: int | None, weekday: int, number: int,
                 start: dt.date) -> None:
        super().__init__(tr("Поставить в расписание"), parent, "placeDialog")
        self.load_combo = QComboBox(self)
        self.load_combo.setObjectName("assignmentCombo")
        for a in loads:
            group = f" ({a.subgroup})" if a.subgroup else ""
            self.load_combo.addItem(f"{a.subject}{group} — {a.teacher}", a.id)
        self.load_combo.setCurrentIndex(max(self.load_combo.findData(assignment_id), 0))
        self.form.addRow(tr("Предмет и учитель:"), self.load_combo)
        self.day_combo, self.number_spin, self.room_edit = _slot_fields(self, days, weekday, number, "", start)
        self.from_edit = date_edit(self, start, "fromEdit")
        self.form.addRow(tr("Действует с:"), self.from_edit)
        note = QLabel(tr("Уроки до этой даты остаются как были."), self)
        note.setStyleSheet(HINT_STYLE)
        self.form.addRow(note)
        self.clashes_seen: list[str] = []

        def submit() -> object:
            aid = self.load_combo.currentData()
            if aid is None:
                return None
            proposed = sa.ProposedEntry(int(aid), int(self.day_combo.currentData()), self.number_spin.value(),
                                        self.room_edit.text(), from_qdate(self.from_edit.date()))
            self.clashes_seen = sa.clashes(year_id, proposed)
            if not confirm_clashes(self, self.clashes_seen):
                return None
            return structure.add_timetable_entry(
                session.actor, proposed.assignment_id, proposed.weekday, proposed.number, room=proposed.room,
                valid_from=proposed.valid_from)
        self.submit = submit


class MoveDialog(FormDialog):
    """A mid-year change of an entry's day, lesson number or room, from a date."""

    def __init__(self, parent: QWidget, session: Session, year_id: int, days: int, entry: sa.EntryInfo,
                 start: dt.date) -> None:
        super().__init__(tr("Изменить урок в расписании"), parent, "moveDialog")
        head = QLabel(tr("%s — %s; сейчас: %s, %d-й урок, каб. %s")
                      % (entry.label, entry.teacher, weekday_title(entry.weekday, in_text=True), entry.number,
                         entry.room or "—"), self)
        head.setWordWrap(True)
        self.form.addRow(head)
        self.day_combo, self.number_spin, self.room_edit = _slot_fields(
            self, days, entry.weekday, entry.number, entry.room, start)
        self.from_edit = date_edit(self, max(start, entry.valid_from), "fromEdit")
        self.form.addRow(tr("Изменение действует с:"), self.from_edit)
        note = QLabel(tr("Проведённые уроки сохраняются со всеми отметками: прежняя запись расписания "
                         "заканчивается накануне этой даты."), self)
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        self.form.addRow(note)
        self.clashes_seen: list[str] = []

        def submit() -> object:
            proposed = sa.ProposedEntry(entry.assignment_id, int(self.day_combo.currentData()),
                                        self.number_spin.value(), self.room_edit.text(),
                                        from_qdate(self.from_edit.date()), entry.valid_to, replaces=entry.id)
            self.clashes_seen = sa.clashes(year_id, proposed)
            if not confirm_clashes(self, self.clashes_seen):
                return None
            return sa.move_entry(session.actor, entry.id, proposed.weekday, proposed.number, proposed.room,
                                 proposed.valid_from)
        self.submit = submit


class EndDialog(FormDialog):
    """Take an entry out of the timetable after a date (held lessons stay)."""

    def __init__(self, parent: QWidget, session: Session, entry: sa.EntryInfo, start: dt.date) -> None:
        super().__init__(tr("Убрать урок из расписания"), parent, "endDialog")
        self.form.addRow(QLabel(tr("%s — %s, %s, %d-й урок") % (entry.label, entry.teacher,
                                                              weekday_title(entry.weekday), entry.number), self))
        self.last_edit = date_edit(self, max(start, entry.valid_from), "lastDayEdit")
        self.form.addRow(tr("Последний день урока:"), self.last_edit)

        def submit() -> object:
            structure.end_timetable_entry(session.actor, entry.id, from_qdate(self.last_edit.date()))
            return entry.id
        self.submit = submit


class SubstituteDialog(FormDialog):
    """Замена: a date, a lesson of a class, the substitute (free teachers first), the reason."""

    def __init__(self, parent: QWidget, session: Session, classes: Sequence[sa.ClassInfo], day: dt.date,
                 class_id: int | None = None) -> None:
        super().__init__(tr("Назначить замену"), parent, "substituteDialog")
        self.session = session
        self.date_edit = date_edit(self, day, "dateEdit")
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("classCombo")
        for c in classes:
            self.class_combo.addItem(c.name, c.id)
        self.class_combo.setCurrentIndex(max(self.class_combo.findData(class_id), 0))
        self.lesson_combo = QComboBox(self)
        self.lesson_combo.setObjectName("lessonCombo")
        self.teacher_combo = QComboBox(self)
        self.teacher_combo.setObjectName("substituteCombo")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(tr("болезнь, курсы, командировка…"))
        self.form.addRow(tr("Дата:"), self.date_edit)
        self.form.addRow(tr("Класс:"), self.class_combo)
        self.form.addRow(tr("Урок:"), self.lesson_combo)
        self.form.addRow(tr("Заменяет:"), self.teacher_combo)
        self.form.addRow(tr("Причина:"), self.reason_edit)
        self.setMinimumWidth(520)
        self.date_edit.dateChanged.connect(self._fill_lessons)
        self.class_combo.currentIndexChanged.connect(self._fill_lessons)
        self.lesson_combo.currentIndexChanged.connect(self._fill_teachers)
        self._fill_lessons()

        def submit() -> object:
            lesson = self.lesson_combo.currentData()
            teacher = self.teacher_combo.currentData()
            if lesson is None or teacher is None:
                return None
            aid, number = lesson
            return structure.assign_substitute(session.actor, aid, from_qdate(self.date_edit.date()), number,
                                               int(teacher), self.reason_edit.text().strip())
        self.submit = submit

    def _fill_lessons(self) -> None:
        self.lesson_combo.clear()
        cid = self.class_combo.currentData()
        day = from_qdate(self.date_edit.date())
        if cid is not None:
            grid = boundary.run(self, timetable.week_grid, self.session.actor, "class", int(cid), day)
            if grid is not None:
                index = next((i for i, d in enumerate(grid.days) if d.date == day), None)
                for number in grid.numbers:
                    for g in grid.lessons_at(index, number) if index is not None else []:
                        group = f" ({g.subgroup})" if g.subgroup else ""
                        self.lesson_combo.addItem(tr("%d-й урок — %s%s (%s)") % (number, g.subject, group,
                                                                                 g.teacher),
                                                  (g.assignment_id, number))
        if not self.lesson_combo.count():
            self.lesson_combo.addItem(tr("в этот день уроков нет"), None)
        self._fill_teachers()

    def _fill_teachers(self) -> None:
        self.teacher_combo.clear()
        lesson = self.lesson_combo.currentData()
        if lesson is None:
            return
        found = boundary.run(self, sa.substitute_candidates, self.session.actor, lesson[0],
                             from_qdate(self.date_edit.date()), lesson[1]) or []
        for c in found:
            self.teacher_combo.addItem(c.name if c.free else f"{c.name} — {c.busy}", c.id)
            if not c.free:
                self.teacher_combo.setItemData(self.teacher_combo.count() - 1, QBrush(QColor("#8a8a8a")),
                                               Qt.ItemDataRole.ForegroundRole)


# --- the grid ------------------------------------------------------------------------------------


class SlotGrid(QTableWidget):
    """The week grid; an assignment dragged from the load list onto a cell asks to place it."""

    assignmentDropped = Signal(int, int, int)  # assignment id, weekday, lesson number

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def _dragged(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> int | None:
        source = event.source()
        if isinstance(source, QListWidget) and source.currentItem() is not None:
            data = source.currentItem().data(KEY)
            return int(data) if data is not None else None
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dragged(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dragged(event) is not None and self.indexAt(event.position().toPoint()).isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        aid = self._dragged(event)
        index = self.indexAt(event.position().toPoint())
        if aid is None or not index.isValid():
            event.ignore()
            return
        event.acceptProposedAction()
        self.assignmentDropped.emit(aid, index.column() + 1, index.row() + 1)


# --- the panel -----------------------------------------------------------------------------------


class TimetableEditor(QWidget):
    """The timetable of a class (editing) and the substitutions (замены)."""

    refresh_on_show = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timetableEditor")
        self.session = session
        self.editable = session.may(Action.EDIT_STRUCTURE)
        self.may_substitute = session.may(Action.MANAGE_SUBSTITUTIONS)
        self.year = timetable.year_on(session.today())
        self.classes: list[sa.ClassInfo] = []
        self.loads: list[sa.AssignmentInfo] = []
        self.entries: list[sa.EntryInfo] = []
        self.substitutions: list[sa.SubstitutionInfo] = []
        self.days = self.year.days_per_week if self.year else 5
        self._loading = False
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("timetableTabs")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs)
        self._build_timetable()
        self._build_substitutions()
        self.refresh()

    def today(self) -> dt.date:
        today = self.session.today()
        return self.year.clamp(today) if self.year else today

    # --- building -------------------------------------------------------------------------------

    def _build_timetable(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Класс:"), page))
        self.class_combo = QComboBox(page)
        self.class_combo.setObjectName("classCombo")
        self.class_combo.setMinimumContentsLength(8)
        bar.addWidget(self.class_combo)
        bar.addSpacing(16)
        bar.addWidget(QLabel(tr("Расписание на дату:"), page))
        self.on_edit = date_edit(page, self.today(), "onDateEdit")
        self.on_edit.setToolTip(tr("Показано расписание, действующее в этот день"))
        bar.addWidget(self.on_edit)
        bar.addStretch(1)
        layout.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal, page)
        left = QWidget(split)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(bold_title(tr("Нагрузка класса"), left))
        self.load_list = QListWidget(left)
        self.load_list.setObjectName("loadList")
        self.load_list.setDragEnabled(self.editable)
        self.load_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        ll.addWidget(self.load_list, 1)
        drag_hint = QLabel(tr("Перетащите предмет в клетку расписания или выберите клетку и нажмите "
                              "«Поставить в расписание…»."), left)
        drag_hint.setWordWrap(True)
        drag_hint.setStyleSheet(HINT_STYLE)
        ll.addWidget(drag_hint)
        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.grid_title = bold_title("", right)
        self.grid_title.setObjectName("gridTitle")
        rl.addWidget(self.grid_title)
        self.grid = SlotGrid(right)
        self.grid.setObjectName("slotGrid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # a day has at most a dozen lessons: the rows share the height, never below three lines
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setMinimumSectionSize(60)
        self.grid.verticalHeader().setDefaultSectionSize(60)
        self.grid.verticalHeader().setMinimumWidth(84)
        rl.addWidget(self.grid, 1)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([290, 800])
        layout.addWidget(split, 1)

        buttons = QHBoxLayout()
        self.place_button = QPushButton(tr("Поставить в расписание…"), page)
        self.place_button.setObjectName("placeButton")
        self.move_button = QPushButton(tr("Перенести или сменить кабинет…"), page)
        self.move_button.setObjectName("moveButton")
        self.end_button = QPushButton(tr("Убрать с даты…"), page)
        self.end_button.setObjectName("endButton")
        self.delete_button = QPushButton(tr("Удалить ошибочную запись"), page)
        self.delete_button.setObjectName("deleteEntryButton")
        for b in (self.place_button, self.move_button, self.end_button, self.delete_button):
            buttons.addWidget(b)
            b.setEnabled(self.editable)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.grid_hint = QLabel(page)
        self.grid_hint.setStyleSheet(HINT_STYLE)
        self.grid_hint.setWordWrap(True)
        layout.addWidget(self.grid_hint)

        self.class_combo.currentIndexChanged.connect(lambda _i: None if self._loading else self._fill_class())
        self.on_edit.dateChanged.connect(lambda _d: None if self._loading else self._fill_class())
        self.place_button.clicked.connect(lambda: self.place())
        self.move_button.clicked.connect(self.move)
        self.end_button.clicked.connect(self.end)
        self.delete_button.clicked.connect(self.delete_entry)
        self.grid.assignmentDropped.connect(self.place)
        self.grid.doubleClicked.connect(lambda _i: self._double_clicked())
        self.load_list.itemDoubleClicked.connect(lambda _item: self.place())
        self.tabs.addTab(page, tr("Расписание класса"))

    def _build_substitutions(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        monday = timetable.monday_of(self.today())
        bar.addWidget(QLabel(tr("Замены с"), page))
        self.from_edit = date_edit(page, monday, "subsFromEdit")
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(tr("по"), page))
        self.to_edit = date_edit(page, monday + dt.timedelta(days=6), "subsToEdit")
        bar.addWidget(self.to_edit)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.subs_table = make_table(page, [tr("Дата"), tr("Урок"), tr("Класс"), tr("Предмет"), tr("Учитель"),
                                            tr("Заменяет"), tr("Урок в журнале"), tr("Причина")],
                                     "substitutionsTable", (90, 50, 60, 150, 130, 130, 120))
        layout.addWidget(self.subs_table, 1)
        self.subs_total = QLabel(page)
        self.subs_total.setObjectName("substitutionsTotal")
        self.subs_total.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.subs_total)
        buttons = QHBoxLayout()
        self.substitute_button = QPushButton(tr("Назначить замену…"), page)
        self.substitute_button.setObjectName("substituteButton")
        self.cancel_button = QPushButton(tr("Отменить замену"), page)
        self.cancel_button.setObjectName("cancelSubstitutionButton")
        for b in (self.substitute_button, self.cancel_button):
            b.setEnabled(self.may_substitute)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.from_edit.dateChanged.connect(lambda _d: self._fill_substitutions())
        self.to_edit.dateChanged.connect(lambda _d: self._fill_substitutions())
        self.substitute_button.clicked.connect(self.substitute)
        self.cancel_button.clicked.connect(self.cancel_substitution)
        self.tabs.addTab(page, tr("Замены"))

    # --- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.year is None:
            self.grid_title.setText(tr("Учебный год ещё не создан."))
            return
        classes = boundary.run(self, sa.list_classes, self.session.actor, self.year.id)
        self.classes = classes or []
        keep = self.class_combo.currentData()
        self._loading = True
        self.class_combo.clear()
        for c in self.classes:
            self.class_combo.addItem(c.name, c.id)
        self.class_combo.setCurrentIndex(max(self.class_combo.findData(keep), 0) if self.classes else -1)
        self._loading = False
        self._fill_class()
        self._fill_substitutions()

    def class_id(self) -> int | None:
        data = self.class_combo.currentData()
        return int(data) if data is not None else None

    def show_class(self, class_id: int) -> None:
        self.class_combo.setCurrentIndex(max(self.class_combo.findData(class_id), 0))

    def on_date(self) -> dt.date:
        return from_qdate(self.on_edit.date())

    def _fill_class(self) -> None:
        cid = self.class_id()
        self.load_list.clear()
        self.grid.clear()
        if cid is None or self.year is None:
            self.grid.setRowCount(0)
            return
        day = self.on_date()
        self.loads = boundary.run(self, sa.list_assignments, self.session.actor, self.year.id, cid, on=day) or []
        self.entries = boundary.run(self, sa.timetable_entries, self.session.actor, cid, day) or []
        for a in self.loads:
            group = f" ({a.subgroup})" if a.subgroup else ""
            item = QListWidgetItem(tr("%s%s — %s\n%s ч в неделю, в расписании: %d")
                                   % (a.subject, group, a.teacher, hours_text(a.hours), a.weekly), self.load_list)
            item.setData(KEY, a.id)
            if a.weekly != int(a.hours):
                item.setForeground(QBrush(QColor("#b00020")))
                item.setToolTip(tr("Уроков в расписании не столько, сколько часов в нагрузке."))
        bells = {b.number: b for b in (boundary.run(self, sa.list_bells, self.session.actor) or [])
                 if b.shift == next((c.shift for c in self.classes if c.id == cid), 1)}
        rows = max([len(bells), 6, *(e.number for e in self.entries)])
        self.grid.setRowCount(rows)
        self.grid.setColumnCount(self.days)
        self.grid.setHorizontalHeaderLabels([weekday_title(d) for d in range(1, self.days + 1)])
        self.grid.setVerticalHeaderLabels(
            [f"{n}\n{bells[n].start}–{bells[n].end}" if n in bells else str(n) for n in range(1, rows + 1)])
        cells: dict[tuple[int, int], list[sa.EntryInfo]] = {}
        for e in self.entries:
            cells.setdefault((e.number - 1, e.weekday - 1), []).append(e)
        for (row, col), found in cells.items():
            if col >= self.days:
                continue
            if len(found) == 1:
                e = found[0]
                text = f"{e.label}\n{e.teacher}" + ("\n" + tr("каб. %s") % e.room if e.room else "")
            else:
                text = "\n".join(f"{e.label} · {e.teacher}" for e in found)
            item = QTableWidgetItem(text)
            item.setData(KEY, [e.id for e in found])
            tips = []
            for e in found:
                span = tr("с %s") % format_date_ru(e.valid_from)
                if e.valid_to is not None:
                    span += tr(" по %s") % format_date_ru(e.valid_to)
                tips.append(f"{e.label} — {e.teacher}, " + (tr("каб. %s, ") % e.room if e.room else "") + span)
            item.setToolTip("\n".join(tips))
            if any(e.valid_to is not None for e in found):
                item.setBackground(ENDED_BG)
            self.grid.setItem(row, col, item)
        name = next((c.name for c in self.classes if c.id == cid), "")
        self.grid_title.setText(tr("Расписание %s класса на %s") % (name, format_date_ru(day)))
        self.grid_hint.setText(tr(
            "Изменение расписания действует с выбранной даты: уроки, уже проведённые по прежнему "
            "расписанию, остаются в журнале со всеми отметками. Жёлтым — уроки, которые заканчиваются."))

    def _fill_substitutions(self) -> None:
        start, end = from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
        if end < start:
            return
        self.substitutions = boundary.run(self, sa.list_substitutions, self.session.actor, start, end) or []
        fill_table(self.subs_table, [
            (s.id, [format_date_ru(s.date), str(s.number), s.class_name, s.subject, s.teacher, s.substitute,
                    tr("записан") if s.held else tr("ещё нет"), s.reason])
            for s in self.substitutions])
        self.subs_total.setText(tr("Замен за период: %d") % len(self.substitutions))

    # --- the timetable's commands ----------------------------------------------------------------------

    def selected_slot(self) -> tuple[int, int] | None:
        index = self.grid.currentIndex()
        if not index.isValid():
            return None
        return index.column() + 1, index.row() + 1

    def select_slot(self, weekday: int, number: int) -> None:
        self.grid.setCurrentCell(number - 1, weekday - 1)

    def selected_entry(self) -> sa.EntryInfo | None:
        slot = self.selected_slot()
        if slot is None:
            return None
        found = [e for e in self.entries if (e.weekday, e.number) == slot]
        if len(found) > 1:
            aid = self.load_list.currentItem().data(KEY) if self.load_list.currentItem() else None
            found = [e for e in found if e.assignment_id == aid] or found
        return found[0] if found else None

    def _double_clicked(self) -> None:
        if not self.editable:
            return
        if self.selected_entry() is not None:
            self.move()
        else:
            self.place()

    def place(self, assignment_id: int | None = None, weekday: int | None = None,
              number: int | None = None) -> int | None:
        """Open «Поставить в расписание» for an assignment and slot (the selected ones by default)."""
        if self.year is None or not self.loads:
            return None
        if assignment_id is None and self.load_list.currentItem() is not None:
            assignment_id = int(self.load_list.currentItem().data(KEY))
        slot = self.selected_slot() or (1, 1)
        dialog = PlaceDialog(self, self.session, self.year.id, self.days, self.loads, assignment_id,
                             weekday or slot[0], number or slot[1], self.on_date())
        self.last_dialog: FormDialog = dialog
        dialog.exec()
        if dialog.result_value is None:
            return None
        self._fill_class()
        return int(dialog.result_value)

    def move(self) -> None:
        entry = self.selected_entry()
        if entry is None or self.year is None:
            return
        dialog = MoveDialog(self, self.session, self.year.id, self.days, entry, self.on_date())
        self.last_dialog = dialog
        dialog.exec()
        if dialog.result_value is not None:
            self._fill_class()

    def end(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        dialog = EndDialog(self, self.session, entry, self.on_date())
        dialog.exec()
        if dialog.result_value is not None:
            self._fill_class()

    def delete_entry(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        answer = QMessageBox.question(self, tr("Подтверждение"), tr(
            "Удалить запись «%s, %s, %d-й урок» из расписания совсем? Так исправляют ошибку ввода; "
            "если урок отменяется с какой-то даты, используйте «Убрать с даты…».")
            % (entry.label, weekday_title(entry.weekday), entry.number))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if boundary.run(self, sa.delete_timetable_entry, self.session.actor, entry.id) is not None:
            self._fill_class()

    # --- substitutions' commands ---------------------------------------------------------------------

    def substitute(self) -> int | None:
        dialog = SubstituteDialog(self, self.session, self.classes, self.today(), self.class_id())
        self.last_dialog = dialog
        dialog.exec()
        if dialog.result_value is None:
            return None
        self._fill_substitutions()
        return int(dialog.result_value)

    def cancel_substitution(self) -> None:
        key = selected_key(self.subs_table)
        sub = next((s for s in self.substitutions if s.id == key), None)
        if sub is None:
            return
        answer = QMessageBox.question(self, tr("Подтверждение"), tr("Отменить замену %s, %d-й урок, %s (%s)?")
                                      % (format_date_ru(sub.date), sub.number, sub.class_name, sub.substitute))
        if answer == QMessageBox.StandardButton.Yes and boundary.run(
                self, sa.cancel_substitution, self.session.actor, sub.id) is not None:
            self._fill_substitutions()
