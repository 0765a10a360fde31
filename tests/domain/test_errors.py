"""DomainError: a ValueError whose text is its Russian message (a template filled with values)."""

import pickle
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest

from ejournal_desktop.domain import errors
from ejournal_desktop.domain.averages import RoundingRule, weighted_mean
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


# --- numbers in messages: written through the second hook ---------------------------------------------------


@pytest.fixture
def number_hook() -> Iterator[Callable[[Callable[[Decimal], str] | None], None]]:
    """Install a writer of decimals into the domain for one test; the previous one comes back after."""
    previous = errors.format_decimal
    yield errors.install_number_format
    errors.install_number_format(previous)


def test_a_decimal_value_is_written_with_a_comma_unless_the_hook_says_otherwise(
        number_hook: Callable[..., None]) -> None:
    number_hook(None)
    with pytest.raises(RoundingRuleError) as caught:
        RoundingRule.from_threshold("1,5")
    assert str(caught.value) == "Порог округления должен быть больше 0 и меньше 1 (указано 1,5)."
    assert caught.value.values == (Decimal("1.5"),)  # the number itself, not its Russian text
    number_hook(lambda d: f"{d:f}")  # English: a point — the same error reads anew when shown
    assert str(caught.value) == "Порог округления должен быть больше 0 и меньше 1 (указано 1.5)."
    with pytest.raises(AverageError) as weight:
        weighted_mean([(5, 1.0), (4, -0.25)])
    assert str(weight.value) == "Вес отметки должен быть больше нуля (указан вес -0.25)."


def test_text_and_whole_numbers_are_not_touched_by_the_number_hook(number_hook: Callable[..., None]) -> None:
    number_hook(lambda d: "<число>")
    assert str(MarkError(TEMPLATE, "4,5", 1, 5)) == "Отметка «4,5» недопустима: введите цифру от 1 до 5."
    assert str(AverageError("Не число: «%s».", Decimal("NaN"))) == "Не число: «NaN»."
    with pytest.raises(AverageError) as caught:
        weighted_mean([(5, "1/3"), (4, "-1/3")])
    assert str(caught.value) == "Вес отметки должен быть больше нуля (указан вес -1/3)."
