"""What the analyst's decisions teach a suggester, read from the spans in one query.

Every accepted span (decided in the window, accepted on the command line, or imported as
curated gold) teaches its form, label and normal form. A rejected span with an accepted span of
another label at exactly its offsets was relabelled. A rejected span that no accepted span
overlaps rejects that form for that label. A rejected span overlapping an accepted span with
other bounds teaches no label (a boundary correction cleared it away, and its label may well
have been right) but a boundary convention: ``corrected_bounds`` gives it with a window of the
text around it, ``kept_bounds`` the suggestions accepted as they were, the evidence against.
Each span keeps its text (``surface``), so no article is read for the labels; identical
lessons come back once with their count, so a corpus of 100,000 articles is a few thousand rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
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

    def corrected_bounds(self) -> list[BoundsLesson]:
        """Every suggestion whose bounds the analyst changed, with the bounds accepted."""
        return list(_bounds_lessons(self.conn.execute(_CORRECTED)))

    def kept_bounds(self) -> Iterator[BoundsLesson]:
        """Every suggestion accepted with its own bounds (streamed: a row a span)."""
        return _bounds_lessons(self.conn.execute(_KEPT))


class AcceptedPlace(NamedTuple):
    article_id: int
    external_id: str | None
    start: int
    end: int
    surface: str
    label: str
    normal: str | None


# How much text around a span a boundary lesson needs: the words beside it.
_AROUND = 40


def _window(starts: str, ends: str) -> str:
    """SQL for where a window of text around a span begins, and the window itself."""
    begin = f"MAX(0, {starts} - {_AROUND})"
    return f"{begin}, substr(t.text, {begin} + 1, {ends} + {_AROUND} - {begin})"


_SUGGESTER = "NOT IN ('analyst', 'import')"

# A suggestion rejected where one accepted span with other bounds took its place: a boundary
# correction (resized, or tagged anew over it).
_BOTH = _window("MIN(r.start, a.start)", 'MAX(r."end", a."end")')
_CORRECTED = f"""
SELECT r.label, r.start, r."end", a.start, a."end", {_BOTH}
FROM spans r
JOIN spans a ON a.article_id = r.article_id AND a.status = 'accepted'
    AND a.start < r."end" AND a."end" > r.start AND (a.start != r.start OR a."end" != r."end")
JOIN articles t ON t.id = r.article_id
WHERE r.status = 'rejected' AND r.origin {_SUGGESTER}
    AND (SELECT COUNT(*) FROM spans o WHERE o.article_id = r.article_id
         AND o.status = 'accepted' AND o.start < r."end" AND o."end" > r.start) = 1
"""

# A suggestion accepted as it was: its bounds were right.
_KEPT = f"""
SELECT a.label, a.start, a."end", {_window("a.start", 'a."end"')}
FROM spans a JOIN articles t ON t.id = a.article_id
WHERE a.status = 'accepted' AND a.origin {_SUGGESTER}
"""


class BoundsLesson(NamedTuple):
    """A suggestion's label and bounds and the bounds the analyst accepted in their place (the
    same when the suggestion was accepted as it was), in ``text``, a window of the article."""

    text: str
    label: str
    suggested: tuple[int, int]
    accepted: tuple[int, int]


def _bounds_lessons(rows: Iterable[tuple]) -> Iterator[BoundsLesson]:
    for label, *bounds, begin, text in rows:
        shifted = [b - begin for b in bounds]
        yield BoundsLesson(text, label, (shifted[0], shifted[1]), (shifted[-2], shifted[-1]))
