"""«Мой класс»: the homeroom teacher's weekly check, the confirmed weeks, the parents' contact log, SMS.

The homeroom teacher picks a week (Monday–Sunday) and sees the completeness of
the class journal for it (services/weekly_check.py says how each figure is
counted), writes a note if needed and presses «Подтвердить проверку».  The
deputy, the director and the administrator see the same tab with every class
of the school in the picker, read-only (the service refuses them the
confirmation anyway).  «Выгрузить SMS…» writes the parents' SMS texts for the
mailing service and records the contacts.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.exchange import sms as sms_export
from ejournal_desktop.i18n import noop
from ejournal_desktop.services import sms, students, weekly_check
from ejournal_desktop.services.access import standing
from ejournal_desktop.services.errors import ConflictError
from ejournal_desktop.services.permissions import Action
from ejournal_desktop.services.reports import lookup
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.contacts_ui import ContactLog
from ejournal_desktop.ui.qdates import date_edit, from_qdate, to_qdate
from ejournal_desktop.ui.session import Session

NO_MARKS_COLUMN = noop("HomeroomTab", "Без отметок за\nпоследние уроки")
NAMES_SHOWN = 3  # names written in the cell; the whole list is in its tooltip
SUMMARY_COLUMNS = (
    noop("HomeroomTab", "Предмет"), noop("HomeroomTab", "Учитель"), noop("HomeroomTab", "По\nрасписанию"),
    noop("HomeroomTab", "Записано"), noop("HomeroomTab", "Не\nзаполнено"), noop("HomeroomTab", "Без\nтемы"),
    noop("HomeroomTab", "Без\nд/з"), noop("HomeroomTab", "Без учёта\nпосещаемости"),
    noop("HomeroomTab", "Пропусков\n(б / у)"), NO_MARKS_COLUMN,
    noop("HomeroomTab", "Открытых\nзапросов"),
)
CHECK_COLUMNS = (
    noop("HomeroomTab", "Неделя"), noop("HomeroomTab", "Подтверждена"), noop("HomeroomTab", "Кем"),
    noop("HomeroomTab", "Не\nзаполнено"), noop("HomeroomTab", "Без\nтемы"), noop("HomeroomTab", "Без\nд/з"),
    noop("HomeroomTab", "Пропусков"), noop("HomeroomTab", "Без\nотметок"), noop("HomeroomTab", "Примечание"),
)


def _dash(value: int | None) -> str:
    return "—" if value is None else str(value)


def _short_name(full: str) -> str:
    """«Быкова Вероника» → «Быкова В.»."""
    surname, _, rest = full.partition(" ")
    return f"{surname} {rest[0]}." if rest else surname


def _names_cell(names: list[str] | None) -> str:
    """«—» where marks are not given, the count, and the first few names (short) in one line."""
    if names is None:
        return "—"
    if not names:
        return "0"
    shown = ", ".join(_short_name(n) for n in names[:NAMES_SHOWN])
    return f"{len(names)}: {shown}" + (" …" if len(names) > NAMES_SHOWN else "")


def _table(parent: QWidget, name: str, columns: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([QCoreApplication.translate("HomeroomTab", c) for c in columns])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


class _FillingColumn(QObject):
    """One column takes the room the others leave, but never less than its texts need (up to
    ``widest`` px): in a narrow window the table scrolls instead of cutting the names to «1: …»."""

    def __init__(self, table: QTableWidget, column: int, widest: int = 340) -> None:
        super().__init__(table)
        self.table, self.column, self.widest = table, column, widest
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(table.columnCount()) if c != self.column)
        need = max(header.sectionSizeFromContents(self.column).width(),
                   min(table.sizeHintForColumn(self.column), self.widest))
        header.resizeSection(self.column, max(need, table.viewport().width() - others))


def _fill(table: QTableWidget, rows: list[list[str]], numeric_from: int = 2) -> None:
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for col, text in enumerate(row):
            item = QTableWidgetItem(text)
            if numeric_from <= col and text.replace("—", "0").split(" ")[0].isdigit():
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(i, col, item)
    table.resizeRowsToContents()


class SmsDialog(QDialog):
    """The dates of the SMS report; the file is asked for after «Выгрузить…»."""

    def __init__(self, session: Session, class_id: int, class_name: str, start: dt.date, end: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smsDialog")
        self.session = session
        self.class_id = class_id
        self.class_name = class_name
        self.done_info: sms.Issued | None = None
        self.setWindowTitle(self.tr("SMS родителям — класс %s") % class_name)
        lay = QVBoxLayout(self)
        explain = QLabel(self.tr(
            "Для каждого учащегося — отметки по предметам и пропуски за эти дни, не длиннее 160 знаков "
            "(длинный текст делится на пронумерованные части). Файл для службы рассылки: CSV или Excel; "
            "каждому родителю с телефоном в журнал контактов записывается SMS."), self)
        explain.setWordWrap(True)
        lay.addWidget(explain)
        form = QFormLayout()
        self.date_from = date_edit(self, start, "smsFrom")
        self.date_to = date_edit(self, end, "smsTo")
        form.addRow(self.tr("С:"), self.date_from)
        form.addRow(self.tr("По:"), self.date_to)
        lay.addLayout(form)
        self.preview = QLabel(self)
        self.preview.setObjectName("smsPreview")
        self.preview.setWordWrap(True)
        lay.addWidget(self.preview)
        buttons = QDialogButtonBox(self)
        self.preview_button = buttons.addButton(self.tr("Показать тексты"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setObjectName("smsPreviewButton")
        self.export_button = buttons.addButton(self.tr("Выгрузить…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("smsExportButton")
        cancel = buttons.addButton(self.tr("Закрыть"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("smsClose")
        self.preview_button.clicked.connect(self.show_preview)
        self.export_button.clicked.connect(self.export)
        cancel.clicked.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(560, 320)

    def dates(self) -> tuple[dt.date, dt.date]:
        return from_qdate(self.date_from.date()), from_qdate(self.date_to.date())

    def show_preview(self) -> None:
        start, end = self.dates()
        batch = boundary.run(self, sms.texts, self.session.actor, self.class_id, start, end)
        if batch is None:
            return
        lines = [" / ".join(x.parts) + ("" if x.recipients else self.tr(" — нет телефона")) for x in batch.items[:8]]
        if len(batch.items) > 8:
            lines.append(self.tr("… ещё %d") % (len(batch.items) - 8))
        self.preview.setText("\n".join(lines))

    def choose_file(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Файл для службы рассылки"), suggested,
                                              self.tr("CSV для рассылки (*.csv);;Excel (*.xlsx)"))
        return Path(name) if name else None

    def export(self) -> None:
        start, end = self.dates()
        suggested = f"SMS {self.class_name} {start:%d.%m}-{end:%d.%m.%Y}.csv"
        path = self.choose_file(suggested)
        if path is None:
            return
        if path.suffix.lower() not in sms_export.FORMATS:
            path = path.with_suffix(".csv")
        done = boundary.run(self, sms.issue, self.session.actor, self.class_id, start, end, path,
                            sms_export.writer_for(path), today=self.session.today())
        if done is None:
            return
        self.done_info = done
        text = self.tr("Записано сообщений: %d (учащихся: %d) в файл %s.\nВ журнал контактов с родителями "
                       "записано: %d.") % (done.rows, done.students, path.name, done.contacts)
        if done.without_phone:
            text += "\n" + self.tr("Нет телефона ни одного родителя: %s.") % ", ".join(done.without_phone)
        QMessageBox.information(self, self.tr("SMS выгружены"), text)
        self.accept()


class HomeroomTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeroomTab")
        self.session = session
        self.summary: weekly_check.WeekSummary | None = None
        self.check: weekly_check.CheckRow | None = None
        self.homeroom_of: frozenset[int] = standing(session.actor).homeroom_class_ids
        lay = QVBoxLayout(self)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Класс:"), self))
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("homeroomClass")
        self.class_combo.setMinimumContentsLength(6)
        bar.addWidget(self.class_combo)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Неделя:"), self))
        self.prev_week = QToolButton(self)
        self.prev_week.setObjectName("prevWeek")
        self.prev_week.setText("◀")
        self.prev_week.setToolTip(self.tr("Предыдущая неделя"))
        bar.addWidget(self.prev_week)
        self.week = date_edit(self, weekly_check.week_of(session.today()), "homeroomWeek")
        self.week.setToolTip(self.tr("Любой день недели: берётся неделя с понедельника по воскресенье"))
        bar.addWidget(self.week)
        self.next_week = QToolButton(self)
        self.next_week.setObjectName("nextWeek")
        self.next_week.setText("▶")
        self.next_week.setToolTip(self.tr("Следующая неделя"))
        bar.addWidget(self.next_week)
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        bar.addWidget(self.week_label)
        bar.addStretch(1)
        self.sms_button = QPushButton(self.tr("Выгрузить SMS…"), self)
        self.sms_button.setObjectName("smsButton")
        self.sms_button.setVisible(session.may(Action.PARENT_REPORTS))
        bar.addWidget(self.sms_button)
        lay.addLayout(bar)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("homeroomTabs")
        lay.addWidget(self.tabs, 1)

        week_page = QWidget(self)
        wl = QVBoxLayout(week_page)
        self.summary_table = _table(week_page, "weekSummary", SUMMARY_COLUMNS)
        for col, width in ((0, 150), (1, 120), (2, 95), (3, 75), (4, 85), (5, 55), (6, 55), (7, 110), (8, 90),
                           (10, 80)):
            self.summary_table.setColumnWidth(col, width)
        self.no_marks_column = _FillingColumn(self.summary_table, SUMMARY_COLUMNS.index(NO_MARKS_COLUMN))
        wl.addWidget(self.summary_table, 1)
        self.rule_label = QLabel(self.tr(
            "«Без учёта посещаемости» — записанные уроки без единого пропуска и без единой отметки "
            "(журнал не хранит «все присутствовали»). «Без отметок» — учащиеся без отметок за последние %d "
            "уроков предмета. «Не заполнено» — уроки по расписанию до вчерашнего дня без записей.")
            % weekly_check.DEFAULT_LAST_LESSONS, week_page)
        self.rule_label.setWordWrap(True)
        self.rule_label.setObjectName("ruleLabel")
        wl.addWidget(self.rule_label)
        self.status = QLabel(week_page)
        self.status.setObjectName("checkStatus")
        self.status.setWordWrap(True)
        wl.addWidget(self.status)
        confirm_bar = QHBoxLayout()
        self.note = QLineEdit(week_page)
        self.note.setObjectName("checkNote")
        self.note.setMaxLength(weekly_check.MAX_NOTE)
        self.note.setPlaceholderText(self.tr("Примечание к проверке (необязательно)"))
        confirm_bar.addWidget(self.note, 1)
        self.confirm_button = QPushButton(self.tr("Подтвердить проверку"), week_page)
        self.confirm_button.setObjectName("confirmCheck")
        confirm_bar.addWidget(self.confirm_button)
        wl.addLayout(confirm_bar)
        self.tabs.addTab(week_page, self.tr("Проверка недели"))

        self.checks_table = _table(self, "confirmedWeeks", CHECK_COLUMNS)
        for col, width in ((0, 170), (1, 130), (2, 120)):
            self.checks_table.setColumnWidth(col, width)
        self.checks_table.horizontalHeader().setSectionResizeMode(8, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.checks_table, self.tr("Подтверждённые недели"))

        self.contacts = ContactLog(session, self)
        self.tabs.addTab(self.contacts, self.tr("Переписка с родителями"))

        self.load_classes()
        self.class_combo.currentIndexChanged.connect(self.class_changed)
        self.week.dateChanged.connect(self.refresh_week)
        self.prev_week.clicked.connect(lambda: self.week.setDate(self.week.date().addDays(-7)))
        self.next_week.clicked.connect(lambda: self.week.setDate(self.week.date().addDays(7)))
        self.confirm_button.clicked.connect(self.confirm)
        self.sms_button.clicked.connect(self.export_sms)
        self.class_changed()

    # --- data -------------------------------------------------------------------------------------

    def load_classes(self) -> None:
        today = self.session.today()
        year = boundary.run(self, lookup.find_year, None, today)
        found = boundary.run(self, lookup.classes_for, self.session.actor, year) if year is not None else None
        for cid, name, own in found or []:
            if own or self.session.sees_whole_school:
                self.class_combo.addItem(name, cid)
        # weeks of this school year that have begun: no refusal for a week the check cannot show
        span = next(((start, end) for yid, _, start, end in students.years() if yid == year), None)
        if span is not None:
            self.week.setMinimumDate(to_qdate(weekly_check.week_of(span[0])))
            self.week.setMaximumDate(to_qdate(min(span[1], today)))

    @property
    def class_id(self) -> int | None:
        data = self.class_combo.currentData()
        return None if data is None else int(data)

    def week_start(self) -> dt.date:
        return weekly_check.week_of(from_qdate(self.week.date()))

    def class_changed(self) -> None:
        cid = self.class_id
        mine = cid is not None and cid in self.homeroom_of
        self.confirm_button.setVisible(mine)
        self.note.setVisible(mine)
        self.sms_button.setEnabled(cid is not None)
        self.contacts.set_class(cid)
        self.refresh_week()
        self.refresh_checks()

    def refresh_week(self) -> None:
        start = self.week_start()
        if from_qdate(self.week.date()) != start:
            self.week.setDate(to_qdate(start))  # snaps to Monday and comes back here
            return
        self.week_label.setText(weekly_check.week_title(start))
        # the arrows stop where the date field does: the school year's first week and today's
        self.prev_week.setEnabled(to_qdate(start - dt.timedelta(days=1)) >= self.week.minimumDate())
        self.next_week.setEnabled(to_qdate(start + dt.timedelta(days=7)) <= self.week.maximumDate())
        self.summary = None
        self.check = None
        cid = self.class_id
        if cid is None:
            self.summary_table.setRowCount(0)
            self.status.setText(self.tr("Нет класса, который вы можете проверять."))
            self.confirm_button.setEnabled(False)
            return
        self.summary = boundary.run(self, weekly_check.summary, self.session.actor, cid, start,
                                    today=self.session.today())
        self.check = boundary.run(self, weekly_check.check_of_week, self.session.actor, cid, start)
        rows = []
        everyone: list[list[str]] = []  # the names behind each row's «без отметок», for its tooltip
        for s in self.summary.subjects if self.summary else []:
            missed = str(s.missed) + (f" ({s.ill} / {s.excused})" if s.missed else "")
            names = list(s.no_marks or [])
            everyone.append(names)
            rows.append([s.subject, s.teacher, str(s.scheduled), str(s.recorded), str(s.unfilled),
                         str(s.without_topic), _dash(s.without_homework), str(s.without_attendance), missed,
                         _names_cell(s.no_marks), str(s.open_corrections)])
        _fill(self.summary_table, rows)
        self.no_marks_column.fit()
        column = SUMMARY_COLUMNS.index(NO_MARKS_COLUMN)
        for i, names in enumerate(everyone):
            item = self.summary_table.item(i, column)
            if item is not None and len(names) > NAMES_SHOWN:
                item.setToolTip("\n".join(names))
        self.show_status()

    def show_status(self) -> None:
        if self.summary is None:
            self.status.setText(self.tr("Проверку этой недели показать нельзя."))
            self.confirm_button.setEnabled(False)
            return
        if self.check is None:
            text = self.tr("Неделя %s не подтверждена.") % weekly_check.week_title(self.summary.week_start)
            self.confirm_button.setText(self.tr("Подтвердить проверку"))
        else:
            text = self.tr("Проверка подтверждена %s в %s (%s).") % (
                format_date_ru(self.check.confirmed_at.date()), self.check.confirmed_at.strftime("%H:%M"),
                self.check.confirmed_by)
            if self.check.note:
                text += " " + self.tr("Примечание: %s") % self.check.note
            self.confirm_button.setText(self.tr("Подтвердить заново"))
        if self.summary.until < self.summary.week_end:
            text += " " + self.tr("Неделя ещё идёт: показано по %s.") % format_date_ru(self.summary.until)
        self.status.setText(text)
        self.confirm_button.setEnabled(True)

    def refresh_checks(self) -> None:
        cid = self.class_id
        found = boundary.run(self, weekly_check.checks_of_class, self.session.actor, cid) if cid is not None else []
        rows = []
        for c in found or []:
            f = c.figures
            rows.append([weekly_check.week_title(c.week_start),
                         f"{format_date_ru(c.confirmed_at.date())} {c.confirmed_at:%H:%M}", c.confirmed_by,
                         str(f.total("unfilled")), str(f.total("without_topic")), _dash(f.without_homework),
                         str(f.total("missed")), _dash(f.no_marks), c.note])
        _fill(self.checks_table, rows, numeric_from=3)

    # --- commands ---------------------------------------------------------------------------------

    def confirm(self) -> None:
        cid = self.class_id
        if cid is None or self.summary is None:
            return
        expected = self.check.version if self.check is not None else None

        def conflict(exc: ConflictError) -> None:
            QMessageBox.warning(self, self.tr("Проверку уже подтвердили"), exc.message)
            self.refresh_week()
            return None

        done = boundary.run(self, weekly_check.confirm, self.session.actor, cid, self.summary.week_start,
                            self.note.text(), expected, today=self.session.today(), on_conflict=conflict)
        if done is not None:
            self.note.clear()
            self.refresh_week()
            self.refresh_checks()

    def export_sms(self) -> None:
        cid = self.class_id
        if cid is None:
            return
        start = self.week_start()
        end = min(start + dt.timedelta(days=6), self.session.today())
        dialog = SmsDialog(self.session, cid, self.class_combo.currentText(), start, max(start, end), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.contacts.refresh()
