"""Look: the style sheet for the window's own labels and panels, palettes for the rest.

The sheet is set on the few widgets it styles, not on the application: an application-wide
sheet routes every item view's painting through the style-sheet engine, which makes the span
table and the article list several times slower to repaint.

The scroll bars of the text, the span table and the article list are flat, from a sheet of
their own (``scroll_bars.qss``) set on the bars alone. Fusion's paint gradients, and Qt's raster
engine splits a gradient taller than 96 lines across its thread pool: on a 2-core machine a
vertical bar took 2-3.6 ms to paint, at every scroll step and every repaint of its view, against
0.05 ms for a flat one.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar, QWidget

from razmetka.resources import FOLDER as RESOURCES

TEXT_BACKGROUND = "#fcfcfa"
TEXT_COLOR = "#1f2937"
SELECTION = "#fde68a"


@cache
def style_sheet(name: str = "style.qss") -> str:
    path = RESOURCES / name
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def apply_style(*widgets: QWidget) -> None:
    sheet = style_sheet()
    for widget in widgets:
        widget.setStyleSheet(sheet)


def flat_scroll_bars(*areas: QAbstractScrollArea) -> None:
    sheet = style_sheet("scroll_bars.qss")
    for area in areas:
        for bar in area.findChildren(QScrollBar):
            bar.setStyleSheet(sheet)


def style_text_view(view: QWidget) -> None:
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(TEXT_BACKGROUND))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT_COLOR))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(SELECTION))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#111827"))
    view.setPalette(palette)


def style_item_view(view: QWidget) -> None:
    """A quiet selection colour for lists the analyst glances at all day."""
    palette = view.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#d6e4f5"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#111827"))
    view.setPalette(palette)
