"""The team's progress, read from the spans and the decision log: articles done per day and
analyst, entities per label, what became of the suggestions, and the time analysts spent on
each article. Every query is one pass over an index or a table; none reads the texts."""

from __future__ import annotations

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
SELECT substr(d.at, 1, 10) AS day, COALESCE(d.annotator, '') AS who, COUNT(*)
FROM articles AS a
JOIN decisions AS d ON d.id = (
    SELECT MAX(id) FROM decisions
    WHERE article_id = a.id AND span_id IS NULL AND json_extract(after, '$.status') = 'done'
)
WHERE a.status = 'done'
GROUP BY day, who
ORDER BY day, who
"""

_SUGGESTION_STATUSES = f"""
SELECT label, origin, status, COUNT(*) FROM spans
WHERE origin NOT IN {NOT_SUGGESTED!r}
GROUP BY label, origin, status
"""

# A rejected suggestion whose last decision was a correction.
_CORRECTED = f"""
SELECT s.label, s.origin, COUNT(*) FROM spans AS s
JOIN decisions AS d ON d.id = (SELECT MAX(id) FROM decisions WHERE span_id = s.id)
WHERE s.status = 'rejected' AND s.origin NOT IN {NOT_SUGGESTED!r}
    AND d.action IN {CORRECTIONS!r}
GROUP BY s.label, s.origin
"""

# Each analyst's decisions on an article in order; a step is the time since that analyst's
# previous decision on it. Steps longer than the pause (in seconds) are cut: the analyst was
# elsewhere, and the article's time is the sum of the remaining steps.
_TIME_PER_ARTICLE = f"""
WITH steps AS (
    SELECT article_id, COALESCE(annotator, '') AS who,
        (julianday(at) - LAG(julianday(at)) OVER (
            PARTITION BY article_id, COALESCE(annotator, '') ORDER BY at, id
        )) * 86400.0 AS step
    FROM decisions
    WHERE article_id IS NOT NULL AND action NOT IN {NOT_DECISIONS!r}
)
SELECT article_id, who, SUM(CASE WHEN step <= :pause THEN step ELSE 0 END)
FROM steps
GROUP BY article_id, who
ORDER BY article_id, who
"""


class Progress(Part):
    def done_by_day(self) -> list[tuple[str, str, int]]:
        """(day as YYYY-MM-DD, analyst, articles made done that day), by day."""
        return [(day, who, n) for day, who, n in self.conn.execute(_DONE_BY_DAY)]

    def entities_by_label(self) -> dict[str, int]:
        """label -> accepted spans (the entities the curated data holds)."""
        rows = self.conn.execute(
            "SELECT label, COUNT(*) FROM spans WHERE status = 'accepted' GROUP BY label"
        )
        return dict(rows)

    def suggestion_statuses(self) -> dict[tuple[str, str, str], int]:
        """(label, origin, status) -> suggestions."""
        rows = self.conn.execute(_SUGGESTION_STATUSES)
        return {(label, origin, status): n for label, origin, status, n in rows}

    def corrected_suggestions(self) -> dict[tuple[str, str], int]:
        """(label, origin) -> rejected suggestions the analyst replaced with a span of their own."""
        return {(label, origin): n for label, origin, n in self.conn.execute(_CORRECTED)}

    def time_per_article(self, pause: float) -> list[tuple[int, str, float]]:
        """(article id, analyst, seconds spent), steps longer than ``pause`` seconds cut."""
        rows = self.conn.execute(_TIME_PER_ARTICLE, {"pause": pause})
        return [(article_id, who, float(seconds or 0.0)) for article_id, who, seconds in rows]

    def label_order(self) -> list[str]:
        return [name for (name,) in self.conn.execute("SELECT name FROM labels ORDER BY position")]
