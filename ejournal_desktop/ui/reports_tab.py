"""«Отчёты»: pick a report, a class or the whole school, a period or dates; see the table and a chart;
save as Excel or PDF.

The report is computed by services.reports (which checks the permission
table); this tab only shows the result: one page per table of the report, the
totals row in bold, the notes with the denominators under it, and a bar chart
(QtCharts is not part of PySide6-Essentials, so :class:`BarChart` paints it).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.i18n import decimal_point, decimal_text
from ejournal_desktop.services.reports import (
    REGISTRY,
    Chart,
    Kind,
    Param,
    ReportParams,
    ReportResult,
    ReportTable,
    format_value,
    get_report,
    lookup,
)
from ejournal_desktop.services.reports.base import CENTRED_KINDS
from ejournal_desktop.services.reports.context import default_period
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.roles import ALIGNMENT, BACKGROUND, DISPLAY, FONT, TOOLTIP, USER
from ejournal_desktop.ui.session import Session

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
TOTALS_BG = QBrush(QColor("#eef1f5"))
SERIES_COLOURS = ("#3b6ea5", "#e39b3b", "#6aa84f", "#a64d79")
WHOLE_SCHOOL = -1


def shown_value(value: Any, kind: Kind) -> str:
    """A cell as the report writes it (Russian, as printed and saved) with the interface's decimal separator
    in its numbers: «87,5 %» reads «87.5 %» in English."""
    text = format_value(value, kind)
    if isinstance(value, Decimal) and kind in (Kind.PERCENT, Kind.DECIMAL):
        return text.replace(",", decimal_point())
    return text


class ReportTableModel(QAbstractTableModel):
    """One table of a report: its rows, then the totals row (bold)."""

    def __init__(self, table: ReportTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._rows = [*table.rows, *([table.totals] if table.totals is not None else [])]
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def is_totals(self, row: int) -> bool:
        return self.table.totals is not None and row == len(self._rows) - 1

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        column = self.table.columns[index.column()]
        if role == DISPLAY:
            return shown_value(value, column.kind)
        if role == TOOLTIP and column.kind is Kind.TEXT and value:
            return str(value)
        if role == ALIGNMENT:
            if value is None or column.kind in CENTRED_KINDS:
                return CENTER
            return RIGHT if column.numeric else LEFT
        if role == FONT and self.is_totals(index.row()):
            return self._bold
        if role == BACKGROUND and self.is_totals(index.row()):
            return TOTALS_BG
        if role == USER:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.table.columns):
            if role in (DISPLAY, TOOLTIP):
                return self.table.columns[section].title
        return None


class BarChart(QWidget):
    """Grouped bars: one group per row of the table, one bar per series column, a legend on top."""

    def __init__(self, table: ReportTable, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.chart = chart
        self.setMinimumHeight(230)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        labels_at = table.index(chart.category)
        series_at = [table.index(k) for k in chart.series]
        self.kind = table.columns[series_at[0]].kind
        self.series = [table.columns[i].title for i in series_at]
        self.groups: list[tuple[str, list[float | None]]] = []
        for row in table.rows:
            values = [self._number(row[i]) for i in series_at]
            if any(v is not None for v in values):
                self.groups.append((format_value(row[labels_at], Kind.TEXT), values))

    def _number(self, value: object) -> float | None:
        if isinstance(value, int | Decimal):
            return float(value) * (100.0 if self.kind is Kind.PERCENT else 1.0)
        return None

    @property
    def step(self) -> float:
        """The value between two grid lines: 20 % for shares; 1, 2, 5, 10, 20… for counts; 0.2, 0.5… for means."""
        if self.kind is Kind.PERCENT:
            return 20.0
        biggest = max((v for _, vs in self.groups for v in vs if v is not None), default=0.0)
        wanted = max(biggest, 1e-9) / 5
        scale = 10.0 ** math.floor(math.log10(wanted))
        for nice in (1.0, 2.0, 5.0, 10.0):
            if nice * scale >= wanted:
                step = nice * scale
                break
        if self.kind is Kind.INT:
            step = max(1.0, round(step))
        return step

    @property
    def top(self) -> float:
        return self.step * 5

    def sizeHint(self) -> QSize:
        return QSize(max(420, 90 * len(self.groups) + 120), 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        metrics = p.fontMetrics()
        line = metrics.height()
        title_font = QFont(p.font())
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(self.palette().text().color())
        p.drawText(QRectF(8, 4, self.width() - 16, line + 4), int(Qt.AlignmentFlag.AlignLeft), self.chart.title)
        p.setFont(self.font())
        # legend
        x = 8.0
        y = 8.0 + line + 4
        for i, name in enumerate(self.series):
            p.fillRect(QRectF(x, y + 2, 12, 12), QColor(SERIES_COLOURS[i % len(SERIES_COLOURS)]))
            p.drawText(QPointF(x + 16, y + line - 3), name)
            x += 16 + metrics.horizontalAdvance(name) + 18
        if not self.groups:
            p.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.tr("Нет данных для диаграммы."))
            p.end()
            return
        axis_w = metrics.horizontalAdvance("100 %") + 10
        plot_top = y + line + 10
        plot = QRectF(8 + axis_w, plot_top, self.width() - axis_w - 24, self.height() - plot_top - 2 * line - 8)
        if plot.height() < 40 or plot.width() < 40:
            p.end()
            return
        top = self.top
        grid = QPen(QColor("#d0d4da"))
        grid.setStyle(Qt.PenStyle.DashLine)
        for k in range(6):
            value = top * k / 5
            yy = plot.bottom() - plot.height() * k / 5
            p.setPen(grid)
            p.drawLine(QPointF(plot.left(), yy), QPointF(plot.right(), yy))
            p.setPen(self.palette().text().color())
            text = f"{value:.0f} %" if self.kind is Kind.PERCENT else (
                f"{value:.0f}" if self.step >= 1 else decimal_text(Decimal(f"{value:.1f}")))
            p.drawText(QRectF(4, yy - line / 2, axis_w - 4, line),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        p.setPen(QPen(QColor("#606060")))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        n = len(self.groups)
        group_w = plot.width() / n
        bar_w = min(48.0, group_w * 0.8 / max(1, len(self.series)))
        for g, (label, values) in enumerate(self.groups):
            left = plot.left() + g * group_w + (group_w - bar_w * len(values)) / 2
            for s, value in enumerate(values):
                if value is None:
                    continue
                h = plot.height() * min(value, top) / top
                p.fillRect(QRectF(left + s * bar_w, plot.bottom() - h, bar_w - 2, h),
                           QColor(SERIES_COLOURS[s % len(SERIES_COLOURS)]))
            p.setPen(self.palette().text().color())
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(group_w) - 4)
            p.drawText(QRectF(plot.left() + g * group_w, plot.bottom() + 4, group_w, line),
                       int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), shown)
        p.end()


class TablePage(QWidget):
    """One table of a report: the grid, the notes, the chart."""

    def __init__(self, table: ReportTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.model = ReportTableModel(table, self)
        self.view = QTableView(self)
        self.view.setObjectName("reportTable")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(3 * self.fontMetrics().height() + 8)
        self._limit_widths()
        self.view.resizeRowsToContents()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.notes = QLabel("\n".join(table.notes), self)
        self.notes.setObjectName("reportNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #505a66;")
        self.notes.setVisible(bool(table.notes))
        self.chart: BarChart | None = None
        if table.chart is not None and table.rows:
            self.chart = BarChart(table, table.chart, self)
            self.chart.setObjectName("reportChart")
            # a short table takes the room it needs; the chart the rest (a long one shares by a splitter)
            self.short = self._needed_height() <= 320
            if self.short:
                self._fit_height()
                layout.addWidget(self.view)
                layout.addWidget(self.notes)
                layout.addWidget(self.chart, 1)
            else:
                splitter = QSplitter(Qt.Orientation.Vertical, self)
                splitter.setObjectName("reportChartSplitter")
                top = QWidget(splitter)
                top_layout = QVBoxLayout(top)
                top_layout.setContentsMargins(0, 0, 0, 0)
                top_layout.addWidget(self.view)
                top_layout.addWidget(self.notes)
                splitter.addWidget(top)
                splitter.addWidget(self.chart)
                splitter.setStretchFactor(0, 3)
                splitter.setStretchFactor(1, 2)
                layout.addWidget(splitter)
        else:
            layout.addWidget(self.view)
            layout.addWidget(self.notes)

    short = False  # a short table with a chart: as tall as its rows, the chart takes the rest

    def _needed_height(self) -> int:
        header = self.view.horizontalHeader()
        return (max(header.height(), header.sizeHint().height(), header.minimumHeight())
                + self.view.verticalHeader().length() + self.view.horizontalScrollBar().sizeHint().height()
                + 2 * self.view.frameWidth() + 4)

    def _fit_height(self) -> None:
        if self.short:
            self.view.setFixedHeight(self._needed_height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.view.resizeRowsToContents()
        self._fit_height()

    def _limit_widths(self) -> None:
        """Columns as wide as their content and the longest word of the (wrapped) header; long text capped."""
        fm = self.view.fontMetrics()
        bold = QFont(self.view.font())
        bold.setBold(True)
        fm_bold = QFontMetrics(bold)
        header = self.view.horizontalHeader()
        fm_header = header.fontMetrics()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 6
        most = fm.horizontalAdvance("M" * 26)
        for i, column in enumerate(self.table.columns):
            # a short header stays on one line («С «н/а»» would break at the slash)
            parts = [column.title] if len(column.title) <= 10 else column.title.split()
            words = max((max(fm_header.horizontalAdvance(w), fm_bold.horizontalAdvance(w)) for w in parts),
                        default=0) + margin
            texts = [format_value(row[i], column.kind) for row in self.table.rows]
            content = max((fm.horizontalAdvance(x) for x in texts), default=0)
            if self.table.totals is not None:
                content = max(content, fm_bold.horizontalAdvance(format_value(self.table.totals[i], column.kind)))
            self.view.setColumnWidth(i, max(min(content, most) + 12, words, fm.horizontalAdvance("0000") + 12))


class ReportsTab(QWidget):
    status_message = Signal(str)
    refresh_on_show = False

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result: ReportResult | None = None
        self.pages: list[TablePage] = []
        self._build()
        self._fill_years()
        self._report_changed()

    # --- the form ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("reportsSplitter")
        outer.addWidget(splitter)

        form_box = QWidget(splitter)
        form_box.setMinimumWidth(300)
        side = QVBoxLayout(form_box)
        side.setContentsMargins(4, 4, 8, 4)
        heading = QLabel(self.tr("Отчёт:"), self)
        side.addWidget(heading)
        self.report_box = QListWidget(self)
        self.report_box.setObjectName("reportChoice")
        self.report_box.setWordWrap(True)
        for name, cls in REGISTRY.items():
            item = QListWidgetItem(QCoreApplication.translate("Reports", cls.title))
            item.setData(USER, name)
            item.setToolTip(QCoreApplication.translate("Reports", cls.description))
            self.report_box.addItem(item)
        rows_height = sum(self.report_box.sizeHintForRow(i) for i in range(self.report_box.count()))
        self.report_box.setFixedHeight(rows_height + 2 * self.report_box.frameWidth() + 4)
        self.report_box.setCurrentRow(0)
        self.report_box.currentRowChanged.connect(self._report_changed)
        heading.setBuddy(self.report_box)
        side.addWidget(self.report_box)
        self.description = QLabel(self)
        self.description.setObjectName("reportDescription")
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #505a66;")
        self.description.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        side.addWidget(self.description)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.year_box = QComboBox(self)
        self.year_box.setObjectName("yearChoice")
        self.year_box.currentIndexChanged.connect(self._year_changed)
        form.addRow(self.tr("Учебный год:"), self.year_box)
        self.class_label = QLabel(self.tr("Класс:"), self)
        self.class_box = QComboBox(self)
        self.class_box.setObjectName("classChoice")
        form.addRow(self.class_label, self.class_box)
        self.teacher_label = QLabel(self.tr("Учитель:"), self)
        self.teacher_box = QComboBox(self)
        self.teacher_box.setObjectName("teacherChoice")
        form.addRow(self.teacher_label, self.teacher_box)
        period_head = QWidget(self)
        head_layout = QHBoxLayout(period_head)
        head_layout.setContentsMargins(0, 0, 0, 0)
        self.by_period = QRadioButton(self.tr("Период:"), self)
        self.by_period.setObjectName("byPeriod")
        self.by_period.setChecked(True)
        self.period_label = QLabel(self.tr("Период:"), self)
        head_layout.addWidget(self.by_period)
        head_layout.addWidget(self.period_label)
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("periodChoice")
        self.period_box.currentIndexChanged.connect(self._period_changed)
        form.addRow(period_head, self.period_box)
        self.by_dates = QRadioButton(self.tr("Даты:"), self)
        self.by_dates.setObjectName("byDates")
        self.dates_label = QLabel(self.tr("Даты:"), self)
        dates_head = QWidget(self)
        dates_head_layout = QHBoxLayout(dates_head)
        dates_head_layout.setContentsMargins(0, 0, 0, 0)
        dates_head_layout.addWidget(self.by_dates)
        dates_head_layout.addWidget(self.dates_label)
        dates = QWidget(self)
        dates_layout = QHBoxLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        self.date_from = QDateEdit(self)
        self.date_from.setObjectName("dateFrom")
        self.date_to = QDateEdit(self)
        self.date_to.setObjectName("dateTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        dates_layout.addWidget(self.date_from)
        dates_layout.addWidget(QLabel("—", self))
        dates_layout.addWidget(self.date_to)
        self.dates_head = dates_head
        self.dates_row = dates
        form.addRow(dates_head)
        form.addRow(dates)
        self.by_lessons = QCheckBox(self.tr("Последние уроки:"), self)
        self.by_lessons.setObjectName("byLessons")
        self.lessons_box = QSpinBox(self)
        self.lessons_box.setObjectName("lessonsCount")
        self.lessons_box.setRange(1, 50)
        self.lessons_box.setValue(5)
        self.lessons_box.setToolTip(self.tr("Считать отметки за последние N проведённых уроков каждого предмета"))
        form.addRow(self.by_lessons, self.lessons_box)
        side.addLayout(form)
        self.build_button = QPushButton(self.tr("Построить"), self)
        self.build_button.setObjectName("buildReport")
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)
        side.addWidget(self.build_button)
        self.xlsx_button = QPushButton(self.tr("Сохранить в Excel…"), self)
        self.xlsx_button.setObjectName("saveXlsx")
        self.xlsx_button.clicked.connect(lambda: self.save_xlsx())
        self.pdf_button = QPushButton(self.tr("Сохранить в PDF…"), self)
        self.pdf_button.setObjectName("savePdf")
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        side.addWidget(self.xlsx_button)
        side.addWidget(self.pdf_button)
        side.addStretch(1)
        scroll = QScrollArea(splitter)
        scroll.setWidget(form_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter.addWidget(scroll)

        result_box = QWidget(splitter)
        right = QVBoxLayout(result_box)
        right.setContentsMargins(8, 4, 4, 4)
        self.title = QLabel(self.tr("Выберите отчёт и нажмите «Построить»."), self)
        self.title.setObjectName("reportTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("reportSubtitle")
        self.subtitle.setWordWrap(True)
        self.tables = QTabWidget(self)
        self.tables.setObjectName("reportTables")
        self.tables.setTabBarAutoHide(True)
        self.tables.setDocumentMode(True)
        self.notes = QLabel(self)
        self.notes.setObjectName("reportResultNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #505a66;")
        right.addWidget(self.title)
        right.addWidget(self.subtitle)
        right.addWidget(self.tables, 1)
        right.addWidget(self.notes)
        splitter.addWidget(result_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 950])
        self._set_saving(False)

    def _set_saving(self, enabled: bool) -> None:
        self.xlsx_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)

    @property
    def today(self) -> dt.date:
        return self.session.today()

    def report_name(self) -> str:
        item = self.report_box.currentItem()
        return "" if item is None else str(item.data(USER))

    def _fill_years(self) -> None:
        years = boundary.run(self, lookup.years) or []
        current = boundary.run(self, lookup.find_year, None, self.today)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for yid, name in years:
            self.year_box.addItem(name, yid)
        if current is not None:
            self.year_box.setCurrentIndex(max(0, self.year_box.findData(current)))
        self.year_box.blockSignals(False)
        self._year_changed()

    def _year_changed(self) -> None:
        year_id = self.year_box.currentData()
        self.class_box.clear()
        self.period_box.clear()
        self.teacher_box.clear()
        if year_id is None:
            return
        self._classes = boundary.run(self, lookup.classes_for, self.session.actor, int(year_id)) or []
        self._with_marks = boundary.run(self, lookup.classes_with_marks, int(year_id)) or set()
        self._fill_classes()
        periods = boundary.run(self, lookup.periods, int(year_id)) or []
        self.period_box.blockSignals(True)
        for i, p in enumerate(periods):
            self.period_box.addItem(p.name, p.id)
            self.period_box.setItemData(i, str(p.span), TOOLTIP)
        current = default_period(periods, self.today)
        if current is not None:
            self.period_box.setCurrentIndex(self.period_box.findData(current.id))
        self.period_box.blockSignals(False)
        self._period_changed()
        for uid, name in boundary.run(self, lookup.teachers_for, self.session.actor, int(year_id)) or []:
            self.teacher_box.addItem(name, uid)
        mine = self.teacher_box.findData(self.session.actor.user_id)
        if mine >= 0:
            self.teacher_box.setCurrentIndex(mine)

    def _fill_classes(self) -> None:
        chosen = self.class_box.currentData()
        self.class_box.blockSignals(True)
        self.class_box.clear()
        cls = REGISTRY.get(self.report_name())
        if cls is not None and not cls.needs_class:
            self.class_box.addItem(self.tr("Вся школа") if self.session.sees_whole_school
                                   else self.tr("Все мои классы"), WHOLE_SCHOOL)
        # a report about marks offers only the classes that keep them (not the 1st grade, not clubs)
        offered = [c for c in getattr(self, "_classes", [])
                   if cls is None or not cls.needs_marks or c[0] in getattr(self, "_with_marks", set())]
        for cid, name, _own in offered:
            self.class_box.addItem(name, cid)
        index = self.class_box.findData(chosen) if chosen is not None else -1
        if index < 0 and not self.session.sees_whole_school:
            own = [c for c, _, own in offered if own]
            index = self.class_box.findData(own[0]) if own else -1
        self.class_box.setCurrentIndex(max(0, index))
        self.class_box.blockSignals(False)

    def _period_changed(self) -> None:
        pid = self.period_box.currentData()
        year_id = self.year_box.currentData()
        if pid is None or year_id is None:
            return
        for p in lookup.periods(int(year_id)):
            if p.id == pid:
                self.date_from.setDate(QDate(p.start.year, p.start.month, p.start.day))
                end = min(p.end, max(p.start, self.today))
                self.date_to.setDate(QDate(end.year, end.month, end.day))

    def _report_changed(self) -> None:
        cls = REGISTRY.get(self.report_name())
        if cls is None:
            return
        self.description.setText(QCoreApplication.translate("Reports", cls.description))
        accepts = cls.params
        self._fill_classes()
        for widget in (self.class_label, self.class_box):
            widget.setVisible(Param.CLASS in accepts)
        for widget in (self.teacher_label, self.teacher_box):
            widget.setVisible(Param.TEACHER in accepts)
        period = Param.PERIOD in accepts
        dates = Param.DATES in accepts
        both = period and dates
        self.by_period.setVisible(both)
        self.period_label.setVisible(period and not both)
        self.period_box.setVisible(period)
        self.by_dates.setVisible(both)
        self.dates_label.setVisible(dates and not both)
        self.dates_head.setVisible(dates)
        self.dates_row.setVisible(dates)
        if dates and not period:
            self.by_dates.setChecked(True)
        elif period and not dates:
            self.by_period.setChecked(True)
        lessons = Param.LESSONS in accepts
        self.by_lessons.setVisible(lessons)
        self.lessons_box.setVisible(lessons)

    # --- choosing programmatically (tests, the main window) --------------------------------------

    def choose(self, name: str, *, class_id: int | None = None, period_id: int | None = None,
               dates: tuple[dt.date, dt.date] | None = None, last_lessons: int | None = None,
               teacher_id: int | None = None) -> None:
        for row in range(self.report_box.count()):
            if self.report_box.item(row).data(USER) == name:
                self.report_box.setCurrentRow(row)
        if class_id is not None:
            self.class_box.setCurrentIndex(self.class_box.findData(class_id))
        if period_id is not None:
            self.by_period.setChecked(True)
            self.period_box.setCurrentIndex(self.period_box.findData(period_id))
        if dates is not None:
            self.by_dates.setChecked(True)
            self.date_from.setDate(QDate(dates[0].year, dates[0].month, dates[0].day))
            self.date_to.setDate(QDate(dates[1].year, dates[1].month, dates[1].day))
        self.by_lessons.setChecked(last_lessons is not None)
        if last_lessons is not None:
            self.lessons_box.setValue(last_lessons)
        if teacher_id is not None:
            self.teacher_box.setCurrentIndex(self.teacher_box.findData(teacher_id))

    def params(self) -> ReportParams:
        cls = REGISTRY[self.report_name()]
        accepts = cls.params
        class_id = self.class_box.currentData() if Param.CLASS in accepts else None
        if class_id == WHOLE_SCHOOL:
            class_id = None
        use_dates = Param.DATES in accepts and (self.by_dates.isChecked() or Param.PERIOD not in accepts)
        period_id = self.period_box.currentData() if Param.PERIOD in accepts and not use_dates else None
        date_from = self.date_from.date().toPython() if use_dates else None
        date_to = self.date_to.date().toPython() if use_dates else None
        lessons = self.lessons_box.value() if Param.LESSONS in accepts and self.by_lessons.isChecked() else None
        teacher = self.teacher_box.currentData() if Param.TEACHER in accepts else None
        year = self.year_box.currentData()
        return ReportParams(
            class_id=None if class_id is None else int(class_id),
            period_id=None if period_id is None else int(period_id),
            date_from=date_from if isinstance(date_from, dt.date) else None,
            date_to=date_to if isinstance(date_to, dt.date) else None,
            last_lessons=lessons, teacher_id=None if teacher is None else int(teacher), today=self.today,
            year_id=None if year is None else int(year))

    # --- building and showing -----------------------------------------------------------------------

    def build(self) -> ReportResult | None:
        report = get_report(self.report_name())
        result = boundary.run(self, report.compute, self.session.actor, self.params())
        if result is None:
            return None
        self.show_result(result)
        self.status_message.emit(self.tr("Отчёт «%s» построен.") % result.title)
        return result

    def show_result(self, result: ReportResult) -> None:
        self.result = result
        self.title.setText(result.title)
        self.subtitle.setText(result.subtitle)
        self.notes.setText("\n".join(result.notes))
        self.notes.setVisible(bool(result.notes))
        while self.tables.count():
            widget = self.tables.widget(0)
            self.tables.removeTab(0)
            widget.deleteLater()
        self.pages = []
        for table in result.tables:
            page = TablePage(table, self.tables)
            self.pages.append(page)
            title = table.title + (f" ({len(table.rows)})" if table.rows and not table.totals else "")
            self.tables.addTab(page, title)
        self._set_saving(True)

    # --- saving ---------------------------------------------------------------------------------------

    def _default_name(self, suffix: str) -> str:
        assert self.result is not None
        words = re.sub(r"[^\w\s-]", "", self.result.title).split()
        stem = "_".join(words[:4]) or self.result.name
        if self.result.subtitle:
            head = self.result.subtitle.split(" · ")[0].replace("Класс ", "")
            stem += "_" + re.sub(r"[^\w-]", "_", head)
        return str(Path.home() / f"{stem}_{self.today:%Y-%m-%d}{suffix}")

    def _ask_path(self, title: str, suffix: str, filter_text: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, self._default_name(suffix), filter_text)
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path

    def save_xlsx(self, path: str | None = None) -> str | None:
        if self.result is None:
            return None
        from ejournal_desktop.exchange.report_xlsx import write_xlsx

        target = path or self._ask_path(self.tr("Сохранить отчёт в Excel"), ".xlsx", self.tr("Книга Excel (*.xlsx)"))
        if not target:
            return None
        if boundary.run(self, _write_file, write_xlsx, self.result, target) is None:
            return None
        self.status_message.emit(self.tr("Отчёт сохранён: %s") % target)
        return target

    def save_pdf(self, path: str | None = None) -> str | None:
        if self.result is None:
            return None
        from ejournal_desktop.printing.report_pdf import write_pdf

        target = path or self._ask_path(self.tr("Сохранить отчёт в PDF"), ".pdf", self.tr("Документ PDF (*.pdf)"))
        if not target:
            return None
        if boundary.run(self, _write_file, write_pdf, self.result, target) is None:
            return None
        self.status_message.emit(self.tr("Отчёт сохранён: %s") % target)
        return target

    def refresh(self) -> None:
        if self.result is not None:
            self.build()


def _write_file(writer: Any, result: ReportResult, path: str) -> str:
    """Write through a temporary file; a failure becomes one Russian message (ServiceError)."""
    from ejournal_desktop.services.errors import ServiceError

    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    try:
        writer(result, tmp)
        tmp.replace(target)
    except OSError as exc:
        raise ServiceError(f"Не удалось записать «{target}»: {exc.strerror or exc}.") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return str(target)
