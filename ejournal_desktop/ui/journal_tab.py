"""The journal tab: the grid of one page, the lesson beside it (DESIGN §4, §7).

Keyboard (like a spreadsheet, tuned for filling a paper journal's column):

* a digit **2–5** (1 where the school uses it) *adds* a mark to the cell — a cell
  may hold several; the cursor stays, so «5», «4» gives «5 4»;
* **н**, **б**, **у**, **о** (= «оп») put the absence code; the same key again
  takes it off; the keys work in the Latin layout too (y, «,», e, j);
* **Delete** / **Backspace** clears the cell;
* **Enter** moves down (Shift+Enter up), **Tab** right, arrows anywhere;
* **F2** or a double click edits the whole text of the cell («5 4 н»);
* in the period-mark column a digit puts the mark, a letter opens the editor
  («н/а», «зач», «незач», «осв»);
* **Ctrl+Z** / **Ctrl+Y** undo and redo through the services.

Each change is saved at once; there is no «Save» button.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.domain.marks import PERIOD_MARK_CHOICES
from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.i18n import decimal_text, noop
from ejournal_desktop.services import corrections, journal
from ejournal_desktop.services import page as pages
from ejournal_desktop.services.errors import ConflictError
from ejournal_desktop.services.journal import LessonInfo
from ejournal_desktop.services.page import JournalPage, PageColumn
from ejournal_desktop.services.permissions import Action, Role
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.journal_model import (
    KIND_LESSON,
    KIND_PERIOD,
    JournalModel,
)
from ejournal_desktop.ui.session import Session
from ejournal_desktop.ui.stored_values import (
    LESSON_TYPES,
    lesson_type_label,
    lesson_type_value,
    work_kind_label,
)
from ejournal_desktop.ui.weekdays import weekday_in_text

LESSON_WIDTH = 46
SUMMARY_WIDTH = 52
PERIOD_WIDTH = 64
ROW_HEIGHT = 24
SETTINGS_GROUP = "journalTab"

# Absence keys: Cyrillic, and the same physical keys in the Latin layout (ЙЦУКЕН ↔ QWERTY).
ABSENCE_KEYS = {"н": "н", "б": "б", "у": "у", "о": "оп",
                "y": "н", ",": "б", "e": "у", "j": "оп"}
MARK_DIGITS = "12345"
SELECTION_BG = QColor("#d2e3fc")
CURRENT_FRAME = QColor("#1a73e8")
TEXT_PEN = QColor("#202124")
SELECTED = QStyle.StateFlag.State_Selected.value
HAS_FOCUS = QStyle.StateFlag.State_HasFocus.value
CENTERED = int(Qt.AlignmentFlag.AlignCenter)
LEFT_CENTERED = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)


def _settings() -> QSettings:
    return QSettings()


# --- questions to the user -------------------------------------------------------------------------


class ConflictDialog(QDialog):
    """Both values side by side: keep mine (write again) or keep theirs (refresh the cell)."""

    def __init__(self, where: str, current: str, attempted: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Ячейку изменил другой пользователь"))
        empty = self.tr("пусто")
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        head = QLabel(self.tr("Пока вы вводили значение, эту ячейку изменил другой "
                              "пользователь. Ничего не перезаписано."), self)
        head.setWordWrap(True)
        place = QLabel(where, self)
        place.setObjectName("conflictWhere")
        place.setWordWrap(True)
        bold = place.font()
        bold.setBold(True)
        place.setFont(bold)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.current_label = QLabel(self.tr("Сейчас в ячейке: «%s»") % (current or empty), self)
        self.current_label.setObjectName("currentValue")
        self.attempted_label = QLabel(self.tr("Вы вводили: «%s»") % (attempted or empty), self)
        self.attempted_label.setObjectName("attemptedValue")
        for label in (self.current_label, self.attempted_label):
            label.setFont(big)
        question = QLabel(self.tr("Какое значение оставить?"), self)
        self.mine = QPushButton(self.tr("Оставить моё"), self)
        self.mine.setObjectName("keepMineButton")
        self.mine.setToolTip(self.tr("Записать ваше значение поверх нового (с записью в аудит)"))
        self.theirs = QPushButton(self.tr("Оставить их"), self)
        self.theirs.setObjectName("keepTheirsButton")
        self.theirs.setToolTip(self.tr("Оставить то, что уже записано, и показать это в журнале"))
        self.theirs.setDefault(True)
        self.mine.setAutoDefault(False)
        self.mine.clicked.connect(self.accept)
        self.theirs.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.mine)
        buttons.addWidget(self.theirs)
        text = QVBoxLayout()
        for w in (head, place, self.current_label, self.attempted_label, question):
            text.addWidget(w)
        text.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(icon)
        layout.addLayout(text, 1)
        self.setMinimumWidth(440)

    def text(self) -> str:
        """Everything the dialog says, for logs and tests."""
        return "\n".join(w.text() for w in self.findChildren(QLabel) if w.text())

    def keep_mine(self) -> bool:
        return self.exec() == QDialog.DialogCode.Accepted


class TabInteraction:
    """The model's questions answered with dialogs over the tab."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.last_reason = ""

    def parent_widget(self) -> QWidget | None:
        return self._parent

    def ask_reason(self, what: str) -> str | None:
        dialog = QInputDialog(self._parent)
        dialog.setObjectName("reasonDialog")
        dialog.setWindowTitle(QCoreApplication.translate("JournalTab", "Причина исправления"))
        dialog.setLabelText(QCoreApplication.translate("JournalTab", "Это исправление записи журнала (%s).\n"
                                                        "Укажите причину — она попадёт в журнал аудита:")
                            % what)
        dialog.setTextValue(self.last_reason)
        dialog.setOkButtonText(QCoreApplication.translate("JournalTab", "Записать"))
        dialog.setCancelButtonText(QCoreApplication.translate("JournalTab", "Отмена"))
        dialog.resize(520, dialog.sizeHint().height())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        reason = dialog.textValue().strip()
        if reason:
            self.last_reason = reason
        return reason or None

    def resolve_conflict(self, where: str, current: str, attempted: str) -> bool:
        return ConflictDialog(where, current, attempted, self._parent).keep_mine()


# --- the grid --------------------------------------------------------------------------------------


