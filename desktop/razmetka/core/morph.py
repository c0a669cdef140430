"""Lemma keys for names: which dictionary words a token may be a form of.

Russian inflects every name («Токаев», «Токаева», «Токаеву»), so two spans are the same entity
when their tokens share a lemma, not when their letters agree. A token's key is the set of
lemmas it may have, lower case with ё folded into е; punctuation and numbers are their own key.
The only module that imports pymorphy2.
"""

from __future__ import annotations

import inspect
import itertools
import os
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from razmetka.core.tokens import tokens

Key = frozenset[str]

# Parses that make a word a name. When a word has one, its ordinary readings are dropped:
# «Лаврова» is the surname, not the genitive of «лавр».
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})

# News writes the same quotes several ways; «Газпром» and "Газпром" are one name.
_FOLD = str.maketrans({"ё": "е", "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "’": "'"})

# A hyphenated name has a key per combination of its parts' lemmas; this bounds a pathological
# token with many ambiguous parts.
_MAX_COMBINATIONS = 64

# Inflection keeps a word's first three letters, save short words with a fleeting vowel
# («Лев», «Льва»), which :func:`starts` covers through their paradigms.
START = 3

# News repeats words: a few tens of thousands of forms cover a large corpus.
_CACHE_SIZE = 200_000

_lock = threading.Lock()
_analyzer: Any = None


def fold(word: str) -> str:
    """Lower case, ё as е, one kind of quote."""
    return word.lower().translate(_FOLD)


def analyzer() -> Any:
    """pymorphy2's analyzer, loaded once on first use (from any thread)."""
    global _analyzer
    if _analyzer is None:
        with _lock:
            if _analyzer is None:
                _analyzer = _load()
    return _analyzer


def _load() -> Any:
    prepare_pymorphy()
    import pymorphy2

    return pymorphy2.MorphAnalyzer()


def prepare_pymorphy() -> None:
    """Make pymorphy2 loadable here and in natasha (which loads it too): its dictionary found
    without pkg_resources, and its introspection working on new Pythons."""
    _point_pymorphy_at_dictionary()
    _let_pymorphy_introspect_on_new_pythons()


def _point_pymorphy_at_dictionary() -> None:
    # pymorphy2 finds its dictionary through pkg_resources, which fresh environments may lack.
    if "PYMORPHY2_DICT_PATH" not in os.environ:
        try:
            import pymorphy2_dicts_ru

            os.environ["PYMORPHY2_DICT_PATH"] = pymorphy2_dicts_ru.get_path()
        except ImportError:
            pass


def _let_pymorphy_introspect_on_new_pythons() -> None:
    # pymorphy2 0.9 calls inspect.getargspec, gone since Python 3.11 (natasha's yargy applies
    # the same fix when it is imported; we must not depend on that import order).
    if hasattr(inspect, "getargspec"):
        return
    from pymorphy2.units.base import BaseAnalyzerUnit

    def param_names(cls: type) -> list[str]:
        if cls.__init__ is object.__init__:  # type: ignore[misc]
            return []
        return sorted(inspect.getfullargspec(cls.__init__).args[1:])  # type: ignore[misc]

    BaseAnalyzerUnit._get_param_names = classmethod(param_names)


@lru_cache(maxsize=_CACHE_SIZE)
def lemmas(word: str) -> Key:
    """Every lemma ``word`` may be a form of, name readings preferred; always includes the
    folded word itself, because pymorphy2 guesses badly at rare names («Токаев» as a form of
    «токай») and a name as written is its own nominative."""
    folded = fold(word)
    if not any(ch.isalpha() for ch in word):
        return frozenset({folded})
    found = _word_lemmas(word)
    if "-" in word.strip("-"):
        found |= _hyphenated_lemmas(word)
    found.add(folded)
    return frozenset(found)


def _word_lemmas(word: str) -> set[str]:
    return {fold(p.normal_form) for p in _readings(word)}


# lemmas and starts ask for the same new word one after the other: parse it once.
@lru_cache(maxsize=4096)
def _readings(word: str) -> list[Any]:
    """pymorphy2's parses of ``word`` that a name should be matched by."""
    parses = analyzer().parse(word)
    names = [p for p in parses if NAME_GRAMMEMES & p.tag.grammemes]
    # A name in news is nearly always one person or place: the plural reading of a first name
    # («Лавров», of the Lavrs) would make the surname one with «Лавры» and «Лавра».
    singular = [p for p in names if "sing" in p.tag.grammemes]
    return singular or names or parses


@lru_cache(maxsize=_CACHE_SIZE // 4)
def starts(word: str) -> frozenset[str]:
    """How a token that shares a lemma with ``word`` may begin: the first ``START`` letters
    (folded) of the word, its lemmas and every form of their paradigms («Лев», «Льва»).

    Looking a new word up costs a fraction of a millisecond; a text token whose beginning is
    in no entity's starts cannot match, so it is never looked up.
    """
    found = {fold(word)[:START]} | {lemma[:START] for lemma in lemmas(word)}
    if any(ch.isalpha() for ch in word):
        for parse in _readings(word):
            found.update(fold(form.word)[:START] for form in parse.lexeme)
    return frozenset(found)


def start(word: str) -> str:
    """The beginning of a token that :func:`starts` sets are made of."""
    return fold(word[:START])[:START]


def _hyphenated_lemmas(word: str) -> set[str]:
    """«Касым-Жомарта»: each part inflects on its own, so combine the parts' lemmas."""
    parts = [lemmas(part) for part in word.split("-") if part]
    combined: set[str] = set()
    for combination in itertools.islice(itertools.product(*parts), _MAX_COMBINATIONS):
        combined.add("-".join(combination))
    return combined


def key(words: Iterable[str]) -> tuple[Key, ...]:
    """A key per token of a name given as tokens."""
    return tuple(lemmas(word) for word in words)


def name_key(surface: str) -> tuple[Key, ...]:
    """A key per razdel token of a name written as text («ООО «Газпром»» is four tokens)."""
    return key(token.text for token in tokens(surface))


def same_name(first: Sequence[Key], second: Sequence[Key]) -> bool:
    """Whether two keyed names can be one name: as many tokens, each pair sharing a lemma."""
    return len(first) == len(second) and all(a & b for a, b in zip(first, second, strict=True))


def cache_clear() -> None:
    """Forget every cached word (for measurements)."""
    lemmas.cache_clear()
    starts.cache_clear()
    _readings.cache_clear()
    head_lemma.cache_clear()
    shape.cache_clear()


@lru_cache(maxsize=_CACHE_SIZE // 4)
def head_lemma(word: str) -> str:
    """The one lemma pymorphy2 thinks most likely for ``word`` (folded); the folded word
    itself for a token without letters."""
    if not any(ch.isalpha() for ch in word):
        return fold(word)
    return fold(analyzer().parse(word)[0].normal_form)


@lru_cache(maxsize=_CACHE_SIZE // 4)
def shape(word: str) -> str:
    """What kind of word ``word`` is, for lessons that should hold for its kind: how it is
    written (``lower``, ``cap``, ``upper``, or the symbol) and its likeliest part of speech,
    e.g. ``lower:ADJF`` for «японского»."""
    if not any(ch.isalpha() for ch in word):
        return f"symbol:{word}"
    upper = len(word) > 1 and word.isupper()
    case = "upper" if upper else "cap" if word[0].isupper() else "lower"
    return f"{case}:{analyzer().parse(word)[0].tag.POS}"
