"""Suggestions as the store keeps them: new ones added without reopening a decision, the pending
ones of an undecided article brought up to date, and a record of which suggester has been over
which article."""

from __future__ import annotations

from collections.abc import Iterable

from razmetka.core.model import ArticleStatus, SpanStatus, Suggestion
from razmetka.core.store.base import Part
from razmetka.core.store.paths import now
from razmetka.core.store.rows import placeholders


class Suggestions(Part):
    def add(self, article_id: int, suggestions: Iterable[Suggestion], origin: str) -> int:
        """Store new suggestions; returns how many were new.

        A suggestion is new when no span of the article already covers the same stretch with the
        same label (whatever its status) and it does not overlap an accepted span: an analyst's
        decision is never reopened by re-running a suggester. Each span records the
        suggestion's own origin when it has one (a combined suggester's parts), else ``origin``,
        the run's, which ``suggester_runs`` records.
        """
        with self.store.transaction():
            fresh = self._fresh(article_id, suggestions)
            stamp = now()
            if fresh:
                self.store.labels.ensure({s.label for s in fresh})
                text = self.store.articles.get(article_id).text
                self.conn.executemany(
                    'INSERT INTO spans(article_id, start, "end", surface, label, status, origin, '
                    "normal, note, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, 'suggested', ?, ?, ?, ?, ?)",
                    [
                        (
                            article_id,
                            s.start,
                            s.end,
                            text[s.start : s.end],
                            s.label,
                            s.origin or origin,
                            s.normal,
                            s.note,
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

    def replace_pending(
        self, article_id: int, suggestions: Iterable[Suggestion], origin: str
    ) -> tuple[int, int] | None:
        """Make the pending suggestions of an undecided article ``suggestions``: pending ones no
        longer proposed are removed, those still proposed take the new origin, normal form and
        note, new ones are added as ``add`` adds them. Accepted and rejected spans are never
        touched, and an article whose status is not todo is left alone (None); else returns
        (added, removed)."""
        wanted = list(suggestions)
        by_key = {(s.start, s.end, s.label): s for s in wanted}
        with self.store.transaction():
            if self.store.articles.status(article_id) is not ArticleStatus.TODO:
                return None
            pending = self.store.spans.of(article_id, [SpanStatus.SUGGESTED])
            stale = [s.id for s in pending if (s.start, s.end, s.label) not in by_key]
            kept = [(s.id, by_key[(s.start, s.end, s.label)]) for s in pending if s.id not in stale]
            if stale:
                self.conn.execute(f"DELETE FROM spans WHERE id IN ({placeholders(stale)})", stale)
            stamp = now()
            self.conn.executemany(
                "UPDATE spans SET origin = ?, normal = ?, note = ?, updated_at = ? WHERE id = ?",
                [(s.origin or origin, s.normal, s.note, stamp, span_id) for span_id, s in kept],
            )
            added = self.add(article_id, wanted, origin)
            if stale:
                self.store.log.append(
                    "resuggest", article_id, None, None, {"origin": origin, "removed": len(stale)}
                )
            return added, len(stale)

    def notes(self, article_id: int) -> dict[int, str]:
        """The notes of an article's spans that have one, by span id: why each was suggested
        («learned from 3 decisions …») or why to look twice."""
        rows = self.conn.execute(
            "SELECT id, note FROM spans WHERE article_id = ? AND note IS NOT NULL", (article_id,)
        )
        return {span_id: note for span_id, note in rows}

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
