"""Translations: the .ts files match the sources, every string has a finished English translation that
keeps the placeholders of its source, lupdate finds nothing the extractor misses, lrelease builds a .qm,
`untranslated` and `apply` round-trip."""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ejournal_desktop import translations as t

HOW_TO = ("run `python -m ejournal_desktop.translations update`, then `… untranslated > todo.json`, write the "
          "English into todo.json and `… apply todo.json`")


@pytest.fixture(scope="module")
def extraction() -> t.Extraction:
    return t.extract()


@pytest.fixture(scope="module")
def english() -> dict[t.Message, t.Entry]:
    return t.read_ts(t.ts_path("en"))


def test_every_string_has_a_finished_english_translation(
    extraction: t.Extraction, english: dict[t.Message, t.Entry]
) -> None:
    missing = sorted(f"{m.context}: {m.source!r}" for m in extraction.messages
                     if not (english.get(m) and english[m].finished))
    assert not missing, f"{len(missing)} untranslated ({HOW_TO}):\n" + "\n".join(missing)


def test_translations_keep_placeholders_accelerators_and_tabs(english: dict[t.Message, t.Entry]) -> None:
    bad = []
    for message, entry in english.items():
        if not entry.finished:
            continue
        src, dst = message.source, entry.translation
        bad.extend(f"{message.context}: {src!r} -> {dst!r}: {p}" for p in t.placeholder_problems(src, dst))
        if re.search("[А-Яа-яЁё]", re.sub("«[^»]*»|\\b[нбуо]\\b|[нбуо],", "", dst)):
            bad.append(f"{message.context}: Russian left: {dst!r}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize(("source", "translation", "problem"), [
    ("В папку %s записаны журналы %d классов", "Journals of %d classes written to %s", "%-conversions"),
    ("Записей: %d.", "Entries.", "%-conversions"),
    ("%d%% выполнено", "%d done", "%-conversions"),
    ("Строк: %1 — %2", "Rows: %1", "Qt %N"),
    ("Привет, {name}", "Hello, {who}", "{fields}"),
    ("<b>%s</b><br>в ячейке", "<b>%s</b> in the cell", "HTML tags"),
    ("Пропущено\nуроков", "Lessons missed", "line breaks"),
    ("ФИО\tкласс", "Name class", "tabs"),
    ("&Файл", "File", "accelerator"),
])
def test_a_translation_that_loses_a_placeholder_is_refused(source: str, translation: str, problem: str) -> None:
    assert any(p.startswith(problem) for p in t.placeholder_problems(source, translation)), problem


@pytest.mark.parametrize(("source", "translation"), [
    ("%s, %s, %d-й урок", "%s, %s, lesson %d"),
    ("Записано строк: %1 — %2", "%2: %1 rows written"),
    ("<b>%s</b><br>Сейчас в ячейке: «%s»", "<b>%s</b><br>Now in the cell: “%s”"),
    (", выполнение %d%%", ", %d%% done"),
    ("В&ыход", "E&xit"),
    ("Сохранить && закрыть", "Save && close"),
])
def test_a_faithful_translation_passes(source: str, translation: str) -> None:
    assert t.placeholder_problems(source, translation) == []


def test_the_russian_file_is_the_identity(extraction: t.Extraction) -> None:
    russian = t.read_ts(t.ts_path("ru"))
    wrong = sorted(f"{m.context}: {m.source!r}" for m in extraction.messages
                   if m not in russian or russian[m].translation != m.source)
    assert not wrong, f"the Russian file is behind the sources ({HOW_TO}):\n" + "\n".join(wrong)


def _small_catalog(folder: Path) -> None:
    messages = [t.Message("MainWindow", "&Файл"), t.Message("Reports", "Записей: %d."),
                t.Message("Reports", "Класс")]
    entries = {messages[0]: t.Entry("&File", True)}
    t.write_ts(t.ts_path("en", folder), "en", messages, entries)


