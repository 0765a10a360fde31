"""«Структура школы»: years and periods with holidays, classes, subjects, the load, bells.

Plain tables with form dialogs; every change goes through the services
(:mod:`services.structure`, :mod:`services.structure_admin`) and every refusal
through the one error boundary.  A panel of the «Администрирование» tab: a
self-contained widget with :meth:`StructurePanel.refresh`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.i18n import decimal_text
from ejournal_desktop.services import structure
from ejournal_desktop.services import structure_admin as sa
from ejournal_desktop.services.permissions import Action
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.qdates import date_edit, from_qdate
from ejournal_desktop.ui.session import Session

KEY = Qt.ItemDataRole.UserRole
HINT_STYLE = "color: #5f6368;"


# --- small shared pieces (the timetable editor uses them too) ----------------------------------------








def make_table(parent: QWidget, headers: Sequence[str], name: str,
               widths: Sequence[int] = ()) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(26)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    for col, width in enumerate(widths):
        table.setColumnWidth(col, width)
    return table


def fill_table(table: QTableWidget, rows: Sequence[tuple[object, Sequence[str]]]) -> None:
    """Rows of texts; the key of each row is kept in the first cell (UserRole). Keeps the selection."""
    keep = selected_key(table)
    table.setRowCount(len(rows))
    for r, (key, texts) in enumerate(rows):
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c == 0:
                item.setData(KEY, key)
            table.setItem(r, c, item)
    if keep is not None:
        select_key(table, keep)


def selected_key(table: QTableWidget) -> Any:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(KEY) if item is not None else None


def select_key(table: QTableWidget, key: object) -> bool:
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        if item is not None and item.data(KEY) == key:
            table.selectRow(r)
            return True
    return False


def bold_title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def hours_text(hours: Decimal) -> str:
    """Hours a week as the interface writes them: «1,5» (English «1.5»), «2»."""
    return decimal_text(hours.normalize())


class FormDialog(QDialog):
    """A form whose OK calls a service through the boundary; it closes only when the call succeeds."""

    def __init__(self, title: str, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.submit: Callable[[], object] = lambda: None
        self.result_value: Any = None
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Сохранить"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("okButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def save(self) -> None:
        value = boundary.run(self, self.submit)
        if value is not None:
            self.result_value = value
            self.accept()

    def ok(self) -> None:
        """Press «Сохранить» (tests)."""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def person_combo(parent: QWidget, people: Sequence[sa.Person], current: int | None, name: str,
                 empty: str | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    if empty is not None:
        combo.addItem(empty, None)
    for p in people:
        combo.addItem(p.name, p.id)
        combo.setItemData(combo.count() - 1, p.full_name, Qt.ItemDataRole.ToolTipRole)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


# --- dialogs --------------------------------------------------------------------------------------


class YearDialog(FormDialog):
    def __init__(self, parent: QWidget, year: sa.YearInfo | None, session: Session) -> None:
        super().__init__(self_tr("Учебный год"), parent, "yearDialog")
        today = session.today()
        first = today.year if today.month >= 6 else today.year - 1
        self.name_edit = QLineEdit(year.name if year else f"{first}/{first + 1}", self)
        self.name_edit.setObjectName("nameEdit")
        self.start_edit = date_edit(self, year.start if year else dt.date(first, 9, 1), "startEdit")
        self.end_edit = date_edit(self, year.end if year else dt.date(first + 1, 5, 31), "endEdit")
        self.days_combo = QComboBox(self)
        self.days_combo.setObjectName("daysCombo")
        self.days_combo.addItem(self.tr("пятидневная"), 5)
        self.days_combo.addItem(self.tr("шестидневная"), 6)
        self.days_combo.setCurrentIndex(max(self.days_combo.findData(year.days_per_week if year else 5), 0))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        for kind, title in (("quarter", self.tr("четверти")), ("half", self.tr("полугодия")),
                            ("trimester", self.tr("триместры"))):
            self.kind_combo.addItem(title, kind)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(year.period_kind if year else "quarter"), 0))
        self.kind_combo.setEnabled(year is None)
        self.form.addRow(self.tr("Учебный год:"), self.name_edit)
        self.form.addRow(self.tr("Начало:"), self.start_edit)
        self.form.addRow(self.tr("Окончание:"), self.end_edit)
        self.form.addRow(self.tr("Учебная неделя:"), self.days_combo)
        self.form.addRow(self.tr("Учебные периоды:"), self.kind_combo)
        actor = session.actor

        def submit() -> object:
            args = (self.name_edit.text(), from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date()))
            if year is None:
                return structure.create_year(actor, *args, days_per_week=int(self.days_combo.currentData()),
                                             period_kind=str(self.kind_combo.currentData()))
            return sa.update_year(actor, year.id, *args, days_per_week=int(self.days_combo.currentData()))
        self.submit = submit


def self_tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("StructurePanel", text)


class PeriodDialog(FormDialog):
    def __init__(self, parent: QWidget, session: Session, year: sa.YearInfo,
                 period: sa.PeriodInfo | None) -> None:
        super().__init__(self_tr("Учебный период"), parent, "periodDialog")
        number = period.number if period else len(year.periods) + 1
        kind = {"quarter": self.tr("%d четверть"), "half": self.tr("%d полугодие"),
                "trimester": self.tr("%d триместр")}.get(year.period_kind, self.tr("%d период"))
        last_end = max((p.end for p in year.periods), default=year.start - dt.timedelta(days=1))
        self.number_spin = QSpinBox(self)
        self.number_spin.setObjectName("numberSpin")
        self.number_spin.setRange(1, 6)
        self.number_spin.setValue(number)
        self.number_spin.setEnabled(period is None)
        self.name_edit = QLineEdit(period.name if period else kind % number, self)
        self.name_edit.setObjectName("nameEdit")
        start = period.start if period else min(last_end + dt.timedelta(days=1), year.end)
        self.start_edit = date_edit(self, start, "startEdit")
        self.end_edit = date_edit(self, period.end if period else min(start + dt.timedelta(days=55), year.end),
                                  "endEdit")
        self.form.addRow(self.tr("Номер:"), self.number_spin)
        self.form.addRow(self.tr("Название:"), self.name_edit)
        self.form.addRow(self.tr("Начало:"), self.start_edit)
        self.form.addRow(self.tr("Окончание:"), self.end_edit)

        def submit() -> object:
            name = self.name_edit.text()
            start, end = from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())
            if period is None:
                return structure.add_period(session.actor, year.id, self.number_spin.value(), name, start, end)
            return sa.update_period(session.actor, period.id, name, start, end)
        self.submit = submit


class HolidayDialog(FormDialog):
    def __init__(self, parent: QWidget, session: Session, year: sa.YearInfo,
                 holiday: sa.HolidayInfo | None) -> None:
        super().__init__(self_tr("Каникулы"), parent, "holidayDialog")
        self.name_edit = QLineEdit(holiday.name if holiday else self.tr("Осенние каникулы"), self)
        self.name_edit.setObjectName("nameEdit")
        start = holiday.start if holiday else year.start
        self.start_edit = date_edit(self, start, "startEdit")
        self.end_edit = date_edit(self, holiday.end if holiday else start + dt.timedelta(days=8), "endEdit")
        self.form.addRow(self.tr("Название:"), self.name_edit)
        self.form.addRow(self.tr("Начало:"), self.start_edit)
        self.form.addRow(self.tr("Окончание:"), self.end_edit)

        def submit() -> object:
            args = (self.name_edit.text(), from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date()))
            if holiday is None:
                return structure.add_holiday(session.actor, year.id, *args)
            return sa.update_holiday(session.actor, holiday.id, *args)
        self.submit = submit


class NextYearDialog(FormDialog):
    """«Начать следующий учебный год»: dates, the promotion order, выпуск of the 9th and the 11th.

    Every student of the 9th and 11th classes is listed with what happens to them: the 9th go on
    to the 10th unless marked as graduating, the 11th graduate; anyone may be left to repeat the
    year.  The graduation order (number, date) and the graduates' last day close their enrolments.
    """

    GO_ON, GRADUATE, REPEAT = "on", "out", "again"

    def __init__(self, parent: QWidget, session: Session, year: sa.YearInfo,
                 pupils: Sequence[sa.PupilInfo]) -> None:
        super().__init__(self_tr("Начать следующий учебный год"), parent, "nextYearDialog")
        first = year.end.year
        self.name_edit = QLineEdit(f"{first}/{first + 1}", self)
        self.name_edit.setObjectName("nameEdit")
        self.start_edit = date_edit(self, sa.plus_year(year.start), "startEdit")
        self.end_edit = date_edit(self, sa.plus_year(year.end), "endEdit")
        self.order_edit = QLineEdit(self)
        self.order_edit.setObjectName("orderEdit")
        self.order_edit.setPlaceholderText(self.tr("например, № 45 от 30.05"))
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("с"), self))
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("по"), self))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        self.form.addRow(self.tr("Новый учебный год:"), self.name_edit)
        self.form.addRow(self.tr("Даты:"), dates)
        self.form.addRow(self.tr("Приказ о переводе:"), self.order_edit)
        about = QLabel(self.tr(
            "Классы 1–10 переходят в следующую параллель (5А → 6А) вместе с учащимися, классным "
            "руководителем и нагрузкой (проверьте её потом). Четверти и каникулы переносятся с датами "
            "на год вперёд. В учебном году %s записывается только выбытие выпускников.") % year.name, self)
        about.setWordWrap(True)
        about.setStyleSheet(HINT_STYLE)
        self.form.addRow(about)

        self.pupils = list(pupils)
        self.pupils_table = make_table(self, [self.tr("Класс"), self.tr("Учащийся"), self.tr("Решение")],
                                       "graduatesTable")
        self.pupils_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.pupils_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.pupils_table.setColumnWidth(0, 52)
        self.pupils_table.setColumnWidth(2, 300)
        self.pupils_table.setRowCount(len(self.pupils))
        self.choices: list[QComboBox] = []
        for row, pupil in enumerate(self.pupils):
            level = int("".join(ch for ch in pupil.class_name if ch.isdigit()) or 0)
            self.pupils_table.setItem(row, 0, QTableWidgetItem(pupil.class_name))
            self.pupils_table.setItem(row, 1, QTableWidgetItem(pupil.name))
            self.pupils_table.item(row, 1).setToolTip(pupil.name)
            combo = QComboBox(self.pupils_table)
            combo.setObjectName(f"decision{pupil.id}")
            if level == 9:
                combo.addItem(self.tr("переходит в 10 класс"), self.GO_ON)
            combo.addItem(self.tr("выпускается (окончил(а) школу)") if level == 11
                          else self.tr("выпускается (уходит из школы)"), self.GRADUATE)
            combo.addItem(self.tr("оставлен(а) на повторное обучение"), self.REPEAT)
            combo.currentIndexChanged.connect(lambda _i: self._update_count())
            self.pupils_table.setCellWidget(row, 2, combo)
            self.choices.append(combo)
        self.pupils_table.setMinimumHeight(150 if self.pupils else 60)
        title = QLabel(self.tr("Учащиеся 9 и 11 классов:") if self.pupils
                       else self.tr("В 9 и 11 классах нет учащихся: выпуска нет."), self)
        self.form.addRow(title)
        if self.pupils:
            self.form.addRow(self.pupils_table)
        else:
            self.pupils_table.hide()

        box = QGroupBox(self.tr("Выпуск"), self)
        box.setObjectName("graduationBox")
        grid = QFormLayout(box)
        self.grad_number_edit = QLineEdit(self)
        self.grad_number_edit.setObjectName("graduationNumberEdit")
        self.grad_number_edit.setPlaceholderText(self.tr("номер, например 112-у"))
        self.grad_date_edit = date_edit(self, year.end, "graduationDateEdit")
        self.last_day_edit = date_edit(self, year.end, "graduationLastDayEdit")
        number_row = QHBoxLayout()
        number_row.addWidget(QLabel(self.tr("№"), self))
        number_row.addWidget(self.grad_number_edit, 1)
        number_row.addWidget(QLabel(self.tr("от"), self))
        number_row.addWidget(self.grad_date_edit)
        grid.addRow(self.tr("Приказ о выпуске:"), number_row)
        day_row = QHBoxLayout()
        day_row.addWidget(self.last_day_edit)
        day_row.addWidget(QLabel(self.tr("(последний день в школе; по умолчанию — конец учебного года)"), self))
        day_row.addStretch(1)
        grid.addRow(self.tr("Дата выбытия:"), day_row)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("graduatesCount")
        self.count_label.setWordWrap(True)
        self.count_label.setStyleSheet(HINT_STYLE)
        grid.addRow(self.count_label)
        self.form.addRow(box)
        self._update_count()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Начать учебный год"))
        self.setMinimumWidth(760)

        def submit() -> object:
            graduation = None
            if self.grad_number_edit.text().strip():
                graduation = sa.GraduationOrder(self.grad_number_edit.text(), from_qdate(self.grad_date_edit.date()),
                                                from_qdate(self.last_day_edit.date()))
            return sa.start_next_year(
                session.actor, year.id, self.name_edit.text(), from_qdate(self.start_edit.date()),
                from_qdate(self.end_edit.date()), leaving=self.leaving_ids(), repeating=self.repeating_ids(),
                order=self.order_edit.text(), graduation=graduation)
        self.submit = submit

    def set_decision(self, student_id: int, decision: str) -> None:
        """Choose what happens to one student (tests, keyboard users)."""
        for pupil, combo in zip(self.pupils, self.choices, strict=True):
            if pupil.id == student_id:
                combo.setCurrentIndex(combo.findData(decision))
                return
        raise KeyError(student_id)

    def _ids(self, decision: str, *, ninth_only: bool = False) -> list[int]:
        return [p.id for p, combo in zip(self.pupils, self.choices, strict=True)
                if combo.currentData() == decision and (not ninth_only or combo.findData(self.GO_ON) >= 0)]

    def leaving_ids(self) -> list[int]:
        """9th-graders who leave the school (the 11th graduate without being named)."""
        return self._ids(self.GRADUATE, ninth_only=True)

    def repeating_ids(self) -> list[int]:
        return self._ids(self.REPEAT)

    def _update_count(self) -> None:
        graduates = len(self._ids(self.GRADUATE))
        repeaters = len(self.repeating_ids())
        self.count_label.setText(self.tr(
            "Выпускается учащихся: %d (основание: окончание основного или среднего общего образования); "
            "остаются на повторное обучение: %d.") % (graduates, repeaters))


class ClassDialog(FormDialog):
    def __init__(self, parent: QWidget, session: Session, year_id: int, teachers: Sequence[sa.Person],
                 cls: sa.ClassInfo | None, *, group: bool = False) -> None:
        group = group or bool(cls and cls.extracurricular)
        super().__init__(self_tr("Группа (кружок)") if group else self_tr("Класс"), parent, "classDialog")
        self.level_spin = QSpinBox(self)
        self.level_spin.setObjectName("levelSpin")
        self.level_spin.setRange(1, 11)
        self.level_spin.setValue(cls.level if cls and cls.level else 1)
        self.letter_edit = QLineEdit(cls.letter if cls else self.tr("А"), self)
        self.letter_edit.setObjectName("letterEdit")
        self.letter_edit.setMaxLength(2)
        self.title_edit = QLineEdit(cls.title if cls else "", self)
        self.title_edit.setObjectName("titleEdit")
        self.homeroom_combo = person_combo(self, teachers, cls.homeroom_id if cls else None, "homeroomCombo",
                                           self.tr("— не назначен —"))
        self.shift_combo = QComboBox(self)
        self.shift_combo.setObjectName("shiftCombo")
        self.shift_combo.addItem(self.tr("первая"), 1)
        self.shift_combo.addItem(self.tr("вторая"), 2)
        self.shift_combo.setCurrentIndex(max(self.shift_combo.findData(cls.shift if cls else 1), 0))
        self.profile_edit = QLineEdit(cls.profile if cls else "", self)
        self.profile_edit.setObjectName("profileEdit")
        if group:
            self.form.addRow(self.tr("Название:"), self.title_edit)
            self.form.addRow(self.tr("Руководитель:"), self.homeroom_combo)
        else:
            self.form.addRow(self.tr("Параллель:"), self.level_spin)
            self.form.addRow(self.tr("Буква:"), self.letter_edit)
            self.form.addRow(self.tr("Классный руководитель:"), self.homeroom_combo)
            self.form.addRow(self.tr("Смена:"), self.shift_combo)
            self.form.addRow(self.tr("Профиль:"), self.profile_edit)
        actor = session.actor

        def submit() -> object:
            homeroom = self.homeroom_combo.currentData()
            if cls is not None:
                return sa.update_class(actor, cls.id, level=self.level_spin.value(), letter=self.letter_edit.text(),
                                       title=self.title_edit.text(), homeroom_id=homeroom,
                                       shift=int(self.shift_combo.currentData()), profile=self.profile_edit.text())
            if group:
                return structure.create_group(actor, year_id, self.title_edit.text(), leader_id=homeroom)
            new_id = structure.create_class(actor, year_id, self.level_spin.value(), self.letter_edit.text(),
                                            homeroom_id=homeroom, shift=int(self.shift_combo.currentData()))
            if self.profile_edit.text().strip():
                sa.update_class(actor, new_id, level=self.level_spin.value(), letter=self.letter_edit.text(),
                                homeroom_id=homeroom, shift=int(self.shift_combo.currentData()),
                                profile=self.profile_edit.text())
            return new_id
        self.submit = submit


class SubjectDialog(FormDialog):
    def __init__(self, parent: QWidget, session: Session, subject: sa.SubjectInfo | None) -> None:
        super().__init__(self_tr("Предмет"), parent, "subjectDialog")
        self.name_edit = QLineEdit(subject.name if subject else "", self)
        self.name_edit.setObjectName("nameEdit")
        self.short_edit = QLineEdit(subject.short_name if subject else "", self)
        self.short_edit.setObjectName("shortEdit")
        self.short_edit.setPlaceholderText(self.tr("для расписания, например «Рус. яз.»"))
        self.form.addRow(self.tr("Название:"), self.name_edit)
        self.form.addRow(self.tr("Сокращение:"), self.short_edit)

        def submit() -> object:
            if subject is None:
                return structure.create_subject(session.actor, self.name_edit.text(), self.short_edit.text())
            return sa.update_subject(session.actor, subject.id, self.name_edit.text(), self.short_edit.text())
        self.submit = submit


class AssignmentDialog(FormDialog):
    """Нагрузка: teacher × subject × class (or subgroup) × hours a week."""

    def __init__(self, parent: QWidget, session: Session, classes: Sequence[sa.ClassInfo],
                 subjects: Sequence[sa.SubjectInfo], teachers: Sequence[sa.Person],
                 load: sa.AssignmentInfo | None, class_id: int | None = None) -> None:
        super().__init__(self_tr("Нагрузка"), parent, "assignmentDialog")
        self.session = session
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("classCombo")
        for c in classes:
            self.class_combo.addItem(c.name, c.id)
        self.class_combo.setCurrentIndex(max(self.class_combo.findData(load.class_id if load else class_id), 0))
        self.subject_combo = QComboBox(self)
        self.subject_combo.setObjectName("subjectCombo")
        for s in subjects:
            self.subject_combo.addItem(s.name, s.id)
        self.subject_combo.setCurrentIndex(max(self.subject_combo.findData(load.subject_id if load else None), 0))
        self.subgroup_combo = QComboBox(self)
        self.subgroup_combo.setObjectName("subgroupCombo")
        self.teacher_combo = person_combo(self, teachers, load.teacher_id if load else None, "teacherCombo")
        self.hours_spin = QDoubleSpinBox(self)
        self.hours_spin.setObjectName("hoursSpin")
        self.hours_spin.setRange(0.5, 12)
        self.hours_spin.setSingleStep(0.5)
        self.hours_spin.setDecimals(1)
        self.hours_spin.setValue(float(load.hours) if load else 1.0)
        self.class_combo.setEnabled(load is None)
        self.subject_combo.setEnabled(load is None)
        self.form.addRow(self.tr("Класс:"), self.class_combo)
        self.form.addRow(self.tr("Предмет:"), self.subject_combo)
        self.form.addRow(self.tr("Подгруппа:"), self.subgroup_combo)
        self.form.addRow(self.tr("Учитель:"), self.teacher_combo)
        self.form.addRow(self.tr("Часов в неделю:"), self.hours_spin)
        self.class_combo.currentIndexChanged.connect(self._fill_subgroups)
        self._fill_subgroups()
        if load is not None:
            self.subgroup_combo.setCurrentIndex(max(self.subgroup_combo.findData(load.subgroup_id), 0))

        def submit() -> object:
            hours = Decimal(str(round(self.hours_spin.value(), 1)))
            subgroup = self.subgroup_combo.currentData()
            if load is not None:
                return sa.update_assignment(session.actor, load.id, teacher_id=int(self.teacher_combo.currentData()),
                                            hours_per_week=hours, subgroup_id=subgroup)
            return structure.create_assignment(
                session.actor, int(self.teacher_combo.currentData()), int(self.subject_combo.currentData()),
                int(self.class_combo.currentData()), hours, subgroup_id=subgroup)
        self.submit = submit

    def _fill_subgroups(self) -> None:
        self.subgroup_combo.clear()
        self.subgroup_combo.addItem(self.tr("весь класс"), None)
        cid = self.class_combo.currentData()
        if cid is None:
            return
        for g in boundary.run(self, sa.list_subgroups, self.session.actor, int(cid)) or []:
            self.subgroup_combo.addItem(g.name, g.id)


class BellDialog(FormDialog):
    def __init__(self, parent: QWidget, session: Session, shift: int, bell: sa.BellInfo | None,
                 next_number: int) -> None:
        super().__init__(self_tr("Звонок"), parent, "bellDialog")
        self.number_spin = QSpinBox(self)
        self.number_spin.setObjectName("numberSpin")
        self.number_spin.setRange(1, 12)
        self.number_spin.setValue(bell.number if bell else next_number)
        self.number_spin.setEnabled(bell is None)
        self.start_edit = QTimeEdit(self)
        self.start_edit.setObjectName("startEdit")
        self.start_edit.setDisplayFormat("HH:mm")
        self.end_edit = QTimeEdit(self)
        self.end_edit.setObjectName("endEdit")
        self.end_edit.setDisplayFormat("HH:mm")
        start = QTime.fromString(bell.start, "HH:mm") if bell else QTime(8, 30)
        end = QTime.fromString(bell.end, "HH:mm") if bell else start.addSecs(45 * 60)
        self.start_edit.setTime(start)
        self.end_edit.setTime(end)
        self.start_edit.timeChanged.connect(
            lambda t: self.end_edit.setTime(t.addSecs(45 * 60)) if bell is None else None)
        self.form.addRow(self.tr("Урок №:"), self.number_spin)
        self.form.addRow(self.tr("Начало:"), self.start_edit)
        self.form.addRow(self.tr("Конец:"), self.end_edit)

        def submit() -> object:
            return structure.set_bell(session.actor, shift, self.number_spin.value(),
                                      self.start_edit.time().toString("HH:mm"),
                                      self.end_edit.time().toString("HH:mm"))
        self.submit = submit


# --- the panel --------------------------------------------------------------------------------


class StructurePanel(QWidget):
    """Years and periods with holidays, classes, subjects, the load, bells."""

    refresh_on_show = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("structurePanel")
        self.session = session
        self.editable = session.may(Action.EDIT_STRUCTURE)
        self.years: list[sa.YearInfo] = []
        self.classes: list[sa.ClassInfo] = []
        self.subjects: list[sa.SubjectInfo] = []
        self.load: list[sa.AssignmentInfo] = []
        self.bells: list[sa.BellInfo] = []
        self._teachers: list[sa.Person] | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Учебный год:"), self))
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("yearCombo")
        self.year_combo.setMinimumContentsLength(10)
        bar.addWidget(self.year_combo)
        self.year_state = QLabel(self)
        self.year_state.setObjectName("yearStateLabel")
        self.year_state.setStyleSheet(HINT_STYLE)
        bar.addWidget(self.year_state, 1)
        self.refresh_button = QPushButton(self.tr("Обновить"), self)
        self.refresh_button.setObjectName("refreshButton")
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("structureTabs")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self._build_years()
        self._build_classes()
        self._build_subjects()
        self._build_load()
        self._build_bells()
        if not self.editable:
            note = QLabel(self.tr("Только просмотр: изменять структуру школы может администратор ЭЖ."), self)
            note.setStyleSheet(HINT_STYLE)
            layout.addWidget(note)
            for button in self.findChildren(QPushButton):
                if button is not self.refresh_button:
                    button.setEnabled(False)
        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh()

    def _buttons(self, parent: QWidget, specs: Sequence[tuple[str, str, Callable[[], None]]]) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, name, slot in specs:
            button = QPushButton(text, parent)
            button.setObjectName(name)
            button.clicked.connect(slot)
            setattr(self, name, button)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # --- building the pages -------------------------------------------------------------------

    def _build_years(self) -> None:
        page = QWidget(self)
        page.setObjectName("yearsPage")
        layout = QVBoxLayout(page)
        self.years_table = make_table(page, [self.tr("Учебный год"), self.tr("Начало"), self.tr("Окончание"),
                                             self.tr("Неделя"), self.tr("Периоды"), self.tr("Классов"),
                                             self.tr("Заверено")],
                                      "yearsTable", (110, 100, 100, 120, 110, 80))
        self.years_table.setMaximumHeight(150)
        layout.addWidget(self.years_table)
        layout.addLayout(self._buttons(page, (
            (self.tr("Добавить год…"), "addYearButton", self.add_year),
            (self.tr("Изменить…"), "editYearButton", self.edit_year),
            (self.tr("Удалить"), "deleteYearButton", self.delete_year),
            (self.tr("Начать следующий учебный год…"), "nextYearButton", self.next_year),
        )))
        split = QSplitter(Qt.Orientation.Horizontal, page)
        periods_box = QGroupBox(self.tr("Учебные периоды"), split)
        pl = QVBoxLayout(periods_box)
        self.periods_table = make_table(periods_box, [self.tr("№"), self.tr("Период"), self.tr("Начало"),
                                                      self.tr("Окончание"), self.tr("Дней"), self.tr("Состояние")],
                                        "periodsTable", (30, 96, 86, 86, 44))
        pl.addWidget(self.periods_table)
        pl.addLayout(self._buttons(periods_box, (
            (self.tr("Добавить период…"), "addPeriodButton", self.add_period),
            (self.tr("Изменить…"), "editPeriodButton", self.edit_period),
            (self.tr("Удалить"), "deletePeriodButton", self.delete_period),
        )))
        holidays_box = QGroupBox(self.tr("Каникулы и праздники"), split)
        hl = QVBoxLayout(holidays_box)
        self.holidays_table = make_table(holidays_box, [self.tr("Название"), self.tr("Начало"),
                                                        self.tr("Окончание"), self.tr("Дней")],
                                         "holidaysTable", (160, 86, 86))
        hl.addWidget(self.holidays_table)
        hl.addLayout(self._buttons(holidays_box, (
            (self.tr("Добавить каникулы…"), "addHolidayButton", self.add_holiday),
            (self.tr("Изменить…"), "editHolidayButton", self.edit_holiday),
            (self.tr("Удалить"), "deleteHolidayButton", self.delete_holiday),
        )))
        split.addWidget(periods_box)
        split.addWidget(holidays_box)
        layout.addWidget(split, 1)
        self.years_table.itemSelectionChanged.connect(self._year_row_changed)
        self.years_table.doubleClicked.connect(lambda _i: self.edit_year())
        self.periods_table.doubleClicked.connect(lambda _i: self.edit_period())
        self.holidays_table.doubleClicked.connect(lambda _i: self.edit_holiday())
        self.tabs.addTab(page, self.tr("Годы, периоды, каникулы"))

    def _build_classes(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.classes_table = make_table(page, [self.tr("Класс"), self.tr("Классный руководитель"),
                                               self.tr("Смена"), self.tr("Учащихся"), self.tr("Профиль")],
                                        "classesTable", (160, 230, 70, 80))
        layout.addWidget(self.classes_table, 1)
        layout.addLayout(self._buttons(page, (
            (self.tr("Добавить класс…"), "addClassButton", self.add_class),
            (self.tr("Добавить кружок…"), "addGroupButton", self.add_group),
            (self.tr("Изменить…"), "editClassButton", self.edit_class),
            (self.tr("Удалить"), "deleteClassButton", self.delete_class),
        )))
        self.classes_table.doubleClicked.connect(lambda _i: self.edit_class())
        self.tabs.addTab(page, self.tr("Классы"))

    def _build_subjects(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.subjects_table = make_table(page, [self.tr("Предмет"), self.tr("Сокращение"),
                                                self.tr("В нагрузке")], "subjectsTable", (260, 140))
        layout.addWidget(self.subjects_table, 1)
        layout.addLayout(self._buttons(page, (
            (self.tr("Добавить предмет…"), "addSubjectButton", self.add_subject),
            (self.tr("Изменить…"), "editSubjectButton", self.edit_subject),
            (self.tr("Удалить"), "deleteSubjectButton", self.delete_subject),
        )))
        self.subjects_table.doubleClicked.connect(lambda _i: self.edit_subject())
        self.tabs.addTab(page, self.tr("Предметы"))

    def _build_load(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Класс:"), page))
        self.load_class_combo = QComboBox(page)
        self.load_class_combo.setObjectName("loadClassCombo")
        self.load_class_combo.setMinimumContentsLength(12)
        bar.addWidget(self.load_class_combo)
        self.load_total = QLabel(page)
        self.load_total.setObjectName("loadTotalLabel")
        self.load_total.setStyleSheet(HINT_STYLE)
        bar.addWidget(self.load_total, 1)
        layout.addLayout(bar)
        self.load_table = make_table(page, [self.tr("Класс"), self.tr("Предмет"), self.tr("Подгруппа"),
                                            self.tr("Учитель"), self.tr("Часов в неделю"),
                                            self.tr("Уроков в расписании"), self.tr("Проведено уроков")],
                                     "loadTable", (70, 190, 110, 170, 120, 150))
        layout.addWidget(self.load_table, 1)
        layout.addLayout(self._buttons(page, (
            (self.tr("Добавить нагрузку…"), "addLoadButton", self.add_assignment),
            (self.tr("Изменить…"), "editLoadButton", self.edit_assignment),
            (self.tr("Удалить"), "deleteLoadButton", self.delete_assignment),
        )))
        self.load_class_combo.currentIndexChanged.connect(lambda _i: None if self._loading else self._fill_load())
        self.load_table.doubleClicked.connect(lambda _i: self.edit_assignment())
        self.tabs.addTab(page, self.tr("Нагрузка"))

    def _build_bells(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Смена:"), page))
        self.shift_combo = QComboBox(page)
        self.shift_combo.setObjectName("bellShiftCombo")
        self.shift_combo.addItem(self.tr("первая"), 1)
        self.shift_combo.addItem(self.tr("вторая"), 2)
        bar.addWidget(self.shift_combo)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.bells_table = make_table(page, [self.tr("Урок"), self.tr("Начало"), self.tr("Конец"),
                                             self.tr("Перемена после")], "bellsTable", (60, 90, 90))
        layout.addWidget(self.bells_table, 1)
        layout.addLayout(self._buttons(page, (
            (self.tr("Добавить звонок…"), "addBellButton", self.add_bell),
            (self.tr("Изменить…"), "editBellButton", self.edit_bell),
            (self.tr("Удалить"), "deleteBellButton", self.delete_bell),
        )))
        self.shift_combo.currentIndexChanged.connect(lambda _i: self._fill_bells())
        self.bells_table.doubleClicked.connect(lambda _i: self.edit_bell())
        self.tabs.addTab(page, self.tr("Звонки"))

    # --- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        years = boundary.run(self, sa.list_years, self.session.actor)
        if years is None:
            return
        self.years = years
        self._teachers = None
        keep = self.year_id()
        self._loading = True
        self.year_combo.clear()
        for y in years:
            self.year_combo.addItem(y.name, y.id)
        if keep is None and years:
            today = self.session.today()
            current = next((y for y in years if y.start <= today <= y.end), None)
            keep = (current or years[-1]).id
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(keep), 0) if years else -1)
        self._loading = False
        fill_table(self.years_table, [
            (y.id, [y.name, format_date_ru(y.start), format_date_ru(y.end),
                    self.tr("пятидневная") if y.days_per_week == 5 else self.tr("шестидневная"),
                    self._kind_title(y.period_kind), str(y.classes), str(y.certified) if y.certified else ""])
            for y in years])
        subjects = boundary.run(self, sa.list_subjects, self.session.actor)
        self.subjects = subjects or []
        fill_table(self.subjects_table, [
            (s.id, [s.name, s.short_name, str(s.assignments) if s.assignments else ""]) for s in self.subjects])
        self._fill_bells()
        self._year_changed()

    def _kind_title(self, kind: str) -> str:
        return {"quarter": self.tr("четверти"), "half": self.tr("полугодия"),
                "trimester": self.tr("триместры")}.get(kind, kind)

    def teachers(self) -> list[sa.Person]:
        if self._teachers is None:
            self._teachers = boundary.run(self, sa.list_teachers, self.session.actor) or []
        return self._teachers

    def year_id(self) -> int | None:
        data = self.year_combo.currentData()
        return int(data) if data is not None else None

    def year(self) -> sa.YearInfo | None:
        yid = self.year_id()
        return next((y for y in self.years if y.id == yid), None)

    def _year_changed(self) -> None:
        if self._loading:
            return
        year = self.year()
        if year is not None:
            select_key(self.years_table, year.id)
            state = self.tr("%s — %s, классов: %d") % (format_date_ru(year.start), format_date_ru(year.end),
                                                       year.classes)
            if year.certified:
                state += self.tr("; заверено журналов: %d") % year.certified
            self.year_state.setText(state)
        else:
            self.year_state.setText(self.tr("Учебных лет ещё нет: добавьте первый."))
        self._fill_periods()
        self._fill_classes()

    def _year_row_changed(self) -> None:
        key = selected_key(self.years_table)
        if key is not None and key != self.year_id():
            self.year_combo.setCurrentIndex(max(self.year_combo.findData(key), 0))

    def _fill_periods(self) -> None:
        year = self.year()
        fill_table(self.periods_table, [
            (p.id, [str(p.number), p.name, format_date_ru(p.start), format_date_ru(p.end),
                    str((p.end - p.start).days + 1), self.tr("закрыт") if p.closed else self.tr("открыт")])
            for p in (year.periods if year else [])])
        fill_table(self.holidays_table, [
            (h.id, [h.name, format_date_ru(h.start), format_date_ru(h.end), str((h.end - h.start).days + 1)])
            for h in (year.holidays if year else [])])

    def _fill_classes(self) -> None:
        yid = self.year_id()
        self.classes = (boundary.run(self, sa.list_classes, self.session.actor, yid) or []) if yid else []
        fill_table(self.classes_table, [
            (c.id, [c.name + (self.tr(" (кружок)") if c.extracurricular else ""), c.homeroom or "—",
                    "" if c.extracurricular else str(c.shift), str(c.students), c.profile])
            for c in self.classes])
        keep = self.load_class_combo.currentData()
        self._loading = True
        self.load_class_combo.clear()
        self.load_class_combo.addItem(self.tr("все классы"), None)
        for c in self.classes:
            self.load_class_combo.addItem(c.name, c.id)
        self.load_class_combo.setCurrentIndex(max(self.load_class_combo.findData(keep), 0))
        self._loading = False
        self._fill_load()

    def _fill_load(self) -> None:
        yid = self.year_id()
        cid = self.load_class_combo.currentData()
        self.load = (boundary.run(self, sa.list_assignments, self.session.actor, yid, cid,
                                  on=self.session.today()) or []) if yid else []
        fill_table(self.load_table, [
            (a.id, [a.class_name, a.subject, a.subgroup or self.tr("весь класс"), a.teacher, hours_text(a.hours),
                    str(a.weekly), str(a.lessons)])
            for a in self.load])
        total = sum((a.hours for a in self.load), Decimal(0))
        self.load_total.setText(self.tr("Итого: %s ч в неделю, нагрузок: %d") % (hours_text(total), len(self.load)))

    def _fill_bells(self) -> None:
        bells = boundary.run(self, sa.list_bells, self.session.actor) or []
        shift = int(self.shift_combo.currentData() or 1)
        self.bells = [b for b in bells if b.shift == shift]
        rows = []
        for i, b in enumerate(self.bells):
            pause = ""
            if i + 1 < len(self.bells):
                end, nxt = QTime.fromString(b.end, "HH:mm"), QTime.fromString(self.bells[i + 1].start, "HH:mm")
                pause = self.tr("%d мин") % (end.secsTo(nxt) // 60)
            rows.append((b.id, [str(b.number), b.start, b.end, pause]))
        fill_table(self.bells_table, rows)

    # --- commands: years, periods, holidays -----------------------------------------------------------

    def _confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.tr("Подтверждение"), text) == QMessageBox.StandardButton.Yes

    def _open(self, dialog: FormDialog) -> object:
        dialog.exec()
        value = dialog.result_value
        if value is not None:
            self.refresh()
        return value

    def add_year(self) -> None:
        value = self._open(YearDialog(self, None, self.session))
        if isinstance(value, int):
            self.year_combo.setCurrentIndex(max(self.year_combo.findData(value), 0))

    def edit_year(self) -> None:
        year = self.year()
        if year is not None:
            self._open(YearDialog(self, year, self.session))

    def delete_year(self) -> None:
        year = self.year()
        if year is not None and self._confirm(self.tr("Удалить учебный год %s?") % year.name):
            if boundary.run(self, sa.delete_year, self.session.actor, year.id) is not None:
                self.year_combo.setCurrentIndex(-1)
                self.refresh()

    def next_year(self) -> None:
        year = self.year()
        if year is None:
            return
        pupils = [*(boundary.run(self, sa.pupils_of_level, self.session.actor, year.id, 9) or []),
                  *(boundary.run(self, sa.pupils_of_level, self.session.actor, year.id, 11) or [])]
        dialog = NextYearDialog(self, self.session, year, pupils)
        dialog.exec()
        result = dialog.result_value
        if not isinstance(result, sa.NextYearResult):
            return
        self.refresh()
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(result.year_id), 0))
        moved = ", ".join(f"{a} → {b}" for a, b in result.classes.items()) or self.tr("нет")
        QMessageBox.information(self, self.tr("Новый учебный год открыт"), self.tr(
            "Классы: %s.\nПереведено учащихся: %d, из них оставлены на повторное обучение: %d.\n"
            "Выпускные классы: %s; выпускников: %d (выбытие оформлено сейчас: %d).\n"
            "Перенесено нагрузок: %d (проверьте часы и учителей). Периодов: %d, каникул: %d.")
            % (moved, result.students, result.repeaters, ", ".join(result.graduated) or self.tr("нет"),
               result.leavers, result.graduates, result.assignments, result.periods, result.holidays))

    def _period(self) -> sa.PeriodInfo | None:
        year, key = self.year(), selected_key(self.periods_table)
        return next((p for p in year.periods if p.id == key), None) if year else None

    def _holiday(self) -> sa.HolidayInfo | None:
        year, key = self.year(), selected_key(self.holidays_table)
        return next((h for h in year.holidays if h.id == key), None) if year else None

    def add_period(self) -> None:
        year = self.year()
        if year is not None:
            self._open(PeriodDialog(self, self.session, year, None))

    def edit_period(self) -> None:
        year, period = self.year(), self._period()
        if year is not None and period is not None:
            self._open(PeriodDialog(self, self.session, year, period))

    def delete_period(self) -> None:
        period = self._period()
        if period is not None and self._confirm(self.tr("Удалить период «%s»?") % period.name):
            if boundary.run(self, sa.delete_period, self.session.actor, period.id) is not None:
                self.refresh()

    def add_holiday(self) -> None:
        year = self.year()
        if year is not None:
            self._open(HolidayDialog(self, self.session, year, None))

    def edit_holiday(self) -> None:
        year, holiday = self.year(), self._holiday()
        if year is not None and holiday is not None:
            self._open(HolidayDialog(self, self.session, year, holiday))

    def delete_holiday(self) -> None:
        holiday = self._holiday()
        if holiday is not None and self._confirm(self.tr("Удалить «%s»?") % holiday.name):
            if boundary.run(self, sa.delete_holiday, self.session.actor, holiday.id) is not None:
                self.refresh()

    # --- commands: classes, subjects, load, bells ----------------------------------------------------

    def _class(self) -> sa.ClassInfo | None:
        key = selected_key(self.classes_table)
        return next((c for c in self.classes if c.id == key), None)

    def add_class(self) -> None:
        yid = self.year_id()
        if yid is not None:
            self._open(ClassDialog(self, self.session, yid, self.teachers(), None))

    def add_group(self) -> None:
        yid = self.year_id()
        if yid is not None:
            self._open(ClassDialog(self, self.session, yid, self.teachers(), None, group=True))

    def edit_class(self) -> None:
        cls, yid = self._class(), self.year_id()
        if cls is not None and yid is not None:
            self._open(ClassDialog(self, self.session, yid, self.teachers(), cls))

    def delete_class(self) -> None:
        cls = self._class()
        if cls is not None and self._confirm(
                self.tr("Удалить %s вместе с его нагрузкой и расписанием?") % cls.name):
            if boundary.run(self, sa.delete_class, self.session.actor, cls.id) is not None:
                self.refresh()

    def _subject(self) -> sa.SubjectInfo | None:
        key = selected_key(self.subjects_table)
        return next((s for s in self.subjects if s.id == key), None)

    def add_subject(self) -> None:
        self._open(SubjectDialog(self, self.session, None))

    def edit_subject(self) -> None:
        subject = self._subject()
        if subject is not None:
            self._open(SubjectDialog(self, self.session, subject))

    def delete_subject(self) -> None:
        subject = self._subject()
        if subject is not None and self._confirm(self.tr("Удалить предмет «%s»?") % subject.name):
            if boundary.run(self, sa.delete_subject, self.session.actor, subject.id) is not None:
                self.refresh()

    def _assignment(self) -> sa.AssignmentInfo | None:
        key = selected_key(self.load_table)
        return next((a for a in self.load if a.id == key), None)

    def _assignment_dialog(self, load: sa.AssignmentInfo | None) -> AssignmentDialog:
        return AssignmentDialog(self, self.session, [c for c in self.classes], self.subjects, self.teachers(),
                                load, self.load_class_combo.currentData())

    def add_assignment(self) -> None:
        if self.classes:
            self._open(self._assignment_dialog(None))

    def edit_assignment(self) -> None:
        load = self._assignment()
        if load is not None:
            self._open(self._assignment_dialog(load))

    def delete_assignment(self) -> None:
        load = self._assignment()
        if load is not None and self._confirm(self.tr("Удалить нагрузку «%s»?") % load.title):
            if boundary.run(self, sa.delete_assignment, self.session.actor, load.id) is not None:
                self.refresh()

    def _bell(self) -> sa.BellInfo | None:
        key = selected_key(self.bells_table)
        return next((b for b in self.bells if b.id == key), None)

    def add_bell(self) -> None:
        number = max((b.number for b in self.bells), default=0) + 1
        self._open(BellDialog(self, self.session, int(self.shift_combo.currentData() or 1), None, number))

    def edit_bell(self) -> None:
        bell = self._bell()
        if bell is not None:
            self._open(BellDialog(self, self.session, bell.shift, bell, bell.number))

    def delete_bell(self) -> None:
        bell = self._bell()
        if bell is not None and self._confirm(self.tr("Удалить звонок на %d-й урок?") % bell.number):
            if boundary.run(self, sa.delete_bell, self.session.actor, bell.id) is not None:
                self.refresh()
