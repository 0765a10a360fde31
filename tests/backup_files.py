"""Reading a backup file as a stranger would: the table files inside the ZIP, not the program's reader."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path


def password_hashes(path: Path) -> dict[str, str]:
    """login → password_hash as the copy's ``user`` table (its jsonl inside the ZIP) holds them."""
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        table = next(t for t in manifest["tables"] if t["name"] == "user")
        login, secret = table["columns"].index("login"), table["columns"].index("password_hash")
        rows = [json.loads(line) for line in zf.read(table["file"]).decode("utf-8").splitlines()]
    return {row[login]: row[secret] for row in rows}
