"""The deterministic demo school (``ejournal demo``).

:func:`build_demo` fills an empty database with a believable Russian school:
staff with logins, classes and students, the teaching load, a weekly timetable,
КТП, lessons with topics and homework, marks, attendance, quarter (and year)
marks and the audit trail a real year of work leaves behind.

Rules the generator follows:

* **Deterministic.**  Everything comes from ``random.Random(seed)`` and the
  name and topic lists shipped in ``resources/demo`` (no Faker), and every
  moment written is derived from ``today``: the same ``(size, seed, today)``
  gives the same school, row for row (only password hashes differ: argon2
  salts are random).
* **The demo year** is the academic year containing ``today`` (1 September –
  31 May); in summer it is the year that has just ended.  Within the first six
  weeks of September the *previous* year is used instead, so that even a demo
  built on 2 September has hundreds of lessons and marks and a closed first
  quarter.  ``large`` has five consecutive years ending with the demo year.
* **No future data.**  Lessons are generated for school days strictly before
  ``today`` (today's lessons are left for the user to fill in), skipping
  holidays; every entry time in the audit trail is before ``today``.
* **Through the services' shapes, in bulk.**  Structure and journal rows are
  written with ``insert_many`` in chunks inside transactions, with the ids
  computed here (PostgreSQL sequences are moved past them at the end), and
  every lesson, mark, absence and period mark gets the audit entry the
  services would have written, with a realistic entry time.

Logins (password ``demo``): ``admin``, ``director``, ``deputy`` (зам. по УВР,
also teaches), ``teacher`` (учитель математики, классный руководитель 5 «А»);
every other teacher has a login like ``t.ivanova`` with the same password.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from importlib import resources
from typing import Any

import peewee

from ejournal_desktop.domain.averages import RoundingRule, suggest_period_mark
from ejournal_desktop.domain.periods import DateRange, lesson_dates
from ejournal_desktop.services import bootstrap
from ejournal_desktop.services import settings as school_settings
from ejournal_desktop.services.auth import hash_password
from ejournal_desktop.services.errors import ValidationError
from ejournal_desktop.services.permissions import Role
from ejournal_desktop.store import models as m

__all__ = ["DEMO_PASSWORD", "DEMO_SIZES", "DemoSummary", "build_demo", "demo_year_start"]

DEMO_SIZES = ("small", "school", "large")
DEMO_PASSWORD = "demo"

SCHOOL_NAME = "МБОУ «Средняя общеобразовательная школа № 7» г. Верхнеречинск"
SCHOOL_SHORT_NAME = "МБОУ СОШ № 7"

CHUNK = 500  # rows per INSERT statement


@dataclass(frozen=True)
class DemoSummary:
    """What was built: for the CLI's message and for tests."""

    size: str
    seed: int
    years: list[str]
    logins: list[tuple[str, str, str]]  # (login, password, who it is — in Russian)
    counts: dict[str, int]  # classes, students, staff, lessons, marks, absences (and more)


# --- the school's plan -----------------------------------------------------------------------


@dataclass(frozen=True)
class _SubjectDef:
    name: str
    short: str
    specialty: str
    hours: tuple[int, ...]  # hours per week for levels 1..11 (ФГОС, five-day week)


_Z = (0,)
_CURRICULUM: tuple[_SubjectDef, ...] = (
    _SubjectDef("Русский язык", "Рус. яз.", "russian", (5, 5, 5, 5, 5, 6, 4, 3, 3, 2, 2)),
    _SubjectDef("Литературное чтение", "Лит. чт.", "primary", (4, 4, 4, 3) + _Z * 7),
    _SubjectDef("Литература", "Лит-ра", "russian", (0, 0, 0, 0, 3, 3, 2, 2, 3, 3, 3)),
    _SubjectDef("Английский язык", "Англ. яз.", "english", (0, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3)),
    _SubjectDef("Математика", "Матем.", "math", (4, 4, 4, 4, 5, 5) + _Z * 5),
    _SubjectDef("Алгебра", "Алгебра", "math", _Z * 6 + (3, 3, 3, 3, 3)),
    _SubjectDef("Геометрия", "Геом.", "math", _Z * 6 + (2, 2, 2, 2, 2)),
    _SubjectDef("Вероятность и статистика", "Вер. и стат.", "math", _Z * 6 + (1,) * 5),
    _SubjectDef("Информатика", "Информ.", "informatics", _Z * 6 + (1,) * 5),
    _SubjectDef("История", "История", "history", _Z * 4 + (2,) * 7),
    _SubjectDef("Обществознание", "Обществ.", "history", _Z * 5 + (1, 1, 1, 1, 2, 2)),
    _SubjectDef("География", "Геогр.", "geography", _Z * 4 + (1, 1, 2, 2, 2, 1, 1)),
    _SubjectDef("Биология", "Биол.", "biology", _Z * 4 + (1, 1, 1, 2, 2, 1, 1)),
    _SubjectDef("Физика", "Физика", "physics", _Z * 6 + (2, 2, 3, 2, 2)),
    _SubjectDef("Химия", "Химия", "chemistry", _Z * 7 + (2, 2, 1, 1)),
    _SubjectDef("Окружающий мир", "Окр. мир", "primary", (2, 2, 2, 2) + _Z * 7),
    _SubjectDef("Основы религиозных культур и светской этики", "ОРКСЭ", "primary",
                (0, 0, 0, 1) + _Z * 7),
    _SubjectDef("Основы духовно-нравственной культуры народов России", "ОДНКНР", "history",
                _Z * 4 + (1, 1) + _Z * 5),
    _SubjectDef("Музыка", "Музыка", "music", (1,) * 8 + _Z * 3),
    _SubjectDef("Изобразительное искусство", "ИЗО", "art", (1,) * 7 + _Z * 4),
    _SubjectDef("Труд (технология)", "Труд", "labour", (1, 1, 1, 1, 2, 2, 2, 1, 1, 0, 0)),
    _SubjectDef("Физическая культура", "Физ-ра", "pe", (2,) * 11),
    _SubjectDef("Основы безопасности и защиты Родины", "ОБЗР", "obzr", _Z * 7 + (1,) * 4),
)
_SPLIT_SUBJECT = "Английский язык"
_SPECIALISTS_IN_PRIMARY = frozenset({"english", "music", "pe"})

# what a teacher of the specialty teaches, in the genitive: «учитель математики»
_SPECIALTY_TITLES: dict[str, str] = {
    "primary": "начальных классов",
    "russian": "русского языка и литературы",
    "math": "математики",
    "english": "английского языка",
    "history": "истории и обществознания",
    "geography": "географии",
    "biology": "биологии",
    "chemistry": "химии",
    "physics": "физики",
    "informatics": "информатики",
    "music": "музыки",
    "art": "изобразительного искусства",
    "labour": "труда (технологии)",
    "pe": "физической культуры",
    "obzr": "ОБЗР",
}
# a specialty with too few hours for a teacher of its own goes to a neighbour
_MERGE_INTO: tuple[tuple[str, str], ...] = (
    ("informatics", "physics"),
    ("physics", "math"),
    ("chemistry", "biology"),
    ("geography", "biology"),
    ("labour", "art"),
    ("art", "music"),
    ("obzr", "pe"),
)
_MERGE_BELOW = 6  # hours per week
_TARGET_LOAD = 24  # hours per week of a full-time teacher (an extra teacher above 26)
_MAX_LOAD = 26
_DEPUTY_LOAD = 8

_GROUPS: tuple[tuple[str, str, str], ...] = (
    # (title, short name, specialty of the leader)
    ("Юный эколог", "Эколог", "biology"),
    ("Шахматы", "Шахматы", "math"),
    ("Робототехника", "Робот.", "physics"),
    ("Хоровое пение", "Хор", "music"),
)

_BELLS: tuple[tuple[str, str], ...] = (
    ("08:30", "09:15"),
    ("09:25", "10:10"),
    ("10:30", "11:15"),
    ("11:35", "12:20"),
    ("12:30", "13:15"),
    ("13:25", "14:10"),
    ("14:20", "15:05"),
)
_LETTERS = "АБВГДЕЖЗ"
_MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
           "сентябрь", "октябрь", "ноябрь", "декабрь")


@dataclass(frozen=True)
class _SizeSpec:
    years: int
    parallels: tuple[int, ...]  # classes per level 1..11
    junior: tuple[int, int]  # class size for levels 1–9
    senior: tuple[int, int]  # class size for levels 10–11
    split_min: int  # English is taught in two subgroups from this class size (and always in 5 «А»)
    groups: int  # extra-curricular groups per year
    leavers: int  # students leaving in the middle of a year
    arrivals: int  # students arriving in the middle of a year
    substitutions: int  # per year
    planted: int  # per year: students with no mark, and with just one, in a subject and period
    mark_and_absent: int  # per year: cells holding a mark and «н»
    missing_period_marks: int  # quarter marks not yet given in the last finished open quarter


_SIZES: dict[str, _SizeSpec] = {
    "small": _SizeSpec(1, (1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0), (19, 23), (18, 22), 99, 1,
                       2, 1, 4, 3, 3, 2),
    "school": _SizeSpec(1, (3, 3, 3, 2, 3, 2, 2, 2, 2, 1, 1), (27, 31), (22, 26), 25, 3,
                        5, 4, 25, 12, 10, 5),
    "large": _SizeSpec(5, (8, 8, 8, 8, 8, 8, 8, 8, 8, 4, 4), (29, 33), (24, 28), 25, 4,
                       20, 15, 40, 40, 25, 10),
}

_CONTROL_KINDS = frozenset({"control", "independent", "test", "dictation", "essay", "lab", "project"})
# the words of the journal's «Тип урока» list exactly (ui.stored_values.LESSON_TYPES, a test keeps them so), as
# a teacher picks them: an English window shows them translated; a session of a club or an extra-curricular
# group has no lesson type
_LESSON_TYPES = {
    "new": "урок открытия нового знания",
    "combined": "комбинированный урок",
    "practice": "урок закрепления",
    "review": "урок обобщения и систематизации",
    "control": "урок контроля знаний",
    "check": "урок развивающего контроля",
    "lab": "урок-практикум",
    "project": "урок обобщения и систематизации",
    "revision": "урок повторения",
    "group": "",
}
_SUFFIXES: dict[str, tuple[str, ...]] = {
    "math": ("Решение задач", "Закрепление", "Решение задач", "Обобщение"),
    "physics": ("Решение задач", "Закрепление"),
    "chemistry": ("Решение задач", "Закрепление"),
    "russian": ("Закрепление", "Практикум", "Развитие речи"),
    "english": ("Закрепление", "Развитие речи", "Практикум"),
    "pe": ("Совершенствование техники", "Учебная игра"),
    "": ("Продолжение темы", "Закрепление", "Обобщение"),
}
_NO_HOMEWORK_RATE = {"music": 0.3, "art": 0.3, "labour": 0.3, "pe": 0.45, "obzr": 0.2}
_SUBSTITUTION_REASONS = (
    "Болезнь учителя",
    "Курсы повышения квалификации",
    "Сопровождение учащихся на олимпиаду",
    "Болезнь учителя",
)
_LEAVE_REASONS = (
    "Перевод в МБОУ «Гимназия № 2» г. Верхнеречинск",
    "Переезд семьи в г. Казань, перевод в другую образовательную организацию",
    "Перевод на семейное образование",
    "Переезд семьи в г. Новосибирск, перевод в другую образовательную организацию",
)
_ARRIVE_REASONS = (
    "Прибыл(а) из МБОУ СОШ № 3 г. Нижнереченск",
    "Прибыл(а) из МАОУ «Лицей № 1» г. Екатеринбург",
    "Прибыл(а) из МБОУ «Школа № 12» г. Самара",
)


