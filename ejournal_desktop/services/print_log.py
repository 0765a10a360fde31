"""The log of what was printed, when and by whom (seeds: regular paper copies during the year).

Every PDF saved from the print tab or ``ejournal print`` leaves one
:class:`~ejournal_desktop.store.models.PrintRecord` (a preview leaves none).
The caller writes the PDF first, then calls :func:`record` with its sheet count,
its SHA-256 and the file's *name* (never the folder: it may name a person's
home directory).

Contract other screens rely on: a row of kind ``"journal"`` is the bound journal
of a class for a year — ``school_class`` and ``year`` set, ``pages`` = the
number of sheets.  The year-end status screen reads these rows.

Permission: writing needs what printing needed (PRINT_JOURNAL for the class;
PARENT_REPORTS for diaries and letters); viewing needs PRINT_JOURNAL — the
administration sees every row, a homeroom teacher the rows of own class and
own rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from peewee import JOIN

from ejournal_desktop.domain.text import short_name
from ejournal_desktop.i18n import noop, tr
from ejournal_desktop.services import audit
from ejournal_desktop.services.access import Actor, relations_for_class, relations_global, require, standing
from ejournal_desktop.services.errors import NotFound, ValidationError
from ejournal_desktop.services.permissions import Action, Role
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import AcademicYear, Period, PrintRecord, SchoolClass, Subject, User

KIND_TITLES: Mapping[str, str] = {
    "journal": noop("PrintLog", "журнал класса"),
    "summary": noop("PrintLog", "сводная ведомость"),
    "volume": noop("PrintLog", "том сводных ведомостей"),
    "subject": noop("PrintLog", "страницы предмета"),
    "period_pages": noop("PrintLog", "страницы журнала за период"),
    "diary": noop("PrintLog", "отчёт-дневник"),
    "letters": noop("PrintLog", "информационные письма"),
}
PARENT_KINDS = frozenset({"diary", "letters"})
_HEX64 = re.compile(r"[0-9a-f]{64}")


def _t(text: str) -> str:
    return tr("PrintLog", text)


def kind_title(kind: str) -> str:
    return tr("PrintLog", KIND_TITLES[kind]) if kind in KIND_TITLES else kind


def file_digest(path: str | Path) -> str:
    """SHA-256 (hex) of a written file."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def bare_name(file_name: str) -> str:
    """The file's name without any folder (Windows or POSIX separators)."""
    return PureWindowsPath(Path(file_name).name).name.strip()


@dataclass(frozen=True)
class LogRow:
    id: int
    printed_at: dt.datetime
    printed_by: str  # «Орлова Е. В.»
    kind: str
    class_id: int | None
    class_name: str  # «5А», empty for the whole school
    what: str  # the kind in Russian, with the subject and/or period
    pages: int
    file_name: str
    digest: str

    @property
    def kind_title(self) -> str:
        return kind_title(self.kind)


def _check(kind: str, pages: int, digest: str, file_name: str) -> str:
    if kind not in KIND_TITLES:
        raise ValidationError(_t("Неизвестный вид печати «%s».") % kind)
    if not isinstance(pages, int) or pages < 0:
        raise ValidationError(_t("Число листов должно быть целым и не меньше нуля."))
    if digest and not _HEX64.fullmatch(digest):
        raise ValidationError(_t("Контрольная сумма файла должна быть SHA-256 (64 шестнадцатеричные цифры)."))
    name = bare_name(file_name)
    if not name:
        raise ValidationError(_t("Не указано имя записанного файла."))
    return name


def _require_print(actor: Actor, kind: str, class_id: int | None) -> None:
    st = standing(actor)
    action = Action.PARENT_REPORTS if kind in PARENT_KINDS else Action.PRINT_JOURNAL
    if class_id is None:
        if kind in PARENT_KINDS or kind == "journal":
            raise ValidationError(_t("Для этого вида печати нужно указать класс."))
        require(action, relations_global(st))
        return
    if SchoolClass.get_or_none(SchoolClass.id == class_id) is None:
        raise NotFound(_t("Класс не найден."))
    require(action, relations_for_class(st, class_id))


