"""The Qt item model of one journal page (DESIGN §4).

Rows are the students of the page, columns its lessons, then «Ср. балл» (plain
mean), «Ср. взв.» (weighted mean) and the period mark.  Everything ``data()``
returns is shaped once per cell when the page is loaded or a cell changes
(strings, colours, flags), so painting a 35 × 150 page costs list look-ups only.
Tooltips of cells with marks are the one lazy part: who entered each mark and
when is fetched for the hovered cell only.

Every edit goes through :meth:`JournalModel.setData`, which pushes a
:class:`QUndoCommand`; its ``redo``/``undo`` call ``services.journal.set_cell``
(or ``services.periods.put_period_mark``) with the token of the cell as the
model last saw it, so a cell changed meanwhile by someone else is never
overwritten silently: the user is asked (:class:`Interaction`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from ejournal_desktop.domain.averages import RoundingRule, display_mean, suggest_period_mark
from ejournal_desktop.domain.errors import DomainError
from ejournal_desktop.domain.marks import AbsenceCode, parse_cell, parse_mark
from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.i18n import decimal_text, noop
from ejournal_desktop.services import corrections, journal, periods
from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.errors import ConflictError, ReasonRequired, ServiceError
from ejournal_desktop.services.journal import CellChange, CellState
from ejournal_desktop.services.page import JournalPage, PageColumn
from ejournal_desktop.services.periods import PeriodMarkState
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.stored_values import lesson_type_label, work_kind_label
from ejournal_desktop.ui.weekdays import weekday_name, weekday_short

# Roles as plain ints, looked up once: data() is called thousands of times per paint.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
EDIT = int(Qt.ItemDataRole.EditRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FONT = int(Qt.ItemDataRole.FontRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
STATUS = int(Qt.ItemDataRole.StatusTipRole)
SEGMENTS = int(Qt.ItemDataRole.UserRole) + 1  # ((text, QColor, italic), …) for multi-colour cells
HORIZONTAL = Qt.Orientation.Horizontal
CENTER = int(Qt.AlignmentFlag.AlignCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ENABLED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = ENABLED | Qt.ItemFlag.ItemIsEditable
NO_FLAGS = Qt.ItemFlag.NoItemFlags

MARK_COLORS: dict[str, QColor] = {
    "5": QColor("#16803c"),  # green
    "4": QColor("#1c5fb4"),  # blue
    "3": QColor("#c25e00"),  # orange
    "2": QColor("#c8102e"),  # red
    "1": QColor("#8b0a1a"),
}
ABSENCE_COLOR = QColor("#707070")
TEXT_COLOR = QColor("#202124")
MUTED_COLOR = QColor("#9aa0a6")
SUGGESTED_COLOR = QColor("#8a8f96")
READONLY_BG = QColor("#f0f0f0")
CORRECTION_BG = QColor("#f8f6f0")  # open only for a correction with a written reason
INACTIVE_BG = QColor("#dcdcdc")
SUMMARY_BG = QColor("#f5f7fb")
PERIOD_BG = QColor("#fff8e1")
TODAY_HEADER = QColor("#0b57d0")
UNSCHEDULED_HEADER = QColor("#a15c00")

# Short labels of the kinds of work for column headers (codes of bootstrap.DEFAULT_WORK_KINDS).
WORK_KIND_SHORT = {
    "answer": "",
    "homework": noop("JournalModel", "ДР"),
    "independent": noop("JournalModel", "СР"),
    "test": noop("JournalModel", "ПР"),
    "dictation": noop("JournalModel", "Дикт"),
    "essay": noop("JournalModel", "Соч"),
    "lab": noop("JournalModel", "ЛР"),
    "control": noop("JournalModel", "КР"),
    "project": noop("JournalModel", "Пр"),
}

KIND_LESSON, KIND_PLAIN, KIND_WEIGHTED, KIND_PERIOD = range(4)
SUMMARY_COLUMNS = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("JournalModel", text)


def _absence_title(code: AbsenceCode) -> str:
    """What an absence code means, inside a sentence (««б» — болел»)."""
    return {AbsenceCode.ABSENT: tr("отсутствовал"), AbsenceCode.ILL: tr("болел"),
            AbsenceCode.EXCUSED: tr("отсутствовал по уважительной причине"), AbsenceCode.LATE: tr("опоздал")}[code]


def _rule_text(rule: RoundingRule) -> str:
    """«5 — от 4,50; 4 — от 3,50; 3 — от 2,50; иначе 2» in the interface's language."""
    return rule.describe(tr("{mark} — от {threshold}"), tr("иначе 2"), decimal_text)


def mark_color(value: str) -> QColor:
    return MARK_COLORS.get(value[:1], TEXT_COLOR)


