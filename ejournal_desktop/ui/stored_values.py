"""Words the journal stores in Russian from the program's own lists, shown in the interface's language.

Some fields keep a word the program offers from a fixed list: a lesson type from the journal's list, a
student's sex «м»/«ж», a parent's relation («мать», «отец»…, the list of ``services.students.RELATIONS``),
the name of a default kind of work (``services.bootstrap.DEFAULT_WORK_KINDS``).  The database, the printed
documents and the Excel files keep the Russian word; the interface translates it when it shows it — and
only a word of those lists (a capital first letter is kept): what the school typed itself stays as typed.
An editable combo shows the label and stores the Russian word (:func:`lesson_type_value`,
:func:`relation_value`).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from ejournal_desktop.i18n import noop

CONTEXT = "StoredValues"

LESSON_TYPES: tuple[str, ...] = (
    noop("StoredValues", "урок открытия нового знания"),
    noop("StoredValues", "комбинированный урок"),
    noop("StoredValues", "урок закрепления"),
    noop("StoredValues", "урок обобщения и систематизации"),
    noop("StoredValues", "урок контроля знаний"),
    noop("StoredValues", "урок развивающего контроля"),
    noop("StoredValues", "урок-практикум"),
    noop("StoredValues", "урок повторения"),
)
"""The lesson types the journal's «Тип урока» offers (a teacher may type another one)."""

GENDERS: tuple[str, ...] = (noop("StoredValues", "м"), noop("StoredValues", "ж"))
"""A student's sex as the card stores it."""

RELATIONS: tuple[str, ...] = (
    noop("StoredValues", "мать"),
    noop("StoredValues", "отец"),
    noop("StoredValues", "опекун"),
    noop("StoredValues", "попечитель"),
    noop("StoredValues", "бабушка"),
    noop("StoredValues", "дедушка"),
    noop("StoredValues", "иной законный представитель"),
)
"""Who a parent is to the student: ``services.students.RELATIONS`` (a test keeps the two the same)."""

WORK_KINDS: tuple[str, ...] = (
    noop("StoredValues", "Ответ на уроке"),
    noop("StoredValues", "Домашняя работа"),
    noop("StoredValues", "Самостоятельная работа"),
    noop("StoredValues", "Проверочная работа"),
    noop("StoredValues", "Диктант"),
    noop("StoredValues", "Сочинение, изложение"),
    noop("StoredValues", "Лабораторная, практическая работа"),
    noop("StoredValues", "Контрольная работа"),
    noop("StoredValues", "Проект, доклад"),
)
"""The names of the default kinds of work (``services.bootstrap.DEFAULT_WORK_KINDS``, kept the same by a test)."""


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _table(words: Iterable[str]) -> dict[str, str]:
    return {w.casefold(): w for w in words}


_LESSON_TYPES = _table(LESSON_TYPES)
_GENDERS = _table(GENDERS)
_RELATIONS = _table(RELATIONS)
_WORK_KINDS = _table(WORK_KINDS)


def _label(value: str, known: dict[str, str]) -> str:
    word = known.get(value.strip().casefold())
    if word is None:
        return value
    label = QCoreApplication.translate(CONTEXT, word)
    return _capitalised(label) if value.strip()[:1].isupper() else label


def lesson_type_label(value: str) -> str:
    """A stored lesson type as the interface shows it: «урок-практикум» → «practical lesson» in English."""
    return _label(value, _LESSON_TYPES)


def gender_label(value: str) -> str:
    """«м» / «ж» in the interface's language (English «M» / «F»)."""
    return _label(value, _GENDERS)


def relation_label(value: str) -> str:
    """«мать» → «mother» in English; a relation the school typed itself is shown as typed."""
    return _label(value, _RELATIONS)


def work_kind_label(name: str) -> str:
    """The name of a kind of work: a default one («Контрольная работа») translated, a school's own as it is."""
    return _label(name, _WORK_KINDS)


def _value(text: str, words: Iterable[str]) -> str:
    shown = text.strip()
    for word in words:
        label = QCoreApplication.translate(CONTEXT, word)
        if shown == label:
            return word
        if shown == _capitalised(label):
            return _capitalised(word)
    return text


def lesson_type_value(text: str) -> str:
    """What to store for a lesson type shown or typed as ``text``: the Russian word of the list when ``text``
    is its label (with a capital, the word with a capital), else ``text`` as typed."""
    return _value(text, LESSON_TYPES)


def relation_value(text: str) -> str:
    """What to store for a relation shown or typed as ``text``: «mother» → «мать»; the school's own words as
    typed."""
    return _value(text, RELATIONS)
