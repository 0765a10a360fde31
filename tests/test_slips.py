"""Invitation slips: every login and temporary password in the PDF, the right number of pages,
the passwords never stored in plain text (argon2 hashes, nothing in the audit trail)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from ejournal_desktop.printing.slips import HANDOUT_ROWS, SLIPS_PER_PAGE, Slip, page_count, render_slips
from ejournal_desktop.services import accounts, auth
from ejournal_desktop.store.models import AuditEntry, User
from tests.factory import School

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def render_png(pdf: Path, name: str, page: int = 1) -> Path | None:
    """The page as a PNG in screenshots/ (for looking at), when pdftoppm is installed."""
    if shutil.which("pdftoppm") is None:
        return None
    SCREENSHOTS.mkdir(exist_ok=True)
    stem = SCREENSHOTS / name
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf),
                    str(stem)], check=True)
    return stem.with_suffix(".png")


def new_staff(s: School, n: int) -> list[accounts.NewAccount]:
    return [accounts.create_user(s.admin, f"teacher{i:02d}", "Учителева", f"Анна{i}", "Сергеевна")
            for i in range(n)]


@pytest.mark.parametrize("n", [1, SLIPS_PER_PAGE, 23])
def test_page_count(n: int) -> None:
    slips, handout = page_count(n)
    assert slips == -(-n // SLIPS_PER_PAGE) and handout == -(-n // HANDOUT_ROWS)


def test_slips_pdf_shows_logins_and_passwords(school: School, tmp_path: Path) -> None:
    made = new_staff(school, 12)
    made.append(accounts.reset_password(school.admin, school.petrov.user_id))
    names = {r.user_id: r.full_name for r in accounts.list_accounts(school.admin)}
    slips = [Slip(names[a.user_id], a.login, a.temporary_password, "учитель") for a in made]
    path = tmp_path / "slips.pdf"
    pages = render_slips(slips, path, school="МБОУ «Тестовая школа»", issued=dt.date(2025, 9, 1))
    reader = pypdf.PdfReader(str(path))
    assert pages == len(reader.pages) == 2 + 1  # 13 slips: two pages of slips, one handout sheet
    slip_text = "\n".join(reader.pages[i].extract_text() for i in range(2))
    for a in made:
        assert a.login in slip_text and a.temporary_password in slip_text
    assert "смените его при первом входе" in slip_text and "Петров Сергей Николаевич" in slip_text
    handout = reader.pages[2].extract_text()
    assert "Получил, подпись, дата" in handout
    for a in made:
        assert a.login in handout and a.temporary_password not in handout  # the sheet stays with the admin
    # stored only hashed: argon2 in the database, never in the audit trail
    for a in made:
        user = User.get_by_id(a.user_id)
        assert user.password_hash.startswith("$argon2") and a.temporary_password not in user.password_hash
        assert auth.login(a.login, a.temporary_password).must_change_password
    trail = " ".join(f"{e.old} {e.new} {e.reason}" for e in AuditEntry.select())
    assert not any(a.temporary_password in trail for a in made)
    render_png(path, "slips", 1)
    render_png(path, "slips_handout", 3)


def test_no_accounts_no_pdf(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        render_slips([], tmp_path / "x.pdf")
