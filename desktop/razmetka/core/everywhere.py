"""One decision for every occurrence of an entity: the edits that accept, relabel or reject
them all, one ``Edit`` per article (as ``core/actions.py`` builds one per action), so that the
window applies them together and undoes them as one step.

A decision spread this way follows the rules of a decision made by hand: a suggestion it
replaces is rejected, accepted spans never overlap (an occurrence that crosses an accepted span
with other bounds is left for the analyst, who decided that span), and a first decision on an
article moves it from todo to in progress.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from razmetka.core.actions import with_status_bump
from razmetka.core.corpus import Occurrence
from razmetka.core.edits import Edit, SpanChange
from razmetka.core.model import ANALYST, Span, SpanStatus
from razmetka.core.store import Store

ACTION = "decide everywhere"


def decide_everywhere(
    store: Store, found: Sequence[Occurrence], label: str | None, normal: str | None = None
) -> list[Edit]:
    """The edits that make every occurrence in ``found`` an accepted ``label`` span with
    ``normal`` as its normal form (a suggestion there accepted, an accepted span of another
    label relabelled, an untagged place tagged), or, with ``label`` None, reject every pending
    suggestion on them (accepted spans stay: undo them one by one). Articles with nothing to
    change give no edit."""
    edits = []
    ordered = sorted(found, key=lambda o: (o.article_id, o.start, -o.end))
    for article_id, places in groupby(ordered, key=lambda o: o.article_id):
        edit = article_edit(store, article_id, list(places), label, normal)
        if not edit.is_empty:
            edits.append(edit)
    return edits


def article_edit(
    store: Store,
    article_id: int,
    places: Sequence[Occurrence],
    label: str | None,
    normal: str | None = None,
) -> Edit:
    """The one edit of ``decide_everywhere`` for one article."""
    spans = store.spans.of(article_id, [SpanStatus.SUGGESTED, SpanStatus.ACCEPTED])
    changed: dict[int, SpanChange] = {}  # by span id: a span changes once in an edit
    created: list[Span] = []
    end = -1
    for place in sorted(places, key=lambda o: (o.start, -o.end)):
        if place.start < end:
            continue  # overlapping occurrences: the longest, first in the text, is the one
        end = place.end
        if label is None:
            _reject_pending(store, spans, place, changed)
        else:
            _make_accepted(store, spans, place, label, normal, changed, created)
    changes = [*changed.values(), *(SpanChange(None, span) for span in created)]
    return with_status_bump(store, Edit(ACTION, article_id, tuple(changes)))


def _decided(store: Store, span: Span, **changes: object) -> Span:
    return span.with_(annotator=store.annotator, **changes)


def _reject_pending(
    store: Store, spans: list[Span], place: Occurrence, changed: dict[int, SpanChange]
) -> None:
    for span in spans:
        if span.is_pending and (span.start, span.end) == (place.start, place.end):
            changed[span.id or 0] = SpanChange(
                span, _decided(store, span, status=SpanStatus.REJECTED)
            )


def _make_accepted(
    store: Store,
    spans: list[Span],
    place: Occurrence,
    label: str,
    normal: str | None,
    changed: dict[int, SpanChange],
    created: list[Span],
) -> None:
    crossing = [s for s in spans if s.start < place.end and place.start < s.end]
    accepted = [s for s in crossing if s.status is SpanStatus.ACCEPTED]
    if any((s.start, s.end) != (place.start, place.end) for s in accepted):
        return  # the analyst bounded this name otherwise here: that decision stands
    if accepted:
        (span,) = accepted
        if span.label != label:
            changed[span.id or 0] = SpanChange(span, _decided(store, span, label=label))
        return
    exact = [s for s in crossing if (s.start, s.end, s.label) == (place.start, place.end, label)]
    for span in crossing:
        status = SpanStatus.ACCEPTED if exact and span is exact[0] else SpanStatus.REJECTED
        changed[span.id or 0] = SpanChange(span, _decided(store, span, status=status))
    if not exact:
        created.append(
            Span(
                place.start,
                place.end,
                label,
                SpanStatus.ACCEPTED,
                ANALYST,
                normal,
                store.annotator,
                article_id=place.article_id,
            )
        )
