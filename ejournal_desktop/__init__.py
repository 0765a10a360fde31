"""ЭЖ-Десктоп — the school's electronic class journal as a desktop application."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("ejournal-desktop")
except _metadata.PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+source"

APP_NAME = "ЭЖ-Десктоп"
