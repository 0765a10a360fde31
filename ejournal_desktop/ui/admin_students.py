"""«Учащиеся»: class list → students → the personal card with parents and consents.

Enrolment, leaving (date, reason, order), transfer to another class, parents and
their contacts, consents to process personal data (152-ФЗ) and who lacks one,
the homeroom teacher's monthly check; the consent form, the extract of marks and
the year-marks sheet printed as PDF.  The administrator works with every class,
the homeroom teacher with the own class; the rest of the administration and the
subject teachers see, without the editing buttons (the services refuse anyway).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.services import students
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.qdates import to_qdate
from ejournal_desktop.ui.session import Session
from ejournal_desktop.ui.stored_values import GENDERS, gender_label, relation_label, relation_value
from ejournal_desktop.ui.year_combo import YearCombo

RED = QBrush(QColor("#b00020"))
GREY = QBrush(QColor("#8a8a8a"))
USER = Qt.ItemDataRole.UserRole


def _d(day: dt.date | None) -> str:
    return format_date_ru(day) if day else ""




def _date_edit(parent: QWidget, day: dt.date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


def _pydate(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(24)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _stretch_first(t: QTableWidget, minimum: int, column: int = 0) -> None:
    """The name column takes the room left; the others keep their widths (no sideways scrolling)."""
    header = t.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(28)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    t.setMinimumWidth(minimum + sum(t.columnWidth(c) for c in range(t.columnCount()) if c != column) + 4)


def _genders() -> list[tuple[str, str]]:
    """The sex choices: shown in the interface's language, stored as «м» / «ж»."""
    return [("", ""), *((gender_label(g), g) for g in GENDERS)]


def _item(text: str, data: Any = None, brush: QBrush | None = None) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    if data is not None:
        it.setData(USER, data)
    if brush is not None:
        it.setForeground(brush)
    return it


