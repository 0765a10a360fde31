"""A report (services.reports.ReportResult) as a PDF: A4, landscape when the table is wide.

The title and parameters on top, each table with its header repeated on every
page, the totals row in bold, the notes with the denominators, a bar chart
where the report has one, page numbers and the time it was made at the foot.
Cells are formatted by :func:`services.reports.base.format_value`, so the PDF
reads exactly like the screen and the Excel file.
"""

from __future__ import annotations

import importlib.resources
import io
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from ejournal_desktop.services.reports.base import (
    CENTRED_KINDS,
    Chart,
    Kind,
    ReportResult,
    ReportTable,
    format_value,
)

SANS = "EJ-Report-Sans"
SANS_BOLD = "EJ-Report-Sans-Bold"
COND = "EJ-Report-Cond"
COND_BOLD = "EJ-Report-Cond-Bold"
_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    COND: "DejaVuSansCondensed.ttf",
    COND_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
_SYSTEM_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
                Path("/usr/share/fonts/TTF"), Path("/Library/Fonts"), Path("C:/Windows/Fonts"))

MARGIN = 36.0  # half an inch
BODY_SIZE = 8.0
HEADER_SIZE = 7.5
PADDING = 3.0
SERIES_COLOURS = (colors.HexColor("#3b6ea5"), colors.HexColor("#e39b3b"), colors.HexColor("#6aa84f"),
                  colors.HexColor("#a64d79"))


class FontMissing(RuntimeError):
    """No Cyrillic TrueType font was found: Russian text cannot be printed."""


def _font_file(name: str) -> str:
    try:
        packaged = importlib.resources.files("ejournal_desktop.resources") / "fonts" / name
        if packaged.is_file():
            return str(packaged)
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        pass
    for folder in _SYSTEM_DIRS:
        if (folder / name).is_file():
            return str(folder / name)
    raise FontMissing(f"Не найден шрифт {name}: без него русский текст не напечатать. "
                      "Переустановите программу (шрифты DejaVu входят в её состав).")


def register_fonts() -> None:
    for name, file_name in _FILES.items():
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, _font_file(file_name)))


def _styles(condensed: bool) -> dict[str, ParagraphStyle]:
    regular, bold = (COND, COND_BOLD) if condensed else (SANS, SANS_BOLD)
    return {
        "title": ParagraphStyle("title", fontName=SANS_BOLD, fontSize=14, leading=17, spaceAfter=3),
        "subtitle": ParagraphStyle("subtitle", fontName=SANS, fontSize=9, leading=11, spaceAfter=8,
                                   textColor=colors.HexColor("#333333")),
        "heading": ParagraphStyle("heading", fontName=SANS_BOLD, fontSize=11, leading=14, spaceBefore=8,
                                  spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=BODY_SIZE, leading=BODY_SIZE + 1.5),
        "cell_bold": ParagraphStyle("cell_bold", fontName=bold, fontSize=BODY_SIZE, leading=BODY_SIZE + 1.5),
        "header": ParagraphStyle("header", fontName=bold, fontSize=HEADER_SIZE, leading=HEADER_SIZE + 1.5,
                                 alignment=1),
        "note": ParagraphStyle("note", fontName=SANS, fontSize=7.5, leading=9.5,
                               textColor=colors.HexColor("#444444"), spaceBefore=1),
    }


def _natural_widths(table: ReportTable, font: str, bold: str) -> tuple[list[float], list[float]]:
    """(natural width, least width) of each column: the longest cell, the longest header word."""
    natural, least = [], []
    body = [(row, font) for row in table.rows]
    if table.totals is not None:
        body.append((table.totals, bold))
    for i, column in enumerate(table.columns):
        texts = [(format_value(row[i], column.kind), face) for row, face in body]
        cell = max((pdfmetrics.stringWidth(x, face, BODY_SIZE) for x, face in texts), default=0.0)
        words = column.title.split() or [""]
        word = max(pdfmetrics.stringWidth(w, bold, HEADER_SIZE) for w in words)
        header = pdfmetrics.stringWidth(column.title, bold, HEADER_SIZE)
        if column.kind is Kind.TEXT:
            longest_word = max((pdfmetrics.stringWidth(w, face, BODY_SIZE) for x, face in texts for w in x.split()),
                               default=0.0)
            natural.append(max(cell, word, min(header, 90.0)) + 2 * PADDING)
            least.append(max(min(longest_word, 120.0), word, 24.0) + 2 * PADDING)
        else:
            natural.append(max(cell, word, min(header, 60.0)) + 2 * PADDING)
            least.append(max(cell, word) + 2 * PADDING)
    return natural, least


