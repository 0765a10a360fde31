"""Internal messages between staff: to a person, to everyone with a role, or to all.

A message sent to a role or to all is stored as one copy per recipient (the
sender excluded), so each person reads and marks their own copy.  Blocked
accounts get nothing.  Everyone may send (SEND_MESSAGES); a person reads only
their own inbox.  Sending is recorded in the audit trail (who, to whom, the
subject), not the text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ejournal_desktop.domain.text import short_name, sort_key_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import audit
from ejournal_desktop.services.access import Actor, require_global, standing
from ejournal_desktop.services.errors import NotFound, ValidationError
from ejournal_desktop.services.permissions import ROLE_TITLES, Action, Role
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import Message, SchoolClass, User, UserRole, now

MAX_SUBJECT = 200
MAX_BODY = 5000


def _t(text: str) -> str:
    return tr("Messages", text)


@dataclass(frozen=True)
class MessageInfo:
    id: int
    sender_id: int
    sender: str
    recipient_id: int
    recipient: str
    subject: str
    body: str
    sent_at: dt.datetime
    read_at: dt.datetime | None

    @property
    def unread(self) -> bool:
        return self.read_at is None


_short = short_name


def people() -> list[tuple[int, str]]:
    """Everyone a message can go to (not blocked), alphabetically: (user id, «Иванова М.П.»)."""
    found = [(int(i), _short(s, n, p)) for i, s, n, p in
             User.select(User.id, User.surname, User.name, User.patronymic).where(User.blocked == False)  # noqa: E712
             .tuples()]
    return sorted(found, key=lambda x: sort_key_ru(x[1]))


def _with_role(role: Role) -> set[int]:
    if role is Role.HOMEROOM:
        return {int(u) for (u,) in SchoolClass.select(SchoolClass.homeroom)
                .where(SchoolClass.homeroom.is_null(False)).tuples()}
    return {int(u) for (u,) in UserRole.select(UserRole.user).where(UserRole.role == role.value).tuples()}


def send(
    actor: Actor,
    body: str,
    *,
    subject: str = "",
    to_user: int | None = None,
    to_role: Role | str | None = None,
    to_all: bool = False,
) -> int:
    """Send a message; returns how many people received it."""
    text = body.strip()
    title = subject.strip()
    if not text:
        raise ValidationError(_t("Напишите текст сообщения."))
    if len(text) > MAX_BODY:
        raise ValidationError(_t("Сообщение длиннее %d символов.") % MAX_BODY)
    if len(title) > MAX_SUBJECT:
        raise ValidationError(_t("Тема длиннее %d символов.") % MAX_SUBJECT)
    chosen = sum(x is not None and x is not False for x in (to_user, to_role, to_all or None))
    if chosen != 1:
        raise ValidationError(_t("Выберите получателя: человека, роль или всех."))
    where: dict[str, object]
    with write_transaction():
        require_global(actor, Action.SEND_MESSAGES)
        active = {uid for uid, _ in people()}
        if to_user is not None:
            if to_user not in active:
                raise NotFound(_t("Получатель не найден или его учётная запись заблокирована."))
            recipients = {to_user}
            where = {"user": to_user}
        elif to_role is not None:
            try:
                role = Role(to_role)
            except ValueError:
                raise ValidationError(_t("Неизвестная роль «%s».") % to_role) from None
            recipients = (_with_role(role) & active) - {actor.user_id}
            where = {"role": role.value}
            if not recipients:
                raise ValidationError(_t("Нет получателей с ролью «%s».") % tr("Role", ROLE_TITLES[role]))
        else:
            recipients = active - {actor.user_id}
            where = {"all": True}
            if not recipients:
                raise ValidationError(_t("Кроме вас, в журнале никого нет."))
        stamp = now()
        Message.insert_many([
            {"sender": actor.user_id, "recipient": uid, "subject": title, "body": text, "sent_at": stamp}
            for uid in sorted(recipients)
        ]).execute()
        audit.record(actor, "message.send", "message", None,
                     new={**where, "count": len(recipients), "subject": title})
    return len(recipients)


def _infos(query: object) -> list[MessageInfo]:
    names = dict(people())
    out = []
    for mid, sender, recipient, subject, body, sent_at, read_at in query.tuples():  # type: ignore[attr-defined]
        out.append(MessageInfo(int(mid), int(sender), names.get(int(sender), ""), int(recipient),
                               names.get(int(recipient), ""), str(subject), str(body), sent_at, read_at))
    return out


_FIELDS = (Message.id, Message.sender, Message.recipient, Message.subject, Message.body, Message.sent_at,
           Message.read_at)


def inbox(actor: Actor, *, unread_only: bool = False, limit: int = 500) -> list[MessageInfo]:
    """The person's own messages, newest first."""
    standing(actor)  # a blocked account reads nothing
    query = Message.select(*_FIELDS).where(Message.recipient == actor.user_id)
    if unread_only:
        query = query.where(Message.read_at.is_null())
    return _infos(query.order_by(Message.sent_at.desc(), Message.id.desc()).limit(limit))


def sent(actor: Actor, *, limit: int = 500) -> list[MessageInfo]:
    """What the person has sent (one line per recipient), newest first."""
    standing(actor)
    query = Message.select(*_FIELDS).where(Message.sender == actor.user_id)
    return _infos(query.order_by(Message.sent_at.desc(), Message.id.desc()).limit(limit))


def unread_count(actor: Actor) -> int:
    """For the status bar: how many of the person's messages are unread."""
    return int(Message.select().where((Message.recipient == actor.user_id) & Message.read_at.is_null()).count())


def mark_read(actor: Actor, message_id: int) -> None:
    """Mark one of the person's own messages read (another person's message is «not found»)."""
    with write_transaction():
        updated = Message.update(read_at=now()).where(
            (Message.id == message_id) & (Message.recipient == actor.user_id) & Message.read_at.is_null()
        ).execute()
        if not updated and not Message.select().where(
                (Message.id == message_id) & (Message.recipient == actor.user_id)).exists():
            raise NotFound(_t("Сообщение не найдено."))


def mark_all_read(actor: Actor) -> int:
    with write_transaction():
        return int(Message.update(read_at=now()).where(
            (Message.recipient == actor.user_id) & Message.read_at.is_null()).execute())
