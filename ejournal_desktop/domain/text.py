"""Russian text helpers: alphabetical order as a Russian reader expects it."""

from __future__ import annotations

# Unicode puts «Ё» before «А»; in the Russian alphabet it follows «Е».
_ORDER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_RANK = {ch: i for i, ch in enumerate(_ORDER)}


def sort_key_ru(text: str) -> tuple[tuple[int, int, str], ...]:
    """A key that sorts Russian names alphabetically (Ё after Е, case-insensitive)."""
    out: list[tuple[int, int, str]] = []
    for ch in text.lower():
        rank = _RANK.get(ch)
        out.append((0, rank, "") if rank is not None else (1, 0, ch))
    return tuple(out)


def person_key_ru(surname: str, name: str = "", patronymic: str = "") -> tuple[object, ...]:
    return (sort_key_ru(surname), sort_key_ru(name), sort_key_ru(patronymic))


def short_name(surname: object, name: object = "", patronymic: object = "", *, spaced: bool = False) -> str:
    """«Иванова М.П.» (``spaced``: «Иванова М. П.», as printed documents write it).

    Accepts what the database gives (None for a missing part); no surname gives "".
    """
    family = str(surname or "").strip()
    if not family:
        return ""
    parts = [str(p or "").strip() for p in (name, patronymic)]
    initials = (" " if spaced else "").join(f"{p[0]}." for p in parts if p)
    return f"{family} {initials}".strip()
