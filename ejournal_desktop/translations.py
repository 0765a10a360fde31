"""Qt Linguist translations of the desktop program: extracting, the .ts files, .qm, loading.

The user interface is written in Russian (the source strings are Russian: the
people who use the journal are Russian teachers, and Russian is what the
regulations and the printed journal speak); ``resources/translations/`` holds
``ejournal_ru.ts`` (identity, for the record and for wording fixes) and
``ejournal_en.ts`` (English).  Both are committed; ``.qm`` files are built.

Extraction.  ``pyside6-lupdate`` sees ``self.tr("…")`` and
``QCoreApplication.translate("Context", "…")`` but not the program's helpers:
``i18n.tr("Context", "…")`` / ``i18n.noop("Context", "…")`` below ``ui/``, the
message templates of the domain errors (``MarkError("…%s…", value)`` and ``template("…")`` in
``domain/``, context ``Domain``: see :mod:`ejournal_desktop.domain.errors`), the
one-argument module helpers ``tr("…")`` of the ui modules (each a
``QCoreApplication.translate("<Context>", text)``) and their ``_noop("…")``
constants.  :func:`extract` reads the sources with :mod:`ast` and knows all of
them; the tests check that every string ``pyside6-lupdate`` finds is found here
too.  ``python -m ejournal_desktop.translations update`` rewrites the .ts files
(keeping every existing translation); ``… compile DIR`` builds the .qm files
with ``pyside6-lrelease``; ``… status`` prints the coverage per context; ``… untranslated > todo.json``
lists the unfinished English messages as ``{context: {source: ""}}`` and ``… apply todo.json`` writes
the translations filled into that file (checking that each keeps its placeholders: see
:func:`placeholder_problems`).

Loading (:func:`install`): Qt's own translations (``qtbase_ru``/``qtbase_en``)
and, for English, ``ejournal_en.qm`` — shipped next to the .ts (the bundle),
else compiled into the user's cache folder with lrelease when it is there,
else read from the .ts itself (a small translator in Python): an English
program never depends on a build step having run.
"""

from __future__ import annotations

import argparse
import ast
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("ru", "en")
DEFAULT_LANGUAGE = "ru"
SETTINGS_KEY = "ui/language"
CATALOG = "ejournal"

PACKAGE_DIR = Path(__file__).resolve().parent


# --- where things are ---------------------------------------------------------------------------


def translations_dir() -> Path:
    """``resources/translations`` of the installed package (or of the bundle)."""
    try:
        folder = resources.files("ejournal_desktop.resources") / "translations"
        return Path(str(folder))
    except ModuleNotFoundError:  # a source tree without install
        return PACKAGE_DIR.parent / "resources" / "translations"


def ts_path(language: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"{CATALOG}_{language}.ts"


def lrelease_program() -> list[str] | None:
    """The command that runs lrelease, or None when no lrelease is installed."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return [str(beside)]
    try:
        import PySide6

        binary = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
        if binary.exists():
            return [str(binary)]
    except ImportError:
        pass
    found = shutil.which("lrelease")
    return [found] if found else None


def lupdate_program() -> list[str] | None:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return [found] if Path(found).exists() else None


# --- extraction -----------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str


@dataclass
class Extraction:
    messages: dict[Message, list[str]] = field(default_factory=dict)  # -> "file:line" locations
    problems: list[str] = field(default_factory=list)  # calls whose context cannot be known

    def add(self, context: str, source: str, where: str) -> None:
        self.messages.setdefault(Message(context, source), []).append(where)


def _literal(node: ast.AST) -> str | None:
    """A string literal (adjacent literals and ``"a" + "b"`` folded)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _module_helpers(tree: ast.Module) -> dict[str, str]:
    """One-argument module helpers and their contexts: ``def tr(text): return QCoreApplication.translate("C", text)``
    or ``def _t(text): return tr("C", text)`` (through :mod:`ejournal_desktop.i18n`)."""
    out: dict[str, str] = {}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and len(node.args.args) == 1):
            continue
        for sub in ast.walk(node):
            if not (isinstance(sub, ast.Call) and len(sub.args) == 2):
                continue
            func = sub.func
            is_translate = (isinstance(func, ast.Attribute) and func.attr == "translate") or (
                isinstance(func, ast.Name) and func.id in ("tr", "translate"))
            context = _literal(sub.args[0])
            if is_translate and context is not None and isinstance(sub.args[1], ast.Name):
                out[node.name] = context
                break
    return out


