"""The journal pages of one period for every class of the year, in one PDF (the seeds' paper copies).

One file, because the copies of a period are filed as one binder: a title
sheet with the contents (each class and its sheets), the true sheet count and
the signature block, then every class's subjects — the marks sheet facing the
lessons sheet, exactly as ``ejournal print subject`` prints them.  One file per
class would need as many title sheets and leave the binder without contents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from ejournal_desktop.printing.fonts import register_fonts
from ejournal_desktop.printing.journal import SubjectLayout, TitleText, name_width, title_pages
from ejournal_desktop.printing.kit import SANS, SANS_BOLD, Document, Entry, Page, wrap
from ejournal_desktop.services import printdata
from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.printdata import ClassJournal

Progress = Callable[[int, int], None]
Out = str | Path | BinaryIO


def gather(actor: Actor, year_id: int, period_id: int, class_ids: Sequence[int] | None = None, *,
           today: dt.date | None = None, progress: Progress | None = None) -> list[ClassJournal]:
    """The chosen period's pages of each class (all the person may print when ``class_ids`` is None)."""
    if class_ids is None:
        class_ids = [cid for cid, _ in printdata.printable_classes(actor, year_id)]
    out = []
    for i, cid in enumerate(class_ids):
        data = printdata.restrict(printdata.class_journal(actor, cid, today=today), None, period_id)
        if data.subjects:
            out.append(data)
        if progress is not None:
            progress(i + 1, len(class_ids))
    return out


def plan_period_pages(classes: Sequence[ClassJournal], *, school_name: str, director: str, year_name: str,
                      period_name: str) -> tuple[Document, dict[int, int]]:
    """The batch, and the number of sheets of each class (for the print log)."""
    register_fonts()
    sections: list[tuple[str, list[Page]]] = []
    for data in classes:
        name_w = name_width(data.students)
        pages: list[Page] = []
        for s in data.subjects:
            pages.extend(SubjectLayout(data, s, name_w).pages())
        label = data.class_name if data.extracurricular else f"{data.class_title} класс"
        sections.append((label, pages))
    entries: list[Entry] = []
    top = wrap(school_name, SANS, 12, 480)[:3] if school_name else []
    text = TitleText(top, "СТРАНИЦЫ КЛАССНЫХ ЖУРНАЛОВ",
                     [(f"за {period_name.lower()}", SANS_BOLD, 16.0), (f"{year_name} учебного года", SANS, 14.0),
                      (f"Классов: {len(sections)}", SANS, 11.0)],
                     "Прошито, пронумеровано и скреплено печатью", "Директор", director)
    title = title_pages(text, lambda: entries, len(sections) + 1)
    entries.append(Entry("Титульный лист и содержание", 1, len(title)))
    at = len(title) + 1
    for label, pages in sections:
        if pages:
            entries.append(Entry(label, at, at + len(pages) - 1))
            at += len(pages)
    foot = f"{school_name + ' · ' if school_name else ''}Страницы журналов за {period_name.lower()}, {year_name}"
    doc = Document(title=f"Страницы классных журналов за {period_name.lower()}, {year_name}", footer=foot)
    doc.extend(title)
    for _, pages in sections:
        doc.extend(pages)
    doc.contents = entries
    return doc, {data.class_id: len(pages) for data, (_, pages) in zip(classes, sections, strict=True)}


def render_period_pages(classes: Sequence[ClassJournal], out: Out, *, school_name: str, director: str,
                        year_name: str, period_name: str,
                        progress: Progress | None = None) -> tuple[int, dict[int, int]]:
    """Draw the batch; returns the sheet count and the sheets of each class."""
    doc, per_class = plan_period_pages(classes, school_name=school_name, director=director, year_name=year_name,
                                       period_name=period_name)
    return doc.render(out, progress=progress), per_class


__all__ = ["gather", "plan_period_pages", "render_period_pages"]
