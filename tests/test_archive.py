"""The year-end archive (issue 8): one file of the year in two verified copies, its register, checks, rotation."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from pathlib import Path

import pypdf
import pytest

from ejournal_desktop.printing.journal import count_sheets, render_journal, render_summary, render_summary_volume
from ejournal_desktop.services import archive, certification
from ejournal_desktop.services import backup as backups
from ejournal_desktop.services.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from ejournal_desktop.store import models
from ejournal_desktop.store.models import ArchiveCopy, AuditEntry, YearArchive
from tests.backup_files import password_hashes
from tests.factory import School

D = dt.date
TODAY = D(2026, 6, 29)
RENDER = archive.Renderers(journal=render_journal, summary=render_summary, volume=render_summary_volume)


def certify_all(s: School, *names: str) -> None:
    for name in names or ("1А", "5А", "6А"):
        certification.certify(s.director, s.classes[name], s.year, count_sheets=count_sheets, today=TODAY)


def folders(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "disk", tmp_path / "usb"
    a.mkdir(exist_ok=True)
    b.mkdir(exist_ok=True)
    return a, b


def make(s: School, tmp_path: Path, actor=None, **kwargs) -> archive.ArchiveResult:
    return archive.make_archive(actor or s.director, s.year, folders(tmp_path), renderers=RENDER,
                                media=kwargs.pop("media", ["внешний диск", "USB-накопитель"]),
                                locations=kwargs.pop("locations", ["кабинет директора, сейф", "архив, шкаф 2"]),
                                today=TODAY, **kwargs)


def files_in(*dirs: Path) -> list[Path]:
    return sorted(p for d in dirs if d.exists() for p in d.rglob("*") if p.is_file())


def test_refused_while_journals_are_not_certified_and_nothing_is_written(school: School, tmp_path: Path) -> None:
    s = school
    certify_all(s, "5А")
    with pytest.raises(ValidationError) as refused:
        make(s, tmp_path)
    text = refused.value.message
    assert "не все журналы заверены" in text and "1А — журнал не заверен" in text and "6А — журнал не заверен" in text
    assert "5А" not in text.split("\n", 1)[1].split("Заверьте")[0]
    assert files_in(tmp_path / "disk", tmp_path / "usb") == []
    assert YearArchive.select().count() == 0 and ArchiveCopy.select().count() == 0


def test_two_verified_copies_whose_manifest_matches_the_pdfs_and_the_snapshot(school: School, tmp_path: Path) -> None:
    s = school
    certify_all(s)
    steps: list[tuple[int, int]] = []
    result = make(s, tmp_path, progress=lambda done, total: steps.append((done, total)))
    assert steps[-1][0] == steps[-1][1] == 2 * 3 + 5 and len({total for _, total in steps}) == 1
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)
    first, second = result.copies
    assert first.parent == tmp_path / "disk" and second.parent == tmp_path / "usb"
    assert first.name == second.name == result.file_name and result.file_name.startswith("ejournal-archive-2025-2026_")
    assert first.read_bytes() == second.read_bytes()
    assert archive.file_sha256(first) == result.digest == archive.verify_archive(second).sha256
    assert (result.keep_journals_until, result.keep_summaries_until) == (D(2031, 12, 31), D(2051, 12, 31))
    assert (first.stat().st_mode & 0o777) == 0o600

    with zipfile.ZipFile(first) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["year"]["name"] == "2025/2026" and manifest["school_name"] == "МБОУ «Тестовая школа»"
        assert manifest["forced"] is False and manifest["keep_summaries_until"] == "2051-12-31"
        kinds = sorted((f["kind"], f["class"]) for f in manifest["files"])
        assert kinds == [("database", ""), ("journal", "1А"), ("journal", "5А"), ("journal", "6А"),
                         ("summary", "5А"), ("summary", "6А"), ("volume", "")]  # 1А keeps no marks
        for entry in manifest["files"]:
            data = zf.read(entry["path"])
            assert hashlib.sha256(data).hexdigest() == entry["sha256"] and len(data) == entry["size"]
            if entry["kind"] == "journal":
                pdf = pypdf.PdfReader(io.BytesIO(data))
                assert len(pdf.pages) == entry["sheets"]
                assert entry["class"] in pdf.pages[0].extract_text()
            if entry["kind"] == "database":
                snapshot = tmp_path / "snapshot.ejbackup"
                snapshot.write_bytes(data)
                info = backups.verify_backup(snapshot)
                assert info.content_sha256 == manifest["database"]["content_sha256"]
                assert info.counts["certification"] == 3
                # never the staff's password hashes (kept 25 years in a cabinet)
                assert info.passwords_withheld and manifest["database"]["withheld"] == {"user": ["password_hash"]}
                assert set(password_hashes(snapshot).values()) == {""}
        certs = {c["class"]: c for c in manifest["certifications"]}
        for name in ("1А", "5А", "6А"):
            stored = certification.status(s.classes[name], s.year)
            assert stored is not None and certs[name]["digest"] == stored.digest and certs[name]["verified"] is True
        readme = zf.read("README.txt").decode()
        assert "Архив учебного года" in readme
        assert "без паролей сотрудников" in readme and "ejournal set-password --db БАЗА --login" in readme

    row = YearArchive.get_by_id(result.archive_id)
    assert row.digest == result.digest and row.keep_journals_until == D(2031, 12, 31)
    copies = list(ArchiveCopy.select().where(ArchiveCopy.archive == row.id).order_by(ArchiveCopy.id))
    assert [(c.medium, c.location, c.path) for c in copies] == [
        ("внешний диск", "кабинет директора, сейф", str(first)), ("USB-накопитель", "архив, шкаф 2", str(second))]
    assert all(c.check_ok and c.checked_on == TODAY and c.next_check_on == D(2027, 6, 29) for c in copies)
    entry = AuditEntry.get((AuditEntry.action == "archive.make") & (AuditEntry.entity_id == row.id))
    assert entry.user_id == s.director.user_id and result.digest in entry.new
    assert archive.reminders(s.director, today=TODAY) == []


def test_the_snapshot_restores_without_passwords_until_the_owner_sets_the_admins(
        school: School, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ejournal_desktop.services import auth
    from ejournal_desktop.services.errors import AuthError
    from ejournal_desktop.store.database import connect, parse_target
    from tests.factory import PASSWORD

    s = school
    certify_all(s)
    result = make(s, tmp_path)
    with zipfile.ZipFile(result.copies[1]) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        snapshot = tmp_path / "snapshot.ejbackup"
        snapshot.write_bytes(zf.read(manifest["database"]["file"]))
    info = backups.verify_backup(snapshot)
    assert info.passwords_withheld and len(password_hashes(snapshot)) == info.counts["user"] == 6
    target = str(tmp_path / "restored.sqlite3")
    code, out, err = run_cli(capsys, "restore", str(snapshot), "--db", target)
    assert code == 0, err
    assert "нет паролей сотрудников" in out and "--login admin --password-file" in out

    def restored() -> dict[str, int]:
        connect(parse_target(target))
        return {m._meta.table_name: m.select().count() for m in models.ALL_MODELS}

    counts = restored()
    assert counts.pop("audit_entry") == info.counts["audit_entry"] + 1  # «backup.restore»
    assert counts == {k: v for k, v in info.counts.items() if k != "audit_entry"}
    for login, password in (("admin", "admin-pass"), ("director", PASSWORD), ("ivanova", PASSWORD)):
        with pytest.raises(AuthError, match="Неверный логин или пароль"):
            auth.login(login, password)
    models.db_proxy.obj.close()
    (tmp_path / "pw.txt").write_text("после-архива-1\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "set-password", "--db", target, "--login", "admin",
                             "--password-file", str(tmp_path / "pw.txt"))
    assert code == 0, err
    restored()
    try:
        assert auth.login("admin", "после-архива-1").actor.login == "admin"
        with pytest.raises(AuthError):
            auth.login("director", PASSWORD)
    finally:
        models.db_proxy.obj.close()


def test_a_tampered_copy_fails_its_check_and_the_failure_is_recorded(school: School, tmp_path: Path) -> None:
    s = school
    certify_all(s)
    result = make(s, tmp_path)
    first, second = result.copies
    view = archive.list_archives(s.admin)[0]
    one, two = view.copies
    later = D(2027, 7, 1)
    assert any("Пора проверить копию архива 2025/2026" in r for r in archive.reminders(s.admin, today=later))

    good = archive.check_copy(s.admin, two.id, today=later)
    assert good.ok and "Копия цела" in good.message and good.copy.next_check_on == D(2028, 7, 1)

    data = bytearray(first.read_bytes())
    data[len(data) // 2] ^= 0xFF
    first.write_bytes(bytes(data))
    bad = archive.check_copy(s.admin, one.id, today=later)
    assert not bad.ok and "ПОВРЕЖДЕНА" in bad.message
    row = ArchiveCopy.get_by_id(one.id)
    assert row.check_ok is False and row.checked_on == later and row.next_check_on == later
    checks = AuditEntry.select().where((AuditEntry.action == "archive.check") & (AuditEntry.entity_id == one.id))
    assert checks.count() == 1
    notes = archive.reminders(s.director, today=later)
    assert any("не прошла проверку" in r and "внешний диск" in r for r in notes)
    assert not any("USB-накопитель" in r for r in notes)  # the good copy was checked: not due

    # the copy was moved: checked where it is now, its path follows
    second.rename(tmp_path / "moved.zip")
    with pytest.raises(NotFound):
        archive.check_copy(s.admin, two.id, today=later)
    moved = archive.check_copy(s.admin, two.id, path=tmp_path / "moved.zip", today=later)
    assert moved.ok and moved.copy.path == str(tmp_path / "moved.zip")


def test_forced_with_a_reason_that_is_recorded(school: School, tmp_path: Path) -> None:
    s = school
    certify_all(s, "5А", "6А")
    with pytest.raises(ValidationError):
        make(s, tmp_path, force_reason="   ")
    result = make(s, tmp_path, force_reason="1А ведёт журнал на бумаге до 31 августа")
    with zipfile.ZipFile(result.copies[0]) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["forced"] is True and manifest["force_reason"] == "1А ведёт журнал на бумаге до 31 августа"
    assert {c["class"]: c["certified"] for c in manifest["certifications"]} == {"1А": False, "5А": True, "6А": True}
    entry = AuditEntry.get(AuditEntry.action == "archive.make")
    assert entry.reason == "1А ведёт журнал на бумаге до 31 августа" and "1А — журнал не заверен" in entry.new
    assert archive.list_archives(s.director)[0].forced


@pytest.mark.parametrize("who", ["ivanova", "deputy", "petrov"])
def test_teachers_and_the_deputy_may_not_archive(school: School, tmp_path: Path, who: str) -> None:
    s = school
    certify_all(s)
    actor = s.actors()[who]
    with pytest.raises(PermissionDenied):
        make(s, tmp_path, actor=actor)
    assert files_in(tmp_path) == []
    assert YearArchive.select().count() == 0
    for call in (lambda: archive.list_archives(actor), lambda: archive.check_copy(actor, 1),
                 lambda: archive.add_copy(actor, 1, "диск", "сейф")):
        with pytest.raises(PermissionDenied):
            call()
    assert archive.reminders(actor, today=D(2027, 7, 1)) == []


def test_rotation_of_automatic_backups_leaves_archives_alone(school: School, tmp_path: Path) -> None:
    s = school
    certify_all(s)
    result = make(s, tmp_path)
    folder = result.copies[0].parent
    db = models.db_proxy.obj
    for hour in range(4):
        backups.auto_backup(db, [folder], keep=1, moment=dt.datetime(2026, 7, 1, 10 + hour))
    backups.rotate(folder, 1)
    names = sorted(p.name for p in folder.iterdir())
    assert names == [result.file_name, "ejournal-auto-2026-07-01_130000.ejbackup"]
    assert archive.verify_archive(folder / result.file_name).sha256 == result.digest
    # nor is the archive taken for a backup by the status bar
    assert backups.backup_status([folder]).last_ok_time is not None
    assert len(backups._good_backups(folder)) == 1


def test_the_register_is_edited_and_every_change_audited(school: School, tmp_path: Path) -> None:
    s = school
    certify_all(s)
    result = make(s, tmp_path)
    extra = archive.add_copy(s.admin, result.archive_id, "DVD-R", "методический кабинет", today=TODAY)
    assert extra.check_ok is None and extra.due(TODAY)
    assert any("DVD-R" in r for r in archive.reminders(s.admin, today=TODAY))
    changed = archive.update_copy(s.director, extra.id, medium="DVD-R", location="кабинет 12, сейф",
                                  path="", note="второй экземпляр", expected_version=extra.version)
    assert changed.location == "кабинет 12, сейф" and changed.version == extra.version + 1
    with pytest.raises(ConflictError):
        archive.update_copy(s.admin, extra.id, medium="DVD", location="где-то", path="",
                            expected_version=extra.version)
    with pytest.raises(ValidationError):
        archive.update_copy(s.admin, extra.id, medium="DVD", location="  ", path="",
                            expected_version=changed.version)
    actions = [a for (a,) in AuditEntry.select(AuditEntry.action).where(AuditEntry.entity == "archive_copy")
               .order_by(AuditEntry.id).tuples()]
    assert actions == ["archive.copy_add", "archive.copy_change"]
    assert ArchiveCopy.get_by_id(extra.id).location == "кабинет 12, сейф"


def test_folders_must_be_two_different_existing_ones(school: School, tmp_path: Path) -> None:
    s = school
    certify_all(s)
    a, _ = folders(tmp_path)
    for bad in ([a], [a, a], [a, tmp_path / "missing"]):
        with pytest.raises(ValidationError):
            archive.make_archive(s.director, s.year, bad, renderers=RENDER, media=["диск"], locations=["сейф"])
    with pytest.raises(ValidationError):
        archive.make_archive(s.director, s.year, [a, tmp_path], renderers=RENDER, media=[""], locations=["сейф"])
    assert files_in(a) == [] and YearArchive.select().count() == 0


def test_after_the_deadline_a_missing_archive_is_reminded(school: School) -> None:
    s = school
    assert archive.reminders(s.admin, today=D(2026, 6, 30)) == []
    assert archive.reminders(s.admin, today=D(2026, 7, 1)) == [
        "Архив 2025/2026 учебного года не сделан (срок печати журналов — 30.06.2026)."]


# --- the command line ------------------------------------------------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from ejournal_desktop import cli

    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def committed(journal, db_spec: str) -> tuple[str, School]:
    """A real journal (committed, so the command line's own connection sees it) with the factory school."""
    from tests.factory import build_school

    return db_spec, build_school(journal)


def test_cli_archive_make_list_check(committed: tuple[str, School], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    spec, s = committed
    monkeypatch.setenv("EJOURNAL_PASSWORD", "password1")
    a, b = folders(tmp_path)
    make_args = ("archive", "make", "--db", spec, "--year", "2025/2026", "-o", str(a), "-o", str(b),
                 "--medium", "внешний диск", "--location", "сейф", "--location", "архив")
    code, out, err = run_cli(capsys, *make_args, "--user", "director")
    assert code == 1 and "не все журналы заверены" in err and "Traceback" not in err
    assert files_in(a, b) == []
    certify_all(s)
    for who in ("deputy", "ivanova"):
        code, out, err = run_cli(capsys, *make_args, "--user", who)
        assert code == 1 and "Нет прав" in err and files_in(a, b) == []
    code, out, err = run_cli(capsys, *make_args, "--user", "director")
    assert code == 0, err
    assert "записан и проверен" in out and "31.12.2031" in out and "31.12.2051" in out
    first, second = files_in(a), files_in(b)
    assert len(first) == len(second) == 1 and first[0].read_bytes() == second[0].read_bytes()
    assert f"копия № 1: {first[0]}" in out  # the full path, not a relative one

    monkeypatch.setenv("EJOURNAL_PASSWORD", "admin-pass")  # the journal fixture's administrator
    code, out, err = run_cli(capsys, "archive", "list", "--db", spec, "--user", "admin")
    assert code == 0, err
    assert "Архив 2025/2026 учебного года" in out and "копия № 2: внешний диск, архив" in out

    code, out, err = run_cli(capsys, "archive", "check", "2", "--db", spec, "--user", "admin")
    assert code == 0 and "Копия цела" in out
    second[0].write_bytes(second[0].read_bytes()[:-100])
    code, out, err = run_cli(capsys, "archive", "check", "2", "--db", spec, "--user", "admin")
    assert code == 1 and "ПОВРЕЖДЕНА" in out
    monkeypatch.setenv("EJOURNAL_PASSWORD", "password1")
    code, out, err = run_cli(capsys, "archive", "list", "--db", spec, "--user", "director")
    assert "НЕ прошла проверку" in out
    assert "Напоминание: Копия архива 2025/2026 учебного года (внешний диск, архив) не прошла проверку" in out
    code, out, err = run_cli(capsys, "archive", "check", "7", "--db", spec, "--user", "director")
    assert code == 1 and "не найдена" in err
    code, out, err = run_cli(capsys, "archive", "make", "--db", spec, "-o", str(a), "--medium", "диск",
                             "--location", "сейф", "--user", "director")
    assert code == 2 and "две папки" in err


def test_a_second_copy_that_fails_takes_the_first_one_back(school: School, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    s = school
    certify_all(s)
    real = backups._copy_verified

    def flaky(source: Path, target: Path, sha: str) -> None:
        if target.parent.name == "usb":  # the stick is pulled out while writing
            raise backups.BackupError(f"Копия «{target}» записалась с ошибкой.")
        real(source, target, sha)

    monkeypatch.setattr(backups, "_copy_verified", flaky)
    with pytest.raises(archive.ArchiveError) as failed:
        make(s, tmp_path)
    assert "Архив не записан" in failed.value.message and "записалась с ошибкой" in failed.value.message
    assert files_in(tmp_path / "disk", tmp_path / "usb") == []
    assert YearArchive.select().count() == 0 and ArchiveCopy.select().count() == 0
    assert AuditEntry.select().where(AuditEntry.action == "archive.make").count() == 0
