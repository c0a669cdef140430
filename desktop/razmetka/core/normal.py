"""The normal form of a span the analyst makes: the name in the nominative, as natasha gives
it for its own suggestions («Касым-Жомарта Токаева» → «Касым-Жомарт Токаев», «Соединённых
Штатов» → «Соединённые Штаты», «Белом доме» → «Белый дом»).

A name inflects up to its head noun: every word of a person's name, and the words of another
name up to and including its first noun (the adjectives before it agree with it; what follows,
«Комитет защиты журналистов», is already in the case the head governs and stays). Each word
keeps its number, and its letters keep the case they are written in («МИДа» → «МИД»). Words
pymorphy2 does not know as nouns or adjectives, and words in other scripts, stay as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from razmetka.core import morph
from razmetka.core.tokens import tokens

PERSON = "PER"
_ADJECTIVES = frozenset({"ADJF", "PRTF"})
_NOMINAL = frozenset({"NOUN", "NUMR", *_ADJECTIVES})


def normal_form(
    surface: str, label: str, known: Iterable[tuple[str, str | None]] = ()
) -> str | None:
    """``surface`` (a span's text) in the nominative; None for a span without letters.
    ``known`` are (text, normal form) pairs of spans nearby (the article's): the same name in
    another case form there gives its normal form, which natasha chose seeing the sentence."""
    words = tokens(surface)
    if not any(ch.isalpha() for ch in surface) or not words:
        return None
    key = morph.key(t.text for t in words)
    for text, normal in known:
        if normal and morph.same_name(key, morph.name_key(text)):
            return normal
    group = _inflected_group([t.text for t in words], label)
    readings = _agreeing([_readings(t.text, label) for t in words[:group]])
    parts, at = [], 0
    for number, token in enumerate(words):
        parts.append(surface[at : token.start])
        parse = readings[number] if number < group else None
        parts.append(_nominative(token.text, parse) if parse is not None else token.text)
        at = token.end
    return " ".join("".join(parts).split()) or None


def _inflected_group(words: list[str], label: str) -> int:
    """How many words from the start inflect: all of a person's name, else up to the first
    noun that cannot be an adjective (the head)."""
    if label == PERSON:
        return len(words)
    for number, word in enumerate(words):
        readings = _readings(word, label)
        if readings and not any(p.tag.POS in _ADJECTIVES for p in readings):
            return number + 1
    return len(words)


def _readings(word: str, label: str) -> list[Any]:
    """The readings of ``word`` as a noun or adjective, likeliest first: for a person the
    readings as a name, and for a capitalised word the singular when it has one (a name is
    one person, place or body). None for a word in another script."""
    if not any("а" <= ch <= "я" or ch == "ё" for ch in word.lower()):
        return []
    parses = [p for p in morph.analyzer().parse(word) if p.tag.POS in _NOMINAL]
    if label == PERSON:
        parses = [p for p in parses if morph.NAME_GRAMMEMES & p.tag.grammemes] or parses
    if word[:1].isupper():
        parses = [p for p in parses if p.tag.number != "plur"] or parses
    return parses


def _feature(parse: Any) -> tuple[str, str, str | None]:
    tag = parse.tag
    return (tag.case, tag.number, tag.gender if tag.number == "sing" else None)


def _agreeing(options: list[list[Any]]) -> list[Any | None]:
    """One reading per word, agreeing in case, number and gender where the words can: the
    agreement the readings' scores support best."""
    known = [opts for opts in options if opts]
    common = set.intersection(*({_feature(p) for p in opts} for opts in known)) if known else set()
    if not common:
        return [opts[0] if opts else None for opts in options]
    # A name that can be read as written is its own nominative («Акорда», not «Акорд»).
    common = {f for f in common if f[0] == "nomn"} or common

    def support(feature: tuple[str, str, str | None]) -> float:
        return sum(max(p.score for p in opts if _feature(p) == feature) for opts in known)

    best = max(sorted(common, key=str), key=support)
    return [next((p for p in opts if _feature(p) == best), None) for opts in options]


def _nominative(word: str, parse: Any) -> str:
    wanted = {"nomn"}
    if parse.tag.number == "plur":
        wanted.add("plur")
    inflected = parse.inflect(wanted)
    return _cased_as(word, inflected.word) if inflected is not None else word


def _cased_as(written: str, form: str) -> str:
    """``form`` (lower case) with the letters it shares with ``written`` cased as written."""
    same = 0
    for a, b in zip(written, form, strict=False):
        if morph.fold(a) != morph.fold(b):
            break
        same += 1
    return written[:same] + form[same:]
