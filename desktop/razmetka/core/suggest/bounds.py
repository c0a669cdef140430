"""Boundary conventions learned from the analyst's corrections of suggested bounds.

natasha and an analyst's team often agree on a name and differ on where it ends: the team may
leave out a type word («ОАО «Газпром»» → «Газпром», «Тверской площади» → «Тверской») or take
in a word natasha leaves out («японского МИДа», «Голос Америки»). Each correction is one of
four changes at a suggestion's edge — its first or last word dropped, the word before or after
it taken in — and is counted under that word's lemma («оао», «площадь») and under its kind
(``morph.shape``: «lower:ADJF» for any lower-case adjective). Every suggestion accepted with
its own bounds counts against the changes it could have had. A change is made to a new
suggestion when its evidence is clear: at least ``CLEAR_DECISIONS`` (2) corrections and at
least ``CLEAR_RATIO`` (3) times as many as suggestions kept as they were, the same rule the
learned labels follow (``learned.py``). The word's lemma decides where it has any evidence,
its kind only where the lemma has none, and a kind needs ``KIND_DECISIONS`` (5) corrections:
it speaks for words never decided on, and on the development gold two corrections of a kind
(«японского МИДа», «российского Минсельхоза») were followed by more wrong extensions («правого
Национального фронта», «нового Конгресса») than right ones. Nothing here names a word:
everything comes from the store's decisions.
"""

from __future__ import annotations

import bisect
import enum
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial

from razmetka.core import morph, occurrences
from razmetka.core.model import Suggestion
from razmetka.core.occurrences import Word
from razmetka.core.store.lessons import BoundsLesson
from razmetka.core.suggest import notes
from razmetka.core.suggest.learned import CLEAR_DECISIONS, CLEAR_RATIO

_QUOTES = frozenset("«»\"„“”'")

KIND_DECISIONS = 5


class Change(str, enum.Enum):
    DROP_FIRST = "drop first"
    DROP_LAST = "drop last"
    TAKE_BEFORE = "take before"
    TAKE_AFTER = "take after"

    def __str__(self) -> str:
        return self.value


# A change, the suggestion's label and the lemma («lemma:оао») or kind it is counted under.
Evidence = tuple[Change, str, str]


def _evidence(change: Change, label: str, word: str) -> list[Evidence]:
    """The keys a change at ``word`` is counted under, the most particular first."""
    return [
        (change, label, f"lemma:{morph.head_lemma(word)}"),
        (change, label, f"kind:{morph.shape(word)}"),
    ]


@dataclass(frozen=True)
class Edges:
    """A span's words and the words beside it (None where a line break, punctuation or the
    text's edge is there instead: a change never reaches across those)."""

    inside: list[Word]
    before: Word | None
    after: Word | None


def edges(text: str, words: Sequence[Word], start: int, end: int) -> Edges:
    first = bisect.bisect_left(words, start, key=lambda w: w.start)
    last = bisect.bisect_left(words, end, key=lambda w: w.start)
    inside = [w for w in words[first:last] if w.end <= end]
    before = words[first - 1] if first > 0 else None
    after = words[last] if last < len(words) else None
    if before is not None and not _joined(text, before.end, start, before):
        before = None
    if after is not None and not _joined(text, end, after.start, after):
        after = None
    return Edges(inside, before, after)


# How far to look beside a span for the word next to it (longer words are rare in news), and
# that word: letters and digits with inner hyphens, one space from the span.
_BESIDE = 30
_WORD_BEFORE = re.compile(r"(?<![\w-])[^\W_](?:[\w-]*\w)? $")
_WORD_AFTER = re.compile(r" ([^\W_](?:[\w-]*\w)?)(?![\w-])")


def edges_around(text: str, start: int, end: int) -> Edges:
    """:func:`edges` without tokenizing all of ``text``: the span's own words, and the word
    on each side found by a pattern (a fifth of the cost for a window of 40 characters on
    each side, which matters when every accepted span of a corpus is read)."""
    inside = [
        w._replace(start=w.start + start, end=w.end + start)
        for w in occurrences.words(text[start:end])
    ]
    left = max(0, start - _BESIDE)
    found = _WORD_BEFORE.search(text, left, start)
    before = _word(text, found.start(), found.end() - 1) if found else None
    found = _WORD_AFTER.match(text, end, end + _BESIDE)
    after = _word(text, found.start(1), found.end(1)) if found else None
    return Edges(inside, before, after)


