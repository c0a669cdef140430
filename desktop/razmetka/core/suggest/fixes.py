"""Rules that fix natasha's typical errors: pure functions from (text, suggestions) to suggestions.

Each rule looks only at the article's text and the suggestions it is given, so it holds for any
news text. ``apply`` runs them in order; ``default_rules`` is the order natasha's suggester uses.
Why each rule exists and what it changes on the development gold: docs/suggestions.md.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial

from razmetka.core.model import Suggestion
from razmetka.core.suggest import notes

Rule = Callable[[str, list[Suggestion]], list[Suggestion]]
# The dictionary forms a word may have, the word itself (lower case) among them: two words are
# the same name when their sets share a form, which survives the morphology guessing a foreign
# surname's lemma differently in different cases.
Lemmas = Callable[[str], frozenset[str]]

_OPENERS = {")": "(", "]": "[", "}": "{", "»": "«", "“": "„", "”": "“"}
_SAME_QUOTES = "\"'"
_LINE_BREAK = re.compile(r"\s*\n\s*")
# A word for name matching: letters and digits, inner hyphens and apostrophes kept.
_WORD = re.compile(r"[^\W_](?:[\w\u0300-\u036f]|['’-](?=\w))*")
_LIST_SEPARATOR = re.compile(r"\s*[•·|;]\s*|,\s+")


def apply(text: str, suggestions: Sequence[Suggestion], rules: Sequence[Rule]) -> list[Suggestion]:
    """Run ``rules`` in order; the result is sorted and free of duplicates."""
    fixed = list(suggestions)
    for rule in rules:
        fixed = rule(text, fixed)
    return _sorted_unique(fixed)


def default_rules(lemmas: Lemmas, is_common: Callable[[str], bool]) -> list[tuple[str, Rule]]:
    """Every rule with its name, in the order they run: spans are cut and cleaned first, names
    matched on clean spans last. ``is_common`` tells a word the dictionary knows only as a
    common word."""
    return [
        ("within_line", within_line),
        ("split_parenthesised", split_parenthesised),
        ("split_lists", split_lists),
        ("trim_edges", trim_edges),
        ("drop_sentence_starts", partial(drop_sentence_starts, lemmas=lemmas, is_common=is_common)),
        ("repeat_names", partial(repeat_names, lemmas=lemmas)),
        ("flag_label_conflicts", partial(flag_label_conflicts, lemmas=lemmas)),
    ]


# --- line breaks ------------------------------------------------------------------------------


def within_line(text: str, suggestions: list[Suggestion]) -> list[Suggestion]:
    """natasha can run an entity across a line break ("Акорда\\n\\nУчастие"); a news entity
    never spans lines (the next line is a new paragraph or headline), so keep the first line."""
    kept = (_first_line(text, s) for s in suggestions)
    return [s for s in kept if s is not None]


def _first_line(text: str, s: Suggestion) -> Suggestion | None:
    surface = text[s.start : s.end]
    if "\n" not in surface:
        return s
    first = _LINE_BREAK.split(surface.strip())[0]
    if not first:
        return None
    start = s.start + surface.index(first)
    return _part(s, start, start + len(first), _leading_words(s.normal, len(first.split())))


# --- one span that holds several names ------------------------------------------------------------


def split_parenthesised(text: str, suggestions: list[Suggestion]) -> list[Suggestion]:
    """ "Комитет защиты журналистов (КЗЖ)", "Джоэл Саймон (Joel Simon)": news gives a name's
    abbreviation or original spelling in brackets; natasha tags both as one span, but they are
    two mentions of the same label."""
    return [part for s in suggestions for part in _parenthesised_parts(text, s)]


def _parenthesised_parts(text: str, s: Suggestion) -> list[Suggestion]:
    surface = text[s.start : s.end]
    opening = surface.find("(")
    closing = surface.find(")")
    # Only "name (alias)" or "name (alias" with natasha stopping short: a bracket in the
    # middle ("X (Y) Z") is left for the analyst.
    if opening <= 0 or closing not in (-1, len(surface) - 1):
        return [s]
    before = s.start + len(surface[:opening].rstrip())
    normal_before, _, normal_inside = (s.normal or "").partition("(")
    parts = [_part(s, s.start, before, normal_before.strip() or None)]
    inner_end = s.end - 1 if closing != -1 else s.end
    if text[s.start + opening + 1 : inner_end].strip():
        normal = normal_inside.rstrip(") ") or None
        parts.append(_part(s, s.start + opening + 1, inner_end, normal))
    return parts


def split_lists(text: str, suggestions: list[Suggestion]) -> list[Suggestion]:
    """ "Монако • Намибия", "Овечкин, Фёдоров": a list of names read as one span is split at
    bullets, bars, semicolons and commas (not inside quotes or brackets, where a company name
    may hold a comma)."""
    return [part for s in suggestions for part in _list_parts(text, s)]


def _list_parts(text: str, s: Suggestion) -> list[Suggestion]:
    surface = text[s.start : s.end]
    cuts = [m for m in _LIST_SEPARATOR.finditer(surface) if _at_top_level(surface, m.start())]
    if not cuts:
        return [s]
    parts, start = [], 0
    for cut in [*cuts, None]:
        end = cut.start() if cut is not None else len(surface)
        if surface[start:end].strip():
            parts.append(_part(s, s.start + start, s.start + end, None))
        start = cut.end() if cut is not None else end
    normals = s.normal.split(", ") if s.normal else []
    if len(normals) == len(parts):  # natasha normalises word by word: commas line up
        parts = [p._replace(normal=n) for p, n in zip(parts, normals, strict=True)]
    return parts


def _at_top_level(surface: str, index: int) -> bool:
    """Whether ``index`` lies outside every quote and bracket of ``surface``."""
    head = surface[:index]
    if any(head.count(o) > head.count(c) for c, o in _OPENERS.items()):
        return False
    return all(head.count(q) % 2 == 0 for q in _SAME_QUOTES)


# --- symbols at the edges -----------------------------------------------------------------------


def trim_edges(text: str, suggestions: list[Suggestion]) -> list[Suggestion]:
    """Drop symbols, punctuation and spaces natasha takes in at a span's edges ("Токаев 😀",
    "ПАСЕ (", "Бенин) •"), keeping a closing quote or bracket whose partner is inside the span
    and the dot of a final initial ("Иванов И.")."""
    trimmed = []
    for s in suggestions:
        start, end = _trimmed_bounds(text, s.start, s.end)
        if start < end:
            normal = _trim_normal(s.normal) if (start, end) != (s.start, s.end) else s.normal
            trimmed.append(s._replace(start=start, end=end, normal=normal))
    return trimmed


def _trimmed_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not _keeps_start(text, start, end):
        start += 1
    while end > start and not _keeps_end(text, start, end):
        end -= 1
    return start, end


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def _keeps_start(text: str, start: int, end: int) -> bool:
    ch = text[start]
    if _is_word_char(ch):
        return True
    closers = [c for c, o in _OPENERS.items() if o == ch]
    if ch in _SAME_QUOTES:
        return text.count(ch, start + 1, end) % 2 == 1
    return any(c in text[start + 1 : end] for c in closers)


def _keeps_end(text: str, start: int, end: int) -> bool:
    ch = text[end - 1]
    if _is_word_char(ch) or ch == "+":  # "Canal+"
        return True
    inside = text[start : end - 1]
    if ch in _OPENERS:
        return inside.count(_OPENERS[ch]) > inside.count(ch)
    if ch in _SAME_QUOTES:
        return inside.count(ch) % 2 == 1
    if ch == ".":  # an initial's dot: "В. Л." but not a sentence's full stop after a word
        return end - start >= 2 and text[end - 2].isupper() and not _is_word_char_at(text, end - 3)
    return False


def _is_word_char_at(text: str, index: int) -> bool:
    return index >= 0 and _is_word_char(text[index])


def _trim_normal(normal: str | None) -> str | None:
    if not normal:
        return normal
    start, end = _trimmed_bounds(normal, 0, len(normal))
    return normal[start:end] or None


# --- capitalised only because a sentence starts -------------------------------------------------


def drop_sentence_starts(
    text: str, suggestions: list[Suggestion], lemmas: Lemmas, is_common: Callable[[str], bool]
) -> list[Suggestion]:
    """A single word that starts a sentence is capitalised whatever it is, and natasha takes
    some for names ("Почта, которая...", "Судом района..."). Such a word is dropped when the
    dictionary knows it only as a common word and the article never capitalises it elsewhere."""
    doubtful = [s for s in suggestions if _common_sentence_start(text, s, is_common)]
    if not doubtful:
        return suggestions
    prefixes = {text[s.start : s.start + 3] for s in doubtful}
    named_elsewhere = _capitalised_inside_sentences(text, prefixes, lemmas)
    dropped = {id(s) for s in doubtful if not lemmas(text[s.start : s.end]) & named_elsewhere}
    return [s for s in suggestions if id(s) not in dropped]


def _common_sentence_start(text: str, s: Suggestion, is_common: Callable[[str], bool]) -> bool:
    word = text[s.start : s.end]
    return (
        _sentence_starts_at(text, s.start) and _WORD.fullmatch(word) is not None and is_common(word)
    )


def _capitalised_inside_sentences(text: str, prefixes: set[str], lemmas: Lemmas) -> set[str]:
    """The forms of capitalised words (beginning with one of ``prefixes``) that do not start a
    sentence: there the capital means a name."""
    forms: set[str] = set()
    for m in _WORD.finditer(text):
        if m.group()[:3] in prefixes and not _sentence_starts_at(text, m.start()):
            forms |= lemmas(m.group())
    return forms


def _sentence_starts_at(text: str, index: int) -> bool:
    before = text[:index].rstrip(' \t\u00a0«"„“(')
    return not before or before[-1] in ".!?…\n"


# --- the same name elsewhere in the article ---------------------------------------------------


def repeat_names(text: str, suggestions: list[Suggestion], lemmas: Lemmas) -> list[Suggestion]:
    """A name natasha tagged is the same name where it recurs untagged in the article, often in
    the headline at the very start ("Виктор Понедельник: «...»"), where natasha has little
    context. A recurrence is a run of capitalised words with the same lemmas. natasha's majority
    decides: a name it left untagged more often than it tagged it ("Союз" the spacecraft, tagged
    once in fifteen) is not spread."""
    names = _names_by_first_lemma(text, suggestions, lemmas)
    if not names:
        return suggestions
    taken = bytearray(len(text) + 1)  # 1 where a suggestion already lies
    for s in suggestions:
        taken[s.start : s.end] = b"\x01" * (s.end - s.start)
    found: list[tuple[_Name, Suggestion]] = []
    for name, recurrence in _recurrences(text, names, lemmas, taken):
        taken[recurrence.start : recurrence.end] = b"\x01" * (recurrence.end - recurrence.start)
        name.untagged += 1
        found.append((name, recurrence))
    return suggestions + [r for name, r in found if name.tagged >= name.untagged]


@dataclass
class _Name:
    key: list[frozenset[str]]  # the lemma forms of each word
    source: Suggestion  # its first suggestion: label and normal form
    tagged: int = 1
    untagged: int = 0


def _names_by_first_lemma(
    text: str, suggestions: list[Suggestion], lemmas: Lemmas
) -> dict[str, list[_Name]]:
    """Each tagged name (capitalised words only), indexed by its first word's forms."""
    names: dict[str, list[_Name]] = {}
    for s in sorted(suggestions, key=lambda s: s.start):
        words = _WORD.findall(text[s.start : s.end])
        if not words or not all(w[0].isupper() for w in words):
            continue
        key = [lemmas(w) for w in words]
        known = next((n for f in key[0] for n in names.get(f, []) if _same_name(n.key, key)), None)
        if known is not None:
            known.tagged += 1
            continue
        name = _Name(key, s)
        for form in key[0]:
            names.setdefault(form, []).append(name)
    return names


