"""Errors of the domain layer: every one carries a Russian message for the user.

A message is a Russian *template* with ``%``-placeholders and its values:
``MarkError("Отметка «%s» недопустима: введите цифру от %d до %d.", shown, lowest, MAX_MARK)``.
:attr:`DomainError.message` (and ``str()``) is ``translate(template) % values``: ``translate`` is
the hook below, the identity until :mod:`ejournal_desktop.i18n` installs Qt's translation into it
(context ``Domain``) — so the domain imports nothing of the program and an English program still
shows English refusals.  The template is translated, never the values (what the user typed).

The extractor (:mod:`ejournal_desktop.translations`) collects, in the modules of ``domain/``, the
first string literal given to a call of a name ending in ``Error`` and the argument of
:func:`template` — the marker for a template kept in a constant.  A template without values is
shown as it is (no ``%`` formatting), so ``%`` needs no doubling there.

Numbers the domain computes (a weight, a rounding threshold) are given as :class:`~decimal.Decimal` values,
not as text: the message writes them through the second hook, :data:`format_decimal` — a decimal comma
(«4,50») until :mod:`ejournal_desktop.i18n` installs one that follows the interface's language (English:
«4.50»).  What the user typed is passed as a string and shown as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

__all__ = [
    "AverageError",
    "DateRangeError",
    "DomainError",
    "MarkError",
    "NumberError",
    "PeriodMarkError",
    "RoundingRuleError",
    "decimal_comma",
    "install_number_format",
    "install_translator",
    "template",
]


def _identity(text: str) -> str:
    return text


translate: Callable[[str], str] = _identity
"""Translates a message template; the identity (Russian) unless :func:`install_translator` was called."""


def install_translator(function: Callable[[str], str] | None) -> None:
    """Route every template through ``function`` (``None``: back to Russian as written)."""
    global translate
    translate = function or _identity


def decimal_comma(number: Decimal) -> str:
    """Fixed-point text with the Russian decimal comma: Decimal("4.50") → "4,50"."""
    return f"{number:f}".replace(".", ",")


format_decimal: Callable[[Decimal], str] = decimal_comma
"""Writes a :class:`~decimal.Decimal` value of a message; the Russian comma unless
:func:`install_number_format` was called."""


def install_number_format(function: Callable[[Decimal], str] | None) -> None:
    """Write every Decimal value of a message through ``function`` (``None``: back to the decimal comma)."""
    global format_decimal
    format_decimal = function or decimal_comma


def _shown(value: object) -> object:
    if isinstance(value, Decimal) and value.is_finite():
        return format_decimal(value)
    return value


def template(text: str) -> str:
    """Marks a message template kept in a constant for translation (returns it unchanged)."""
    return text


class DomainError(ValueError):
    """A rule of the journal was broken; ``message`` is shown to the user as is.

    ``args`` are the template and its values, so an error pickles and compares as it was raised.
    """

    template: str
    values: tuple[object, ...]

    def __init__(self, template: str, *values: object) -> None:
        super().__init__(template, *values)
        self.template = template
        self.values = values

    @property
    def message(self) -> str:
        """The message in the program's language (the template translated, then filled; Decimal values
        written with the language's decimal separator)."""
        translated = translate(self.template)
        if not self.values:
            return translated
        values = tuple(_shown(v) for v in self.values)
        try:
            return translated % values
        except (TypeError, ValueError, KeyError):  # a broken translation must not hide the refusal
            return self.template % values

    def __str__(self) -> str:
        return self.message


class MarkError(DomainError):
    """A current mark, an absence code or a grid cell could not be accepted."""


class PeriodMarkError(DomainError):
    """A period (quarter, year, exam, final) mark could not be accepted."""


class AverageError(DomainError):
    """A weight or a number given for an average is invalid."""


class RoundingRuleError(DomainError):
    """A rounding rule for the suggested period mark is invalid."""


class DateRangeError(DomainError):
    """A date range, weekday or period layout is invalid."""


class NumberError(DomainError):
    """A number cannot be written in words."""