def demo_year_start(today: dt.date) -> int:
    """The calendar year in which the demo's (last) academic year begins."""
    start = today.year if today.month >= 9 else today.year - 1
    if today.month >= 9 and today < dt.date(start, 9, 1) + dt.timedelta(weeks=6):
        start -= 1
    return start


# --- small helpers ----------------------------------------------------------------------------------


def _json(value: Any) -> str:
    """As services.audit writes ``old``/``new``."""
    if value is None or value == "":
        return ""
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def _at(day: dt.date, hhmm: str, plus_minutes: int = 0) -> dt.datetime:
    h, mi = hhmm.split(":")
    return dt.datetime(day.year, day.month, day.day, int(h), int(mi)) + dt.timedelta(
        minutes=plus_minutes
    )


def _last_monday(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=last.weekday())


def _ru_date(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


_TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
    strict=True,
))


def _translit(text: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in text.lower() if ch.isalpha())


def _short(surname: str, name: str, patronymic: str) -> str:
    return f"{surname} {name[0]}.{patronymic[0]}."


def _quoted(topic: str) -> str:
    """«… по теме «X»», avoiding quotes inside quotes."""
    return f": {topic}" if "«" in topic else f" по теме «{topic}»"


# --- loading the shipped lists --------------------------------------------------------------------


@dataclass(frozen=True)
class _Names:
    male: list[tuple[str, str, str]]  # name, patronymic of a son, of a daughter
    female: list[str]
    surnames: list[tuple[str, str]]  # male form, female form
    streets: list[str]
    city: str


def _load_json(name: str) -> Any:
    path = resources.files("ejournal_desktop.resources") / "demo" / name
    return json.loads(path.read_text(encoding="utf-8"))


def _load_names() -> _Names:
    data = _load_json("names.json")
    return _Names(
        [(str(a), str(b), str(c)) for a, b, c in data["male"]],
        [str(x) for x in data["female"]],
        [(str(a), str(b)) for a, b in data["surnames"]],
        [str(x) for x in data["streets"]],
        str(data["city"]),
    )


@dataclass(frozen=True)
class _SubjectTopics:
    bands: list[tuple[int, int, list[str]]]
    homework: list[str]
    kinds: list[str]

    def for_level(self, level: int) -> list[str]:
        best = min(self.bands, key=lambda b: 0 if b[0] <= level <= b[1] else
                   min(abs(level - b[0]), abs(level - b[1])))
        return best[2]


def _load_topics() -> tuple[dict[str, _SubjectTopics], dict[str, list[str]]]:
    data = _load_json("topics.json")
    subjects = {
        str(name): _SubjectTopics(
            [(int(b["levels"][0]), int(b["levels"][1]), [str(t) for t in b["topics"]])
             for b in spec["bands"]],
            [str(h) for h in spec["homework"]],
            [str(k) for k in spec["kinds"]],
        )
        for name, spec in data["subjects"].items()
    }
    groups = {str(k): [str(t) for t in v] for k, v in data["groups"].items()}
    return subjects, groups


# --- the in-memory school ----------------------------------------------------------------------------


@dataclass(eq=False)
class _Staff:
    id: int
    login: str
    surname: str
    name: str
    patronymic: str
    specialty: str  # "" for the director
    roles: tuple[str, ...]
    room: str
    habit: str = "prompt"  # prompt / evening / mixed / weekly (enters a week late)
    control_delay: tuple[int, int] = (0, 1)  # days to check written work
    period_habit: str = "normal"  # normal / early / late
    cap: int = _TARGET_LOAD

    @property
    def short(self) -> str:
        return _short(self.surname, self.name, self.patronymic)


@dataclass(eq=False)
class _Student:
    id: int
    surname: str
    name: str
    patronymic: str
    gender: str
    birth: dt.date
    file_no: str
    address: str
    ability: float
    sickly: float
    created: dt.datetime


@dataclass(eq=False)
class _Enrol:
    id: int
    student: _Student
    class_id: int
    date_from: dt.date
    date_to: dt.date | None
    reason_in: str
    order_in: str
    reason_out: str = ""
    order_out: str = ""

    def on(self, day: dt.date) -> bool:
        return self.date_from <= day and (self.date_to is None or day <= self.date_to)


@dataclass(eq=False)
class _Period:
    id: int
    number: int
    name: str
    start: dt.date
    end: dt.date
    closed_at: dt.datetime | None = None
    limit: dt.datetime = dt.datetime.max  # no entry into this period's lessons after this


@dataclass(eq=False)
class _Year:
    id: int
    name: str
    start: dt.date
    end: dt.date
    periods: list[_Period]
    holidays: list[tuple[str, dt.date, dt.date]]
    final: bool

    @property
    def holiday_ranges(self) -> list[DateRange]:
        return [DateRange(s, e) for _, s, e in self.holidays]


@dataclass(eq=False)
class _Class:
    id: int
    level: int | None
    letter: str
    title: str
    size: int
    lineage: tuple[Any, ...]
    roster: list[_Enrol] = field(default_factory=list)
    homeroom: _Staff | None = None
    split: bool = False
    subgroups: list[tuple[int, list[_Enrol]]] = field(default_factory=list)


@dataclass(frozen=True)
class _Slot:
    topic_id: int | None
    title: str
    kind: str | None  # work kind code of a written / control work; None = ordinary lesson
    lesson_type: str
    index: int  # position in the plan, for homework numbering


@dataclass(eq=False)
class _Plan:
    id: int
    subject: str
    level: int | None
    slots: list[_Slot]


@dataclass(eq=False)
class _Asg:
    id: int
    teacher: _Staff
    subject: str
    subject_id: int
    specialty: str
    cls: _Class
    subgroup: int | None  # index 0/1 into cls.subgroups
    hours: int
    members: list[_Enrol]
    marks_ok: bool
    homework_rate: float  # share of lessons with homework
    plan: _Plan | None = None
    counter: int = 0
    last_marked: dict[int, int] = field(default_factory=dict)


@dataclass
class _Block:
    """Hours of one specialty in one class (or one subgroup), given to one teacher."""

    cls: _Class
    specialty: str
    items: list[tuple[_SubjectDef, int]]
    subgroup: int | None = None
    teacher: _Staff | None = None

    @property
    def hours(self) -> int:
        return sum(h for _, h in self.items)


# --- a small min-cost flow for the timetable ------------------------------------------------------------


class _Flow:
    """Min-cost max-flow (successive shortest paths, SPFA); graphs of a few hundred nodes."""

    def __init__(self, n: int) -> None:
        self.adj: list[list[int]] = [[] for _ in range(n)]
        self.to: list[int] = []
        self.cap: list[int] = []
        self.cost: list[int] = []

    def add(self, u: int, v: int, cap: int, cost: int = 0) -> int:
        self.adj[u].append(len(self.to))
        self.to.append(v)
        self.cap.append(cap)
        self.cost.append(cost)
        self.adj[v].append(len(self.to))
        self.to.append(u)
        self.cap.append(0)
        self.cost.append(-cost)
        return len(self.to) - 2

    def run(self, s: int, t: int) -> int:
        total = 0
        n = len(self.adj)
        while True:
            dist = [math.inf] * n
            prev = [-1] * n
            queued = [False] * n
            dist[s] = 0
            queue = deque([s])
            while queue:
                u = queue.popleft()
                queued[u] = False
                du = dist[u]
                for e in self.adj[u]:
                    if self.cap[e] > 0:
                        v = self.to[e]
                        nd = du + self.cost[e]
                        if nd < dist[v]:
                            dist[v] = nd
                            prev[v] = e
                            if not queued[v]:
                                queued[v] = True
                                queue.append(v)
            if dist[t] == math.inf:
                return total
            push = min(self.cap[prev[v]] for v in self._path(s, t, prev))
            for v in self._path(s, t, prev):
                e = prev[v]
                self.cap[e] -= push
                self.cap[e ^ 1] += push
            total += push

    def _path(self, s: int, t: int, prev: list[int]) -> list[int]:
        out = []
        v = t
        while v != s:
            out.append(v)
            v = self.to[prev[v] ^ 1]
        return out


@dataclass(frozen=True)
class _Unit:
    """One subject of a class in the timetable (both subgroups of a split subject together)."""

    asgs: tuple[_Asg, ...]
    hours: int

    @property
    def teachers(self) -> tuple[int, ...]:
        return tuple(a.teacher.id for a in self.asgs)


def _schedule_class(
    units: list[_Unit], busy: set[tuple[int, int, int]], rng: random.Random, max_slot: int,
) -> list[tuple[_Unit, int, int]]:
    """Place a class's weekly hours into (weekday, lesson number) cells.

    No teacher is in two places at once (``busy`` holds their cells so far) and
    a subject comes at most once a day (twice with more than five hours, or
    when nothing else fits).  Each cell costs the square of its lesson number,
    so the cheapest plan is a compact day of even length: gaps and seventh
    lessons appear only where the teachers' weeks force them.
    """
    total = sum(u.hours for u in units)
    cells = [(d, s) for d in range(1, 6) for s in range(1, max_slot + 1)]
    for more_per_day in (0, 1, 2):
        order = list(range(len(units)))
        rng.shuffle(order)
        n_units = len(units)
        unit_day = 1 + n_units
        cell0 = unit_day + 5 * n_units
        sink = cell0 + len(cells)
        flow = _Flow(sink + 1)
        for i in order:
            u = units[i]
            flow.add(0, 1 + i, u.hours)
            per_day = (1 if u.hours <= 5 else 2) + more_per_day
            for d in range(1, 6):
                flow.add(1 + i, unit_day + 5 * i + d - 1, per_day)
        for c, (_d, s) in enumerate(cells):
            flow.add(cell0 + c, sink, 1, 10 * s * s + rng.randrange(3))
        cell_edges: list[tuple[int, int, int]] = []  # (edge, unit, cell)
        shuffled = list(range(len(cells)))
        rng.shuffle(shuffled)
        for i in order:
            u = units[i]
            for c in shuffled:
                d, s = cells[c]
                if any((t, d, s) in busy for t in u.teachers):
                    continue
                cell_edges.append((flow.add(unit_day + 5 * i + d - 1, cell0 + c, 1), i, c))
        if flow.run(0, sink) < total:
            continue
        placed = [(units[i], cells[c][0], cells[c][1]) for e, i, c in cell_edges if flow.cap[e] == 0]
        for u, d, s in placed:
            for t in u.teachers:
                busy.add((t, d, s))
        return placed
    raise RuntimeError("Не удалось составить расписание демонстрационной школы.")


# --- plans (КТП) -------------------------------------------------------------------------------------------


