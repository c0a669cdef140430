"""Corpus-wide counts for statistics: articles by status, spans by label, status and origin."""

from __future__ import annotations

from razmetka.core.store.base import Part


class Counts(Part):
    def articles_by_status(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT status, COUNT(*) FROM articles GROUP BY status"))

    def spans_by_kind(self) -> dict[tuple[str, str, str], int]:
        """(label, status, origin) -> how many spans."""
        rows = self.conn.execute(
            "SELECT label, status, origin, COUNT(*) FROM spans GROUP BY label, status, origin "
            "ORDER BY label, status, origin"
        )
        return {(label, status, origin): n for label, status, origin, n in rows}

    def suggestion_outcomes(self) -> dict[str, tuple[int, int, int]]:
        """label -> (accepted, rejected, pending) among the spans a suggester made (its origin
        is neither the analyst's nor an import's)."""
        rows = self.conn.execute(
            "SELECT label, SUM(status = 'accepted'), SUM(status = 'rejected'), "
            "SUM(status = 'suggested') FROM spans WHERE origin NOT IN ('analyst', 'import') "
            "GROUP BY label ORDER BY label"
        )
        return {label: (a, r, p) for label, a, r, p in rows}
