"""The dashboard's charts, drawn from its figures with matplotlib: one function per chart, each
returning a ``matplotlib.figure.Figure``. The window shows them on matplotlib's Qt canvas, and
``razmetka stats --html`` writes them as SVG.

matplotlib is imported here only, by the first chart drawn (importing this module costs
nothing): it takes a few hundred milliseconds, which a start of the window does not pay.
Figures are made without pyplot, so no global state or interactive backend is involved. The
titles come from the caller (``ChartTexts``), so the window can give them in its language.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from razmetka.core import chart_room as room
from razmetka.core.dashboard import Figures

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SIZE = (6.4, 3.6)  # inches; 100 dpi in the window
OUTCOME_COLORS = {
    "accepted": "#4c9a58",
    "corrected": "#e0a526",
    "rejected": "#c8514b",
    "pending": "#b9bec4",
}
PALETTE = ("#3f7cbf", "#e07b39", "#5aa469", "#a05fb5", "#c94f6d", "#4fb0b5", "#8c8c3a")
CHARTS = ("done", "entities", "suggestions", "times", "agreement")


@dataclass(frozen=True)
class ChartTexts:
    """Every word a chart shows; the window passes them translated."""

    done: str = "Articles done per day"
    entities: str = "Entities per label"
    suggestions: str = "What became of the suggestions"
    times: str = "Time spent per article"
    agreement: str = "Agreement per label (strict span F1)"
    nothing_yet: str = "Nothing yet"
    day: str = "day"
    articles: str = "articles"
    entities_axis: str = "accepted spans"
    suggestions_axis: str = "suggestions"
    minutes: str = "minutes per article (pauses over 5 min cut)"
    f1: str = "strict F1"
    unnamed: str = "(no name)"
    accepted: str = "accepted"
    corrected: str = "corrected"
    rejected: str = "rejected"
    pending: str = "pending"
    agreement_missing: str = "agreement needs two analysts' versions"
    compared: str = "{n} art."
    median: str = "{name}: median {minutes:.1f} min"

    def outcome(self, key: str) -> str:
        return str(getattr(self, key))


def draw_all(figures: Figures, texts: ChartTexts | None = None) -> dict[str, Figure]:
    """Every chart by name (``CHARTS``)."""
    return {name: draw(name, figures, texts) for name in CHARTS}


def draw(name: str, figures: Figures, texts: ChartTexts | None = None) -> Figure:
    """One chart (a name of ``CHARTS``)."""
    drawers: dict[str, Callable[[Figures, ChartTexts], Figure]] = {
        "done": done_per_day,
        "entities": entities_per_label,
        "suggestions": suggestion_outcomes,
        "times": time_per_article,
        "agreement": agreement_per_label,
    }
    return drawers[name](figures, texts or ChartTexts())


# Leaving every metadata field out leaves out the RDF block and the addresses it names.
_SVG_METADATA = ("Date", "Creator", "Format", "Type")


def svg(figure: Figure) -> str:
    """A chart as an SVG document whose text stays text (smaller, selectable, read aloud)."""
    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "razmetka"}):
        figure.savefig(buffer, format="svg", metadata=dict.fromkeys(_SVG_METADATA))
    text = buffer.getvalue()
    return text[text.index("<svg") :]  # the XML declaration and doctype do not belong inline


# Up to this many days a bar each; beyond, the days are steps of one filled outline per analyst
# (a bar is a shape to draw: half a year of three analysts' bars took 0.8 s, the outline 0.1 s).
BARS_UP_TO = 45
DAY_LABELS = 12  # at most this many days named under the axis


def done_per_day(figures: Figures, texts: ChartTexts) -> Figure:
    figure, axes = _figure(texts.done)
    days = figures.days
    if not days:
        return _nothing(figure, axes, texts)
    bottom = [0] * len(days)
    positions = range(len(days))
    highest = 0
    for number, analyst in enumerate(figures.analysts):
        heights = [figures.done_on(day, analyst) for day in days]
        if not any(heights):
            continue
        top = [b + h for b, h in zip(bottom, heights, strict=True)]
        name, color = analyst or texts.unnamed, PALETTE[number % len(PALETTE)]
        if len(days) <= BARS_UP_TO:
            axes.bar(positions, heights, bottom=bottom, label=name, color=color)
        else:
            axes.fill_between(
                positions, bottom, top, step="mid", linewidth=0, label=name, color=color
            )
        bottom = top
        highest = max(top)
    step = -(-len(days) // DAY_LABELS)  # ceiling
    shown = list(range(0, len(days), step))
    names = [days[i][5:] for i in shown]
    axes.set_xticks(shown, names, rotation=_rotation(shown))
    axes.set_xlabel(texts.day)
    axes.set_ylabel(texts.articles)
    _whole_numbers(axes)
    below = room.ticks_below(names if _rotation(shown) else ())
    room.place(figure, axes, room.Room(left=room.numbers_left(highest), bottom=below))
    axes.legend(fontsize="small", loc="upper left")  # a place given: "best" costs a search
    return figure


def entities_per_label(figures: Figures, texts: ChartTexts) -> Figure:
    figure, axes = _figure(texts.entities)
    if not figures.entities:
        return _nothing(figure, axes, texts)
    labels = [label for label, _ in figures.entities]
    counts = [n for _, n in figures.entities]
    bars = axes.barh(labels, counts, color=PALETTE[0])
    axes.bar_label(bars, padding=3, fontsize="small")
    axes.invert_yaxis()
    axes.set_xlabel(texts.entities_axis)
    _whole_numbers(axes, "x")
    at_the_ends = room.widest(map(str, counts), room.SMALL) + 3 * room.POINT + room.EDGE
    space = room.Room(left=room.names_left(labels), bottom=room.ticks_below(), right=at_the_ends)
    room.place(figure, axes, space)
    return figure


def suggestion_outcomes(figures: Figures, texts: ChartTexts) -> Figure:
    figure, axes = _figure(texts.suggestions)
    rows = figures.suggestions
    if not rows:
        return _nothing(figure, axes, texts)
    names = [f"{row.label} · {row.origin}" for row in rows]
    left = [0] * len(rows)
    for key, color in OUTCOME_COLORS.items():
        widths = [getattr(row, key) for row in rows]
        axes.barh(names, widths, left=left, color=color, label=texts.outcome(key))
        left = [a + b for a, b in zip(left, widths, strict=True)]
    axes.invert_yaxis()
    axes.set_xlabel(texts.suggestions_axis)
    _whole_numbers(axes, "x")
    figure.legend(fontsize="small", ncols=4, loc="lower center")
    legend = room.lines(1, room.SMALL) + 0.2  # its row, frame and gaps
    space = room.Room(left=room.names_left(names), bottom=room.ticks_below() + legend)
    room.place(figure, axes, space)
    return figure


def time_per_article(figures: Figures, texts: ChartTexts) -> Figure:
    figure, axes = _figure(texts.times)
    spent = figures.seconds_by_analyst
    analysts = [a for a in figures.analysts if a in spent]
    if not analysts:
        return _nothing(figure, axes, texts)
    minutes = [[seconds / 60 for seconds in spent[a]] for a in analysts]
    counts, _, _ = axes.hist(
        minutes,
        bins=20,
        stacked=True,
        color=[PALETTE[n % len(PALETTE)] for n in range(len(analysts))],
        label=[
            texts.median.format(name=a or texts.unnamed, minutes=figures.median_minutes(a))
            for a in analysts
        ],
    )
    axes.set_xlabel(texts.minutes)
    axes.set_ylabel(texts.articles)
    # One article's time made the axis run from -0.2 minutes and count 0.2 articles.
    axes.set_xlim(left=0)
    _whole_numbers(axes)
    axes.legend(fontsize="small", loc="upper right")
    highest = float(counts[-1].max()) if len(counts) else 0.0  # stacked: the last is the top
    room.place(figure, axes, room.Room(left=room.numbers_left(highest), bottom=room.ticks_below()))
    return figure


def agreement_per_label(figures: Figures, texts: ChartTexts) -> Figure:
    figure, axes = _figure(texts.agreement)
    if figures.agreement is None:
        return _nothing(figure, axes, texts, texts.agreement_missing)
    labels = [row.label for row in figures.agreement]
    bars = axes.bar(labels, [row.strict_f1 for row in figures.agreement], color=PALETTE[2])
    axes.bar_label(
        bars,
        [
            f"{row.strict_f1:.2f}\n{texts.compared.format(n=row.articles)}"
            for row in figures.agreement
        ],
        padding=2,
        fontsize="small",
    )
    axes.set_ylim(0, 1.15)
    axes.set_ylabel(texts.f1)
    left = room.EDGE + room.lines() + room.LABEL_PAD + room.width("0.0") + room.TICK
    room.place(figure, axes, room.Room(left=left, bottom=room.ticks_below()))
    return figure


def _figure(title: str) -> tuple[Figure, Axes]:
    from matplotlib.figure import Figure

    figure = Figure(figsize=SIZE, dpi=100, layout=None)  # the room is made by chart_room
    axes = figure.add_subplot()
    axes.set_title(title)
    axes.spines[["top", "right"]].set_visible(False)
    return figure, axes


def _nothing(figure: Figure, axes: Axes, texts: ChartTexts, why: str = "") -> Figure:
    """An empty chart that says so, rather than empty axes."""
    axes.set_axis_off()
    room.place(figure, axes, room.Room())
    axes.text(
        0.5,
        0.5,
        why or texts.nothing_yet,
        ha="center",
        va="center",
        color="#777777",
        transform=axes.transAxes,
    )
    return figure


def _rotation(labels: Sequence[object]) -> int:
    return 45 if len(labels) > 8 else 0


def _whole_numbers(axes: Axes, which: str = "y") -> None:
    """Whole numbers on the axis; along the horizontal one, few enough that six-digit counts
    do not run into each other (fewer texts to draw, too)."""
    from matplotlib.ticker import MaxNLocator

    axis = axes.yaxis if which == "y" else axes.xaxis
    axis.set_major_locator(MaxNLocator(nbins=6 if which == "y" else 5, integer=True))
