"""«Отчёт-дневник учащегося» for a date range: A4 portrait, each student from a new page.

Per subject a heading (subject, teacher, mean of the marks) and a table of its
lessons: date, topic, marks (with the kind of work and the teacher's comment),
attendance code (with its reason), homework.  A row is never split between
pages; a subject continued on the next page repeats its heading and the table
header.  Each student's pages are numbered on their own («Страница 2 из 3»), so
the report can be handed to the family as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from ejournal_desktop.domain.periods import format_date_ru, weekday_short_ru
from ejournal_desktop.printing.fonts import register_fonts
from ejournal_desktop.printing.kit import (
    COND,
    FOOTER_Y,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
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
from ejournal_desktop.services.parent_docs import DiaryLesson, DiaryMark, DiaryReport, DiarySubject, StudentDiary

W, H = PORTRAIT
LEFT, RIGHT = MARGIN_LEFT, W - MARGIN_RIGHT
TOP, BOTTOM = H - MARGIN_TOP, MARGIN_BOTTOM + 14
BODY = 7.5
LEAD = 8.8
PAD = 2.5
SUBJECT_H = 16.0
GAP = 6.0  # above a subject's heading
HEADER_H = 14.0
GREY = 0.92
# columns: date, topic, marks, attendance, homework
COLS = (("Дата", 44.0), ("Тема урока", 164.0), ("Отметки", 114.0), ("Посещ.", 50.0), ("Домашнее задание", 0.0))

Progress = Callable[[int, int], None]
Out = str | Path | BinaryIO


def _widths() -> list[float]:
    fixed = sum(w for _, w in COLS)
    return [w if w else (RIGHT - LEFT) - fixed for _, w in COLS]


WIDTHS = _widths()
XS = [LEFT + sum(WIDTHS[:i]) for i in range(len(WIDTHS) + 1)]


def mark_text(m: DiaryMark) -> str:
    """«5 — контрольная работа, «comment»»."""
    text = m.value
    details = [d for d in (m.work_kind.lower() if m.work_kind else "", f"«{m.comment}»" if m.comment else "") if d]
    if details:
        text += " — " + ", ".join(details)
    return text


def _row_cells(ln: DiaryLesson, twice: bool) -> list[list[str]]:
    """The lines of each cell; the lesson's number only when the subject had two lessons that day."""
    day = f"{ln.date.day:02d}.{ln.date.month:02d} {weekday_short_ru(ln.date)}"
    marks: list[str] = []
    for m in ln.marks:
        marks.extend(wrap(mark_text(m), SANS, BODY, WIDTHS[2] - 2 * PAD))
    attendance = [ln.absence] if ln.absence else []
    if ln.absence_reason:
        attendance += wrap(ln.absence_reason, COND, 6.5, WIDTHS[3] - 2 * PAD)
    return [
        [day, f"{ln.number} урок"] if twice else [day],
        wrap(ln.topic, SANS, BODY, WIDTHS[1] - 2 * PAD) or ["—"],
        marks,
        attendance,
        wrap(ln.homework, SANS, BODY, WIDTHS[4] - 2 * PAD),
    ]


def _row_h(cells: list[list[str]]) -> float:
    return max(1, max(len(c) for c in cells)) * LEAD + 2 * PAD


@dataclass
class _Item:
    kind: str  # "subject", "header", "row", "totals"
    height: float
    subject: DiarySubject | None = None
    cells: list[list[str]] | None = None
    continued: bool = False


