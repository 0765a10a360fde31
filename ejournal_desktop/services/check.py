"""Checking a journal database for damage and broken rules (``ejournal check``).

:func:`run_check` only reads.  Every check is one set-based query (plus a
``LIMIT``-ed query for a few examples when it finds something), written with
peewee so that it runs on SQLite and PostgreSQL alike:

* rows pointing to rows that do not exist (possible on SQLite when foreign
  keys were off, or after tampering; on SQLite through ``PRAGMA
  foreign_key_check``, on PostgreSQL by anti-joins over every foreign key of
  the models), and on SQLite ``PRAGMA integrity_check``;
* marks (current and period) and homework in 1st grades and extra-curricular
  groups, where the journal keeps attendance and topics only;
* lessons (and the marks on them) dated outside every period of their year,
  on holidays, or on a date with neither a valid timetable entry for that
  weekday and lesson number nor a substitution;
* students on the roll of two classes at once;
* marks, absences, lessons and period marks with no entry in the audit trail;
* mark values, period mark values and absence codes the journal cannot read.

A mark together with «н» in one cell is a control flag of the reports, not a
database problem, and is not reported here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

from peewee import JOIN, Case, Database, DatabaseError, PostgresqlDatabase, SqliteDatabase, fn

from ejournal_desktop.domain.errors import DomainError
from ejournal_desktop.domain.marks import AbsenceCode, parse_mark, parse_period_mark
from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.i18n import noop, tr
from ejournal_desktop.store import models
from ejournal_desktop.store.models import (
    ALL_MODELS,
    Absence,
    AcademicYear,
    Assignment,
    AuditEntry,
    BaseModel,
    Enrollment,
    Holiday,
    Lesson,
    Mark,
    Period,
    PeriodMark,
    SchoolClass,
    Student,
    Subject,
    Substitution,
    TimetableEntry,
    User,
)
from ejournal_desktop.store.schema import current_version, latest_version

EXAMPLES = 3
"""How many examples a problem line shows."""

COUNT_KEYS = ("classes", "students", "staff", "lessons", "marks", "absences")


@dataclass
class CheckReport:
    """The outcome of :func:`run_check`."""

    ok: bool
    schema_version: int
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    class_names: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "schema_version": self.schema_version,
            "problems": list(self.problems),
            "counts": dict(self.counts),
            "class_names": list(self.class_names),
        }


# --- Russian names for the messages -------------------------------------------------------------

# rows of a table, as the subject of a sentence
_ROWS: dict[type[BaseModel], str] = {
    models.UserRole: noop("Check", "Роли пользователей"),
    models.StudentParent: noop("Check", "Связи «учащийся — родитель»"),
    models.Consent: noop("Check", "Согласия на обработку данных"),
    models.Period: noop("Check", "Учебные периоды"),
    models.Holiday: noop("Check", "Каникулы"),
    models.SchoolClass: noop("Check", "Классы"),
    models.Enrollment: noop("Check", "Записи движения учащихся"),
    models.Subgroup: noop("Check", "Подгруппы"),
    models.SubgroupMember: noop("Check", "Составы подгрупп"),
    models.ThematicPlan: noop("Check", "КТП"),
    models.PlanTopic: noop("Check", "Темы КТП"),
    models.Assignment: noop("Check", "Нагрузка"),
    models.TimetableEntry: noop("Check", "Уроки расписания"),
    models.Substitution: noop("Check", "Замены"),
    models.Lesson: noop("Check", "Уроки"),
    models.Mark: noop("Check", "Отметки"),
    models.Absence: noop("Check", "Записи посещаемости"),
    models.PeriodMark: noop("Check", "Отметки за период"),
    models.Certification: noop("Check", "Заверения журнала"),
    models.CorrectionRequest: noop("Check", "Запросы на исправление"),
    models.Message: noop("Check", "Сообщения"),
    models.AuditEntry: noop("Check", "Записи журнала аудита"),
}

# "…со ссылкой на" + this
_MISSING: dict[type[BaseModel], str] = {
    models.User: noop("Check", "несуществующего пользователя"),
    models.Student: noop("Check", "несуществующего учащегося"),
    models.Parent: noop("Check", "несуществующего родителя"),
    models.AcademicYear: noop("Check", "несуществующий учебный год"),
    models.Period: noop("Check", "несуществующий период"),
    models.Subject: noop("Check", "несуществующий предмет"),
    models.SchoolClass: noop("Check", "несуществующий класс"),
    models.Subgroup: noop("Check", "несуществующую подгруппу"),
    models.WorkKind: noop("Check", "несуществующий вид работы"),
    models.ThematicPlan: noop("Check", "несуществующий КТП"),
    models.PlanTopic: noop("Check", "несуществующую тему КТП"),
    models.Assignment: noop("Check", "несуществующую нагрузку"),
    models.Lesson: noop("Check", "несуществующий урок"),
    models.PeriodMark: noop("Check", "несуществующую отметку за период"),
}


def _rows_title(model: type[BaseModel]) -> str:
    title = _ROWS.get(model)
    return tr("Check", title) if title else tr("Check", "Строки таблицы %s") % (
        model._meta.table_name
    )


def _missing_title(model: type[BaseModel]) -> str:
    title = _MISSING.get(model)
    return tr("Check", title) if title else tr("Check", "несуществующую строку таблицы %s") % (
        model._meta.table_name
    )


def _class_name(level: Any, letter: Any, title: Any, extracurricular: Any) -> str:
    if extracurricular or level is None:
        return str(title or "")
    return f"{level}{letter or ''}"


def _date(value: Any) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return format_date_ru(value)
    try:
        return format_date_ru(dt.date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def _short(surname: Any, name: Any) -> str:
    first = str(name or "")
    return f"{surname} {first[:1]}.".strip() if first else str(surname or "")


def _rows(query: Any) -> list[tuple[Any, ...]]:
    """Rows of a peewee query as plain tuples."""
    return [tuple(row) for row in query.tuples()]


def _sql(db: Database, sql: str) -> list[tuple[Any, ...]]:
    handle: Any = db
    return [tuple(row) for row in handle.execute_sql(sql).fetchall()]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _line(title: str, count: int, examples: Sequence[str], more: bool | None = None) -> str:
    """«Title: 3 (ex1; ex2…)» — the ellipsis tells there is more than the examples show.

    ``more`` defaults to "fewer examples than the count" (one example per row).
    """
    listed = [e for e in examples if e]
    shown = listed[:EXAMPLES]
    if not shown:
        return f"{title}: {count}"
    if more is None:
        more = count > len(shown)
    more = more or len(listed) > len(shown)
    return f"{title}: {count} ({'; '.join(shown)}{'…' if more else ''})"


# --- the check ---------------------------------------------------------------------------------


class _Checker:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.problems: list[str] = []

    @property
    def is_sqlite(self) -> bool:
        return isinstance(self.db, SqliteDatabase)

    def report(
        self, title: str, count: int, examples: Sequence[str] = (), more: bool | None = None
    ) -> None:
        if count:
            self.problems.append(_one_line(_line(title, count, examples, more)))

    def run(self, label: str, check: Callable[[], None]) -> None:
        """Run one check; a check that cannot run is itself reported, the others go on."""
        try:
            check()
        except Exception as exc:  # a damaged file or a tampered schema
            text = str(exc).strip().splitlines()
            reason = text[0] if text else exc.__class__.__name__
            self.problems.append(
                tr("Check", "Не удалось выполнить проверку «%s»: %s") % (label, reason)
            )

    # -- file and references ---------------------------------------------------------------

    def sqlite_integrity(self) -> None:
        limit = 20
        try:
            rows = [str(r[0]) for r in _sql(self.db, f"PRAGMA integrity_check({limit})")]
        except DatabaseError as exc:  # so damaged that the check itself stops
            rows = [str(exc).strip() or exc.__class__.__name__]
        if not rows or rows == ["ok"]:
            return
        errors = [
            line.strip() for row in rows for line in row.splitlines()
            if line.strip() and not line.startswith("*** in database")
        ]
        count = (
            str(len(errors)) if len(errors) < limit
            else tr("Check", "не менее %d") % len(errors)
        )
        shown = "; ".join(errors[:EXAMPLES]) + ("…" if len(errors) > EXAMPLES else "")
        self.problems.append(
            tr("Check", "Файл базы данных повреждён (PRAGMA integrity_check), ошибок: %s (%s). "
               "Восстановите журнал из резервной копии.") % (count, shown)
        )

    def _fk_map(self) -> dict[tuple[str, str], tuple[type[BaseModel], type[BaseModel]]]:
        out: dict[tuple[str, str], tuple[type[BaseModel], type[BaseModel]]] = {}
        for model in ALL_MODELS:
            for fk in model._meta.refs:
                out[(model._meta.table_name, fk.column_name)] = (model, fk.rel_model)
        return out

    def sqlite_orphans(self) -> None:
        """``PRAGMA foreign_key_check``: one pass over every table with foreign keys."""
        columns: dict[tuple[str, int], str] = {}
        found: dict[tuple[str, str, str], tuple[int, list[int]]] = {}
        for table, rowid, parent, fkid in _sql(self.db, "PRAGMA foreign_key_check"):
            key = (str(table), int(fkid))
            if key not in columns:
                for row in _sql(self.db, f'PRAGMA foreign_key_list("{table}")'):
                    columns[(str(table), int(row[0]))] = str(row[3])
            column = columns.get(key, "?")
            count, ids = found.get((str(table), column, str(parent)), (0, []))
            if len(ids) < EXAMPLES and rowid is not None:
                ids.append(int(rowid))
            found[(str(table), column, str(parent))] = (count + 1, ids)
        fks = self._fk_map()
        by_table = {m._meta.table_name: m for m in ALL_MODELS}
        for (table, column, parent), (count, ids) in sorted(found.items()):
            child_model, parent_model = fks.get((table, column), (None, None))
            child = _rows_title(child_model) if child_model else (
                tr("Check", "Строки таблицы %s") % table
            )
            target = parent_model or by_table.get(parent)
            missing = _missing_title(target) if target else (
                tr("Check", "несуществующую строку таблицы %s") % parent
            )
            self.report(
                tr("Check", "%s со ссылкой на %s") % (child, missing), count,
                [tr("Check", "№ %d") % i for i in ids],
            )

    def portable_orphans(self) -> None:
        """An anti-join per foreign key of the models (PostgreSQL enforces them, but a
        dropped or disabled constraint lets orphans in)."""
        for model in ALL_MODELS:
            for fk in model._meta.refs:
                parent = fk.rel_model.alias("p")
                target = getattr(parent, fk.rel_field.name)
                pk = model._meta.primary_key
                query = (
                    model.select(pk)
                    .join(parent, JOIN.LEFT_OUTER, on=(fk == target))
                    .where(fk.is_null(False) & target.is_null())
                )
                count = int(query.count())
                if count:
                    ids = [int(r[0]) for r in _rows(query.order_by(pk).limit(EXAMPLES))]
                    self.report(
                        tr("Check", "%s со ссылкой на %s")
                        % (_rows_title(model), _missing_title(fk.rel_model)),
                        count,
                        [tr("Check", "№ %d") % i for i in ids],
                    )

    # -- lessons and where marks may be -----------------------------------------------------

    @staticmethod
    def _lesson_cols() -> tuple[Any, ...]:
        return (
            SchoolClass.level, SchoolClass.letter, SchoolClass.title,
            SchoolClass.extracurricular, Subject.name, Lesson.date,
        )

    @staticmethod
    def _lesson_example(row: Sequence[Any]) -> str:
        level, letter, title, extra, subject, date = row[:6]
        text = f"{_class_name(level, letter, title, extra)}, {subject}, {_date(date)}"
        if len(row) > 6:
            text += tr("Check", ", %d-й урок") % int(row[6])
        return text

    @staticmethod
    def _from_lessons(base: Any) -> Any:
        """Joins from Lesson (already in ``base``) to its assignment, class and subject."""
        return (
            base.join(Assignment, on=(Lesson.assignment == Assignment.id))
            .join(SchoolClass, on=(Assignment.school_class == SchoolClass.id))
            .switch(Assignment)
            .join(Subject, on=(Assignment.subject == Subject.id))
        )

    def _lesson_examples(self, query: Any, *, with_number: bool = False) -> list[str]:
        cols = list(self._lesson_cols())
        if with_number:
            cols.append(Lesson.number)
        order = [Lesson.date, SchoolClass.level, SchoolClass.letter, SchoolClass.title,
                 Subject.name]
        if with_number:
            order.append(Lesson.number)
        # one more than shown: tells whether there are places beyond the examples
        rows = _rows(query.select(*cols).distinct().order_by(*order).limit(EXAMPLES + 1))
        return [self._lesson_example(r) for r in rows]

    def _marks_query(self) -> Any:
        return self._from_lessons(Mark.select(Mark.id).join(Lesson, on=(Mark.lesson == Lesson.id)))

    def _lessons_query(self) -> Any:
        return self._from_lessons(Lesson.select(Lesson.id))

    def _report_query(self, title: str, query: Any, *, with_number: bool = False) -> None:
        count = int(query.count())
        if count:
            examples = self._lesson_examples(query, with_number=with_number)
            self.report(title, count, examples, more=len(examples) > EXAMPLES)

    def marks_where_not_given(self) -> None:
        first = SchoolClass.level == 1
        group = SchoolClass.extracurricular == True  # noqa: E712
        self._report_query(
            tr("Check", "Отметки в 1-х классах"),
            self._marks_query().where(first & (SchoolClass.extracurricular == False)),  # noqa: E712
        )
        self._report_query(
            tr("Check", "Отметки в группах внеурочной деятельности"),
            self._marks_query().where(group),
        )
        self._report_query(
            tr("Check", "Домашние задания в 1-х классах и группах внеурочной деятельности"),
            self._lessons_query().where((first | group) & (Lesson.homework != "")),
        )
        query = (
            PeriodMark.select(PeriodMark.id)
            .join(SchoolClass, on=(PeriodMark.school_class == SchoolClass.id))
            .switch(PeriodMark)
            .join(Subject, on=(PeriodMark.subject == Subject.id))
            .switch(PeriodMark)
            .join(Student, JOIN.LEFT_OUTER, on=(PeriodMark.student == Student.id))
            .where(first | group)
        )
        count = int(query.count())
        if count:
            rows = _rows(
                query.select(SchoolClass.level, SchoolClass.letter, SchoolClass.title,
                             SchoolClass.extracurricular, Subject.name, Student.surname,
                             Student.name, PeriodMark.id)
                .order_by(PeriodMark.id).limit(EXAMPLES)
            )
            self.report(
                tr("Check", "Отметки за период в 1-х классах и группах внеурочной деятельности"),
                count,
                [f"{_class_name(*r[:4])}, {r[4]}, {_short(r[5], r[6])}" for r in rows],
            )

    def lessons_outside_periods(self) -> None:
        in_period = Period.select(Period.id).where(
            (Period.year == Assignment.year)
            & (Period.start <= Lesson.date)
            & (Period.end >= Lesson.date)
        )
        self._report_query(
            tr("Check", "Уроки вне учебных периодов"),
            self._lessons_query().where(~fn.EXISTS(in_period)),
        )
        self._report_query(
            tr("Check", "Отметки на уроках вне учебных периодов"),
            self._marks_query().where(~fn.EXISTS(in_period)),
        )

    def _weekday(self) -> Any:
        """ISO weekday of the lesson's date (1 = Monday … 7 = Sunday) in SQL."""
        if isinstance(self.db, PostgresqlDatabase):
            return fn.date_part("isodow", Lesson.date)
        # SQLite: %w counts from Sunday = 0
        day = fn.strftime("%w", Lesson.date).cast("INTEGER")
        return Case(None, [(day == 0, 7)], day)

    def unscheduled_lessons(self) -> None:
        entry = TimetableEntry.select(TimetableEntry.id).where(
            (TimetableEntry.assignment == Lesson.assignment)
            & (TimetableEntry.number == Lesson.number)
            & (TimetableEntry.weekday == self._weekday())
            & (TimetableEntry.valid_from <= Lesson.date)
            & (TimetableEntry.valid_to.is_null() | (TimetableEntry.valid_to >= Lesson.date))
        )
        sub = Substitution.select(Substitution.id).where(
            (Substitution.assignment == Lesson.assignment)
            & (Substitution.date == Lesson.date)
            & (Substitution.number == Lesson.number)
        )
        self._report_query(
            tr("Check", "Уроки не по расписанию (нет урока в расписании и нет замены)"),
            self._lessons_query().where(~fn.EXISTS(entry) & ~fn.EXISTS(sub)),
            with_number=True,
        )
        holiday = Holiday.select(Holiday.id).where(
            (Holiday.year == Assignment.year)
            & (Holiday.start <= Lesson.date)
            & (Holiday.end >= Lesson.date)
        )
        self._report_query(
            tr("Check", "Уроки в каникулы и праздничные дни"),
            self._lessons_query().where(fn.EXISTS(holiday)),
            with_number=True,
        )

    def two_classes_at_once(self) -> None:
        e1, e2 = Enrollment.alias("e1"), Enrollment.alias("e2")
        c1, c2 = SchoolClass.alias("c1"), SchoolClass.alias("c2")
        y1, y2 = AcademicYear.alias("y1"), AcademicYear.alias("y2")
        # an open enrollment ends with its class's year
        end1 = fn.COALESCE(e1.date_to, y1.end)
        end2 = fn.COALESCE(e2.date_to, y2.end)
        query = (
            e1.select(e1.student)
            .join(e2, on=((e2.student == e1.student) & (e2.id > e1.id)))
            .join(c1, on=(e1.school_class == c1.id))
            .join(y1, on=(c1.year == y1.id))
            .join(c2, on=(e2.school_class == c2.id))
            .join(y2, on=(c2.year == y2.id))
            .where(
                (c1.id != c2.id)
                & (c1.extracurricular == False)  # noqa: E712
                & (c2.extracurricular == False)  # noqa: E712
                & (e1.date_from <= end2)
                & (e2.date_from <= end1)
            )
        )
        count = int(query.distinct().count())
        if not count:
            return
        rows = _rows(
            query.select(Student.surname, Student.name, c1.level, c1.letter, c2.level, c2.letter,
                         e1.date_from, e2.date_from, e1.student)
            .join_from(e1, Student, JOIN.LEFT_OUTER, on=(e1.student == Student.id))
            .order_by(e1.student, e1.id).limit(EXAMPLES * 4)
        )
        examples: list[str] = []
        seen: set[int] = set()
        for surname, name, l1, k1, l2, k2, f1, f2, sid in rows:
            if int(sid) in seen:
                continue
            seen.add(int(sid))
            since = max(str(f1), str(f2))
            who = _short(surname, name) or tr("Check", "учащийся № %d") % int(sid)
            examples.append(
                tr("Check", "%s: %s и %s с %s") % (who, f"{l1}{k1}", f"{l2}{k2}", _date(since))
            )
        self.report(tr("Check", "Учащиеся, числящиеся сразу в двух классах"), count, examples)

    # -- the audit trail ---------------------------------------------------------------------

    def audit_gaps(self) -> None:
        cell_models: tuple[tuple[Any, str, str], ...] = (
            (Mark, "mark", tr("Check", "Отметки без записи в журнале аудита")),
            (Absence, "absence", tr("Check", "Записи посещаемости без записи в журнале аудита")),
            (Lesson, "lesson", tr("Check", "Уроки без записи в журнале аудита")),
        )
        for model, entity, title in cell_models:
            trail = AuditEntry.select(AuditEntry.id).where(
                (AuditEntry.entity == entity) & (AuditEntry.entity_id == model.id)
            )
            if model is Lesson:
                query = self._lessons_query()
            else:
                query = self._from_lessons(
                    model.select(model.id).join(Lesson, on=(model.lesson == Lesson.id))
                )
            self._report_query(title, query.where(~fn.EXISTS(trail)))
        trail = AuditEntry.select(AuditEntry.id).where(
            (AuditEntry.entity == "period_mark") & (AuditEntry.entity_id == PeriodMark.id)
        )
        query = (
            PeriodMark.select(PeriodMark.id)
            .join(SchoolClass, JOIN.LEFT_OUTER, on=(PeriodMark.school_class == SchoolClass.id))
            .switch(PeriodMark)
            .join(Subject, JOIN.LEFT_OUTER, on=(PeriodMark.subject == Subject.id))
            .switch(PeriodMark)
            .join(Student, JOIN.LEFT_OUTER, on=(PeriodMark.student == Student.id))
            .where(~fn.EXISTS(trail))
        )
        count = int(query.count())
        if count:
            rows = _rows(
                query.select(SchoolClass.level, SchoolClass.letter, SchoolClass.title,
                             SchoolClass.extracurricular, Subject.name, Student.surname,
                             Student.name, PeriodMark.id)
                .order_by(PeriodMark.id).limit(EXAMPLES)
            )
            self.report(
                tr("Check", "Отметки за период без записи в журнале аудита"), count,
                [f"{_class_name(*r[:4])}, {r[4]}, {_short(r[5], r[6])}" for r in rows],
            )

    # -- values ------------------------------------------------------------------------------

    def _bad_values(self, title: str, column: Any, valid: Callable[[str], bool]) -> None:
        """Distinct values are few: group them in SQL, judge each in Python."""
        rows = column.model.select(column, fn.COUNT(column.model._meta.primary_key)).group_by(
            column
        ).tuples()
        bad = sorted(
            ((str(v), int(c)) for v, c in rows if v is None or not valid(str(v))),
            key=lambda item: -item[1],
        )
        total = sum(c for _, c in bad)
        self.report(title, total, [f"«{v}» — {c}" for v, c in bad], more=len(bad) > EXAMPLES)

    def bad_values(self) -> None:
        self._bad_values(tr("Check", "Недопустимые значения отметок"), Mark.value, _mark_ok)
        self._bad_values(
            tr("Check", "Недопустимые значения отметок за период"), PeriodMark.value, _period_ok
        )
        self._bad_values(
            tr("Check", "Недопустимые коды посещаемости"), Absence.code, _absence_ok
        )

    # -- what there is -----------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {
            "classes": int(
                SchoolClass.select().where(SchoolClass.extracurricular == False).count()  # noqa: E712
            ),
            "students": int(Student.select().count()),
            "staff": int(User.select(User.id).count()),  # never the hashes: see pg_security
            "lessons": int(Lesson.select().count()),
            "marks": int(Mark.select().count()),
            "absences": int(Absence.select().count()),
        }

    def class_names(self) -> list[str]:
        year = AcademicYear.select(AcademicYear.id).order_by(
            AcademicYear.start.desc(), AcademicYear.id.desc()
        ).tuples().first()
        if year is None:
            return []
        rows = _rows(
            SchoolClass.select(SchoolClass.level, SchoolClass.letter)
            .where((SchoolClass.year == year[0]) & (SchoolClass.extracurricular == False))  # noqa: E712
            .order_by(SchoolClass.level, SchoolClass.letter)
        )
        return [f"{level}{letter}" for level, letter in rows]


