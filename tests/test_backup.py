"""Backup and restore (issue 8): one verified file, online, portable between SQLite and PostgreSQL.

Through the command line in process (``cli.main``), on both databases, and across
them (a server's backup restored into a SQLite file and back).  A damaged, foreign
or newer file is refused with one Russian line and never a traceback; a non-empty
journal is replaced only with ``--force`` and by its admin.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shlex
import threading
import zipfile
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from peewee import Database

from ejournal_desktop import cli
from ejournal_desktop.commands.backup import register
from ejournal_desktop.services import backup as backups
from ejournal_desktop.services import journal as cells
from ejournal_desktop.services import periods
from ejournal_desktop.services.access import Actor
from ejournal_desktop.services.errors import PermissionDenied
from ejournal_desktop.store import guards, schema
from ejournal_desktop.store.database import connect, parse_target
from ejournal_desktop.store.models import ALL_MODELS, AuditEntry, Mark, db_proxy
from tests.backup_files import password_hashes
from tests.conftest import pg_schema_url, require_pg
from tests.factory import FRI, MON, PASSWORD, TUE, WED, School, build_school

TODAY = dt.date(2025, 9, 20)
LATER = MON + dt.timedelta(weeks=9)  # a Monday of the 2nd quarter (the 1st is closed by fill())
LATER_TODAY = dt.date(2025, 11, 20)
ADMIN_PASSWORD = "admin-pass"  # the journal fixture's admin

_original_build_parser = cli.build_parser


def _parser_with_backup() -> cli.RussianArgumentParser:
    parser = _original_build_parser()
    sub = parser._subparsers._group_actions[0]  # type: ignore[union-attr]
    assert isinstance(sub, cli.argparse._SubParsersAction)
    if "backup" not in sub.choices:  # until cli.build_parser calls register() itself
        register(sub)
    return parser


@pytest.fixture(autouse=True)
def backup_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "build_parser", _parser_with_backup)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err, out + err
    return code, out, err


def secret(tmp_path: Path, password: str, name: str = "password.txt") -> str:
    path = tmp_path / name
    path.write_text(password + "\n", encoding="utf-8")
    return str(path)


def check_counts(capsys: pytest.CaptureFixture[str], spec: str) -> dict[str, Any]:
    code, out, err = run(capsys, "check", "--db", spec, "--json")
    data = json.loads(out)
    assert code == 0 and data["ok"], (err, data["problems"])
    return dict(data["counts"])


def fill(s: School) -> None:
    """Marks, absences, topics, a period mark, a closed period and an admin's correction."""
    st = s.students["5А"]
    cells.set_cell(s.ivanova, s.a["math5"], MON, 1, st[0], "5", today=TODAY)
    cells.set_cell(s.ivanova, s.a["math5"], MON, 1, st[1], "4 3", today=TODAY)
    cells.set_cell(s.ivanova, s.a["math5"], MON, 1, st[2], "н", today=TODAY)
    cells.set_cell(s.ivanova, s.a["math5"], WED, 2, st[0], "5н", today=TODAY)
    cells.set_cell(s.ivanova, s.a["math5"], FRI, 3, st[3], "2", today=TODAY)
    cells.set_cell(s.petrov, s.a["rus5"], TUE, 1, st[4], "3", today=TODAY)
    cells.set_lesson_details(s.ivanova, s.a["math5"], FRI, 3, expected_version=1,
                               topic="Натуральные числа", homework="№ 12", today=TODAY)
    cells.set_cell(s.petrov, s.a["nature1"], MON, 2, s.students["1А"][0], "б", today=TODAY)
    periods.put_period_mark(s.ivanova, s.a["math5"], st[0], "quarter", "5", period_id=s.periods[0])
    cells.set_cell(s.admin, s.a["math5"], MON, 1, st[1], "4", reason="ошибка ввода", today=TODAY)
    periods.close_period(s.deputy, s.periods[0])