def _shrink(widths: list[float], least: list[float], which: list[bool], available: float) -> list[float]:
    for _ in range(20):
        excess = sum(widths) - available
        if excess <= 0.5:
            break
        slack = [w - m if ok else 0.0 for w, m, ok in zip(widths, least, which, strict=True)]
        room = sum(s for s in slack if s > 0)
        if room <= 0:
            break
        cut = min(1.0, excess / room)
        widths = [w - s * cut if s > 0 else w for w, s in zip(widths, slack, strict=True)]
    return widths


def _fit(natural: list[float], least: list[float], text: list[bool], available: float) -> list[float]:
    """Make the table fit: first wrap the headers of figures, then the text columns, then scale."""
    widths = list(natural)
    if sum(widths) <= available:
        return widths
    widths = _shrink(widths, least, [not x for x in text], available)
    widths = _shrink(widths, least, text, available)
    if sum(widths) > available:  # still too wide: scale everything (text wraps, numbers stay readable)
        k = available / sum(widths)
        widths = [w * k for w in widths]
    return widths


def _needs_landscape(table: ReportTable) -> bool:
    natural, least = _natural_widths(table, SANS, SANS_BOLD)
    portrait = A4[0] - 2 * MARGIN
    return sum(least) > portrait or (sum(natural) > portrait * 1.25 and len(table.columns) > 6)


def _table_flowable(table: ReportTable, available: float, condensed: bool) -> LongTable:
    styles = _styles(condensed)
    font, bold = (COND, COND_BOLD) if condensed else (SANS, SANS_BOLD)
    natural, least = _natural_widths(table, font, bold)
    widths = _fit(natural, least, [c.kind is Kind.TEXT for c in table.columns], available)
    header = [Paragraph(escape(c.title), styles["header"]) for c in table.columns]
    data: list[list[Any]] = [header]
    heights: list[float | None] = [None]
    one_line = BODY_SIZE + 1.5 + 4  # leading and the top and bottom padding
    body = [*table.rows, *([table.totals] if table.totals is not None else [])]
    for r, row in enumerate(body):
        is_totals = table.totals is not None and r == len(body) - 1
        cells: list[Any] = []
        face = bold if is_totals else font
        wraps = False
        for value, column, width in zip(row, table.columns, widths, strict=True):
            text = format_value(value, column.kind)
            # a Paragraph only where the text must wrap: plain strings are many times faster to lay out
            if column.kind is Kind.TEXT and value is not None and (
                    pdfmetrics.stringWidth(text, face, BODY_SIZE) > width - 2 * PADDING):
                cells.append(Paragraph(escape(text), styles["cell_bold" if is_totals else "cell"]))
                wraps = True
            else:
                cells.append(text)
        data.append(cells)
        heights.append(None if wraps else one_line)
    flowable = LongTable(data, colWidths=widths, rowHeights=heights, repeatRows=1, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), font, BODY_SIZE),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f8f9fb")]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for i, column in enumerate(table.columns):
        if column.numeric:
            style.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
        elif column.kind in CENTRED_KINDS:
            style.append(("ALIGN", (i, 1), (i, -1), "CENTER"))
    if table.totals is not None:
        style.append(("FONT", (0, -1), (-1, -1), bold, BODY_SIZE))
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f0f0f0")))
    flowable.setStyle(TableStyle(style))
    return flowable


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | Decimal) else 0.0


