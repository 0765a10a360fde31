"""Import and export of class lists, staff, timetable and thematic plans (КТП).

The Excel side lives in :mod:`ejournal_desktop.exchange`: it finds the header
row, reads the cells and hands a :class:`SourceTable` (rows of raw cell values
keyed by column, with their row numbers in the sheet) to the use cases here:

* :func:`preview_import` — what the file would change: rows added, changed,
  refused (each with its row number and the reason), and how many are already
  as in the journal.  Nothing is written.
* :func:`apply_import` — the same plan, computed again inside ONE write
  transaction; if any row is refused, nothing is applied
  (:class:`ImportRefused`).  Each change leaves its audit entry in that
  transaction.  New staff get temporary passwords, stored only hashed and
  returned once in :class:`ImportResult` for the invitation slips.
  A thematic plan in the file is mirrored: topics of that plan (subject and
  level) that the file no longer has are removed («будет удалено»), except
  those a lesson already took — they stay («оставлено»), so the journal's
  held lessons keep their topic and the programme fulfilment its hours.
* ``export_rows`` — the rows an export writes, in the same columns, so that
  exporting and importing the same file changes nothing.

Permissions are checked as the services check them: class lists need
EDIT_STUDENTS for each class (the administrator, or the homeroom teacher of
that class), staff MANAGE_ACCOUNTS, the timetable EDIT_STRUCTURE.  Thematic
plans: EDIT_PLANS for a teacher who teaches that subject in a class of that
level; the administrator, who has no EDIT_PLANS in the permission table,
imports plans under EDIT_STRUCTURE (DESIGN §1: years, classes, subjects, load).

Large files (10,000 rows): existing students, classes, teachers are loaded once,
inserts go in batches with their audit entries in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from peewee import fn

from ejournal_desktop.domain.periods import WEEKDAY_NAMES_RU, format_date_ru
from ejournal_desktop.domain.text import person_key_ru, sort_key_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services import audit
from ejournal_desktop.services.access import (
    Actor,
    Standing,
    relations_for_class,
    relations_global,
    require,
    standing,
)
from ejournal_desktop.services.accounts import LOGIN_RE, NewAccount, create_user_unchecked
from ejournal_desktop.services.auth import temporary_password
from ejournal_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from ejournal_desktop.services.permissions import (
    ACTION_TITLES,
    GLOBAL_ROLES,
    ROLE_TITLES,
    STORED_ROLES,
    Action,
    Role,
    decide,
)
from ejournal_desktop.services.settings import permission_settings
from ejournal_desktop.store.database import write_transaction
from ejournal_desktop.store.models import (
    AcademicYear,
    Assignment,
    AuditEntry,
    Enrollment,
    Lesson,
    PlanTopic,
    SchoolClass,
    Student,
    Subgroup,
    Subject,
    ThematicPlan,
    TimetableEntry,
    User,
    UserRole,
    now,
)

Kind = Literal["students", "staff", "timetable", "plan"]
KINDS: tuple[Kind, ...] = ("students", "staff", "timetable", "plan")
Status = Literal["added", "changed", "refused", "removed", "kept"]
Progress = Callable[[int, int], None]

MAX_ROWS = 100_000
BATCH = 500


def _t(text: str) -> str:
    return tr("Import", text)


# --- the formats: columns of each kind ----------------------------------------------------------


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # the Russian header written by the export
    required: bool = False  # the header must be present in the file
    aliases: tuple[str, ...] = ()  # other headers users write for the same column
    kind: Literal["text", "date", "int"] = "text"
    width: int = 14  # the export's column width (characters)


@dataclass(frozen=True)
class Format:
    kind: Kind
    title: str  # «Список учащихся»
    sheet: str  # the sheet's name in an export
    columns: tuple[Column, ...]
    # at least one of these columns must be in the header (a class list is not a staff list)
    any_of: tuple[str, ...] = ()

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)


FORMATS: Mapping[Kind, Format] = {
    "students": Format("students", "Список учащихся", "Учащиеся", (
        Column("class", "Класс", True, ("класс/группа",), width=8),
        Column("surname", "Фамилия", True, ("фамилия учащегося",), width=18),
        Column("name", "Имя", True, (), width=14),
        Column("patronymic", "Отчество", False, (), width=18),
        Column("birth_date", "Дата рождения", False, ("дата рожд", "д р"), "date", 14),
        Column("gender", "Пол", False, (), width=6),
        Column("file_no", "№ личного дела", True,
               ("номер личного дела", "личное дело", "№ л д", "№ лд", "личное дело №"), width=16),
        Column("date_from", "Дата зачисления", False, ("зачислен", "дата поступления"), "date", 15),
        Column("order", "Приказ", False, ("№ приказа", "приказ о зачислении", "номер приказа"), width=16),
    )),
    "staff": Format("staff", "Сотрудники", "Сотрудники", (
        Column("login", "Логин", False, ("login", "имя пользователя"), width=16),
        Column("surname", "Фамилия", True, (), width=18),
        Column("name", "Имя", True, (), width=14),
        Column("patronymic", "Отчество", False, (), width=18),
        Column("roles", "Роли", False, ("роль",), width=30),
        Column("position", "Должность", False, (), width=28),
        Column("phone", "Телефон", False, ("тел", "телефон мобильный"), width=18),
        Column("email", "E-mail", False, ("email", "e mail", "эл почта", "электронная почта"), width=26),
    ), any_of=("login", "roles", "position")),
    "timetable": Format("timetable", "Расписание уроков", "Расписание", (
        Column("class", "Класс", True, (), width=8),
        Column("subject", "Предмет", True, (), width=22),
        Column("teacher", "Учитель", False, ("учитель (логин или фио)", "преподаватель", "фио учителя"),
               width=28),
        Column("subgroup", "Подгруппа", False, ("группа",), width=12),
        Column("weekday", "День недели", True, ("день",), width=14),
        Column("number", "Урок №", True, ("№ урока", "урок", "номер урока"), "int", 8),
        Column("room", "Кабинет", False, ("каб", "ауд", "аудитория"), width=10),
        Column("valid_from", "Действует с", False, ("с даты", "действует с даты"), "date", 13),
    )),
    "plan": Format("plan", "Календарно-тематическое планирование", "КТП", (
        Column("subject", "Предмет", True, (), width=22),
        Column("level", "Параллель", True, ("класс", "параллель классов"), "int", 10),
        Column("number", "№", True, ("№ п/п", "№ урока", "номер", "номер урока", "№ темы"), "int", 6),
        Column("title", "Тема", True, ("тема урока",), width=50),
        Column("hours", "Часы", False, ("кол-во часов", "количество часов", "часов"), "int", 7),
        Column("date", "Дата по плану", False, ("дата", "плановая дата", "дата проведения"), "date", 14),
        Column("section", "Раздел", False, ("раздел программы", "тема раздела"), width=28),
    )),
}


# --- what the Excel side hands over ----------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    number: int  # the row's number in the sheet, as Excel shows it
    values: Mapping[str, object]  # column key → raw cell value (str, int, float, date, datetime, None)


@dataclass(frozen=True)
class SourceTable:
    kind: Kind
    rows: Sequence[SourceRow]
    sheet: str = ""
    file_name: str = ""


class ImportFileError(ValidationError):
    """The file cannot be read as the expected table (not an xlsx, no header, …)."""

    title = "Файл не прочитан"


@dataclass(frozen=True)
class PreviewRow:
    row: int  # 0 when the change comes from no row (an entry taken off the timetable)
    status: Status
    what: str  # whom or what the row is about
    detail: str  # what changes, or why the row is refused


@dataclass
class ImportPreview:
    kind: Kind
    sheet: str
    rows: list[PreviewRow]
    unchanged: int
    year: str = ""

    def of(self, status: Status) -> list[PreviewRow]:
        return [r for r in self.rows if r.status == status]

    @property
    def added(self) -> list[PreviewRow]:
        return self.of("added")

    @property
    def changed(self) -> list[PreviewRow]:
        return self.of("changed")

    @property
    def refused(self) -> list[PreviewRow]:
        return self.of("refused")

    @property
    def removed(self) -> list[PreviewRow]:
        """Plan topics the file no longer has: removed on apply."""
        return self.of("removed")

    @property
    def kept(self) -> list[PreviewRow]:
        """Plan topics the file no longer has but a held lesson took: they stay."""
        return self.of("kept")

    @property
    def changes_anything(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    @property
    def ok(self) -> bool:
        return not self.refused

    def summary(self) -> str:
        text = _t("добавить: %d, изменить: %d, без изменений: %d, отклонено строк: %d") % (
            len(self.added), len(self.changed), self.unchanged, len(self.refused))
        if self.removed or self.kept:
            text += _t("; удалить тем КТП: %d, оставить (по ним уже проведены уроки): %d") % (
                len(self.removed), len(self.kept))
        return text


@dataclass
class ImportResult:
    kind: Kind
    added: int
    changed: int
    unchanged: int
    new_accounts: list[NewAccount] = field(default_factory=list)  # shown once, for the slips
    removed: int = 0  # plan topics the file no longer has


class ImportRefused(ValidationError):
    """Some rows are refused: nothing was applied."""

    def __init__(self, preview: ImportPreview) -> None:
        refused = preview.refused
        lines = [_t("строка %d: %s") % (r.row, r.detail) for r in refused[:10]]
        more = len(refused) - 10
        if more > 0:
            lines.append(_t("… и ещё %d") % more)
        super().__init__(
            _t("Импорт не выполнен: строк с ошибками — %d. Ничего не изменено; исправьте файл и "
               "повторите.") % len(refused) + "\n" + "\n".join(lines))
        self.preview = preview


class _Refuse(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- cells -------------------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_DATE_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s*г\.?)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
EXCEL_EPOCH = dt.date(1899, 12, 30)


def cell_text(value: object) -> str:
    """A cell as one line of text: spaces collapsed, numbers without «.0»."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _t("да") if value else _t("нет")
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return format_date_ru(value.date())
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return format_date_ru(value)
    return _SPACES.sub(" ", str(value)).strip()


