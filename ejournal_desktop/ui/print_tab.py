"""«Печать»: the bound journal of a class, its summary sheet, a subject's pages — previewed and saved as PDF.

Pick a year, a class and what to print; «Просмотр» draws the PDF and shows its
first sheets (rendered with ``pdftoppm`` when it is installed — PySide6-Essentials
has no QtPdf); «Сохранить PDF…» writes it where the user chooses, with a
progress bar (also for the journals of every class at once).  The director
also sees «Заверить…»: after a confirmation stating what becomes read-only the
journal of the class for the year is certified.  Every service call goes
through the one error boundary.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTemporaryDir, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.services import certification, printdata
from ejournal_desktop.services.permissions import Action
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.session import Session

JOURNAL, SUMMARY, SUBJECT, VOLUME, ALL_JOURNALS = "journal", "summary", "subject", "volume", "all"
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
)


@dataclass(frozen=True)
class Choice:
    kind: str
    year_id: int
    class_id: int | None
    subject_id: int | None
    period_id: int | None


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
        box_layout = QVBoxLayout(box)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for i, (kind, title) in enumerate(KIND_TITLES):
            button = QRadioButton(tr(title), box)
            button.setObjectName(f"{kind}Radio")
            self.kind_group.addButton(button, i)
            self.kind_buttons[kind] = button
            box_layout.addWidget(button)
            if kind == SUBJECT:
                row = QHBoxLayout()
                row.addSpacing(24)
                self.subject_combo = QComboBox(box)
                self.subject_combo.setObjectName("subjectCombo")
                self.period_combo = QComboBox(box)
                self.period_combo.setObjectName("periodCombo")
                row.addWidget(QLabel(tr("Предмет:"), box))
                row.addWidget(self.subject_combo)
                row.addWidget(QLabel(tr("Период:"), box))
                row.addWidget(self.period_combo)
                row.addStretch(1)
                box_layout.addLayout(row)
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
        self.preview_area = QScrollArea(self)
        self.preview_area.setObjectName("previewArea")
        self.preview_area.setWidgetResizable(True)
        self.preview_host = QWidget(self.preview_area)
        self.preview_layout = QHBoxLayout(self.preview_host)
        self.preview_layout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview_area.setWidget(self.preview_host)
        layout.addWidget(self.preview_area, 1)

        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.class_combo.currentIndexChanged.connect(self._class_changed)
        self.subject_combo.currentIndexChanged.connect(self._changed)
        self.period_combo.currentIndexChanged.connect(self._changed)
        self.kind_group.idToggled.connect(self._kind_toggled)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.open_button.clicked.connect(self.open_pdf)
        self.certify_button.clicked.connect(self.certify)
        self.verify_button.clicked.connect(self.verify)

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
        self._loading = True
        keep = self.class_combo.currentData()
        self.class_combo.clear()
        self.period_combo.clear()
        year_id = self.year_combo.currentData()
        if year_id is not None:
            for cid, name in boundary.run(self, printdata.printable_classes, self.session.actor, year_id) or []:
                self.class_combo.addItem(name, cid)
            self.period_combo.addItem(tr("Весь учебный год"), None)
            for pid, _, name in boundary.run(self, printdata.periods_of, year_id) or []:
                self.period_combo.addItem(name, pid)
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
        self._loading = False
        self._changed()

    def select(self, *, kind: str | None = None, class_id: int | None = None, subject_id: int | None = None,
               period_id: int | None = None) -> None:
        """Choose what to print (for the main window and tests)."""
        if kind is not None:
            self.kind_buttons[kind].setChecked(True)
        if class_id is not None:
            self.class_combo.setCurrentIndex(self.class_combo.findData(class_id))
        if subject_id is not None:
            self.subject_combo.setCurrentIndex(self.subject_combo.findData(subject_id))
        if period_id is not None:
            self.period_combo.setCurrentIndex(self.period_combo.findData(period_id))
        self._changed()

    def choice(self) -> Choice | None:
        year_id = self.year_combo.currentData()
        if year_id is None:
            return None
        kind = next(k for k, b in self.kind_buttons.items() if b.isChecked())
        class_id = self.class_combo.currentData() if kind not in (VOLUME, ALL_JOURNALS) else None
        subject_id = self.subject_combo.currentData() if kind == SUBJECT else None
        period_id = self.period_combo.currentData() if kind == SUBJECT else None
        return Choice(kind, int(year_id), class_id, subject_id, period_id)

    def _changed(self, *_: object) -> None:
        if self._loading:
            return
        choice = self.choice()
        kind = choice.kind if choice else JOURNAL
        per_class = kind not in (VOLUME, ALL_JOURNALS)
        self.class_combo.setEnabled(per_class)
        self.subject_combo.setEnabled(kind == SUBJECT)
        self.period_combo.setEnabled(kind == SUBJECT)
        has_class = choice is not None and (choice.class_id is not None or not per_class)
        ready = has_class and (kind != SUBJECT or (choice is not None and choice.subject_id is not None))
        self.preview_button.setEnabled(ready and kind != ALL_JOURNALS and not self._busy)
        self.save_button.setEnabled(ready and not self._busy)
        self.open_button.setEnabled(self._rendered is not None and self._rendered[0] == choice)
        journal_class = choice is not None and choice.class_id is not None
        self.verify_button.setEnabled(journal_class and not self._busy)
        self.certify_button.setEnabled(journal_class and kind == JOURNAL and not self._busy)
        self._show_status(choice)

    def _show_status(self, choice: Choice | None) -> None:
        if choice is None:
            self.status.setText(tr("В журнале нет учебных лет."))
            return
        if choice.class_id is None:
            if self.class_combo.count() == 0 and choice.kind not in (VOLUME, ALL_JOURNALS):
                self.status.setText(tr("Нет классов, журналы которых вы можете печатать в этом учебном году."))
            else:
                self.status.setText("")
            return
        info = boundary.run(self, certification.status, choice.class_id, choice.year_id)
        if info is None:
            self.status.setText(tr("Журнал класса за этот учебный год не заверен."))
        else:
            self.status.setText(
                tr("Журнал заверен %s (%s), листов: %d. Год этого класса только для чтения.")
                % (format_date_ru(info.certified_at.date()), info.certified_by, info.sheet_count))

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
        assert choice.class_id is not None
        if choice.kind == SUBJECT:
            assert choice.subject_id is not None
            data = printdata.subject_pages(actor, choice.class_id, choice.subject_id, choice.period_id, today=today)
            return printing.render_subject_pages(data, out, progress=progress)
        data = printdata.class_journal(actor, choice.class_id, today=today)
        if choice.kind == SUMMARY:
            return printing.render_summary(data, out, progress=progress)
        return printing.render_journal(data, out, progress=progress)

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
        QMessageBox.information(self, tr("PDF сохранён"), tr("Записано: %s — листов: %d.") % (path, sheets))

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
                written.append((name, sheets))
                total += sheets
                progress(i + 1, len(classes))
            return total

        total = self._run_job(job)
        if total is None:
            return
        QMessageBox.information(self, tr("Журналы сохранены"),
                                tr("В папку %s записаны журналы %d классов, всего листов: %d.")
                                % (folder, len(written), total))

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
