"""The program's log: a rotating file in the user's log folder, without personal data.

``setup(debug=False)`` is called once at the start of the desktop program
(``ejournal --debug`` → DEBUG, otherwise INFO).  The file is
``platformdirs.user_log_dir("ejournal-desktop")/ejournal.log`` (on Windows
``%LOCALAPPDATA%\\ejournal-desktop\\Logs``; ``$EJOURNAL_LOG_DIR`` overrides it, and with
``$EJOURNAL_DATA_DIR`` set it is ``$EJOURNAL_DATA_DIR/logs``),
1 MB × 5 files.

No personal data: the journal's marks, people's names and passwords never go
to the log.  The program's own log calls say what happened in terms of ids and
kinds; :class:`RedactingFilter`, attached to the handlers, is the safety net
for everything else (a library's message, an exception text that quotes a
value, a traceback's locals): it replaces passwords, marks in quotes and
Cyrillic personal names by ``***``.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

LOG_NAME = "ejournal.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
REDACTED = "***"

_handler: logging.Handler | None = None


def log_dir() -> Path:
    override = os.environ.get("EJOURNAL_LOG_DIR")
    if override:
        return Path(override)
    data = os.environ.get("EJOURNAL_DATA_DIR")  # a moved data folder (and the tests) keep the log with it
    if data:
        return Path(data) / "logs"
    from platformdirs import user_log_dir

    return Path(user_log_dir("ejournal-desktop", appauthor=False))


def log_path() -> Path:
    """The current log file (where the user finds it after an error)."""
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return log_dir() / LOG_NAME


# --- redaction ------------------------------------------------------------------------------------

_CYR = "А-ЯЁа-яё"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # password=…, "password": "…", пароль: …, PGPASSWORD=…, passwd …
    (re.compile(r"(?i)((?:pass(?:word|wd)?|pgpassword|парол[ьяеи]\w*|secret|token)\s*['\"]?\s*[:=]\s*)"
                r"(['\"]?)[^\s'\",;}]+\2"), rf"\1\2{REDACTED}\2"),
    # a password inside a database URL: postgresql://user:secret@host
    (re.compile(r"(://[^/\s:@]+:)[^@\s/]+@"), rf"\1{REDACTED}@"),
    # marks and attendance values: value='5', mark="4+", 'н', «5 4»
    (re.compile(r"(?i)((?:mark|marks|value|values|grade|отметк\w*|оценк\w*)\s*['\"]?\s*[:=]\s*)"
                r"(['\"\[(]?)[^\s,;})\]]+"), rf"\1\2{REDACTED}"),
    (re.compile(r"«[^»]*»"), f"«{REDACTED}»"),
    # people's names: Cyrillic words with a capital letter (Иванова Мария Петровна, Иванова М. П.)
    (re.compile(rf"\b[А-ЯЁ][{_CYR}-]+(?:\s+(?:[А-ЯЁ][{_CYR}-]+|[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?))*"), REDACTED),
    # display/short names in our own objects' reprs: display_name='…', name="…"
    (re.compile(r"((?:display_name|short_name|full_name|name|login|first_name|last_name|patronymic)"
                r"\s*[:=]\s*)(['\"])[^'\"]*\2"), rf"\1\2{REDACTED}\2"),
)


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (and its traceback text) without personal data."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format: keep the template only
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        record.exc_info = None if record.exc_text else record.exc_info
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


# --- setup ----------------------------------------------------------------------------------------


def setup(debug: bool = False, folder: Path | None = None) -> Path:
    """Log to the rotating file (once; a second call only changes the level); returns its path."""
    global _handler
    root = logging.getLogger()
    level = logging.DEBUG if debug else logging.INFO
    root.setLevel(level)
    if _handler is not None and folder is None:
        _handler.setLevel(level)
        return log_path()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    target = folder or log_dir()
    try:
        target.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:  # a read-only profile: log to stderr rather than not start
        handler = logging.StreamHandler()
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    _handler = handler
    logging.captureWarnings(True)
    return log_path()


def shutdown() -> None:
    """Remove the handler (tests; a second program start in one process)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
