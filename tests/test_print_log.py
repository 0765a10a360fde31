"""The print log, the period batch and the command line for parents' documents.

A row for every PDF saved (none for a preview), the contract the year-end status
screen relies on (kind «journal»: class, year, sheet count), who may see the log;
``ejournal print diary|letters|period`` with their refusals and messages.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from ejournal_desktop.printing import period_pages
from ejournal_desktop.services import print_log
from ejournal_desktop.services.errors import PermissionDenied, ValidationError
from ejournal_desktop.store.models import AuditEntry, ParentContact, PrintRecord
from tests import test_printing
from tests.factory import STUDENTS, School
from tests.test_printing import TODAY, Filled, fill_journal, pdf, run_cli

committed = test_printing.committed  # the fixture: a committed journal with the filled school

DIGEST = "0" * 64


@pytest.fixture
def filled(school: School) -> Filled:
    return fill_journal(school)


def test_record_and_view(school: School) -> None:
    s = school
    rid = print_log.record(s.ivanova, "journal", class_id=s.classes["5А"], year_id=s.year, pages=37, digest=DIGEST,
                           file_name="C:\\Users\\Мария\\Документы\\Классный журнал 5А.pdf")
    row = PrintRecord.get_by_id(rid)
    assert (row.kind, row.school_class_id, row.year_id, row.pages, row.file_name) == (
        "journal", s.classes["5А"], s.year, 37, "Классный журнал 5А.pdf")
    assert AuditEntry.select().where((AuditEntry.action == "print.record") & (AuditEntry.entity_id == rid)).exists()
    print_log.record(s.director, "volume", class_id=None, year_id=s.year, pages=12, digest="", file_name="том.pdf")
    print_log.record(s.petrov, "summary", class_id=s.classes["1А"], year_id=s.year, pages=2, digest="",
                     file_name="1А.pdf")
    seen = print_log.entries(s.deputy, s.year)
    assert [(r.kind, r.class_name, r.pages) for r in seen] == [("summary", "1А", 2), ("volume", "", 12),
                                                               ("journal", "5А", 37)]
    assert seen[2].printed_by == "Иванова М. П." and seen[2].what == "журнал класса"
    # a homeroom teacher sees own class's rows (and own ones); one class's log
    assert [r.class_name for r in print_log.entries(s.ivanova, s.year)] == ["5А"]
    assert [r.kind for r in print_log.entries(s.director, s.year, s.classes["1А"])] == ["summary"]
    with pytest.raises(PermissionDenied):
        print_log.entries(s.sidorova, s.year)
    with pytest.raises(PermissionDenied):
        print_log.entries(s.ivanova, s.year, s.classes["1А"])


def test_refusals_write_nothing(school: School) -> None:
    s = school
    with pytest.raises(PermissionDenied):  # a subject teacher may not print the journal
        print_log.record(s.sidorova, "journal", class_id=s.classes["6А"], year_id=s.year, pages=3, digest="",
                         file_name="6А.pdf")
    with pytest.raises(PermissionDenied):  # nor letters: petrov teaches in 5А, is not its homeroom teacher
        print_log.record(s.petrov, "letters", class_id=s.classes["5А"], year_id=s.year, pages=3, digest="",
                         file_name="x.pdf")
    for kind, pages, digest, name in (("poster", 1, "", "x.pdf"), ("summary", -1, "", "x.pdf"),
                                      ("summary", 1, "abc", "x.pdf"), ("summary", 1, "", "  ")):
        with pytest.raises(ValidationError):
            print_log.record(s.admin, kind, class_id=s.classes["5А"], year_id=s.year, pages=pages, digest=digest,
                             file_name=name)
    with pytest.raises(ValidationError):
        print_log.record(s.admin, "journal", class_id=None, year_id=s.year, pages=1, digest="", file_name="x.pdf")
    assert PrintRecord.select().count() == 0


def test_period_batch_of_every_class(filled: Filled) -> None:
    s = filled.school
    datas = period_pages.gather(s.deputy, s.year, s.periods[0], today=TODAY)
    assert [d.class_name for d in datas] == ["1А", "5А", "6А"]
    out = io.BytesIO()
    total, per_class = period_pages.render_period_pages(datas, out, school_name="Школа № 7", director="Орлова Е. В.",
                                                        year_name="2025/2026", period_name="1 четверть")
    pages = pdf(out.getvalue())
    assert total == len(pages) == 1 + sum(per_class.values())
    title = pages[0]
    assert "СТРАНИЦЫ КЛАССНЫХ ЖУРНАЛОВ" in title and "за 1 четверть" in title and f"{total} (" in title
    # the contents point at each class's first sheet
    at = 2
    for data in datas:
        label = f"{data.class_title} класс"
        first = at if per_class[data.class_id] == 1 else f"{at}–{at + per_class[data.class_id] - 1}"
        assert f"{label} {first}" in title
        assert data.class_title in pages[at - 1]
        at += per_class[data.class_id]
    with pytest.raises(PermissionDenied):
        period_pages.gather(s.sidorova, s.year, s.periods[0], [s.classes["6А"]], today=TODAY)


# --- the command line ----------------------------------------------------------------------------------


def test_cli_letters_diary_period(committed: tuple[str, School], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    spec, s = committed
    monkeypatch.setenv("EJOURNAL_PASSWORD", "password1")
    letters = tmp_path / "letters.pdf"
    code, out, err = run_cli(monkeypatch, capsys, "print", "letters", "--db", spec, "--class", "5А", "--period", "1",
                             "--remark", "Собрание 30.10.", "--user", "ivanova", "-o", str(letters))
    assert code == 0, err
    pages = pdf(letters.read_bytes())
    assert "информационные письма" in out and "записано контактов с родителями: 6" in out
    assert len(pages) == 6 and all("Собрание 30.10." in p for p in pages)

    diary = tmp_path / "diary.pdf"
    code, out, err = run_cli(monkeypatch, capsys, "print", "diary", "--db", spec, "--class", "5А", "--student",
                             "белова дарья", "--from", "2025-09-01", "--to", "2025-09-30", "--user", "director",
                             "-o", str(diary))
    assert code == 0, err
    text = "\n".join(pdf(diary.read_bytes()))
    assert "Белова Дарья Сергеевна" in text and "с 01.09.2025 по 30.09.2025" in text

    period = tmp_path / "period.pdf"
    code, out, err = run_cli(monkeypatch, capsys, "print", "period", "--db", spec, "--period", "1",
                             "--user", "deputy", "-o", str(period))
    assert code == 0, err
    assert "3 классов" in out and len(pypdf.PdfReader(str(period)).pages) > 3

    # refusals and bad arguments: a Russian message, a non-zero exit, nothing written, no traceback
    bad: list[tuple[tuple[str, ...], str]] = [
        (("letters", "--class", "5А", "--period", "1", "--user", "petrov"), "Нет прав"),
        (("letters", "--class", "5А", "--user", "ivanova"), "--period"),
        (("letters", "--class", "5А", "--period", "9", "--user", "ivanova"), "№ 9"),
        (("diary", "--class", "5А", "--from", "2025-09-01", "--user", "ivanova"), "--to"),
        (("diary", "--class", "5А", "--from", "2025-13-01", "--to", "2025-09-30", "--user", "ivanova"), "ГГГГ-ММ-ДД"),
        (("diary", "--class", "5А", "--from", "2025-10-01", "--to", "2025-09-01", "--user", "ivanova"), "позже"),
        (("diary", "--class", "5А", "--student", "Петров Пётр", "--from", "2025-09-01", "--to", "2025-09-30",
          "--user", "ivanova"), "нет"),
        (("period", "--period", "1", "--class", "6А", "--user", "sidorova"), "Нет прав"),
        (("journal", "--class", "5А", "--user", "sidorova"), "Нет прав"),
    ]
    before = (PrintRecord.select().count(), ParentContact.select().count())
    for argv, message in bad:
        target = tmp_path / "bad.pdf"
        code, out, err = run_cli(monkeypatch, capsys, "print", argv[0], "--db", spec, *argv[1:], "-o", str(target))
        assert code != 0, argv
        assert message in err, (argv, err)
        assert "Traceback" not in err and not target.exists()
    assert (PrintRecord.select().count(), ParentContact.select().count()) == before

    log = print_log.entries(s.director, s.year)
    assert sorted(r.kind for r in log) == ["diary", "letters", "period_pages", "period_pages", "period_pages"]
    letters_row = next(r for r in log if r.kind == "letters")
    assert (letters_row.class_name, letters_row.pages, letters_row.file_name) == ("5А", 6, "letters.pdf")
    assert letters_row.digest == print_log.file_digest(letters)
    assert ParentContact.select().where(ParentContact.kind == "letter").count() == len(STUDENTS["5А"])
    assert ParentContact.select().where(ParentContact.kind == "diary").count() == 1


def test_cli_every_saved_kind_is_logged(committed: tuple[str, School], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    spec, s = committed
    monkeypatch.setenv("EJOURNAL_PASSWORD", "password1")
    runs: list[tuple[str, ...]] = [("journal", "--class", "5А"), ("summary", "--class", "5А"),
                                   ("subject", "--class", "5А", "--subject", "Математика", "--period", "1"),
                                   ("volume",)]
    for argv in runs:
        target = tmp_path / f"{argv[0]}.pdf"
        code, _, err = run_cli(monkeypatch, capsys, "print", argv[0], "--db", spec, *argv[1:],
                               "--user", "director", "-o", str(target))
        assert code == 0, err
    rows = {r.kind: r for r in print_log.entries(s.director, s.year)}
    assert set(rows) == {"journal", "summary", "subject", "volume"}
    journal_row = PrintRecord.get(PrintRecord.kind == "journal")
    assert journal_row.school_class_id == s.classes["5А"] and journal_row.year_id == s.year
    assert journal_row.pages == len(pypdf.PdfReader(str(tmp_path / "journal.pdf")).pages)
    assert rows["subject"].what == "страницы предмета (Математика, 1 четверть)"
