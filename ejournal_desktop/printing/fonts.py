"""The Cyrillic fonts of the printed forms, registered once with reportlab.

The DejaVu TTFs ship in ``resources/fonts`` (installed as
``ejournal_desktop.resources/fonts``); a system DejaVu is the fallback when the
package was installed without them.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "EJ-Sans"
SANS_BOLD = "EJ-Sans-Bold"
COND = "EJ-Cond"
COND_BOLD = "EJ-Cond-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    COND: "DejaVuSansCondensed.ttf",
    COND_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
_SYSTEM_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)

_registered = False


class FontMissing(RuntimeError):
    """No Cyrillic TTF could be found: the PDF cannot be made."""


def font_path(file_name: str) -> Path:
    """Where a font file is: the package resources first, then the system folders."""
    try:
        packaged = importlib.resources.files("ejournal_desktop.resources") / "fonts" / file_name
        if packaged.is_file():
            return Path(str(packaged))
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        pass
    for folder in _SYSTEM_DIRS:
        candidate = folder / file_name
        if candidate.is_file():
            return candidate
    raise FontMissing(
        f"Не найден шрифт {file_name}: без него русский текст не напечатать. "
        "Переустановите программу (шрифты DejaVu входят в её состав)."
    )


def register_fonts() -> None:
    """Register the four faces (idempotent)."""
    global _registered
    if _registered:
        return
    for name, file_name in _FILES.items():
        try:
            pdfmetrics.getFont(name)
            continue
        except KeyError:
            pass
        pdfmetrics.registerFont(TTFont(name, str(font_path(file_name))))
    _registered = True
