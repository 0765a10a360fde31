"""«Кто без согласия на обработку ПД» for the whole school (152-ФЗ).

Every class of the year the person may see (the administration: all; a homeroom or subject
teacher: own classes — the service decides), students and parents with no valid consent on the
day, grouped by class.  A filter by class, by whose consent and by name; the count of what is
shown; the consent forms for the shown rows printed in one PDF, a form a page (one form per
parent, a blank one for a student without parents recorded); the list saved to Excel.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.services import students
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.session import Session
from ejournal_desktop.ui.stored_values import relation_label

USER = Qt.ItemDataRole.UserRole
ALL = "all"
STUDENT, PARENT, NO_PARENTS = "student", "parent", "no_parents"


def _kind(m: students.MissingConsent) -> str:
    if m.parent_id is not None:
        return PARENT
    return STUDENT if m.person else NO_PARENTS


def _file_name(text: str) -> str:
    """A file name any OS accepts: no slashes, colons, quotes…"""
    return re.sub(r'[\\/:*?"<>|«»]+', " ", text).strip()[:120] or "form"


class MissingConsentsDialog(QDialog):
    """The school-wide list; ``open_student(class_id, student_id)`` is called on a double click."""

    def __init__(self, session: Session, year_id: int, year_name: str, parent: QWidget | None = None, *,
                 class_id: int | None = None,
                 open_student: Callable[[int, int], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missingDialog")
        self.session = session
        self.year_id = year_id
        self.on = session.today()
        self.open_student = open_student
        self.rows: list[students.MissingConsent] = []
        self.shown: list[students.MissingConsent] = []
        self.last_file: Path | None = None
        self.setWindowTitle(self.tr("Кто без согласия на обработку персональных данных — %s") % year_name)
        lay = QVBoxLayout(self)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("missingTotal")
        self.total_label.setWordWrap(True)
        lay.addWidget(self.total_label)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Класс:"), self))
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("missingClassCombo")
        self.class_combo.setMinimumContentsLength(8)
        bar.addWidget(self.class_combo)
        bar.addWidget(QLabel(self.tr("Чьё согласие:"), self))
        self.who_combo = QComboBox(self)
        self.who_combo.setObjectName("missingWhoCombo")
        for text, key in ((self.tr("все"), ALL), (self.tr("учащихся"), STUDENT), (self.tr("родителей"), PARENT),
                          (self.tr("нет сведений о родителях"), NO_PARENTS)):
            self.who_combo.addItem(text, key)
        bar.addWidget(self.who_combo)
        self.search = QLineEdit(self)
        self.search.setObjectName("missingSearch")
        self.search.setPlaceholderText(self.tr("Поиск по ФИО"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        lay.addLayout(bar)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("missingTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Учащийся"), self.tr("Чьё согласие"), self.tr("ФИО"),
                                   self.tr("Примечание")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        for col, width in ((0, 250), (1, 190), (2, 240)):
            self.tree.setColumnWidth(col, width)
        lay.addWidget(self.tree, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("missingCount")
        lay.addWidget(self.count_label)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Печать бланков согласия…"), self)
        self.print_button.setObjectName("printFormsButton")
        self.print_button.setToolTip(self.tr(
            "Бланки для показанных строк: по одному на каждого родителя без согласия, пустой бланк — "
            "учащемуся без сведений о родителях. Каждый бланк — отдельный PDF в выбранной папке."))
        self.excel_button = QPushButton(self.tr("В Excel…"), self)
        self.excel_button.setObjectName("excelButton")
        close = QPushButton(self.tr("Закрыть"), self)
        close.setObjectName("closeButton")
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.excel_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay.addLayout(buttons)

        self.class_combo.currentIndexChanged.connect(lambda _i: self.fill())
        self.who_combo.currentIndexChanged.connect(lambda _i: self.fill())
        self.search.textChanged.connect(lambda _t: self.fill())
        self.tree.itemDoubleClicked.connect(self._open)
        self.print_button.clicked.connect(self.print_forms)
        self.excel_button.clicked.connect(self.save_excel)
        close.clicked.connect(self.reject)
        self.resize(980, 560)
        self.load(class_id)

    # --- data ---------------------------------------------------------------------------------------

    def load(self, class_id: int | None = None) -> bool:
        rows = boundary.run(self, students.missing_consents_of_year, self.session.actor, self.year_id, on=self.on)
        if rows is None:
            return False
        self.rows = list(rows)
        keep = class_id if class_id is not None else self.class_combo.currentData()
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("все классы"), None)
        for cls in boundary.run(self, students.classes, self.session.actor, self.year_id) or []:
            self.class_combo.addItem(cls.name, cls.class_id)
        self.class_combo.setCurrentIndex(max(self.class_combo.findData(keep), 0) if keep is not None else 0)
        self.class_combo.blockSignals(False)
        pupils = len({m.student_id for m in self.rows})
        self.total_label.setText(self.tr(
            "На %s без действующего согласия — строк: %d (учащихся: %d) во всех доступных вам классах. "
            "Двойной щелчок открывает карточку учащегося.") % (format_date_ru(self.on), len(self.rows), pupils))
        self.fill()
        return True

    def _matches(self, m: students.MissingConsent) -> bool:
        cls, who = self.class_combo.currentData(), self.who_combo.currentData()
        text = self.search.text().strip().casefold()
        return ((cls is None or m.class_id == cls) and (who == ALL or _kind(m) == who)
                and (not text or text in m.student_name.casefold() or text in m.person.casefold()))

    def fill(self) -> None:
        self.shown = [m for m in self.rows if self._matches(m)]
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        counts: dict[str, int] = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for m in self.shown:
            group = groups.get(m.class_name)
            if group is None:
                group = QTreeWidgetItem(self.tree, [m.class_name])
                group.setFirstColumnSpanned(True)
                group.setFont(0, bold)
                groups[m.class_name] = group
            counts[m.class_name] = counts.get(m.class_name, 0) + 1
            item = QTreeWidgetItem(group, [m.student_name, relation_label(m.relation), m.person, m.note])
            item.setData(0, USER, (m.class_id, m.student_id))
            for col in range(4):
                item.setToolTip(col, item.text(col))
        for name, group in groups.items():
            group.setText(0, self.tr("%s — без согласия: %d") % (name, counts[name]))
        self.tree.expandAll()
        self.count_label.setText(self.tr("Показано строк: %d, учащихся: %d (всего строк: %d).")
                                 % (len(self.shown), len({m.student_id for m in self.shown}), len(self.rows)))
        self.print_button.setEnabled(bool(self.shown))
        self.excel_button.setEnabled(bool(self.shown))

    def group_texts(self) -> list[str]:
        """The class headings as shown (tests)."""
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, USER)
        if key is not None and self.open_student is not None:
            self.open_student(int(key[0]), int(key[1]))
            self.accept()

    # --- output -------------------------------------------------------------------------------------

    def print_forms(self) -> None:
        """The consent forms of the shown rows in one PDF, one form a page, to print in one go."""
        from ejournal_desktop.printing.student_docs import render_consent_forms

        if not self.shown:
            return
        forms = boundary.run(self, students.missing_consent_forms, self.session.actor, self.shown)
        if not forms:
            return
        default = _file_name(self.tr("Бланки согласия на обработку ПД %s") % self.on.strftime("%d.%m.%Y")) + ".pdf"
        path_text, _ = QFileDialog.getSaveFileName(self, self.tr("Сохранить бланки согласия"), default,
                                                   self.tr("Документ PDF (*.pdf)"))
        if not path_text:
            return
        path = Path(path_text)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = render_consent_forms(forms, path)
        except OSError as exc:
            boundary.show_error(self, self.tr("Файл не записан"),
                                self.tr("Не удалось записать «%s»: %s") % (path, exc.strerror or exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.last_file = path
        QMessageBox.information(self, self.tr("Бланки согласия"), self.tr(
            "Бланков: %d (листов: %d) в файле «%s». Откройте его и распечатайте.") % (len(forms), pages, path))

    def save_excel(self) -> None:
        from ejournal_desktop.exchange.report_xlsx import write_xlsx

        if not self.shown:
            return
        default = self.tr("Без согласия на обработку ПД %s.xlsx") % self.on.strftime("%d.%m.%Y")
        path_text, _ = QFileDialog.getSaveFileName(self, self.tr("Сохранить в Excel"), default,
                                                   self.tr("Книга Excel (*.xlsx)"))
        if not path_text:
            return
        path = Path(path_text)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        report = students.missing_consents_report(self.year_id, self.shown, on=self.on)
        try:
            write_xlsx(report, path)
        except OSError as exc:
            boundary.show_error(self, self.tr("Файл не записан"),
                                self.tr("Не удалось записать «%s»: %s") % (path, exc.strerror or exc))
            return
        self.last_files = [path]
        QMessageBox.information(self, self.tr("Сохранено"), self.tr("Записано: %s — строк: %d.")
                                % (path, len(self.shown)))


__all__ = ["MissingConsentsDialog"]
