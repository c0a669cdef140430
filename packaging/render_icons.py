"""Rasterises resources/icons/razmetka.svg into the PNG sizes desktops look up.

Writes resources/icons/hicolor/NxN/apps/razmetka.png, the freedesktop icon theme layout, so the
folder can be copied as it is into ~/.local/share/icons/hicolor (the SVG itself goes to
scalable/apps there; packaging/linux/install.sh does both). The PNGs are committed: icon
caches, AppStream and installers want bitmaps and must not need Qt to make them.
Run it again after changing the SVG:  python packaging/render_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources/icons/razmetka.svg"
THEME = ROOT / "resources/icons/hicolor"
# The sizes of the hicolor theme's application folders that desktops and AppStream ask for.
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])  # QImage and QPainter need one
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    for size in SIZES:
        out = THEME / f"{size}x{size}/apps/razmetka.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(out), "PNG"):
            print(f"cannot write {out}", file=sys.stderr)
            return 1
        print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
