"""«Печать»: the bound journal of a class, its summary sheet, a subject's pages, a period's pages of every
class, the diary report and the information letters for parents — previewed and saved as PDF.

Pick a year, a class and what to print; «Просмотр» draws the PDF and shows its
first sheets (rendered with ``pdftoppm`` when it is installed — PySide6-Essentials
has no QtPdf); «Сохранить PDF…» writes it where the user chooses, with a
progress bar (also for the journals of every class at once).  The director
also sees «Заверить…»: after a confirmation stating what becomes read-only the
journal of the class for the year is certified.  Every saved PDF is
recorded in the print log (shown in the «Журнал печати» tab below); a saved
diary report or letter also as a contact with the parents.  Every service
call goes through the one error boundary.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTemporaryDir, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.services import certification, parent_docs, print_log, printdata
from ejournal_desktop.services.errors import NotFound
from ejournal_desktop.services.permissions import Action
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.session import Session

JOURNAL, SUMMARY, SUBJECT, VOLUME, ALL_JOURNALS = "journal", "summary", "subject", "volume", "all"
DIARY, LETTERS, PERIOD = "diary", "letters", "period"
WHOLE_SCHOOL = (VOLUME, ALL_JOURNALS, PERIOD)  # kinds printed for every class at once
PREVIEW_PAGES = 4
PREVIEW_DPI = 45


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintTab", text)


def _noop(text: str) -> str:
    return text


KIND_TITLES = (
    (JOURNAL, _noop("Журнал класса за учебный год (для брошюровки, с титульным листом)")),
    (SUMMARY, _noop("Сводная ведомость итоговых отметок класса (хранится 25 лет)")),
    (SUBJECT, _noop("Страницы журнала одного предмета")),
    (VOLUME, _noop("Сводные ведомости всех классов одним томом")),
    (ALL_JOURNALS, _noop("Журналы всех классов — каждый в свой файл")),
    (PERIOD, _noop("Страницы журналов всех классов за период — одним файлом с содержанием")),
    (DIARY, _noop("Отчёт-дневник учащегося для родителей (отметки, посещаемость, темы, задания)")),
    (LETTERS, _noop("Информационные письма родителям за период — по письму на страницу")),
)
LOG_COLUMNS = (_noop("Когда"), _noop("Кто"), _noop("Что"), _noop("Класс"), _noop("Листов"), _noop("Файл"))


@dataclass(frozen=True)
class Choice:
    kind: str
    year_id: int
    class_id: int | None
    subject_id: int | None
    period_id: int | None
    student_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    remark: str = ""


def pdftoppm_available() -> bool:
    return shutil.which("pdftoppm") is not None


def render_preview(pdf: Path, folder: Path, pages: int = PREVIEW_PAGES, dpi: int = PREVIEW_DPI) -> list[Path]:
    """PNG images of the first pages of a PDF (empty when pdftoppm is missing or fails)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    for old in folder.glob("preview-*.png"):
        old.unlink()
    try:
        subprocess.run([tool, "-r", str(dpi), "-png", "-f", "1", "-l", str(pages), str(pdf),
                        str(folder / "preview")], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(folder.glob("preview-*.png"))


class PrintTab(QWidget):
    refresh_on_show = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loading = True
        self._busy = False
        # removed with the tab (QTemporaryDir deletes its folder when it goes)
        self._tempdir = QTemporaryDir(str(Path(tempfile.gettempdir()) / "ejournal-print-XXXXXX"))
        self._workdir = Path(self._tempdir.path())
        self.last_saved: Path | None = None
        self._rendered: tuple[Choice, Path, int] | None = None
        # what the last drawing of a parents' document or a period batch was made of (for recording a save)
        self._report: tuple[Choice, parent_docs.DiaryReport | parent_docs.LetterBatch] | None = None
        self._per_class: tuple[Choice, list[tuple[int, int]]] | None = None
        self._build()
        self._fill_years()
        self._loading = False
        self._changed()

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QGridLayout()
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("yearCombo")
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("classCombo")
        self.class_combo.setMinimumContentsLength(10)
        top.addWidget(QLabel(tr("Учебный год:"), self), 0, 0)
        top.addWidget(self.year_combo, 0, 1)
        top.addWidget(QLabel(tr("Класс:"), self), 0, 2)
        top.addWidget(self.class_combo, 0, 3)
        top.setColumnStretch(4, 1)
        layout.addLayout(top)

        box = QGroupBox(tr("Что напечатать"), self)
        box_layout = QGridLayout(box)
        box_layout.setColumnStretch(1, 1)
        self._grid_row = 0
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for i, (kind, title) in enumerate(KIND_TITLES):
            button = QRadioButton(tr(title), box)
            button.setObjectName(f"{kind}Radio")
            self.kind_group.addButton(button, i)
            self.kind_buttons[kind] = button
            box_layout.addWidget(button, self._grid_row, 0)
            if kind == SUBJECT:
                self.subject_combo = self._combo("subjectCombo", box)
                self.period_combo = self._combo("periodCombo", box)
                self._option_row(box_layout, tr("Предмет:"), self.subject_combo, tr("Период:"), self.period_combo)
            elif kind == PERIOD:
                self.batch_period_combo = self._combo("batchPeriodCombo", box)
                self._option_row(box_layout, tr("Период:"), self.batch_period_combo)
            elif kind == DIARY:
                self.diary_student_combo = self._combo("diaryStudentCombo", box, 24)
                self.date_from = QDateEdit(box)
                self.date_from.setObjectName("dateFrom")
                self.date_to = QDateEdit(box)
                self.date_to.setObjectName("dateTo")
                for edit in (self.date_from, self.date_to):
                    edit.setCalendarPopup(True)
                    edit.setDisplayFormat("dd.MM.yyyy")
                self._option_row(box_layout, tr("Учащийся:"), self.diary_student_combo, tr("с"), self.date_from,
                                 tr("по"), self.date_to)
            elif kind == LETTERS:
                self.letters_student_combo = self._combo("lettersStudentCombo", box, 24)
                self.letters_period_combo = self._combo("lettersPeriodCombo", box)
                self._option_row(box_layout, tr("Учащийся:"), self.letters_student_combo, tr("Период:"),
                                 self.letters_period_combo)
                self._grid_row += 1
                self.remark_edit = QPlainTextEdit(box)
                self.remark_edit.setObjectName("remarkEdit")
                self.remark_edit.setPlaceholderText(tr("Замечания и пожелания классного руководителя — одинаковые "
                                                       "во всех письмах (необязательно)"))
                self.remark_edit.setFixedHeight(48)
                remark_row = QHBoxLayout()
                remark_row.addSpacing(12)
                remark_row.addWidget(self.remark_edit, 1)
                box_layout.addLayout(remark_row, self._grid_row, 1)
            self._grid_row += 1
        self.kind_buttons[JOURNAL].setChecked(True)
        layout.addWidget(box)

        self.status = QLabel(self)
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.preview_button = QPushButton(tr("Просмотр"), self)
        self.preview_button.setObjectName("previewButton")
        self.save_button = QPushButton(tr("Сохранить PDF…"), self)
        self.save_button.setObjectName("saveButton")
        self.open_button = QPushButton(tr("Открыть PDF"), self)
        self.open_button.setObjectName("openButton")
        self.open_button.setToolTip(tr("Открыть напечатанный файл в программе просмотра PDF"))
        self.verify_button = QPushButton(tr("Проверить заверенный журнал"), self)
        self.verify_button.setObjectName("verifyButton")
        self.certify_button = QPushButton(tr("Заверить…"), self)
        self.certify_button.setObjectName("certifyButton")
        self.certify_button.setToolTip(tr("Заверить журнал класса за учебный год: после этого год класса "
                                          "станет только для чтения"))
        self.certify_button.setVisible(self.session.may(Action.CERTIFY))
        for b in (self.preview_button, self.save_button, self.open_button, self.verify_button,
                  self.certify_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("progressBar")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)

        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("pagesLabel")
        font = QFont(self.pages_label.font())
        font.setBold(True)
        self.pages_label.setFont(font)
        layout.addWidget(self.pages_label)
        self.lower_tabs = QTabWidget(self)
        self.lower_tabs.setObjectName("lowerTabs")
        self.preview_area = QScrollArea(self)
        self.preview_area.setObjectName("previewArea")
        self.preview_area.setWidgetResizable(True)
        self.preview_host = QWidget(self.preview_area)
        self.preview_layout = QHBoxLayout(self.preview_host)
        self.preview_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # pages never overlap
        self.preview_layout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview_area.setWidget(self.preview_host)
        self.lower_tabs.addTab(self.preview_area, tr("Просмотр"))
        self.log_table = QTableWidget(0, len(LOG_COLUMNS), self)
        self.log_table.setObjectName("printLog")
        self.log_table.setHorizontalHeaderLabels([tr(c) for c in LOG_COLUMNS])
        self.log_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.log_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.log_table.verticalHeader().setVisible(False)
        header = self.log_table.horizontalHeader()
        for col in range(len(LOG_COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.lower_tabs.addTab(self.log_table, tr("Журнал печати"))
        layout.addWidget(self.lower_tabs, 1)

        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.class_combo.currentIndexChanged.connect(self._class_changed)
        self.subject_combo.currentIndexChanged.connect(self._changed)
        self.period_combo.currentIndexChanged.connect(self._changed)
        for combo in (self.batch_period_combo, self.diary_student_combo, self.letters_student_combo,
                      self.letters_period_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.date_from.dateChanged.connect(self._changed)
        self.date_to.dateChanged.connect(self._changed)
        self.remark_edit.textChanged.connect(self._changed)
        self.kind_group.idToggled.connect(self._kind_toggled)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.open_button.clicked.connect(self.open_pdf)
        self.certify_button.clicked.connect(self.certify)
        self.verify_button.clicked.connect(self.verify)

    def _option_row(self, box_layout: QGridLayout, *items: str | QWidget) -> None:
        """The options of a kind (labels and fields), to the right of its button."""
        row = QHBoxLayout()
        row.addSpacing(12)
        for item in items:
            row.addWidget(QLabel(item, self) if isinstance(item, str) else item)
        row.addStretch(1)
        box_layout.addLayout(row, self._grid_row, 1)

    def _combo(self, name: str, parent: QWidget, min_length: int = 0) -> QComboBox:
        combo = QComboBox(parent)
        combo.setObjectName(name)
        if min_length:
            combo.setMinimumContentsLength(min_length)
        return combo

    # --- choices -----------------------------------------------------------------------------------

    def _kind_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._changed()

    def refresh(self) -> None:
        """Re-read years and classes (the tab is shown again); keeps the choice when it still exists."""
        self._fill_years()
        self._changed()

    def _fill_years(self) -> None:
        self._loading = True
        keep = self.year_combo.currentData()
        self.year_combo.clear()
        years = boundary.run(self, printdata.years) or []
        for yid, name in years:
            self.year_combo.addItem(name, yid)
        if years:
            current = keep if keep is not None else boundary.run(self, printdata.default_year, self.session.today())
            index = self.year_combo.findData(current)
            self.year_combo.setCurrentIndex(max(0, index))
        self._loading = False
        self._year_changed()

    def _year_changed(self) -> None:
        if self._loading:
            return
        self.refresh_log()
        self._loading = True
        keep = self.class_combo.currentData()
        self.class_combo.clear()
        self.period_combo.clear()
        self.batch_period_combo.clear()
        self.letters_period_combo.clear()
        year_id = self.year_combo.currentData()
        if year_id is not None:
            for cid, name in boundary.run(self, printdata.printable_classes, self.session.actor, year_id) or []:
                self.class_combo.addItem(name, cid)
            self.period_combo.addItem(tr("Весь учебный год"), None)
            periods = boundary.run(self, printdata.periods_of, year_id) or []
            for pid, _, name in periods:
                self.period_combo.addItem(name, pid)
            for combo in (self.batch_period_combo, self.letters_period_combo):
                keep_period = None
                for pid, _, name in periods:
                    combo.addItem(name, pid)
                current = self._current_period(periods) if keep_period is None else keep_period
                if combo.findData(current) >= 0:
                    combo.setCurrentIndex(combo.findData(current))
            self._default_dates(periods)
        if keep is not None and self.class_combo.findData(keep) >= 0:
            self.class_combo.setCurrentIndex(self.class_combo.findData(keep))
        self._loading = False
        self._class_changed()

    def _class_changed(self) -> None:
        if self._loading:
            return
        self._loading = True
        keep = self.subject_combo.currentData()
        self.subject_combo.clear()
        class_id = self.class_combo.currentData()
        if class_id is not None:
            for sid, name in boundary.run(self, printdata.subjects_of_class, class_id) or []:
                self.subject_combo.addItem(name, sid)
        if keep is not None and self.subject_combo.findData(keep) >= 0:
            self.subject_combo.setCurrentIndex(self.subject_combo.findData(keep))
        pupils = (boundary.run(self, parent_docs.students_of_class, class_id) or []) if class_id is not None else []
        for combo in (self.diary_student_combo, self.letters_student_combo):
            keep_student = combo.currentData()
            combo.clear()
            combo.addItem(tr("Все учащиеся класса"), None)
            for sid, name in pupils:
                combo.addItem(name, sid)
            if keep_student is not None and combo.findData(keep_student) >= 0:
                combo.setCurrentIndex(combo.findData(keep_student))
        self._loading = False
        self._changed()

    def select(self, *, kind: str | None = None, class_id: int | None = None, subject_id: int | None = None,
               period_id: int | None = None, student_id: int | None = None, date_from: dt.date | None = None,
               date_to: dt.date | None = None, remark: str | None = None) -> None:
        """Choose what to print (for the main window and tests)."""
        if kind is not None:
            self.kind_buttons[kind].setChecked(True)
        if class_id is not None:
            self.class_combo.setCurrentIndex(self.class_combo.findData(class_id))
        if subject_id is not None:
            self.subject_combo.setCurrentIndex(self.subject_combo.findData(subject_id))
        if period_id is not None:
            for combo in (self.period_combo, self.batch_period_combo, self.letters_period_combo):
                combo.setCurrentIndex(combo.findData(period_id))
        if student_id is not None:
            for combo in (self.diary_student_combo, self.letters_student_combo):
                combo.setCurrentIndex(combo.findData(student_id))
        if date_from is not None:
            self.date_from.setDate(QDate(date_from.year, date_from.month, date_from.day))
        if date_to is not None:
            self.date_to.setDate(QDate(date_to.year, date_to.month, date_to.day))
        if remark is not None:
            self.remark_edit.setPlainText(remark)
        self._changed()

    def choice(self) -> Choice | None:
        year_id = self.year_combo.currentData()
        if year_id is None:
            return None
        kind = next(k for k, b in self.kind_buttons.items() if b.isChecked())
        class_id = self.class_combo.currentData() if kind not in WHOLE_SCHOOL else None
        if kind == DIARY:
            return Choice(kind, int(year_id), class_id, None, None, self.diary_student_combo.currentData(),
                          self.date_from.date().toPython(), self.date_to.date().toPython())
        if kind == LETTERS:
            return Choice(kind, int(year_id), class_id, None, self.letters_period_combo.currentData(),
                          self.letters_student_combo.currentData(),
                          remark=self.remark_edit.toPlainText().strip())
        if kind == PERIOD:
            return Choice(kind, int(year_id), None, None, self.batch_period_combo.currentData())
        subject_id = self.subject_combo.currentData() if kind == SUBJECT else None
        period_id = self.period_combo.currentData() if kind == SUBJECT else None
        return Choice(kind, int(year_id), class_id, subject_id, period_id)

    def _current_period(self, periods: list[tuple[int, int, str]]) -> int | None:
        year_id = self.year_combo.currentData()
        if year_id is None or not periods:
            return None
        found = boundary.run(self, parent_docs.current_span, year_id, self.session.today())
        return found[0] if found else None

    def _default_dates(self, periods: list[tuple[int, int, str]]) -> None:
        year_id = self.year_combo.currentData()
        found = boundary.run(self, parent_docs.current_span, year_id, self.session.today()) if year_id else None
        if found is None:
            return
        _, first, last = found
        self.date_from.setDate(QDate(first.year, first.month, first.day))
        self.date_to.setDate(QDate(last.year, last.month, last.day))

    def _changed(self, *_: object) -> None:
        if self._loading:
            return
        choice = self.choice()
        kind = choice.kind if choice else JOURNAL
        per_class = kind not in WHOLE_SCHOOL
        self.class_combo.setEnabled(per_class)
        self.subject_combo.setEnabled(kind == SUBJECT)
        self.period_combo.setEnabled(kind == SUBJECT)
        self.batch_period_combo.setEnabled(kind == PERIOD)
        for widget in (self.diary_student_combo, self.date_from, self.date_to):
            widget.setEnabled(kind == DIARY)
        for widget in (self.letters_student_combo, self.letters_period_combo, self.remark_edit):
            widget.setEnabled(kind == LETTERS)
        has_class = choice is not None and (choice.class_id is not None or not per_class)
        ready = has_class and (kind != SUBJECT or (choice is not None and choice.subject_id is not None))
        if kind in (LETTERS, PERIOD):
            ready = ready and choice is not None and choice.period_id is not None
        if kind == DIARY and choice is not None and choice.date_from and choice.date_to:
            ready = ready and choice.date_from <= choice.date_to
        self.preview_button.setEnabled(ready and kind != ALL_JOURNALS and not self._busy)
        self.save_button.setEnabled(ready and not self._busy)
        self.open_button.setEnabled(self._rendered is not None and self._rendered[0] == choice)
        if self._rendered is not None and self._rendered[0] != choice and self.pages_label.text():
            self._clear_preview()  # the pages shown are of another choice
        journal_class = choice is not None and choice.class_id is not None and kind not in (DIARY, LETTERS)
        certified = self._show_status(choice)
        # there is nothing to check in a journal that was never certified
        self.verify_button.setEnabled(journal_class and certified and not self._busy)
        self.certify_button.setEnabled(journal_class and kind == JOURNAL and not self._busy)

    def _show_status(self, choice: Choice | None) -> bool:
        """The line under the choice; whether the chosen class's journal of the year is certified."""
        if choice is None:
            self.status.setText(tr("В журнале нет учебных лет."))
            return False
        if choice.kind in (DIARY, LETTERS) and choice.class_id is not None:
            self.status.setText(tr("Сохранённый PDF записывается в журнал печати и как контакт с родителями "
                                   "каждого учащегося; просмотр ничего не записывает."))
            return False
        if choice.class_id is None:
            if self.class_combo.count() == 0 and choice.kind not in WHOLE_SCHOOL:
                self.status.setText(tr("Нет классов, журналы которых вы можете печатать в этом учебном году."))
            else:
                self.status.setText("")
            return False
        info = boundary.run(self, certification.status, choice.class_id, choice.year_id)
        if info is None:
            self.status.setText(tr("Журнал класса за этот учебный год не заверен."))
            return False
        self.status.setText(
            tr("Журнал заверен %s (%s), листов: %d. Год этого класса только для чтения.")
            % (format_date_ru(info.certified_at.date()), info.certified_by, info.sheet_count))
        return True

    # --- making the PDF ------------------------------------------------------------------------------

    def _make(self, choice: Choice, out: Path, progress: Callable[[int, int], None]) -> int:
        """Gather (services check the permission) and draw; returns the number of sheets."""
        from ejournal_desktop.printing import journal as printing

        actor = self.session.actor
        today = self.session.today()
        if choice.kind == VOLUME:
            classes = [cid for cid, _ in printdata.printable_classes(actor, choice.year_id)]
            datas = []
            for i, cid in enumerate(classes):
                datas.append(printdata.class_journal(actor, cid, today=today))
                progress(i + 1, len(classes) * 2)
            if not datas:
                return 0
            return printing.render_summary_volume(
                datas, out, school_name=datas[0].school_name, director=datas[0].director_name,
                year_name=datas[0].year_name,
                progress=lambda done, total: progress(len(classes) + done * len(classes) // max(1, total),
                                                      len(classes) * 2))
        if choice.kind == PERIOD:
            return self._make_period(choice, out, progress)
        assert choice.class_id is not None
        if choice.kind == DIARY:
            from ejournal_desktop.printing.diary import render_diary

            assert choice.date_from is not None and choice.date_to is not None
            diary = parent_docs.diary_report(actor, choice.class_id, choice.date_from, choice.date_to,
                                             choice.student_id, today=today)
            self._report = (choice, diary)
            return render_diary(diary, out, progress=progress)
        if choice.kind == LETTERS:
            from ejournal_desktop.printing.letters import render_letters

            assert choice.period_id is not None
            batch = parent_docs.letters(actor, choice.class_id, choice.period_id, choice.student_id, choice.remark,
                                        today=today)
            self._report = (choice, batch)
            return render_letters(batch, out, progress=progress)
        if choice.kind == SUBJECT:
            assert choice.subject_id is not None
            data = printdata.subject_pages(actor, choice.class_id, choice.subject_id, choice.period_id, today=today)
            return printing.render_subject_pages(data, out, progress=progress)
        data = printdata.class_journal(actor, choice.class_id, today=today)
        if choice.kind == SUMMARY:
            return printing.render_summary(data, out, progress=progress)
        return printing.render_journal(data, out, progress=progress)

    def _make_period(self, choice: Choice, out: Path, progress: Callable[[int, int], None]) -> int:
        """Every class's pages of a period: gathering is the first half of the bar, drawing the second."""
        from ejournal_desktop.printing import period_pages

        assert choice.period_id is not None
        datas = period_pages.gather(self.session.actor, choice.year_id, choice.period_id, today=self.session.today(),
                                    progress=lambda done, total: progress(done, total * 2))
        if not datas:
            raise NotFound(tr("Нет классов, страницы журналов которых вы можете напечатать за этот период."))
        n = len(datas)
        period_name = datas[0].period_filter.name if datas[0].period_filter else self.batch_period_combo.currentText()
        sheets, per_class = period_pages.render_period_pages(
            datas, out, school_name=datas[0].school_name, director=datas[0].director_name,
            year_name=datas[0].year_name, period_name=period_name,
            progress=lambda done, total: progress(n + done * n // max(1, total), n * 2))
        self._per_class = (choice, sorted(per_class.items()))
        return sheets

    def _run_job(self, job: Callable[[Callable[[int, int], None]], int | None]) -> int | None:
        """Run a printing job with the progress bar, the buttons disabled, errors through the boundary."""
        self._busy = True
        self._changed()
        self.progress.setValue(0)
        self.progress.setVisible(True)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        def progress(done: int, total: int) -> None:
            self.progress.setMaximum(max(1, total))
            self.progress.setValue(done)
            QApplication.processEvents()

        try:
            result = boundary.run(self, job, progress)
        except OSError as exc:
            boundary.show_error(self, tr("Файл не записан"), tr("Не удалось записать PDF: %s") % (exc.strerror or exc))
            result = None
        finally:
            QApplication.restoreOverrideCursor()
            self.progress.setVisible(False)
            self._busy = False
            self._changed()
        return result

    def _render_current(self) -> tuple[Path, int] | None:
        choice = self.choice()
        if choice is None:
            return None
        if self._rendered is not None and self._rendered[0] == choice and self._rendered[1].exists():
            return self._rendered[1], self._rendered[2]
        path = self._workdir / "print.pdf"
        sheets = self._run_job(lambda progress: self._make(choice, path, progress))
        if sheets is None:
            return None
        self._rendered = (choice, path, sheets)
        return path, sheets

    def preview(self) -> None:
        self._rendered = None  # always re-read the journal for a preview
        made = self._render_current()
        self._clear_preview()
        if made is None:
            return
        path, sheets = made
        self.pages_label.setText(tr("Листов: %d") % sheets)
        images = render_preview(path, self._workdir)
        if not images:
            note = QLabel(tr("Предпросмотр страниц недоступен (нет программы pdftoppm). Откройте PDF "
                             "кнопкой «Открыть PDF» или сохраните его."), self.preview_host)
            note.setWordWrap(True)
            self.preview_layout.addWidget(note)
        for image in images:
            label = QLabel(self.preview_host)
            label.setObjectName("previewPage")
            pixmap = QPixmap(str(image))
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())  # never squeezed: the area scrolls instead
            label.setFrameShape(QFrame.Shape.Box)
            self.preview_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        if sheets > len(images) and images:
            more = QLabel(tr("… и ещё %d") % (sheets - len(images)), self.preview_host)
            self.preview_layout.addWidget(more)
        self._changed()

    def _clear_preview(self) -> None:
        while self.preview_layout.count():
            item = self.preview_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.pages_label.setText("")

    def default_file_name(self, choice: Choice) -> str:
        year = self.year_combo.currentText().replace("/", "-")
        cls = self.class_combo.currentText()
        if choice.kind == SUMMARY:
            return f"Сводная ведомость {cls} {year}.pdf"
        if choice.kind == SUBJECT:
            period = self.period_combo.currentText() if choice.period_id else year
            return f"{self.subject_combo.currentText()} {cls} {period}.pdf"
        if choice.kind == VOLUME:
            return f"Сводные ведомости {year}.pdf"
        if choice.kind == PERIOD:
            return f"Страницы журналов {self.batch_period_combo.currentText()} {year}.pdf"
        if choice.kind in (DIARY, LETTERS):
            combo = self.diary_student_combo if choice.kind == DIARY else self.letters_student_combo
            who = combo.currentText() if choice.student_id is not None else cls
            if choice.kind == LETTERS:
                return f"Письма родителям {who} {self.letters_period_combo.currentText()} {year}.pdf"
            assert choice.date_from is not None and choice.date_to is not None
            return (f"Отчёт-дневник {who} {choice.date_from.strftime('%d.%m.%Y')}–"
                    f"{choice.date_to.strftime('%d.%m.%Y')}.pdf")
        return f"Классный журнал {cls} {year}.pdf"

    def save(self) -> None:
        choice = self.choice()
        if choice is None:
            return
        if choice.kind == ALL_JOURNALS:
            self.save_all(choice)
            return
        path_text, _ = QFileDialog.getSaveFileName(self, tr("Сохранить PDF"), self.default_file_name(choice),
                                                   tr("Документ PDF (*.pdf)"))
        if not path_text:
            return
        path = Path(path_text)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        made = self._render_current()
        if made is None:
            return
        source, sheets = made
        try:
            shutil.copyfile(source, path)
        except OSError as exc:
            boundary.show_error(self, tr("Файл не записан"),
                                tr("Не удалось записать «%s»: %s") % (path, exc.strerror or exc))
            return
        self.last_saved = path
        note = self._record_save(choice, path, sheets)
        if note is None:
            return
        QMessageBox.information(self, tr("PDF сохранён"), tr("Записано: %s — листов: %d.") % (path, sheets) + note)
        self.refresh_log()

    def _record_save(self, choice: Choice, path: Path, sheets: int) -> str | None:
        """Record the saved file in the print log (and parents' contacts); the note for the message, None on failure."""
        actor = self.session.actor
        try:
            digest = print_log.file_digest(path)
        except OSError as exc:
            boundary.show_error(self, tr("Файл не записан"),
                                tr("Не удалось прочитать «%s»: %s") % (path, exc.strerror or exc))
            return None
        if choice.kind in (DIARY, LETTERS):
            if self._report is None or self._report[0] != choice:
                return None
            count = boundary.run(self, parent_docs.issue, actor, self._report[1], pages=sheets, digest=digest,
                                 file_name=path.name, on=self.session.today())
            if count is None:
                return None
            return "\n" + tr("Записано контактов с родителями: %d.") % count
        if choice.kind == PERIOD:
            if self._per_class is None or self._per_class[0] != choice:
                return None
            done = boundary.run(self, print_log.record_many, actor, "period_pages", self._per_class[1],
                                year_id=choice.year_id, period_id=choice.period_id, digest=digest, file_name=path.name)
            return "" if done is not None else None
        logged = boundary.run(self, print_log.record, actor, choice.kind, class_id=choice.class_id,
                              year_id=choice.year_id, period_id=choice.period_id, subject_id=choice.subject_id,
                              pages=sheets, digest=digest, file_name=path.name)
        return "" if logged is not None else None

    def save_all(self, choice: Choice) -> None:
        """The journal of every class of the year, each in its own file in a chosen folder."""
        folder = QFileDialog.getExistingDirectory(self, tr("Папка для журналов всех классов"))
        if not folder:
            return
        classes = boundary.run(self, printdata.printable_classes, self.session.actor, choice.year_id) or []
        year = self.year_combo.currentText().replace("/", "-")
        written: list[tuple[str, int]] = []

        def job(progress: Callable[[int, int], None]) -> int:
            from ejournal_desktop.printing import journal as printing

            total = 0
            for i, (cid, name) in enumerate(classes):
                data = printdata.class_journal(self.session.actor, cid, today=self.session.today())
                path = Path(folder) / f"Классный журнал {name} {year}.pdf"
                sheets = printing.render_journal(data, path)
                print_log.record(self.session.actor, JOURNAL, class_id=cid, year_id=choice.year_id, pages=sheets,
                                 digest=print_log.file_digest(path), file_name=path.name)
                written.append((name, sheets))
                total += sheets
                progress(i + 1, len(classes))
            return total

        total = self._run_job(job)
        if total is None:
            return
        self.refresh_log()
        QMessageBox.information(self, tr("Журналы сохранены"),
                                tr("В папку %s записаны журналы %d классов, всего листов: %d.")
                                % (folder, len(written), total))

    # --- the print log ----------------------------------------------------------------------------------

    def refresh_log(self) -> None:
        """What was printed in the chosen year (rows of the classes this person may print)."""
        self.log_table.setRowCount(0)
        year_id = self.year_combo.currentData()
        if year_id is None or not self.session.may(Action.PRINT_JOURNAL):
            return
        rows = boundary.run(self, print_log.entries, self.session.actor, year_id) or []
        self.log_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            when = f"{format_date_ru(row.printed_at.date())} {row.printed_at.strftime('%H:%M')}"
            values = (when, row.printed_by, row.what, row.class_name or tr("все классы"), str(row.pages),
                      row.file_name)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 5 and row.digest:
                    item.setToolTip(tr("SHA-256 файла: %s") % row.digest)
                self.log_table.setItem(r, c, item)

    def open_pdf(self) -> None:
        if self._rendered is not None and self._rendered[1].exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._rendered[1])))

    # --- certification ----------------------------------------------------------------------------------

    def certify(self) -> None:
        choice = self.choice()
        if choice is None or choice.class_id is None:
            return
        def may() -> bool:
            assert choice is not None and choice.class_id is not None
            certification.check_may_certify(self.session.actor, choice.class_id, choice.year_id)
            return True

        if not boundary.run(self, may):
            return
        text = boundary.run(self, certification.confirmation_text, choice.class_id, choice.year_id,
                            today=self.session.today())
        if text is None:
            return
        answer = QMessageBox.question(self, tr("Заверить журнал"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        from ejournal_desktop.printing.journal import count_sheets

        cert = boundary.run(self, certification.certify, self.session.actor, choice.class_id, choice.year_id,
                            count_sheets=count_sheets, today=self.session.today())
        if cert is None:
            return
        self._rendered = None
        self._changed()
        QMessageBox.information(
            self, tr("Журнал заверен"),
            tr("Журнал класса %s за %s учебный год заверен. Листов: %d.\nКонтрольная сумма SHA-256: %s\n"
               "Напечатайте журнал ещё раз: на титульном листе будет отметка о заверении.")
            % (self.class_combo.currentText(), self.year_combo.currentText(), int(cert.sheet_count), cert.digest))

    def verify(self) -> None:
        choice = self.choice()
        if choice is None or choice.class_id is None:
            return
        result = boundary.run(self, certification.verify, choice.class_id, choice.year_id)
        if result is None:
            return
        if result.ok:
            QMessageBox.information(self, tr("Проверка журнала"),
                                    tr("Журнал совпадает с заверенным: данные не менялись."))
            return
        lines = "\n".join(f"• {d}" for d in result.differences)
        later = (tr("Изменения через программу после заверения: %d.") % len(result.later_changes)
                 if result.later_changes else tr("Через программу ничего не менялось: данные изменены в обход "
                                                  "программы."))
        QMessageBox.warning(self, tr("Проверка журнала"),
                            tr("Журнал изменён после заверения. Отличаются:\n%s\n\n%s") % (lines, later))