def _make_date(y: int, m: int, d: int, text: str) -> dt.date:
    try:
        return dt.date(y, m, d)
    except ValueError:
        raise _Refuse(_t("даты «%s» не существует") % text) from None


def cell_date(value: object) -> dt.date | None:
    """A real Excel date or a date written as text («05.09.2014», «2014-09-05»)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise _Refuse(_t("«%s» — не дата") % cell_text(value))
    if isinstance(value, int | float):
        if not 1 <= value < 2958466:
            raise _Refuse(_t("«%s» — не дата (нужно ДД.ММ.ГГГГ)") % cell_text(value))
        return EXCEL_EPOCH + dt.timedelta(days=int(value))
    text = cell_text(value)
    if not text:
        return None
    m = _DATE_DMY.match(text)
    if m:
        return _make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)), text)
    m = _DATE_ISO.match(text)
    if m:
        return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), text)
    raise _Refuse(_t("«%s» — не дата (нужно ДД.ММ.ГГГГ)") % text[:40])


def cell_int(value: object, label: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise _Refuse(_t("«%s»: нужно целое число") % label)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e9:
            return int(value)
        raise _Refuse(_t("«%s»: нужно целое число, а не %s") % (label, cell_text(value)))
    text = cell_text(value)
    if not text:
        return None
    m = re.fullmatch(r"(\d{1,6})(?:[.,]0+)?(?:\s*(?:-?й|класс|кл\.?|ч\.?|час(?:а|ов)?|урок))?", text.lower())
    if m is None:
        raise _Refuse(_t("«%s»: нужно целое число, а не «%s»") % (label, text[:40]))
    return int(m.group(1))


def _norm(text: str) -> str:
    """For comparing names: lower case, ё → е, single spaces, no dots or quotes."""
    text = text.lower().replace("ё", "е")
    text = re.sub(r"[.,\"«»'`]", " ", text)
    return _SPACES.sub(" ", text).strip()


def norm_class(text: str) -> str:
    return re.sub(r"[\s«»\"'\-]|класс|кл\.?", "", text.lower()).upper().replace("Ё", "Е")


def _text(row: SourceRow, key: str, limit: int, label: str) -> str:
    value = cell_text(row.values.get(key))
    if len(value) > limit:
        raise _Refuse(_t("«%s» длиннее %d символов") % (label, limit))
    return value


def _person_name(value: str, label: str) -> str:
    if value and not re.search(r"[A-Za-zА-Яа-яЁё]", value):
        raise _Refuse(_t("«%s»: «%s» — не похоже на имя") % (label, value[:40]))
    return value


def _person_cells(row: SourceRow) -> tuple[str, str, str]:
    """Фамилия, имя, отчество of a row of students or staff, as written (at most 100 characters each)."""
    return (_text(row, "surname", 100, _t("Фамилия")), _text(row, "name", 100, _t("Имя")),
            _text(row, "patronymic", 100, _t("Отчество")))


def _check_person(surname: str, name: str) -> None:
    """Refuse a row without a surname or a name, or with one that has no letter in it."""
    if not surname:
        raise _Refuse(_t("не указана фамилия"))
    if not name:
        raise _Refuse(_t("не указано имя"))
    _person_name(surname, _t("Фамилия"))
    _person_name(name, _t("Имя"))


def _json(value: object) -> str:
    if value is None or value == "":
        return ""
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


class _AuditBatch:
    """Audit entries collected and written in batches, in the import's transaction."""

    def __init__(self, actor: Actor) -> None:
        self.actor = actor
        self.at = now()
        self.rows: list[dict[str, Any]] = []

    def add(self, action: str, entity: str, entity_id: int | None, *, old: object = None,
            new: object = None, reason: str = "", class_id: int | None = None,
            subject_id: int | None = None, student_id: int | None = None) -> None:
        self.rows.append({
            "at": self.at, "user": self.actor.user_id, "action": action, "entity": entity,
            "entity_id": entity_id, "school_class": class_id, "subject": subject_id, "lesson": None,
            "student": student_id, "old": _json(old), "new": _json(new), "reason": reason,
        })
        if len(self.rows) >= 500:
            self.flush()

    def flush(self) -> None:
        columns = ("at", "user", "action", "entity", "entity_id", "school_class", "subject", "lesson", "student",
                   "old", "new", "reason")
        _bulk_insert(AuditEntry, columns, [[r[c] for c in columns] for r in self.rows])
        self.rows.clear()


def _bulk_insert(model: Any, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Many rows in one statement per batch, without the ORM's per-value work (10,000-row files)."""
    if not rows:
        return
    database = model._meta.database.obj
    fields = [model._meta.fields[c] for c in columns]
    names = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join([database.param] * len(fields))
    sql = f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})'
    cursor = database.cursor()
    cursor.executemany(sql, [tuple(f.db_value(v) for f, v in zip(fields, row, strict=True)) for row in rows])


def _rows(query: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in query.tuples()]


# --- the year the import is about ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Year:
    id: int
    name: str
    start: dt.date
    end: dt.date
    days_per_week: int


def _year(year_id: int | None, today: dt.date) -> _Year:
    fields = (AcademicYear.id, AcademicYear.name, AcademicYear.start, AcademicYear.end,
              AcademicYear.days_per_week)
    if year_id is not None:
        row = AcademicYear.select(*fields).where(AcademicYear.id == year_id).tuples().first()
    else:
        row = AcademicYear.select(*fields).where(
            (AcademicYear.start <= today) & (AcademicYear.end >= today)).tuples().first()
        if row is None:  # summer: the coming year if it is set up, else the one just ended
            row = AcademicYear.select(*fields).where(AcademicYear.start > today).order_by(
                AcademicYear.start).tuples().first()
        if row is None:
            row = AcademicYear.select(*fields).order_by(AcademicYear.start.desc()).tuples().first()
    if row is None:
        raise NotFound(_t("В журнале нет ни одного учебного года: сначала создайте учебный год."))
    return _Year(int(row[0]), str(row[1]), row[2], row[3], int(row[4]))


def _classes(year_id: int) -> dict[str, tuple[int, str, int]]:
    """Normalised class name → (id, display name, level) of the year's classes."""
    out: dict[str, tuple[int, str, int]] = {}
    for cid, level, letter in _rows(SchoolClass.select(SchoolClass.id, SchoolClass.level, SchoolClass.letter)
                                    .where((SchoolClass.year == year_id) & ~SchoolClass.extracurricular)):
        name = f"{level}{letter}"
        out[norm_class(name)] = (int(cid), name, int(level))
    return out


def _class_of(classes: Mapping[str, tuple[int, str, int]], text: str) -> tuple[int, str, int]:
    if not text:
        raise _Refuse(_t("не указан класс"))
    found = classes.get(norm_class(text))
    if found is None:
        raise _Refuse(_t("неизвестный класс «%s»") % text[:20])
    return found


def _forbidden(action: Action) -> str:
    return _t("нет прав на действие «%s»") % tr("Action", ACTION_TITLES[action])


class _ClassRights:
    """Whether the actor may do an action for a class (cached per class)."""

    def __init__(self, st: Standing, action: Action) -> None:
        self.st = st
        self.action = action
        self.settings = permission_settings()
        self.cache: dict[int, bool] = {}

    def allowed(self, class_id: int) -> bool:
        if class_id not in self.cache:
            rel = relations_for_class(self.st, class_id)
            self.cache[class_id] = decide(self.action, rel, self.settings).allowed
        return self.cache[class_id]


def _need_any(st: Standing, action: Action, scoped: Iterable[Role] = ()) -> None:
    """Refuse the whole import when the actor may not do the action anywhere."""
    roles = {r for r in st.roles if r in GLOBAL_ROLES} | (set(scoped) & set(st.roles))
    if not decide(action, roles, permission_settings()).allowed:
        require(action, set())  # raises PermissionDenied with the Russian message


# --- the plan of an import -----------------------------------------------------------------------------------


@dataclass
class _Plan:
    kind: Kind
    year: _Year
    preview_rows: list[PreviewRow] = field(default_factory=list)
    unchanged: int = 0
    ops: list[Any] = field(default_factory=list)  # kind-specific operations, in order

    def refuse(self, row: int, what: str, reason: str) -> None:
        self.preview_rows.append(PreviewRow(row, "refused", what, reason))

    def add(self, row: int, what: str, detail: str = "") -> None:
        self.preview_rows.append(PreviewRow(row, "added", what, detail))

    def change(self, row: int, what: str, detail: str) -> None:
        self.preview_rows.append(PreviewRow(row, "changed", what, detail))

    def remove(self, what: str, detail: str) -> None:
        self.preview_rows.append(PreviewRow(0, "removed", what, detail))

    def keep(self, what: str, detail: str) -> None:
        self.preview_rows.append(PreviewRow(0, "kept", what, detail))

    def refused_any(self) -> bool:
        return any(r.status == "refused" for r in self.preview_rows)

    def preview(self, sheet: str) -> ImportPreview:
        rows = sorted(self.preview_rows, key=lambda r: (r.row == 0, r.row))
        return ImportPreview(self.kind, sheet, rows, self.unchanged, self.year.name)


