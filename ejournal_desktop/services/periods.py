"""Closing and reopening periods; period, year, exam and final marks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ejournal_desktop.domain.errors import DomainError
from ejournal_desktop.domain.marks import PeriodMarkKind, parse_period_mark
from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import audit
from ejournal_desktop.services.access import (
    Actor,
    relations_for_assignment,
    require,
    require_global,
    standing,
)
from ejournal_desktop.services.errors import (
    ConflictError,
    LockedError,
    NotFound,
    ReasonRequired,
    ValidationError,
)
from ejournal_desktop.services.lessons import assignment_info, is_certified
from ejournal_desktop.services.permissions import Action, Role
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import Enrollment, Period, PeriodMark, now

# period kinds of the year's division → the kind of mark given for a period
PERIOD_MARK_KIND = {"quarter": PeriodMarkKind.QUARTER, "half": PeriodMarkKind.HALF,
                    "trimester": PeriodMarkKind.TRIMESTER}


def _period(period_id: int) -> Period:
    p = Period.get_or_none(Period.id == period_id)
    if p is None:
        raise NotFound(tr("Periods", "Учебный период не найден."))
    return p


def close_period(actor: Actor, period_id: int, reason: str = "") -> None:
    with write_transaction():
        require_global(actor, Action.CLOSE_PERIOD)
        p = _period(period_id)
        if p.closed:
            return
        Period.update(closed=True, closed_by=actor.user_id, closed_at=now(),
                      version=Period.version + 1).where(Period.id == period_id).execute()
        audit.record(actor, "period.close", "period", period_id, old={"closed": False},
                     new={"closed": True}, reason=reason)


def reopen_period(actor: Actor, period_id: int, reason: str) -> None:
    if not reason.strip():
        raise ReasonRequired(tr("Periods", "Укажите, зачем открывается закрытый период."))
    with write_transaction():
        require_global(actor, Action.CLOSE_PERIOD)
        p = _period(period_id)
        if not p.closed:
            return
        Period.update(closed=False, closed_by=None, closed_at=None,
                      version=Period.version + 1).where(Period.id == period_id).execute()
        audit.record(actor, "period.reopen", "period", period_id, old={"closed": True},
                     new={"closed": False}, reason=reason)


@dataclass(frozen=True)
class PeriodMarkState:
    id: int | None
    value: str
    version: int


def read_period_mark(student_id: int, subject_id: int, year_id: int, kind: str,
                     period_id: int | None) -> PeriodMarkState:
    row = (
        PeriodMark.select(PeriodMark.id, PeriodMark.value, PeriodMark.version)
        .where((PeriodMark.student == student_id) & (PeriodMark.subject == subject_id)
               & (PeriodMark.year == year_id) & (PeriodMark.kind == kind)
               & (PeriodMark.period_key == (period_id or 0)))
        .tuples().first()
    )
    if row is None:
        return PeriodMarkState(None, "", 0)
    return PeriodMarkState(int(row[0]), str(row[1]), int(row[2]))


def put_period_mark(
    actor: Actor,
    assignment_id: int,
    student_id: int,
    kind: PeriodMarkKind | str,
    value: str,
    *,
    period_id: int | None = None,
    expected_version: int | None = None,
    reason: str | None = None,
) -> PeriodMarkState:
    """Put (or clear, with ``value=""``) a period/year/exam/final mark of one student.

    ``expected_version`` is the version the user saw (0 when there was no mark).
    """
    try:
        kind = PeriodMarkKind(kind)
    except ValueError as exc:
        raise ValidationError(tr("Periods", "Неизвестный вид итоговой отметки.")) from exc
    text = value.strip()
    parsed = None
    if text:
        try:
            parsed = parse_period_mark(text)
        except DomainError as exc:
            raise ValidationError(exc.message) from exc
    info = assignment_info(assignment_id)
    if not info.marks_allowed:
        raise ValidationError(
            tr("Periods", "В %s отметки не выставляются.") % info.class_name
        )
    with write_transaction():
        st = standing(actor)
        decision = require(
            Action.EDIT_PERIOD_MARKS,
            relations_for_assignment(st, assignment_id, class_id=info.class_id, teacher_id=info.teacher_id),
            what=info.where,
        )
        correction = decision.needs_reason
        period: Period | None = None
        if kind in PERIOD_MARK_KIND.values():
            if period_id is None:
                raise ValidationError(tr("Periods", "Для отметки за период укажите период."))
            period = _period(period_id)
            if period.year_id != info.year_id:
                raise ValidationError(tr("Periods", "Период относится к другому учебному году."))
        elif period_id is not None:
            raise ValidationError(tr("Periods", "Годовая, экзаменационная и итоговая отметки ставятся без периода."))
        locked = ""
        if is_certified(info.class_id, info.year_id):
            locked = tr("Periods", "Журнал класса %s за учебный год заверен директором.") % info.class_name
        elif period is not None and period.closed:
            locked = tr("Periods", "Период «%s» закрыт для редактирования.") % period.name
        if locked:
            if Role.ADMIN not in st.roles:
                raise LockedError(locked + " " + tr(
                    "Periods", "Исправить может администратор ЭЖ с указанием причины."))
            correction = True
        why = (reason or "").strip()
        if correction and not why:
            raise ReasonRequired(tr("Periods", "Это исправление: укажите причину (%s).") % info.where)
        day = period.end if period is not None else min(info.year_end, dt.date.today())
        on_roll = Enrollment.select(Enrollment.id).where(
            (Enrollment.student == student_id) & (Enrollment.school_class == info.class_id)
            & (Enrollment.date_from <= day)
            & (Enrollment.date_to.is_null() | (Enrollment.date_to >= (period.start if period else info.year_start)))
        ).exists()
        if not on_roll:
            raise ValidationError(
                tr("Periods", "Учащийся не числится в классе %s на %s.") % (info.class_name, format_date_ru(day))
            )
        before = read_period_mark(student_id, info.subject_id, info.year_id, str(kind), period_id)
        if expected_version is not None and before.version != expected_version:
            raise ConflictError(
                tr("Periods", "Отметку только что изменил другой пользователь: сейчас «%s», вы вводили «%s».")
                % (before.value or tr("Periods", "пусто"), text or tr("Periods", "пусто")),
                current=before, attempted=text,
            )
        new_text = parsed.text if parsed else ""
        if new_text == before.value:
            return before
        ctx: dict[str, Any] = {"class_id": info.class_id, "subject_id": info.subject_id, "student_id": student_id}
        if before.id is None:
            pid = int(PeriodMark.insert(
                student=student_id, subject=info.subject_id, school_class=info.class_id,
                year=info.year_id, kind=str(kind), period=period_id, period_key=period_id or 0,
                value=new_text, created_by=actor.user_id,
            ).execute())
            audit.record(actor, "period_mark.put", "period_mark", pid,
                         new={"value": new_text, "kind": str(kind), "period": period_id},
                         reason=why, **ctx)
        elif not new_text:
            PeriodMark.delete().where(PeriodMark.id == before.id).execute()
            audit.record(actor, "period_mark.clear", "period_mark", before.id,
                         old={"value": before.value, "kind": str(kind), "period": period_id},
                         reason=why, **ctx)
        else:
            PeriodMark.update(value=new_text, updated_at=now(), version=PeriodMark.version + 1).where(
                PeriodMark.id == before.id).execute()
            audit.record(actor, "period_mark.change", "period_mark", before.id,
                         old={"value": before.value}, new={"value": new_text, "kind": str(kind),
                                                           "period": period_id},
                         reason=why, **ctx)
        return read_period_mark(student_id, info.subject_id, info.year_id, str(kind), period_id)
