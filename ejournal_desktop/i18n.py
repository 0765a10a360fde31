"""Translation entry point for code below ``ui/``.

Services and printing produce Russian text through :func:`tr`, which goes
through Qt's translator when a Qt application is running (so an English
translation can follow) and returns the Russian source text otherwise.
Only QtCore is touched, and only if it is already imported by the program.
"""

from __future__ import annotations

import sys

from ejournal_desktop.domain import errors as _domain_errors


def tr(context: str, text: str) -> str:
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None and qtcore.QCoreApplication.instance() is not None:
        return str(qtcore.QCoreApplication.translate(context, text))
    return text


def noop(context: str, text: str) -> str:
    """Marks a constant for translation (QT_TRANSLATE_NOOP) without translating it."""
    return text


def _domain_translate(text: str) -> str:
    return tr("Domain", text)


# The domain layer imports nothing of the program: its refusals (MarkError…) are Russian templates
# translated through this hook, installed as soon as anything uses the translation helpers.
_domain_errors.install_translator(_domain_translate)
