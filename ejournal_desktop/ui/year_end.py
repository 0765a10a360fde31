"""«Конец года»: which journals of the year are printed and certified, and the year's archive.

The table shows, per class the user may print (the administration: every class;
a homeroom teacher: own), the last printed bound journal, its certification,
whether the certified journal still matches the database («Сверить с базой»:
about half a second a class, so on request), and what is missing — with the
deadline (30 June by default).

The administrator and the director also get the archive of the year (seed 001
§3.8, §5.5): two folders on two media, where each copy will be kept, «Сделать
архив» with a progress bar, and the register of copies — add a copy, change where
it is kept, «Проверить копию» — with the retention dates and what is due.  The
administrator edits the deadline, the reminder days and the check interval here.

:class:`YearEndReminder` is the main window's status-bar line: from the set number
of days before the deadline until every class is certified, the director sees
what is still missing; the keepers of the archive see copies due for a check.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStatusBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.services import archive, printdata, structure, year_end
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.permissions import Action
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.messages_ui import ClickableLabel
from ejournal_desktop.ui.roles import BACKGROUND, DISPLAY, HORIZONTAL, TOOLTIP, USER
from ejournal_desktop.ui.session import Session

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex

def _noop(text: str) -> str:
    """QT_TRANSLATE_NOOP("YearEndTab", …): translated where it is shown."""
    return text


REMINDER_REFRESH_MS = 10 * 60_000
SETTINGS_GROUP = "yearEnd"
RED = QBrush(QColor("#fde2e1"))
YELLOW = QBrush(QColor("#fff4cc"))
GREEN = QBrush(QColor("#e3f4e1"))
MONTHS_GENITIVE = (_noop("января"), _noop("февраля"), _noop("марта"), _noop("апреля"), _noop("мая"),
                   _noop("июня"), _noop("июля"), _noop("августа"), _noop("сентября"), _noop("октября"),
                   _noop("ноября"), _noop("декабря"))
DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def tr(text: str) -> str:
    return QCoreApplication.translate("YearEndTab", text)


def _when(at: dt.datetime, who: str, sheets: int) -> str:
    return tr("%s, %s, листов: %d") % (format_date_ru(at.date()), who, sheets)


# --- the status table ------------------------------------------------------------------------------------

STATUS_COLUMNS = (_noop("Класс"), _noop("Напечатан"), _noop("Заверен"), _noop("Сверка с базой"),
                  _noop("Чего не хватает"))


class Checked:
    """The result of «Сверить с базой» for one class, kept until the next check."""

    def __init__(self, ok: bool | None, differences: tuple[str, ...], at: dt.datetime) -> None:
        self.ok = ok
        self.differences = differences
        self.at = at


class StatusModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[year_end.ClassStatus] = []
        self.checked: dict[int, Checked] = {}

    def set_rows(self, rows: list[year_end.ClassStatus]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(STATUS_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> object:
        if role == DISPLAY and orientation == HORIZONTAL:
            return tr(STATUS_COLUMNS[section])
        return None

    def missing(self, row: year_end.ClassStatus) -> list[str]:
        out = list(row.missing)
        check = self.checked.get(row.class_id)
        if row.certified is not None and check is not None and check.ok is False and row.verified is None:
            out.append(tr("заверенный журнал изменён: %s") % "; ".join(check.differences))
        return out

    def verified_text(self, row: year_end.ClassStatus) -> str:
        if row.certified is None:
            return "—"
        check = self.checked.get(row.class_id)
        if check is None:
            return tr("не сверялся")
        word = tr("совпадает") if check.ok else tr("ИЗМЕНЁН")
        return f"{word} ({check.at:%H:%M})"

    def data(self, index: Index, role: int = DISPLAY) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == DISPLAY or role == TOOLTIP:
            if col == 0:
                return row.class_name
            if col == 1:
                return _when(row.printed.printed_at, row.printed.printed_by, row.printed.sheets) if row.printed \
                    else tr("нет")
            if col == 2:
                return (_when(row.certified.certified_at, row.certified.certified_by, row.certified.sheet_count)
                        if row.certified else tr("нет"))
            if col == 3:
                return self.verified_text(row)
            missing = self.missing(row)
            if role == TOOLTIP:
                return "\n".join(missing) or tr("Журнал напечатан и заверен.")
            return "; ".join(missing) if missing else tr("всё сделано")
        if role == BACKGROUND:
            missing = self.missing(row)
            if not missing:
                return GREEN
            return YELLOW if row.certified is not None and (self.checked.get(row.class_id) is None
                                                            or self.checked[row.class_id].ok) else RED
        if role == USER:
            return row.class_id
        return None


# --- the register of copies ------------------------------------------------------------------------------

REGISTER_COLUMNS = (_noop("№"), _noop("Учебный год"), _noop("Носитель"), _noop("Где хранится"), _noop("Файл"),
                    _noop("Проверка"), _noop("Следующая проверка"))


class RegisterModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[archive.ArchiveView, archive.CopyView]] = []
        self.today = dt.date.today()

    def set_rows(self, archives: list[archive.ArchiveView], today: dt.date) -> None:
        self.beginResetModel()
        self.today = today
        self.rows = [(a, c) for a in archives for c in a.copies]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(REGISTER_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> object:
        if role == DISPLAY and orientation == HORIZONTAL:
            return tr(REGISTER_COLUMNS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> object:
        if not index.isValid():
            return None
        a, c = self.rows[index.row()]
        col = index.column()
        if role == DISPLAY:
            return (str(c.id), a.year_name, c.medium, c.location, Path(c.path).name if c.path else tr("не указан"),
                    c.state_text(self.today),
                    format_date_ru(c.next_check_on) if c.next_check_on else "—")[col]
        if role == TOOLTIP:
            if col == 4:
                return c.path or tr("Путь к файлу не указан")
            return tr("Архив %s: %s, SHA-256 %s\nЖурналы хранить до %s, сводные ведомости — до %s") % (
                a.year_name, a.file_name, a.digest, format_date_ru(a.keep_journals_until),
                format_date_ru(a.keep_summaries_until)) + (f"\n{c.note}" if c.note else "")
        if role == BACKGROUND:
            if c.check_ok is False:
                return RED
            if c.due(self.today):
                return YELLOW
            return None
        if role == USER:
            return c.id
        return None


class CopyDialog(QDialog):
    """Add a copy to the register, or change where one is kept."""

    def __init__(self, title: str, copy: archive.CopyView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyDialog")
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.medium = QLineEdit(copy.medium if copy else "", self)
        self.medium.setObjectName("copyMedium")
        self.medium.setPlaceholderText(self.tr("внешний диск, USB-накопитель, DVD-R…"))
        self.location = QLineEdit(copy.location if copy else "", self)
        self.location.setObjectName("copyLocation")
        self.location.setPlaceholderText(self.tr("кабинет директора, сейф"))
        self.path = QLineEdit(copy.path if copy else "", self)
        self.path.setObjectName("copyPath")
        browse = QPushButton(self.tr("Выбрать…"), self)
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.note = QLineEdit(copy.note if copy else "", self)
        self.note.setObjectName("copyNote")
        form.addRow(self.tr("Носитель:"), self.medium)
        form.addRow(self.tr("Где хранится:"), self.location)
        form.addRow(self.tr("Файл копии:"), row)
        form.addRow(self.tr("Примечание:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(560)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Файл копии архива"), self.path.text(),
                                              self.tr("Архив учебного года (*.zip)"))
        if path:
            self.path.setText(path)


# --- the tab ---------------------------------------------------------------------------------------------


class YearEndTab(QWidget):
    refresh_on_show = True
    status_message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.may_archive = session.may(Action.ARCHIVE_YEAR)
        self.may_settings = session.may(Action.MANAGE_SETTINGS)
        self.status: year_end.YearStatus | None = None
        self._busy = False
        self._build()
        self.refresh()

    # --- layout ------------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Учебный год:"), self))
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("yearCombo")
        top.addWidget(self.year_combo)
        self.refresh_button = QPushButton(tr("Обновить"), self)
        self.refresh_button.setObjectName("refreshButton")
        self.verify_button = QPushButton(tr("Сверить заверенные журналы с базой"), self)
        self.verify_button.setObjectName("verifyAllButton")
        self.verify_button.setToolTip(tr("Пересчитать контрольные суммы заверенных журналов и сравнить с "
                                         "записанными при заверении (около полсекунды на класс)"))
        top.addWidget(self.refresh_button)
        top.addWidget(self.verify_button)
        top.addStretch(1)
        layout.addLayout(top)

        self.deadline_label = QLabel(self)
        self.deadline_label.setObjectName("deadlineLabel")
        self.deadline_label.setWordWrap(True)
        self.deadline_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.deadline_label)
        self.reminder_label = QLabel(self)
        self.reminder_label.setObjectName("reminderLabel")
        self.reminder_label.setWordWrap(True)
        self.reminder_label.setStyleSheet("color: #b00020;")
        layout.addWidget(self.reminder_label)

        self.status_model = StatusModel(self)
        self.status_table = QTableView(self)
        self.status_table.setObjectName("statusTable")
        self.status_table.setModel(self.status_model)
        self.status_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.status_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status_table.verticalHeader().setVisible(False)
        self.status_table.horizontalHeader().setObjectName("yearEndStatusHeader")
        self.status_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.status_table.horizontalHeader().setStretchLastSection(True)
        self.status_table.setMinimumHeight(140)
        layout.addWidget(self.status_table, 2)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("progressBar")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)

        if self.may_settings:
            layout.addWidget(self._settings_box())
        if self.may_archive:
            layout.addWidget(self._archive_box(), 3)

        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify_all)

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(tr("Срок и напоминания (настройки школы)"), self)
        # two rows: in one the box made the tab wider than a 1024-px screen
        grid = QGridLayout(box)
        grid.addWidget(QLabel(tr("Срок печати и заверения:"), box), 0, 0)
        self.deadline_day = QSpinBox(box)
        self.deadline_day.setObjectName("deadlineDay")
        self.deadline_day.setRange(1, 31)
        self.deadline_month = QComboBox(box)
        self.deadline_month.setObjectName("deadlineMonth")
        for i, name in enumerate(MONTHS_GENITIVE, 1):
            self.deadline_month.addItem(tr(name), i)
        deadline = QHBoxLayout()
        deadline.addWidget(self.deadline_day)
        deadline.addWidget(self.deadline_month)
        deadline.addSpacing(16)
        deadline.addWidget(QLabel(tr("напоминать директору за, дней:"), box))
        self.reminder_days = QSpinBox(box)
        self.reminder_days.setObjectName("reminderDays")
        self.reminder_days.setRange(0, 120)
        deadline.addWidget(self.reminder_days)
        deadline.addStretch(1)
        grid.addLayout(deadline, 0, 1)
        grid.addWidget(QLabel(tr("Проверять копии архива раз в, мес.:"), box), 1, 0)
        self.check_months = QSpinBox(box)
        self.check_months.setObjectName("checkMonths")
        self.check_months.setRange(1, 60)
        self.save_settings_button = QPushButton(tr("Сохранить"), box)
        self.save_settings_button.setObjectName("saveSettingsButton")
        self.save_settings_button.clicked.connect(self.save_settings)
        check = QHBoxLayout()
        check.addWidget(self.check_months)
        check.addStretch(1)
        check.addWidget(self.save_settings_button)
        grid.addLayout(check, 1, 1)
        grid.setColumnStretch(1, 1)
        self.deadline_month.currentIndexChanged.connect(self._month_changed)
        return box

    def _archive_box(self) -> QGroupBox:
        box = QGroupBox(tr("Архив учебного года (две копии на разных носителях, в разных помещениях)"), self)
        column = QVBoxLayout(box)
        grid = QGridLayout()
        for col, title in enumerate((tr("Папка"), tr("Носитель"), tr("Где хранится")), 1):
            grid.addWidget(QLabel(f"<b>{title}</b>", box), 0, col + (1 if col > 1 else 0))
        self.folder_edits: list[QLineEdit] = []
        self.medium_edits: list[QLineEdit] = []
        self.location_edits: list[QLineEdit] = []
        remembered = QSettings()
        remembered.beginGroup(SETTINGS_GROUP)
        for i, label in enumerate((tr("Первая копия:"), tr("Вторая копия:"))):
            grid.addWidget(QLabel(label, box), i + 1, 0)
            folder = QLineEdit(str(remembered.value(f"folder{i}", "")), box)
            folder.setObjectName(f"archiveFolder{i + 1}")
            folder.setMinimumWidth(260)
            choose = QPushButton(tr("Выбрать…"), box)
            choose.setObjectName(f"chooseFolder{i + 1}")
            choose.clicked.connect(lambda _=False, edit=folder: self.choose_folder(edit))
            medium = QLineEdit(str(remembered.value(f"medium{i}", "")), box)
            medium.setObjectName(f"archiveMedium{i + 1}")
            medium.setPlaceholderText(tr("внешний диск") if i == 0 else tr("USB-накопитель"))
            location = QLineEdit(str(remembered.value(f"location{i}", "")), box)
            location.setObjectName(f"archiveLocation{i + 1}")
            location.setPlaceholderText(tr("кабинет директора, сейф") if i == 0 else tr("архив, шкаф"))
            grid.addWidget(folder, i + 1, 1)
            grid.addWidget(choose, i + 1, 2)
            grid.addWidget(medium, i + 1, 3)
            grid.addWidget(location, i + 1, 4)
            self.folder_edits.append(folder)
            self.medium_edits.append(medium)
            self.location_edits.append(location)
        remembered.endGroup()
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(4, 2)
        column.addLayout(grid)
        row = QHBoxLayout()
        self.make_button = QPushButton(tr("Сделать архив"), box)
        self.make_button.setObjectName("makeArchiveButton")
        self.make_button.setToolTip(tr("Копия базы журнала, журналы и сводные ведомости всех классов в PDF и их "
                                       "контрольные суммы — одним файлом в обе папки; каждая копия проверяется"))
        self.make_button.clicked.connect(self.make_archive)
        row.addWidget(self.make_button)
        self.result_label = QLabel(box)
        self.result_label.setObjectName("archiveResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.result_label, 1)
        column.addLayout(row)

        column.addWidget(QLabel(f"<b>{tr('Реестр копий архива')}</b>", box))
        self.register_model = RegisterModel(self)
        self.register_table = QTableView(box)
        self.register_table.setObjectName("registerTable")
        self.register_table.setModel(self.register_model)
        self.register_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.register_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.register_table.verticalHeader().setVisible(False)
        self.register_table.horizontalHeader().setObjectName("yearEndRegisterHeader")
        self.register_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.register_table.horizontalHeader().setStretchLastSection(True)
        self.register_table.setMinimumHeight(110)
        self.register_table.doubleClicked.connect(lambda _index: self.edit_copy())
        column.addWidget(self.register_table, 1)
        self.retention_label = QLabel(box)
        self.retention_label.setObjectName("retentionLabel")
        self.retention_label.setWordWrap(True)
        column.addWidget(self.retention_label)
        buttons = QHBoxLayout()
        self.add_copy_button = QPushButton(tr("Добавить копию…"), box)
        self.add_copy_button.setObjectName("addCopyButton")
        self.edit_copy_button = QPushButton(tr("Изменить…"), box)
        self.edit_copy_button.setObjectName("editCopyButton")
        self.check_button = QPushButton(tr("Проверить копию"), box)
        self.check_button.setObjectName("checkCopyButton")
        self.check_button.setToolTip(tr("Прочитать файл копии и сверить его SHA-256 с записанным при создании"))
        self.add_copy_button.clicked.connect(self.add_copy)
        self.edit_copy_button.clicked.connect(self.edit_copy)
        self.check_button.clicked.connect(self.check_copy)
        for b in (self.add_copy_button, self.edit_copy_button, self.check_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.archive_notes = QLabel(box)
        self.archive_notes.setObjectName("archiveNotes")
        self.archive_notes.setWordWrap(True)
        self.archive_notes.setStyleSheet("color: #b00020;")
        column.addWidget(self.archive_notes)
        self.register_table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        return box

    # --- loading -----------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self.session.today()

    def year_id(self) -> int | None:
        data = self.year_combo.currentData()
        return int(data) if data is not None else None

    def refresh(self) -> None:
        """Years, the status of every class (without recomputing digests), the register, the reminders."""
        chosen = self.year_id()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        years = boundary.run(self, printdata.years) or []
        for yid, name in years:
            self.year_combo.addItem(name, yid)
        if years:
            wanted = chosen if chosen is not None else boundary.run(self, printdata.default_year, self.today())
            self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(wanted)))
        self.year_combo.blockSignals(False)
        self._load_status()
        if self.may_settings:
            self._load_settings()
        if self.may_archive:
            self._load_register()

    def _year_changed(self) -> None:
        self.status_model.checked.clear()
        self._load_status()

    def _load_status(self) -> None:
        yid = self.year_id()
        status = None if yid is None else boundary.run(
            self, year_end.year_status, self.session.actor, yid, today=self.today(), check_digests=False)
        self.status = status
        self.status_model.set_rows(status.classes if status else [])
        if status is None:
            self.deadline_label.setText(tr("Учебных лет нет."))
            self.reminder_label.setText("")
        else:
            self.deadline_label.setText(status.deadline_text())
            reminder = boundary.run(self, year_end.pending, self.session.actor, today=self.today())
            show = reminder is not None and reminder.status.year_id == status.year_id
            self.reminder_label.setText(reminder.missing_text() if show and reminder is not None else "")
        self.reminder_label.setVisible(bool(self.reminder_label.text()))
        self._buttons()

    def _load_settings(self) -> None:
        values = boundary.run(self, school_settings.all_values) or {}
        month, day = (int(p) for p in str(values.get("year_end_deadline", "06-30")).split("-"))
        self.deadline_month.setCurrentIndex(month - 1)
        self._month_changed()
        self.deadline_day.setValue(day)
        self.reminder_days.setValue(int(values.get("year_end_reminder_days", 14)))
        self.check_months.setValue(int(values.get("archive_check_months", 12)))

    def _month_changed(self) -> None:
        self.deadline_day.setMaximum(DAYS_IN_MONTH[self.deadline_month.currentIndex()])

    def _load_register(self) -> None:
        selected = self.selected_copy()
        archives = boundary.run(self, archive.list_archives, self.session.actor) or []
        self.archives = archives
        self.register_model.set_rows(archives, self.today())
        if selected is not None:
            for row, (_, c) in enumerate(self.register_model.rows):
                if c.id == selected.id:
                    self.register_table.selectRow(row)
        yid = self.year_id()
        mine = [a for a in archives if a.year_id == yid]
        if mine:
            a = mine[0]
            self.retention_label.setText(
                tr("Архив %s учебного года сделан %s (%s). Журналы хранить до %s, сводные ведомости — до %s "
                   "(Положение об ЭЖ, п. 5.3–5.4; срок считается с 1 января года после окончания учебного года).")
                % (a.year_name, a.made_at.strftime("%d.%m.%Y %H:%M"), a.made_by, format_date_ru(a.keep_journals_until),
                   format_date_ru(a.keep_summaries_until)))
        else:
            self.retention_label.setText(tr("Архива выбранного учебного года ещё нет."))
        notes = boundary.run(self, archive.reminders, self.session.actor, today=self.today()) or []
        self.archive_notes.setText("\n".join(notes))
        self.archive_notes.setVisible(bool(notes))
        self._buttons()

    def _buttons(self) -> None:
        idle = not self._busy
        self.refresh_button.setEnabled(idle)
        self.verify_button.setEnabled(idle and any(r.certified is not None for r in self.status_model.rows))
        if self.may_archive:
            has_copy = self.selected_copy() is not None
            self.make_button.setEnabled(idle and self.year_id() is not None)
            self.add_copy_button.setEnabled(idle and bool(getattr(self, "archives", [])))
            self.edit_copy_button.setEnabled(idle and has_copy)
            self.check_button.setEnabled(idle and has_copy)

    # --- long jobs ---------------------------------------------------------------------------------

    def _run_job(self, job: Callable[[Callable[[int, int], None]], object]) -> object:
        self._busy = True
        self._buttons()
        self.progress.setValue(0)
        self.progress.setVisible(True)

        def progress(done: int, total: int) -> None:
            self.progress.setMaximum(max(1, total))
            self.progress.setValue(done)
            QApplication.processEvents()

        try:
            return boundary.run(self, job, progress)
        finally:
            self._busy = False
            self.progress.setVisible(False)
            self._buttons()

    def verify_all(self) -> None:
        """«Сверить с базой»: recompute the digest of every certified journal of the year."""
        yid = self.year_id()
        if yid is None:
            return
        result = self._run_job(lambda progress: year_end.year_status(
            self.session.actor, yid, today=self.today(), check_digests=True, progress=progress))
        if not isinstance(result, year_end.YearStatus):
            return
        at = dt.datetime.now()
        for row in result.classes:
            if row.certified is not None:
                self.status_model.checked[row.class_id] = Checked(row.verified, row.differences, at)
        self.status = result
        self.status_model.set_rows(result.classes)
        changed = [r.class_name for r in result.classes if r.verified is False]
        self.status_message.emit(tr("Изменены после заверения: %s.") % ", ".join(changed) if changed
                                 else tr("Все заверенные журналы совпадают с базой."))

    # --- settings ----------------------------------------------------------------------------------

    def save_settings(self) -> None:
        new = {
            "year_end_deadline": f"{self.deadline_month.currentIndex() + 1:02d}-{self.deadline_day.value():02d}",
            "year_end_reminder_days": self.reminder_days.value(),
            "archive_check_months": self.check_months.value(),
        }
        current = boundary.run(self, school_settings.all_values) or {}
        for key, value in new.items():
            if current.get(key) != value and boundary.run(
                    self, structure.set_setting, self.session.actor, key, value) is None:
                return
        self.status_message.emit(tr("Настройки конца года сохранены."))
        self._load_status()

    # --- the archive -------------------------------------------------------------------------------

    def choose_folder(self, edit: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Папка для копии архива"), edit.text())
        if folder:
            edit.setText(folder)

    def _remember(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        for i in range(2):
            settings.setValue(f"folder{i}", self.folder_edits[i].text().strip())
            settings.setValue(f"medium{i}", self.medium_edits[i].text().strip())
            settings.setValue(f"location{i}", self.location_edits[i].text().strip())
        settings.endGroup()
        settings.sync()

    def _force_reason(self, yid: int) -> str | None:
        """'' when every journal is certified; the reason typed when not; None when the user gave up."""
        classes = self._run_job(lambda progress: archive.year_classes(yid, progress))
        if not isinstance(classes, list):
            return None
        problems = [c.problem for c in classes if c.problem]
        if not problems:
            return ""
        text, ok = QInputDialog.getText(
            self, tr("Не все журналы заверены"),
            tr("Архив обычно делают, когда журналы всех классов заверены. Сейчас:\n%s\n\n"
               "Если архив нужен сейчас, укажите причину — она будет записана в архив и в журнал аудита.")
            % "\n".join(f"• {p}" for p in problems))
        if not ok or not text.strip():
            self.result_label.setText(tr("Архив не сделан: не все журналы заверены."))
            return None
        return text.strip()

    def make_archive(self) -> None:
        yid = self.year_id()
        if yid is None:
            return
        folders = [e.text().strip() for e in self.folder_edits]
        if not all(folders):
            QMessageBox.warning(self, tr("Архив учебного года"), tr("Выберите две папки — на разных носителях."))
            return
        reason = self._force_reason(yid)
        if reason is None:
            return
        self._remember()
        self.result_label.setText(tr("Делаю архив…"))
        result = self._run_job(lambda progress: archive.make_archive(
            self.session.actor, yid, [Path(f) for f in folders], renderers=renderers(),
            media=[e.text() for e in self.medium_edits], locations=[e.text() for e in self.location_edits],
            force_reason=reason, today=self.today(), progress=progress))
        if not isinstance(result, archive.ArchiveResult):
            self.result_label.setText(tr("Архив не сделан."))
            return
        lines = [tr("Архив записан и проверен (SHA-256 обеих копий совпадает):")]
        lines += [f"  {p}" for p in result.copies]
        lines.append(tr("Журналы хранить до %s, сводные ведомости — до %s.")
                     % (format_date_ru(result.keep_journals_until), format_date_ru(result.keep_summaries_until)))
        lines += result.warnings
        self.result_label.setText("\n".join(lines))
        QMessageBox.information(self, tr("Архив сделан"), "\n".join(lines))
        self._load_register()

    def selected_copy(self) -> archive.CopyView | None:
        if not hasattr(self, "register_table"):
            return None
        rows = self.register_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.register_model.rows):
            return None
        return self.register_model.rows[rows[0].row()][1]

    def add_copy(self) -> None:
        yid = self.year_id()
        mine = [a for a in getattr(self, "archives", []) if a.year_id == yid] or getattr(self, "archives", [])
        if not mine:
            return
        target = mine[0]
        dialog = CopyDialog(tr("Новая копия архива %s учебного года") % target.year_name, None, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            view = boundary.run(self, archive.add_copy, self.session.actor, target.id, dialog.medium.text(),
                                dialog.location.text(), dialog.path.text(), dialog.note.text(), today=self.today())
        finally:
            dialog.deleteLater()
        if view is None:
            return
        self._load_register()
        if view.path and Path(view.path).is_file():
            self._check(view.id, None)

    def edit_copy(self) -> None:
        copy = self.selected_copy()
        if copy is None:
            return
        dialog = CopyDialog(tr("Копия архива № %d") % copy.id, copy, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            boundary.run(self, archive.update_copy, self.session.actor, copy.id, medium=dialog.medium.text(),
                         location=dialog.location.text(), path=dialog.path.text(), note=dialog.note.text(),
                         expected_version=copy.version)
        finally:
            dialog.deleteLater()
        self._load_register()

    def check_copy(self) -> None:
        copy = self.selected_copy()
        if copy is None:
            return
        path: str | None = None
        if not copy.path or not Path(copy.path).is_file():
            path, _ = QFileDialog.getOpenFileName(
                self, tr("Где сейчас файл копии № %d (%s, %s)?") % (copy.id, copy.medium, copy.location),
                str(Path(copy.path).parent) if copy.path else "", tr("Архив учебного года (*.zip)"))
            if not path:
                return
        self._check(copy.id, path)

    def _check(self, copy_id: int, path: str | None) -> None:
        def run(progress: Callable[[int, int], None]) -> archive.CopyCheck:
            progress(0, 1)
            return archive.check_copy(self.session.actor, copy_id, path=path, today=self.today())

        result = self._run_job(run)
        if isinstance(result, archive.CopyCheck):
            if result.ok:
                QMessageBox.information(self, tr("Копия проверена"), result.message)
            else:
                QMessageBox.warning(self, tr("Копия повреждена"), result.message)
        self._load_register()


def renderers() -> archive.Renderers:
    """The PDFs of the archive, drawn by ``printing.journal``."""
    from ejournal_desktop.printing import journal as printing

    return archive.Renderers(journal=printing.render_journal, summary=printing.render_summary,
                             volume=printing.render_summary_volume)


# --- the status-bar reminder ---------------------------------------------------------------------------


class YearEndReminder(QObject):
    """The main window's red line: journals not certified near the deadline, archive copies due.

    Shown at once on login and refreshed every ten minutes; a click opens «Конец года».
    """

    def __init__(self, session: Session, status_bar: QStatusBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.window = parent
        self.label = ClickableLabel("", status_bar)
        self.label.setObjectName("yearEndReminder")
        self.label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.setVisible(False)
        self.label.clicked.connect(self.open_tab)
        self.timer = QTimer(self)
        self.timer.setInterval(REMINDER_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def texts(self) -> tuple[str, str]:
        """(the status bar's short line, the whole text for its tooltip); ('', '') when nothing is due."""
        today = self.session.today()
        reminder = year_end.pending(self.session.actor, today=today)
        notes = archive.reminders(self.session.actor, today=today)
        short: list[str] = []
        full: list[str] = []
        if reminder is not None:
            short.append(reminder.short())
            full.append(reminder.text())
        if notes:
            short.append(notes[0] if len(notes) == 1 else tr("Архив: напоминаний — %d") % len(notes))
            full += notes
        return "  ·  ".join(short), "\n".join(full)

    def refresh(self) -> None:
        try:
            short, full = self.texts()
        except Exception as exc:  # the database is gone for a moment: the next refresh will tell
            log.warning("year-end reminder not readable: %s", exc.__class__.__name__)
            return
        self.label.setText(short)
        self.label.setToolTip(full + ("\n\n" + tr("Щёлкните, чтобы открыть вкладку «Конец года».") if full else ""))
        self.label.setVisible(bool(short))

    def stop(self) -> None:
        self.timer.stop()

    def open_tab(self) -> None:
        show = getattr(self.window, "show_tab", None)
        if show is not None:
            show("year_end")

