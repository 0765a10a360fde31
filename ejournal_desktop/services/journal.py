"""The journal's cells: marks, absences, topics and homework of lessons.

Every function takes the acting user, checks the permission table, validates
through ``domain``, writes in one transaction with its audit entries, and
returns what changed.  A cell (one student in one lesson) carries a token of
the versions it was read with; a write that started from an old token is
refused as a :class:`ConflictError` showing both values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from ejournal_desktop.domain.errors import DomainError
from ejournal_desktop.domain.marks import AbsenceCode, CellContent, parse_cell, parse_mark
from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import audit
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.errors import ConflictError, NotFound, ValidationError
from ejournal_desktop.services.lessons import (
    AssignmentInfo,
    WriteCheck,
    assignment_info,
    check_write,
    ensure_lesson,
    info_from_row,
)
from ejournal_desktop.services.permissions import Action
from ejournal_desktop.store import page_queries as pq
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import (
    Absence,
    Enrollment,
    Lesson,
    Mark,
    Period,
    PlanTopic,
    SubgroupMember,
    WorkKind,
    now,
)
from ejournal_desktop.store.queries import insert_row

DEFAULT_WORK_KIND = "answer"


class MarkState(NamedTuple):
    """One mark of a cell as stored.  A NamedTuple, not a frozen dataclass: a page builds
    hundreds of these, and a frozen dataclass costs ~8× more to construct (measured)."""

    id: int
    value: str
    version: int
    weight: Decimal
    work_kind_id: int | None


class CellState(NamedTuple):
    """What one cell holds now; ``token`` identifies this exact state.  (Immutable and cheap to
    build, like :class:`MarkState`.)"""

    lesson_id: int | None
    student_id: int
    marks: tuple[MarkState, ...] = ()
    absence: AbsenceCode | None = None
    absence_id: int | None = None
    absence_version: int = 0

    @property
    def token(self) -> tuple[object, ...]:
        return (
            tuple((m.id, m.version) for m in self.marks),
            (self.absence_id, self.absence_version),
        )

    @property
    def content(self) -> CellContent:
        return CellContent(
            tuple(parse_mark(m.value, allow_modifiers=True, lowest=1) for m in self.marks),
            self.absence,
        )

    @property
    def text(self) -> str:
        parts = [m.value for m in self.marks]
        if self.absence is not None:
            parts.append(str(self.absence))
        return " ".join(parts)


@dataclass
class CellChange:
    before: CellState
    after: CellState
    audit_ids: list[int] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.audit_ids)


def read_cell(lesson_id: int | None, student_id: int) -> CellState:
    if lesson_id is None:
        return CellState(None, student_id)
    marks: list[MarkState] = []
    absence: tuple[Any, ...] | None = None
    for kind, i, value, version, weight, work_kind, _position in pq.cell_content(lesson_id, student_id):
        if kind == pq.CELL_MARK:
            marks.append(MarkState(int(i), str(value), int(version), Decimal(str(weight)),
                                   None if work_kind is None else int(work_kind)))
        else:
            absence = (i, value, version)
    if absence is None:
        return CellState(lesson_id, student_id, tuple(marks))
    return CellState(lesson_id, student_id, tuple(marks), AbsenceCode(absence[1]), int(absence[0]),
                     int(absence[2]))


def check_student(
    info: AssignmentInfo, student_id: int, day: dt.date, *, known: tuple[bool, bool] | None = None
) -> None:
    """Refuse unless the student is in the class on ``day`` (and in the assignment's subgroup).

    ``known`` — (enrolled, in the subgroup or the assignment has none) when the caller has just read
    them in its own transaction.
    """
    if known is None:
        enrolled = bool(
            Enrollment.select(Enrollment.id)
            .where(
                (Enrollment.student == student_id)
                & (Enrollment.school_class == info.class_id)
                & (Enrollment.date_from <= day)
                & ((Enrollment.date_to.is_null()) | (Enrollment.date_to >= day))
            )
            .exists()
        )
        member = info.subgroup_id is None or bool(
            SubgroupMember.select(SubgroupMember.id)
            .where(
                (SubgroupMember.subgroup == info.subgroup_id)
                & (SubgroupMember.student == student_id)
            )
            .exists()
        )
    else:
        enrolled, member = known
    if not enrolled:
        raise ValidationError(
            tr("Journal", "Учащийся не числится в классе %s на %s.")
            % (info.class_name, format_date_ru(day))
        )
    if not member:
        raise ValidationError(tr("Journal", "Учащийся не входит в эту подгруппу."))


def work_kind_for(lesson: Lesson, code: str | None = None) -> tuple[int | None, Decimal]:
    if code:
        kind = WorkKind.get_or_none(WorkKind.code == code)
        if kind is None:
            raise ValidationError(tr("Journal", "Неизвестный вид работы «%s».") % code)
    elif lesson.work_kind_id is not None:
        kind = WorkKind.get_by_id(lesson.work_kind_id)
    else:
        kind = WorkKind.get_or_none(WorkKind.code == DEFAULT_WORK_KIND)
    if kind is None:
        return None, Decimal(1)
    return int(kind.id), Decimal(kind.weight)


def _conflict(current: CellState, attempted: str) -> ConflictError:
    shown = current.text or tr("Journal", "пусто")
    return ConflictError(
        tr(
            "Journal",
            "Эту ячейку только что изменил другой пользователь: сейчас в ней «%s», "
            "вы вводили «%s». Выберите, какое значение оставить.",
        )
        % (shown, attempted or tr("Journal", "пусто")),
        current=current,
        attempted=attempted,
    )


def set_cell(
    actor: Actor,
    assignment_id: int,
    day: dt.date,
    number: int,
    student_id: int,
    text: str,
    *,
    expected: tuple[object, ...] | None = None,
    reason: str | None = None,
    work_kind: str | None = None,
    today: dt.date | None = None,
) -> CellChange:
    """Make the cell hold exactly ``text`` (marks and/or an absence code), as typed in the grid.

    ``expected`` is the token of the cell the user started from; if the cell
    has changed since, nothing is written and a ConflictError is raised.

    The save of a grid cell is the program's hottest write (a teacher types a class's marks in a
    row), so its facts come in few statements, all inside the write transaction: the assignment,
    period, certification, enrolment, work kind and school settings in one (:func:`pq.cell_facts`),
    the lesson locked in one, the cell in one, the actor's standing in one; then the writes with
    their audit entries and the cell read back.
    """
    with write_transaction():
        facts = pq.cell_facts(assignment_id, day, student_id, work_kind or DEFAULT_WORK_KIND, CELL_SETTINGS)
        if facts is None:
            raise NotFound(tr("Journal", "Страница журнала не найдена (нагрузка №%d).") % assignment_id)
        settings = {k: school_settings.decode(k, raw) for k, raw in zip(CELL_SETTINGS, facts[24:], strict=True)}
        with school_settings.given(settings):
            return _set_cell(actor, facts, day, number, student_id, text, expected, reason, work_kind, today)


MARK_TABLE = Mark._meta.table_name
# every column but the id, in the order _set_cell gives the values (comment "", version 1: the defaults)
MARK_COLUMNS = tuple(f.column_name for f in (
    Mark.lesson, Mark.student, Mark.value, Mark.weight, Mark.work_kind, Mark.comment, Mark.position,
    Mark.created_by, Mark.created_at, Mark.updated_at, Mark.version,
))
assert set(MARK_COLUMNS) == {f.column_name for f in Mark._meta.sorted_fields} - {"id"}

# settings a save into a cell needs, read with its facts (the permission settings decide who may write)
CELL_SETTINGS = ("allow_mark_modifiers", "lowest_mark", "edit_window_days", *school_settings.PERMISSION_SETTINGS)


def _set_cell(
    actor: Actor,
    facts: tuple[Any, ...],
    day: dt.date,
    number: int,
    student_id: int,
    text: str,
    expected: tuple[object, ...] | None,
    reason: str | None,
    work_kind: str | None,
    today: dt.date | None,
) -> CellChange:
    """:func:`set_cell` inside its transaction, with the facts it has read (see :func:`pq.cell_facts`)."""
    try:
        content = parse_cell(
            text, allow_modifiers=bool(school_settings.get("allow_mark_modifiers")),
            lowest=int(school_settings.get("lowest_mark")),
        )
    except DomainError as exc:
        raise ValidationError(exc.message) from exc
    info = info_from_row(facts[:14])
    if content.marks and not info.marks_allowed:
        raise ValidationError(
            tr("Journal", "В %s отметки не выставляются: ведётся только посещаемость и темы.")
            % info.class_name
        )
    row = pq.lock_lesson(info.id, day, number)
    before = read_cell(int(row[0]) if row else None, student_id)
    if expected is not None and before.token != expected:
        raise _conflict(before, content.text())
    want_marks = [m.text for m in content.marks]
    have_marks = [m.value for m in before.marks]
    marks_change = want_marks != have_marks
    absence_change = content.absence != before.absence
    if not marks_change and not absence_change:
        return CellChange(before, before)
    period = None if facts[14] is None else Period(
        id=int(facts[14]), name=str(facts[15]), start=pq.to_date(facts[16]), end=pq.to_date(facts[17]),
        closed=bool(facts[18]), year=info.year_id,
    )
    known = (period, bool(facts[19]))
    checks: list[WriteCheck] = []
    if marks_change:
        checks.append(check_write(actor, Action.EDIT_MARKS, info, day, number, reason, today=today, facts=known))
    if absence_change:
        checks.append(
            check_write(actor, Action.EDIT_ATTENDANCE, info, day, number, reason, today=today, facts=known)
        )
    check = checks[0]
    check_student(info, student_id, day, known=(bool(facts[20]), bool(facts[21])))
    kind_id: int | None = None
    weight = Decimal(1)
    if row is None:
        lesson = ensure_lesson(check, actor, day, number)
        lesson_id = int(lesson.id)
        fresh = read_cell(lesson_id, student_id)
        if fresh.token != before.token:  # another PC created this lesson and filled the cell meanwhile
            raise _conflict(fresh, content.text())
        if marks_change:
            kind_id, weight = work_kind_for(lesson, work_kind)
    else:
        lesson_id = int(row[0])
        if marks_change:
            if work_kind and facts[22] is None:
                raise ValidationError(tr("Journal", "Неизвестный вид работы «%s».") % work_kind)
            if not work_kind and row[1] is not None:
                kind_id, weight = int(row[1]), Decimal(str(row[2]))
            elif facts[22] is not None:
                kind_id, weight = int(facts[22]), Decimal(str(facts[23]))
    change = CellChange(before, before)
    ctx: dict[str, Any] = {
        "class_id": info.class_id,
        "subject_id": info.subject_id,
        "lesson_id": lesson_id,
        "student_id": student_id,
    }
    if marks_change:
        stamp = now()
        for pos in range(max(len(want_marks), len(have_marks))):
            old = before.marks[pos] if pos < len(before.marks) else None
            new = want_marks[pos] if pos < len(want_marks) else None
            if old is not None and new is not None:
                if old.value == new:
                    continue
                Mark.update(
                    value=new, updated_at=stamp, version=Mark.version + 1
                ).where(Mark.id == old.id).execute()
                change.audit_ids.append(
                    audit.record(actor, "mark.change", "mark", old.id,
                                 old={"value": old.value}, new={"value": new},
                                 reason=check.reason, **ctx)
                )
            elif new is not None:
                mark_id = insert_row(MARK_TABLE, MARK_COLUMNS, (
                    lesson_id, student_id, new, weight, kind_id, "", pos, actor.user_id, stamp, stamp, 1,
                ))
                change.audit_ids.append(
                    audit.record(actor, "mark.put", "mark", int(mark_id),
                                 new={"value": new, "weight": str(weight)},
                                 reason=check.reason, **ctx)
                )
            elif old is not None:
                Mark.delete().where(Mark.id == old.id).execute()
                change.audit_ids.append(
                    audit.record(actor, "mark.clear", "mark", old.id,
                                 old={"value": old.value}, reason=check.reason, **ctx)
                )
    if absence_change:
        acheck = checks[-1]
        if before.absence_id is not None and content.absence is None:
            Absence.delete().where(Absence.id == before.absence_id).execute()
            change.audit_ids.append(
                audit.record(actor, "absence.clear", "absence", before.absence_id,
                             old={"code": str(before.absence)}, reason=acheck.reason, **ctx)
            )
        elif before.absence_id is not None:
            Absence.update(code=str(content.absence), reason=acheck.reason, version=Absence.version + 1).where(
                Absence.id == before.absence_id
            ).execute()
            change.audit_ids.append(
                audit.record(actor, "absence.change", "absence", before.absence_id,
                             old={"code": str(before.absence)},
                             new={"code": str(content.absence)}, reason=acheck.reason, **ctx)
            )
        else:
            absence_id = Absence.insert(
                lesson=lesson_id, student=student_id, code=str(content.absence),
                created_by=actor.user_id, reason=acheck.reason,
            ).execute()
            change.audit_ids.append(
                audit.record(actor, "absence.set", "absence", int(absence_id),
                             new={"code": str(content.absence)}, reason=acheck.reason, **ctx)
            )
    change.after = read_cell(lesson_id, student_id)
    return change


# --- one mark at a time (the CLI, imports, tests) -------------------------------------------


def put_mark(
    actor: Actor,
    assignment_id: int,
    day: dt.date,
    number: int,
    student_id: int,
    value: str,
    *,
    reason: str | None = None,
    work_kind: str | None = None,
    today: dt.date | None = None,
) -> CellChange:
    """Add one mark to the cell (keeping the marks already there)."""
    lesson = _find_lesson(assignment_id, day, number)
    before = read_cell(lesson, student_id)
    text = " ".join([*(m.value for m in before.marks), value.strip()])
    if before.absence is not None:
        text += f" {before.absence}"
    return set_cell(
        actor, assignment_id, day, number, student_id, text,
        expected=before.token, reason=reason, work_kind=work_kind, today=today,
    )


def set_absence(
    actor: Actor,
    assignment_id: int,
    day: dt.date,
    number: int,
    student_id: int,
    code: str | None,
    *,
    reason: str | None = None,
    today: dt.date | None = None,
) -> CellChange:
    lesson = _find_lesson(assignment_id, day, number)
    before = read_cell(lesson, student_id)
    parts = [m.value for m in before.marks]
    if code:
        parts.append(code.strip())
    return set_cell(
        actor, assignment_id, day, number, student_id, " ".join(parts),
        expected=before.token, reason=reason, today=today,
    )


def clear_mark(
    actor: Actor,
    mark_id: int,
    expected_version: int,
    *,
    reason: str | None = None,
    today: dt.date | None = None,
) -> CellChange:
    row = Mark.get_or_none(Mark.id == mark_id)
    if row is None:
        raise NotFound(tr("Journal", "Отметка не найдена (возможно, её уже удалили)."))
    lesson = Lesson.get_by_id(row.lesson_id)
    before = read_cell(int(lesson.id), int(row.student_id))
    if int(row.version) != expected_version:
        raise _conflict(before, "")
    keep = [m.value for m in before.marks if m.id != mark_id]
    if before.absence is not None:
        keep.append(str(before.absence))
    return set_cell(
        actor, int(lesson.assignment_id), lesson.date, int(lesson.number), int(row.student_id),
        " ".join(keep), expected=before.token, reason=reason, today=today,
    )


def _find_lesson(assignment_id: int, day: dt.date, number: int) -> int | None:
    row = (
        Lesson.select(Lesson.id)
        .where((Lesson.assignment == assignment_id) & (Lesson.date == day) & (Lesson.number == number))
        .tuples()
        .first()
    )
    return int(row[0]) if row else None


# --- the lesson itself ---------------------------------------------------------------------------


@dataclass(frozen=True)
class LessonInfo:
    id: int
    date: dt.date
    number: int
    topic: str
    homework: str
    lesson_type: str
    work_kind_id: int | None
    plan_topic_id: int | None
    version: int


def lesson_info(lesson_id: int) -> LessonInfo:
    lesson = Lesson.get_or_none(Lesson.id == lesson_id)
    if lesson is None:
        raise NotFound(tr("Journal", "Урок не найден."))
    return LessonInfo(
        int(lesson.id), lesson.date, int(lesson.number), str(lesson.topic), str(lesson.homework),
        str(lesson.lesson_type), lesson.work_kind_id, lesson.plan_topic_id, int(lesson.version),
    )


_UNSET: object = object()


def set_lesson_details(
    actor: Actor,
    assignment_id: int,
    day: dt.date,
    number: int,
    *,
    expected_version: int | None,
    topic: str | None = None,
    homework: str | None = None,
    lesson_type: str | None = None,
    work_kind: str | object | None = _UNSET,
    plan_topic_id: int | object | None = _UNSET,
    reason: str | None = None,
    today: dt.date | None = None,
) -> LessonInfo:
    """Topic, homework, lesson type, kind of work (its weight) and the КТП topic of a lesson.

    ``expected_version`` is the lesson's version the user started from (None when
    the lesson did not exist yet).
    """
    info = assignment_info(assignment_id)
    if homework and not info.homework_allowed:
        raise ValidationError(
            tr("Journal", "В %s домашние задания не задаются.") % info.class_name
        )
    for label, value, limit in (
        (tr("Journal", "Тема урока"), topic, 500),
        (tr("Journal", "Домашнее задание"), homework, 1000),
        (tr("Journal", "Тип урока"), lesson_type, 50),
    ):
        if value is not None and len(value) > limit:
            raise ValidationError(
                tr("Journal", "%s длиннее %d символов.") % (label, limit)
            )
    with write_transaction():
        check = check_write(actor, Action.EDIT_LESSON, info, day, number, reason, today=today)
        existing = _find_lesson(assignment_id, day, number)
        if existing is not None:
            current = lesson_info(existing)
            if expected_version is not None and current.version != expected_version:
                raise ConflictError(
                    tr("Journal", "Урок %s только что изменил другой пользователь: "
                       "тема сейчас «%s». Обновите страницу и повторите.")
                    % (format_date_ru(day), current.topic)
                )
        lesson = ensure_lesson(check, actor, day, number)
        old = lesson_info(int(lesson.id))
        updates: dict[str, object] = {}
        if topic is not None and topic.strip() != old.topic:
            updates["topic"] = topic.strip()
        if homework is not None and homework.strip() != old.homework:
            updates["homework"] = homework.strip()
        if lesson_type is not None and lesson_type.strip() != old.lesson_type:
            updates["lesson_type"] = lesson_type.strip()
        if work_kind is not _UNSET:
            kind_id = None
            if work_kind:
                kind = WorkKind.get_or_none(WorkKind.code == work_kind)
                if kind is None:
                    raise ValidationError(tr("Journal", "Неизвестный вид работы «%s».") % work_kind)
                kind_id = int(kind.id)
            if kind_id != old.work_kind_id:
                updates["work_kind"] = kind_id
        if plan_topic_id is not _UNSET and plan_topic_id != old.plan_topic_id:
            if plan_topic_id is not None and PlanTopic.get_or_none(PlanTopic.id == plan_topic_id) is None:
                raise ValidationError(tr("Journal", "Тема КТП не найдена."))
            updates["plan_topic"] = plan_topic_id
        if not updates:
            return old
        Lesson.update(**updates, version=Lesson.version + 1).where(Lesson.id == lesson.id).execute()
        if "work_kind" in updates:
            # the weight of the lesson's marks follows the kind of work
            kind_id, weight = work_kind_for(Lesson.get_by_id(lesson.id))
            Mark.update(work_kind=kind_id, weight=weight, version=Mark.version + 1).where(
                Mark.lesson == lesson.id
            ).execute()
        audit.record(
            actor, "lesson.update", "lesson", int(lesson.id),
            old={k: getattr(old, k if k not in ("work_kind", "plan_topic") else k + "_id") for k in updates},
            new=updates, reason=check.reason, class_id=info.class_id, subject_id=info.subject_id,
            lesson_id=int(lesson.id),
        )
        return lesson_info(int(lesson.id))
