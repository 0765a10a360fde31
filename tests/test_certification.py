"""Certifying a class's journal for a year, the read-only year after it, and verifying it later."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ejournal_desktop.printing.journal import count_sheets
from ejournal_desktop.services import certification, journal, periods, printdata
from ejournal_desktop.services.errors import LockedError, NotFound, PermissionDenied, ValidationError
from ejournal_desktop.store.models import AuditEntry, Certification, Lesson, Mark, db_proxy
from tests.factory import School
from tests.test_printing import TODAY, Filled, committed, fill_journal, run_cli  # noqa: F401

D = TODAY.__class__


@pytest.fixture
def filled(school: School) -> Filled:
    return fill_journal(school)


def ids(s: School) -> tuple[int, int]:
    return s.classes["5А"], s.year


def sql(statement: str) -> None:
    """A change written straight into the database, bypassing the program (and its audit trail)."""
    db_proxy.obj.execute_sql(statement)


def first_mark(s: School) -> tuple[int, str]:
    row = (Mark.select(Mark.id, Mark.value).join(Lesson, on=(Mark.lesson == Lesson.id))
           .where(Lesson.assignment == s.a["math5"]).order_by(Mark.id).tuples().first())
    assert row is not None
    return int(row[0]), str(row[1])


def test_certify_then_verify_then_tamper(filled: Filled) -> None:
    s = filled.school
    cid, yid = ids(s)
    cert = certification.certify(s.director, cid, yid, count_sheets=count_sheets)
    assert len(cert.digest) == 64 and int(cert.sheet_count) == count_sheets(printdata.collect(cid))
    assert int(cert.certified_by_id) == s.director.user_id
    entry = AuditEntry.get((AuditEntry.action == "journal.certify") & (AuditEntry.entity_id == cert.id))
    stored = json.loads(entry.new)
    assert stored["digest"] == cert.digest and set(stored["sections"]) == set(certification.SECTIONS)
    assert entry.school_class == cid and entry.user_id == s.director.user_id

    result = certification.verify(cid, yid)
    assert result.ok and result.differences == [] and result.digest_now == cert.digest

    mark_id, value = first_mark(s)
    new = "2" if value != "2" else "3"
    sql(f"UPDATE mark SET value='{new}' WHERE id={mark_id}")
    result = certification.verify(cid, yid)
    assert not result.ok
    assert result.changed_sections == ["marks"]
    assert result.differences == ["текущие отметки"]
    assert result.later_changes == []  # nothing went through the program

    sql(f"UPDATE mark SET value='{value}' WHERE id={mark_id}")  # put back: the journal matches again
    assert certification.verify(cid, yid).ok


@pytest.mark.parametrize(("statement", "section"), [
    ("UPDATE lesson SET topic='Другая тема' WHERE id=(SELECT MIN(id) FROM lesson)", "lessons"),
    ("UPDATE lesson SET homework='' WHERE id=(SELECT MIN(id) FROM lesson)", "lessons"),
    ("UPDATE absence SET code='у' WHERE id=(SELECT MIN(id) FROM absence WHERE code<>'у')", "absences"),
    ("DELETE FROM absence WHERE id=(SELECT MIN(id) FROM absence)", "absences"),
    ("UPDATE period_mark SET value='5' WHERE id=(SELECT MIN(id) FROM period_mark WHERE value<>'5')", "period_marks"),
    ("UPDATE enrollment SET date_to=NULL WHERE date_to IS NOT NULL", "students"),
    ("UPDATE student SET surname='Петров' WHERE id=(SELECT MIN(student_id) FROM enrollment)", "students"),
    ("UPDATE substitution SET reason='командировка'", "substitutions"),
    ("UPDATE mark SET weight=2 WHERE id=(SELECT MIN(id) FROM mark)", "marks"),
])
def test_verify_names_the_kind_of_data_changed(filled: Filled, statement: str, section: str) -> None:
    s = filled.school
    cid, yid = ids(s)
    certification.certify(s.director, cid, yid)
    sql(statement)
    result = certification.verify(cid, yid)
    assert not result.ok
    assert result.changed_sections == [section]
    assert result.differences == [certification.SECTION_TITLES[section]]


def test_a_forged_digest_is_noticed(filled: Filled) -> None:
    s = filled.school
    cid, yid = ids(s)
    cert = certification.certify(s.director, cid, yid)
    mark_id, value = first_mark(s)
    sql(f"UPDATE mark SET value='{'2' if value != '2' else '3'}' WHERE id={mark_id}")
    forged = certification.compute_digest(cid, yid).digest
    sql(f"UPDATE certification SET digest='{forged}' WHERE id={cert.id}")  # the audit trail keeps the original
    result = certification.verify(cid, yid)
    assert not result.ok
    assert "marks" in result.changed_sections and "certification" in result.changed_sections


@pytest.mark.parametrize("who", ["admin", "deputy", "ivanova", "petrov", "sidorova"])
def test_only_the_director_certifies(school: School, who: str) -> None:
    cid, yid = ids(school)
    actor = school.actors()[who]
    with pytest.raises(PermissionDenied):
        certification.certify(actor, cid, yid)
    with pytest.raises(PermissionDenied):
        certification.check_may_certify(actor, cid, yid)
    assert not Certification.select().exists()


def test_the_year_is_read_only_after_certification(filled: Filled) -> None:
    s = filled.school
    cid, yid = ids(s)
    day, number = filled.math_days[0]
    student = s.students["5А"][0]
    journal.set_cell(s.ivanova, s.a["math5"], day, number, student, "4", today=TODAY)  # still open
    certification.certify(s.director, cid, yid)
    with pytest.raises(LockedError):
        journal.set_cell(s.ivanova, s.a["math5"], day, number, student, "5", today=TODAY)
    with pytest.raises(LockedError):
        journal.set_lesson_details(s.ivanova, s.a["math5"], day, number, expected_version=None,
                                   topic="Новая тема", today=TODAY)
    with pytest.raises(LockedError):
        periods.put_period_mark(s.ivanova, s.a["math5"], student, "year", "5")
    with pytest.raises(LockedError):  # the homeroom teacher's attendance corrections too
        journal.set_cell(s.ivanova, s.a["rus5"], D(2025, 9, 2), 1, student, "н", reason="болел", today=TODAY)
    assert certification.verify(cid, yid).ok
    # the administrator's correction, with a reason, goes through — and verify reports it
    journal.set_cell(s.admin, s.a["math5"], day, number, student, "5", reason="ошибка при вводе", today=TODAY)
    result = certification.verify(cid, yid)
    assert not result.ok and result.changed_sections == ["marks"]
    assert any("admin" in line and "ошибка при вводе" in line for line in result.later_changes)
    # other classes stay open
    journal.set_cell(s.sidorova, s.a["math6"], D(2025, 9, 1), 3, s.students["6А"][0], "5", today=TODAY)


def test_certify_twice_and_verify_uncertified(filled: Filled) -> None:
    s = filled.school
    cid, yid = ids(s)
    with pytest.raises(NotFound, match="не заверен"):
        certification.verify(cid, yid)
    certification.certify(s.director, cid, yid)
    with pytest.raises(ValidationError, match="уже заверен"):
        certification.certify(s.director, cid, yid)
    with pytest.raises(NotFound):
        certification.certify(s.director, s.classes["5А"], yid + 1000)
    info = certification.status(cid, yid)
    assert info is not None and info.certified_by == "Орлова Е. В."
    assert certification.status(s.classes["6А"], yid) is None


def test_digest_is_canonical(filled: Filled) -> None:
    s = filled.school
    cid, yid = ids(s)
    a = certification.compute_digest(cid, yid)
    b = certification.compute_digest(cid, yid)
    assert a == b and set(a.sections) == set(certification.SECTIONS)
    # a value changed and changed back is the same journal (versions and timestamps are not part of it)
    day, number = filled.math_days[1]
    student = s.students["5А"][1]
    before = journal.read_cell(Lesson.get((Lesson.assignment == s.a["math5"]) & (Lesson.date == day)).id, student)
    journal.set_cell(s.ivanova, s.a["math5"], day, number, student, "2", today=TODAY)
    assert certification.compute_digest(cid, yid) != a
    journal.set_cell(s.ivanova, s.a["math5"], day, number, student, before.text, today=TODAY)
    assert certification.compute_digest(cid, yid).digest == a.digest


def test_confirmation_says_what_becomes_read_only(school: School) -> None:
    text = certification.confirmation_text(*ids(school), today=TODAY)
    assert "5А" in text and "2025/2026" in text and "только для чтения" in text
    assert "администратор ЭЖ" in text and "Отменить заверение нельзя" in text
    assert "ещё не закончился" in certification.confirmation_text(*ids(school), today=D(2026, 3, 1))


def test_title_sheet_of_a_certified_journal_names_the_digest(filled: Filled) -> None:
    import io

    import pypdf

    from ejournal_desktop.printing.journal import render_journal

    s = filled.school
    cert = certification.certify(s.director, *ids(s))
    out = io.BytesIO()
    render_journal(printdata.class_journal(s.director, s.classes["5А"], today=TODAY), out)
    title = pypdf.PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text().replace("\n", "")
    assert cert.digest in title


# --- the command line ------------------------------------------------------------------------------------


def test_cli_certify_and_verify(committed: tuple[str, School], monkeypatch: pytest.MonkeyPatch,  # noqa: F811
                                capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from ejournal_desktop.commands import printing as commands

    spec, s = committed
    monkeypatch.setenv("EJOURNAL_PASSWORD", "password1")
    code, out, err = run_cli(monkeypatch, capsys, "verify", "--db", spec, "--class", "5А")
    assert code == 1 and "не заверен" in err
    code, out, err = run_cli(monkeypatch, capsys, "certify", "--db", spec, "--class", "5А", "--user", "deputy",
                             "--yes")
    assert code == 1 and "Нет прав" in err
    # no terminal and no --yes: refused before anything changes
    monkeypatch.setattr("ejournal_desktop.cli._stdin_is_terminal", lambda: False)
    code, out, err = run_cli(monkeypatch, capsys, "certify", "--db", spec, "--class", "5А", "--user", "director")
    assert code == 1 and "--yes" in err
    # asked, and answered «нет»
    answers: list[str] = []

    def ask(prompt: str) -> str:
        answers.append(prompt)
        return "нет"

    monkeypatch.setattr(commands, "ask", ask)
    code, out, err = run_cli(monkeypatch, capsys, "certify", "--db", spec, "--class", "5А", "--user", "director")
    assert code == 1 and "отменено" in err and answers and "только для чтения" in out
    monkeypatch.setattr(commands, "ask", lambda prompt: "да")
    code, out, err = run_cli(monkeypatch, capsys, "certify", "--db", spec, "--class", "5А", "--user", "director")
    assert code == 0, err
    assert "заверен" in out and "SHA-256" in out
    code, out, err = run_cli(monkeypatch, capsys, "verify", "--db", spec, "--class", "5А", "--year", "2025/2026")
    assert code == 0, err
    assert "совпадает" in out
    # a mark changed straight in the database
    from ejournal_desktop.store.database import open_journal

    db = open_journal(spec)
    try:
        mark_id, value = first_mark(s)
        db.execute_sql(f"UPDATE mark SET value='{'2' if value != '2' else '3'}' WHERE id={mark_id}")
    finally:
        db.close()
    code, out, err = run_cli(monkeypatch, capsys, "verify", "--db", spec, "--class", "5А")
    assert code == 1
    assert "текущие отметки" in out and "в обход программы" in out


# --- the signed PDF (pyHanko, optional) --------------------------------------------------------------


def school_certificate(folder: Path, password: bytes = b"secret") -> tuple[Path, Path]:
    """A self-signed certificate of the director with its key in a PKCS#12 file, and the certificate alone."""
    import datetime as dt

    pytest.importorskip("cryptography")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Орлова Елена Викторовна"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "МБОУ «Тестовая школа»")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    p12 = folder / "director.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"director", key, cert, None, serialization.BestAvailableEncryption(password)))
    crt = folder / "director.crt"
    crt.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return p12, crt


