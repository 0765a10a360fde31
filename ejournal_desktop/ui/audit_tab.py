"""The «Аудит» tab and a grid cell's «История…» (issue 8).

Both only read the trail through :mod:`ejournal_desktop.services.audit_view`,
which decides what the person may see (everything for the administration, the
own class for a homeroom teacher, own entries for a teacher).  The filters
offered here stay inside that scope; a refusal still comes through the error
boundary as one Russian message.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.i18n import noop, tr
from ejournal_desktop.services import audit_view
from ejournal_desktop.services.access import standing
from ejournal_desktop.services.audit_view import AuditRow
from ejournal_desktop.services.permissions import Role
from ejournal_desktop.store.models import AcademicYear, Assignment, SchoolClass, Subject, User
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.session import Session

PAGE = 200  # rows fetched at first and added by «Показать ещё»

Index = QModelIndex | QPersistentModelIndex

# columns of the «Аудит» table and of a cell's history
COL_WHEN, COL_WHO, COL_WHAT, COL_CLASS, COL_SUBJECT, COL_STUDENT, COL_CHANGE, COL_REASON = range(8)
AUDIT_COLUMNS = (COL_WHEN, COL_WHO, COL_WHAT, COL_CLASS, COL_SUBJECT, COL_STUDENT, COL_CHANGE, COL_REASON)
HISTORY_COLUMNS = (COL_WHEN, COL_WHO, COL_WHAT, COL_CHANGE, COL_REASON)


# kinds and verbs of actions without a title of their own in services.audit_view
EXTRA_KINDS = {"bell": noop("AuditModel", "Звонки"), "holiday": noop("AuditModel", "Каникулы"),
               "group": noop("AuditModel", "Группы"), "subgroup": noop("AuditModel", "Подгруппы"),
               "plan": noop("AuditModel", "КТП"), "work_kind": noop("AuditModel", "Виды работ")}
_ADDED, _CHANGED, _DELETED = (noop("AuditModel", "добавление"), noop("AuditModel", "изменение"),
                              noop("AuditModel", "удаление"))
VERBS = {"create": _ADDED, "add": _ADDED, "update": _CHANGED, "change": _CHANGED, "set": _CHANGED,
         "delete": _DELETED, "remove": _DELETED, "clear": _DELETED, "end": noop("AuditModel", "окончание действия")}


def _when(at: dt.datetime) -> str:
    return at.strftime("%d.%m.%Y %H:%M:%S")


def _change(row: AuditRow) -> str:
    return row.change if (row.old or row.new) else ""


class AuditModel(QAbstractTableModel):
    """Rows of the audit trail; which columns is chosen by the view that shows them."""

    def __init__(self, columns: tuple[int, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.entries: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.entries = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def _title(self, column: int) -> str:
        return {
            COL_WHEN: self.tr("Когда"),
            COL_WHO: self.tr("Кто"),
            COL_WHAT: self.tr("Что сделано"),
            COL_CLASS: self.tr("Класс"),
            COL_SUBJECT: self.tr("Предмет"),
            COL_STUDENT: self.tr("Учащийся"),
            COL_CHANGE: self.tr("Было → стало"),
            COL_REASON: self.tr("Причина"),
        }[column]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return self._title(self.columns[section])
        return None

    def what(self, row: AuditRow) -> str:
        text = row.action_title
        if text == row.action:  # an action the service has no words for: its kind and a verb
            kind, _, verb = row.action.partition(".")
            # the services' titles are translated in their context «Audit», the rest here
            title = (tr("Audit", audit_view.KIND_TITLES[kind]) if kind in audit_view.KIND_TITLES
                     else tr("AuditModel", EXTRA_KINDS[kind]) if kind in EXTRA_KINDS else "")
            if title:
                text = self.tr("%s: %s") % (title, tr("AuditModel", VERBS.get(verb, _CHANGED)))
        if row.lesson_date is not None and COL_CLASS in self.columns:
            lesson = format_date_ru(row.lesson_date)
            if row.lesson_number is not None:
                lesson = self.tr("%s, %d-й урок") % (lesson, row.lesson_number)
            text = f"{text} ({lesson})"
        return text

    def text(self, row: AuditRow, column: int) -> str:
        if column == COL_WHEN:
            return _when(row.at)
        if column == COL_WHO:
            return row.user_name
        if column == COL_WHAT:
            return self.what(row)
        if column == COL_CLASS:
            return row.class_name
        if column == COL_SUBJECT:
            return row.subject_name
        if column == COL_STUDENT:
            return row.student_name
        if column == COL_CHANGE:
            return _change(row)
        return row.reason

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.text(row, self.columns[index.column()])
            if role == Qt.ItemDataRole.ToolTipRole:
                return text or None
            return text
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _table(model: AuditModel, parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setObjectName(name + "Header")
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def _fit_columns(view: QTableView, model: AuditModel, *, maximum: int = 360) -> None:
    """Widths from the contents, but never a column wider than ``maximum``."""
    view.resizeColumnsToContents()
    for section in range(model.columnCount() - 1):
        if view.columnWidth(section) > maximum:
            view.setColumnWidth(section, maximum)


# --- a cell's history ---------------------------------------------------------------------------


class CellHistoryDialog(QDialog):
    """«История клетки»: every change of one student's cell at one lesson, oldest first."""

    def __init__(self, session: Session, lesson_id: int, student_id: int,
                 parent: QWidget | None = None, *, where: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("cellHistoryDialog")
        self.setWindowTitle(self.tr("История клетки"))
        self.session = session
        self.model = AuditModel(HISTORY_COLUMNS, self)
        rows = boundary.run(parent, audit_view.cell_history, session.actor, lesson_id, student_id)
        self.loaded = rows is not None
        self.model.set_rows(rows or [])

        self.heading = QLabel(where, self)
        self.heading.setObjectName("cellHistoryWhere")
        self.heading.setWordWrap(True)
        self.heading.setVisible(bool(where))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.view = _table(self.model, self, "cellHistoryTable")
        self.empty = QLabel(self.tr("Изменений этой клетки в журнале аудита нет."), self)
        self.empty.setObjectName("cellHistoryEmpty")
        self.empty.setVisible(not self.model.entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Закрыть"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        _fit_columns(self.view, self.model)
        self.resize(900, 360)

    def lines(self) -> list[str]:
        """The rows as the person reads them (tests, copying)."""
        return [" | ".join(self.model.text(r, c) for c in HISTORY_COLUMNS) for r in self.model.entries]


# --- the «Аудит» tab -----------------------------------------------------------------------------


def _short(surname: object, name: object, patronymic: object) -> str:
    initials = "".join(f"{p[0]}." for p in (str(name or ""), str(patronymic or "")) if p)
    return f"{surname or ''} {initials}".strip()


def _class_name(level: object, letter: object, title: object, extra: object) -> str:
    if extra or level is None:
        return str(title or "")
    return f"{level}{letter or ''}"


class AuditTab(QWidget):
    """Filters on top (person, class, subject, dates, kind of change), the trail below, newest first."""

    refresh_on_show = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditTab")
        self.session = session
        self.limit = PAGE
        self._filling = False
        self.model = AuditModel(AUDIT_COLUMNS, self)

        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("auditPersonCombo")
        self.person_combo.setMinimumContentsLength(16)
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("auditClassCombo")
        self.class_combo.setMinimumContentsLength(12)
        self.subject_combo = QComboBox(self)
        self.subject_combo.setObjectName("auditSubjectCombo")
        self.subject_combo.setMinimumContentsLength(18)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("auditKindCombo")
        self.kind_combo.setMinimumContentsLength(24)
        for combo in (self.person_combo, self.class_combo, self.subject_combo, self.kind_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        today = session.today()
        self.from_check = QCheckBox(self.tr("с"), self)
        self.from_check.setObjectName("auditFromCheck")
        self.from_edit = QDateEdit(QDate(today.year, today.month, 1), self)
        self.from_edit.setObjectName("auditFromDate")
        self.to_check = QCheckBox(self.tr("по"), self)
        self.to_check.setObjectName("auditToCheck")
        self.to_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.to_edit.setObjectName("auditToDate")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setEnabled(False)
        self.reset_button = QPushButton(self.tr("Сбросить фильтры"), self)
        self.reset_button.setObjectName("auditResetButton")
        self.refresh_button = QPushButton(self.tr("Обновить"), self)
        self.refresh_button.setObjectName("auditRefreshButton")

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Кто:"), self), 0, 0)
        filters.addWidget(self.person_combo, 0, 1)
        filters.addWidget(QLabel(self.tr("Класс:"), self), 0, 2)
        filters.addWidget(self.class_combo, 0, 3)
        filters.addWidget(QLabel(self.tr("Предмет:"), self), 0, 4)
        filters.addWidget(self.subject_combo, 0, 5)
        filters.addWidget(QLabel(self.tr("Что изменено:"), self), 1, 0)
        filters.addWidget(self.kind_combo, 1, 1, 1, 3)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("Даты:"), self))
        dates.addWidget(self.from_check)
        dates.addWidget(self.from_edit)
        dates.addWidget(self.to_check)
        dates.addWidget(self.to_edit)
        filters.addLayout(dates, 1, 4, 1, 2)
        filters.setColumnStretch(6, 1)
        # the buttons one above the other: side by side they made the tab wider than a 1024-px screen
        buttons = QVBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.reset_button)
        filters.addLayout(buttons, 0, 7, 2, 1)

        self.scope_label = QLabel(self._scope_text(), self)
        self.scope_label.setObjectName("auditScope")
        self.scope_label.setWordWrap(True)
        self.scope_label.setStyleSheet("color: #5f6368;")

        self.view = _table(self.model, self, "auditTable")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("auditCount")
        self.more_button = QPushButton(self.tr("Показать ещё"), self)
        self.more_button.setObjectName("auditMoreButton")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self._fill_filters()
        for combo in (self.person_combo, self.class_combo, self.subject_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self._filters_changed)
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._filters_changed)
            edit.dateChanged.connect(self._dates_changed)
        self.refresh_button.clicked.connect(self.reload)
        self.reset_button.clicked.connect(self.reset_filters)
        self.more_button.clicked.connect(self.show_more)
        self.reload()

    # --- what this person may filter by -----------------------------------------------------------

    def _scope(self) -> tuple[bool, frozenset[int], bool]:
        """(everything, own homeroom classes, own entries) as the service will apply them."""
        roles = self.session.roles
        if self.session.sees_whole_school:
            return True, frozenset(), False
        classes = standing(self.session.actor).homeroom_class_ids if Role.HOMEROOM in roles else frozenset()
        return False, classes, Role.TEACHER in roles

    def _scope_text(self) -> str:
        everything, classes, own = self._scope()
        if everything:
            return self.tr("Показаны все записи журнала аудита школы, сначала новые.")
        if classes and own:
            return self.tr("Показаны записи о вашем классе и ваши собственные действия, сначала новые.")
        if classes:
            return self.tr("Показаны записи о вашем классе, сначала новые.")
        return self.tr("Показаны ваши собственные действия, сначала новые.")

    def _fill_filters(self) -> None:
        everything, own_classes, own_entries = self._scope()
        me = self.session.actor.user_id
        self._filling = True
        try:
            self.person_combo.clear()
            if everything or own_classes:
                self.person_combo.addItem(self.tr("Все"), None)
                rows = (User.select(User.id, User.surname, User.name, User.patronymic)
                        .order_by(User.surname, User.name, User.patronymic).tuples())
                for uid, surname, name, patronymic in rows:
                    self.person_combo.addItem(_short(surname, name, patronymic), int(uid))
            else:
                self.person_combo.addItem(self.session.actor.display_name, me)
                self.person_combo.setEnabled(False)

            self.class_combo.clear()
            self.class_combo.addItem(self.tr("Все"), None)
            query = (SchoolClass.select(SchoolClass.id, SchoolClass.level, SchoolClass.letter,
                                        SchoolClass.title, SchoolClass.extracurricular, AcademicYear.name)
                     .join(AcademicYear)
                     .order_by(AcademicYear.start.desc(), SchoolClass.extracurricular, SchoolClass.level,
                               SchoolClass.letter, SchoolClass.title))
            if not everything:
                ids = set(own_classes)
                if own_entries:
                    ids |= {int(c) for (c,) in Assignment.select(Assignment.school_class)
                            .where(Assignment.teacher == me).tuples()}
                query = query.where(SchoolClass.id.in_(sorted(ids)))
            rows = list(query.tuples())
            several_years = len({r[5] for r in rows}) > 1
            for cid, level, letter, title, extra, year in rows:
                name = _class_name(level, letter, title, extra)
                self.class_combo.addItem(f"{name} ({year})" if several_years else name, int(cid))

            self.subject_combo.clear()
            self.subject_combo.addItem(self.tr("Все"), None)
            for sid, name in Subject.select(Subject.id, Subject.name).order_by(Subject.name).tuples():
                self.subject_combo.addItem(str(name), int(sid))

            self.kind_combo.clear()
            self.kind_combo.addItem(self.tr("Все изменения"), None)
            for key, title in audit_view.kinds():
                self.kind_combo.addItem(title, key)
        finally:
            self._filling = False

    # --- filters --------------------------------------------------------------------------------------

    @staticmethod
    def _date(edit: QDateEdit) -> dt.date:
        d = edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def filters(self) -> dict[str, Any]:
        """The keyword arguments of ``audit_entries`` the filters make."""
        return {
            "user_id": self.person_combo.currentData() if self.person_combo.isEnabled() else None,
            "class_id": self.class_combo.currentData(),
            "subject_id": self.subject_combo.currentData(),
            "date_from": self._date(self.from_edit) if self.from_check.isChecked() else None,
            "date_to": self._date(self.to_edit) if self.to_check.isChecked() else None,
            "kind": self.kind_combo.currentData(),
        }

    def select(self, combo: QComboBox, key: object) -> None:
        """Choose the item whose data is ``key`` (tests and other tabs)."""
        index = combo.findData(key)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _filters_changed(self, *_args: object) -> None:
        if not self._filling:
            self.limit = PAGE
            self.reload()

    def _dates_changed(self, *_args: object) -> None:
        if self.from_check.isChecked() or self.to_check.isChecked():
            self._filters_changed()

    def reset_filters(self) -> None:
        self._filling = True
        try:
            for combo in (self.person_combo, self.class_combo, self.subject_combo, self.kind_combo):
                combo.setCurrentIndex(0)
            self.from_check.setChecked(False)
            self.to_check.setChecked(False)
        finally:
            self._filling = False
        self.limit = PAGE
        self.reload()

    # --- the rows ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        rows = boundary.run(self, audit_view.audit_entries, self.session.actor,
                            limit=self.limit, **self.filters())
        self.model.set_rows(rows or [])
        shown = len(self.model.entries)
        self.more_button.setEnabled(rows is not None and shown >= self.limit
                                    and self.limit < audit_view.MAX_LIMIT)
        if not shown:
            self.count_label.setText(self.tr("Записей нет."))
        elif shown >= self.limit:
            self.count_label.setText(self.tr("Показаны последние %d записей.") % shown)
        else:
            self.count_label.setText(self.tr("Записей: %d.") % shown)
        _fit_columns(self.view, self.model)

    def show_more(self) -> None:
        self.limit = min(self.limit + PAGE, audit_view.MAX_LIMIT)
        self.reload()

    def refresh(self) -> None:
        """Called by the main window when the tab is shown again."""
        self.reload()
