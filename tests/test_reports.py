"""Every report's figures against tables counted by hand, on SQLite and PostgreSQL.

The data is put into the fixed school of tests/factory.py through the services
(journal.set_cell, journal.set_lesson_details, periods.put_period_mark).  The
audit trail's clock is set for each entry (``clock``), so the entry times the
timeliness reports read are known.

Hand count of the first quarter (1 Sep – 26 Oct 2025), «today» 27 Oct 2025:

5А, Математика (Иванова, 5 ч): lessons Mon 8 (#1), Wed 10 (#2), Fri 12 (#3, контрольная, weight 2),
Mon 15 (#1) Sep.
    Алексеев   5 (entered 18:00, late)  5   4*            quarter 5 (10 Oct, early)
    Белова     4                                          quarter 4 (21 Oct, on time)
    Васильев   2                        3   2*            quarter 3 (26 Oct 23:00, on time)
    Григорьева                                            quarter 2 (28 Oct, late)
    Дмитриев                            3   4*   4        —
    Ёлкина     5 н                          5*            —
  (* entered Mon 15 Sep 10:00: a контрольная has 3 days)
5А, Русский язык (Петров, 4 ч): Tue 9 (#1), Thu 11 (#1) Sep.
    Алексеев 5 | н;  Белова б | б;  Васильев 4 | оп;  Дмитриев — | у
    quarter: 5, 5, 4, н/а, 3, 4 (24 Oct)
6А, Математика (Сидорова): Mon 8 Sep (#3): Морозов н; quarter 4, 4, 5 (22 Oct)
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ejournal_desktop.services import audit, journal, periods
from ejournal_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from ejournal_desktop.services.reports import ReportParams, compute, get_report, report_list
from ejournal_desktop.services.reports.base import format_value
from tests.factory import FRI, MON, THU, TUE, WED, School

D = dt.date
TODAY = D(2025, 10, 27)
MON15 = D(2025, 9, 15)
P = Decimal


def pct(text: str) -> Decimal:
    """A share as the reports hold it: "75" → Decimal("0.75")."""
    return Decimal(text) / 100


def clock(monkeypatch: pytest.MonkeyPatch, day: dt.date, hh: int, mm: int = 0) -> None:
    moment = dt.datetime.combine(day, dt.time(hh, mm))
    monkeypatch.setattr(audit, "now", lambda: moment)


def names(s: School, cls: str) -> dict[str, int]:
    surnames = ["Алексеев", "Белова", "Васильев", "Григорьева", "Дмитриев", "Ёлкина", "Жуков", "Зайцева",
                "Ильин", "Киселёв", "Лебедева", "Морозов"]
    ids = [sid for c in ("5А", "1А", "6А") for sid in s.students[c]]
    by_name = dict(zip(surnames, ids, strict=True))
    wanted = {"5А": surnames[:6], "1А": surnames[6:9], "6А": surnames[9:]}[cls]
    return {n: by_name[n] for n in wanted}


def fill_q1(s: School, mp: pytest.MonkeyPatch) -> None:
    """The first quarter of the module docstring, entered through the services."""
    c5, c6 = names(s, "5А"), names(s, "6А")
    math5, rus5, math6 = s.a["math5"], s.a["rus5"], s.a["math6"]
    iv, pe, si = s.ivanova, s.petrov, s.sidorova

    def cell(actor, aid, day, number, who, text) -> None:
        journal.set_cell(actor, aid, day, number, who, text, today=TODAY)

    def details(actor, aid, day, number, **kw) -> None:
        journal.set_lesson_details(actor, aid, day, number, expected_version=None, today=TODAY, **kw)

    clock(mp, MON, 12, 30)
    cell(iv, math5, MON, 1, c5["Белова"], "4")
    cell(iv, math5, MON, 1, c5["Васильев"], "2")
    cell(iv, math5, MON, 1, c5["Ёлкина"], "5 н")
    details(iv, math5, MON, 1, topic="Натуральные числа", homework="№ 1")
    clock(mp, MON, 18, 0)
    cell(iv, math5, MON, 1, c5["Алексеев"], "5")
    clock(mp, MON, 12, 30)
    cell(si, math6, MON, 3, c6["Морозов"], "н")
    details(si, math6, MON, 3, topic="Дроби")
    clock(mp, MON, 13, 30)
    details(si, math6, MON, 3, homework="№ 2")

    clock(mp, TUE, 12, 30)
    cell(pe, rus5, TUE, 1, c5["Алексеев"], "5")
    cell(pe, rus5, TUE, 1, c5["Белова"], "б")
    cell(pe, rus5, TUE, 1, c5["Васильев"], "4")
    clock(mp, TUE, 13, 0)
    details(pe, rus5, TUE, 1, topic="Имя существительное")
    clock(mp, TUE, 13, 5)
    details(pe, rus5, TUE, 1, homework="упр. 5")

    clock(mp, WED, 12, 30)
    cell(iv, math5, WED, 2, c5["Алексеев"], "5")
    cell(iv, math5, WED, 2, c5["Васильев"], "3")
    cell(iv, math5, WED, 2, c5["Дмитриев"], "3")
    details(iv, math5, WED, 2, topic="Сложение")
    clock(mp, THU, 9, 0)
    details(iv, math5, WED, 2, homework="№ 7")

    clock(mp, THU, 12, 30)
    cell(pe, rus5, THU, 1, c5["Алексеев"], "н")
    cell(pe, rus5, THU, 1, c5["Белова"], "б")
    cell(pe, rus5, THU, 1, c5["Дмитриев"], "у")
    cell(pe, rus5, THU, 1, c5["Васильев"], "оп")

    clock(mp, FRI, 12, 30)
    details(iv, math5, FRI, 3, topic="Контрольная работа № 1", work_kind="control")
    clock(mp, MON15, 10, 0)
    for who, mark in (("Алексеев", "4"), ("Васильев", "2"), ("Дмитриев", "4"), ("Ёлкина", "5")):
        cell(iv, math5, FRI, 3, c5[who], mark)
    clock(mp, MON15, 12, 30)
    cell(iv, math5, MON15, 1, c5["Дмитриев"], "4")

    q1 = s.periods[0]
    for who, mark, when in (("Алексеев", "5", D(2025, 10, 10)), ("Белова", "4", D(2025, 10, 21)),
                            ("Васильев", "3", D(2025, 10, 26)), ("Григорьева", "2", D(2025, 10, 28))):
        clock(mp, when, 23 if when.day == 26 else 15)
        periods.put_period_mark(iv, math5, c5[who], "quarter", mark, period_id=q1)
    clock(mp, D(2025, 10, 24), 14)
    for who, mark in zip(c5, ("5", "5", "4", "н/а", "3", "4"), strict=True):
        periods.put_period_mark(pe, rus5, c5[who], "quarter", mark, period_id=q1)
    clock(mp, D(2025, 10, 22), 14)
    for who, mark in zip(c6, ("4", "4", "5"), strict=True):
        periods.put_period_mark(si, math6, c6[who], "quarter", mark, period_id=q1)


def params(s: School, cls: str | None = None, **kw: object) -> ReportParams:
    kw.setdefault("today", TODAY)
    if "period_id" not in kw and "date_from" not in kw:
        kw["period_id"] = s.periods[0]
    return ReportParams(class_id=s.classes[cls] if cls else None, **kw)  # type: ignore[arg-type]


MEASURES = ("graded", "n5", "n4", "n3", "n2", "na", "mean", "success", "quality", "sou")


def measures(record: dict[str, object]) -> tuple[object, ...]:
    return tuple(record[k] for k in MEASURES)


# --- the registry -------------------------------------------------------------------------------------------


def test_report_list() -> None:
    listed = dict(report_list())
    assert list(listed) == ["progress", "period-results", "attendance", "accumulation", "timeliness",
                            "period-marks-timing", "programme", "activity", "teacher", "forecast", "monthly",
                            "weekly_checks"]
    assert listed["progress"] == "Успеваемость и качество знаний"
    with pytest.raises(NotFound):
        get_report("nonsense")


# --- успеваемость и качество --------------------------------------------------------------------------------


def test_progress_of_a_class(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("progress", school.deputy, params(school, "5А"))
    assert result.subtitle == "Класс 5А · 1 четверть (01.09.2025–26.10.2025) · учебный год 2025/2026"
    table = result.main
    math = table.find("subject", "Математика")
    assert math["teacher"] == "Иванова М.П." and math["students"] == 6
    # 5, 4, 3, 2: success 3/4, quality 2/4, СОУ (1 + 0.64 + 0.36 + 0.16) / 4 = 0.54
    assert measures(math) == (4, 1, 1, 1, 1, 0, P("3.50"), pct("75"), pct("50"), pct("54"))
    # 5, 5, 4, н/а, 3, 4: success 5/6, quality 4/6, СОУ (2 + 1.28 + 0.36) / 6 = 0.6067
    rus = table.find("subject", "Русский язык")
    assert measures(rus) == (6, 2, 2, 1, 0, 1, P("4.20"), pct("83.3"), pct("66.7"), pct("60.7"))
    # both together: 10 marks, mean 35/9, success 8/10, quality 6/10, СОУ 5.8/10
    assert table.totals == ["Итого по классу", "", 6, 10, 3, 3, 2, 1, 1, P("3.89"), pct("80"), pct("60"),
                            pct("58")]
    assert any("знаменатель" in n for n in table.notes)
    assert format_value(math["success"], table.column("success").kind) == "75,0 %"
    assert format_value(math["mean"], table.column("mean").kind) == "3,50"


def test_progress_of_the_school(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("progress", school.director, params(school))
    by_class = result.table("Сводка по классам")
    cols = ("students", "with_marks", "excellent", "good", "one_three", "threes", "failing", "na", "mean",
            "success", "quality", "sou")
    # 5А by students: Алексеев 5 5 отличник; Белова 4 5, Ёлкина 4 хорошисты; Васильев 3 4 and
    # Дмитриев 3 with one «3»; Григорьева 2 н/а failing → success 5/6, quality 3/6
    row5 = by_class.find("class", "5А")
    assert tuple(row5[k] for k in cols) == (6, 6, 1, 2, 2, 0, 1, 0, P("3.89"), pct("83.3"), pct("50"), pct("58"))
    row6 = by_class.find("class", "6А")  # 4 4 5: СОУ (0.64 + 0.64 + 1) / 3
    assert tuple(row6[k] for k in cols) == (3, 3, 1, 2, 0, 0, 0, 0, P("4.33"), pct("100"), pct("100"), pct("76"))
    assert [r["class"] for r in by_class.records()] == ["5А", "6А"]  # 1А: no marks in the 1st grade
    # school: 9 students, 8 successful, 6 of quality; mean 48/12; СОУ (5.8 + 2.28) / 13
    assert by_class.totals == ["Итого по школе", 9, 9, 2, 4, 2, 0, 1, 0, P("4.00"), pct("88.9"), pct("66.7"),
                               pct("62.2")]
    subjects = result.table("Сводка по предметам")
    # Математика: 5 4 3 2 4 4 5 → mean 27/7, success 6/7, quality 5/7, СОУ 4.44/7
    assert measures(subjects.find("subject", "Математика")) == (
        7, 2, 3, 1, 1, 0, P("3.86"), pct("85.7"), pct("71.4"), pct("63.4"))
    detail = result.table("По классам и предметам")
    assert [(r["class"], r["subject"]) for r in detail.records()] == [
        ("5А", "Математика"), ("5А", "Русский язык"), ("6А", "Математика")]
    assert by_class.chart is not None and by_class.chart.series == ("success", "quality")


def test_a_class_without_marks_gives_zeros_and_dashes(school: School) -> None:
    result = compute("progress", school.admin, params(school, "6А", period_id=school.periods[1]))
    row = result.main.find("subject", "Математика")
    assert measures(row) == (0, 0, 0, 0, 0, 0, None, None, None, None)
    assert result.main.text(result.main.rows[0])[-1] == "—"
    school_wide = compute("progress", school.admin, params(school, period_id=school.periods[1]))
    assert school_wide.table("Сводка по классам").totals[-3:] == [None, None, None]


def test_percentages_never_exceed_a_hundred(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    for name, _ in report_list():
        if name in ("period-results",):
            continue
        result = compute(name, school.admin, params(school, teacher_id=school.ivanova.user_id))
        for table in result.tables:
            for i, column in enumerate(table.columns):
                if column.kind.value != "percent" or table.title == "По нагрузке":
                    continue
                for row in [*table.rows, *([table.totals] if table.totals else [])]:
                    assert row[i] is None or P(0) <= row[i] <= 1, (name, table.title, column.key, row)


# --- итоги периода ------------------------------------------------------------------------------------------


def test_period_results_of_a_class(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("period-results", school.ivanova, params(school, "5А"))
    marks = result.table("Отметки за период")
    assert [c.title for c in marks.columns] == ["№", "Учащийся", "Математика", "Русский язык", "Средний балл",
                                                "Итог"]
    assert marks.rows == [
        [1, "Алексеев Артём", "5", "5", P("5.00"), "Отличник"],
        [2, "Белова Дарья", "4", "5", P("4.50"), "Хорошист"],
        [3, "Васильев Иван", "3", "4", P("3.50"), "С одной «3»"],
        [4, "Григорьева Анна", "2", "н/а", P("2.00"), "Неуспевающий"],
        [5, "Дмитриев Егор", None, "3", P("3.00"), "С одной «3»"],
        [6, "Ёлкина Мария", None, "4", P("4.00"), "Хорошист"],
    ]
    assert marks.totals == ["", "Средний балл по предмету", "3,50", "4,20", P("3.89"), ""]
    summary = result.table("Итоги по классу")
    assert summary.rows[:6] == [
        ["Отличники", 1, pct("16.7"), "Алексеев Артём"],
        ["Хорошисты (на «4» и «5»)", 2, pct("33.3"), "Белова Дарья, Ёлкина Мария"],
        ["С одной «3»", 2, pct("33.3"), "Васильев Иван (Математика), Дмитриев Егор (Русский язык)"],
        ["С двумя и более «3»", 0, pct("0"), ""],
        ["С «2» (неуспевающие)", 1, pct("16.7"), "Григорьева Анна (Математика: 2; Русский язык: н/а)"],
        ["Не аттестованы (н/а)", 0, pct("0"), ""],
    ]
    assert summary.rows[6] == ["Без отметок за период", 0, None, ""]
    assert summary.totals == ["Всего с отметками за период", 6, pct("100"), ""]
    assert result.notes == [] and summary.notes[0] == (
        "Успеваемость: 83,3 % (5 из 6), качество: 50,0 % (3 из 6).")


def test_period_results_needs_a_class(school: School) -> None:
    with pytest.raises(ValidationError, match="Выберите класс"):
        compute("period-results", school.admin, params(school))
    with pytest.raises(ValidationError, match="не выставляются"):
        compute("period-results", school.admin, params(school, "1А"))


# --- посещаемость -------------------------------------------------------------------------------------------


def test_attendance_of_a_class_and_the_school(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("attendance", school.ivanova, params(school, "5А"))
    table = result.main
    cols = ("missed", "ill", "excused", "unexcused", "late")
    got = {r["student"]: tuple(r[c] for c in cols) for r in table.records()}
    assert got == {
        "Алексеев Артём": (1, 0, 0, 1, 0),  # н on Thursday
        "Белова Дарья": (2, 2, 0, 0, 0),  # б, б
        "Васильев Иван": (0, 0, 0, 0, 1),  # оп is not a missed lesson
        "Григорьева Анна": (0, 0, 0, 0, 0),
        "Дмитриев Егор": (1, 0, 1, 0, 0),  # у
        "Ёлкина Мария": (1, 0, 0, 1, 0),  # «5 н» in one cell still counts the lesson as missed
    }
    assert table.totals == [None, "Итого по классу", 5, 2, 1, 2, 1]
    weeks = result.table("По неделям")
    assert weeks.find("week", "08.09–14.09") == {"week": "08.09–14.09", "missed": 5, "ill": 2, "excused": 1,
                                                 "unexcused": 2, "late": 1}
    assert len(weeks.rows) == 8 and weeks.totals == ["Итого", 5, 2, 1, 2, 1]
    assert weeks.chart is not None
    months = result.table("По месяцам")
    assert [r[0] for r in months.rows] == ["сентябрь 2025", "октябрь 2025"]

    school_wide = compute("attendance", school.deputy, params(school))
    by_class = school_wide.table("По классам")
    assert by_class.find("class", "5А")["missed"] == 5
    assert by_class.find("class", "6А")["per_student"] == P("0.33")  # 1 lesson / 3 students
    assert by_class.find("class", "1А")["missed"] == 0
    assert by_class.totals == ["Итого по школе", 12, 6, 2, 1, 3, 1, P("0.50")]


def test_attendance_for_a_date_range_and_a_teacher(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    one_day = compute("attendance", school.admin, params(school, "5А", date_from=THU, date_to=THU))
    assert one_day.main.totals == [None, "Итого по классу", 3, 1, 1, 1, 1]
    assert "с 11.09.2025 по 11.09.2025" in one_day.subtitle
    # Петров teaches Russian in 5А: only the absences of his lessons
    own = compute("attendance", school.petrov, params(school, "5А"))
    assert own.main.totals == [None, "Итого по классу", 4, 2, 1, 1, 1]
    assert own.subtitle.endswith("только ваши классы и предметы")
    with pytest.raises(ValidationError):
        compute("attendance", school.admin, params(school, date_from=FRI, date_to=MON))


# --- накопляемость ------------------------------------------------------------------------------------------


def test_accumulation_for_the_period(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("accumulation", school.deputy, params(school))
    table = result.table("По классам и предметам")
    cols = ("students", "lessons", "no_marks", "no_marks_share", "one_mark", "one_mark_share", "minimum", "below",
            "below_share")
    got = {(r["class"], r["subject"]): tuple(r[c] for c in cols) for r in table.records()}
    assert got == {
        # 3, 1, 3, 0, 3, 2 marks; minimum 2 × 5 + 1 = 11
        ("5А", "Математика"): (6, 4, 1, pct("16.7"), 1, pct("16.7"), 11, 6, pct("100")),
        # 1, 0, 1, 0, 0, 0 marks; minimum 2 × 4 + 1 = 9
        ("5А", "Русский язык"): (6, 2, 4, pct("66.7"), 2, pct("33.3"), 9, 6, pct("100")),
        ("6А", "Математика"): (3, 1, 3, pct("100"), 0, pct("0"), 11, 3, pct("100")),
    }
    assert table.totals == ["Итого", "", "", 15, 7, 8, pct("53.3"), 3, pct("20"), None, 15, pct("100")]
    students = result.table("Учащиеся")
    assert [r[:4] + r[5:] for r in students.rows][:3] == [
        ["5А", "Математика", "Алексеев Артём", 3, "меньше минимума"],
        ["5А", "Математика", "Белова Дарья", 1, "одна отметка"],
        ["5А", "Математика", "Васильев Иван", 3, "меньше минимума"],
    ]
    assert ["5А", "Математика", "Григорьева Анна", 0, 11, "нет отметок"] in students.rows


def test_accumulation_over_the_last_lessons(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("accumulation", school.ivanova, params(school, "5А", last_lessons=2))
    table = result.main
    # Математика, Fri 12 and Mon 15: Алексеев 4; Васильев 2; Дмитриев 4, 4; Ёлкина 5
    math = table.find("subject", "Математика")
    assert (math["lessons"], math["no_marks"], math["one_mark"], math["minimum"], math["below"]) == (
        2, 2, 3, None, None)
    assert math["no_marks_share"] == pct("33.3") and math["one_mark_share"] == pct("50")
    assert "последние 2 уроков" in result.subtitle
    with pytest.raises(ValidationError):
        compute("accumulation", school.ivanova, params(school, "5А", last_lessons=0))


def test_accumulation_minimum_waits_for_the_end_of_the_period(school: School,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("accumulation", school.admin, params(school, "5А", today=D(2025, 9, 16)))
    math = result.main.find("subject", "Математика")
    assert math["minimum"] is None and math["below"] is None and math["no_marks"] == 1
    assert any("ещё не закончился" in n for n in result.notes)


# --- своевременность ----------------------------------------------------------------------------------------


def test_timeliness_per_teacher(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("timeliness", school.deputy, params(school, date_from=MON, date_to=MON15))
    teachers = result.table("По учителям")
    cols = ("held", "unfilled", "late_marks", "late_topic", "late_homework", "late", "on_time", "no_topic",
            "no_homework")
    got = {r["teacher"]: tuple(r[c] for c in cols) for r in teachers.records()}
    assert got == {
        # Mon 8: a mark at 18:00 (deadline 12:10 + 60 min); Wed 10: homework next morning;
        # Fri 12 контрольная: marks on Mon 15 at 10:00 are within 3 days; Mon 15: no topic
        "Иванова М.П.": (4, 0, 1, 0, 1, 2, pct("50"), 1, 2),
        # Tue 9: topic 13:00 and homework 13:05 are in time; Thu 11: no topic, no homework;
        # nature in 1А on Mon 8 and Mon 15: nothing in the journal
        "Петров С.Н.": (2, 2, 0, 0, 0, 0, pct("100"), 1, 1),
        # Mon 8: homework at 13:30; Tue 9 and Mon 15: nothing in the journal
        "Сидорова А.И.": (1, 2, 0, 0, 1, 1, pct("0"), 0, 0),
    }
    assert teachers.totals == ["Итого", 7, 4, 1, 0, 2, 3, pct("57.1"), 2, 3]
    late = result.table("Заполнено с опозданием")
    assert [(r["date"], r["class"], r["what"], r["entered"], r["delay"]) for r in late.records()] == [
        (MON, "5А", "отметки", dt.datetime(2025, 9, 8, 18, 0), "4 ч 50 мин"),
        (MON, "6А", "домашнее задание", dt.datetime(2025, 9, 8, 13, 30), "20 мин"),
        (WED, "5А", "домашнее задание", dt.datetime(2025, 9, 11, 9, 0), "19 ч 50 мин"),
    ]
    assert late.records()[0]["deadline"] == dt.datetime(2025, 9, 8, 13, 10)
    unfilled = result.table("Уроки по расписанию без записей")
    assert [(r["date"], r["class"], r["teacher"]) for r in unfilled.records()] == [
        (MON, "1А", "Петров С.Н."), (TUE, "6А", "Сидорова А.И."), (MON15, "1А", "Петров С.Н."),
        (MON15, "6А", "Сидорова А.И.")]


def test_timeliness_of_a_teacher_is_own_lessons(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("timeliness", school.sidorova, params(school, date_from=MON, date_to=MON15))
    assert [r["teacher"] for r in result.main.records()] == ["Сидорова А.И."]


# --- итоговые отметки в срок --------------------------------------------------------------------------------


def test_period_marks_timing(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("period-marks-timing", school.deputy, params(school))
    table = result.main
    cols = ("students", "given", "early", "on_time", "late", "missing", "on_time_share")
    got = {(r["class"], r["subject"]): tuple(r[c] for c in cols) for r in table.records()}
    assert got == {
        ("5А", "Математика"): (6, 4, 1, 2, 1, 2, pct("33.3")),
        ("5А", "Русский язык"): (6, 6, 0, 6, 0, 0, pct("100")),
        ("6А", "Математика"): (3, 3, 0, 3, 0, 0, pct("100")),
    }
    assert table.totals == ["Итого", "", "", 15, 13, 1, 11, 1, 2, pct("73.3")]
    problems = result.table("Отметки не в срок и не выставленные")
    assert [(r["student"], r["state"], r["date"]) for r in problems.records()] == [
        ("Алексеев Артём", "досрочно", D(2025, 10, 10)),
        ("Григорьева Анна", "с опозданием", D(2025, 10, 28)),
        ("Дмитриев Егор", "не выставлена", None),
        ("Ёлкина Мария", "не выставлена", None),
    ]
    assert "с 20.10.2025 по 26.10.2025" in result.notes[0]


# --- выполнение программы -----------------------------------------------------------------------------------


def test_programme(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    # Петров's КТП for Russian in the 5th grade: 1 h on 9 and 11 Sep, 2 h in November, 1 h without a date
    from ejournal_desktop.services import plans

    plan = plans.create_plan(school.petrov, school.year, school.subjects["Русский язык"], 5, "Русский язык, 5 класс")
    for number, (day, hours) in enumerate(((TUE, 1), (THU, 1), (D(2025, 11, 6), 2), (None, 1)), 1):
        plans.add_topic(school.petrov, plan, None, title=f"Тема {number}", hours=hours, planned_date=day)
    result = compute("programme", school.deputy, params(school))
    cols = ("hours", "year_plan", "span_plan", "to_date_plan", "held", "behind", "done", "source")
    got = {(r["class"], r["subject"]): tuple(r[c] for c in cols) for r in result.main.records()}
    # 1st quarter: 40 school days = 8 weeks; the year: 171 school days = 34.2 weeks
    assert got == {
        ("1А", "Окружающий мир"): (P("2.00"), 68, 16, 16, 0, 16, pct("0"), "по нагрузке"),
        ("5А", "Математика"): (P("5.00"), 171, 40, 40, 4, 36, pct("10"), "по нагрузке"),
        ("5А", "Русский язык"): (P("4.00"), 5, 2, 2, 2, 0, pct("100"), "КТП"),
        ("6А", "Математика"): (P("5.00"), 171, 40, 40, 1, 39, pct("2.5"), "по нагрузке"),
    }
    assert result.main.totals == ["Итого", "", "", None, 415, 98, 98, 7, 91, pct("7.1"), ""]
    # in the middle of the period the plan runs to today
    mid = compute("programme", school.deputy, params(school, "5А", today=D(2025, 9, 12)))
    math = mid.main.find("subject", "Математика")
    assert (math["to_date_plan"], math["held"], math["done"]) == (10, 3, pct("30"))


# --- активность ---------------------------------------------------------------------------------------------


def test_activity_of_the_week(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("activity", school.deputy, ReportParams(date_to=D(2025, 9, 14), today=TODAY))
    assert "с 08.09.2025 по 14.09.2025" in result.subtitle
    summary = result.table("Сводка")
    assert summary.rows == [
        ["Учителей всего", 4, pct("100")],
        ["Работали в журнале с 08.09.2025 по 14.09.2025", 3, pct("75")],
        ["Не работали в журнале в эти дни", 1, pct("25")],
        ["Не заполняют журнал 7 и более дней", 1, pct("25")],
    ]
    teachers = result.table("По учителям")
    got = {r["teacher"]: (r["entries"], r["last"], r["idle"]) for r in teachers.records()}
    assert got == {
        # Mon 8: lesson, 3 marks, «н», topic and homework, the late mark; Wed 10: lesson, 3 marks, topic,
        # homework; Fri 12: lesson, topic (the marks are entered on Monday 15th)
        "Иванова М.П.": (15, dt.datetime(2025, 9, 12, 12, 30), 2),
        "Петров С.Н.": (11, dt.datetime(2025, 9, 11, 12, 30), 3),
        "Сидорова А.И.": (4, dt.datetime(2025, 9, 8, 13, 30), 6),
        "Смирнова О.П.": (0, None, None),
    }
    assert teachers.find("teacher", "Смирнова О.П.")["state"] == "ни разу не заполнял(а) журнал"


# --- отчёт учителя ------------------------------------------------------------------------------------------


def test_teacher_report(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("teacher", school.ivanova, params(school))
    assert result.subtitle.startswith("Учитель: Иванова М.П. · 1 четверть")
    progress = result.table("Успеваемость")
    assert [r[:2] for r in progress.rows] == [["5А", "Математика"]]
    assert measures(progress.records()[0]) == (4, 1, 1, 1, 1, 0, P("3.50"), pct("75"), pct("50"), pct("54"))
    keeping = result.table("Ведение журнала")
    assert keeping.rows == [["5А", "Математика", 40, 4, pct("10"), 1, 2, 2, 12, 1, 1, 6]]
    # the deputy asks for Сидорова's report; Иванова may not
    other = compute("teacher", school.deputy, params(school, teacher_id=school.sidorova.user_id))
    assert other.table("Успеваемость").rows[0][:2] == ["6А", "Математика"]
    with pytest.raises(PermissionDenied):
        compute("teacher", school.ivanova, params(school, teacher_id=school.sidorova.user_id))
    with pytest.raises(ValidationError, match="нет учебной нагрузки"):
        compute("teacher", school.director, params(school))


# --- прогноз ------------------------------------------------------------------------------------------------


def test_forecast_and_dynamics(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    c5 = names(school, "5А")
    q2_today = D(2025, 11, 14)
    mon, wed, fri = D(2025, 11, 10), D(2025, 11, 12), D(2025, 11, 14)
    for day, number, marks in ((mon, 1, {"Алексеев": "4", "Белова": "5", "Васильев": "3"}),
                               (wed, 2, {"Алексеев": "4", "Васильев": "3"}),
                               (fri, 3, {"Алексеев": "5", "Васильев": "3"})):
        for who, mark in marks.items():
            journal.set_cell(school.ivanova, school.a["math5"], day, number, c5[who], mark, today=q2_today)
    result = compute("forecast", school.ivanova,
                     params(school, "5А", period_id=school.periods[1], today=q2_today))
    every = result.table("Прогноз по учащимся")
    math = {r["student"]: (r["marks"], r["mean"], r["forecast"], r["previous"], r["change"], r["risk"])
            for r in every.records() if r["subject"] == "Математика"}
    assert math == {
        "Алексеев Артём": (3, P("4.33"), 4, "5", -1, ""),
        "Белова Дарья": (1, P("5.00"), 5, "4", 1, "мало отметок — риск «н/а»"),
        "Васильев Иван": (3, P("3.00"), 3, "3", 0, ""),
        "Григорьева Анна": (0, None, None, "2", None, "нет отметок — риск «н/а»"),
        "Дмитриев Егор": (0, None, None, None, None, "нет отметок — риск «н/а»"),
        "Ёлкина Мария": (0, None, None, None, None, "нет отметок — риск «н/а»"),
    }
    risky = result.table("Группа риска")
    assert len(risky.rows) == 4 + 6  # four in maths, everyone in Russian (no lessons yet)
    dynamics = result.table("Динамика по предметам")
    row = dynamics.find("subject", "Математика")
    # forecasts 4, 5, 3 against the quarter's 5, 4, 3, 2
    assert (row["now_count"], row["now_mean"], row["before_mean"], row["mean_change"]) == (
        3, P("4.00"), P("3.50"), P("0.50"))
    assert (row["now_quality"], row["before_quality"], row["now_success"], row["before_success"]) == (
        pct("66.7"), pct("50"), pct("100"), pct("75"))
    assert "Прошлый период: 1 четверть." in result.notes


def test_forecast_risk_of_a_failing_mean_and_absences(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("forecast", school.admin, params(school, today=D(2025, 9, 16)))
    assert [t.title for t in result.tables] == ["Группа риска", "Динамика по предметам"]
    risky = {(r["class"], r["student"], r["subject"]): r["risk"] for r in result.main.records()}
    # Васильев: 2, 3, 2 (контрольная, weight 2) → 9/4 = 2.25
    assert risky[("5А", "Васильев Иван", "Математика")] == "прогноз «2»"
    assert risky[("5А", "Белова Дарья", "Русский язык")] == (
        "нет отметок — риск «н/а»; пропущено 2 из 2 уроков — риск «н/а»")
    assert ("5А", "Алексеев Артём", "Математика") not in risky


# --- ежемесячный отчёт --------------------------------------------------------------------------------------


def test_monthly_report(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    result = compute("monthly", school.director,
                     ReportParams(date_from=D(2025, 9, 1), date_to=D(2025, 9, 30), today=TODAY))
    summary = {r[0]: tuple(r[1:]) for r in result.table("Показатели").rows}
    assert summary["Учителей, работавших в журнале"] == (3, 4, pct("75"))
    # September's timetable: 13 + 9 + 5 + 10 lessons; 7 of them in the journal
    assert summary["Уроков с записями в журнале"] == (7, 37, pct("18.9"))
    assert summary["Уроков по расписанию без записей"] == (30, 37, pct("81.1"))
    assert summary["Уроков без темы"] == (2, 7, pct("28.6"))
    assert summary["Уроков без домашнего задания"] == (3, 7, pct("42.9"))
    assert summary["Уроков, заполненных с опозданием"] == (3, 7, pct("42.9"))
    assert summary["Отметок выставлено"] == (14, None, None)
    assert summary["Учащихся без отметок (по предметам)"] == (8, 15, pct("53.3"))
    assert summary["Учащихся с одной отметкой (по предметам)"] == (3, 15, pct("20"))
    assert summary["Клеток с отметкой и пропуском урока"] == (1, None, None)
    assert summary["Пропущено уроков учащимися"] == (6, None, None)
    assert summary["из них по болезни"] == (2, 6, pct("33.3"))
    assert summary["Запросов на исправление"] == (0, None, None)
    by_class = result.table("По классам")
    assert by_class.find("class", "5А") == {
        "class": "5А", "held": 6, "no_topic": 2, "no_homework": 3, "late": 2, "marks": 14, "no_marks": 5,
        "one_mark": 3, "mark_absence": 1, "missed": 5}
    flagged = result.table("Отметка и пропуск в одной клетке")
    assert flagged.rows == [[MON, "5А", "Математика", "Иванова М.П.", "Ёлкина Мария", "5 н"]]
    teachers = result.table("По учителям")
    assert teachers.find("teacher", "Сидорова А.И.")["unfilled"] == 9


# --- permissions --------------------------------------------------------------------------------------------


ALL_CLASS_REPORTS = ("progress", "period-results", "attendance", "accumulation", "timeliness",
                     "period-marks-timing", "programme", "forecast", "monthly", "activity")


@pytest.mark.parametrize("name", ALL_CLASS_REPORTS)
def test_a_teacher_is_refused_another_class(school: School, name: str) -> None:
    with pytest.raises(PermissionDenied):
        compute(name, school.sidorova, params(school, "5А"))
    with pytest.raises(PermissionDenied):
        compute(name, school.ivanova, params(school, "6А"))  # homeroom of 5А only


def test_homeroom_sees_the_own_class_a_teacher_own_subjects(school: School,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    homeroom = compute("progress", school.ivanova, params(school, "5А"))
    assert [r["subject"] for r in homeroom.main.records()] == ["Математика", "Русский язык"]
    assert "только ваши" not in homeroom.subtitle
    teacher = compute("progress", school.petrov, params(school, "5А"))
    assert [r["subject"] for r in teacher.main.records()] == ["Русский язык"]
    assert teacher.subtitle.endswith("только ваши классы и предметы")
    # without a class: the own class and own assignments, never the whole school
    mine = compute("progress", school.ivanova, params(school))
    assert [t.title for t in mine.tables] == ["По классам и предметам"]
    assert {r["class"] for r in mine.main.records()} == {"5А"}
    sidorova = compute("attendance", school.sidorova, params(school))
    assert [r["class"] for r in sidorova.main.records()] == ["6А"]
    assert sidorova.main.totals[2] == 1
    for actor in (school.admin, school.director, school.deputy):
        assert len(compute("progress", actor, params(school)).tables) == 3


def test_unknown_class_and_period(school: School) -> None:
    with pytest.raises(NotFound):
        compute("progress", school.admin, ReportParams(class_id=99999))
    with pytest.raises(NotFound):
        compute("progress", school.admin, ReportParams(period_id=99999))


def test_default_period_is_the_current_one(school: School) -> None:
    result = compute("progress", school.admin, ReportParams(class_id=school.classes["5А"], today=D(2025, 11, 20)))
    assert "2 четверть" in result.subtitle
    summer = compute("progress", school.admin, ReportParams(class_id=school.classes["5А"], today=D(2026, 7, 1)))
    assert "4 четверть" in summer.subtitle


# --- internal messages (services.messages) ----------------------------------------------------------------


def test_messages_to_a_person_a_role_and_all(school: School) -> None:
    from ejournal_desktop.services import messages
    from ejournal_desktop.services.permissions import Role

    assert messages.send(school.deputy, "Заполните журнал до пятницы.", subject="Журнал",
                         to_user=school.ivanova.user_id) == 1
    assert messages.unread_count(school.ivanova) == 1
    first = messages.inbox(school.ivanova)[0]
    assert (first.sender, first.subject, first.body, first.unread) == (
        "Смирнова О.П.", "Журнал", "Заполните журнал до пятницы.", True)
    # to a role: the teachers, the sender (a teacher too) left out
    assert messages.send(school.deputy, "Совещание в 15:00.", to_role=Role.TEACHER) == 3
    assert messages.unread_count(school.petrov) == 1
    # homeroom teachers follow from the classes
    assert messages.send(school.director, "Родительские собрания.", to_role="homeroom") == 2
    # to all: everyone but the sender
    assert messages.send(school.admin, "Обновление программы вечером.", to_all=True) == 5
    assert messages.unread_count(school.ivanova) == 4
    messages.mark_read(school.ivanova, first.id)
    assert messages.unread_count(school.ivanova) == 3
    assert len(messages.inbox(school.ivanova, unread_only=True)) == 3
    assert messages.mark_all_read(school.ivanova) == 3 and messages.unread_count(school.ivanova) == 0
    # someone else's message is not found; bad input is refused whole
    with pytest.raises(NotFound):
        messages.mark_read(school.petrov, first.id)
    with pytest.raises(ValidationError):
        messages.send(school.petrov, "  ", to_all=True)
    with pytest.raises(ValidationError):
        messages.send(school.petrov, "Текст", to_all=True, to_user=school.ivanova.user_id)
    with pytest.raises(ValidationError):
        messages.send(school.petrov, "Текст", to_role="nobody")
    assert [m.recipient for m in messages.sent(school.deputy)][-1] == "Иванова М.П."
    from ejournal_desktop.store.models import AuditEntry

    assert AuditEntry.select().where(AuditEntry.action == "message.send").count() == 4


# --- ежемесячный отчёт: работа с родителями -----------------------------------------------------------------


def test_monthly_report_parents_reached(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    """September: 5А — Алексеев (a call and a letter) and Белова (a letter) of 6 families; Васильев's
    contact is on 1 October.  1А — Жуков of 3; 6А — none of 3.  School: 3 of 12 = 25 %."""
    from ejournal_desktop.services import contacts

    k5, k1 = school.students["5А"], school.students["1А"]
    contacts.record_contact(school.ivanova, k5[0], "call", D(2025, 9, 8), note="звонок")
    contacts.log_issued(school.ivanova, [k5[0], k5[1]], "letter", D(2025, 9, 30), "Письмо")
    contacts.record_contact(school.ivanova, k5[2], "call", D(2025, 10, 1), note="октябрь")
    contacts.record_contact(school.petrov, k1[0], "meeting", D(2025, 9, 15), note="собрание")
    september = ReportParams(date_from=D(2025, 9, 1), date_to=D(2025, 9, 30), today=TODAY)
    result = compute("monthly", school.director, september)
    parents = result.table("Работа с родителями")
    assert [(r["class"], r["families"], r["reached"], r["share"]) for r in parents.records()] == [
        ("1А", 3, 1, pct("33.3")), ("5А", 6, 2, pct("33.3")), ("6А", 3, 0, pct("0"))]
    assert parents.totals == ["Итого", 12, 3, pct("25")]
    assert any("Семей — учащихся класса" in n for n in parents.notes)
    summary = {r[0]: tuple(r[1:]) for r in result.table("Показатели").rows}
    assert summary["Семей, с которыми был контакт"] == (3, 12, pct("25"))
    # the homeroom teacher's monthly report: the own class only
    own = compute("monthly", school.ivanova, ReportParams(class_id=school.classes["5А"], date_from=D(2025, 9, 1),
                                                          date_to=D(2025, 9, 30), today=TODAY))
    assert own.table("Работа с родителями").records() == [
        {"class": "5А", "families": 6, "reached": 2, "share": pct("33.3")}]