def test_sign_and_check_a_pdf(filled: Filled, tmp_path: Path) -> None:
    pytest.importorskip("pyhanko")
    import io

    from ejournal_desktop.printing import signing
    from ejournal_desktop.printing.journal import render_journal

    p12, crt = school_certificate(tmp_path)
    out = io.BytesIO()
    render_journal(printdata.class_journal(filled.school.director, filled.school.classes["5А"], today=TODAY), out)
    signed = signing.sign_pdf(out.getvalue(), p12, "secret", reason="Заверение журнала")
    check = signing.check_signature(signed, [crt])
    assert check.ok and check.trusted and "Орлова Елена Викторовна" in check.signer
    assert signing.check_signature(signed).ok and not signing.check_signature(signed).trusted
    assert not signing.check_signature(out.getvalue()).signed
    tampered = bytearray(signed)
    at = tampered.find(b"stream", 3000)
    tampered[at + 40] ^= 1
    assert not signing.check_signature(bytes(tampered)).ok
    assert not signing.check_signature(signed + b"\n% appended\n").ok
    with pytest.raises(signing.SigningError, match="неверный пароль"):
        signing.sign_pdf(out.getvalue(), p12, "wrong", reason="x")


def test_cli_certify_signs_and_verify_checks_the_pdf(committed: tuple[str, School],  # noqa: F811
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pytest.importorskip("pyhanko")
    spec, s = committed
    p12, crt = school_certificate(tmp_path)
    monkeypatch.setenv("EJOURNAL_PASSWORD", "password1")
    monkeypatch.setenv("EJOURNAL_CERT_PASSWORD", "wrong")
    signed = tmp_path / "signed.pdf"
    code, out, err = run_cli(monkeypatch, capsys, "certify", "--db", spec, "--class", "5А", "--user", "director",
                             "--yes", "--cert", str(p12), "-o", str(signed))
    assert code == 1 and "неверный пароль" in err and not signed.exists()
    assert certification.status(*ids(s)) is None  # a wrong certificate password certifies nothing
    monkeypatch.setenv("EJOURNAL_CERT_PASSWORD", "secret")
    code, out, err = run_cli(monkeypatch, capsys, "certify", "--db", spec, "--class", "5А", "--user", "director",
                             "--yes", "--cert", str(p12), "-o", str(signed))
    assert code == 0, err
    assert "подписан электронной подписью" in out
    code, out, err = run_cli(monkeypatch, capsys, "verify", "--db", spec, "--class", "5А", "--pdf", str(signed),
                             "--trust", str(crt))
    assert code == 0, out + err
    assert "контрольная сумма совпадает" in out and "Электронная подпись цела" in out
    tampered = bytearray(signed.read_bytes())
    tampered[tampered.find(b"stream", 3000) + 40] ^= 1
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(tampered))
    code, out, err = run_cli(monkeypatch, capsys, "verify", "--db", spec, "--class", "5А", "--pdf", str(bad))
    assert code == 1 and "НЕ подтверждает" in out
