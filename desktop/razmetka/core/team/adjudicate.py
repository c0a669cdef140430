"""Settling the articles two analysts annotated differently: the two versions, where they
differ, and taking one analyst's span into the curated result (the article's own spans, which
exports use) as an ``Edit`` through ``store.apply``: undone by its inverse, logged, on disk
once applied. An article an adjudicator has started is theirs: a later merge leaves its
curated spans alone."""

from __future__ import annotations

from dataclasses import dataclass

from razmetka.core import actions
from razmetka.core.edits import Edit, SpanChange
from razmetka.core.model import ANALYST, ArticleStatus, Span, SpanStatus
from razmetka.core.store import Store
from razmetka.core.store.team import Version
from razmetka.core.team import TeamError
from razmetka.core.team.merge import disputed

__all__ = [
    "Choice",
    "Differences",
    "choices",
    "differences",
    "disputed",
    "finish",
    "finish_edit",
    "take",
    "take_edit",
    "take_nothing_edit",
    "taken",
    "versions",
]


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


@dataclass(frozen=True)
class Choice:
    """One place where the versions differ: A's span and B's (None: that analyst marked
    nothing there), overlapping each other when both are given."""

    a: Span | None
    b: Span | None

    @property
    def start(self) -> int:
        return min(s.start for s in (self.a, self.b) if s is not None)

    @property
    def end(self) -> int:
        return max(s.end for s in (self.a, self.b) if s is not None)


def choices(found: Differences) -> list[Choice]:
    """The differences as places to decide, in text order: a relabelled span is one place, a
    span only in A that overlaps one only in B (other bounds) is one, the rest stand alone."""
    out = [Choice(a, b) for a, b in found.relabelled]
    left_b = list(found.only_b)
    for span in found.only_a:
        partner = next((other for other in left_b if other.overlaps(span)), None)
        if partner is not None:
            left_b.remove(partner)
        out.append(Choice(span, partner))
    out += [Choice(None, span) for span in left_b]
    return sorted(out, key=lambda c: (c.start, c.end))


def taken(store: Store, article_id: int, choice: Choice) -> str | None:
    """Which side the curated result holds at ``choice``: "a", "b", or None (neither yet). A
    side that marked nothing there is held once nothing is left there, not even a suggestion."""
    live = store.spans.overlapping(
        article_id, choice.start, choice.end, [SpanStatus.SUGGESTED, SpanStatus.ACCEPTED]
    )
    accepted = {(s.start, s.end, s.label) for s in live if s.status is SpanStatus.ACCEPTED}
    for side, span in (("a", choice.a), ("b", choice.b)):
        if span is not None and accepted == {(span.start, span.end, span.label)}:
            return side
    if not live:
        return "a" if choice.a is None else "b" if choice.b is None else None
    return None


def versions(store: Store, article_id: int) -> tuple[Version, Version]:
    """The two versions of an article, by analyst name (the first two when there are more)."""
    found = store.team.versions(article_id)
    two = pair(found)
    if two is None:
        raise TeamError(f"article {article_id} has {len(found)} analyst's version(s), not two")
    return two


def pair(found: dict[str, Version]) -> tuple[Version, Version] | None:
    """The two of an article's versions (``store.team.versions``) that are adjudicated: the
    first two by analyst name; None when there are fewer."""
    first_two = list(found.values())[:2]
    return (first_two[0], first_two[1]) if len(first_two) == 2 else None


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


def take_nothing_edit(store: Store, article_id: int, start: int, end: int) -> Edit:
    """The edit that leaves nothing between ``start`` and ``end`` in the curated result (the
    version taken marked nothing there): suggestions are rejected, and so are accepted ones;
    spans made by hand (a span taken before) are removed."""
    live = [SpanStatus.SUGGESTED, SpanStatus.ACCEPTED]
    changes = [
        SpanChange(span, None)
        if span.origin == ANALYST
        else SpanChange(span, _decided(store, span, SpanStatus.REJECTED))
        for span in store.spans.overlapping(article_id, start, end, live)
    ]
    edit = Edit("take no span", article_id, tuple(changes))
    return actions.with_status_bump(store, edit) if changes else edit


def take(store: Store, article_id: int, span: Span) -> Edit:
    """Take ``span`` into the curated result and mark the article as adjudicated; returns the
    applied edit (``store.apply(edit.inverted())`` undoes it)."""
    with store.transaction():
        store.team.start_adjudication(article_id, store.annotator)
        return store.apply(take_edit(store, article_id, span))


def finish_edit(store: Store, article_id: int) -> Edit:
    """The edit that finishes an adjudicated article: the spans both versions accepted join the
    curated result (they needed no decision) and the article is done."""
    a, b = versions(store, article_id)
    agreed = a.accepted() & b.accepted()
    changes: list[SpanChange] = []
    seen: set[int] = set()
    for span in sorted(_accepted(a), key=lambda s: (s.start, s.end)):
        if (span.start, span.end, span.label) not in agreed:
            continue
        for change in take_edit(store, article_id, span).spans:
            before = change.before.id if change.before is not None else None
            if before is not None and before in seen:
                continue  # a suggestion two agreed spans overlap: rejected once
            if before is not None:
                seen.add(before)
            changes.append(change)
    done = actions.set_status(store, article_id, ArticleStatus.DONE)
    return Edit("finish adjudication", article_id, tuple(changes), done.status)


def finish(store: Store, article_id: int) -> Edit:
    """Mark the adjudicated article done, with the spans both versions agree on: its curated
    spans are what exports write."""
    with store.transaction():
        store.team.start_adjudication(article_id, store.annotator)
        store.team.finish_adjudication(article_id)
        return store.apply(finish_edit(store, article_id))


def _accepted(version: Version) -> list[Span]:
    return [s for s in version.spans if s.status is SpanStatus.ACCEPTED]


def _decided(store: Store, span: Span, status: SpanStatus) -> Span:
    return span.with_(status=status, annotator=store.annotator)
