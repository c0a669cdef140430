"""Analyst actions as edits. Each function reads the current state and returns the ``Edit`` that
the action means; ``Store.apply`` carries it out, and ``edit.inverted()`` undoes it.

The GUI and the command line build every change here, so both follow the same rules: a correction
rejects what it replaces, accepted spans never overlap, and a first decision on an article moves
it from ``todo`` to ``in_progress``.
"""

from __future__ import annotations

from collections.abc import Iterable

from razmetka.core.edits import Edit, SpanChange, StatusChange
from razmetka.core.model import ANALYST, ArticleStatus, Span, SpanStatus
from razmetka.core.store import SpanConflict, Store, errors


def with_status_bump(store: Store, edit: Edit) -> Edit:
    """Add ``todo -> in_progress`` to an article's first decision."""
    status = store.articles.status(edit.article_id)
    if status is ArticleStatus.TODO and edit.status is None and not edit.is_empty:
        return Edit(
            edit.action,
            edit.article_id,
            edit.spans,
            StatusChange(status, ArticleStatus.IN_PROGRESS),
        )
    return edit


def _decided(store: Store, span: Span, **changes: object) -> Span:
    """``span`` changed by the analyst at work; undo restores the previous annotator."""
    return span.with_(annotator=store.annotator, **changes)


def _span(store: Store, span_id: int) -> Span:
    span = store.spans.get(span_id)
    if span is None:
        raise SpanConflict(f"span {span_id} no longer exists", errors.SPAN_GONE, span=span_id)
    return span


def _clear_overlaps(store: Store, target: Span, exclude: Iterable[int] = ()) -> list[SpanChange]:
    """Changes that make room for ``target`` as an accepted span.

    Overlapping suggestions are rejected (they were wrong where the analyst decided); an
    overlapping accepted span is a conflict the analyst must resolve explicitly.
    """
    skip = set(exclude)
    changes = []
    live = [SpanStatus.SUGGESTED, SpanStatus.ACCEPTED]
    for other in store.spans.overlapping(target.article_id or 0, target.start, target.end, live):
        if other.id in skip:
            continue
        if other.status is SpanStatus.ACCEPTED:
            raise SpanConflict(
                f"overlaps the accepted {other.label} span at {other.start}-{other.end}",
                errors.OVERLAP,
                label=other.label,
                start=other.start,
                end=other.end,
            )
        changes.append(SpanChange(other, _decided(store, other, status=SpanStatus.REJECTED)))
    return changes


def accept(store: Store, span_id: int) -> Edit:
    span = _span(store, span_id)
    if span.status is SpanStatus.ACCEPTED:
        return Edit("accept", span.article_id or 0)
    after = _decided(store, span, status=SpanStatus.ACCEPTED)
    changes = [SpanChange(span, after), *_clear_overlaps(store, after, [span_id])]
    return with_status_bump(store, Edit("accept", span.article_id or 0, tuple(changes)))


def reject(store: Store, span_id: int) -> Edit:
    span = _span(store, span_id)
    if span.status is SpanStatus.REJECTED:
        return Edit("reject", span.article_id or 0)
    change = SpanChange(span, _decided(store, span, status=SpanStatus.REJECTED))
    return with_status_bump(store, Edit("reject", span.article_id or 0, (change,)))


def relabel(store: Store, span_id: int, label: str) -> Edit:
    """Change a span's label. Relabelling a suggestion is a correction: the suggestion is
    rejected and an accepted analyst span with the new label takes its place. The label it
    has already is a confirmation: the span is accepted as it is."""
    span = _span(store, span_id)
    if span.label == label:
        return accept(store, span_id)
    if span.status is SpanStatus.ACCEPTED:
        changes: list[SpanChange] = [SpanChange(span, _decided(store, span, label=label))]
    else:
        replacement = Span(
            span.start,
            span.end,
            label,
            SpanStatus.ACCEPTED,
            ANALYST,
            span.normal,
            store.annotator,
            article_id=span.article_id,
        )
        changes = []
        if span.status is SpanStatus.SUGGESTED:
            changes.append(SpanChange(span, _decided(store, span, status=SpanStatus.REJECTED)))
        changes += [*_clear_overlaps(store, replacement, [span_id]), SpanChange(None, replacement)]
    return with_status_bump(store, Edit("relabel", span.article_id or 0, tuple(changes)))


