"""«Переписка с родителями»: the contact log of a class, with a filter and «Добавить запись…».

The log lists the contacts recorded about the students of the class within the
chosen dates (newest first): date, student, parent (or «семья»), kind, subject
and note, who recorded it.  Letters, diaries and SMS appear here by themselves
when they are issued; calls, meetings and notes are added by hand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.i18n import noop
from ejournal_desktop.services import contacts, students
from ejournal_desktop.services.permissions import Action
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.qdates import date_edit, from_qdate, to_qdate
from ejournal_desktop.ui.session import Session
from ejournal_desktop.ui.stored_values import relation_label

USER = Qt.ItemDataRole.UserRole
HAND_KINDS = ("call", "meeting", "message", "letter", "other")








def parent_text(row: contacts.ContactRow) -> str:
    """«Петрова Анна Сергеевна (мать)» with the relation in the interface's language."""
    return f"{row.parent_name} ({relation_label(row.relation)})" if row.relation else row.parent_name


class AddContactDialog(QDialog):
    """Student, parent of that student or «семья», kind, date, what was discussed."""

    def __init__(self, session: Session, pupils: list[tuple[int, str]], parent: QWidget | None = None, *,
                 student_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addContactDialog")
        self.session = session
        self.contact_id: int | None = None
        self.setWindowTitle(self.tr("Запись о контакте с родителями"))
        form = QFormLayout()
        self.student = QComboBox(self)
        self.student.setObjectName("contactStudent")
        for sid, name in pupils:
            self.student.addItem(name, sid)
        if student_id is not None and self.student.findData(student_id) >= 0:
            self.student.setCurrentIndex(self.student.findData(student_id))
        form.addRow(self.tr("Учащийся:"), self.student)
        self.parent_combo = QComboBox(self)
        self.parent_combo.setObjectName("contactParent")
        form.addRow(self.tr("С кем:"), self.parent_combo)
        self.kind = QComboBox(self)
        self.kind.setObjectName("contactKind")
        for key in HAND_KINDS:
            self.kind.addItem(contacts.kind_title(key), key)
        form.addRow(self.tr("Вид:"), self.kind)
        self.on = date_edit(self, session.today(), "contactDate")
        self.on.setMaximumDate(to_qdate(session.today()))
        form.addRow(self.tr("Дата:"), self.on)
        self.subject = QLineEdit(self)
        self.subject.setObjectName("contactSubject")
        self.subject.setMaxLength(contacts.MAX_SUBJECT)
        self.subject.setPlaceholderText(self.tr("например: успеваемость по математике"))
        form.addRow(self.tr("Тема:"), self.subject)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("contactNote")
        self.note.setPlaceholderText(self.tr("О чём говорили, о чём договорились"))
        self.note.setMinimumHeight(90)
        form.addRow(self.tr("Содержание:"), self.note)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("contactSave")
        self.save_button.setText(self.tr("Записать"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.student.currentIndexChanged.connect(self.load_parents)
        self.load_parents()
        self.resize(520, 380)

    def load_parents(self) -> None:
        self.parent_combo.clear()
        sid = self.student.currentData()
        if sid is None:
            return
        card = boundary.run(self, students.student_card, self.session.actor, int(sid))
        for p in card.parents if card is not None else ():
            label = p.full_name + (f" ({relation_label(p.relation)})" if p.relation else "")
            if p.phone:
                label += f", {p.phone}"
            self.parent_combo.addItem(label, p.parent_id)
        self.parent_combo.addItem(self.tr("семья (без указания родителя)"), None)

    def save(self) -> None:
        sid = self.student.currentData()
        if sid is None:
            return
        found = boundary.run(self, contacts.record_contact, self.session.actor, int(sid), self.kind.currentData(),
                             from_qdate(self.on.date()), parent_id=self.parent_combo.currentData(),
                             subject=self.subject.text(), note=self.note.toPlainText())
        if found is not None:
            self.contact_id = found
            self.accept()


class ContactLog(QWidget):
    """The contact log of one class; :meth:`set_class` chooses the class."""

    COLUMNS = (noop("ContactLog", "Дата"), noop("ContactLog", "Учащийся"), noop("ContactLog", "Родитель"),
               noop("ContactLog", "Вид"), noop("ContactLog", "Тема и содержание"), noop("ContactLog", "Записал(а)"))

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactLog")
        self.session = session
        self.class_id: int | None = None
        self.pupils: list[tuple[int, str]] = []
        self.rows: list[contacts.ContactRow] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        today = session.today()
        bar.addWidget(QLabel(self.tr("С:"), self))
        self.date_from = date_edit(self, today.replace(day=1), "contactFrom")
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("по:"), self))
        self.date_to = date_edit(self, today, "contactTo")
        bar.addWidget(self.date_to)
        bar.addWidget(QLabel(self.tr("Учащийся:"), self))
        self.student = QComboBox(self)
        self.student.setObjectName("contactFilterStudent")
        self.student.setMinimumContentsLength(18)
        bar.addWidget(self.student, 1)
        self.add_button = QPushButton(self.tr("Добавить запись…"), self)
        self.add_button.setObjectName("addContactButton")
        self.add_button.setVisible(session.may(Action.RECORD_PARENT_CONTACTS))
        bar.addWidget(self.add_button)
        lay.addLayout(bar)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("contactTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col, width in ((0, 90), (1, 200), (2, 220), (3, 160), (5, 120)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        self.count = QLabel(self)
        self.count.setObjectName("contactCount")
        lay.addWidget(self.count)
        self.date_from.dateChanged.connect(self.refresh)
        self.date_to.dateChanged.connect(self.refresh)
        self.student.currentIndexChanged.connect(self.show_rows)
        self.add_button.clicked.connect(self.add)

    def set_class(self, class_id: int | None) -> None:
        self.class_id = class_id
        self.student.blockSignals(True)
        self.student.clear()
        self.student.addItem(self.tr("все учащиеся"), None)
        self.pupils = []
        if class_id is not None:
            found = boundary.run(self, students.class_students, self.session.actor, class_id)
            self.pupils = [(s.student_id, s.full_name) for s in found or []]
            for sid, name in self.pupils:
                self.student.addItem(name, sid)
        self.student.blockSignals(False)
        self.add_button.setEnabled(class_id is not None and bool(self.pupils))
        self.refresh()

    def refresh(self) -> None:
        self.rows = []
        if self.class_id is not None:
            start, end = from_qdate(self.date_from.date()), from_qdate(self.date_to.date())
            if end < start:
                self.count.setText(self.tr("Дата «по» раньше даты «с»."))
                self.table.setRowCount(0)
                return
            found = boundary.run(self, contacts.contacts_of_class, self.session.actor, self.class_id, start, end)
            self.rows = found or []
        self.show_rows()

    def show_rows(self) -> None:
        wanted = self.student.currentData()
        shown = [r for r in self.rows if wanted is None or r.student_id == wanted]
        self.table.setRowCount(len(shown))
        for i, r in enumerate(shown):
            about = r.subject if not r.note else (f"{r.subject}: {r.note}" if r.subject else r.note)
            for col, text in enumerate((format_date_ru(r.on), r.student, parent_text(r), r.kind_title, about,
                                        r.recorded_by)):
                item = QTableWidgetItem(text)
                item.setData(USER, r.id)
                if col == 4:
                    item.setToolTip(about)
                self.table.setItem(i, col, item)
        self.table.resizeRowsToContents()
        families = len({r.student_id for r in shown})
        self.count.setText(self.tr("Записей: %d; семей: %d") % (len(shown), families))

    def add(self) -> None:
        if self.class_id is None or not self.pupils:
            return
        dialog = AddContactDialog(self.session, self.pupils, self, student_id=self.student.currentData())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.contact_id is not None:
            recorded = from_qdate(dialog.on.date())
            if recorded < from_qdate(self.date_from.date()):
                self.date_from.setDate(to_qdate(recorded))  # refreshes
            elif recorded > from_qdate(self.date_to.date()):
                self.date_to.setDate(to_qdate(recorded))
            else:
                self.refresh()