@dataclass
class _Helpers:
    """The translation helpers a module can call: its own and those it imports from the package."""

    names: dict[str, str] = field(default_factory=dict)  # helper name -> context (``t("…")``)
    modules: dict[str, dict[str, str]] = field(default_factory=dict)  # "m" / "a.b.m" -> its helpers (``m.t("…")``)


class _Package:
    """The package's parsed modules and, lazily, each one's helpers (imports followed through re-exports)."""

    def __init__(self, trees: dict[str, tuple[ast.Module, bool]]) -> None:
        self.trees = trees  # dotted module name -> (tree, is a package's __init__)
        self._done: dict[str, dict[str, str]] = {}
        self._busy: set[str] = set()

    def helpers(self, module: str) -> _Helpers:
        tree, is_package = self.trees[module]
        own = _module_helpers(tree)
        out = _Helpers(dict(own))  # a module's own helper wins over an imported one of the same name
        package = module if is_package else module.rpartition(".")[0]
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.split(".")
                    parent = parent[:len(parent) - (node.level - 1)]
                    base = ".".join([*parent, base] if base else parent)
                for alias in node.names:
                    bound = alias.asname or alias.name
                    if f"{base}.{alias.name}" in self.trees:  # from package import module
                        out.modules[bound] = self.names_of(f"{base}.{alias.name}")
                    elif base in self.trees and alias.name in self.names_of(base) and bound not in own:
                        out.names[bound] = self.names_of(base)[alias.name]
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name in self.trees:
                        out.modules[alias.asname or alias.name] = self.names_of(alias.name)
        return out

    def names_of(self, module: str) -> dict[str, str]:
        """Helper name -> context for every helper callable as ``module.name`` (own and imported)."""
        if module not in self._done:
            if module in self._busy:  # an import cycle: what the module defines itself
                return _module_helpers(self.trees[module][0])
            self._busy.add(module)
            try:
                self._done[module] = self.helpers(module).names
            finally:
                self._busy.discard(module)
        return self._done[module]


def _classes_with_self_tr(tree: ast.Module) -> list[str]:
    """Classes that ``self.tr(<a variable>)`` — where a module's constants are shown (else any ``self.tr``)."""
    dynamic: list[str] = []
    literal: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            for sub in ast.walk(node):
                if (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr == "tr"
                        and isinstance(sub.func.value, ast.Name) and sub.func.value.id == "self" and sub.args):
                    target = dynamic if _literal(sub.args[0]) is None else literal
                    if node.name not in target:
                        target.append(node.name)
    return dynamic or literal


# The domain layer (pure, no Qt, no i18n) raises errors with Russian %-templates translated through a hook
# (domain/errors.py): in its modules the first literal given to ``SomethingError(…)`` and the argument of
# ``template("…")`` (a template kept in a constant) are messages of the context "Domain".
DOMAIN_DIR = "domain"  # the subpackage of the package
DOMAIN_CONTEXT = "Domain"
DOMAIN_MARKER = "template"


