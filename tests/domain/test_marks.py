"""Current marks, absence codes, grid cells and period marks."""

import re
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ejournal_desktop.domain.errors import DomainError, MarkError, PeriodMarkError
from ejournal_desktop.domain.marks import (
    ABSENCE_TITLES,
    EMPTY_CELL,
    PERIOD_MARK_CHOICES,
    PERIOD_MARK_KIND_TITLES,
    AbsenceCode,
    CellContent,
    CurrentMark,
    PeriodMarkKind,
    PeriodMarkValue,
    homework_allowed,
    marks_allowed,
    parse_absence,
    parse_cell,
    parse_mark,
    parse_period_mark,
)

NO_DB = settings(database=None, deadline=None)

# ----------------------------------------------------------------------------- absences


def test_absence_codes_values() -> None:
    assert [c.value for c in AbsenceCode] == ["н", "б", "у", "оп"]
    assert str(AbsenceCode.LATE) == "оп"  # StrEnum: stored and shown as is


def test_absence_titles_cover_every_code_in_russian() -> None:
    assert set(ABSENCE_TITLES) == set(AbsenceCode)
    assert ABSENCE_TITLES[AbsenceCode.ILL] == "Болел"
    assert ABSENCE_TITLES[AbsenceCode.LATE] == "Опоздал"
    for title in ABSENCE_TITLES.values():
        assert any("а" <= ch.lower() <= "я" for ch in title)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("н", AbsenceCode.ABSENT),
        ("Н", AbsenceCode.ABSENT),
        (" н ", AbsenceCode.ABSENT),
        ("б", AbsenceCode.ILL),
        ("Б", AbsenceCode.ILL),
        ("у", AbsenceCode.EXCUSED),
        ("У", AbsenceCode.EXCUSED),
        ("оп", AbsenceCode.LATE),
        ("ОП", AbsenceCode.LATE),
        ("Оп", AbsenceCode.LATE),
    ],
)
def test_parse_absence_accepts_cyrillic_any_case(text: str, code: AbsenceCode) -> None:
    assert parse_absence(text) is code


@pytest.mark.parametrize("text", ["n", "H", "y", "on", "оn"])
def test_parse_absence_refuses_latin_lookalikes(text: str) -> None:
    with pytest.raises(MarkError, match="русскими буквами"):
        parse_absence(text)


@pytest.mark.parametrize("text", ["х", "нб", "о", "п", "6"])
def test_parse_absence_refuses_unknown_codes(text: str) -> None:
    with pytest.raises(MarkError, match=f"Код «{text}» не распознан"):
        parse_absence(text)


def test_parse_absence_refuses_empty() -> None:
    with pytest.raises(MarkError, match="не указан"):
        parse_absence("  ")


# ----------------------------------------------------------------------------- current marks


@pytest.mark.parametrize("digit", ["1", "2", "3", "4", "5"])
def test_parse_mark_plain_digits(digit: str) -> None:
    mark = parse_mark(digit)
    assert mark == CurrentMark(digit, Fraction(int(digit)))
    assert mark.value == int(digit)
    assert mark.base == int(digit)
    assert mark.modifier == ""


def test_parse_mark_strips_spaces() -> None:
    assert parse_mark("  4 ").text == "4"


