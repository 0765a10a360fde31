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


def _actions_written_by_the_program() -> set[str]:
    """Every audit action named in the source: ``audit.record(actor, "x.y", …)``, the import's
    batched ``.add("x.y", …)`` and ``…ACTION = "x.y"`` constants."""
    import re
    from pathlib import Path

    import ejournal_desktop

    found: set[str] = set()
    for path in Path(ejournal_desktop.__file__).parent.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found.update(re.findall(r'audit\.record\(\s*[^,()]+,\s*"([a-z_]+\.[a-z_]+)"', text))
        found.update(re.findall(r'\.add\(\s*"([a-z_]+\.[a-z_]+)"', text))
        found.update(re.findall(r'^[A-Z_]*ACTION = "([a-z_]+\.[a-z_]+)"', text, re.M))
    return found


def test_every_audit_action_reads_in_russian() -> None:
    """The «Аудит» view shows a Russian title for every kind of change, never «class.create»."""
    from ejournal_desktop.services.audit_view import ACTION_TITLES, action_title

    actions = _actions_written_by_the_program()
    assert {"mark.put", "archive.make", "contact.issue", "plan_topic.remove"} <= actions  # the scan works
    untitled = sorted(a for a in actions if a not in ACTION_TITLES)
    assert not untitled, f"audit actions without a Russian title in audit_view.ACTION_TITLES: {untitled}"
    assert action_title("archive.make") == "сделан архив учебного года"


def test_every_field_the_program_records_reads_in_russian() -> None:
    """The keys services write into an entry's old/new («digest», «students», «on»…) have Russian
    names in audit_view.FIELD_TITLES, so «Было → стало» never shows a raw key."""
    import re
    from pathlib import Path

    import ejournal_desktop
    from ejournal_desktop.services.audit_view import FIELD_TITLES

    keys: set[str] = set()
    for path in Path(ejournal_desktop.__file__).parent.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for start in (m.end() for m in re.finditer(r"audit\.record\(", text)):
            depth, end = 1, start
            while depth and end < len(text):
                depth += {"(": 1, ")": -1}.get(text[end], 0)
                end += 1
            keys.update(re.findall(r'"(\w+)":', text[start:end]))
    assert {"digest", "students", "on", "value"} <= keys  # the scan works
    untitled = sorted(keys - set(FIELD_TITLES))
    assert not untitled, f"keys of audit entries without a Russian name in audit_view.FIELD_TITLES: {untitled}"
    assert _shown('{"count": 49, "on": "2026-11-23"}') == "количество: 49; дата: 23.11.2026"
