"""An entity's occurrences over the whole stored corpus, in any case form.

Two steps keep this fast on 100,000 articles. Full-text search (FTS5) narrows the corpus to the
articles holding, for every word of the entity, a word that begins with that word's stem (the
beginning all its forms share: «Акорд» for «Акорда», «Акорды», «Акорде»); then each candidate
is searched only around the places where its first word's stem occurs, by lemmas as
``occurrences`` matches (capitals agreeing, multi-word names whole, never across a line).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from razmetka.core import morph, occurrences
from razmetka.core.model import Article, Span, SpanStatus
from razmetka.core.store import Store

# Characters of context on each side of an occurrence, for the window's preview.
CONTEXT = 60
# How far before a stem's place an occurrence may begin (an opening quote, a bracket).
_BEFORE = 8

_IDS_PER_QUERY = 500

_WORD = re.compile(r"\w+(?:-\w+)*")

_STATUS_ORDER = {SpanStatus.ACCEPTED: 0, SpanStatus.SUGGESTED: 1, SpanStatus.REJECTED: 2}


@dataclass(frozen=True)
class Occurrence:
    """One place where an entity occurs, with the span already there, if any.

    ``span_id``, ``status`` and ``label`` describe the span with exactly these bounds (an
    accepted one before a pending one before a rejected one); failing that, an accepted or
    pending span overlapping it with other bounds, and then ``same_bounds`` is False.
    """

    article_id: int
    external_id: str | None
    start: int
    end: int
    text: str
    before: str
    after: str
    span_id: int | None = None
    status: SpanStatus | None = None
    label: str | None = None
    same_bounds: bool = True

    @property
    def is_span(self) -> bool:
        return self.span_id is not None


def stems(word: str) -> set[str]:
    """Beginnings every form of ``word`` starts with, one per dictionary reading (folded):
    what full-text search looks for. A word that inflects by its stem («Лев», «Льва») gives
    a short beginning, and a search that finds more."""
    folded = morph.fold(word)
    if not any(ch.isalpha() for ch in word):
        return {folded}
    found = set()
    for parse in morph.analyzer().parse(word):
        forms = [folded, morph.fold(parse.normal_form)]
        forms += [morph.fold(form.word) for form in parse.lexeme]
        found.add(os.path.commonprefix(forms))
    return {stem for stem in found if stem} or {folded}


def search_words(entity: str | Sequence[str]) -> list[list[str]]:
    """For each word of ``entity`` (punctuation left out), the stems a form of it begins
    with; a hyphenated word counts as its parts, as the full-text index splits it."""
    words = []
    for token in occurrences.token_texts(entity):
        for part in re.findall(r"\w+", token):
            words.append(sorted(stems(part)))
    return words


def candidate_articles(
    store: Store, entity: str | Sequence[str], todo_only: bool = False
) -> set[int]:
    """Articles that may hold ``entity`` in some form (a superset: confirm with
    ``occurrences``); ``todo_only`` keeps those nobody has decided anything in."""
    return store.search.by_prefixes(search_words(entity), todo_only=todo_only)


class Finder:
    """Finds one entity in texts as ``occurrences.find`` does, by tokenizing only the
    stretches around its first word's stem (a long article is otherwise tokenized whole for a
    name it holds twice). Made once per entity: the dictionary work is done here."""

    def __init__(self, entity: str | Sequence[str]) -> None:
        self.words = search_words(entity)
        self.index: occurrences.Index[int] = occurrences.Index()
        self.index.add(occurrences.pattern(entity), 0)
        # An inflected form is a few letters longer or shorter than the form given: twice its
        # length after the stem's place holds any occurrence (tokenizing is the cost here).
        self.reach = 2 * len(" ".join(occurrences.token_texts(entity))) + 16
        stems = sorted(self.words[0], key=len, reverse=True) if self.words else []
        # Stems are folded (lower case, ё as е): the text is matched as written, without
        # folding a long article for a name it may hold twice.
        alternatives = "|".join(re.escape(stem).replace("е", "[её]") for stem in stems)
        self.first = re.compile(rf"(?<!\w)(?:{alternatives})", re.IGNORECASE) if stems else None
        # A name of one plain word («Газпрома») is the word run at a stem's place: matched
        # there without tokenizing around it (razdel makes the same run one token).
        texts = occurrences.token_texts(entity)
        self.word = (
            occurrences.pattern(texts) if len(texts) == 1 and _WORD.fullmatch(texts[0]) else None
        )

    def find(self, text: str) -> list[tuple[int, int]]:
        if self.first is None:
            return []
        if self.word is not None:
            return self._find_word(text, self.word)
        found: set[tuple[int, int]] = set()
        covered = -1
        for hit in self.first.finditer(text):
            if hit.start() < covered:
                continue
            lo = _word_start(text, max(0, hit.start() - _BEFORE))
            hi = _word_end(text, min(len(text), hit.start() + self.reach))
            for match in self.index.find(text[lo:hi]):
                found.add((lo + match.start, lo + match.end))
            covered = hi - self.reach // 2
        return sorted(found)

    def _find_word(self, text: str, pat: occurrences.Pattern) -> list[tuple[int, int]]:
        found = []
        for hit in self.first.finditer(text) if self.first is not None else ():
            at = hit.start()
            if at > 1 and text[at - 1] == "-" and text[at - 2].isalnum():
                continue  # the end of a hyphenated word («Медиа-Газпром»), one token
            run = _WORD.match(text, at)
            if run is None:
                continue
            word = run.group()
            capital_ok = word[:1].isupper() or not pat.capitals[0]
            if capital_ok and not morph.lemmas(word).isdisjoint(pat.keys[0]):
                found.append((run.start(), run.end()))
        return found


def find_in_text(text: str, entity: str | Sequence[str]) -> list[tuple[int, int]]:
    """Occurrences of ``entity`` in ``text`` (for many texts, make one :class:`Finder`)."""
    return Finder(entity).find(text)


def _word_start(text: str, at: int) -> int:
    while at > 0 and not text[at - 1].isspace():
        at -= 1
    return at


def _word_end(text: str, at: int) -> int:
    while at < len(text) and not text[at].isspace():
        at += 1
    return at


def occurrences_in_corpus(store: Store, article_id: int, span: Span) -> list[Occurrence]:
    """Every occurrence over the corpus of the entity ``span`` of article ``article_id`` is,
    tagged or not, in article and text order."""
    text = store.articles.get(article_id).text
    finder = Finder(occurrences.token_texts(text[span.start : span.end]))
    found = []
    for article, spans in _texts(store, sorted(store.search.by_prefixes(finder.words))):
        found += _found_in(store, finder, article, spans)
    return found


def occurrences_in_article(store: Store, article_id: int, span: Span) -> list[Occurrence]:
    """Every occurrence of the entity ``span`` is in its own article, tagged or not."""
    article = store.articles.get(article_id)
    finder = Finder(occurrences.token_texts(article.text[span.start : span.end]))
    return _found_in(store, finder, article)


def _found_in(
    store: Store, finder: Finder, article: Article, spans: list[Span] | None = None
) -> list[Occurrence]:
    places = finder.find(article.text)
    if not places:
        return []
    article_id = article.id or 0
    spans = store.spans.of(article_id) if spans is None else spans
    return [
        _occurrence(article.text, article_id, article.external_id, start, end, spans)
        for start, end in places
    ]


def _texts(store: Store, ids: Sequence[int]) -> Iterator[tuple[Article, list[Span]]]:
    """The articles with their spans, two streamed queries per few hundred articles rather
    than one each (and never more ids bound to one query than SQLite allows)."""
    for first in range(0, len(ids), _IDS_PER_QUERY):
        yield from store.articles.with_spans(ids=ids[first : first + _IDS_PER_QUERY])


def _occurrence(
    text: str, article_id: int, external_id: str | None, start: int, end: int, spans: list[Span]
) -> Occurrence:
    exact = [s for s in spans if (s.start, s.end) == (start, end)]
    exact.sort(key=lambda s: _STATUS_ORDER[s.status])
    crossing = [
        s for s in spans if s.start < end and start < s.end and s.status is not SpanStatus.REJECTED
    ]
    crossing.sort(key=lambda s: _STATUS_ORDER[s.status])
    span, same = (exact[0], True) if exact else (crossing[0], False) if crossing else (None, True)
    return Occurrence(
        article_id,
        external_id,
        start,
        end,
        text[start:end],
        text[max(0, start - CONTEXT) : start],
        text[end : end + CONTEXT],
        span.id if span else None,
        span.status if span else None,
        span.label if span else None,
        same,
    )
