"""«Настройки»: the school's settings (the admin changes them) and this computer's own.

School settings live in the database, declared once in
:mod:`ejournal_desktop.services.settings`, and are changed only through
``services.structure.set_setting`` (it checks the admin's right and audits).
Everyone else sees them read-only.  Personal settings — the language of the
interface and the folders for automatic backups — are kept in QSettings on
this computer.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop import translations
from ejournal_desktop.domain.averages import RoundingRule
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services import structure
from ejournal_desktop.services.permissions import Action
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.session import Session

BACKUP_FOLDERS_KEY = "backup/folders"
LANGUAGE_NAMES = {"ru": "Русский", "en": "English"}  # each in its own language, never translated


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def backup_folders() -> list[str]:
    value = QSettings().value(BACKUP_FOLDERS_KEY, [])
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value or [] if str(v)]


def set_backup_folders(folders: list[str]) -> None:
    settings = QSettings()
    settings.setValue(BACKUP_FOLDERS_KEY, folders)
    settings.sync()


def rounding_threshold(rule_json: Any) -> Decimal:
    """The fraction of the ordinary rule (0.5 for 4.5 → «5»)."""
    rule = RoundingRule.from_json(rule_json)
    mark, threshold = rule.thresholds[0]
    return threshold - (mark - 1)


class SettingsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.session = session
        self.setWindowTitle(tr("Настройки"))
        self.may_change_school = session.may(Action.MANAGE_SETTINGS)
        self.values = school_settings.all_values()
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._school_page(), tr("Школа"))
        self.tabs.addTab(self._personal_page(), tr("Этот компьютер"))
        layout.addWidget(self.tabs)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(800, 480)

    # --- pages ------------------------------------------------------------------------------------

    def _title(self, key: str) -> str:
        return QCoreApplication.translate("Settings", school_settings.DEFINITIONS[key].title)

    def _school_page(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        self.school_note = QLabel(page)
        self.school_note.setObjectName("schoolNote")
        self.school_note.setWordWrap(True)
        self.school_note.setText(
            tr("Изменения записываются в журнал аудита.") if self.may_change_school else
            tr("Настройки школы изменяет администратор ЭЖ. Здесь они показаны только для просмотра."))
        outer.addWidget(self.school_note)
        form = QFormLayout()
        self.school_name = QLineEdit(str(self.values["school_name"]), page)
        self.school_name.setObjectName("schoolNameEdit")
        self.school_short_name = QLineEdit(str(self.values["school_short_name"]), page)
        self.director_name = QLineEdit(str(self.values["director_name"]), page)
        self.rounding = QDoubleSpinBox(page)
        self.rounding.setObjectName("roundingSpin")
        self.rounding.setRange(0.01, 0.99)
        self.rounding.setDecimals(2)
        self.rounding.setSingleStep(0.05)
        self.rounding.setValue(float(rounding_threshold(self.values["rounding_rule"])))
        self.rounding.setToolTip(tr("Средний балл 4,5 при пороге 0,50 даёт «5», 4,49 — «4»."))
        self.idle_lock = QSpinBox(page)
        self.idle_lock.setObjectName("idleLockSpin")
        self.idle_lock.setRange(1, 240)
        self.idle_lock.setValue(int(self.values["idle_lock_minutes"]))
        self.edit_window = QSpinBox(page)
        self.edit_window.setObjectName("editWindowSpin")
        self.edit_window.setRange(0, 366)
        self.edit_window.setValue(int(self.values["edit_window_days"]))
        self.grace = QSpinBox(page)
        self.grace.setRange(0, 24 * 60)
        self.grace.setValue(int(self.values["entry_grace_minutes"]))
        self.inactivity = QSpinBox(page)
        self.inactivity.setRange(1, 60)
        self.inactivity.setValue(int(self.values["inactivity_days"]))
        self.modifiers = QCheckBox(self._title("allow_mark_modifiers"), page)
        self.modifiers.setChecked(bool(self.values["allow_mark_modifiers"]))
        self.homeroom_corrects = QCheckBox(self._title("homeroom_may_correct_marks"), page)
        self.homeroom_corrects.setChecked(bool(self.values["homeroom_may_correct_marks"]))
        for key, widget in (
            ("school_name", self.school_name),
            ("school_short_name", self.school_short_name),
            ("director_name", self.director_name),
            ("rounding_rule", self.rounding),
            ("idle_lock_minutes", self.idle_lock),
            ("edit_window_days", self.edit_window),
            ("entry_grace_minutes", self.grace),
            ("inactivity_days", self.inactivity),
        ):
            form.addRow(QLabel(self._title(key), page), widget)
        form.addRow(self.modifiers)
        form.addRow(self.homeroom_corrects)
        outer.addLayout(form)
        outer.addStretch(1)
        for widget in page.findChildren(QWidget):
            if widget is not self.school_note and not isinstance(widget, QLabel):
                widget.setEnabled(self.may_change_school)
        return page

    def _personal_page(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        language_box = QGroupBox(tr("Язык интерфейса"), page)
        row = QVBoxLayout(language_box)
        self.language = QComboBox(language_box)
        self.language.setObjectName("languageBox")
        for code in translations.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(translations.current_language())))
        row.addWidget(self.language)
        self.language_note = QLabel(tr("Новый язык будет показан после перезапуска программы "
                                       "(или после «Файл → Сменить пользователя»)."), language_box)
        self.language_note.setWordWrap(True)
        row.addWidget(self.language_note)
        outer.addWidget(language_box)

        folders_box = QGroupBox(tr("Папки для резервных копий на этом компьютере"), page)
        column = QVBoxLayout(folders_box)
        self.folders = QListWidget(folders_box)
        self.folders.setObjectName("backupFolders")
        self.folders.addItems(backup_folders())
        column.addWidget(self.folders)
        buttons = QHBoxLayout()
        add = QPushButton(tr("Добавить папку…"), folders_box)
        add.clicked.connect(self.add_folder)
        remove = QPushButton(tr("Убрать"), folders_box)
        remove.clicked.connect(self.remove_folder)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        column.addLayout(buttons)
        outer.addWidget(folders_box, 1)
        return page

    def add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Папка для резервных копий"))
        existing = {self.folders.item(i).text() for i in range(self.folders.count())}
        if folder and folder not in existing:
            self.folders.addItem(folder)

    def remove_folder(self) -> None:
        for item in self.folders.selectedItems():
            self.folders.takeItem(self.folders.row(item))

    # --- saving -----------------------------------------------------------------------------------

    def school_changes(self) -> dict[str, Any]:
        """The school settings whose shown value differs from the stored one."""
        new: dict[str, Any] = {
            "school_name": self.school_name.text().strip(),
            "school_short_name": self.school_short_name.text().strip(),
            "director_name": self.director_name.text().strip(),
            "idle_lock_minutes": self.idle_lock.value(),
            "edit_window_days": self.edit_window.value(),
            "entry_grace_minutes": self.grace.value(),
            "inactivity_days": self.inactivity.value(),
            "allow_mark_modifiers": self.modifiers.isChecked(),
            "homeroom_may_correct_marks": self.homeroom_corrects.isChecked(),
        }
        threshold = Decimal(str(round(self.rounding.value(), 2)))
        if threshold != rounding_threshold(self.values["rounding_rule"]):
            new["rounding_rule"] = RoundingRule.from_threshold(threshold).to_json()
        return {k: v for k, v in new.items() if v != self.values.get(k)}

    def save_school(self) -> bool:
        """Each changed setting through the service (admin only, audited); False after a refusal."""
        for key, value in self.school_changes().items():
            try:
                stored = boundary.run(self, structure.set_setting, self.session.actor, key, value)
            except boundary.Failed:
                return False
            if stored is None:
                return False
            self.values[key] = stored
        return True

    def save_personal(self) -> None:
        language = str(self.language.currentData())
        if language != translations.current_language():
            translations.set_language(language)
        set_backup_folders([self.folders.item(i).text() for i in range(self.folders.count())])

    def accept(self) -> None:
        self.save_personal()
        if not self.save_school():
            return  # the message was shown; the dialog stays open with the values typed
        super().accept()
