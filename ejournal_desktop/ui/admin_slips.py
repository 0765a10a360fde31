"""Invitation slips of new or reset staff accounts: how many, then the PDF saved where the admin says.

The temporary passwords live only in the :class:`NewAccount` list this dialog is
given and in the PDF it writes; the database keeps their hashes.  Closing the
dialog without saving loses them (the admin resets again).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.printing.slips import Slip, page_count, render_slips
from ejournal_desktop.services import accounts
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.accounts import NewAccount
from ejournal_desktop.services.permissions import ROLE_TITLES
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.session import Session


def _slips(session: Session, new: list[NewAccount]) -> list[Slip] | None:
    rows = boundary.run(None, accounts.list_accounts, session.actor)
    if rows is None:
        return None
    by_id = {r.user_id: r for r in rows}
    out = []
    for a in new:
        r = by_id.get(a.user_id)
        roles = ", ".join(ROLE_TITLES[x] for x in r.roles) if r else ""
        out.append(Slip(r.full_name if r else a.login, a.login, a.temporary_password, roles))
    return out


class SlipsDialog(QDialog):
    """Preview the count and save the invitation slips PDF of the given accounts."""

    def __init__(self, session: Session, accounts_: list[NewAccount], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slipsDialog")
        self.setWindowTitle(self.tr("Приглашения в электронный журнал"))
        self.session = session
        self.accounts = list(accounts_)
        self.slips = _slips(session, self.accounts) or []
        self.saved: Path | None = None
        layout = QVBoxLayout(self)
        n_slips, n_hand = page_count(len(self.slips))
        self.summary = QLabel(self.tr(
            "Приглашений: %d. В PDF — листов с приглашениями: %d (по 10 на листе, разрезать по пунктиру) "
            "и ведомость выдачи: %d.") % (len(self.slips), n_slips, n_hand), self)
        self.summary.setObjectName("slipsSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(self.slips), 3, self)
        self.table.setObjectName("slipsTable")
        self.table.setHorizontalHeaderLabels([self.tr("ФИО"), self.tr("Логин"), self.tr("Роли")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for i, s in enumerate(self.slips):
            for j, text in enumerate((s.full_name, s.login, s.roles)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        warn = QLabel(self.tr(
            "Временные пароли есть только в этом PDF: в журнале хранятся их хэши. Если закрыть окно, не "
            "сохранив PDF, пароли придётся сбросить ещё раз. Приглашения выдаются лично под подпись в "
            "ведомости; при первом входе сотрудник сменит пароль."), self)
        warn.setWordWrap(True)
        warn.setStyleSheet("color: #8a4b00;")
        layout.addWidget(warn)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Сохранить PDF…"), self)
        self.save_button.setObjectName("saveSlipsButton")
        self.save_button.setEnabled(bool(self.slips))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Закрыть"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeButton")
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def default_name(self) -> str:
        return f"Приглашения {dt.date.today():%Y-%m-%d}.pdf"

    def save(self) -> None:
        path_text, _ = QFileDialog.getSaveFileName(self, self.tr("Сохранить приглашения"), self.default_name(),
                                                   self.tr("Документ PDF (*.pdf)"))
        if not path_text:
            return
        path = Path(path_text)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        school = str(school_settings.get("school_name") or "")
        try:
            pages = render_slips(self.slips, path, school=school, issued=self.session.today())
        except OSError as exc:
            boundary.show_error(self, self.tr("Файл не записан"),
                                self.tr("Не удалось записать «%s»: %s") % (path, exc.strerror or exc))
            return
        self.saved = path
        QMessageBox.information(self, self.tr("PDF сохранён"),
                                self.tr("Записано: %s — листов: %d. Распечатайте и выдайте лично.") % (path, pages))

    def reject(self) -> None:
        if self.saved is None and self.slips:
            answer = QMessageBox.question(self, self.tr("Закрыть без PDF?"), self.tr(
                "PDF с приглашениями не сохранён: временные пароли будут потеряны. Закрыть?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


def reset_and_print(parent: QWidget, session: Session, user_ids: list[int]) -> list[NewAccount]:
    """«Сбросить пароль» for several selected staff at once, then the slips dialog with their new passwords.

    Each reset is its own service call; a refused one is shown and the rest go on.
    """
    if not user_ids:
        return []
    answer = QMessageBox.question(parent, QCoreApplication.translate("AccountsPanel", "Подтверждение"),
                                  QCoreApplication.translate(
        "AccountsPanel", "Сбросить пароли выбранных сотрудников (%d)? Прежние пароли перестанут действовать; "
        "каждый получит приглашение с временным паролем.") % len(user_ids))
    if answer != QMessageBox.StandardButton.Yes:
        return []
    made: list[NewAccount] = []
    for uid in user_ids:
        new = boundary.run(parent, accounts.reset_password, session.actor, uid)
        if new is not None:
            made.append(new)
    if made:
        SlipsDialog(session, made, parent).exec()
    return made
