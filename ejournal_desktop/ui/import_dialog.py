"""Import from Excel: choose a file → preview (added / changed / refused, with row numbers and
reasons) → «Применить» applies all or nothing.

Reading the workbook (the slow part: openpyxl) runs in a QThread behind a
progress dialog with «Отмена»; it touches no database.  The check and the apply
run in the GUI thread (the database connection belongs to it) and keep the
window alive by processing events between batches of rows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.exchange.sheets import Cancelled, read_table
from ejournal_desktop.i18n import noop
from ejournal_desktop.services import imports
from ejournal_desktop.services.errors import ServiceError
from ejournal_desktop.services.imports import ImportPreview, ImportResult, Kind, PreviewRow, SourceTable
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.session import Session

Index = QModelIndex | QPersistentModelIndex

STATUS_TEXT = {"added": noop("PreviewModel", "добавить"), "changed": noop("PreviewModel", "изменить"),
               "refused": noop("PreviewModel", "отклонено"), "removed": noop("PreviewModel", "удалить"),
               "kept": noop("PreviewModel", "оставить")}
STATUS_COLOR = {"added": "#e6f4ea", "changed": "#fff4d6", "refused": "#fde2e1", "removed": "#f3e8fd",
                "kept": "#e8f0fe"}
DIALOG_TITLES: dict[Kind, str] = {
    "students": noop("ImportDialog", "Загрузка списков классов из Excel"),
    "staff": noop("ImportDialog", "Загрузка сотрудников из Excel"),
    "timetable": noop("ImportDialog", "Загрузка расписания из Excel"),
    "plan": noop("ImportDialog", "Загрузка КТП из Excel"),
}


class PreviewModel(QAbstractTableModel):
    ROW, STATUS, WHAT, DETAIL = range(4)
    HEADERS = (noop("PreviewModel", "Строка"), noop("PreviewModel", "Результат"), noop("PreviewModel", "Кто / что"),
               noop("PreviewModel", "Что изменится / причина отказа"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[PreviewRow] = []
        self._rows: list[PreviewRow] = []
        self._only_refused = False

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._filter()
        self.endResetModel()

    def set_only_refused(self, only: bool) -> None:
        self.beginResetModel()
        self._only_refused = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        self._rows = [r for r in self._all if not self._only_refused or r.status == "refused"]

    def preview_row(self, row: int) -> PreviewRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.ROW:
                return str(r.row) if r.row else "—"
            if col == self.STATUS:
                return self.tr(STATUS_TEXT[r.status])
            if col == self.WHAT:
                return r.what
            return r.detail
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_COLOR[r.status]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#202124"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col == self.STATUS and r.status == "refused":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None


class _Reader(QObject):
    """Reads the workbook in a worker thread (no database there)."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, path: str, kind: Kind) -> None:
        super().__init__()
        self.path = path
        self.kind = kind
        self.cancelled = False

    def _tick(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        self.progress.emit(done, total)

    def run(self) -> None:
        try:
            table = read_table(self.path, self.kind, name=Path(self.path).name, progress=self._tick)
        except Cancelled:
            self.failed.emit("")
        except ServiceError as exc:
            self.failed.emit(exc.message)
        except Exception as exc:  # never let a worker thread die with a traceback
            self.failed.emit(f"Не удалось прочитать файл: {exc.__class__.__name__}.")
        else:
            self.done.emit(table)


class ImportDialog(QDialog):
    """The import of one kind (students, staff, timetable, plan) for the logged-in user."""

    preview_ready = Signal()
    applied = Signal(object)

    def __init__(self, session: Session, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind: Kind = kind
        self.table: SourceTable | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self._thread: QThread | None = None
        self._reader: _Reader | None = None
        self._progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr(DIALOG_TITLES[kind]))
        self.setObjectName("importDialog")
        layout = QVBoxLayout(self)

        fmt = imports.FORMATS[kind]
        columns = ", ".join(("<b>%s</b>" if c.required else "%s") % c.title for c in fmt.columns)
        intro = QLabel(self.tr(
            "Лист Excel (.xlsx) с колонками: %s. Жирным — обязательные; порядок колонок и лишние колонки "
            "не важны, строка заголовка может быть ниже названия. Сначала файл проверяется; изменения "
            "вносятся, только если нет ни одной отклонённой строки.") % columns, self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)

        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Выбрать файл…"), self)
        self.choose_button.setObjectName("chooseFileButton")
        self.file_label = QLabel(self.tr("Файл не выбран"), self)
        self.file_label.setObjectName("fileLabel")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)

        self.summary = QLabel("", self)
        self.summary.setObjectName("summaryLabel")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.only_refused = QCheckBox(self.tr("Показать только отклонённые строки"), self)
        self.only_refused.setObjectName("onlyRefused")
        layout.addWidget(self.only_refused)

        self.model = PreviewModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("previewView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(PreviewModel.ROW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PreviewModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setColumnWidth(PreviewModel.WHAT, 300)
        layout.addWidget(self.view, 1)

        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(self.tr("Применить"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setEnabled(False)
        self.close_button = buttons.addButton(self.tr("Закрыть"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("closeButton")
        layout.addWidget(buttons)

        self.choose_button.clicked.connect(self.choose_file)
        self.only_refused.toggled.connect(self.model.set_only_refused)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        self.resize(960, 560)

    # --- reading ----------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Файл Excel для загрузки"), "",
                                              self.tr("Книги Excel (*.xlsx);;Все файлы (*)"))
        if path:
            self.load_file(path)

    def busy(self) -> bool:
        return self._thread is not None

    def load_file(self, path: str) -> None:
        """Read the file in a worker thread; the preview follows (``preview_ready``)."""
        if self.busy():
            return
        self.table = None
        self.preview = None
        self.result = None
        self.model.set_rows([])
        self.apply_button.setEnabled(False)
        self.file_label.setText(path)
        self.summary.setText(self.tr("Чтение файла…"))
        self._progress = self._progress_dialog(self.tr("Чтение файла %s…") % Path(path).name, cancel=True)
        self._reader = _Reader(path, self.kind)
        self._thread = QThread(self)
        self._reader.moveToThread(self._thread)
        self._thread.started.connect(self._reader.run)
        self._reader.progress.connect(self._on_read_progress)
        self._reader.done.connect(self._on_read)
        self._reader.failed.connect(self._on_read_failed)
        self._progress.canceled.connect(self._cancel_read)
        self._thread.start()

    def _progress_dialog(self, text: str, *, cancel: bool) -> QProgressDialog:
        dialog = QProgressDialog(text, self.tr("Отмена") if cancel else "", 0, 0, self)
        dialog.setObjectName("importProgress")
        dialog.setWindowTitle(self.windowTitle())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancel:
            dialog.setCancelButton(None)
        dialog.setMinimumWidth(420)
        return dialog

    def _cancel_read(self) -> None:
        if self._reader is not None:
            self._reader.cancelled = True

    def _on_read_progress(self, done: int, total: int) -> None:
        dialog = self._progress  # setValue of a modal progress dialog may run the «done» slot
        if dialog is None:
            return
        dialog.setLabelText(self.tr("Чтение файла: строк прочитано — %d") % done)
        if total:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def _finish_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._reader is not None:
            self._reader.deleteLater()
        self._thread = None
        self._reader = None
        self._close_progress()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _on_read_failed(self, message: str) -> None:
        self._finish_thread()
        if not message:
            self.summary.setText(self.tr("Чтение файла отменено."))
            return
        self.summary.setText(message)
        boundary.show_error(self, self.tr("Файл не прочитан"), message)
        self.preview_ready.emit()

    def _on_read(self, table: SourceTable) -> None:
        self._finish_thread()
        self.table = table
        self.refresh_preview()

    # --- preview and apply ------------------------------------------------------------------------

    def _work_progress(self, text: str) -> tuple[QProgressDialog, Any]:
        dialog = self._progress_dialog(text, cancel=False)

        def tick(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, total))
            QApplication.processEvents()
        return dialog, tick

    def refresh_preview(self) -> None:
        if self.table is None:
            return
        dialog, tick = self._work_progress(self.tr("Проверка строк…"))
        self._progress = dialog
        try:
            preview = boundary.run(self, imports.preview_import, self.session.actor, self.table,
                                   today=self.session.today(), progress=tick)
        finally:
            self._close_progress()
        self.preview = preview
        if preview is None:
            self.summary.setText(self.tr("Файл не проверен."))
            self.preview_ready.emit()
            return
        self.model.set_rows(preview.rows)
        self.view.resizeRowsToContents()
        self._show_summary(preview)
        self.apply_button.setEnabled(preview.ok and preview.changes_anything)
        self.preview_ready.emit()

    def _show_summary(self, p: ImportPreview) -> None:
        where = self.tr("Лист «%s»") % p.sheet + (self.tr(", учебный год %s") % p.year if p.year else "")
        counts = self.tr("добавить — <b>%d</b>, изменить — <b>%d</b>, без изменений — %d, отклонено — "
                         "<b>%d</b>") % (len(p.added), len(p.changed), p.unchanged, len(p.refused))
        if p.removed or p.kept:
            counts += self.tr(", удалить тем КТП (нет в файле) — <b>%d</b>, оставить (по ним уже проведены "
                              "уроки) — %d") % (len(p.removed), len(p.kept))
        if not p.ok:
            verdict = self.tr("<span style='color:#b3261e'>Есть отклонённые строки: исправьте файл и "
                              "загрузите его снова. Пока ничего не будет изменено.</span>")
        elif not p.changes_anything:
            verdict = self.tr("Всё в файле уже есть в журнале — изменять нечего.")
        else:
            verdict = self.tr("Ошибок нет. «Применить» внесёт все изменения разом.")
        self.summary.setText(f"{where}: {counts}.<br>{verdict}")

    def apply(self) -> None:
        if self.table is None or self.preview is None or not self.preview.ok:
            return
        self.apply_button.setEnabled(False)
        dialog, tick = self._work_progress(self.tr("Внесение изменений…"))
        self._progress = dialog
        try:
            result = boundary.run(self, imports.apply_import, self.session.actor, self.table,
                                  today=self.session.today(), progress=tick)
        finally:
            self._close_progress()
        if result is None:
            self.refresh_preview()
            return
        self.result = result
        done = self.tr("Готово: добавлено — %d, изменено — %d") % (result.added, result.changed)
        if result.removed:
            done += self.tr(", удалено тем КТП — %d") % result.removed
        self.summary.setText(done + ".")
        self.model.set_rows([])
        self.applied.emit(result)
        if result.new_accounts:
            NewAccountsDialog(result, self, session=self.session).exec()

    def reject(self) -> None:
        if self.busy():
            self._cancel_read()
            self._finish_thread()
        super().reject()

    def closeEvent(self, event: Any) -> None:
        if self.busy():
            self._cancel_read()
            self._finish_thread()
        super().closeEvent(event)


class NewAccountsDialog(QDialog):
    """Logins and temporary passwords of the new staff: shown once, for the invitation slips."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None, *,
                 session: Session | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result = result
        self.setWindowTitle(self.tr("Новые учётные записи"))
        self.setObjectName("newAccountsDialog")
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "Временные пароли показываются ОДИН раз и нигде не хранятся в открытом виде. Распечатайте "
            "листки приглашений или скопируйте список сейчас; при первом входе сотрудник сменит пароль."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        lines = [f"{a.login}\t{a.temporary_password}" for a in result.new_accounts]
        text = QLabel("<br>".join(f"<tt>{a.login}</tt> — <tt><b>{a.temporary_password}</b></tt>"
                                  for a in result.new_accounts), self)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        buttons = QDialogButtonBox(self)
        copy = buttons.addButton(self.tr("Скопировать"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText("\n".join(lines)))
        if session is not None:
            slips = buttons.addButton(self.tr("Листки приглашений…"), QDialogButtonBox.ButtonRole.ActionRole)
            slips.setObjectName("slipsButton")
            slips.clicked.connect(self.print_slips)
        close = buttons.addButton(self.tr("Закрыть"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setObjectName("closeButton")
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def print_slips(self) -> None:
        """The invitation slips of the new staff (seed 000 §4.2), while the passwords are known."""
        from ejournal_desktop.ui.admin_slips import SlipsDialog

        assert self.session is not None
        SlipsDialog(self.session, list(self.result.new_accounts), self).exec()
