"""The open article's spans in memory: sorted by position, updated in place by applied edits.

The text view paints from it and the span table lists it, so both always show the same spans.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator

from razmetka.core.edits import SpanChange
from razmetka.core.model import Span, SpanStatus
from razmetka.core.text import Utf16Map

_Key = tuple[int, int, int]


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
        self._rebuild()

    def _rebuild(self) -> None:
        shown = sorted((s for s in self.by_id.values() if self._shown(s)), key=_key)
        self.visible = shown
        self._keys = [_key(s) for s in shown]
        self._max_length = max((s.end - s.start for s in self.by_id.values()), default=0)

    def _shown(self, span: Span) -> bool:
        return self.show_rejected or span.status is not SpanStatus.REJECTED

    def set_show_rejected(self, show: bool) -> None:
        if show != self.show_rejected:
            self.show_rejected = show
            self._rebuild()

    # -- changes

    def apply(self, changes: Iterable[SpanChange]) -> None:
        """Bring the index in line with applied changes (as ``Store.apply`` returned them)."""
        for change in changes:
            if change.before is not None:
                self._remove(change.before.id or 0)
            if change.after is not None:
                self._add(change.after)

    def _remove(self, span_id: int) -> None:
        span = self.by_id.pop(span_id, None)
        if span is None:
            return
        at = bisect_left(self._keys, _key(span))
        if at < len(self._keys) and self._keys[at] == _key(span):
            del self._keys[at]
            del self.visible[at]

    def _add(self, span: Span) -> None:
        self.by_id[span.id or 0] = span
        self._max_length = max(self._max_length, span.end - span.start)
        if self._shown(span):
            key = _key(span)
            at = bisect_left(self._keys, key)
            self._keys.insert(at, key)
            self.visible.insert(at, span)

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
        return [s for s in self.visible if s.status is SpanStatus.SUGGESTED]

    def neighbour(self, span_id: int | None, step: int, pending_only: bool) -> Span | None:
        """The next (``step`` 1) or previous (-1) span after the given one, wrapping around.

        With no current span, the first or last one is returned."""
        pool = self.pending() if pending_only else self.visible
        if not pool:
            return None
        span = self.get(span_id)
        if span is None:
            return pool[0] if step > 0 else pool[-1]
        keys = [_key(s) for s in pool] if pending_only else self._keys
        key = _key(span)
        if step > 0:
            at = bisect_left(keys, key)
            if at < len(keys) and keys[at] == key:
                at += 1
            return pool[at % len(pool)]
        at = bisect_left(keys, key) - 1
        return pool[at % len(pool)]

    def pending_after(self, position: int) -> Span | None:
        """The first pending suggestion starting at or after ``position``, wrapping around."""
        pool = self.pending()
        if not pool:
            return None
        for span in pool:
            if span.start >= position:
                return span
        return pool[0]

    def to_utf16(self, index: int) -> int:
        return self.map.to_utf16(index)

    def from_utf16(self, position: int) -> int:
        return self.map.from_utf16(position)


def _paint_rank(span: Span) -> tuple[int, int]:
    # Accepted spans win over suggestions, shorter over longer: the one a click most likely means.
    order = {SpanStatus.ACCEPTED: 0, SpanStatus.SUGGESTED: 1, SpanStatus.REJECTED: 2}
    return (order[span.status], span.end - span.start)
