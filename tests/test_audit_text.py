"""What the audit view shows a person: Russian field names and school dates, no raw keys."""

from __future__ import annotations

from ejournal_desktop.services.audit_view import _shown


def test_lesson_changes_read_in_russian() -> None:
    assert _shown('{"date": "2026-11-20", "number": 1}') == "дата: 20.11.2026; урок: 1"
    assert _shown('{"homework": "", "topic": "Дроби"}') == "д/з: —; тема: Дроби"
    assert _shown('{"blocked": true}') == "заблокирован: да"


def test_single_values_stay_plain() -> None:
    assert _shown('{"value": "5"}') == "5"
    assert _shown('{"code": "н"}') == "н"
    assert _shown("") == ""
