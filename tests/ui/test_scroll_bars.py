"""The window's flat scroll bars: a handle that shows how much is in view, a track that pages,
no arrow buttons, and dragging that reaches both ends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider

from razmetka.ui.scroll_bars import MIN_HANDLE, FlatScrollBars

SC = QStyle.SubControl
CC = QStyle.ComplexControl


def flat_bar(qtbot, orientation: Qt.Orientation, width: int, height: int) -> QScrollBar:
    """A shown bar over 0..900 with 100 in view, on the flat style."""
    style = FlatScrollBars()
    bar = QScrollBar(orientation)
    bar.setStyle(style)
    bar._keep_style = style  # type: ignore[attr-defined]
    bar.resize(width, height)
    bar.setRange(0, 900)
    bar.setPageStep(100)
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitExposed(bar)
    return bar


@pytest.fixture
def bar(qtbot):
    return flat_bar(qtbot, Qt.Orientation.Vertical, 14, 500)


def part(bar: QScrollBar, sub: QStyle.SubControl):
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    return bar.style().subControlRect(CC.CC_ScrollBar, option, sub, bar)


def test_handle_length_is_the_share_in_view(bar: QScrollBar) -> None:
    # 100 of 1,000 units are in view: a tenth of the 500-pixel track.
    handle = part(bar, SC.SC_ScrollBarSlider)
    assert (handle.top(), handle.height()) == (0, 50)
    bar.setValue(900)
    handle = part(bar, SC.SC_ScrollBarSlider)
    assert handle.bottom() == 499
    assert part(bar, SC.SC_ScrollBarSubPage).height() == 450
    assert part(bar, SC.SC_ScrollBarAddPage).height() == 0


def test_a_long_document_keeps_a_handle_to_grab(bar: QScrollBar) -> None:
    bar.setRange(0, 10_000_000)
    assert part(bar, SC.SC_ScrollBarSlider).height() == MIN_HANDLE


def test_no_arrow_buttons(bar: QScrollBar) -> None:
    assert part(bar, SC.SC_ScrollBarSubLine).isEmpty()
    assert part(bar, SC.SC_ScrollBarAddLine).isEmpty()
    # The ends of the track belong to the handle and the page areas, not to buttons.
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    top = bar.style().hitTestComplexControl(CC.CC_ScrollBar, option, QPoint(7, 2), bar)
    bottom = bar.style().hitTestComplexControl(CC.CC_ScrollBar, option, QPoint(7, 497), bar)
    assert (top, bottom) == (SC.SC_ScrollBarSlider, SC.SC_ScrollBarAddPage)


def test_clicking_the_track_pages(bar: QScrollBar, qtbot) -> None:
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(7, 400))
    qtbot.waitUntil(lambda: bar.value() == 100)


def test_dragging_the_handle_reaches_the_end(bar: QScrollBar) -> None:
    QTest.mousePress(bar, Qt.MouseButton.LeftButton, pos=QPoint(7, 10))
    QTest.mouseMove(bar, QPoint(7, 250))
    assert 400 <= bar.value() <= 500  # halfway along the track is about halfway through
    QTest.mouseMove(bar, QPoint(7, 499))
    QTest.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=QPoint(7, 499))
    assert bar.value() == 900


def test_a_right_to_left_bar_drags_the_way_the_pointer_moves(qtbot) -> None:
    bar = flat_bar(qtbot, Qt.Orientation.Horizontal, 500, 14)
    bar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    handle = part(bar, SC.SC_ScrollBarSlider)
    assert handle.right() == 499  # value 0 sits at the right-hand end
    QTest.mousePress(bar, Qt.MouseButton.LeftButton, pos=QPoint(490, 7))
    QTest.mouseMove(bar, QPoint(240, 7))  # halfway to the left: about halfway through
    assert 400 <= bar.value() <= 500
    QTest.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=QPoint(240, 7))


def test_the_window_views_use_them(window) -> None:
    for view in (window.text_view, window.span_table, window.article_list.view):
        for bar in (view.verticalScrollBar(), view.horizontalScrollBar()):
            assert isinstance(bar.style(), FlatScrollBars)