def table_rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, comparable across SQLite and PostgreSQL."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.bind_ctx(list(ALL_MODELS)):
        for model in ALL_MODELS:
            fields = list(model._meta.sorted_fields)
            rows = model.select(*fields).order_by(model._meta.primary_key).tuples()
            out[model._meta.table_name] = [
                tuple(v.normalize() if isinstance(v, Decimal) else v for v in row) for row in rows
            ]
    return out


@pytest.fixture
def places(tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """New empty places for a journal: ``places("sqlite")`` or ``places("postgresql")``."""
    cleanups: list[Iterator[str]] = []
    count = 0

    def make(kind: str) -> str:
        nonlocal count
        count += 1
        if kind == "sqlite":
            return str(tmp_path / f"restored-{count}.sqlite3")
        require_pg()
        gen = pg_schema_url()
        cleanups.append(gen)
        return next(gen)

    yield make
    for gen in cleanups:
        next(gen, None)


@pytest.fixture
def filled(journal: Actor, db_spec: str) -> School:
    school = build_school(journal)
    fill(school)
    return school


# --- the round trip --------------------------------------------------------------------------------


def test_backup_and_restore_on_both_databases_and_across(
    capsys: pytest.CaptureFixture[str], filled: School, db_spec: str, tmp_path: Path,
    places: Callable[[str], str],
) -> None:
    source_db = db_proxy.obj
    assert source_db is not None
    before = check_counts(capsys, db_spec)
    assert before["marks"] == 5 and before["absences"] == 3
    original = table_rows(source_db)
    file = tmp_path / "copy.ejbackup"
    code, out, err = run(capsys, "backup", "--db", db_spec, "-o", str(file), "--user", "admin",
                         "--password-file", secret(tmp_path, ADMIN_PASSWORD))
    assert code == 0, err
    assert out.rstrip().endswith("готово")
    assert "проверена" in out and "МБОУ «Тестовая школа»" in out
    info = backups.verify_backup(file)
    assert info.counts["mark"] == 5 and info.schema_version == schema.latest_version()
    assert file.stat().st_mode & 0o077 == 0  # personal data: the owner only
    # the backup itself is in the source's audit trail, after the copy was taken
    assert AuditEntry.select().where(AuditEntry.action == "backup.create").count() == 1
    for kind in ("sqlite", "postgresql"):
        target = places(kind)
        code, out, err = run(capsys, "restore", str(file), "--db", target)
        assert code == 0, err
        assert out.rstrip().endswith("готово")
        assert ("ejournal pg-setup --db" in out) == (kind == "postgresql")  # roles and grants are per server
        assert check_counts(capsys, target) == before
        db = connect(parse_target(target))
        try:
            restored = table_rows(db)
            assert guards.installed(db)
        finally:
            db.close()
        for table, rows in original.items():
            if table == "audit_entry":  # + the admin's login; «backup.create» comes after
                assert restored[table][: len(rows)] == rows
                assert [r[3] for r in restored[table][len(rows):]] == ["auth.login", "backup.restore"]
                continue
            assert restored[table] == rows, table
    # a restored server journal goes on numbering its rows (sequences were reset)
    target = places("postgresql")
    assert run(capsys, "restore", str(file), "--db", target)[0] == 0
    connect(parse_target(target))
    st = filled.students["5А"]
    change = cells.set_cell(filled.ivanova, filled.a["math5"], LATER, 1, st[5], "4", today=LATER_TODAY)
    assert change.changed
    assert Mark.select().count() == 6


def test_server_backup_moves_to_sqlite_and_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, places: Callable[[str], str]
) -> None:
    """A school leaves its server for a single PC, then comes back: nothing changes on the way."""
    from ejournal_desktop.services.bootstrap import initialize

    server = places("postgresql")
    db = connect(parse_target(server), create=True)
    school = build_school(initialize(db, school_name="Школа № 7", admin_login="admin",
                                     admin_password=ADMIN_PASSWORD))
    fill(school)
    original = table_rows(db)
    counts = check_counts(capsys, server)
    first, second = tmp_path / "server.ejbackup", tmp_path / "pc.ejbackup"
    pw = secret(tmp_path, ADMIN_PASSWORD)
    assert run(capsys, "backup", "--db", server, "-o", str(first), "--user", "admin", "--password-file", pw)[0] == 0
    pc = places("sqlite")
    assert run(capsys, "restore", str(first), "--db", pc)[0] == 0
    assert check_counts(capsys, pc) == counts
    assert run(capsys, "backup", "--db", pc, "-o", str(second), "--user", "admin", "--password-file", pw)[0] == 0
    back = places("postgresql")
    assert run(capsys, "restore", str(second), "--db", back)[0] == 0
    assert check_counts(capsys, back) == counts
    db2 = connect(parse_target(back))
    try:
        restored = table_rows(db2)
    finally:
        db2.close()
    for table, rows in original.items():
        if table != "audit_entry":
            assert restored[table] == rows, table
    actions = [r[3] for r in restored["audit_entry"][len(original["audit_entry"]):]]
    # each copy is recorded in the journal it was taken from, after it was taken
    assert actions == ["auth.login", "backup.restore", "auth.login", "backup.restore"]