def test_untranslated_lists_what_apply_fills(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _small_catalog(tmp_path)
    monkeypatch.setattr(t, "translations_dir", lambda: tmp_path)
    assert t.main(["untranslated"]) == 0
    todo = json.loads(capsys.readouterr().out)
    assert todo == {"Reports": {"Записей: %d.": "", "Класс": ""}}
    todo["Reports"] = {"Записей: %d.": "Entries: %d.", "Класс": "Class"}
    (tmp_path / "todo.json").write_text(json.dumps(todo, ensure_ascii=False), encoding="utf-8")
    assert t.main(["apply", str(tmp_path / "todo.json")]) == 0
    assert "2 translations written; 3/3 translated" in capsys.readouterr().out
    assert t.unfinished("en", tmp_path) == {}
    entries = t.read_ts(t.ts_path("en", tmp_path))
    assert entries[t.Message("Reports", "Записей: %d.")] == t.Entry("Entries: %d.", True)
    assert entries[t.Message("MainWindow", "&Файл")] == t.Entry("&File", True)
    ET.parse(t.ts_path("en", tmp_path))


@pytest.mark.parametrize("table", [
    {"Reports": {"Записей: %d.": "Entries.", "Класс": "Class"}},  # a placeholder lost
    {"Reports": {"Класс": "Class", "Нет такой строки": "No such string"}},  # not in the catalog
    {"Reports": {"Класс": "  "}},  # empty
    {"Reports": ["Класс"]},  # not {source: translation}
])
def test_apply_writes_nothing_when_one_entry_is_bad(tmp_path: Path, table: dict[str, dict[str, str]]) -> None:
    _small_catalog(tmp_path)
    before = t.ts_path("en", tmp_path).read_bytes()
    with pytest.raises(ValueError):
        t.apply_translations(table, "en", tmp_path)
    assert t.ts_path("en", tmp_path).read_bytes() == before


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


def test_the_reports_mark_the_domain_standing_titles_as_they_are() -> None:
    from ejournal_desktop.domain import measures
    from ejournal_desktop.services.reports import progress

    assert progress.STANDING_TITLES == measures.STANDING_TITLES


def test_the_extractor_collects_the_domain_error_templates(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "domain").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "domain" / "__init__.py").write_text("", encoding="utf-8")
    (package / "domain" / "rules.py").write_text(
        "from .errors import MarkError, template\n\n"
        "HINT = template('Отметки с «+» не используются.')\n\n\n"
        "def f(x):\n    raise MarkError('Отметка «%s» недопустима.', x)\n\n\n"
        "def g():\n    raise MarkError(HINT)\n\n\n"
        "def h(x):\n    raise errors.DateRangeError('Дата окончания раньше даты начала.')\n\n\n"
        "def bad(x):\n    raise MarkError(f'Отметка {x}')\n", encoding="utf-8")
    (package / "other.py").write_text("def f():\n    raise ValueError('Не из домена')\n", encoding="utf-8")
    found = t.extract(package)
    assert {m for m in found.messages if m.context == "Domain"} == {
        t.Message("Domain", s) for s in ("Отметки с «+» не используются.", "Отметка «%s» недопустима.",
                                         "Дата окончания раньше даты начала.")}
    assert not any(m.source == "Не из домена" for m in found.messages)
    assert [p for p in found.problems if "pkg/" in p] == [
        "pkg/domain/rules.py:19: MarkError(…): the template must be a literal or a template() constant"]


def test_every_domain_error_of_the_program_is_extracted(extraction: t.Extraction) -> None:
    assert not [p for p in extraction.problems if "/domain/" in p]
    domain = {m.source for m in extraction.messages if m.context == "Domain"}
    assert {"Отметка «%s» недопустима: введите цифру от %d до %d.", "Отметки с «+» и «−» в этой школе не используются.",
            "Число %s нельзя записать словами: допустимо от 0 до 9999."} <= domain
