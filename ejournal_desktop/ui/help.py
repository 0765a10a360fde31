"""«Справка»: the short user guide for each of the user's roles (Markdown in resources/help).

A guide shows screenshots (``![…](img/….png)`` beside the page: ``help/img/`` for the Russian guides,
``help/en/img/`` for the English ones; made by tests/gui/test_help_screenshots.py).  Each picture is
read from the guide's folder and scaled down to the width of the window, so nothing needs a
horizontal scroll; the guide is laid out again when the window is resized.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ejournal_desktop.services.permissions import ROLE_TITLES, Role

# the guides, most specific first: a homeroom teacher is a teacher too
GUIDE_ORDER: tuple[Role, ...] = (Role.TEACHER, Role.HOMEROOM, Role.DEPUTY, Role.DIRECTOR, Role.ADMIN)
GUIDE_FILES: dict[Role, str] = {
    Role.TEACHER: "teacher.md",
    Role.HOMEROOM: "homeroom.md",
    Role.DEPUTY: "deputy.md",
    Role.DIRECTOR: "director.md",
    Role.ADMIN: "admin.md",
}


IMAGE_LINK = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
MIN_IMAGE_WIDTH = 240


def tr(text: str) -> str:
    return QCoreApplication.translate("HelpWindow", text)


def image_links(markdown: str) -> list[str]:
    """The images a guide shows, as written in it (``img/teacher_journal.png``)."""
    return IMAGE_LINK.findall(markdown)


def help_dir() -> Path:
    try:
        return Path(str(resources.files("ejournal_desktop.resources") / "help"))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "resources" / "help"


def guide_path(role: Role, language: str = "ru") -> Path:
    """The guide for a role: ``help/<language>/<file>`` when there is one, else the Russian ``help/<file>``."""
    folder = help_dir()
    if language != "ru":
        translated = folder / language / GUIDE_FILES[role]
        if translated.exists():
            return translated
    return folder / GUIDE_FILES[role]


def roles_with_guides(roles: frozenset[Role]) -> list[Role]:
    return [r for r in GUIDE_ORDER if r in roles] or [Role.TEACHER]


class HelpWindow(QDialog):
    """A non-modal window: the guide of one role at a time, chosen in the combo box."""

    def __init__(self, roles: frozenset[Role], language: str = "ru", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(tr("Справка — ЭЖ-Десктоп"))
        self.language = language
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Руководство:"), self))
        self.role_box = QComboBox(self)
        self.role_box.setObjectName("helpRoleBox")
        for role in roles_with_guides(roles):
            self.role_box.addItem(QCoreApplication.translate("Role", ROLE_TITLES[role]), role.value)
        row.addWidget(self.role_box, 1)
        layout.addLayout(row)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.role_box.currentIndexChanged.connect(self._show_current)
        self._laid_out_width = 0
        self.browser.installEventFilter(self)
        self._show_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the pictures follow the width of the window
        if (event.type() == QEvent.Type.Resize and watched is self.browser
                and abs(self._image_width() - self._laid_out_width) > 16):
            position = self.browser.verticalScrollBar().value()
            self._show_current()
            self.browser.verticalScrollBar().setValue(position)
        return super().eventFilter(watched, event)

    def current_role(self) -> Role:
        return Role(str(self.role_box.currentData()))

    def show_role(self, role: Role) -> None:
        index = self.role_box.findData(role.value)
        if index >= 0:
            self.role_box.setCurrentIndex(index)

    def _image_width(self) -> int:
        """The room for a picture: the browser's width less its frame, the vertical scroll bar
        (counted whether it shows or not, so that it appearing never makes a horizontal one)
        and the document's margins."""
        browser = self.browser
        bar = browser.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, browser)
        room = browser.width() - 2 * browser.frameWidth() - bar
        return max(MIN_IMAGE_WIDTH, room - 2 * int(browser.document().documentMargin()) - 4)

    def _add_images(self, markdown: str, folder: Path) -> None:
        """Each picture of the guide, from its folder, no wider than the window."""
        width = self._laid_out_width = self._image_width()
        document = self.browser.document()
        for link in image_links(markdown):
            image = QImage(str(folder / link))
            if image.isNull():
                continue  # the browser shows its «missing image» mark
            if image.width() > width:
                image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            # the document looks its resources up by the link resolved against its base URL
            document.addResource(QTextDocument.ResourceType.ImageResource.value,
                                 document.baseUrl().resolved(QUrl(link)), image)

    def _show_current(self) -> None:
        path = guide_path(self.current_role(), self.language)
        self.browser.setSearchPaths([str(path.parent), str(help_dir())])
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = tr("Руководство не найдено: %s") % path
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setMarkdown(text)  # (clears the document's resources)
        self._add_images(text, path.parent)
