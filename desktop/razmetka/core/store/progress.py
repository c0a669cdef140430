"""The team's progress, read from the spans and the decision log: articles done per day and
analyst, entities per label, what became of the suggestions, and the time analysts spent on
each article. Every query is one pass over an index or a table; none reads the texts.

Each query hands its answer over as one row, a JSON array SQLite makes of all its rows. The
dashboard reads these figures on a thread of its own while the window's thread runs Python
(importing matplotlib): every row handed over waits for the interpreter, up to its switch
interval (5 ms), so the 40,000 rows of the time per article took seconds where one row takes
nothing, and the 21 rows of the span outcomes tripled the query's time."""

from __future__ import annotations

import json
from typing import Any

from razmetka.core.store.base import Part

# Log entries that are not an analyst's decision: a suggester adding or replacing its proposals.
NOT_DECISIONS = ("suggest", "resuggest")

# Edits that reject a suggestion because the analyst put a span of their own in its place (a
# new label, new bounds, or a span drawn over it): the suggestion was corrected, not refused.
CORRECTIONS = ("relabel", "resize", "create")

# Spans not made by a suggester.
NOT_SUGGESTED = ("analyst", "import")

# Each done article counted once: on the day of the decision that last made it done, for the
# analyst who made it (the store's clock is UTC, so the day is the UTC day).
_DONE_BY_DAY = """
SELECT json_group_array(json_array(day, who, n)) FROM (
    SELECT substr(d.at, 1, 10) AS day, COALESCE(d.annotator, '') AS who, COUNT(*) AS n
    FROM articles AS a
    JOIN decisions AS d ON d.id = (
        SELECT MAX(id) FROM decisions
        WHERE article_id = a.id AND span_id IS NULL AND json_extract(after, '$.status') = 'done'
    )
    WHERE a.status = 'done'
    GROUP BY day, who
)
"""

# Every span by label, origin and status, from the index spans_outcome alone: the entities (the
# accepted spans of any origin) and the suggestions' outcomes in one pass.
_OUTCOMES = """
SELECT json_group_array(json_array(label, origin, status, n)) FROM (
    SELECT label, origin, status, COUNT(*) AS n FROM spans GROUP BY label, origin, status
)
"""

# A rejected suggestion whose last decision was a correction.
_CORRECTED = f"""
SELECT json_group_array(json_array(label, origin, n)) FROM (
    SELECT s.label AS label, s.origin AS origin, COUNT(*) AS n FROM spans AS s
    WHERE s.status = 'rejected' AND s.origin NOT IN {NOT_SUGGESTED!r}
        AND (SELECT action FROM decisions WHERE span_id = s.id ORDER BY id DESC LIMIT 1)
            IN {CORRECTIONS!r}
    GROUP BY s.label, s.origin
)
"""

# Each analyst's decision times on each article (milliseconds since 1970, UTC, as one text),
# from the index decisions_sittings in its order: no sorting. The steps are added up by numpy
# (a Python loop over 450,000 decisions took 0.3 s, holding the interpreter all along).
_SITTINGS = f"""
SELECT json_group_array(json_array(article_id, annotator, times)) FROM (
    SELECT article_id, annotator,
        group_concat(CAST(round((julianday(at) - 2440587.5) * 86400000.0) AS INTEGER)) AS times
    FROM decisions
    WHERE article_id IS NOT NULL AND action NOT IN {NOT_DECISIONS!r}
    GROUP BY article_id, annotator
)
"""

_LABEL_ORDER = "SELECT json_group_array(name) FROM (SELECT name FROM labels ORDER BY position)"


class Progress(Part):
    def done_by_day(self) -> list[tuple[str, str, int]]:
        """(day as YYYY-MM-DD, analyst, articles made done that day), by day."""
        return sorted((day, who, n) for day, who, n in self._rows(_DONE_BY_DAY))

    def span_outcomes(self) -> dict[tuple[str, str, str], int]:
        """(label, origin, status) -> spans, of every origin (a suggester's, "analyst",
        "import")."""
        rows = self._rows(_OUTCOMES)
        return {(label, origin, status): n for label, origin, status, n in rows}

    def corrected_suggestions(self) -> dict[tuple[str, str], int]:
        """(label, origin) -> rejected suggestions the analyst replaced with a span of their own."""
        return {(label, origin): n for label, origin, n in self._rows(_CORRECTED)}

    def time_per_article(self, pause: float) -> list[tuple[int, str, float]]:
        """(article id, analyst, seconds spent), by article. A step is the time since the same
        analyst's previous decision on the article; steps longer than ``pause`` seconds are
        cut (the analyst was away), the others added up."""
        rows = self._rows(_SITTINGS)
        totals = sittings_seconds([times for _, _, times in rows], pause)
        spent = [(a, who or "", seconds) for (a, who, _), seconds in zip(rows, totals, strict=True)]
        return sorted(spent)  # in the index's order already: one pass

    def label_order(self) -> list[str]:
        return [str(name) for name in self._rows(_LABEL_ORDER)]

    def _rows(self, query: str) -> list[Any]:
        """The rows of a query that gives them as one JSON array."""
        (text,) = self.conn.execute(query).fetchone()
        return list(json.loads(text))


def sittings_seconds(lists: list[str | None], pause: float) -> list[float]:
    """For each list of decision times (milliseconds, comma-separated, in any order; None for
    none), the sum of the steps between consecutive times that are no longer than ``pause``
    seconds. numpy does the 450,000 steps of 100,000 articles in a few hundredths of a second."""
    import numpy as np

    counts = np.fromiter((text.count(",") + 1 if text else 0 for text in lists), np.int64)
    group = np.repeat(np.arange(len(lists)), counts)
    at = np.fromstring(",".join(text for text in lists if text), dtype=np.int64, sep=",")
    if len(at) != len(group):
        raise ValueError("the decision log holds a time that is not a number")
    order = np.lexsort((at, group))  # group_concat promises no order
    steps = np.diff(at[order]) / 1000.0
    counted = (group[1:] == group[:-1]) & (steps <= pause)
    totals = np.bincount(group[1:], weights=np.where(counted, steps, 0.0), minlength=len(lists))
    return [float(seconds) for seconds in totals]
