"""«Администрирование»: staff accounts — reset a password, block, lift a login lockout."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
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
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.services import accounts
from ejournal_desktop.services.permissions import ROLE_TITLES, Action, Role
from ejournal_desktop.store.models import now
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.roles import DISPLAY, FOREGROUND, HORIZONTAL, TOOLTIP, USER
from ejournal_desktop.ui.session import Session

Index = QModelIndex | QPersistentModelIndex

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


class AccountsPanel(QWidget):
    """Staff accounts: reset password (shown once), block, lift the login lockout."""

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
        self.slips_button = QPushButton(self.tr("Сбросить пароли и напечатать приглашения…"), self)
        self.slips_button.setObjectName("slipsButton")
        self.slips_button.setToolTip(self.tr("Для всех выделенных сотрудников: новые временные пароли "
                                             "и листки приглашений с подписью о получении"))
        self.import_button = QPushButton(self.tr("Загрузить из Excel…"), self)
        self.import_button.setObjectName("importStaffButton")
        for b in (self.reset_button, self.block_button, self.unlock_button, self.slips_button,
                  self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout.addLayout(buttons)

        self.model = AccountsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("accountsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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
        self.slips_button.clicked.connect(self.reset_and_print_slips)
        self.import_button.clicked.connect(self.import_staff)
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

    def selected_user_ids(self) -> list[int]:
        return [self.model.account(i.row()).user_id for i in self.view.selectionModel().selectedRows()]

    def reset_and_print_slips(self) -> None:
        from ejournal_desktop.ui.admin_slips import reset_and_print

        reset_and_print(self, self.session, self.selected_user_ids())
        self.refresh()

    def import_staff(self) -> None:
        from ejournal_desktop.ui.import_dialog import ImportDialog

        ImportDialog(self.session, "staff", self).exec()
        self.refresh()

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


EXCHANGE_KINDS = (
    ("students", QT_TRANSLATE_NOOP("ExchangePanel", "Учащиеся (списки классов)"), Action.EDIT_STUDENTS),
    ("staff", QT_TRANSLATE_NOOP("ExchangePanel", "Сотрудники"), Action.MANAGE_ACCOUNTS),
    ("timetable", QT_TRANSLATE_NOOP("ExchangePanel", "Расписание"), Action.EDIT_STRUCTURE),
    ("plan", QT_TRANSLATE_NOOP("ExchangePanel", "КТП (тематическое планирование)"), Action.EDIT_STRUCTURE),
)


class ExchangePanel(QWidget):
    """Excel in and out: each import previews first and applies all or nothing."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "Загрузка сначала показывает, что будет добавлено, изменено и что отклонено (с номерами "
            "строк и причинами); применяется всё или ничего. Выгруженный файл можно исправить и "
            "загрузить обратно."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        grid = QGridLayout()
        for row, (kind, title, action) in enumerate(EXCHANGE_KINDS):
            label = QLabel(QCoreApplication.translate("ExchangePanel", title), self)
            load = QPushButton(self.tr("Загрузить из Excel…"), self)
            load.setObjectName(f"import_{kind}")
            save = QPushButton(self.tr("Выгрузить в Excel…"), self)
            save.setObjectName(f"export_{kind}")
            allowed = session.may(action)
            load.setEnabled(allowed)
            save.setEnabled(allowed)
            load.clicked.connect(lambda _=False, k=kind: self.load(k))
            save.clicked.connect(lambda _=False, k=kind: self.save(k))
            grid.addWidget(label, row, 0)
            grid.addWidget(load, row, 1)
            grid.addWidget(save, row, 2)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        layout.addStretch(1)

    def load(self, kind: str) -> None:
        from ejournal_desktop.ui.import_dialog import ImportDialog

        ImportDialog(self.session, kind, self).exec()

    def save(self, kind: str) -> None:
        from ejournal_desktop.exchange.transfer import export_file

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Выгрузить в Excel"), f"{kind}.xlsx",
                                              self.tr("Книга Excel (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        rows = boundary.run(self, export_file, self.session.actor, kind, path, today=self.session.today())
        if rows is not None:
            QMessageBox.information(self, self.tr("Выгрузка"),
                                    self.tr("Записано строк: %1 — %2").replace("%1", str(rows)).replace("%2", path))


class AdminTab(QTabWidget):
    """«Администрирование»: one sub-tab per area, each shown only to those the table allows."""

    refresh_on_show = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("adminTabs")
        self.accounts: AccountsPanel | None = None
        if session.may(Action.MANAGE_ACCOUNTS):
            self.accounts = AccountsPanel(session, self)
            self.addTab(self.accounts, self.tr("Учётные записи"))
        if session.sees_whole_school:
            from ejournal_desktop.ui.admin_structure import StructurePanel

            self.addTab(StructurePanel(session, self), self.tr("Структура школы"))
        if session.may(Action.EDIT_STRUCTURE) or session.may(Action.MANAGE_SUBSTITUTIONS):
            from ejournal_desktop.ui.admin_timetable import TimetableEditor

            self.addTab(TimetableEditor(session, self), self.tr("Расписание и замены"))
        if any(session.may(a) for _k, _t, a in EXCHANGE_KINDS):
            self.addTab(ExchangePanel(session, self), self.tr("Обмен с Excel"))
        self.currentChanged.connect(self._shown)

    def _shown(self, index: int) -> None:
        widget = self.widget(index)
        if widget is not None and getattr(widget, "refresh_on_show", False):
            widget.refresh()  # type: ignore[attr-defined]

    def refresh(self) -> None:
        self._shown(self.currentIndex())
