"""Canvas-level drawing for the printed forms: pages, fitted and wrapped text, grids.

Big tables are drawn straight on the reportlab canvas (one text object and one
path of lines per page), which is about twice as fast as platypus tables.
Every document is first *planned* as a list of :class:`Page` (so the number of
sheets is known before the title sheet that states it is drawn), then drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas

from ejournal_desktop.printing.fonts import COND, COND_BOLD, SANS, SANS_BOLD, register_fonts

PORTRAIT = (float(A4[0]), float(A4[1]))
LANDSCAPE = (float(landscape(A4)[0]), float(landscape(A4)[1]))

# margins: the left one is wider for binding (прошивка)
MARGIN_LEFT = 48.0
MARGIN_RIGHT = 24.0
MARGIN_TOP = 26.0
MARGIN_BOTTOM = 32.0
FOOTER_Y = 16.0

__all__ = [
    "COND", "COND_BOLD", "LANDSCAPE", "PORTRAIT", "SANS", "SANS_BOLD",
    "Document", "Entry", "Page", "PageInfo", "TextBatch", "fit_size", "text_width", "wrap",
]

_widths: dict[tuple[str, str, float], float] = {}


def text_width(text: str, font: str, size: float) -> float:
    key = (text, font, size)
    w = _widths.get(key)
    if w is None:
        if len(_widths) > 200_000:
            _widths.clear()
        try:
            w = float(stringWidth(text, font, size))
        except KeyError:  # the fonts are registered on first use
            register_fonts()
            w = float(stringWidth(text, font, size))
        _widths[key] = w
    return w


def fit_size(text: str, font: str, size: float, width: float, min_size: float) -> float | None:
    """The largest size from ``size`` down to ``min_size`` (steps of 0.5) at which the text fits."""
    w = text_width(text, font, size)
    if w <= width:
        return size
    # width is linear in size: jump straight to the fitting size, rounded down to 0.5
    guess = int(size * width / w * 2) / 2
    while guess >= min_size:
        if text_width(text, font, guess) <= width:
            return guess
        guess -= 0.5
    return None


def _split_long_word(word: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    cur = ""
    for ch in word:
        if cur and text_width(cur + ch, font, size) > width:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a word longer than the width is cut by characters. Keeps line breaks."""
    lines: list[str] = []
    for para in text.replace("\r", "").split("\n"):
        words = para.split()
        if not words:
            if lines:
                lines.append("")
            continue
        space = text_width(" ", font, size)
        cur = ""
        cur_w = 0.0
        for word in words:
            ww = text_width(word, font, size)
            if ww > width:
                if cur:
                    lines.append(cur)
                pieces = _split_long_word(word, font, size, width)
                lines.extend(pieces[:-1])
                cur = pieces[-1]
                cur_w = text_width(cur, font, size)
                continue
            if not cur:
                cur, cur_w = word, ww
            elif cur_w + space + ww <= width:
                cur += " " + word
                cur_w += space + ww
            else:
                lines.append(cur)
                cur, cur_w = word, ww
        if cur:
            lines.append(cur)
    while lines and not lines[-1]:
        lines.pop()
    return lines


class _Runs:
    """Per-document cache: a text in a font → its (subset font name, escaped bytes) runs.

    TrueType fonts are embedded as 256-glyph subsets assigned per document; the
    runs of a text are computed once (``splitString``/``getSubsetInternalName``,
    the documented way to write dynamic fonts) and reused for every cell
    showing the same text.
    """

    def __init__(self, canvas: Canvas) -> None:
        self.doc = canvas._doc
        self.escape = canvas._escape
        self.runs: dict[tuple[str, str], list[tuple[str, str]]] = {}

    def of(self, font_name: str, text: str) -> list[tuple[str, str]]:
        key = (font_name, text)
        runs = self.runs.get(key)
        if runs is None:
            font = getFont(font_name)
            runs = [(font.getSubsetInternalName(subset, self.doc), self.escape(chunk))
                    for subset, chunk in font.splitString(text, self.doc)]
            self.runs[key] = runs
        return runs


def _runs(canvas: Canvas) -> _Runs:
    cache = getattr(canvas, "_ej_runs", None)
    if cache is None or cache.doc is not canvas._doc:
        cache = _Runs(canvas)
        setattr(canvas, "_ej_runs", cache)  # noqa: B010 - an attribute reportlab's Canvas does not declare
    return cache


