"""Dialog layouts from Qt Designer files (``forms/*.ui``), loaded at run time with QUiLoader.

Why QUiLoader and not ``pyside6-uic``: the .ui file stays the one source of a layout — there is no
generated Python to regenerate and keep in step, the program runs from the source tree without a
build step, and a form changed in Designer shows at the next start.  Its cost is small: loading a
dialog's form takes a few milliseconds, and QtUiTools (in PySide6-Essentials) adds about 1.4 MB
of Qt libraries (UiTools, OpenGL, OpenGLWidgets) to the bundle.

:func:`load_into` builds a form *into an existing widget* (the dialog object itself, as
``uic.loadUi(file, self)`` does in PyQt): the form's top-level properties (window title, size)
apply to the dialog, its children become the dialog's children, found by object name with
:func:`child`.  Texts are translated while the form loads: QUiLoader calls
``QCoreApplication.translate(<the form's class>, text)``, so a form whose ``<class>`` is
``SettingsDialog`` shares the translation context of the module's ``tr()``; the extractor in
:mod:`ejournal_desktop.translations` reads the ``<string>`` elements of the forms.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


class FormError(RuntimeError):
    """A form is missing, broken, or lacks a widget the code needs (a programming error)."""


def forms_dir() -> Path:
    """``forms/`` of the installed package (or of the bundle, or of the source tree)."""
    try:
        return Path(str(resources.files("ejournal_desktop.forms")))
    except ModuleNotFoundError:  # a source tree without install
        return Path(__file__).resolve().parents[2] / "forms"


def form_path(name: str) -> Path:
    return forms_dir() / f"{name}.ui"


class _IntoLoader(QUiLoader):
    """Creates the form's top-level widget as ``base`` itself, everything else as usual."""

    def __init__(self, base: QWidget) -> None:
        super().__init__(base)
        self.base = base

    def createWidget(self, class_name: str, parent: QWidget | None = None, name: str = "") -> QWidget:
        if parent is None:
            return self.base
        return super().createWidget(class_name, parent, name)


def load_into(base: QWidget, name: str) -> None:
    """Build ``forms/<name>.ui`` into ``base`` (a widget of the form's top-level class)."""
    path = form_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"form {path} cannot be read: {file.errorString()}")
    try:
        loader = _IntoLoader(base)
        loaded = loader.load(file, None)
    finally:
        file.close()
    if loaded is None:
        raise FormError(f"form {path} cannot be loaded: {loader.errorString()}")


def child(parent: QWidget, kind: type[W], name: str) -> W:
    """The form's widget ``name`` of type ``kind``; a FormError when the form has none."""
    found = parent.findChild(kind, name)
    if found is None:
        raise FormError(f"{type(parent).__name__}: the form has no {kind.__name__} named {name!r}")
    return found
