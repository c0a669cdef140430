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
# The source tree on PYTHONPATH (as the test suite runs) would be frozen instead of the installed
# package, and the source tree has no razmetka.resources or razmetka.seeds.
unset PYTHONPATH

if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
fi
# Installed from a copy of what the wheel is made of: setuptools writes its egg-info next to the
# sources, and the checkout stays as it was.
rm -rf build/source && mkdir -p build/source
cp -r pyproject.toml README.md desktop resources seeds build/source/
find build/source -name __pycache__ -prune -exec rm -rf {} + -o -name '*.egg-info' -prune -exec rm -rf {} +
"$VENV/bin/python" -m pip install --quiet 'build/source[bundle]'
# --force-reinstall of the project alone: the version does not change between builds, the code does.
"$VENV/bin/python" -m pip install --quiet --no-deps --force-reinstall build/source

started=$(date +%s)
"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath build/pyinstaller packaging/pyinstaller/razmetka.spec
# What packaging/linux/install.sh needs to register the build with the desktop, inside it.
mkdir -p "$DIST/razmetka/linux/icons"
cp packaging/linux/install.sh packaging/linux/*.desktop packaging/linux/*.xml "$DIST/razmetka/linux/"
cp -r resources/icons/razmetka.svg resources/icons/hicolor "$DIST/razmetka/linux/icons/"
echo "built $DIST/razmetka in $(( $(date +%s) - started )) s: $(du -sh "$DIST/razmetka" | cut -f1)"