def _recurrences(
    text: str, names: dict[str, list[_Name]], lemmas: Lemmas, taken: bytearray
) -> Iterator[tuple[_Name, Suggestion]]:
    """Untagged runs of words that are one of ``names``, in text order, none overlapping."""
    prefixes = {form[:3] for form in names}
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    for i, (start, end) in enumerate(words):
        # The prefix test spares the morphology most words: a word's forms begin as it does.
        if taken[start] or not text[start].isupper() or text[start:end].lower()[:3] not in prefixes:
            continue
        for name in (n for form in lemmas(text[start:end]) for n in names.get(form, [])):
            run = words[i : i + len(name.key)]
            if _is_name_at(text, run, name, lemmas) and not any(taken[start : run[-1][1]]):
                yield name, name.source._replace(start=start, end=run[-1][1], note=None)
                break


def _is_name_at(text: str, run: list[tuple[int, int]], name: _Name, lemmas: Lemmas) -> bool:
    return (
        len(run) == len(name.key)
        and _one_phrase(text, run)
        and _same_name(name.key, [lemmas(text[a:b]) for a, b in run])
    )


def _one_phrase(text: str, run: list[tuple[int, int]]) -> bool:
    """Capitalised words separated by single spaces or a hyphen only."""
    gaps = (text[a_end:b_start] for (_, a_end), (b_start, _) in zip(run, run[1:], strict=False))
    return all(text[a].isupper() for a, _ in run) and all(g in (" ", "\u00a0", "-") for g in gaps)