@pytest.mark.parametrize(
    ("text", "normalised", "value"),
    [
        ("4-", "4-", Fraction(15, 4)),
        ("4+", "4+", Fraction(17, 4)),
        ("3-", "3-", Fraction(11, 4)),
        ("2+", "2+", Fraction(9, 4)),
        ("1+", "1+", Fraction(5, 4)),
        ("5-", "5-", Fraction(19, 4)),
        ("4\u2212", "4-", Fraction(15, 4)),  # Unicode minus
        ("4\u2013", "4-", Fraction(15, 4)),  # en dash
    ],
)
def test_parse_mark_with_modifiers(text: str, normalised: str, value: Fraction) -> None:
    mark = parse_mark(text, allow_modifiers=True)
    assert mark.text == normalised
    assert mark.value == value


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("7", "Отметка «7» недопустима: допустимы отметки от 1 до 5."),
        ("0", "Отметка «0» недопустима"),
        ("6", "от 1 до 5"),
        ("10", "Отметка «10» недопустима"),
        ("04", "Отметка «04» недопустима"),
        ("", "Отметка не указана"),
        ("   ", "Отметка не указана"),
        ("4.5", "дробных отметок не бывает"),
        ("4,5", "дробных отметок не бывает"),
        ("а", "введите цифру от 1 до 5"),
        ("five", "введите цифру"),
        ("+4", "введите цифру"),
        ("4--", "введите цифру"),
        ("٥", "введите цифру"),  # an Arabic-Indic five is not a mark
    ],
)
def test_parse_mark_refusals(text: str, fragment: str) -> None:
    with pytest.raises(MarkError) as caught:
        parse_mark(text, allow_modifiers=True)
    assert fragment in caught.value.message


@pytest.mark.parametrize("text", ["4-", "4+", "5+", "1-", "3\u2212"])
def test_parse_mark_modifiers_off(text: str) -> None:
    with pytest.raises(
        MarkError, match=re.escape("Отметки с «+» и «−» в этой школе не используются.")
    ):
        parse_mark(text)


def test_parse_mark_five_plus_and_one_minus_do_not_exist() -> None:
    with pytest.raises(MarkError, match="5 — высшая отметка"):
        parse_mark("5+", allow_modifiers=True)
    with pytest.raises(MarkError, match="1 — наименьшая отметка"):
        parse_mark("1-", allow_modifiers=True)


def test_parse_mark_respects_lowest() -> None:
    assert parse_mark("2", lowest=2).value == 2
    with pytest.raises(
        MarkError, match=re.escape("Отметка «1» недопустима: допустимы отметки от 2 до 5.")
    ):
        parse_mark("1", lowest=2)
    with pytest.raises(MarkError, match="2 — наименьшая отметка"):
        parse_mark("2-", allow_modifiers=True, lowest=2)
    assert parse_mark("2+", allow_modifiers=True, lowest=2).value == Fraction(9, 4)


@pytest.mark.parametrize("lowest", [0, 6, -1])
def test_parse_mark_refuses_bad_lowest(lowest: int) -> None:
    with pytest.raises(MarkError, match="Наименьшая отметка шкалы"):
        parse_mark("3", lowest=lowest)


def test_current_mark_checks_text_against_value() -> None:
    assert CurrentMark("4-", Fraction(15, 4)).value == Fraction(15, 4)
    with pytest.raises(MarkError):
        CurrentMark("4", Fraction(5))
    with pytest.raises(MarkError):
        CurrentMark("5+", Fraction(21, 4))
    with pytest.raises(MarkError):
        CurrentMark("7", Fraction(7))


@NO_DB
@given(
    text=st.text(max_size=4),
    allow_modifiers=st.booleans(),
    lowest=st.integers(min_value=1, max_value=5),
)
def test_parse_mark_never_accepts_outside_scale(
    text: str, allow_modifiers: bool, lowest: int
) -> None:
    try:
        mark = parse_mark(text, allow_modifiers=allow_modifiers, lowest=lowest)
    except DomainError as error:
        assert error.message
        return
    assert lowest <= mark.value <= 5
    assert mark.text in {"1", "2", "3", "4", "5"} or (allow_modifiers and mark.text[-1] in "+-")


@NO_DB
@given(
    number=st.integers(min_value=-100, max_value=1000).filter(lambda n: not 1 <= n <= 5),
    lowest=st.integers(min_value=1, max_value=5),
    sign=st.sampled_from(["", "+", "-"]),
)
def test_parse_mark_refuses_numbers_off_the_scale(number: int, lowest: int, sign: str) -> None:
    with pytest.raises(MarkError):
        parse_mark(f"{number}{sign}", allow_modifiers=True, lowest=lowest)


