"""Where an entity occurs in a text, in any of its case forms.

A text is tokenized once (razdel) and each token looked up in the lemma cache; an entity
occurs where its tokens follow one another, each sharing a lemma with the entity's token at that
place, on one line, with capitalisation that agrees: a token the entity writes with a capital
matches only capitalised tokens, so «Лавров» finds «Лаврова» and not «лавры». An
:class:`Index` finds many entities in one pass, looking each token up by its lemmas.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, NamedTuple, TypeVar

from razmetka.core import morph
from razmetka.core.tokens import Token, tokens

Bounds = tuple[int, int]
V = TypeVar("V", bound=Hashable)


class Word(NamedTuple):  # a tuple: a text has hundreds, made afresh for every article
    """A token of a text with what matching needs: its offsets, capital and lemmas. Lemmas
    are looked up only when asked for: most tokens of a text are never compared."""

    start: int
    end: int
    text: str
    capital: bool

    @property
    def lemmas(self) -> morph.Key:
        return morph.lemmas(self.text)


@dataclass(frozen=True)
class Pattern:
    """An entity as a sequence of token keys, with where it demands a capital."""

    keys: tuple[morph.Key, ...]
    capitals: tuple[bool, ...]
    first: str = ""  # the first token as written: how its occurrences may begin

    def __len__(self) -> int:
        return len(self.keys)


@dataclass(frozen=True)
class Match(Generic[V]):
    start: int
    end: int
    value: V
    pattern: Pattern


def _capital(text: str) -> bool:
    return text[:1].isupper()


def token_texts(entity: str | Sequence[str]) -> list[str]:
    """An entity's tokens: razdel's for a text, as given for a sequence."""
    return [t.text for t in tokens(entity)] if isinstance(entity, str) else list(entity)


def pattern(entity: str | Sequence[str]) -> Pattern:
    """The pattern of an entity written as text or given as its tokens."""
    words = token_texts(entity)
    return Pattern(morph.key(words), tuple(_capital(w) for w in words), words[0] if words else "")


def texts_within(seq: Sequence[Word], start: int, end: int) -> list[str]:
    """The tokens of ``seq`` inside ``[start, end)``: a span of a text already tokenized,
    without tokenizing it again."""
    lo = bisect.bisect_left(seq, start, key=lambda w: w.start)
    following = itertools.islice(seq, lo, None)
    return [w.text for w in itertools.takewhile(lambda w: w.end <= end, following)]


def words(text: str, tokenized: Iterable[Token] | None = None) -> list[Word]:
    """The tokens of ``text`` ready for matching: the one pass over a text that matching
    needs. ``tokenized`` is razdel's tokens of ``text`` when the caller has them already."""
    found = tokens(text) if tokenized is None else tokenized
    return [Word(t.start, t.end, t.text, _capital(t.text)) for t in found]


def _agrees(word: Word, key: morph.Key, capital: bool) -> bool:
    return (word.capital or not capital) and not word.lemmas.isdisjoint(key)


def _matches_at(text: str, seq: Sequence[Word], i: int, pat: Pattern) -> bool:
    """Whether ``pat`` occurs at token ``i``, every token in order and none across a line."""
    if i + len(pat) > len(seq):
        return False
    for offset, (key, capital) in enumerate(zip(pat.keys, pat.capitals, strict=True)):
        word = seq[i + offset]
        if not _agrees(word, key, capital):
            return False
        if offset and "\n" in text[seq[i + offset - 1].end : word.start]:
            return False
    return True


class Index(Generic[V]):
    """Many entities, found together: each pattern is filed under its first token's lemmas, so
    a text token costs a few dictionary look-ups however many entities there are."""

    def __init__(self) -> None:
        self._by_lemma: dict[str, list[tuple[Pattern, V]]] = {}
        self._size = 0
        # Looking a new word up in the dictionary is the one real cost of matching, so a token
        # is looked up only when it begins as a form of some pattern's first token may; a lower
        # case token can start only a pattern whose first token is lower case too.
        self._starts: set[str] = set()
        self._lower_starts: set[str] = set()

    def __len__(self) -> int:
        return self._size

    def add(self, pat: Pattern, value: V) -> None:
        if not pat.keys:
            return
        for lemma in pat.keys[0]:
            self._by_lemma.setdefault(lemma, []).append((pat, value))
        starts = morph.starts(pat.first)
        self._starts |= starts
        if not pat.capitals[0]:
            self._lower_starts |= starts
        self._size += 1

    def may_start(self, text: str) -> bool:
        """Whether a token written ``text`` may begin an occurrence of some pattern here
        (cheap: no dictionary look-up)."""
        starts = self._starts if _capital(text) else self._lower_starts
        return morph.start(text) in starts

    def filed_under(self, key: morph.Key) -> list[tuple[Pattern, V]]:
        """The patterns whose first token shares a lemma with ``key``, each once."""
        # A dict keeps the order and drops an entity reached through two shared lemmas.
        found: dict[tuple[Pattern, V], None] = {}
        for lemma in key:
            for entry in self._by_lemma.get(lemma, ()):
                found[entry] = None
        return list(found)

    def find(self, text: str, seq: Sequence[Word] | None = None) -> list[Match[V]]:
        """Every occurrence of every pattern in ``text`` (they may overlap), in text order.
        ``seq`` is ``words(text)`` when the caller has it already."""
        seq = words(text) if seq is None else seq
        found: list[Match[V]] = []
        for i, word in enumerate(seq):
            if not self.may_start(word.text):
                continue
            for pat, value in self.filed_under(word.lemmas):
                if _matches_at(text, seq, i, pat):
                    found.append(Match(word.start, seq[i + len(pat) - 1].end, value, pat))
        return found


def find(text: str, entity: str | Sequence[str]) -> list[Bounds]:
    """Every occurrence of ``entity`` in ``text`` as code point ``(start, end)`` offsets."""
    index: Index[int] = Index()
    index.add(pattern(entity), 0)
    return [(m.start, m.end) for m in index.find(text)]


def find_many(text: str, entities: Iterable[str]) -> dict[str, list[Bounds]]:
    """Occurrences of each entity, in one pass over ``text``."""
    index: Index[str] = Index()
    result: dict[str, list[Bounds]] = {}
    for entity in entities:
        result[entity] = []
        index.add(pattern(entity), entity)
    for match in index.find(text):
        result[match.value].append((match.start, match.end))
    return result


def longest_first(matches: Iterable[Match[V]]) -> list[Match[V]]:
    """A flat set of matches: at each place the longest wins, later ones that overlap it go."""
    kept: list[Match[V]] = []
    for match in sorted(matches, key=lambda m: (m.start, -m.end)):
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept
