"""«Посещаемость»: a class's week or month — students × lessons, absence codes, totals.

The names and the totals stay on the left (a frozen pane) while the lessons
scroll.  A cell the user may change is changed by a double-click, Enter, or
typing н / б / у / о (оп) / Delete; a correction of someone else's lesson (the
homeroom teacher, the administrator) asks for the reason first.  The change
goes through ``services.journal.set_absence`` and the one error boundary.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.domain.marks import AbsenceCode
from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.services import attendance, journal, timetable
from ejournal_desktop.services.attendance import AttendanceColumn, AttendanceSheet
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.roles import ALIGNMENT, BACKGROUND, DISPLAY, FONT, FOREGROUND, HORIZONTAL, TOOLTIP, USER
from ejournal_desktop.ui.session import Session
from ejournal_desktop.ui.week_bar import WeekBar, title_label
from ejournal_desktop.ui.weekdays import weekday_name, weekday_short

Index = QModelIndex | QPersistentModelIndex

CENTER = int(Qt.AlignmentFlag.AlignCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

ABSENT, ILL, EXCUSED, LATE = (AbsenceCode.ABSENT, AbsenceCode.ILL, AbsenceCode.EXCUSED,
                              AbsenceCode.LATE)
CODE_BG = {
    ABSENT: QBrush(QColor("#fbd9d6")),
    ILL: QBrush(QColor("#d6e6fb")),
    EXCUSED: QBrush(QColor("#d9f2dc")),
    LATE: QBrush(QColor("#fdebc8")),
}
CODE_FG = {
    ABSENT: QBrush(QColor("#9c1c10")),
    ILL: QBrush(QColor("#174a8c")),
    EXCUSED: QBrush(QColor("#1f6b2c")),
    LATE: QBrush(QColor("#8a5a00")),
}
NOT_ON_ROLL_BG = QBrush(QColor("#e9e9e9"))
READ_ONLY_BG = QBrush(QColor("#f7f7f7"))
TOTAL_FG = QBrush(QColor("#333333"))

ROW_HEIGHT = 24
LESSON_WIDTH = 56
TOTAL_WIDTH = 40
NAME_WIDTH = 200
MAX_NAME_WIDTH = 320
HEADER_HEIGHT = 42

# typed keys → codes ("о" starts «оп», the only two-letter code)
TYPED_CODES = {"н": ABSENT, "б": ILL, "у": EXCUSED, "о": LATE}


def _noop(text: str) -> str:
    return text


CODE_TITLES = {
    ABSENT: _noop("не был на уроке"),
    ILL: _noop("болел"),
    EXCUSED: _noop("отсутствовал по уважительной причине"),
    LATE: _noop("опоздал"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("AttendanceTab", text)


def code_title(code: AbsenceCode) -> str:
    return tr(CODE_TITLES[code])


def column_title(column: AttendanceColumn) -> str:
    return tr("%s, %s, %d-й урок") % (weekday_name(column.date), format_date_ru(column.date),
                                      column.number)


class AttendanceModel(QAbstractTableModel):
    """Columns: name, four totals, then one column per lesson."""

    NAME, MISSED, ILL, EXCUSED, LATE = range(5)
    FIRST_LESSON = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet: AttendanceSheet | None = None
        self._totals: list[tuple[int, int, int, int]] = []
        self._headers: list[str] = []
        self._header_tips: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_sheet(self, sheet: AttendanceSheet | None) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self._totals, self._headers, self._header_tips = [], [], []
        if sheet is not None:
            self._totals = [(t.missed, t.ill, t.excused, t.late) for t in sheet.all_totals()]
            for i, c in enumerate(sheet.columns):
                group = f" ({c.subgroup})" if c.subgroup else ""
                self._headers.append(
                    f"{weekday_short(c.date)} {c.date:%d.%m}\n{c.number} · {c.subject_short}")
                tip = [column_title(c), f"{c.subject}{group} — {c.teacher}"]
                if c.substitute:
                    tip.append(tr("Замена: %s") % c.substitute)
                missed = sheet.absent_in(i)
                if missed:
                    tip.append(tr("Отсутствовали: %d") % missed)
                if c.lock:
                    tip.append(c.lock)
                elif c.can_edit and c.needs_reason:
                    tip.append(tr("Исправление — с указанием причины."))
                self._header_tips.append("\n".join(tip))
        self.endResetModel()

    def lesson_of(self, column: int) -> int | None:
        """The sheet's column of a model column, None for the name and the totals."""
        if self.sheet is None or column < self.FIRST_LESSON:
            return None
        col = column - self.FIRST_LESSON
        return col if col < len(self.sheet.columns) else None

    def index_of(self, row: int, sheet_col: int) -> QModelIndex:
        return self.index(row, sheet_col + self.FIRST_LESSON)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.sheet is None:
            return 0
        return self.FIRST_LESSON + len(self.sheet.columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        sheet = self.sheet
        if sheet is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == self.NAME:
            r = sheet.rows[row]
            if role == DISPLAY:
                return r.full_name
            if role == TOOLTIP:
                return self._name_tip(row)
            return None
        if column < self.FIRST_LESSON:
            value = self._totals[row][column - 1]
            if role == DISPLAY:
                return str(value) if value else ""
            if role == ALIGNMENT:
                return CENTER
            if role == FONT and column == self.MISSED:
                return self._bold
            if role == FOREGROUND:
                return TOTAL_FG
            return None
        col = column - self.FIRST_LESSON
        mark = sheet.cells.get((row, col))
        if role == DISPLAY:
            return str(mark.code) if mark else ""
        if role == ALIGNMENT:
            return CENTER
        if role == BACKGROUND:
            if mark is not None:
                return CODE_BG[mark.code]
            if not sheet.applies(row, col):
                return NOT_ON_ROLL_BG
            return None if sheet.columns[col].can_edit else READ_ONLY_BG
        if role == FOREGROUND:
            return CODE_FG[mark.code] if mark else None
        if role == TOOLTIP:
            return self._cell_tip(row, col)
        if role == USER:
            return str(mark.code) if mark else ""
        return None

    def _name_tip(self, row: int) -> str:
        assert self.sheet is not None
        r = self.sheet.rows[row]
        lines = [r.full_name]
        if r.active_from > self.sheet.start:
            lines.append(tr("в классе с %s") % format_date_ru(r.active_from))
        if r.active_to is not None and r.active_to < self.sheet.end:
            lines.append(tr("выбыл(а) %s") % format_date_ru(r.active_to))
        return "\n".join(lines)

    def _cell_tip(self, row: int, col: int) -> str:
        assert self.sheet is not None
        c = self.sheet.columns[col]
        lines = [self.sheet.rows[row].full_name, column_title(c), c.subject]
        mark = self.sheet.cells.get((row, col))
        if mark is not None:
            lines.append(f"«{mark.code}» — {code_title(mark.code)}")
            if mark.reason:
                lines.append(tr("Причина исправления: %s") % mark.reason)
        if not self.sheet.applies(row, col):
            lines.append(tr("Учащийся не на этом уроке (не числится в классе или в подгруппе)."))
        elif c.lock:
            lines.append(c.lock)
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if self.sheet is None:
            return None
        if orientation != HORIZONTAL:
            if role == DISPLAY and section < len(self.sheet.rows):
                return str(section + 1)
            return None
        if section < self.FIRST_LESSON:
            titles = (tr("ФИО"), tr("Пропущено\nуроков"), tr("из них\n«б»"),
                      tr("из них\n«у»"), tr("опоз-\nданий"))
            tips = (tr("Учащиеся класса"),
                    tr("Пропущено уроков за показанные дни (н, б, у)"),
                    tr("Из них по болезни («б»)"),
                    tr("Из них по уважительной причине («у»)"),
                    tr("Опозданий («оп»): в пропуски не входят"))
            if role == DISPLAY:
                return titles[section]
            if role == TOOLTIP:
                return tips[section]
            return None
        col = section - self.FIRST_LESSON
        if col >= len(self._headers):
            return None
        if role == DISPLAY:
            return self._headers[col]
        if role == TOOLTIP:
            return self._header_tips[col]
        return None


class AttendanceGrid(QTableView):
    """The lessons pane: keys н, б, у, о, Delete, Enter act on the current cell."""

    codeTyped = Signal(QModelIndex, str)  # "" — clear
    editRequested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        text = event.text().lower()
        if index.isValid() and text in TYPED_CODES:
            self.codeTyped.emit(index, str(TYPED_CODES[text]))
            return
        if index.isValid() and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.codeTyped.emit(index, "")
            return
        if index.isValid() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editRequested.emit(index)
            return
        super().keyPressEvent(event)


class AbsenceDialog(QDialog):
    """The code for one student in one lesson, and the reason when it is a correction."""

    def __init__(self, student: str, column: AttendanceColumn, current: AbsenceCode | None,
                 preset: AbsenceCode | None, needs_reason: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("absenceDialog")
        self.setWindowTitle(tr("Посещаемость"))
        self._needs_reason = needs_reason
        layout = QVBoxLayout(self)
        what = QLabel(f"<b>{html.escape(student)}</b><br>{html.escape(column_title(column))}"
                      f"<br>{html.escape(column.subject)}", self)
        what.setWordWrap(True)
        layout.addWidget(what)
        form = QFormLayout()
        self.code_combo = QComboBox(self)
        self.code_combo.setObjectName("codeCombo")
        self.code_combo.addItem(tr("— был на уроке"), "")
        for code in (ABSENT, ILL, EXCUSED, LATE):
            self.code_combo.addItem(f"{code} — {code_title(code)}", str(code))
        chosen = preset if preset is not None else current
        self.code_combo.setCurrentIndex(
            max(self.code_combo.findData(str(chosen) if chosen else ""), 0))
        form.addRow(tr("Отметка:"), self.code_combo)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(
            tr("например: справка из поликлиники") if needs_reason else tr("необязательно"))
        form.addRow(tr("Причина исправления:") if needs_reason else tr("Комментарий:"),
                    self.reason_edit)
        if not needs_reason:
            self.reason_edit.hide()
            label = form.labelForField(self.reason_edit)
            if label is not None:
                label.hide()
        layout.addLayout(form)
        if needs_reason:
            note = QLabel(tr("Это исправление чужого урока: причина попадёт в журнал аудита."),
                          self)
            note.setWordWrap(True)
            note.setStyleSheet("color: #5f6368;")
            layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(tr("Сохранить"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("okButton")
        cancel = buttons.addButton(tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason_edit.textChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(420)
        (self.reason_edit if needs_reason else self.code_combo).setFocus()

    def _update(self) -> None:
        self.ok_button.setEnabled(not self._needs_reason or bool(self.reason_edit.text().strip()))

    def code(self) -> str | None:
        data = self.code_combo.currentData()
        return str(data) if data else None

    def reason(self) -> str:
        return self.reason_edit.text().strip() if self._needs_reason else ""


RANGE_WEEK, RANGE_MONTH = "week", "month"


def _text_width(header: QHeaderView, text: str, minimum: int) -> int:
    metrics = header.fontMetrics()
    return max(minimum, max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 14)


class AttendanceTab(QWidget):
    refresh_on_show = True
    status_message = Signal(str)  # «Сохранено: …» in the main window's status bar

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.year = timetable.year_on(session.today())
        self._loading = True
        self._sized = False
        self._build()
        self._fill_classes()
        self.week_bar.go_home()
        self._loading = False
        self.refresh()

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("classCombo")
        self.class_combo.setMinimumContentsLength(8)
        self.range_combo = QComboBox(self)
        self.range_combo.setObjectName("rangeCombo")
        self.range_combo.addItem(tr("Неделя"), RANGE_WEEK)
        self.range_combo.addItem(tr("Месяц"), RANGE_MONTH)
        self.week_bar = WeekBar(self.session.today, self.year, back=tr("Назад"), forward=tr("Вперёд"),
                                home=tr("Сегодня"), by_month=self._by_month, parent=self)
        self.week_bar.setObjectName("attendanceWeekBar")
        self.date_edit = self.week_bar.date_edit
        bar.addWidget(QLabel(tr("Класс:"), self))
        bar.addWidget(self.class_combo)
        bar.addSpacing(16)
        bar.addWidget(QLabel(tr("Показать:"), self))
        bar.addWidget(self.range_combo)
        bar.addWidget(self.week_bar)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.title = title_label(self)
        layout.addWidget(self.title)

        self.model = AttendanceModel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("attendanceSplitter")  # remembered by the main window
        self.splitter.setChildrenCollapsible(False)
        self.names_view = QTableView(self.splitter)
        self.names_view.setObjectName("attendanceNamesView")
        self.grid_view = AttendanceGrid(self.splitter)
        self.grid_view.setObjectName("attendanceGridView")
        for view in (self.names_view, self.grid_view):
            view.setModel(self.model)
            view.setWordWrap(False)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
            view.horizontalHeader().setFixedHeight(HEADER_HEIGHT)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.names_view.setSelectionModel(self.grid_view.selectionModel())
        # both panes keep a horizontal scroll bar so their rows line up to the last one
        for view in (self.names_view, self.grid_view):
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.names_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.names_view.horizontalHeader().setDefaultSectionSize(TOTAL_WIDTH)
        self.grid_view.verticalHeader().hide()
        self.grid_view.horizontalHeader().setDefaultSectionSize(LESSON_WIDTH)
        self.names_view.verticalScrollBar().valueChanged.connect(
            self.grid_view.verticalScrollBar().setValue)
        self.grid_view.verticalScrollBar().valueChanged.connect(
            self.names_view.verticalScrollBar().setValue)
        self.splitter.addWidget(self.names_view)
        self.splitter.addWidget(self.grid_view)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)

        self.hint = QLabel(self)
        self.hint.setObjectName("hintLabel")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        layout.addWidget(self.hint)
        legend = QHBoxLayout()
        for code in (ABSENT, ILL, EXCUSED, LATE):
            label = QLabel(f"{code} — {code_title(code)}", self)
            label.setStyleSheet(
                f"background: {CODE_BG[code].color().name()}; "
                f"color: {CODE_FG[code].color().name()}; padding: 2px 8px;")
            legend.addWidget(label)
        keys = QLabel(tr("Двойной щелчок или клавиши н, б, у, о — отметить; Delete — снять."), self)
        keys.setStyleSheet("color: #5f6368;")
        keys.setWordWrap(True)
        legend.addWidget(keys, 1)
        layout.addLayout(legend)

        self.class_combo.currentIndexChanged.connect(self._reload_if_ready)
        self.range_combo.currentIndexChanged.connect(self._reload_if_ready)
        self.date_edit.dateChanged.connect(self._reload_if_ready)
        self.grid_view.doubleClicked.connect(self._double_clicked)
        self.grid_view.editRequested.connect(lambda index: self.edit_index(index))
        self.grid_view.codeTyped.connect(self._typed)

    def _fill_classes(self) -> None:
        self.class_combo.clear()
        if self.year is None:
            return
        for choice in boundary.run(self, timetable.visible_classes, self.session.actor,
                                   self.year.id) or []:
            self.class_combo.addItem(choice.title, choice.key)

    # --- the shown range ----------------------------------------------------------------------

    def span(self) -> tuple[dt.date, dt.date]:
        day = self.week_bar.day()
        if self._by_month():
            last = calendar.monthrange(day.year, day.month)[1]
            return day.replace(day=1), day.replace(day=last)
        monday = timetable.monday_of(day)
        return monday, monday + dt.timedelta(days=6)

    def _by_month(self) -> bool:
        return bool(self.range_combo.currentData() == RANGE_MONTH)

    def show_class(self, class_id: int, day: dt.date | None = None, kind: str = RANGE_WEEK) -> None:
        """Choose class, range and date at once (the main window, the tests)."""
        self._loading = True
        self.class_combo.setCurrentIndex(max(self.class_combo.findData(class_id), 0))
        self.range_combo.setCurrentIndex(max(self.range_combo.findData(kind), 0))
        if day is not None:
            self.week_bar.set_day(day)
        self._loading = False
        self.refresh()

    # --- loading -------------------------------------------------------------------------------

    def _reload_if_ready(self) -> None:
        if not self._loading:
            self.refresh()

    def refresh(self) -> None:
        class_id = self.class_combo.currentData()
        if class_id is None:
            self.model.set_sheet(None)
            self.title.setText(tr("Учебный год ещё не создан.") if self.year is None
                               else tr("Нет классов, посещаемость которых вам доступна."))
            self.hint.clear()
            return
        current = self.grid_view.currentIndex()
        keep = (current.row(), current.column()) if current.isValid() else None
        start, end = self.span()
        sheet = boundary.run(self, attendance.class_attendance, self.session.actor, int(class_id),
                             start, end, today=self.session.today())
        self.model.set_sheet(sheet)
        self._apply_columns()
        if sheet is None:
            return
        self.title.setText(tr("Посещаемость %s: %s") % (
            sheet.class_name, attendance.range_title(start, end)))
        self.hint.setText(self._hint(sheet))
        if keep is not None and keep[0] < self.model.rowCount() \
                and keep[1] < self.model.columnCount():
            self.grid_view.setCurrentIndex(self.model.index(*keep))

    def _apply_columns(self) -> None:
        """Hide each pane's columns and size them from the texts' widths (no view-wide resize)."""
        count = self.model.columnCount()
        first = AttendanceModel.FIRST_LESSON
        for col in range(count):
            self.names_view.setColumnHidden(col, col >= first)
            self.grid_view.setColumnHidden(col, col < first)
        sheet = self.model.sheet
        if sheet is None:
            return
        names = self.names_view.fontMetrics()
        widest_name = max((names.horizontalAdvance(r.full_name) for r in sheet.rows), default=0)
        self.names_view.setColumnWidth(
            AttendanceModel.NAME, min(max(widest_name + 16, NAME_WIDTH), MAX_NAME_WIDTH))
        header = self.names_view.horizontalHeader()
        for col in range(1, first):
            self.names_view.setColumnWidth(col, _text_width(
                header, str(self.model.headerData(col, HORIZONTAL)), TOTAL_WIDTH))
        header = self.grid_view.horizontalHeader()
        width = max((_text_width(header, str(self.model.headerData(col, HORIZONTAL)),
                                 LESSON_WIDTH) for col in range(first, count)),
                    default=LESSON_WIDTH)
        for col in range(first, count):
            self.grid_view.setColumnWidth(col, width)
        if not self._sized:  # once: later the user's (remembered) splitter position rules
            self._sized = True
            pane = self.names_view.verticalHeader().sizeHint().width() + sum(
                self.names_view.columnWidth(c) for c in range(first)) \
                + 2 * self.names_view.frameWidth() + 2
            self.splitter.setSizes([pane, max(self.width() - pane, 400)])

    def _hint(self, sheet: AttendanceSheet) -> str:
        parts: list[str] = []
        if sheet.holidays:
            parts.append("; ".join(
                tr("%s: %s — %s") % (name, format_date_ru(s), format_date_ru(e))
                for name, s, e in sheet.holidays) + ".")  # a sentence: the next one starts with a capital
        if not sheet.columns:
            parts.append(tr("В эти дни уроков нет."))
        if sheet.own_lessons_only:
            parts.append(tr("Показаны только ваши уроки в этом классе."))
        if any(c.can_edit and c.needs_reason for c in sheet.columns):
            parts.append(tr("Исправление отметок посещаемости чужих уроков — с указанием причины."))
        elif sheet.columns and not sheet.any_editable:
            parts.append(tr("Только просмотр."))
        return " ".join(parts)

    # --- changing a cell -

    def _double_clicked(self, index: QModelIndex) -> None:
        self.edit_index(index)

    def _typed(self, index: QModelIndex, code: str) -> None:
        self.edit_index(index, code or None, typed=True)

    def edit_index(self, index: QModelIndex, code: str | None = None, *,
                   typed: bool = False) -> None:
        col = self.model.lesson_of(index.column())
        if col is None or not index.isValid():
            return
        self.edit_cell(index.row(), col, code, typed=typed)

    def edit_cell(self, row: int, col: int, code: str | None = None, *,
                  typed: bool = False) -> None:
        """Change one cell: typed codes apply at once unless a reason is needed; else a dialog."""
        sheet = self.model.sheet
        if sheet is None:
            return
        column = sheet.columns[col]
        student = sheet.rows[row]
        if not sheet.applies(row, col):
            self.hint.setText(tr("%s не на этом уроке.") % student.full_name)
            return
        if not column.can_edit:
            self.hint.setText(column.lock or tr("Только просмотр."))
            return
        current = sheet.code(row, col)
        reason: str | None = None
        if not typed or column.needs_reason:
            preset = AbsenceCode(code) if code else None
            dialog = AbsenceDialog(student.full_name, column, current, preset,
                                   column.needs_reason, self)
            if typed and not code:
                dialog.code_combo.setCurrentIndex(0)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            code, reason = dialog.code(), dialog.reason() or None
        if (code or None) == (str(current) if current else None):
            return
        done = boundary.run(self, journal.set_absence, self.session.actor, column.assignment_id,
                            column.date, column.number, student.student_id, code, reason=reason,
                            today=self.session.today())
        if done is not None:
            self.refresh()
            self.grid_view.setCurrentIndex(self.model.index_of(row, col))
            where = f"{student.full_name} — {column_title(column)}, {column.subject}"
            self.status_message.emit(tr("Сохранено: %s: «%s».") % (where, code) if code
                                     else tr("Сохранено: %s: пропуск снят.") % where)
