"""«Информационное письмо родителям»: one A4 portrait page a student, ready to hand out.

School, the address to the parents, the student and the period, a table of the
period marks of every subject (н/а as it stands) with the mean of the current
marks, lessons missed (of them for illness / for an excused reason), the
homeroom teacher's remark, the date and the signature line, and below a dashed
cut line the tear-off strip «С информацией ознакомлен(а)» the family returns.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.printing.fonts import register_fonts
from ejournal_desktop.printing.kit import (
    PORTRAIT,
    SANS,
    SANS_BOLD,
    Document,
    Page,
    PageInfo,
    TextBatch,
    fit_size,
    grid,
    text_width,
    wrap,
)
from ejournal_desktop.services.parent_docs import Letter, LetterBatch

W, H = PORTRAIT
LEFT, RIGHT = 56.0, W - 40.0
TOP = H - 40.0
STRIP_TOP = 128.0  # the cut line; the strip below it is returned by the family
BODY = 10.0
MIN_ROW = 9.5  # the smallest row of the marks table
GREY = 0.92

Progress = Callable[[int, int], None]
Out = str | Path | BinaryIO


def _period_phrase(batch: LetterBatch) -> str:
    return f"{batch.period_name} {batch.year_name} учебного года"


def _attendance_lines(letter: Letter) -> list[str]:
    a = letter.attendance
    lines = [f"Пропущено уроков за период: {a.missed}, из них по болезни — {a.ill}, "
             f"по уважительной причине — {a.excused}."]
    if a.late:
        lines.append(f"Опозданий на уроки: {a.late}.")
    return lines


def _fit_remark(remark: str, width: float, space: float) -> tuple[float, list[str]]:
    """The remark's font size and lines: as large as fits the space left (it is at most MAX_REMARK long)."""
    if not remark:
        return 9.5, []
    for size in (9.5, 8.5, 7.5, 6.5, 5.5):
        lines = wrap(remark, SANS, size, width)
        if 20 + (size + 2.5) * len(lines) <= space:
            return size, lines
    return 5.5, lines


