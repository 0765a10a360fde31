"""Translation entry point for code below ``ui/``.

Services and printing produce Russian text through :func:`tr`, which goes
through Qt's translator when a Qt application is running (so an English
translation can follow) and returns the Russian source text otherwise.
Only QtCore is touched, and only if it is already imported by the program.
"""

from __future__ import annotations

import sys


def tr(context: str, text: str) -> str:
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None and qtcore.QCoreApplication.instance() is not None:
        return str(qtcore.QCoreApplication.translate(context, text))
    return text


def noop(context: str, text: str) -> str:
    """Marks a constant for translation (QT_TRANSLATE_NOOP) without translating it."""
    return text
