"""Spans on razdel tokens, for the formats that list tokens: each article's sentences (with
tokens cut at whitespace, which column formats cannot hold), spans snapped to the tokens they
touch or left out, and sentences joined where an accepted span runs across a break."""

from __future__ import annotations

import re
from collections.abc import Iterator

from razmetka.core.formats.common import TokenIndex
from razmetka.core.model import Span, SpanStatus
from razmetka.core.report import (
    LEFT_OUT,
    NO_TOKEN,
    OUTCOMES,
    SNAPPED,
    WOULD_OVERLAP,
    MisalignedSpan,
    Problem,
)
from razmetka.core.rules import first_crossing
from razmetka.core.tokens import Token, sentences

_SPACE = re.compile(r"\s+")


def article_sentences(text: str) -> list[list[Token]]:
    """razdel's sentences and tokens, with any token that holds whitespace (a no-break space
    inside a number, say) cut at it: column formats separate fields by whitespace."""
    out = []
    for sentence in sentences(text):
        if not _SPACE.search("".join([token.text for token in sentence])):
            out.append(sentence)  # nearly always: one search a sentence, not one a token
            continue
        tokens: list[Token] = []
        for token in sentence:
            if _SPACE.search(token.text):
                tokens += _cut_at_spaces(token)
            else:
                tokens.append(token)
        if tokens:
            out.append(tokens)
    return out


def _cut_at_spaces(token: Token) -> Iterator[Token]:
    start = 0
    for match in _SPACE.finditer(token.text):
        if match.start() > start:
            yield Token(
                token.start + start, token.start + match.start(), token.text[start : match.start()]
            )
        start = match.end()
    if start < len(token.text):
        yield Token(token.start + start, token.end, token.text[start:])


def align(
    name: str,
    text: str,
    spans: list[Span],
    index: TokenIndex,
    mode: str,
    problems: list[Problem],
    overlap_ok: bool = False,
) -> list[Span]:
    """Spans on token boundaries. One that is not is snapped out to the tokens it touches or
    left out (``mode``); either way it is reported. Snapping never makes spans overlap: a
    snapped span that would is left out."""
    out: list[Span] = []
    for span in spans:
        covered = index.covered(span.start, span.end)
        surface = text[span.start : span.end]
        if covered is None:
            problems.append(_misaligned(name, span, surface, NO_TOKEN))
            continue
        start, end = index.starts[covered[0]], index.ends[covered[1] - 1]
        if (start, end) != (span.start, span.end):
            if mode == "skip":
                problems.append(_misaligned(name, span, surface, LEFT_OUT))
                continue
            snapped = span.with_(start=start, end=end)
            if not overlap_ok and out and first_crossing([out[-1], snapped]) is not None:
                problems.append(_misaligned(name, span, surface, WOULD_OVERLAP))
                continue
            problems.append(_misaligned(name, span, surface, SNAPPED, text[start:end]))
            span = snapped
        out.append(span)
    return out


def _misaligned(name: str, span: Span, surface: str, detail: str, snapped_to: str = "") -> Problem:
    status = "" if span.status is SpanStatus.ACCEPTED else f"{span.status.value} "
    outcome = OUTCOMES[detail].format(snapped_to)
    return MisalignedSpan(
        name,
        f"{span.start}-{span.end}",
        f"{status}{span.label} {surface!r} is not on token boundaries: {outcome}",
        "snapped" if detail == SNAPPED else "left out",
        detail=detail,
        label=span.label,
        surface=surface,
        status=span.status.value,
        snapped_to=snapped_to,
    )


def joined_sentences(token_sentences: list[list[Token]], spans: list[Span]) -> list[list[Token]]:
    """Sentences with those that a span runs across joined into one, so that no entity is cut
    in two by a sentence break (razdel can break inside a name such as "Акорда\\n\\nУчастие")."""
    if not spans or len(token_sentences) < 2:
        return token_sentences
    out: list[list[Token]] = []
    spans_iter = iter(spans)
    span = next(spans_iter, None)
    for sentence in token_sentences:
        while span is not None and span.end <= sentence[0].start:
            span = next(spans_iter, None)
        if out and span is not None and span.start < out[-1][-1].end < span.end:
            out[-1] = out[-1] + sentence
        else:
            out.append(sentence)
    return out
