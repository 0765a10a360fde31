"""Means of marks and the rounding of a mean to the suggested period mark.

Arithmetic is exact (:class:`~fractions.Fraction`); a mean is rounded only for display,
half up, to two decimals — and the suggested period mark is taken from that shown figure,
so the teacher never sees «3,50» next to a suggested «3».
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import TypeAlias

from .errors import AverageError, RoundingRuleError, decimal_comma

__all__ = [
    "LYCEUM_STRICT",
    "ORDINARY_ROUNDING",
    "Number",
    "RoundingRule",
    "display_mean",
    "format_decimal_ru",
    "plain_mean",
    "round_half_up",
    "suggest_period_mark",
    "to_fraction",
    "weighted_mean",
]

Number: TypeAlias = Fraction | Decimal | int | float | str
"""Anything :func:`to_fraction` reads."""


def to_fraction(x: Number) -> Fraction:
    """Exact conversion: floats through ``str()`` (1.5 → 3/2, 0.1 → 1/10).

    Strings may use a decimal comma ("1,5") or be a fraction ("3/2").
    """
    if isinstance(x, Fraction):
        return x
    if isinstance(x, int):
        return Fraction(x)
    if isinstance(x, float):
        if not math.isfinite(x):
            raise AverageError("Не число: «%s».", x)
        return Fraction(str(x))
    if isinstance(x, Decimal):
        if not x.is_finite():
            raise AverageError("Не число: «%s».", x)
        return Fraction(x)
    if isinstance(x, str):
        cleaned = x.strip().replace(",", ".").replace("\u2212", "-")
        try:
            return Fraction(cleaned)
        except (ValueError, ZeroDivisionError):
            raise AverageError("Не удалось прочитать число «%s».", x.strip()) from None
    raise AverageError("Не удалось прочитать число «%r».", x)


def plain_mean(values: Iterable[Number]) -> Fraction | None:
    """Arithmetic mean; None when there are no values."""
    total = Fraction(0)
    count = 0
    for value in values:
        total += to_fraction(value)
        count += 1
    if count == 0:
        return None
    return total / count


def weighted_mean(pairs: Iterable[tuple[Number, Number]]) -> Fraction | None:
    """Weighted mean of (value, weight) pairs; None when there are none.

    Every weight must be greater than zero, otherwise :class:`AverageError`.
    """
    total = Fraction(0)
    total_weight = Fraction(0)
    for value, weight in pairs:
        w = to_fraction(weight)
        if w <= 0:
            raise AverageError(
                "Вес отметки должен быть больше нуля (указан вес %s).", _show_number(weight)
            )
        total += to_fraction(value) * w
        total_weight += w
    if total_weight == 0:
        return None
    return total / total_weight


def _show_number(x: Number) -> object:
    """A number for a message: a Decimal (the message writes it with the interface's decimal separator),
    an int, a fraction «3/2», or the text as given when it is not a decimal number."""
    if isinstance(x, Fraction):
        return str(x) if x.denominator != 1 else x.numerator
    if isinstance(x, Decimal | int):
        return x
    text = str(x).strip()
    try:
        d = Decimal(text.replace(",", ".").replace("\u2212", "-"))
    except InvalidOperation:
        return text
    return d if d.is_finite() else text


def round_half_up(x: Fraction, places: int = 2) -> Decimal:
    """``x`` rounded half away from zero to ``places`` decimals, exactly (no float inside)."""
    scaled = abs(x) * 10**places
    quotient, remainder = divmod(scaled.numerator, scaled.denominator)
    if 2 * remainder >= scaled.denominator:
        quotient += 1
    if x < 0:
        quotient = -quotient
    return Decimal(f"{quotient}E-{places}")


def format_decimal_ru(d: Decimal) -> str:
    """Fixed-point text with a Russian decimal comma: Decimal("3.50") → "3,50"."""
    return decimal_comma(d)


def display_mean(m: Fraction | None, decimal: Callable[[Decimal], str] = format_decimal_ru) -> str:
    """The mean as the teacher sees it: two decimals, half up, decimal comma (the interface passes the
    writer of its language as ``decimal``); "" for None."""
    if m is None:
        return ""
    return decimal(round_half_up(m, 2))


# --------------------------------------------------------------------------- rounding rules

_RULE_MARKS = (5, 4, 3)


def _to_decimal(x: Decimal | float | int | str) -> Decimal:
    if isinstance(x, Decimal):
        d = x
    elif isinstance(x, bool):
        raise RoundingRuleError("Порог округления должен быть числом (указано «%s»).", x)
    elif isinstance(x, float | int):
        d = Decimal(str(x))
    elif isinstance(x, str):
        try:
            d = Decimal(x.strip().replace(",", "."))
        except InvalidOperation:
            raise RoundingRuleError(
                "Порог округления должен быть числом (указано «%s»).", x.strip()
            ) from None
    else:
        raise RoundingRuleError("Порог округления должен быть числом (указано «%r»).", x)
    if not d.is_finite():
        raise RoundingRuleError("Порог округления должен быть числом (указано «%s»).", x)
    return d


def _show_threshold(t: Decimal, decimal: Callable[[Decimal], str] = format_decimal_ru) -> str:
    """At least two decimals, as means are shown: 4.5 → "4,50", 4.555 → "4,555"."""
    exponent = t.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        t = t.quantize(Decimal("0.01"))
    return decimal(t)


@dataclass(frozen=True)
class RoundingRule:
    """How a mean becomes the suggested period mark.

    ``thresholds`` lists, from mark 5 down to 3, the least (shown) mean that gives the
    mark: ordinary rounding is ((5, 4.5), (4, 3.5), (3, 2.5)); a mean below the last
    threshold gives 2. The threshold for mark *m* lies strictly between *m*−1 and *m*, so
    the thresholds strictly descend.
    """

    thresholds: tuple[tuple[int, Decimal], ...]

    def __post_init__(self) -> None:
        try:
            items = tuple((mark, _to_decimal(t)) for mark, t in self.thresholds)
        except (TypeError, ValueError) as error:
            if isinstance(error, RoundingRuleError):
                raise
            raise RoundingRuleError("Правило округления записано неверно.") from None
        marks = tuple(mark for mark, _ in items)
        if marks != _RULE_MARKS:
            raise RoundingRuleError(
                "Правило округления должно задавать пороги для отметок 5, 4 и 3 "
                "(именно в этом порядке)."
            )
        items = tuple(zip(_RULE_MARKS, (t for _, t in items), strict=True))
        for mark, threshold in items:
            # (m-1, m) for every mark also makes the thresholds strictly descend.
            if not mark - 1 < threshold < mark:
                raise RoundingRuleError(
                    "Порог для отметки %d должен быть больше %d и меньше %d (указано %s).",
                    mark, mark - 1, mark, threshold,
                )
        object.__setattr__(self, "thresholds", items)

    @classmethod
    def from_threshold(cls, t: Decimal | float | str = Decimal("0.5")) -> RoundingRule:
        """The ordinary rule with fraction ``t``: mark *m* when the mean ≥ (*m*−1) + ``t``."""
        d = _to_decimal(t)
        if not 0 < d < 1:
            raise RoundingRuleError(
                "Порог округления должен быть больше 0 и меньше 1 (указано %s).", d
            )
        return cls(tuple((mark, (mark - 1) + d) for mark in _RULE_MARKS))

    def to_json(self) -> dict[str, list[list[int | str]]]:
        """A plain dict for a school setting: ``{"thresholds": [[5, "4.5"], …]}``."""
        return {"thresholds": [[mark, str(t)] for mark, t in self.thresholds]}

    @classmethod
    def from_json(cls, data: object) -> RoundingRule:
        """Read what :meth:`to_json` wrote (the bare list of pairs is accepted too)."""
        rows: object = data
        if isinstance(data, Mapping):
            rows = data.get("thresholds")
        if not isinstance(rows, Sequence) or isinstance(rows, str | bytes):
            raise RoundingRuleError("Правило округления записано неверно.")
        pairs: list[tuple[int, Decimal]] = []
        for row in rows:
            if (
                not isinstance(row, Sequence)
                or isinstance(row, str | bytes)
                or len(row) != 2
                or not isinstance(row[0], int)
                or isinstance(row[0], bool)
                or not isinstance(row[1], str | int | float | Decimal)
            ):
                raise RoundingRuleError("Правило округления записано неверно.")
            pairs.append((row[0], _to_decimal(row[1])))
        return cls(tuple(pairs))

    def describe(self, step: str = "{mark} — от {threshold}", otherwise: str = "иначе 2",
                 decimal: Callable[[Decimal], str] = format_decimal_ru) -> str:
        """Summary: «5 — от 4,50; 4 — от 3,50; 3 — от 2,50; иначе 2» (the interface passes its translations
        of ``step`` and ``otherwise`` and the writer of its decimal separator)."""
        parts = [step.format(mark=mark, threshold=_show_threshold(t, decimal)) for mark, t in self.thresholds]
        return "; ".join([*parts, otherwise])


ORDINARY_ROUNDING = RoundingRule.from_threshold()
"""5 from 4.5, 4 from 3.5, 3 from 2.5."""

LYCEUM_STRICT = RoundingRule(((5, Decimal("4.65")), (4, Decimal("3.6")), (3, Decimal("2.6"))))
"""The stricter rule some lyceums use: 5 from 4.65, 4 from 3.6, 3 from 2.6."""


def suggest_period_mark(mean: Fraction | None, rule: RoundingRule) -> int | None:
    """The suggested period mark 2..5 for a mean; None for None.

    The mean is first rounded as it is shown (two decimals, half up), then compared with
    the thresholds: with ordinary rounding 3.499 shows «3,50» and gives 4, while 3.494
    shows «3,49» and gives 3.
    """
    if mean is None:
        return None
    shown = round_half_up(mean, 2)
    for mark, threshold in rule.thresholds:
        if shown >= threshold:
            return mark
    return 2