def _what_person(surname: str, name: str, patronymic: str) -> str:
    return " ".join(p for p in (surname, name, patronymic) if p) or _t("(без фамилии)")


def _diff_text(changes: Mapping[str, tuple[object, object]]) -> str:
    def show(v: object) -> str:
        if v is None or v == "":
            return "—"
        if isinstance(v, dt.date):
            return format_date_ru(v)
        return str(v)
    return "; ".join(f"{label}: {show(old)} → {show(new)}" for label, (old, new) in changes.items())


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % 200 == 0 or done == total):
        progress(done, total)


# --- students ---------------------------------------------------------------------------------------------------

GENDERS = {"м": "м", "муж": "м", "мужской": "м", "m": "м", "ж": "ж", "жен": "ж", "женский": "ж", "f": "ж"}


def _gender_shown(code: str) -> str:
    """«м» / «ж» as the preview reads in the interface's language (the card keeps «м» / «ж»): the words of
    ``ui.stored_values.GENDERS``, context StoredValues."""
    return tr("StoredValues", code) if code in ("м", "ж") else code


@dataclass
class _NewStudent:
    row: int
    surname: str
    name: str
    patronymic: str
    birth_date: dt.date | None
    gender: str
    file_no: str
    class_id: int
    date_from: dt.date
    order: str


@dataclass
class _StudentCard:
    row: int
    student_id: int
    class_id: int
    old: dict[str, Any]
    new: dict[str, Any]


@dataclass
class _EnrollmentChange:
    row: int
    enrollment_id: int | None  # None: a new enrolment
    student_id: int
    class_id: int
    old: dict[str, Any]
    new: dict[str, Any]


def _plan_students(st: Standing, table: SourceTable, year: _Year, progress: Progress | None) -> _Plan:
    _need_any(st, Action.EDIT_STUDENTS, (Role.HOMEROOM,))
    plan = _Plan("students", year)
    classes = _classes(year.id)
    rights = _ClassRights(st, Action.EDIT_STUDENTS)
    by_file: dict[str, tuple[int, str, str, str, dt.date | None, str]] = {}
    by_person: dict[tuple[str, str, str, dt.date | None], str] = {}
    for sid, surname, name, patronymic, birth, gender, file_no in _rows(Student.select(
            Student.id, Student.surname, Student.name, Student.patronymic, Student.birth_date, Student.gender,
            Student.personal_file_no)):
        by_file[str(file_no)] = (int(sid), str(surname), str(name), str(patronymic), birth, str(gender))
        by_person[(_norm(surname), _norm(name), _norm(patronymic), birth)] = str(file_no)
    class_names = {cid: cname for cid, cname, _ in classes.values()}
    # the year's enrolments: open ones, and whether a student has any
    open_in: dict[int, tuple[int, int, dt.date, str]] = {}
    left: dict[int, tuple[int, dt.date]] = {}
    for eid, sid, cid, dfrom, dto, order in _rows(
            Enrollment.select(Enrollment.id, Enrollment.student, Enrollment.school_class, Enrollment.date_from,
                              Enrollment.date_to, Enrollment.order_in)
            .join(SchoolClass).where((SchoolClass.year == year.id) & ~SchoolClass.extracurricular)):
        if dto is None:
            open_in[int(sid)] = (int(eid), int(cid), dfrom, str(order))
        else:
            left[int(sid)] = (int(cid), dto)
    earliest = year.start - dt.timedelta(days=92)
    seen_file: dict[str, int] = {}
    seen_person: dict[tuple[str, str, str, dt.date | None], int] = {}
    total = len(table.rows)
    for i, row in enumerate(table.rows, 1):
        _tick(progress, i, total)
        what = cell_text(row.values.get("surname"))[:100] or _t("(без фамилии)")
        try:
            surname, name, patronymic = _person_cells(row)
            what = _what_person(surname, name, patronymic)
            cls_text = _text(row, "class", 20, _t("Класс"))
            what = f"{what}, {cls_text}" if cls_text else what
            _check_person(surname, name)
            cid, cname, _level = _class_of(classes, cls_text)
            what = f"{_what_person(surname, name, patronymic)}, {cname}"
            birth = cell_date(row.values.get("birth_date"))
            if birth is not None and not dt.date(1990, 1, 1) <= birth <= min(year.end, dt.date.today()):
                raise _Refuse(_t("дата рождения %s невозможна") % format_date_ru(birth))
            gender_text = _text(row, "gender", 20, _t("Пол")).lower().rstrip(".")
            gender = ""
            if gender_text:
                if gender_text not in GENDERS:
                    raise _Refuse(_t("пол «%s»: пишите «м» или «ж»") % gender_text)
                gender = GENDERS[gender_text]
            file_no = _text(row, "file_no", 50, _t("№ личного дела"))
            if not file_no:
                raise _Refuse(_t("не указан № личного дела"))
            date_from = cell_date(row.values.get("date_from"))
            if date_from is not None and not earliest <= date_from <= year.end:
                raise _Refuse(_t("дата зачисления %s вне учебного года %s")
                              % (format_date_ru(date_from), year.name))
            order = _text(row, "order", 50, _t("Приказ"))
            if not rights.allowed(cid):
                raise _Refuse(_forbidden(Action.EDIT_STUDENTS) + _t(" (класс %s)") % cname)
            if file_no in seen_file:
                raise _Refuse(_t("№ личного дела %s повторяется в файле (строка %d)") % (file_no, seen_file[file_no]))
            person = (_norm(surname), _norm(name), _norm(patronymic), birth)
            if person in seen_person:
                raise _Refuse(_t("этот учащийся уже есть в файле (строка %d)") % seen_person[person])
            seen_file[file_no] = row.number
            seen_person[person] = row.number
            existing = by_file.get(file_no)
            if existing is None:
                other = by_person.get(person)
                if other is not None:
                    raise _Refuse(_t("такой учащийся уже есть в журнале (ФИО и дата рождения совпадают; "
                                     "№ личного дела %s)") % other)
                start = date_from or year.start
                plan.ops.append(_NewStudent(row.number, surname, name, patronymic, birth, gender, file_no, cid,
                                            start, order))
                plan.add(row.number, what, _t("новый учащийся, № л. д. %s, зачисление с %s")
                         % (file_no, format_date_ru(start)))
                continue
            sid, o_surname, o_name, o_patronymic, o_birth, o_gender = existing
            if (_norm(o_surname), _norm(o_name)) != (_norm(surname), _norm(name)):
                raise _Refuse(_t("№ личного дела %s уже есть у другого учащегося: %s")
                              % (file_no, _what_person(o_surname, o_name, o_patronymic)))
            changes: dict[str, tuple[object, object]] = {}
            old: dict[str, Any] = {}
            new: dict[str, Any] = {}
            for key, label, before, after in (
                ("surname", _t("фамилия"), o_surname, surname), ("name", _t("имя"), o_name, name),
                ("patronymic", _t("отчество"), o_patronymic, patronymic),
                ("birth_date", _t("дата рождения"), o_birth, birth), ("gender", _t("пол"), o_gender, gender),
            ):
                if after not in (None, "") and after != before:
                    changes[label] = ((_gender_shown(str(before)), _gender_shown(str(after))) if key == "gender"
                                      else (before, after))
                    old[key], new[key] = before, after
            enrol: _EnrollmentChange | None = None
            current = open_in.get(sid)
            if current is not None:
                eid, in_class, e_from, e_order = current
                if in_class != cid:
                    raise _Refuse(_t("учащийся числится в классе %s: перевод в другой класс оформляется в "
                                     "карточке учащегося (движение учащихся)") % class_names.get(in_class, "?"))
                e_old: dict[str, Any] = {}
                e_new: dict[str, Any] = {}
                if date_from is not None and date_from != e_from:
                    changes[_t("дата зачисления")] = (e_from, date_from)
                    e_old["date_from"], e_new["date_from"] = e_from, date_from
                if order and order != e_order:
                    changes[_t("приказ")] = (e_order, order)
                    e_old["order_in"], e_new["order_in"] = e_order, order
                if e_new:
                    enrol = _EnrollmentChange(row.number, eid, sid, cid, e_old, e_new)
            elif sid in left:
                was_in, last_day = left[sid]
                raise _Refuse(_t("учащийся выбыл из класса %s %s; повторное зачисление оформляется в карточке "
                                 "учащегося") % (class_names.get(was_in, "?"), format_date_ru(last_day)))
            else:
                start = date_from or year.start
                changes[_t("зачисление")] = (None, f"{cname} с {format_date_ru(start)}")
                enrol = _EnrollmentChange(row.number, None, sid, cid, {},
                                          {"date_from": start, "order_in": order})
            if not changes:
                plan.unchanged += 1
                continue
            if new:
                plan.ops.append(_StudentCard(row.number, sid, cid, old, new))
            if enrol is not None:
                plan.ops.append(enrol)
            plan.change(row.number, what, _diff_text(changes))
        except _Refuse as exc:
            plan.refuse(row.number, what, exc.reason)
    return plan


