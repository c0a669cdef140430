"""The one tokenizer (razdel) used by every token-level format, with code point offsets.

razdel is imported with the first text tokenized, not with the program: the window loads this
module at start (its span rules snap to tokens) but tokenizes nothing until a span is drawn or
resized, and razdel builds its rules when imported (6 ms of a start on a 2-core machine).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple


class Token(NamedTuple):  # a tuple: an export makes one per word, millions of them
    start: int
    end: int
    text: str


def sentences(text: str) -> Iterator[list[Token]]:
    """Sentences of ``text`` as lists of tokens, offsets into ``text`` itself.

    razdel's sentences never cross a blank line in news text, but a single sentence may contain
    a line break; tokens never contain whitespace.
    """
    from razdel import sentenize, tokenize

    for sentence in sentenize(text):
        tokens = [
            Token(sentence.start + t.start, sentence.start + t.stop, t.text)
            for t in tokenize(sentence.text)
        ]
        if tokens:
            yield tokens


def tokens(text: str) -> list[Token]:
    from razdel import tokenize

    return [Token(t.start, t.stop, t.text) for t in tokenize(text)]
