"""Russian numbers in words, as the title sheet of a bound journal writes sheet counts."""

from __future__ import annotations

from .errors import NumberError

__all__ = ["number_in_words", "plural_ru"]

_UNITS = ("", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_UNITS_FEMININE = ("", "одна", "две", *_UNITS[3:])
_TEENS = (
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
)
_TENS = (
    "",
    "",
    "двадцать",
    "тридцать",
    "сорок",
    "пятьдесят",
    "шестьдесят",
    "семьдесят",
    "восемьдесят",
    "девяносто",
)
_HUNDREDS = (
    "",
    "сто",
    "двести",
    "триста",
    "четыреста",
    "пятьсот",
    "шестьсот",
    "семьсот",
    "восемьсот",
    "девятьсот",
)


def plural_ru(n: int, one: str, few: str, many: str) -> str:
    """The form of a noun after ``n``: 1 лист, 2 листа, 5 листов, 11 листов, 21 лист."""
    n = abs(n)
    if 11 <= n % 100 <= 14:
        return many
    if n % 10 == 1:
        return one
    if 2 <= n % 10 <= 4:
        return few
    return many


def _below_thousand(n: int, units: tuple[str, ...]) -> list[str]:
    words = [_HUNDREDS[n // 100]]
    rest = n % 100
    if 10 <= rest <= 19:
        words.append(_TEENS[rest - 10])
    else:
        words += [_TENS[rest // 10], units[rest % 10]]
    return [w for w in words if w]


def number_in_words(n: int) -> str:
    """Russian cardinal for 0..9999 with a masculine noun (лист): 2001 → «две тысячи один»."""
    if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= 9999:
        raise NumberError("Число %s нельзя записать словами: допустимо от 0 до 9999.", n)
    if n == 0:
        return "ноль"
    thousands, rest = divmod(n, 1000)
    words: list[str] = []
    if thousands:
        words += _below_thousand(thousands, _UNITS_FEMININE)
        words.append(plural_ru(thousands, "тысяча", "тысячи", "тысяч"))
    words += _below_thousand(rest, _UNITS)
    return " ".join(words)