def _apply_students(actor: Actor, plan: _Plan, progress: Progress | None) -> None:
    log = _AuditBatch(actor)
    new = [op for op in plan.ops if isinstance(op, _NewStudent)]
    total = len(plan.ops)
    done = 0
    for i in range(0, len(new), BATCH):
        chunk = new[i:i + BATCH]
        _bulk_insert(Student, ("surname", "name", "patronymic", "birth_date", "gender", "personal_file_no",
                               "address", "created_at", "version"),
                     [(s.surname, s.name, s.patronymic, s.birth_date, s.gender, s.file_no, "", log.at, 1)
                      for s in chunk])
        ids = {str(f): int(sid) for sid, f in _rows(Student.select(Student.id, Student.personal_file_no).where(
            Student.personal_file_no.in_([s.file_no for s in chunk])))}
        _bulk_insert(Enrollment, ("student", "school_class", "date_from", "reason_in", "order_in", "reason_out",
                                  "order_out", "version"),
                     [(ids[s.file_no], s.class_id, s.date_from, _t("Зачисление"), s.order, "", "", 1)
                      for s in chunk])
        enrol_ids = {int(sid): int(eid) for eid, sid in _rows(Enrollment.select(Enrollment.id, Enrollment.student)
                                                              .where(Enrollment.student.in_(list(ids.values()))))}
        for s in chunk:
            sid = ids[s.file_no]
            log.add("student.create", "student", sid,
                    new={"name": _what_person(s.surname, s.name, s.patronymic), "file": s.file_no},
                    reason=_t("импорт из Excel"), class_id=s.class_id, student_id=sid)
            log.add("enrollment.in", "enrollment", enrol_ids.get(sid),
                    new={"class": s.class_id, "from": s.date_from, "order": s.order},
                    reason=_t("Зачисление (импорт из Excel)"), class_id=s.class_id, student_id=sid)
        done += len(chunk)
        _tick(progress, done, total)
    for op in plan.ops:
        if isinstance(op, _StudentCard):
            Student.update(**op.new, version=Student.version + 1).where(Student.id == op.student_id).execute()
            log.add("student.change", "student", op.student_id, old=op.old, new=op.new,
                    reason=_t("импорт из Excel"), class_id=op.class_id, student_id=op.student_id)
        elif isinstance(op, _EnrollmentChange):
            if op.enrollment_id is None:
                eid = int(Enrollment.insert(student=op.student_id, school_class=op.class_id,
                                            date_from=op.new["date_from"], reason_in=_t("Зачисление"),
                                            order_in=op.new["order_in"]).execute())
                log.add("enrollment.in", "enrollment", eid, new={"class": op.class_id, **op.new},
                        reason=_t("Зачисление (импорт из Excel)"), class_id=op.class_id,
                        student_id=op.student_id)
            else:
                Enrollment.update(**op.new, version=Enrollment.version + 1).where(
                    Enrollment.id == op.enrollment_id).execute()
                log.add("enrollment.change", "enrollment", op.enrollment_id, old=op.old, new=op.new,
                        reason=_t("импорт из Excel"), class_id=op.class_id, student_id=op.student_id)
        else:
            continue
        done += 1
        _tick(progress, done, total)
    log.flush()


# --- staff ------------------------------------------------------------------------------------------------------

_ROLE_WORDS: dict[str, Role | None] = {
    "администратор": Role.ADMIN, "администратор эж": Role.ADMIN, "админ": Role.ADMIN, "admin": Role.ADMIN,
    "директор": Role.DIRECTOR, "director": Role.DIRECTOR,
    "заместитель директора": Role.DEPUTY, "заместитель директора по увр": Role.DEPUTY,
    "зам директора по увр": Role.DEPUTY, "зам директора": Role.DEPUTY, "зам по увр": Role.DEPUTY,
    "завуч": Role.DEPUTY, "deputy": Role.DEPUTY,
    "учитель": Role.TEACHER, "учитель-предметник": Role.TEACHER, "учитель предметник": Role.TEACHER,
    "педагог": Role.TEACHER, "teacher": Role.TEACHER,
    # the homeroom role follows from the class: accepted in the file and ignored
    "классный руководитель": None, "кл руководитель": None, "homeroom": None,
}


def role_titles(roles: Iterable[Role]) -> str:
    return ", ".join(tr("Role", ROLE_TITLES[r]) for r in Role if r in set(roles))


def parse_roles(text: str) -> list[Role]:
    out: list[Role] = []
    for part in re.split(r"[,;/\n]+", text):
        word = _norm(part)
        if not word:
            continue
        if word not in _ROLE_WORDS:
            raise _Refuse(_t("неизвестная роль «%s» (возможны: администратор ЭЖ, директор, заместитель "
                             "директора по УВР, учитель)") % part.strip()[:40])
        role = _ROLE_WORDS[word]
        if role is not None and role not in out:
            out.append(role)
    return out


_TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
     "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))


def _latin(text: str) -> str:
    out = "".join(_TRANSLIT.get(ch, ch) for ch in text.lower())
    return re.sub(r"[^a-z0-9]", "", out)


def suggest_login(surname: str, name: str, patronymic: str, taken: set[str]) -> str:
    """«Иванова Мария Петровна» → ivanova.mp (ivanova.mp2 … when taken)."""
    base = _latin(surname)[:40] or "user"
    initials = _latin(name)[:1] + _latin(patronymic)[:1]
    login = f"{base}.{initials}" if initials else base
    if len(login) < 2:
        login = f"{login}01"
    candidate, n = login, 2
    while candidate in taken:
        candidate = f"{login}{n}"
        n += 1
    return candidate


_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class _NewUser:
    row: int
    login: str
    surname: str
    name: str
    patronymic: str
    roles: list[Role]
    card: dict[str, str]


@dataclass
class _UserChange:
    row: int
    user_id: int
    old: dict[str, Any]
    new: dict[str, Any]
    old_roles: list[str] | None
    new_roles: list[str] | None


def _plan_staff(st: Standing, table: SourceTable, year: _Year, progress: Progress | None) -> _Plan:
    require(Action.MANAGE_ACCOUNTS, relations_global(st))
    plan = _Plan("staff", year)
    users: dict[str, dict[str, Any]] = {}
    by_name: dict[str, list[str]] = defaultdict(list)
    for uid, login, surname, name, patronymic, position, phone, email in _rows(User.select(
            User.id, User.login, User.surname, User.name, User.patronymic, User.position, User.phone, User.email)):
        users[str(login)] = {"id": int(uid), "surname": str(surname), "name": str(name),
                             "patronymic": str(patronymic), "position": str(position), "phone": str(phone),
                             "email": str(email)}
        by_name[_norm(f"{surname} {name} {patronymic}")].append(str(login))
    roles: dict[int, set[str]] = defaultdict(set)
    for uid, role in _rows(UserRole.select(UserRole.user, UserRole.role)):
        roles[int(uid)].add(str(role))
    taken = set(users)
    rows_with_login = {cell_text(r.values.get("login")).lower() for r in table.rows}
    taken |= rows_with_login
    seen: dict[str, int] = {}
    total = len(table.rows)
    for i, row in enumerate(table.rows, 1):
        _tick(progress, i, total)
        what = cell_text(row.values.get("surname"))[:100] or _t("(без фамилии)")
        try:
            surname, name, patronymic = _person_cells(row)
            what = _what_person(surname, name, patronymic)
            _check_person(surname, name)
            login = _text(row, "login", 64, _t("Логин")).lower()
            if login and not LOGIN_RE.match(login):
                raise _Refuse(_t("логин «%s» недопустим: латинские буквы, цифры, точка, дефис, от 2 символов")
                              % login)
            role_text = _text(row, "roles", 300, _t("Роли"))
            wanted_roles = parse_roles(role_text)
            card = {"position": _text(row, "position", 200, _t("Должность")),
                    "phone": _text(row, "phone", 50, _t("Телефон")),
                    "email": _text(row, "email", 200, _t("E-mail"))}
            if card["email"] and not _EMAIL_RE.match(card["email"]):
                raise _Refuse(_t("адрес электронной почты «%s» недопустим") % card["email"][:60])
            if not login:
                same = by_name.get(_norm(f"{surname} {name} {patronymic}"), [])
                if len(same) == 1:
                    login = same[0]
                elif len(same) > 1:
                    raise _Refuse(_t("в журнале несколько сотрудников с таким ФИО (%s): укажите логин")
                                  % ", ".join(sorted(same)))
                else:
                    login = suggest_login(surname, name, patronymic, taken)
                    taken.add(login)
            if login in seen:
                raise _Refuse(_t("логин «%s» повторяется в файле (строка %d)") % (login, seen[login]))
            seen[login] = row.number
            what = f"{what} ({login})"
            user = users.get(login)
            if user is None:
                new_roles = wanted_roles or [Role.TEACHER]
                plan.ops.append(_NewUser(row.number, login, surname, name, patronymic, new_roles,
                                         {k: v for k, v in card.items() if v}))
                plan.add(row.number, what, _t("новая учётная запись: %s; временный пароль выдаётся при "
                                              "применении") % role_titles(new_roles))
                continue
            changes: dict[str, tuple[object, object]] = {}
            old: dict[str, Any] = {}
            new: dict[str, Any] = {}
            for key, label, after in (
                ("surname", _t("фамилия"), surname), ("name", _t("имя"), name),
                ("patronymic", _t("отчество"), patronymic), ("position", _t("должность"), card["position"]),
                ("phone", _t("телефон"), card["phone"]), ("email", _t("e-mail"), card["email"]),
            ):
                if after and after != user[key]:
                    changes[label] = (user[key], after)
                    old[key], new[key] = user[key], after
            old_roles = sorted(roles[user["id"]])
            new_roles_s: list[str] | None = None
            if wanted_roles and set(old_roles) != {str(r) for r in wanted_roles}:
                if user["id"] == st.actor.user_id and Role.ADMIN not in wanted_roles:
                    raise _Refuse(_t("нельзя снять роль администратора с самого себя"))
                new_roles_s = sorted(str(r) for r in wanted_roles)
                changes[_t("роли")] = (role_titles(Role(r) for r in old_roles if r in set(STORED_ROLES)),
                                       role_titles(wanted_roles))
            if not changes:
                plan.unchanged += 1
                continue
            plan.ops.append(_UserChange(row.number, user["id"], old, new,
                                        old_roles if new_roles_s is not None else None, new_roles_s))
            plan.change(row.number, what, _diff_text(changes))
        except _Refuse as exc:
            plan.refuse(row.number, what, exc.reason)
    return plan


