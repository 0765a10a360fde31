"""Errors of the domain layer: every one carries a Russian message for the user."""

from __future__ import annotations

__all__ = [
    "AverageError",
    "DateRangeError",
    "DomainError",
    "MarkError",
    "NumberError",
    "PeriodMarkError",
    "RoundingRuleError",
]


class DomainError(ValueError):
    """A rule of the journal was broken; ``message`` is shown to the user as is (Russian)."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

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
