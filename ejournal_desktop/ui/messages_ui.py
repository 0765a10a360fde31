"""Messages between staff in the desktop program: the inbox, «Написать…» and the unread count
in the status bar (refreshed every minute and after the inbox closes)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
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
    QRadioButton,
    QSplitter,
    QStatusBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.services import messages
from ejournal_desktop.services.messages import MessageInfo
from ejournal_desktop.services.permissions import ROLE_TITLES, Role
from ejournal_desktop.ui import boundary
from ejournal_desktop.ui.session import Session

log = logging.getLogger(__name__)

REFRESH_MS = 60_000
ID_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("MessagesUi", text)


class ComposeDialog(QDialog):
    """«Написать сообщение»: to a person, to everyone with a role, or to all."""

    def __init__(self, session: Session, parent: QWidget | None = None, *, to_user: int | None = None,
                 subject: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("composeDialog")
        self.session = session
        self.sent_count = 0
        self.setWindowTitle(self.tr("Новое сообщение"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.to_person = QRadioButton(self.tr("Сотруднику:"), self)
        self.to_person.setObjectName("toPerson")
        self.to_role = QRadioButton(self.tr("Всем с ролью:"), self)
        self.to_role.setObjectName("toRole")
        self.to_all = QRadioButton(self.tr("Всем сотрудникам"), self)
        self.to_all.setObjectName("toAll")
        group = QButtonGroup(self)
        for button in (self.to_person, self.to_role, self.to_all):
            group.addButton(button)
        self.person = QComboBox(self)
        self.person.setObjectName("personCombo")
        for uid, name in messages.people():
            if uid != session.actor.user_id:
                self.person.addItem(name, uid)
        if to_user is not None and self.person.findData(to_user) >= 0:
            self.person.setCurrentIndex(self.person.findData(to_user))
        self.role = QComboBox(self)
        self.role.setObjectName("roleCombo")
        for role in Role:
            self.role.addItem(QCoreApplication.translate("Role", ROLE_TITLES[role]), role.value)
        form.addRow(self.to_person, self.person)
        form.addRow(self.to_role, self.role)
        form.addRow(self.to_all)
        self.subject = QLineEdit(subject, self)
        self.subject.setObjectName("subjectEdit")
        self.subject.setMaxLength(messages.MAX_SUBJECT)
        form.addRow(self.tr("Тема:"), self.subject)
        layout.addLayout(form)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("bodyEdit")
        self.body.setPlaceholderText(self.tr("Текст сообщения"))
        self.body.setMinimumSize(460, 160)
        layout.addWidget(self.body)
        buttons = QDialogButtonBox(self)
        self.send_button = QPushButton(self.tr("Отправить"), self)
        self.send_button.setObjectName("sendButton")
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QPushButton(self.tr("Отмена"), self), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.to_person.toggled.connect(self._enable)
        self.to_role.toggled.connect(self._enable)
        self.to_person.setChecked(True)
        self._enable()

    def _enable(self) -> None:
        self.person.setEnabled(self.to_person.isChecked())
        self.role.setEnabled(self.to_role.isChecked())

    def send(self) -> None:
        kwargs: dict[str, object] = {}
        if self.to_person.isChecked():
            kwargs["to_user"] = self.person.currentData()
        elif self.to_role.isChecked():
            kwargs["to_role"] = self.role.currentData()
        else:
            kwargs["to_all"] = True
        count = boundary.run(self, messages.send, self.session.actor, self.body.toPlainText(),
                             subject=self.subject.text(), **kwargs)
        if count is None:
            return
        self.sent_count = count
        self.accept()


class InboxDialog(QDialog):
    """Received messages, newest first; unread ones in bold, reading one marks it read."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxDialog")
        self.session = session
        self.setWindowTitle(self.tr("Сообщения"))
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("inboxSplitter")
        self.list = QTreeWidget(splitter)
        self.list.setObjectName("inboxList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("От кого"), self.tr("Тема"), self.tr("Получено")])
        header = self.list.header()
        header.setObjectName("inboxHeader")
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.text = QPlainTextEdit(splitter)
        self.text.setObjectName("messageText")
        self.text.setReadOnly(True)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter)
        self.summary = QLabel("", self)
        self.summary.setObjectName("inboxSummary")
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.write_button = QPushButton(self.tr("Написать…"), self)
        self.write_button.setObjectName("writeButton")
        self.reply_button = QPushButton(self.tr("Ответить…"), self)
        self.reply_button.setObjectName("replyButton")
        self.all_read_button = QPushButton(self.tr("Отметить все прочитанными"), self)
        self.all_read_button.setObjectName("allReadButton")
        close = QPushButton(self.tr("Закрыть"), self)
        close.setObjectName("closeButton")
        for button in (self.write_button, self.reply_button, self.all_read_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.write_button.clicked.connect(lambda: self.write())
        self.reply_button.clicked.connect(self.reply)
        self.all_read_button.clicked.connect(self.mark_all_read)
        close.clicked.connect(self.accept)
        self.list.currentItemChanged.connect(self._shown)
        self.items: list[MessageInfo] = []
        self.resize(760, 520)
        self.refresh()

    def refresh(self) -> None:
        current = self.current_id()
        found = boundary.run(self, messages.inbox, self.session.actor)
        self.items = found or []
        self.list.blockSignals(True)
        self.list.clear()
        for info in self.items:
            item = QTreeWidgetItem([info.sender, info.subject or self.tr("(без темы)"),
                                    info.sent_at.strftime("%d.%m.%Y %H:%M")])
            item.setData(0, ID_ROLE, info.id)
            item.setToolTip(1, info.subject)
            self._set_bold(item, info.unread)
            self.list.addTopLevelItem(item)
            if info.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        unread = sum(i.unread for i in self.items)
        self.summary.setText(self.tr("Сообщений: %d, непрочитанных: %d") % (len(self.items), unread)
                             if self.items else self.tr("Сообщений нет."))
        self.all_read_button.setEnabled(unread > 0)
        self._show_text(self.current_info())

    @staticmethod
    def _set_bold(item: QTreeWidgetItem, bold: bool) -> None:
        for column in range(item.columnCount()):
            font = QFont(item.font(column))
            font.setBold(bold)
            item.setFont(column, font)

    def current_id(self) -> int | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return int(item.data(0, ID_ROLE)) if item is not None else None

    def current_info(self) -> MessageInfo | None:
        mid = self.current_id()
        return next((i for i in self.items if i.id == mid), None)

    def is_bold(self, row: int) -> bool:
        item = self.list.topLevelItem(row)
        return item is not None and item.font(0).bold()

    def _show_text(self, info: MessageInfo | None) -> None:
        self.reply_button.setEnabled(info is not None)
        if info is None:
            self.text.setPlainText("")
            return
        head = self.tr("От: %s\nТема: %s\nПолучено: %s") % (
            info.sender, info.subject or self.tr("(без темы)"), info.sent_at.strftime("%d.%m.%Y %H:%M"))
        self.text.setPlainText(f"{head}\n\n{info.body}")

    def _shown(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        info = self.current_info()
        self._show_text(info)
        if info is None or not info.unread or item is None:
            return
        if not boundary.run(self, _mark_read, self.session.actor, info.id):
            return
        self.items = [i if i.id != info.id else _read(i) for i in self.items]
        self._set_bold(item, False)
        unread = sum(i.unread for i in self.items)
        self.summary.setText(self.tr("Сообщений: %d, непрочитанных: %d") % (len(self.items), unread))
        self.all_read_button.setEnabled(unread > 0)

    def open_row(self, row: int) -> None:
        item = self.list.topLevelItem(row)
        if item is not None:
            self.list.setCurrentItem(item)

    def write(self, to_user: int | None = None, subject: str = "") -> int:
        dialog = ComposeDialog(self.session, self, to_user=to_user, subject=subject)
        try:
            dialog.exec()
            return dialog.sent_count
        finally:
            dialog.deleteLater()

    def reply(self) -> None:
        info = self.current_info()
        if info is None:
            return
        subject = info.subject if info.subject.startswith("Re:") else f"Re: {info.subject}".strip()
        self.write(info.sender_id, subject[:messages.MAX_SUBJECT])

    def mark_all_read(self) -> None:
        if boundary.run(self, messages.mark_all_read, self.session.actor) is not None:
            self.refresh()


def _mark_read(actor: object, message_id: int) -> bool:
    messages.mark_read(actor, message_id)  # type: ignore[arg-type]
    return True


def _read(info: MessageInfo) -> MessageInfo:
    from dataclasses import replace

    from ejournal_desktop.store.models import now

    return replace(info, read_at=now())


class ClickableLabel(QLabel):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class MessagesIndicator(QObject):
    """«Сообщений: 3» in the status bar (click: the inbox); refreshed every minute."""

    def __init__(self, session: Session, status_bar: QStatusBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.window = parent
        self.label = ClickableLabel("", status_bar)
        self.label.setObjectName("unreadLabel")
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.setToolTip(tr("Непрочитанные сообщения — щёлкните, чтобы открыть"))
        self.label.clicked.connect(self.open_inbox)
        self.count = 0
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        try:
            self.count = messages.unread_count(self.session.actor)
        except Exception as exc:  # the database is gone for a moment: the next minute will tell
            log.warning("unread count not readable: %s", exc.__class__.__name__)
            return
        self.label.setText(tr("Сообщений: %d") % self.count)
        self.label.setStyleSheet("font-weight: bold;" if self.count else "")

    def stop(self) -> None:
        self.timer.stop()

    def open_inbox(self) -> None:
        dialog = InboxDialog(self.session, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
            self.refresh()