def _apply_staff(actor: Actor, plan: _Plan, progress: Progress | None) -> list[NewAccount]:
    created: list[NewAccount] = []
    total = len(plan.ops)
    for done, op in enumerate(plan.ops, 1):
        if isinstance(op, _NewUser):
            temp = temporary_password()
            uid = create_user_unchecked(op.login, op.surname, op.name, op.patronymic, op.roles, temp,
                                        must_change=True, actor=actor)
            if op.card:
                User.update(**op.card).where(User.id == uid).execute()
                audit.record(actor, "user.change", "user", uid, new=op.card, reason=_t("импорт из Excel"))
            created.append(NewAccount(uid, op.login, temp))
        elif isinstance(op, _UserChange):
            if op.new:
                User.update(**op.new, version=User.version + 1).where(User.id == op.user_id).execute()
                audit.record(actor, "user.change", "user", op.user_id, old=op.old, new=op.new,
                             reason=_t("импорт из Excel"))
            if op.new_roles is not None:
                UserRole.delete().where(UserRole.user == op.user_id).execute()
                for role in op.new_roles:
                    UserRole.insert(user=op.user_id, role=role).execute()
                audit.record(actor, "user.roles", "user", op.user_id, old=op.old_roles, new=op.new_roles,
                             reason=_t("импорт из Excel"))
        _tick(progress, done, total)
    return created


# --- teachers by login or name ----------------------------------------------------------------------------------


class _Teachers:
    def __init__(self) -> None:
        self.names: dict[int, str] = {}
        self.by_key: dict[str, set[int]] = defaultdict(set)
        self.by_login: dict[str, int] = {}
        for uid, login, surname, name, patronymic in _rows(User.select(
                User.id, User.login, User.surname, User.name, User.patronymic)):
            uid = int(uid)
            self.by_login[str(login).lower()] = uid
            initials = "".join(p[:1] for p in (str(name), str(patronymic)) if p)
            self.names[uid] = f"{surname} " + " ".join(f"{p[:1]}." for p in (name, patronymic) if p)
            for key in (f"{surname} {name} {patronymic}", f"{surname} {initials}", f"{surname} {name}",
                        str(surname)):
                self.by_key[_norm(key).replace(" ", "")].add(uid)

    def find(self, text: str) -> int:
        login = text.strip().lower()
        if login in self.by_login:
            return self.by_login[login]
        found = self.by_key.get(_norm(text).replace(" ", ""), set())
        if not found:
            raise _Refuse(_t("неизвестный учитель «%s»") % text[:60])
        if len(found) > 1:
            raise _Refuse(_t("учитель «%s» неоднозначен (%s): укажите логин или полное ФИО")
                          % (text[:60], ", ".join(sorted(self.names[u] for u in found))))
        return next(iter(found))


def _subjects() -> dict[str, tuple[int, str]]:
    out: dict[str, tuple[int, str]] = {}
    for sid, name, short in _rows(Subject.select(Subject.id, Subject.name, Subject.short_name)):
        out.setdefault(_norm(str(name)), (int(sid), str(name)))
        if str(short).strip():
            out.setdefault(_norm(str(short)), (int(sid), str(name)))
    return out


def _subject_of(subjects: Mapping[str, tuple[int, str]], text: str) -> tuple[int, str]:
    if not text:
        raise _Refuse(_t("не указан предмет"))
    found = subjects.get(_norm(text))
    if found is None:
        raise _Refuse(_t("неизвестный предмет «%s»") % text[:60])
    return found


# --- timetable ---------------------------------------------------------------------------------------------------

WEEKDAY_WORDS: dict[str, int] = {}
for _i, _day in enumerate(WEEKDAY_NAMES_RU[:6], 1):
    WEEKDAY_WORDS[_day] = _i
    WEEKDAY_WORDS[_day[:2]] = _i
    WEEKDAY_WORDS[_day[:3]] = _i
WEEKDAY_WORDS.update({"вто": 2, "чтв": 4, "пнд": 1, "птн": 5})
# «во вторник», «в среду»: the form a timetable message uses
WEEKDAY_AT = ("в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье")


def parse_weekday(value: object) -> int:
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and 1 <= int(value) <= 7:
            return int(value)
    text = _norm(cell_text(value)).rstrip(".")
    if not text:
        raise _Refuse(_t("не указан день недели"))
    if text.isdigit() and 1 <= int(text) <= 7:
        return int(text)
    if text in WEEKDAY_WORDS:
        return WEEKDAY_WORDS[text]
    raise _Refuse(_t("день недели «%s» не понят (пишите «понедельник», «вторник»…)") % cell_text(value)[:30])


@dataclass
class _Slot:
    row: int
    assignment: int
    class_id: int
    class_name: str
    subject: str
    subgroup: int | None
    teacher: int
    weekday: int
    number: int
    room: str
    valid_from: dt.date


@dataclass
class _EntryAdd:
    slot: _Slot


@dataclass
class _EntryRoom:
    entry_id: int
    slot: _Slot
    old_room: str


@dataclass
class _EntryEnd:
    entry_id: int
    class_id: int
    subject_id: int
    last_day: dt.date
    old_to: dt.date | None