def _when(stamp: dt.datetime | None) -> str:
    if stamp is None:
        return ""
    return f"{format_date_ru(stamp.date())} {stamp:%H:%M}"


def _period_short(name: str) -> str:
    for long, short in (("четверть", noop("JournalModel", "четв.")), ("полугодие", noop("JournalModel", "полуг.")),
                        ("триместр", noop("JournalModel", "трим."))):
        name = name.replace(long, tr(short))  # period names are data; only the short forms
    return name


class Interaction(Protocol):
    """Questions the model asks the user (the tab answers with dialogs; tests may stub)."""

    def ask_reason(self, what: str) -> str | None:
        """The written reason of a correction; None when the user cancels."""

    def resolve_conflict(self, where: str, current: str, attempted: str) -> bool:
        """Someone changed the cell meanwhile: True keeps the user's value, False theirs."""

    def parent_widget(self) -> QWidget | None:
        """Where message boxes of the error boundary appear."""


class KeepTheirs:
    """The headless default: never overwrite, never invent a reason."""

    def ask_reason(self, what: str) -> str | None:
        return None

    def resolve_conflict(self, where: str, current: str, attempted: str) -> bool:
        return False

    def parent_widget(self) -> QWidget | None:
        return None


@dataclass
class _Written:
    text: str
    reason: str | None


class CellCommand(QUndoCommand):
    """One cell of one lesson set to a text; undo puts the previous text back."""

    def __init__(
        self, model: JournalModel, student_id: int, day: dt.date, number: int,
        before: str, after: str, reason: str | None, label: str,
    ) -> None:
        super().__init__(label)
        self.model, self.student_id, self.day, self.number = model, student_id, day, number
        self.before, self.after, self.reason = before, after, reason
        self.ok = False

    def redo(self) -> None:
        done = self.model.write_cell(self.student_id, self.day, self.number, self.after, self.reason)
        self.ok = done is not None
        if done is None:
            self.setObsolete(True)
            return
        self.after, self.reason = done.text, done.reason

    def undo(self) -> None:
        done = self.model.write_cell(self.student_id, self.day, self.number, self.before, self.reason)
        if done is None:
            self.setObsolete(True)
            return
        self.before, self.reason = done.text, done.reason


class PeriodMarkCommand(QUndoCommand):
    """The period mark of one student set to a value; undo puts the previous one back."""

    def __init__(
        self, model: JournalModel, student_id: int, before: str, after: str,
        reason: str | None, label: str,
    ) -> None:
        super().__init__(label)
        self.model, self.student_id = model, student_id
        self.before, self.after, self.reason = before, after, reason
        self.ok = False

    def redo(self) -> None:
        done = self.model.write_period_mark(self.student_id, self.after, self.reason)
        self.ok = done is not None
        if done is None:
            self.setObsolete(True)
            return
        self.after, self.reason = done.text, done.reason

    def undo(self) -> None:
        done = self.model.write_period_mark(self.student_id, self.before, self.reason)
        if done is None:
            self.setObsolete(True)
            return
        self.before, self.reason = done.text, done.reason