class FormDialog(QDialog):
    """A small form: labelled fields and OK / Cancel."""

    def __init__(self, title: str, parent: QWidget | None = None, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Сохранить"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def line(self, label: str, text: str = "", name: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        self.form.addRow(label, edit)
        return edit

    def date(self, label: str, day: dt.date, name: str = "") -> QDateEdit:
        edit = _date_edit(self, day)
        edit.setObjectName(name)
        self.form.addRow(label, edit)
        return edit

    def combo(self, label: str, items: list[tuple[str, Any]], name: str = "", editable: bool = False) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setEditable(editable)
        for text, data in items:
            box.addItem(text, data)
        self.form.addRow(label, box)
        return box


class StudentsPanel(QWidget):
    """Classes, their students and the selected student's card."""

    refresh_on_show = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studentsPanel")
        self.session = session
        self.card: students.StudentCard | None = None
        self.class_rows: list[students.ClassRow] = []
        self.last_pdf: Path | None = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Учебный год:"), self))
        self.year_combo = YearCombo(self)
        top.addWidget(self.year_combo)
        self.only_active = QComboBox(self)
        self.only_active.setObjectName("whoCombo")
        self.only_active.addItems([self.tr("Все, кто учился в классе"), self.tr("Только обучающиеся сейчас")])
        top.addWidget(self.only_active)
        top.addStretch(1)
        self.missing_button = QPushButton(self.tr("Кто без согласия на обработку ПД"), self)
        self.missing_button.setObjectName("missingButton")
        self.check_button = QPushButton(self.tr("Проверка ПД проведена…"), self)
        self.check_button.setObjectName("pdCheckButton")
        top.addWidget(self.missing_button)
        top.addWidget(self.check_button)
        outer.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("studentsSplitter")
        self.class_list = QListWidget(splitter)
        self.class_list.setObjectName("classList")
        self.class_list.setMaximumWidth(200)
        self.class_list.setMinimumWidth(100)

        middle = QWidget(splitter)
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        self.class_label = QLabel(middle)
        self.class_label.setObjectName("classLabel")
        bold = QFont(self.class_label.font())
        bold.setBold(True)
        self.class_label.setFont(bold)
        mid.addWidget(self.class_label)
        self.student_table = _table(middle, [self.tr("№"), self.tr("ФИО"), self.tr("Дата рождения"),
                                             self.tr("Личное дело"), self.tr("В классе"), self.tr("Согласия")],
                                    "studentTable")
        fm = self.student_table.fontMetrics()
        consents = max(fm.horizontalAdvance(t) for t in (self.tr("нет у %d") % 9, self.tr("все есть"))) + 16
        for col, w in ((0, 28), (2, 112), (3, 96), (4, 86), (5, max(76, consents))):
            self.student_table.setColumnWidth(col, w)
        _stretch_first(self.student_table, 130, column=1)
        self.student_table.setMinimumWidth(0)  # narrow windows scroll sideways rather than clip the card
        mid.addWidget(self.student_table, 1)
        moves = QHBoxLayout()
        self.enroll_button = QPushButton(self.tr("Зачислить…"), middle)
        self.enroll_button.setObjectName("enrollButton")
        self.leave_button = QPushButton(self.tr("Выбытие…"), middle)
        self.leave_button.setObjectName("leaveButton")
        self.transfer_button = QPushButton(self.tr("Перевести в другой класс…"), middle)
        self.transfer_button.setObjectName("transferButton")
        for b in (self.enroll_button, self.leave_button, self.transfer_button):
            moves.addWidget(b)
        moves.addStretch(1)
        mid.addLayout(moves)
        self.check_label = QLabel(middle)
        self.check_label.setObjectName("pdCheckLabel")
        self.check_label.setStyleSheet("color: #5f6368;")
        self.check_label.setWordWrap(True)
        mid.addWidget(self.check_label)

        right = QWidget(splitter)
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Личная карточка"), right)
        grid = QGridLayout(box)
        self.surname = QLineEdit(box)
        self.surname.setObjectName("surnameEdit")
        self.name = QLineEdit(box)
        self.name.setObjectName("nameEdit")
        self.patronymic = QLineEdit(box)
        self.patronymic.setObjectName("patronymicEdit")
        self.birth = _date_edit(box, dt.date(2014, 1, 1))
        self.birth.setObjectName("birthEdit")
        self.gender = QComboBox(box)
        self.gender.setObjectName("genderCombo")
        for text, code in _genders():
            self.gender.addItem(text, code)
        self.file_no = QLineEdit(box)
        self.file_no.setObjectName("fileNoEdit")
        self.address = QLineEdit(box)
        self.address.setObjectName("addressEdit")
        fields: list[tuple[str, QWidget]] = [
            (self.tr("Фамилия"), self.surname), (self.tr("Имя"), self.name), (self.tr("Отчество"), self.patronymic),
            (self.tr("Дата рождения"), self.birth), (self.tr("Пол"), self.gender),
            (self.tr("№ личного дела"), self.file_no), (self.tr("Адрес"), self.address)]
        for i, (label, widget) in enumerate(fields):
            grid.addWidget(QLabel(label, box), i // 2, (i % 2) * 2)
            grid.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        self.save_button = QPushButton(self.tr("Сохранить карточку"), box)
        self.save_button.setObjectName("saveCardButton")
        grid.addWidget(self.save_button, 3, 3)
        self.movement_label = QLabel(box)
        self.movement_label.setObjectName("movementLabel")
        self.movement_label.setWordWrap(True)
        grid.addWidget(self.movement_label, 4, 0, 1, 4)
        rlay.addWidget(box)

        pbox = QGroupBox(self.tr("Родители (законные представители)"), right)
        play = QVBoxLayout(pbox)
        self.parent_table = _table(pbox, [self.tr("ФИО"), self.tr("Родство"), self.tr("Телефон"),
                                          self.tr("Эл. почта"), self.tr("Согласие")], "parentTable")
        for col, w in ((1, 96), (2, 104), (3, 104), (4, 64)):
            self.parent_table.setColumnWidth(col, w)
        _stretch_first(self.parent_table, 80)
        self.parent_table.setMaximumHeight(140)
        play.addWidget(self.parent_table)
        prow = QHBoxLayout()
        self.add_parent_button = QPushButton(self.tr("Добавить…"), pbox)
        self.add_parent_button.setObjectName("addParentButton")
        self.edit_parent_button = QPushButton(self.tr("Изменить…"), pbox)
        self.edit_parent_button.setObjectName("editParentButton")
        self.unlink_parent_button = QPushButton(self.tr("Убрать из карточки"), pbox)
        self.unlink_parent_button.setObjectName("unlinkParentButton")
        for b in (self.add_parent_button, self.edit_parent_button, self.unlink_parent_button):
            prow.addWidget(b)
        prow.addStretch(1)
        play.addLayout(prow)
        rlay.addWidget(pbox)

        cbox = QGroupBox(self.tr("Согласия на обработку персональных данных (152-ФЗ)"), right)
        clay = QVBoxLayout(cbox)
        self.consent_table = _table(cbox, [self.tr("Чьё"), self.tr("Дано"), self.tr("Отозвано"), self.tr("Цель")],
                                    "consentTable")
        for col, w in ((1, 104), (2, 84), (3, 120)):
            self.consent_table.setColumnWidth(col, w)
        _stretch_first(self.consent_table, 120)
        clay.addWidget(self.consent_table)
        crow = QHBoxLayout()
        self.consent_button = QPushButton(self.tr("Записать согласие…"), cbox)
        self.consent_button.setObjectName("consentButton")
        self.revoke_button = QPushButton(self.tr("Отзыв согласия…"), cbox)
        self.revoke_button.setObjectName("revokeButton")
        crow.addWidget(self.consent_button)
        crow.addWidget(self.revoke_button)
        crow.addStretch(1)
        clay.addLayout(crow)
        rlay.addWidget(cbox)

        prints = QHBoxLayout()
        self.form_button = QPushButton(self.tr("Бланк согласия…"), right)
        self.form_button.setObjectName("consentFormButton")
        self.form_button.setToolTip(self.tr("Бланк согласия на обработку персональных данных (PDF): выбранного "
                                            "родителя или пустой"))
        self.extract_button = QPushButton(self.tr("Выписка отметок…"), right)
        self.extract_button.setObjectName("extractButton")
        self.extract_button.setToolTip(self.tr("Выписка текущих и итоговых отметок для новой школы (PDF)"))
        self.year_button = QPushButton(self.tr("Ведомость для личного дела…"), right)
        self.year_button.setObjectName("yearMarksButton")
        self.year_button.setToolTip(self.tr("Ведомость отметок за учебный год для личного дела (PDF)"))
        for b in (self.form_button, self.extract_button, self.year_button):
            prints.addWidget(b)
        prints.addStretch(1)
        rlay.addLayout(prints)
        rlay.addStretch(1)
        splitter.addWidget(self.class_list)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([160, 640, 560])
        outer.addWidget(splitter, 1)

        self.year_combo.currentIndexChanged.connect(self.load_classes)
        self.only_active.currentIndexChanged.connect(self.load_students)
        self.class_list.currentRowChanged.connect(self.load_students)
        self.student_table.itemSelectionChanged.connect(self.load_card)
        self.save_button.clicked.connect(self.save_card)
        self.enroll_button.clicked.connect(self.enroll)
        self.leave_button.clicked.connect(self.leave)
        self.transfer_button.clicked.connect(self.transfer)
        self.add_parent_button.clicked.connect(self.add_parent)
        self.edit_parent_button.clicked.connect(self.edit_parent)
        self.unlink_parent_button.clicked.connect(self.unlink_parent)
        self.consent_button.clicked.connect(self.add_consent)
        self.revoke_button.clicked.connect(self.revoke_consent)
        self.missing_button.clicked.connect(self.show_missing)
        self.check_button.clicked.connect(self.record_check)
        self.form_button.clicked.connect(self.print_consent_form)
        self.extract_button.clicked.connect(self.print_extract)
        self.year_button.clicked.connect(self.print_year_marks)
        self.parent_table.itemSelectionChanged.connect(self._update_buttons)
        self.consent_table.itemSelectionChanged.connect(self._update_buttons)
        self.load_years()

    # --- loading ------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self.session.today()

    def load_years(self) -> None:
        self.year_combo.load(self.today())
        self.load_classes()

    def refresh(self) -> None:
        keep = self.current_student()
        self.load_students()
        if keep is not None:
            self.select_student(keep)

    def load_classes(self) -> None:
        year = self.year_combo.currentData()
        self.class_rows = [] if year is None else (boundary.run(self, students.classes, self.session.actor,
                                                                int(year)) or [])
        self.class_list.blockSignals(True)
        self.class_list.clear()
        for c in self.class_rows:
            item = QListWidgetItem(f"{c.name}" + (f" — {c.homeroom}" if c.homeroom else ""))
            item.setToolTip(item.text())
            item.setData(USER, c.class_id)
            self.class_list.addItem(item)
        self.class_list.blockSignals(False)
        if self.class_rows:
            self.class_list.setCurrentRow(0)
        self.load_students()

    def current_class(self) -> students.ClassRow | None:
        row = self.class_list.currentRow()
        return self.class_rows[row] if 0 <= row < len(self.class_rows) else None

    def select_class(self, class_id: int) -> None:
        for i, c in enumerate(self.class_rows):
            if c.class_id == class_id:
                self.class_list.setCurrentRow(i)

    def load_students(self) -> None:
        cls = self.current_class()
        self.student_table.setRowCount(0)
        self.card = None
        if cls is None:
            self.class_label.setText(self.tr("Нет классов, сведения об учащихся которых вам доступны."))
            self.show_card()
            return
        rows = boundary.run(self, students.class_students, self.session.actor, cls.class_id, on=self.today(),
                            include_left=self.only_active.currentIndex() == 0) or []
        active = sum(1 for r in rows if r.active_on(self.today()))
        self.class_label.setText(self.tr("Класс %s: обучается %d") % (cls.name, active)
                                 + ("" if cls.may_edit else self.tr(" · только просмотр")))
        self.student_table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            gone = not r.active_on(self.today())
            brush = GREY if gone else None
            span = _d(r.date_from) + (f" — {_d(r.date_to)}" if r.date_to else "")
            consent = self.tr("нет у %d") % r.consent_missing if r.consent_missing else self.tr("все есть")
            cells = [str(i + 1), r.full_name, _d(r.birth_date), r.personal_file_no, span, consent]
            for j, text in enumerate(cells):
                self.student_table.setItem(i, j, _item(text, r.student_id if j == 0 else None,
                                                       RED if (j == 5 and r.consent_missing) else brush))
        checks = boundary.run(self, students.pd_checks, self.session.actor, cls.class_id) or []
        if checks:
            last = checks[0]
            self.check_label.setText(self.tr("Последняя проверка персональных данных: %s (%s)")
                                     % (_d(last.checked_on), last.who))
        else:
            self.check_label.setText(self.tr("Проверка персональных данных класса ещё не отмечалась."))
        if rows:
            self.student_table.selectRow(0)
        self.show_card()

    def current_student(self) -> int | None:
        rows = self.student_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.student_table.item(rows[0].row(), 0)
        return None if item is None else int(item.data(USER))

    def select_student(self, student_id: int) -> None:
        for i in range(self.student_table.rowCount()):
            item = self.student_table.item(i, 0)
            if item is not None and int(item.data(USER)) == student_id:
                self.student_table.selectRow(i)
                return

    def load_card(self) -> None:
        sid = self.current_student()
        self.card = None if sid is None else boundary.run(self, students.student_card, self.session.actor, sid)
        self.show_card()

    def show_card(self) -> None:
        c = self.card
        for edit in (self.surname, self.name, self.patronymic, self.file_no, self.address):
            edit.clear()
        self.parent_table.setRowCount(0)
        self.consent_table.setRowCount(0)
        self.movement_label.clear()
        if c is not None:
            self.surname.setText(c.surname)
            self.name.setText(c.name)
            self.patronymic.setText(c.patronymic)
            self.birth.setDate(to_qdate(c.birth_date or dt.date(2000, 1, 1)))
            self.gender.setCurrentIndex(max(0, self.gender.findData(c.gender)))
            self.file_no.setText(c.personal_file_no)
            self.address.setText(c.address)
            lines = []
            for m in c.movement:
                text = self.tr("%s (%s): с %s") % (m.class_name, m.year_name, _d(m.date_from))
                if m.order_in:
                    text += self.tr(", приказ %s") % m.order_in
                if m.date_to:
                    text += self.tr(" по %s — %s") % (_d(m.date_to), m.reason_out)
                    if m.order_out:
                        text += self.tr(", приказ %s") % m.order_out
                lines.append(text)
            self.movement_label.setText(self.tr("Движение: ") + "; ".join(lines))
            today = self.today()
            self.parent_table.setRowCount(len(c.parents))
            for i, p in enumerate(c.parents):
                ok = any(x.valid_on(today) for x in p.consents)
                for j, text in enumerate((p.full_name, relation_label(p.relation), p.phone, p.email,
                                          self.tr("есть") if ok else self.tr("нет"))):
                    self.parent_table.setItem(i, j, _item(text, p.parent_id if j == 0 else None,
                                                          RED if (j == 4 and not ok) else None))
            consents = [*c.consents, *[x for p in c.parents for x in p.consents]]
            self.consent_table.setRowCount(len(consents))
            for i, x in enumerate(consents):
                brush = GREY if not x.valid_on(today) else None
                for j, text in enumerate((x.who, _d(x.given_on), _d(x.revoked_on), x.purpose)):
                    self.consent_table.setItem(i, j, _item(text, x.consent_id if j == 0 else None, brush))
            if not c.consents:
                self.consent_table.insertRow(0)
                self.consent_table.setItem(0, 0, _item(c.full_name, None, RED))
                self.consent_table.setItem(0, 1, _item(self.tr("нет согласия"), None, RED))
        self._update_buttons()

    def _update_buttons(self) -> None:
        cls = self.current_class()
        edit_class = cls is not None and cls.may_edit
        card = self.card
        edit_card = card is not None and card.may_edit
        self.enroll_button.setEnabled(edit_class)
        self.check_button.setEnabled(edit_class)
        self.missing_button.setEnabled(cls is not None)
        active = card is not None and cls is not None and any(
            m.class_id == cls.class_id and m.date_to is None for m in card.movement)
        self.leave_button.setEnabled(edit_class and active)
        self.transfer_button.setEnabled(edit_class and active)
        for w in (self.surname, self.name, self.patronymic, self.birth, self.gender, self.file_no, self.address):
            w.setEnabled(edit_card)
        self.save_button.setEnabled(edit_card)
        self.add_parent_button.setEnabled(edit_card)
        has_parent = self._selected_parent() is not None
        self.edit_parent_button.setEnabled(edit_card and has_parent)
        self.unlink_parent_button.setEnabled(edit_card and has_parent)
        self.consent_button.setEnabled(edit_card)
        self.revoke_button.setEnabled(edit_card and self._selected_consent() is not None)
        for b in (self.form_button, self.extract_button, self.year_button):
            b.setEnabled(card is not None)
        self.edit_mode_hint()

    def edit_mode_hint(self) -> None:
        if self.card is not None and not self.card.may_edit:
            self.save_button.setToolTip(self.tr("Изменять сведения может администратор или классный руководитель "
                                                "этого класса."))

    def _selected_parent(self) -> students.ParentRow | None:
        if self.card is None:
            return None
        rows = self.parent_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.parent_table.item(rows[0].row(), 0)
        pid = None if item is None else item.data(USER)
        return next((p for p in self.card.parents if p.parent_id == pid), None)

    def _selected_consent(self) -> int | None:
        rows = self.consent_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.consent_table.item(rows[0].row(), 0)
        data = None if item is None else item.data(USER)
        return None if data is None else int(data)

    def _after(self, result: object) -> None:
        if result is not None:
            self.refresh()

    # --- the card and movement ---------------------------------------------------------------------

    def save_card(self) -> None:
        c = self.card
        if c is None:
            return
        result = boundary.run(self, students.update_student, self.session.actor, c.student_id, c.version,
                              surname=self.surname.text(), name=self.name.text(), patronymic=self.patronymic.text(),
                              birth_date=_pydate(self.birth), personal_file_no=self.file_no.text(),
                              gender=self.gender.currentData() or "", address=self.address.text())
        self._after(result)

    def enroll_dialog(self) -> FormDialog:
        cls = self.current_class()
        d = FormDialog(self.tr("Зачисление в %s класс") % (cls.name if cls else ""), self)
        d.setObjectName("enrollDialog")
        d.line(self.tr("Фамилия"), name="surname")
        d.line(self.tr("Имя"), name="name")
        d.line(self.tr("Отчество"), name="patronymic")
        d.date(self.tr("Дата рождения"), dt.date(self.today().year - 10, 1, 1), name="birth")
        d.combo(self.tr("Пол"), _genders(), name="gender")
        d.line(self.tr("№ личного дела"), name="file")
        d.date(self.tr("Дата зачисления"), self.today(), name="date")
        d.line(self.tr("Основание"), self.tr("Заявление родителей"), name="reason")
        d.line(self.tr("Приказ №"), name="order")
        return d

    def enroll(self) -> None:
        cls = self.current_class()
        if cls is None:
            return
        d = self.enroll_dialog()
        if d.exec() != QDialog.DialogCode.Accepted:
            return
        self._apply_enroll(d, cls.class_id)

    def _apply_enroll(self, d: FormDialog, class_id: int) -> int | None:
        def text(name: str) -> str:
            return d.findChild(QLineEdit, name).text()  # type: ignore[union-attr]

        sid = boundary.run(self, students.enroll_new_student, self.session.actor, class_id, text("surname"),
                           text("name"), text("patronymic"), birth_date=_pydate(d.findChild(QDateEdit, "birth")),
                           personal_file_no=text("file"), date_from=_pydate(d.findChild(QDateEdit, "date")),
                           reason=text("reason"), order=text("order"),
                           gender=d.findChild(QComboBox, "gender").currentData() or "")  # type: ignore[union-attr]
        if sid is not None:
            self.load_students()
            self.select_student(sid)
        return sid

    def leave_dialog(self) -> FormDialog:
        c = self.card
        d = FormDialog(self.tr("Выбытие: %s") % (c.full_name if c else ""), self, self.tr(
            "Отметки до последнего дня сохранятся; на страницах журнала после этой даты учащегося не будет."))
        d.setObjectName("leaveDialog")
        d.date(self.tr("Последний день в классе"), self.today(), name="date")
        d.combo(self.tr("Причина"), [(x, x) for x in (
            self.tr("перевод в другую образовательную организацию"), self.tr("переезд в другой населённый пункт"),
            self.tr("окончание обучения"), self.tr("по заявлению родителей"))], name="reason", editable=True)
        d.line(self.tr("Приказ №"), name="order")
        return d

    def leave(self) -> None:
        cls, c = self.current_class(), self.card
        if cls is None or c is None:
            return
        d = self.leave_dialog()
        if d.exec() != QDialog.DialogCode.Accepted:
            return
        self._apply_leave(d, c.student_id, cls.class_id)

    def _apply_leave(self, d: FormDialog, student_id: int, class_id: int) -> None:
        reason = d.findChild(QComboBox, "reason").currentText()  # type: ignore[union-attr]
        order = d.findChild(QLineEdit, "order").text()  # type: ignore[union-attr]
        day = _pydate(d.findChild(QDateEdit, "date"))  # type: ignore[arg-type]
        done = boundary.run(self, lambda: students.leave_class(self.session.actor, student_id, class_id, day,
                                                               reason=reason, order=order) or True)
        self._after(done)
        if done and QMessageBox.question(self, self.tr("Выписка отметок"), self.tr(
                "Выбытие оформлено. Сохранить выписку отметок для новой школы?")) == QMessageBox.StandardButton.Yes:
            self.print_extract()

    def transfer_dialog(self) -> FormDialog:
        cls, c = self.current_class(), self.card
        d = FormDialog(self.tr("Перевод: %s") % (c.full_name if c else ""), self, self.tr(
            "Учащийся выбывает из %s после указанного дня и со следующего дня зачисляется в выбранный класс. "
            "Отметки остаются на своих уроках.") % (cls.name if cls else ""))
        d.setObjectName("transferDialog")
        d.combo(self.tr("В класс"), [(r.name, r.class_id) for r in self.class_rows
                                     if cls is None or r.class_id != cls.class_id], name="target")
        d.date(self.tr("Последний день в %s") % (cls.name if cls else ""), self.today(), name="date")
        d.line(self.tr("Основание"), self.tr("заявление родителей"), name="reason")
        d.line(self.tr("Приказ №"), name="order")
        return d

    def transfer(self) -> None:
        cls, c = self.current_class(), self.card
        if cls is None or c is None:
            return
        d = self.transfer_dialog()
        if d.exec() != QDialog.DialogCode.Accepted:
            return
        self._apply_transfer(d, c.student_id, cls.class_id)

    def _apply_transfer(self, d: FormDialog, student_id: int, class_id: int) -> None:
        target = d.findChild(QComboBox, "target").currentData()  # type: ignore[union-attr]
        if target is None:
            return
        result = boundary.run(self, students.transfer, self.session.actor, student_id, class_id, int(target),
                              _pydate(d.findChild(QDateEdit, "date")),  # type: ignore[arg-type]
                              reason=d.findChild(QLineEdit, "reason").text(),  # type: ignore[union-attr]
                              order=d.findChild(QLineEdit, "order").text())  # type: ignore[union-attr]
        self._after(result)

    # --- parents and consents ------------------------------------------------------------------------

    def parent_dialog(self, p: students.ParentRow | None = None) -> FormDialog:
        d = FormDialog(self.tr("Родитель (законный представитель)"), self)
        d.setObjectName("parentDialog")
        d.line(self.tr("Фамилия"), p.surname if p else "", "surname")
        d.line(self.tr("Имя"), p.name if p else "", "name")
        d.line(self.tr("Отчество"), p.patronymic if p else "", "patronymic")
        box = d.combo(self.tr("Кем приходится"), [(relation_label(x), x) for x in students.RELATIONS], "relation",
                      editable=True)  # the label shown, the Russian word stored; a typed relation as typed
        if p:
            box.setCurrentText(relation_label(p.relation))
        d.line(self.tr("Телефон"), p.phone if p else "", "phone")
        d.line(self.tr("Эл. почта"), p.email if p else "", "email")
        return d

    def _parent_fields(self, d: FormDialog) -> dict[str, str]:
        out = {n: d.findChild(QLineEdit, n).text()  # type: ignore[union-attr]
               for n in ("surname", "name", "patronymic", "phone", "email")}
        out["relation"] = relation_value(d.findChild(QComboBox, "relation").currentText())  # type: ignore[union-attr]
        return out

    def add_parent(self) -> None:
        c = self.card
        if c is None:
            return
        d = self.parent_dialog()
        if d.exec() != QDialog.DialogCode.Accepted:
            return
        f = self._parent_fields(d)
        self._after(boundary.run(self, students.add_parent, self.session.actor, c.student_id, f["surname"],
                                 f["name"], f["patronymic"], relation=f["relation"], phone=f["phone"],
                                 email=f["email"]))

    def edit_parent(self) -> None:
        c, p = self.card, self._selected_parent()
        if c is None or p is None:
            return
        d = self.parent_dialog(p)
        if d.exec() != QDialog.DialogCode.Accepted:
            return
        f = self._parent_fields(d)
        self._after(boundary.run(self, students.update_parent, self.session.actor, p.parent_id, p.version,
                                 surname=f["surname"], name=f["name"], patronymic=f["patronymic"], phone=f["phone"],
                                 email=f["email"], student_id=c.student_id, relation=f["relation"]))

    def unlink_parent(self) -> None:
        c, p = self.card, self._selected_parent()
        if c is None or p is None:
            return
        if QMessageBox.question(self, self.tr("Подтверждение"), self.tr(
                "Убрать %s из карточки учащегося? Если это не родитель других учащихся, его сведения и согласия "
                "будут удалены.") % p.full_name) != QMessageBox.StandardButton.Yes:
            return
        self._after(boundary.run(self, lambda: students.unlink_parent(self.session.actor, c.student_id,
                                                                      p.parent_id) or True))

    def consent_dialog(self) -> FormDialog:
        c = self.card
        d = FormDialog(self.tr("Согласие на обработку персональных данных"), self)
        d.setObjectName("consentDialog")
        who: list[tuple[str, Any]] = []
        if c is not None:
            who.append((self.tr("%s (учащийся)") % c.full_name, ("s", c.student_id)))
            who += [(f"{p.full_name} ({relation_label(p.relation) or self.tr('родитель')})", ("p", p.parent_id))
                    for p in c.parents]
        d.combo(self.tr("Чьё согласие"), who, "who")
        d.date(self.tr("Дата подписания"), self.today(), "date")
        purpose = d.line(self.tr("Цель обработки"), students.DEFAULT_CONSENT_PURPOSE, "purpose")
        purpose.setCursorPosition(0)
        return d

    def add_consent(self) -> None:
        if self.card is None:
            return
        d = self.consent_dialog()
        if d.exec() != QDialog.DialogCode.Accepted:
            return
        self._apply_consent(d)

    def _apply_consent(self, d: FormDialog) -> None:
        kind, pid = d.findChild(QComboBox, "who").currentData()  # type: ignore[union-attr]
        day = _pydate(d.findChild(QDateEdit, "date"))  # type: ignore[arg-type]
        purpose = d.findChild(QLineEdit, "purpose").text()  # type: ignore[union-attr]
        kwargs: dict[str, Any] = {"student_id": pid} if kind == "s" else {"parent_id": pid}
        self._after(boundary.run(self, students.record_consent, self.session.actor, given_on=day, purpose=purpose,
                                 today=self.today(), **kwargs))

    def revoke_consent(self) -> None:
        cid = self._selected_consent()
        if cid is None:
            return
        d = FormDialog(self.tr("Отзыв согласия"), self, self.tr(
            "Дата, с которой согласие отозвано письменным заявлением."))
        d.date(self.tr("Отозвано"), self.today(), "date")
        if d.exec() != QDialog.DialogCode.Accepted:
            return
        day = _pydate(d.findChild(QDateEdit, "date"))  # type: ignore[arg-type]
        self._after(boundary.run(self, lambda: students.revoke_consent(self.session.actor, cid, day) or True))

    def missing_dialog(self) -> QDialog | None:
        """Who lacks a consent in every class this person may see; the current class chosen in the filter."""
        from ejournal_desktop.ui.missing_consents import MissingConsentsDialog

        year = self.year_combo.currentData()
        if year is None:
            return None
        cls = self.current_class()
        return MissingConsentsDialog(self.session, int(year), self.year_combo.currentText(), self,
                                     class_id=cls.class_id if cls else None, open_student=self.open_student)

    def open_student(self, class_id: int, student_id: int) -> None:
        self.select_class(class_id)
        self.select_student(student_id)

    def show_missing(self) -> None:
        d = self.missing_dialog()
        if d is not None:
            d.exec()

    def record_check(self) -> None:
        cls = self.current_class()
        if cls is None:
            return
        d = FormDialog(self.tr("Ежемесячная проверка персональных данных — %s") % cls.name, self, self.tr(
            "Отметьте, что сведения об учащихся класса и их родителях сверены и актуальны."))
        d.date(self.tr("Дата проверки"), self.today(), "date")
        d.line(self.tr("Примечание"), "", "note")
        if d.exec() != QDialog.DialogCode.Accepted:
            return
        self._after(boundary.run(self, students.record_pd_check, self.session.actor, cls.class_id,
                                 _pydate(d.findChild(QDateEdit, "date")),  # type: ignore[arg-type]
                                 d.findChild(QLineEdit, "note").text()))  # type: ignore[union-attr]

    # --- printing ---------------------------------------------------------------------------------

    def _save_pdf(self, default: str, make: Callable[[], Any], render: Callable[[Any, Path], int]) -> None:
        data = boundary.run(self, make)
        if data is None:
            return
        path_text, _ = QFileDialog.getSaveFileName(self, self.tr("Сохранить PDF"), default,
                                                   self.tr("Документ PDF (*.pdf)"))
        if not path_text:
            return
        path = Path(path_text)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            pages = render(data, path)
        except OSError as exc:
            boundary.show_error(self, self.tr("Файл не записан"),
                                self.tr("Не удалось записать «%s»: %s") % (path, exc.strerror or exc))
            return
        self.last_pdf = path
        QMessageBox.information(self, self.tr("PDF сохранён"), self.tr("Записано: %s — листов: %d.") % (path, pages))

    def print_consent_form(self) -> None:
        from ejournal_desktop.printing.student_docs import render_consent_form

        c = self.card
        if c is None:
            return
        p = self._selected_parent()
        self._save_pdf(self.tr("Согласие %s.pdf") % c.surname,
                       lambda: students.consent_form(self.session.actor, c.student_id, p.parent_id if p else None),
                       render_consent_form)

    def print_extract(self) -> None:
        from ejournal_desktop.printing.student_docs import render_marks_extract

        c, cls = self.card, self.current_class()
        if c is None or cls is None:
            return
        self._save_pdf(self.tr("Выписка отметок %s %s.pdf") % (c.surname, cls.name),
                       lambda: students.marks_extract(self.session.actor, c.student_id, cls.class_id,
                                                      today=self.today()),
                       render_marks_extract)

    def print_year_marks(self) -> None:
        from ejournal_desktop.printing.student_docs import render_year_marks

        c, year = self.card, self.year_combo.currentData()
        if c is None or year is None:
            return
        self._save_pdf(self.tr("Ведомость отметок %s %s.pdf") % (c.surname, self.year_combo.currentText()
                                                                  .replace("/", "-")),
                       lambda: students.year_marks_sheet(self.session.actor, c.student_id, int(year),
                                                         today=self.today()),
                       render_year_marks)


__all__ = ["FormDialog", "StudentsPanel"]
