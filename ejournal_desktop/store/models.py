"""peewee models of the journal (DESIGN §2).

All models bind to :data:`db_proxy`; :mod:`ejournal_desktop.store.database`
initialises it with a SQLite file or a PostgreSQL URL.  Editable rows carry a
``version`` used for optimistic concurrency: a write that started from an old
version is refused by the services.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    Check,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    SmallIntegerField,
    TextField,
)

db_proxy = DatabaseProxy()


def now() -> dt.datetime:
    """Local wall-clock time: schools read entry times on their own clock."""
    return dt.datetime.now()


class BaseModel(Model):
    class Meta:
        database = db_proxy
        legacy_table_names = False


# --- the database itself -----------------------------------------------------


class Meta(BaseModel):
    """Key/value facts about the database: the application marker, school name."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()


class Setting(BaseModel):
    """A school setting (declared with type and default in services.settings)."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()  # JSON
    version = IntegerField(default=1)


# --- people --------------------------------------------------------------------


class User(BaseModel):
    """A staff account. Parents and students have no accounts (DESIGN §1)."""

    id = AutoField()
    login = CharField(unique=True, max_length=64)
    surname = CharField(max_length=100)
    name = CharField(max_length=100)
    patronymic = CharField(max_length=100, default="")
    password_hash = TextField(default="")
    must_change_password = BooleanField(default=False)
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    blocked = BooleanField(default=False)
    position = CharField(max_length=200, default="")
    email = CharField(max_length=200, default="")
    phone = CharField(max_length=50, default="")
    created_at = DateTimeField(default=now)
    version = IntegerField(default=1)

    @property
    def short_name(self) -> str:
        initials = "".join(f"{p[0]}." for p in (self.name, self.patronymic) if p)
        return f"{self.surname} {initials}".strip()

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)


class UserRole(BaseModel):
    """One of a user's roles: admin, director, deputy, teacher.

    The homeroom role is not stored: it follows from ``SchoolClass.homeroom``.
    """

    user = ForeignKeyField(User, backref="roles", on_delete="CASCADE")
    role = CharField(max_length=20)

    class Meta:
        indexes = ((("user", "role"), True),)


class Student(BaseModel):
    id = AutoField()
    surname = CharField(max_length=100)
    name = CharField(max_length=100)
    patronymic = CharField(max_length=100, default="")
    birth_date = DateField(null=True)
    gender = CharField(max_length=1, default="")  # "м" / "ж"
    personal_file_no = CharField(max_length=50, unique=True)
    address = TextField(default="")
    created_at = DateTimeField(default=now)
    version = IntegerField(default=1)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)


class Parent(BaseModel):
    id = AutoField()
    surname = CharField(max_length=100)
    name = CharField(max_length=100)
    patronymic = CharField(max_length=100, default="")
    phone = CharField(max_length=50, default="")
    email = CharField(max_length=200, default="")
    version = IntegerField(default=1)


class StudentParent(BaseModel):
    student = ForeignKeyField(Student, backref="parent_links", on_delete="CASCADE")
    parent = ForeignKeyField(Parent, backref="student_links", on_delete="CASCADE")
    relation = CharField(max_length=30, default="")  # мать, отец, опекун…

    class Meta:
        indexes = ((("student", "parent"), True),)


class Consent(BaseModel):
    """Consent to process personal data (152-ФЗ), for a student or a parent."""

    id = AutoField()
    student = ForeignKeyField(Student, null=True, backref="consents", on_delete="CASCADE")
    parent = ForeignKeyField(Parent, null=True, backref="consents", on_delete="CASCADE")
    given_on = DateField()
    purpose = TextField()
    revoked_on = DateField(null=True)
    recorded_by = ForeignKeyField(User, null=True, on_delete="SET NULL")

    class Meta:
        constraints = (Check("student_id IS NOT NULL OR parent_id IS NOT NULL"),)


# --- the school year and its structure ---------------------------------------------


class AcademicYear(BaseModel):
    id = AutoField()
    name = CharField(max_length=9, unique=True)  # 2025/2026
    start = DateField()
    end = DateField()
    days_per_week = SmallIntegerField(default=5)
    period_kind = CharField(max_length=10, default="quarter")  # quarter/half/trimester

    class Meta:
        constraints = (Check("\"end\" >= \"start\""), Check("days_per_week IN (5, 6)"))


class Period(BaseModel):
    id = AutoField()
    year = ForeignKeyField(AcademicYear, backref="periods", on_delete="CASCADE")
    number = SmallIntegerField()
    name = CharField(max_length=50)
    start = DateField()
    end = DateField()
    closed = BooleanField(default=False)
    closed_by = ForeignKeyField(User, null=True, on_delete="SET NULL")
    closed_at = DateTimeField(null=True)
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("year", "number"), True),)
        constraints = (Check("\"end\" >= \"start\""),)


class Holiday(BaseModel):
    """Каникулы and public holidays: no lessons on these dates."""

    id = AutoField()
    year = ForeignKeyField(AcademicYear, backref="holidays", on_delete="CASCADE")
    name = CharField(max_length=100)
    start = DateField()
    end = DateField()

    class Meta:
        constraints = (Check("\"end\" >= \"start\""),)


class Subject(BaseModel):
    id = AutoField()
    name = CharField(max_length=100, unique=True)
    short_name = CharField(max_length=20, default="")
    # JSON of a domain RoundingRule; empty = the school's rule
    rounding = TextField(default="")


class SchoolClass(BaseModel):
    """A class (5 «А») or an extra-curricular group (кружок) of one year."""

    id = AutoField()
    year = ForeignKeyField(AcademicYear, backref="classes", on_delete="CASCADE")
    level = SmallIntegerField(null=True)  # 1..11; NULL for an extra-curricular group
    letter = CharField(max_length=5, default="")
    title = CharField(max_length=100, default="")  # a group's name
    extracurricular = BooleanField(default=False)
    homeroom = ForeignKeyField(User, null=True, backref="homeroom_classes", on_delete="SET NULL")
    shift = SmallIntegerField(default=1)
    profile = CharField(max_length=100, default="")

    class Meta:
        constraints = (
            Check("extracurricular OR (level BETWEEN 1 AND 11)"),
            Check("shift IN (1, 2)"),
        )

    @property
    def display_name(self) -> str:
        if self.extracurricular:
            return str(self.title)
        return f"{self.level}{self.letter}"


class Enrollment(BaseModel):
    """Движение учащихся: a student in a class from a date to a date."""

    id = AutoField()
    student = ForeignKeyField(Student, backref="enrollments", on_delete="CASCADE")
    school_class = ForeignKeyField(SchoolClass, backref="enrollments", on_delete="CASCADE")
    date_from = DateField()
    date_to = DateField(null=True)  # the last day in the class; NULL = still there
    reason_in = CharField(max_length=200, default="")
    order_in = CharField(max_length=50, default="")
    reason_out = CharField(max_length=200, default="")
    order_out = CharField(max_length=50, default="")
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("school_class", "student"), False), (("student", "date_from"), False))
        constraints = (Check("date_to IS NULL OR date_to >= date_from"),)


class Subgroup(BaseModel):
    """A split of a class for one subject (languages, computing, labour)."""

    id = AutoField()
    school_class = ForeignKeyField(SchoolClass, backref="subgroups", on_delete="CASCADE")
    subject = ForeignKeyField(Subject, null=True, on_delete="CASCADE")
    name = CharField(max_length=50)

    class Meta:
        indexes = ((("school_class", "subject", "name"), True),)


class SubgroupMember(BaseModel):
    subgroup = ForeignKeyField(Subgroup, backref="members", on_delete="CASCADE")
    student = ForeignKeyField(Student, backref="subgroups", on_delete="CASCADE")

    class Meta:
        indexes = ((("subgroup", "student"), True),)


class WorkKind(BaseModel):
    """Вид работы with its weight and entry deadline (school settings)."""

    id = AutoField()
    code = CharField(max_length=30, unique=True)
    name = CharField(max_length=100)
    weight = DecimalField(max_digits=4, decimal_places=2, default=1)
    # days after the lesson the marks must be in the journal (0 = the same day)
    deadline_days = SmallIntegerField(default=0)
    position = SmallIntegerField(default=0)


class ThematicPlan(BaseModel):
    """КТП: one plan per subject and level, shared by its classes."""

    id = AutoField()
    year = ForeignKeyField(AcademicYear, backref="plans", on_delete="CASCADE")
    subject = ForeignKeyField(Subject, on_delete="CASCADE")
    level = SmallIntegerField(null=True)
    title = CharField(max_length=200)
    author = ForeignKeyField(User, null=True, on_delete="SET NULL")
    version = IntegerField(default=1)


class PlanTopic(BaseModel):
    id = AutoField()
    plan = ForeignKeyField(ThematicPlan, backref="topics", on_delete="CASCADE")
    number = IntegerField()
    title = TextField()
    hours = SmallIntegerField(default=1)
    planned_date = DateField(null=True)
    section = CharField(max_length=200, default="")

    class Meta:
        indexes = ((("plan", "number"), True),)


class Assignment(BaseModel):
    """Нагрузка: teacher × subject × class (or subgroup) × hours, per year."""

    id = AutoField()
    year = ForeignKeyField(AcademicYear, backref="assignments", on_delete="CASCADE")
    teacher = ForeignKeyField(User, backref="assignments", on_delete="RESTRICT")
    subject = ForeignKeyField(Subject, on_delete="RESTRICT")
    school_class = ForeignKeyField(SchoolClass, backref="assignments", on_delete="CASCADE")
    subgroup = ForeignKeyField(Subgroup, null=True, on_delete="CASCADE")
    hours_per_week = DecimalField(max_digits=4, decimal_places=1, default=1)
    plan = ForeignKeyField(ThematicPlan, null=True, on_delete="SET NULL")

    class Meta:
        indexes = ((("teacher", "year"), False), (("school_class", "subject"), False))


class Bell(BaseModel):
    id = AutoField()
    shift = SmallIntegerField(default=1)
    number = SmallIntegerField()
    start = CharField(max_length=5)  # "08:30"
    end = CharField(max_length=5)

    class Meta:
        indexes = ((("shift", "number"), True),)


class TimetableEntry(BaseModel):
    id = AutoField()
    assignment = ForeignKeyField(Assignment, backref="timetable", on_delete="CASCADE")
    weekday = SmallIntegerField()  # 1 = Monday
    number = SmallIntegerField()  # lesson number in the day
    room = CharField(max_length=20, default="")
    valid_from = DateField()
    valid_to = DateField(null=True)

    class Meta:
        indexes = ((("assignment", "weekday", "number"), False),)
        constraints = (Check("weekday BETWEEN 1 AND 7"),)


class Substitution(BaseModel):
    """Замена: on a date, lesson ``number`` of ``assignment`` is taught by ``substitute``."""

    id = AutoField()
    assignment = ForeignKeyField(Assignment, backref="substitutions", on_delete="CASCADE")
    date = DateField()
    number = SmallIntegerField()
    substitute = ForeignKeyField(User, backref="substitutions", on_delete="RESTRICT")
    reason = CharField(max_length=200, default="")
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("assignment", "date", "number"), True), (("substitute", "date"), False))


class Lesson(BaseModel):
    id = AutoField()
    assignment = ForeignKeyField(Assignment, backref="lessons", on_delete="RESTRICT")
    date = DateField()
    number = SmallIntegerField()
    teacher = ForeignKeyField(User, on_delete="RESTRICT")  # who actually taught it
    topic = TextField(default="")
    homework = TextField(default="")
    lesson_type = CharField(max_length=50, default="")
    plan_topic = ForeignKeyField(PlanTopic, null=True, on_delete="SET NULL")
    work_kind = ForeignKeyField(WorkKind, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=now)
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("assignment", "date", "number"), True),)


class Mark(BaseModel):
    """A current mark; a student may have several in one lesson."""

    id = AutoField()
    lesson = ForeignKeyField(Lesson, backref="marks", on_delete="RESTRICT")
    student = ForeignKeyField(Student, backref="marks", on_delete="RESTRICT")
    value = CharField(max_length=3)  # "5", "4-"
    weight = DecimalField(max_digits=4, decimal_places=2, default=1)
    work_kind = ForeignKeyField(WorkKind, null=True, on_delete="SET NULL")
    comment = TextField(default="")
    position = SmallIntegerField(default=0)
    created_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("lesson", "student"), False), (("student",), False))


class Absence(BaseModel):
    id = AutoField()
    lesson = ForeignKeyField(Lesson, backref="absences", on_delete="RESTRICT")
    student = ForeignKeyField(Student, backref="absences", on_delete="RESTRICT")
    code = CharField(max_length=2)  # н б у оп
    reason = TextField(default="")
    created_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    created_at = DateTimeField(default=now)
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("lesson", "student"), True), (("student",), False))


class PeriodMark(BaseModel):
    """Четвертная, полугодовая, годовая, экзаменационная, итоговая."""

    id = AutoField()
    student = ForeignKeyField(Student, backref="period_marks", on_delete="RESTRICT")
    subject = ForeignKeyField(Subject, on_delete="RESTRICT")
    school_class = ForeignKeyField(SchoolClass, on_delete="RESTRICT")
    year = ForeignKeyField(AcademicYear, on_delete="RESTRICT")
    kind = CharField(max_length=10)
    period = ForeignKeyField(Period, null=True, on_delete="RESTRICT")
    # period id, or 0 for year/exam/final marks: keeps the unique index NULL-free
    period_key = IntegerField(default=0)
    value = CharField(max_length=6)
    created_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)

    class Meta:
        indexes = (
            (("student", "subject", "year", "kind", "period_key"), True),
            (("school_class", "year"), False),
        )


class Certification(BaseModel):
    """The director's certification of a class's journal for a year (read-only after)."""

    id = AutoField()
    school_class = ForeignKeyField(SchoolClass, on_delete="RESTRICT")
    year = ForeignKeyField(AcademicYear, on_delete="RESTRICT")
    digest = CharField(max_length=64)
    sheet_count = IntegerField(default=0)
    certified_by = ForeignKeyField(User, on_delete="RESTRICT")
    certified_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("school_class", "year"), True),)


class CorrectionRequest(BaseModel):
    """A request to correct a locked cell, sent to the deputy and admin."""

    id = AutoField()
    requested_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    lesson = ForeignKeyField(Lesson, null=True, on_delete="SET NULL")
    student = ForeignKeyField(Student, null=True, on_delete="SET NULL")
    period_mark = ForeignKeyField(PeriodMark, null=True, on_delete="SET NULL")
    wanted = CharField(max_length=50, default="")  # what the cell should hold
    reason = TextField()
    status = CharField(max_length=10, default="open")  # open / applied / refused
    created_at = DateTimeField(default=now)
    resolved_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    resolved_at = DateTimeField(null=True)
    resolution = TextField(default="")
    version = IntegerField(default=1)


class Message(BaseModel):
    id = AutoField()
    sender = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    recipient = ForeignKeyField(User, on_delete="CASCADE", backref="inbox")
    subject = CharField(max_length=200, default="")
    body = TextField()
    sent_at = DateTimeField(default=now)
    read_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("recipient", "read_at"), False),)


class AuditEntry(BaseModel):
    """Append-only trail: who, when, what, old value, new value, reason."""

    id = AutoField()
    at = DateTimeField(default=now, index=True)
    user = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    action = CharField(max_length=40)  # mark.put, mark.change, absence.set, ...
    entity = CharField(max_length=30)  # mark, absence, lesson, period_mark, ...
    entity_id = IntegerField(null=True)
    school_class = IntegerField(null=True, index=True)  # plain ids: the trail outlives rows
    subject = IntegerField(null=True)
    lesson = IntegerField(null=True, index=True)
    student = IntegerField(null=True)
    old = TextField(default="")  # JSON
    new = TextField(default="")  # JSON
    reason = TextField(default="")

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


# --- parents, printing, control, the year's archive (schema 3) --------------------


class ParentContact(BaseModel):
    """«Переписка с родителями»: one contact with a student's parent(s).

    Recorded by hand (a call, a meeting) or by the program when a diary report,
    an information letter or an SMS text is issued for the student.
    """

    id = AutoField()
    student = ForeignKeyField(Student, backref="parent_contacts", on_delete="CASCADE")
    parent = ForeignKeyField(Parent, null=True, backref="contacts", on_delete="SET NULL")  # NULL = the family
    kind = CharField(max_length=10)  # letter / diary / sms / call / meeting / message / other
    on = DateField()
    subject = CharField(max_length=200, default="")  # «Информационное письмо за 1 четверть»
    note = TextField(default="")
    recorded_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    recorded_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("student", "on"), False), (("parent", "on"), False))


class PrintRecord(BaseModel):
    """The log of what was printed, when and by whom (seeds: paper copies during the year)."""

    id = AutoField()
    kind = CharField(max_length=20)  # journal / summary / volume / subject / period_pages / diary / letters / ...
    school_class = ForeignKeyField(SchoolClass, null=True, on_delete="SET NULL", backref="+")
    year = ForeignKeyField(AcademicYear, null=True, on_delete="SET NULL", backref="+")
    period = ForeignKeyField(Period, null=True, on_delete="SET NULL", backref="+")
    subject = ForeignKeyField(Subject, null=True, on_delete="SET NULL", backref="+")
    pages = IntegerField(default=0)
    digest = CharField(max_length=64, default="")  # SHA-256 of the PDF written
    file_name = TextField(default="")  # the name only, never a path with a user's folder
    printed_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    printed_at = DateTimeField(default=now, index=True)

    class Meta:
        indexes = ((("school_class", "year", "kind"), False),)


class WeeklyCheck(BaseModel):
    """The homeroom teacher's confirmation of a week's completeness for the class."""

    id = AutoField()
    school_class = ForeignKeyField(SchoolClass, backref="weekly_checks", on_delete="CASCADE")
    week_start = DateField()  # a Monday
    figures = TextField(default="")  # JSON of the completeness summary as confirmed
    note = TextField(default="")
    confirmed_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    confirmed_at = DateTimeField(default=now)
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("school_class", "week_start"), True),)


class YearArchive(BaseModel):
    """The year-end archive of one academic year (seed 001 §3.8, §5.5)."""

    id = AutoField()
    year = ForeignKeyField(AcademicYear, backref="archives", on_delete="RESTRICT")
    file_name = TextField()
    digest = CharField(max_length=64)  # SHA-256 of the archive file
    size = IntegerField(default=0)
    contents = TextField(default="")  # JSON: what the archive holds (PDFs and their digests)
    keep_journals_until = DateField()  # 5 years
    keep_summaries_until = DateField()  # 25 years
    made_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    made_at = DateTimeField(default=now)


class ArchiveCopy(BaseModel):
    """Where one copy of a year archive is kept (the register of copies)."""

    id = AutoField()
    archive = ForeignKeyField(YearArchive, backref="copies", on_delete="CASCADE")
    medium = CharField(max_length=100)  # «внешний диск», «USB-накопитель», «сервер»
    location = CharField(max_length=200)  # «кабинет 12, сейф»
    path = TextField(default="")
    checked_on = DateField(null=True)
    check_ok = BooleanField(null=True)
    next_check_on = DateField(null=True)
    note = TextField(default="")
    version = IntegerField(default=1)


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Meta,
    Setting,
    User,
    UserRole,
    Student,
    Parent,
    StudentParent,
    Consent,
    AcademicYear,
    Period,
    Holiday,
    Subject,
    SchoolClass,
    Enrollment,
    Subgroup,
    SubgroupMember,
    WorkKind,
    ThematicPlan,
    PlanTopic,
    Assignment,
    Bell,
    TimetableEntry,
    Substitution,
    Lesson,
    Mark,
    Absence,
    PeriodMark,
    Certification,
    CorrectionRequest,
    Message,
    AuditEntry,
    ParentContact,
    PrintRecord,
    WeeklyCheck,
    YearArchive,
    ArchiveCopy,
)

__all__ = [m.__name__ for m in ALL_MODELS] + ["ALL_MODELS", "SQL", "BaseModel", "db_proxy", "now"]