# --- who may ------------------------------------------------------------------------------------------


def test_only_the_admin_makes_backups(
    capsys: pytest.CaptureFixture[str], filled: School, db_spec: str, tmp_path: Path
) -> None:
    file = tmp_path / "copy.ejbackup"
    for login in ("ivanova", "director", "deputy"):
        code, out, err = run(capsys, "backup", "--db", db_spec, "-o", str(file), "--user", login,
                             "--password-file", secret(tmp_path, PASSWORD))
        assert code == 1
        assert err.startswith("ошибка: Нет прав на действие «резервное копирование и восстановление»")
        assert "готово" not in out
        assert not file.exists() and not list(tmp_path.glob("*.part"))
    with pytest.raises(PermissionDenied):
        backups.backup(filled.ivanova, db_proxy.obj, file)  # type: ignore[arg-type]
    assert not file.exists()


def test_restore_over_a_journal_needs_force_and_the_admin(
    capsys: pytest.CaptureFixture[str], filled: School, db_spec: str, tmp_path: Path
) -> None:
    file = tmp_path / "copy.ejbackup"
    admin_pw = secret(tmp_path, ADMIN_PASSWORD, "admin.txt")
    assert run(capsys, "backup", "--db", db_spec, "-o", str(file), "--user", "admin",
               "--password-file", admin_pw)[0] == 0
    before = check_counts(capsys, db_spec)
    # the journal changes after the backup
    cells.set_cell(filled.ivanova, filled.a["math5"], LATER, 1, filled.students["5А"][5], "3",
                     today=LATER_TODAY)
    changed = check_counts(capsys, db_spec)
    assert changed["marks"] == before["marks"] + 1
    # without --force: refused, nothing asked, nothing changed
    code, out, err = run(capsys, "restore", str(file), "--db", db_spec)
    assert code == 1
    assert "ошибка: В базе данных уже есть журнал (учащихся: 12, отметок: 6)" in err and "--force" in err
    assert check_counts(capsys, db_spec) == changed
    # --force by a teacher: refused
    code, _, err = run(capsys, "restore", str(file), "--db", db_spec, "--force", "--user", "ivanova",
                       "--password-file", secret(tmp_path, PASSWORD, "t.txt"))
    assert code == 1 and "Нет прав" in err
    assert check_counts(capsys, db_spec) == changed
    # --force by the admin: the journal is what the backup holds; the old one was saved first
    code, out, err = run(capsys, "restore", str(file), "--db", db_spec, "--force", "--user", "admin",
                         "--password-file", admin_pw)
    assert code == 0, err
    assert check_counts(capsys, db_spec) == before
    safety = list(tmp_path.glob(f"{backups.SAFETY_PREFIX}*{backups.SUFFIX}"))
    assert len(safety) == 1 and f"Прежнее содержимое журнала сохранено: {safety[0]}" in out
    assert backups.verify_backup(safety[0]).counts["mark"] == changed["marks"]


