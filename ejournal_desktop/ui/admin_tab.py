"""«Администрирование»: staff accounts — reset a password, block, lift a login lockout."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.services import accounts
from ejournal_desktop.services.permissions import ROLE_TITLES, Role
from ejournal_desktop.store.models import now
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.session import Session

Index = QModelIndex | QPersistentModelIndex

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
USER = Qt.ItemDataRole.UserRole
HORIZONTAL = Qt.Orientation.Horizontal
GREY = QBrush(QColor("#8a8a8a"))
RED = QBrush(QColor("#b00020"))


class AccountsModel(QAbstractTableModel):
    LOGIN, NAME, ROLES, STATE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[accounts.AccountRow] = []
        self._shown: list[tuple[str, str, str, str]] = []
        self._moment = now()

    def set_rows(self, rows: list[accounts.AccountRow]) -> None:
        self.beginResetModel()
        self._moment = now()
        self._rows = rows
        self._shown = [self._texts(r) for r in rows]
        self.endResetModel()

    def _texts(self, r: accounts.AccountRow) -> tuple[str, str, str, str]:
        roles = [_role_title(role) for role in r.roles]
        if r.homeroom_of:
            roles.append(_role_title(Role.HOMEROOM) + f" ({', '.join(r.homeroom_of)})")
        if r.blocked:
            state = self.tr("заблокирована")
        elif r.locked(self._moment):
            assert r.locked_until is not None
            state = self.tr("вход закрыт до %s") % r.locked_until.strftime("%H:%M")
        elif r.must_change_password:
            state = self.tr("ждёт смены временного пароля")
        else:
            state = self.tr("активна")
        return r.login, r.full_name, ", ".join(roles), state

    def account(self, row: int) -> accounts.AccountRow:
        return self._rows[row]

    def row_of(self, user_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.user_id == user_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == DISPLAY:
            return self._shown[row][col]
        if role == TOOLTIP and col == self.STATE:
            return self._shown[row][col]
        if role == FOREGROUND and col == self.STATE:
            r = self._rows[row]
            if r.blocked or r.locked(self._moment):
                return RED
            return None
        if role == FOREGROUND and self._rows[row].blocked:
            return GREY
        if role == USER:
            return self._rows[row].user_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == HORIZONTAL:
            return (self.tr("Логин"), self.tr("ФИО"), self.tr("Роли"),
                    self.tr("Состояние"))[section]
        return section + 1


def _role_title(role: Role) -> str:
    return QCoreApplication.translate("Role", ROLE_TITLES[role])


class TemporaryPasswordDialog(QDialog):
    """The temporary password, shown once: the admin hands it over in person."""

    def __init__(self, login: str, full_name: str, password: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("temporaryPasswordDialog")
        self.setWindowTitle(self.tr("Временный пароль"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Новый временный пароль для <b>%s</b> (логин <b>%s</b>). Он показывается "
            "только сейчас: передайте его сотруднику лично. При входе программа попросит "
            "сменить его.") % (html.escape(full_name), html.escape(login)), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.password_label = QLabel(password, self)
        self.password_label.setObjectName("passwordLabel")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.8)
        font.setBold(True)
        self.password_label.setFont(font)
        self.password_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_label.setStyleSheet(
            "padding: 10px; border: 1px solid #c8c8c8; background: #fafafa;")
        layout.addWidget(self.password_label)
        buttons = QDialogButtonBox(self)
        copy = buttons.addButton(self.tr("Скопировать"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("copyButton")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(password))
        close = buttons.addButton(self.tr("Закрыть"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setObjectName("closeButton")
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)


class AdminTab(QWidget):
    refresh_on_show = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Учётные записи сотрудников"), self)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        layout.addWidget(title)

        buttons = QHBoxLayout()
        self.reset_button = QPushButton(self.tr("Сбросить пароль"), self)
        self.reset_button.setObjectName("resetPasswordButton")
        self.block_button = QPushButton(self.tr("Заблокировать"), self)
        self.block_button.setObjectName("blockButton")
        self.unlock_button = QPushButton(self.tr("Снять блокировку входа"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.refresh_button = QPushButton(self.tr("Обновить"), self)
        self.refresh_button.setObjectName("refreshButton")
        for b in (self.reset_button, self.block_button, self.unlock_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout.addLayout(buttons)

        self.model = AccountsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("accountsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setObjectName("accountsHeader")  # remembered by the main window
        header.setStretchLastSection(True)
        for col, width in ((AccountsModel.LOGIN, 120), (AccountsModel.NAME, 260),
                           (AccountsModel.ROLES, 360)):
            self.view.setColumnWidth(col, width)
        layout.addWidget(self.view, 1)
        hint = QLabel(self.tr(
            "Временный пароль показывается один раз; при входе сотрудник сменит его на свой. "
            "После пяти неверных паролей подряд вход закрывается на 15 минут — "
            "«Снять блокировку входа» открывает его сразу."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        layout.addWidget(hint)

        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reset_button.clicked.connect(self.reset_password)
        self.block_button.clicked.connect(self.toggle_blocked)
        self.unlock_button.clicked.connect(self.unlock)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh()

    # --- data -------------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.selected()
        rows = boundary.run(self, accounts.list_accounts, self.session.actor)
        if rows is None:
            return
        self.model.set_rows(rows)
        if keep is not None:
            self.select_user(keep.user_id)
        self._update_buttons()

    def selected(self) -> accounts.AccountRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.account(rows[0].row()) if rows else None

    def select_user(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row is not None:
            self.view.selectRow(row)

    def _update_buttons(self) -> None:
        account = self.selected()
        for b in (self.reset_button, self.block_button, self.unlock_button):
            b.setEnabled(account is not None)
        if account is None:
            self.block_button.setText(self.tr("Заблокировать"))
            return
        self.block_button.setText(
            self.tr("Разблокировать") if account.blocked else self.tr("Заблокировать"))
        self.unlock_button.setEnabled(account.locked(now()))

    # --- commands -----------------------------------------------------------------------------

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Подтверждение"), text)
        return answer == QMessageBox.StandardButton.Yes

    def reset_password(self) -> None:
        account = self.selected()
        if account is None or not self._confirm(
                self.tr("Сбросить пароль сотрудника %s (%s)? Прежний пароль перестанет "
                        "действовать.") % (account.full_name, account.login)):
            return
        new = boundary.run(self, accounts.reset_password, self.session.actor, account.user_id)
        if new is None:
            return
        self.refresh()
        TemporaryPasswordDialog(new.login, account.full_name, new.temporary_password,
                                self).exec()

    def toggle_blocked(self) -> None:
        account = self.selected()
        if account is None:
            return
        block = not account.blocked
        if block and not self._confirm(
                self.tr("Заблокировать учётную запись %s (%s)? Сотрудник не сможет войти, "
                        "пока её не разблокируют.") % (account.full_name, account.login)):
            return
        boundary.run(self, accounts.set_blocked, self.session.actor, account.user_id, block)
        self.refresh()

    def unlock(self) -> None:
        account = self.selected()
        if account is None:
            return
        boundary.run(self, accounts.unlock, self.session.actor, account.user_id)
        self.refresh()
