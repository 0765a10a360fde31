"""Standard measures: средний балл, успеваемость, качество, СОУ, standings of students."""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ejournal_desktop.domain.marks import PERIOD_MARK_CHOICES, PeriodMarkValue, parse_period_mark
from ejournal_desktop.domain.measures import (
    SOU_WEIGHTS,
    STANDING_TITLES,
    Standing,
    StudentStanding,
    class_measures,
    class_standings,
    classify_student,
    measures_for_subject,
    percent,
)

NO_DB = settings(database=None, deadline=None)
F = Fraction


def marks(*texts: str) -> list[PeriodMarkValue]:
    return [parse_period_mark(t) for t in texts]


# ----------------------------------------------------------------------------- one subject


def test_measures_for_subject_example() -> None:
    # 8 graded students: 2×«5», 3×«4», 2×«3», 1×«н/а»; plus «зач» and «незач» apart
    m = measures_for_subject(marks("5", "5", "4", "4", "4", "3", "3", "н/а", "зач", "незач"))
    assert (m.total, m.n5, m.n4, m.n3, m.n2, m.n_na) == (8, 2, 3, 2, 0, 1)
    assert (m.n_credit, m.n_fail_credit) == (1, 1)
    assert m.n_numeric == 7
    assert m.mean == F(5 * 2 + 4 * 3 + 3 * 2, 7)
    assert m.success == F(7, 8)
    assert m.quality == F(5, 8)
    assert m.sou == (2 * F(1) + 3 * F(64, 100) + 2 * F(36, 100)) / 8
    assert percent(m.success) == "87,5 %"
    assert percent(m.quality) == "62,5 %"
    assert m.credit_success == F(1, 2)


def test_measures_with_twos() -> None:
    m = measures_for_subject(marks("5", "2", "2", "3"))
    assert m.total == 4
    assert m.success == F(1, 2)
    assert m.quality == F(1, 4)
    assert m.mean == F(12, 4)
    assert m.sou == (F(1) + 2 * F(16, 100) + F(36, 100)) / 4


def test_sou_weights_and_extremes() -> None:
    assert SOU_WEIGHTS == {5: F(1), 4: F(16, 25), 3: F(9, 25), 2: F(4, 25), 1: F(2, 25)}
    assert measures_for_subject(marks("5", "5")).sou == 1
    assert measures_for_subject(marks("4")).sou == F(64, 100)
    assert measures_for_subject(marks("2")).sou == F(16, 100)


def test_not_assessed_counts_in_total_with_zero_weight() -> None:
    m = measures_for_subject(marks("н/а", "н/а"))
    assert m.total == 2
    assert m.n_na == 2
    assert m.mean is None
    assert m.success == 0
    assert m.quality == 0
    assert m.sou == 0


@pytest.mark.parametrize("values", [[], marks("зач", "осв"), marks("незач")])
def test_no_graded_marks_gives_none_not_zero_division(values: list[PeriodMarkValue]) -> None:
    m = measures_for_subject(values)
    assert m.total == 0
    assert m.mean is None and m.success is None and m.quality is None and m.sou is None
    assert percent(m.success) == "—"


def test_credit_only_subject() -> None:
    m = measures_for_subject(marks("зач", "зач", "осв", "незач"))
    assert (m.n_credit, m.n_fail_credit) == (3, 1)
    assert m.credit_success == F(3, 4)
    assert measures_for_subject(marks("5")).credit_success is None


@pytest.mark.parametrize(
    ("x", "text"),
    [
        (None, "—"),
        (F(0), "0,0 %"),
        (F(1), "100,0 %"),
        (F(7, 8), "87,5 %"),
        (F(2, 3), "66,7 %"),
        (F(1, 3), "33,3 %"),
        (F(1, 2000), "0,1 %"),  # 0.05 % rounds half up
        (F(1, 2001), "0,0 %"),
    ],
)
def test_percent(x: Fraction | None, text: str) -> None:
    assert percent(x) == text


_period_marks = st.sampled_from(PERIOD_MARK_CHOICES).map(parse_period_mark)


