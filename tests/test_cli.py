"""The command line, in process through ``main([...])`` (and once as a real subprocess)."""

from __future__ import annotations

import argparse
import io
import json
import os
import sqlite3
import subprocess
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ejournal_desktop import __version__
from ejournal_desktop.cli import COUNT_LABELS, acting_user, location, main, read_secret_file
from ejournal_desktop.services import accounts
from ejournal_desktop.services.errors import AccountLocked, AuthError
from ejournal_desktop.store import schema
from ejournal_desktop.store.database import parse_target
from tests.factory import PASSWORD, School

CHECK_KEYS = ["ok", "schema_version", "problems", "counts", "class_names"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def no_traceback(*texts: str) -> None:
    for text in texts:
        assert "Traceback" not in text, text


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    path = tmp_path / "admin-password.txt"
    path.write_text("admin-secret\n", encoding="utf-8")
    return path


def init(capsys: pytest.CaptureFixture[str], spec: str, password_file: Path) -> None:
    code, out, err = run(capsys, "init", "--db", spec, "--admin", "admin",
                         "--password-file", str(password_file), "--school", "МБОУ СОШ № 1")
    assert code == 0, err
    assert "Журнал создан" in out


def check_json(capsys: pytest.CaptureFixture[str], spec: str) -> tuple[int, dict[str, object]]:
    code, out, err = run(capsys, "check", "--db", spec, "--json")
    no_traceback(out, err)
    assert out.count("\n") == 1, out  # exactly one JSON object on one line
    return code, json.loads(out)


# --- version, help, the desktop program ----------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out == f"ejournal {__version__}\n"


def test_version_as_a_program() -> None:
    """The only subprocess test: ``python -m ejournal_desktop`` and the console script."""
    done = subprocess.run([sys.executable, "-m", "ejournal_desktop", "--version"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"ejournal {__version__}"
    script = Path(sys.executable).parent / "ejournal"
    if script.exists():
        done = subprocess.run([str(script), "--version"], capture_output=True, text=True,
                              timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"ejournal {__version__}"


def test_help_and_usage_errors_are_russian(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert out.startswith("использование: ejournal")
    for command in ("init", "demo", "migrate", "check"):
        assert command in out
    code, out, _ = run(capsys, "check", "--help")
    assert code == 0 and "--json" in out and "показать эту справку" in out
    code, _, err = run(capsys, "demo", "--size", "huge")
    assert code == 2
    assert "ejournal demo: ошибка: параметр --size: недопустимое значение 'huge'" in err
    code, _, err = run(capsys, "init", "--db", "x.sqlite3")
    assert code == 2
    assert "не указаны обязательные параметры: --admin, --password-file" in err
    code, _, err = run(capsys, "demo", "--today", "15.10.2025")
    assert code == 2 and "ГГГГ-ММ-ДД" in err
    code, _, err = run(capsys, "frobnicate")
    assert code == 2 and "недопустимое значение 'frobnicate'" in err
    no_traceback(err)


def _fake_ui(monkeypatch: pytest.MonkeyPatch, run_gui: object) -> None:
    module = types.ModuleType("ejournal_desktop.ui.app")
    module.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ejournal_desktop.ui.app", module)


def test_no_command_starts_the_desktop_program(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []

    def run_gui(*, db: object = None, debug: bool = False) -> int:
        calls.append(db)
        return 0

    _fake_ui(monkeypatch, run_gui)
    assert run(capsys, "--db", "school.sqlite3")[0] == 0
    assert run(capsys)[0] == 0
    assert calls == ["school.sqlite3", None]


def test_desktop_program_missing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "ejournal_desktop.ui.app", None)
    code, out, err = run(capsys)
    assert code == 1
    assert "настольная программа недоступна" in err
    no_traceback(out, err)


def test_broken_desktop_dependency_is_not_hidden(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a missing ui.app means «not available»; a missing Qt is an unexpected error."""
    module = types.ModuleType("ejournal_desktop.ui.app")

    def __getattr__(name: str) -> object:
        raise ImportError("No module named 'PySide6'", name="PySide6")

    module.__getattr__ = __getattr__  # type: ignore[method-assign]
    monkeypatch.setitem(sys.modules, "ejournal_desktop.ui.app", module)
    code, out, err = run(capsys)
    assert code == 1
    assert "непредвиденная ошибка" in err and "PySide6" in err
    assert "подробности: ejournal --debug" in err
    no_traceback(out, err)


def test_unexpected_error_and_debug(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def run_gui(*, db: object = None, debug: bool = False) -> int:
        raise RuntimeError("что-то сломалось")

    _fake_ui(monkeypatch, run_gui)
    code, out, err = run(capsys, "--db", "x.sqlite3")
    assert code == 1
    assert "ошибка: непредвиденная ошибка (RuntimeError): что-то сломалось" in err
    assert "подробности: ejournal --debug --db x.sqlite3" in err
    no_traceback(out, err)
    code, _, err = run(capsys, "--debug", "--db", "x.sqlite3")
    assert code == 1
    assert "Traceback" in err and "что-то сломалось" in err


# --- init, check, migrate -----------------------------------------------------------------------


def test_init_then_check(
    capsys: pytest.CaptureFixture[str], db_spec: str, password_file: Path
) -> None:
    init(capsys, db_spec, password_file)
    code, data = check_json(capsys, db_spec)
    assert code == 0
    assert list(data) == CHECK_KEYS
    assert data["ok"] is True
    assert data["problems"] == []
    assert data["schema_version"] == schema.latest_version() >= 3
    assert data["counts"] == {"classes": 0, "students": 0, "staff": 1, "lessons": 0,
                              "marks": 0, "absences": 0}
    assert data["class_names"] == []
    # the human report
    code, out, err = run(capsys, "check", "--db", db_spec)
    assert code == 0, err
    assert "Проблем не найдено." in out
    assert "сотрудников: 1" in out


def test_db_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], sqlite_spec: str, password_file: Path
) -> None:
    init(capsys, sqlite_spec, password_file)
    assert run(capsys, "--db", sqlite_spec, "check", "--json")[0] == 0
    assert run(capsys, "check", "--db", sqlite_spec, "--json")[0] == 0
    # after the command wins over before it
    code, _, err = run(capsys, "--db", "/nonexistent/x.sqlite3", "check", "--db", sqlite_spec)
    assert code == 0, err


def test_init_twice_refuses(
    capsys: pytest.CaptureFixture[str], db_spec: str, password_file: Path
) -> None:
    init(capsys, db_spec, password_file)
    code, out, err = run(capsys, "init", "--db", db_spec, "--admin", "other",
                         "--password-file", str(password_file))
    assert code == 1
    assert "не пуста (в ней уже есть журнал)" in err
    assert err.startswith("ошибка: ")
    no_traceback(out, err)
    # the first journal is untouched
    code, data = check_json(capsys, db_spec)
    assert code == 0 and data["counts"]["staff"] == 1  # type: ignore[index]


def test_init_refuses_another_programs_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, password_file: Path
) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE foo (x INTEGER)")
    code, out, err = run(capsys, "init", "--db", str(path), "--admin", "admin",
                         "--password-file", str(password_file))
    assert code == 1
    assert "данные другой программы" in err
    no_traceback(out, err)


def test_init_bad_password_leaves_no_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    short = tmp_path / "pw"
    short.write_text("abc\n", encoding="utf-8")
    target = tmp_path / "new.sqlite3"
    code, out, err = run(capsys, "init", "--db", str(target), "--admin", "admin",
                         "--password-file", str(short))
    assert code == 1
    assert "Пароль слишком короткий" in err
    assert not target.exists()
    code, out, err = run(capsys, "init", "--db", str(target), "--admin", "admin",
                         "--password-file", str(tmp_path / "missing.txt"))
    assert code == 1 and "Файл с паролем" in err and "не найден" in err
    assert not target.exists()
    no_traceback(out, err)


def test_check_finds_problems(
    capsys: pytest.CaptureFixture[str], sqlite_spec: str, password_file: Path
) -> None:
    init(capsys, sqlite_spec, password_file)
    with sqlite3.connect(sqlite_spec) as conn:  # a lesson with no audit trail, no period
        conn.execute("INSERT INTO academic_year (name, start, \"end\", days_per_week, "
                     "period_kind) VALUES ('2025/2026', '2025-09-01', '2026-05-31', 5, 'quarter')")
        conn.execute("INSERT INTO subject (name, short_name, rounding) VALUES ('Физика', '', '')")
        conn.execute("INSERT INTO school_class (year_id, level, letter, title, extracurricular, "
                     "shift, profile) VALUES (1, 7, 'А', '', 0, 1, '')")
        conn.execute("INSERT INTO assignment (year_id, teacher_id, subject_id, school_class_id, "
                     "hours_per_week) VALUES (1, 1, 1, 1, 2)")
        conn.execute("INSERT INTO lesson (assignment_id, date, number, teacher_id, topic, "
                     "homework, lesson_type, created_at, version) VALUES "
                     "(1, '2025-09-08', 1, 1, '', '', '', '2025-09-08 10:00:00', 1)")
    code, data = check_json(capsys, sqlite_spec)
    assert code == 1
    assert data["ok"] is False
    assert "Уроки вне учебных периодов: 1 (7А, Физика, 08.09.2025)" in data["problems"]  # type: ignore[operator]
    assert data["class_names"] == ["7А"]
    code, out, _err = run(capsys, "check", "--db", sqlite_spec)
    assert code == 1
    assert "Найдены проблемы (3):" in out
    assert "  • Уроки без записи в журнале аудита: 1 (7А, Физика, 08.09.2025)" in out


def test_check_a_damaged_file(
    capsys: pytest.CaptureFixture[str], sqlite_spec: str, password_file: Path
) -> None:
    init(capsys, sqlite_spec, password_file)
    with sqlite3.connect(sqlite_spec) as conn:
        conn.execute("PRAGMA journal_mode = delete")
        conn.executemany(
            "INSERT INTO audit_entry (at, action, entity, entity_id, old, new, reason) "
            "VALUES ('2025-09-01 08:00:00', 'test', 'test', ?, '', '', '')",
            [(i,) for i in range(20_000)],
        )
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(Path(sqlite_spec).read_bytes())
    page = len(data) // page_size - 3  # an index page near the end of the file
    data[page * page_size + 8: page * page_size + 200] = b"\x07" * 192
    Path(sqlite_spec).write_bytes(bytes(data))
    code, out, err = run(capsys, "check", "--db", sqlite_spec)
    assert code == 1
    assert "Файл базы данных повреждён" in out
    no_traceback(out, err)
    code, data_json = check_json(capsys, sqlite_spec)
    assert code == 1 and data_json["ok"] is False
    assert all("\n" not in p for p in data_json["problems"])  # type: ignore[attr-defined]


def test_migrate(
    capsys: pytest.CaptureFixture[str], sqlite_spec: str, password_file: Path
) -> None:
    init(capsys, sqlite_spec, password_file)
    code, out, err = run(capsys, "migrate", "--db", sqlite_spec)
    assert code == 0, err
    assert f"уже последней версии ({schema.latest_version()})" in out
    # a journal of schema 0: check refuses and sends to migrate, migrate brings it up
    with sqlite3.connect(sqlite_spec) as conn:
        conn.execute("DELETE FROM schema_migration")
    code, out, err = run(capsys, "check", "--db", sqlite_spec)
    assert code == 2
    assert "ejournal migrate" in err
    code, out, err = run(capsys, "migrate", "--db", sqlite_spec)
    assert code == 0, err
    assert f"обновлена: версия 0 → {schema.latest_version()}" in out
    assert check_json(capsys, sqlite_spec)[0] == 0


def test_migrate_refuses_a_newer_schema(
    capsys: pytest.CaptureFixture[str], sqlite_spec: str, password_file: Path
) -> None:
    init(capsys, sqlite_spec, password_file)
    with sqlite3.connect(sqlite_spec) as conn:
        conn.execute("INSERT INTO schema_migration (name, applied) "
                     "VALUES ('9999_future', '2030-01-01 00:00:00')")
    for command in ("migrate", "check"):
        code, out, err = run(capsys, command, "--db", sqlite_spec)
        assert code == 2
        assert "более новой версией программы" in err
        no_traceback(out, err)


# --- what is not a journal ------------------------------------------------------------------------


def _bad_target(kind: str, tmp_path: Path) -> str:
    if kind == "text":
        path = tmp_path / "notes.txt"
        path.write_text("Это просто текст.\n", encoding="utf-8")
    elif kind == "random":
        path = tmp_path / "noise.bin"
        path.write_bytes(b"\x00\xff" + os.urandom(8190))
    elif kind == "other_sqlite":
        path = tmp_path / "other.sqlite3"
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE foo (x INTEGER)")
            conn.execute("INSERT INTO foo VALUES (1)")
    elif kind == "empty_file":
        path = tmp_path / "empty.sqlite3"
        path.write_bytes(b"")
    elif kind == "directory":
        path = tmp_path / "folder"
        path.mkdir()
    elif kind == "missing":
        path = tmp_path / "missing.sqlite3"
    elif kind == "scheme":
        return "mysql://root@127.0.0.1/journal"
    elif kind == "unreachable":
        return "postgresql://postgres@127.0.0.1:1/x"
    else:  # pragma: no cover
        raise AssertionError(kind)
    return str(path)


def _snapshot(spec: str) -> object:
    """What must not change: a file's bytes, or for a SQLite file its tables and rows.

    (Opening a SQLite file switches it to WAL, which rewrites two header bytes even
    of a file that then turns out not to be a journal; its contents stay as they were.)
    """
    path = Path(spec)
    if not path.is_file():
        return path.exists()
    data = path.read_bytes()
    if not data.startswith(b"SQLite format 3\x00") and data:
        return data
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}


BAD_TARGETS = ["text", "random", "other_sqlite", "empty_file", "directory", "missing", "scheme",
               "unreachable"]


@pytest.mark.parametrize("command", ["check", "migrate"])
@pytest.mark.parametrize("kind", BAD_TARGETS)
def test_not_a_journal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str, command: str
) -> None:
    spec = _bad_target(kind, tmp_path)
    before = _snapshot(spec)
    code, out, err = run(capsys, command, "--db", spec)
    assert code != 0
    assert err.startswith("ошибка: ")
    assert any("а" <= ch <= "я" for ch in err.lower())  # a Russian message
    no_traceback(out, err)
    assert out == ""
    assert _snapshot(spec) == before  # nothing created or changed
    if kind in ("text", "random", "other_sqlite", "directory", "missing", "unreachable",
                "empty_file"):
        assert code == 2


def test_messages_name_the_problem(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    expected = {
        "text": "не является базой данных журнала",
        "random": "не является базой данных журнала",
        "other_sqlite": "база данных другой программы",
        "empty_file": "пуста",
        "directory": "это папка",
        "missing": "не найден",
        "scheme": "Не понимаю адрес базы данных",
        "unreachable": "Не удалось подключиться к серверу",
    }
    for kind, text in expected.items():
        _code, _, err = run(capsys, "check", "--db", _bad_target(kind, tmp_path))
        assert text in err, (kind, err)


def test_empty_postgresql_schema(capsys: pytest.CaptureFixture[str], db_spec: str) -> None:
    if not db_spec.startswith("postgresql"):
        pytest.skip("an empty PostgreSQL schema")
    for command in ("check", "migrate"):
        code, out, err = run(capsys, command, "--db", db_spec)
        assert code == 2
        assert "пуста" in err and "ejournal init" in err
        no_traceback(out, err)


def test_other_programs_postgresql_schema(
    capsys: pytest.CaptureFixture[str], db_spec: str, password_file: Path
) -> None:
    if not db_spec.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    import psycopg

    base, schema = db_spec.split("?schema=")
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {schema}.foo (x integer)")
    code, out, err = run(capsys, "check", "--db", db_spec)
    assert code == 2 and "другой программы" in err
    code, out, err = run(capsys, "init", "--db", db_spec, "--admin", "admin",
                         "--password-file", str(password_file))
    assert code == 1 and "данные другой программы" in err
    no_traceback(out, err)


def test_init_creates_a_missing_postgresql_schema(
    capsys: pytest.CaptureFixture[str], db_spec: str, password_file: Path
) -> None:
    if not db_spec.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    import psycopg

    base = db_spec.split("?")[0]
    schema = db_spec.split("?schema=")[1] + "_new"
    spec = f"{base}?schema={schema}"
    try:
        init(capsys, spec, password_file)
        code, data = check_json(capsys, spec)
        assert code == 0 and data["ok"] is True
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


# --- demo -------------------------------------------------------------------------------------


@dataclass
class FakeSummary:
    logins: list[tuple[str, str, str]]
    counts: dict[str, int]
    years: list[str] = field(default_factory=lambda: ["2025/2026"])
    size: str = "small"
    seed: int = 1


def _fake_demo(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """A stand-in for services.demo that builds an empty journal: tests the command itself."""
    from ejournal_desktop.services.bootstrap import initialize

    calls: list[dict[str, object]] = []

    def build_demo(db: object, *, size: str = "small", seed: int = 1, today: object = None,
                   progress: object = None) -> FakeSummary:
        calls.append({"size": size, "seed": seed, "today": today})
        assert callable(progress)
        progress("Создаю демонстрационную школу…")
        initialize(db, school_name="Демо", admin_login="admin",  # type: ignore[arg-type]
                   admin_password="demo-admin")
        return FakeSummary([("admin", "demo-admin", "Администратор ЭЖ")],
                           {"staff": 1, "classes": 0}, size=size, seed=seed)

    module = types.ModuleType("ejournal_desktop.services.demo")
    module.build_demo = build_demo  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ejournal_desktop.services.demo", module)
    return calls


def test_demo_command(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_spec: str,
    password_file: Path,
) -> None:
    calls = _fake_demo(monkeypatch)
    code, out, err = run(capsys, "demo", "--db", db_spec, "--size", "school", "--seed", "7",
                         "--today", "2025-10-15")
    assert code == 0, err
    assert calls[-1]["size"] == "school" and calls[-1]["seed"] == 7
    assert str(calls[-1]["today"]) == "2025-10-15"
    assert "Создаю демонстрационную школу…" in err  # progress goes to stderr
    assert "Демонстрационная школа создана" in out
    assert "Сотрудников: 1" in out
    assert "admin" in out and "demo-admin" in out and "Администратор ЭЖ" in out
    assert "Запуск: ejournal --db " in out
    # a non-empty target is refused without --force …
    code, out, err = run(capsys, "demo", "--db", db_spec)
    assert code == 1
    assert "не пуста" in err and "--force" in err
    # … and replaced with it, without a question
    code, out, err = run(capsys, "demo", "--db", db_spec, "--force")
    assert code == 0, err
    assert check_json(capsys, db_spec)[0] == 0


def test_demo_force_replaces_another_journal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_spec: str,
    password_file: Path,
) -> None:
    _fake_demo(monkeypatch)
    init(capsys, db_spec, password_file)
    code, _, err = run(capsys, "demo", "--db", db_spec)
    assert code == 1 and "в ней уже есть журнал" in err
    code, _out, err = run(capsys, "demo", "--db", db_spec, "--force")
    assert code == 0, err
    # the old administrator is gone, the demo one is there
    code, data = check_json(capsys, db_spec)
    assert code == 0 and data["counts"]["staff"] == 1  # type: ignore[index]
    monkeypatch.setenv("EJOURNAL_USER", "admin")
    monkeypatch.setenv("EJOURNAL_PASSWORD", "demo-admin")
    from ejournal_desktop.store.database import open_journal

    db = open_journal(db_spec)
    try:
        assert acting_user(argparse.Namespace()).login == "admin"
    finally:
        db.close()


def test_demo_default_location(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fake_demo(monkeypatch)
    monkeypatch.setenv("EJOURNAL_DATA_DIR", str(tmp_path / "data"))
    code, out, err = run(capsys, "demo")
    assert code == 0, err
    expected = tmp_path / "data" / "journal.sqlite3"
    assert expected.exists()
    assert str(expected) in out
    assert run(capsys, "check", "--json")[0] == 0  # check without --db finds it too


def test_demo_force_on_a_sqlite_file_with_wal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, sqlite_spec: str,
) -> None:
    _fake_demo(monkeypatch)
    with sqlite3.connect(sqlite_spec) as conn:
        conn.execute("PRAGMA journal_mode = wal")
        conn.execute("CREATE TABLE foo (x INTEGER)")
    code, _, err = run(capsys, "demo", "--db", sqlite_spec)
    assert code == 1 and "данные другой программы" in err
    code, _, err = run(capsys, "demo", "--db", sqlite_spec, "--force")
    assert code == 0, err
    with sqlite3.connect(sqlite_spec) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "foo" not in tables and "meta" in tables


def test_demo_refuses_a_text_file_even_with_force(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fake_demo(monkeypatch)
    path = Path(_bad_target("text", tmp_path))
    code, out, err = run(capsys, "demo", "--db", str(path), "--force")
    assert code == 2
    assert path.read_text(encoding="utf-8") == "Это просто текст.\n"
    no_traceback(out, err)


@pytest.mark.slow
def test_real_demo_then_check(capsys: pytest.CaptureFixture[str], db_spec: str) -> None:
    """services.demo builds a school that passes the check; the printed counts agree."""
    pytest.importorskip("ejournal_desktop.services.demo")
    code, out, err = run(capsys, "demo", "--db", db_spec, "--size", "small", "--seed", "3")
    assert code == 0, err
    code, data = check_json(capsys, db_spec)
    assert data["problems"] == []
    assert code == 0 and data["ok"] is True
    counts = data["counts"]
    assert isinstance(counts, dict)
    compared = 0
    for key, value in counts.items():
        label = COUNT_LABELS[key]
        printed = [line for line in out.splitlines() if line.startswith(f"{label}: ")]
        if printed:
            assert printed == [f"{label}: {value}"], (key, printed)
            compared += 1
    assert compared >= 3, out
    assert data["class_names"]


# --- the acting user ----------------------------------------------------------------------------


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("EJOURNAL_USER", "EJOURNAL_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def ns(**kwargs: object) -> argparse.Namespace:
    return argparse.Namespace(**{"user": None, "password_file": None, **kwargs})


def test_acting_user_from_environment(school: School, clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("EJOURNAL_USER", "ivanova")
    clean_env.setenv("EJOURNAL_PASSWORD", PASSWORD)
    actor = acting_user(ns())
    assert actor.login == "ivanova"
    assert actor.user_id == school.ivanova.user_id


def test_acting_user_options_win(
    school: School, clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    clean_env.setenv("EJOURNAL_USER", "ivanova")
    clean_env.setenv("EJOURNAL_PASSWORD", "not-this-one")
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSWORD + "\r\n", encoding="utf-8")
    actor = acting_user(ns(user="petrov", password_file=str(secret)))
    assert actor.user_id == school.petrov.user_id


def test_acting_user_wrong_password(school: School, clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("EJOURNAL_USER", "ivanova")
    clean_env.setenv("EJOURNAL_PASSWORD", "wrong-password")
    with pytest.raises(AuthError) as info:
        acting_user(ns())
    assert info.value.message == "Неверный логин или пароль."
    # the lockout applies: five wrong in a row close the account
    for _ in range(3):
        with pytest.raises(AuthError):
            acting_user(ns())
    with pytest.raises(AccountLocked):
        acting_user(ns())
    clean_env.setenv("EJOURNAL_PASSWORD", PASSWORD)
    with pytest.raises(AccountLocked):
        acting_user(ns())


def test_acting_user_needs_a_login_and_a_password(
    school: School, clean_env: pytest.MonkeyPatch
) -> None:
    # stdin is not a terminal under pytest: nothing is asked
    with pytest.raises(AuthError) as info:
        acting_user(ns())
    assert "EJOURNAL_USER" in info.value.message
    with pytest.raises(AuthError) as info:
        acting_user(ns(user="ivanova"))
    assert "EJOURNAL_PASSWORD" in info.value.message
    # on a terminal the password is asked (getpass), the login too
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return "ivanova"

    def ask_password(prompt: str) -> str:
        asked.append(prompt)
        return PASSWORD

    actor = acting_user(ns(), ask=ask, ask_password=ask_password)
    assert actor.login == "ivanova"
    assert asked == ["Логин: ", "Пароль пользователя ivanova: "]


def test_acting_user_refuses_a_temporary_password(
    school: School, clean_env: pytest.MonkeyPatch
) -> None:
    temp = accounts.reset_password(school.admin, school.petrov.user_id)
    clean_env.setenv("EJOURNAL_USER", "petrov")
    clean_env.setenv("EJOURNAL_PASSWORD", temp.temporary_password)
    with pytest.raises(AuthError) as info:
        acting_user(ns())
    assert "временный" in info.value.message


def test_location_never_shows_a_password(tmp_path: Path) -> None:
    url = "postgresql://teacher:s3cret@db.school.local:5433/journal?schema=school1"
    assert location(url, parse_target(url)) == (
        "postgresql://teacher@db.school.local:5433/journal?schema=school1"
    )
    plain = "postgresql://postgres@127.0.0.1/journal"
    assert location(plain, parse_target(plain)) == plain
    path = tmp_path / "j.sqlite3"
    assert location(str(path), parse_target(str(path))) == str(path.resolve())


def test_password_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("пароль с пробелом \nвторая строка\n"))
    assert read_secret_file("-") == "пароль с пробелом "


# --- set-password: the owner of the database, no login ---------------------------------------------------


def test_set_password_when_the_admin_forgot_it(
    capsys: pytest.CaptureFixture[str], db_spec: str, password_file: Path, tmp_path: Path
) -> None:
    from ejournal_desktop.services import auth
    from ejournal_desktop.store.database import open_journal

    init(capsys, db_spec, password_file)
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "set-password" in out
    code, out, _ = run(capsys, "set-password", "--help")
    assert code == 0 and "--login ЛОГИН" in out and "владелец файла SQLite" in out
    code, _, err = run(capsys, "set-password", "--db", db_spec, "--login", "admin")
    assert code == 2 and "не указаны обязательные параметры: --password-file" in err
    new = tmp_path / "new.txt"
    new.write_text("вспомнила-1\n", encoding="utf-8")
    code, out, err = run(capsys, "set-password", "--db", db_spec, "--login", "Admin", "--password-file", str(new))
    no_traceback(out, err)
    assert code == 0, err
    assert "Пароль учётной записи «admin» задан" in out and "заблокирована" not in out
    db = open_journal(db_spec)
    try:
        with pytest.raises(AuthError):
            auth.login("admin", "admin-secret")  # the forgotten one
        admin = auth.login("admin", "вспомнила-1").actor
        teacher = accounts.create_user(admin, "ivanova", "Иванова", "Мария")
        accounts.set_blocked(admin, teacher.user_id, True)
    finally:
        db.close()
    # a blocked account gets the password, and the warning that it stays blocked
    code, out, err = run(capsys, "set-password", "--db", db_spec, "--login", "ivanova", "--password-file", str(new))
    assert code == 0, err
    assert "учётная запись заблокирована" in out
    db = open_journal(db_spec)
    try:
        with pytest.raises(AccountLocked):
            auth.login("ivanova", "вспомнила-1")
        assert not auth.login("admin", "вспомнила-1").must_change_password
    finally:
        db.close()
