"""DomainError: a ValueError whose text is its Russian message."""

import pytest

from ejournal_desktop.domain.errors import (
    AverageError,
    DateRangeError,
    DomainError,
    MarkError,
    NumberError,
    PeriodMarkError,
    RoundingRuleError,
)


def test_domain_error_is_value_error_with_message() -> None:
    error = DomainError("Отметка «7» недопустима.")
    assert isinstance(error, ValueError)
    assert error.message == "Отметка «7» недопустима."
    assert str(error) == "Отметка «7» недопустима."
    assert error.args == ("Отметка «7» недопустима.",)


@pytest.mark.parametrize(
    "cls",
    [AverageError, DateRangeError, MarkError, NumberError, PeriodMarkError, RoundingRuleError],
)
def test_subclasses_are_domain_errors(cls: type[DomainError]) -> None:
    error = cls("Сообщение")
    assert isinstance(error, DomainError)
    assert isinstance(error, ValueError)
    assert str(error) == error.message == "Сообщение"
    with pytest.raises(DomainError, match="Сообщение"):
        raise error
