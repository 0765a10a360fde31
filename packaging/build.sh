#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle of ЭЖ-Десктоп and check that it starts.
#
#   bash packaging/build.sh            (from anywhere; Linux, macOS, or Git Bash on Windows)
#
# 1. a fresh virtual environment in build/venv-bundle with the project (not editable) and PyInstaller
# 2. the .qm translations compiled from resources/translations/*.ts (pyside6-lrelease)
# 3. pyinstaller --noconfirm --clean build_installer.spec  ->  dist/ejournal/
# 4. checks: dist/ejournal/ejournal --version; an offscreen smoke start on a demo database
#    (`ejournal --smoke-test --db D`: opens the main window as the demo admin and exits 0)
# 5. prints the bundle size
#
# Knobs: PYTHON (interpreter for the venv, default python3), SKIP_SMOKE=1.
# The Windows installer is built afterwards with Inno Setup: iscc packaging/ejournal.iss
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$(pwd)"
PYTHON="${PYTHON:-python3}"
VENV="$ROOT/build/venv-bundle"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1

case "$(uname -s)" in
    MINGW*|MSYS*|CYGWIN*) BIN="$VENV/Scripts"; EXE="dist/ejournal/ejournal.exe" ;;
    *) BIN="$VENV/bin"; EXE="dist/ejournal/ejournal" ;;
esac

echo "== venv: $VENV"
[ -x "$BIN/python" ] || "$PYTHON" -m venv "$VENV"
"$BIN/python" -m pip install -q --upgrade pip
"$BIN/python" -m pip install -q . pyinstaller pillow

echo "== icon for the installer (build/ejournal.ico)"
"$BIN/python" -c "from PIL import Image; Image.open('resources/icons/ejournal.png').save('build/ejournal.ico', sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])"

echo "== translations (.qm)"
"$BIN/python" -m ejournal_desktop.translations compile "$ROOT/resources/translations"

echo "== pyinstaller"
rm -rf build/ejournal dist/ejournal
"$BIN/pyinstaller" --noconfirm --clean build_installer.spec

echo "== check: --version"
VERSION_LINE="$("$EXE" --version)"
echo "   $VERSION_LINE"
EXPECTED="ejournal $("$BIN/python" -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"
[ "$VERSION_LINE" = "$EXPECTED" ] || { echo "expected «$EXPECTED»" >&2; exit 1; }

if [ "${SKIP_SMOKE:-0}" != 1 ]; then
    echo "== check: offscreen smoke start on a demo database"
    WORK="$(mktemp -d)"
    trap 'rm -rf "$WORK"' EXIT
    export QT_QPA_PLATFORM=offscreen EJOURNAL_DATA_DIR="$WORK/data"
    "$EXE" demo --db "$WORK/demo.sqlite3" --size small >/dev/null
    if "$EXE" --help | grep -q -- "--smoke-test"; then
        "$EXE" --smoke-test --db "$WORK/demo.sqlite3"
        echo "   smoke start: ok"
    else
        echo "   WARNING: this build has no --smoke-test (see packaging/README.md); only --version was checked" >&2
    fi
fi

echo "== bundle"
du -sh dist/ejournal
echo "done: $ROOT/dist/ejournal"
