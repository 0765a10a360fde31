#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle of ЭЖ-Десктоп and check that it starts.
#
#   bash packaging/build.sh            (from anywhere; Linux, macOS, or Git Bash on Windows)
#
# 1. a virtual environment build/venv-bundle with the project (not editable) and its [build] extra
#    (PyInstaller, Pillow) — or, with EJOURNAL_BUNDLE_VENV=DIR, an existing one that has both
#    (CI reuses its own .venv-ci: no second install of PySide6 and the rest)
# 2. the .qm translations compiled from resources/translations/*.ts (pyside6-lrelease -nounfinished)
# 3. pyinstaller --noconfirm --clean build_installer.spec  ->  dist/ejournal/
#    (the spec also writes the Windows version resource build/file_version_info.txt from pyproject)
# 4. checks, each fatal: dist/ejournal/ejournal --version prints «ejournal X.Y.Z» of pyproject.toml;
#    the bundled program makes a demo database and starts on it offscreen (`ejournal --smoke-test
#    --db D`: logs in as the demo admin, builds the main window with its tabs in Russian and English,
#    the help and the settings dialog, exits 0); no excluded Qt module slipped into the bundle
# 5. prints the bundle size and its largest parts
#
# Knobs: PYTHON (interpreter for the venv, default python3), EJOURNAL_BUNDLE_VENV, SKIP_SMOKE=1.
# The Windows installer is built afterwards with Inno Setup: iscc packaging/ejournal.iss
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$(pwd)"
PYTHON="${PYTHON:-python3}"
VENV="${EJOURNAL_BUNDLE_VENV:-$ROOT/build/venv-bundle}"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
T0=$(date +%s)
elapsed() { echo "$(($(date +%s) - T0)) s"; }

case "$(uname -s)" in
    MINGW*|MSYS*|CYGWIN*) BIN="$VENV/Scripts"; EXE="dist/ejournal/ejournal.exe" ;;
    *) BIN="$VENV/bin"; EXE="dist/ejournal/ejournal" ;;
esac

echo "== venv: $VENV"
if [ -n "${EJOURNAL_BUNDLE_VENV:-}" ]; then
    "$BIN/python" -c "import PyInstaller, PIL, ejournal_desktop" \
        || { echo "EJOURNAL_BUNDLE_VENV=$VENV lacks the project or its [build] extra" >&2; exit 1; }
else
    [ -x "$BIN/python" ] || "$PYTHON" -m venv "$VENV"
    "$BIN/python" -m pip install -q --upgrade pip
    "$BIN/python" -m pip install -q ".[build]"
fi
echo "   PyInstaller $("$BIN/python" -c 'import PyInstaller; print(PyInstaller.__version__)') ($(elapsed))"

mkdir -p build
echo "== icon for the installer (build/ejournal.ico)"
"$BIN/python" -c "from PIL import Image; Image.open('resources/icons/ejournal.png').save('build/ejournal.ico', sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])"

echo "== translations (.qm)"
# -nounfinished: a message not yet translated must stay out of the .qm, so that Qt shows its
# Russian source; compiled in, it is an empty string (and «"" % args» fails at run time)
for ts in resources/translations/ejournal_*.ts; do
    "$BIN/pyside6-lrelease" -silent -nounfinished "$ts" -qm "${ts%.ts}.qm"
    echo "   ${ts%.ts}.qm"
done

echo "== pyinstaller ($(elapsed))"
rm -rf build/ejournal dist/ejournal
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN build_installer.spec
echo "   built in $(elapsed)"

echo "== check: --version"
VERSION_LINE="$("$EXE" --version)"
echo "   $VERSION_LINE"
EXPECTED="ejournal $("$BIN/python" -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"
[ "$VERSION_LINE" = "$EXPECTED" ] || { echo "expected «$EXPECTED»" >&2; exit 1; }
grep -q "'ProductVersion', '${EXPECTED#ejournal }'" build/file_version_info.txt \
    || { echo "build/file_version_info.txt does not carry $EXPECTED" >&2; exit 1; }
echo "   version resource: build/file_version_info.txt (${EXPECTED#ejournal })"

echo "== check: no excluded Qt module in the bundle"
INTERNAL="dist/ejournal/_internal"
UNWANTED="$(find "$INTERNAL" \( -iname '*WebEngine*' -o -iname '*Qt63D*' -o -iname '*Qt3D*' \
    -o -iname '*Multimedia*' -o -iname '*Qt6Quick*' -o -iname '*Qt6Qml*' -o -iname 'QtQuick*' \
    -o -iname 'QtQml*' -o -iname '*Qt6Pdf*' -o -iname '*Qt6Designer*' \) -print)"
if [ -n "$UNWANTED" ]; then
    echo "unused Qt modules in the bundle:" >&2
    echo "$UNWANTED" >&2
    exit 1
fi
echo "   none of WebEngine, 3D, Multimedia, Quick, Qml, Pdf, Designer"

echo "== check: forms, help with its pictures, translations and fonts in the bundle"
PKG="$INTERNAL/ejournal_desktop"
for f in forms/settings_dialog.ui forms/about_dialog.ui resources/help/teacher.md resources/help/img \
    resources/translations/ejournal_en.qm resources/translations/ejournal_ru.qm resources/fonts; do
    [ -e "$PKG/$f" ] || { echo "missing in the bundle: ejournal_desktop/$f" >&2; exit 1; }
done
echo "   $(ls "$PKG/forms" | grep -c '\.ui$') forms, $(ls "$PKG/resources/help/img" | grep -c '\.png$') help pictures"

if [ "${SKIP_SMOKE:-0}" != 1 ]; then
    echo "== check: offscreen smoke start on a demo database ($(elapsed))"
    WORK="$(mktemp -d)"
    trap 'rm -rf "$WORK"' EXIT
    export QT_QPA_PLATFORM=offscreen EJOURNAL_DATA_DIR="$WORK/data"
    # the program's QSettings (the language) go to the temporary folder, not the user's
    export XDG_CONFIG_HOME="$WORK/config"
    "$EXE" demo --db "$WORK/demo.sqlite3" --size small >"$WORK/demo.out"
    "$EXE" --smoke-test --db "$WORK/demo.sqlite3" | tee "$WORK/smoke.out"
    # the main window was built after the login, with its tabs, in both languages
    grep -q '^smoke test \[ru\]: .*Журнал' "$WORK/smoke.out" \
        || { echo "smoke test: no Russian main window with the journal tab" >&2; exit 1; }
    grep -q '^smoke test \[en\]: .*Journal' "$WORK/smoke.out" \
        || { echo "smoke test: no English main window with the journal tab" >&2; exit 1; }
    echo "   smoke start: ok"
fi

echo "== bundle"
du -sh dist/ejournal
echo "   largest parts (of _internal/, then the largest files):"
du -s -k dist/ejournal/_internal/* | sort -rn | head -n 10 \
    | awk '{ printf "   %8.1f MB  %s\n", $1 / 1024, $2 }'
find dist/ejournal/_internal -type f -size +2M -exec du -k {} + | sort -rn | head -n 8 \
    | awk '{ printf "   %8.1f MB  %s\n", $1 / 1024, $2 }'
echo "done in $(elapsed): $ROOT/dist/ejournal"
