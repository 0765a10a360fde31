"""School settings, declared once with type, default and Russian title.

Stored as JSON in the ``setting`` table; a missing row means the default.
The cells of the permission table the regulations disagree on are settings
here with the strict default.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from ejournal_desktop.domain.averages import RoundingRule
from ejournal_desktop.domain.errors import DomainError
from ejournal_desktop.i18n import noop, tr
from ejournal_desktop.services.errors import ValidationError
from ejournal_desktop.store.models import Setting


def _bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise ValueError
    return v


def _int_range(lo: int, hi: int) -> Callable[[Any], int]:
    def check(v: Any) -> int:
        if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
            raise ValueError
        return v

    return check


def _str(v: Any) -> str:
    if not isinstance(v, str):
        raise ValueError
    return v.strip()


def _month_day(v: Any) -> str:
    """A day of the year as «MM-DD» (a date that exists in every year: no 29 February)."""
    if not isinstance(v, str):
        raise ValueError
    text = v.strip()
    parts = text.split("-")
    if len(parts) != 2 or not all(p.isdigit() and len(p) == 2 for p in parts):
        raise ValueError
    month, day = int(parts[0]), int(parts[1])
    if not 1 <= month <= 12 or not 1 <= day <= _DAYS_IN_MONTH[month - 1]:
        raise ValueError
    return text


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _rounding(v: Any) -> dict[str, Any]:
    try:
        RoundingRule.from_json(v)
    except (DomainError, TypeError, KeyError) as exc:
        raise ValueError from exc
    return dict(v)


@dataclass(frozen=True)
class SettingDef:
    key: str
    title: str
    default: Any
    check: Callable[[Any], Any]


DEFINITIONS: Mapping[str, SettingDef] = {
    d.key: d
    for d in (
        SettingDef("school_name", noop("Settings", "Название школы"), "", _str),
        SettingDef("school_short_name", noop("Settings", "Краткое название школы"), "", _str),
        SettingDef("director_name", noop("Settings", "Директор (ФИО)"), "", _str),
        SettingDef(
            "rounding_rule",
            noop("Settings", "Правило округления отметки за период"),
            RoundingRule.from_threshold("0.5").to_json(),
            _rounding,
        ),
        SettingDef(
            "allow_mark_modifiers",
            noop("Settings", "Отметки с «+» и «−»"),
            False,
            _bool,
        ),
        SettingDef("lowest_mark", noop("Settings", "Наименьшая текущая отметка"), 2, _int_range(1, 2)),
        SettingDef(
            "homeroom_may_correct_marks",
            noop("Settings", "Классный руководитель может исправлять отметки своего класса"),
            False,
            _bool,
        ),
        SettingDef(
            "edit_window_days",
            noop("Settings", "Через сколько дней после урока ячейки закрываются (0 — не закрываются)"),
            0,
            _int_range(0, 366),
        ),
        SettingDef(
            "entry_grace_minutes",
            noop("Settings", "Срок заполнения после последнего урока, минут"),
            60,
            _int_range(0, 24 * 60),
        ),
        SettingDef(
            "min_marks_extra",
            noop("Settings", "Минимум отметок за период: 2 × часов в неделю + N"),
            1,
            _int_range(0, 20),
        ),
        SettingDef(
            "inactivity_days",
            noop("Settings", "Напоминать учителю, не заполнявшему журнал, дней"),
            7,
            _int_range(1, 60),
        ),
        SettingDef("idle_lock_minutes", noop("Settings", "Блокировка при бездействии, минут"), 10, _int_range(1, 240)),
        SettingDef("year_end_deadline", noop("Settings", "Срок печати и заверения журналов за год (ММ-ДД)"), "06-30",
                   _month_day),
        SettingDef(
            "year_end_reminder_days",
            noop("Settings", "Напоминать директору о незаверенных журналах за столько дней до срока"),
            14,
            _int_range(0, 120),
        ),
        SettingDef(
            "archive_check_months",
            noop("Settings", "Проверять копии архива учебного года раз в столько месяцев"),
            12,
            _int_range(1, 60),
        ),
    )
}

PERMISSION_SETTINGS = ("homeroom_may_correct_marks",)


# Values a service has just read in its own statement (see :func:`given`); per thread and task.
_GIVEN: ContextVar[Mapping[str, Any] | None] = ContextVar("ejournal_settings_given", default=None)


def decode(key: str, stored: str | None) -> Any:
    """The value of setting ``key`` from its stored JSON (None: not stored — the default holds;
    a value that no longer passes its check also falls back to the default)."""
    definition = DEFINITIONS[key]
    if stored is None:
        return definition.default
    try:
        return definition.check(json.loads(stored))
    except (ValueError, TypeError):
        return definition.default


@contextlib.contextmanager
def given(values: Mapping[str, Any]) -> Iterator[None]:
    """Within the block, :func:`get` answers the keys of ``values`` without a query.

    For a service that has just read those settings together with its other facts, in
    the same statement and transaction (a save into a journal cell); nothing is kept
    after the block, so the next call reads afresh.
    """
    token = _GIVEN.set(values)
    try:
        yield
    finally:
        _GIVEN.reset(token)


def get(key: str) -> Any:
    known = _GIVEN.get()
    if known is not None and key in known:
        return known[key]
    row = Setting.select(Setting.value).where(Setting.key == key).tuples().first()
    return decode(key, None if row is None else str(row[0]))


def all_values() -> dict[str, Any]:
    stored = {k: v for k, v in Setting.select(Setting.key, Setting.value).tuples()}
    return {key: decode(key, stored.get(key)) for key in DEFINITIONS}


def permission_settings() -> dict[str, Any]:
    return {k: get(k) for k in PERMISSION_SETTINGS}


def validate(key: str, value: Any) -> Any:
    definition = DEFINITIONS.get(key)
    if definition is None:
        raise ValidationError(tr("Settings", "Неизвестная настройка «%s».") % key)
    try:
        return definition.check(value)
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            tr("Settings", "Недопустимое значение настройки «%s».") % tr("Settings", definition.title)
        ) from exc


def store_value(key: str, value: Any) -> None:
    """Write a validated value (the caller checks permission and audits)."""
    text = json.dumps(value, ensure_ascii=False)
    Setting.insert(key=key, value=text).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: text, Setting.version: Setting.version + 1}
    ).execute()


def rounding_rule(subject_rule_json: str = "") -> RoundingRule:
    if subject_rule_json:
        try:
            return RoundingRule.from_json(json.loads(subject_rule_json))
        except (DomainError, ValueError, TypeError, KeyError):
            pass
    return RoundingRule.from_json(get("rounding_rule"))
