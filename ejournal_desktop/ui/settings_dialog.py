"""«Настройки»: the school's settings (the admin changes them) and this computer's own.

School settings live in the database, declared once in
:mod:`ejournal_desktop.services.settings`, and are changed only through
``services.structure.set_setting`` (it checks the admin's right and audits).
Everyone else sees them read-only.  Personal settings — the language of the
interface and the folders for automatic backups — are kept in QSettings on
this computer.  The layout is the Designer form ``forms/settings_dialog.ui``.
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
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from ejournal_desktop import translations
from ejournal_desktop.domain.averages import RoundingRule
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services import structure
from ejournal_desktop.services.permissions import Action
from ejournal_desktop.ui import boundary, designer
from ejournal_desktop.ui.designer import child
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
    """The layout is ``forms/settings_dialog.ui``; the values, the titles of the school settings
    (declared once in :mod:`ejournal_desktop.services.settings`) and the rights are filled in here."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        designer.load_into(self, "settings_dialog")
        self.setObjectName("settingsDialog")
        self.session = session
        self.may_change_school = session.may(Action.MANAGE_SETTINGS)
        self.values = school_settings.all_values()
        self.tabs = child(self, QTabWidget, "tabs")
        self.buttons = child(self, QDialogButtonBox, "buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fill_school_page()
        self._fill_personal_page()

    # --- pages ------------------------------------------------------------------------------------

    def _title(self, key: str) -> str:
        return QCoreApplication.translate("Settings", school_settings.DEFINITIONS[key].title)

    def _fill_school_page(self) -> None:
        self.school_note = child(self, QLabel, "schoolNote")
        self.school_note.setText(
            tr("Изменения записываются в журнал аудита.") if self.may_change_school else
            tr("Настройки школы изменяет администратор ЭЖ. Здесь они показаны только для просмотра."))
        self.school_name = child(self, QLineEdit, "schoolNameEdit")
        self.school_name.setText(str(self.values["school_name"]))
        self.school_short_name = child(self, QLineEdit, "schoolShortNameEdit")
        self.school_short_name.setText(str(self.values["school_short_name"]))
        self.director_name = child(self, QLineEdit, "directorNameEdit")
        self.director_name.setText(str(self.values["director_name"]))
        for edit in (self.school_name, self.school_short_name, self.director_name):
            edit.setCursorPosition(0)  # a long name is read from its beginning, not from «…г. Верхнеречинск»
        self.rounding = child(self, QDoubleSpinBox, "roundingSpin")
        self.rounding.setValue(float(rounding_threshold(self.values["rounding_rule"])))
        self.idle_lock = child(self, QSpinBox, "idleLockSpin")
        self.idle_lock.setValue(int(self.values["idle_lock_minutes"]))
        self.edit_window = child(self, QSpinBox, "editWindowSpin")
        self.edit_window.setValue(int(self.values["edit_window_days"]))
        self.grace = child(self, QSpinBox, "graceSpin")
        self.grace.setValue(int(self.values["entry_grace_minutes"]))
        self.inactivity = child(self, QSpinBox, "inactivitySpin")
        self.inactivity.setValue(int(self.values["inactivity_days"]))
        self.modifiers = child(self, QCheckBox, "modifiersCheck")
        self.modifiers.setText(self._title("allow_mark_modifiers"))
        self.modifiers.setChecked(bool(self.values["allow_mark_modifiers"]))
        self.homeroom_corrects = child(self, QCheckBox, "homeroomCorrectsCheck")
        self.homeroom_corrects.setText(self._title("homeroom_may_correct_marks"))
        self.homeroom_corrects.setChecked(bool(self.values["homeroom_may_correct_marks"]))
        for key, label in (
            ("school_name", "schoolNameLabel"),
            ("school_short_name", "schoolShortNameLabel"),
            ("director_name", "directorNameLabel"),
            ("rounding_rule", "roundingLabel"),
            ("idle_lock_minutes", "idleLockLabel"),
            ("edit_window_days", "editWindowLabel"),
            ("entry_grace_minutes", "graceLabel"),
            ("inactivity_days", "inactivityLabel"),
        ):
            child(self, QLabel, label).setText(self._title(key))
        page = child(self, QWidget, "schoolPage")
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, QLabel):
                widget.setEnabled(self.may_change_school)

    def _fill_personal_page(self) -> None:
        self.language = child(self, QComboBox, "languageBox")
        for code in translations.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(translations.current_language())))
        self.language_note = child(self, QLabel, "languageNote")
        self.folders = child(self, QListWidget, "backupFolders")
        self.folders.addItems(backup_folders())
        child(self, QPushButton, "addFolderButton").clicked.connect(self.add_folder)
        child(self, QPushButton, "removeFolderButton").clicked.connect(self.remove_folder)

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
