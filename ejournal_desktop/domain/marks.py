"""Marks: current marks, absence codes, the content of one grid cell and period marks.

A teacher types into a grid cell marks (``5``, ``54``, ``5 4``, ``4-`` where the school
uses «+» and «−»), an absence code (``н``, ``б``, ``у``, ``оп``) or both. Period marks
(четвертные, годовые, итоговые…) are 2..5, «н/а», «зач», «незач» or «осв».
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from .errors import MarkError, PeriodMarkError, template

__all__ = [
    "ABSENCE_TITLES",
    "EMPTY_CELL",
    "MAX_MARK",
    "MAX_MARKS_PER_CELL",
    "MIN_MARK",
    "PERIOD_MARK_CHOICES",
    "PERIOD_MARK_KIND_TITLES",
    "AbsenceCode",
    "CellContent",
    "CurrentMark",
    "PeriodMarkKind",
    "PeriodMarkValue",
    "homework_allowed",
    "marks_allowed",
    "parse_absence",
    "parse_cell",
    "parse_mark",
    "parse_period_mark",
]

MIN_MARK = 1
"""The lowest current mark of the five-point scale (a school may raise it with ``lowest``)."""
MAX_MARK = 5
"""The highest mark."""
MAX_MARKS_PER_CELL = 4
"""How many marks one grid cell (one student, one lesson) may hold."""

MODIFIER_STEP = Fraction(1, 4)
"""What «+» adds to and «−» takes from a mark: «4−» is 3.75, «4+» is 4.25."""

# The Unicode minus and the en dash (what word processors put instead of "-").
_MINUS_LOOKALIKES = str.maketrans({"\u2212": "-", "\u2013": "-"})

_NO_MODIFIERS = template("Отметки с «+» и «−» в этой школе не используются.")
_CELL_SEPARATORS = ",/;"


def _normalise_signs(text: str) -> str:
    return text.translate(_MINUS_LOOKALIKES)


def _check_lowest(lowest: int) -> None:
    if not MIN_MARK <= lowest <= MAX_MARK:
        raise MarkError(
            "Наименьшая отметка шкалы должна быть от %d до %d (указано %d).", MIN_MARK, MAX_MARK, lowest
        )


def _range_error(shown: str, lowest: int) -> MarkError:
    return MarkError("Отметка «%s» недопустима: допустимы отметки от %d до %d.", shown, lowest, MAX_MARK)


# --------------------------------------------------------------------------- absences


class AbsenceCode(StrEnum):
    """Attendance code put into a grid cell."""

    ABSENT = "н"
    ILL = "б"
    EXCUSED = "у"
    LATE = "оп"


ABSENCE_TITLES: dict[AbsenceCode, str] = {
    AbsenceCode.ABSENT: "Отсутствовал",
    AbsenceCode.ILL: "Болел",
    AbsenceCode.EXCUSED: "Отсутствовал по уважительной причине",
    AbsenceCode.LATE: "Опоздал",
}

_CODES_HINT = "«н», «б», «у», «оп»"  # the codes themselves: typed in Russian whatever the language


def parse_absence(text: str) -> AbsenceCode:
    """Read an absence code: Cyrillic only, any case, surrounding spaces ignored."""
    shown = text.strip()
    if not shown:
        raise MarkError("Код посещаемости не указан.")
    try:
        return AbsenceCode(shown.lower())
    except ValueError:
        pass
    if re.search(r"[A-Za-z]", shown):
        raise MarkError(
            "Код «%s» не распознан: коды посещаемости — %s, их вводят русскими буквами.", shown, _CODES_HINT
        )
    raise MarkError("Код «%s» не распознан: коды посещаемости — %s.", shown, _CODES_HINT)


# --------------------------------------------------------------------------- current marks


def _canonical_mark_value(text: str) -> Fraction | None:
    """The value of a normalised mark text ("4", "4-", "4+"), or None if it is not one."""
    match = re.fullmatch(r"([1-5])([+-]?)", text)
    if match is None:
        return None
    base, sign = int(match.group(1)), match.group(2)
    if (sign == "+" and base == MAX_MARK) or (sign == "-" and base == MIN_MARK):
        return None
    if sign == "+":
        return base + MODIFIER_STEP
    if sign == "-":
        return base - MODIFIER_STEP
    return Fraction(base)


@dataclass(frozen=True)
class CurrentMark:
    """A current (текущая) mark: its normalised text ("4", "4-", "4+") and its value."""

    text: str
    value: Fraction

    def __post_init__(self) -> None:
        expected = _canonical_mark_value(self.text)
        if expected is None or expected != self.value:
            raise MarkError("Отметка «%s» не соответствует значению %s.", self.text, self.value)
        object.__setattr__(self, "value", Fraction(self.value))

    @property
    def base(self) -> int:
        """The digit of the mark, without «+» or «−»."""
        return int(self.text[0])

    @property
    def modifier(self) -> str:
        """The sign after the digit: "+", "-" or an empty string."""
        return self.text[1:]

    def __str__(self) -> str:
        return self.text


def parse_mark(text: str, *, allow_modifiers: bool = False, lowest: int = MIN_MARK) -> CurrentMark:
    """Read one current mark typed by a teacher.

    Accepts the digits ``lowest``..5 and, with ``allow_modifiers``, a trailing «+» or «−»
    (the Unicode minus and the en dash are read as "-"). «5+» does not exist, nor does any
    mark below ``lowest`` (so «1−» never, and «2−» not when ``lowest`` is 2).
    Raises :class:`MarkError` with a Russian message otherwise.
    """
    _check_lowest(lowest)
    shown = text.strip()
    if not shown:
        raise MarkError("Отметка не указана.")
    norm = _normalise_signs(shown)
    match = re.fullmatch(r"([0-9]+)([+-]?)", norm)
    if match is None:
        if re.fullmatch(r"[0-9]+[.,][0-9]+[+-]?", norm):
            raise MarkError(
                "Отметка «%s» недопустима: дробных отметок не бывает, допустимы отметки от %d до %d.",
                shown, lowest, MAX_MARK,
            )
        raise MarkError("Отметка «%s» недопустима: введите цифру от %d до %d.", shown, lowest, MAX_MARK)
    digits, sign = match.group(1), match.group(2)
    if len(digits) != 1 or not lowest <= int(digits) <= MAX_MARK:
        raise _range_error(shown, lowest)
    base = int(digits)
    if sign and not allow_modifiers:
        raise MarkError(_NO_MODIFIERS)
    if sign == "+" and base == MAX_MARK:
        raise MarkError("Отметки «%s» не бывает: %d — высшая отметка.", shown, MAX_MARK)
    if sign == "-" and base == lowest:
        raise MarkError("Отметки «%s» не бывает: %d — наименьшая отметка.", shown, lowest)
    normalised = digits + sign
    value = _canonical_mark_value(normalised)
    assert value is not None
    return CurrentMark(normalised, value)


# --------------------------------------------------------------------------- grid cells


@dataclass(frozen=True)
class CellContent:
    """What one grid cell (one student at one lesson) holds: marks and an absence code."""

    marks: tuple[CurrentMark, ...] = ()
    absence: AbsenceCode | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "marks", tuple(self.marks))
        if self.absence is not None:
            object.__setattr__(self, "absence", AbsenceCode(self.absence))
        if len(self.marks) > MAX_MARKS_PER_CELL:
            raise _too_many_marks_error(len(self.marks))

    def text(self) -> str:
        """The cell as shown and typed: marks separated by spaces, then the code ("5 4 н")."""
        parts = [mark.text for mark in self.marks]
        if self.absence is not None:
            parts.append(self.absence.value)
        return " ".join(parts)

    @property
    def is_empty(self) -> bool:
        return not self.marks and self.absence is None

    @property
    def has_mark_and_absence(self) -> bool:
        """A mark together with «н»/«б»/«у» or «оп» — allowed, flagged by the control report."""
        return bool(self.marks) and self.absence is not None


EMPTY_CELL = CellContent()


def _too_many_marks_error(count: int) -> MarkError:
    return MarkError("В одной клетке может быть не больше %d отметок (введено %d).", MAX_MARKS_PER_CELL, count)


def parse_cell(text: str, *, allow_modifiers: bool = False, lowest: int = MIN_MARK) -> CellContent:
    """Read what a teacher typed into one grid cell.

    Marks may be typed one after another ("54" is 5 and 4) or separated by spaces, commas,
    «/» or «;»; an absence code may stand before, after or right next to the marks ("5н").
    With ``allow_modifiers`` a «+»/«−» belongs to the digit right before it, so "4-5" is
    «4−» then «5». At most one absence code and :data:`MAX_MARKS_PER_CELL` marks.
    An empty text is an empty cell. ``parse_cell(c.text()) == c`` for every cell ``c``
    (with the same settings that allowed its marks).
    """
    _check_lowest(lowest)
    s = _normalise_signs(text.strip()).lower()
    marks: list[CurrentMark] = []
    absence: AbsenceCode | None = None
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch.isspace() or ch in _CELL_SEPARATORS:
            i += 1
            continue
        if "0" <= ch <= "9":
            j = i
            while j < n and "0" <= s[j] <= "9":
                j += 1
            run = s[i:j]
            sign = s[j] if j < n and s[j] in "+-" else ""
            if any(not lowest <= int(d) <= MAX_MARK for d in run):
                raise _range_error(run + sign, lowest)
            for k, digit in enumerate(run):
                token = digit + (sign if k == len(run) - 1 else "")
                marks.append(parse_mark(token, allow_modifiers=allow_modifiers, lowest=lowest))
            i = j + len(sign)
            continue
        if ch.isalpha():
            j = i
            while j < n and s[j].isalpha():
                j += 1
            code = parse_absence(s[i:j])
            if absence is not None:
                raise MarkError("В клетке может быть только один код посещаемости (%s).", _CODES_HINT)
            absence = code
            i = j
            continue
        if ch in "+-":
            if not allow_modifiers:
                raise MarkError(_NO_MODIFIERS)
            raise MarkError("Знак «%s» должен стоять сразу после отметки.", ch)
        if ch == ".":
            raise MarkError(
                "Дробных отметок не бывает: несколько отметок разделяйте пробелом, запятой или «/»."
            )
        raise MarkError(
            "Символ «%s» недопустим: в клетку вводят отметки от %d до %d и коды посещаемости %s.",
            ch, lowest, MAX_MARK, _CODES_HINT,
        )
    return CellContent(tuple(marks), absence)  # refuses more than MAX_MARKS_PER_CELL


# --------------------------------------------------------------------------- period marks


class PeriodMarkKind(StrEnum):
    """Which period a period mark closes."""

    QUARTER = "quarter"
    HALF = "half"
    TRIMESTER = "trimester"
    YEAR = "year"
    EXAM = "exam"
    FINAL = "final"


PERIOD_MARK_KIND_TITLES: dict[PeriodMarkKind, str] = {
    PeriodMarkKind.QUARTER: "Четвертная",
    PeriodMarkKind.HALF: "Полугодовая",
    PeriodMarkKind.TRIMESTER: "Триместровая",
    PeriodMarkKind.YEAR: "Годовая",
    PeriodMarkKind.EXAM: "Экзаменационная",
    PeriodMarkKind.FINAL: "Итоговая",
}

_NOT_ASSESSED = "н/а"
_CREDIT = "зач"
_NO_CREDIT = "незач"
_MASTERED = "осв"
_WORD_MARKS = (_NOT_ASSESSED, _CREDIT, _NO_CREDIT, _MASTERED)

PERIOD_MARK_CHOICES: tuple[str, ...] = ("5", "4", "3", "2", *_WORD_MARKS)
"""Every normalised period mark text, in the order a choice list shows them."""

# Keys are lower case, without spaces, with «ё» written as «е».
_PERIOD_SYNONYMS: dict[str, str] = {
    "н/а": _NOT_ASSESSED,
    "на": _NOT_ASSESSED,
    "н\\а": _NOT_ASSESSED,
    "зач": _CREDIT,
    "зачет": _CREDIT,
    "незач": _NO_CREDIT,
    "незачет": _NO_CREDIT,
    "осв": _MASTERED,
    "освоено": _MASTERED,
    "освоил": _MASTERED,
}


@dataclass(frozen=True)
class PeriodMarkValue:
    """A period mark: normalised text ("5", "н/а", "зач", "незач", "осв") and its number."""

    text: str
    numeric: int | None

    def __post_init__(self) -> None:
        if self.text in ("2", "3", "4", "5"):
            valid = self.numeric == int(self.text)
        else:
            valid = self.text in _WORD_MARKS and self.numeric is None
        if not valid:
            raise PeriodMarkError(
                "Отметка за период «%s» не соответствует значению %s.", self.text, self.numeric
            )

    @property
    def is_failing(self) -> bool:
        """«2», «н/а» and «незач» — the student has not passed."""
        return self.text in ("2", _NOT_ASSESSED, _NO_CREDIT)

    @property
    def counts_in_average(self) -> bool:
        """Only 2..5 enter a mean; «н/а», «зач», «незач», «осв» never do."""
        return self.numeric is not None

    @property
    def is_not_assessed(self) -> bool:
        return self.text == _NOT_ASSESSED

    @property
    def is_credit(self) -> bool:
        """«зач» or «осв»."""
        return self.text in (_CREDIT, _MASTERED)

    @property
    def is_graded(self) -> bool:
        """2..5 or «н/а»: the marks the standard measures count."""
        return self.numeric is not None or self.text == _NOT_ASSESSED

    def __str__(self) -> str:
        return self.text


def parse_period_mark(text: str) -> PeriodMarkValue:
    """Read a period mark; synonyms ("на", "зачёт", "освоено"…) are normalised."""
    shown = text.strip()
    if not shown:
        raise PeriodMarkError("Отметка за период не указана.")
    key = "".join(_normalise_signs(shown).lower().split()).replace("ё", "е")
    if key in ("2", "3", "4", "5"):
        return PeriodMarkValue(key, int(key))
    if key in _PERIOD_SYNONYMS:
        return PeriodMarkValue(_PERIOD_SYNONYMS[key], None)
    if re.fullmatch(r"[0-9]+[+-]", key):
        raise PeriodMarkError(
            "Отметка за период «%s» недопустима: отметки с «+» и «−» за период не ставятся.", shown
        )
    raise PeriodMarkError(
        "Отметка за период «%s» недопустима: допустимы 2, 3, 4, 5, «н/а», «зач», «незач» и «осв».", shown
    )


# --------------------------------------------------------------------------- where marks go


def marks_allowed(level: int | None, extracurricular: bool) -> bool:
    """Whether a journal page takes marks.

    1st-grade classes (``level == 1``) and extra-curricular groups keep attendance, topics
    and movement only. ``level`` is None for a group without a single class level.
    """
    return not extracurricular and level != 1


def homework_allowed(level: int | None, extracurricular: bool) -> bool:
    """Whether a journal page takes homework: the same rule as :func:`marks_allowed`."""
    return marks_allowed(level, extracurricular)