@NO_DB
@given(st.lists(_period_marks, max_size=40))
def test_measures_properties(values: list[PeriodMarkValue]) -> None:
    m = measures_for_subject(values)
    assert m.n5 + m.n4 + m.n3 + m.n2 + m.n_na == m.total
    assert m.total + m.n_credit + m.n_fail_credit == len(values)
    if m.total == 0:
        assert m.success is None and m.quality is None and m.sou is None
        return
    assert m.success is not None and m.quality is not None and m.sou is not None
    for share in (m.success, m.quality, m.sou):
        assert 0 <= share <= 1
    assert m.success >= m.quality
    if m.n2 == 0:  # then every term of СОУ is at most its term of успеваемость
        assert m.sou <= m.success
    if m.mean is not None:
        assert 2 <= m.mean <= 5


# ----------------------------------------------------------------------------- students


@pytest.mark.parametrize(
    ("texts", "standing"),
    [
        (("5", "5", "5"), Standing.EXCELLENT),
        (("5", "5", "зач", "осв"), Standing.EXCELLENT),
        (("5", "4", "5"), Standing.GOOD),
        (("4", "4"), Standing.GOOD),
        (("5", "4", "3"), Standing.ONE_THREE),
        (("3",), Standing.ONE_THREE),
        (("5", "3", "3"), Standing.WITH_THREES),
        (("5", "3", "2"), Standing.FAILING),
        (("5", "незач"), Standing.FAILING),
        (("2", "н/а"), Standing.FAILING),
        (("5", "н/а"), Standing.NOT_ASSESSED),
        (("н/а",), Standing.NOT_ASSESSED),
        (("зач", "осв"), Standing.NONE),
        ((), Standing.NONE),
    ],
)
def test_classify_student(texts: tuple[str, ...], standing: Standing) -> None:
    assert classify_student(marks(*texts)) is standing


def test_standing_titles_and_alias() -> None:
    assert StudentStanding is Standing
    assert set(STANDING_TITLES) == set(Standing)
    assert STANDING_TITLES[Standing.EXCELLENT] == "Отличник"
    assert STANDING_TITLES[Standing.GOOD] == "Хорошист"


def test_class_measures_example() -> None:
    students = {
        1: marks("5", "5", "5"),
        2: marks("5", "4", "зач"),
        3: marks("4", "3", "5"),
        4: marks("3", "3", "4"),
        5: marks("5", "2", "4"),
        6: marks("н/а", "4"),
        7: marks("зач"),
        8: [],
    }
    cm = class_measures(students)
    assert cm.total == 7
    assert cm.n_without_marks == 1
    assert (cm.n_excellent, cm.n_good, cm.n_one_three, cm.n_with_threes) == (1, 1, 1, 1)
    assert (cm.n_failing, cm.n_not_assessed, cm.n_no_numeric) == (1, 1, 1)
    assert cm.success == F(5, 7)
    assert cm.quality == F(2, 7)
    numeric = [5, 5, 5, 5, 4, 4, 3, 5, 3, 3, 4, 5, 2, 4, 4]
    assert cm.mean == F(sum(numeric), len(numeric))
    assert class_standings(students)[5] is Standing.FAILING
    assert class_standings(students)[8] is Standing.NONE


def test_class_measures_empty() -> None:
    cm = class_measures({})
    assert cm.total == 0
    assert cm.success is None and cm.quality is None and cm.mean is None
    cm = class_measures({1: [], 2: []})
    assert cm.total == 0 and cm.n_without_marks == 2
    assert cm.success is None


@NO_DB
@given(st.dictionaries(st.integers(1, 40), st.lists(_period_marks, max_size=12), max_size=30))
def test_class_measures_properties(students: dict[int, list[PeriodMarkValue]]) -> None:
    cm = class_measures(students)
    assert cm.total + cm.n_without_marks == len(students)
    assert (
        cm.n_excellent
        + cm.n_good
        + cm.n_one_three
        + cm.n_with_threes
        + cm.n_failing
        + cm.n_not_assessed
        + cm.n_no_numeric
        == cm.total
    )
    if cm.total == 0:
        assert cm.success is None and cm.quality is None
        return
    assert cm.success is not None and cm.quality is not None
    assert 0 <= cm.quality <= cm.success <= 1
    # a student is successful exactly when no subject has «2», «н/а», «незач»
    successful = sum(1 for v in students.values() if v and not any(x.is_failing for x in v))
    assert cm.success == F(successful, cm.total)
    # of quality exactly when there are numeric marks, all of them 4 or 5, and no failure
    quality = sum(
        1
        for v in students.values()
        if not any(x.is_failing for x in v)
        and any(x.numeric for x in v)
        and all(x.numeric in (4, 5) for x in v if x.numeric is not None)
    )
    assert cm.quality == F(quality, cm.total)
