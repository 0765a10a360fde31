"""SMS texts for parents: exact texts on the fixed school, splitting at 160, CSV/xlsx read back, contacts.

The journal is the first quarter of tests/test_reports.py (fill_q1); for 8–14 Sep 2025, 5А:
    Математика: Mon Белова 4, Васильев 2, Ёлкина 5 н, Алексеев 5; Wed Алексеев 5, Васильев 3,
                Дмитриев 3; Fri Алексеев 4, Васильев 2, Дмитриев 4, Ёлкина 5
    Русский язык: Tue Алексеев 5, Белова б, Васильев 4; Thu Алексеев н, Белова б, Дмитриев у, Васильев оп
Marks of a lesson come in the order of the cell (Mon: Белова's 4 was typed first, Алексеев's 5 later —
each student's own marks are in lesson order).  «оп» (late) is not a missed lesson.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ejournal_desktop.exchange.sms import write_csv, write_xlsx
from ejournal_desktop.services import sms
from ejournal_desktop.services.errors import PermissionDenied, ValidationError
from ejournal_desktop.store.models import AuditEntry, ParentContact
from tests.factory import MON, School
from tests.test_contacts import add_parents
from tests.test_reports import TODAY, fill_q1

D = dt.date
SUN = D(2025, 9, 14)

EXPECTED = {
    "Алексеев Артём Игоревич": "Алексеев А.: мат 5 5 4, рус 5; н 1",
    "Белова Дарья Сергеевна": "Белова Д.: мат 4; н 2 (б 2)",
    "Васильев Иван Петрович": "Васильев И.: мат 2 3 2, рус 4",
    "Григорьева Анна Олеговна": "Григорьева А.: отметок и пропусков нет",
    "Дмитриев Егор Андреевич": "Дмитриев Е.: мат 3 4; н 1 (у 1)",
    "Ёлкина Мария Викторовна": "Ёлкина М.: мат 5 5; н 1",
}


def test_texts_exact(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    batch = sms.texts(school.ivanova, school.classes["5А"], MON, SUN)
    assert {x.student: x.text for x in batch.items} == EXPECTED
    assert [x.student for x in batch.items] == list(EXPECTED)  # alphabetical, Ё after Е
    assert all(x.parts == [x.text] for x in batch.items)
    assert batch.subject == "SMS: отметки и пропуски с 08.09.2025 по 14.09.2025"


def test_abbreviations() -> None:
    assert sms.abbreviation("Русский язык") == "рус"
    assert sms.abbreviation("Окружающий мир") == "окр"
    assert sms.abbreviation("Робототехника") == "роб"
    assert sms.abbreviation("Робототехника", {"роб"}) == "робо"
    assert sms.abbreviation("Математика", {"мат"}) == "мате"


def test_split_exact_and_limits() -> None:
    assert sms.split_text("короткий  текст") == ["короткий текст"]
    assert sms.split_text("a bb ccc dddd", limit=12) == ["a bb (1/3)", "ccc (2/3)", "dddd (3/3)"]
    exact = "я " * 79 + "ю"  # 159 characters: one message
    assert sms.split_text(exact) == [exact]
    assert sms.split_text(exact + "ж") == [exact + "ж"]  # 160 still fits
    long = "Алексеев А.: " + ", ".join(f"предм{i} 5 4 5 3" for i in range(20)) + "; н 12 (б 3, у 2)"
    parts = sms.split_text(long)
    assert len(long) > 160 and len(parts) == 3
    assert all(len(p) <= 160 for p in parts)
    assert [p.rsplit(" ", 1)[1] for p in parts] == ["(1/3)", "(2/3)", "(3/3)"]
    assert " ".join(p.rsplit(" ", 1)[0] for p in parts) == long  # cut only between words
    # greedy: the next part's first word would not have fitted
    for this, nxt in itertools.pairwise(parts):
        assert len(this) + 1 + len(nxt.split(" ", 1)[0]) > 160
    many = sms.split_text(" ".join(["слово"] * 400))
    assert len(many) >= 10 and all(len(p) <= 160 for p in many) and many[-1].endswith(f"({len(many)}/{len(many)})")
    assert all(len(p) <= 20 for p in sms.split_text("ы" * 50, limit=20))  # a word longer than a part is cut


def test_long_text_is_split_in_the_batch(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_q1(school, monkeypatch)
    monkeypatch.setattr(sms, "SMS_LIMIT", 25)
    batch = sms.texts(school.ivanova, school.classes["5А"], MON, SUN)
    first = batch.items[0]
    assert first.text == "Алексеев А.: мат 5 5 4, рус 5; н 1"
    assert first.parts == ["Алексеев А.: мат 5 (1/2)", "5 4, рус 5; н 1 (2/2)"]
    assert batch.items[3].parts == ["Григорьева А.: (1/3)", "отметок и пропусков (2/3)", "нет (3/3)"]


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))


def test_issue_csv_records_contacts(school: School, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fill_q1(school, monkeypatch)
    p = add_parents(school)
    path = tmp_path / "sms.csv"
    done = sms.issue(school.ivanova, school.classes["5А"], MON, SUN, path, write_csv, today=TODAY)
    assert (done.rows, done.students, done.contacts) == (2, 2, 2)
    assert done.without_phone == ["Васильев Иван Петрович", "Григорьева Анна Олеговна", "Дмитриев Егор Андреевич",
                                  "Ёлкина Мария Викторовна"]
    assert read_csv(path) == [
        ["Телефон", "Учащийся", "Текст", "Часть"],
        ["+7 900 111-22-33", "Алексеев Артём Игоревич", "Алексеев А.: мат 5 5 4, рус 5; н 1", "1/1"],
        ["8 900 222-33-44", "Белова Дарья Сергеевна", "Белова Д.: мат 4; н 2 (б 2)", "1/1"],
    ]
    # one «SMS» contact per parent it went to: the fathers without a phone get none
    got = sorted((r.parent_id, r.kind, r.on, r.subject) for r in ParentContact.select())
    subject = "SMS: отметки и пропуски с 08.09.2025 по 14.09.2025"
    assert got == sorted([(p["mother_a"], "sms", TODAY, subject), (p["mother_b"], "sms", TODAY, subject)])
    assert AuditEntry.select().where(AuditEntry.action == "contact.issue").count() == 1
    assert not list(tmp_path.glob("*.part"))


def test_issue_xlsx(school: School, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fill_q1(school, monkeypatch)
    add_parents(school)
    path = tmp_path / "sms.xlsx"
    sms.issue(school.admin, school.classes["5А"], MON, SUN, path, write_xlsx, today=TODAY)
    ws = openpyxl.load_workbook(path).active
    assert [list(r) for r in ws.iter_rows(values_only=True)] == [
        ["Телефон", "Учащийся", "Текст", "Часть"],
        ["+7 900 111-22-33", "Алексеев Артём Игоревич", "Алексеев А.: мат 5 5 4, рус 5; н 1", "1/1"],
        ["8 900 222-33-44", "Белова Дарья Сергеевна", "Белова Д.: мат 4; н 2 (б 2)", "1/1"],
    ]
    assert ParentContact.select().count() == 2


def test_refusals_write_nothing(school: School, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fill_q1(school, monkeypatch)
    add_parents(school)
    path = tmp_path / "sms.csv"
    for who in (school.petrov, school.sidorova):  # a subject teacher of 5А; a teacher of another class
        with pytest.raises(PermissionDenied):
            sms.issue(who, school.classes["5А"], MON, SUN, path, write_csv, today=TODAY)
        with pytest.raises(PermissionDenied):
            sms.texts(who, school.classes["5А"], MON, SUN)
    with pytest.raises(ValidationError):
        sms.texts(school.ivanova, school.classes["5А"], SUN, MON)

    def broken(batch: Any, target: Path) -> None:
        target.write_text("half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        sms.issue(school.ivanova, school.classes["5А"], MON, SUN, path, broken, today=TODAY)
    assert not path.exists() and not list(tmp_path.iterdir())
    assert ParentContact.select().count() == 0


def test_no_phone_anywhere_is_refused(school: School, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="телефон"):
        sms.issue(school.ivanova, school.classes["5А"], MON, SUN, tmp_path / "x.csv", write_csv, today=TODAY)
    assert not (tmp_path / "x.csv").exists() and ParentContact.select().count() == 0


# --- the command line ---------------------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from ejournal_desktop import cli

    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_sms_and_contacts(journal: Any, db_spec: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    from tests.factory import build_school

    s = build_school(journal)
    fill_q1(s, monkeypatch)
    add_parents(s)
    monkeypatch.undo()
    monkeypatch.setenv("EJOURNAL_PASSWORD", "password1")
    monkeypatch.setenv("EJOURNAL_USER", "ivanova")
    out_csv = tmp_path / "sms.csv"
    code, out, err = run(capsys, "sms", "--db", db_spec, "--class", "5А", "--from", "2025-09-08", "--to",
                         "2025-09-14", "--today", "2025-10-27", "-o", str(out_csv))
    assert code == 0, err
    assert f"записаны: {out_csv}" in out and "записано: 2" in out
    assert read_csv(out_csv)[1][2] == "Алексеев А.: мат 5 5 4, рус 5; н 1"

    out_xlsx = tmp_path / "q1.xlsx"
    code, out, err = run(capsys, "sms", "--db", db_spec, "--class", "5А", "--period", "1", "--today",
                         "2025-10-27", "-o", str(out_xlsx))
    assert code == 0, err
    ws = openpyxl.load_workbook(out_xlsx).active
    # the whole quarter adds Mon 15 Sep: Дмитриев 4 — he has no parent's phone, so the rows are the same two
    assert [r[2] for r in ws.iter_rows(min_row=2, values_only=True)] == [
        "Алексеев А.: мат 5 5 4, рус 5; н 1", "Белова Д.: мат 4; н 2 (б 2)"]

    code, out, err = run(capsys, "contacts", "--db", db_spec, "--class", "5А", "--from", "2025-09-01", "--to",
                         "2025-10-31")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].endswith(": 4") and sum("SMS" in line for line in lines[1:]) == 4
    assert "Алексеева Ирина Павловна (мать)" in out and "[Иванова М.П.]" in out
    code, out, err = run(capsys, "contacts", "--db", db_spec, "--class", "5А", "--year", "2025/2026")
    assert code == 0, err
    assert "с 01.09.2025 по 31.05.2026: 4" in out.splitlines()[0]

    code, out, err = run(capsys, "sms", "--db", db_spec, "--class", "5А", "--period", "1", "-o",
                         str(tmp_path / "x.txt"))
    assert code == 2 and ".csv" in err and not (tmp_path / "x.txt").exists()
    monkeypatch.setenv("EJOURNAL_USER", "petrov")
    code, out, err = run(capsys, "sms", "--db", db_spec, "--class", "5А", "--period", "1", "--today",
                         "2025-10-27", "-o", str(tmp_path / "p.csv"))
    assert code == 1 and "Нет прав" in err and not (tmp_path / "p.csv").exists()
