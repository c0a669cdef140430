#!/bin/sh
# Builds the frozen one-folder program dist/razmetka/ (run it as dist/razmetka/razmetka).
#
# PyInstaller runs in an environment of its own that holds the project installed from its wheel
# with the runtime dependencies only (no test extras, no spaCy): what gets frozen is what
# `pip install razmetka` ships, and nothing a developer's environment happens to hold.
# Usage: packaging/bundle.sh            (PYTHON, BUNDLE_VENV and DIST override the defaults)
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=${BUNDLE_VENV:-build/bundle-venv}
DIST=${DIST:-dist}

if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
fi
# --force-reinstall of the project alone: the version does not change between builds, the code does.
"$VENV/bin/python" -m pip install --quiet '.[bundle]'
"$VENV/bin/python" -m pip install --quiet --no-deps --force-reinstall .

started=$(date +%s)
"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath build/pyinstaller packaging/pyinstaller/razmetka.spec
# What packaging/linux/install.sh needs to register the build with the desktop, inside it.
mkdir -p "$DIST/razmetka/linux/icons"
cp packaging/linux/install.sh packaging/linux/*.desktop packaging/linux/*.xml "$DIST/razmetka/linux/"
cp -r resources/icons/razmetka.svg resources/icons/hicolor "$DIST/razmetka/linux/icons/"
echo "built $DIST/razmetka in $(( $(date +%s) - started )) s: $(du -sh "$DIST/razmetka" | cut -f1)"
