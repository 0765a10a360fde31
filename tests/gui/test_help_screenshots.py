"""Screenshots for the help pages, made by the tests from the real windows of the fixed school.

``EJOURNAL_HELP_SHOTS=1 python -m pytest tests/gui/test_help_screenshots.py`` opens each window
offscreen (the teacher's journal, attendance, the homeroom teacher's students, the admin's accounts,
the deputy's reports, the director's print tab), in Russian and in English, and writes the images
into ``resources/help/img/`` and ``resources/help/en/img/`` — at most 1000 px wide, palette PNG.
Without the variable nothing is written: the tests check that every image a help page references
is there and is a PNG of sensible size, that no image is left unreferenced, that every role's guide
shows at least one, and that the help window really displays them.
"""

from __future__ import annotations

import io
import os
import re
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QBuffer, QDate, QIODevice, Qt, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ejournal_desktop import translations
from ejournal_desktop.services.access import standing
from ejournal_desktop.services.permissions import Role
from ejournal_desktop.ui.app import apply_language
from ejournal_desktop.ui.help import GUIDE_FILES, HelpWindow, help_dir
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.ui.session import Session
from tests.factory import MON, School
from tests.gui.conftest import today_is
from tests.test_reports import TODAY, fill_q1

pytestmark = pytest.mark.gui

HELP = Path(__file__).resolve().parents[2] / "resources" / "help"
WRITE = os.environ.get("EJOURNAL_HELP_SHOTS") == "1"
MAX_WIDTH = 1000
MAX_BYTES = 250_000
WINDOW_SIZE = (1200, 760)
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Shot:
    name: str  # the file in img/
    login: str
    tab: str
    prepare: Callable[[QWidget, School], None] = lambda tab, school: None


def _journal_5a_math(tab: QWidget, school: School) -> None:
    tab.class_combo.setCurrentIndex(tab.class_combo.findText("5А"))  # type: ignore[attr-defined]
    subjects = tab.subject_combo  # type: ignore[attr-defined]
    subjects.setCurrentIndex(next(i for i in range(subjects.count()) if subjects.itemText(i).startswith("Мат")
                                  or subjects.itemText(i).startswith("Math")))
    model, view = tab.model, tab.view  # type: ignore[attr-defined]
    view.setCurrentIndex(model.index(2, model.column_of(MON, 1)))  # a lesson with marks and a topic
    view.setFocus()


def _attendance_week(tab: QWidget, school: School) -> None:
    tab.date_edit.setDate(QDate(MON.year, MON.month, MON.day))  # type: ignore[attr-defined]


def _progress_5a(tab: QWidget, school: School) -> None:
    tab.choose("progress", class_id=school.classes["5А"], period_id=school.periods[0])  # type: ignore[attr-defined]
    tab.build_button.click()  # type: ignore[attr-defined]


def _print_5a(tab: QWidget, school: School) -> None:
    tab.select(class_id=school.classes["5А"])  # type: ignore[attr-defined]
    tab.preview()  # type: ignore[attr-defined]


SHOTS: tuple[Shot, ...] = (
    Shot("teacher_journal.png", "ivanova", "journal", _journal_5a_math),
    Shot("homeroom_attendance.png", "ivanova", "attendance", _attendance_week),
    Shot("homeroom_students.png", "ivanova", "students"),
    Shot("admin_accounts.png", "admin", "admin"),
    Shot("deputy_reports.png", "deputy", "reports", _progress_5a),
    Shot("director_print.png", "director", "print", _print_5a),
)
LANGUAGES = {"ru": HELP / "img", "en": HELP / "en" / "img"}


def pages() -> list[Path]:
    return sorted(HELP.glob("*.md")) + sorted((HELP / "en").glob("*.md"))


def references(page: Path) -> list[Path]:
    return [(page.parent / ref).resolve() for ref in IMAGE.findall(page.read_text(encoding="utf-8"))]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def optimised_png(image: QImage) -> bytes:
    """The grab scaled to ≤ MAX_WIDTH px and saved as a 256-colour PNG (a UI needs no more)."""
    if image.width() > MAX_WIDTH:
        image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGB")
    out = io.BytesIO()
    picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        out, "PNG", optimize=True)
    return out.getvalue()