class JournalDelegate(QStyledItemDelegate):
    """Editing a cell as text; painting several marks of one cell each in its colour."""

    def __init__(self, model: JournalModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._italic = QFont()
        self._italic.setItalic(True)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("cellEditor")
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setMaxLength(24)
        if self._model.column_kind(index.column()) == KIND_PERIOD:
            completer = QCompleter(list(PERIOD_MARK_CHOICES), editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(self._model.cell_text(index.row(), index.column()))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text().strip(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = QRect(option.rect)
        if rect.width() < 90:  # room to see «5 4 н» while typing
            grow = 90 - rect.width()
            rect.adjust(-grow // 2, 0, grow - grow // 2, 0)
        editor.setGeometry(rect)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Paint straight from the model's shaped lists.

        Qt's generic path (initStyleOption: seven data() calls, then the style's
        text layout) costs ~75 µs a cell; this costs ~15, which is what keeps a
        page painted within the 100 ms budget.  The grid lines are the view's.
        """
        model = self._model
        r, c = index.row(), index.column()
        rect = option.rect
        state = option.state.value  # plain int: enum.Flag arithmetic costs microseconds
        if state & SELECTED:
            painter.fillRect(rect, SELECTION_BG)
        else:
            background = model.background(r, c)
            if background is not None:
                painter.fillRect(rect, background)
        segments = model.segments(r, c)
        if segments is not None:
            self._paint_segments(painter, option, segments)
        else:
            text = model.display(r, c)
            if text:
                painter.setPen(model.foreground(r, c) or TEXT_PEN)
                if model.is_italic(r, c):
                    painter.setFont(self._italic)
                    painter.drawText(rect, CENTERED, text)
                    painter.setFont(option.font)
                else:
                    painter.drawText(rect, CENTERED, text)
        if state & HAS_FOCUS:
            pen = painter.pen()
            pen.setColor(CURRENT_FRAME)
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _paint_segments(
        self, painter: QPainter, opt: QStyleOptionViewItem,
        segments: tuple[tuple[str, QColor, bool], ...],
    ) -> None:
        painter.save()
        plain = opt.font
        space = opt.fontMetrics.horizontalAdvance(" ") // 2 + 1
        widths = []
        for text, _colour, italic in segments:
            painter.setFont(self._italic if italic else plain)
            widths.append(painter.fontMetrics().horizontalAdvance(text))
        total = sum(widths) + space * (len(segments) - 1)
        rect = opt.rect
        x = rect.x() + max(2, (rect.width() - total) // 2)
        for (text, colour, italic), width in zip(segments, widths, strict=True):
            painter.setFont(self._italic if italic else plain)
            painter.setPen(colour)
            painter.drawText(QRect(x, rect.y(), width + 1, rect.height()), LEFT_CENTERED, text)
            x += width + space
        painter.restore()


class CornerLabel(QObject):
    """Paints «№  Учащийся» on the table's corner button (above the names)."""

    def __init__(self, button: QAbstractButton, text: str) -> None:
        super().__init__(button)
        self._button = button
        self._text = text
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._button and event.type() == QEvent.Type.Paint:
            option = QStyleOptionHeader()
            option.initFrom(self._button)
            option.state |= QStyle.StateFlag.State_Enabled
            option.rect = self._button.rect()
            option.text = self._text
            option.textAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            option.position = QStyleOptionHeader.SectionPosition.OnlyOneSection
            painter = QPainter(self._button)
            self._button.style().drawControl(QStyle.ControlElement.CE_Header, option, painter,
                                             self._button)
            painter.end()
            return True
        return False


class JournalView(QTableView):
    """The grid with the spreadsheet keyboard of the module docstring.

    Two of these make the grid: the main one (names in its vertical header, frozen on
    the left, and the lessons) and the summary one, frozen on the right (the means
    and the period mark).  They share the model and the selection model, so there is
    one current cell; arrows and Tab cross from one to the other.
    """

    correction_requested = Signal()

    def __init__(
        self, model: JournalModel, parent: QWidget | None = None, *, summary: bool = False
    ) -> None:
        super().__init__(parent)
        self.summary_side = summary
        self.partner: JournalView | None = None
        self.setObjectName("journalSummary" if summary else "journalGrid")
        self.journal_model = model
        self.setModel(model)
        self.setItemDelegate(JournalDelegate(model, self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setTabKeyNavigation(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Highlight, SELECTION_BG)
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#202124"))
        self.setPalette(palette)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hh.setDefaultSectionSize(LESSON_WIDTH)
        hh.setMinimumSectionSize(24)
        hh.setHighlightSections(True)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        hh.setFixedHeight(self.fontMetrics().height() * 2 + 12)
        vh = self.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(ROW_HEIGHT)
        if summary:
            vh.setVisible(False)
            # the same bottom as the main grid's horizontal scroll bar: rows stay aligned
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        else:
            vh.setMinimumWidth(230)
            vh.setHighlightSections(True)
            vh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            corner = self.findChild(QAbstractButton)
            if corner is not None:
                CornerLabel(corner, self.tr(" №   Учащийся"))
        self._last_code_at: tuple[int, int] | None = None
        self._scroll_pending = False
        self.history_action: QAction | None = None  # «История…», set by the tab
        model.modelReset.connect(self._page_changed)

    def pair_with(self, summary: JournalView) -> None:
        """Share the current cell and the vertical scrolling with the summary view."""
        self.partner, summary.partner = summary, self
        summary.setSelectionModel(self.selectionModel())
        mine, theirs = self.verticalScrollBar(), summary.verticalScrollBar()
        mine.valueChanged.connect(theirs.setValue)
        theirs.valueChanged.connect(mine.setValue)
        summary.correction_requested.connect(self.correction_requested.emit)

    def view_for(self, index: QModelIndex | QPersistentModelIndex) -> JournalView:
        """The one of the two views that shows this column."""
        if self.partner is not None and self.isColumnHidden(index.column()):
            return self.partner
        return self

    def scroll_to_current(self) -> None:
        """Bring the current cell to the middle; deferred until the grid has its real size."""
        if not self.isVisible():
            self._scroll_pending = True
            return
        index = self.currentIndex()
        if index.isValid():
            self.view_for(index).scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._scroll_pending:
            self._scroll_pending = False
            QTimer.singleShot(0, self.scroll_to_current)

    def _page_changed(self) -> None:
        model = self.journal_model
        hh = self.horizontalHeader()
        lessons = model.lesson_count
        has_page = model.columnCount() >= 3
        for col in range(lessons):
            hh.resizeSection(col, LESSON_WIDTH)
            self.setColumnHidden(col, self.summary_side)
        if has_page:
            for col, width in ((model.plain_column, SUMMARY_WIDTH),
                               (model.weighted_column, SUMMARY_WIDTH),
                               (model.period_column, PERIOD_WIDTH)):
                hh.resizeSection(col, width)
                self.setColumnHidden(col, not self.summary_side)
        if self.summary_side:
            frame = 2 * self.frameWidth()
            bar = self.verticalScrollBar().sizeHint().width()
            self.setFixedWidth(2 * SUMMARY_WIDTH + PERIOD_WIDTH + frame + bar + 1)

    def currentChanged(
        self, current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        partner = self.partner
        if partner is not None and current.isValid() and self.isColumnHidden(current.column()) \
                and self.hasFocus():
            partner.setFocus()  # the cursor crossed into the other view
            partner.scrollTo(current)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = self.currentIndex()
        model = self.journal_model
        lessons = model.lesson_count
        action = QAbstractItemView.CursorAction
        if current.isValid() and self.partner is not None and model.columnCount():
            forward = cursorAction in (action.MoveRight, action.MoveNext)
            backward = cursorAction in (action.MoveLeft, action.MovePrevious)
            if forward and not self.summary_side and current.column() == lessons - 1:
                return model.index(current.row(), model.plain_column)
            if backward and self.summary_side and current.column() == model.plain_column \
                    and lessons:
                return model.index(current.row(), lessons - 1)
        return super().moveCursor(cursorAction, modifiers)

    # keyboard ----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.journal_model.undo_stack.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.journal_model.undo_stack.redo()
            return
        index = self.currentIndex()
        if not index.isValid() or self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods in (
            Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier
        ):
            self.move_by(-1 if mods == Qt.KeyboardModifier.ShiftModifier else 1, 0)
            return
        if mods & ~Qt.KeyboardModifier.ShiftModifier:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_cell(index)
            return
        text = event.text()
        if len(text) == 1 and text.isprintable() and not text.isspace():
            if self.type_text(index, text):
                return
        super().keyPressEvent(event)

    def type_text(self, index: QModelIndex, text: str) -> bool:
        """One typed character on a selected (not edited) cell; True when handled."""
        model = self.journal_model
        r, c = index.row(), index.column()
        kind = model.column_kind(c)
        lower = text.lower()
        if kind == KIND_PERIOD:
            if lower in "2345":
                model.setData(index, lower)
            else:
                self.open_editor(index, text, replace=True)
            return True
        if kind != KIND_LESSON:
            return False
        state = model.cell_state(r, c)
        assert state is not None
        if text in MARK_DIGITS:
            if not model.editable(r, c) or not model.marks_allowed_at(r, c):
                self._refuse(model.lock_text(r, c))
                return True
            marks = [m.value for m in state.marks]
            if len(marks) >= 4:
                self._refuse(self.tr("В одной клетке не больше четырёх отметок."))
                return True
            parts = [*marks, text]
            if state.absence is not None:
                parts.append(str(state.absence))
            self._last_code_at = None
            model.setData(index, " ".join(parts))
            return True
        if text.isdigit():
            self._refuse(self.tr("Отметки — цифры от 2 до 5."))
            return True
        if lower in ("п", "g") and self._last_code_at == (r, c):
            self._last_code_at = None  # the «п» of «оп» typed in full
            return True
        code = ABSENCE_KEYS.get(lower)
        if code is not None:
            if not model.editable(r, c) or not model.attendance_allowed_at(r, c):
                self._refuse(model.lock_text(r, c))
                return True
            parts = [m.value for m in state.marks]
            if state.absence is None or str(state.absence) != code:
                parts.append(code)  # a new code replaces the old; the same code again clears
            self._last_code_at = (r, c) if code == "оп" else None
            model.setData(index, " ".join(parts))
            return True
        if model.editable(r, c):
            self.open_editor(index, text, replace=False)
            return True
        self._refuse(model.lock_text(r, c))
        return True

    def _refuse(self, why: str) -> None:
        self.journal_model.status_message.emit(why or self.tr("Ячейка только для просмотра."))

    def open_editor(self, index: QModelIndex, text: str, *, replace: bool) -> None:
        model = self.journal_model
        if not model.editable(index.row(), index.column()):
            self._refuse(model.lock_text(index.row(), index.column()))
            return
        view = self.view_for(index)
        view.edit(index)
        editor = view.focusWidget()
        if isinstance(editor, QLineEdit):
            editor.setText(text if replace else editor.text() + text)

    def clear_cell(self, index: QModelIndex) -> None:
        model = self.journal_model
        r, c = index.row(), index.column()
        if model.column_kind(c) not in (KIND_LESSON, KIND_PERIOD) or not model.cell_text(r, c):
            return
        if not model.editable(r, c):
            self._refuse(model.lock_text(r, c))
            return
        state = model.cell_state(r, c)
        if state is not None and state.marks and not model.marks_allowed_at(r, c):
            if state.absence is None:  # only the absence is the user's to clear here
                self._refuse(model.lock_text(r, c))
                return
            model.setData(index, " ".join(m.value for m in state.marks))
            return
        model.setData(index, "")

    def move_by(self, rows: int, cols: int) -> None:
        index = self.currentIndex()
        model = self.journal_model
        r = min(max(index.row() + rows, 0), model.rowCount() - 1)
        c = min(max(index.column() + cols, 0), model.columnCount() - 1)
        target = model.index(r, c)
        self.setCurrentIndex(target)
        self.view_for(target).scrollTo(target)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.move_by(1, 0)  # Enter in the editor: down the column, as on paper

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        model = self.journal_model
        menu = QMenu(self)
        edit = menu.addAction(self.tr("Изменить ячейку\tF2"))
        edit.setEnabled(model.editable(index.row(), index.column()))
        edit.triggered.connect(lambda: self.view_for(index).edit(index))
        clear = menu.addAction(self.tr("Очистить\tDelete"))
        clear.setEnabled(model.editable(index.row(), index.column())
                         and bool(model.cell_text(index.row(), index.column())))
        clear.triggered.connect(lambda: self.clear_cell(index))
        menu.addSeparator()
        ask = menu.addAction(self.tr("Запросить исправление…"))
        ask.setObjectName("requestCorrectionAction")
        ask.setEnabled(model.column_kind(index.column()) == KIND_LESSON)
        ask.triggered.connect(self.correction_requested.emit)
        if self.history_action is not None:
            self.history_action.setEnabled(model.column_kind(index.column()) == KIND_LESSON)
            menu.addAction(self.history_action)
        menu.exec(event.globalPos())
        if self.history_action is not None:
            self.history_action.setEnabled(True)


# --- the lesson beside the grid ----------------------------------------------------------------------


class ElidedButton(QPushButton):
    """A flat link-like button as wide as its place, its text cut with «…» to fit (the whole of it in
    ``full_text()`` and the tooltip): the next КТП topic ran out of the lesson pane, cut mid-word."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(self.contentsRect().width() - 4, 0)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room))


class LessonPane(QFrame):
    """Date and number, topic (with the next КТП topic), homework, type and kind of work."""

    saved = Signal(object)  # LessonInfo
    reweighted = Signal()  # the kind of work changed: marks have new weights

    def __init__(self, tab: JournalTab) -> None:
        super().__init__(tab)
        self.setObjectName("lessonPane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet('QLineEdit[readOnly="true"] { background: #f1f3f4; color: #3c4043; }')
        self.tab = tab
        self._page: JournalPage | None = None
        self._col: PageColumn | None = None
        self._plan: tuple[int, str] | None = None
        self.title = QLabel(self)
        self.title.setObjectName("lessonTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.lock = QLabel(self)
        self.lock.setObjectName("lessonLock")
        self.lock.setWordWrap(True)
        self.lock.setStyleSheet("color: #a50e0e;")
        self.topic = QLineEdit(self)
        self.topic.setObjectName("topicEdit")
        self.topic.setPlaceholderText(self.tr("Тема урока"))
        self.plan_button = ElidedButton(self)
        self.plan_button.setObjectName("planTopicButton")
        self.plan_button.setFlat(True)
        self.plan_button.setStyleSheet("text-align: left; color: #0b57d0; padding: 0;")
        self.plan_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.plan_button.clicked.connect(self._take_plan_topic)
        self.homework = QLineEdit(self)
        self.homework.setObjectName("homeworkEdit")
        self.homework.setPlaceholderText(self.tr("Домашнее задание"))
        self.lesson_type = QComboBox(self)
        self.lesson_type.setObjectName("lessonTypeCombo")
        self.lesson_type.setEditable(True)
        self.lesson_type.addItem("", "")
        for word in LESSON_TYPES:  # shown in the interface's language, stored in Russian
            self.lesson_type.addItem(lesson_type_label(word), word)
        self.lesson_type.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.work_kind = QComboBox(self)
        self.work_kind.setObjectName("workKindCombo")
        for combo in (self.lesson_type, self.work_kind):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.stats = QLabel(self)
        self.stats.setObjectName("lessonStats")
        self.stats.setWordWrap(True)
        self.request_button = QPushButton(self.tr("Запросить исправление…"), self)
        self.request_button.setObjectName("paneRequestButton")
        self.request_button.clicked.connect(tab.request_correction)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Тема:"), self.topic)
        form.addRow("", self.plan_button)
        form.addRow(self.tr("Д/з:"), self.homework)
        form.addRow(self.tr("Тип урока:"), self.lesson_type)
        form.addRow(self.tr("Вид работы:"), self.work_kind)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.lock)
        layout.addLayout(form)
        layout.addWidget(self.stats)
        layout.addWidget(self.request_button)
        layout.addStretch(1)
        self.topic.editingFinished.connect(lambda: self._save(topic=self.topic.text()))
        self.homework.editingFinished.connect(lambda: self._save(homework=self.homework.text()))
        line = self.lesson_type.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._save_type)
        self.lesson_type.activated.connect(lambda _i: self._save_type())
        self.work_kind.activated.connect(self._save_work_kind)
        self.show_column(None, None)

    # showing ----------------------------------------------------------------------------------

    def show_column(self, page: JournalPage | None, col: PageColumn | None) -> None:
        self._page, self._col = page, col
        has = page is not None and col is not None
        for w in (self.topic, self.homework, self.lesson_type, self.work_kind):
            w.setVisible(has)
        self.plan_button.setVisible(False)
        self.request_button.setVisible(False)
        if page is None or col is None:
            self.title.setText(self.tr("Выберите урок — столбец журнала."))
            self.lock.setText("")
            self.stats.setText("")
            return
        weekday = weekday_in_text(col.date)
        title = self.tr("Урок %s, %s, %d-й урок") % (format_date_ru(col.date), weekday, col.number)
        if col.substituted:
            title += self.tr(" (замена)")
        self.title.setText(title)
        editable = col.can_edit_lesson
        lock = ""
        if not editable:
            lock = col.lock or self.tr("Только просмотр.")
            if col.who_unlocks:
                lock += " " + self.tr("Разблокировать может: %s.") % col.who_unlocks
        elif col.needs_reason:
            lock = (col.lock + " " if col.lock else "") + self.tr(
                "Изменения — исправление с указанием причины.")
        self.lock.setText(lock)
        self.lock.setVisible(bool(lock))
        self.topic.setText(col.topic)
        self.topic.setReadOnly(not editable)
        self.homework.setText(col.homework)
        self.homework.setReadOnly(not editable)
        for line in (self.topic, self.homework):  # the style sheet reads the property
            line.style().unpolish(line)
            line.style().polish(line)
            line.setCursorPosition(0)  # a long topic reads from its beginning, not from its tail
        self.homework.setEnabled(page.info.homework_allowed)
        if not page.info.homework_allowed:
            self.homework.setPlaceholderText(self.tr("В %s домашние задания не задаются")
                                             % page.info.class_name)
        self.lesson_type.setEditText(lesson_type_label(col.lesson_type))
        self.lesson_type.setEnabled(editable)
        self.work_kind.blockSignals(True)
        self.work_kind.clear()
        current_code = ""
        for kid, (code, name, weight) in page.work_kinds.items():
            self.work_kind.addItem(self.tr("%s — вес %s") % (work_kind_label(name), decimal_text(weight, trim=True)),
                                   code)
            if kid == col.work_kind_id:
                current_code = code
        found = self.work_kind.findData(current_code or journal.DEFAULT_WORK_KIND)
        self.work_kind.setCurrentIndex(max(found, 0))
        self.work_kind.blockSignals(False)
        self.work_kind.setEnabled(editable and page.info.marks_allowed)
        self._plan = None
        if editable and col.plan_topic_id is None and not col.topic:
            self._plan = pages.next_plan_topic(page.info.id)
        if self._plan is not None:
            title_text = self._plan[1]
            self.plan_button.set_full_text(self.tr("Следующая тема КТП: «%s»") % title_text)
            self.plan_button.setToolTip(title_text)
            self.plan_button.setVisible(True)
        self.request_button.setVisible(not editable and self.tab.may_request())
        self._show_stats()

    def refresh_stats(self) -> None:
        self._show_stats()

    def _show_stats(self) -> None:
        page, col = self._page, self._col
        if page is None or col is None:
            return
        c = page.columns.index(col)
        marks = absent = 0
        for (_r, cc), cell in page.cells.items():
            if cc == c:
                marks += len(cell.marks)
                absent += cell.absence is not None
        self.stats.setText(self.tr("Отметок: %d · отсутствующих: %d · учащихся: %d")
                           % (marks, absent, len(page.rows)))

    # saving -----------------------------------------------------------------------------------

    def _save_type(self) -> None:
        text = self.lesson_type.currentText()
        if self._col is not None and text == lesson_type_label(self._col.lesson_type):
            return  # shown as stored (in English, its label): nothing changed
        self._save(lesson_type=lesson_type_value(text))

    def _save_work_kind(self, _index: int) -> None:
        code = self.work_kind.currentData()
        if self._col is None or self._page is None:
            return
        current = self._page.work_kinds.get(self._col.work_kind_id or -1, ("",))[0]
        if code == (current or journal.DEFAULT_WORK_KIND) and self._col.work_kind_id is not None:
            return
        if self._save(work_kind=str(code)) is not None:
            self.reweighted.emit()

    def _take_plan_topic(self) -> None:
        if self._plan is None:
            return
        plan_id, title = self._plan
        self.topic.setText(title)
        self._save(topic=title, plan_topic_id=plan_id)

    def _save(self, **fields: Any) -> LessonInfo | None:
        page, col = self._page, self._col
        if page is None or col is None or not col.can_edit_lesson:
            return None
        changed = {k: v for k, v in fields.items() if k in ("work_kind", "plan_topic_id")
                   or (v or "").strip() != (getattr(col, k) or "")}
        if not changed:
            return None
        reason = None
        if col.needs_reason:
            reason = self.tab.interaction.ask_reason(
                self.tr("%s, %s, %d-й урок") % (page.info.where, format_date_ru(col.date),
                                                col.number))
            if not reason:
                self.show_column(page, col)
                return None

        def on_conflict(exc: ConflictError) -> LessonInfo | None:
            boundary.show_error(self, exc.title, exc.message)
            self.tab.reload()
            return None

        info = boundary.run(
            self, journal.set_lesson_details, self.tab.session.actor, page.info.id, col.date,
            col.number, expected_version=col.version if col.lesson_id is not None else None,
            reason=reason, today=self.tab.session.today(), on_conflict=on_conflict, **changed,
        )
        if info is None:
            return None
        col.lesson_id, col.version = info.id, info.version
        col.topic, col.homework, col.lesson_type = info.topic, info.homework, info.lesson_type
        col.work_kind_id, col.plan_topic_id = info.work_kind_id, info.plan_topic_id
        self.tab.model.refresh_headers()
        self.tab.show_status(self.tr("Урок %s сохранён.") % format_date_ru(col.date))
        if "plan_topic_id" in changed:
            self.show_column(page, col)
        self.saved.emit(info)
        return info


# --- correction requests -----------------------------------------------------------------------------


class CorrectionRequestDialog(QDialog):
    """What the locked cell should hold, and why: sent to the deputy and the administrator."""

    def __init__(self, where: str, current: str, lock: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionRequestDialog")
        self.setWindowTitle(self.tr("Запрос на исправление"))
        self.wanted = QLineEdit(current, self)
        self.wanted.setObjectName("wantedEdit")
        self.wanted.setPlaceholderText(self.tr("например: 5 4 или н"))
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reasonEdit")
        self.reason.setPlaceholderText(self.tr("Почему нужно исправить (обязательно)"))
        self.reason.setFixedHeight(80)
        info = QLabel(self.tr("<b>%s</b><br>Сейчас в ячейке: «%s»") % (
            where, current or self.tr("пусто")), self)
        info.setWordWrap(True)
        why = QLabel(lock, self)
        why.setWordWrap(True)
        why.setStyleSheet("color: #a50e0e;")
        why.setVisible(bool(lock))
        note = QLabel(self.tr("Запрос получат заместитель директора по УВР и администратор ЭЖ. "
                              "Исправление вносит администратор ЭЖ."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        buttons = QDialogButtonBox(self)
        send = buttons.addButton(self.tr("Отправить"), QDialogButtonBox.ButtonRole.AcceptRole)
        send.setObjectName("sendButton")
        buttons.addButton(self.tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Нужно:"), self.wanted)
        form.addRow(self.tr("Причина:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())


class CorrectionsDialog(QDialog):
    """«Запросы на исправление»: the deputy approves or refuses, the administrator applies.

    With ``mine=True`` a teacher's own requests and their answers (read-only).
    """

    resolved = Signal(int)  # assignment id whose page changed

    COLUMNS = (
        noop("CorrectionsDialog", "№"), noop("CorrectionsDialog", "Поступил"),
        noop("CorrectionsDialog", "Учитель"), noop("CorrectionsDialog", "Урок"),
        noop("CorrectionsDialog", "Учащийся"), noop("CorrectionsDialog", "Сейчас"),
        noop("CorrectionsDialog", "Нужно"), noop("CorrectionsDialog", "Состояние"),
    )

    def __init__(self, session: Session, parent: QWidget | None = None, *, mine: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("correctionsDialog")
        self.session = session
        self.mine = mine
        self.setWindowTitle(self.tr("Мои запросы на исправление") if mine
                            else self.tr("Запросы на исправление"))
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("correctionsTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        is_admin = Role.ADMIN in session.roles
        self.apply_button = QPushButton(self.tr("Применить") if is_admin else self.tr("Одобрить"),
                                        self)
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setToolTip(
            self.tr("Внести нужное значение в журнал (исправление администратора ЭЖ)") if is_admin
            else self.tr("Одобрить: исправление внесёт администратор ЭЖ"))
        self.refuse_button = QPushButton(self.tr("Отклонить…"), self)
        self.refuse_button.setObjectName("refuseButton")
        refresh = QPushButton(self.tr("Обновить"), self)
        close = QPushButton(self.tr("Закрыть"), self)
        self.apply_button.clicked.connect(self.apply_selected)
        self.refuse_button.clicked.connect(self.refuse_selected)
        refresh.clicked.connect(self.reload)
        close.clicked.connect(self.accept)
        for b in (self.apply_button, self.refuse_button):
            b.setVisible(not mine)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.refuse_button)
        buttons.addStretch(1)
        buttons.addWidget(refresh)
        buttons.addWidget(close)
        self.empty = QLabel(self.tr("Запросов нет."), self)
        self.empty.setObjectName("emptyLabel")
        self.detail = QLabel(self)
        self.detail.setObjectName("requestDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setMinimumHeight(self.fontMetrics().height() * 3)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.items: list[corrections.CorrectionInfo] = []
        self.table.itemSelectionChanged.connect(self._enable)
        self.resize(980, 380)
        self.reload()

    def reload(self) -> None:
        fn = corrections.my_requests if self.mine else corrections.open_requests
        found = boundary.run(self, fn, self.session.actor)
        self.items = found or []
        self.table.setRowCount(len(self.items))
        for r, it in enumerate(self.items):
            values = (
                str(it.id), f"{it.created_at:%d.%m.%Y %H:%M}", it.requested_by,
                self.tr("%s, %s, %s, %d-й") % (it.class_name, it.subject_name,
                                               f"{it.date:%d.%m}", it.number),
                it.student_name, it.current or self.tr("пусто"), it.wanted or self.tr("пусто"),
                it.status_title,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        for c, width in enumerate((36, 128, 110, 210, 150, 60, 60)):
            self.table.setColumnWidth(c, width)
        self.empty.setVisible(not self.items)
        if self.items:
            self.table.selectRow(0)
        self._enable()

    def _selected(self) -> corrections.CorrectionInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _enable(self) -> None:
        it = self._selected()
        text = ""
        if it is not None:
            text = self.tr("Причина: %s") % it.reason
            if it.resolution:
                text += "\n" + self.tr("Ответ (%s): %s") % (it.resolved_by, it.resolution)
        self.detail.setText(text)
        is_admin = Role.ADMIN in self.session.roles
        self.apply_button.setEnabled(it is not None and (is_admin or it.status == corrections.OPEN))
        self.refuse_button.setEnabled(it is not None)

    def apply_selected(self) -> None:
        it = self._selected()
        if it is None:
            return
        done = boundary.run(self, corrections.apply, self.session.actor, it.id,
                            expected_version=it.version, today=self.session.today())
        if done is not None:
            self.resolved.emit(it.assignment_id)
        self.reload()

    def refuse_selected(self) -> None:
        it = self._selected()
        if it is None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("refuseReasonDialog")
        dialog.setWindowTitle(self.tr("Отклонить запрос №%d") % it.id)
        dialog.setLabelText(self.tr("Почему запрос отклонён (это увидит учитель):"))
        dialog.setOkButtonText(self.tr("Отклонить"))
        dialog.setCancelButtonText(self.tr("Отмена"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        boundary.run(self, corrections.refuse, self.session.actor, it.id, dialog.textValue(),
                     expected_version=it.version)
        self.reload()


# --- the tab ---------------------------------------------------------------------------------------


class JournalTab(QWidget):
    """Year, period, class and subject on top; the grid and the lesson pane below."""

    status_message = Signal(str)
    refresh_on_show = True

    KEYS_HINT = noop(
        "JournalTab",
        "Цифра 2–5 — добавить отметку (в клетке может быть несколько) · н, б, у — пропуск, о — опоздание "
        "(повторно — снять) · Delete — очистить · F2 или двойной щелчок — изменить клетку · "
        "Enter — вниз, Tab — вправо · Ctrl+Z / Ctrl+Y — отменить / вернуть. "
        "Всё сохраняется сразу.",
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.interaction = TabInteraction(self)
        self.model = JournalModel(session.actor, session.today, self, self.interaction)
        self._loading = False
        self._assignments: list[tuple[int, str, str, str]] = []
        self._periods: list[tuple[int, str, dt.date, dt.date, bool]] = []

        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("yearCombo")
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("periodCombo")
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("classCombo")
        self.class_combo.setMinimumContentsLength(6)
        self.subject_combo = QComboBox(self)
        self.subject_combo.setObjectName("subjectCombo")
        self.subject_combo.setMinimumContentsLength(28)
        self.subject_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.request_button = QPushButton(self.tr("Запросить исправление…"), self)
        self.request_button.setObjectName("requestCorrectionButton")
        self.request_button.setToolTip(self.tr(
            "Попросить заместителя директора и администратора ЭЖ исправить закрытую ячейку"))
        self.request_button.clicked.connect(self.request_correction)
        self.request_button.setVisible(self.may_request())
        self.mine_button = QPushButton(self.tr("Мои запросы"), self)
        self.mine_button.setObjectName("myRequestsButton")
        self.mine_button.clicked.connect(lambda: self.show_corrections(mine=True))
        self.mine_button.setVisible(self.may_request())
        self.resolve_button = QPushButton(self.tr("Запросы на исправление"), self)
        self.resolve_button.setObjectName("correctionsButton")
        self.resolve_button.clicked.connect(lambda: self.show_corrections(mine=False))
        self.resolve_button.setVisible(session.may(Action.RESOLVE_CORRECTION))

        top = QHBoxLayout()
        for label, combo in ((self.tr("Год:"), self.year_combo),
                             (self.tr("Период:"), self.period_combo),
                             (self.tr("Класс:"), self.class_combo),
                             (self.tr("Предмет:"), self.subject_combo)):
            top.addWidget(QLabel(label, self))
            top.addWidget(combo)
            top.addSpacing(6)
        top.addStretch(1)
        top.addWidget(self.request_button)
        top.addWidget(self.mine_button)
        top.addWidget(self.resolve_button)

        self.banner = QLabel(self)
        self.banner.setObjectName("readonlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fef7e0; border: 1px solid #f9d67a; border-radius: 3px; padding: 4px;")
        self.banner.setVisible(False)

        self.grid = QWidget(self)
        self.grid.setObjectName("journalGridBox")
        self.view = JournalView(self.model, self.grid)
        self.summary_view = JournalView(self.model, self.grid, summary=True)
        self.view.pair_with(self.summary_view)
        box = QHBoxLayout(self.grid)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.view, 1)
        box.addWidget(self.summary_view)
        self.pane = LessonPane(self)
        self.pane.setMinimumWidth(260)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("journalSplitter")
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([900, 320])
        self.splitter.setChildrenCollapsible(False)

        self.status = QLabel(self.tr(self.KEYS_HINT), self)
        self.status.setObjectName("journalStatus")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # a fixed height: a new message never re-lays out (and repaints) the whole grid
        self.status.setFixedHeight(self.status.fontMetrics().lineSpacing() * 2 + 4)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.status.setStyleSheet("color: #3c4043;")
        self.status.setToolTip(self.tr(self.KEYS_HINT))
        self.view.setWhatsThis(self.tr(self.KEYS_HINT))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

        self.undo_action = self.model.undo_stack.createUndoAction(self, self.tr("Отменить"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.model.undo_stack.createRedoAction(self, self.tr("Вернуть"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.history_action = QAction(self.tr("История…"), self)
        self.history_action.setObjectName("cellHistoryAction")
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setToolTip(self.tr("Кто, когда и как менял эту клетку"))
        self.history_action.triggered.connect(self.show_history)
        self.view.history_action = self.summary_view.history_action = self.history_action
        for action in (self.undo_action, self.redo_action, self.history_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self.model.status_message.connect(self.show_status)
        self.model.cell_saved.connect(lambda _r, _c: self.pane.refresh_stats())
        self.view.correction_requested.connect(self.request_correction)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.pane.reweighted.connect(self.reload)
        self.pane.saved.connect(lambda _info: self._update_request_button())
        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.period_combo.currentIndexChanged.connect(self._selection_changed)
        self.class_combo.currentIndexChanged.connect(self._class_changed)
        self.subject_combo.currentIndexChanged.connect(self._selection_changed)
        self.splitter.splitterMoved.connect(lambda *_: self._save_splitter())

        self._restore_splitter()
        self._fill_years()
        self._update_pending()

    # --- who may do what ----------------------------------------------------------------------

    def may_request(self) -> bool:
        return bool(self.session.roles & {Role.TEACHER, Role.HOMEROOM})

    # --- status ---------------------------------------------------------------------------------

    def show_status(self, text: str) -> None:
        self.status.setText(text or self.tr(self.KEYS_HINT))
        self.status_message.emit(text)

    # --- the combos -----------------------------------------------------------------------------

    def _fill_years(self) -> None:
        self._loading = True
        self.year_combo.clear()
        today = self.session.today()
        chosen = 0
        for i, (yid, name, start, end) in enumerate(pages.years()):
            self.year_combo.addItem(name, yid)
            if start <= today <= end + dt.timedelta(days=92):
                chosen = i if chosen == 0 else chosen
        self._loading = False
        if self.year_combo.count():
            if self.year_combo.currentIndex() == chosen:
                self._year_changed(chosen)
            else:
                self.year_combo.setCurrentIndex(chosen)
        else:
            self.show_status(self.tr("В журнале ещё нет учебного года."))

    def _year_changed(self, _index: int = 0) -> None:
        if self._loading:
            return
        year_id = self.year_combo.currentData()
        if year_id is None:
            return
        self._loading = True
        try:
            self._periods = pages.periods(int(year_id))
            found = boundary.run(self, pages.assignments_for, self.session.actor, int(year_id))
            self._assignments = found or []
            today = self.session.today()
            self.period_combo.clear()
            chosen = 0
            for i, (pid, name, start, _end, closed) in enumerate(self._periods):
                self.period_combo.addItem(name + (self.tr(" (закрыт)") if closed else ""), pid)
                if start <= today:
                    chosen = i
            self.period_combo.setCurrentIndex(chosen)
            self.class_combo.clear()
            seen: list[str] = []
            for _aid, cname, _subject, _teacher in self._assignments:
                if cname not in seen:
                    seen.append(cname)
            mine = [a for a in self._assignments if self._is_mine(a)]
            self.class_combo.addItems(seen)
            if mine:
                self.class_combo.setCurrentIndex(seen.index(mine[0][1]))
            self._fill_subjects()
        finally:
            self._loading = False
        self.load()

    def _is_mine(self, a: tuple[int, str, str, str]) -> bool:
        return a[3] == self.session.actor.display_name

    def _class_changed(self, _index: int = 0) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self._fill_subjects()
        finally:
            self._loading = False
        self.load()

    def _fill_subjects(self) -> None:
        cname = self.class_combo.currentText()
        self.subject_combo.clear()
        chosen = -1
        for aid, klass, subject, teacher in self._assignments:
            if klass != cname:
                continue
            mine = self._is_mine((aid, klass, subject, teacher))
            self.subject_combo.addItem(subject if mine else f"{subject} ({teacher})", aid)
            if mine and chosen < 0:
                chosen = self.subject_combo.count() - 1
        self.subject_combo.setCurrentIndex(max(chosen, 0))

    def _selection_changed(self, _index: int = 0) -> None:
        if not self._loading:
            self.load()

    # --- the page -------------------------------------------------------------------------------

    def current_assignment(self) -> int | None:
        data = self.subject_combo.currentData()
        return int(data) if data is not None else None

    def current_period(self) -> int | None:
        data = self.period_combo.currentData()
        return int(data) if data is not None else None

    def load(self, *, keep_undo: bool = False) -> JournalPage | None:
        """(Re)load the chosen page: the only full reset of the grid."""
        aid, pid = self.current_assignment(), self.current_period()
        previous = self.model.page
        keep = self.view.currentIndex()
        page: JournalPage | None = None
        if aid is not None and pid is not None:
            page = boundary.run(self, pages.load_page, self.session.actor, aid, pid,
                                today=self.session.today())
        same = (previous is not None and page is not None and previous.info.id == page.info.id
                and previous.period_id == page.period_id)
        if not (same and keep_undo):
            self.model.undo_stack.clear()
        self.model.set_page(page)
        self._show_banner(page)
        if page is not None and self.model.rowCount() and self.model.columnCount():
            if same and keep.isValid() and keep.row() < self.model.rowCount() \
                    and keep.column() < self.model.columnCount():
                target = self.model.index(keep.row(), keep.column())
            else:
                target = self.model.index(0, self._default_column(page))
            self.view.setCurrentIndex(target)
            self.view.scroll_to_current()
        else:
            self.pane.show_column(page, None)
        self._update_request_button()
        return page

    def reload(self) -> None:
        self.load(keep_undo=True)

    def refresh(self) -> None:
        """Shown again (MainWindow): pick up changes made elsewhere."""
        if self.model.page is not None:
            self.reload()
        self._update_pending()

    def _default_column(self, page: JournalPage) -> int:
        today = self.session.today()
        best = 0
        for i, col in enumerate(page.columns):
            if col.date <= today:
                best = i
        return best

    def _show_banner(self, page: JournalPage | None) -> None:
        text = ""
        writable = [c for c in page.columns if c.can_edit_marks or c.can_edit_attendance
                    or c.can_edit_lesson] if page is not None else []
        if page is not None and page.readonly_reason and writable:
            # a substitute's page: the substitution lessons are filled in, the rest is the teacher's
            text = self.tr("Вы ведёте на этой странице только уроки замены (%s): заполняются только они, "
                           "остальные уроки и отметки за период — только просмотр.") \
                % ", ".join(f"{c.date:%d.%m}" for c in writable)
        elif page is not None and page.readonly_reason:
            # why the page is shut: the lock of its own lessons (a closed period…) says who opens it;
            # «you substitute here only» with «the subject teacher unlocks it» made no sense
            own = next((c for c in page.columns if c.substituted and c.lock), None)
            first = page.columns[0] if page.columns else None
            source = own or (first if first is not None and first.lock == page.readonly_reason else None)
            text = self.tr("Только просмотр: %s") % (source.lock if source is not None else page.readonly_reason)
            if source is not None and source.who_unlocks:
                text += " " + self.tr("Разблокировать может: %s.") % source.who_unlocks
            elif source is None and page.columns and not any(c.substituted for c in page.columns):
                text += " " + self.tr("В этом периоде таких уроков нет.")
        elif page is not None and not page.info.marks_allowed:
            text = self.tr("В %s отметки не выставляются: ведутся посещаемость и темы уроков.") \
                % page.info.class_name
        elif page is not None and page.columns and not any(c.can_edit_marks for c in page.columns):
            text = self.tr("Отметки и темы уроков на этой странице ведёт учитель (%s); вам доступно "
                           "только исправление посещаемости с указанием причины.") \
                % self.subject_combo.currentText().partition("(")[2].rstrip(")")
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        page = self.model.page
        if page is None or not current.isValid():
            self.pane.show_column(page, None)
            return
        col = self.model.lesson_column(current.column())
        if col is not None and (self.pane._col is not col):
            self.pane.show_column(page, col)
        lock = self.model.lock_text(current.row(), current.column())
        self.show_status(lock if lock and self.model.column_kind(current.column())
                         in (KIND_LESSON, KIND_PERIOD) else "")
        self._update_request_button()

    def _header_clicked(self, section: int) -> None:
        col = self.model.lesson_column(section)
        if col is not None:
            self.pane.show_column(self.model.page, col)

    def _update_request_button(self) -> None:
        index = self.view.currentIndex()
        ok = index.isValid() and self.model.column_kind(index.column()) == KIND_LESSON and (
            not self.model.marks_allowed_at(index.row(), index.column())
            or bool(self.model.lock_text(index.row(), index.column())))
        self.request_button.setEnabled(bool(ok))

    def _update_pending(self) -> None:
        if not self.resolve_button.isVisible() and not self.session.may(Action.RESOLVE_CORRECTION):
            return
        count = boundary.run(self, corrections.pending_count, self.session.actor) or 0
        self.resolve_button.setText(self.tr("Запросы на исправление (%d)") % count if count
                                    else self.tr("Запросы на исправление"))

    # --- opening a lesson from elsewhere --------------------------------------------------------------

    def open_lesson(self, assignment_id: int, date: dt.date, number: int) -> bool:
        """Select year, period, class and subject of the lesson and put the cursor on its column."""
        for i in range(self.year_combo.count()):
            yid = int(self.year_combo.itemData(i))
            found = pages.assignments_for(self.session.actor, yid)
            match = next((a for a in found if a[0] == assignment_id), None)
            if match is None:
                continue
            self._loading = True
            try:
                if self.year_combo.currentIndex() != i:
                    self.year_combo.setCurrentIndex(i)
                    self._loading = False
                    self._year_changed(i)
                    self._loading = True
                for p, (_pid, _name, start, end, _closed) in enumerate(self._periods):
                    if start <= date <= end:
                        self.period_combo.setCurrentIndex(p)
                self.class_combo.setCurrentIndex(self.class_combo.findText(match[1]))
                self._fill_subjects()
                self.subject_combo.setCurrentIndex(self.subject_combo.findData(assignment_id))
            finally:
                self._loading = False
            self.load()
            col = self.model.column_of(date, number)
            if col is None:
                self.show_status(self.tr("Урока %s (%d-й) нет на этой странице журнала.")
                                 % (format_date_ru(date), number))
                return False
            self.view.setCurrentIndex(self.model.index(0, col))
            self.view.scroll_to_current()
            self.pane.show_column(self.model.page, self.model.lesson_column(col))
            self.view.setFocus()
            return True
        self.show_status(self.tr("Эта страница журнала вам недоступна."))
        return False

    # --- correction requests ----------------------------------------------------------------------

    def request_correction(self) -> None:
        page = self.model.page
        index = self.view.currentIndex()
        if page is None or not index.isValid():
            return
        r, c = index.row(), index.column()
        col = self.model.lesson_column(c)
        if col is None:
            self.show_status(self.tr("Запрос на исправление делается по клетке урока."))
            return
        row = page.rows[r]
        where = self.tr("%s — %s, %s, %d-й урок") % (row.short_name, page.info.where,
                                                     format_date_ru(col.date), col.number)
        dialog = CorrectionRequestDialog(where, self.model.cell_text(r, c),
                                         self.model.lock_text(r, c), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            sent = boundary.run(dialog, corrections.request, self.session.actor, page.info.id,
                                col.date, col.number, row.student_id, dialog.wanted.text(),
                                dialog.reason.toPlainText(), today=self.session.today())
            if sent is not None:
                self.show_status(self.tr("Запрос на исправление №%d отправлен заместителю "
                                         "директора и администратору ЭЖ.") % sent)
                break

    # --- a cell's history -------------------------------------------------------------------------

    def show_history(self) -> None:
        """«История…» (Ctrl+H): every change of the current lesson cell, from the audit trail."""
        from ejournal_desktop.ui.audit_tab import CellHistoryDialog

        page = self.model.page
        index = self.view.currentIndex()
        if page is None or not index.isValid():
            return
        r, c = index.row(), index.column()
        col = self.model.lesson_column(c)
        if col is None:
            self.show_status(self.tr("История показывается по клетке урока."))
            return
        row = page.rows[r]
        lesson_id = page.cell(r, c).lesson_id
        if lesson_id is None:
            self.show_status(self.tr("В этой клетке ещё ничего не записывали."))
            return
        where = self.tr("%s — %s, %s, %d-й урок") % (row.short_name, page.info.where,
                                                     format_date_ru(col.date), col.number)
        dialog = CellHistoryDialog(self.session, lesson_id, row.student_id, self, where=where)
        if dialog.loaded:
            dialog.exec()

    def show_corrections(self, *, mine: bool) -> None:
        dialog = CorrectionsDialog(self.session, self, mine=mine)
        dialog.resolved.connect(self._correction_resolved)
        dialog.exec()
        self._update_pending()

    def _correction_resolved(self, assignment_id: int) -> None:
        if self.current_assignment() == assignment_id:
            self.reload()

    # --- remembered layout --------------------------------------------------------------------------

    def _save_splitter(self) -> None:
        settings = _settings()
        settings.setValue(f"{SETTINGS_GROUP}/splitter", self.splitter.saveState())

    def _restore_splitter(self) -> None:
        state = _settings().value(f"{SETTINGS_GROUP}/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def sizeHint(self) -> QSize:
        return QSize(1200, 700)