def insert(actor: Actor, kind: str, *, class_id: int | None, year_id: int | None, period_id: int | None = None,
           subject_id: int | None = None, pages: int, digest: str, file_name: str) -> int:
    """Add the row and its audit entry inside the caller's transaction (the caller checked its permission)."""
    name = _check(kind, pages, digest, file_name)
    if kind == "journal" and year_id is None:
        raise ValidationError(_t("Для журнала класса нужно указать учебный год."))
    record_id = int(PrintRecord.insert(
        kind=kind, school_class=class_id, year=year_id, period=period_id, subject=subject_id, pages=pages,
        digest=digest, file_name=name, printed_by=actor.user_id).execute())
    audit.record(actor, "print.record", "print_record", record_id, class_id=class_id, subject_id=subject_id,
                 new={"kind": kind, "year": year_id, "period": period_id, "pages": pages, "file": name,
                      "digest": digest})
    return record_id


def record(actor: Actor, kind: str, *, class_id: int | None, year_id: int | None, period_id: int | None = None,
           subject_id: int | None = None, pages: int, digest: str, file_name: str) -> int:
    """Log one saved PDF (the caller has written it); returns the row's id."""
    _check(kind, pages, digest, file_name)
    with write_transaction():
        _require_print(actor, kind, class_id)
        return insert(actor, kind, class_id=class_id, year_id=year_id, period_id=period_id,
                      subject_id=subject_id, pages=pages, digest=digest, file_name=file_name)


def record_many(actor: Actor, kind: str, per_class: Sequence[tuple[int, int]], *, year_id: int,
                period_id: int | None = None, digest: str, file_name: str) -> list[int]:
    """Log one file that holds several classes (the period batch): a row per (class id, its sheets), all or none."""
    for _, pages in per_class:
        _check(kind, pages, digest, file_name)
    with write_transaction():
        for class_id, _ in per_class:
            _require_print(actor, kind, class_id)
        return [insert(actor, kind, class_id=class_id, year_id=year_id, period_id=period_id, pages=pages,
                       digest=digest, file_name=file_name) for class_id, pages in per_class]


def _short(surname: str, name: str, patronymic: str) -> str:
    return short_name(surname, name, patronymic, spaced=True)


def entries(actor: Actor, year_id: int, class_id: int | None = None) -> list[LogRow]:
    """What was printed in a year (of one class, or of every class the person may print), newest first."""
    st = standing(actor)
    if AcademicYear.get_or_none(AcademicYear.id == year_id) is None:
        raise NotFound(_t("Учебный год не найден."))
    where = PrintRecord.year == year_id
    if class_id is not None:
        require(Action.PRINT_JOURNAL, relations_for_class(st, class_id))
        where &= PrintRecord.school_class == class_id
    elif not st.roles & {Role.ADMIN, Role.DIRECTOR, Role.DEPUTY}:
        require(Action.PRINT_JOURNAL, relations_global(st))
        own = list(st.homeroom_class_ids) or [0]
        where &= PrintRecord.school_class.in_(own) | (PrintRecord.printed_by == actor.user_id)
    rows = list(
        PrintRecord.select(PrintRecord.id, PrintRecord.printed_at, User.surname, User.name, User.patronymic,
                           PrintRecord.kind, PrintRecord.school_class, SchoolClass.level, SchoolClass.letter,
                           SchoolClass.title, SchoolClass.extracurricular, Period.name, Subject.name,
                           PrintRecord.pages, PrintRecord.file_name, PrintRecord.digest)
        .join(User, on=(PrintRecord.printed_by == User.id))
        .switch(PrintRecord)
        .join(SchoolClass, join_type=JOIN.LEFT_OUTER, on=(PrintRecord.school_class == SchoolClass.id))
        .switch(PrintRecord).join(Period, join_type=JOIN.LEFT_OUTER, on=(PrintRecord.period == Period.id))
        .switch(PrintRecord).join(Subject, join_type=JOIN.LEFT_OUTER, on=(PrintRecord.subject == Subject.id))
        .where(where).order_by(PrintRecord.printed_at.desc(), PrintRecord.id.desc()).tuples()
    )
    out = []
    for (rid, at, us, un, up, kind, cid, level, letter, title, extra, period, subject, pages, fname,
         digest) in rows:
        if cid is None:
            cname = ""
        elif extra:
            cname = str(title)
        else:
            cname = f"{level}{letter}"
        what = kind_title(str(kind))
        details = [str(x) for x in (subject, period) if x]
        if details:
            what += f" ({', '.join(details)})"
        out.append(LogRow(int(rid), at, _short(str(us), str(un), str(up or "")), str(kind),
                          None if cid is None else int(cid), cname, what, int(pages), str(fname), str(digest)))
    return out