def _plan_timetable(st: Standing, table: SourceTable, year: _Year, today: dt.date,
                    progress: Progress | None) -> _Plan:
    require(Action.EDIT_STRUCTURE, relations_global(st))
    plan = _Plan("timetable", year)
    classes = _classes(year.id)
    class_names = {cid: cname for cid, cname, _ in classes.values()}
    subjects = _subjects()
    subject_names = {sid: name for sid, name in subjects.values()}
    teachers = _Teachers()
    groups = {int(g): str(n) for g, n in _rows(Subgroup.select(Subgroup.id, Subgroup.name))}
    assignments: dict[int, tuple[int, int, int, int | None]] = {}  # id → teacher, subject, class, subgroup
    by_class_subject: dict[tuple[int, int], list[int]] = defaultdict(list)
    for aid, teacher, subject, cid, sub in _rows(Assignment.select(
            Assignment.id, Assignment.teacher, Assignment.subject, Assignment.school_class, Assignment.subgroup)
            .where(Assignment.year == year.id)):
        assignments[int(aid)] = (int(teacher), int(subject), int(cid), None if sub is None else int(sub))
        by_class_subject[(int(cid), int(subject))].append(int(aid))
    existing: list[tuple[int, int, int, int, str, dt.date, dt.date | None]] = [
        (int(eid), int(aid), int(wd), int(n), str(room), vf, vt) for eid, aid, wd, n, room, vf, vt in _rows(
            TimetableEntry.select(TimetableEntry.id, TimetableEntry.assignment, TimetableEntry.weekday,
                                  TimetableEntry.number, TimetableEntry.room, TimetableEntry.valid_from,
                                  TimetableEntry.valid_to)
            .where(TimetableEntry.assignment.in_(list(assignments) or [0])))]
    default_from = min(max(today, year.start), year.end)
    slots: list[_Slot] = []
    total = len(table.rows)
    for i, row in enumerate(table.rows, 1):
        _tick(progress, i, total)
        what = " ".join(cell_text(row.values.get(k))[:40] for k in ("class", "subject")).strip()
        try:
            cls_text = _text(row, "class", 20, _t("Класс"))
            subj_text = _text(row, "subject", 100, _t("Предмет"))
            cid, cname, _level = _class_of(classes, cls_text)
            sid, sname = _subject_of(subjects, subj_text)
            what = f"{cname}, {sname}"
            weekday = parse_weekday(row.values.get("weekday"))
            if weekday > year.days_per_week:
                raise _Refuse(_t("%s: в школе %d-дневная учебная неделя") % (WEEKDAY_NAMES_RU[weekday - 1],
                                                                          year.days_per_week))
            number = cell_int(row.values.get("number"), _t("Урок №"))
            if number is None:
                raise _Refuse(_t("не указан номер урока"))
            if not 1 <= number <= 12:
                raise _Refuse(_t("номер урока %d: от 1 до 12") % number)
            what = f"{what}, {WEEKDAY_NAMES_RU[weekday - 1]}, {number} урок"
            room = _text(row, "room", 20, _t("Кабинет"))
            valid_from = cell_date(row.values.get("valid_from")) or default_from
            if not year.start <= valid_from <= year.end:
                raise _Refuse(_t("дата «действует с» %s вне учебного года %s")
                              % (format_date_ru(valid_from), year.name))
            candidates = by_class_subject.get((cid, sid), [])
            teacher_text = _text(row, "teacher", 200, _t("Учитель"))
            if teacher_text:
                tid = teachers.find(teacher_text)
                candidates = [a for a in candidates if assignments[a][0] == tid]
            group_text = _text(row, "subgroup", 50, _t("Подгруппа"))
            if group_text:
                candidates = [a for a in candidates if assignments[a][3] is not None
                              and _norm(groups.get(assignments[a][3] or 0, "")) == _norm(group_text)]
            if not candidates:
                who = f" ({teacher_text})" if teacher_text else ""
                raise _Refuse(_t("в нагрузке нет предмета «%s» в %s%s: сначала внесите нагрузку")
                              % (sname, cname, who))
            if len(candidates) > 1:
                raise _Refuse(_t("в нагрузке несколько строк «%s» в %s: укажите учителя и подгруппу")
                              % (sname, cname))
            aid = candidates[0]
            teacher, _s, _c, subgroup = assignments[aid]
            slots.append(_Slot(row.number, aid, cid, cname, sname, subgroup, teacher, weekday, number, room,
                               valid_from))
        except _Refuse as exc:
            plan.refuse(row.number, what, exc.reason)
    # clashes among the file's rows and with the other classes' current entries
    file_classes = {s.class_id for s in slots}
    at_slot: dict[tuple[int, int], list[_Slot]] = defaultdict(list)
    for s in slots:
        at_slot[(s.weekday, s.number)].append(s)
    others: dict[tuple[int, int], list[tuple[int, str, dt.date | None]]] = defaultdict(list)
    for _eid, aid, wd, n, room, _vf, vt in existing:
        if assignments[aid][2] not in file_classes:
            others[(wd, n)].append((aid, room, vt))
    bad: dict[int, str] = {}

    def when(s: _Slot) -> str:
        return f"{WEEKDAY_AT[s.weekday - 1]} {s.number}-м уроком"

    for s in slots:
        for o in at_slot[(s.weekday, s.number)]:
            if o is s or o.row > s.row or s.row in bad:  # the later of two clashing rows is refused
                continue
            if o.class_id == s.class_id and not (s.subgroup and o.subgroup and s.subgroup != o.subgroup):
                bad[s.row] = _t("накладка: у %s %s уже стоит «%s» (строка %d)") % (s.class_name, when(s),
                                                                                 o.subject, o.row)
            elif o.teacher == s.teacher and o.class_id != s.class_id:
                bad[s.row] = _t("накладка: учитель %s %s ведёт урок в %s (строка %d)") % (
                    teachers.names.get(s.teacher, "?"), when(s), o.class_name, o.row)
            elif s.room and o.room == s.room and o.teacher != s.teacher:
                bad[s.row] = _t("накладка: кабинет %s %s занят (%s, строка %d)") % (s.room, when(s), o.class_name,
                                                                                 o.row)
        for aid, room, vt in others[(s.weekday, s.number)]:
            if s.row in bad or (vt is not None and vt < s.valid_from):
                continue
            o_teacher, o_subject, o_class, _g = assignments[aid]
            if o_teacher == s.teacher:
                bad[s.row] = _t("накладка: учитель %s %s ведёт урок в %s (по расписанию в журнале)") % (
                    teachers.names.get(s.teacher, "?"), when(s), class_names.get(o_class, "?"))
            elif s.room and room == s.room:
                bad[s.row] = _t("накладка: кабинет %s %s занят (%s, %s — по расписанию в журнале)") % (
                    s.room, when(s), class_names.get(o_class, "?"), subject_names.get(o_subject, "?"))
    for s in slots:
        what = f"{s.class_name}, {s.subject}, {WEEKDAY_NAMES_RU[s.weekday - 1]}, {s.number} урок"
        if s.row in bad:
            plan.refuse(s.row, what, bad[s.row])
    good = [s for s in slots if s.row not in bad]
    # match against the existing open entries of the classes in the file
    since: dict[int, dt.date] = {}
    for s in slots:
        since[s.class_id] = min(since.get(s.class_id, s.valid_from), s.valid_from)
    matched: set[int] = set()
    for s in good:
        what = f"{s.class_name}, {s.subject}, {WEEKDAY_NAMES_RU[s.weekday - 1]}, {s.number} урок"
        hit = None
        for eid, aid, wd, n, room, vf, vt in existing:
            if (eid not in matched and aid == s.assignment and wd == s.weekday and n == s.number
                    and vf <= s.valid_from and (vt is None or vt >= s.valid_from)):
                hit = (eid, room, vf)
                break
        if hit is None:
            plan.ops.append(_EntryAdd(s))
            plan.add(s.row, what, _t("кабинет %s, с %s") % (s.room or "—", format_date_ru(s.valid_from)))
            continue
        eid, room, vf = hit
        matched.add(eid)
        if room == s.room:
            plan.unchanged += 1
            continue
        plan.ops.append(_EntryRoom(eid, s, room))
        plan.change(s.row, what, _t("кабинет: %s → %s с %s") % (room or "—", s.room or "—",
                                                              format_date_ru(s.valid_from)))
    if plan.refused_any():
        return plan
    for eid, aid, wd, n, _room, vf, vt in existing:
        teacher, subject, cid, _g = assignments[aid]
        if cid not in since or eid in matched or vt is not None:
            continue
        last_day = max(since[cid], vf) - dt.timedelta(days=1)
        plan.ops.append(_EntryEnd(eid, cid, subject, last_day, vt))
        plan.change(0, f"{class_names.get(cid, '?')}, {subject_names.get(subject, '?')}, "
                       f"{WEEKDAY_NAMES_RU[wd - 1]}, {n} урок",
                    _t("урока нет в файле: снимается с расписания с %s (проведённые уроки остаются)")
                    % format_date_ru(last_day + dt.timedelta(days=1)))
    return plan


def _apply_timetable(actor: Actor, plan: _Plan, progress: Progress | None) -> None:
    log = _AuditBatch(actor)
    total = len(plan.ops)
    subject_of = {int(a): int(s) for a, s in _rows(Assignment.select(Assignment.id, Assignment.subject).where(
        Assignment.year == plan.year.id))}
    for done, op in enumerate(plan.ops, 1):
        if isinstance(op, _EntryEnd):
            TimetableEntry.update(valid_to=op.last_day).where(TimetableEntry.id == op.entry_id).execute()
            log.add("timetable.end", "timetable_entry", op.entry_id, old={"to": op.old_to},
                    new={"to": op.last_day}, reason=_t("импорт из Excel"), class_id=op.class_id,
                    subject_id=op.subject_id)
            continue
        s = op.slot
        if isinstance(op, _EntryRoom):
            entry = TimetableEntry.get_by_id(op.entry_id)
            if entry.valid_from == s.valid_from:
                TimetableEntry.update(room=s.room).where(TimetableEntry.id == op.entry_id).execute()
                log.add("timetable.room", "timetable_entry", op.entry_id, old={"room": op.old_room},
                        new={"room": s.room}, reason=_t("импорт из Excel"), class_id=s.class_id,
                        subject_id=subject_of.get(s.assignment))
                continue
            last_day = s.valid_from - dt.timedelta(days=1)
            TimetableEntry.update(valid_to=last_day).where(TimetableEntry.id == op.entry_id).execute()
            log.add("timetable.end", "timetable_entry", op.entry_id, old={"to": None}, new={"to": last_day},
                    reason=_t("импорт из Excel"), class_id=s.class_id, subject_id=subject_of.get(s.assignment))
        tid = int(TimetableEntry.insert(assignment=s.assignment, weekday=s.weekday, number=s.number, room=s.room,
                                        valid_from=s.valid_from).execute())
        log.add("timetable.add", "timetable_entry", tid,
                new={"weekday": s.weekday, "number": s.number, "room": s.room, "from": s.valid_from, "to": None},
                reason=_t("импорт из Excel"), class_id=s.class_id, subject_id=subject_of.get(s.assignment))
        _tick(progress, done, total)
    log.flush()


# --- thematic plans (КТП) ----------------------------------------------------------------------------------------


@dataclass
class _Topic:
    row: int
    number: int
    title: str
    hours: int
    date: dt.date | None
    section: str


@dataclass
class _PlanOps:
    subject_id: int
    subject: str
    level: int
    plan_id: int | None  # None: a new plan
    add: list[_Topic] = field(default_factory=list)
    change: list[tuple[int, _Topic, dict[str, Any]]] = field(default_factory=list)  # topic id, new, old
    remove: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # topic id, old (not in the file)


def plan_rights(st: Standing, year_id: int) -> Callable[[int, int], bool]:
    """Whether the actor may edit the plan of (subject, level): EDIT_PLANS for a teacher of that
    subject at that level; the administrator under EDIT_STRUCTURE (no EDIT_PLANS in the table)."""
    settings = permission_settings()
    if decide(Action.EDIT_STRUCTURE, relations_global(st), settings).allowed:
        return lambda subject_id, level: True
    teaches = {(int(s), int(lv)) for s, lv in _rows(
        Assignment.select(Assignment.subject, SchoolClass.level).join(SchoolClass).where(
            (Assignment.year == year_id) & (Assignment.teacher == st.actor.user_id)
            & SchoolClass.level.is_null(False)))}
    may = decide(Action.EDIT_PLANS, {Role.TEACHER}, settings).allowed
    return lambda subject_id, level: may and (subject_id, level) in teaches


