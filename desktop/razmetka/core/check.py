"""A consistency check of the curated annotations: ``razmetka check``.

Three kinds of finding, each naming the articles (id and external id) and the places (offsets
and text) to look at:

- ``labels``: one normal form accepted under different labels across the corpus («Акорда» ORG
  in most articles, PER in one); the places are those of the less frequent labels.
- ``missed``: an accepted entity left untagged in an article someone has worked on (in progress
  or done): an occurrence in any case form that no accepted span covers. Articles nobody has
  opened yet are not misses, only work to do; entities written in lower case are left out (a
  common word is a name only in some contexts).
- ``bounds``: one name accepted with different bounds under one label («Газпром» and
  «ОАО «Газпром»»). A person is mentioned by surname alone or by full name, so a PER span that
  adds only capitalised words (first names) to another is not a finding.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from razmetka.core import morph, occurrences
from razmetka.core.model import ArticleStatus, SpanStatus
from razmetka.core.store import Store
from razmetka.core.store.lessons import AcceptedPlace

# Places named in one finding at most: the check reports, the window lists the rest.
MAX_PLACES = 50


@dataclass(frozen=True)
class Place:
    article_id: int
    external_id: str | None
    start: int
    end: int
    text: str
    label: str | None = None


@dataclass(frozen=True)
class Finding:
    kind: str  # "labels", "missed" or "bounds"
    message: str
    places: tuple[Place, ...]
    # What a fix gives the places: the usual label (labels), the entity's (missed); None
    # where no fix is defined (bounds: which bounds are right is the analyst's call).
    label: str | None = None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def check(store: Store) -> list[Finding]:
    """Every finding of the three kinds, in that order."""
    accepted = store.lessons.accepted_places()
    return [
        *label_conflicts(accepted),
        *likely_misses(store, accepted),
        *bound_differences(accepted),
    ]


def _place(span: AcceptedPlace) -> Place:
    return Place(span.article_id, span.external_id, span.start, span.end, span.surface, span.label)


def label_conflicts(accepted: Iterable[AcceptedPlace]) -> list[Finding]:
    by_normal: dict[str, list[AcceptedPlace]] = defaultdict(list)
    for span in accepted:
        by_normal[morph.fold(span.normal or span.surface)].append(span)
    findings = []
    for spans in by_normal.values():
        labels = Counter(span.label for span in spans)
        if len(labels) < 2:
            continue
        usual = labels.most_common(1)[0][0]
        counted = ", ".join(f"{label} {n}" for label, n in labels.most_common())
        name = spans[0].normal or spans[0].surface
        odd = [_place(s) for s in spans if s.label != usual][:MAX_PLACES]
        message = f"«{name}» is accepted under {len(labels)} labels ({counted})"
        findings.append(Finding("labels", message, tuple(odd), usual))
    return findings


def likely_misses(store: Store, accepted: Sequence[AcceptedPlace]) -> list[Finding]:
    """Occurrences of accepted entities that no accepted span covers, in worked-on articles."""
    index: occurrences.Index[str] = occurrences.Index()
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for span in accepted:
        if span.surface[:1].isupper():
            if span.surface not in labels:
                index.add(occurrences.pattern(span.surface), span.surface)
            labels[span.surface][span.label] += 1
    missed: dict[str, list[Place]] = defaultdict(list)
    worked_on = [ArticleStatus.IN_PROGRESS, ArticleStatus.DONE]
    for article, spans in store.articles.with_spans(worked_on):
        taken = [s for s in spans if s.status is SpanStatus.ACCEPTED]
        for match in occurrences.longest_first(index.find(article.text)):
            if any(s.start < match.end and match.start < s.end for s in taken):
                continue
            text = article.text[match.start : match.end]
            place = Place(article.id or 0, article.external_id, match.start, match.end, text)
            missed[match.value].append(place)
    findings = []
    for entity, places in missed.items():
        label = labels[entity].most_common(1)[0][0]
        message = f"«{entity}» ({label}) is accepted elsewhere but left untagged {len(places)}×"
        findings.append(Finding("missed", message, tuple(places[:MAX_PLACES]), label))
    return findings


def bound_differences(accepted: Sequence[AcceptedPlace]) -> list[Finding]:
    """Accepted forms of one label that hold another accepted form of that label inside."""
    forms: dict[tuple[str, str], list[AcceptedPlace]] = defaultdict(list)
    for span in accepted:
        forms[(span.surface, span.label)].append(span)
    index: occurrences.Index[tuple[str, str]] = occurrences.Index()
    for form in forms:
        index.add(occurrences.pattern(form[0]), form)
    findings = []
    seen: set[tuple[str, str]] = set()
    for (surface, label), spans in forms.items():
        words = occurrences.words(surface)
        for match in index.find(surface, words):
            inner, inner_label = match.value
            whole = (match.start, match.end) == (0, len(surface))
            if inner_label != label or whole or (inner, surface) in seen:
                continue
            seen.add((inner, surface))
            if label == "PER" and _adds_only_names(words, match.start, match.end):
                continue
            message = f"{label} «{inner}» is also accepted as «{surface}»: different bounds"
            places = [_place(s) for s in [*forms[(inner, label)], *spans]][:MAX_PLACES]
            findings.append(Finding("bounds", message, tuple(places)))
    return findings


def _adds_only_names(words: Sequence[occurrences.Word], start: int, end: int) -> bool:
    return all(w.capital for w in words if w.end <= start or w.start >= end)
