"""The standard measures schools compute from period marks (DESIGN §2).

For one class × subject × period (or any group of students, one mark each):
средний балл, успеваемость, качество знаний and СОУ (степень обученности учащихся).
For a class across all subjects: each student's standing (отличник, хорошист, …) and
the class's успеваемость and качество by students.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from .averages import round_half_up
from .marks import PeriodMarkValue

__all__ = [
    "SOU_WEIGHTS",
    "STANDING_TITLES",
    "ClassMeasures",
    "Measures",
    "Standing",
    "StudentStanding",
    "class_measures",
    "class_standings",
    "classify_student",
    "measures_for_subject",
    "percent",
]

SOU_WEIGHTS: dict[int, Fraction] = {
    5: Fraction(1),
    4: Fraction(64, 100),
    3: Fraction(36, 100),
    2: Fraction(16, 100),
    1: Fraction(8, 100),
}
"""СОУ weights per mark. There is no period mark «1»; «н/а» is weighted 0 (see Measures)."""


def _share(part: int, whole: int) -> Fraction | None:
    return Fraction(part, whole) if whole else None


@dataclass(frozen=True)
class Measures:
    """Standard measures over the period marks of a group of students, one mark each.

    ``total`` counts students with a graded mark: 2..5 or «н/а»; so
    ``n5 + n4 + n3 + n2 + n_na == total``. Credit marks are counted apart
    (``n_credit`` — «зач»/«осв», ``n_fail_credit`` — «незач») and stay out of ``total``
    and of every share; for a pass/fail subject use :attr:`credit_success`.

    - ``mean`` — средний балл of the numeric marks (None when there are none);
    - ``success`` — успеваемость: share of ``total`` with no «2» and no «н/а»;
    - ``quality`` — качество знаний: share of ``total`` with «4» or «5»;
    - ``sou`` — СОУ = (1.00·n5 + 0.64·n4 + 0.36·n3 + 0.16·n2 + 0.08·n1) / total, where
      n1 = 0 (there is no period mark «1») and «н/а» is in ``total`` but adds 0 above.

    Every share is None when ``total`` is 0.
    """

    total: int
    n5: int
    n4: int
    n3: int
    n2: int
    n_na: int
    n_credit: int
    n_fail_credit: int
    mean: Fraction | None
    success: Fraction | None
    quality: Fraction | None
    sou: Fraction | None

    @property
    def n_numeric(self) -> int:
        """Students with a mark 2..5."""
        return self.n5 + self.n4 + self.n3 + self.n2

    @property
    def credit_success(self) -> Fraction | None:
        """Share of «зач»/«осв» among the credit marks; None when there are none."""
        return _share(self.n_credit, self.n_credit + self.n_fail_credit)


def measures_for_subject(values: Iterable[PeriodMarkValue]) -> Measures:
    """Measures of one class × subject × period: one period mark per student."""
    counts = {5: 0, 4: 0, 3: 0, 2: 0}
    n_na = n_credit = n_fail_credit = 0
    for value in values:
        if value.numeric is not None:
            counts[value.numeric] += 1
        elif value.is_not_assessed:
            n_na += 1
        elif value.is_credit:
            n_credit += 1
        else:
            n_fail_credit += 1
    n_numeric = sum(counts.values())
    total = n_numeric + n_na
    mean = Fraction(sum(mark * n for mark, n in counts.items()), n_numeric) if n_numeric else None
    sou = (
        sum((SOU_WEIGHTS[mark] * n for mark, n in counts.items()), Fraction(0)) / total
        if total
        else None
    )
    return Measures(
        total=total,
        n5=counts[5],
        n4=counts[4],
        n3=counts[3],
        n2=counts[2],
        n_na=n_na,
        n_credit=n_credit,
        n_fail_credit=n_fail_credit,
        mean=mean,
        success=_share(counts[5] + counts[4] + counts[3], total),
        quality=_share(counts[5] + counts[4], total),
        sou=sou,
    )


def percent(x: Fraction | None) -> str:
    """A share as Russian percent text: 7/8 → "87,5 %"; "—" for None."""
    if x is None:
        return "—"
    return f"{round_half_up(x * 100, 1):f}".replace(".", ",") + " %"


# --------------------------------------------------------------------------- students


class Standing(StrEnum):
    """Where a student stands by the period marks of all subjects."""

    EXCELLENT = "excellent"
    GOOD = "good"
    ONE_THREE = "one_three"
    WITH_THREES = "with_threes"
    FAILING = "failing"
    NOT_ASSESSED = "not_assessed"
    NONE = "none"


StudentStanding = Standing
"""Another name for :class:`Standing`."""

STANDING_TITLES: dict[Standing, str] = {
    Standing.EXCELLENT: "Отличник",
    Standing.GOOD: "Хорошист",
    Standing.ONE_THREE: "С одной «3»",
    Standing.WITH_THREES: "С «3»",
    Standing.FAILING: "Неуспевающий",
    Standing.NOT_ASSESSED: "Не аттестован",
    Standing.NONE: "Нет отметок",
}


def classify_student(values: Iterable[PeriodMarkValue]) -> Standing:
    """A student's standing from the period marks of all subjects, first rule that fits.

    FAILING — some «2» or «незач»; NOT_ASSESSED — some «н/а» (and no «2»); NONE — no
    mark 2..5 at all; EXCELLENT — every numeric mark is 5; GOOD — only 4 and 5, at least
    one 4; ONE_THREE — exactly one «3», the rest 4 and 5; WITH_THREES — two or more «3».
    «зач» and «осв» do not change the standing.
    """
    marks = list(values)
    numeric = [v.numeric for v in marks if v.numeric is not None]
    if any(v.is_failing and not v.is_not_assessed for v in marks):  # «2», «незач»
        return Standing.FAILING
    if any(v.is_not_assessed for v in marks):
        return Standing.NOT_ASSESSED
    if not numeric:
        return Standing.NONE
    threes = numeric.count(3)
    if threes == 0:
        return Standing.EXCELLENT if all(n == 5 for n in numeric) else Standing.GOOD
    return Standing.ONE_THREE if threes == 1 else Standing.WITH_THREES


_SUCCESSFUL = (Standing.EXCELLENT, Standing.GOOD, Standing.ONE_THREE, Standing.WITH_THREES)


@dataclass(frozen=True)
class ClassMeasures:
    """Успеваемость and качество of a class counted by students, across all subjects.

    ``total`` counts students with at least one period mark of any kind; students with
    none (``n_without_marks``, e.g. just enrolled) stay out of every share. A student is
    successful when no subject has «2», «н/а» or «незач»; of quality when, besides, every
    mark 2..5 is a 4 or a 5 and there is at least one (отличники and хорошисты). The
    standing counts add up to ``total`` (``n_no_numeric`` — only «зач»/«осв»).
    ``mean`` is the mean of all numeric marks of all students and subjects.
    """

    total: int
    n_excellent: int
    n_good: int
    n_one_three: int
    n_with_threes: int
    n_failing: int
    n_not_assessed: int
    n_no_numeric: int
    n_without_marks: int
    mean: Fraction | None
    success: Fraction | None
    quality: Fraction | None


def class_standings(students: Mapping[int, Iterable[PeriodMarkValue]]) -> dict[int, Standing]:
    """The standing of every student (id → :class:`Standing`)."""
    return {student: classify_student(values) for student, values in students.items()}


def class_measures(students: Mapping[int, Iterable[PeriodMarkValue]]) -> ClassMeasures:
    """Measures of a class by students: student id → that student's period marks."""
    counts = dict.fromkeys(Standing, 0)
    total = without_marks = 0
    mark_sum = mark_count = 0
    for values in students.values():
        marks = list(values)
        if not marks:
            without_marks += 1
            continue
        total += 1
        counts[classify_student(marks)] += 1
        numeric = [v.numeric for v in marks if v.numeric is not None]
        mark_sum += sum(numeric)
        mark_count += len(numeric)
    successful = sum(counts[s] for s in _SUCCESSFUL) + counts[Standing.NONE]
    return ClassMeasures(
        total=total,
        n_excellent=counts[Standing.EXCELLENT],
        n_good=counts[Standing.GOOD],
        n_one_three=counts[Standing.ONE_THREE],
        n_with_threes=counts[Standing.WITH_THREES],
        n_failing=counts[Standing.FAILING],
        n_not_assessed=counts[Standing.NOT_ASSESSED],
        n_no_numeric=counts[Standing.NONE],
        n_without_marks=without_marks,
        mean=Fraction(mark_sum, mark_count) if mark_count else None,
        success=_share(successful, total),
        quality=_share(counts[Standing.EXCELLENT] + counts[Standing.GOOD], total),
    )