def _word(text: str, start: int, end: int) -> Word:
    return Word(start, end, text[start:end], text[start].isupper())


def _joined(text: str, gap_start: int, gap_end: int, word: Word) -> bool:
    """Whether ``word`` could belong to the name beside it: a word, one space away."""
    return text[gap_start:gap_end] == " " and any(ch.isalnum() for ch in word.text)


def changes_made(
    text: str, words: Sequence[Word], suggested: tuple[int, int], accepted: tuple[int, int]
) -> list[tuple[Change, Word]]:
    """The edge changes that turn ``suggested`` into ``accepted``, each with its word. A
    correction that is not made of them (a span moved elsewhere) gives none."""
    where = edges(text, words, *suggested)
    made: list[tuple[Change, Word]] = []
    (s_start, s_end), (a_start, a_end) = suggested, accepted
    if a_start > s_start:
        dropped = [w for w in where.inside if w.end <= a_start]
        if dropped and dropped[0].text not in _QUOTES:
            made.append((Change.DROP_FIRST, dropped[0]))
    elif a_start < s_start and where.before is not None and where.before.start == a_start:
        made.append((Change.TAKE_BEFORE, where.before))
    if a_end < s_end:
        dropped = [w for w in where.inside if w.start >= a_end]
        if dropped and dropped[-1].text not in _QUOTES:
            made.append((Change.DROP_LAST, dropped[-1]))
    elif a_end > s_end and where.after is not None and where.after.end == a_end:
        made.append((Change.TAKE_AFTER, where.after))
    return made


def changes_possible(where: Edges) -> list[tuple[Change, Word]]:
    """The edge changes a suggestion with these edges could have had."""
    possible: list[tuple[Change, Word]] = []
    if len(where.inside) > 1:
        possible += [(Change.DROP_FIRST, where.inside[0]), (Change.DROP_LAST, where.inside[-1])]
    if where.before is not None:
        possible.append((Change.TAKE_BEFORE, where.before))
    if where.after is not None:
        possible.append((Change.TAKE_AFTER, where.after))
    return possible


