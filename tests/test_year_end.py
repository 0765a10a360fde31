"""Year-end status (issue 6 item 5): printed, certified, still intact; the deadline and the director's reminder."""

from __future__ import annotations

import datetime as dt

import pytest

from ejournal_desktop.printing.journal import count_sheets
from ejournal_desktop.services import certification, printdata, structure, year_end
from ejournal_desktop.services.errors import PermissionDenied, ValidationError
from ejournal_desktop.store.models import PrintRecord, Student
from tests.factory import School

D = dt.date
BEFORE = D(2026, 6, 10)  # 20 days before 30 June: no reminder yet
NEAR = D(2026, 6, 20)  # 10 days before: the reminder is on


def print_journal(s: School, name: str, who=None) -> int:
    """What the print log records when the bound journal of a class is saved (kind «journal»)."""
    cid = s.classes[name]
    sheets = count_sheets(printdata.collect(cid, today=D(2026, 6, 5)))
    PrintRecord.create(kind="journal", school_class=cid, year=s.year, pages=sheets,
                       printed_by=(who or s.director).user_id, file_name=f"{name}.pdf")
    return sheets


def certify(s: School, name: str) -> None:
    certification.certify(s.director, s.classes[name], s.year, count_sheets=count_sheets, today=D(2026, 6, 5))


def by_name(status: year_end.YearStatus) -> dict[str, year_end.ClassStatus]:
    return {c.class_name: c for c in status.classes}


def test_status_follows_printing_and_certifying(school: School) -> None:
    s = school
    status = year_end.year_status(s.director, s.year, today=NEAR)
    assert [c.class_name for c in status.classes] == ["1А", "5А", "6А"]
    assert status.deadline == D(2026, 6, 30) and status.days_left == 10
    assert "осталось 10 дней" in status.deadline_text()
    five = by_name(status)["5А"]
    assert five.printed is None and five.certified is None and five.verified is None
    assert five.missing == ("журнал не напечатан", "журнал не заверен")

    sheets = print_journal(s, "5А")
    five = by_name(year_end.year_status(s.director, s.year, today=NEAR))["5А"]
    assert five.printed is not None and five.printed.sheets == sheets and five.printed.printed_by == "Орлова Е. В."
    assert five.missing == ("журнал не заверен",)

    certify(s, "5А")
    five = by_name(year_end.year_status(s.director, s.year, today=NEAR))["5А"]
    assert five.certified is not None and five.certified.sheet_count == sheets
    assert five.verified is True and five.done and five.missing == ()
    assert not by_name(year_end.year_status(s.director, s.year, today=NEAR))["6А"].done

    # a mark changed behind the program's back: the certified journal no longer verifies
    Student.update(surname="Подменённый").where(Student.id == s.students["5А"][0]).execute()
    five = by_name(year_end.year_status(s.director, s.year, today=NEAR))["5А"]
    assert five.verified is False and not five.done
    assert any(m.startswith("заверенный журнал изменён") for m in five.missing)


def test_a_reprint_with_another_sheet_count_is_pointed_out(school: School) -> None:
    s = school
    sheets = print_journal(s, "6А")
    certify(s, "6А")
    PrintRecord.create(kind="journal", school_class=s.classes["6А"], year=s.year, pages=sheets + 3,
                       printed_by=s.admin.user_id, printed_at=dt.datetime.now() + dt.timedelta(hours=1))
    six = by_name(year_end.year_status(s.director, s.year, today=NEAR))["6А"]
    assert six.printed is not None and six.printed.sheets == sheets + 3  # the last print counts
    assert six.missing == (f"напечатано листов: {sheets + 3}, при заверении — {sheets}; напечатайте журнал заново",)


def test_who_sees_what(school: School) -> None:
    s = school
    for actor in (s.admin, s.director, s.deputy):
        assert len(year_end.year_status(actor, s.year, today=NEAR).classes) == 3
    assert [c.class_name for c in year_end.year_status(s.ivanova, s.year, today=NEAR).classes] == ["5А"]
    with pytest.raises(PermissionDenied):
        year_end.year_status(s.sidorova, s.year, today=NEAR)  # a subject teacher, no class of her own


def test_reminder_window_and_its_end(school: School) -> None:
    s = school
    assert year_end.director_reminder(s.director, today=BEFORE) == ""
    text = year_end.director_reminder(s.director, today=NEAR)
    assert text.startswith("Конец 2025/2026 учебного года: не заверены журналы: 1А, 5А, 6А; не напечатаны: 1А, 5А, 6А.")
    assert "30.06.2026" in text and "осталось 10 дней" in text
    for other in (s.admin, s.deputy, s.ivanova):
        assert year_end.director_reminder(other, today=NEAR) == ""  # only whoever certifies
    for name in ("1А", "5А"):
        print_journal(s, name)
        certify(s, name)
    assert year_end.director_reminder(s.director, today=NEAR).startswith(
        "Конец 2025/2026 учебного года: не заверены журналы: 6А; не напечатаны: 6А.")
    late = year_end.director_reminder(s.director, today=D(2026, 7, 3))
    assert "срок прошёл 3 дня назад" in late
    certify(s, "6А")
    assert year_end.director_reminder(s.director, today=D(2026, 7, 3)) == ""


def test_the_deadline_and_the_reminder_days_are_settings(school: School) -> None:
    s = school
    structure.set_setting(s.admin, "year_end_deadline", "06-15")
    structure.set_setting(s.admin, "year_end_reminder_days", 30)
    status = year_end.year_status(s.director, s.year, today=D(2026, 5, 20))
    assert status.deadline == D(2026, 6, 15) and status.reminder_from == D(2026, 5, 16)
    assert year_end.director_reminder(s.director, today=D(2026, 5, 20)) != ""
    assert year_end.director_reminder(s.director, today=D(2026, 5, 15)) == ""
    for bad in ("6-30", "06-31", "02-29", "13-01", "30.06", 630):
        with pytest.raises(ValidationError):
            structure.set_setting(s.admin, "year_end_deadline", bad)
    with pytest.raises(PermissionDenied):
        structure.set_setting(s.director, "year_end_deadline", "06-20")


def test_cli_year_end(journal, db_spec: str, monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str]) -> None:
    from ejournal_desktop import cli
    from tests.factory import build_school

    s = build_school(journal)
    monkeypatch.setenv("EJOURNAL_PASSWORD", "password1")
    argv = ["year-end", "--db", db_spec, "--year", "2025/2026"]
    assert cli.main([*argv, "--user", "director"]) == 1
    out, err = capsys.readouterr()
    assert "30.06.2026" in out and "5А: журнал не напечатан; журнал не заверен" in out
    for name in ("1А", "5А", "6А"):
        print_journal(s, name)
        certify(s, name)
    assert cli.main([*argv, "--user", "director"]) == 0
    out, err = capsys.readouterr()
    assert "Все журналы напечатаны и заверены." in out and out.count("совпадает") == 3
    assert cli.main([*argv, "--user", "ivanova"]) == 0
    out, _ = capsys.readouterr()
    assert "5А" in out and "6А" not in out
    assert cli.main([*argv, "--user", "sidorova"]) == 1
    _, err = capsys.readouterr()
    assert "Нет прав" in err and "Traceback" not in err
