"""Russian numbers in words and plural forms, for the title sheet's sheet count."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ejournal_desktop.domain.errors import NumberError
from ejournal_desktop.domain.numbers_ru import number_in_words, plural_ru

NO_DB = settings(database=None, deadline=None)

KNOWN = {
    0: "ноль",
    1: "один",
    2: "два",
    3: "три",
    4: "четыре",
    10: "десять",
    11: "одиннадцать",
    14: "четырнадцать",
    19: "девятнадцать",
    20: "двадцать",
    21: "двадцать один",
    22: "двадцать два",
    40: "сорок",
    90: "девяносто",
    99: "девяносто девять",
    100: "сто",
    101: "сто один",
    112: "сто двенадцать",
    200: "двести",
    345: "триста сорок пять",
    999: "девятьсот девяносто девять",
    1000: "одна тысяча",
    1001: "одна тысяча один",
    1012: "одна тысяча двенадцать",
    1100: "одна тысяча сто",
    2000: "две тысячи",
    2001: "две тысячи один",
    2002: "две тысячи два",
    4000: "четыре тысячи",
    5000: "пять тысяч",
    5021: "пять тысяч двадцать один",
    9999: "девять тысяч девятьсот девяносто девять",
}


@pytest.mark.parametrize(("n", "words"), sorted(KNOWN.items()))
def test_number_in_words_known(n: int, words: str) -> None:
    assert number_in_words(n) == words


@pytest.mark.parametrize("n", [-1, 10000, 123456])
def test_number_in_words_refuses_out_of_range(n: int) -> None:
    with pytest.raises(NumberError, match="от 0 до 9999"):
        number_in_words(n)


@NO_DB
@given(st.integers(0, 9999))
def test_number_in_words_never_raises_and_is_clean(n: int) -> None:
    words = number_in_words(n)
    assert words
    assert words == words.strip()
    assert "  " not in words
    assert all("а" <= ch <= "я" or ch in " ё" for ch in words)
    # thousands agree with their noun
    if n >= 1000:
        assert plural_ru(n // 1000, "тысяча", "тысячи", "тысяч") in words.split()


def test_number_in_words_is_one_to_one() -> None:
    seen = {number_in_words(n) for n in range(10000)}
    assert len(seen) == 10000


@pytest.mark.parametrize(
    ("n", "form"),
    [
        (0, "листов"),
        (1, "лист"),
        (2, "листа"),
        (3, "листа"),
        (4, "листа"),
        (5, "листов"),
        (10, "листов"),
        (11, "листов"),
        (12, "листов"),
        (14, "листов"),
        (21, "лист"),
        (22, "листа"),
        (25, "листов"),
        (101, "лист"),
        (111, "листов"),
        (112, "листов"),
        (1001, "лист"),
        (1011, "листов"),
        (1024, "листа"),
    ],
)
def test_plural_ru(n: int, form: str) -> None:
    assert plural_ru(n, "лист", "листа", "листов") == form


def test_title_sheet_phrase() -> None:
    n = 112
    phrase = f"{n} ({number_in_words(n)}) {plural_ru(n, 'лист', 'листа', 'листов')}"
    assert phrase == "112 (сто двенадцать) листов"
