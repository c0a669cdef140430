"""``razmetka stats --html FILE``: the dashboard as one self-contained page. Each chart is an
inline SVG with its numbers beside it as a table (for screen readers, and to copy); nothing is
fetched from the network. The page is written beside its destination and renamed into place, so
a reader never finds half a page."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from razmetka.core import charts, staging
from razmetka.core.dashboard import Figures

if TYPE_CHECKING:
    from matplotlib.figure import Figure

STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", sans-serif; margin: 2em auto; max-width: 60em;
       color: #222; }
section { margin-bottom: 3em; }
svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin-top: 1em; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.6em; text-align: right; }
th:first-child, td:first-child { text-align: left; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
"""


def page(figures: Figures, title: str = "Razmetka: the team's progress") -> str:
    drawn = charts.draw_all(figures)
    texts = charts.ChartTexts()
    sections = [
        _section(texts.done, drawn["done"], *_done_table(figures)),
        _section(
            texts.entities, drawn["entities"], ["label", "accepted spans"], _entities(figures)
        ),
        _section(texts.suggestions, drawn["suggestions"], *_suggestions_table(figures)),
        _section(texts.times, drawn["times"], *_times_table(figures)),
        _section(
            texts.agreement,
            drawn["agreement"],
            *_agreement_table(figures),
            empty=figures.agreement_note,
        ),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{html.escape(title)}</h1>\n" + "\n".join(sections) + "\n</body>\n</html>\n"
    )


def write(figures: Figures, destination: Path) -> None:
    """Write the page to ``destination`` whole or not at all (``ExportError`` when it is a
    folder)."""
    destination = Path(destination)
    staging.check_destination(destination, is_folder=False)
    text = page(figures)
    with staging.staged(destination, is_folder=False) as partial:
        partial.write_text(text, encoding="utf-8")


def _section(
    title: str, figure: Figure, header: Sequence[str], rows: list[list[str]], empty: str = ""
) -> str:
    image = charts.svg(figure)
    image = image.replace("<svg ", f'<svg role="img" aria-label="{html.escape(title)}" ', 1)
    return (
        f"<section>\n<h2>{html.escape(title)}</h2>\n{image}\n"
        + _table(title, header, rows, empty)
        + "</section>"
    )


def _table(caption: str, header: Sequence[str], rows: list[list[str]], empty: str) -> str:
    if not rows:
        return f"<p>{html.escape(empty or charts.ChartTexts().nothing_yet)}</p>\n"
    head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>\n"
        for row in rows
    )
    return (
        f"<table>\n<caption>{html.escape(caption)}</caption>\n"
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n"
    )


def _done_table(figures: Figures) -> tuple[list[str], list[list[str]]]:
    analysts = figures.analysts
    header = ["day", *(a or "(no name)" for a in analysts), "all"]
    rows = []
    for day in figures.days:
        counts = [figures.done_on(day, a) for a in analysts]
        rows.append([day, *map(str, counts), str(sum(counts))])
    return header, rows


def _entities(figures: Figures) -> list[list[str]]:
    return [[label, str(n)] for label, n in figures.entities]


def _suggestions_table(figures: Figures) -> tuple[list[str], list[list[str]]]:
    header = ["label", "suggester", "accepted", "corrected", "rejected", "pending", "accepted %"]
    rows = [
        [
            s.label,
            s.origin,
            str(s.accepted),
            str(s.corrected),
            str(s.rejected),
            str(s.pending),
            f"{100 * s.accepted / s.decided:.1f}" if s.decided else "–",
        ]
        for s in figures.suggestions
    ]
    return header, rows


def _times_table(figures: Figures) -> tuple[list[str], list[list[str]]]:
    header = ["analyst", "articles", "median minutes", "total hours"]
    rows = []
    for analyst in figures.analysts:
        spent = figures.seconds_by_analyst.get(analyst, [])
        if spent:
            rows.append(
                [
                    analyst or "(no name)",
                    str(len(spent)),
                    f"{figures.median_minutes(analyst):.1f}",
                    f"{sum(spent) / 3600:.1f}",
                ]
            )
    return header, rows


def _agreement_table(figures: Figures) -> tuple[list[str], list[list[str]]]:
    header = ["label", "strict F1", "articles compared"]
    if figures.agreement is None:
        return header, []
    rows = [[a.label, f"{a.strict_f1:.3f}", str(a.articles)] for a in figures.agreement]
    return header, rows
