"""The open article's spans in memory: sorted by position, updated in place by applied edits.

The text view paints from it and the span table lists it, so both always show the same spans.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Protocol

from razmetka.core.edits import SpanChange
from razmetka.core.model import Span, SpanStatus
from razmetka.core.text import Utf16Map

_Key = tuple[int, int, int]


class RowListener(Protocol):
    """Told about visible rows as an edit goes into the index (an item model's begin/end)."""

    def removing(self, row: int) -> None: ...

    def removed(self) -> None: ...

    def inserting(self, row: int) -> None: ...

    def inserted(self) -> None: ...

    def changed(self, row: int) -> None: ...


def _key(span: Span) -> _Key:
    return (span.start, span.end, span.id or 0)


class SpanIndex:
    """Spans of one article; ``visible`` holds the shown ones (rejected only on request)."""

    def __init__(self, text: str, spans: Iterable[Span], show_rejected: bool = False) -> None:
        self.text = text
        self.map = Utf16Map(text)
        self.show_rejected = show_rejected
        self.by_id: dict[int, Span] = {span.id or 0: span for span in spans}
        self._max_length = 0
        self.visible: list[Span] = []
        self._keys: list[_Key] = []
        self._pending: list[Span] | None = None
        self.counts = {status: 0 for status in SpanStatus}
        for status, number in Counter(span.status for span in self.by_id.values()).items():
            self.counts[status] = number
        self._rebuild()

    def _rebuild(self) -> None:
        if self.show_rejected:
            shown = list(self.by_id.values())
        else:
            shown = [s for s in self.by_id.values() if s.status is not SpanStatus.REJECTED]
        keys = [(s.start, s.end, s.id or 0) for s in shown]
        # The store hands spans over in this order already; sort only when it did not.
        if any(later < earlier for earlier, later in pairwise(keys)):
            pairs = sorted(zip(keys, shown, strict=True))
            keys = [key for key, _span in pairs]
            shown = [span for _key, span in pairs]
        self._keys = keys
        self.visible = shown
        self._max_length = max((s.end - s.start for s in self.by_id.values()), default=0)
        self._pending = None

    def _shown(self, span: Span) -> bool:
        return self.show_rejected or span.status is not SpanStatus.REJECTED

    def set_show_rejected(self, show: bool) -> None:
        if show != self.show_rejected:
            self.show_rejected = show
            self._rebuild()

    # -- changes

    def apply(self, changes: Iterable[SpanChange], listener: RowListener | None = None) -> None:
        """Bring the index in line with applied changes (as ``Store.apply`` returned them),
        telling ``listener`` which visible rows change, go or come."""
        for change in changes:
            before, after = change.before, change.after
            if (
                before is not None
                and after is not None
                and before.id == after.id
                and _key(before) == _key(after)
                and self._shown(before) == self._shown(after)
            ):
                self._replace(after, listener)
                continue
            if before is not None:
                row = self.row(before.id)
                if row is not None and listener is not None:
                    listener.removing(row)
                self._remove(before.id or 0)
                if row is not None and listener is not None:
                    listener.removed()
            if after is not None:
                row = self._insertion_row(after) if self._shown(after) else None
                if row is not None and listener is not None:
                    listener.inserting(row)
                self._add(after)
                if row is not None and listener is not None:
                    listener.inserted()

    def _replace(self, span: Span, listener: RowListener | None) -> None:
        """A change that keeps the span where it is (status or label)."""
        old = self.by_id[span.id or 0]
        self.counts[old.status] -= 1
        self.counts[span.status] += 1
        self.by_id[span.id or 0] = span
        self._pending_remove(old)
        self._pending_add(span)
        row = self.row(span.id)
        if row is not None:
            self.visible[row] = span
            if listener is not None:
                listener.changed(row)

    def _insertion_row(self, span: Span) -> int:
        return bisect_left(self._keys, _key(span))

    def _remove(self, span_id: int) -> None:
        span = self.by_id.pop(span_id, None)
        if span is None:
            return
        self.counts[span.status] -= 1
        self._pending_remove(span)
        at = bisect_left(self._keys, _key(span))
        if at < len(self._keys) and self._keys[at] == _key(span):
            del self._keys[at]
            del self.visible[at]

    def _add(self, span: Span) -> None:
        self.by_id[span.id or 0] = span
        self.counts[span.status] += 1
        self._pending_add(span)
        self._max_length = max(self._max_length, span.end - span.start)
        if self._shown(span):
            key = _key(span)
            at = bisect_left(self._keys, key)
            self._keys.insert(at, key)
            self.visible.insert(at, span)

    def _pending_add(self, span: Span) -> None:
        if self._pending is not None and span.status is SpanStatus.SUGGESTED:
            self._pending.insert(bisect_left(self._pending, _key(span), key=_key), span)

    def _pending_remove(self, span: Span) -> None:
        if self._pending is not None and span.status is SpanStatus.SUGGESTED:
            at = bisect_left(self._pending, _key(span), key=_key)
            if at < len(self._pending) and self._pending[at].id == span.id:
                del self._pending[at]

    # -- queries

    def __len__(self) -> int:
        return len(self.visible)

    def get(self, span_id: int | None) -> Span | None:
        return self.by_id.get(span_id) if span_id is not None else None

    def row(self, span_id: int | None) -> int | None:
        span = self.get(span_id)
        if span is None or not self._shown(span):
            return None
        at = bisect_left(self._keys, _key(span))
        return at if at < len(self._keys) and self._keys[at] == _key(span) else None

    def overlapping(self, start: int, end: int) -> Iterator[Span]:
        """Visible spans that share at least one code point with ``[start, end)``."""
        at = bisect_left(self._keys, (start - self._max_length, -1, -1))
        while at < len(self.visible):
            span = self.visible[at]
            if span.start >= end:
                break
            if span.end > start:
                yield span
            at += 1

    def at(self, index: int) -> list[Span]:
        """Visible spans covering code point ``index``, the one drawn on top first."""
        found = list(self.overlapping(index, index + 1))
        return sorted(found, key=_paint_rank)

    def pending(self) -> list[Span]:
        if self._pending is None:
            self._pending = [s for s in self.visible if s.status is SpanStatus.SUGGESTED]
        return self._pending

    def neighbour(self, span_id: int | None, step: int, pending_only: bool) -> Span | None:
        """The next (``step`` 1) or previous (-1) span after the given one, wrapping around.

        With no current span, the first or last one is returned."""
        pool = self.pending() if pending_only else self.visible
        if not pool:
            return None
        span = self.get(span_id)
        if span is None:
            return pool[0] if step > 0 else pool[-1]
        key = _key(span)
        at = bisect_left(pool, key, key=_key)
        if step > 0:
            if at < len(pool) and _key(pool[at]) == key:
                at += 1
            return pool[at % len(pool)]
        return pool[(at - 1) % len(pool)]

    def pending_after(self, position: int) -> Span | None:
        """The first pending suggestion starting at or after ``position``, wrapping around."""
        pool = self.pending()
        if not pool:
            return None
        at = bisect_left(pool, position, key=lambda span: span.start)
        return pool[at] if at < len(pool) else pool[0]

    def to_utf16(self, index: int) -> int:
        return self.map.to_utf16(index)

    def from_utf16(self, position: int) -> int:
        return self.map.from_utf16(position)


def _paint_rank(span: Span) -> tuple[int, int]:
    # Accepted spans win over suggestions, shorter over longer: the one a click most likely means.
    order = {SpanStatus.ACCEPTED: 0, SpanStatus.SUGGESTED: 1, SpanStatus.REJECTED: 2}
    return (order[span.status], span.end - span.start)
