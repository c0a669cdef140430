"""The open article's spans in memory: sorted by position, updated in place by applied edits.

The text view paints from it and the span table lists it, so both always show the same spans.

A long article opens with only its first stretch of spans read (``SpanIndex.opening``): what
the first screen shows. The rest is read on demand — a paint further down, a table row further
on, a search for the next suggestion — or a chunk at a time between events. The
counts (status bar, table length) are the article's totals from the start.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import pairwise
from operator import attrgetter
from typing import Protocol

from razmetka.core.edits import SpanChange
from razmetka.core.model import Span, SpanStatus
from razmetka.core.text import Utf16Map

_Key = tuple[int, int, int]

SpanSource = Callable[[int, int], list[Span]]
"""Reads the spans that start in ``[start, end)``, in text order (start, end, id)."""

# Spans read in one go between events: a few milliseconds of work, so input never waits long.
CHUNK_SPANS = 1000
FIRST_STRETCH = 20_000  # characters read at once on opening: more than a screen holds
FIRST_ROWS = 200  # and at least this many table rows: more than the table shows


class RowListener(Protocol):
    """Told about visible rows as an edit goes into the index (an item model's begin/end)."""

    def removing(self, row: int) -> None: ...

    def removed(self) -> None: ...

    def inserting(self, row: int) -> None: ...

    def inserted(self) -> None: ...

    def changed(self, row: int) -> None: ...


def _key(span: Span) -> _Key:
    return (span.start, span.end, span.id or 0)


_status_of = attrgetter("status")
_start_of = attrgetter("start")
_end_of = attrgetter("end")
_id_of = attrgetter("id")


class SpanIndex:
    """Spans of one article; ``visible`` holds the shown ones (rejected only on request).

    While the index is partial, ``by_id`` and ``visible`` hold the spans that start before
    ``loaded_until``: a prefix of the article's spans in text order, so a row number there is
    the row number in the whole table."""

    def __init__(self, text: str, spans: Iterable[Span], show_rejected: bool = False) -> None:
        self.text = text
        self.map = Utf16Map(text)
        self.show_rejected = show_rejected
        self.by_id: dict[int, Span] = {}
        self._max_length = 0
        self.visible: list[Span] = []
        self._keys: list[_Key] = []
        self._pending: list[Span] | None = None
        self.counts = {status: 0 for status in SpanStatus}
        self._source: SpanSource | None = None
        self.loaded_until = len(text) + 1
        # Called when the totals given on opening proved wrong once every span was read
        # (another program changed the article in between).
        self.counts_corrected: Callable[[], None] | None = None
        self._append(list(spans))
        self._count_loaded()

    @classmethod
    def opening(
        cls,
        text: str,
        source: SpanSource,
        totals: Callable[[], dict[SpanStatus, int]],
        show_rejected: bool = False,
    ) -> SpanIndex:
        """An index holding the spans of the article's first stretch; the rest comes from
        ``source`` when asked for. ``totals`` gives the article's span counts by status, and
        is asked only when the first stretch is not the whole article."""
        end = len(text) + 1
        first = min(FIRST_STRETCH, end)
        index = cls(text, source(0, first), show_rejected)
        if first >= end:
            return index
        index._source = source
        index.loaded_until = first
        index.counts = dict(totals())
        while index._source is not None and len(index.visible) < FIRST_ROWS:
            index.load_chunk()
        return index

    # -- reading the rest

    @property
    def complete(self) -> bool:
        return self._source is None

    def load_chunk(self) -> None:
        """Read the next stretch of about ``CHUNK_SPANS`` spans (the rest at the text's end)."""
        if self._source is None:
            return
        density = max(len(self.by_id), 1) / max(self.loaded_until, 1)
        self._load_to(self.loaded_until + max(int(CHUNK_SPANS / density), 1000))

    def finish(self) -> None:
        """Read every span not read yet."""
        self._load_to(len(self.text) + 1)

    def _load_to(self, position: int) -> None:
        """Make sure every span starting before ``position`` is in the index."""
        source = self._source
        if source is None or position <= self.loaded_until:
            return
        end = min(position, len(self.text) + 1)
        self._append(source(self.loaded_until, end))
        self.loaded_until = end
        if end > len(self.text):
            self._source = None
            self._settle_counts()

    def _settle_counts(self) -> None:
        announced = self.counts
        self._count_loaded()
        if self.counts != announced and self.counts_corrected is not None:
            self.counts_corrected()

    def _append(self, spans: list[Span]) -> None:
        """Add spans that all start at or after those already held (the next stretch)."""
        starts = list(map(_start_of, spans))
        ends = list(map(_end_of, spans))
        ids = [i or 0 for i in map(_id_of, spans)]
        keys = list(zip(starts, ends, ids, strict=True))
        # The store hands spans over in this order already; sort only when it did not.
        if any(later < earlier for earlier, later in pairwise(keys)):
            pairs = sorted(zip(keys, spans, strict=True))
            keys = [key for key, _span in pairs]
            spans = [span for _key, span in pairs]
            ids = [key[2] for key in keys]
        self.by_id.update(zip(ids, spans, strict=True))
        if spans:
            self._max_length = max(self._max_length, max(map(int.__sub__, ends, starts), default=0))
        if self.show_rejected:
            self._keys += keys
            self.visible += spans
        else:
            rejected = SpanStatus.REJECTED
            shown = [i for i, status in enumerate(map(_status_of, spans)) if status is not rejected]
            if len(shown) == len(spans):
                self._keys += keys
                self.visible += spans
            else:
                self._keys += [keys[i] for i in shown]
                self.visible += [spans[i] for i in shown]
        self._pending = None

    def _count_loaded(self) -> None:
        self.counts = {status: 0 for status in SpanStatus}
        for status, number in Counter(map(_status_of, self.by_id.values())).items():
            self.counts[status] = number

    def _rebuild(self) -> None:
        spans = sorted(self.by_id.values(), key=_key)
        self.by_id = {}
        self.visible = []
        self._keys = []
        self._append(spans)

    def _shown(self, span: Span) -> bool:
        return self.show_rejected or span.status is not SpanStatus.REJECTED

    def set_show_rejected(self, show: bool) -> None:
        if show != self.show_rejected:
            self.finish()
            self.show_rejected = show
            self._rebuild()

    # -- changes

    def apply(self, changes: Iterable[SpanChange], listener: RowListener | None = None) -> None:
        """Bring the index in line with applied changes (as ``Store.apply`` returned them),
        telling ``listener`` which visible rows change, go or come.

        A partial index must hold every span the changes touch (``read_for`` before the store
        commits them): read afterwards, those spans would already hold the edit."""
        changes = list(changes)
        if not self.covers(changes):
            raise ValueError("the index was not read as far as the edit reaches")
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

    def covers(self, changes: Iterable[SpanChange]) -> bool:
        """Whether every span the changes touch lies in the stretch read so far."""
        return self._source is None or _furthest_start(changes) < self.loaded_until

    def read_for(self, changes: Iterable[SpanChange]) -> None:
        """Read as far as the changes reach, so that ``apply`` can take them."""
        self._load_to(_furthest_start(changes) + 1)

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
        return self.visible_count

    @property
    def visible_count(self) -> int:
        """How many spans are shown (rows in the table), also while the index is partial."""
        if self._source is None:
            return len(self.visible)
        counts = self.counts
        shown = counts[SpanStatus.SUGGESTED] + counts[SpanStatus.ACCEPTED]
        return shown + (counts[SpanStatus.REJECTED] if self.show_rejected else 0)

    @property
    def total(self) -> int:
        """How many spans the article has, whatever their status."""
        return len(self.by_id) if self._source is None else sum(self.counts.values())

    def get(self, span_id: int | None) -> Span | None:
        if span_id is None:
            return None
        span = self.by_id.get(span_id)
        if span is None and self._source is not None:
            self.finish()
            span = self.by_id.get(span_id)
        return span

    def row(self, span_id: int | None) -> int | None:
        span = self.get(span_id)
        if span is None or not self._shown(span):
            return None
        at = bisect_left(self._keys, _key(span))
        return at if at < len(self._keys) and self._keys[at] == _key(span) else None

    def span_at_row(self, row: int) -> Span | None:
        """The span shown in table row ``row``, read first if need be."""
        while row >= len(self.visible) and self._source is not None:
            self.load_chunk()
        return self.visible[row] if 0 <= row < len(self.visible) else None

    def overlapping(self, start: int, end: int) -> Iterator[Span]:
        """Visible spans that share at least one code point with ``[start, end)``."""
        self._load_to(end)
        return self._overlapping(start, end)

    def _overlapping(self, start: int, end: int) -> Iterator[Span]:
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
        self.finish()
        if self._pending is None:
            self._pending = [s for s in self.visible if s.status is SpanStatus.SUGGESTED]
        return self._pending

    def neighbour(self, span_id: int | None, step: int, pending_only: bool) -> Span | None:
        """The next (``step`` 1) or previous (-1) span after the given one, wrapping around.

        With no current span, the first or last one is returned."""
        if self._source is not None and span_id is not None:
            span = self.by_id.get(span_id)
            found = self._neighbour_read(span, step, pending_only) if span else None
            if found is not None:
                return found
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

    def _neighbour_read(self, span: Span, step: int, pending_only: bool) -> Span | None:
        """The neighbour short of wrapping around, reading on only as far as it takes."""
        key = _key(span)
        wanted = SpanStatus.SUGGESTED if pending_only else None
        if step < 0:
            at = bisect_left(self._keys, key) - 1
            while at >= 0:
                if wanted is None or self.visible[at].status is wanted:
                    return self.visible[at]
                at -= 1
            return None
        return self._first_from(bisect_right(self._keys, key), wanted)

    def pending_after(self, position: int) -> Span | None:
        """The first pending suggestion starting at or after ``position``, wrapping around."""
        if self._source is not None:
            at = bisect_left(self._keys, (position, -1, -1))
            found = self._first_from(at, SpanStatus.SUGGESTED)
            if found is not None:
                return found
        pool = self.pending()
        if not pool:
            return None
        at = bisect_left(pool, position, key=lambda span: span.start)
        return pool[at] if at < len(pool) else pool[0]

    def _first_from(self, at: int, wanted: SpanStatus | None) -> Span | None:
        """The first visible span from row ``at`` on (of status ``wanted``, when given),
        reading on only as far as it takes; None when there is none before the text's end."""
        while True:
            while at < len(self.visible):
                span = self.visible[at]
                if wanted is None or span.status is wanted:
                    return span
                at += 1
            if self._source is None:
                return None
            self.load_chunk()

    def to_utf16(self, index: int) -> int:
        return self.map.to_utf16(index)

    def from_utf16(self, position: int) -> int:
        return self.map.from_utf16(position)


def _furthest_start(changes: Iterable[SpanChange]) -> int:
    starts = [span.start for c in changes for span in (c.before, c.after) if span is not None]
    return max(starts, default=-1)


def _paint_rank(span: Span) -> tuple[int, int]:
    # Accepted spans win over suggestions, shorter over longer: the one a click most likely means.
    order = {SpanStatus.ACCEPTED: 0, SpanStatus.SUGGESTED: 1, SpanStatus.REJECTED: 2}
    return (order[span.status], span.end - span.start)