def _draw_letter(c: Canvas, batch: TextBatch, data: LetterBatch, letter: Letter) -> None:
    width = RIGHT - LEFT
    y = TOP
    for line in (wrap(data.school_name, SANS, 10, width)[:3] if data.school_name else []):
        batch.center(LEFT, RIGHT, y, line, SANS, 10)
        y -= 12.5
    c.setLineWidth(0.6)
    c.line(LEFT, y + 4, RIGHT, y + 4)
    y -= 26
    batch.center(LEFT, RIGHT, y, "ИНФОРМАЦИОННОЕ ПИСЬМО", SANS_BOLD, 15)
    y -= 28
    batch.center(LEFT, RIGHT, y, "Уважаемые родители (законные представители)!", SANS_BOLD, 11)
    y -= 20
    whose, who = {"м": ("учащегося", "Учащийся:"), "ж": ("учащейся", "Учащаяся:")}.get(
        letter.gender, ("учащегося (учащейся)", "Учащийся (учащаяся):"))
    intro = (f"Сообщаем результаты учёбы и посещаемость {whose} {data.class_title} класса "
             f"за {_period_phrase(data)} ({format_date_ru(data.period_start)} – {format_date_ru(data.period_end)}).")
    for line in wrap(intro, SANS, BODY, width):
        batch.left(LEFT, y, line, SANS, BODY)
        y -= 13
    y -= 4
    batch.left(LEFT, y, who, SANS, BODY)
    name_x = LEFT + text_width(who, SANS, BODY) + 8
    batch.left(name_x, y, letter.full_name, SANS_BOLD,
               fit_size(letter.full_name, SANS_BOLD, 12, RIGHT - name_x, 7) or 7)
    y -= 20

    # below the table: attendance, the remark; the signature line stays above the strip
    space = y - (STRIP_TOP + 40 + 18) - 16 - 13 * len(_attendance_lines(letter))
    rows = letter.subjects if data.marks_allowed else ()
    table_min = (len(rows) + 2) * MIN_ROW
    remark_size, remark_lines = _fit_remark(data.remark, width, space - table_min)
    remark_h = (20 + (remark_size + 2.5) * len(remark_lines)) if remark_lines else 0
    if data.marks_allowed:
        avail = space - remark_h
        row_h = min(17.0, max(MIN_ROW, avail / (len(rows) + 2))) if rows else 17.0
        size = min(BODY, max(6.5, row_h - 3.5))
        xs = [LEFT, LEFT + 24, RIGHT - 170, RIGHT - 80, RIGHT]
        heads = ("№", "Предмет", f"Отметка за {data.period_name.lower()}", "Средний балл")
        c.setFillGray(GREY)
        c.rect(LEFT, y - 2 * row_h, width, 2 * row_h, stroke=0, fill=1)
        c.setFillGray(0)
        for (x0, x1), head in zip(pairwise(xs), heads, strict=True):
            lines = wrap(head, SANS_BOLD, 8, x1 - x0 - 6)[:2]
            yy = y - (2 * row_h - 9 * len(lines)) / 2 - 7
            for line in lines:
                batch.center(x0, x1, yy, line, SANS_BOLD, 8)
                yy -= 9
        top = y
        y -= 2 * row_h
        ys = [top, y]
        for i, row in enumerate(rows, 1):
            base = y - row_h + (row_h - size) / 2 + 1.5
            batch.center(xs[0], xs[1], base, str(i), SANS, size)
            batch.left(xs[1] + 4, base, row.subject, SANS,
                       fit_size(row.subject, SANS, size, xs[2] - xs[1] - 8, 5) or 5)
            batch.center(xs[2], xs[3], base, row.period_mark or "—", SANS_BOLD, size + 1)
            batch.center(xs[3], xs[4], base, row.mean or "—", SANS, size)
            y -= row_h
            ys.append(y)
        grid(c, xs, ys)
        y -= 16
        if not rows:
            batch.left(LEFT, y, "Отметок за этот период в журнале нет.", SANS, BODY)
            y -= 14
    else:
        batch.left(LEFT, y, "Обучение в этом классе безотметочное: отметки не выставляются.", SANS, BODY)
        y -= 18
    for line in _attendance_lines(letter):
        batch.left(LEFT, y, line, SANS, BODY)
        y -= 13
    if remark_lines:
        y -= 6
        batch.left(LEFT, y, "Замечания и пожелания классного руководителя:", SANS_BOLD, BODY)
        y -= 14
        for line in remark_lines:
            batch.left(LEFT, y, line, SANS, remark_size)
            y -= remark_size + 2.5
    y = STRIP_TOP + 40
    batch.left(LEFT, y, format_date_ru(data.printed_on), SANS, BODY)
    who = data.homeroom_name or " " * 30
    text = f"Классный руководитель ______________ / {who} /"
    batch.right(RIGHT, y, text, SANS, fit_size(text, SANS, BODY, width - 80, 6) or 6)

    # the tear-off strip
    c.setDash(4, 3)
    c.setLineWidth(0.6)
    c.line(LEFT - 20, STRIP_TOP, RIGHT + 20, STRIP_TOP)
    c.setDash()
    batch.center(LEFT, RIGHT, STRIP_TOP + 5, "линия отреза", SANS, 6)
    y = STRIP_TOP - 22
    head = f"Информационное письмо за {_period_phrase(data)}: {letter.full_name}, {data.class_name} класс"
    batch.left(LEFT, y, head, SANS, fit_size(head, SANS, 9.5, width, 6) or 6)
    y -= 26
    batch.left(LEFT, y, "С информацией ознакомлен(а): ____________________ подпись / ______________ дата",
               SANS, BODY)
    y -= 26
    batch.left(LEFT, y, "Фамилия, инициалы родителя (законного представителя): ____________________________",
               SANS, BODY)


def plan_letters(data: LetterBatch) -> Document:
    register_fonts()
    doc = Document(title=f"Информационные письма родителям, {data.class_name}, {data.period_name} {data.year_name}",
                   footer="", numbered=False)

    def drawer(letter: Letter) -> Callable[[Canvas, PageInfo], None]:
        def draw(c: Canvas, info: PageInfo) -> None:
            batch = TextBatch(c)
            _draw_letter(c, batch, data, letter)
            batch.flush()
        return draw

    doc.extend(Page(PORTRAIT, drawer(letter), f"letter:{letter.student_id}") for letter in data.letters)
    if not doc.pages:
        def empty(c: Canvas, info: PageInfo) -> None:
            batch = TextBatch(c)
            batch.center(LEFT, RIGHT, TOP - 40, f"Класс {data.class_name}: в этом периоде учащихся нет.", SANS, 11)
            batch.flush()
        doc.extend([Page(PORTRAIT, empty, "empty")])
    return doc


def render_letters(data: LetterBatch, out: Out, *, progress: Progress | None = None) -> int:
    return plan_letters(data).render(out, progress=progress)


__all__ = ["plan_letters", "render_letters"]
