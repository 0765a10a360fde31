"""Means, display rounding and the suggested period mark."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ejournal_desktop.domain.averages import (
    LYCEUM_STRICT,
    ORDINARY_ROUNDING,
    RoundingRule,
    display_mean,
    format_decimal_ru,
    plain_mean,
    round_half_up,
    suggest_period_mark,
    to_fraction,
    weighted_mean,
)
from ejournal_desktop.domain.errors import AverageError, DomainError, RoundingRuleError

NO_DB = settings(database=None, deadline=None)
F = Fraction

# ----------------------------------------------------------------------------- to_fraction


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        (1.5, F(3, 2)),
        (0.1, F(1, 10)),
        (2.35, F(47, 20)),
        (3, F(3)),
        (Decimal("1.25"), F(5, 4)),
        (F(2, 3), F(2, 3)),
        ("1.5", F(3, 2)),
        ("1,5", F(3, 2)),
        (" 2 ", F(2)),
        ("3/2", F(3, 2)),
    ],
)
def test_to_fraction_is_exact(
    x: float | int | str | Decimal | Fraction, expected: Fraction
) -> None:
    result = to_fraction(x)
    assert isinstance(result, Fraction)
    assert result == expected


@pytest.mark.parametrize("x", ["abc", "", "1/0", float("nan"), float("inf"), Decimal("NaN")])
def test_to_fraction_refuses_non_numbers(x: float | str | Decimal) -> None:
    with pytest.raises(AverageError) as caught:
        to_fraction(x)
    assert "числ" in caught.value.message or "Не число" in caught.value.message


# ----------------------------------------------------------------------------- means


def test_plain_mean() -> None:
    assert plain_mean([]) is None
    assert plain_mean(iter([])) is None
    assert plain_mean([F(5), F(4)]) == F(9, 2)
    assert plain_mean([F(5), F(4), F(4)]) == F(13, 3)
    assert plain_mean(F(n) for n in (3, 3, 4)) == F(10, 3)


def test_weighted_mean() -> None:
    assert weighted_mean([]) is None
    # контрольная (weight 2) «3», ответ (weight 1) «5»
    assert weighted_mean([(F(3), F(2)), (F(5), F(1))]) == F(11, 3)
    assert weighted_mean([(F(5), F(3, 2)), (F(2), F(1, 2))]) == F(17, 4)
    # weights given as float/str/int are read exactly
    assert weighted_mean([(F(4), 1.5), (F(5), "0,5")]) == F(17, 4)
    assert weighted_mean([(F(4), 1)]) == F(4)


@pytest.mark.parametrize("weight", [F(0), F(-1), 0, -0.5, "0"])
def test_weighted_mean_refuses_non_positive_weights(weight: Fraction | int | float | str) -> None:
    with pytest.raises(AverageError, match="Вес отметки должен быть больше нуля"):
        weighted_mean([(F(5), F(1)), (F(4), weight)])


_values = st.fractions(min_value=1, max_value=5, max_denominator=4)
_weights = st.fractions(min_value=F(1, 10), max_value=10, max_denominator=10)


@NO_DB
@given(st.lists(st.tuples(_values, _weights), min_size=1, max_size=30))
def test_weighted_mean_between_min_and_max(pairs: list[tuple[Fraction, Fraction]]) -> None:
    mean = weighted_mean(pairs)
    assert mean is not None
    values = [v for v, _ in pairs]
    assert min(values) <= mean <= max(values)


@NO_DB
@given(st.lists(_values, min_size=1, max_size=30), _weights)
def test_weighted_mean_equal_weights_is_plain_mean(values: list[Fraction], w: Fraction) -> None:
    assert weighted_mean([(v, w) for v in values]) == plain_mean(values)


@NO_DB
@given(st.lists(st.tuples(_values, _weights), min_size=1, max_size=10))
def test_weighted_mean_scaling_weights_changes_nothing(
    pairs: list[tuple[Fraction, Fraction]],
) -> None:
    assert weighted_mean([(v, w * 3) for v, w in pairs]) == weighted_mean(pairs)


# ----------------------------------------------------------------------------- display


@pytest.mark.parametrize(
    ("mean", "shown"),
    [
        (None, ""),
        (F(7, 2), "3,50"),
        (F(3499, 1000), "3,50"),
        (F(3494, 1000), "3,49"),
        (F(3495, 1000), "3,50"),  # half up, not half even
        (F(4125, 1000), "4,13"),
        (F(4135, 1000), "4,14"),
        (F(10, 3), "3,33"),
        (F(11, 3), "3,67"),
        (F(5), "5,00"),
        (F(0), "0,00"),
    ],
)
def test_display_mean(mean: Fraction | None, shown: str) -> None:
    assert display_mean(mean) == shown


def test_display_mean_with_the_interfaces_separator() -> None:
    assert display_mean(F(9, 2), lambda d: f"{d:f}") == "4.50"
    assert display_mean(None, lambda d: f"{d:f}") == ""


def test_round_half_up() -> None:
    assert round_half_up(F(1, 8), 2) == Decimal("0.13")
    assert round_half_up(F(-1, 8), 2) == Decimal("-0.13")
    assert round_half_up(F(875, 10), 0) == Decimal("88")
    assert str(round_half_up(F(7, 2), 2)) == "3.50"
    assert format_decimal_ru(Decimal("3.50")) == "3,50"


# ----------------------------------------------------------------------------- rounding rules


def test_ordinary_rule() -> None:
    rule = RoundingRule.from_threshold()
    assert rule == ORDINARY_ROUNDING
    assert rule.thresholds == ((5, Decimal("4.5")), (4, Decimal("3.5")), (3, Decimal("2.5")))
    assert rule.describe() == "5 — от 4,50; 4 — от 3,50; 3 — от 2,50; иначе 2"
    assert LYCEUM_STRICT.describe("{mark} from {threshold}", "else 2", lambda d: f"{d:f}") == (
        "5 from 4.65; 4 from 3.60; 3 from 2.60; else 2")


@pytest.mark.parametrize("t", [Decimal("0.6"), 0.6, "0.6", "0,6"])
def test_from_threshold_accepts_decimal_float_str(t: Decimal | float | str) -> None:
    rule = RoundingRule.from_threshold(t)
    assert rule.thresholds == ((5, Decimal("4.6")), (4, Decimal("3.6")), (3, Decimal("2.6")))


@pytest.mark.parametrize("t", [0, 1, "1.2", -0.1, Decimal("0"), "abc", float("nan")])
def test_from_threshold_refuses_outside_zero_one(t: Decimal | float | str) -> None:
    with pytest.raises(RoundingRuleError) as caught:
        RoundingRule.from_threshold(t)
    assert "Порог округления" in caught.value.message


def test_lyceum_strict_rule() -> None:
    assert LYCEUM_STRICT.thresholds == (
        (5, Decimal("4.65")),
        (4, Decimal("3.6")),
        (3, Decimal("2.6")),
    )
    assert suggest_period_mark(F(464, 100), LYCEUM_STRICT) == 4
    assert suggest_period_mark(F(465, 100), LYCEUM_STRICT) == 5
    assert suggest_period_mark(F(4645, 1000), LYCEUM_STRICT) == 5  # shows 4,65
    assert suggest_period_mark(F(359, 100), LYCEUM_STRICT) == 3
    assert suggest_period_mark(F(36, 10), LYCEUM_STRICT) == 4
    assert suggest_period_mark(F(259, 100), LYCEUM_STRICT) == 2
    assert suggest_period_mark(F(26, 10), LYCEUM_STRICT) == 3


@pytest.mark.parametrize(
    "thresholds",
    [
        ((5, Decimal("4.5")), (4, Decimal("4.6")), (3, Decimal("2.5"))),  # not descending
        ((5, Decimal("4.5")), (4, Decimal("3.5")), (3, Decimal("3.5"))),  # equal to the one above
        ((5, Decimal("5")), (4, Decimal("3.5")), (3, Decimal("2.5"))),  # a mark's own value
        ((5, Decimal("4.0")), (4, Decimal("3.5")), (3, Decimal("2.5"))),  # the mark below
        ((5, Decimal("4.5")), (4, Decimal("3.5"))),  # 3 missing
        ((4, Decimal("3.5")), (5, Decimal("4.5")), (3, Decimal("2.5"))),  # wrong order
        (),
    ],
)
def test_rounding_rule_validation(thresholds: tuple[tuple[int, Decimal], ...]) -> None:
    with pytest.raises(RoundingRuleError) as caught:
        RoundingRule(thresholds)
    assert isinstance(caught.value, DomainError)
    assert "Пор" in caught.value.message or "Правило" in caught.value.message


def test_rounding_rule_json_round_trip() -> None:
    for rule in (ORDINARY_ROUNDING, LYCEUM_STRICT, RoundingRule.from_threshold("0.555")):
        data = rule.to_json()
        assert data["thresholds"][0][0] == 5
        assert RoundingRule.from_json(data) == rule
    assert LYCEUM_STRICT.to_json() == {"thresholds": [[5, "4.65"], [4, "3.6"], [3, "2.6"]]}
    assert RoundingRule.from_json(
        [[5, 4.6], [4, "3.6"], [3, "2,6"]]
    ) == RoundingRule.from_threshold("0.6")


@pytest.mark.parametrize(
    "data",
    [
        None,
        "4.5",
        {},
        {"thresholds": "x"},
        {"thresholds": [[5]]},
        {"thresholds": [["5", "4.5"], [4, "3.5"], [3, "2.5"]]},
        {"thresholds": [[5, "abc"], [4, "3.5"], [3, "2.5"]]},
        {"thresholds": [[5, None], [4, "3.5"], [3, "2.5"]]},
        {"thresholds": [[5, "4.5"], [4, "3.5"], [3, "1.5"]]},
    ],
)
def test_rounding_rule_from_json_refuses_garbage(data: object) -> None:
    with pytest.raises(RoundingRuleError):
        RoundingRule.from_json(data)


# ----------------------------------------------------------------------------- suggestion


@pytest.mark.parametrize(
    ("mean", "mark"),
    [
        (None, None),
        (F(5), 5),
        (F(45, 10), 5),
        (F(449, 100), 4),
        (F(35, 10), 4),
        (F(3499, 1000), 4),  # shows 3,50
        (F(3494, 1000), 3),  # shows 3,49
        (F(3495, 1000), 4),  # shows 3,50 (half up)
        (F(25, 10), 3),
        (F(249, 100), 2),
        (F(2), 2),
        (F(1), 2),
    ],
)
def test_suggest_period_mark_ordinary(mean: Fraction | None, mark: int | None) -> None:
    assert suggest_period_mark(mean, ORDINARY_ROUNDING) == mark


def test_suggest_period_mark_other_threshold() -> None:
    rule = RoundingRule.from_threshold("0.6")
    assert suggest_period_mark(F(355, 100), rule) == 3
    assert suggest_period_mark(F(3595, 1000), rule) == 4  # shows 3,60


_rules = st.sampled_from([ORDINARY_ROUNDING, LYCEUM_STRICT]) | st.decimals(
    min_value=Decimal("0.01"), max_value=Decimal("0.99"), places=3
).map(RoundingRule.from_threshold)
_means = st.fractions(min_value=1, max_value=5, max_denominator=1000)


@NO_DB
@given(_means, _means, _rules)
def test_suggest_period_mark_monotonic(a: Fraction, b: Fraction, rule: RoundingRule) -> None:
    assume(a <= b)
    low, high = suggest_period_mark(a, rule), suggest_period_mark(b, rule)
    assert low is not None and high is not None
    assert 2 <= low <= high <= 5


@NO_DB
@given(_means, _rules)
def test_suggestion_follows_the_shown_figure(mean: Fraction, rule: RoundingRule) -> None:
    shown = Decimal(display_mean(mean).replace(",", "."))
    expected = next((m for m, t in rule.thresholds if shown >= t), 2)
    assert suggest_period_mark(mean, rule) == expected
    # the same shown figure always gives the same mark
    assert suggest_period_mark(Fraction(shown), rule) == expected
