"""Translations: the .ts files match the sources, the English one is complete for the finished
contexts, placeholders survive, lupdate finds nothing the extractor misses, lrelease builds a .qm."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ejournal_desktop import translations as t

# Contexts whose English translation is complete: a new or changed string in one of them without
# an English translation fails the test.  Add a context here when its translation is finished
# (``python -m ejournal_desktop.translations status``).
COMPLETE_CONTEXTS = frozenset({
    "AboutDialog", "Access", "AccountsModel", "AccountsPanel", "Action", "AdminTab", "AttendanceTab", "Auth",
    "Boundary",
    "ChangePasswordDialog", "ConflictDialog", "CorrectionRequestDialog", "CorrectionsDialog", "ErrorDialog",
    "HelpWindow", "JournalModel", "JournalTab", "JournalView", "LessonPane", "LockDialog", "LoginDialog",
    "MainWindow", "PrintTab", "ReportsTab", "Role", "Settings", "SettingsDialog", "TemporaryPasswordDialog",
    "Timetable", "TimetableTab",
})

PLACEHOLDER = re.compile(r"%(?:\d+|[sdnf])")


@pytest.fixture(scope="module")
def extraction() -> t.Extraction:
    return t.extract()


@pytest.fixture(scope="module")
def english() -> dict[t.Message, t.Entry]:
    return t.read_ts(t.ts_path("en"))


def test_every_string_of_a_finished_context_has_an_english_translation(
    extraction: t.Extraction, english: dict[t.Message, t.Entry]
) -> None:
    missing = sorted(
        f"{m.context}: {m.source!r}" for m in extraction.messages
        if m.context in COMPLETE_CONTEXTS and not (english.get(m) and english[m].finished)
    )
    assert not missing, (
        "untranslated (run `python -m ejournal_desktop.translations update` and translate "
        "resources/translations/ejournal_en.ts):\n" + "\n".join(missing))


def test_the_finished_contexts_exist(extraction: t.Extraction) -> None:
    contexts = {m.context for m in extraction.messages}
    assert COMPLETE_CONTEXTS <= contexts, COMPLETE_CONTEXTS - contexts


def test_translations_keep_placeholders_accelerators_and_tabs(english: dict[t.Message, t.Entry]) -> None:
    bad = []
    for message, entry in english.items():
        if not entry.finished:
            continue
        src, dst = message.source, entry.translation
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(dst)):
            bad.append(f"placeholders: {src!r} -> {dst!r}")
        if src.count("\t") != dst.count("\t") or (src.count("&") > 0) != (dst.count("&") > 0):
            bad.append(f"tab/accelerator: {src!r} -> {dst!r}")
        if re.search("[А-Яа-яЁё]", re.sub("«[^»]*»|\\b[нбуо]\\b|[нбуо],", "", dst)):
            bad.append(f"Russian left: {dst!r}")
    assert not bad, "\n".join(bad)


def test_the_russian_file_is_the_identity(extraction: t.Extraction) -> None:
    russian = t.read_ts(t.ts_path("ru"))
    for message in extraction.messages:
        if message.context in COMPLETE_CONTEXTS:
            assert russian[message].translation == message.source


def test_lupdate_finds_nothing_the_extractor_misses(extraction: t.Extraction, tmp_path: Path) -> None:
    program = t.lupdate_program()
    if program is None:
        pytest.skip("pyside6-lupdate is not installed")
    files = tmp_path / "files.lst"
    sources = sorted(p for p in t.PACKAGE_DIR.rglob("*.py") if "commands" not in p.parts and p.name != "cli.py")
    files.write_text("\n".join(str(p) for p in sources), encoding="utf-8")
    ts = tmp_path / "lupdate.ts"
    subprocess.run([*program, f"@{files}", "-locations", "none", "-ts", str(ts)], check=True, capture_output=True,
                   timeout=300)
    ours = {m.source for m in extraction.messages}
    ours_with_context = set(extraction.messages)
    contexts = {m.context for m in extraction.messages}
    missed = []
    for context in ET.parse(ts).getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            name = context_name
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            if comment is not None:  # lupdate reads i18n's tr("Context", "…") as tr(source, disambiguation)
                name, source = source, comment
                known = t.Message(name, source) in ours_with_context
            elif name in ("", "dialog") or name[:1].islower():
                # lupdate's guess for a module helper tr("…") or a `dialog.tr()`; any context will do
                # (or `tr("Context", variable)`, which lupdate reads as the text "Context")
                known = (source in ours or source in contexts
                         or any(repr(source) in p for p in extraction.problems))
            else:
                known = t.Message(name, source) in ours_with_context
            if not known:
                missed.append(f"{name}: {source!r}")
    assert not missed, "\n".join(missed)


def test_lrelease_builds_a_qm_that_qt_loads(tmp_path: Path) -> None:
    if t.lrelease_program() is None:
        pytest.skip("pyside6-lrelease is not installed")
    from PySide6.QtCore import QTranslator

    qm = tmp_path / "ejournal_en.qm"
    assert t.compile_qm(t.ts_path("en"), qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&Файл") == "&File"
    assert translator.translate("Role", "учитель") == "teacher"


def test_the_ts_fallback_translator_answers_without_lrelease() -> None:
    translator = t._ts_translator(t.ts_path("en"))
    assert translator.translate("MainWindow", "Журнал") == "Journal"  # type: ignore[attr-defined]
    assert translator.translate("MainWindow", "нет такой строки") == ""  # type: ignore[attr-defined]


def test_the_extractor_follows_a_helper_imported_from_another_module(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "sub" / "__init__.py").write_text("from pkg.sub.base import t as again\n", encoding="utf-8")
    (package / "sub" / "base.py").write_text(
        "from ejournal_desktop.i18n import tr\n\n\ndef t(text):\n    return tr('Reports', text)\n\n\n"
        "TITLE = t('Успеваемость')\n", encoding="utf-8")
    (package / "sub" / "user.py").write_text(
        "from pkg.sub.base import t\nfrom pkg.sub import base\nfrom . import base as b\nimport pkg.sub.base\n"
        "from pkg.sub import again as t2\n\n\n"
        "def f():\n    return t('Посещаемость'), base.t('Класс'), b.t('Ученик'), pkg.sub.base.t('Предмет'), "
        "t2('Четверть')\n", encoding="utf-8")
    (package / "own.py").write_text(
        "from ejournal_desktop.i18n import tr\nfrom pkg.sub.base import t as _unused\n\n\n"
        "def t(text):\n    return tr('Own', text)\n\n\nX = t('Своя строка')\n", encoding="utf-8")
    found = t.extract(package)
    ours = {m for m in found.messages if m.context in ("Reports", "Own")}
    assert ours == {t.Message("Reports", s) for s in ("Успеваемость", "Посещаемость", "Класс", "Ученик", "Предмет",
                                                       "Четверть")} | {t.Message("Own", "Своя строка")}
    assert not [p for p in found.problems if "pkg/" in p]