def _mark_ok(value: str) -> bool:
    try:
        parse_mark(value, allow_modifiers=True, lowest=1)
    except DomainError:
        return False
    return True


def _period_ok(value: str) -> bool:
    try:
        parse_period_mark(value)
    except DomainError:
        return False
    return True


def _absence_ok(value: str) -> bool:
    try:
        AbsenceCode(value)
    except ValueError:
        return False
    return True


def run_check(db: Database) -> CheckReport:
    """Check an open journal database; reads only, never writes."""
    with ExitStack() as stack:
        if models.db_proxy.obj is not db:
            stack.enter_context(db.bind_ctx(ALL_MODELS))
        checker = _Checker(db)
        version = current_version(db)
        latest = latest_version()
        if version < latest:
            checker.problems.append(
                tr("Check", "Схема базы данных устарела: версия %d, нужна %d "
                   "(выполните «ejournal migrate»).") % (version, latest)
            )
        if checker.is_sqlite:
            checker.run(tr("Check", "целостность файла"), checker.sqlite_integrity)
            checker.run(tr("Check", "ссылки между таблицами"), checker.sqlite_orphans)
        else:
            checker.run(tr("Check", "ссылки между таблицами"), checker.portable_orphans)
        checker.run(tr("Check", "отметки в 1-х классах и группах"), checker.marks_where_not_given)
        checker.run(tr("Check", "уроки вне периодов"), checker.lessons_outside_periods)
        checker.run(tr("Check", "уроки не по расписанию"), checker.unscheduled_lessons)
        checker.run(tr("Check", "движение учащихся"), checker.two_classes_at_once)
        checker.run(tr("Check", "журнал аудита"), checker.audit_gaps)
        checker.run(tr("Check", "значения отметок"), checker.bad_values)
        counts = dict.fromkeys(COUNT_KEYS, 0)
        names: list[str] = []
        checker.run(tr("Check", "подсчёт записей"), lambda: counts.update(checker.counts()))
        checker.run(tr("Check", "список классов"), lambda: names.extend(checker.class_names()))
        problems = [_one_line(p) for p in checker.problems]
        return CheckReport(
            ok=not problems,
            schema_version=version,
            problems=problems,
            counts=counts,
            class_names=names,
        )
