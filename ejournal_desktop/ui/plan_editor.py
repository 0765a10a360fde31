"""«КТП»: a teacher's thematic plans for own assignments.

Pick an assignment (5А — Математика); its plan (the one of its subject and
level, shared by the classes of the level, or the one it adopted) is shown as a
table of topics: №, раздел, тема, часы, дата по плану, проведено.  Cells are
edited in place and saved at once through the services; topics are added,
removed and moved; «Принять для нагрузки» adopts the plan for the assignment;
«Даты по расписанию» fills planned dates from the timetable.  Programme
fulfilment (planned vs held hours) is shown under the table.  The
administration sees every plan, read-only (EDIT_PLANS is the teacher's).
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.services import plans
from ejournal_desktop.services.errors import ConflictError
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.session import Session
from ejournal_desktop.ui.year_combo import YearCombo

USER = Qt.ItemDataRole.UserRole
GREEN = QBrush(QColor("#1e7b34"))
GREY = QBrush(QColor("#8a8a8a"))
NUM, SECTION, TITLE, HOURS, DATE, HELD = range(6)


def parse_date_ru(text: str) -> dt.date | None:
    """«12.09.2025» or «12.09» (the year guessed from the school year by the caller); "" → None."""
    text = text.strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    if m is None:
        raise ValueError(text)
    return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))


class PlanEditor(QWidget):
    refresh_on_show = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planEditor")
        self.session = session
        self.rows: list[plans.AssignmentPlan] = []
        self.topics: list[plans.TopicRow] = []
        self.info: plans.PlanInfo | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Учебный год:"), self))
        self.year_combo = YearCombo(self)
        top.addWidget(self.year_combo)
        top.addWidget(QLabel(self.tr("Нагрузка:"), self))
        self.assignment_combo = QComboBox(self)
        self.assignment_combo.setObjectName("assignmentCombo")
        self.assignment_combo.setMinimumWidth(280)
        top.addWidget(self.assignment_combo, 1)
        self.refresh_button = QPushButton(self.tr("Обновить"), self)
        self.refresh_button.setObjectName("refreshButton")
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        self.plan_label = QLabel(self)
        self.plan_label.setObjectName("planLabel")
        font = QFont(self.plan_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.plan_label.setFont(font)
        self.plan_label.setWordWrap(True)
        layout.addWidget(self.plan_label)

        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Создать КТП параллели"), self)
        self.create_button.setObjectName("createPlanButton")
        self.adopt_button = QPushButton(self.tr("Принять для нагрузки"), self)
        self.adopt_button.setObjectName("adoptButton")
        self.add_button = QPushButton(self.tr("Добавить тему"), self)
        self.add_button.setObjectName("addTopicButton")
        self.remove_button = QPushButton(self.tr("Удалить тему"), self)
        self.remove_button.setObjectName("removeTopicButton")
        self.up_button = QPushButton(self.tr("Выше"), self)
        self.up_button.setObjectName("upButton")
        self.down_button = QPushButton(self.tr("Ниже"), self)
        self.down_button.setObjectName("downButton")
        self.dates_button = QPushButton(self.tr("Даты по расписанию"), self)
        self.dates_button.setObjectName("fillDatesButton")
        for b in (self.create_button, self.adopt_button, self.add_button, self.remove_button, self.up_button,
                  self.down_button, self.dates_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("topicsTable")
        self.table.setHorizontalHeaderLabels([self.tr("№"), self.tr("Раздел"), self.tr("Тема урока"),
                                              self.tr("Часы"), self.tr("Дата по плану"), self.tr("Проведено")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setObjectName("topicsHeader")
        for col, width in ((NUM, 40), (SECTION, 200), (HOURS, 50), (DATE, 110), (HELD, 100)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.fulfilment_label = QLabel(self)
        self.fulfilment_label.setObjectName("fulfilmentLabel")
        layout.addWidget(self.fulfilment_label)
        hint = QLabel(self.tr("Один КТП на предмет и параллель: его используют все классы параллели. Ячейки "
                              "редактируются в таблице и сохраняются сразу; дата — в виде «15.09.2025»."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        layout.addWidget(hint)

        self.year_combo.currentIndexChanged.connect(self.load_assignments)
        self.assignment_combo.currentIndexChanged.connect(self.load_plan)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.itemChanged.connect(self._cell_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.create_button.clicked.connect(self.create_plan)
        self.adopt_button.clicked.connect(self.adopt)
        self.add_button.clicked.connect(self.add_topic)
        self.remove_button.clicked.connect(self.remove_topic)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.dates_button.clicked.connect(self.fill_dates)
        self.load_years()

    # --- loading ---------------------------------------------------------------------------------

    def load_years(self) -> None:
        self.year_combo.load(self.session.today())
        self.load_assignments()

    def refresh(self) -> None:
        keep = self.current()
        self.load_assignments()
        if keep is not None:
            self.select_assignment(keep.assignment_id)

    def load_assignments(self) -> None:
        year = self.year_combo.currentData()
        self.rows = [] if year is None else (boundary.run(self, plans.assignments, self.session.actor, int(year))
                                             or [])
        self.assignment_combo.blockSignals(True)
        self.assignment_combo.clear()
        for a in self.rows:
            text = a.title if a.may_edit else f"{a.title} · {a.teacher}"
            self.assignment_combo.addItem(text, a.assignment_id)
        # a homeroom teacher sees the plans of the whole class: open on the first one of their own
        # (5А's English of a colleague, read-only, was what a maths teacher met first)
        own = next((i for i, a in enumerate(self.rows) if a.may_edit), 0)
        self.assignment_combo.setCurrentIndex(own if self.rows else -1)
        self.assignment_combo.blockSignals(False)
        self.load_plan()

    def current(self) -> plans.AssignmentPlan | None:
        i = self.assignment_combo.currentIndex()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def select_assignment(self, assignment_id: int) -> None:
        i = self.assignment_combo.findData(assignment_id)
        if i >= 0:
            self.assignment_combo.setCurrentIndex(i)

    def load_plan(self) -> None:
        a = self.current()
        self.info = None
        self.topics = []
        if a is None:
            self.plan_label.setText(self.tr("Нет учебной нагрузки, КТП которой вам доступны."))
        elif a.plan_id is None:
            self.plan_label.setText(self.tr("Для «%s» (%s класс) КТП ещё нет: создайте его — он будет общим для "
                                            "всех классов параллели.") % (a.subject, a.level or ""))
        else:
            self.info = boundary.run(self, plans.plan_info, self.session.actor, a.plan_id)
            self.topics = boundary.run(self, plans.topics, self.session.actor, a.plan_id,
                                       assignment_id=a.assignment_id) or []
            if self.info is not None:
                adopted = (self.tr("принят для нагрузки") if a.adopted_plan_id == a.plan_id
                           else self.tr("КТП параллели"))
                self.plan_label.setText(self.tr("%s — тем: %d, часов: %d (%s)")
                                        % (self.info.title, self.info.topics, self.info.hours, adopted))
        self._fill()
        self._show_fulfilment()
        self._update_buttons()

    def _fill(self) -> None:
        self._filling = True
        editable = self.editable()
        self.table.setRowCount(len(self.topics))
        flags_ro = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for i, t in enumerate(self.topics):
            held = format_date_ru(t.held_on) if t.held_on else ""
            texts = (str(t.number), t.section, t.title, str(t.hours),
                     format_date_ru(t.planned_date) if t.planned_date else "", held)
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(USER, t.topic_id)
                if col in (NUM, HOURS, DATE, HELD):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if col in (NUM, HELD) or not editable:
                    item.setFlags(flags_ro)
                if col == HELD:
                    item.setForeground(GREEN)
                if col == TITLE:
                    item.setToolTip(t.title)
                self.table.setItem(i, col, item)
        self._filling = False

    def _show_fulfilment(self) -> None:
        a = self.current()
        if a is None:
            self.fulfilment_label.clear()
            return
        f = boundary.run(self, plans.fulfilment, self.session.actor, a.assignment_id, self.session.today())
        self.fulfilment_label.setText(self.tr("Выполнение программы: ") + f.text() if f else "")

    def editable(self) -> bool:
        a = self.current()
        return bool(a is not None and a.may_edit and self.info is not None)

    def _update_buttons(self) -> None:
        a = self.current()
        edit = self.editable()
        row = self.selected_row()
        self.create_button.setEnabled(bool(a is not None and a.may_edit and a.plan_id is None))
        self.adopt_button.setEnabled(bool(edit and a is not None and a.adopted_plan_id != a.plan_id))
        self.add_button.setEnabled(edit)
        self.dates_button.setEnabled(edit and bool(self.topics))
        self.remove_button.setEnabled(edit and row is not None)
        self.up_button.setEnabled(edit and row is not None and row > 0)
        self.down_button.setEnabled(edit and row is not None and row < len(self.topics) - 1)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    # --- editing -----------------------------------------------------------------------------------

    def _version(self) -> int | None:
        return None if self.info is None else self.info.version

    def _reload(self, select_topic: int | None = None) -> None:
        self.load_plan()
        if select_topic is not None:
            for i, t in enumerate(self.topics):
                if t.topic_id == select_topic:
                    self.table.selectRow(i)

    def _conflict(self, exc: ConflictError) -> None:
        boundary.show_error(self, self.tr("Данные изменены другим пользователем"), exc.message)
        self._reload()

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row, col = item.row(), item.column()
        if not 0 <= row < len(self.topics):
            return
        t = self.topics[row]
        title, section, hours, planned = t.title, t.section, t.hours, t.planned_date
        text = item.text().strip()
        try:
            if col == TITLE:
                title = text
            elif col == SECTION:
                section = text
            elif col == HOURS:
                hours = int(text)
            elif col == DATE:
                planned = parse_date_ru(text)
            else:
                return
        except ValueError:
            boundary.show_error(self, self.tr("Неверные данные"),
                                self.tr("«%s» — не число часов.") % text if col == HOURS
                                else self.tr("Дата «%s» не распознана: пишите «15.09.2025».") % text)
            self._reload(t.topic_id)
            return
        boundary.run(self, plans.update_topic, self.session.actor, t.topic_id, self._version(), title=title,
                     hours=hours, planned_date=planned, section=section, on_conflict=self._conflict)
        self._reload(t.topic_id)

    def create_plan(self) -> None:
        a = self.current()
        if a is None:
            return
        pid = boundary.run(self, plans.create_plan, self.session.actor, int(self.year_combo.currentData()),
                           a.subject_id, a.level)
        if pid is not None:
            self.refresh()

    def adopt(self) -> None:
        a = self.current()
        if a is None or a.plan_id is None:
            return
        boundary.run(self, lambda: plans.adopt_plan(self.session.actor, a.assignment_id, a.plan_id) or True)
        self.refresh()

    def add_topic(self, title: str | None = None) -> None:
        if self.info is None:
            return
        if not isinstance(title, str):
            title, ok = QInputDialog.getText(self, self.tr("Новая тема"), self.tr("Тема урока:"))
            if not ok or not title.strip():
                return
        row = self.selected_row()
        section = self.topics[row].section if row is not None else (self.topics[-1].section if self.topics else "")
        tid = boundary.run(self, plans.add_topic, self.session.actor, self.info.plan_id, self._version(),
                           title=title, section=section, position=None if row is None else row + 2,
                           on_conflict=self._conflict)
        self._reload(tid)

    def remove_topic(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        boundary.run(self, plans.remove_topic, self.session.actor, self.topics[row].topic_id, self._version(),
                     on_conflict=self._conflict)
        self._reload()

    def move(self, delta: int) -> None:
        row = self.selected_row()
        if row is None:
            return
        t = self.topics[row]
        boundary.run(self, plans.move_topic, self.session.actor, t.topic_id, self._version(), t.number + delta,
                     on_conflict=self._conflict)
        self._reload(t.topic_id)

    def fill_dates(self) -> None:
        a = self.current()
        if a is None or self.info is None:
            return
        boundary.run(self, plans.fill_dates, self.session.actor, self.info.plan_id, self._version(),
                     a.assignment_id, on_conflict=self._conflict)
        self._reload()