class JournalModel(QAbstractTableModel):
    """Students × lessons of one page, then the means and the period mark."""

    status_message = Signal(str)
    cell_saved = Signal(int, int)  # row, column

    def __init__(
        self,
        actor: Actor,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
        interaction: Interaction | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor = actor
        self.today = today
        self.interaction: Interaction = interaction or KeepTheirs()
        self.undo_stack = QUndoStack(self)
        self._page: JournalPage | None = None
        self._rows = 0
        self._lessons = 0
        self._cols = 0
        self._today = today()
        self._text: list[list[str]] = []
        self._edit_period: list[str] = []
        self._fg: list[list[QColor | None]] = []
        self._bg: list[list[QColor | None]] = []
        self._flags: list[list[Qt.ItemFlag]] = []
        self._italic: set[tuple[int, int]] = set()
        self._segments: dict[tuple[int, int], tuple[tuple[str, QColor, bool], ...]] = {}
        self._tips: dict[tuple[int, int], str] = {}
        self._col_of: dict[tuple[dt.date, int], int] = {}
        self._row_cols: list[list[int]] = []  # columns of each row's non-empty cells
        self._header: list[str] = []
        self._header_tip: list[str] = []
        self._header_fg: list[QColor | None] = []
        self._vheader: list[str] = []
        self._vheader_tip: list[str] = []
        self._vheader_fg: list[QColor | None] = []
        self._italic_font = QFont()
        self._italic_font.setItalic(True)
        self._bold_font = QFont()
        self._bold_font.setBold(True)

    # --- the page ------------------------------------------------------------------------

    @property
    def page(self) -> JournalPage | None:
        return self._page

    def set_page(self, page: JournalPage | None) -> None:
        """Show another page (or the same one reloaded): the only full reset."""
        self.beginResetModel()
        self._page = page
        self._today = self.today()
        self._tips.clear()
        if page is None:
            self._rows = self._lessons = self._cols = 0
            self._row_cols = []
            self._text, self._fg, self._bg, self._flags = [], [], [], []
            self._edit_period = []
            self._italic.clear()
            self._segments.clear()
            self._col_of = {}
            self._header, self._header_tip, self._header_fg = [], [], []
            self._vheader, self._vheader_tip, self._vheader_fg = [], [], []
        else:
            self._rows = len(page.rows)
            self._lessons = len(page.columns)
            self._cols = self._lessons + SUMMARY_COLUMNS
            self._col_of = {(c.date, c.number): i for i, c in enumerate(page.columns)}
            self._shape_all()
        self.endResetModel()

    @property
    def lesson_count(self) -> int:
        return self._lessons

    @property
    def plain_column(self) -> int:
        return self._lessons

    @property
    def weighted_column(self) -> int:
        return self._lessons + 1

    @property
    def period_column(self) -> int:
        return self._lessons + 2

    def column_kind(self, col: int) -> int:
        if col < self._lessons:
            return KIND_LESSON
        return col - self._lessons + 1

    def column_of(self, day: dt.date, number: int) -> int | None:
        return self._col_of.get((day, number))

    def lesson_column(self, col: int) -> PageColumn | None:
        if self._page is None or not 0 <= col < self._lessons:
            return None
        return self._page.columns[col]

    # --- shaping -------------------------------------------------------------------------

    def _shape_all(self) -> None:
        page = self._page
        assert page is not None
        n, cols = self._lessons, self._cols
        self._text = [[""] * cols for _ in range(self._rows)]
        self._fg = [[None] * cols for _ in range(self._rows)]
        self._bg = [[None] * cols for _ in range(self._rows)]
        self._flags = [[ENABLED] * cols for _ in range(self._rows)]
        self._edit_period = [""] * self._rows
        self._italic = set()
        self._segments = {}
        col_open = [c.can_edit_marks or c.can_edit_attendance for c in page.columns]
        col_bg = [(CORRECTION_BG if c.needs_reason else None) if ok else READONLY_BG
                  for ok, c in zip(col_open, page.columns, strict=True)]
        col_flags = [EDITABLE if ok else ENABLED for ok in col_open]
        for r, row in enumerate(page.rows):
            bg_row, flags_row = self._bg[r], self._flags[r]
            whole = row.active_from <= page.period_start and (
                row.active_to is None or row.active_to >= page.period_end)
            if whole:
                bg_row[:n] = col_bg
                flags_row[:n] = col_flags
            else:
                for c, col in enumerate(page.columns):
                    if row.active_on(col.date):
                        bg_row[c], flags_row[c] = col_bg[c], col_flags[c]
                    else:
                        bg_row[c], flags_row[c] = INACTIVE_BG, ENABLED
        self._row_cols = [[] for _ in range(self._rows)]
        row_cols, text, fg, italic = self._row_cols, self._text, self._fg, self._italic
        colours = MARK_COLORS
        for (r, c), cell in page.cells.items():
            row_cols[r].append(c)
            marks, absence = cell.marks, cell.absence
            if absence is None and len(marks) == 1:  # the common cells, inline
                value = marks[0].value
                text[r][c] = value
                fg[r][c] = colours.get(value[:1], TEXT_COLOR)
            elif absence is not None and not marks:
                text[r][c] = absence.value
                fg[r][c] = ABSENCE_COLOR
                italic.add((r, c))
            else:
                self._shape_cell(r, c)
        for r in range(self._rows):
            self._shape_summary(r)
        self._shape_headers()

    def _shape_cell(self, r: int, c: int) -> None:
        assert self._page is not None
        key = (r, c)
        cell = self._page.cells.get(key)
        self._italic.discard(key)
        self._segments.pop(key, None)
        self._tips.pop(key, None)
        if cell is None:
            self._text[r][c] = ""
            self._fg[r][c] = None
            return
        parts: list[tuple[str, QColor, bool]] = [(m.value, mark_color(m.value), False)
                                                 for m in cell.marks]
        if cell.absence is not None:
            parts.append((str(cell.absence), ABSENCE_COLOR, True))
        self._text[r][c] = " ".join(p[0] for p in parts)
        if not parts:
            self._fg[r][c] = None
            return
        self._fg[r][c] = parts[0][1]
        if len(parts) == 1:
            if parts[0][2]:
                self._italic.add(key)
        elif len({p[1].rgb() for p in parts}) > 1 or parts[-1][2]:
            self._segments[key] = tuple(parts)

    def means(self, r: int) -> tuple[Fraction | None, Fraction | None, int | None]:
        """``JournalPage.means(r)`` computed in integers: the same exact values, ~50× faster.

        Marks are multiples of ¼ (a «+»/«−» is ¼) and weights have two decimals, so
        4·value and 100·weight are integers; only the two results become Fractions.
        """
        page = self._page
        assert page is not None
        values = weighted = count = weights = 0
        cells = page.cells
        for c in self._row_cols[r]:
            cell = cells.get((r, c))
            if cell is None:
                continue
            for m in cell.marks:
                v4 = _value4(m.value)
                if v4 is None:
                    continue
                w100 = _weight100(m.weight)
                if w100 is None:
                    return page.means(r)  # a weight with more decimals: the exact slow path
                values += v4
                count += 1
                weighted += v4 * w100
                weights += w100
        if not count:
            return None, None, None
        plain = Fraction(values, 4 * count)
        wmean = Fraction(weighted, 4 * weights) if weights else None
        return plain, wmean, suggest_period_mark(wmean, page.rule)

    def _shape_summary(self, r: int) -> None:
        page = self._page
        assert page is not None
        plain, weighted, suggested = self.means(r)
        pc, wc, mc = self.plain_column, self.weighted_column, self.period_column
        text = self._text[r]
        text[pc] = display_mean(plain, decimal_text)
        text[wc] = display_mean(weighted, decimal_text)
        fg, bg, flags = self._fg[r], self._bg[r], self._flags[r]
        fg[pc] = TEXT_COLOR
        fg[wc] = mark_color(str(suggested)) if suggested is not None else TEXT_COLOR
        bg[pc] = bg[wc] = SUMMARY_BG
        flags[pc] = flags[wc] = ENABLED
        for c in (pc, wc, mc):
            self._tips.pop((r, c), None)
        state = page.period_marks.get(page.rows[r].student_id)
        key = (r, mc)
        if state is not None and state.value:
            text[mc] = state.value
            fg[mc] = mark_color(state.value) if state.value[:1].isdigit() else TEXT_COLOR
            self._italic.discard(key)
        elif suggested is not None:
            text[mc] = f"({suggested})"
            fg[mc] = SUGGESTED_COLOR
            self._italic.add(key)
        else:
            text[mc] = ""
            fg[mc] = None
            self._italic.discard(key)
        self._edit_period[r] = state.value if state is not None else ""
        editable = page.can_edit_period_marks
        bg[mc] = PERIOD_BG if editable else READONLY_BG
        flags[mc] = EDITABLE if editable else ENABLED

    def _shape_headers(self) -> None:
        page = self._page
        assert page is not None
        per_day: dict[dt.date, int] = {}
        for col in page.columns:
            per_day[col.date] = per_day.get(col.date, 0) + 1
        self._header, self._header_tip, self._header_fg = [], [], []
        for col in page.columns:
            self._header.append(self._column_title(col, per_day[col.date] > 1))
            self._header_tip.append(self._column_tooltip(col))
            if col.date == self._today:
                self._header_fg.append(TODAY_HEADER)
            elif col.date > self._today:
                self._header_fg.append(MUTED_COLOR)
            elif not col.scheduled:
                self._header_fg.append(UNSCHEDULED_HEADER)
            else:
                self._header_fg.append(None)
        self._header += [tr("Ср.\nбалл"), tr("Ср.\nвзв."), _period_short(page.period_name)]
        rule = _rule_text(page.rule)
        self._header_tip += [
            tr("Средний балл: среднее арифметическое текущих отметок за период."),
            tr("Средневзвешенный балл: отметки с весами по видам работ."),
            tr("%s отметка за «%s».\nВ скобках — предлагаемая по средневзвешенному баллу "
               "(%s); сама она не выставляется.") % (
                tr(_KIND_TITLES.get(page.period_mark_kind, _FINAL)), page.period_name, rule),
        ]
        self._header_fg += [None, None, None]
        self._vheader, self._vheader_tip, self._vheader_fg = [], [], []
        for row in page.rows:
            # figure spaces: as wide as a digit, so the names line up after «9» and «10»
            self._vheader.append(f"{row.number:\u2007>2}\u2007 {row.short_name}")
            tip = row.full_name
            moved = []
            if row.active_from > page.period_start:
                moved.append(tr("в классе с %s") % format_date_ru(row.active_from))
            if row.active_to is not None and row.active_to < page.period_end:
                moved.append(tr("выбыл(а) после %s") % format_date_ru(row.active_to))
            if moved:
                tip += " (" + ", ".join(moved) + ")"
            self._vheader_tip.append(tip)
            gone = row.active_to is not None and row.active_to < min(self._today, page.period_end)
            self._vheader_fg.append(MUTED_COLOR if gone else None)

    def _column_title(self, col: PageColumn, numbered: bool) -> str:
        assert self._page is not None
        second = weekday_short(col.date)
        if col.work_kind_id is not None:
            code = self._page.work_kinds.get(col.work_kind_id, ("", "", None))[0]
            short = WORK_KIND_SHORT.get(code)
            if short:
                short = tr(short)
            if short is None:
                name = self._page.work_kinds[col.work_kind_id][1]
                short = "".join(w[0] for w in name.split()[:2]).upper()
            if short:
                second = short
        if numbered:
            second += f" {col.number}"
        return f"{col.date:%d.%m}\n{second}"

    def _column_tooltip(self, col: PageColumn) -> str:
        assert self._page is not None
        lines = [tr("%s, %s, %d-й урок") % (weekday_name(col.date),
                                           format_date_ru(col.date), col.number)]
        if col.substituted:
            lines.append(tr("Урок по замене."))
        if not col.scheduled:
            lines.append(tr("Урока нет в текущем расписании: проведённый урок сохранён."))
        if col.work_kind_id is not None and col.work_kind_id in self._page.work_kinds:
            _code, name, weight = self._page.work_kinds[col.work_kind_id]
            lines.append(tr("Вид работы: %s (вес %s)") % (work_kind_label(name), _weight(weight)))
        if col.lesson_type:
            lines.append(tr("Тип урока: %s") % lesson_type_label(col.lesson_type))
        if col.topic:
            lines.append(tr("Тема: %s") % col.topic)
        if col.homework:
            lines.append(tr("Домашнее задание: %s") % col.homework)
        if col.lock:
            lines.append(col.lock)
            if col.who_unlocks:
                lines.append(tr("Разблокировать может: %s.") % col.who_unlocks)
        return "\n".join(lines)

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._cols

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        r, c = index.row(), index.column()
        if r < 0:
            return None
        if role == DISPLAY:
            return self._text[r][c]
        if role == FOREGROUND:
            return self._fg[r][c]
        if role == BACKGROUND:
            return self._bg[r][c]
        if role == ALIGN:
            return CENTER
        if role == FONT:
            return self._italic_font if (r, c) in self._italic else None
        if role == EDIT:
            return self._edit_period[r] if c == self._cols - 1 else self._text[r][c]
        if role == SEGMENTS:
            return self._segments.get((r, c))
        if role == TOOLTIP or role == STATUS:
            return self.tooltip(r, c)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        return self._flags[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if orientation == HORIZONTAL:
            if not 0 <= section < self._cols:
                return None
            if role == DISPLAY:
                return self._header[section]
            if role == TOOLTIP:
                return self._header_tip[section]
            if role == FOREGROUND:
                return self._header_fg[section]
            if role == FONT and section < self._lessons and \
                    self._page is not None and self._page.columns[section].date == self._today:
                return self._bold_font
            return None
        if not 0 <= section < self._rows:
            return None
        if role == DISPLAY:
            return self._vheader[section]
        if role == TOOLTIP:
            return self._vheader_tip[section]
        if role == FOREGROUND:
            return self._vheader_fg[section]
        if role == ALIGN:
            return LEFT
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = EDIT
    ) -> bool:
        if role != EDIT or not index.isValid() or self._page is None:
            return False
        text = "" if value is None else str(value).strip()
        r, c = index.row(), index.column()
        kind = self.column_kind(c)
        if kind == KIND_LESSON:
            return self.put_cell(r, c, text)
        if kind == KIND_PERIOD:
            return self.put_period_mark(r, text)
        return False

    # --- what the user may do here --------------------------------------------------------

    def editable(self, r: int, c: int) -> bool:
        return bool(self._flags[r][c] & Qt.ItemFlag.ItemIsEditable)

    def marks_allowed_at(self, r: int, c: int) -> bool:
        col = self.lesson_column(c)
        return col is not None and col.can_edit_marks and self.editable(r, c)

    def attendance_allowed_at(self, r: int, c: int) -> bool:
        col = self.lesson_column(c)
        return col is not None and col.can_edit_attendance and self.editable(r, c)

    def lock_text(self, r: int, c: int) -> str:
        """Why this cell is read-only (or partly so) and who can unlock it; '' if fully open."""
        page = self._page
        if page is None or not (0 <= r < self._rows and 0 <= c < self._cols):
            return ""
        kind = self.column_kind(c)
        if kind in (KIND_PLAIN, KIND_WEIGHTED):
            return tr("Средние баллы считаются сами.")
        if kind == KIND_PERIOD:
            if page.can_edit_period_marks:
                return ""
            if not page.info.marks_allowed:
                return tr("В %s отметки не выставляются.") % page.info.class_name
            if page.period_closed:
                return tr("Период «%s» закрыт для редактирования. Исправить может администратор "
                          "ЭЖ с указанием причины.") % page.period_name
            return tr("Отметку за период выставляет учитель, ведущий предмет.")
        col = page.columns[c]
        row = page.rows[r]
        if not row.active_on(col.date):
            return tr("%s не числится в классе на %s.") % (row.short_name,
                                                         format_date_ru(col.date))
        lines: list[str] = []
        if not (col.can_edit_marks or col.can_edit_attendance):
            lines.append(col.lock or tr("Только просмотр."))
            if col.who_unlocks:
                lines.append(tr("Разблокировать может: %s.") % col.who_unlocks)
            return " ".join(lines)
        if not col.can_edit_marks:
            if not page.info.marks_allowed:
                lines.append(tr("В %s отметки не выставляются: только посещаемость.")
                             % page.info.class_name)
            else:
                lines.append(tr("Здесь можно исправить только посещаемость."))
        if col.needs_reason:
            if col.lock:
                lines.append(col.lock)
            lines.append(tr("Изменение — исправление: понадобится письменная причина."))
        return " ".join(lines)

    def tooltip(self, r: int, c: int) -> str:
        key = (r, c)
        found = self._tips.get(key)
        if found is not None:
            return found
        page = self._page
        if page is None:
            return ""
        lines: list[str] = []
        kind = self.column_kind(c)
        row = page.rows[r]
        if kind == KIND_LESSON:
            col = page.columns[c]
            lines.append(tr("%s — %s, %d-й урок") % (row.short_name, f"{col.date:%d.%m}",
                                                      col.number))
            cell = page.cells.get(key)
            if cell is not None and cell.lesson_id is not None:
                lines += self._entry_lines(cell)
        elif kind in (KIND_PLAIN, KIND_WEIGHTED):
            plain, weighted, suggested = self.means(r)
            count = len(page.marks_of(r))
            if kind == KIND_PLAIN:
                lines.append(tr("%s: средний балл %s (отметок: %d)")
                             % (row.short_name, display_mean(plain, decimal_text) or "—", count))
            else:
                lines.append(tr("%s: средневзвешенный балл %s") %
                             (row.short_name, display_mean(weighted, decimal_text) or "—"))
                if suggested is not None:
                    lines.append(tr("По правилу округления: %d") % suggested)
        else:
            state = page.period_marks.get(row.student_id)
            _plain, weighted, suggested = self.means(r)
            if state is not None and state.value:
                lines.append(tr("%s: отметка за «%s» — %s")
                             % (row.short_name, page.period_name, state.value))
            else:
                lines.append(tr("%s: отметка за «%s» не выставлена.")
                             % (row.short_name, page.period_name))
            if suggested is not None:
                lines.append(tr("Предлагается %d (средневзвешенный балл %s; %s). "
                                "Выставляется только вручную.")
                             % (suggested, display_mean(weighted, decimal_text), _rule_text(page.rule)))
        lock = self.lock_text(r, c)
        if lock and kind in (KIND_LESSON, KIND_PERIOD):
            lines.append(lock)
        text = "\n".join(lines)
        self._tips[key] = text
        return text

    def _entry_lines(self, cell: CellState) -> list[str]:
        assert cell.lesson_id is not None
        try:
            details = corrections.cell_details(self.actor, cell.lesson_id, cell.student_id)
        except ServiceError:
            return []
        out: list[str] = []
        for d in details:
            who = tr("%s, %s") % (_when(d.created_at), d.created_by)
            if d.kind == "mark":
                line = tr("«%s» — %s, вес %s; поставил(а) %s") % (
                    d.value, work_kind_label(d.work_kind) or tr("вид работы не указан"), d.weight, who)
                if d.updated_at is not None and d.created_at is not None and \
                        (d.updated_at - d.created_at).total_seconds() > 1:
                    line += tr("; изменена %s") % _when(d.updated_at)
            else:
                title = _absence_title(AbsenceCode(d.value))
                line = tr("«%s» — %s; отметил(а) %s") % (d.value, title, who)
                if d.note:
                    line += f" ({d.note})"
            out.append(line)
        return out

    def cell_text(self, r: int, c: int) -> str:
        if self.column_kind(c) == KIND_PERIOD:
            return self._edit_period[r]
        return self._text[r][c]

    def cell_state(self, r: int, c: int) -> CellState | None:
        if self._page is None or self.column_kind(c) != KIND_LESSON:
            return None
        return self._page.cell(r, c)

    # the delegate paints from these directly (no data() round trips)

    def segments(self, r: int, c: int) -> tuple[tuple[str, QColor, bool], ...] | None:
        return self._segments.get((r, c))

    def display(self, r: int, c: int) -> str:
        return self._text[r][c]

    def foreground(self, r: int, c: int) -> QColor | None:
        return self._fg[r][c]

    def background(self, r: int, c: int) -> QColor | None:
        return self._bg[r][c]

    def is_italic(self, r: int, c: int) -> bool:
        return (r, c) in self._italic

    # --- edits ------------------------------------------------------------------------------

    def _where(self, r: int, c: int) -> str:
        assert self._page is not None
        row = self._page.rows[r]
        if self.column_kind(c) == KIND_LESSON:
            col = self._page.columns[c]
            return tr("%s, %s (%d-й урок), %s") % (row.short_name, f"{col.date:%d.%m}",
                                                    col.number, self._page.info.where)
        return f"{row.short_name}, {self._page.period_name}, {self._page.info.where}"

    def put_cell(self, r: int, c: int, text: str) -> bool:
        """Make cell (r, c) hold ``text`` through an undoable command; False if nothing saved."""
        page = self._page
        assert page is not None
        before = page.cell(r, c)
        if _normalise(text) == before.text:
            return True
        if not self.editable(r, c):
            self.status_message.emit(self.lock_text(r, c))
            return False
        col, row = page.columns[c], page.rows[r]
        reason: str | None = None
        if col.needs_reason:
            reason = self.interaction.ask_reason(self._where(r, c))
            if not reason:
                return False
        label = tr("«%s» → «%s»: %s") % (before.text or tr("пусто"), text or tr("пусто"),
                                        self._where(r, c))
        command = CellCommand(self, row.student_id, col.date, col.number, before.text, text,
                              reason, label)
        self.undo_stack.push(command)
        return command.ok

    def put_period_mark(self, r: int, text: str) -> bool:
        page = self._page
        assert page is not None
        sid = page.rows[r].student_id
        state = page.period_marks.get(sid)
        before = state.value if state is not None else ""
        if text == before:
            return True
        if not page.can_edit_period_marks:
            self.status_message.emit(self.lock_text(r, self.period_column))
            return False
        reason: str | None = None
        if page.period_marks_need_reason:
            reason = self.interaction.ask_reason(self._where(r, self.period_column))
            if not reason:
                return False
        label = tr("«%s» → «%s»: %s") % (before or tr("пусто"), text or tr("пусто"),
                                        self._where(r, self.period_column))
        command = PeriodMarkCommand(self, sid, before, text, reason, label)
        self.undo_stack.push(command)
        return command.ok

    def write_cell(
        self, student_id: int, day: dt.date, number: int, text: str, reason: str | None
    ) -> _Written | None:
        """Save a cell through the service (called by the undo commands); None if not saved."""
        page = self._page
        if page is None:
            return None
        r = page.row_index.get(student_id)
        c = self._col_of.get((day, number))
        if r is None or c is None:
            self.status_message.emit(tr("Эта ячейка больше не показана: откройте её страницу."))
            return None
        used: list[str | None] = [reason]

        def call(expected: tuple[object, ...]) -> CellChange:
            try:
                return journal.set_cell(
                    self.actor, page.info.id, day, number, student_id, text, expected=expected,
                    reason=used[0], today=self.today(),
                )
            except ReasonRequired as exc:
                if used[0]:
                    raise
                why = self.interaction.ask_reason(exc.message)
                if not why:
                    raise _Cancelled from exc
                used[0] = why
                return journal.set_cell(
                    self.actor, page.info.id, day, number, student_id, text, expected=expected,
                    reason=why, today=self.today(),
                )

        def on_conflict(exc: ConflictError) -> CellChange | None:
            current = exc.current
            assert isinstance(current, CellState)
            if self.interaction.resolve_conflict(self._where(r, c), current.text, text):
                return boundary.run(self.interaction.parent_widget(), guarded, current.token,
                                    on_conflict=on_conflict)
            self._apply_cell(r, c, current)
            self.status_message.emit(tr("Оставлено значение другого пользователя: «%s».")
                                     % (current.text or tr("пусто")))
            return None

        def guarded(expected: tuple[object, ...]) -> CellChange | None:
            try:
                return call(expected)
            except _Cancelled:
                return None

        change = boundary.run(self.interaction.parent_widget(), guarded, page.cell(r, c).token,
                              on_conflict=on_conflict)
        if change is None:
            return None
        self._apply_cell(r, c, change.after)
        self.status_message.emit(tr("Сохранено: %s — «%s».") % (self._where(r, c),
                                                               change.after.text or tr("пусто")))
        self.cell_saved.emit(r, c)
        return _Written(change.after.text, used[0])

    def _apply_cell(self, r: int, c: int, state: CellState) -> None:
        page = self._page
        assert page is not None
        col = page.columns[c]
        if state.lesson_id is not None and col.lesson_id is None:
            col.lesson_id = state.lesson_id
            col.version = max(col.version, 1)
        if state.marks or state.absence is not None:
            page.cells[(r, c)] = state
            if c not in self._row_cols[r]:
                self._row_cols[r].append(c)
        else:
            page.cells.pop((r, c), None)
        self._shape_cell(r, c)
        self._shape_summary(r)
        index = self.index(r, c)
        self.dataChanged.emit(index, index)
        self.dataChanged.emit(self.index(r, self.plain_column), self.index(r, self.period_column))

    def write_period_mark(self, student_id: int, text: str, reason: str | None) -> _Written | None:
        page = self._page
        if page is None:
            return None
        r = page.row_index.get(student_id)
        if r is None:
            return None
        used: list[str | None] = [reason]

        def call(expected: int) -> PeriodMarkState | None:
            try:
                return periods.put_period_mark(
                    self.actor, page.info.id, student_id, page.period_mark_kind, text,
                    period_id=page.period_id, expected_version=expected, reason=used[0],
                )
            except ReasonRequired as exc:
                if used[0]:
                    raise
                why = self.interaction.ask_reason(exc.message)
                if not why:
                    return None
                used[0] = why
                return periods.put_period_mark(
                    self.actor, page.info.id, student_id, page.period_mark_kind, text,
                    period_id=page.period_id, expected_version=expected, reason=why,
                )

        def on_conflict(exc: ConflictError) -> PeriodMarkState | None:
            current = exc.current
            assert isinstance(current, PeriodMarkState)
            where = self._where(r, self.period_column)
            if self.interaction.resolve_conflict(where, current.value, text):
                return boundary.run(self.interaction.parent_widget(), call, current.version,
                                    on_conflict=on_conflict)
            self._apply_period_mark(r, current)
            return None

        state = page.period_marks.get(student_id)
        done = boundary.run(self.interaction.parent_widget(), call,
                            state.version if state is not None else 0, on_conflict=on_conflict)
        if done is None:
            return None
        self._apply_period_mark(r, done)
        self.status_message.emit(tr("Сохранено: %s — «%s».") % (
            self._where(r, self.period_column), done.value or tr("пусто")))
        self.cell_saved.emit(r, self.period_column)
        return _Written(done.value, used[0])

    def _apply_period_mark(self, r: int, state: PeriodMarkState) -> None:
        page = self._page
        assert page is not None
        sid = page.rows[r].student_id
        if state.value:
            page.period_marks[sid] = state
        else:
            page.period_marks.pop(sid, None)
        self._shape_summary(r)
        index = self.index(r, self.period_column)
        self.dataChanged.emit(index, index)

    def refresh_headers(self) -> None:
        """Lesson details changed (topic, kind of work): re-shape the header texts."""
        if self._page is None:
            return
        self._shape_headers()
        self.headerDataChanged.emit(HORIZONTAL, 0, max(0, self._cols - 1))


class _Cancelled(Exception):
    """The user cancelled a question (the reason of a correction)."""


_KIND_TITLES = {
    "quarter": noop("JournalModel", "Четвертная"),
    "half": noop("JournalModel", "Полугодовая"),
    "trimester": noop("JournalModel", "Триместровая"),
    "year": noop("JournalModel", "Годовая"),
}
_FINAL = noop("JournalModel", "Итоговая")


def _weight(weight: Decimal) -> str:
    """A weight as the interface writes it: «1,5» / «1.5», «2»."""
    return decimal_text(weight, trim=True)


_VALUE4: dict[str, int | None] = {}
_WEIGHT100: dict[Decimal, int | None] = {}


def _value4(value: str) -> int | None:
    """4 × the value of a mark text («4−» → 15); None for what is not a mark."""
    found = _VALUE4.get(value, -1)
    if found != -1:
        return found
    try:
        quarter = parse_mark(value, allow_modifiers=True, lowest=1).value * 4
        result: int | None = int(quarter) if quarter.denominator == 1 else None
    except ValueError:
        result = None
    _VALUE4[value] = result
    return result


def _weight100(weight: Decimal) -> int | None:
    found = _WEIGHT100.get(weight, -1)
    if found != -1:
        return found
    scaled = Fraction(weight) * 100
    result = int(scaled) if scaled.denominator == 1 and scaled > 0 else None
    _WEIGHT100[weight] = result
    return result


def _normalise(text: str) -> str:
    """The cell text as the service will store it, when it parses; else as typed."""
    try:
        return parse_cell(text, allow_modifiers=True, lowest=1).text()
    except DomainError:
        return text
