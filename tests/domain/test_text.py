"""Russian text helpers of the domain."""

from __future__ import annotations


def test_short_name_as_screens_and_printed_documents_write_it() -> None:
    from ejournal_desktop.domain.text import short_name

    assert short_name("Иванова", "Мария", "Петровна") == "Иванова М.П."
    assert short_name("Иванова", "Мария", "Петровна", spaced=True) == "Иванова М. П."
    assert short_name("Смит", "Джон", "") == "Смит Д."
    assert short_name("Смит", "Джон", None) == "Смит Д."
    assert short_name(None, "Мария", "Петровна") == ""  # no person (a deleted account) — nothing
