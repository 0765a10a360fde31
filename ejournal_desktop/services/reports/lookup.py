"""What the report choosers offer (years, classes, periods, teachers) and lookups by name.

The lists follow the same scope as the reports: a teacher is offered the classes
they teach and the own homeroom class; the administration every class.  The
reports check permissions again whatever is chosen.
"""

from __future__ import annotations

import datetime as dt
import re

from ejournal_desktop.domain.marks import marks_allowed
from ejournal_desktop.domain.text import sort_key_ru
from ejournal_desktop.services.access import Actor, standing
from ejournal_desktop.services.errors import NotFound
from ejournal_desktop.services.permissions import GLOBAL_ROLES
from ejournal_desktop.services.reports.base import t
from ejournal_desktop.services.reports.context import (
    PeriodInfo,
    class_title,
    period_rows,
    rows,
    short_person,
    year_for,
)
from ejournal_desktop.store.models import AcademicYear, Assignment, SchoolClass, User

__all__ = ["classes_for", "find_class", "find_period", "find_teacher", "find_year", "periods", "teachers_for",
           "years"]


def years() -> list[tuple[int, str]]:
    return [(int(i), str(n)) for i, n in rows(AcademicYear.select(AcademicYear.id, AcademicYear.name)
                                             .order_by(AcademicYear.start))]


def find_year(name: str | None, today: dt.date | None = None) -> int:
    """A year by its name («2025/2026»), or the current one."""
    if not name:
        found = year_for(today or dt.date.today())
        if found is None:
            raise NotFound(t("В журнале нет ни одного учебного года."))
        return found
    wanted = name.strip().replace("-", "/").replace("–", "/")
    for yid, yname in years():
        if yname == wanted:
            return yid
    known = ", ".join(n for _, n in years()) or t("нет")
    raise NotFound(t("Учебный год «%s» не найден (есть: %s).") % (name, known))


def _norm_class(text: str) -> str:
    return re.sub(r"[\s«»\"'\-]", "", text).upper().replace("Ё", "Е")


def _all_classes(year_id: int) -> list[tuple[int, str, bool, int, str]]:
    out = [(int(i), class_title(lv, le, ti, ex), bool(ex), int(lv or 0), str(le))
           for i, lv, le, ti, ex in rows(SchoolClass.select(SchoolClass.id, SchoolClass.level, SchoolClass.letter,
                                                            SchoolClass.title, SchoolClass.extracurricular)
                                         .where(SchoolClass.year == year_id))]
    out.sort(key=lambda c: (c[2], c[3], sort_key_ru(c[4]), sort_key_ru(c[1])))
    return out


def find_class(year_id: int, name: str) -> int:
    """A class of the year by its name: «5А», «5 А», «5 «а»» all find 5А."""
    wanted = _norm_class(name)
    classes = _all_classes(year_id)
    for cid, cname, *_ in classes:
        if _norm_class(cname) == wanted:
            return cid
    known = ", ".join(c[1] for c in classes) or t("нет")
    raise NotFound(t("Класс «%s» не найден (есть: %s).") % (name, known))


def classes_for(actor: Actor, year_id: int) -> list[tuple[int, str, bool]]:
    """(id, name, own) of the classes this user may ask reports for; the own class first."""
    st = standing(actor)
    everything = bool(st.roles & GLOBAL_ROLES)
    taught = {int(c) for (c,) in rows(Assignment.select(Assignment.school_class).where(
        (Assignment.year == year_id) & (Assignment.teacher == actor.user_id)))}
    out = [(cid, name, cid in st.homeroom_class_ids) for cid, name, *_ in _all_classes(year_id)
           if everything or cid in taught or cid in st.homeroom_class_ids]
    return sorted(out, key=lambda c: not c[2])


def classes_with_marks(year_id: int) -> set[int]:
    """The classes of the year whose journal takes marks (not the 1st grade, not clubs)."""
    return {cid for cid, _name, extra, level, _letter in _all_classes(year_id)
            if marks_allowed(level or None, extra)}


def periods(year_id: int) -> list[PeriodInfo]:
    return period_rows(year_id)


def find_period(year_id: int, number: int) -> int:
    for p in period_rows(year_id):
        if p.number == number:
            return p.id
    known = ", ".join(str(p.number) for p in period_rows(year_id)) or t("нет")
    raise NotFound(t("Учебного периода № %d в этом году нет (есть: %s).") % (number, known))


def teachers_for(actor: Actor, year_id: int) -> list[tuple[int, str]]:
    """Teachers whose report this user may ask for: everyone with a load for the administration."""
    st = standing(actor)
    query = (User.select(User.id, User.surname, User.name, User.patronymic)
             .join(Assignment, on=(Assignment.teacher == User.id))
             .where(Assignment.year == year_id).distinct())
    out = [(int(i), short_person(s, n, p)) for i, s, n, p in rows(query)
           if st.roles & GLOBAL_ROLES or int(i) == actor.user_id]
    return sorted(out, key=lambda x: sort_key_ru(x[1]))


def find_teacher(login: str) -> int:
    row = User.select(User.id).where(User.login == login.strip()).tuples().first()
    if row is None:
        raise NotFound(t("Пользователь «%s» не найден.") % login)
    return int(row[0])