def _heading_lines(report: DiaryReport, student: StudentDiary, first: bool) -> list[tuple[str, str, float, float]]:
    """(text, font, size, space below) of the heading of a student's page, centred except the continuation."""
    width = RIGHT - LEFT
    out: list[tuple[str, str, float, float]] = []
    if first:
        school = wrap(report.school_name, SANS, 9, width)[:2] if report.school_name else []
        for i, line in enumerate(school):
            out.append((line, SANS, 9, 11 if i + 1 < len(school) else 22))
        out.append(("ОТЧЁТ-ДНЕВНИК УЧАЩЕГОСЯ", SANS_BOLD, 14, 20))
        out.append((student.full_name, SANS_BOLD, fit_size(student.full_name, SANS_BOLD, 13, width, 8) or 8, 16))
        line = f"Класс {report.class_name}, {report.year_name} учебный год; {report.span}"
        out.append((line, SANS, fit_size(line, SANS, 10, width, 6) or 6, 12))
    else:
        line = f"{student.full_name}, класс {report.class_name} — отчёт-дневник {report.span} (продолжение)"
        out.append((line, SANS_BOLD, fit_size(line, SANS_BOLD, 9, width, 6) or 6, 10))
    return out


def _heading_bottom(lines: list[tuple[str, str, float, float]]) -> float:
    return TOP - 10 - sum(gap for _, _, _, gap in lines)


def _draw_heading(batch: TextBatch, lines: list[tuple[str, str, float, float]], first: bool) -> float:
    y = TOP - 10
    for text, font, size, gap in lines:
        if first:
            batch.center(LEFT, RIGHT, y, text, font, size)
        else:
            batch.left(LEFT, y, text, font, size)
        y -= gap
    return y


def _totals_lines(student: StudentDiary) -> list[str]:
    a = student.attendance
    lines = [f"Пропущено уроков: {a.missed}, из них по болезни — {a.ill}, по уважительной причине — {a.excused}."]
    if a.late:
        lines.append(f"Опозданий: {a.late}.")
    if not student.subjects:
        lines.insert(0, "За эти дни в журнале нет записанных уроков.")
    return lines


SIGN_H = 70.0


def _items(student: StudentDiary) -> list[_Item]:
    items: list[_Item] = []
    for subj in student.subjects:
        items.append(_Item("subject", GAP + SUBJECT_H + HEADER_H, subject=subj))
        days = [ln.date for ln in subj.lessons]
        for ln in subj.lessons:
            cells = _row_cells(ln, days.count(ln.date) > 1)
            items.append(_Item("row", _row_h(cells), subject=subj, cells=cells))
    items.append(_Item("totals", 18 + LEAD * len(_totals_lines(student)) + SIGN_H))
    return items


def _paginate(items: list[_Item], first_top: float, next_top: float) -> list[list[_Item]]:
    pages: list[list[_Item]] = [[]]
    y = first_top
    current: DiarySubject | None = None
    for i, item in enumerate(items):
        need = item.height
        if item.kind == "subject" and i + 1 < len(items) and items[i + 1].kind == "row":
            need += items[i + 1].height  # never a subject heading alone at the bottom
        if y - need < BOTTOM and pages[-1]:
            pages.append([])
            y = next_top
            if item.kind == "row" and current is not None:
                head = _Item("subject", GAP + SUBJECT_H + HEADER_H, subject=current, continued=True)
                pages[-1].append(head)
                y -= head.height
        if item.kind == "subject":
            current = item.subject
        pages[-1].append(item)
        y -= item.height
    return pages


def _draw_subject(c: Canvas, batch: TextBatch, y: float, item: _Item) -> float:
    subj = item.subject
    assert subj is not None
    y -= GAP
    c.setFillGray(GREY)
    c.rect(LEFT, y - SUBJECT_H, RIGHT - LEFT, SUBJECT_H, stroke=0, fill=1)
    c.setFillGray(0)
    title = subj.title + (" (продолжение)" if item.continued else "")
    right = "; ".join(p for p in (f"учитель: {subj.teacher}" if subj.teacher else "",
                                   f"средний балл: {subj.mean}" if subj.mean else "") if p)
    right_w = 0.0
    if right:
        batch.right(RIGHT - 4, y - SUBJECT_H + 4.5, right, SANS, 8)
        right_w = text_width(right, SANS, 8) + 12
    size = fit_size(title, SANS_BOLD, 10, RIGHT - LEFT - 8 - right_w, 6) or 6
    batch.left(LEFT + 4, y - SUBJECT_H + 4.5, title, SANS_BOLD, size)
    y -= SUBJECT_H
    for (name, _), (x0, x1) in zip(COLS, pairwise(XS), strict=True):
        batch.center(x0, x1, y - HEADER_H + 4, name, SANS_BOLD, 7.5)
    grid(c, XS, [y, y - HEADER_H])
    return y - HEADER_H


