"""The room around a chart's axes, in inches, worked out from the texts the chart will show:
its title, the names along an axis, the widest number, a legend under it.

matplotlib's constrained layout finds the same room by laying out every text of the chart
before each draw, which the draw then does again: it was 40% of a chart's time. Here a chart
measures its few widest words once, when it is made, and its axes are placed from them at
every size the figure takes (the window's canvas is resized with the dialog).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.axes._base import _AxesBase
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure
    from matplotlib.transforms import Bbox

POINT = 1 / 72  # inches
FONT = 10.0  # points: tick labels and axis labels (matplotlib's font.size)
SMALL = 8.33  # "small": legends and the numbers on the bars
TITLE = 12.0  # "large": the title
LINE = 1.2  # a line of text, in its font size
TICK = (3.5 + 3.5) * POINT  # a tick and the gap between it and its label
LABEL_PAD = 4 * POINT  # between the tick labels and the axis label
EDGE = 0.08  # left free at the figure's edges


@dataclass(frozen=True)
class Room:
    left: float = EDGE
    bottom: float = EDGE
    right: float = 0.2
    top: float = EDGE + TITLE * LINE * POINT + 6 * POINT  # the title and its gap


def width(text: str, size: float = FONT) -> float:
    """How wide ``text`` is drawn, in inches."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    drawn, _, _ = text_to_path.get_text_width_height_descent(
        text, FontProperties(size=size), ismath=False
    )
    return float(drawn) * POINT


def widest(texts: Iterable[str], size: float = FONT) -> float:
    return max((width(text, size) for text in texts), default=0.0)


def lines(count: int = 1, size: float = FONT) -> float:
    """How tall ``count`` lines of text are, in inches."""
    return count * size * LINE * POINT


def number_room(top: float) -> float:
    """The widest tick label of an axis of whole numbers up to ``top`` (its ticks can go a
    little beyond the data)."""
    return width(str(int(top * 1.1) + 1))


def names_left(names: Iterable[str]) -> float:
    """Room left of the axes for names along the vertical axis."""
    return EDGE + widest(names) + TICK


def numbers_left(top: float) -> float:
    """Room left of the axes for numbers up to ``top`` and the axis label beside them."""
    return EDGE + lines() + LABEL_PAD + number_room(top) + TICK


def ticks_below(rotated: Iterable[str] = ()) -> float:
    """Room under the axes for its tick labels (turned by 45° when ``rotated`` names them) and
    the axis label under them."""
    turned = list(rotated)
    ticks = lines() if not turned else (widest(turned) + lines()) * 0.71
    return EDGE + lines() + LABEL_PAD + ticks + TICK


def place(figure: Figure, axes: Axes, room: Room) -> None:
    """The axes placed with ``room`` around them, at whatever size the figure is drawn, and
    narrowed if need be so that the title centred over them stays inside the figure."""
    title = width(axes.get_title(), TITLE)

    def locate(_axes: _AxesBase, _renderer: RendererBase) -> Bbox:
        from matplotlib.transforms import Bbox

        wide, high = figure.get_size_inches()
        left = min(room.left, 0.6 * wide)
        right = min(wide - room.right, 2 * (wide - EDGE - title / 2) - left)
        right = max(right, left + 0.1 * wide)
        bottom = min(room.bottom, 0.6 * high)
        top = max(high - room.top, bottom + 0.1 * high)
        return Bbox.from_extents(left / wide, bottom / high, right / wide, top / high)

    axes.set_axes_locator(locate)
