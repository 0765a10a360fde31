"""Packaging: the Windows version resource comes from pyproject's version, the bundle's spec keeps
every Qt module the program imports, and forms/ is installed with the package."""

from __future__ import annotations

import ast
import importlib.util
import re
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
VERSION = PYPROJECT["project"]["version"]


def _version_info() -> ModuleType:
    # packaging/ is not a package (and its name is taken by the PyPI «packaging»): load it by path
    spec = importlib.util.spec_from_file_location("ejournal_version_info", REPO / "packaging" / "version_info.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


version_info = _version_info()


class _Node:
    """Records the arguments of one of PyInstaller's version-info constructors."""

    def __init__(self, kind: str, *args: Any, **kwargs: Any) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs


# the names PyInstaller evaluates a version file with (PyInstaller.utils.win32.versioninfo)
NAMES = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
         "VarStruct")


def _evaluate(text: str) -> _Node:
    namespace: dict[str, Any] = {name: (lambda *a, _n=name, **k: _Node(_n, *a, **k)) for name in NAMES}
    tree = ast.parse(text, mode="eval")
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    assert used <= set(NAMES), used - set(NAMES)
    result = eval(compile(tree, "file_version_info.txt", "eval"), {"__builtins__": {}}, namespace)
    assert isinstance(result, _Node) and result.kind == "VSVersionInfo"
    return result


def test_the_version_resource_carries_the_pyproject_version(tmp_path: Path) -> None:
    path = version_info.write_version_file(tmp_path / "build" / "file_version_info.txt")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# UTF-8\n")  # PyInstaller reads it as UTF-8
    resource = _evaluate(text)
    fixed = resource.kwargs["ffi"]
    numbers = tuple(int(n) for n in re.findall(r"\d+", VERSION)[:4])
    assert fixed.kwargs["filevers"] == fixed.kwargs["prodvers"] == numbers + (0,) * (4 - len(numbers))
    string_file, var_file = resource.kwargs["kids"]
    (table,) = string_file.args[0]
    assert table.args[0] == "041904B0"  # Russian, Unicode
    strings = {s.args[0]: s.args[1] for s in table.args[1]}
    assert strings["FileVersion"] == strings["ProductVersion"] == VERSION
    assert strings["ProductName"] == "ЭЖ-Десктоп"
    assert "электронный классный журнал" in strings["FileDescription"]
    assert re.search("[А-Яа-я]", strings["CompanyName"])
    assert strings["OriginalFilename"] == "ejournal.exe"
    assert var_file.args[0][0].args == ("Translation", [0x0419, 1200])


def test_a_version_from_another_pyproject_is_written(tmp_path: Path) -> None:
    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "x"\nversion = "2.10.3"\n', encoding="utf-8")
    version = version_info.project_version(other)
    text = version_info.write_version_file(tmp_path / "v.txt", version).read_text(encoding="utf-8")
    assert "filevers=(2, 10, 3, 0)" in text and "'ProductVersion', '2.10.3'" in text


@pytest.mark.parametrize(("version", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("3.4.5.6", (3, 4, 5, 6)), ("1.2.0rc1", (1, 2, 0, 0)),
    ("0.1.0+local.7", (0, 1, 0, 0)),
])
def test_version_numbers_for_windows(version: str, numbers: tuple[int, int, int, int]) -> None:
    assert version_info.version_tuple(version) == numbers


@pytest.mark.parametrize("version", ["dev", "", "70000.1"])
def test_a_version_windows_cannot_hold_is_refused(version: str) -> None:
    with pytest.raises(ValueError):
        version_info.version_tuple(version)


# --- the spec -----------------------------------------------------------------------------------------------


def _spec_list(name: str) -> list[str]:
    tree = ast.parse((REPO / "build_installer.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(v) for v in value]
    raise AssertionError(f"build_installer.spec has no list {name}")


def test_the_spec_excludes_no_qt_module_the_program_imports() -> None:
    excluded = set(_spec_list("QT_EXCLUDES"))
    imported: dict[str, str] = {}
    for path in sorted((REPO / "ejournal_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
                imported.setdefault(node.module, str(path.relative_to(REPO)))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("PySide6."):
                        imported.setdefault(alias.name, str(path.relative_to(REPO)))
    assert "PySide6.QtUiTools" in imported  # the forms are loaded with QUiLoader
    clash = {module: where for module, where in imported.items() if module in excluded}
    assert not clash, f"imported by the program but excluded from the bundle: {clash}"
    # the heavy modules stay out
    for module in ("PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtMultimedia", "PySide6.QtQuick",
                   "PySide6.QtQml", "PySide6.QtPdf", "PySide6.QtDesigner"):
        assert module in excluded, module


def test_forms_help_images_and_versions_go_into_the_package_and_the_bundle() -> None:
    tool = PYPROJECT["tool"]["setuptools"]
    assert tool["package-dir"]["ejournal_desktop.forms"] == "forms"
    assert "ejournal_desktop.forms" in tool["packages"]
    assert tool["package-data"]["ejournal_desktop.forms"] == ["*.ui"]
    assert tool["package-data"]["ejournal_desktop.resources"] == ["**/*"]  # help/img/*.png with it
    assert list((REPO / "forms").glob("*.ui")), "no Designer forms"
    spec = (REPO / "build_installer.spec").read_text(encoding="utf-8")
    assert '_tree(ROOT / "forms", "ejournal_desktop/forms")' in spec
    assert '_tree(ROOT / "resources", "ejournal_desktop/resources")' in spec
    # the bundle ships the compiled .qm, not the .ts (beside a .ts the .qm may be taken for stale)
    assert 'not (src.endswith(".ts") and Path(src).parent.name == "translations")' in spec
    assert "version=str(VERSION_FILE)" in spec
    assert set(PYPROJECT["project"]["optional-dependencies"]["build"]) >= {"pyinstaller>=6.10", "pillow>=10"}