# --- making the screenshots (EJOURNAL_HELP_SHOTS=1) ------------------------------------------------------


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code = str(request.param)
    translations.set_language(code)
    assert apply_language(qapp) == code
    try:
        yield code
    finally:
        translations.set_language("ru")
        apply_language(qapp, "ru")


@pytest.mark.skipif(not WRITE, reason="writes resources/help/img only with EJOURNAL_HELP_SHOTS=1")
@pytest.mark.parametrize("language", list(LANGUAGES), indirect=True)
def test_make_the_help_screenshots(qtbot: QtBot, gui_school: tuple[str, School], language: str,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _, school = gui_school
    fill_q1(school, monkeypatch)
    folder = LANGUAGES[language]
    folder.mkdir(parents=True, exist_ok=True)
    for shot in SHOTS:
        actor = school.actors()[shot.login]
        # the status bar shows the database: a plain name rather than the test's temporary path
        session = Session(actor=actor, roles=standing(actor).roles, database="journal.sqlite3",
                          today=today_is(TODAY))
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.resize(*WINDOW_SIZE)
        window.show()
        qtbot.waitExposed(window)
        tab = window.show_tab(shot.tab)
        assert tab is not None, f"{shot.login} has no tab {shot.tab!r}"
        shot.prepare(tab, school)
        QApplication.processEvents()
        qtbot.wait(50)
        data = optimised_png(window.grab().toImage())
        (folder / shot.name).write_bytes(data)
        window.close()
    assert {p.name for p in folder.glob("*.png")} >= {s.name for s in SHOTS}


# --- checking them (always) ------------------------------------------------------------------------------


def test_every_referenced_image_is_a_small_valid_png() -> None:
    checked = 0
    for page in pages():
        for path in references(page):
            assert path.exists(), f"{page.relative_to(HELP)} references a missing image {path}"
            width, height = png_size(path)
            assert 400 <= width <= MAX_WIDTH and 200 <= height <= 900, (path.name, width, height)
            assert path.stat().st_size <= MAX_BYTES, (path.name, path.stat().st_size)
            image = QImage(str(path))
            assert not image.isNull() and image.width() == width, f"{path.name} does not decode"
            checked += 1
    assert checked >= 2 * len(SHOTS)  # every screenshot is shown, in Russian and in English


def test_every_guide_shows_a_picture_and_no_picture_is_unused() -> None:
    used: set[Path] = set()
    for folder in (HELP, HELP / "en"):
        for role, name in GUIDE_FILES.items():
            refs = references(folder / name)
            assert refs, f"the {role.value} guide in {folder.name} shows no picture"
            used.update(refs)
    made = {p.resolve() for folder in LANGUAGES.values() for p in folder.glob("*.png")}
    assert made, "no screenshots: run EJOURNAL_HELP_SHOTS=1 pytest tests/gui/test_help_screenshots.py"
    assert made == used, {"unused": sorted(p.name for p in made - used),
                          "missing": sorted(p.name for p in used - made)}
    for shot in SHOTS:  # every screenshot the test makes is shown in both languages
        assert (LANGUAGES["ru"] / shot.name).resolve() in used and (LANGUAGES["en"] / shot.name).resolve() in used


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_help_window_displays_the_pictures(qtbot: QtBot, language: str) -> None:
    window = HelpWindow(frozenset({Role.TEACHER}), language)
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    document = window.browser.document()
    html = document.toHtml()
    sources = re.findall(r'<img src="([^"]+)"', html)
    assert sources, "the guide shows no image"
    room = window.browser.viewport().width()
    for source in sources:
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(source))
        assert isinstance(image, (QImage, QPixmap)) and not image.isNull(), f"{source} is not displayed"
        assert 400 < image.width() <= room  # scaled to the window: no horizontal scrolling
    assert not window.browser.horizontalScrollBar().isVisible()
    window.resize(1300, 800)  # wider: the pictures grow back to their own width
    QApplication.processEvents()
    widest = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(sources[0]))
    assert widest.width() == png_size(help_dir() / ("" if language == "ru" else language) / sources[0])[0]
    folder = help_dir() if language == "ru" else help_dir() / language
    assert (folder / sources[0]).exists()
    if WRITE:
        window.grab().save(f"/tmp/help_window_{language}.png")
