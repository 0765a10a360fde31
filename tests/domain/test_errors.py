"""DomainError: a ValueError whose text is its Russian message (a template filled with values)."""

import pickle
from collections.abc import Callable, Iterator

import pytest

from ejournal_desktop.domain import errors
from ejournal_desktop.domain.errors import (
    AverageError,
    DateRangeError,
    DomainError,
    MarkError,
    NumberError,
    PeriodMarkError,
    RoundingRuleError,
)
from ejournal_desktop.domain.marks import parse_mark


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


# --- templates with values, translated through the hook ---------------------------------------------

TEMPLATE = "Отметка «%s» недопустима: введите цифру от %d до %d."


@pytest.fixture
def hook() -> Iterator[Callable[[Callable[[str], str] | None], None]]:
    """Install a translator into the domain's hook for one test; the previous one comes back after."""
    previous = errors.translate
    yield errors.install_translator
    errors.install_translator(previous)


def test_a_template_is_filled_with_its_values_and_args_keep_both() -> None:
    error = MarkError(TEMPLATE, "7", 1, 5)
    assert str(error) == error.message == "Отметка «7» недопустима: введите цифру от 1 до 5."
    assert error.args == (TEMPLATE, "7", 1, 5)
    assert (error.template, error.values) == (TEMPLATE, ("7", 1, 5))


def test_a_message_without_values_is_not_percent_formatted() -> None:
    assert str(DomainError("Доля «%» не указана.")) == "Доля «%» не указана."


def test_an_error_pickles_with_its_template_and_values() -> None:
    error = MarkError(TEMPLATE, "7", 1, 5)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is MarkError
    assert copy.args == error.args and str(copy) == str(error)


def test_the_hook_translates_the_template_not_the_values(hook: Callable[..., None]) -> None:
    english = {TEMPLATE: "The mark «%s» is not allowed: enter a digit from %d to %d."}
    hook(lambda text: english.get(text, text))
    with pytest.raises(MarkError) as caught:
        parse_mark("7а")
    assert str(caught.value) == "The mark «7а» is not allowed: enter a digit from 1 to 5."
    hook(None)  # back to Russian: the same error now reads in Russian (the message is made when shown)
    assert str(caught.value) == "Отметка «7а» недопустима: введите цифру от 1 до 5."


def test_a_translation_that_breaks_the_placeholders_falls_back_to_russian(hook: Callable[..., None]) -> None:
    hook(lambda text: "The mark %s %s %s %s is wrong.")
    assert str(MarkError(TEMPLATE, "7", 1, 5)) == "Отметка «7» недопустима: введите цифру от 1 до 5."


def test_template_marks_a_constant_without_changing_it() -> None:
    assert errors.template("Отметка не указана.") == "Отметка не указана."
