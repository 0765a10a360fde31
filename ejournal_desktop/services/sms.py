"""«Отчёт об успеваемости и посещаемости для родителя в виде SMS» (seed 004 §4.3).

For each student of a class and a date range (a period is passed as its dates):
one short text — the marks per subject in the order they were given, then the
lessons missed — e.g. «Алексеев А.: мат 5 5 4, рус 5; н 2 (б 1, у 1)».

The limit.  A text is at most :data:`SMS_LIMIT` = 160 characters (characters
as a person counts them, not bytes).  That is the limit the school's mailing
service shows for one message; what it bills is its own business (a Cyrillic
text goes in UCS-2, 70 characters a segment, or 67 when the service joins
segments — so a 160-character text costs 3 segments).  A longer text is split
on word boundaries into numbered parts, «… (1/2)», «… (2/2)», each part, with its
number, at most 160 characters; a word is cut only if it alone is longer.

Export (:func:`issue`): one row per part and parent with a phone — phone,
student, text, part — as CSV for the mailing service (UTF-8 with BOM, «;»
separator) or xlsx; the file is written, then in one transaction one contact
«SMS» is recorded per parent it went to (``contacts.log_issued``).

Permission: PARENT_REPORTS for the class (administration, director, deputy,
the homeroom teacher of the own class).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.domain.text import person_key_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import contacts
from ejournal_desktop.services.access import Actor, relations_for_class, require, standing
from ejournal_desktop.services.errors import NotFound, ValidationError
from ejournal_desktop.services.permissions import Action
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import (
    Absence,
    Assignment,
    Enrollment,
    Lesson,
    Mark,
    Parent,
    SchoolClass,
    Student,
    StudentParent,
    Subject,
)

SMS_LIMIT = 160
MAX_RANGE_DAYS = 400
MISSED = ("н", "б", "у")

# the usual short names in school SMS and diaries; another subject: its first letters (see abbreviation)
ABBREVIATIONS: dict[str, str] = {
    "русский язык": "рус", "родной язык": "родн", "литература": "лит", "литературное чтение": "чтен",
    "математика": "мат", "алгебра": "алг", "геометрия": "геом", "вероятность и статистика": "вер",
    "информатика": "инф", "физика": "физ", "химия": "хим", "биология": "биол", "география": "геогр",
    "история": "ист", "обществознание": "общ", "окружающий мир": "окр", "английский язык": "англ",
    "немецкий язык": "нем", "французский язык": "фр", "музыка": "муз", "изо": "изо",
    "изобразительное искусство": "изо", "технология": "техн", "труд (технология)": "труд",
    "физическая культура": "физк", "обж": "обж", "основы безопасности и защиты родины": "обзр",
    "астрономия": "астр", "мхк": "мхк", "орксэ": "орксэ", "однкнр": "однкнр",
}


def _t(text: str) -> str:
    return tr("Sms", text)


def abbreviation(subject: str, taken: set[str] | None = None) -> str:
    """«Русский язык» → «рус»; another subject: its first word cut to 3 letters (4, 5… when taken)."""
    taken = taken or set()
    name = " ".join(subject.strip().lower().split())
    known = ABBREVIATIONS.get(name)
    if known and known not in taken:
        return known
    word = next((w for w in re.split(r"[^\w]+", name) if w), name) or "?"
    for size in range(3, len(word) + 1):
        if word[:size] not in taken:
            return word[:size]
    n = 2
    while f"{word}{n}" in taken:
        n += 1
    return f"{word}{n}"


def split_text(text: str, limit: int = SMS_LIMIT) -> list[str]:
    """The text as it is when it fits ``limit``; else numbered parts «… (k/n)», each at most ``limit``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return [text]
    words = text.split(" ")
    n = 2
    while True:
        width = limit - len(f" ({n}/{n})")
        chunks: list[str] = []
        line = ""
        for word in words:
            while len(word) > width:  # a single word longer than a part: cut it
                if line:
                    chunks.append(line)
                    line = ""
                chunks.append(word[:width])
                word = word[width:]
            if not line:
                line = word
            elif len(line) + 1 + len(word) <= width:
                line += " " + word
            else:
                chunks.append(line)
                line = word
        if line:
            chunks.append(line)
        if len(str(len(chunks))) <= len(str(n)):
            return [f"{c} ({i}/{len(chunks)})" for i, c in enumerate(chunks, 1)]
        n = len(chunks)


