"""The deterministic demo school (services/demo.py), on SQLite and PostgreSQL.

``small`` is built afresh for each test (under a second on SQLite); ``school``
is checked once, on SQLite, as a slow test; ``large`` is for benchmarks and is
not built here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from importlib import resources
from itertools import pairwise
from pathlib import Path

import peewee
import pytest

from ejournal_desktop.domain.periods import DateRange
from ejournal_desktop.services import auth, journal, structure
from ejournal_desktop.services.demo import (
    DEMO_PASSWORD,
    DEMO_SIZES,
    DemoSummary,
    build_demo,
    demo_year_start,
)
from ejournal_desktop.services.errors import LockedError, ValidationError
from ejournal_desktop.services.lessons import assignment_info, timetable_slots
from ejournal_desktop.services.permissions import Role
from ejournal_desktop.store.database import connect, parse_target
from ejournal_desktop.store.models import (
    Absence,
    AcademicYear,
    Assignment,
    AuditEntry,
    Enrollment,
    Holiday,
    Lesson,
    Mark,
    Period,
    PeriodMark,
    PlanTopic,
    SchoolClass,
    Student,
    Subgroup,
    Subject,
    Substitution,
    ThematicPlan,
    TimetableEntry,
    User,
    UserRole,
    WorkKind,
)
from ejournal_desktop.ui.stored_values import LESSON_TYPES

TODAY = dt.date(2026, 2, 12)  # a Thursday in the third quarter of 2025/2026


def _build(spec: str, *, size: str = "small", seed: int = 1,
           today: dt.date = TODAY) -> tuple[peewee.Database, DemoSummary]:
    db = connect(parse_target(spec), create=True)
    return db, build_demo(db, size=size, seed=seed, today=today)


def _pg_place() -> Iterator[str]:
    from tests.conftest import pg_schema_url

    return pg_schema_url()


def _snapshot() -> dict[str, list[tuple[object, ...]]]:
    """The content that makes a school: people, timetable, lessons, marks, attendance."""
    return {
        "students": sorted(
            Student.select(Student.surname, Student.name, Student.patronymic, Student.birth_date,
                           Student.personal_file_no).tuples()
        ),
        "staff": sorted(User.select(User.login, User.surname, User.name, User.patronymic).tuples()),
        "marks": sorted(
            Mark.select(Student.surname, Student.name, Lesson.date, Lesson.number, Mark.value,
                        Mark.created_at)
            .join(Student, on=(Mark.student == Student.id))
            .switch(Mark).join(Lesson, on=(Mark.lesson == Lesson.id)).tuples()
        ),
        "lessons": sorted(
            Lesson.select(Lesson.date, Lesson.number, Lesson.topic, Lesson.homework,
                          Lesson.created_at).tuples()
        ),
        "absences": sorted(
            Absence.select(Absence.student, Absence.code, Lesson.date, Lesson.number)
            .join(Lesson, on=(Absence.lesson == Lesson.id)).tuples()
        ),
        "timetable": sorted(
            TimetableEntry.select(TimetableEntry.assignment, TimetableEntry.weekday,
                                  TimetableEntry.number, TimetableEntry.room).tuples()
        ),
        "period_marks": sorted(
            PeriodMark.select(PeriodMark.student, PeriodMark.subject, PeriodMark.kind,
                              PeriodMark.value).tuples()
        ),
        "audit": sorted(
            AuditEntry.select(AuditEntry.at, AuditEntry.user, AuditEntry.action,
                              AuditEntry.entity_id, AuditEntry.new).tuples()
        ),
    }


def _class(level: int, letter: str) -> SchoolClass:
    return SchoolClass.get((SchoolClass.level == level) & (SchoolClass.letter == letter))


# --- the small demo ----------------------------------------------------------------------------


def test_small_demo_meets_the_minimums(db_spec: str) -> None:
    db, summary = _build(db_spec)
    try:
        assert summary.size == "small" and summary.seed == 1
        assert summary.years == ["2025/2026"]
        classes = SchoolClass.select().where(SchoolClass.level.is_null(False))
        assert classes.count() >= 3
        assert classes.where(SchoolClass.level == 1).exists()
        assert Student.select().count() >= 50
        assert User.select().count() >= 5
        assert Lesson.select().count() >= 100
        assert Mark.select().count() >= 500
        assert Absence.select().count() > 0
        codes = {c for (c,) in Absence.select(Absence.code).distinct().tuples()}
        assert codes == {"н", "б", "у", "оп"}
        assert Lesson.select().where(Lesson.topic != "").count() > 0.95 * Lesson.select().count()
        with_hw = Lesson.select().where(Lesson.homework != "").count()
        assert with_hw > 0.6 * Lesson.select().count()
        assert summary.counts["classes"] == classes.count()
        for key in ("classes", "students", "staff", "lessons", "marks", "absences"):
            assert summary.counts[key] > 0
        # four quarters with holidays between them
        periods = list(Period.select().order_by(Period.number))
        assert [p.number for p in periods] == [1, 2, 3, 4]
        holidays = [DateRange(h.start, h.end) for h in Holiday.select()]
        for before, after in pairwise(periods):
            gap = DateRange(before.end + dt.timedelta(days=1), after.start - dt.timedelta(days=1))
            assert any(h.overlaps(gap) for h in holidays), (before.name, after.name)
        # the extra-curricular group takes students from several classes
        group = SchoolClass.get(SchoolClass.level.is_null())
        members = [e.student_id for e in Enrollment.select().where(Enrollment.school_class == group.id)]
        assert len(members) >= 8
        home = {
            e.school_class_id for e in Enrollment.select().where(
                Enrollment.student.in_(members) & (Enrollment.school_class != group.id))
        }
        assert len(home) >= 2
        assert Lesson.select().join(Assignment).where(Assignment.school_class == group.id).exists()
        # lesson types: the words of the journal's own list, shown translated in English; a club session has none
        types = Counter(t for (t,) in Lesson.select(Lesson.lesson_type).join(Assignment)
                        .where(Assignment.school_class != group.id).tuples())
        assert set(types) - {""} <= set(LESSON_TYPES) and len(set(types) - {""}) >= 6, types
        assert types[""] < 0.02 * sum(types.values())  # only the forgotten lessons
        assert {t for (t,) in Lesson.select(Lesson.lesson_type).join(Assignment)
                .where(Assignment.school_class == group.id).tuples()} == {""}
        # a subgroup split with its own assignments, substitutions, КТП, movement
        split = Subgroup.select()
        assert split.count() >= 2
        assert Assignment.select().where(Assignment.subgroup.is_null(False)).count() >= 2
        assert Substitution.select().count() >= 3
        for sub in Substitution.select():
            lesson = Lesson.get((Lesson.assignment == sub.assignment_id) & (Lesson.date == sub.date)
                                & (Lesson.number == sub.number))
            assert lesson.teacher_id == sub.substitute_id
            assert Mark.select().where((Mark.lesson == lesson.id)
                                       & (Mark.created_by != sub.substitute_id)).count() == 0
        assert ThematicPlan.select().count() > 0 and PlanTopic.select().count() > 0
        assert Lesson.select().where(Lesson.plan_topic.is_null(False)).count() > 0.9 * Lesson.select().count()
        left = Enrollment.select().where(Enrollment.date_to.is_null(False)
                                         & (Enrollment.reason_out != "") & (Enrollment.order_out != ""))
        assert left.count() >= 2
        assert Enrollment.select().where(Enrollment.date_from > dt.date(2025, 9, 15)).exists()
        # about every eighth lesson is a written or control work where most students get a mark
        marked_pages = (Assignment.select(Assignment.id).join(SchoolClass)
                        .where(SchoolClass.level > 1))
        lessons = Lesson.select().where(Lesson.assignment.in_(marked_pages))
        control = lessons.join(WorkKind).where(WorkKind.code != "answer")
        assert 0.07 < control.count() / lessons.count() < 0.2
        per_lesson = Counter(lid for (lid,) in Mark.select(Mark.lesson)
                             .where(Mark.lesson.in_(control.select(Lesson.id))).tuples())
        ordinary = Counter(lid for (lid,) in Mark.select(Mark.lesson)
                           .where(Mark.lesson.not_in(control.select(Lesson.id))).tuples())
        assert sum(per_lesson.values()) / control.count() > 3 * sum(ordinary.values()) / (
            lessons.count() - control.count())
    finally:
        db.close()


def test_small_demo_marks_look_real(db_spec: str) -> None:
    db, _ = _build(db_spec)
    try:
        values = Counter(v for (v,) in Mark.select(Mark.value).tuples())
        total = sum(values.values())
        assert set(values) <= {"2", "3", "4", "5"}
        assert values["4"] == max(values.values())
        assert 0.02 < values["2"] / total < 0.12
        assert 0.2 < values["5"] / total < 0.4
        # weights follow the kind of work
        heavy = Mark.select().where(Mark.weight > Decimal(1)).count()
        assert heavy > 0
        # control flags have something to find
        both = (Mark.select().join(Absence, on=((Absence.lesson == Mark.lesson)
                                                & (Absence.student == Mark.student)))
                .where(Absence.code == "н"))
        assert both.count() >= 1
        q1 = Period.get(Period.number == 1)
        per_student = Counter(
            (s, a) for s, a in Mark.select(Mark.student, Lesson.assignment)
            .join(Lesson, on=(Mark.lesson == Lesson.id))
            .where(Lesson.date.between(q1.start, q1.end)).tuples()
        )
        assert 1 in per_student.values()  # somebody with exactly one mark
        # quarter marks of the finished quarters, from the weighted mean, a few «н/а»
        kinds = Counter(PeriodMark.select(PeriodMark.kind).tuples())
        assert set(kinds) == {("quarter",)}
        assert PeriodMark.select().where(PeriodMark.value == "н/а").exists()
        finished = {p for (p,) in PeriodMark.select(PeriodMark.period).distinct().tuples()}
        assert finished == {p.id for p in Period.select().where(Period.end < TODAY)}
    finally:
        db.close()


def test_demo_logins_and_the_teacher(db_spec: str) -> None:
    db, summary = _build(db_spec)
    try:
        assert [login for login, _, _ in summary.logins] == ["admin", "director", "deputy", "teacher"]
        for login, password, who in summary.logins:
            assert password == DEMO_PASSWORD and who
            result = auth.login(login, password)
            assert not result.must_change_password
        assert Role.DEPUTY in auth.login("deputy", "demo").roles
        assert Role.TEACHER in auth.login("deputy", "demo").roles
        deputy = User.get(User.login == "deputy")
        assert Assignment.select().where(Assignment.teacher == deputy.id).exists()
        other = User.select().where(User.login.startswith("t.")).first()
        assert other is not None and auth.login(str(other.login), "demo").actor.login == other.login
        teacher = User.get(User.login == "teacher")
        homeroom = SchoolClass.get(SchoolClass.homeroom == teacher.id)
        assert (homeroom.level, homeroom.letter) == (5, "А")
        assert Assignment.select().where((Assignment.teacher == teacher.id)
                                         & (Assignment.school_class == homeroom.id)).exists()
        roles = {r for (r,) in UserRole.select(UserRole.role).where(UserRole.user == teacher.id).tuples()}
        assert roles == {"teacher"}
    finally:
        db.close()


def test_demo_keeps_the_journal_rules(db_spec: str) -> None:
    db, _ = _build(db_spec)
    try:
        no_marks = (SchoolClass.level == 1) | SchoolClass.level.is_null()
        pages = Assignment.select(Assignment.id).join(SchoolClass).where(no_marks)
        assert pages.count() >= 2
        assert Mark.select().join(Lesson).where(Lesson.assignment.in_(pages)).count() == 0
        assert Lesson.select().where(Lesson.assignment.in_(pages) & (Lesson.homework != "")).count() == 0
        assert PeriodMark.select().join(SchoolClass, on=(PeriodMark.school_class == SchoolClass.id)
                                        ).where(no_marks).count() == 0
        # nothing in the future, nothing on holidays, nothing outside the periods
        assert Lesson.select().where(Lesson.date >= TODAY).count() == 0
        midnight = dt.datetime.combine(TODAY, dt.time())
        assert AuditEntry.select().where(AuditEntry.at >= midnight).count() == 0
        assert Mark.select().where(Mark.created_at >= midnight).count() == 0
        for h in Holiday.select():
            assert Lesson.select().where(Lesson.date.between(h.start, h.end)).count() == 0
        for lesson_date, in Lesson.select(Lesson.date).distinct().tuples():
            assert lesson_date.isoweekday() <= 5
        # the timetable: no teacher in two places, no class with two lessons in a slot
        slots = Counter()
        class_slots = Counter()
        for teacher, cls, sub, wd, num in (
            TimetableEntry.select(Assignment.teacher, Assignment.school_class,
                                  Assignment.subgroup, TimetableEntry.weekday, TimetableEntry.number)
            .join(Assignment).tuples()
        ):
            slots[(teacher, wd, num)] += 1
            class_slots[(cls, sub, wd, num)] += 1
        assert max(slots.values()) == 1
        assert max(class_slots.values()) == 1
        # the lessons are exactly what the services read from the timetable
        for a in Assignment.select():
            info = assignment_info(int(a.id))
            want = set(timetable_slots(info, DateRange(info.year_start, TODAY - dt.timedelta(days=1))))
            have = set(Lesson.select(Lesson.date, Lesson.number)
                       .where(Lesson.assignment == a.id).tuples())
            assert have == want, info.where
        # the first quarter is closed by the deputy; the others are open
        deputy = User.get(User.login == "deputy")
        q1, q2, q3, q4 = Period.select().order_by(Period.number)
        assert q1.closed and q1.closed_by_id == deputy.id and q1.closed_at is not None
        assert not (q2.closed or q3.closed or q4.closed)
        # every mark, absence, lesson and period mark has its audit entry, by the one who entered it
        for model, entity in ((Mark, "mark"), (Absence, "absence"), (Lesson, "lesson"),
                              (PeriodMark, "period_mark")):
            audited = {i for (i,) in AuditEntry.select(AuditEntry.entity_id)
                       .where(AuditEntry.entity == entity).tuples()}
            ids = {i for (i,) in model.select(model.id).tuples()}
            assert ids <= audited, entity
        mark_audit = {
            i: (u, at) for i, u, at in AuditEntry.select(AuditEntry.entity_id, AuditEntry.user,
                                                         AuditEntry.at)
            .where(AuditEntry.action == "mark.put").tuples()
        }
        for mid, by, at, day in (Mark.select(Mark.id, Mark.created_by, Mark.created_at, Lesson.date)
                                 .join(Lesson).tuples()):
            assert mark_audit[mid] == (by, at)
            assert at.date() >= day
        # nobody typed into the closed quarter after it was closed
        late = (AuditEntry.select().join(Lesson, on=(AuditEntry.lesson == Lesson.id))
                .where(Lesson.date.between(q1.start, q1.end) & (AuditEntry.at > q1.closed_at)))
        assert late.count() == 0
        new = json.loads(AuditEntry.get(AuditEntry.action == "mark.put").new)
        assert set(new) == {"value", "weight"}
    finally:
        db.close()


def test_demo_is_usable_through_the_services(db_spec: str) -> None:
    db, _ = _build(db_spec)
    try:
        teacher = auth.login("teacher", "demo").actor
        cls = _class(5, "А")
        a = Assignment.get((Assignment.teacher == teacher.user_id) & (Assignment.school_class == cls.id))
        q3 = Period.get(Period.number == 3)
        lesson = (Lesson.select().where((Lesson.assignment == a.id) & (Lesson.date >= q3.start))
                  .order_by(Lesson.date.desc()).first())
        assert lesson is not None and not Period.get(Period.number == 3).closed
        enrolled = [e.student_id for e in Enrollment.select().where(
            (Enrollment.school_class == cls.id) & (Enrollment.date_from <= lesson.date)
            & (Enrollment.date_to.is_null() | (Enrollment.date_to >= lesson.date)))]
        student = next(s for s in enrolled if journal.read_cell(int(lesson.id), s).text == "")
        change = journal.set_cell(teacher, int(a.id), lesson.date, int(lesson.number), student, "5",
                                  today=TODAY)
        assert change.after.text == "5"
        # today's lesson is not there yet: the timetable gives it, the teacher fills it in
        slot = (TimetableEntry.select().where((TimetableEntry.assignment == a.id)
                                              & (TimetableEntry.weekday == TODAY.isoweekday()))
                .first())
        if slot is not None:
            info = journal.set_lesson_details(teacher, int(a.id), TODAY, int(slot.number),
                                              expected_version=None, topic="Решение задач",
                                              homework="№ 1, 2", today=TODAY)
            assert info.topic == "Решение задач"
        # the administrator keeps working: ids after the bulk inserts are free
        admin = auth.login("admin", "demo").actor
        subject = structure.create_subject(admin, "Астрономия")
        assert Subject.get_by_id(subject).name == "Астрономия"
        year = AcademicYear.get()
        new_student = structure.enroll_new_student(
            admin, int(cls.id), "Новикова", "Ева", "Игоревна", birth_date=dt.date(2014, 5, 5),
            personal_file_no="Н-9999", date_from=TODAY - dt.timedelta(days=1),
            reason="Прибыла из другой школы", order="№ 1-у")
        assert Student.get_by_id(new_student).surname == "Новикова"
        assert year.name == "2025/2026"
        # the closed quarter refuses the teacher
        q1 = Period.get(Period.number == 1)
        old = (Lesson.select().where((Lesson.assignment == a.id) & (Lesson.date <= q1.end)).first())
        with pytest.raises(LockedError, match="закрыт"):
            journal.set_cell(teacher, int(a.id), old.date, int(old.number), enrolled[0], "4 н",
                             today=TODAY)
    finally:
        db.close()


def test_demo_is_deterministic(db_spec: str, tmp_path: Path) -> None:
    db, _ = _build(db_spec, seed=7)
    first = _snapshot()
    db.close()
    places = [str(tmp_path / "b.sqlite3"), str(tmp_path / "c.sqlite3")]
    cleanups = []
    if db_spec.startswith("postgresql"):
        places = []
        for _ in range(2):
            gen = _pg_place()
            places.append(next(gen))
            cleanups.append(gen)
    try:
        db, _ = _build(places[0], seed=7)
        second = _snapshot()
        db.close()
        for key in first:
            assert first[key] == second[key], key
        db, _ = _build(places[1], seed=8)
        third = _snapshot()
        db.close()
        assert first["students"] != third["students"]
        assert first["marks"] != third["marks"]
    finally:
        for gen in cleanups:
            for _ in gen:
                pass


def test_early_september_uses_the_previous_year(db_spec: str) -> None:
    assert demo_year_start(dt.date(2025, 9, 10)) == 2024
    assert demo_year_start(dt.date(2025, 10, 20)) == 2025
    assert demo_year_start(dt.date(2025, 7, 1)) == 2024
    assert demo_year_start(dt.date(2026, 2, 1)) == 2025
    db, summary = _build(db_spec, today=dt.date(2025, 9, 10))
    try:
        assert summary.years == ["2024/2025"]
        assert Lesson.select().count() >= 100 and Mark.select().count() >= 500
        assert Lesson.select(peewee.fn.MAX(Lesson.date)).scalar() <= dt.date(2025, 5, 31)
        closed = [p.number for p in Period.select().where(Period.closed)]
        assert closed == [1]
        kinds = {k for (k,) in PeriodMark.select(PeriodMark.kind).distinct().tuples()}
        assert kinds == {"quarter", "year"}
    finally:
        db.close()


def test_unknown_size_is_refused(sqlite_spec: str) -> None:
    db = connect(parse_target(sqlite_spec), create=True)
    try:
        with pytest.raises(ValidationError, match="размер"):
            build_demo(db, size="huge")
        assert DEMO_SIZES == ("small", "school", "large")
    finally:
        db.close()


def test_shipped_names() -> None:
    data = json.loads((resources.files("ejournal_desktop.resources") / "demo" / "names.json")
                      .read_text(encoding="utf-8"))
    assert len(data["male"]) >= 80 and len(data["female"]) >= 80 and len(data["surnames"]) >= 150
    for name, son, daughter in data["male"]:
        assert son.endswith(("ович", "евич", "ич")), name
        assert daughter.endswith(("овна", "евна", "ична", "инична")), name
    assert ["Илья", "Ильич", "Ильинична"] in data["male"]
    assert ["Дмитрий", "Дмитриевич", "Дмитриевна"] in data["male"]
    assert ["Игорь", "Игоревич", "Игоревна"] in data["male"]
    assert all(len(pair) == 2 and pair[0] and pair[1] for pair in data["surnames"])


# --- the whole school -------------------------------------------------------------------------


@pytest.mark.slow
def test_school_demo(sqlite_spec: str) -> None:
    db, summary = _build(sqlite_spec, size="school")
    try:
        levels = Counter(lv for (lv,) in SchoolClass.select(SchoolClass.level)
                         .where(SchoolClass.level.is_null(False)).tuples())
        assert set(levels) == set(range(1, 12))
        assert sum(1 for n in levels.values() if n >= 2) >= 8
        assert 600 <= summary.counts["students"] <= 800
        assert 30 <= summary.counts["staff"] <= 50
        taught: dict[int, set[str]] = {}
        for level, name in (Assignment.select(SchoolClass.level, Subject.name)
                            .join(SchoolClass).switch(Assignment).join(Subject)
                            .where(SchoolClass.level.is_null(False)).tuples()):
            taught.setdefault(level, set()).add(name)
        assert "Окружающий мир" in taught[1] and "Английский язык" not in taught[1]
        assert "Английский язык" in taught[2]
        assert "Математика" in taught[6] and "Алгебра" not in taught[6]
        assert {"Алгебра", "Геометрия", "Физика"} <= taught[7] and "Химия" not in taught[7]
        assert "Химия" in taught[8] and "Основы безопасности и защиты Родины" in taught[8]
        hours: dict[int, Decimal] = {}
        for level, h in (Assignment.select(SchoolClass.level, Assignment.hours_per_week)
                         .join(SchoolClass).where((SchoolClass.letter == "А")
                                                  & Assignment.subgroup.is_null()).tuples()):
            hours[level] = hours.get(level, Decimal(0)) + Decimal(h)
        assert hours[1] <= 21 and all(hours[lv] <= 34 for lv in hours)
        slots = Counter(
            (t, wd, n) for t, wd, n in TimetableEntry.select(
                Assignment.teacher, TimetableEntry.weekday, TimetableEntry.number)
            .join(Assignment).tuples()
        )
        assert max(slots.values()) == 1
        assert summary.counts["marks"] > 50_000
    finally:
        db.close()