class _Visitor(ast.NodeVisitor):
    def __init__(self, result: Extraction, rel: str, tree: ast.Module, helpers: _Helpers | None = None) -> None:
        self.result = result
        self.rel = rel
        self.classes: list[str] = []
        found = helpers or _Helpers(_module_helpers(tree))
        self.helpers = found.names
        self.module_helpers = found.modules
        self.module_ctx = self.helpers.get("tr") or self.helpers.get("_tr") or next(iter(self.helpers.values()), None)
        # `_noop("…")` constants are shown through the module's tr(), or (no helper) by the classes that self.tr()
        self.noop_contexts = [self.module_ctx] if self.module_ctx else _classes_with_self_tr(tree)
        self.domain = rel.split("/")[1:2] == [DOMAIN_DIR]  # "ejournal_desktop/domain/marks.py"

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, context: str, source: str, node: ast.AST) -> None:
        self.result.add(context, source, f"{self.rel}:{getattr(node, 'lineno', 0)}")

    def _problem(self, node: ast.AST, what: str) -> None:
        self.result.problems.append(f"{self.rel}:{getattr(node, 'lineno', 0)}: {what}")

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        args = node.args
        first = _literal(args[0]) if args else None
        second = _literal(args[1]) if len(args) > 1 else None
        if self.domain:
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if first is not None and (name.endswith("Error") or name == DOMAIN_MARKER):
                self._add(DOMAIN_CONTEXT, first, node)
            elif name == DOMAIN_MARKER or (name.endswith("Error") and args and not isinstance(args[0], ast.Name)):
                self._problem(node, f"{name}(…): the template must be a literal or a template() constant")
        if isinstance(func, ast.Attribute):
            if func.attr == "tr" and first is not None:
                if isinstance(func.value, ast.Name) and func.value.id == "self" and self.classes:
                    self._add(self.classes[-1], first, node)
                else:
                    self._problem(node, f"{ast.unparse(func)}({first!r}): context known only at run time")
            elif func.attr == "translate" and first is not None and second is not None:
                self._add(first, second, node)
            elif func.attr in self.module_helpers.get(_dotted(func.value), {}) and len(args) == 1:
                context = self.module_helpers[_dotted(func.value)][func.attr]
                if first is not None:
                    self._add(context, first, node)
        elif isinstance(func, ast.Name):
            name = func.id
            if name in ("tr", "noop", "_tr", "QT_TRANSLATE_NOOP") and first is not None and second is not None:
                self._add(first, second, node)
            elif name in self.helpers and len(args) == 1 and first is not None:
                self._add(self.helpers[name], first, node)
            elif name in ("tr", "_tr") and len(args) == 1 and first is not None:
                self._problem(node, f"{name}({first!r}) without a module context")
            elif name in ("_noop", "QT_TR_NOOP") and first is not None and len(args) == 1:
                if not self.noop_contexts:
                    self._problem(node, f"{name}({first!r}) is never translated in its module")
                for context in self.noop_contexts:
                    self._add(context, first, node)
        self.generic_visit(node)


def _extra_messages(result: Extraction) -> None:
    """Strings translated from a variable: the titles of the services' refusals (Boundary).

    Refusals are declared all over the layers below ui/ (printing.signing, services.imports…):
    every such module is imported first, so the result does not depend on what the calling
    process happened to import before.
    """
    import importlib
    import pkgutil

    import ejournal_desktop
    from ejournal_desktop.services import errors

    for info in pkgutil.walk_packages(ejournal_desktop.__path__, "ejournal_desktop."):
        if info.name.split(".")[1] in ("services", "printing", "exchange", "store", "domain"):
            importlib.import_module(info.name)

    seen: list[type] = [errors.ServiceError]
    while seen:
        cls = seen.pop()
        title = cls.__dict__.get("title")
        if isinstance(title, str):
            result.add("Boundary", title, f"ejournal_desktop/services/errors.py:{cls.__name__}.title")
        seen.extend(cls.__subclasses__())


def _form_messages(result: Extraction, forms_dir: Path) -> None:
    """The texts of the Qt Designer forms (``forms/*.ui``): every ``<string>`` not marked ``notr``,
    in the context of the form's ``<class>`` — the context QUiLoader translates them in."""
    for path in sorted(forms_dir.glob("*.ui")):
        root = ET.parse(path).getroot()
        context = (root.findtext("class") or "").strip()
        where = f"forms/{path.name}"
        for element in root.iter("string"):
            text = element.text or ""
            if element.get("notr") == "true" or not text.strip():
                continue
            if not context:
                result.problems.append(f"{where}: {text!r} in a form without <class>")
                continue
            result.add(context, text, where)


