"""The span rules, in one place: where a span may lie, which spans may overlap, what a label
name may be, and how a stretch of text becomes a span's bounds (snapped to whole tokens,
trimmed of spaces, grown or shrunk by a token).

Import, the analyst's actions, the store and export all ask here, so that a span one of them
accepts is never one another refuses.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from razmetka.core.model import Document, Span, SpanStatus
from razmetka.core.tokens import Token, tokens

# --- where a span may lie ---------------------------------------------------------------------


def outside(start: int, end: int, length: int) -> str | None:
    """Why ``[start, end)`` is not a span of a text of ``length`` code points, or None."""
    if 0 <= start < end <= length:
        return None
    return f"span {start}-{end} lies outside the text (length {length})"


def label_problem(name: str) -> str | None:
    """Why ``name`` cannot be a label, or None: a label is one word (formats such as brat and
    CoNLL separate fields by whitespace)."""
    if not name or any(ch.isspace() for ch in name):
        return "a label name must be non-empty and contain no spaces"
    return None


# --- which spans may overlap --------------------------------------------------------------------


def overlap_problem(first: Span, second: Span) -> str:
    """The refusal for two accepted spans that share a character."""
    return (
        f"accepted spans may not overlap: {first.label} {first.start}-{first.end} "
        f"and {second.label} {second.start}-{second.end}"
    )


def first_crossing(spans: Iterable[Span]) -> tuple[Span, Span] | None:
    """The first two spans, in text order, that share a character; None when none do."""
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    for left, right in pairwise(ordered):
        if right.start < left.end:
            return left, right
    return None


def flat(spans: Iterable[Span]) -> tuple[list[Span], list[Span]]:
    """Split spans into a flat set (no overlaps; the earlier and then longer span wins) and
    the ones that would nest in or cross it."""
    kept: list[Span] = []
    dropped: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if kept and span.start < kept[-1].end:
            dropped.append(span)
        else:
            kept.append(span)
    return kept, dropped


def document_problem(doc: Document) -> str | None:
    """Why a document cannot be stored, or None. Its spans lie in the text with label names
    that are one word; accepted spans do not overlap (pending suggestions may)."""
    text = doc.article.text
    if not text.strip():
        return "empty text"
    for span in sorted(doc.spans, key=lambda s: (s.start, s.end)):
        reason = outside(span.start, span.end, len(text))
        if reason is not None:
            return reason
        if label_problem(span.label) is not None:
            return f"span {span.start}-{span.end}: bad label {span.label!r}"
    crossing = first_crossing(s for s in doc.spans if s.status is SpanStatus.ACCEPTED)
    if crossing is None:
        return None
    left, right = crossing
    return (
        f"spans cross: {left.label} {left.start}-{left.end} ({text[left.start : left.end]!r}) "
        f"and {right.label} {right.start}-{right.end} ({text[right.start : right.end]!r})"
    )


# --- bounds from a stretch of text ----------------------------------------------------------------

# Only the text around a selection is tokenized, so snapping costs the same in a 1.5 MB article
# as in a short one.
_CONTEXT = 400

Bounds = tuple[int, int]


def _tokens_around(text: str, start: int, end: int) -> list[Token]:
    """razdel tokens of the stretch around ``[start, end)``, offsets into ``text``. The window
    is cut at whitespace so that no token is split by its edge."""
    lo = max(0, start - _CONTEXT)
    hi = min(len(text), end + _CONTEXT)
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return [Token(t.start + lo, t.end + lo, t.text) for t in tokens(text[lo:hi])]


def snap(text: str, start: int, end: int) -> Bounds | None:
    """The whole tokens that a selection touches, or None when it touches none."""
    touched = [t for t in _tokens_around(text, start, end) if t.start < end and start < t.end]
    if not touched:
        return None
    return touched[0].start, touched[-1].end


def trim(text: str, start: int, end: int) -> Bounds | None:
    """The selection without surrounding whitespace (exact characters otherwise)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def grow_start(text: str, start: int, end: int) -> Bounds | None:
    """Take in the token before the span."""
    before = [t for t in _tokens_around(text, start, end) if t.end <= start]
    return (before[-1].start, end) if before else None


def grow_end(text: str, start: int, end: int) -> Bounds | None:
    """Take in the token after the span."""
    after = [t for t in _tokens_around(text, start, end) if t.start >= end]
    return (start, after[0].end) if after else None


def shrink_start(text: str, start: int, end: int) -> Bounds | None:
    """Give up the span's first token (None when it has only one)."""
    inner = [t for t in _tokens_around(text, start, end) if start < t.start < end]
    return (inner[0].start, end) if inner else None


def shrink_end(text: str, start: int, end: int) -> Bounds | None:
    """Give up the span's last token (None when it has only one)."""
    inner = [t for t in _tokens_around(text, start, end) if start < t.end < end]
    return (start, inner[-1].end) if inner else None