def _same_name(one: list[frozenset[str]], other: list[frozenset[str]]) -> bool:
    return len(one) == len(other) and all(a & b for a, b in zip(one, other, strict=True))


# --- one name, two labels ------------------------------------------------------------------------


def flag_label_conflicts(
    text: str, suggestions: list[Suggestion], lemmas: Lemmas
) -> list[Suggestion]:
    """The same name with two labels in one article ("Акорды" ORG, "Акорда" PER) is natasha
    being unsure: the later one gets a note for the analyst rather than a guessed label."""
    first_label: list[tuple[list[frozenset[str]], Suggestion]] = []
    flagged = []
    for s in sorted(suggestions, key=lambda s: (s.start, s.end)):
        key = [lemmas(w) for w in _WORD.findall(text[s.start : s.end])]
        earlier = next((e for k, e in first_label if key and _same_name(k, key)), None)
        if earlier is None:
            first_label.append((key, s))
        elif earlier.label != s.label and s.note is None:
            s = s._replace(note=_conflict_note(text, earlier))
        flagged.append(s)
    return flagged


def _conflict_note(text: str, earlier: Suggestion) -> str:
    surface = text[earlier.start : earlier.end]
    return notes.same_name_earlier(earlier.label, surface, earlier.start)


# --- helpers ------------------------------------------------------------------------------------


def _part(s: Suggestion, start: int, end: int, normal: str | None) -> Suggestion:
    return s._replace(start=start, end=end, normal=normal)


def _leading_words(normal: str | None, count: int) -> str | None:
    return " ".join((normal or "").split()[:count]) or None


def _sorted_unique(suggestions: list[Suggestion]) -> list[Suggestion]:
    seen: dict[tuple[int, int, str], Suggestion] = {}
    for s in sorted(suggestions, key=lambda s: (s.start, s.end, s.label)):
        seen.setdefault((s.start, s.end, s.label), s)
    return list(seen.values())