@NO_DB
@given(lowest=st.integers(min_value=1, max_value=5), digit=st.integers(min_value=1, max_value=5))
def test_parse_mark_below_lowest_refused(lowest: int, digit: int) -> None:
    if digit < lowest:
        with pytest.raises(MarkError, match=f"от {lowest} до 5"):
            parse_mark(str(digit), lowest=lowest)
    else:
        assert parse_mark(str(digit), lowest=lowest).value == digit


# ----------------------------------------------------------------------------- cells


def _marks(*texts: str) -> tuple[CurrentMark, ...]:
    return tuple(parse_mark(t, allow_modifiers=True) for t in texts)


@pytest.mark.parametrize(
    ("text", "marks", "absence"),
    [
        ("", (), None),
        ("   ", (), None),
        ("5", ("5",), None),
        ("54", ("5", "4"), None),
        ("5 4", ("5", "4"), None),
        ("5,4", ("5", "4"), None),
        ("5, 4", ("5", "4"), None),
        ("5/4", ("5", "4"), None),
        ("5;4", ("5", "4"), None),
        ("н", (), AbsenceCode.ABSENT),
        ("Н", (), AbsenceCode.ABSENT),
        ("б", (), AbsenceCode.ILL),
        ("у", (), AbsenceCode.EXCUSED),
        ("оп", (), AbsenceCode.LATE),
        ("ОП", (), AbsenceCode.LATE),
        ("5н", ("5",), AbsenceCode.ABSENT),
        ("5 н", ("5",), AbsenceCode.ABSENT),
        ("н 5", ("5",), AbsenceCode.ABSENT),
        ("4оп", ("4",), AbsenceCode.LATE),
        ("5432", ("5", "4", "3", "2"), None),
        ("5 4 3 2 н", ("5", "4", "3", "2"), AbsenceCode.ABSENT),
    ],
)
def test_parse_cell_accepts(text: str, marks: tuple[str, ...], absence: AbsenceCode | None) -> None:
    cell = parse_cell(text)
    assert cell == CellContent(_marks(*marks), absence)


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("4- 5", ("4-", "5")),
        ("4-5", ("4-", "5")),
        ("4+5", ("4+", "5")),
        ("54-", ("5", "4-")),
        ("4\u22125", ("4-", "5")),
        ("3+/4-", ("3+", "4-")),
    ],
)
def test_parse_cell_with_modifiers(text: str, marks: tuple[str, ...]) -> None:
    assert parse_cell(text, allow_modifiers=True).marks == _marks(*marks)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("7", "Отметка «7» недопустима: допустимы отметки от 1 до 5."),
        ("0", "Отметка «0» недопустима"),
        ("10", "Отметка «10» недопустима"),
        ("5 6", "Отметка «6» недопустима"),
        ("55555", "не больше 4 отметок"),
        ("5 4 3 2 1", "не больше 4 отметок"),
        ("н б", "только один код посещаемости"),
        ("н н", "только один код посещаемости"),
        ("5нб", "Код «нб» не распознан"),
        ("x", "русскими буквами"),
        ("5n", "русскими буквами"),
        ("4.5", "Дробных отметок не бывает"),
        ("5?", "Символ «?» недопустим"),
        ("4-", "Отметки с «+» и «−» в этой школе не используются."),
        ("5+", "Отметки с «+» и «−» в этой школе не используются."),
        ("-", "Отметки с «+» и «−» в этой школе не используются."),
    ],
)
def test_parse_cell_refusals(text: str, fragment: str) -> None:
    with pytest.raises(MarkError) as caught:
        parse_cell(text)
    assert fragment in caught.value.message


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("5+", "5 — высшая отметка"),
        ("1-", "1 — наименьшая отметка"),
        ("- 4", "Знак «-» должен стоять сразу после отметки."),
        ("4 +", "Знак «+» должен стоять сразу после отметки."),
        ("4--", "Знак «-» должен стоять сразу после отметки."),
    ],
)
def test_parse_cell_refusals_with_modifiers(text: str, fragment: str) -> None:
    with pytest.raises(MarkError) as caught:
        parse_cell(text, allow_modifiers=True)
    assert fragment in caught.value.message


