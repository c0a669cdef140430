#!/bin/sh
# Installs the Debian packages named as arguments when some are missing (Qt's X11 libraries for
# the window). Without root or apt it says what to install instead of failing.
missing=""
for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "Qt needs these system libraries (Debian names):$missing" >&2
    exit 0
fi
if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq $missing
elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo apt-get install -y -qq $missing
else
    echo "Please install:$missing" >&2
fi
