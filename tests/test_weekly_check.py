"""The homeroom teacher's weekly check: figures by hand, confirmation, permissions, the deputy's report.

The journal is the first quarter of tests/test_reports.py (fill_q1).  Hand count for 5А,
week 8–14 Sep 2025, «today» 27 Oct, last 5 lessons:

Математика (Иванова; timetable Mon #1, Wed #2, Fri #3): 3 due, 3 recorded, 0 unfilled,
    topics 3, homework 2 (Fri has none), attendance taken 3 (each has marks),
    missed 1 (Ёлкина н on Mon), no marks in the last lessons: Григорьева.
Русский язык (Петров; Tue #1, Thu #1): 2 due, 2 recorded, topics 1 (Thu has none),
    homework 1, attendance 2, missed 4 (Tue Белова б; Thu Алексеев н, Белова б,
    Дмитриев у; «оп» is not a missed lesson) of them ill 2, excused 1;
    no marks: Белова, Григорьева, Дмитриев, Ёлкина (only Алексеев 5 and Васильев 4 on Tue).

Week 15–21 Sep: Математика due 3 (Mon 15, Wed 17, Fri 19), recorded 1 (Mon 15, Дмитриев 4),
    unfilled 2, no topic, no homework; Русский due 2, recorded 0, unfilled 2.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from ejournal_desktop.services import corrections, weekly_check
from ejournal_desktop.services.errors import ConflictError, PermissionDenied, ValidationError
from ejournal_desktop.services.reports import ReportParams, compute
from ejournal_desktop.store.models import AuditEntry, WeeklyCheck
from tests.factory import MON, TUE, School
from tests.test_reports import TODAY, fill_q1, names

D = dt.date
MON15 = D(2025, 9, 15)


def figures(week: weekly_check.WeekSummary) -> dict[str, tuple[object, ...]]:
    return {s.subject: (s.scheduled, s.recorded, s.unfilled, s.with_topic, s.with_homework, s.attendance_taken,
                        s.missed, s.ill, s.excused, s.no_marks, s.open_corrections) for s in week.subjects}


def test_week_figures_by_hand(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    week = weekly_check.summary(school.ivanova, school.classes["5А"], MON, today=TODAY)
    assert week.class_name == "5А" and week.until == D(2025, 9, 14)
    assert figures(week) == {
        "Математика": (3, 3, 0, 3, 2, 3, 1, 0, 0, ["Григорьева Анна"], 0),
        "Русский язык": (2, 2, 0, 1, 1, 2, 4, 2, 1,
                         ["Белова Дарья", "Григорьева Анна", "Дмитриев Егор", "Ёлкина Мария"], 0),
    }
    assert [s.teacher for s in week.subjects] == ["Иванова М.П.", "Петров С.Н."]
    assert (week.total("scheduled"), week.total("without_topic"), week.total("no_marks")) == (5, 1, 5)

    later = weekly_check.summary(school.deputy, school.classes["5А"], MON15, today=TODAY)
    assert figures(later) == {
        "Математика": (3, 1, 2, 0, 0, 1, 0, 0, 0, ["Григорьева Анна"], 0),
        "Русский язык": (2, 0, 2, 0, 0, 0, 0, 0, 0,
                         ["Белова Дарья", "Григорьева Анна", "Дмитриев Егор", "Ёлкина Мария"], 0),
    }


def test_current_week_counts_up_to_today(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    week = weekly_check.summary(school.ivanova, school.classes["5А"], MON, today=TUE)
    # Mon (maths) and Tue (Russian) are due; Tuesday's lesson is not "unfilled" on its own day
    assert figures(week)["Математика"][:3] == (1, 1, 0)
    assert figures(week)["Русский язык"][:3] == (1, 1, 0)


def test_first_grade_has_no_marks_or_homework_columns(school: School) -> None:
    week = weekly_check.summary(school.petrov, school.classes["1А"], MON, today=TODAY)
    [nature] = week.subjects
    assert (nature.scheduled, nature.recorded, nature.unfilled) == (1, 0, 1)
    assert nature.with_homework is None and nature.no_marks is None and nature.without_homework is None


def test_open_correction_requests_counted(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    c5 = names(school, "5А")
    corrections.request(school.ivanova, school.a["rus5"], TUE, 1, c5["Белова"], "н", "болела не весь день",
                        today=TODAY)
    week = weekly_check.summary(school.ivanova, school.classes["5А"], MON, today=TODAY)
    assert [s.open_corrections for s in week.subjects] == [0, 1]


def test_confirm_by_homeroom_teacher_and_reconfirm(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    c5 = school.classes["5А"]
    assert weekly_check.confirm(school.ivanova, c5, MON, " всё в порядке ", today=TODAY) == 1
    row = WeeklyCheck.get((WeeklyCheck.school_class == c5) & (WeeklyCheck.week_start == MON))
    stored = json.loads(row.figures)
    assert [s["subject"] for s in stored["subjects"]] == ["Математика", "Русский язык"]
    assert stored["subjects"][1]["missed"] == 4 and row.note == "всё в порядке" and row.version == 1
    entry = AuditEntry.get(AuditEntry.action == "weekly_check.confirm")
    assert (entry.user_id, entry.school_class, entry.entity_id) == (school.ivanova.user_id, c5, row.id)

    seen = weekly_check.check_of_week(school.deputy, c5, MON)
    assert seen is not None and seen.confirmed_by == "Иванова М.П." and seen.version == 1
    assert figures(seen.figures)["Математика"] == (3, 3, 0, 3, 2, 3, 1, 0, 0, ["Григорьева Анна"], 0)

    # someone who saw no check, or an older version, is refused and nothing changes
    with pytest.raises(ConflictError):
        weekly_check.confirm(school.ivanova, c5, MON, "второй раз", today=TODAY)
    assert weekly_check.confirm(school.ivanova, c5, MON, "исправлены темы", expected_version=1, today=TODAY) == 2
    with pytest.raises(ConflictError):
        weekly_check.confirm(school.ivanova, c5, MON, "устарело", expected_version=1, today=TODAY)
    row = WeeklyCheck.get_by_id(row.id)
    assert (row.version, row.note) == (2, "исправлены темы")
    assert AuditEntry.select().where(AuditEntry.action == "weekly_check.reconfirm").count() == 1
    assert WeeklyCheck.select().count() == 1


@pytest.mark.parametrize("who", ["petrov", "sidorova", "deputy", "director", "admin"])
def test_only_the_homeroom_teacher_confirms(school: School, who: str) -> None:
    # petrov teaches Russian in 5А and is the homeroom teacher of 1А; sidorova has nothing to do with 5А
    with pytest.raises(PermissionDenied):
        weekly_check.confirm(school.actors()[who], school.classes["5А"], MON, today=TODAY)
    assert WeeklyCheck.select().count() == 0
    assert AuditEntry.select().where(AuditEntry.action.startswith("weekly_check")).count() == 0


def test_another_class_is_refused_and_own_class_allowed(school: School) -> None:
    with pytest.raises(PermissionDenied):
        weekly_check.confirm(school.ivanova, school.classes["1А"], MON, today=TODAY)
    assert weekly_check.confirm(school.petrov, school.classes["1А"], MON, today=TODAY) == 1


def test_subject_teacher_does_not_see_the_check(school: School) -> None:
    with pytest.raises(PermissionDenied):
        weekly_check.summary(school.petrov, school.classes["5А"], MON, today=TODAY)
    with pytest.raises(PermissionDenied):
        weekly_check.checks_of_class(school.sidorova, school.classes["5А"])


@pytest.mark.parametrize("week,message", [(TUE, "понедельник"), (D(2025, 11, 3), "ещё не началась"),
                                          (D(2024, 9, 2), "не входит")])
def test_bad_week_refused(school: School, week: dt.date, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        weekly_check.confirm(school.ivanova, school.classes["5А"], week, today=D(2025, 10, 27))
    assert WeeklyCheck.select().count() == 0


def test_long_note_refused(school: School) -> None:
    with pytest.raises(ValidationError):
        weekly_check.confirm(school.ivanova, school.classes["5А"], MON, "x" * 1001, today=TODAY)
    assert WeeklyCheck.select().count() == 0


def test_weekly_checks_report(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    weekly_check.confirm(school.ivanova, school.classes["5А"], MON, "проверено", today=TODAY)
    today = D(2025, 9, 21)  # weeks of 1, 8 and 15 Sep have begun
    result = compute("weekly_checks", school.deputy, ReportParams(period_id=school.periods[0], today=today))
    by_class = result.table("По классам")
    assert [(r["class"], r["weeks"], r["confirmed"]) for r in by_class.records()] == [
        ("1А", 3, 0), ("5А", 3, 1), ("6А", 3, 0)]
    assert by_class.find("class", "5А")["homeroom"] == "Иванова М.П."
    assert by_class.find("class", "6А")["homeroom"] == "не назначен"
    assert by_class.totals is not None and by_class.total("confirmed") == 1 and by_class.total("weeks") == 9
    weeks = result.table("По неделям").records()
    assert len(weeks) == 9
    mine = [w for w in weeks if w["class"] == "5А"]
    assert [w["confirmed_by"] for w in mine] == ["не подтверждена", "Иванова М.П.", "не подтверждена"]
    confirmed = mine[1]
    assert (confirmed["scheduled"], confirmed["recorded"], confirmed["unfilled"], confirmed["no_topic"],
            confirmed["no_homework"], confirmed["no_attendance"], confirmed["missed"], confirmed["no_marks"],
            confirmed["corrections"], confirmed["note"]) == (5, 5, 0, 1, 2, 0, 5, 5, 0, "проверено")

    # the homeroom teacher sees the own class only; a subject teacher sees nothing
    own = compute("weekly_checks", school.ivanova, ReportParams(period_id=school.periods[0], today=today))
    assert [r["class"] for r in own.table("По классам").records()] == ["5А"]
    none = compute("weekly_checks", school.sidorova, ReportParams(period_id=school.periods[0], today=today))
    assert none.table("По классам").records() == []