def test_parse_cell_respects_lowest() -> None:
    assert parse_cell("52", lowest=2).marks == _marks("5", "2")
    with pytest.raises(MarkError, match="от 2 до 5"):
        parse_cell("51", lowest=2)


def test_cell_text_rendering() -> None:
    assert EMPTY_CELL.text() == ""
    assert EMPTY_CELL.is_empty
    assert CellContent(_marks("5", "4"), AbsenceCode.ABSENT).text() == "5 4 н"
    assert CellContent((), AbsenceCode.LATE).text() == "оп"
    assert CellContent(_marks("4-", "5")).text() == "4- 5"


def test_cell_flags_mark_with_absence() -> None:
    assert parse_cell("5н").has_mark_and_absence
    assert not parse_cell("5").has_mark_and_absence
    assert not parse_cell("н").has_mark_and_absence
    assert not parse_cell("5").is_empty


def test_cell_content_refuses_more_than_four_marks() -> None:
    with pytest.raises(MarkError, match="не больше 4 отметок"):
        CellContent(_marks("5", "5", "5", "5", "5"))


def test_cell_content_normalises_list_and_str_code() -> None:
    cell = CellContent(list(_marks("5")), "н")  # type: ignore[arg-type]
    assert cell == CellContent(_marks("5"), AbsenceCode.ABSENT)


def _mark_strategy(allow_modifiers: bool, lowest: int) -> st.SearchStrategy[CurrentMark]:
    texts = [
        f"{d}{s}"
        for d in range(lowest, 6)
        for s in (["", "+", "-"] if allow_modifiers else [""])
        if not (s == "+" and d == 5) and not (s == "-" and d == lowest)
    ]
    return st.sampled_from(texts).map(
        lambda t: parse_mark(t, allow_modifiers=allow_modifiers, lowest=lowest)
    )


@st.composite
def _cells(draw: st.DrawFn) -> tuple[CellContent, bool, int]:
    allow_modifiers = draw(st.booleans())
    lowest = draw(st.integers(min_value=1, max_value=5))
    marks = draw(st.lists(_mark_strategy(allow_modifiers, lowest), max_size=4))
    absence = draw(st.none() | st.sampled_from(list(AbsenceCode)))
    return CellContent(tuple(marks), absence), allow_modifiers, lowest


@NO_DB
@given(_cells())
def test_parse_cell_round_trip(generated: tuple[CellContent, bool, int]) -> None:
    cell, allow_modifiers, lowest = generated
    text = cell.text()
    assert parse_cell(text, allow_modifiers=allow_modifiers, lowest=lowest) == cell
    # upper case and the Unicode minus read the same
    assert (
        parse_cell(
            text.upper().replace("-", "\u2212"), allow_modifiers=allow_modifiers, lowest=lowest
        )
        == cell
    )


@NO_DB
@given(_cells())
def test_parse_cell_compact_typing(generated: tuple[CellContent, bool, int]) -> None:
    """Marks typed one after another without spaces read the same as the spaced text."""
    cell, allow_modifiers, lowest = generated
    compact = "".join(m.text for m in cell.marks) + (cell.absence or "")
    assert parse_cell(compact, allow_modifiers=allow_modifiers, lowest=lowest) == cell


@NO_DB
@given(st.text(alphabet="0123456789нбуопНx+-−,/ .", max_size=10))
def test_parse_cell_either_accepts_valid_content_or_refuses_in_russian(text: str) -> None:
    try:
        cell = parse_cell(text, allow_modifiers=True)
    except MarkError as error:
        assert any("а" <= ch.lower() <= "я" for ch in error.message)
        return
    assert len(cell.marks) <= 4
    assert all(1 <= m.value <= 5 for m in cell.marks)
    assert parse_cell(cell.text(), allow_modifiers=True) == cell


# ----------------------------------------------------------------------------- period marks