def _plan_plans(st: Standing, table: SourceTable, year: _Year, progress: Progress | None) -> _Plan:
    allowed = plan_rights(st, year.id)
    settings = permission_settings()
    if not (decide(Action.EDIT_STRUCTURE, relations_global(st), settings).allowed
            or (Role.TEACHER in st.roles and decide(Action.EDIT_PLANS, {Role.TEACHER}, settings).allowed)):
        raise PermissionDenied(_t("Нет прав на действие «%s».") % tr("Action", ACTION_TITLES[Action.EDIT_PLANS]))
    plan = _Plan("plan", year)
    subjects = _subjects()
    plans = {(int(s), int(lv) if lv is not None else 0): int(pid) for pid, s, lv in _rows(
        ThematicPlan.select(ThematicPlan.id, ThematicPlan.subject, ThematicPlan.level)
        .where(ThematicPlan.year == year.id).order_by(ThematicPlan.id.desc()))}
    topics: dict[int, dict[int, tuple[int, str, int, dt.date | None, str]]] = defaultdict(dict)
    for tid, pid, number, title, hours, date, section in _rows(PlanTopic.select(
            PlanTopic.id, PlanTopic.plan, PlanTopic.number, PlanTopic.title, PlanTopic.hours, PlanTopic.planned_date,
            PlanTopic.section).join(ThematicPlan).where(ThematicPlan.year == year.id)):
        topics[int(pid)][int(number)] = (int(tid), str(title), int(hours), date, str(section))
    groups: dict[tuple[int, int], _PlanOps] = {}
    seen: dict[tuple[int, int, int], int] = {}
    mentioned: dict[tuple[int, int], set[int]] = defaultdict(set)  # plan → numbers the file has (even refused)
    total = len(table.rows)
    for i, row in enumerate(table.rows, 1):
        _tick(progress, i, total)
        what = cell_text(row.values.get("subject"))[:60]
        try:
            subj_text = _text(row, "subject", 100, _t("Предмет"))
            title = _text(row, "title", 2000, _t("Тема"))
            sid, sname = _subject_of(subjects, subj_text)
            level = cell_int(row.values.get("level"), _t("Параллель"))
            if level is None:
                raise _Refuse(_t("не указана параллель"))
            if not 1 <= level <= 11:
                raise _Refuse(_t("параллель %d: от 1 до 11") % level)
            number = cell_int(row.values.get("number"), "№")
            what = f"{sname}, {level} кл."
            mentioned.setdefault((sid, level), set())
            if number is None:
                raise _Refuse(_t("не указан номер урока (темы)"))
            mentioned[(sid, level)].add(number)
            if not 1 <= number <= 1000:
                raise _Refuse(_t("номер %d: от 1 до 1000") % number)
            what = f"{what}, № {number}"
            if not title:
                raise _Refuse(_t("не указана тема"))
            hours = cell_int(row.values.get("hours"), _t("Часы"))
            hours = 1 if hours is None else hours
            if not 1 <= hours <= 20:
                raise _Refuse(_t("часов %d: от 1 до 20") % hours)
            date = cell_date(row.values.get("date"))
            if date is not None and not year.start <= date <= year.end:
                raise _Refuse(_t("дата по плану %s вне учебного года %s") % (format_date_ru(date), year.name))
            section = _text(row, "section", 200, _t("Раздел"))
            if not allowed(sid, level):
                raise _Refuse(_forbidden(Action.EDIT_PLANS) + _t(" (%s, %d класс: не ваша нагрузка)")
                              % (sname, level))
            key = (sid, level, number)
            if key in seen:
                raise _Refuse(_t("номер %d повторяется в плане (строка %d)") % (number, seen[key]))
            seen[key] = row.number
            pid = plans.get((sid, level))
            ops = groups.setdefault((sid, level), _PlanOps(sid, sname, level, pid))
            topic = _Topic(row.number, number, title, hours, date, section)
            old = topics[pid].get(number) if pid is not None else None
            if old is None:
                ops.add.append(topic)
                plan.add(row.number, what, title[:120] + (_t(" (новый план)") if pid is None else ""))
                continue
            tid, o_title, o_hours, o_date, o_section = old
            changes: dict[str, tuple[object, object]] = {}
            for label, before, after in ((_t("тема"), o_title, title), (_t("часы"), o_hours, hours),
                                         (_t("дата"), o_date, date), (_t("раздел"), o_section, section)):
                if before != after:
                    changes[label] = (before, after)
            if not changes:
                plan.unchanged += 1
                continue
            ops.change.append((tid, topic, {"title": o_title, "hours": o_hours, "planned_date": o_date,
                                            "section": o_section}))
            plan.change(row.number, what, _diff_text(changes))
        except _Refuse as exc:
            plan.refuse(row.number, what or cell_text(row.values.get("title"))[:60], exc.reason)
    _plan_removals(plan, groups, mentioned, plans, topics, subjects_names={v[0]: v[1] for v in subjects.values()},
                   allowed=allowed)
    plan.ops.extend(g for g in groups.values() if g.add or g.change or g.remove)
    return plan


def _plan_removals(plan: _Plan, groups: dict[tuple[int, int], _PlanOps], mentioned: Mapping[tuple[int, int], set[int]],
                   plans: Mapping[tuple[int, int], int],
                   topics: Mapping[int, Mapping[int, tuple[int, str, int, dt.date | None, str]]], *,
                   subjects_names: Mapping[int, str], allowed: Callable[[int, int], bool]) -> None:
    """Topics of the plans in the file that the file no longer has: removed, or kept when a lesson took them."""
    gone: list[tuple[int, int, int, tuple[int, str, int, dt.date | None, str]]] = []
    for (sid, level), numbers in mentioned.items():
        pid = plans.get((sid, level))
        if pid is None or not allowed(sid, level):
            continue
        gone.extend((sid, level, number, old) for number, old in sorted(topics.get(pid, {}).items())
                    if number not in numbers)
    if not gone:
        return
    held: dict[int, dt.date] = {}
    ids = [old[0] for *_k, old in gone]
    for i in range(0, len(ids), BATCH):
        for tid, first in _rows(Lesson.select(Lesson.plan_topic, fn.MIN(Lesson.date))
                                .where(Lesson.plan_topic.in_(ids[i:i + BATCH])).group_by(Lesson.plan_topic)):
            held[int(tid)] = first
    for sid, level, number, (tid, title, hours, date, section) in gone:
        what = f"{subjects_names.get(sid, '?')}, {level} кл., № {number}"
        if tid in held:
            plan.keep(what, _t("«%s» — нет в файле; оставлено: по теме уже проведён урок (%s)")
                      % (title[:100], format_date_ru(held[tid])))
            continue
        ops = groups.setdefault((sid, level), _PlanOps(sid, subjects_names.get(sid, "?"), level, plans[(sid, level)]))
        ops.remove.append((tid, {"number": number, "title": title, "hours": hours, "planned_date": date,
                                 "section": section}))
        plan.remove(what, _t("«%s» — нет в файле: будет удалено") % title[:100])


def _apply_plans(actor: Actor, plan: _Plan, progress: Progress | None) -> None:
    log = _AuditBatch(actor)
    total = len(plan.ops)
    for done, ops in enumerate(plan.ops, 1):
        assert isinstance(ops, _PlanOps)
        pid = ops.plan_id
        if pid is None:
            title = _t("КТП: %s, %d класс") % (ops.subject, ops.level)
            pid = int(ThematicPlan.insert(year=plan.year.id, subject=ops.subject_id, level=ops.level, title=title,
                                          author=actor.user_id).execute())
            log.add("plan.create", "thematic_plan", pid, new={"title": title}, reason=_t("импорт из Excel"),
                    subject_id=ops.subject_id)
            # adopted by the assignments of that subject and level that have no plan yet
            adopt = [int(a) for (a,) in _rows(Assignment.select(Assignment.id).join(SchoolClass).where(
                (Assignment.year == plan.year.id) & (Assignment.subject == ops.subject_id)
                & (SchoolClass.level == ops.level) & Assignment.plan.is_null()))]
            if adopt:
                Assignment.update(plan=pid).where(Assignment.id.in_(adopt)).execute()
                for aid in adopt:
                    log.add("assignment.plan", "assignment", aid, old={"plan": None}, new={"plan": pid},
                            subject_id=ops.subject_id)
        for i in range(0, len(ops.add), BATCH):
            chunk = ops.add[i:i + BATCH]
            PlanTopic.insert_many([{"plan": pid, "number": t.number, "title": t.title, "hours": t.hours,
                                    "planned_date": t.date, "section": t.section} for t in chunk]).execute()
            ids = {int(n): int(tid) for tid, n in _rows(PlanTopic.select(PlanTopic.id, PlanTopic.number).where(
                (PlanTopic.plan == pid) & PlanTopic.number.in_([t.number for t in chunk])))}
            for t in chunk:
                log.add("plan_topic.add", "plan_topic", ids.get(t.number),
                        new={"plan": pid, "number": t.number, "title": t.title, "hours": t.hours, "date": t.date},
                        reason=_t("импорт из Excel"), subject_id=ops.subject_id)
        changed_version = bool(ops.change)
        for tid, t, old in ops.change:
            new = {"title": t.title, "hours": t.hours, "planned_date": t.date, "section": t.section}
            PlanTopic.update(**new).where(PlanTopic.id == tid).execute()
            log.add("plan_topic.change", "plan_topic", tid, old=old, new=new, reason=_t("импорт из Excel"),
                    subject_id=ops.subject_id)
        for i in range(0, len(ops.remove), BATCH):
            gone = ops.remove[i:i + BATCH]
            PlanTopic.delete().where(PlanTopic.id.in_([tid for tid, _old in gone])).execute()
            for tid, old in gone:
                log.add("plan_topic.remove", "plan_topic", tid, old={"plan": pid, **old},
                        reason=_t("импорт из Excel: темы нет в файле"), subject_id=ops.subject_id)
        if changed_version or ops.remove or (ops.add and ops.plan_id is not None):
            ThematicPlan.update(version=ThematicPlan.version + 1).where(ThematicPlan.id == pid).execute()
        _tick(progress, done, total)
    log.flush()