def _control_title(kind: str, subject: str, topic: str, section: str, number: int) -> str:
    if subject == "Физическая культура":
        return f"Контрольные нормативы по разделу «{section}»" if section else "Контрольные нормативы"
    if kind == "control":
        return f"Контрольная работа № {number}{_quoted(topic)}"
    if kind == "independent":
        return f"Самостоятельная работа{_quoted(topic)}"
    if kind == "test":
        return f"Проверочная работа{_quoted(topic)}"
    if kind == "dictation":
        if subject == "Английский язык":
            return f"Словарный диктант{_quoted(topic)}"
        return f"Контрольный диктант № {number}{_quoted(topic)}"
    if kind == "essay":
        return f"Сочинение{_quoted(topic)}"
    if kind == "lab":
        if subject in ("Информатика", "Труд (технология)", "География"):
            return f"Практическая работа № {number}{_quoted(topic)}"
        return f"Лабораторная работа № {number}{_quoted(topic)}"
    return f"Защита проектов{_quoted(topic)}"


def _plan_slots(
    subject: str, specialty: str, topics: list[str], kinds: list[str], n_lessons: int,
    with_controls: bool, group: bool,
) -> list[tuple[str, str, str | None, str, int]]:
    """Lessons of a year's plan: (section, title, kind, lesson type, PlanTopic group index).

    Ordinary lessons walk through the topic list; a written or control work
    follows a topic once about seven lessons have passed since the last one.
    """
    entries: list[tuple[str, str]] = []
    section = ""
    for t in topics:
        if t.startswith("#"):
            section = t.lstrip("# ").strip()
        else:
            entries.append((section, t))
    if not entries or n_lessons <= 0:
        return []
    n_ctrl = n_lessons // 8 if with_controls and kinds else 0
    n_ord = max(1, n_lessons - n_ctrl)
    per_topic: list[int] = [0] * len(entries)
    for j in range(n_ord):
        per_topic[j * len(entries) // n_ord] += 1
    suffixes = _SUFFIXES.get(specialty, _SUFFIXES[""])
    out: list[tuple[str, str, str | None, str, int]] = []
    group_no = 0
    since = 0
    kind_counts: dict[str, int] = {}
    control_no = 0
    for (sec, title), hours in zip(entries, per_topic, strict=True):
        if hours == 0:
            continue
        for r in range(hours):
            if group:
                kind_type = _LESSON_TYPES["group"]
                text = title if r == 0 else f"{title}. {suffixes[(r - 1) % len(suffixes)]}"
            else:
                text = title if r == 0 else f"{title}. {suffixes[(r - 1) % len(suffixes)]}"
                if r == 0:
                    kind_type = _LESSON_TYPES["new"]
                elif r == hours - 1 and hours > 2:
                    kind_type = _LESSON_TYPES["review"]
                else:
                    kind_type = _LESSON_TYPES["combined" if r % 2 else "practice"]
            out.append((sec, text, None, kind_type, group_no))
            since += 1
        group_no += 1
        if n_ctrl and since >= 7 and control_no < n_ctrl:
            kind = kinds[control_no % len(kinds)]
            kind_counts[kind] = kind_counts.get(kind, 0) + 1
            control_no += 1
            ltype = _LESSON_TYPES[kind if kind in ("lab", "project", "control") else "check"]
            out.append((sec, _control_title(kind, subject, title, sec, kind_counts[kind]), kind,
                        ltype, group_no))
            group_no += 1
            since = 0
    if len(out) < n_lessons:
        for _ in range(n_lessons - len(out)):
            out.append(("Повторение", "Повторение и обобщение изученного" if not group
                        else "Итоговое занятие", None,
                        _LESSON_TYPES["group" if group else "revision"], group_no))
    return out[:n_lessons]


# --- the builder -----------------------------------------------------------------------------------------


class _Builder:
    def __init__(
        self, db: peewee.Database, size: str, seed: int, today: dt.date,
        progress: Callable[[str], None] | None, admin_id: int,
    ) -> None:
        self.db = db
        self.size = size
        self.spec = _SIZES[size]
        self.seed = seed
        self.rng = random.Random(seed)
        self.today = today
        self.today_limit = dt.datetime(today.year, today.month, today.day) - dt.timedelta(minutes=10)
        self.say = progress or (lambda _text: None)
        self.admin_id = admin_id
        self.names = _load_names()
        self.topics, self.group_topics = _load_topics()
        self.next_ids: dict[type[m.BaseModel], int] = {}
        self.kinds: dict[str, tuple[int, Decimal]] = {
            str(code): (int(kid), Decimal(w))
            for kid, code, w in m.WorkKind.select(m.WorkKind.id, m.WorkKind.code, m.WorkKind.weight)
            .tuples()
        }
        self.rule: RoundingRule = school_settings.rounding_rule()
        self.subject_ids: dict[str, int] = {}
        self.staff: list[_Staff] = []
        self.by_specialty: dict[str, list[_Staff]] = {}
        self.alias: dict[str, str] = {}
        self.director: _Staff | None = None
        self.deputy: _Staff | None = None
        self.teacher: _Staff | None = None
        self.file_no = 0
        self.used_names: set[tuple[str, str, str]] = set()
        self.lineages: dict[tuple[Any, ...], list[_Student]] = {}
        self.tens_pool: dict[int, list[_Student]] = {}  # cohort → 9th-graders staying for 10th
        self.buffers: dict[type[m.BaseModel], list[tuple[Any, ...]]] = {}
        self.fields: dict[type[m.BaseModel], list[Any]] = {}
        self.mark_json: dict[tuple[str, str], str] = {}
        self.json_cache: dict[tuple[Any, ...], str] = {}
        self.statements: dict[type[m.BaseModel], str] = {}
        self.subject_offsets: dict[tuple[int, int], float] = {}
        self.caps: dict[tuple[int, int, int], int] = {}
        self.mark_absent_left = 0
        self.first_year_start = today.year

    # ids and bulk inserts ---------------------------------------------------------------------------

    def new_id(self, model: type[m.BaseModel]) -> int:
        if model not in self.next_ids:
            top = model.select(peewee.fn.MAX(model.id)).scalar()
            self.next_ids[model] = int(top or 0) + 1
        value = self.next_ids[model]
        self.next_ids[model] = value + 1
        return value

    def add(self, model: type[m.BaseModel], fields: list[Any], row: tuple[Any, ...]) -> None:
        if model not in self.fields:
            self.fields[model] = fields
            self.buffers[model] = []
        self.buffers[model].append(row)

    def flush(self) -> None:
        """Write the buffered rows, parents before children (foreign keys are checked).

        peewee builds each table's INSERT (``insert_many`` of one row, no RETURNING);
        the rows then go through the driver's ``executemany`` in chunks of
        :data:`CHUNK` — the same statement and values as ``insert_many``, without
        composing the SQL text again for every value (that dominated the build).
        """
        cursor = None
        for model in m.ALL_MODELS:
            rows = self.buffers.get(model)
            if not rows:
                continue
            fields = self.fields[model]
            if model not in self.statements:
                query = model.insert_many(rows[:1], fields=fields).returning()
                text, params = query.sql()
                # a table whose other columns get defaults added: plain insert_many
                self.statements[model] = text if len(params) == len(fields) else ""
            statement = self.statements[model]
            for i in range(0, len(rows), CHUNK):
                if statement:
                    cursor = cursor or self.db.cursor()
                    cursor.executemany(statement, rows[i:i + CHUNK])
                else:
                    model.insert_many(rows[i:i + CHUNK], fields=fields).as_rowcount().execute()
            rows.clear()

    def audit(
        self, at: dt.datetime, user: int | None, action: str, entity: str, entity_id: int | None,
        *, class_id: int | None = None, subject_id: int | None = None,
        lesson_id: int | None = None, student_id: int | None = None,
        old: str = "", new: str = "", reason: str = "",
    ) -> None:
        self.add(m.AuditEntry, _AUDIT_FIELDS, (at, user, action, entity, entity_id, class_id,
                                               subject_id, lesson_id, student_id, old, new, reason))

    def cached_json(self, key: tuple[Any, ...], value: Any) -> str:
        """The audit JSON of one of the few values that repeat (codes, dates, period marks)."""
        text = self.json_cache.get(key)
        if text is None:
            text = self.json_cache[key] = _json(value)
        return text

    # people ---------------------------------------------------------------------------------------------

    def person(self, gender: str) -> tuple[str, str, str, str]:
        """(surname, name, patronymic, father's name) not used before."""
        rng = self.rng
        while True:
            male_s, female_s = rng.choice(self.names.surnames)
            father, son_p, daughter_p = rng.choice(self.names.male)
            if gender == "м":
                first = rng.choice(self.names.male)[0]
                key = (male_s, first, son_p)
            else:
                first = rng.choice(self.names.female)
                key = (female_s, first, daughter_p)
            if key not in self.used_names:
                self.used_names.add(key)
                return key[0], key[1], key[2], father

    def new_student(self, level: int, year_start: int, arrive: dt.date) -> _Student:
        rng = self.rng
        gender = rng.choice("мж")
        surname, name, patronymic, father = self.person(gender)
        born_from = dt.date(year_start - level - 6, 9, 1)
        birth = born_from + dt.timedelta(days=rng.randrange(365))
        self.file_no += 1
        street = rng.choice(self.names.streets)
        address = (f"г. {self.names.city}, ул. {street}, д. {rng.randint(1, 60)}"
                   + (f", кв. {rng.randint(1, 120)}" if rng.random() < 0.8 else ""))
        ability = rng.gauss(0.0, 0.45)
        sickly = min(3.0, rng.lognormvariate(-0.1, 0.5))
        created = dt.datetime.combine(arrive - dt.timedelta(days=rng.randint(3, 20)),
                                      dt.time(10, rng.randrange(60)))
        st = _Student(self.new_id(m.Student), surname, name, patronymic, gender, birth,
                      f"{surname[0]}-{self.file_no:04d}", address, ability, sickly, created)
        self.add(m.Student, _STUDENT_FIELDS, (st.id, surname, name, patronymic, birth, gender,
                                              st.file_no, address, created, 1))
        self.add_parents(st, father, created)
        return st

    def add_parents(self, st: _Student, father: str, created: dt.datetime) -> None:
        rng = self.rng
        male_s = next((a for a, b in self.names.surnames if st.surname in (a, b)), st.surname)
        female_s = next((b for a, b in self.names.surnames if st.surname in (a, b)), st.surname)
        mother = (female_s, rng.choice(self.names.female), rng.choice(self.names.male)[2], "мать")
        parents = [mother]
        if rng.random() < 0.65:
            parents.append((male_s, father, rng.choice(self.names.male)[1], "отец"))
        for surname, name, patronymic, relation in parents:
            pid = self.new_id(m.Parent)
            phone = (f"+7 9{rng.randint(10, 99)} {rng.randint(100, 999)}-"
                     f"{rng.randint(10, 99)}-{rng.randint(10, 99)}")
            email = (f"{_translit(surname)}.{_translit(name)[:1]}{rng.randint(70, 99)}@mail.ru"
                     if rng.random() < 0.4 else "")
            self.add(m.Parent, [m.Parent.id, m.Parent.surname, m.Parent.name, m.Parent.patronymic,
                                m.Parent.phone, m.Parent.email, m.Parent.version],
                     (pid, surname, name, patronymic, phone, email, 1))
            self.add(m.StudentParent, [m.StudentParent.student, m.StudentParent.parent,
                                       m.StudentParent.relation], (st.id, pid, relation))
            if relation == "мать":
                self.add(m.Consent, [m.Consent.student, m.Consent.parent, m.Consent.given_on,
                                     m.Consent.purpose, m.Consent.revoked_on, m.Consent.recorded_by],
                         (st.id, pid, created.date(),
                          "Обработка персональных данных обучающегося и родителя (законного "
                          "представителя) в электронном журнале (152-ФЗ)", None, self.admin_id))

    # the calendar ---------------------------------------------------------------------------------------

    def make_year(self, start_year: int, final: bool) -> _Year:
        y = start_year
        autumn = _last_monday(y, 10)
        autumn_end = max(dt.date(y, 11, 4), autumn + dt.timedelta(days=6))
        march = dt.date(y + 1, 3, 24)
        spring = march - dt.timedelta(days=march.weekday())
        quarters = [
            (dt.date(y, 9, 1), autumn - dt.timedelta(days=1)),
            (autumn_end + dt.timedelta(days=1), dt.date(y, 12, 28)),
            (dt.date(y + 1, 1, 12), spring - dt.timedelta(days=1)),
            (spring + dt.timedelta(days=7), dt.date(y + 1, 5, 26)),
        ]
        holidays = [
            ("Осенние каникулы", autumn, autumn_end),
            ("Зимние каникулы", dt.date(y, 12, 29), dt.date(y + 1, 1, 11)),
            ("День защитника Отечества", dt.date(y + 1, 2, 23), dt.date(y + 1, 2, 23)),
            ("Международный женский день", dt.date(y + 1, 3, 8), dt.date(y + 1, 3, 8)),
            ("Весенние каникулы", spring, spring + dt.timedelta(days=6)),
            ("Праздник Весны и Труда", dt.date(y + 1, 5, 1), dt.date(y + 1, 5, 1)),
            ("День Победы", dt.date(y + 1, 5, 9), dt.date(y + 1, 5, 9)),
        ]
        year = _Year(self.new_id(m.AcademicYear), f"{y}/{y + 1}", dt.date(y, 9, 1),
                     dt.date(y + 1, 5, 31), [], holidays, final)
        self.add(m.AcademicYear, [m.AcademicYear.id, m.AcademicYear.name, m.AcademicYear.start,
                                  m.AcademicYear.end, m.AcademicYear.days_per_week,
                                  m.AcademicYear.period_kind],
                 (year.id, year.name, year.start, year.end, 5, "quarter"))
        for n, (ps, pe) in enumerate(quarters, 1):
            year.periods.append(_Period(self.new_id(m.Period), n, f"{n} четверть", ps, pe))
        for title, hs, he in holidays:
            self.add(m.Holiday, [m.Holiday.year, m.Holiday.name, m.Holiday.start, m.Holiday.end],
                     (year.id, title, hs, he))
        # which periods are closed, and until when their lessons may be filled in
        for i, p in enumerate(year.periods):
            close: dt.datetime | None = None
            nxt = year.periods[i + 1].start if i + 1 < len(year.periods) else year.end
            if not final and p.end < self.today:
                close = dt.datetime.combine(nxt - dt.timedelta(days=1), dt.time(15, 0))
            elif final and i == 0 and p.end < self.today:
                close = dt.datetime.combine(nxt - dt.timedelta(days=1), dt.time(15, 0))
            if close is not None:
                close = min(close, self.today_limit - dt.timedelta(hours=2))
                p.closed_at = close
                p.limit = min(close - dt.timedelta(minutes=10), self.today_limit)
            else:
                p.limit = self.today_limit
            assert self.deputy is not None
            self.add(m.Period, [m.Period.id, m.Period.year, m.Period.number, m.Period.name,
                                m.Period.start, m.Period.end, m.Period.closed, m.Period.closed_by,
                                m.Period.closed_at, m.Period.version],
                     (p.id, year.id, p.number, p.name, p.start, p.end, close is not None,
                      self.deputy.id if close is not None else None, close,
                      1 if close is None else 2))
            if close is not None:
                self.audit(close, self.deputy.id, "period.close", "period", p.id,
                           old=_json({"closed": False}), new=_json({"closed": True}))
        return year

    def school_days(self, year: _Year, until: dt.date | None = None) -> list[dt.date]:
        """Days with lessons (as services.lessons.timetable_slots counts them), up to ``until``."""
        holidays = year.holiday_ranges
        out: list[dt.date] = []
        for p in year.periods:
            end = p.end if until is None else min(p.end, until)
            if end < p.start:
                continue
            for weekday in range(1, 6):
                out.extend(lesson_dates(DateRange(p.start, end), weekday, holidays, 5))
        return sorted(out)

    # staff ----------------------------------------------------------------------------------------------

    def specialty_of(self, sd: _SubjectDef, level: int) -> str:
        spec = sd.specialty
        if level <= 4 and spec not in _SPECIALISTS_IN_PRIMARY:
            spec = "primary"
        while spec in self.alias:
            spec = self.alias[spec]
        return spec

    def class_blocks(self, cls: _Class) -> list[_Block]:
        assert cls.level is not None
        blocks: dict[tuple[str, int | None], _Block] = {}
        for sd in _CURRICULUM:
            hours = sd.hours[cls.level - 1]
            if not hours:
                continue
            spec = self.specialty_of(sd, cls.level)
            parts: list[int | None] = [0, 1] if (cls.split and sd.name == _SPLIT_SUBJECT) else [None]
            for sg in parts:
                key = (spec if sg is None else f"{spec}/{sg}", sg)
                block = blocks.setdefault(key, _Block(cls, spec, [], sg))
                block.items.append((sd, hours))
        return list(blocks.values())

    def make_staff(self, plans: list[list[_Class]]) -> None:
        rng = self.rng
        # hours of each specialty, the busiest year counted
        demand: dict[str, int] = {}
        primary_classes = 0
        for classes in plans:
            d: dict[str, int] = {}
            for cls in classes:
                for sd in _CURRICULUM:
                    assert cls.level is not None
                    h = sd.hours[cls.level - 1]
                    if h:
                        spec = sd.specialty if cls.level > 4 or sd.specialty in \
                            _SPECIALISTS_IN_PRIMARY else "primary"
                        split = cls.split and sd.name == _SPLIT_SUBJECT
                        d[spec] = d.get(spec, 0) + h * (2 if split else 1)
            for k, v in d.items():
                demand[k] = max(demand.get(k, 0), v)
            primary_classes = max(primary_classes, sum(1 for c in classes if (c.level or 0) <= 4))
        for small, into in _MERGE_INTO:
            if small in demand and demand[small] < _MERGE_BELOW:
                target = into
                while target in self.alias:
                    target = self.alias[target]
                self.alias[small] = target
                demand[target] = demand.get(target, 0) + demand.pop(small)
        created = dt.datetime(self.first_year_start - 1, 8, 20, 10, 0)
        logins: set[str] = {"admin"}
        rooms = iter(range(1, 400))

        def room() -> str:
            n = next(rooms)
            return f"{(n - 1) // 12 + 1}{(n - 1) % 12 + 1:02d}"

        def make(specialty: str, login: str | None, roles: tuple[str, ...], gender: str) -> _Staff:
            surname, name, patronymic, _ = self.person(gender)
            if login is None:
                base = "t." + _translit(surname)
                login, n = base, 1
                while login in logins:
                    n += 1
                    login = f"{base}{n}"
            logins.add(login)
            where = ("Спортзал" if specialty == "pe" else "Актовый зал" if specialty == "music"
                     else room())
            s = _Staff(self.new_id(m.User), login, surname, name, patronymic, specialty, roles, where)
            self.staff.append(s)
            if specialty:
                self.by_specialty.setdefault(specialty, []).append(s)
            return s

        def gender_for(spec: str) -> str:
            share_male = {"pe": 0.6, "obzr": 0.8, "physics": 0.4, "informatics": 0.5,
                          "labour": 0.5, "history": 0.3}.get(spec, 0.12)
            return "м" if rng.random() < share_male else "ж"

        self.director = make("", "director", (str(Role.DIRECTOR),), gender_for("history"))
        self.deputy = make("history", "deputy", (str(Role.DEPUTY), str(Role.TEACHER)),
                           gender_for("math"))
        self.deputy.cap = _DEPUTY_LOAD
        self.teacher = make("math", "teacher", (str(Role.TEACHER),), "ж")
        order = ["primary", "russian", "math", "english", "history", "geography", "biology",
                 "chemistry", "physics", "informatics", "music", "art", "labour", "pe", "obzr"]
        for spec in order:
            if spec not in demand:
                continue
            have = self.by_specialty.get(spec, [])
            fixed = sum(s.cap for s in have)
            if spec == "primary":
                need = primary_classes
            else:
                rest = max(0, demand[spec] - fixed)
                need = math.ceil(rest / _MAX_LOAD)
                if spec == "english" and any(c.split for cl in plans for c in cl):
                    need = max(need, 2 - len(have))
            for _ in range(need):
                make(spec, None, (str(Role.TEACHER),), gender_for(spec))
        # entry habits: most fill the journal in class, some in the evening, one a week late
        teachers = [s for s in self.staff if s.specialty]
        for s in teachers:
            s.habit = rng.choices(("prompt", "evening", "mixed"), (0.55, 0.2, 0.25))[0]
            s.control_delay = (2, 6) if rng.random() < 0.35 else (0, 1)
        assert self.teacher is not None and self.deputy is not None
        self.teacher.habit = "prompt"
        self.teacher.control_delay = (1, 3)
        others = [s for s in teachers if s not in (self.teacher, self.deputy)]
        if others:
            rng.choice([s for s in others if s.specialty != "primary"] or others).habit = "weekly"
        if len(others) >= 3:
            early, late = rng.sample(others, 2)
            early.period_habit = "early"
            late.period_habit = "late"
        # the accounts, with one hash of the demo password for everybody
        pw_hash = hash_password(DEMO_PASSWORD)
        for s in self.staff:
            position = self.position(s)
            self.add(m.User, _USER_FIELDS, (s.id, s.login, s.surname, s.name, s.patronymic, pw_hash,
                                            False, position, created, 1))
            for role in s.roles:
                self.add(m.UserRole, [m.UserRole.user, m.UserRole.role], (s.id, role))
            self.audit(created, self.admin_id, "user.create", "user", s.id,
                       new=_json({"login": s.login, "name": f"{s.surname} {s.name} {s.patronymic}",
                                  "roles": list(s.roles)}))

    def position(self, s: _Staff) -> str:
        if s is self.director:
            return "Директор"
        specs = [s.specialty] + [k for k, v in self.alias.items() if self._root(k) == s.specialty]
        titles = [_SPECIALTY_TITLES[x] for x in specs if x in _SPECIALTY_TITLES]
        what = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " и " + titles[-1]
        if s is self.deputy:
            return f"Заместитель директора по УВР, учитель {what}"
        return f"Учитель {what}"

    def _root(self, spec: str) -> str:
        while spec in self.alias:
            spec = self.alias[spec]
        return spec

    # classes and students ------------------------------------------------------------------------------

    def plan_classes(self, year_start: int) -> list[_Class]:
        rng = self.rng
        out: list[_Class] = []
        for level in range(1, 12):
            for k in range(self.spec.parallels[level - 1]):
                letter = _LETTERS[k]
                lo, hi = self.spec.junior if level <= 9 else self.spec.senior
                size = rng.randint(lo, hi)
                cohort = year_start - level + 1
                lineage: tuple[Any, ...] = (cohort, letter) if level <= 9 else ("s", cohort, letter)
                cls = _Class(0, level, letter, "", size, lineage)
                cls.split = level >= 2 and (size >= self.spec.split_min or (level == 5 and k == 0))
                out.append(cls)
        return out

    def fill_classes(self, year: _Year, classes: list[_Class]) -> None:
        rng = self.rng
        ystart = year.start.year
        order_in = f"№ {rng.randint(40, 60)}-о от {_ru_date(year.start - dt.timedelta(days=3))}"
        first_order = f"№ {rng.randint(20, 35)}-у от {_ru_date(dt.date(ystart, 8, 25))}"
        for cls in classes:
            assert cls.level is not None
            cls.id = self.new_id(m.SchoolClass)
            students: list[tuple[_Student, str, str]] = []
            roster = self.lineages.get(cls.lineage)
            if roster is None and cls.level == 10 and self.tens_pool.get(ystart - 9):
                pool = self.tens_pool[ystart - 9]
                take = min(len(pool), cls.size)
                roster = [pool.pop() for _ in range(take)]
            if roster is None:
                reason = "Зачисление в 1 класс" if cls.level == 1 else (
                    "Зачисление в 10 класс" if cls.level == 10 else "Перевод в следующий класс")
                order = first_order if cls.level in (1, 10) else order_in
                for _ in range(cls.size):
                    students.append((self.new_student(cls.level, ystart, year.start), reason, order))
            else:
                reason = "Перевод в следующий класс" if cls.level != 10 else "Зачисление в 10 класс"
                for st in roster:
                    students.append((st, reason, order_in if cls.level != 10 else first_order))
                while len(students) < cls.size - rng.randint(0, 2):
                    students.append((self.new_student(cls.level, ystart, year.start),
                                     rng.choice(_ARRIVE_REASONS), first_order))
            students.sort(key=lambda x: (x[0].surname, x[0].name, x[0].patronymic))
            for st, reason, order in students:
                e = _Enrol(self.new_id(m.Enrollment), st, cls.id, year.start, None, reason, order)
                cls.roster.append(e)
            self.lineages[cls.lineage] = [e.student for e in cls.roster]

    def end_of_year(self, year: _Year, classes: list[_Class]) -> None:
        """Decide who moves up, who finishes school, who leaves (past years only)."""
        rng = self.rng
        order = f"№ {rng.randint(60, 90)}-о от {_ru_date(year.end - dt.timedelta(days=2))}"
        for cls in classes:
            assert cls.level is not None
            staying: list[_Student] = []
            for e in cls.roster:
                if e.date_to is not None:
                    continue
                e.date_to = year.end
                e.order_out = order
                if cls.level == 11:
                    e.reason_out = "Окончил(а) школу: аттестат о среднем общем образовании"
                elif cls.level == 9:
                    if rng.random() < 0.5:
                        e.reason_out = "Перевод в 10 класс"
                        self.tens_pool.setdefault(year.start.year - 8, []).append(e.student)
                    else:
                        e.reason_out = ("Окончил(а) 9 классов: аттестат об основном общем "
                                        "образовании")
                elif rng.random() < 0.03:
                    e.reason_out = rng.choice(_LEAVE_REASONS)
                else:
                    e.reason_out = "Перевод в следующий класс"
                    staying.append(e.student)
            self.lineages[cls.lineage] = staying
        for pool in self.tens_pool.values():
            rng.shuffle(pool)

    def movements(self, year: _Year, classes: list[_Class]) -> None:
        """A few students leave in the middle of the year and a few arrive."""
        rng = self.rng
        days = [d for d in self.school_days(year, min(self.today - dt.timedelta(days=7),
                                                      year.end))
                if d >= year.start + dt.timedelta(days=28)]
        if not days:
            return
        regular = [c for c in classes if (c.level or 0) >= 2]
        for _ in range(self.spec.leavers):
            cls = rng.choice(regular)
            candidates = [e for e in cls.roster if e.date_to is None and e.date_from == year.start]
            if len(candidates) < 5:
                continue
            e = rng.choice(candidates)
            last = rng.choice(days)
            e.date_to = last
            e.reason_out = rng.choice(_LEAVE_REASONS)
            e.order_out = f"№ {rng.randint(100, 199)}-у от {_ru_date(last)}"
            at = _at(last, "11:00", rng.randint(0, 240))
            self.audit(at, self.admin_id, "enrollment.out", "enrollment", e.id, class_id=cls.id,
                       student_id=e.student.id, old=_json({"to": None}),
                       new=_json({"to": last, "order": e.order_out}), reason=e.reason_out)
        for _ in range(self.spec.arrivals):
            cls = rng.choice(regular)
            assert cls.level is not None
            first = rng.choice(days)
            st = self.new_student(cls.level, year.start.year, first)
            order = f"№ {rng.randint(100, 199)}-у от {_ru_date(first - dt.timedelta(days=1))}"
            e = _Enrol(self.new_id(m.Enrollment), st, cls.id, first, None,
                       rng.choice(_ARRIVE_REASONS), order)
            cls.roster.append(e)
            at = _at(first - dt.timedelta(days=1), "10:00", rng.randint(0, 300))
            self.audit(at, self.admin_id, "student.create", "student", st.id, class_id=cls.id,
                       student_id=st.id,
                       new=_json({"name": f"{st.surname} {st.name} {st.patronymic}",
                                  "file": st.file_no}))
            self.audit(at, self.admin_id, "enrollment.in", "enrollment", e.id, class_id=cls.id,
                       student_id=st.id, new=_json({"class": cls.id, "from": first,
                                                    "order": order}), reason=e.reason_in)

    # load, timetable, plans ----------------------------------------------------------------------------

    def distribute(self, classes: list[_Class]) -> list[_Block]:
        """Give each specialty's blocks to its teachers: consecutive classes, even loads."""
        blocks: list[_Block] = []
        for cls in classes:
            blocks.extend(self.class_blocks(cls))
        by_spec: dict[str, list[_Block]] = {}
        for b in blocks:
            by_spec.setdefault(b.specialty, []).append(b)
        for spec, items in by_spec.items():
            teachers = self.by_specialty[spec]
            if spec == "primary":
                for b, t in zip(items, teachers, strict=False):
                    b.teacher = t
                continue
            total = sum(b.hours for b in items)
            fixed = sum(t.cap for t in teachers if t.cap != _TARGET_LOAD)
            generic = sum(1 for t in teachers if t.cap == _TARGET_LOAD)
            share = max(0.0, total - fixed) / generic if generic else 0.0
            caps = [float(t.cap) if t.cap != _TARGET_LOAD else share for t in teachers]
            load = [0.0] * len(teachers)
            owner: dict[int, int] = {}  # class id → teacher of the first subgroup
            i = 0
            for b in items:
                if b.subgroup == 1 and len(teachers) > 1:
                    # the second subgroup: the least loaded other teacher
                    j = min((k for k in range(len(teachers)) if k != owner.get(b.cls.id)),
                            key=lambda k: (load[k] / caps[k] if caps[k] else math.inf, k))
                else:
                    while i < len(teachers) - 1 and load[i] + b.hours / 2 > caps[i]:
                        i += 1
                    j = i
                    if b.subgroup == 0:
                        owner[b.cls.id] = j
                b.teacher = teachers[j]
                load[j] += b.hours
        return blocks

    def choose_homerooms(self, classes: list[_Class], blocks: list[_Block]) -> None:
        taken: set[int] = set()
        assert self.teacher is not None
        special = {s.id for s in (self.director, self.deputy) if s is not None}
        for cls in classes:
            if cls.level == 5 and cls.letter == "А":
                cls.homeroom = self.teacher
                taken.add(self.teacher.id)
        for cls in classes:
            if cls.homeroom is not None:
                continue
            mine = [b for b in blocks if b.cls is cls and b.teacher is not None]
            if cls.level is not None and cls.level <= 4:
                cls.homeroom = next(b.teacher for b in mine if b.specialty == "primary")
            else:
                hours: dict[int, tuple[int, int, _Staff]] = {}
                for b in mine:
                    assert b.teacher is not None
                    h, idx, t = hours.get(b.teacher.id, (0, self.staff.index(b.teacher), b.teacher))
                    hours[b.teacher.id] = (h + b.hours, idx, t)
                ranked = sorted(hours.values(), key=lambda x: (-x[0], x[1]))
                pick = next((t for _, _, t in ranked if t.id not in taken and t.id not in special),
                            None)
                if pick is None:
                    pick = next((t for t in self.staff if t.specialty and t.specialty != "primary"
                                 and t.id not in taken and t.id not in special), None)
                cls.homeroom = pick
            if cls.homeroom is not None:
                taken.add(cls.homeroom.id)

    def build_year(self, year: _Year, classes: list[_Class]) -> None:
        rng = self.rng
        self.say(f"Учебный год {year.name}: классы, учащиеся, нагрузка и расписание…")
        self.fill_classes(year, classes)
        blocks = self.distribute(classes)
        self.choose_homerooms(classes, blocks)
        for cls in classes:
            self.add(m.SchoolClass, _CLASS_FIELDS,
                     (cls.id, year.id, cls.level, cls.letter, "", False,
                      cls.homeroom.id if cls.homeroom else None, 1,
                      "универсальный" if (cls.level or 0) >= 10 else ""))
            if cls.split:
                sid = self.subject_ids[_SPLIT_SUBJECT]
                half = (len(cls.roster) + 1) // 2
                for k, part in enumerate((cls.roster[:half], cls.roster[half:])):
                    gid = self.new_id(m.Subgroup)
                    cls.subgroups.append((gid, list(part)))
                    self.add(m.Subgroup, [m.Subgroup.id, m.Subgroup.school_class, m.Subgroup.subject,
                                          m.Subgroup.name], (gid, cls.id, sid, f"{k + 1} группа"))
        # assignments
        asgs: list[_Asg] = []
        for b in blocks:
            assert b.teacher is not None and b.cls.level is not None
            for sd, hours in b.items:
                members = (b.cls.roster if b.subgroup is None
                           else b.cls.subgroups[b.subgroup][1])
                marks_ok = b.cls.level != 1
                hw = 0.0 if not marks_ok else 1.0 - _NO_HOMEWORK_RATE.get(sd.specialty, 0.06)
                asgs.append(_Asg(self.new_id(m.Assignment), b.teacher, sd.name,
                                 self.subject_ids[sd.name], sd.specialty, b.cls, b.subgroup, hours,
                                 members, marks_ok, hw))
        # the weekly timetable
        busy: set[tuple[int, int, int]] = set()
        timetable: list[tuple[_Asg, int, int]] = []
        by_class: dict[int, list[_Asg]] = {}
        for a in asgs:
            by_class.setdefault(a.cls.id, []).append(a)
        ordered = sorted(classes, key=lambda c: (-sum(a.hours for a in by_class[c.id]
                                                      if a.subgroup != 1), c.level or 0, c.letter))
        attempts = 12
        for attempt in range(attempts):
            busy.clear()
            timetable.clear()
            try:
                for cls in ordered:
                    units: dict[str, list[_Asg]] = {}
                    for a in by_class[cls.id]:
                        units.setdefault(a.subject, []).append(a)
                    unit_list = [_Unit(tuple(v), v[0].hours) for v in units.values()]
                    max_slot = 5 if cls.level == 1 else 7
                    placed = _schedule_class(unit_list, busy, rng, max_slot)
                    for u, d, s in placed:
                        for a in u.asgs:
                            timetable.append((a, d, s))
                break
            except RuntimeError:
                if attempt == attempts - 1:
                    raise
                rng.shuffle(ordered)
        # extra-curricular groups at the 7th lesson
        groups = self.make_groups(year, classes, timetable, busy, asgs)
        # enrolments (now that the movements of the year are known)
        self.movements(year, classes)
        if not year.final:
            self.end_of_year(year, classes)
        left = {e.student.id: e for c in classes for e in c.roster if e.date_to is not None}
        for g in groups:
            for ge in g.roster:
                ce = left.get(ge.student.id)
                if ce is not None and ce.date_to is not None:
                    ge.date_to = max(ce.date_to, ge.date_from)
                    ge.reason_out = ("Окончание учебного года" if ce.date_to >= year.end
                                     else "Выбытие из школы")
                    ge.order_out = ce.order_out
        for cls in classes + groups:
            for e in cls.roster:
                self.add(m.Enrollment, _ENROL_FIELDS,
                         (e.id, e.student.id, cls.id, e.date_from, e.date_to, e.reason_in,
                          e.order_in, e.reason_out, e.order_out, 1))
            for gid, members in cls.subgroups:
                for e in members:
                    self.add(m.SubgroupMember, [m.SubgroupMember.subgroup,
                                                m.SubgroupMember.student], (gid, e.student.id))
        # arrivals join the smaller subgroup
        for cls in classes:
            if cls.subgroups:
                inside = {e.student.id for _, part in cls.subgroups for e in part}
                for e in cls.roster:
                    if e.student.id not in inside:
                        gid, part = min(cls.subgroups, key=lambda g: len(g[1]))
                        part.append(e)
                        self.add(m.SubgroupMember, [m.SubgroupMember.subgroup,
                                                    m.SubgroupMember.student], (gid, e.student.id))
        self.make_plans(year, asgs, timetable)
        for a in asgs:
            self.add(m.Assignment, _ASG_FIELDS,
                     (a.id, year.id, a.teacher.id, a.subject_id, a.cls.id,
                      a.cls.subgroups[a.subgroup][0] if a.subgroup is not None else None,
                      Decimal(a.hours), a.plan.id if a.plan else None))
        for a, d, s in sorted(timetable, key=lambda x: (x[0].id, x[1], x[2])):
            room = a.teacher.room
            self.add(m.TimetableEntry, [m.TimetableEntry.assignment, m.TimetableEntry.weekday,
                                        m.TimetableEntry.number, m.TimetableEntry.room,
                                        m.TimetableEntry.valid_from, m.TimetableEntry.valid_to],
                     (a.id, d, s, room, year.start, None))
        with self.db.atomic():
            self.flush()
        self.journal(year, asgs, timetable, busy, classes + groups)

    def make_groups(
        self, year: _Year, classes: list[_Class], timetable: list[tuple[_Asg, int, int]],
        busy: set[tuple[int, int, int]], asgs: list[_Asg],
    ) -> list[_Class]:
        rng = self.rng
        groups: list[_Class] = []
        occupied = {(a.cls.id, d, s) for a, d, s in timetable}
        for title, _short, spec in _GROUPS[: self.spec.groups]:
            if title not in self.subject_ids:
                continue
            days = list(range(1, 6))
            rng.shuffle(days)
            for wd in days:
                free_classes = [c for c in classes if c.level is not None and 2 <= c.level <= 9
                                and (c.id, wd, 7) not in occupied]
                if len({c.level for c in free_classes}) < 2:
                    continue
                # the demo logins keep one class each: 5 «А» for «teacher», none for «deputy»
                free = [t for t in self.staff if (t.id, wd, 7) not in busy
                        and t is not self.teacher and t is not self.deputy]
                leaders = [t for t in free if t.specialty == self._root(spec)]
                leaders = leaders or [t for t in free if t.specialty
                                      and t.specialty != "primary"]
                if not leaders:
                    continue
                leader = leaders[0]
                busy.add((leader.id, wd, 7))
                gid = self.new_id(m.SchoolClass)
                group = _Class(gid, None, "", title, 0, ("g", title))
                group.homeroom = leader
                self.add(m.SchoolClass, _CLASS_FIELDS,
                         (gid, year.id, None, "", title, True, leader.id, 1, ""))
                picked = rng.sample(free_classes, min(len(free_classes), 3))
                n_total = rng.randint(12, 16)
                for k in range(n_total):
                    cls = picked[k % len(picked)]
                    choices = [e for e in cls.roster if e.date_from == year.start
                               and e.student.id not in {g.student.id for g in group.roster}]
                    if not choices:
                        continue
                    src = rng.choice(choices)
                    group.roster.append(_Enrol(self.new_id(m.Enrollment), src.student, gid,
                                               year.start + dt.timedelta(days=7), None,
                                               "Запись в объединение по заявлению родителей",
                                               f"№ {rng.randint(60, 80)}-д от "
                                               f"{_ru_date(year.start + dt.timedelta(days=5))}"))
                group.roster.sort(key=lambda e: (e.student.surname, e.student.name))
                a = _Asg(self.new_id(m.Assignment), leader, title, self.subject_ids[title], "",
                         group, None, 1, group.roster, False, 0.0)
                asgs.append(a)
                timetable.append((a, wd, 7))
                groups.append(group)
                break
        return groups

    def make_plans(self, year: _Year, asgs: list[_Asg],
                   timetable: list[tuple[_Asg, int, int]]) -> None:
        """One КТП per subject and level; lessons of the reference class fix its dates."""
        days_by_wd: dict[int, list[dt.date]] = {}
        for school_day in self.school_days(year):
            days_by_wd.setdefault(school_day.isoweekday(), []).append(school_day)
        slots_of: dict[int, list[tuple[int, int]]] = {}
        for a, d, s in timetable:
            slots_of.setdefault(a.id, []).append((d, s))
        seen: dict[tuple[str, int | None], _Plan] = {}
        ordered = sorted(asgs, key=lambda a: (a.cls.level or 0, a.cls.letter, a.subgroup or 0, a.id))
        for a in ordered:
            key = (a.subject, a.cls.level)
            if key in seen:
                a.plan = seen[key]
                continue
            dates = sorted((day, s) for d, s in slots_of.get(a.id, []) for day in days_by_wd.get(d, []))
            if a.cls.level is None:
                topics = self.group_topics.get(a.subject, [])
                kinds: list[str] = []
                specialty = ""
            else:
                st = self.topics[a.subject]
                topics = st.for_level(a.cls.level)
                kinds = st.kinds
                specialty = a.specialty
            raw = _plan_slots(a.subject, specialty, topics, kinds, len(dates),
                              with_controls=a.marks_ok, group=a.cls.level is None)
            plan = _Plan(self.new_id(m.ThematicPlan), a.subject, a.cls.level, [])
            level_text = f"{a.cls.level} класс" if a.cls.level else "внеурочная деятельность"
            self.add(m.ThematicPlan, [m.ThematicPlan.id, m.ThematicPlan.year, m.ThematicPlan.subject,
                                      m.ThematicPlan.level, m.ThematicPlan.title,
                                      m.ThematicPlan.author, m.ThematicPlan.version],
                     (plan.id, year.id, a.subject_id, a.cls.level,
                      f"КТП: {a.subject}, {level_text}, {year.name}", a.teacher.id, 1))
            topic_ids: dict[int, int] = {}
            number = 0
            groups: dict[int, list[int]] = {}
            for i, item in enumerate(raw):
                groups.setdefault(item[4], []).append(i)
            for g, idxs in groups.items():
                number += 1
                tid = self.new_id(m.PlanTopic)
                topic_ids[g] = tid
                sec, title, kind = raw[idxs[0]][0], raw[idxs[0]][1], raw[idxs[0]][2]
                self.add(m.PlanTopic, [m.PlanTopic.id, m.PlanTopic.plan, m.PlanTopic.number,
                                       m.PlanTopic.title, m.PlanTopic.hours,
                                       m.PlanTopic.planned_date, m.PlanTopic.section],
                         (tid, plan.id, number, title, len(idxs), dates[idxs[0]][0], sec))
                del kind
            plan.slots = [_Slot(topic_ids[item[4]], item[1], item[2], item[3], i)
                          for i, item in enumerate(raw)]
            seen[key] = plan
            a.plan = plan

    # the journal itself ------------------------------------------------------------------------------

    def absences_by_day(self, year: _Year, classes: list[_Class], days: list[dt.date]) -> dict[
            tuple[int, int], str]:
        """Whole days missed: illness for several days (б), truancy (н), excused (у)."""
        rng = self.rng
        out: dict[tuple[int, int], str] = {}
        seen: set[int] = set()
        for cls in classes:
            for e in cls.roster:
                st = e.student
                if st.id in seen:
                    continue
                seen.add(st.id)
                ill = 0
                for day in days:
                    if ill > 0:
                        out[(st.id, day.toordinal())] = "б"
                        ill -= 1
                        continue
                    r = rng.random() / st.sickly
                    if r < 0.011:
                        ill = rng.randint(2, 6) - 1
                        out[(st.id, day.toordinal())] = "б"
                    elif r < 0.017:
                        out[(st.id, day.toordinal())] = "н"
                    elif r < 0.021:
                        out[(st.id, day.toordinal())] = "у"
        return out

    def substitutions(self, year: _Year, days: list[dt.date], by_wd: dict[int, list[
            tuple[int, _Asg]]], busy: set[tuple[int, int, int]]) -> dict[tuple[int, dt.date, int],
                                                                      _Staff]:
        rng = self.rng
        out: dict[tuple[int, dt.date, int], _Staff] = {}
        taken: set[tuple[int, dt.date, int]] = set()
        if not days:
            return out
        assert self.deputy is not None
        tries = 0
        while len(out) < self.spec.substitutions and tries < self.spec.substitutions * 20:
            tries += 1
            day = rng.choice(days)
            slots = [x for x in by_wd.get(day.isoweekday(), []) if x[1].cls.level is not None]
            if not slots:
                continue
            number, a = rng.choice(slots)
            if (a.id, day, number) in out:
                continue
            wd = day.isoweekday()
            pool = [t for t in self.by_specialty.get(a.teacher.specialty, [])
                    if t is not a.teacher and (t.id, wd, number) not in busy
                    and (t.id, day, number) not in taken]
            pool = pool or [t for t in self.staff if t.specialty and t is not a.teacher
                            and t.specialty != "primary" and (t.id, wd, number) not in busy
                            and (t.id, day, number) not in taken]
            if not pool:
                continue
            sub = rng.choice(pool)
            out[(a.id, day, number)] = sub
            taken.add((sub.id, day, number))
            reason = rng.choice(_SUBSTITUTION_REASONS)
            at = _at(day - dt.timedelta(days=1), "16:00", rng.randint(0, 180))
            if rng.random() < 0.4:
                at = _at(day, "07:40", rng.randint(0, 30))
            sid = self.new_id(m.Substitution)
            self.add(m.Substitution, [m.Substitution.id, m.Substitution.assignment,
                                      m.Substitution.date, m.Substitution.number,
                                      m.Substitution.substitute, m.Substitution.reason,
                                      m.Substitution.created_by, m.Substitution.created_at],
                     (sid, a.id, day, number, sub.id, reason, self.deputy.id, at))
            self.audit(at, self.deputy.id, "substitution.set", "substitution", sid,
                       class_id=a.cls.id, subject_id=a.subject_id,
                       new=_json({"date": day, "number": number, "substitute": sub.id}),
                       reason=reason)
        return out

    def entry_time(self, t: _Staff, day: dt.date, number: int) -> tuple[dt.datetime, dt.datetime]:
        """When the lesson's topic and attendance, and its marks, were typed in."""
        rng = self.rng
        start, end = _BELLS[number - 1]
        habit = t.habit
        if habit == "mixed":
            habit = "prompt" if rng.random() < 0.5 else "evening"
        if habit == "weekly":
            base = _at(day + dt.timedelta(days=rng.randint(5, 9)), "18:00", rng.randint(0, 240))
            return base, base + dt.timedelta(minutes=rng.randint(2, 15))
        if habit == "prompt" and rng.random() > 0.04:
            base = _at(day, start, rng.randint(1, 8))
            return base, base + dt.timedelta(minutes=rng.randint(12, 36))
        later = rng.randint(1, 2) if rng.random() < 0.06 else 0
        base = _at(day + dt.timedelta(days=later), "15:30", rng.randint(0, 330))
        base = max(base, _at(day, end, 5))
        return base, base + dt.timedelta(minutes=rng.randint(1, 15))

    def journal(self, year: _Year, asgs: list[_Asg], timetable: list[tuple[_Asg, int, int]],
                busy: set[tuple[int, int, int]], classes: list[_Class]) -> None:
        rng = self.rng
        days = self.school_days(year, self.today - dt.timedelta(days=1))
        by_wd: dict[int, list[tuple[int, _Asg]]] = {}
        for a, d, s in timetable:
            by_wd.setdefault(d, []).append((s, a))
        for v in by_wd.values():
            v.sort(key=lambda x: (x[0], x[1].id))
        period_of = {d: p for p in year.periods for d in DateRange(p.start, p.end).each_day()}
        day_absent = self.absences_by_day(year, classes, days)
        subs = self.substitutions(year, days, by_wd, busy)
        # planted gaps: a student with no mark, or with one, in a subject in a period
        caps: dict[tuple[int, int, int], int] = {}
        marked = [a for a in asgs if a.marks_ok]
        periods_done = [p for p in year.periods if p.start < self.today]
        for k in range(self.spec.planted * 2 if marked and periods_done else 0):
            a = rng.choice(marked)
            p = rng.choice(periods_done)
            if a.members:
                e = rng.choice(a.members)
                caps[(a.id, e.student.id, p.id)] = k % 2
        self.caps = caps
        self.mark_absent_left = self.spec.mark_and_absent
        acc: dict[tuple[int, int, int], list[int]] = {}
        month = None
        for day in days:
            if (day.year, day.month) != month:
                if month is not None:
                    with self.db.atomic():
                        self.flush()
                month = (day.year, day.month)
                self.say(f"Учебный год {year.name}: уроки, отметки и посещаемость — "
                         f"{_MONTHS[day.month - 1]} {day.year}…")
            period = period_of[day]
            for number, a in by_wd.get(day.isoweekday(), []):
                self.lesson(a, day, number, period, subs.get((a.id, day, number)), day_absent, acc)
        with self.db.atomic():
            self.flush()
        self.say(f"Учебный год {year.name}: отметки за четверти и за год…")
        self.period_marks(year, asgs, acc)
        with self.db.atomic():
            self.flush()

    def lesson(self, a: _Asg, day: dt.date, number: int, period: _Period, sub: _Staff | None,
               day_absent: dict[tuple[int, int], str], acc: dict[tuple[int, int, int], list[int]],
               ) -> None:
        rng = self.rng
        k = a.counter
        a.counter += 1
        slot = a.plan.slots[k] if a.plan is not None and k < len(a.plan.slots) else None
        teacher = sub or a.teacher
        lid = self.new_id(m.Lesson)
        t_lesson, t_marks = self.entry_time(teacher, day, number)
        t_lesson = min(t_lesson, period.limit)
        t_marks = max(t_lesson, min(t_marks, period.limit))
        group = a.cls.level is None
        if slot is None:
            title = "Повторение и обобщение изученного" if not group else "Итоговое занятие"
            topic_id: int | None = None
            kind: str | None = None
            ltype = _LESSON_TYPES["group" if group else "revision"]
            index = k
        else:
            title, topic_id, kind, ltype, index = (slot.title, slot.topic_id, slot.kind,
                                                   slot.lesson_type, slot.index)
        if not a.marks_ok:
            kind = None
        kind_code = kind or ("answer" if a.marks_ok else None)
        wk_id = self.kinds[kind_code][0] if kind_code else None
        forgotten = rng.random() < 0.004
        homework = ""
        if a.homework_rate and not forgotten and rng.random() < a.homework_rate:
            homework = self.homework(a, index)
        topic = "" if forgotten else title
        plan_topic = None if forgotten else topic_id
        self.add(m.Lesson, _LESSON_FIELDS, (lid, a.id, day, number, teacher.id, topic, homework,
                                            "" if forgotten else ltype, plan_topic, wk_id,
                                            t_lesson, 1))
        ctx_class, ctx_subject = a.cls.id, a.subject_id
        self.audit(t_lesson, teacher.id, "lesson.create", "lesson", lid, class_id=ctx_class,
                   subject_id=ctx_subject, lesson_id=lid,
                   new=self.cached_json(("date", day, number),
                                        {"date": day.isoformat(), "number": number}))
        if not forgotten:
            updates: dict[str, Any] = {"topic": topic}
            if ltype:
                updates["lesson_type"] = ltype
            if homework:
                updates["homework"] = homework
            if wk_id is not None:
                updates["work_kind"] = wk_id
            if plan_topic is not None:
                updates["plan_topic"] = plan_topic
            old = {key: ("" if key in ("topic", "homework", "lesson_type") else None)
                   for key in updates}
            self.audit(t_lesson + dt.timedelta(minutes=1), teacher.id, "lesson.update", "lesson",
                       lid, class_id=ctx_class, subject_id=ctx_subject, lesson_id=lid,
                       old=_json(old), new=_json(updates))
        # attendance
        ordinal = day.toordinal()
        present: list[_Enrol] = []
        absent_n: list[_Enrol] = []
        t_abs = t_lesson + dt.timedelta(minutes=2)
        for e in a.members:
            if e.date_from > day or (e.date_to is not None and e.date_to < day):
                continue
            sid = e.student.id
            code = day_absent.get((sid, ordinal))
            if code is None:
                r = rng.random()
                code = "н" if r < 0.003 else "оп" if r < 0.011 else None
            if code is None:
                present.append(e)
                continue
            aid = self.new_id(m.Absence)
            self.add(m.Absence, _ABSENCE_FIELDS, (aid, lid, sid, code, "", teacher.id, t_abs, 1))
            self.audit(t_abs, teacher.id, "absence.set", "absence", aid, class_id=ctx_class,
                       subject_id=ctx_subject, lesson_id=lid, student_id=sid,
                       new=self.cached_json(("code", code), {"code": code}))
            if code == "н":
                absent_n.append(e)
        if not a.marks_ok:
            return
        # marks
        control = kind is not None and kind in _CONTROL_KINDS
        assert kind_code is not None
        wk_weight = self.kinds[kind_code][1]
        if control:
            chosen = [e for e in present if rng.random() < 0.9]
            lo, hi = teacher.control_delay
            delay = rng.randint(lo, hi)
            t_put = t_marks if delay == 0 else _at(day + dt.timedelta(days=delay), "17:00",
                                                   rng.randint(0, 300))
            t_put = max(t_marks, min(t_put, period.limit))
        else:
            n = round(len(present) * rng.uniform(0.15, 0.25))
            ranked = sorted(present, key=lambda e: a.last_marked.get(e.student.id, -99)
                            + rng.random() * 3)
            chosen = ranked[:n]
            t_put = t_marks
        if absent_n and self.mark_absent_left > 0 and rng.random() < 0.03:
            chosen.append(absent_n[0])
            self.mark_absent_left -= 1
        for e in chosen:
            sid = e.student.id
            key = (a.id, sid, period.id)
            cap = self.caps.get(key)
            got = acc.get(key)
            if cap is not None and (got[2] if got else 0) >= cap:
                continue
            values = [self.mark_value(e.student, a.subject_id, control)]
            if not control and rng.random() < 0.04:
                values.append(self.mark_value(e.student, a.subject_id, control))
            for pos, v in enumerate(values):
                mid = self.new_id(m.Mark)
                comment = ""
                if v == 2 and rng.random() < 0.15:
                    comment = rng.choice(("Не выполнено домашнее задание", "Не готов к уроку",
                                          "Работа не выполнена"))
                self.add(m.Mark, _MARK_FIELDS, (mid, lid, sid, str(v), wk_weight, wk_id, comment,
                                                pos, teacher.id, t_put, t_put, 1))
                jkey = (str(v), kind_code)
                text = self.mark_json.get(jkey)
                if text is None:
                    text = _json({"value": str(v), "weight": str(wk_weight)})
                    self.mark_json[jkey] = text
                self.audit(t_put, teacher.id, "mark.put", "mark", mid, class_id=ctx_class,
                           subject_id=ctx_subject, lesson_id=lid, student_id=sid, new=text)
                w100 = int(wk_weight * 100)
                if got is None:
                    got = acc[key] = [0, 0, 0]
                got[0] += v * w100
                got[1] += w100
                got[2] += 1
            a.last_marked[sid] = k

    def mark_value(self, st: _Student, subject_id: int, control: bool) -> int:
        rng = self.rng
        key = (st.id, subject_id)
        offset = self.subject_offsets.get(key)
        if offset is None:
            offset = self.subject_offsets[key] = rng.gauss(0.0, 0.3)
        mu = 4.0 + st.ability + offset - (0.15 if control else 0.0)
        v = mu + rng.gauss(0.0, 0.85 if control else 0.76)
        return 5 if v >= 4.5 else 4 if v >= 3.5 else 3 if v >= 2.5 else 2

    def homework(self, a: _Asg, index: int) -> str:
        rng = self.rng
        templates = self.topics[a.subject].homework
        n = 1 + index * 5 + rng.randint(0, 4)
        n2 = n + rng.randint(1, 3)
        pg = 4 + index * 3 + rng.randint(0, 2)
        return rng.choice(templates).format(
            p=1 + index // 3, n=n, n2=n2, n3=n2 + rng.randint(1, 3), pg=pg,
            pg2=pg + rng.randint(2, 5), q=rng.randint(3, 7),
        )

    def period_marks(self, year: _Year, asgs: list[_Asg], acc: dict[tuple[int, int, int],
                                                                      list[int]]) -> None:
        rng = self.rng
        finished = [p for p in year.periods if p.end < self.today]
        latest_open = next((p for p in reversed(finished) if p.closed_at is None), None)
        missing: set[tuple[int, int]] = set()
        marked = [a for a in asgs if a.marks_ok and a.members]
        if latest_open is not None and year.final and marked:
            a = rng.choice(marked)
            for e in rng.sample(a.members, min(len(a.members), self.spec.missing_period_marks)):
                missing.add((a.id, e.student.id))
        quarter_values: dict[tuple[int, int], list[int]] = {}
        for p in finished:
            for a in marked:
                t = a.teacher
                for e in a.members:
                    if not (e.date_from <= p.end and (e.date_to is None or e.date_to >= p.end)):
                        continue
                    sid = e.student.id
                    if p is latest_open and (a.id, sid) in missing:
                        continue
                    got = acc.get((a.id, sid, p.id))
                    if not got or got[1] == 0:
                        value = "н/а"
                    else:
                        mark = suggest_period_mark(Fraction(got[0], got[1]), self.rule)
                        value = str(mark)
                        quarter_values.setdefault((a.id, sid), []).append(int(value))
                    when = self.period_mark_time(t, p.end, p.limit)
                    self.put_period_mark(a, e, year, "quarter", p, value, when)
        if year.periods[-1].end < self.today:
            last = year.periods[-1]
            for a in marked:
                for e in a.members:
                    if not (e.date_from <= last.end and (e.date_to is None
                                                         or e.date_to >= last.end)):
                        continue
                    values = quarter_values.get((a.id, e.student.id), [])
                    if values:
                        mean = Fraction(sum(values), len(values))
                        value = str(suggest_period_mark(mean, self.rule))
                    else:
                        value = "н/а"
                    when = min(_at(last.end + dt.timedelta(days=rng.randint(1, 3)), "12:00",
                                   rng.randint(0, 300)), last.limit)
                    self.put_period_mark(a, e, year, "year", None, value, when)

    def period_mark_time(self, t: _Staff, end: dt.date, limit: dt.datetime) -> dt.datetime:
        rng = self.rng
        if t.period_habit == "early":
            day = end - dt.timedelta(days=rng.randint(10, 15))
        elif t.period_habit == "late":
            day = end + dt.timedelta(days=rng.randint(1, 4))
        else:
            day = end - dt.timedelta(days=rng.randint(1, 6))
        return min(_at(day, "15:00", rng.randint(0, 360)), limit)

    def put_period_mark(self, a: _Asg, e: _Enrol, year: _Year, kind: str, p: _Period | None,
                        value: str, when: dt.datetime) -> None:
        pid = self.new_id(m.PeriodMark)
        period_id = p.id if p is not None else None
        self.add(m.PeriodMark, _PMARK_FIELDS,
                 (pid, e.student.id, a.subject_id, a.cls.id, year.id, kind, period_id,
                  period_id or 0, value, a.teacher.id, when, when, 1))
        self.audit(when, a.teacher.id, "period_mark.put", "period_mark", pid, class_id=a.cls.id,
                   subject_id=a.subject_id, student_id=e.student.id,
                   new=self.cached_json(("pm", value, kind, period_id),
                                        {"value": value, "kind": kind, "period": period_id}))


    # the whole school ----------------------------------------------------------------------------------

    def run(self) -> list[str]:
        final_start = demo_year_start(self.today)
        starts = list(range(final_start - self.spec.years + 1, final_start + 1))
        self.first_year_start = starts[0]
        self.say("Создаю штат, предметы и звонки…")
        plans = [self.plan_classes(s) for s in starts]
        with self.db.atomic():
            for sd in _CURRICULUM:
                sid = self.new_id(m.Subject)
                self.subject_ids[sd.name] = sid
                self.add(m.Subject, [m.Subject.id, m.Subject.name, m.Subject.short_name],
                         (sid, sd.name, sd.short))
            for title, short, _spec in _GROUPS[: self.spec.groups]:
                sid = self.new_id(m.Subject)
                self.subject_ids[title] = sid
                self.add(m.Subject, [m.Subject.id, m.Subject.name, m.Subject.short_name],
                         (sid, title, short))
            for n, (b_start, b_end) in enumerate(_BELLS, 1):
                self.add(m.Bell, [m.Bell.shift, m.Bell.number, m.Bell.start, m.Bell.end],
                         (1, n, b_start, b_end))
            self.make_staff(plans)
            self.flush()
            m.User.update(position="Администратор электронного журнала").where(
                m.User.id == self.admin_id).execute()
            assert self.director is not None
            school_settings.store_value("school_short_name", SCHOOL_SHORT_NAME)
            school_settings.store_value(
                "director_name",
                f"{self.director.surname} {self.director.name} {self.director.patronymic}",
            )
        names: list[str] = []
        for start, classes in zip(starts, plans, strict=True):
            year = self.make_year(start, final=start == final_start)
            names.append(year.name)
            self.build_year(year, classes)
        self.fix_sequences()
        return names

    def fix_sequences(self) -> None:
        """Move PostgreSQL's id sequences past the ids written here."""
        if not isinstance(self.db, peewee.PostgresqlDatabase):
            return
        with self.db.atomic():
            for model in m.ALL_MODELS:
                pk = model._meta.primary_key
                if not isinstance(pk, peewee.AutoField):
                    continue
                table = model._meta.table_name
                self.db.execute_sql(
                    f'SELECT setval(pg_get_serial_sequence(%s, %s), '
                    f'COALESCE((SELECT MAX("{pk.column_name}") FROM "{table}"), 0) + 1, false)',
                    (f'"{table}"', pk.column_name),
                )


_AUDIT_FIELDS = [m.AuditEntry.at, m.AuditEntry.user, m.AuditEntry.action, m.AuditEntry.entity,
                 m.AuditEntry.entity_id, m.AuditEntry.school_class, m.AuditEntry.subject,
                 m.AuditEntry.lesson, m.AuditEntry.student, m.AuditEntry.old, m.AuditEntry.new,
                 m.AuditEntry.reason]
_STUDENT_FIELDS = [m.Student.id, m.Student.surname, m.Student.name, m.Student.patronymic,
                   m.Student.birth_date, m.Student.gender, m.Student.personal_file_no,
                   m.Student.address, m.Student.created_at, m.Student.version]
_USER_FIELDS = [m.User.id, m.User.login, m.User.surname, m.User.name, m.User.patronymic,
                m.User.password_hash, m.User.must_change_password, m.User.position,
                m.User.created_at, m.User.version]
_CLASS_FIELDS = [m.SchoolClass.id, m.SchoolClass.year, m.SchoolClass.level, m.SchoolClass.letter,
                 m.SchoolClass.title, m.SchoolClass.extracurricular, m.SchoolClass.homeroom,
                 m.SchoolClass.shift, m.SchoolClass.profile]
_ENROL_FIELDS = [m.Enrollment.id, m.Enrollment.student, m.Enrollment.school_class,
                 m.Enrollment.date_from, m.Enrollment.date_to, m.Enrollment.reason_in,
                 m.Enrollment.order_in, m.Enrollment.reason_out, m.Enrollment.order_out,
                 m.Enrollment.version]
_ASG_FIELDS = [m.Assignment.id, m.Assignment.year, m.Assignment.teacher, m.Assignment.subject,
               m.Assignment.school_class, m.Assignment.subgroup, m.Assignment.hours_per_week,
               m.Assignment.plan]
_LESSON_FIELDS = [m.Lesson.id, m.Lesson.assignment, m.Lesson.date, m.Lesson.number,
                  m.Lesson.teacher, m.Lesson.topic, m.Lesson.homework, m.Lesson.lesson_type,
                  m.Lesson.plan_topic, m.Lesson.work_kind, m.Lesson.created_at, m.Lesson.version]
_MARK_FIELDS = [m.Mark.id, m.Mark.lesson, m.Mark.student, m.Mark.value, m.Mark.weight,
                m.Mark.work_kind, m.Mark.comment, m.Mark.position, m.Mark.created_by,
                m.Mark.created_at, m.Mark.updated_at, m.Mark.version]
_ABSENCE_FIELDS = [m.Absence.id, m.Absence.lesson, m.Absence.student, m.Absence.code,
                   m.Absence.reason, m.Absence.created_by, m.Absence.created_at, m.Absence.version]
_PMARK_FIELDS = [m.PeriodMark.id, m.PeriodMark.student, m.PeriodMark.subject,
                 m.PeriodMark.school_class, m.PeriodMark.year, m.PeriodMark.kind,
                 m.PeriodMark.period, m.PeriodMark.period_key, m.PeriodMark.value,
                 m.PeriodMark.created_by, m.PeriodMark.created_at, m.PeriodMark.updated_at,
                 m.PeriodMark.version]


def _counts() -> dict[str, int]:
    return {
        "years": m.AcademicYear.select().count(),
        "classes": m.SchoolClass.select().where(m.SchoolClass.level.is_null(False)).count(),
        "groups": m.SchoolClass.select().where(m.SchoolClass.level.is_null()).count(),
        "students": m.Student.select().count(),
        "staff": m.User.select().count(),
        "lessons": m.Lesson.select().count(),
        "marks": m.Mark.select().count(),
        "absences": m.Absence.select().count(),
        "period_marks": m.PeriodMark.select().count(),
        "audit_entries": m.AuditEntry.select().count(),
    }


def build_demo(
    db: peewee.Database,
    *,
    size: str = "small",
    seed: int = 1,
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Fill the connected, empty database ``db`` with the demo school of the given size.

    ``small``: three classes (1 «А», 5 «А», 8 «А»), one кружок, about 60
    students; ``school``: grades 1–11, about 700 students and 40 staff;
    ``large``: five academic years of about 2,500 students each, for
    benchmarks.  See the module's docstring for the rules.
    """
    if size not in DEMO_SIZES:
        raise ValidationError(
            f"Неизвестный размер демонстрационной школы «{size}»: допустимы "
            + ", ".join(f"«{s}»" for s in DEMO_SIZES) + "."
        )
    day = today or dt.date.today()
    say = progress or (lambda _text: None)
    say("Создаю базу данных журнала…")
    # the administrator joins the demo's timeline: created before its first year
    first_start = demo_year_start(day) - _SIZES[size].years + 1
    admin = bootstrap.initialize(
        db, school_name=SCHOOL_NAME, admin_login="admin", admin_password=DEMO_PASSWORD,
        admin_surname="Администратор", admin_name="ЭЖ", check_password=False,
        created_at=dt.datetime(first_start - 1, 8, 20, 9, 30),
    )
    builder = _Builder(db, size, seed, day, progress, admin.user_id)
    years = builder.run()
    counts = _counts()
    assert builder.director is not None and builder.deputy is not None
    assert builder.teacher is not None
    deputy_what = builder.position(builder.deputy).split(", ", 1)[1]
    logins = [
        ("admin", DEMO_PASSWORD, "администратор ЭЖ"),
        ("director", DEMO_PASSWORD, f"директор — {builder.director.short}"),
        ("deputy", DEMO_PASSWORD,
         f"заместитель директора по УВР — {builder.deputy.short}, {deputy_what}"),
        ("teacher", DEMO_PASSWORD,
         f"учитель математики — {builder.teacher.short}, классный руководитель 5 «А»"),
    ]
    say(f"Готово: {counts['students']} учащихся, {counts['lessons']} уроков, "
        f"{counts['marks']} отметок.")
    return DemoSummary(size, seed, years, logins, counts)