def test_period_mark_kinds_and_titles() -> None:
    assert [k.value for k in PeriodMarkKind] == [
        "quarter",
        "half",
        "trimester",
        "year",
        "exam",
        "final",
    ]
    assert set(PERIOD_MARK_KIND_TITLES) == set(PeriodMarkKind)
    assert PERIOD_MARK_KIND_TITLES[PeriodMarkKind.QUARTER] == "Четвертная"
    assert PERIOD_MARK_KIND_TITLES[PeriodMarkKind.YEAR] == "Годовая"
    assert PERIOD_MARK_KIND_TITLES[PeriodMarkKind.FINAL] == "Итоговая"


@pytest.mark.parametrize(
    ("text", "normalised", "numeric"),
    [
        ("2", "2", 2),
        ("3", "3", 3),
        (" 4 ", "4", 4),
        ("5", "5", 5),
        ("н/а", "н/а", None),
        ("Н/А", "н/а", None),
        ("на", "н/а", None),
        ("НА", "н/а", None),
        ("н\\а", "н/а", None),
        ("н / а", "н/а", None),
        ("зач", "зач", None),
        ("зачёт", "зач", None),
        ("Зачет", "зач", None),
        ("незач", "незач", None),
        ("незачёт", "незач", None),
        ("незачет", "незач", None),
        ("не зачёт", "незач", None),
        ("осв", "осв", None),
        ("освоено", "осв", None),
        ("Освоил", "осв", None),
    ],
)
def test_parse_period_mark(text: str, normalised: str, numeric: int | None) -> None:
    assert parse_period_mark(text) == PeriodMarkValue(normalised, numeric)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("1", "Отметка за период «1» недопустима"),
        ("6", "допустимы 2, 3, 4, 5, «н/а», «зач», «незач» и «осв»"),
        ("0", "Отметка за период «0» недопустима"),
        ("10", "Отметка за период «10» недопустима"),
        ("5-", "с «+» и «−» за период не ставятся"),
        ("4+", "с «+» и «−» за период не ставятся"),
        ("4\u2212", "с «+» и «−» за период не ставятся"),
        ("", "не указана"),
        ("н", "Отметка за период «н» недопустима"),
        ("4.5", "недопустима"),
        ("hello", "недопустима"),
    ],
)
def test_parse_period_mark_refusals(text: str, fragment: str) -> None:
    with pytest.raises(PeriodMarkError) as caught:
        parse_period_mark(text)
    assert fragment in caught.value.message


@pytest.mark.parametrize(
    ("text", "failing", "in_average", "graded", "credit"),
    [
        ("5", False, True, True, False),
        ("3", False, True, True, False),
        ("2", True, True, True, False),
        ("н/а", True, False, True, False),
        ("зач", False, False, False, True),
        ("осв", False, False, False, True),
        ("незач", True, False, False, False),
    ],
)
def test_period_mark_properties(
    text: str, failing: bool, in_average: bool, graded: bool, credit: bool
) -> None:
    value = parse_period_mark(text)
    assert value.is_failing is failing
    assert value.counts_in_average is in_average
    assert value.is_graded is graded
    assert value.is_credit is credit


def test_period_mark_choices_all_parse_to_themselves() -> None:
    assert len(PERIOD_MARK_CHOICES) == 8
    for text in PERIOD_MARK_CHOICES:
        assert parse_period_mark(text).text == text


def test_period_mark_value_checks_consistency() -> None:
    with pytest.raises(PeriodMarkError):
        PeriodMarkValue("5", 4)
    with pytest.raises(PeriodMarkError):
        PeriodMarkValue("н/а", 2)
    with pytest.raises(PeriodMarkError):
        PeriodMarkValue("1", 1)


# ----------------------------------------------------------------------------- where marks go


@pytest.mark.parametrize(
    ("level", "extracurricular", "allowed"),
    [
        (1, False, False),
        (2, False, True),
        (5, False, True),
        (11, False, True),
        (None, False, True),
        (5, True, False),
        (1, True, False),
        (None, True, False),
    ],
)
def test_marks_and_homework_allowed(
    level: int | None, extracurricular: bool, allowed: bool
) -> None:
    assert marks_allowed(level, extracurricular) is allowed
    assert homework_allowed(level, extracurricular) is allowed