def create(
    store: Store, article_id: int, start: int, end: int, label: str, normal: str | None = None
) -> Edit:
    """A new accepted span made by the analyst (with ``normal`` as its normal form);
    suggestions it overlaps are rejected."""
    if start >= end:
        raise SpanConflict("a span needs at least one character", errors.EMPTY_SPAN)
    span = Span(
        start,
        end,
        label,
        SpanStatus.ACCEPTED,
        ANALYST,
        normal,
        store.annotator,
        article_id=article_id,
    )
    for existing in store.spans.of(article_id, [SpanStatus.SUGGESTED]):
        if (existing.start, existing.end, existing.label) == (start, end, label):
            return accept(store, existing.id or 0)
    changes = [*_clear_overlaps(store, span), SpanChange(None, span)]
    return with_status_bump(store, Edit("create", article_id, tuple(changes)))


def resize(store: Store, span_id: int, start: int, end: int, normal: str | None = None) -> Edit:
    """New bounds for a span, with ``normal`` as the normal form of its new text. Resizing a
    suggestion accepts it as the analyst's correction."""
    span = _span(store, span_id)
    if (start, end) == (span.start, span.end):
        return Edit("resize", span.article_id or 0)
    if start >= end:
        raise SpanConflict("a span needs at least one character", errors.EMPTY_SPAN)
    if span.status is SpanStatus.ACCEPTED:
        after = _decided(store, span, start=start, end=end, normal=normal)
        changes = [SpanChange(span, after), *_clear_overlaps(store, after, [span_id])]
    else:
        replacement = Span(
            start,
            end,
            span.label,
            SpanStatus.ACCEPTED,
            ANALYST,
            normal,
            store.annotator,
            article_id=span.article_id,
        )
        changes = [
            SpanChange(span, _decided(store, span, status=SpanStatus.REJECTED)),
            *_clear_overlaps(store, replacement, [span_id]),
            SpanChange(None, replacement),
        ]
    return with_status_bump(store, Edit("resize", span.article_id or 0, tuple(changes)))


def set_normal(store: Store, span_id: int, normal: str | None) -> Edit:
    """The analyst's normal form for a span (blank: none; on one line). Giving a suggestion
    its normal form is a decision on it: it is accepted with that form."""
    span = _span(store, span_id)
    normal = " ".join((normal or "").split()) or None
    if normal == span.normal:
        return Edit("set normal form", span.article_id or 0)
    if span.status is SpanStatus.SUGGESTED:
        after = _decided(store, span, status=SpanStatus.ACCEPTED, normal=normal)
        changes = [SpanChange(span, after), *_clear_overlaps(store, after, [span_id])]
    else:
        changes = [SpanChange(span, _decided(store, span, normal=normal))]
    return with_status_bump(store, Edit("set normal form", span.article_id or 0, tuple(changes)))


def delete(store: Store, span_id: int) -> Edit:
    """Remove a span. A suggestion is rejected instead, so the evidence stays."""
    span = _span(store, span_id)
    if span.status is SpanStatus.SUGGESTED:
        return reject(store, span_id)
    return with_status_bump(store, Edit("delete", span.article_id or 0, (SpanChange(span, None),)))


def accept_all(store: Store, article_id: int) -> Edit:
    """Accept every pending suggestion that does not collide with an accepted span or with an
    earlier suggestion in the text; the colliding ones are rejected."""
    spans = store.spans.of(article_id, [SpanStatus.SUGGESTED, SpanStatus.ACCEPTED])
    taken = [s for s in spans if s.status is SpanStatus.ACCEPTED]
    changes = []
    for span in spans:
        if span.status is not SpanStatus.SUGGESTED:
            continue
        collides = any(span.overlaps(other) for other in taken)
        status = SpanStatus.REJECTED if collides else SpanStatus.ACCEPTED
        changes.append(SpanChange(span, _decided(store, span, status=status)))
        if not collides:
            taken.append(span)
    return with_status_bump(store, Edit("accept all", article_id, tuple(changes)))


def set_status(store: Store, article_id: int, status: ArticleStatus) -> Edit:
    current = store.articles.status(article_id)
    if current is status:
        return Edit(f"mark {status.value}", article_id)
    return Edit(f"mark {status.value}", article_id, (), StatusChange(current, status))


def approve(store: Store, article_id: int) -> Edit:
    """Mark an article done. Pending suggestions stay pending: approval is not acceptance."""
    return set_status(store, article_id, ArticleStatus.DONE)
