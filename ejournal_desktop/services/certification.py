"""Certifying (заверение) a class's journal for a year, and checking it later.

:func:`certify` — the director only — computes a SHA-256 digest over a
canonical serialisation of everything the bound journal prints for the class
and year (students and their movement, subgroups, the load, lessons with
topics and homework, marks, absences, period/year/exam/final marks,
substitutions), stores it with who, when and the number of sheets, and writes
an audit entry holding the digest of each section.  From then on the year of
that class is read-only: ``lessons.check_write`` and ``periods.put_period_mark``
refuse edits (an administrator may still correct, with a written reason, and
``verify`` then reports it).

:func:`verify` recomputes the digest from the database and, when it differs,
names the kinds of data that changed — also when the change was written
straight into the database, bypassing the program.

The serialisation: each section is a list of rows (JSON arrays of plain values:
ids, ISO dates, texts, decimals as fixed-point strings), sorted by their JSON
text, dumped with ``sort_keys`` and separators ``(",", ":")`` in UTF-8.
Row ids of marks and absences, versions and timestamps are left out: a value
changed and changed back is the same journal.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.i18n import noop, tr
from ejournal_desktop.services import audit, printdata
from ejournal_desktop.services.access import Actor, relations_for_class, require, standing
from ejournal_desktop.services.errors import NotFound, ValidationError
from ejournal_desktop.services.lessons import is_certified
from ejournal_desktop.services.permissions import Action
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import (
    Absence,
    AcademicYear,
    Assignment,
    AuditEntry,
    Certification,
    Enrollment,
    Lesson,
    Mark,
    PeriodMark,
    SchoolClass,
    Student,
    Subgroup,
    SubgroupMember,
    Subject,
    Substitution,
    User,
)

FORMAT = "ejournal-certify-1"
AUDIT_ACTION = "journal.certify"

SECTIONS: tuple[str, ...] = ("students", "lessons", "marks", "absences", "period_marks", "substitutions")
SECTION_TITLES: dict[str, str] = {
    "students": noop("Certify", "список класса и движение учащихся (зачисление, выбытие, подгруппы)"),
    "lessons": noop("Certify", "уроки: нагрузка, даты, темы, домашние задания"),
    "marks": noop("Certify", "текущие отметки"),
    "absences": noop("Certify", "посещаемость (пропуски уроков)"),
    "period_marks": noop("Certify", "отметки за четверти (полугодия), годовые, экзаменационные и итоговые"),
    "substitutions": noop("Certify", "замены уроков"),
}

CountSheets = Callable[[printdata.ClassJournal], int]


# --- the canonical serialisation -------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.quantize(Decimal("0.01")), "f")
    if isinstance(value, float):
        return format(Decimal(str(value)).quantize(Decimal("0.01")), "f")
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    return str(value)


def _rows(query: Any) -> list[list[Any]]:
    return [[_plain(v) for v in row] for row in query.tuples()]


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _sorted(rows: list[list[Any]]) -> list[list[Any]]:
    return [row for _, row in sorted(((_dump(r), r) for r in rows), key=lambda x: x[0])]


def canonical_sections(class_id: int, year_id: int) -> dict[str, list[list[Any]]]:
    """Everything printed for the class and year, section by section, in canonical order."""
    in_class = Assignment.school_class == class_id
    students = _rows(
        Enrollment.select(Student.id, Student.surname, Student.name, Student.patronymic, Student.birth_date,
                          Student.personal_file_no, Enrollment.date_from, Enrollment.date_to, Enrollment.reason_in,
                          Enrollment.order_in, Enrollment.reason_out, Enrollment.order_out)
        .join(Student, on=(Enrollment.student == Student.id))
        .where(Enrollment.school_class == class_id)
    )
    members = _rows(
        SubgroupMember.select(Subgroup.id, Subgroup.name, Subgroup.subject, SubgroupMember.student)
        .join(Subgroup, on=(SubgroupMember.subgroup == Subgroup.id))
        .where(Subgroup.school_class == class_id)
    )
    load = _rows(
        Assignment.select(Assignment.id, Subject.id, Subject.name, Assignment.teacher, User.surname, User.name,
                          User.patronymic, Assignment.subgroup)
        .join(Subject, on=(Assignment.subject == Subject.id))
        .switch(Assignment).join(User, on=(Assignment.teacher == User.id))
        .where(in_class)
    )
    lessons = _rows(
        Lesson.select(Lesson.assignment, Lesson.date, Lesson.number, Lesson.teacher, Lesson.topic, Lesson.homework,
                      Lesson.lesson_type, Lesson.work_kind)
        .join(Assignment, on=(Lesson.assignment == Assignment.id)).where(in_class)
    )
    marks = _rows(
        Mark.select(Lesson.assignment, Lesson.date, Lesson.number, Mark.student, Mark.value, Mark.weight,
                    Mark.work_kind, Mark.comment, Mark.position)
        .join(Lesson, on=(Mark.lesson == Lesson.id))
        .join(Assignment, on=(Lesson.assignment == Assignment.id)).where(in_class)
    )
    absences = _rows(
        Absence.select(Lesson.assignment, Lesson.date, Lesson.number, Absence.student, Absence.code, Absence.reason)
        .join(Lesson, on=(Absence.lesson == Lesson.id))
        .join(Assignment, on=(Lesson.assignment == Assignment.id)).where(in_class)
    )
    period_marks = _rows(
        PeriodMark.select(PeriodMark.student, PeriodMark.subject, PeriodMark.kind, PeriodMark.period_key,
                          PeriodMark.value)
        .where((PeriodMark.school_class == class_id) & (PeriodMark.year == year_id))
    )
    substitutions = _rows(
        Substitution.select(Substitution.assignment, Substitution.date, Substitution.number,
                            Substitution.substitute, Substitution.reason)
        .join(Assignment, on=(Substitution.assignment == Assignment.id)).where(in_class)
    )
    return {
        "students": _sorted([["enrollment", *r] for r in students] + [["subgroup", *r] for r in members]),
        "lessons": _sorted([["assignment", *r] for r in load] + [["lesson", *r] for r in lessons]),
        "marks": _sorted(marks),
        "absences": _sorted(absences),
        "period_marks": _sorted(period_marks),
        "substitutions": _sorted(substitutions),
    }


def section_digest(name: str, rows: list[list[Any]]) -> str:
    return hashlib.sha256(f"{name}:{_dump(rows)}".encode()).hexdigest()


@dataclass(frozen=True)
class Digest:
    digest: str  # SHA-256 of the whole canonical document
    sections: dict[str, str]  # section → its own SHA-256


def compute_digest(class_id: int, year_id: int) -> Digest:
    sections = canonical_sections(class_id, year_id)
    document = {"format": FORMAT, "class_id": class_id, "year_id": year_id, "sections": sections}
    whole = hashlib.sha256(_dump(document).encode()).hexdigest()
    return Digest(whole, {name: section_digest(name, rows) for name, rows in sections.items()})


# --- certify ---------------------------------------------------------------------------------------------


def _class_and_year(class_id: int, year_id: int) -> tuple[str, str]:
    row = (SchoolClass.select(SchoolClass.level, SchoolClass.letter, SchoolClass.title, SchoolClass.extracurricular,
                              SchoolClass.year)
           .where(SchoolClass.id == class_id).tuples().first())
    if row is None:
        raise NotFound(tr("Certify", "Класс не найден."))
    year = AcademicYear.select(AcademicYear.name).where(AcademicYear.id == year_id).tuples().first()
    if year is None:
        raise NotFound(tr("Certify", "Учебный год не найден."))
    name = printdata.class_display(row[0], str(row[1]), str(row[2]), bool(row[3]))
    if int(row[4]) != year_id:
        raise ValidationError(tr("Certify", "Класс %s относится к другому учебному году, не к %s.")
                              % (name, year[0]))
    return name, str(year[0])


def certify(
    actor: Actor,
    class_id: int,
    year_id: int,
    *,
    count_sheets: CountSheets | None = None,
    today: dt.date | None = None,
) -> Certification:
    """The director certifies the journal of a class for a year; that year of the class becomes read-only.

    ``count_sheets`` (``printing.journal.count_sheets``) gives the number of
    sheets of the bound journal to store; the services do not draw PDFs themselves.
    """
    with write_transaction():
        st = standing(actor)
        name, year_name = _class_and_year(class_id, year_id)
        require(Action.CERTIFY, relations_for_class(st, class_id), what=f"{name}, {year_name}")
        if is_certified(class_id, year_id):
            done = status(class_id, year_id)
            assert done is not None
            raise ValidationError(
                tr("Certify", "Журнал класса %s за %s учебный год уже заверен (%s, %s).")
                % (name, year_name, format_date_ru(done.certified_at.date()), done.certified_by))
        digest = compute_digest(class_id, year_id)
        sheets = count_sheets(printdata.collect(class_id, today=today)) if count_sheets is not None else 0
        cert_id = int(Certification.insert(
            school_class=class_id, year=year_id, digest=digest.digest, sheet_count=sheets,
            certified_by=actor.user_id,
        ).execute())
        audit.record(
            actor, AUDIT_ACTION, "certification", cert_id,
            new={"format": FORMAT, "class": name, "year": year_name, "digest": digest.digest,
                 "sections": digest.sections, "sheet_count": sheets},
            class_id=class_id,
        )
    return Certification.get_by_id(cert_id)


@dataclass(frozen=True)
class CertificationInfo:
    id: int
    certified_at: dt.datetime
    certified_by: str
    digest: str
    sheet_count: int


def status(class_id: int, year_id: int) -> CertificationInfo | None:
    """Whether (and when, by whom) the journal of the class for the year is certified."""
    row = (Certification.select(Certification.id, Certification.certified_at, User.surname, User.name,
                                User.patronymic, Certification.digest, Certification.sheet_count)
           .join(User, on=(Certification.certified_by == User.id))
           .where((Certification.school_class == class_id) & (Certification.year == year_id)).tuples().first())
    if row is None:
        return None
    return CertificationInfo(int(row[0]), row[1], printdata.short_person(str(row[2]), str(row[3]), str(row[4])),
                             str(row[5]), int(row[6]))


# --- verify ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    differences: list[str]  # what kinds of data differ, in Russian
    changed_sections: list[str] = field(default_factory=list)  # section keys: marks, absences…
    digest_stored: str = ""
    digest_now: str = ""
    certified: CertificationInfo | None = None
    # changes made through the program since the certification (corrections with reasons)
    later_changes: list[str] = field(default_factory=list)


def _stored_sections(cert_id: int) -> tuple[dict[str, str] | None, str]:
    row = (AuditEntry.select(AuditEntry.new)
           .where((AuditEntry.action == AUDIT_ACTION) & (AuditEntry.entity == "certification")
                  & (AuditEntry.entity_id == cert_id))
           .order_by(AuditEntry.id.desc()).tuples().first())
    if row is None or not row[0]:
        return None, ""
    try:
        data = json.loads(row[0])
        sections = {str(k): str(v) for k, v in dict(data["sections"]).items()}
        return sections, str(data.get("digest", ""))
    except (ValueError, KeyError, TypeError):
        return None, ""


def _later_changes(class_id: int, since: dt.datetime) -> list[str]:
    out: list[str] = []
    for at, action, reason, login in (
        AuditEntry.select(AuditEntry.at, AuditEntry.action, AuditEntry.reason, User.login)
        .join(User, on=(AuditEntry.user == User.id))
        .where((AuditEntry.school_class == class_id) & (AuditEntry.at > since) & (AuditEntry.action != AUDIT_ACTION))
        .order_by(AuditEntry.at).tuples()
    ):
        line = f"{format_date_ru(at.date())} {at:%H:%M} {login}: {action}"
        if reason:
            line += " — " + tr("Certify", "причина: %s") % reason
        out.append(line)
    return out


def verify(class_id: int, year_id: int) -> VerifyResult:
    """Recompute the digest of the certified journal and say what kinds of data differ."""
    name, year_name = _class_and_year(class_id, year_id)
    info = status(class_id, year_id)
    if info is None:
        raise NotFound(tr("Certify", "Журнал класса %s за %s учебный год не заверен: проверять нечего.")
                       % (name, year_name))
    now = compute_digest(class_id, year_id)
    stored_sections, stored_digest = _stored_sections(info.id)
    differences: list[str] = []
    changed: list[str] = []
    if stored_sections is None:
        if now.digest != info.digest:
            differences.append(tr("Certify", "данные журнала (какие именно — не определить: запись о заверении "
                                             "в журнале аудита не найдена)"))
    else:
        for key in SECTIONS:
            if stored_sections.get(key) != now.sections.get(key):
                changed.append(key)
                differences.append(tr("Certify", SECTION_TITLES[key]))
        if stored_digest and stored_digest != info.digest:
            changed.append("certification")
            differences.append(tr("Certify", "сама запись о заверении (контрольная сумма изменена в базе данных)"))
        elif not changed and now.digest != info.digest:
            differences.append(tr("Certify", "данные журнала (контрольная сумма не совпадает)"))
    ok = now.digest == info.digest and not differences
    return VerifyResult(ok, differences, changed, info.digest, now.digest, info,
                        _later_changes(class_id, info.certified_at))


# --- before certifying: may this person, and what will it mean ------------------------------------------


def check_may_certify(actor: Actor, class_id: int, year_id: int) -> None:
    """Refuse now (before any confirmation is asked) what :func:`certify` would refuse."""
    st = standing(actor)
    name, year_name = _class_and_year(class_id, year_id)
    require(Action.CERTIFY, relations_for_class(st, class_id), what=f"{name}, {year_name}")
    done = status(class_id, year_id)
    if done is not None:
        raise ValidationError(
            tr("Certify", "Журнал класса %s за %s учебный год уже заверен (%s, %s).")
            % (name, year_name, format_date_ru(done.certified_at.date()), done.certified_by))


def confirmation_text(class_id: int, year_id: int, *, today: dt.date | None = None) -> str:
    """What the director is asked to confirm: what becomes read-only, and for whom."""
    name, year_name = _class_and_year(class_id, year_id)
    end = AcademicYear.select(AcademicYear.end).where(AcademicYear.id == year_id).scalar()
    lines = [
        tr("Certify", "Заверить журнал класса %s за %s учебный год?") % (name, year_name),
        "",
        tr("Certify", "После заверения весь %s учебный год класса %s станет только для чтения: "
                      "текущие отметки, посещаемость, темы уроков и домашние задания, отметки за "
                      "четверти (полугодия), годовые, экзаменационные и итоговые отметки всех предметов. "
                      "Учителя и классный руководитель больше не смогут их менять.") % (year_name, name),
        tr("Certify", "Исправить запись сможет только администратор ЭЖ с указанием причины; такое исправление "
                      "и любое изменение данных в обход программы покажет проверка журнала."),
        tr("Certify", "Отменить заверение нельзя."),
    ]
    day = today or dt.date.today()
    if end is not None and day <= end:
        lines.append("")
        lines.append(tr("Certify", "Внимание: учебный год ещё не закончился (последний день — %s).")
                     % format_date_ru(end))
    return "\n".join(lines)