@dataclass(frozen=True)
class Recipient:
    parent_id: int
    name: str  # «Алексеева Ирина Павловна»
    phone: str


@dataclass
class StudentSms:
    student_id: int
    student: str  # «Алексеев Артём Игоревич»
    text: str  # the whole text
    parts: list[str]
    recipients: list[Recipient] = field(default_factory=list)  # parents with a phone


@dataclass
class SmsBatch:
    class_id: int
    class_name: str
    date_from: dt.date
    date_to: dt.date
    items: list[StudentSms]

    @property
    def subject(self) -> str:
        """What the contact log says was sent."""
        return _t("SMS: отметки и пропуски с %s по %s") % (format_date_ru(self.date_from), format_date_ru(self.date_to))

    @property
    def without_phone(self) -> list[StudentSms]:
        return [x for x in self.items if not x.recipients]

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(phone, student, text, part) — one row per part and parent with a phone."""
        out = []
        for item in self.items:
            for r in item.recipients:
                for i, part in enumerate(item.parts, 1):
                    out.append((r.phone, item.student, part, f"{i}/{len(item.parts)}"))
        return out


def _short(surname: str, name: str) -> str:
    return f"{surname} {name[:1]}." if name else surname


def student_text(short_name: str, marks: list[tuple[str, list[str]]], missed: int, ill: int, excused: int) -> str:
    """«Алексеев А.: мат 5 5 4, рус 5; н 2 (б 1, у 1)» from the marks per subject and the missed lessons."""
    parts = []
    if marks:
        parts.append(", ".join(f"{abbr} {' '.join(values)}" for abbr, values in marks))
    if missed:
        of = [f"{code} {n}" for code, n in (("б", ill), ("у", excused)) if n]
        parts.append(f"н {missed}" + (f" ({', '.join(of)})" if of else ""))
    if not parts:
        parts.append(_t("отметок и пропусков нет"))
    return f"{short_name}: " + "; ".join(parts)


def _check_range(date_from: dt.date, date_to: dt.date) -> None:
    if not isinstance(date_from, dt.date) or not isinstance(date_to, dt.date):
        raise ValidationError(_t("Укажите даты: с какого и по какое число."))
    if date_to < date_from:
        raise ValidationError(_t("Дата окончания раньше даты начала."))
    if (date_to - date_from).days > MAX_RANGE_DAYS:
        raise ValidationError(_t("SMS составляется не больше чем за учебный год."))


def _require(actor: Actor, class_id: int) -> str:
    row = (SchoolClass.select(SchoolClass.level, SchoolClass.letter, SchoolClass.title, SchoolClass.extracurricular)
           .where(SchoolClass.id == class_id).tuples().first())
    if row is None:
        raise NotFound(_t("Класс не найден."))
    require(Action.PARENT_REPORTS, relations_for_class(standing(actor), class_id))
    level, letter, title, extra = row
    return str(title) if extra else f"{level}{letter}"


def texts(actor: Actor, class_id: int, date_from: dt.date, date_to: dt.date) -> SmsBatch:
    """The SMS text of every student on the class's roll at some day of the range (nothing is recorded)."""
    _check_range(date_from, date_to)
    class_name = _require(actor, class_id)
    students = {int(i): (str(s), str(n), str(p)) for i, s, n, p in (
        Student.select(Student.id, Student.surname, Student.name, Student.patronymic).distinct()
        .join(Enrollment, on=(Enrollment.student == Student.id))
        .where((Enrollment.school_class == class_id) & (Enrollment.date_from <= date_to)
               & (Enrollment.date_to.is_null() | (Enrollment.date_to >= date_from))).tuples())}
    ids = sorted(students) or [0]
    in_range = ((Assignment.school_class == class_id) & Lesson.date.between(date_from, date_to))
    subject_order: dict[int, str] = {}
    marks: dict[int, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for sid, subject_id, subject, value in (
            Mark.select(Mark.student, Subject.id, Subject.name, Mark.value)
            .join(Lesson, on=(Mark.lesson == Lesson.id))
            .join(Assignment, on=(Lesson.assignment == Assignment.id))
            .join(Subject, on=(Assignment.subject == Subject.id))
            .where(in_range & Mark.student.in_(ids))
            .order_by(Lesson.date, Lesson.number, Mark.position, Mark.id).tuples()):
        subject_order.setdefault(int(subject_id), str(subject))
        marks[int(sid)][int(subject_id)].append(str(value))
    taken: set[str] = set()
    abbr: dict[int, str] = {}
    for subject_id, subject in sorted(subject_order.items(), key=lambda x: x[1]):
        abbr[subject_id] = abbreviation(subject, taken)
        taken.add(abbr[subject_id])
    missed: dict[int, list[str]] = defaultdict(list)
    for sid, code in (Absence.select(Absence.student, Absence.code)
                      .join(Lesson, on=(Absence.lesson == Lesson.id))
                      .join(Assignment, on=(Lesson.assignment == Assignment.id))
                      .where(in_range & Absence.student.in_(ids) & Absence.code.in_(MISSED)).tuples()):
        missed[int(sid)].append(str(code))
    phones: dict[int, list[Recipient]] = defaultdict(list)
    for sid, pid, ps, pn, pp, phone in (
            StudentParent.select(StudentParent.student, Parent.id, Parent.surname, Parent.name, Parent.patronymic,
                                 Parent.phone)
            .join(Parent, on=(StudentParent.parent == Parent.id))
            .where(StudentParent.student.in_(ids)).order_by(Parent.surname, Parent.name, Parent.id).tuples()):
        if str(phone or "").strip():
            phones[int(sid)].append(Recipient(int(pid), " ".join(x for x in (ps, pn, pp) if x), str(phone).strip()))
    items = []
    for sid in sorted(students, key=lambda i: person_key_ru(*students[i])):
        surname, name, patronymic = students[sid]
        own = marks.get(sid, {})
        order = sorted(own, key=lambda sub: abbr[sub])
        codes = missed.get(sid, [])
        text = student_text(_short(surname, name), [(abbr[sub], own[sub]) for sub in order], len(codes),
                            codes.count("б"), codes.count("у"))
        items.append(StudentSms(sid, " ".join(x for x in (surname, name, patronymic) if x), text,
                                split_text(text, SMS_LIMIT),
                                phones.get(sid, [])))
    return SmsBatch(class_id, class_name, date_from, date_to, items)


@dataclass(frozen=True)
class Issued:
    path: Path
    rows: int  # rows of the file (part × parent)
    students: int  # students whose text went to at least one parent
    contacts: int  # contacts recorded in the log
    without_phone: list[str]  # students with no parent's phone: nothing was sent for them


def issue(actor: Actor, class_id: int, date_from: dt.date, date_to: dt.date, path: Path,
          write: Callable[[SmsBatch, Path], None], *, today: dt.date | None = None) -> Issued:
    """Write the file for the mailing service (``write``: CSV or xlsx), then record the contacts.

    The file is written beside the target first; only when that succeeded are
    the contacts recorded (one «SMS» per parent with a phone, in one
    transaction) and the file put in place.  A failure leaves neither a
    half-written file nor contacts.
    """
    batch = texts(actor, class_id, date_from, date_to)
    sent = [x for x in batch.items if x.recipients]
    if not sent:
        raise ValidationError(_t("Ни у одного учащегося класса %s не указан телефон родителя: отправлять некому.")
                              % batch.class_name)
    tmp = path.with_name(path.name + ".part")
    try:
        write(batch, tmp)
        with write_transaction():
            require(Action.PARENT_REPORTS, relations_for_class(standing(actor), class_id))
            n = contacts.log_issued(actor, [x.student_id for x in sent], "sms", today or dt.date.today(),
                                    batch.subject, parents={x.student_id: [r.parent_id for r in x.recipients]
                                                            for x in sent})
            tmp.replace(path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return Issued(path, len(batch.rows()), len(sent), n, [x.student for x in batch.without_phone])
