"""Documents of one student: the consent form (152-ФЗ), the extract of marks (выписка) for a
student leaving the class, and the year-marks sheet for the personal file (личное дело).

The data comes from :mod:`ejournal_desktop.services.students`; nothing here reads the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from ejournal_desktop.printing.fonts import COND, SANS, SANS_BOLD, register_fonts
from ejournal_desktop.services.students import ConsentFormData, MarksExtract, YearMarksSheet

MARGIN = 42.0


def _d(day: dt.date | None) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}" if day else "____________"


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=SANS, fontSize=9.5, leading=13)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "cell": ParagraphStyle("cell", parent=base, fontName=COND, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", parent=base, fontName=COND, fontSize=8, leading=9.5, alignment=1),
        "title": ParagraphStyle("title", parent=base, fontName=SANS_BOLD, fontSize=13, leading=17, alignment=1,
                                spaceAfter=4),
        "center": ParagraphStyle("center", parent=base, alignment=1),
        "school": ParagraphStyle("school", parent=base, fontSize=9, alignment=1, textColor=colors.HexColor("#333333")),
        "just": ParagraphStyle("just", parent=base, alignment=4),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _b(text: str) -> str:
    return f"<b>{escape(text)}</b>"


def _build(story: list[Any], out: str | Path | BinaryIO, title: str, pagesize: tuple[float, float]) -> int:
    pages: list[int] = []

    def footer(canvas: Any, doc: Any) -> None:
        pages.append(doc.page)
        canvas.saveState()
        canvas.setFont(SANS, 7)
        canvas.setFillGray(0.4)
        canvas.drawString(MARGIN, 18, f"{title} · ЭЖ-Десктоп")
        canvas.drawRightString(pagesize[0] - MARGIN, 18, f"Лист {doc.page}")
        canvas.restoreState()

    target: str | BinaryIO = str(out) if isinstance(out, (str, Path)) else out
    doc = SimpleDocTemplate(target, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=title, author="ЭЖ-Десктоп", creator="ЭЖ-Десктоп")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return max(pages) if pages else 0


def _table_style(header_rows: int = 1) -> TableStyle:
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), COND, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ])


def _signatures(st: dict[str, ParagraphStyle], director: str, homeroom: str, made_on: dt.date) -> KeepTogether:
    lines = [
        f"Директор ______________________ / {escape(director) or '______________________'} /",
        f"Классный руководитель ______________________ / {escape(homeroom) or '______________________'} /",
        f"Дата выдачи {_d(made_on)}",
    ]
    stamp = ParagraphStyle("stamp", parent=st["base"], alignment=2)
    return KeepTogether([Spacer(1, 14), *[Paragraph(line, st["base"]) for line in lines], Paragraph("М. П.", stamp)])


# --- the consent form -----------------------------------------------------------------------------


CATEGORIES = (
    "фамилия, имя, отчество, дата рождения, пол обучающегося; номер личного дела; класс;",
    "сведения о зачислении, переводе и выбытии (движение обучающихся);",
    "текущие, четвертные (полугодовые), годовые, экзаменационные и итоговые отметки, посещаемость уроков, "
    "темы уроков и домашние задания;",
    "фамилия, имя, отчество родителя (законного представителя), степень родства, номер телефона, адрес "
    "электронной почты, адрес проживания.",
)


def render_consent_form(data: ConsentFormData, out: str | Path | BinaryIO) -> int:
    """Согласие родителя (законного представителя) на обработку персональных данных обучающегося."""
    return render_consent_forms([data], out)


def render_consent_forms(forms: Sequence[ConsentFormData], out: str | Path | BinaryIO) -> int:
    """Several consent forms in one PDF, each starting on a new page (to print them in one go)."""
    st = _styles()
    story: list[Any] = []
    for i, data in enumerate(forms):
        if i:
            story.append(PageBreak())
        story += _consent_story(data, st)
    return _build(story, out, "Согласие на обработку персональных данных", (float(A4[0]), float(A4[1])))


def _consent_story(data: ConsentFormData, st: dict[str, ParagraphStyle]) -> list[Any]:
    blank = "_" * 46
    parent = data.parent or blank
    story: list[Any] = [
        _p(data.school or "Образовательная организация", st["school"]),
        Spacer(1, 8),
        _p("СОГЛАСИЕ\nна обработку персональных данных", st["title"]),
        _p("(Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»)", st["center"]),
        Spacer(1, 12),
        Paragraph(f"Я, {_b(parent)},", st["just"]),
        Paragraph(f"родитель (законный представитель; степень родства: {escape(data.relation or '__________')}) "
                  f"обучающегося: {_b(data.student)}, дата рождения {_d(data.birth_date)}, класс "
                  f"{escape(data.class_name or '_____')},", st["base"]),
        Paragraph("документ, удостоверяющий личность: ____________ серия ________ № ______________, выдан "
                  "_____________________________________________________________ «____» __________ ______ г.,",
                  st["base"]),
        Paragraph(f"телефон: {escape(data.phone or '______________________')}, адрес проживания: "
                  f"{escape(data.address or '_' * 40)},", st["just"]),
        Spacer(1, 6),
        Paragraph(f"даю согласие {_b(data.school or 'образовательной организации')} (далее — оператор) на "
                  f"обработку персональных данных моего ребёнка и моих персональных данных в целях: "
                  f"{escape(data.purpose)}.", st["just"]),
        Spacer(1, 6),
        _p("Перечень персональных данных, на обработку которых даётся согласие:", st["base"]),
    ]
    story += [_p(f"— {c}", st["just"]) for c in CATEGORIES]
    story += [
        Spacer(1, 6),
        _p("Перечень действий: сбор, запись, систематизация, накопление, хранение, уточнение (обновление, "
           "изменение), извлечение, использование, передача (предоставление, доступ) в случаях, предусмотренных "
           "законодательством, обезличивание, блокирование, удаление, уничтожение. Обработка ведётся в "
           "электронном классном журнале с использованием средств автоматизации и без них; сведения "
           "хранятся в сроки, установленные номенклатурой дел оператора (сводная ведомость итоговых отметок — "
           "25 лет).", st["just"]),
        Spacer(1, 6),
        _p("Согласие действует на период обучения ребёнка в образовательной организации и в течение срока "
           "хранения документов. Согласие может быть отозвано мною в любой момент письменным заявлением на имя "
           "руководителя оператора (ч. 2 ст. 9 Федерального закона № 152-ФЗ).", st["just"]),
        Spacer(1, 22),
        _p("«____» ________________ 20____ г.    Подпись ______________ / Расшифровка ______________________ /",
           st["base"]),
        Spacer(1, 18),
        _p("Отметка о получении (заполняет школа): согласие принято «____» __________ 20____ г., внесено в "
           "электронный журнал ______________________", st["small"]),
    ]
    return story


def _short_periods(names: Sequence[str]) -> list[str]:
    return [p.replace(" четверть", " четв.").replace(" полугодие", " полуг.").replace(" триместр", " трим.")
            for p in names]


# --- the extract of marks --------------------------------------------------------------------------


def _marks_text(marks: Sequence[tuple[dt.date, str]]) -> str:
    return ", ".join(f"{v} ({d.day:02d}.{d.month:02d})" for d, v in marks)


def render_marks_extract(ex: MarksExtract, out: str | Path | BinaryIO) -> int:
    """Выписка отметок для учащегося, выбывающего в другой класс или школу."""
    st = _styles()
    page = (float(landscape(A4)[0]), float(landscape(A4)[1]))
    width = page[0] - 2 * MARGIN
    left = "по настоящее время" if ex.in_class_to is None else f"по {_d(ex.in_class_to)}"
    story: list[Any] = [
        _p(ex.school or "Образовательная организация", st["school"]),
        Spacer(1, 4),
        _p("ВЫПИСКА ИЗ КЛАССНОГО ЖУРНАЛА\nтекущие и итоговые отметки обучающегося", st["title"]),
        Spacer(1, 4),
        Paragraph(f"Обучающийся: {_b(ex.student)}, дата рождения {_d(ex.birth_date)}, "
                  f"личное дело № {escape(ex.personal_file_no)}", st["base"]),
        Paragraph(f"Класс {_b(ex.class_name)}, учебный год {escape(ex.year_name)}; в классе с {_d(ex.in_class_from)} "
                  f"{left}.", st["base"]),
        Paragraph(f"Текущие отметки — {escape(ex.period_name)}, с {_d(ex.span_from)} по {_d(ex.span_to)}.",
                  st["base"]),
        Spacer(1, 8),
    ]
    head = ["Предмет", "Текущие отметки (дата)", "Средний балл", *_short_periods(ex.periods),
            "Пропущено уроков (по болезни)"]
    fixed = 130 + 50 + 50 * len(ex.periods) + 70
    widths = [130.0, max(160.0, width - fixed), 50.0, *([50.0] * len(ex.periods)), 70.0]
    rows: list[list[Any]] = [[_p(h, st["head"]) for h in head]]
    for s in ex.subjects:
        rows.append([_p(s.subject, st["cell"]), _p(_marks_text(s.marks) or "—", st["cell"]), s.mean or "—",
                     *[m or "" for m in s.period_marks],
                     f"{s.missed} ({s.missed_ill})" if s.missed else "—"])
    if len(rows) == 1:
        rows.append([_p("Нагрузки в классе нет", st["cell"]), "", "", *([""] * len(ex.periods)), ""])
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    style = _table_style()
    style.add("ALIGN", (1, 1), (1, -1), "LEFT")
    style.add("FONT", (2, 1), (-2, -1), SANS_BOLD, 9)
    table.setStyle(style)
    story += [table, Spacer(1, 4),
              _p("Средний балл — взвешенный по видам работ; отметки за периоды — выставленные на дату выписки. "
                 "В скобках после отметки — дата урока.", st["small"]),
              _signatures(st, ex.director, ex.homeroom, ex.made_on)]
    return _build(story, out, f"Выписка отметок — {ex.student}", page)


# --- the year-marks sheet for the personal file -------------------------------------------------------


def render_year_marks(sheet: YearMarksSheet, out: str | Path | BinaryIO) -> int:
    """Ведомость отметок за учебный год для личного дела обучающегося."""
    st = _styles()
    page = (float(A4[0]), float(A4[1]))
    width = page[0] - 2 * MARGIN
    story: list[Any] = [
        _p(sheet.school or "Образовательная организация", st["school"]),
        Spacer(1, 4),
        _p(f"ВЕДОМОСТЬ ОТМЕТОК\nза {sheet.year_name} учебный год", st["title"]),
        _p("(для личного дела обучающегося)", st["center"]),
        Spacer(1, 8),
        Paragraph(f"Обучающийся: {_b(sheet.student)}, дата рождения {_d(sheet.birth_date)}", st["base"]),
        Paragraph(f"Личное дело № {_b(sheet.personal_file_no)}; класс {_b(sheet.class_name)}", st["base"]),
    ]
    for m in sheet.movement:
        order_out = f", приказ {escape(m.order_out)}" if m.order_out else ""
        out_text = f", выбыл(а) {_d(m.date_to)} ({escape(m.reason_out)}{order_out})" if m.date_to else ""
        story.append(Paragraph(f"{escape(m.class_name)}: зачислен(а) {_d(m.date_from)}"
                               f"{', приказ ' + escape(m.order_in) if m.order_in else ''}{out_text}", st["small"]))
    story.append(Spacer(1, 8))
    n = len(sheet.periods)
    head = ["№", "Предмет", *_short_periods(sheet.periods), "Годовая", "Экзамен", "Итоговая"]
    mark_w = 54.0
    subject_w = width - 22 - mark_w * (n + 3)
    rows: list[list[Any]] = [[_p(h, st["head"]) for h in head]]
    for i, r in enumerate(sheet.rows, 1):
        rows.append([str(i), _p(r.subject, st["cell"]), *r.period_marks, r.year, r.exam, r.final])
    table = LongTable(rows, colWidths=[22.0, subject_w, *([mark_w] * (n + 3))], repeatRows=1)
    style = _table_style()
    style.add("FONT", (2, 1), (-1, -1), SANS_BOLD, 9.5)
    style.add("ALIGN", (1, 1), (1, -1), "LEFT")
    table.setStyle(style)
    story += [table, Spacer(1, 8),
              Paragraph(f"Пропущено уроков за год: {_b(str(sheet.missed))}, из них по болезни: "
                        f"{_b(str(sheet.missed_ill))}.", st["base"]),
              Paragraph("Решение педагогического совета: ________________________________________________ "
                        "(протокол № ______ от «____» __________ 20____ г.)", st["base"]),
              _signatures(st, sheet.director, sheet.homeroom, sheet.made_on)]
    return _build(story, out, f"Ведомость отметок — {sheet.student}", page)
