#!/bin/sh
# Registers Razmetka with the desktop: menu entry, icons, the file type of its databases and the
# AppStream data. Per user by default (~/.local/share); --prefix /usr/local for everyone.
#
#   packaging/linux/install.sh                  # the razmetka on PATH (pip or pipx install)
#   dist/razmetka/linux/install.sh              # the frozen build it was copied into
#   install.sh --exec /opt/razmetka/razmetka --prefix /usr/local
#
# The entry runs the program by its absolute path, so ~/.local/bin need not be on the PATH a
# desktop session starts with.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
EXEC=""
while [ $# -gt 0 ]; do
    case $1 in
        --prefix) DATA=$2/share; shift 2 ;;
        --exec) EXEC=$2; shift 2 ;;
        *) echo "usage: $0 [--prefix DIR] [--exec PROGRAM]" >&2; exit 2 ;;
    esac
done
if [ -z "$EXEC" ]; then
    if [ -x "$HERE/../razmetka" ] && [ -d "$HERE/../_internal" ]; then
        EXEC=$HERE/../razmetka
    else
        EXEC=$(command -v razmetka) || { echo "razmetka is not on PATH; give --exec" >&2; exit 1; }
    fi
fi
case $EXEC in /*) ;; *) EXEC=$(pwd)/$EXEC ;; esac

# Icons sit next to this script in the frozen build and under resources/ in the source tree.
ICONS=$HERE/icons
[ -d "$ICONS/hicolor" ] || ICONS=$HERE/../../resources/icons

mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages"
# Quoted, so a path with spaces stays one argument; %f stays outside the quotes as the
# specification asks.
sed -e "s|^Exec=razmetka |Exec=\"$EXEC\" |" -e "s|^TryExec=razmetka\$|TryExec=$EXEC|" \
    "$HERE/razmetka.desktop" > "$DATA/applications/razmetka.desktop"
cp "$HERE/org.example.Razmetka.metainfo.xml" "$DATA/metainfo/"
cp "$HERE/razmetka-mime.xml" "$DATA/mime/packages/razmetka.xml"
for png in "$ICONS"/hicolor/*/apps/razmetka.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    mkdir -p "$DATA/icons/hicolor/$size/apps"
    cp "$png" "$DATA/icons/hicolor/$size/apps/"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps"
cp "$ICONS/razmetka.svg" "$DATA/icons/hicolor/scalable/apps/"

# The caches desktops read; each tool is optional, a desktop without it rescans by itself.
command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications"
command -v gtk-update-icon-cache >/dev/null && \
    gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" 2>/dev/null || true
echo "registered $EXEC in $DATA"