def test_restore_refuses_another_programs_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sqlite_spec: str
) -> None:
    import sqlite3

    from ejournal_desktop.services.bootstrap import initialize

    db = connect(parse_target(sqlite_spec), create=True)
    initialize(db, school_name="", admin_login="admin", admin_password=ADMIN_PASSWORD)
    file = tmp_path / "copy.ejbackup"
    backups.write_backup(db, file)
    db.close()
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO notes (text) VALUES ('не трогать')")
    code, _, err = run(capsys, "restore", str(file), "--db", str(other), "--force")
    assert code == 1 and "данные другой программы" in err
    with sqlite3.connect(other) as conn:
        assert conn.execute("SELECT text FROM notes").fetchall() == [("не трогать",)]


# --- damaged, foreign and newer files --------------------------------------------------------------


def _rewrite(src: Path, dst: Path, change: Callable[[str, bytes], bytes | None]) -> None:
    """Copy an archive entry by entry, letting ``change`` replace (or drop, with None) an entry."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = change(item.filename, zin.read(item))
            if data is not None:
                zout.writestr(item.filename, data)


def _manifest_change(key: str, value: object) -> Callable[[str, bytes], bytes | None]:
    def change(name: str, data: bytes) -> bytes | None:
        if name != backups.MANIFEST:
            return data
        manifest = json.loads(data)
        manifest[key] = value
        return json.dumps(manifest).encode()

    return change


def _is_table(name: str, table: str) -> bool:
    return name.startswith("data/") and name.split("_", 1)[-1] == f"{table}.jsonl"


def _damaged_files(good: Path, folder: Path) -> dict[str, tuple[Path, str]]:
    """name → (file, a piece of the expected message)."""
    raw = good.read_bytes()
    out: dict[str, tuple[Path, str]] = {}

    def put(name: str, data: bytes, expect: str) -> None:
        path = folder / f"{name}.ejbackup"
        path.write_bytes(data)
        out[name] = (path, expect)

    put("truncated", raw[: len(raw) // 2], "повреждён")
    put("truncated-tail", raw[:-10], "повреждён")
    put("random", bytes(hashlib.sha256(str(i).encode()).digest()[0] for i in range(5000)), "не является")
    put("text", "Это не копия журнала, а письмо.\n".encode(), "не является")
    put("empty", b"", "не является")
    zip_only = folder / "zip-only.ejbackup"
    with zipfile.ZipFile(zip_only, "w") as zf:
        zf.writestr("notes.txt", "просто архив")
    out["foreign-zip"] = (zip_only, "не является резервной копией ЭЖ-Десктоп")

    def edit(name: str, change: Callable[[str, bytes], bytes | None], expect: str) -> None:
        path = folder / f"{name}.ejbackup"
        _rewrite(good, path, change)
        out[name] = (path, expect)

    def tamper_marks(name: str, data: bytes) -> bytes | None:
        return data.replace(b'"5"', b'"4"') if _is_table(name, "mark") else data

    edit("wrong-hash", tamper_marks, "контрольная сумма таблицы mark не совпадает")
    edit("missing-table", lambda n, d: None if _is_table(n, "mark") else d, "нет данных таблицы mark")
    edit("newer-schema", _manifest_change("schema_version", 99), "более новой версией программы (схема 99")
    def older_and_changed(name: str, data: bytes) -> bytes | None:
        if name != backups.MANIFEST:
            return data
        manifest = json.loads(data)
        manifest["schema_version"] = 0
        manifest["tables"][0]["columns"][-1] = "renamed_since"
        return json.dumps(manifest).encode()

    edit("older-schema", older_and_changed, "более старой версией программы")
    edit("newer-format", _manifest_change("format_version", 7), "более новой версией программы (формат 7")
    edit("other-format", _manifest_change("format", "something-else"), "не является резервной копией")
    edit("bad-manifest", lambda n, d: b"{not json" if n == backups.MANIFEST else d, "manifest.json")
    edit("wrong-content-hash", _manifest_change("content_sha256", "0" * 64), "контрольная сумма содержимого")

    def extra_row(name: str, data: bytes) -> bytes | None:
        return data + data.splitlines(keepends=True)[0] if _is_table(name, "mark") else data

    edit("extra-row", extra_row, "больше строк")
    return out


def test_restore_refuses_damaged_and_foreign_files(
    capsys: pytest.CaptureFixture[str], journal: Actor, db_spec: str, tmp_path: Path,
    places: Callable[[str], str],
) -> None:
    fill(build_school(journal))
    good = tmp_path / "good.ejbackup"
    backups.write_backup(db_proxy.obj, good)  # type: ignore[arg-type]
    folder = tmp_path / "bad"
    folder.mkdir()
    target = places("sqlite")
    db = connect(parse_target(target), create=True)
    for name, (path, expect) in _damaged_files(good, folder).items():
        with pytest.raises(backups.BackupError) as caught:
            backups.restore(path, db)
        assert expect in caught.value.message, (name, caught.value.message)
        assert backups.target_state(db) == "empty"
        code, out, err = run(capsys, "restore", str(path), "--db", target)
        assert code != 0, name
        assert err.startswith("ошибка: ") and expect in err, (name, err)
        assert err.count("\n") == 1, err  # one line, no traceback
        assert "готово" not in out
    # the same target still takes the good file: nothing was half-written into it
    db.close()
    assert run(capsys, "restore", str(good), "--db", target)[0] == 0
    assert run(capsys, "restore", str(tmp_path / "missing.ejbackup"), "--db", target)[2].startswith(
        "ошибка: Файл резервной копии")
    assert "это папка" in run(capsys, "restore", str(folder), "--db", target)[2]


def test_an_older_backup_with_the_same_tables_restores(
    capsys: pytest.CaptureFixture[str], journal: Actor, tmp_path: Path, places: Callable[[str], str]
) -> None:
    """A migration that changes no table (triggers, indexes) does not make old backups useless."""
    good = tmp_path / "good.ejbackup"
    backups.write_backup(db_proxy.obj, good)  # type: ignore[arg-type]
    old = tmp_path / "old.ejbackup"
    _rewrite(good, old, _manifest_change("schema_version", 0))
    target = places("sqlite")
    code, _, err = run(capsys, "restore", str(old), "--db", target)
    assert code == 0, err
    check_counts(capsys, target)


def test_check_only_shows_what_the_backup_holds(
    capsys: pytest.CaptureFixture[str], journal: Actor, tmp_path: Path
) -> None:
    fill(build_school(journal))
    good = tmp_path / "good.ejbackup"
    info = backups.write_backup(db_proxy.obj, good)  # type: ignore[arg-type]
    code, out, err = run(capsys, "restore", str(good), "--check-only", "--db", str(tmp_path / "none.sqlite3"))
    assert code == 0, err
    assert "Школа: МБОУ «Тестовая школа»" in out and "Отметок: 5" in out and "Учащихся: 12" in out
    assert not (tmp_path / "none.sqlite3").exists()
    assert read_preview(good) == info.preview_lines()


def read_preview(path: Path) -> list[str]:
    return backups.read_manifest(path).preview_lines()


# --- a copy without the staff's passwords (the year archive's snapshot) ----------------------------------


def users(spec: str) -> list[tuple[Any, ...]]:
    db = connect(parse_target(spec))
    try:
        rows = table_rows(db)
    finally:
        db.close()
    return rows["user"] + rows["user_role"] + [(len(rows["audit_entry"]),)]


def test_a_copy_without_passwords_restores_and_set_password_lets_the_admin_in(
    capsys: pytest.CaptureFixture[str], filled: School, db_spec: str, tmp_path: Path,
    places: Callable[[str], str],
) -> None:
    from ejournal_desktop.services import auth
    from ejournal_desktop.services.errors import AccountLocked, AuthError
    from ejournal_desktop.services.permissions import Role
    from ejournal_desktop.store.models import User

    source = db_proxy.obj
    assert source is not None
    before = check_counts(capsys, db_spec)
    full = backups.write_backup(source, tmp_path / "full.ejbackup")
    bare = backups.write_backup(source, tmp_path / "bare.ejbackup", withhold_secrets=True)
    # an ordinary backup keeps the hashes; the other one never read them, and says so
    hashes = password_hashes(full.path)
    assert len(hashes) == before["staff"] and all(h.startswith("$argon2id$") for h in hashes.values())
    assert full.withheld == {} and not full.passwords_withheld and full.format_version == 1
    assert password_hashes(bare.path) == dict.fromkeys(hashes, "")
    assert bare.withheld == {"user": ("password_hash",)} and bare.passwords_withheld and bare.format_version == 2
    assert backups.verify_backup(bare.path).withheld == bare.withheld
    with zipfile.ZipFile(bare.path) as zf:
        assert json.loads(zf.read(backups.MANIFEST))["withheld"] == {"user": ["password_hash"]}
        readme = zf.read(backups.README).decode("utf-8")
    assert "В копии нет паролей сотрудников" in readme and "ejournal set-password --db БАЗА" in readme
    with zipfile.ZipFile(full.path) as zf:
        assert "withheld" not in json.loads(zf.read(backups.MANIFEST))
        assert "нет паролей" not in zf.read(backups.README).decode("utf-8")
    assert {t.name: t.sha256 for t in bare.tables if t.name != "user"} == {
        t.name: t.sha256 for t in full.tables if t.name != "user"}
    assert backups.no_passwords_note() in bare.preview_lines()
    assert backups.no_passwords_note() not in full.preview_lines()

    for kind in ("sqlite", "postgresql"):
        target = places(kind)
        code, out, err = run(capsys, "restore", str(bare.path), "--db", target)
        assert code == 0, err
        where = cli.location(target, parse_target(target))
        assert "В копии нет паролей сотрудников (архив учебного года)" in out  # the preview, before
        assert "войти в восстановленный журнал пока не может никто" in out  # and after
        assert f"ejournal set-password --db {shlex.quote(where)} --login admin --password-file" in out
        assert "Учётные записи администратора ЭЖ в журнале: admin" in out
        assert out.rstrip().endswith("готово")
        assert check_counts(capsys, target) == before

        # nobody logs in, with the passwords everyone had: a clean refusal, then the lockout
        db = connect(parse_target(target))
        try:
            for login in ("ivanova", "director", "deputy"):
                with pytest.raises(AuthError, match="Неверный логин или пароль"):
                    auth.login(login, PASSWORD)
            for _ in range(4):
                with pytest.raises(AuthError, match="Неверный логин или пароль"):
                    auth.login("admin", ADMIN_PASSWORD)
            with pytest.raises(AccountLocked):
                auth.login("admin", ADMIN_PASSWORD)
        finally:
            db.close()

        # refusals change nothing
        unchanged = users(target)
        new_password = secret(tmp_path, "новый-пароль-7", "new.txt")
        for argv, expect in (
            (("--login", "nobody", "--password-file", new_password), "Учётной записи с логином «nobody» в журнале нет"),
            (("--login", "admin", "--password-file", secret(tmp_path, "abc", "short.txt")), "слишком короткий"),
            (("--login", "petrov", "--password-file", secret(tmp_path, "Petrov", "same.txt")),
             "не должен совпадать с логином"),
            (("--login", "admin", "--password-file", str(tmp_path / "missing.txt")), "не найден"),
        ):
            code, out, err = run(capsys, "set-password", "--db", target, *argv)
            assert code == 1 and err.startswith("ошибка: ") and expect in err, (argv, err)
            assert err.count("\n") == 1 and "готово" not in out
            assert users(target) == unchanged, argv

        code, out, err = run(capsys, "set-password", "--db", target, "--login", "admin",
                             "--password-file", new_password)
        assert code == 0, err
        assert f"Пароль учётной записи «admin» задан: {where}" in out and out.rstrip().endswith("готово")
        assert "Роль входа на сервер" not in out  # no own roles here

        db = connect(parse_target(target))
        try:
            admin_row = User.get(User.login == "admin")
            assert (admin_row.failed_logins, admin_row.locked_until, admin_row.must_change_password) == (0, None, False)
            result = auth.login("admin", "новый-пароль-7")
            assert Role.ADMIN in result.roles and not result.must_change_password
            with pytest.raises(AuthError):
                auth.login("ivanova", "новый-пароль-7")  # the others wait for the admin
            entry = AuditEntry.get(AuditEntry.action == "user.password_set_offline")
            assert entry.user_id is None and entry.entity_id == admin_row.id
            assert "новый-пароль" not in entry.new
        finally:
            db.close()


def _with_manifest(src: Path, dst: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    def edit(name: str, data: bytes) -> bytes | None:
        if name != backups.MANIFEST:
            return data
        manifest = json.loads(data)
        change(manifest)
        return json.dumps(manifest, ensure_ascii=False).encode("utf-8")

    _rewrite(src, dst, edit)
    return dst


def _resum(manifest: dict[str, Any]) -> None:
    """What a careful forger would do: the content checksum recomputed over tables and withheld columns."""
    digest = hashlib.sha256()
    for t in manifest["tables"]:
        digest.update(f"{t['name']} {t['sha256']}\n".encode())
    for name in sorted(manifest.get("withheld", {})):
        digest.update(f"withheld {name} {','.join(manifest['withheld'][name])}\n".encode())
    manifest["content_sha256"] = digest.hexdigest()


def test_the_withheld_field_cannot_be_flipped(
    capsys: pytest.CaptureFixture[str], journal: Actor, tmp_path: Path, places: Callable[[str], str],
) -> None:
    db = db_proxy.obj
    assert db is not None
    bare = backups.write_backup(db, tmp_path / "bare.ejbackup", withhold_secrets=True).path
    full = backups.write_backup(db, tmp_path / "full.ejbackup").path
    # the recomputation above is the program's own: the untouched copy passes with it
    _with_manifest(bare, tmp_path / "resummed.ejbackup", _resum)
    assert backups.verify_backup(tmp_path / "resummed.ejbackup").withheld == {"user": ("password_hash",)}

    def drop(m: dict[str, Any]) -> None:
        del m["withheld"]

    def widen(m: dict[str, Any]) -> None:
        m["withheld"] = {"user": ["password_hash", "email"]}

    def claim(m: dict[str, Any]) -> None:
        m["format_version"], m["withheld"] = 2, {"user": ["password_hash"]}

    def claim_resummed(m: dict[str, Any]) -> None:
        claim(m)
        _resum(m)

    def claim_in_format_1(m: dict[str, Any]) -> None:
        m["withheld"] = {"user": ["password_hash"]}
        _resum(m)

    def unknown_column(m: dict[str, Any]) -> None:
        m["withheld"] = {"user": ["secret"]}
        _resum(m)

    cases = {
        "dropped": (bare, drop, "контрольная сумма содержимого не совпадает"),
        "widened": (bare, widen, "контрольная сумма содержимого не совпадает"),
        "claimed": (full, claim, "контрольная сумма содержимого не совпадает"),
        "claimed-and-resummed": (full, claim_resummed, "в таблице user заполнен столбец, которого в копии нет"),
        "claimed-in-format-1": (full, claim_in_format_1, "(manifest.json) неполное"),
        "unknown-column": (bare, unknown_column, "(manifest.json) неполное"),
    }
    target = places("sqlite")
    for name, (source, change, expect) in cases.items():
        path = _with_manifest(source, tmp_path / f"{name}.ejbackup", change)
        with pytest.raises(backups.BackupError) as caught:
            backups.verify_backup(path)
        assert expect in caught.value.message, (name, caught.value.message)
        code, _out, err = run(capsys, "restore", str(path), "--db", target)
        assert code == 1 and err.startswith("ошибка: ") and expect in err and err.count("\n") == 1, (name, err)
    assert not Path(target).exists()


# --- online: a backup taken while teachers keep saving --------------------------------------------------


def test_backup_while_others_write_is_one_consistent_moment(
    journal: Actor, db_spec: str, tmp_path: Path, places: Callable[[str], str]
) -> None:
    school = build_school(journal)
    source = db_proxy.obj
    assert source is not None
    stop = threading.Event()
    saved: list[int] = []
    errors: list[BaseException] = []
    st = school.students["5А"]
    slots = [(day + dt.timedelta(weeks=week), n) for week in range(6)
             for day, n in ((MON, 1), (WED, 2), (FRI, 3))]

    def writer() -> None:
        try:
            for day, number in slots:
                for student in st:
                    if stop.is_set():
                        return
                    cells.set_cell(school.ivanova, school.a["math5"], day, number, student, "4",
                                     today=dt.date(2025, 10, 20))
                    saved.append(1)
        except BaseException as exc:  # reported by the test
            errors.append(exc)
        finally:
            source.close()  # this thread's connection

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        files = []
        for i in range(3):
            while len(saved) < 10 * (i + 1) and thread.is_alive():
                threading.Event().wait(0.01)
            files.append(backups.write_backup(source, tmp_path / f"online-{i}.ejbackup"))
    finally:
        stop.set()
        thread.join(60)
    assert not errors, errors
    assert len(saved) >= 10
    for info in files:
        target = places("sqlite")
        db = connect(parse_target(target), create=True)
        try:
            backups.restore(info.path, db)
            with db.bind_ctx(list(ALL_MODELS)):
                marks = Mark.select().count()
                puts = AuditEntry.select().where(AuditEntry.action == "mark.put").count()
                assert marks == puts == info.counts["mark"]
                assert (
                    AuditEntry.select().where(AuditEntry.action == "lesson.create").count()
                    == info.counts["lesson"]
                )
            from ejournal_desktop.services.check import run_check

            report = run_check(db)
            assert report.ok, report.problems
        finally:
            db.close()


# --- automatic backups -----------------------------------------------------------------------------------


def test_auto_backup_two_folders_rotation_and_status(journal: Actor, tmp_path: Path) -> None:
    db = db_proxy.obj
    assert db is not None
    primary, usb = tmp_path / "backups", tmp_path / "usb" / "ejournal"
    (tmp_path / "usb").mkdir()
    manual = primary / "ejournal-2020-01-01_000000.ejbackup"
    primary.mkdir()
    backups.write_backup(db, manual)
    status = backups.backup_status([primary, usb])
    assert status == (backups.read_manifest(manual).created_at, False)
    start = dt.datetime(2025, 9, 1, 18, 0)
    written: list[Path] = []
    for day in range(5):
        written = backups.auto_backup(db, [primary, usb], keep=3, moment=start + dt.timedelta(days=day))
        assert [p.parent for p in written] == [primary, usb]
    names = sorted(p.name for p in usb.iterdir())
    assert names == [f"ejournal-auto-2025-09-0{d}_180000.ejbackup" for d in (3, 4, 5)]
    assert sorted(p.name for p in primary.iterdir()) == [manual.name, *names]  # manual copies stay
    assert written[0].read_bytes() == written[1].read_bytes()
    backups.verify_backup(written[1])
    status = backups.backup_status([primary, usb])
    assert status.second_copy_present and status.last_ok_time is not None
    assert backups.status_warning(status, now=status.last_ok_time + dt.timedelta(hours=2)) == ""
    assert "Последняя резервная копия сделана" in backups.status_warning(
        status, now=status.last_ok_time + dt.timedelta(days=2))
    # the USB stick is gone: the primary copy is still written, the status bar says what is missing
    for p in usb.iterdir():
        p.unlink()
    usb.rmdir()
    (tmp_path / "usb").rmdir()
    written = backups.auto_backup(db, [primary, usb], keep=3)
    assert [p.parent for p in written] == [primary]
    assert not usb.exists()  # never created on the local disk instead of the missing stick
    status = backups.backup_status([primary, usb])
    assert not status.second_copy_present
    assert "Нет второй копии" in backups.status_warning(status)
    assert "Резервных копий журнала нет" in backups.status_warning(backups.backup_status([usb]))
    with pytest.raises(backups.BackupError, match="ни в одну папку"):
        backups.auto_backup(db, [usb], keep=3)

