"""The report engine: a report is computed once, as plain data, and rendered elsewhere.

A :class:`ReportResult` holds one or more :class:`ReportTable` — columns with
Russian headers and a kind (text, whole number, percent, decimal, date), rows,
an optional totals row, notes that name the denominators, and an optional
chart.  The desktop tab, the Excel export and the PDF printout all read the
same result and format cells with :func:`format_value`, so a figure reads the
same everywhere.

Adding a report is one class::

    @register("progress")
    class Progress(Report):
        title = "Успеваемость и качество"
        needs_class = False
        params = frozenset({Param.CLASS, Param.PERIOD})

        def compute(self, actor: Actor, params: ReportParams) -> ReportResult: ...

``compute`` checks VIEW_REPORTS through the permission table (see
:mod:`.context`): the administration sees the whole school, a homeroom teacher
the own class, a teacher the own assignments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from typing import ClassVar, Self, TypeAlias, TypeVar

from ejournal_desktop.domain.averages import round_half_up
from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.i18n import tr
from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.errors import NotFound

Value: TypeAlias = str | int | Decimal | dt.date | None
"""What a cell holds. Percents are shares 0..1 (Decimal, already rounded as shown)."""

DASH = "—"


def t(text: str) -> str:
    """A user-visible text of the reports, through the translator (context «Reports»); the report modules import
    it from here (the extractor follows the import)."""
    return tr("Reports", text)


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    PERCENT = "percent"
    DECIMAL = "decimal"
    DATE = "date"
    DATETIME = "datetime"
    MARK = "mark"  # a mark as text («5», «н/а»), shown centred


CENTRED_KINDS = frozenset({Kind.DATE, Kind.DATETIME, Kind.MARK})


NUMERIC_KINDS = frozenset({Kind.INT, Kind.PERCENT, Kind.DECIMAL})


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: Kind = Kind.TEXT

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC_KINDS


@dataclass(frozen=True)
class Chart:
    """A bar chart over a table: labels from one column, one bar series per value column."""

    title: str
    category: str  # key of the label column
    series: tuple[str, ...]  # keys of the value columns (one kind)


@dataclass
class ReportTable:
    title: str
    columns: list[Column]
    rows: list[list[Value]] = field(default_factory=list)
    totals: list[Value] | None = None
    notes: list[str] = field(default_factory=list)
    chart: Chart | None = None

    def index(self, key: str) -> int:
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise KeyError(key)

    def column(self, key: str) -> Column:
        return self.columns[self.index(key)]

    def value(self, row: int, key: str) -> Value:
        return self.rows[row][self.index(key)]

    def records(self) -> list[dict[str, Value]]:
        """The rows as dicts by column key (tests and the command line read them so)."""
        keys = [c.key for c in self.columns]
        return [dict(zip(keys, row, strict=True)) for row in self.rows]

    def total(self, key: str) -> Value:
        if self.totals is None:
            raise KeyError(key)
        return self.totals[self.index(key)]

    def find(self, key: str, value: Value) -> dict[str, Value]:
        """The first row whose column ``key`` holds ``value``, as a dict."""
        for record in self.records():
            if record[key] == value:
                return record
        raise KeyError(f"{key}={value!r}")

    def text(self, row: Sequence[Value]) -> list[str]:
        return [format_value(v, c.kind) for v, c in zip(row, self.columns, strict=True)]


@dataclass
class ReportResult:
    name: str
    title: str
    subtitle: str  # the parameters: class, period or dates, whose data
    tables: list[ReportTable]
    notes: list[str] = field(default_factory=list)
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))

    @property
    def main(self) -> ReportTable:
        return self.tables[0]

    @property
    def columns(self) -> list[Column]:
        return self.main.columns

    @property
    def rows(self) -> list[list[Value]]:
        return self.main.rows

    @property
    def totals(self) -> list[Value] | None:
        return self.main.totals

    def table(self, title: str) -> ReportTable:
        for table in self.tables:
            if table.title == title:
                return table
        raise KeyError(title)

    def plain_text(self) -> str:
        """The report as aligned plain text (the command line prints it so)."""
        lines = [self.title, self.subtitle, ""]
        for table in self.tables:
            if len(self.tables) > 1 or table.title:
                lines.append(table.title)
            body = [table.text(r) for r in table.rows]
            if table.totals is not None:
                body.append(table.text(table.totals))
            header = [c.title for c in table.columns]
            widths = [max(len(x[i]) for x in [header, *body]) for i in range(len(header))]
            lines.append("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
            lines.append("  ".join("-" * w for w in widths))
            for cells in body:
                lines.append("  ".join(
                    (x.rjust(w) if c.numeric else x.ljust(w))
                    for x, w, c in zip(cells, widths, table.columns, strict=True)).rstrip())
            lines.extend(table.notes)
            lines.append("")
        lines.extend(self.notes)
        return "\n".join(lines).rstrip() + "\n"


# --- values -------------------------------------------------------------------------------------------------


@dataclass
class Tally:
    """A dataclass of counters (a row of a report) that adds another of its kind field by field."""

    def plus(self, other: Self) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def share(part: int | Fraction, whole: int | Fraction) -> Decimal | None:
    """part / whole as a share rounded to a tenth of a percent (7/8 → 0.875); None for 0 / 0."""
    if not whole:
        return None
    return round_half_up(Fraction(part) / Fraction(whole) * 100, 1) / 100


def as_share(x: Fraction | None) -> Decimal | None:
    return None if x is None else share(x, 1)


def decimal2(x: Fraction | Decimal | None) -> Decimal | None:
    """A mean with two decimals, half up (as the journal shows it)."""
    if x is None:
        return None
    return round_half_up(Fraction(x), 2)


def format_value(value: Value, kind: Kind) -> str:
    if value is None:
        return DASH
    if kind is Kind.PERCENT and isinstance(value, Decimal):
        return f"{(value * 100).quantize(Decimal('0.1')):f}".replace(".", ",") + " %"
    if kind is Kind.DECIMAL and isinstance(value, Decimal):
        return f"{value.quantize(Decimal('0.01')):f}".replace(".", ",")
    if isinstance(value, dt.datetime):
        return f"{format_date_ru(value.date())} {value:%H:%M}"
    if isinstance(value, dt.date):
        return format_date_ru(value)
    return str(value)


def plural_days(n: int) -> str:
    """«день» / «дня» / «дней» after n; translated (English) only 1 takes the singular (21 days, not 21 day)."""
    if t("день") != "день":
        return t("день") if n == 1 else t("дней")
    if n % 10 == 1 and n % 100 != 11:
        return t("день")
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return t("дня")
    return t("дней")


# --- parameters ---------------------------------------------------------------------------------------------


class Param(StrEnum):
    CLASS = "class"  # a class, or the whole school when the report allows it
    PERIOD = "period"
    DATES = "dates"  # a date range instead of a period
    LESSONS = "lessons"  # the last N lessons instead of the period
    TEACHER = "teacher"


@dataclass(frozen=True)
class ReportParams:
    class_id: int | None = None
    period_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    last_lessons: int | None = None
    teacher_id: int | None = None
    today: dt.date | None = None  # "now" of the report (tests, demonstrations)
    year_id: int | None = None  # without a class or a period: the year (default: the current one)


# --- the registry -------------------------------------------------------------------------------------------


class Report:
    name: ClassVar[str] = ""
    title: ClassVar[str] = ""
    description: ClassVar[str] = ""
    needs_class: ClassVar[bool] = False
    needs_marks: ClassVar[bool] = False  # only classes that keep marks (not the 1st grade, not clubs)
    params: ClassVar[frozenset[Param]] = frozenset({Param.CLASS, Param.PERIOD})

    def compute(self, actor: Actor, params: ReportParams) -> ReportResult:
        raise NotImplementedError

    def result(self, subtitle: str, tables: list[ReportTable], notes: list[str] | None = None) -> ReportResult:
        return ReportResult(self.name, t(self.title), subtitle, tables, notes or [])


REGISTRY: dict[str, type[Report]] = {}

R = TypeVar("R", bound=type[Report])


def register(name: str) -> Callable[[R], R]:
    """Class decorator: make the report available by its machine name."""

    def wrap(cls: R) -> R:
        if name in REGISTRY and REGISTRY[name] is not cls:
            raise ValueError(f"report {name!r} registered twice")
        cls.name = name
        REGISTRY[name] = cls
        return cls

    return wrap


def get_report(name: str) -> Report:
    cls = REGISTRY.get(name)
    if cls is None:
        raise NotFound(t("Отчёт «%s» не найден. Список отчётов: ejournal report --list.") % name)
    return cls()


def report_list() -> list[tuple[str, str]]:
    """(machine name, Russian title) of every report, in the order they were registered."""
    return [(name, t(cls.title)) for name, cls in REGISTRY.items()]


def compute(name: str, actor: Actor, params: ReportParams) -> ReportResult:
    return get_report(name).compute(actor, params)
