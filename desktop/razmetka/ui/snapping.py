"""Token arithmetic for selections and span edges (razdel tokens, code point offsets).

Only the text around the selection is tokenized, so snapping costs the same in a 1.5 MB article
as in a short one.
"""

from __future__ import annotations

from razmetka.core.tokens import Token, tokens

_CONTEXT = 400


def _tokens_around(text: str, start: int, end: int) -> list[Token]:
    """razdel tokens of the stretch around ``[start, end)``, offsets into ``text``.

    The window is cut at whitespace so that no token is split by its edge."""
    lo = max(0, start - _CONTEXT)
    hi = min(len(text), end + _CONTEXT)
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return [Token(t.start + lo, t.end + lo, t.text) for t in tokens(text[lo:hi])]


def snap(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The whole tokens that a selection touches, or None when it touches none."""
    touched = [t for t in _tokens_around(text, start, end) if t.start < end and start < t.end]
    if not touched:
        return None
    return touched[0].start, touched[-1].end


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The selection without surrounding whitespace (exact characters otherwise)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def grow_start(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Take in the token before the span."""
    before = [t for t in _tokens_around(text, start, end) if t.end <= start]
    return (before[-1].start, end) if before else None


def grow_end(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Take in the token after the span."""
    after = [t for t in _tokens_around(text, start, end) if t.start >= end]
    return (start, after[0].end) if after else None


def shrink_start(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Give up the span's first token (None when it has only one)."""
    inner = [t for t in _tokens_around(text, start, end) if start < t.start < end]
    return (inner[0].start, end) if inner else None


def shrink_end(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Give up the span's last token (None when it has only one)."""
    inner = [t for t in _tokens_around(text, start, end) if start < t.end < end]
    return (start, inner[-1].end) if inner else None
