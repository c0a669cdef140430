"""The window's scroll bars are flat: one colour for the groove, one for the handle.

Fusion's bars paint gradients, and Qt's raster engine splits a gradient taller than 96 lines
across its thread pool: on a 2-core machine a vertical bar took 2-3.6 ms to paint, at every
scroll step, against 0.05 ms for a flat one (and a whole-window repaint 7 ms against 1.3 ms).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea


def groove_colours(area: QAbstractScrollArea) -> set[str]:
    """The colours of the vertical bar's groove below its handle, down the middle."""
    bar = area.verticalScrollBar()
    bar.setValue(bar.minimum())  # the handle at the top, the groove below it
    image = bar.grab().toImage()
    x = image.width() // 2
    return {image.pixelColor(x, y).name() for y in range(image.height() * 2 // 3, image.height())}


def test_the_text_span_table_and_list_scroll_bars_are_flat(window, store) -> None:
    views = window.views
    areas = [views.text_view, views.span_table, views.article_list.view]
    for area in areas:
        area.verticalScrollBar().setRange(0, 10_000)  # a long article, a long list: a bar shown
        area.verticalScrollBar().resize(14, 600)
        assert len(groove_colours(area)) == 1, type(area).__name__