def _dotted(node: ast.AST) -> str:
    """``a.b.c`` for a chain of names, else ""."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        head = _dotted(node.value)
        return f"{head}.{node.attr}" if head else ""
    return ""


def extract(package_dir: Path = PACKAGE_DIR) -> Extraction:
    """Every translatable string of the package.  A helper may be defined in the module that calls it
    or imported from another module of the package (``from ….reports.base import t``, ``base.t("…")``):
    the call gets the context of the helper's definition."""
    result = Extraction()
    _form_messages(result, package_dir.parent / "forms")
    trees: dict[str, tuple[ast.Module, bool]] = {}
    files: list[tuple[str, str]] = []  # (path relative to the package's parent, module)
    for path in sorted(package_dir.rglob("*.py")):
        rel = path.relative_to(package_dir.parent).as_posix()
        module = ".".join(rel[:-3].split("/"))
        is_package = path.name == "__init__.py"
        if is_package:
            module = module.rpartition(".")[0]
        trees[module] = (ast.parse(path.read_text(encoding="utf-8"), filename=str(path)), is_package)
        if "/generated/" in rel or rel.startswith("ejournal_desktop/commands/") or rel.endswith("/cli.py"):
            continue  # the command line speaks Russian only
        files.append((rel, module))
    package = _Package(trees)
    for rel, module in files:
        tree = trees[module][0]
        _Visitor(result, rel, tree, package.helpers(module)).visit(tree)
    _extra_messages(result)
    return result


# --- .ts files ------------------------------------------------------------------------------------


@dataclass
class Entry:
    translation: str = ""
    finished: bool = False
    comment: str = ""


def read_ts(path: Path) -> dict[Message, Entry]:
    out: dict[Message, Entry] = {}
    if not path.exists():
        return out
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            text = (node.text or "") if node is not None else ""
            kind = node.get("type", "") if node is not None else "unfinished"
            out[Message(name, source)] = Entry(
                text, finished=kind == "" and bool(text),
                comment=message.findtext("translatorcomment") or "")
    return out


def write_ts(path: Path, language: str, messages: Iterable[Message], entries: dict[Message, Entry]) -> None:
    root = ET.Element("TS", version="2.1", language={"ru": "ru_RU", "en": "en_US"}.get(language, language),
                      sourcelanguage="ru_RU")
    by_context: dict[str, list[Message]] = {}
    for message in sorted(set(messages)):
        by_context.setdefault(message.context, []).append(message)
    for context_name, items in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for message in items:
            node = ET.SubElement(context, "message")
            ET.SubElement(node, "source").text = message.source
            entry = entries.get(message, Entry())
            if entry.comment:
                ET.SubElement(node, "translatorcomment").text = entry.comment
            translation = ET.SubElement(node, "translation")
            translation.text = entry.translation
            if not (entry.finished and entry.translation):
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update(folder: Path | None = None, extraction: Extraction | None = None) -> dict[str, tuple[int, int]]:
    """Rewrite both .ts files from the sources; returns {language: (translated, total)}."""
    found = extraction or extract()
    messages = list(found.messages)
    out = {}
    for language in LANGUAGES:
        path = ts_path(language, folder)
        entries = read_ts(path)
        if language == "ru":  # identity: the source is Russian
            entries = {m: Entry(m.source, True) for m in messages}
        write_ts(path, language, messages, entries)
        done = sum(1 for m in messages if entries.get(m, Entry()).finished)
        out[language] = (done, len(messages))
    return out


def coverage(language: str = "en", folder: Path | None = None) -> dict[str, tuple[int, int]]:
    """Per context: (finished translations, messages) in the .ts file."""
    out: dict[str, tuple[int, int]] = {}
    for message, entry in read_ts(ts_path(language, folder)).items():
        done, total = out.get(message.context, (0, 0))
        out[message.context] = (done + int(entry.finished), total + 1)
    return out


# --- checking and filling translations (maintainers) ---------------------------------------------

# Python's %-conversions, which must stay in their order (``%%`` is a literal percent sign)
_PERCENT = re.compile(r"%(?:%|\([A-Za-z_]\w*\)[-+ #0]*\d*(?:\.\d+)?[sdifr]|[-+ #0]*\d*(?:\.\d+)?[sdifnrxXeEgGc])")
_QT_ARG = re.compile(r"%(?:L?[1-9]\d?)")  # Qt's %1 %2…, whose order may change
_FIELD = re.compile(r"\{[A-Za-z_0-9.:!<>^+-]*\}")  # str.format fields
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # HTML tags