class TextBatch:
    """All the text of a page in one PDF text block, written as operators.

    Much cheaper than ``drawString`` per cell: one ``BT … ET`` block, each
    distinct text encoded once per document.  Text is drawn in black.
    """

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.runs = _runs(canvas)
        self.code: list[str] = []
        self.current: tuple[str, float] | None = None

    def left(self, x: float, y: float, text: str, font: str, size: float) -> None:
        if not text:
            return
        code = self.code
        code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for name, chunk in self.runs.of(font, text):
            if self.current != (name, size):
                code.append(f"{name} {size:g} Tf")
                self.current = (name, size)
            code.append(f"({chunk}) Tj")

    def center(self, x0: float, x1: float, y: float, text: str, font: str, size: float) -> None:
        if text:
            self.left((x0 + x1 - text_width(text, font, size)) / 2, y, text, font, size)

    def right(self, x: float, y: float, text: str, font: str, size: float) -> None:
        if text:
            self.left(x - text_width(text, font, size), y, text, font, size)

    def flush(self) -> None:
        if self.code:
            self.canvas.addLiteral("BT 0 g " + " ".join(self.code) + " ET")
        self.code = []
        self.current = None


def rotated_text(canvas: Canvas, x: float, y: float, lines: Sequence[str], font: str, size: float,
                 line_gap: float) -> None:
    """Text turned 90° (reading upwards), first line at ``x``, baseline going up from ``y``."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.rotate(90)
    canvas.setFont(font, size)
    for i, line in enumerate(lines):
        canvas.drawString(0, -i * line_gap, line)
    canvas.restoreState()


def grid(canvas: Canvas, xs: Sequence[float], ys: Sequence[float], *, width: float = 0.4) -> None:
    """Lines at every x from the top to the bottom y and at every y from the first to the last x."""
    if not xs or not ys:
        return
    top, bottom = max(ys), min(ys)
    left, right = min(xs), max(xs)
    segs = [(x, bottom, x, top) for x in xs] + [(left, y, right, y) for y in ys]
    canvas.setLineWidth(width)
    canvas.lines(segs)


def frame(canvas: Canvas, x0: float, y0: float, x1: float, y1: float, width: float = 0.9) -> None:
    canvas.setLineWidth(width)
    canvas.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=0)


@dataclass(frozen=True)
class PageInfo:
    number: int  # sheet number, from 1
    total: int


@dataclass
class Page:
    size: tuple[float, float]
    draw: Callable[[Canvas, PageInfo], None]
    section: str = ""  # what the page is (for the contents and for tests)


@dataclass(frozen=True)
class Entry:
    """A line of a title sheet's contents: a section and its sheets."""

    label: str
    first: int
    last: int

    @property
    def sheets(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}–{self.last}"


@dataclass
class Document:
    """A planned document: its pages, drawn in one pass once all are known."""

    title: str
    footer: str
    pages: list[Page] = field(default_factory=list)
    author: str = "ЭЖ-Десктоп"
    numbered: bool = True
    contents: list[Entry] = field(default_factory=list)
    subject: str = ""  # the PDF's «Subject»: a certified journal keeps its digest there

    def extend(self, pages: Iterable[Page]) -> None:
        self.pages.extend(pages)

    def render(self, out: str | Path | BinaryIO, *,
               progress: Callable[[int, int], None] | None = None) -> int:
        """Draw every page into ``out`` (a path or a binary file); returns the number of sheets."""
        register_fonts()
        saved_a85 = rl_config.useA85
        rl_config.useA85 = 0  # binary (deflated) streams: smaller files, no ASCII85 pass
        try:
            return self._render(out, progress)
        finally:
            rl_config.useA85 = saved_a85

    def _render(self, out: str | Path | BinaryIO, progress: Callable[[int, int], None] | None) -> int:
        target: BinaryIO | str = str(out) if isinstance(out, (str, Path)) else out
        total = len(self.pages)
        canvas = Canvas(target, pagesize=self.pages[0].size if self.pages else PORTRAIT,
                        pageCompression=1, invariant=0)
        canvas.setTitle(self.title)
        canvas.setAuthor(self.author)
        canvas.setCreator("ЭЖ-Десктоп")
        if self.subject:
            canvas.setSubject(self.subject)
        for index, page in enumerate(self.pages):
            canvas.setPageSize(page.size)
            info = PageInfo(index + 1, total)
            page.draw(canvas, info)
            if self.numbered:
                self._footer(canvas, page.size, info)
            canvas.showPage()
            if progress is not None:
                progress(index + 1, total)
        canvas.save()
        return total

    def _footer(self, canvas: Canvas, size: tuple[float, float], info: PageInfo) -> None:
        w = size[0]
        batch = TextBatch(canvas)
        batch.right(w - MARGIN_RIGHT, FOOTER_Y, f"Лист {info.number} из {info.total}", SANS_BOLD, 8)
        foot = self.footer
        fs = fit_size(foot, SANS, 7, w - MARGIN_LEFT - MARGIN_RIGHT - 90, 5) or 5
        batch.left(MARGIN_LEFT, FOOTER_Y, foot, SANS, fs)
        batch.flush()
