"""Reports saved as Excel and PDF, read back; and ``ejournal report`` on the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from ejournal_desktop.exchange.report_xlsx import report_workbook, sheet_title, write_xlsx, xlsx_bytes
from ejournal_desktop.printing.report_pdf import pdf_bytes, write_pdf
from ejournal_desktop.services.reports import compute, report_list
from tests.factory import School
from tests.test_reports import TODAY, fill_q1, params


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def pdf_sizes(data: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(io.BytesIO(data)).pages]


# --- Excel --------------------------------------------------------------------------------------------------


def test_xlsx_of_a_class_progress(school: School, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fill_q1(school, monkeypatch)
    result = compute("progress", school.deputy, params(school, "5А"))
    path = write_xlsx(result, tmp_path / "progress.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Успеваемость по предметам"]
    ws = wb.active
    assert ws["A1"].value == "Успеваемость и качество знаний"
    assert ws["A2"].value == "Класс 5А · 1 четверть (01.09.2025–26.10.2025) · учебный год 2025/2026"
    header = [c.value for c in ws[4]]
    assert header == ["Предмет", "Учитель", "Учащихся", "Аттестовано", "«5»", "«4»", "«3»", "«2»", "н/а",
                      "Средний балл", "Успеваемость", "Качество", "СОУ"]
    assert ws.freeze_panes == "A5"
    rows = {r[0].value: r for r in ws.iter_rows(min_row=5, max_row=7)}
    math = rows["Математика"]
    values = [c.value for c in math]
    assert values == ["Математика", "Иванова М.П.", 6, 4, 1, 1, 1, 1, 0, 3.5, 0.75, 0.5, 0.54]
    assert math[9].number_format == "0.00"
    assert math[10].number_format == "0.0%" and math[12].number_format == "0.0%"
    totals = rows["Итого по классу"]
    assert [c.value for c in totals][3:] == [10, 3, 3, 2, 1, 1, pytest.approx(3.89), 0.8, 0.6, 0.58]
    assert totals[0].font.bold
    notes = [ws.cell(row=r, column=1).value for r in range(8, ws.max_row + 1)]
    assert any(n and "знаменатель" in n for n in notes)
    assert ws.column_dimensions["B"].width >= len("Иванова М.П.")


def test_xlsx_of_the_school_has_a_sheet_per_table(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("progress", school.director, params(school))
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(result)))
    assert wb.sheetnames == ["Сводка по классам", "Сводка по предметам", "По классам и предметам"]
    ws = wb["Сводка по классам"]
    by_class = {r[0].value: [c.value for c in r] for r in ws.iter_rows(min_row=5, max_row=7)}
    assert by_class["5А"][-3:] == [pytest.approx(0.833), 0.5, 0.58]
    assert by_class["Итого по школе"][1:3] == [9, 9]


def test_xlsx_dashes_and_dates(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    empty = compute("progress", school.admin, params(school, "6А", period_id=school.periods[1]))
    ws = report_workbook(empty).active
    assert [c.value for c in ws[5]][-4:] == ["—", "—", "—", "—"]
    late = compute("timeliness", school.deputy, params(school, date_from=dt.date(2025, 9, 8),
                                                       date_to=dt.date(2025, 9, 15)))
    wb = report_workbook(late)
    ws = wb["Заполнено с опозданием"]
    first = [c.value for c in ws[5]]
    assert first[0] == dt.date(2025, 9, 8) and ws.cell(row=5, column=1).number_format == "DD.MM.YYYY"
    assert first[7] == dt.datetime(2025, 9, 8, 18, 0)
    assert ws.cell(row=5, column=8).number_format == "DD.MM.YYYY HH:MM"


def test_sheet_titles_are_valid_and_unique() -> None:
    taken: set[str] = set()
    assert sheet_title("Отметка и пропуск в одной клетке: список", taken) == "Отметка и пропуск в одной клетк"
    assert sheet_title("Отметка и пропуск в одной клетке: ещё", taken) == "Отметка и пропуск в одной к (2)"
    assert sheet_title("a/b", taken) == "a b"


# --- PDF ----------------------------------------------------------------------------------------------------


def test_pdf_of_a_class_progress(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("progress", school.deputy, params(school, "5А"))
    pages = pdf_pages(pdf_bytes(result))
    text = pages[0]
    assert "Успеваемость и качество знаний" in text
    assert "Класс 5А · 1 четверть (01.09.2025–26.10.2025)" in text
    for figure in ("Математика", "Иванова М.П.", "3,50", "75,0 %", "50,0 %", "54,0 %", "83,3 %", "60,7 %",
                   "Итого по классу", "58,0 %", "знаменатель"):
        assert figure in text, figure
    assert "Стр. 1" in text


def test_pdf_wide_report_is_landscape_and_long_one_repeats_the_header(
        school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("timeliness", school.deputy, params(school))  # 57 lessons without records
    data = pdf_bytes(result)
    pages = pdf_pages(data)
    assert len(pages) >= 2
    assert "Уроки по расписанию без записей" in pages[0]
    continued = [p for p in pages[1:] if "06.10.2025" in p or "20.10.2025" in p]
    assert continued and all("Дата урока" in p for p in continued)
    width, height = pdf_sizes(data)[0]
    assert width < height  # ten narrow columns still fit an upright page
    # the risk group: nine columns with long text, one on a landscape page
    width, height = pdf_sizes(pdf_bytes(compute("forecast", school.deputy, params(school))))[0]
    assert width > height


@pytest.mark.parametrize("name", [n for n, _ in report_list()])
def test_every_report_renders_in_both_formats(school: School, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                              name: str) -> None:
    fill_q1(school, monkeypatch)
    cls = "5А" if name == "period-results" else None
    result = compute(name, school.deputy, params(school, cls, teacher_id=school.ivanova.user_id))
    wb = openpyxl.load_workbook(write_xlsx(result, tmp_path / f"{name}.xlsx"))
    assert len(wb.sheetnames) == len(result.tables)
    text = "\n".join(pdf_pages(write_pdf(result, tmp_path / f"{name}.pdf").read_bytes()))
    assert result.title in text
    for table in result.tables:
        assert table.title in text
        if table.rows:  # the first cell of the first row is printed
            first = table.text(table.rows[0])[0 if table.columns[0].title != "№" else 1]
            assert first.split()[0] in text


# --- the command line ---------------------------------------------------------------------------------------


def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from ejournal_desktop import cli
    from ejournal_desktop.commands import reports as report_commands

    original = cli.build_parser

    def parser() -> Any:
        p = original()
        actions = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
        if "report" not in actions[0].choices:
            report_commands.register(actions[0])
        return p

    monkeypatch.setattr(cli, "build_parser", parser)
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def committed(journal: Any, db_spec: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, School]:
    """A real journal (committed, so the command line's own connection sees it) with the first quarter."""
    from tests.factory import build_school

    s = build_school(journal)
    fill_q1(s, monkeypatch)
    monkeypatch.undo()
    return db_spec, s


def test_cli_list(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(monkeypatch, capsys, "report", "--list")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == len(report_list())
    assert lines[0].split(maxsplit=1) == ["progress", "Успеваемость и качество знаний"]
    assert [line.split()[0] for line in lines] == [n for n, _ in report_list()]


def test_cli_reports_to_files_and_refusals(committed: tuple[str, School], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    spec, _ = committed
    monkeypatch.setenv("EJOURNAL_PASSWORD", "password1")
    monkeypatch.setenv("EJOURNAL_USER", "deputy")
    today = TODAY.isoformat()
    xlsx = tmp_path / "progress.xlsx"
    code, out, err = run_cli(monkeypatch, capsys, "report", "progress", "--db", spec, "--class", "5А",
                             "--period", "1", "--today", today, "-o", str(xlsx))
    assert code == 0, err
    assert f"записан: {xlsx}" in out
    ws = openpyxl.load_workbook(xlsx).active
    math = next(r for r in ws.iter_rows(min_row=5, values_only=True) if r[0] == "Математика")
    assert list(math[-3:]) == [0.75, 0.5, 0.54]

    pdf = tmp_path / "school.pdf"
    code, out, err = run_cli(monkeypatch, capsys, "report", "progress", "--db", spec, "--year", "2025/2026",
                             "--period", "1", "--today", today, "-o", str(pdf))
    assert code == 0, err
    assert "Сводка по классам" in pdf_pages(pdf.read_bytes())[0]

    code, out, err = run_cli(monkeypatch, capsys, "report", "attendance", "--db", spec, "--class", "5а",
                             "--from", "2025-09-11", "--to", "2025-09-11", "--today", today)
    assert code == 0, err  # no -o: printed as text
    assert "Итого по классу" in out and "с 11.09.2025 по 11.09.2025" in out

    # a teacher gets the own subjects only; another class is refused
    code, out, err = run_cli(monkeypatch, capsys, "report", "progress", "--db", spec, "--class", "5А",
                             "--period", "1", "--user", "petrov", "--today", today)
    assert code == 0, err
    assert "Русский язык" in out and "Математика" not in out
    code, out, err = run_cli(monkeypatch, capsys, "report", "progress", "--db", spec, "--class", "5А",
                             "--user", "sidorova", "-o", str(tmp_path / "no.xlsx"))
    assert code == 1 and "Нет прав" in err and "Traceback" not in err
    assert not (tmp_path / "no.xlsx").exists() and not list(tmp_path.glob("*.part"))

    code, out, err = run_cli(monkeypatch, capsys, "report", "progress", "--db", spec, "-o", str(tmp_path / "r.doc"))
    assert code == 2 and ".xlsx" in err
    code, out, err = run_cli(monkeypatch, capsys, "report", "period-results", "--db", spec, "--period", "1")
    assert code == 1 and "Выберите класс" in err
    code, out, err = run_cli(monkeypatch, capsys, "report", "nonsense", "--db", spec)
    assert code == 1 and "--list" in err
    code, out, err = run_cli(monkeypatch, capsys, "report", "progress", "--db", spec, "--class", "9Я")
    assert code == 1 and "не найден" in err and "5А" in err
    code, out, err = run_cli(monkeypatch, capsys, "report", "teacher", "--db", spec, "--user", "deputy",
                             "--teacher", "ivanova", "--period", "1", "--today", today)
    assert code == 0, err
    assert "Учитель: Иванова М.П." in out
    code, out, err = run_cli(monkeypatch, capsys, "report", "accumulation", "--db", spec, "--class", "5А",
                             "--lessons", "2", "--today", today)
    assert code == 0, err
    assert "последние 2 уроков" in out


def test_weekly_checks_in_xlsx_and_pdf(school: School, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The 5А week of 8–14 Sep confirmed by Иванова (figures in tests/test_weekly_check.py), read back."""
    from ejournal_desktop.services import weekly_check
    from ejournal_desktop.services.reports import ReportParams
    from tests.factory import MON

    fill_q1(school, monkeypatch)
    weekly_check.confirm(school.ivanova, school.classes["5А"], MON, "темы дописаны", today=TODAY)
    result = compute("weekly_checks", school.deputy, ReportParams(
        class_id=school.classes["5А"], period_id=school.periods[0], today=dt.date(2025, 9, 21)))
    wb = openpyxl.load_workbook(write_xlsx(result, tmp_path / "weekly.xlsx"))
    assert len(wb.sheetnames) == 2
    weeks = [r for r in wb[wb.sheetnames[1]].iter_rows(values_only=True) if r and r[0] == "5А"]
    assert [r[1] for r in weeks] == ["01.09–07.09", "08.09–14.09", "15.09–21.09"]
    confirmed = weeks[1]
    assert (confirmed[3], *confirmed[4:13], confirmed[13]) == (
        "Иванова М.П.", 5, 5, 0, 1, 2, 0, 5, 5, 0, "темы дописаны")
    classes = [r for r in wb[wb.sheetnames[0]].iter_rows(values_only=True) if r and r[0] == "5А"]
    assert classes[0][2:5] == (3, 1, 0.333)
    text = "\n".join(pdf_pages(write_pdf(result, tmp_path / "weekly.pdf").read_bytes()))
    assert "08.09–14.09" in text and "темы дописаны" in text and "не подтверждена" in text
