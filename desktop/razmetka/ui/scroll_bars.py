"""Flat scroll bars for the window's text, span table and article list.

A rounded handle on the view's own background, darker under the pointer and while dragged; no
arrow buttons (the wheel, the keys and a click on the track do their work). Besides being
quieter, they are cheap: Fusion paints each scroll bar through gradient pixmaps cached by size,
and opening an article changes the handle size of the text's and the span table's bars, so
each repainted from scratch, at 1 to 5 ms apiece: more than painting the article.

Only the geometry and painting of scroll bars change; everything else goes to the style the
application already has.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionSlider,
    QWidget,
)

CC = QStyle.ComplexControl
SC = QStyle.SubControl
MIN_HANDLE = 24  # px: a handle stays big enough to grab in a very long article
MARGIN = 3  # px between the handle and the bar's edges
_NO_BUTTONS = (
    SC.SC_ScrollBarAddLine,
    SC.SC_ScrollBarSubLine,
    SC.SC_ScrollBarFirst,
    SC.SC_ScrollBarLast,
)


class FlatScrollBars(QProxyStyle):
    """The application's style, with flat scroll bars (see the module's notes)."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_ScrollBar_Transient:
            return 0  # always beside the view: these bars are painted solid, not as overlays
        return super().styleHint(hint, option, widget, returnData)

    def subControlRect(
        self,
        control: CC,
        option: QStyleOptionComplex,
        sub: SC,
        widget: QWidget | None = None,
    ) -> QRect:
        if control != CC.CC_ScrollBar or not isinstance(option, QStyleOptionSlider):
            return super().subControlRect(control, option, sub, widget)
        return scroll_bar_part(option, sub)

    def drawComplexControl(
        self,
        control: CC,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if control != CC.CC_ScrollBar or not isinstance(option, QStyleOptionSlider):
            super().drawComplexControl(control, option, painter, widget)
            return
        painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Base))
        if option.maximum <= option.minimum:
            return  # nothing to scroll: an empty track
        handle = scroll_bar_part(option, SC.SC_ScrollBarSlider)
        horizontal = option.orientation == Qt.Orientation.Horizontal
        handle = (
            handle.adjusted(0, MARGIN, 0, -MARGIN)
            if horizontal
            else handle.adjusted(MARGIN, 0, -MARGIN, 0)
        )
        radius = (handle.height() if horizontal else handle.width()) / 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(handle_color(option))
        painter.drawRoundedRect(handle, radius, radius)
        painter.restore()


def handle_color(option: QStyleOptionSlider) -> QColor:
    """The text colour, faint at rest, stronger under the pointer and while dragged."""
    color = QColor(option.palette.color(QPalette.ColorRole.Text))
    on_handle = bool(option.activeSubControls & SC.SC_ScrollBarSlider)
    if on_handle and option.state & QStyle.StateFlag.State_Sunken:
        color.setAlphaF(0.55)
    elif on_handle and option.state & QStyle.StateFlag.State_MouseOver:
        color.setAlphaF(0.40)
    else:
        color.setAlphaF(0.25)
    return color


def scroll_bar_part(option: QStyleOptionSlider, sub: SC) -> QRect:
    """Where a part of a flat scroll bar lies: the track is the whole bar, the handle's length
    shows how much of the content is in view, and there are no buttons."""
    bar = option.rect
    if sub == SC.SC_ScrollBarGroove:
        return QRect(bar)
    if sub in _NO_BUTTONS:
        return QRect()
    horizontal = option.orientation == Qt.Orientation.Horizontal
    track = bar.width() if horizontal else bar.height()
    start, length = handle_extent(option, track)
    if sub == SC.SC_ScrollBarSlider:
        first, size = start, length
    elif sub == SC.SC_ScrollBarSubPage:
        first, size = 0, start
    elif sub == SC.SC_ScrollBarAddPage:
        first, size = start + length, track - start - length
    else:
        return QRect()
    if horizontal:
        # Mirrored in a right-to-left layout, where QScrollBar mirrors its drag the same way.
        part = QRect(bar.x() + first, bar.y(), size, bar.height())
        return QStyle.visualRect(option.direction, bar, part)
    return QRect(bar.x(), bar.y() + first, bar.width(), size)


def handle_extent(option: QStyleOptionSlider, track: int) -> tuple[int, int]:
    """The handle's offset along the track and its length, in pixels."""
    values = option.maximum - option.minimum
    if values <= 0:
        return 0, track
    length = track * option.pageStep // (values + option.pageStep)
    length = min(track, max(length, min(MIN_HANDLE, track)))
    start = QStyle.sliderPositionFromValue(
        option.minimum, option.maximum, option.sliderPosition, track - length, option.upsideDown
    )
    return start, length


def use_flat_scroll_bars(style: FlatScrollBars, *areas: QAbstractScrollArea) -> None:
    """Give ``areas``' scroll bars the flat look. The caller keeps ``style`` alive."""
    for area in areas:
        area.verticalScrollBar().setStyle(style)
        area.horizontalScrollBar().setStyle(style)