def _chart_flowable(table: ReportTable, chart: Chart, width: float) -> Drawing | None:
    labels_at = table.index(chart.category)
    series_at = [table.index(k) for k in chart.series]
    rows = [r for r in table.rows if any(r[i] is not None for i in series_at)]
    if not rows or len(rows) > 40:
        return None
    kind = table.columns[series_at[0]].kind
    scale = 100.0 if kind is Kind.PERCENT else 1.0
    data = [[_number(r[i]) * scale for r in rows] for i in series_at]
    height = 170.0
    drawing = Drawing(width, height + 30)
    drawing.add(String(0, height + 18, chart.title, fontName=SANS_BOLD, fontSize=9))
    bars = VerticalBarChart()
    bars.x, bars.y = 34, 28
    bars.width = min(width - 190, max(120.0, 46.0 * len(rows) * len(series_at)))
    bars.height = height - 40
    bars.data = data
    bars.categoryAxis.categoryNames = [str(r[labels_at] or "")[:18] for r in rows]
    bars.categoryAxis.labels.fontName = SANS
    bars.categoryAxis.labels.fontSize = 7
    bars.categoryAxis.labels.angle = 30 if len(rows) > 6 else 0
    bars.categoryAxis.labels.boxAnchor = "ne" if len(rows) > 6 else "n"
    bars.valueAxis.labels.fontName = SANS
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    top = max((max(s) for s in data if s), default=0.0)
    if kind is Kind.PERCENT:
        bars.valueAxis.valueMax = 100
        bars.valueAxis.valueStep = 20
        bars.valueAxis.labelTextFormat = "%d %%"
    else:
        bars.valueAxis.valueMax = max(1.0, top * 1.1)
    for i in range(len(series_at)):
        bars.bars[i].fillColor = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        bars.bars[i].strokeColor = None
    drawing.add(bars)
    legend = Legend()
    legend.x, legend.y = bars.x + bars.width + 16, height - 10
    legend.fontName, legend.fontSize = SANS, 8
    legend.alignment = "right"
    legend.colorNamePairs = [(SERIES_COLOURS[i % len(SERIES_COLOURS)], table.columns[k].title)
                             for i, k in enumerate(series_at)]
    drawing.add(legend)
    return drawing


def _footer(result: ReportResult) -> Any:
    made = format_value(result.generated_at, Kind.DATETIME)

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(MARGIN, MARGIN / 2, f"{result.title} · сформировано {made}")
        canvas.drawRightString(doc.pagesize[0] - MARGIN, MARGIN / 2, f"Стр. {doc.page}")
        canvas.restoreState()

    return draw


def render(result: ReportResult, out: Any) -> None:
    register_fonts()
    wide = any(_needs_landscape(t) for t in result.tables)
    pagesize = landscape(A4) if wide else A4
    available = pagesize[0] - 2 * MARGIN
    doc = SimpleDocTemplate(out, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=result.title, subject=result.subtitle,
                            author="ЭЖ-Десктоп", creator="ЭЖ-Десктоп")
    styles = _styles(False)
    story: list[Any] = [Paragraph(escape(result.title), styles["title"]),
                        Paragraph(escape(result.subtitle), styles["subtitle"])]
    for table in result.tables:
        natural, _ = _natural_widths(table, SANS, SANS_BOLD)
        condensed = sum(natural) > available
        heading = Paragraph(escape(table.title), styles["heading"])
        if table.rows or table.totals is not None:
            story.append(KeepTogether([heading, _table_flowable(table, available, condensed)])
                         if len(table.rows) < 25 else heading)
            if len(table.rows) >= 25:
                story.append(_table_flowable(table, available, condensed))
        else:
            story.append(heading)
            story.append(Paragraph(escape("Нет данных."), styles["note"]))
        for note in table.notes:
            story.append(Paragraph(escape(note), styles["note"]))
        if table.chart is not None:
            drawing = _chart_flowable(table, table.chart, available)
            if drawing is not None:
                story.append(Spacer(1, 6))
                story.append(drawing)
    if result.notes:
        story.append(Spacer(1, 6))
        for note in result.notes:
            story.append(Paragraph(escape(note), styles["note"]))
    footer = _footer(result)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def write_pdf(result: ReportResult, path: str | Path) -> Path:
    target = Path(path)
    with open(target, "wb") as fh:
        render(result, fh)
    return target


def pdf_bytes(result: ReportResult) -> bytes:
    buffer = io.BytesIO()
    render(result, buffer)
    return buffer.getvalue()
