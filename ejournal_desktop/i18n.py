"""Translation entry point for code below ``ui/``.

Services and printing produce Russian text through :func:`tr`, which goes
through Qt's translator when a Qt application is running (so an English
translation can follow) and returns the Russian source text otherwise.
Only QtCore is touched, and only if it is already imported by the program.

Numbers follow the interface's language too: :func:`decimal_text` writes a decimal with the comma in
Russian and the point in English (the language :func:`ui_language` reads from the running application).
Printed documents do not use it: they are official papers and stay Russian.
"""

from __future__ import annotations

import sys
from decimal import Decimal

from ejournal_desktop.domain import errors as _domain_errors


def tr(context: str, text: str) -> str:
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None and qtcore.QCoreApplication.instance() is not None:
        return str(qtcore.QCoreApplication.translate(context, text))
    return text


def noop(context: str, text: str) -> str:
    """Marks a constant for translation (QT_TRANSLATE_NOOP) without translating it."""
    return text


LANGUAGE_PROPERTY = "ejournal_language"
"""The property of the QApplication that :func:`ejournal_desktop.ui.app.apply_language` sets."""

POINT_LANGUAGES = frozenset({"en"})
"""Interface languages that write a decimal point; the others (Russian) write a comma."""


def ui_language() -> str:
    """The language the running program speaks: the one installed into its QApplication, else Russian
    (the command line, a program without Qt, an application that never installed a language)."""
    qtcore = sys.modules.get("PySide6.QtCore")
    app = qtcore.QCoreApplication.instance() if qtcore is not None else None
    if app is None:
        return "ru"
    return str(app.property(LANGUAGE_PROPERTY) or "ru")


def decimal_point() -> str:
    """The decimal separator of the interface: «,» in Russian, «.» in English."""
    return "." if ui_language() in POINT_LANGUAGES else ","


def decimal_text(number: Decimal, *, trim: bool = False) -> str:
    """A decimal in fixed point with the interface's separator: «4,50» in Russian, «4.50» in English;
    ``trim`` drops the trailing zeros of the fraction (a weight: «1,5», «2»)."""
    text = f"{number:f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", decimal_point())


def _domain_translate(text: str) -> str:
    return tr("Domain", text)


# The domain layer imports nothing of the program: its refusals (MarkError…) are Russian templates
# translated through this hook, and the numbers in them written through the second one; both are
# installed as soon as anything uses the translation helpers.
_domain_errors.install_translator(_domain_translate)
_domain_errors.install_number_format(decimal_text)
