"""Find in article: where the words of a search occur in an article's text, by the same idea
of a hit as the full-text index (``core/store/search.py``, SQLite FTS5 with the ``unicode61``
tokenizer): words are runs of letters and digits (combining marks belong to the word), matched
case-insensitively, ё as е, Latin letters without their diacritics (café = cafe), every word
whole except the last typed, which is a prefix. A typed word that the index splits in several
(``foo_bar``) is several words, as the index (which keeps no positions) finds them. A hit is
the whole word of the text, so a prefix hit shows the word it begins.

Offsets are code point indexes into the text (the offset contract of ``docs/formats.md``); the
text view converts them to UTF-16 for Qt (``core/text.Utf16Map``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from razmetka.core.store.search import entity_query, typed_words

_MARKS = "\u0300-\u036f"  # combining diacritical marks: part of a word, dropped when matching
_TOKEN_CHAR = rf"(?:[^\W_]|[{_MARKS}])"
# Latin letters lose their diacritics in the index (remove_diacritics 2); other scripts keep
# them (й stays й), except ё, which the store writes as е.
_LATIN_RANGES = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))


# Accented letters the index's own table keeps as they are (it folds their siblings).
_KEPT = frozenset("\u01e0\u01e1")
# The scripts whose letters are grouped by how they fold; others match their own case pair.
_GROUPED = ((0x0030, 0x007A), *_LATIN_RANGES, (0x0370, 0x03FF), (0x0400, 0x04FF))


def fold(char: str) -> str:
    """A letter as the index compares it: lower case, ё as е, a Latin letter without its
    diacritics; a combining mark folds to nothing."""
    if unicodedata.category(char) == "Mn":
        return ""
    lower = char.lower() if len(char.lower()) == 1 else char
    if lower == "ё":
        return "е"
    if char not in _KEPT and any(first <= ord(lower) <= last for first, last in _LATIN_RANGES):
        base = unicodedata.normalize("NFD", lower)[0].replace("ſ", "s")  # ẛ: s, as ſ
        if base.isascii():
            return base.lower()
    return "s" if lower == "ſ" else lower


@cache
def _same_letters() -> dict[str, frozenset[str]]:
    """For each folded letter, the letters that fold to it (е: е, Е, ё, Ё; e: e, E, é, É…)."""
    groups: dict[str, set[str]] = {}
    for first, last in _GROUPED:
        for code in range(first, last + 1):
            char = chr(code)
            folded = fold(char)
            if len(folded) == 1:
                groups.setdefault(folded, {folded}).add(char)
    return {letter: frozenset(chars) for letter, chars in groups.items()}


def _letter_pattern(letter: str) -> str:
    same = _same_letters().get(letter)
    if same is None:  # outside the grouped scripts: the letter in either case
        upper = letter.upper()
        same = frozenset((letter, upper) if len(upper) == 1 else (letter,))
    if len(same) == 1:
        return re.escape(letter)
    return "[" + "".join(re.escape(c) for c in sorted(same)) + "]"


def _token_pattern(token: str) -> str:
    letters = [fold(c) for c in token]
    return f"[{_MARKS}]*".join(_letter_pattern(c) for c in letters if c) + f"[{_MARKS}]*"


# A text without these (Latin letters with diacritics, combining marks, ſ, Greek with its
# final sigma) folds as a whole, in C: lower case and ё as е, each letter still one letter.
_FOLDS_LETTER_BY_LETTER = re.compile(f"[\u00c0-\u024f\u1e00-\u1eff{_MARKS}\u017f\u0370-\u03ff]")
_PLAIN_TOKEN_CHAR = r"[^\W_]"


def _folded_whole(text: str) -> str | None:
    """``text`` as the index compares it, offset for offset; None when that takes folding
    letter by letter."""
    if _FOLDS_LETTER_BY_LETTER.search(text):
        return None
    lower = text.lower()
    return lower.replace("ё", "е") if len(lower) == len(text) else None


def _plain_pattern(word: str, last: bool) -> str:
    """A word's pattern on a folded text: the literal word, which ``re`` finds quickly; the
    letter before is looked for behind it, once it is found."""
    literal = re.escape("".join(fold(c) for c in word))
    body = literal + f"(?<!{_PLAIN_TOKEN_CHAR}{literal})"
    return body + (f"{_PLAIN_TOKEN_CHAR}*" if last else f"(?!{_PLAIN_TOKEN_CHAR})")


class Finder:
    """The hits of one search in any text: ``hits(text)``."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        patterns = []
        for number, word in enumerate(words):
            last = number == len(words) - 1
            # The last word typed is a prefix: the hit runs to the end of the text's word.
            end = f"{_TOKEN_CHAR}*" if last else f"(?!{_TOKEN_CHAR})"
            patterns.append(f"(?<!{_TOKEN_CHAR}){_token_pattern(word)}{end}")
        self._each = [re.compile(pattern) for pattern in patterns]
        self._pattern = re.compile("|".join(patterns))
        count = len(words)
        plain = [_plain_pattern(w, n == count - 1) for n, w in enumerate(words)]
        self._each_plain = [re.compile(pattern) for pattern in plain]
        self._plain = re.compile("|".join(plain))

    def hits(self, text: str) -> list[tuple[int, int]]:
        """(start, end) code point offsets of every hit in ``text``, in order."""
        folded = _folded_whole(text)
        if folded is not None:  # ten times quicker: 5 ms for 1.5 MB
            return [match.span() for match in self._plain.finditer(folded)]
        return [match.span() for match in self._pattern.finditer(text)]

    def finds_every_word(self, text: str) -> bool:
        """Whether every word typed occurs in ``text``: what the index asks of an article."""
        folded = _folded_whole(text)
        if folded is not None:
            return all(pattern.search(folded) for pattern in self._each_plain)
        return all(pattern.search(text) for pattern in self._each)


def finder(query: str) -> Finder | None:
    """A finder for what was typed in the search box; None when it has no words to find (an
    empty box, a search by entity)."""
    if entity_query(query.strip()) is not None:
        return None
    words = typed_words(query)
    return Finder(words) if words else None


def find_hits(query: str, text: str) -> list[tuple[int, int]]:
    """The hits of ``query`` in ``text``: (start, end) code point offsets, in order."""
    found = finder(query)
    return found.hits(text) if found is not None else []