# --- the use cases ---------------------------------------------------------------------------------------------


def _plan(actor: Actor, table: SourceTable, year_id: int | None, today: dt.date,
          progress: Progress | None) -> _Plan:
    if table.kind not in KINDS:
        raise ValidationError(_t("Неизвестный вид данных «%s».") % table.kind)
    if len(table.rows) > MAX_ROWS:
        raise ImportFileError(_t("В файле больше %d строк: разделите его на части.") % MAX_ROWS)
    st = standing(actor)
    year = _year(year_id, today)
    if table.kind == "students":
        return _plan_students(st, table, year, progress)
    if table.kind == "staff":
        return _plan_staff(st, table, year, progress)
    if table.kind == "timetable":
        return _plan_timetable(st, table, year, today, progress)
    return _plan_plans(st, table, year, progress)


def preview_import(
    actor: Actor, table: SourceTable, *, year_id: int | None = None, today: dt.date | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """What importing the table would do; nothing is written."""
    return _plan(actor, table, year_id, today or dt.date.today(), progress).preview(table.sheet)


def apply_import(
    actor: Actor, table: SourceTable, *, year_id: int | None = None, today: dt.date | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Apply the whole table in one transaction, or nothing if any row is refused."""
    day = today or dt.date.today()
    with write_transaction():
        plan = _plan(actor, table, year_id, day, None)
        preview = plan.preview(table.sheet)
        if not preview.ok:
            raise ImportRefused(preview)
        accounts: list[NewAccount] = []
        if plan.kind == "students":
            _apply_students(actor, plan, progress)
        elif plan.kind == "staff":
            accounts = _apply_staff(actor, plan, progress)
        elif plan.kind == "timetable":
            _apply_timetable(actor, plan, progress)
        else:
            _apply_plans(actor, plan, progress)
        if plan.ops:
            audit.record(actor, "import.apply", "import", None,
                         new={"kind": plan.kind, "file": table.file_name, "sheet": table.sheet,
                              "added": len(preview.added), "changed": len(preview.changed),
                              "removed": len(preview.removed), "kept": len(preview.kept)},
                         reason=_t("импорт из Excel"))
    return ImportResult(plan.kind, len(preview.added), len(preview.changed), preview.unchanged, accounts,
                        len(preview.removed))


# --- export ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportData:
    kind: Kind
    title: str  # the title row above the header
    rows: list[dict[str, object]]


def _export_classes(actor: Actor, year: _Year, class_name: str | None, action: Action) -> dict[int, str]:
    st = standing(actor)
    classes = _classes(year.id)
    if class_name:
        found = classes.get(norm_class(class_name))
        if found is None:
            known = ", ".join(c[1] for c in sorted(classes.values(), key=lambda c: (c[2], sort_key_ru(c[1]))))
            raise NotFound(_t("Класс «%s» не найден в учебном году %s (есть: %s).")
                           % (class_name, year.name, known or _t("нет")))
        require(action, relations_for_class(st, found[0]), what=found[1])
        return {found[0]: found[1]}
    rights = _ClassRights(st, action)
    out = {cid: name for cid, name, _ in classes.values() if rights.allowed(cid)}
    if not out and classes:
        require(action, set())
    return out


def _class_order(name: str) -> tuple[int, object]:
    m = re.match(r"(\d+)(.*)", name)
    return (int(m.group(1)), sort_key_ru(m.group(2))) if m else (99, sort_key_ru(name))


def export_rows(
    actor: Actor, kind: Kind, *, class_name: str | None = None, year_id: int | None = None,
    today: dt.date | None = None,
) -> ExportData:
    """The rows an export writes (column key → value), permission checked."""
    day = today or dt.date.today()
    if kind == "staff":
        require(Action.MANAGE_ACCOUNTS, relations_global(standing(actor)))
        roles: dict[int, list[Role]] = defaultdict(list)
        for uid, role in _rows(UserRole.select(UserRole.user, UserRole.role)):
            roles[int(uid)].append(Role(role))
        staff = _rows(User.select(User.id, User.login, User.surname, User.name, User.patronymic, User.position,
                                  User.phone, User.email))
        staff.sort(key=lambda r: (person_key_ru(r[2], r[3], r[4]), r[1]))
        return ExportData(kind, _t("Сотрудники"), [
            {"login": login, "surname": s, "name": n, "patronymic": p, "roles": role_titles(roles[int(uid)]),
             "position": pos, "phone": ph, "email": em}
            for uid, login, s, n, p, pos, ph, em in staff])
    year = _year(year_id, day)
    if kind == "students":
        classes = _export_classes(actor, year, class_name, Action.VIEW_STUDENTS)
        rows = _rows(Enrollment.select(Enrollment.school_class, Student.surname, Student.name, Student.patronymic,
                                       Student.birth_date, Student.gender, Student.personal_file_no,
                                       Enrollment.date_from, Enrollment.order_in)
                     .join(Student).where(Enrollment.school_class.in_(list(classes) or [0])
                                          & Enrollment.date_to.is_null()))
        rows.sort(key=lambda r: (_class_order(classes[int(r[0])]), person_key_ru(r[1], r[2], r[3])))
        title = _t("Список учащихся, %s учебный год") % year.name
        return ExportData(kind, title, [
            {"class": classes[int(cid)], "surname": s, "name": n, "patronymic": p, "birth_date": b,
             "gender": g, "file_no": f, "date_from": d, "order": o} for cid, s, n, p, b, g, f, d, o in rows])
    if kind == "timetable":
        classes = _export_classes(actor, year, class_name, Action.VIEW_STRUCTURE)
        full: dict[int, str] = {}
        counts: dict[str, int] = defaultdict(int)
        people = _rows(User.select(User.id, User.login, User.surname, User.name, User.patronymic))
        for _uid, _login, s, n, p in people:
            counts[_norm(f"{s} {n} {p}")] += 1
        for uid, login, s, n, p in people:
            name = " ".join(x for x in (s, n, p) if x)
            full[int(uid)] = name if counts[_norm(name)] == 1 else str(login)
        groups = {int(g): str(n) for g, n in _rows(Subgroup.select(Subgroup.id, Subgroup.name))}
        rows = _rows(TimetableEntry.select(Assignment.school_class, Subject.name, Assignment.teacher,
                                           Assignment.subgroup, TimetableEntry.weekday, TimetableEntry.number,
                                           TimetableEntry.room, TimetableEntry.valid_from)
                     .join(Assignment).join(Subject)
                     .where(Assignment.school_class.in_(list(classes) or [0]) & TimetableEntry.valid_to.is_null()))
        rows.sort(key=lambda r: (_class_order(classes[int(r[0])]), r[4], r[5], sort_key_ru(r[1])))
        return ExportData(kind, _t("Расписание уроков, %s учебный год") % year.name, [
            {"class": classes[int(cid)], "subject": subj, "teacher": full.get(int(t), ""),
             "subgroup": groups.get(int(g), "") if g is not None else "", "weekday": WEEKDAY_NAMES_RU[int(wd) - 1],
             "number": int(n), "room": room, "valid_from": vf}
            for cid, subj, t, g, wd, n, room, vf in rows])
    if kind == "plan":
        require(Action.VIEW_STRUCTURE, relations_global(standing(actor)))
        level: int | None = None
        if class_name:
            found = _classes(year.id).get(norm_class(class_name))
            if found is None:
                m = re.fullmatch(r"\s*(\d{1,2})\s*", class_name)
                if m is None:
                    raise NotFound(_t("Класс «%s» не найден в учебном году %s.") % (class_name, year.name))
                level = int(m.group(1))
            else:
                level = found[2]
        query = (PlanTopic.select(Subject.name, ThematicPlan.level, PlanTopic.number, PlanTopic.title,
                                  PlanTopic.hours, PlanTopic.planned_date, PlanTopic.section)
                 .join(ThematicPlan).join(Subject).where(ThematicPlan.year == year.id))
        if level is not None:
            query = query.where(ThematicPlan.level == level)
        rows = _rows(query)
        rows.sort(key=lambda r: (sort_key_ru(r[0]), r[1] or 0, r[2]))
        return ExportData(kind, _t("Календарно-тематическое планирование, %s учебный год") % year.name, [
            {"subject": subj, "level": lv, "number": n, "title": title, "hours": h, "date": d, "section": sec}
            for subj, lv, n, title, h, d, sec in rows])
    raise ValidationError(_t("Неизвестный вид данных «%s».") % kind)


KIND_TITLES: Mapping[Kind, str] = {
    "students": "учащиеся (списки классов)",
    "staff": "сотрудники",
    "timetable": "расписание",
    "plan": "КТП (тематическое планирование)",
}