@dataclass
class BoundsLexicon:
    """Counts of each edge change made (``made``) and not made where it could have been
    (``kept``), by lemma and by kind of word."""

    made: Counter[Evidence] = field(default_factory=Counter)
    kept: Counter[Evidence] = field(default_factory=Counter)

    def __bool__(self) -> bool:
        return bool(self.made)

    def learn_correction(
        self,
        text: str,
        label: str,
        suggested: tuple[int, int],
        accepted: tuple[int, int],
        times: int = 1,
    ) -> None:
        """A suggestion labelled ``label`` at ``suggested`` whose bounds the analyst made
        ``accepted``, in ``text``."""
        for change, word in changes_made(text, occurrences.words(text), suggested, accepted):
            for key in _evidence(change, label, word.text):
                self.made[key] += times

    def learn_kept(self, text: str, label: str, start: int, end: int, times: int = 1) -> None:
        """A suggestion accepted with its own bounds."""
        for change, word in changes_possible(edges_around(text, start, end)):
            for key in _evidence(change, label, word.text):
                self.kept[key] += times

    def record(self, change: Change, label: str, word: str) -> tuple[int, int] | None:
        """Corrections and kept suggestions that bear on ``change`` at ``word`` for a
        suggestion labelled ``label``: the lemma's when it has any, else its kind's; None
        when neither has any."""
        for key in _evidence(change, label, word):
            made, kept = self.made[key], self.kept[key]
            if made or kept:
                return made, kept
        return None

    def clearly(self, change: Change, label: str, word: str) -> bool:
        record = self.record(change, label, word)
        if record is None:
            return False
        made, kept = record
        return made >= self._needed(change, label, word) and made >= CLEAR_RATIO * kept

    def clear(self) -> list[tuple[Evidence, int, int]]:
        """Every change, label and lemma or kind whose record is clear, with its counts."""
        found = []
        for key, made in sorted(self.made.items()):
            needed = CLEAR_DECISIONS if key[2].startswith("lemma:") else KIND_DECISIONS
            if made >= needed and made >= CLEAR_RATIO * self.kept[key]:
                found.append((key, made, self.kept[key]))
        return found

    def _needed(self, change: Change, label: str, word: str) -> int:
        """Corrections a change needs: more when only the word's kind speaks for it."""
        by_lemma = _evidence(change, label, word)[0]
        known = self.made[by_lemma] or self.kept[by_lemma]
        return CLEAR_DECISIONS if known else KIND_DECISIONS

    def adjust(
        self, text: str, words: Sequence[Word], suggestions: Iterable[Suggestion]
    ) -> list[Suggestion]:
        """``suggestions`` with the clearly learned edge changes made; a change never takes in
        a word another suggestion holds."""
        given = list(suggestions)
        if not self.made:
            return given
        taken = {(s.start, s.end) for s in given}
        held = [(s.start, s.end) for s in given]
        adjusted = []
        for s in given:
            changed = self._adjusted(text, words, s, held)
            if changed is not s and (changed.start, changed.end) in taken:
                changed = s
            adjusted.append(changed)
        return adjusted

    def _adjusted(
        self, text: str, words: Sequence[Word], s: Suggestion, held: list[tuple[int, int]]
    ) -> Suggestion:
        where = edges(text, words, s.start, s.end)
        start, end, done = s.start, s.end, []
        before, after = (_free(w, held) for w in (where.before, where.after))
        clearly = partial(self.clearly, label=s.label)
        if len(where.inside) > 1 and clearly(Change.DROP_FIRST, word=where.inside[0].text):
            start, done = where.inside[1].start, [(notes.LEFT_OUT, where.inside[0].text)]
        elif before is not None and clearly(Change.TAKE_BEFORE, word=before.text):
            start, done = before.start, [(notes.TAKEN_IN, before.text)]
        inside = [w for w in where.inside if w.start >= start]
        if len(inside) > 1 and clearly(Change.DROP_LAST, word=inside[-1].text):
            end = inside[-2].end
            done.append((notes.LEFT_OUT, inside[-1].text))
        elif after is not None and clearly(Change.TAKE_AFTER, word=after.text):
            end = after.end
            done.append((notes.TAKEN_IN, after.text))
        if not done:
            return s
        start, end = _unquoted(words, start, end)
        return s._replace(start=start, end=end, normal=None, note=s.note or notes.bounds(done))


def _free(word: Word | None, held: list[tuple[int, int]]) -> Word | None:
    """``word`` unless another suggestion holds it."""
    if word is None or any(start < word.end and word.start < end for start, end in held):
        return None
    return word


def _unquoted(words: Sequence[Word], start: int, end: int) -> tuple[int, int]:
    """Bounds without quotes that now enclose the whole span («ОАО «Газпром»» less «ОАО»), or
    that a change left without their partner («ОАО «Газпром» less «ОАО»)."""
    inside = [w for w in words if w.start >= start and w.end <= end]
    while len(inside) >= 3 and inside[0].text in _QUOTES and inside[-1].text in _QUOTES:
        inside = inside[1:-1]
    if len(inside) > 1 and _lone_quote(inside[0], inside[1:]):
        inside = inside[1:]
    if len(inside) > 1 and _lone_quote(inside[-1], inside[:-1]):
        inside = inside[:-1]
    return (inside[0].start, inside[-1].end) if inside else (start, end)


def _lone_quote(word: Word, others: Sequence[Word]) -> bool:
    return word.text in _QUOTES and not any(w.text in _QUOTES for w in others)


def from_lessons(corrected: Iterable[BoundsLesson], kept: Iterable[BoundsLesson]) -> BoundsLexicon:
    """The conventions the store's bounds lessons teach (``store.lessons.corrected_bounds``
    and ``kept_bounds``); the kept ones are read only when some correction was made."""
    lexicon = BoundsLexicon()
    for lesson in corrected:
        lexicon.learn_correction(lesson.text, lesson.label, lesson.suggested, lesson.accepted)
    if lexicon:
        for lesson in kept:
            lexicon.learn_kept(lesson.text, lesson.label, *lesson.suggested)
    return lexicon
