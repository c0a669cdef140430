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
WHERE s.status = 'rejected' AND s.origin NOT IN {NOT_SUGGESTED!r}
    AND (SELECT action FROM decisions WHERE span_id = s.id ORDER BY id DESC LIMIT 1)
        IN {CORRECTIONS!r}
GROUP BY s.label, s.origin
"""

# Each analyst's decisions on each article in order of time (seconds), in the order of the
# index decisions_sittings: no sorting. The steps are added up in Python, which is faster here
# than SQL's window functions (0.4 s against 0.7 s over 450,000 decisions).
_SITTINGS = f"""
SELECT article_id, annotator, julianday(at) * 86400.0 FROM decisions
WHERE article_id IS NOT NULL AND action NOT IN {NOT_DECISIONS!r}
ORDER BY article_id, annotator, at
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
        """(article id, analyst, seconds spent), by article. A step is the time since the same
        analyst's previous decision on the article; steps longer than ``pause`` seconds are
        cut (the analyst was away), the others added up."""
        spent: list[tuple[int, str, float]] = []
        key: tuple[int, str | None] | None = None
        total = last = 0.0
        for article_id, who, at in self.conn.execute(_SITTINGS):
            if (article_id, who) != key:
                if key is not None:
                    spent.append((key[0], key[1] or "", total))
                key, total = (article_id, who), 0.0
            elif at - last <= pause:
                total += at - last
            last = at
        if key is not None:
            spent.append((key[0], key[1] or "", total))
        return spent

    def label_order(self) -> list[str]:
        return [name for (name,) in self.conn.execute("SELECT name FROM labels ORDER BY position")]
