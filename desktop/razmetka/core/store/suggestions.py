"""Suggestions as the store keeps them: new ones added without reopening a decision, and a
record of which suggester has been over which article."""

from __future__ import annotations

from collections.abc import Iterable

from razmetka.core.model import SpanStatus, Suggestion
from razmetka.core.store.base import Part
from razmetka.core.store.paths import now


class Suggestions(Part):
    def add(self, article_id: int, suggestions: Iterable[Suggestion], origin: str) -> int:
        """Store new suggestions; returns how many were new.

        A suggestion is new when no span of the article already covers the same stretch with the
        same label (whatever its status) and it does not overlap an accepted span: an analyst's
        decision is never reopened by re-running a suggester.
        """
        with self.store.transaction():
            fresh = self._fresh(article_id, suggestions)
            stamp = now()
            if fresh:
                self.store.labels.ensure({s.label for s in fresh})
                text = self.store.articles.get(article_id).text
                self.conn.executemany(
                    'INSERT INTO spans(article_id, start, "end", surface, label, status, origin, '
                    "normal, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, 'suggested', ?, ?, ?, ?)",
                    [
                        (
                            article_id,
                            s.start,
                            s.end,
                            text[s.start : s.end],
                            s.label,
                            origin,
                            s.normal,
                            stamp,
                            stamp,
                        )
                        for s in fresh
                    ],
                )
            self.conn.execute(
                "INSERT OR REPLACE INTO suggester_runs(article_id, origin, at) VALUES (?, ?, ?)",
                (article_id, origin, stamp),
            )
            if fresh:
                self.store.log.append(
                    "suggest", article_id, None, None, {"origin": origin, "count": len(fresh)}
                )
            return len(fresh)

    def _fresh(self, article_id: int, suggestions: Iterable[Suggestion]) -> list[Suggestion]:
        existing = self.store.spans.of(article_id)
        seen = {(s.start, s.end, s.label) for s in existing}
        accepted = [s for s in existing if s.status is SpanStatus.ACCEPTED]
        fresh = []
        for sug in suggestions:
            key = (sug.start, sug.end, sug.label)
            if key in seen or any(a.start < sug.end and sug.start < a.end for a in accepted):
                continue
            seen.add(key)
            fresh.append(sug)
        return fresh

    def articles_without(self, origin: str) -> list[int]:
        """Articles that the suggester ``origin`` has not yet run over, in id order."""
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id NOT IN "
            "(SELECT article_id FROM suggester_runs WHERE origin = ?) ORDER BY id",
            (origin,),
        )
        return [r[0] for r in rows]

    def any_unsuggested(self) -> bool:
        """Whether some article has never been through any suggester."""
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE id NOT IN (SELECT article_id FROM suggester_runs) LIMIT 1"
        ).fetchone()
        return row is not None