def _draw_row(c: Canvas, batch: TextBatch, y: float, item: _Item) -> float:
    assert item.cells is not None
    for i, (lines, x0) in enumerate(zip(item.cells, XS, strict=False)):
        yy = y - PAD - BODY
        for k, line in enumerate(lines):
            if i == 0 and k == 1:
                batch.left(x0 + PAD, yy, line, COND, 6.5)
            elif i == 3 and k > 0:
                batch.left(x0 + PAD, yy, line, COND, 6.5)
            elif i == 3:
                batch.center(x0, XS[i + 1], yy, line, SANS_BOLD, 9)
            else:
                batch.left(x0 + PAD, yy, line, SANS, BODY)
            yy -= LEAD
    grid(c, XS, [y, y - item.height])
    return y - item.height


def _draw_totals(c: Canvas, batch: TextBatch, y: float, student: StudentDiary, report: DiaryReport) -> None:
    y -= 16
    for line in _totals_lines(student):
        batch.left(LEFT, y, line, SANS, 9)
        y -= LEAD + 2
    y -= 20
    who = report.homeroom_name or " " * 30
    batch.left(LEFT, y, f"Классный руководитель ____________________ / {who} /", SANS, 9)
    batch.right(RIGHT, y, f"Дата выдачи: {format_date_ru(report.printed_on)}", SANS, 9)
    y -= 24
    batch.left(LEFT, y, "С отчётом ознакомлен(а): ____________________ подпись / ____________ дата", SANS, 9)
    c.setLineWidth(0.4)


def _student_pages(report: DiaryReport, student: StudentDiary) -> list[Page]:
    register_fonts()
    first_lines = _heading_lines(report, student, True)
    next_lines = _heading_lines(report, student, False)
    chunks = _paginate(_items(student), _heading_bottom(first_lines), _heading_bottom(next_lines))
    total = len(chunks)

    def drawer(k: int, chunk: list[_Item]) -> Callable[[Canvas, PageInfo], None]:
        def draw(c: Canvas, info: PageInfo) -> None:
            batch = TextBatch(c)
            y = _draw_heading(batch, first_lines if k == 0 else next_lines, k == 0)
            for item in chunk:
                if item.kind == "subject":
                    y = _draw_subject(c, batch, y, item)
                elif item.kind == "row":
                    y = _draw_row(c, batch, y, item)
                else:
                    _draw_totals(c, batch, y, student, report)
            foot = f"Отчёт-дневник: {student.full_name}, {report.class_name}, {report.span}"
            batch.left(LEFT, FOOTER_Y, foot, SANS, fit_size(foot, SANS, 7, RIGHT - LEFT - 90, 4.5) or 4.5)
            batch.right(RIGHT, FOOTER_Y, f"Страница {k + 1} из {total}", SANS_BOLD, 8)
            batch.flush()
        return draw

    return [Page(PORTRAIT, drawer(k, chunk), f"diary:{student.student_id}:{k + 1}") for k, chunk in enumerate(chunks)]


def plan_diary(report: DiaryReport) -> Document:
    doc = Document(title=f"Отчёт-дневник, класс {report.class_name}, {report.span}", footer="", numbered=False)
    for student in report.students:
        doc.extend(_student_pages(report, student))
    if not doc.pages:
        def empty(c: Canvas, info: PageInfo) -> None:
            batch = TextBatch(c)
            batch.center(LEFT, RIGHT, TOP - 40, f"Класс {report.class_name}: за {report.span} учащихся нет.",
                         SANS, 11)
            batch.flush()
        doc.extend([Page(PORTRAIT, empty, "empty")])
    return doc


def render_diary(report: DiaryReport, out: Out, *, progress: Progress | None = None) -> int:
    return plan_diary(report).render(out, progress=progress)


__all__ = ["mark_text", "plan_diary", "render_diary"]
