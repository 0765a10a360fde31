"""Correction requests: a teacher asks to change a locked cell of the journal.

A cell is locked when its period is closed, the year's journal is certified, or
the school's editing window after the lesson has passed (``lessons.lock_reason``).
The teacher of the lesson (or the homeroom teacher of the class) sends a request
with the value the cell should hold and the reason; the deputy director and the
administrator see it in «Запросы на исправление» and get an internal message.

The rule that keeps the permission table honest
-----------------------------------------------

Only a role that has ``EDIT_MARKS``/``EDIT_ATTENDANCE`` in the table ever writes
a cell, and nobody's rights are widened by a request:

* both the deputy (``RESOLVE_CORRECTION``) and the administrator may **refuse** a
  request, with a reason;
* the **administrator** applies it: :func:`apply` writes the wanted value through
  :func:`services.journal.set_cell` as an administrator's correction, with the
  written reason «по запросу №N: …» (the table gives the admin ``CORRECTION`` on
  marks and attendance, which passes every lock);
* the **deputy**, who has no right to write cells, *approves* it: :func:`apply`
  called by a deputy leaves the request «одобрен» and tells the administrators,
  who then apply it (an approved request is applied by the admin exactly like an
  open one).

Statuses: ``open`` → (``approved`` →) ``applied`` | ``refused``.  Every step
writes an audit entry in the same transaction and an internal message to the
people who must act next.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from peewee import JOIN

from ejournal_desktop.domain.errors import DomainError
from ejournal_desktop.domain.marks import parse_cell
from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.domain.text import short_name
from ejournal_desktop.i18n import decimal_text, noop, tr
from ejournal_desktop.services import audit
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import (
    Actor,
    Standing,
    relations_for_lesson,
    require,
    require_global,
    standing,
)
from ejournal_desktop.services.errors import (
    ConflictError,
    NotFound,
    ReasonRequired,
    ValidationError,
)
from ejournal_desktop.services.journal import check_student, read_cell, set_cell
from ejournal_desktop.services.lessons import (
    WriteCheck,
    assignment_info,
    ensure_lesson,
    lock_reason,
    period_of,
)
from ejournal_desktop.services.permissions import Action, Role, decide
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import (
    CorrectionRequest,
    Lesson,
    Message,
    Student,
    User,
    UserRole,
    now,
)
from ejournal_desktop.store.queries import first_row, rows_of

OPEN = "open"
APPROVED = "approved"
APPLIED = "applied"
REFUSED = "refused"

STATUS_TITLES = {
    OPEN: noop("Corrections", "ожидает рассмотрения"),
    APPROVED: noop("Corrections", "одобрен, ждёт администратора"),
    APPLIED: noop("Corrections", "исправление внесено"),
    REFUSED: noop("Corrections", "отклонён"),
}


@dataclass(frozen=True)
class CorrectionInfo:
    """One request as the lists show it."""

    id: int
    status: str
    version: int
    created_at: dt.datetime
    requested_by_id: int
    requested_by: str
    assignment_id: int
    class_name: str
    subject_name: str
    date: dt.date
    number: int
    student_id: int
    student_name: str
    current: str  # what the cell holds now
    wanted: str
    reason: str
    resolved_by: str
    resolved_at: dt.datetime | None
    resolution: str

    @property
    def status_title(self) -> str:
        return tr("Corrections", STATUS_TITLES.get(self.status, self.status))

    @property
    def where(self) -> str:
        return tr("Corrections", "%s, %s, %s, %d-й урок") % (
            self.class_name, self.subject_name, format_date_ru(self.date), self.number)


_short = short_name


def _normalised_wanted(text: str, marks_allowed: bool, class_name: str) -> str:
    try:
        content = parse_cell(
            text,
            allow_modifiers=bool(school_settings.get("allow_mark_modifiers")),
            lowest=int(school_settings.get("lowest_mark")),
        )
    except DomainError as exc:
        raise ValidationError(exc.message) from exc
    if content.marks and not marks_allowed:
        raise ValidationError(
            tr("Corrections", "В %s отметки не выставляются: ведётся только посещаемость и темы.")
            % class_name
        )
    return content.text()


def _notify(sender: Actor, recipients: set[int], subject: str, body: str) -> None:
    recipients.discard(sender.user_id)
    blocked = {
        int(u) for (u,) in rows_of(User.select(User.id).where(User.blocked == True))  # noqa: E712
    }
    rows = [
        {"sender": sender.user_id, "recipient": uid, "subject": subject[:200], "body": body}
        for uid in sorted(recipients - blocked)
    ]
    if rows:
        Message.insert_many(rows).execute()


def _users_with(*roles: Role) -> set[int]:
    return {
        int(u)
        for (u,) in rows_of(
            UserRole.select(UserRole.user).where(UserRole.role.in_([str(r) for r in roles]))
        )
    }


def request(
    actor: Actor,
    assignment_id: int,
    day: dt.date,
    number: int,
    student_id: int,
    wanted: str,
    reason: str,
    *,
    today: dt.date | None = None,
) -> int:
    """Ask the deputy and the administrator to put ``wanted`` into a locked cell; returns the id.

    Allowed to the teacher of that lesson (a substitute for the substituted lesson)
    and to the homeroom teacher of the class (``REQUEST_CORRECTION``).
    """
    why = reason.strip()
    if not why:
        raise ReasonRequired(
            tr("Corrections", "Укажите причину исправления: без неё запрос не отправляется.")
        )
    info = assignment_info(assignment_id)
    value = _normalised_wanted(wanted, info.marks_allowed, info.class_name)
    current_day = today or dt.date.today()
    with write_transaction():
        st = standing(actor)
        rel = relations_for_lesson(
            st, info.id, class_id=info.class_id, teacher_id=info.teacher_id, date=day, number=number
        )
        decision = require(Action.REQUEST_CORRECTION, rel, what=info.where)
        if not info.year_start <= day <= info.year_end:
            raise ValidationError(
                tr("Corrections", "Дата %s вне учебного года.") % format_date_ru(day)
            )
        if day > current_day:
            raise ValidationError(
                tr("Corrections", "Урок %s ещё не проведён.") % format_date_ru(day)
            )
        period = period_of(info.year_id, day)
        if period is None:
            raise ValidationError(
                tr("Corrections", "Дата %s не входит ни в один учебный период.")
                % format_date_ru(day)
            )
        locked, _who = lock_reason(info, period, day, today=current_day)
        if not locked and Role.TEACHER in rel:
            raise ValidationError(
                tr("Corrections", "Урок %s не закрыт для изменений: исправьте ячейку сами.")
                % format_date_ru(day)
            )
        check_student(info, student_id, day)
        # a lesson nobody filled in before the lock has no row yet: the request needs one
        check = WriteCheck(st, decision, info, period, why, True)
        lesson = ensure_lesson(check, actor, day, number)
        lesson_id = int(lesson.id)
        duplicate = first_row(
            CorrectionRequest.select(CorrectionRequest.id).where(
                (CorrectionRequest.lesson == lesson_id)
                & (CorrectionRequest.student == student_id)
                & (CorrectionRequest.status.in_([OPEN, APPROVED]))
            )
        )
        if duplicate is not None:
            raise ValidationError(
                tr("Corrections", "По этой ячейке уже есть нерассмотренный запрос №%d.")
                % int(duplicate[0])
            )
        current = read_cell(lesson_id, student_id).text
        request_id = int(
            CorrectionRequest.insert(
                requested_by=actor.user_id, lesson=lesson_id, student=student_id,
                wanted=value, reason=why, status=OPEN,
            ).execute()
        )
        audit.record(
            actor, "correction.request", "correction_request", request_id,
            old={"value": current}, new={"value": value}, reason=why,
            class_id=info.class_id, subject_id=info.subject_id, lesson_id=lesson_id,
            student_id=student_id,
        )
        student = Student.get_by_id(student_id)
        body = tr(
            "Corrections",
            "%s просит исправить ячейку: %s, учащийся %s.\nСейчас: «%s». Нужно: «%s».\n"
            "Причина: %s\nРассмотрите запрос в журнале: «Запросы на исправление».",
        ) % (
            actor, tr("Corrections", "%s, %s, %d-й урок") % (info.where, format_date_ru(day), number),
            student.full_name,
            current or tr("Corrections", "пусто"), value or tr("Corrections", "пусто"), why,
        )
        _notify(actor, _users_with(Role.DEPUTY, Role.ADMIN),
                tr("Corrections", "Запрос на исправление №%d") % request_id, body)
    return request_id


def _infos(where: object) -> list[CorrectionInfo]:
    from ejournal_desktop.store.models import Assignment, SchoolClass, Subject

    Requester = User.alias()
    Resolver = User.alias()
    rows = (
        CorrectionRequest.select(
            CorrectionRequest.id, CorrectionRequest.status, CorrectionRequest.version,
            CorrectionRequest.created_at, CorrectionRequest.requested_by,
            Requester.surname, Requester.name, Requester.patronymic,
            Lesson.assignment, SchoolClass.level, SchoolClass.letter, SchoolClass.title,
            SchoolClass.extracurricular, Subject.name, Lesson.date, Lesson.number, Lesson.id,
            Student.id, Student.surname, Student.name, CorrectionRequest.wanted,
            CorrectionRequest.reason, Resolver.surname, Resolver.name, Resolver.patronymic,
            CorrectionRequest.resolved_at, CorrectionRequest.resolution,
        )
        .join(Requester, on=(CorrectionRequest.requested_by == Requester.id))
        .switch(CorrectionRequest)
        .join(Lesson, on=(CorrectionRequest.lesson == Lesson.id))
        .join(Assignment, on=(Lesson.assignment == Assignment.id))
        .join(SchoolClass, on=(Assignment.school_class == SchoolClass.id))
        .switch(Assignment)
        .join(Subject, on=(Assignment.subject == Subject.id))
        .switch(CorrectionRequest)
        .join(Student, on=(CorrectionRequest.student == Student.id))
        .switch(CorrectionRequest)
        .join(Resolver, JOIN.LEFT_OUTER, on=(CorrectionRequest.resolved_by == Resolver.id))
        .where(where)
        .order_by(CorrectionRequest.created_at, CorrectionRequest.id)
    )
    out: list[CorrectionInfo] = []
    for (rid, status, version, created, req_by, rs, rn, rp, aid, level, letter, title, extra,
         subject, day, number, lesson_id, sid, ss, sn, wanted, reason, vs, vn, vp, resolved_at,
         resolution) in rows_of(rows):
        out.append(CorrectionInfo(
            id=int(rid), status=str(status), version=int(version), created_at=created,
            requested_by_id=int(req_by), requested_by=_short(rs, rn, rp),
            assignment_id=int(aid), class_name=str(title) if extra else f"{level}{letter}",
            subject_name=str(subject), date=day, number=int(number), student_id=int(sid),
            student_name=f"{ss} {sn}", current=read_cell(int(lesson_id), int(sid)).text,
            wanted=str(wanted), reason=str(reason),
            resolved_by=_short(vs, vn, vp) if vs else "", resolved_at=resolved_at,
            resolution=str(resolution or ""),
        ))
    return out


def open_requests(actor: Actor) -> list[CorrectionInfo]:
    """Requests waiting for the deputy or the administrator (open and approved ones)."""
    require_global(actor, Action.RESOLVE_CORRECTION)
    return _infos(CorrectionRequest.status.in_([OPEN, APPROVED]))


def my_requests(actor: Actor) -> list[CorrectionInfo]:
    """The requests this user sent, in every status (so a teacher sees the answer)."""
    standing(actor)
    return _infos(CorrectionRequest.requested_by == actor.user_id)


def pending_count(actor: Actor) -> int:
    """How many requests wait for this user: open ones, plus approved ones for an admin."""
    st = standing(actor)
    if not decide(Action.RESOLVE_CORRECTION, st.roles).allowed:
        return 0
    statuses = [OPEN, APPROVED] if Role.ADMIN in st.roles else [OPEN]
    return int(
        CorrectionRequest.select(CorrectionRequest.id)
        .where(CorrectionRequest.status.in_(statuses) & CorrectionRequest.lesson.is_null(False))
        .count()
    )


def _pending(request_id: int, expected_version: int | None) -> Any:
    req: Any = CorrectionRequest.get_or_none(CorrectionRequest.id == request_id)
    if req is None or req.lesson_id is None or req.student_id is None:
        raise NotFound(tr("Corrections", "Запрос на исправление №%d не найден.") % request_id)
    if expected_version is not None and int(req.version) != expected_version:
        raise ConflictError(
            tr("Corrections", "Запрос №%d только что рассмотрел другой пользователь. "
               "Обновите список.") % request_id
        )
    if req.status not in (OPEN, APPROVED):
        raise ValidationError(
            tr("Corrections", "Запрос №%d уже рассмотрен: %s.")
            % (request_id, tr("Corrections", STATUS_TITLES.get(str(req.status), str(req.status))))
        )
    return req


def _close(actor: Actor, req: Any, status: str, note: str) -> None:
    CorrectionRequest.update(
        status=status, resolved_by=actor.user_id, resolved_at=now(), resolution=note,
        version=CorrectionRequest.version + 1,
    ).where(CorrectionRequest.id == req.id).execute()


def apply(
    actor: Actor,
    request_id: int,
    note: str = "",
    *,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> str:
    """Resolve a request positively; returns the new status.

    An administrator writes the wanted value into the cell (a correction with the
    reason «по запросу №N: …») → ``applied``.  A deputy, who may not write cells,
    approves it → ``approved``, and the administrators are told to apply it.
    """
    note = note.strip()
    with write_transaction():
        st: Standing = require_global(actor, Action.RESOLVE_CORRECTION)
        req = _pending(request_id, expected_version)
        lesson: Any = Lesson.get_by_id(req.lesson_id)
        info = assignment_info(int(lesson.assignment_id))
        ctx: dict[str, Any] = {"class_id": info.class_id, "subject_id": info.subject_id,
               "lesson_id": int(lesson.id), "student_id": int(req.student_id)}
        where = tr("Corrections", "%s, %s, %d-й урок") % (
            info.where, format_date_ru(lesson.date), int(lesson.number))
        if Role.ADMIN not in st.roles:
            if req.status == APPROVED:
                raise ValidationError(
                    tr("Corrections", "Запрос №%d уже одобрен: его применит администратор ЭЖ.")
                    % request_id
                )
            _close(actor, req, APPROVED, note)
            audit.record(actor, "correction.approve", "correction_request", request_id,
                         old={"status": OPEN}, new={"status": APPROVED}, reason=note, **ctx)
            _notify(actor, _users_with(Role.ADMIN),
                    tr("Corrections", "Одобрен запрос на исправление №%d") % request_id,
                    tr("Corrections", "%s одобряет исправление (%s): «%s». Внесите его в журнал: "
                       "«Запросы на исправление» → «Применить».") % (actor, where, req.wanted))
            _notify(actor, {int(req.requested_by_id)},
                    tr("Corrections", "Запрос №%d одобрен") % request_id,
                    tr("Corrections",
                       "Ваш запрос (%s) одобрен; исправление внесёт администратор ЭЖ.") % where)
            return APPROVED
        why = tr("Corrections", "по запросу №%d: %s") % (request_id, req.reason)
        if note:
            why += f" ({note})"
        change = set_cell(
            actor, int(lesson.assignment_id), lesson.date, int(lesson.number),
            int(req.student_id), str(req.wanted), reason=why, today=today,
        )
        old_status = str(req.status)
        _close(actor, req, APPLIED, note)
        audit.record(actor, "correction.apply", "correction_request", request_id,
                     old={"status": old_status, "value": change.before.text},
                     new={"status": APPLIED, "value": change.after.text}, reason=why, **ctx)
        _notify(actor, {int(req.requested_by_id)},
                tr("Corrections", "Исправление по запросу №%d внесено") % request_id,
                tr("Corrections", "В ячейку (%s) внесено «%s».") % (where, req.wanted))
        return APPLIED


def refuse(
    actor: Actor, request_id: int, reason: str, *, expected_version: int | None = None
) -> None:
    """Refuse a request (deputy or administrator), with the reason told to the teacher."""
    why = reason.strip()
    if not why:
        raise ReasonRequired(tr("Corrections", "Укажите, почему запрос отклонён."))
    with write_transaction():
        require_global(actor, Action.RESOLVE_CORRECTION)
        req = _pending(request_id, expected_version)
        lesson: Any = Lesson.get_by_id(req.lesson_id)
        info = assignment_info(int(lesson.assignment_id))
        old_status = str(req.status)
        _close(actor, req, REFUSED, why)
        audit.record(actor, "correction.refuse", "correction_request", request_id,
                     old={"status": old_status}, new={"status": REFUSED}, reason=why,
                     class_id=info.class_id, subject_id=info.subject_id,
                     lesson_id=int(lesson.id), student_id=int(req.student_id))
        _notify(actor, {int(req.requested_by_id)},
                tr("Corrections", "Запрос №%d отклонён") % request_id,
                tr("Corrections", "Ваш запрос на исправление (%s, %s) отклонён: %s")
                % (info.where, format_date_ru(lesson.date), why))


# --- look-ups for the journal tab ---------------------------------------------------------
# Small reads the grid needs besides ``page.load_page`` (kept out of the page load so it
# stays fast).  They belong with services/page.py; they live here only because that file
# has another owner.


@dataclass(frozen=True)
class EntryDetail:
    """Who entered one mark or absence of a cell, and when (the cell's tooltip)."""

    kind: str  # "mark" | "absence"
    value: str
    work_kind: str
    weight: str  # «1,5» (in English «1.5»)
    created_at: dt.datetime | None
    created_by: str
    updated_at: dt.datetime | None
    note: str


def cell_details(actor: Actor, lesson_id: int, student_id: int) -> list[EntryDetail]:
    """Marks (kind of work, weight, entered when and by whom) and the absence of one cell."""
    from ejournal_desktop.store.models import Absence, Mark, WorkKind

    lesson: Any = Lesson.get_or_none(Lesson.id == lesson_id)
    if lesson is None:
        return []
    info = assignment_info(int(lesson.assignment_id))
    st = standing(actor)
    rel = relations_for_lesson(st, info.id, class_id=info.class_id, teacher_id=info.teacher_id,
                               date=lesson.date, number=int(lesson.number))
    require(Action.VIEW_JOURNAL, rel, what=info.where)
    out: list[EntryDetail] = []
    for value, weight, kname, created, updated, us, un, up, comment in rows_of(
        Mark.select(Mark.value, Mark.weight, WorkKind.name, Mark.created_at, Mark.updated_at,
                    User.surname, User.name, User.patronymic, Mark.comment)
        .join(WorkKind, JOIN.LEFT_OUTER, on=(Mark.work_kind == WorkKind.id))
        .switch(Mark)
        .join(User, on=(Mark.created_by == User.id))
        .where((Mark.lesson == lesson_id) & (Mark.student == student_id))
        .order_by(Mark.position, Mark.id)
    ):
        out.append(EntryDetail("mark", str(value), str(kname or ""), decimal_text(Decimal(str(weight)), trim=True),
                               created, _short(us, un, up), updated, str(comment or "")))
    for code, created, us, un, up, why in rows_of(
        Absence.select(Absence.code, Absence.created_at, User.surname, User.name,
                       User.patronymic, Absence.reason)
        .join(User, on=(Absence.created_by == User.id))
        .where((Absence.lesson == lesson_id) & (Absence.student == student_id))
    ):
        out.append(EntryDetail("absence", str(code), "", "", created, _short(us, un, up), None,
                               str(why or "")))
    return out
