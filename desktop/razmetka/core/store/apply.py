"""Carrying out an analyst's edit: every span change and the status change in one transaction,
each logged, refused whole when the store no longer holds what the edit expected or when the
result would break the span rules."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from razmetka.core import rules
from razmetka.core.edits import Edit, SpanChange
from razmetka.core.model import Span, SpanStatus
from razmetka.core.store import errors
from razmetka.core.store.base import Part
from razmetka.core.store.errors import SpanConflict, StaleEdit
from razmetka.core.store.paths import now
from razmetka.core.store.rows import span_record

# A span's text from the stored article, for a span made or moved by an edit (parameters from
# _surface_params). A walk along the text, once per such edit.
_SURFACE = "(SELECT substr(text, ?, ?) FROM articles WHERE id = ?)"


class EditWriter(Part):
    def apply(self, edit: Edit) -> Edit:
        """Carry out an edit in one transaction; returns it with the ids of created spans."""
        applied: list[SpanChange] = []
        with self.store.transaction():
            head = self.store.articles.head(edit.article_id)
            if head is None:
                raise StaleEdit(
                    f"article {edit.article_id} is no longer in the database",
                    errors.ARTICLE_GONE,
                    article=edit.article_id,
                )
            status, length = head
            applied = [self._span_change(edit, change) for change in edit.spans]
            if edit.status is not None:
                if status is not edit.status.before:
                    raise StaleEdit(
                        "the article's status was changed elsewhere; reload it",
                        errors.STATUS_CHANGED,
                    )
                self._set_status(edit)
            self._check_changed_spans(edit.article_id, length, applied)
        return Edit(edit.action, edit.article_id, tuple(applied), edit.status)

    def _set_status(self, edit: Edit) -> None:
        assert edit.status is not None
        self.conn.execute(
            "UPDATE articles SET status = ?, updated_at = ? WHERE id = ?",
            (edit.status.after.value, now(), edit.article_id),
        )
        self.store.log.append(
            edit.action,
            edit.article_id,
            None,
            {"status": edit.status.before.value},
            {"status": edit.status.after.value},
        )

    def _span_change(self, edit: Edit, change: SpanChange) -> SpanChange:
        before, after = change.before, change.after
        if before is not None:
            current = self.store.spans.get(before.id) if before.id is not None else None
            if current is None or _decision_fields(current) != _decision_fields(before):
                raise StaleEdit(
                    "the span was changed elsewhere; reload the article", errors.SPAN_CHANGED
                )
        if after is None:
            assert before is not None
            self.conn.execute("DELETE FROM spans WHERE id = ?", (before.id,))
        else:
            self._check_label(after)
            after = (
                self._insert(edit, after) if before is None else self._update(edit, before, after)
            )
        span_id = (after or before).id  # type: ignore[union-attr]
        self.store.log.append(
            edit.action,
            edit.article_id,
            span_id,
            span_record(before) if before else None,
            span_record(after) if after else None,
        )
        return SpanChange(before, after)

    def _check_label(self, span: Span) -> None:
        if span.label not in self.store.labels.names():
            raise SpanConflict(
                f"unknown label {span.label}", errors.UNKNOWN_LABEL, label=span.label
            )

    def _insert(self, edit: Edit, span: Span) -> Span:
        stamp = now()
        annotator = span.annotator or self.store.annotator
        cursor = self.conn.execute(
            'INSERT INTO spans(id, article_id, start, "end", surface, label, status, origin, '
            f"normal, annotator, created_at, updated_at) VALUES (?, ?, ?, ?, {_SURFACE}, "
            "?, ?, ?, ?, ?, ?, ?)",
            (
                span.id,
                edit.article_id,
                span.start,
                span.end,
                *_surface_params(edit.article_id, span),
                span.label,
                span.status.value,
                span.origin,
                span.normal,
                annotator,
                stamp,
                stamp,
            ),
        )
        return span.with_(
            id=int(cursor.lastrowid or 0), article_id=edit.article_id, annotator=annotator
        )

    def _update(self, edit: Edit, before: Span, after: Span) -> Span:
        moved = (after.start, after.end) != (before.start, before.end)
        # A decision that keeps the offsets (accept, reject, relabel) keeps the surface: no
        # reading of the text, which is long for a long article.
        surface, surface_params = (
            (_SURFACE, _surface_params(edit.article_id, after)) if moved else ("surface", ())
        )
        self.conn.execute(
            f'UPDATE spans SET start = ?, "end" = ?, surface = {surface}, label = ?, '
            "status = ?, normal = ?, annotator = ?, updated_at = ? WHERE id = ?",
            (
                after.start,
                after.end,
                *surface_params,
                after.label,
                after.status.value,
                after.normal,
                after.annotator,
                now(),
                before.id,
            ),
        )
        return after

    def _check_changed_spans(
        self, article_id: int, length: int, changes: Iterable[SpanChange]
    ) -> None:
        """The span rules, for the spans an edit wrote: inside the text, and an accepted span
        overlapping no other accepted span. Spans the edit did not touch already obeyed them."""
        for change in changes:
            span = change.after
            if span is None:
                continue
            problem = rules.outside(span.start, span.end, length)
            if problem is not None:
                raise SpanConflict(
                    problem, errors.OUTSIDE, start=span.start, end=span.end, length=length
                )
            if span.status is not SpanStatus.ACCEPTED:
                continue
            accepted = [SpanStatus.ACCEPTED]
            for other in self.store.spans.overlapping(article_id, span.start, span.end, accepted):
                if other.id != span.id:
                    raise SpanConflict(
                        rules.overlap_problem(other, span),
                        errors.OVERLAP,
                        label=other.label,
                        start=other.start,
                        end=other.end,
                    )


def _surface_params(article_id: int, span: Span) -> tuple[int, int, int]:
    return span.start + 1, span.end - span.start, article_id


def _decision_fields(span: Span) -> tuple[Any, ...]:
    return (span.start, span.end, span.label, span.status)
