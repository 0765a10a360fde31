"""The bound journal of a class for a year, the summary sheet, and the pages of one subject.

Planned first as a list of pages (so the title sheet can state the true number
of sheets and the contents their numbers), then drawn in one pass on the
reportlab canvas.  Sheets, in order:

1. title sheet (портретный): school, «Классный журнал», class, year, homeroom
   teacher, contents with sheet numbers, «Прошито, пронумеровано и скреплено
   печатью N (прописью) листов», the director's signature line and «М.П.»;
2. for every subject: the marks sheet (students × lesson dates with every mark
   and absence code, period mark columns, the year mark) followed by the
   lessons sheet (date, topic, homework, teacher's signature) for the same
   lessons; long subjects continue on further sheet pairs, student list repeated;
3. attendance per period (lessons missed, of them for illness / excused);
4. the summary sheet of period, year, exam and final marks;
5. substitutions; 6. students' movement.

A student's row is never split between pages, and a name is never clipped: it
is shrunk, or the patronymic is cut to its initial.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from ejournal_desktop.domain.numbers_ru import number_in_words, plural_ru
from ejournal_desktop.domain.periods import format_date_ru
from ejournal_desktop.printing.fonts import register_fonts
from ejournal_desktop.printing.kit import (
    COND,
    COND_BOLD,
    LANDSCAPE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PORTRAIT,
    SANS,
    SANS_BOLD,
    Document,
    Entry,
    Page,
    PageInfo,
    TextBatch,
    fit_size,
    frame,
    grid,
    text_width,
    wrap,
)
from ejournal_desktop.services.printdata import (
    AttendanceCount,
    ClassJournal,
    LessonLine,
    PeriodLine,
    StudentLine,
    SubjectJournal,
)

W, H = LANDSCAPE
BODY = 7.5  # table text
LEAD = 8.6  # line spacing of wrapped table text
NUM_W = 16.0  # the «№» column
HEADER_H = 30.0  # the sheet's own heading above its table
TABLE_TOP = H - MARGIN_TOP - HEADER_H
TABLE_BOTTOM = MARGIN_BOTTOM + 4
MIN_ROW = 10.0
MAX_ROW = 16.0
MIN_COL_W = 20.0
MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
          "октябрь", "ноябрь", "декабрь")
MONTHS_SHORT = ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
ROMAN = ("I", "II", "III", "IV", "V", "VI")
PERIOD_SHORT = {"quarter": "четв.", "half": "полуг.", "trimester": "трим."}
GREY_INACTIVE = 0.84
GREY_TOTAL = 0.93

Progress = Callable[[int, int], None]
CERTIFIED_SUBJECT = "Журнал заверен; SHA-256: "

__all__ = [
    "count_sheets",
    "plan_journal",
    "plan_subject_pages",
    "plan_summary",
    "plan_summary_volume",
    "render_journal",
    "render_subject_pages",
    "render_summary",
    "render_summary_volume",
    "sheets_phrase",
]


# --- small helpers ------------------------------------------------------------------------------------


def sheets_phrase(n: int) -> str:
    """«37 (тридцать семь) листов»."""
    return f"{n} ({number_in_words(n)}) {plural_ru(n, 'лист', 'листа', 'листов')}"


def _mid(y0: float, y1: float, size: float) -> float:
    """Baseline that centres a line of digits/capitals of ``size`` between y0 and y1."""
    return (y0 + y1) / 2 - size * 0.36


def fit_name(s: StudentLine, width: float) -> tuple[str, float]:
    """The student's name as it fits the column: full, else with the patronymic's initial, shrunk."""
    for text, lowest in ((s.full_name, 6.5), (s.name_with_initial, 6.5), (s.full_name, 5.5),
                         (s.name_with_initial, 4.0), (s.short_name, 3.0)):
        size = fit_size(text, COND, BODY, width, lowest)
        if size is not None:
            return text, size
    return s.short_name, 3.0


def name_width(students: Sequence[StudentLine]) -> float:
    widest = max((text_width(s.full_name, COND, BODY) for s in students), default=80.0)
    return min(max(widest + 8, 120.0), 175.0)


def _heading(c: Canvas, batch: TextBatch, left: str, left_small: str, right: str, sub_left: str,
             sub_right: str, width: float = W) -> None:
    """The two heading lines of a landscape sheet."""
    y = H - MARGIN_TOP - 10
    x = MARGIN_LEFT
    avail = width - MARGIN_LEFT - MARGIN_RIGHT
    right_size = fit_size(right, SANS, 8, avail * 0.4, 5) or 5
    right_w = text_width(right, SANS, right_size)
    left_avail = avail - right_w - 12
    size = fit_size(left, SANS_BOLD, 11, left_avail * 0.7, 6) or 6
    batch.left(x, y, left, SANS_BOLD, size)
    lw = text_width(left, SANS_BOLD, size)
    if left_small:
        small = fit_size(left_small, SANS, 8.5, left_avail - lw - 8, 4) or 4
        batch.left(x + lw + 8, y, left_small, SANS, small)
    batch.right(width - MARGIN_RIGHT, y, right, SANS, right_size)
    y2 = y - 12
    sub_size = fit_size(sub_left, SANS, 7.5, avail * 0.6, 5) or 5
    batch.left(x, y2, sub_left, SANS, sub_size)
    if sub_right:
        batch.right(width - MARGIN_RIGHT, y2, sub_right, SANS, fit_size(sub_right, SANS, 7.5, avail * 0.35, 5) or 5)


def _class_year(data: ClassJournal) -> str:
    if data.extracurricular:
        return f"{data.class_name} · {data.year_name} учебный год"
    return f"{data.class_title} класс · {data.year_name} учебный год"


def _row_pages(n: int, avail: float, min_row: float = MIN_ROW, max_row: float = MAX_ROW) -> tuple[list[range], float]:
    """Split n rows evenly over as few pages as fit at ``min_row``; the row height used."""
    if n == 0:
        return [range(0)], max_row
    per_page = max(1, int(avail // min_row))
    pages = -(-n // per_page)
    per = -(-n // pages)
    rh = min(max_row, avail / per)
    return [range(i, min(n, i + per)) for i in range(0, n, per)], rh


@dataclass(frozen=True)
class TCol:
    """A column of a text table."""

    title: str
    width: float
    align: str = "left"  # left / center / right
    font: str = COND
    size: float = BODY


def _header_lines(cols: Sequence[TCol], size: float = 7.0) -> tuple[list[list[str]], float]:
    lines = [wrap(col.title, COND_BOLD, size, col.width - 4) or [""] for col in cols]
    return lines, max(len(x) for x in lines) * (size + 1.4) + 6


def _cell_lines(cols: Sequence[TCol], row: Sequence[str]) -> tuple[list[list[str]], float]:
    lines = [wrap(text, col.font, col.size, col.width - 5) if text else [] for col, text in zip(cols, row, strict=True)]
    height = max((len(x) for x in lines), default=1) * LEAD + 4.5
    return lines, max(height, 13.0)


def _paginate(heights: Sequence[float], avail: float) -> list[list[int]]:
    pages: list[list[int]] = [[]]
    used = 0.0
    for i, h in enumerate(heights):
        if pages[-1] and used + h > avail:
            pages.append([])
            used = 0.0
        pages[-1].append(i)
        used += h
    return pages


def _draw_text_table(c: Canvas, batch: TextBatch, x0: float, y_top: float, cols: Sequence[TCol],
                     head: list[list[str]], head_h: float, rows: Sequence[list[list[str]]],
                     heights: Sequence[float]) -> float:
    """A table of wrapped text; returns the y of its bottom edge."""
    xs = [x0]
    for col in cols:
        xs.append(xs[-1] + col.width)
    c.setFillGray(GREY_TOTAL)
    c.rect(x0, y_top - head_h, xs[-1] - x0, head_h, stroke=0, fill=1)
    c.setFillGray(0)
    for i, lines in enumerate(head):
        top = y_top - (head_h - len(lines) * 8.4) / 2 - 6.2
        for k, line in enumerate(lines):
            batch.center(xs[i], xs[i + 1], top - k * 8.4, line, COND_BOLD, 7.0)
    ys = [y_top, y_top - head_h]
    y = y_top - head_h
    for lines_of_row, h in zip(rows, heights, strict=True):
        for i, lines in enumerate(lines_of_row):
            col = cols[i]
            base = y - 3 - col.size * 0.8
            for k, line in enumerate(lines):
                yy = base - k * LEAD
                if col.align == "center":
                    batch.center(xs[i], xs[i + 1], yy, line, col.font, col.size)
                elif col.align == "right":
                    batch.right(xs[i + 1] - 3, yy, line, col.font, col.size)
                else:
                    batch.left(xs[i] + 2.5, yy, line, col.font, col.size)
        y -= h
        ys.append(y)
    grid(c, xs, ys)
    frame(c, x0, y, xs[-1], y_top)
    return y


# --- the marks sheet and the lessons sheet of a subject ---------------------------------------------------


@dataclass(frozen=True)
class Col:
    """A column of the marks sheet: a lesson, a period mark or the year mark."""

    kind: str  # lesson / period / year
    lesson: LessonLine | None = None
    period: PeriodLine | None = None
    ordinal: int = 0  # the lesson's number in the subject's year (1, 2, …)


def _month(col: Col) -> tuple[int, int] | None:
    if col.kind != "lesson" or col.lesson is None:
        return None
    return (col.lesson.date.year, col.lesson.date.month)


@dataclass(frozen=True)
class LessonRow:
    lines: list[list[str]]
    height: float


class SubjectLayout:
    """How a subject's columns are cut into sheet pairs."""

    LESSON_COLS = (
        TCol("№", 22, "center"),
        TCol("Дата", 50, "center"),
    )

    def __init__(self, data: ClassJournal, subject: SubjectJournal, name_w: float) -> None:
        self.data = data
        self.subject = subject
        self.name_w = name_w
        avail = W - MARGIN_LEFT - MARGIN_RIGHT - NUM_W - name_w
        self.max_cols = max(1, int(avail // MIN_COL_W))
        self.col_w = avail / self.max_cols
        self.lesson_cols = self._lesson_table_cols()
        self.head_lines, self.head_h = _header_lines(self.lesson_cols)
        self.lessons_avail = TABLE_TOP - TABLE_BOTTOM - self.head_h

    def _lesson_table_cols(self) -> list[TCol]:
        total = W - MARGIN_LEFT - MARGIN_RIGHT
        fixed = list(self.LESSON_COLS)
        sign = TCol("Подпись учителя", 84, "left", COND, 6.5)
        flex = total - sum(c.width for c in fixed) - sign.width
        if self.subject.homework_allowed:
            cols = [*fixed, TCol("Тема урока (что пройдено на уроке)", flex * 0.58),
                    TCol("Домашнее задание", flex * 0.42), sign]
        else:
            cols = [*fixed, TCol("Тема урока (что пройдено на уроке)", flex), sign]
        return cols

    def columns(self) -> list[Col]:
        """Lessons in date order, each period's mark after its last lesson, the year mark last."""
        s, data = self.subject, self.data
        events: list[tuple[tuple[dt.date, int, int], Col]] = []
        for i, ln in enumerate(s.lessons):
            events.append(((ln.date, 0, ln.number), Col("lesson", ln, ordinal=i + 1)))
        if s.marks_allowed:
            with_marks = {pid for (_, pid) in s.period_marks}
            for p in data.periods:
                if data.period_filter is not None and p.id != data.period_filter.id:
                    continue
                has_lessons = any(p.start <= ln.date <= p.end for ln in s.lessons)
                if has_lessons or p.id in with_marks or data.period_filter is not None:
                    events.append(((p.end, 1, p.number), Col("period", period=p)))
        events.sort(key=lambda e: e[0])
        cols = [col for _, col in events]
        if s.marks_allowed and data.period_filter is None:
            cols.append(Col("year"))
        return cols

    def lesson_row(self, col: Col) -> LessonRow:
        ln = col.lesson
        assert ln is not None
        sign = f"замена: {ln.teacher}" if ln.substituted and ln.teacher else ""
        texts = [str(col.ordinal), format_date_ru(ln.date), ln.topic]
        if self.subject.homework_allowed:
            texts.append(ln.homework)
        texts.append(sign)
        lines, height = _cell_lines(self.lesson_cols, texts)
        limit = self.lessons_avail / 2
        if height > limit:  # an enormous topic: cut what cannot fit half a sheet, marked with «…»
            keep = max(1, int((limit - 4.5) // LEAD))
            lines = [x if len(x) <= keep else [*x[:keep - 1], x[keep - 1] + " …"] for x in lines]
            height = max(len(x) for x in lines) * LEAD + 4.5
        return LessonRow(lines, height)

    def chunks(self) -> list[tuple[list[Col], list[LessonRow]]]:
        """Columns per sheet pair: as many as the marks sheet's width and the lessons sheet's height allow."""
        out: list[tuple[list[Col], list[LessonRow]]] = []
        cur: list[Col] = []
        rows: list[LessonRow] = []
        used = 0.0
        for col in self.columns():
            row = self.lesson_row(col) if col.kind == "lesson" else None
            need = row.height if row else 0.0
            if cur and (len(cur) + 1 > self.max_cols or used + need > self.lessons_avail):
                out.append((cur, rows))
                cur, rows, used = [], [], 0.0
            cur.append(col)
            if row is not None:
                rows.append(row)
                used += need
        if cur or not out:
            out.append((cur, rows))
        return out

    def pages(self) -> list[Page]:
        s = self.subject
        chunks = self.chunks()
        row_avail = TABLE_TOP - TABLE_BOTTOM - 22
        row_ranges, rh = _row_pages(len(s.rows), row_avail)
        names = [fit_name(st, self.name_w - 5) for st in s.rows]
        pages: list[Page] = []
        section = s.title
        for k, (cols, lesson_rows) in enumerate(chunks):
            part = f"лист {k + 1} из {len(chunks)}" if len(chunks) > 1 else ""
            lessons = [c for c in cols if c.kind == "lesson"]
            span = ""
            if lessons:
                span = f"уроки № {lessons[0].ordinal}–{lessons[-1].ordinal}" if len(lessons) > 1 \
                    else f"урок № {lessons[0].ordinal}"
            for j, rr in enumerate(row_ranges):
                cont = f"учащиеся {rr.start + 1}–{rr.stop}" if len(row_ranges) > 1 else ""
                pages.append(Page(LANDSCAPE, self._marks_drawer(cols, rr, rh, names, part, span, cont),
                                  f"marks:{section}:{k + 1}:{j + 1}"))
            pages.append(Page(LANDSCAPE, self._lessons_drawer(cols, lesson_rows, part, span),
                              f"lessons:{section}:{k + 1}"))
        return pages

    # drawing --------------------------------------------------------------------------------------

    def _titles(self, what: str, part: str, span: str, cont: str = "") -> tuple[str, str, str, str, str]:
        s, data = self.subject, self.data
        right = _class_year(data)
        if data.period_filter is not None:
            right += f" · {data.period_filter.name}"
        sub_right = ", ".join(x for x in (span, part, cont) if x)
        return s.title, f"Учитель: {s.teacher}" if s.teacher else "", right, what, sub_right

    def _marks_drawer(self, cols: list[Col], rr: range, rh: float, names: list[tuple[str, float]],
                      part: str, span: str, cont: str) -> Callable[[Canvas, PageInfo], None]:
        def draw(c: Canvas, info: PageInfo) -> None:
            self.draw_marks(c, cols, rr, rh, names, part, span, cont)
        return draw

    def _lessons_drawer(self, cols: list[Col], rows: list[LessonRow], part: str,
                        span: str) -> Callable[[Canvas, PageInfo], None]:
        def draw(c: Canvas, info: PageInfo) -> None:
            self.draw_lessons(c, rows, part, span)
        return draw

    def draw_marks(self, c: Canvas, cols: list[Col], rr: range, rh: float, names: list[tuple[str, float]],
                   part: str, span: str, cont: str) -> None:
        s, data = self.subject, self.data
        batch = TextBatch(c)
        what = "Учёт успеваемости и посещаемости учащихся" if s.marks_allowed else "Учёт посещаемости учащихся"
        _heading(c, batch, *self._titles(what, part, span, cont))
        cw = self.col_w
        x_num = MARGIN_LEFT
        x_name = x_num + NUM_W
        x_cols = x_name + self.name_w
        xs = [x_num, x_name, x_cols] + [x_cols + cw * (i + 1) for i in range(len(cols))]
        y0 = TABLE_TOP
        h1, h2 = 11.0, 11.0
        y_head = y0 - h1 - h2
        n = len(rr)
        y_bottom = y_head - n * rh
        # fills: period/year columns, days a student was not in the class
        c.setFillGray(GREY_TOTAL)
        for i, col in enumerate(cols):
            if col.kind != "lesson":
                c.rect(x_cols + cw * i, y_bottom, cw, y0 - y_bottom, stroke=0, fill=1)
        c.setFillGray(GREY_INACTIVE)
        dates = [col.lesson.date for col in cols if col.lesson is not None]
        first, last = (min(dates), max(dates)) if dates else (None, None)
        for r_i, r in enumerate(rr):
            st = s.rows[r]
            if first is None or last is None or st.active_through(first, last):
                continue  # in the class on every day of this sheet: nothing to shade
            y_row = y_head - (r_i + 1) * rh
            run_start: int | None = None
            for i, col in enumerate([*cols, Col("end")]):
                inactive = col.kind == "lesson" and col.lesson is not None and not st.active_on(col.lesson.date)
                if inactive and run_start is None:
                    run_start = i
                elif not inactive and run_start is not None:
                    c.rect(x_cols + cw * run_start, y_row, cw * (i - run_start), rh, stroke=0, fill=1)
                    run_start = None
        c.setFillGray(0)
        # header: months over dates, period and year labels
        batch.center(x_num, x_name, _mid(y_head, y0, 7), "№", COND_BOLD, 7)
        _name_header(batch, x_name, x_cols, y_head, y0)
        seps: list[tuple[float, float, float, float]] = []
        i = 0
        while i < len(cols):
            col = cols[i]
            x = x_cols + cw * i
            if col.kind == "lesson":
                assert col.lesson is not None
                month = _month(cols[i])
                j = i
                while j < len(cols) and _month(cols[j]) == month:
                    j += 1
                assert month is not None
                label = MONTHS[month[1] - 1]
                if text_width(label, COND, 6.5) > cw * (j - i) - 2:
                    label = MONTHS_SHORT[month[1] - 1]
                size = fit_size(label, COND, 6.5, cw * (j - i) - 1, 4) or 4
                batch.center(x, x + cw * (j - i), _mid(y0 - h1, y0, size), label, COND, size)
                seps.append((x, y0 - h1, x, y0))
                for k in range(i, j):
                    ln = cols[k].lesson
                    assert ln is not None
                    xx = x_cols + cw * k
                    batch.center(xx, xx + cw, _mid(y_head, y_head + h2, 7), f"{ln.date.day:02d}", COND_BOLD, 7)
                i = j
                continue
            seps.append((x, y0 - h1, x, y0))
            if col.kind == "period":
                assert col.period is not None
                roman = ROMAN[col.period.number - 1] if 0 < col.period.number <= len(ROMAN) else str(col.period.number)
                batch.center(x, x + cw, _mid(y0 - h1, y0, 7), roman, COND_BOLD, 7)
                low = PERIOD_SHORT.get(data.period_kind, "")
                batch.center(x, x + cw, _mid(y_head, y_head + h2, 5.5), low,
                             COND, fit_size(low, COND, 5.5, cw - 1, 3.5) or 3.5)
            else:
                batch.center(x, x + cw, _mid(y_head, y0, 6.5), "год", COND_BOLD, 6.5)
            i += 1
        # rows
        for r_i, r in enumerate(rr):
            st = s.rows[r]
            top = y_head - r_i * rh
            bottom = top - rh
            base = _mid(bottom, top, BODY)
            batch.right(x_name - 2.5, base, str(r + 1), COND, BODY)
            text, size = names[r]
            batch.left(x_name + 2.5, _mid(bottom, top, size), text, COND, size)
            for i, col in enumerate(cols):
                if col.kind == "lesson":
                    ln = col.lesson
                    assert ln is not None
                    value = s.cells.get((st.student_id, ln.date, ln.number), "")
                    font = COND
                elif col.kind == "period":
                    assert col.period is not None
                    value = s.period_marks.get((st.student_id, col.period.id), "")
                    font = COND_BOLD
                else:
                    value = s.year_marks.get(st.student_id, "")
                    font = COND_BOLD
                if value:
                    x = x_cols + cw * i
                    self._cell(batch, x, x + cw, bottom, top, value, font)
        batch.flush()
        # grid: every row line, every column line; month lines only in the month row
        xs_full = xs
        ys = [y0, y_head] + [y_head - (k + 1) * rh for k in range(n)]
        c.setLineWidth(0.4)
        c.lines([(x, y_bottom, x, y0 if k < 3 else y_head) for k, x in enumerate(xs_full)] +
                [(x_cols + cw * i, y0 - h1, x_cols + cw * (i + 1), y0 - h1)
                 for i, col in enumerate(cols) if col.kind != "year"] + seps +
                [(x_num, y, xs_full[-1], y) for y in ys])
        # separate the vertical lines of the non-lesson columns through the header
        c.lines([(x_cols + cw * i, y_head, x_cols + cw * i, y0) for i, col in enumerate(cols) if col.kind != "lesson"]
                + [(x_cols + cw * (i + 1), y_head, x_cols + cw * (i + 1), y0)
                   for i, col in enumerate(cols) if col.kind != "lesson"])
        frame(c, x_num, y_bottom, xs_full[-1], y0)
        if not cols:
            batch.center(x_cols, W - MARGIN_RIGHT, y_head - 14, "Уроков нет", SANS, 8)
            batch.flush()

    def _cell(self, batch: TextBatch, x0: float, x1: float, y0: float, y1: float, value: str, font: str) -> None:
        width = x1 - x0 - 1.5
        size = fit_size(value, font, BODY, width, 5.0)
        if size is not None:
            batch.center(x0, x1, _mid(y0, y1, size), value, font, size)
            return
        parts = value.split()
        half = (len(parts) + 1) // 2
        lines = [" ".join(parts[:half]), " ".join(parts[half:])]
        size = min((fit_size(line, font, BODY, width, 2.5) or 2.5) for line in lines)
        size = min(size, (y1 - y0 - 1) / 2.1)
        mid = (y0 + y1) / 2
        batch.center(x0, x1, mid + 0.6, lines[0], font, size)
        batch.center(x0, x1, mid - size * 0.95, lines[1], font, size)

    def draw_lessons(self, c: Canvas, rows: list[LessonRow], part: str, span: str) -> None:
        batch = TextBatch(c)
        _heading(c, batch, *self._titles("Содержание уроков и домашние задания", part, span))
        bottom = _draw_text_table(c, batch, MARGIN_LEFT, TABLE_TOP, self.lesson_cols, self.head_lines, self.head_h,
                                  [r.lines for r in rows], [r.height for r in rows])
        if not rows:
            batch.center(MARGIN_LEFT, W - MARGIN_RIGHT, bottom - 14, "Уроков нет", SANS, 8)
        batch.flush()


# --- attendance -----------------------------------------------------------------------------------------


def attendance_pages(data: ClassJournal, name_w: float) -> list[Page]:
    periods = [p for p in data.periods if data.period_filter is None or p.id == data.period_filter.id]
    groups: list[tuple[str, list[int]]] = [(p.name, [p.id]) for p in periods]
    if data.period_filter is None:
        groups.append(("За год", [p.id for p in periods]))
    subs = ("всего", "б", "у")
    avail_w = W - MARGIN_LEFT - MARGIN_RIGHT - NUM_W - name_w
    cw = min(42.0, avail_w / max(1, len(groups) * len(subs)))
    legend_h = 16.0
    head_h = 24.0
    row_avail = TABLE_TOP - TABLE_BOTTOM - head_h - legend_h - MAX_ROW  # room for the total row
    ranges, rh = _row_pages(len(data.students), row_avail)
    names = [fit_name(s, name_w - 5) for s in data.students]
    totals = {s.student_id: {g: sum((data.attendance.get((s.student_id, pid), AttendanceCount()) for pid in pids),
                                    AttendanceCount()) for g, pids in groups} for s in data.students}
    class_total = {g: sum((totals[s.student_id][g] for s in data.students), AttendanceCount()) for g, _ in groups}

    def drawer(rr: range, last: bool, k: int) -> Callable[[Canvas, PageInfo], None]:
        def draw(c: Canvas, info: PageInfo) -> None:
            batch = TextBatch(c)
            cont = f"учащиеся {rr.start + 1}–{rr.stop}" if len(ranges) > 1 else ""
            _heading(c, batch, "Учёт посещаемости", "пропущено уроков по всем предметам",
                     _class_year(data), "по учебным периодам", cont)
            x_num, x_name = MARGIN_LEFT, MARGIN_LEFT + NUM_W
            x_cols = x_name + name_w
            y0 = TABLE_TOP
            y_head = y0 - head_h
            n_rows = len(rr) + (1 if last else 0)
            y_bottom = y_head - n_rows * rh
            xs = [x_num, x_name, x_cols] + [x_cols + cw * (i + 1) for i in range(len(groups) * 3)]
            c.setFillGray(GREY_TOTAL)
            if data.period_filter is None:
                gx = x_cols + cw * 3 * (len(groups) - 1)
                c.rect(gx, y_bottom, cw * 3, y0 - y_bottom, stroke=0, fill=1)
            if last:
                c.rect(x_num, y_bottom, xs[-1] - x_num, rh, stroke=0, fill=1)
            c.setFillGray(0)
            batch.center(x_num, x_name, _mid(y_head, y0, 7), "№", COND_BOLD, 7)
            _name_header(batch, x_name, x_cols, y_head, y0)
            for g, (title, _) in enumerate(groups):
                gx = x_cols + cw * 3 * g
                size = fit_size(title, COND_BOLD, 7, cw * 3 - 2, 4) or 4
                batch.center(gx, gx + cw * 3, _mid(y0 - head_h / 2, y0, size), title, COND_BOLD, size)
                for j, sub in enumerate(subs):
                    batch.center(gx + cw * j, gx + cw * (j + 1), _mid(y_head, y_head + head_h / 2, 6.5), sub,
                                 COND, 6.5)
            for r_i, r in enumerate(rr):
                st = data.students[r]
                top = y_head - r_i * rh
                bottom = top - rh
                batch.right(x_name - 2.5, _mid(bottom, top, BODY), str(r + 1), COND, BODY)
                text, size = names[r]
                batch.left(x_name + 2.5, _mid(bottom, top, size), text, COND, size)
                for g, (title, _) in enumerate(groups):
                    t = totals[st.student_id][title]
                    for j, v in enumerate((t.missed, t.ill, t.excused)):
                        if v:
                            gx = x_cols + cw * (3 * g + j)
                            batch.center(gx, gx + cw, _mid(bottom, top, BODY), str(v), COND, BODY)
            if last:
                top = y_bottom + rh
                batch.left(x_name + 2.5, _mid(y_bottom, top, BODY), "Итого по классу", COND_BOLD, BODY)
                for g, (title, _) in enumerate(groups):
                    t = class_total[title]
                    for j, v in enumerate((t.missed, t.ill, t.excused)):
                        gx = x_cols + cw * (3 * g + j)
                        batch.center(gx, gx + cw, _mid(y_bottom, top, BODY), str(v), COND_BOLD, BODY)
            batch.left(MARGIN_LEFT, y_bottom - 11,
                       "всего — пропущено уроков (н, б, у); б — из них по болезни; у — по уважительной причине. "
                       "Опоздания («оп») пропусками не считаются.", SANS, 6.5)
            batch.flush()
            ys = [y0, y_head] + [y_head - (i + 1) * rh for i in range(n_rows)]
            c.setLineWidth(0.4)
            c.lines([(x, y_bottom, x, y0 if (k2 < 3 or (k2 - 2) % 3 == 0) else y_head) for k2, x in enumerate(xs)]
                    + [(x_cols, y0 - head_h / 2, xs[-1], y0 - head_h / 2)]
                    + [(x_num, y, xs[-1], y) for y in ys])
            frame(c, x_num, y_bottom, xs[-1], y0)
        return draw

    return [Page(LANDSCAPE, drawer(rr, k == len(ranges) - 1, k), f"attendance:{k + 1}") for k, rr in enumerate(ranges)]


# --- the summary sheet ----------------------------------------------------------------------------------


KIND_LABELS = {"year": "год", "exam": "экз.", "final": "итог."}


def _subject_head(text: str, width: float, max_lines: int) -> tuple[list[str], float]:
    """A subject's name over its columns: wrapped and shrunk so that it is never clipped."""
    for size in (7.0, 6.5, 6.0, 5.5, 5.0, 4.5, 4.0, 3.5, 3.0):
        lines = wrap(text, COND_BOLD, size, width - 3)
        if len(lines) <= max_lines:
            return lines, size
    return wrap(text, COND_BOLD, 3.0, width - 3), 3.0


def summary_pages(data: ClassJournal, name_w: float, *, signatures: bool = False,
                  heading: str = "Сводная ведомость учёта успеваемости") -> list[Page]:
    """Students × subjects, under each subject a column per period, the year, exam and final marks."""
    kinds = data.summary_kinds()
    labels = []
    for kind, pkey, _ in kinds:
        if kind in KIND_LABELS:
            labels.append(KIND_LABELS[kind])
        else:
            number = next((p.number for p in data.periods if p.id == pkey), 0)
            labels.append(ROMAN[number - 1] if 0 < number <= len(ROMAN) else str(number))
    subjects = data.summary_subjects
    avail_w = W - MARGIN_LEFT - MARGIN_RIGHT - NUM_W - name_w
    per_page = max(1, int(avail_w // (13.0 * len(kinds))))
    subject_groups = [subjects[i:i + per_page] for i in range(0, len(subjects), per_page)] or [[]]
    name_h, kind_h = 30.0, 11.0
    head_h = name_h + kind_h
    sig_h = 44.0 if signatures else 0.0
    legend_h = 12.0
    row_avail = TABLE_TOP - TABLE_BOTTOM - head_h - sig_h - legend_h
    ranges, rh = _row_pages(len(data.students), row_avail)
    names = [fit_name(s, name_w - 5) for s in data.students]
    legend = ", ".join(f"{lab} — {title.lower()}" for lab, (_, _, title) in zip(labels, kinds, strict=True))

    def drawer(group: list[tuple[int, str]], rr: range, part: str) -> Callable[[Canvas, PageInfo], None]:
        def draw(c: Canvas, info: PageInfo) -> None:
            batch = TextBatch(c)
            _heading(c, batch, heading, "", _class_year(data), data.school_name, part)
            n_cols = len(group) * len(kinds)
            cw = min(24.0, avail_w / max(1, n_cols))
            gw = cw * len(kinds)
            x_num, x_name = MARGIN_LEFT, MARGIN_LEFT + NUM_W
            x_cols = x_name + name_w
            y0 = TABLE_TOP
            y_head = y0 - head_h
            y_bottom = y_head - len(rr) * rh
            xs = [x_num, x_name, x_cols] + [x_cols + cw * (i + 1) for i in range(n_cols)]
            c.setFillGray(GREY_TOTAL)
            for g in range(len(group)):
                for k, (kind, _, _) in enumerate(kinds):
                    if kind in KIND_LABELS:
                        c.rect(x_cols + g * gw + k * cw, y_bottom, cw, y_head - y_bottom, stroke=0, fill=1)
            c.setFillGray(0)
            batch.center(x_num, x_name, _mid(y_head, y0, 7), "№", COND_BOLD, 7)
            _name_header(batch, x_name, x_cols, y_head, y0)
            for g, (_, sname) in enumerate(group):
                gx = x_cols + g * gw
                lines, size = _subject_head(sname, gw, int((name_h - 4) // 7.2))
                top = (y0 + y0 - name_h) / 2 + (len(lines) * (size + 1.2)) / 2 - size * 0.8
                for i, line in enumerate(lines):
                    batch.center(gx, gx + gw, top - i * (size + 1.2), line, COND_BOLD, size)
                for k, lab in enumerate(labels):
                    x = gx + k * cw
                    ls = fit_size(lab, COND, 6.5, cw - 1, 3) or 3
                    batch.center(x, x + cw, _mid(y_head, y_head + kind_h, ls), lab, COND, ls)
            for r_i, r in enumerate(rr):
                st = data.students[r]
                top = y_head - r_i * rh
                bottom = top - rh
                batch.right(x_name - 2.5, _mid(bottom, top, BODY), str(r + 1), COND, BODY)
                text, size = names[r]
                batch.left(x_name + 2.5, _mid(bottom, top, size), text, COND, size)
                for g, (sid, _) in enumerate(group):
                    for k, (kind, pkey, _) in enumerate(kinds):
                        value = data.summary.get((st.student_id, sid, kind, pkey), "")
                        if value:
                            x = x_cols + g * gw + k * cw
                            vs = fit_size(value, COND_BOLD, BODY, cw - 1.5, 3.0) or 3.0
                            batch.center(x, x + cw, _mid(bottom, top, vs), value, COND_BOLD, vs)
            if not data.students:
                batch.center(x_name, x_cols, y_head - 14, "Учащихся нет", SANS, 8)
            ls = fit_size(legend, SANS, 6.5, W - MARGIN_LEFT - MARGIN_RIGHT, 4) or 4
            batch.left(MARGIN_LEFT, y_bottom - 10, legend, SANS, ls)
            batch.flush()
            ys = [y0, y_head] + [y_head - (i + 1) * rh for i in range(len(rr))]
            c.setLineWidth(0.4)
            c.lines([(x, y_bottom, x, y0 if k < 3 else y_head) for k, x in enumerate(xs)]
                    + [(x_cols, y_head + kind_h, xs[-1], y_head + kind_h)]
                    + [(x_num, y, xs[-1], y) for y in ys])
            c.setLineWidth(0.9)
            c.lines([(x_cols + g * gw, y_bottom, x_cols + g * gw, y0) for g in range(len(group) + 1)])
            frame(c, x_num, y_bottom, xs[-1], y0)
            if signatures:
                _summary_signatures(c, data, y_bottom - 30)
        return draw

    pages: list[Page] = []
    for g_i, group in enumerate(subject_groups):
        for rr in ranges:
            bits = []
            if len(subject_groups) > 1:
                bits.append(f"предметы {g_i * per_page + 1}–{g_i * per_page + len(group)} из {len(subjects)}")
            if len(ranges) > 1:
                bits.append(f"учащиеся {rr.start + 1}–{rr.stop}")
            pages.append(Page(LANDSCAPE, drawer(group, rr, ", ".join(bits)), f"summary:{g_i + 1}"))
    return pages


def _name_header(batch: TextBatch, x0: float, x1: float, y0: float, y1: float) -> None:
    text = "Фамилия, имя, отчество учащегося"
    size = fit_size(text, COND_BOLD, 7.5, x1 - x0 - 4, 6)
    if size is not None:
        batch.center(x0, x1, _mid(y0, y1, size), text, COND_BOLD, size)
        return
    lines = ["Фамилия, имя, отчество", "учащегося"]
    size = min(fit_size(line, COND_BOLD, 7.5, x1 - x0 - 4, 3) or 3 for line in lines)
    mid = (y0 + y1) / 2
    batch.center(x0, x1, mid + 1, lines[0], COND_BOLD, size)
    batch.center(x0, x1, mid - size - 0.5, lines[1], COND_BOLD, size)


def _summary_signatures(c: Canvas, data: ClassJournal, y: float) -> None:
    batch = TextBatch(c)
    homeroom = data.homeroom_name
    batch.left(MARGIN_LEFT, y, f"Классный руководитель ____________________ /{homeroom or '                    '}/",
               SANS, 8.5)
    director = data.director_name or "                    "
    batch.left(W / 2 + 20, y, f"Директор ____________________ /{director}/", SANS, 8.5)
    batch.left(W / 2 + 20, y - 14, "М.П.", SANS_BOLD, 8.5)
    batch.flush()


# --- substitutions and movement ------------------------------------------------------------------------


def _table_section(title: str, small: str, right: str, cols: list[TCol], rows: list[list[str]], section: str,
                   empty: str) -> list[Page]:
    head, head_h = _header_lines(cols)
    cells = [_cell_lines(cols, r) for r in rows]
    avail = TABLE_TOP - TABLE_BOTTOM - head_h
    parts = _paginate([h for _, h in cells], avail) if cells else [[]]

    def drawer(idx: list[int], k: int) -> Callable[[Canvas, PageInfo], None]:
        def draw(c: Canvas, info: PageInfo) -> None:
            batch = TextBatch(c)
            cont = f"лист {k + 1} из {len(parts)} раздела" if len(parts) > 1 else ""
            _heading(c, batch, title, small, right, "", cont)
            bottom = _draw_text_table(c, batch, MARGIN_LEFT, TABLE_TOP, cols, head, head_h,
                                      [cells[i][0] for i in idx], [cells[i][1] for i in idx])
            if not rows:
                batch.left(MARGIN_LEFT, bottom - 16, empty, SANS, 9)
            batch.flush()
        return draw

    return [Page(LANDSCAPE, drawer(idx, k), f"{section}:{k + 1}") for k, idx in enumerate(parts)]


def substitution_pages(data: ClassJournal) -> list[Page]:
    total = W - MARGIN_LEFT - MARGIN_RIGHT
    cols = [TCol("№", 20, "right"), TCol("Дата", 46, "center"), TCol("Урок", 28, "center"),
            TCol("Предмет", 120), TCol("Учитель по нагрузке", 96), TCol("Заменял", 96),
            TCol("Причина замены", 140)]
    cols.append(TCol("Тема урока", total - sum(c.width for c in cols)))
    rows = [[str(i + 1), format_date_ru(s.date), str(s.number), s.subject, s.teacher, s.substitute, s.reason,
             s.topic] for i, s in enumerate(data.substitutions)]
    return _table_section("Замены уроков", "", _class_year(data), cols, rows, "substitutions",
                          "Замен уроков в этом учебном году не было.")


def movement_pages(data: ClassJournal) -> list[Page]:
    total = W - MARGIN_LEFT - MARGIN_RIGHT
    cols = [TCol("№", 20, "right"), TCol("Фамилия, имя, отчество учащегося", 140),
            TCol("Дата рождения", 50, "center"), TCol("№ личного дела", 48, "center"),
            TCol("Дата прибытия", 50, "center"), TCol("Откуда прибыл, основание", 130),
            TCol("Приказ о зачислении", 84), TCol("Дата выбытия", 50, "center")]
    rest = total - sum(c.width for c in cols)
    cols += [TCol("Куда выбыл, основание", rest - 84), TCol("Приказ о выбытии", 84)]
    rows = [[str(i + 1), m.full_name, format_date_ru(m.birth_date) if m.birth_date else "", m.file_no,
             format_date_ru(m.date_from), m.reason_in, m.order_in,
             format_date_ru(m.date_to) if m.date_to else "", m.reason_out, m.order_out]
            for i, m in enumerate(data.movement)]
    return _table_section("Движение учащихся", "списки класса, прибытие и выбытие", _class_year(data), cols, rows,
                          "movement", "Записей о движении учащихся нет.")


# --- the title sheet -----------------------------------------------------------------------------------


TW, TH = PORTRAIT
T_LEFT = 62.0  # binding margin of the portrait title sheet
T_RIGHT = 40.0
ENTRY_H = 14.0
TITLE_BLOCK = 300.0  # from the top of the first title page to the contents
SIGN_BLOCK = 150.0  # the «Прошито…» and signature block at the bottom of the last title page


def _title_layout(n_entries: int) -> tuple[list[int], float]:
    """How many contents entries each title page holds, and the row height.

    One page whenever the contents fit (rows down to 11 pt); otherwise the
    contents continue on further pages, the signature block on the last one.
    """
    usable = TH - 50 - MARGIN_BOTTOM - 20
    rows = n_entries + 1  # the table's header row
    for h in (ENTRY_H, 13.0, 12.0, 11.0, 10.0):
        if rows * h <= usable - TITLE_BLOCK - 24 - SIGN_BLOCK:
            return [n_entries], h
    h = 12.0
    first = int((usable - TITLE_BLOCK - 24) // h) - 1
    full = int((usable - 30) // h) - 1
    with_sign = int((usable - 30 - SIGN_BLOCK) // h) - 1
    out = [min(n_entries, first)]
    left = n_entries - out[0]
    while left > with_sign:
        take = min(full, left - with_sign) if left <= full else full
        out.append(take)
        left -= take
    out.append(left)
    return out, h


def _title_page_split(n_entries: int) -> list[int]:
    return _title_layout(n_entries)[0]


@dataclass(frozen=True)
class TitleText:
    top: list[str]  # school name lines
    big: str  # КЛАССНЫЙ ЖУРНАЛ
    lines: list[tuple[str, str, float]]  # (text, font, size) under the big title
    count_lead: str  # «Прошито, пронумеровано и скреплено печатью»
    signer: str  # «Директор»
    signer_name: str
    note: str = ""


def title_pages(text: TitleText, entries_of: Callable[[], list[Entry]], n_entries: int) -> list[Page]:
    """The title sheet(s); ``entries_of`` is called at drawing time, when sheet numbers are known."""
    split, row_h = _title_layout(n_entries)

    def drawer(k: int) -> Callable[[Canvas, PageInfo], None]:
        def draw(c: Canvas, info: PageInfo) -> None:
            entries = entries_of()
            start = sum(split[:k])
            mine = entries[start:start + split[k]]
            batch = TextBatch(c)
            width = TW - T_LEFT - T_RIGHT
            y = TH - 60
            if k == 0:
                for line in text.top:
                    size = fit_size(line, SANS, 12, width, 7) or 7
                    batch.center(T_LEFT, TW - T_RIGHT, y, line, SANS, size)
                    y -= 16
                y = TH - 60 - 110
                size = fit_size(text.big, SANS_BOLD, 26, width, 12) or 12
                batch.center(T_LEFT, TW - T_RIGHT, y, text.big, SANS_BOLD, size)
                y -= 36
                for line, font, fsize in text.lines:
                    s = fit_size(line, font, fsize, width, 6) or 6
                    batch.center(T_LEFT, TW - T_RIGHT, y, line, font, s)
                    y -= fsize + 10
                y = TH - 60 - TITLE_BLOCK + 24
            else:
                y = TH - 60
            if mine or k == 0:
                batch.left(T_LEFT, y, "Содержание" if k == 0 else "Содержание (продолжение)", SANS_BOLD, 12)
            y -= 8
            table_top = y
            x_sheets = TW - T_RIGHT - 70
            if mine:
                c.setFillGray(GREY_TOTAL)
                c.rect(T_LEFT, y - row_h, TW - T_RIGHT - T_LEFT, row_h, stroke=0, fill=1)
                c.setFillGray(0)
                batch.left(T_LEFT + 4, _mid(y - row_h, y, 8.5), "Раздел журнала", SANS_BOLD, 8.5)
                batch.center(x_sheets, TW - T_RIGHT, _mid(y - row_h, y, 8.5), "Листы", SANS_BOLD, 8.5)
                y -= row_h
                base = min(9.0, row_h - 2.5)
                for e in mine:
                    size = fit_size(e.label, SANS, base, x_sheets - T_LEFT - 8, 5) or 5
                    batch.left(T_LEFT + 4, _mid(y - row_h, y, base), e.label, SANS, size)
                    batch.center(x_sheets, TW - T_RIGHT, _mid(y - row_h, y, base), e.sheets, SANS, base)
                    y -= row_h
                ys = [table_top - i * row_h for i in range(len(mine) + 2)]
                grid(c, [T_LEFT, x_sheets, TW - T_RIGHT], ys)
            if k == len(split) - 1:
                y = MARGIN_BOTTOM + SIGN_BLOCK - 10
                lead = f"{text.count_lead} {sheets_phrase(info.total)}"
                for line in wrap(lead, SANS_BOLD, 11, width):
                    batch.left(T_LEFT, y, line, SANS_BOLD, 11)
                    y -= 15
                y -= 22
                name = text.signer_name or "                         "
                batch.left(T_LEFT, y, f"{text.signer} ______________________ /{name}/", SANS, 11)
                y -= 28
                batch.left(T_LEFT, y, "М.П.", SANS_BOLD, 11)
                batch.right(TW - T_RIGHT, y, "«____» ________________ 20____ г.", SANS, 11)
                if text.note:
                    y -= 24
                    for line in wrap(text.note, SANS, 6.5, width):
                        batch.left(T_LEFT, y, line, SANS, 6.5)
                        y -= 8
            batch.flush()
        return draw

    return [Page(PORTRAIT, drawer(k), f"title:{k + 1}") for k in range(len(split))]


def _journal_title(data: ClassJournal) -> TitleText:
    top = wrap(data.school_name, SANS, 12, TW - T_LEFT - T_RIGHT)[:3] if data.school_name else []
    if data.extracurricular:
        big = "ЖУРНАЛ ВНЕУРОЧНОЙ ДЕЯТЕЛЬНОСТИ"
        who = f"«{data.class_name}»"
        lead_role = "Руководитель"
    else:
        big = "КЛАССНЫЙ ЖУРНАЛ"
        who = f"{data.class_title} класса"
        lead_role = "Классный руководитель"
    lines = [(who, SANS_BOLD, 18.0), (f"на {data.year_name} учебный год", SANS, 14.0),
             (f"{lead_role}: {data.homeroom_name or '—'}", SANS, 11.0)]
    note = f"Напечатано {format_date_ru(data.printed_on)} программой ЭЖ-Десктоп."
    if data.certification is not None:
        cert = data.certification
        note += (f" Журнал заверен {format_date_ru(cert.certified_at.date())} ({cert.certified_by}); "
                 f"контрольная сумма SHA-256: {cert.digest}.")
    return TitleText(top, big, lines, "Прошито, пронумеровано и скреплено печатью", "Директор",
                     data.director_name, note)


# --- documents ------------------------------------------------------------------------------------------


def _footer(data: ClassJournal, what: str) -> str:
    return f"{data.school_name + ' · ' if data.school_name else ''}{what} {data.class_name}, {data.year_name}"


def plan_journal(data: ClassJournal) -> Document:
    """The bound journal of a class: every page, planned."""
    register_fonts()
    name_w = name_width(data.students)
    sections: list[tuple[str, list[Page]]] = []
    for s in data.subjects:
        label = f"{s.title} ({s.teacher_short})" if s.teacher_short else s.title
        sections.append((label, SubjectLayout(data, s, name_w).pages()))
    sections.append(("Учёт посещаемости", attendance_pages(data, name_w)))
    if data.marks_allowed:
        sections.append(("Сводная ведомость учёта успеваемости", summary_pages(data, name_w)))
    sections.append(("Замены уроков", substitution_pages(data)))
    sections.append(("Движение учащихся", movement_pages(data)))
    n_entries = len(sections) + 1
    n_title = len(_title_page_split(n_entries))
    entries: list[Entry] = [Entry("Титульный лист и содержание", 1, n_title)]
    at = n_title + 1
    for label, pages in sections:
        entries.append(Entry(label, at, at + len(pages) - 1))
        at += len(pages)
    doc = Document(title=f"Классный журнал {data.class_name}, {data.year_name}",
                   footer=_footer(data, "Классный журнал"))
    if data.certification is not None:
        doc.subject = f"{CERTIFIED_SUBJECT}{data.certification.digest}"
    doc.extend(title_pages(_journal_title(data), lambda: entries, n_entries))
    for _, pages in sections:
        doc.extend(pages)
    doc.contents = entries
    return doc


def count_sheets(data: ClassJournal) -> int:
    """The number of sheets of the bound journal (= pages of the PDF, printed one-sided)."""
    return len(plan_journal(data).pages)


def plan_summary(data: ClassJournal) -> Document:
    """The summary sheet of final marks on its own (kept 25 years): signed on every sheet."""
    register_fonts()
    doc = Document(title=f"Сводная ведомость итоговых отметок {data.class_name}, {data.year_name}",
                   footer=_footer(data, "Сводная ведомость итоговых отметок"))
    doc.extend(summary_pages(data, name_width(data.students), signatures=True,
                             heading="Сводная ведомость итоговых отметок"))
    return doc


def plan_subject_pages(data: ClassJournal) -> Document:
    """Journal pages of the subjects left in ``data`` (see printdata.restrict), e.g. one subject and period."""
    register_fonts()
    name_w = name_width(data.students)
    what = "Страницы журнала"
    if data.period_filter is not None:
        what += f" ({data.period_filter.name})"
    doc = Document(title=f"{what} {data.class_name}, {data.year_name}", footer=_footer(data, what))
    for s in data.subjects:
        doc.extend(SubjectLayout(data, s, name_w).pages())
    if not doc.pages:
        doc.extend(_empty_pages(data))
    return doc


def _empty_pages(data: ClassJournal) -> list[Page]:
    def draw(c: Canvas, info: PageInfo) -> None:
        batch = TextBatch(c)
        _heading(c, batch, "Страницы журнала", "", _class_year(data), "Нет предметов для печати.", "")
        batch.flush()
    return [Page(LANDSCAPE, draw, "empty")]


def plan_summary_volume(classes: Sequence[ClassJournal], school_name: str, director: str,
                        year_name: str) -> Document:
    """All classes' summary sheets bound as one volume with its own title sheet (seed 001 §5.4)."""
    register_fonts()
    sections: list[tuple[str, list[Page]]] = []
    for data in classes:
        if not data.marks_allowed:
            continue
        sections.append((f"{data.class_title} класс" if not data.extracurricular else data.class_name,
                         summary_pages(data, name_width(data.students), signatures=True,
                                       heading="Сводная ведомость итоговых отметок")))
    n_entries = len(sections) + 1
    n_title = len(_title_page_split(n_entries))
    entries = [Entry("Титульный лист и содержание", 1, n_title)]
    at = n_title + 1
    for label, pages in sections:
        entries.append(Entry(label, at, at + len(pages) - 1))
        at += len(pages)
    top = wrap(school_name, SANS, 12, TW - T_LEFT - T_RIGHT)[:3] if school_name else []
    text = TitleText(top, "СВОДНЫЕ ВЕДОМОСТИ", [("итоговых отметок учащихся", SANS_BOLD, 16.0),
                                                (f"за {year_name} учебный год", SANS, 14.0),
                                                ("Срок хранения — 25 лет", SANS, 11.0)],
                     "Прошито, пронумеровано и скреплено печатью", "Директор", director)
    doc = Document(title=f"Сводные ведомости итоговых отметок, {year_name}",
                   footer=f"{school_name + ' · ' if school_name else ''}Сводные ведомости итоговых отметок, "
                          f"{year_name}")
    doc.extend(title_pages(text, lambda: entries, n_entries))
    for _, pages in sections:
        doc.extend(pages)
    doc.contents = entries
    return doc


Out = str | Path | BinaryIO


def render_journal(data: ClassJournal, out: Out, *, progress: Progress | None = None) -> int:
    return plan_journal(data).render(out, progress=progress)


def render_summary(data: ClassJournal, out: Out, *, progress: Progress | None = None) -> int:
    return plan_summary(data).render(out, progress=progress)


def render_subject_pages(data: ClassJournal, out: Out, *, progress: Progress | None = None) -> int:
    return plan_subject_pages(data).render(out, progress=progress)


def render_summary_volume(classes: Sequence[ClassJournal], out: Out, *, school_name: str, director: str,
                          year_name: str, progress: Progress | None = None) -> int:
    return plan_summary_volume(classes, school_name, director, year_name).render(out, progress=progress)
