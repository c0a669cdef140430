"""Where an entity occurs in a text, in any of its case forms.

A text is tokenized once (razdel) and each token looked up in the lemma cache; an entity
occurs where its tokens follow one another, each sharing a lemma with the entity's token at that
place, on one line, with capitalisation that agrees: a token the entity writes with a capital
matches only capitalised tokens, so «Лавров» finds «Лаврова» and not «лавры». An
:class:`Index` finds many entities in one pass, looking each token up by its lemmas.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from razmetka.core import morph
from razmetka.core.tokens import tokens

Bounds = tuple[int, int]
V = TypeVar("V", bound=Hashable)


@dataclass(frozen=True)
class Word:
    """A token of a text with what matching needs: its offsets, lemmas and capital."""

    start: int
    end: int
    lemmas: morph.Key
    capital: bool


@dataclass(frozen=True)
class Pattern:
    """An entity as a sequence of token keys, with where it demands a capital."""

    keys: tuple[morph.Key, ...]
    capitals: tuple[bool, ...]

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


def pattern(entity: str | Sequence[str]) -> Pattern:
    """The pattern of an entity written as text or given as its tokens."""
    words = [t.text for t in tokens(entity)] if isinstance(entity, str) else list(entity)
    return Pattern(morph.key(words), tuple(_capital(w) for w in words))


def words(text: str) -> list[Word]:
    """The tokens of ``text`` with their lemmas: the one pass over a text that matching needs."""
    return [Word(t.start, t.end, morph.lemmas(t.text), _capital(t.text)) for t in tokens(text)]


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

    def __len__(self) -> int:
        return self._size

    def add(self, pat: Pattern, value: V) -> None:
        if not pat.keys:
            return
        for lemma in pat.keys[0]:
            self._by_lemma.setdefault(lemma, []).append((pat, value))
        self._size += 1

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
