"""The log: a rotating file, INFO by default and DEBUG with --debug, no personal data."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from ejournal_desktop import logs


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "logs"
    logs.shutdown()


def test_info_by_default_and_debug_on_request(log_folder: Path) -> None:
    path = logs.setup(folder=log_folder)
    assert path == log_folder / "ejournal.log" == logs.log_path()
    log = logging.getLogger("ejournal_desktop.test")
    log.debug("hidden detail")
    log.info("shown fact")
    logs.setup(debug=True)
    log.debug("debug detail")
    text = path.read_text(encoding="utf-8")
    assert "shown fact" in text and "debug detail" in text and "hidden detail" not in text


def test_the_log_rotates(log_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.setup(folder=log_folder)
    for i in range(200):
        logging.getLogger("ejournal_desktop.test").info("line %d of the rotation test", i)
    assert path.exists() and (log_folder / "ejournal.log.1").exists()
    assert not (log_folder / f"ejournal.log.{logs.BACKUPS + 1}").exists()


def test_the_log_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("EJOURNAL_LOG_DIR", raising=False)
    monkeypatch.setenv("EJOURNAL_DATA_DIR", str(tmp_path / "data"))
    assert logs.log_dir() == tmp_path / "data" / "logs"
    monkeypatch.setenv("EJOURNAL_LOG_DIR", str(tmp_path / "elsewhere"))
    assert logs.log_dir() == tmp_path / "elsewhere"


@pytest.mark.parametrize(("text", "secret"), [
    ("login failed, password=hunter22", "hunter22"),
    ('payload {"password": "hunter22"}', "hunter22"),
    ("пароль: hunter22", "hunter22"),
    ("PGPASSWORD=hunter22 psql", "hunter22"),
    ("connect postgresql://teacher:hunter22@server/db", "hunter22"),
    ("set_cell value='5' for pupil 17", "'5'"),
    ("mark=4 for pupil 17", "4"),
    ("отметка «5 4» не сохранена", "5 4"),
    ("user Иванова Мария Петровна logged in", "Иванова"),
    ("teacher Петров С. Н. changed a cell", "Петров"),
    ("Actor(user_id=3, login='ivanova', display_name='Иванова М. П.')", "ivanova"),
])
def test_redaction(text: str, secret: str) -> None:
    redacted = logs.redact(text)
    assert secret not in redacted.replace(logs.REDACTED, ""), redacted
    assert logs.REDACTED in redacted


def test_ids_and_english_text_are_kept() -> None:
    text = "cell saved: assignment 12, student 345, lesson 2025-09-08 #2"
    assert logs.redact(text) == text


def test_the_filter_redacts_arguments_and_tracebacks(log_folder: Path) -> None:
    path = logs.setup(folder=log_folder)
    log = logging.getLogger("ejournal_desktop.test")
    log.warning("login %s with password=%s", "Сидорова", "topsecret1")
    try:
        raise ValueError("password=topsecret2 for Сидорова Анна")
    except ValueError:
        log.exception("failed")
    text = path.read_text(encoding="utf-8")
    assert "topsecret" not in text and "Сидорова" not in text
    assert "ValueError" in text and "Traceback" in text
