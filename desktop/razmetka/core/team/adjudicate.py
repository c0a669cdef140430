"""Settling the articles two analysts annotated differently: the two versions, where they
differ, and taking one analyst's span into the curated result (the article's own spans, which
exports use) as an ``Edit`` through ``store.apply``: undone by its inverse, logged, on disk
once applied. An article an adjudicator has started is theirs: a later merge leaves its
curated spans alone."""

from __future__ import annotations

from dataclasses import dataclass

from razmetka.core import actions
from razmetka.core.edits import Edit, SpanChange
from razmetka.core.model import ANALYST, Span, SpanStatus
from razmetka.core.store import Store
from razmetka.core.store.team import Version
from razmetka.core.team import TeamError
from razmetka.core.team.merge import disputed

__all__ = ["Differences", "differences", "disputed", "finish", "take", "take_edit", "versions"]


@dataclass(frozen=True)
class Differences:
    """Accepted spans only in A, only in B, and those at the same place with another label
    (A's, B's)."""

    only_a: tuple[Span, ...]
    only_b: tuple[Span, ...]
    relabelled: tuple[tuple[Span, Span], ...]

    @property
    def none(self) -> bool:
        return not (self.only_a or self.only_b or self.relabelled)


def versions(store: Store, article_id: int) -> tuple[Version, Version]:
    """The two versions of an article, by analyst name (the first two when there are more)."""
    found = list(store.team.versions(article_id).values())
    if len(found) < 2:
        raise TeamError(f"article {article_id} has {len(found)} analyst's version(s), not two")
    return found[0], found[1]


def differences(a: Version, b: Version) -> Differences:
    ours = _accepted(a)
    theirs = _accepted(b)
    exact_b = {(s.start, s.end, s.label) for s in theirs}
    exact_a = {(s.start, s.end, s.label) for s in ours}
    place_b = {(s.start, s.end): s for s in theirs if (s.start, s.end, s.label) not in exact_a}
    relabelled = tuple(
        (s, place_b[(s.start, s.end)])
        for s in ours
        if (s.start, s.end, s.label) not in exact_b and (s.start, s.end) in place_b
    )
    moved_a = {id(x) for x, _ in relabelled}
    moved_b = {id(y) for _, y in relabelled}
    return Differences(
        tuple(s for s in ours if (s.start, s.end, s.label) not in exact_b and id(s) not in moved_a),
        tuple(
            s for s in theirs if (s.start, s.end, s.label) not in exact_a and id(s) not in moved_b
        ),
        relabelled,
    )


def take_edit(store: Store, article_id: int, span: Span) -> Edit:
    """The edit that puts ``span`` (from a version) into the curated result: a suggestion at
    the same place and label is accepted, else a new accepted span is made; suggestions it
    overlaps are rejected and accepted spans it overlaps (the other version's, taken before)
    are removed."""
    live = [SpanStatus.SUGGESTED, SpanStatus.ACCEPTED]
    overlapping = store.spans.overlapping(article_id, span.start, span.end, live)
    same = [
        s for s in overlapping if (s.start, s.end, s.label) == (span.start, span.end, span.label)
    ]
    if any(s.status is SpanStatus.ACCEPTED for s in same):
        return Edit("take", article_id)
    kept = same[0] if same else None
    changes: list[SpanChange] = []
    for other in overlapping:
        if other is kept:
            continue
        if other.status is SpanStatus.ACCEPTED:
            changes.append(SpanChange(other, None))
        else:
            changes.append(SpanChange(other, _decided(store, other, SpanStatus.REJECTED)))
    if kept is not None:
        changes.append(SpanChange(kept, _decided(store, kept, SpanStatus.ACCEPTED)))
    else:
        made = Span(
            span.start,
            span.end,
            span.label,
            SpanStatus.ACCEPTED,
            ANALYST,
            span.normal,
            store.annotator,
            article_id=article_id,
        )
        changes.append(SpanChange(None, made))
    edit = Edit(f"take {span.annotator or 'version'}'s span", article_id, tuple(changes))
    return actions.with_status_bump(store, edit)


def take(store: Store, article_id: int, span: Span) -> Edit:
    """Take ``span`` into the curated result and mark the article as adjudicated; returns the
    applied edit (``store.apply(edit.inverted())`` undoes it)."""
    with store.transaction():
        store.team.start_adjudication(article_id, store.annotator)
        return store.apply(take_edit(store, article_id, span))


def finish(store: Store, article_id: int) -> Edit:
    """Mark the adjudicated article done: its curated spans are what exports write."""
    with store.transaction():
        store.team.start_adjudication(article_id, store.annotator)
        store.team.finish_adjudication(article_id)
        return store.apply(actions.approve(store, article_id))


def _accepted(version: Version) -> list[Span]:
    return [s for s in version.spans if s.status is SpanStatus.ACCEPTED]


def _decided(store: Store, span: Span, status: SpanStatus) -> Span:
    return span.with_(status=status, annotator=store.annotator)
