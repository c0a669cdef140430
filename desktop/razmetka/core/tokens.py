"""The one tokenizer (razdel) used by every token-level format, with code point offsets."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from razdel import sentenize, tokenize


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


def sentences(text: str) -> Iterator[list[Token]]:
    """Sentences of ``text`` as lists of tokens, offsets into ``text`` itself.

    razdel's sentences never cross a blank line in news text, but a single sentence may contain
    a line break; tokens never contain whitespace.
    """
    for sentence in sentenize(text):
        tokens = [
            Token(sentence.start + t.start, sentence.start + t.stop, t.text)
            for t in tokenize(sentence.text)
        ]
        if tokens:
            yield tokens


def tokens(text: str) -> list[Token]:
    return [Token(t.start, t.stop, t.text) for t in tokenize(text)]
