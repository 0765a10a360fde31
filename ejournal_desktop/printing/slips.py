"""Invitation slips (приглашения) of staff accounts, seed 000 §4.2: the administrator prints them
and hands them out in person.

Pages of cut-out slips (2 × 5 on A4, dashed cut lines): school, ФИО, login, the
temporary password and «сменить при первом входе»; then the handout sheet
(ведомость выдачи) with a signature column «Получил, подпись, дата» — without
the passwords, since it stays with the administrator.  The passwords exist
only in this PDF: the database keeps their hashes.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from ejournal_desktop.printing.fonts import SANS, SANS_BOLD, register_fonts
from ejournal_desktop.printing.kit import PORTRAIT, fit_size, text_width, wrap

SLIP_COLUMNS = 2
SLIP_ROWS = 5
SLIPS_PER_PAGE = SLIP_COLUMNS * SLIP_ROWS
HANDOUT_ROWS = 22
MARGIN = 28.0


@dataclass(frozen=True)
class Slip:
    full_name: str
    login: str
    password: str
    roles: str = ""


def page_count(n: int) -> tuple[int, int]:
    """(slip pages, handout pages) for n accounts."""
    if n <= 0:
        return 0, 0
    return math.ceil(n / SLIPS_PER_PAGE), math.ceil(n / HANDOUT_ROWS)


def _date(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def _fit(c: Canvas, x: float, y: float, text: str, font: str, size: float, width: float) -> None:
    c.setFont(font, fit_size(text, font, size, width, 5) or 5)
    c.drawString(x, y, text)


def _slip(c: Canvas, x: float, y: float, w: float, h: float, slip: Slip, school: str, issued: dt.date,
          program: str) -> None:
    pad = 10.0
    inner = w - 2 * pad
    top = y + h - pad
    c.setFillGray(0.35)
    _fit(c, x + pad, top - 8, school or "Электронный классный журнал", SANS, 7.5, inner)
    c.setFillGray(0)
    _fit(c, x + pad, top - 22, f"Приглашение в электронный журнал «{program}»", SANS_BOLD, 9, inner)
    _fit(c, x + pad, top - 38, slip.full_name, SANS_BOLD, 10.5, inner)
    if slip.roles:
        c.setFillGray(0.35)
        _fit(c, x + pad, top - 49, slip.roles, SANS, 7, inner)
        c.setFillGray(0)
    label_w = 104.0
    box_y = top - 96
    c.setLineWidth(0.6)
    c.setStrokeGray(0.6)
    c.roundRect(x + pad, box_y, inner, 38, 3, stroke=1, fill=0)
    c.setStrokeGray(0)
    c.setFont(SANS, 8.5)
    c.drawString(x + pad + 6, box_y + 23, "Логин:")
    c.drawString(x + pad + 6, box_y + 8, "Временный пароль:")
    _fit(c, x + pad + label_w, box_y + 22, slip.login, SANS_BOLD, 11, inner - label_w - 6)
    _fit(c, x + pad + label_w, box_y + 7, slip.password, SANS_BOLD, 11, inner - label_w - 6)
    c.setFont(SANS, 7.5)
    lines = wrap("Пароль временный: смените его при первом входе. Никому не сообщайте пароль, "
                 "после смены уничтожьте эту карточку.", SANS, 7.5, inner)
    for i, line in enumerate(lines[:2]):
        c.drawString(x + pad, box_y - 11 - i * 9.5, line)
    c.setFillGray(0.35)
    c.setFont(SANS, 7)
    c.drawString(x + pad, y + pad - 2, f"Выдано {_date(issued)}")
    c.setFillGray(0)


def _cut_lines(c: Canvas, xs: Sequence[float], ys: Sequence[float]) -> None:
    c.saveState()
    c.setDash(4, 3)
    c.setLineWidth(0.5)
    c.setStrokeGray(0.45)
    for x in xs:
        c.line(x, min(ys), x, max(ys))
    for y in ys:
        c.line(min(xs), y, max(xs), y)
    c.restoreState()
    c.setFont(SANS, 9)
    c.setFillGray(0.45)
    c.drawString(min(xs) - 12, max(ys) - 3, "✂")
    c.setFillGray(0)


def _footer(c: Canvas, text: str, number: int, total: int) -> None:
    w = PORTRAIT[0]
    c.setFont(SANS, 7)
    c.setFillGray(0.35)
    c.drawString(MARGIN, 14, text)
    label = f"Лист {number} из {total}"
    c.drawString(w - MARGIN - text_width(label, SANS, 7), 14, label)
    c.setFillGray(0)


def _handout(c: Canvas, rows: Sequence[Slip], start: int, school: str, issued: dt.date, first: bool) -> None:
    w, h = PORTRAIT
    x0, x1 = MARGIN + 12, w - MARGIN
    y = h - MARGIN - 8
    c.setFont(SANS_BOLD, 12)
    title = "Ведомость выдачи приглашений в электронный журнал"
    c.drawString((w - text_width(title, SANS_BOLD, 12)) / 2, y, title)
    y -= 16
    c.setFont(SANS, 9)
    sub = f"{school}{' · ' if school else ''}подготовлена {_date(issued)}"
    _fit(c, x0, y, sub, SANS, 9, x1 - x0)
    y -= 12
    if first:
        c.setFont(SANS, 8)
        for line in wrap("Сотрудник получает приглашение лично и расписывается. Временный пароль в ведомость "
                         "не вносится; при первом входе программа требует сменить его.", SANS, 8, x1 - x0):
            c.drawString(x0, y, line)
            y -= 10
    y -= 6
    cols = [("№", 24.0), ("ФИО", 235.0), ("Логин", 95.0), ("Получил, подпись, дата", 0.0)]
    widths = [cw for _, cw in cols]
    widths[-1] = (x1 - x0) - sum(widths[:-1])
    xs = [x0]
    for cw in widths:
        xs.append(xs[-1] + cw)
    head_h, row_h = 18.0, 26.0
    c.setFillGray(0.92)
    c.rect(x0, y - head_h, x1 - x0, head_h, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont(SANS_BOLD, 8.5)
    for (label, _), xa, xb in zip(cols, xs, xs[1:], strict=False):
        c.drawString(xa + (xb - xa - text_width(label, SANS_BOLD, 8.5)) / 2, y - 12.5, label)
    ys = [y, y - head_h]
    cy = y - head_h
    for i, slip in enumerate(rows):
        c.setFont(SANS, 9)
        num = str(start + i + 1)
        c.drawString(xs[1] - 5 - text_width(num, SANS, 9), cy - 16, num)
        _fit(c, xs[1] + 4, cy - 16, slip.full_name, SANS, 9, widths[1] - 8)
        _fit(c, xs[2] + 4, cy - 16, slip.login, SANS, 9, widths[2] - 8)
        cy -= row_h
        ys.append(cy)
    c.setLineWidth(0.5)
    c.lines([(xv, ys[-1], xv, ys[0]) for xv in xs] + [(x0, yv, x1, yv) for yv in ys])
    if len(rows) and cy > 110:
        c.setFont(SANS, 9)
        c.drawString(x0, cy - 34, "Выдал администратор ЭЖ: ______________________ / ______________________ /")
        c.drawString(x0, cy - 52, "Дата: «____» ______________ 20____ г.")


def render_slips(slips: Sequence[Slip], out: str | Path | BinaryIO, *, school: str = "",
                 issued: dt.date | None = None, program: str = "ЭЖ-Десктоп") -> int:
    """Write the slips and the handout sheet; returns the number of pages."""
    if not slips:
        raise ValueError("no accounts to print")
    register_fonts()
    day = issued or dt.date.today()
    slip_pages, hand_pages = page_count(len(slips))
    total = slip_pages + hand_pages
    target: str | BinaryIO = str(out) if isinstance(out, (str, Path)) else out
    c = Canvas(target, pagesize=PORTRAIT, pageCompression=1)
    c.setTitle("Приглашения в электронный журнал")
    c.setAuthor(program)
    c.setCreator(program)
    w, h = PORTRAIT
    cell_w = (w - 2 * MARGIN) / SLIP_COLUMNS
    cell_h = (h - 2 * MARGIN - 6) / SLIP_ROWS
    page = 0
    for p in range(slip_pages):
        page += 1
        chunk = slips[p * SLIPS_PER_PAGE:(p + 1) * SLIPS_PER_PAGE]
        top = h - MARGIN
        for i, slip in enumerate(chunk):
            col, row = i % SLIP_COLUMNS, i // SLIP_COLUMNS
            _slip(c, MARGIN + col * cell_w, top - (row + 1) * cell_h, cell_w, cell_h, slip, school, day, program)
        used_rows = math.ceil(len(chunk) / SLIP_COLUMNS)
        used_cols = SLIP_COLUMNS if len(chunk) > 1 else 1
        _cut_lines(c, [MARGIN + k * cell_w for k in range(used_cols + 1)],
                   [top - k * cell_h for k in range(used_rows + 1)])
        _footer(c, "Приглашения: разрезать по пунктиру и выдать лично под подпись в ведомости", page, total)
        c.showPage()
    for p in range(hand_pages):
        page += 1
        chunk = slips[p * HANDOUT_ROWS:(p + 1) * HANDOUT_ROWS]
        _handout(c, chunk, p * HANDOUT_ROWS, school, day, p == 0)
        _footer(c, "Ведомость выдачи приглашений", page, total)
        c.showPage()
    c.save()
    return total
