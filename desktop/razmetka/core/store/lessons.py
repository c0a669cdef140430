"""What the analyst's decisions teach a suggester, read from the spans in one query.

Every accepted span (decided in the window, accepted on the command line, or imported as
curated gold) teaches its form, label and normal form. A rejected span with an accepted span of
another label at exactly its offsets was relabelled. A rejected span that no accepted span
overlaps rejects that form for that label. A rejected span overlapping an accepted span with
other bounds teaches nothing: a boundary correction cleared it away, and its label may well
have been right. Each span keeps its text (``surface``), so no article is read; identical
lessons come back once with their count, so a corpus of 100,000 articles is a few thousand rows.
"""

from __future__ import annotations

from typing import NamedTuple

from razmetka.core.store.base import Part

ACCEPTED, REJECTED, RELABELLED = "accepted", "rejected", "relabelled"

# The label a rejected span had where an accepted span of another label took its exact place.
_PREVIOUS = (
    "(SELECT r.label FROM spans r WHERE r.article_id = a.article_id AND r.start = a.start "
    'AND r."end" = a."end" AND r.status = \'rejected\' AND r.label != a.label LIMIT 1)'
)

_LESSONS = f"""
SELECT surface, label, CASE WHEN previous IS NULL THEN '{ACCEPTED}' ELSE '{RELABELLED}' END,
       normal, previous, COUNT(*)
FROM (SELECT a.surface, a.label, a.normal, {_PREVIOUS} AS previous
      FROM spans a WHERE a.status = 'accepted')
GROUP BY 1, 2, 3, 4, 5
UNION ALL
SELECT r.surface, r.label, '{REJECTED}', NULL, NULL, COUNT(*)
FROM spans r
WHERE r.status = 'rejected' AND NOT EXISTS (
    SELECT 1 FROM spans a WHERE a.article_id = r.article_id AND a.status = 'accepted'
    AND a.start < r."end" AND a."end" > r.start)
GROUP BY 1, 2
"""


class Lesson(NamedTuple):
    """One kind of decision and how many times it was made."""

    surface: str
    label: str
    verdict: str  # ACCEPTED, REJECTED or RELABELLED
    normal: str | None
    previous: str | None  # the label a relabelling took away
    times: int  # how many spans teach it


class Lessons(Part):
    def all(self) -> list[Lesson]:
        """Every lesson the decided spans hold."""
        return [Lesson(*row) for row in self.conn.execute(_LESSONS) if row[0]]

    def surfaces_decided_since(self, stamp: str | None) -> list[str]:
        """The texts of spans accepted or rejected after ``stamp`` (every decided span
        when ``stamp`` is None), each once, in first-decided order."""
        sql = "SELECT surface, MIN(updated_at) FROM spans WHERE status != 'suggested'"
        params: tuple[str, ...] = ()
        if stamp is not None:
            sql += " AND updated_at > ?"
            params = (stamp,)
        rows = self.conn.execute(sql + " GROUP BY surface ORDER BY 2, 1", params)
        return [surface for surface, _ in rows if surface]

    def accepted_places(self) -> list[AcceptedPlace]:
        """Every accepted span with its article's external id, in article and text order:
        what a consistency check compares (no article text is read)."""
        rows = self.conn.execute(
            'SELECT s.article_id, a.external_id, s.start, s."end", s.surface, s.label, s.normal '
            "FROM spans s JOIN articles a ON a.id = s.article_id WHERE s.status = 'accepted' "
            'ORDER BY s.article_id, s.start, s."end"'
        )
        return [AcceptedPlace(*row) for row in rows]


class AcceptedPlace(NamedTuple):
    article_id: int
    external_id: str | None
    start: int
    end: int
    surface: str
    label: str
    normal: str | None