def _accelerators(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def placeholder_problems(source: str, translation: str) -> list[str]:
    """What a translation changes of its source that the program relies on: the %-conversions (in order),
    Qt's %1…, {fields}, HTML tags, line breaks, tabs and whether there is an accelerator (``&``)."""
    problems = []
    qt_args = re.compile(_QT_ARG.pattern + "(?!\\d)")
    if _PERCENT.findall(qt_args.sub("", source)) != _PERCENT.findall(qt_args.sub("", translation)):
        problems.append("%-conversions differ or are in another order")
    for name, pattern in (("Qt %N arguments", qt_args), ("{fields}", _FIELD), ("HTML tags", _TAG)):
        if sorted(pattern.findall(source)) != sorted(pattern.findall(translation)):
            problems.append(f"{name} differ")
    for name, char in (("line breaks", "\n"), ("tabs", "\t")):
        if source.count(char) != translation.count(char):
            problems.append(f"{name} differ")
    if bool(_accelerators(source)) != bool(_accelerators(translation)):
        problems.append("accelerator (&) added or lost")
    return problems


def unfinished(language: str = "en", folder: Path | None = None) -> dict[str, dict[str, str]]:
    """{context: {source: draft or ""}} of the messages of the .ts file without a finished translation."""
    out: dict[str, dict[str, str]] = {}
    for message, entry in sorted(read_ts(ts_path(language, folder)).items()):
        if not entry.finished:
            out.setdefault(message.context, {})[message.source] = entry.translation
    return out


def apply_translations(table: dict[str, dict[str, str]], language: str = "en",
                       folder: Path | None = None) -> int:
    """Write finished translations {context: {source: translation}} into the .ts file; returns how many.

    Every entry is checked first (the message exists, the translation is not empty and keeps the
    placeholders); a single bad entry raises ValueError listing all of them, and nothing is written.
    """
    if language == "ru":
        raise ValueError("the Russian file is the identity: `update` writes it")
    path = ts_path(language, folder)
    entries = read_ts(path)
    if not entries:
        raise ValueError(f"{path}: no messages (run `update` first)")
    bad: list[str] = []
    changes: dict[Message, Entry] = {}
    if not isinstance(table, dict):
        raise ValueError("expected a JSON object {context: {source: translation}}")
    for context, items in table.items():
        if not isinstance(items, dict):
            bad.append(f"{context}: expected an object {{source: translation}}")
            continue
        for source, translation in items.items():
            message = Message(context, source)
            where = f"{context}: {source!r}"
            if message not in entries:
                bad.append(f"{where}: no such message in {path.name}")
            elif not isinstance(translation, str) or not translation.strip():
                bad.append(f"{where}: empty translation")
            else:
                bad.extend(f"{where} -> {translation!r}: {p}" for p in placeholder_problems(source, translation))
                changes[message] = Entry(translation, True, entries[message].comment)
    if bad:
        raise ValueError("\n".join(bad))
    entries.update(changes)
    write_ts(path, language, entries, entries)
    return len(changes)


# --- .qm files ------------------------------------------------------------------------------------


def compile_qm(ts: Path, qm: Path) -> bool:
    """``pyside6-lrelease ts -qm qm``; False when lrelease is missing or fails."""
    program = lrelease_program()
    if program is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    try:
        # -nounfinished: an unfinished message falls back to the Russian source, not to ""
        done = subprocess.run([*program, "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                              capture_output=True, text=True, timeout=120, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed: %s", exc)
        return False
    if done.returncode != 0 or not qm.exists():
        log.warning("lrelease failed (%s): %s", done.returncode, done.stderr.strip()[:500])
        return False
    return True


def compile_all(out_dir: Path, folder: Path | None = None) -> list[Path]:
    made = []
    for language in LANGUAGES:
        ts = ts_path(language, folder)
        qm = out_dir / f"{CATALOG}_{language}.qm"
        if ts.exists() and compile_qm(ts, qm):
            made.append(qm)
    return made


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("ejournal-desktop", appauthor=False)) / "translations"


def qm_file(language: str) -> Path | None:
    """A .qm for the language that is not older than its .ts: shipped, cached, or compiled now."""
    ts = ts_path(language)
    shipped = ts.with_suffix(".qm")
    ts_time = ts.stat().st_mtime if ts.exists() else 0.0
    if shipped.exists() and shipped.stat().st_mtime >= ts_time:
        return shipped
    if not ts.exists():
        return shipped if shipped.exists() else None
    cached = _cache_dir() / shipped.name
    if cached.exists() and cached.stat().st_mtime >= ts_time:
        return cached
    if compile_qm(ts, cached):
        return cached
    return None


# --- loading --------------------------------------------------------------------------------------


def current_language() -> str:
    """The language chosen in the settings (QSettings "ui/language"), Russian by default."""
    from PySide6.QtCore import QSettings

    value = str(QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    from PySide6.QtCore import QSettings

    if language not in LANGUAGES:
        raise ValueError(language)
    settings = QSettings()
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


def _ts_translator(path: Path) -> object:
    """A QTranslator answering from a .ts file (no lrelease needed)."""
    from PySide6.QtCore import QTranslator

    table = {(m.context, m.source): e.translation for m, e in read_ts(path).items() if e.finished}

    class TsTranslator(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
            return table.get((context, source), "")

        def isEmpty(self) -> bool:
            return not table

    return TsTranslator()


_installed: list[object] = []


def install(app: object, language: str) -> str:
    """Install Qt's and the program's translators for the language; returns the language installed."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    assert isinstance(app, QCoreApplication)
    for old in _installed:
        app.removeTranslator(old)  # type: ignore[arg-type]
    _installed.clear()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom) if language == "en" else QLocale(
        QLocale.Language.Russian, QLocale.Country.Russia)
    QLocale.setDefault(locale)
    qt_translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt_translator.load(locale, "qtbase", "_", folder):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language == "ru":
        return language
    qm = qm_file(language)
    translator: object
    if qm is not None:
        loaded = QTranslator(app)
        if not loaded.load(str(qm)):
            log.warning("cannot load %s", qm)
            return DEFAULT_LANGUAGE
        translator = loaded
    elif ts_path(language).exists():
        translator = _ts_translator(ts_path(language))
    else:
        log.warning("no translation for %s", language)
        return DEFAULT_LANGUAGE
    app.installTranslator(translator)  # type: ignore[arg-type]
    _installed.append(translator)
    log.info("language: %s (%s)", language, qm or "from .ts")
    return language


# --- command line (maintainers) ---------------------------------------------------------------


def _print_status(lines: Iterator[str]) -> None:
    for line in lines:
        print(line)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ejournal_desktop.translations")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="rewrite resources/translations/*.ts from the sources")
    sub.add_parser("status", help="translation coverage per context")
    build = sub.add_parser("compile", help="build .qm files with pyside6-lrelease")
    build.add_argument("out", nargs="?", default=None, help="folder (default: next to the .ts files)")
    todo = sub.add_parser("untranslated", help="unfinished messages as JSON {context: {source: draft}}")
    todo.add_argument("--language", default="en", choices=LANGUAGES[1:])
    fill = sub.add_parser("apply", help="fill translations from a JSON file {context: {source: translation}}")
    fill.add_argument("file", help="JSON file (the output of `untranslated` with the translations written in)")
    fill.add_argument("--language", default="en", choices=LANGUAGES[1:])
    args = parser.parse_args(argv)
    if args.command == "untranslated":
        json.dump(unfinished(args.language), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if args.command == "apply":
        try:
            table = json.loads(Path(args.file).read_text(encoding="utf-8"))
            count = apply_translations(table, args.language)
        except (OSError, ValueError) as exc:  # json.JSONDecodeError is a ValueError
            print(f"nothing written:\n{exc}", file=sys.stderr)
            return 1
        done = sum(d for d, _ in coverage(args.language).values())
        total = sum(t for _, t in coverage(args.language).values())
        print(f"{args.language}: {count} translations written; {done}/{total} translated")
        return 0
    if args.command == "update":
        found = extract()
        for problem in found.problems:
            print("warning:", problem, file=sys.stderr)
        for language, (done, total) in update(extraction=found).items():
            print(f"{language}: {done}/{total} translated")
        return 0
    if args.command == "status":
        table = coverage()
        _print_status(f"{c:32} {d:4}/{t:<4}" for c, (d, t) in sorted(table.items()))
        done = sum(d for d, _ in table.values())
        total = sum(t for _, t in table.values())
        print(f"{'total':32} {done:4}/{total:<4}")
        return 0
    out = Path(args.out) if args.out else translations_dir()
    made = compile_all(out)
    for qm in made:
        print(qm)
    return 0 if len(made) == len(LANGUAGES) else 1


if __name__ == "__main__":
    raise SystemExit(main())
