"""Suggesters: small objects that propose spans for a text.

Each suggester module is the only importer of its library. ``suggest_articles`` runs one over the
store; it adds only what is new and never reopens an analyst's decision (see
``store.suggestions.add``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from razmetka.core.model import Suggestion
from razmetka.core.store import Store


class Suggester(Protocol):
    name: str
    version: str

    @property
    def origin(self) -> str: ...

    def load(self) -> None: ...

    def suggest(self, text: str) -> list[Suggestion]: ...


@dataclass
class SuggestReport:
    articles: int = 0
    spans: int = 0
    cancelled: bool = False
    refreshed: int = 0  # undecided articles whose pending suggestions changed

    def summary(self) -> str:
        text = f"{self.spans} new suggestions in {self.articles} articles"
        if self.refreshed:
            text += f"; {self.refreshed} articles brought up to date"
        return text + " (cancelled)" if self.cancelled else text


class SuggestCancelled(Exception):
    pass


def default_suggester(store: Store | None = None) -> Suggester:
    """natasha with its fixes and what the analyst's decisions in ``store`` taught (nothing
    learned without a store), one suggester: see ``core/suggest/combined.py``."""
    from razmetka.core.suggest.combined import (
        NatashaWithLearned,
        bounds_from_store,
        lexicon_from_store,
    )

    if store is None:
        return NatashaWithLearned()
    return NatashaWithLearned(lexicon_from_store(store), conventions=bounds_from_store(store))


def articles_to_suggest(
    store: Store, origin: str, ids: Sequence[int] | None = None, again: bool = False
) -> list[int]:
    """The one answer to "which articles need suggestions": the given ones; else, run again,
    every article; else those the suggester ``origin`` has not been over yet."""
    if ids is not None:
        return list(ids)
    if again:
        return store.articles.ids()
    return store.suggestions.articles_without(origin)


def suggest_articles(
    store: Store,
    suggester: Suggester,
    article_ids: Sequence[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> SuggestReport:
    """Run ``suggester`` over the given articles (default: those it has not seen yet).

    Each article is committed on its own, so a cancelled or killed run keeps what it finished.
    """
    ids = articles_to_suggest(store, suggester.origin, article_ids)
    report = SuggestReport()
    if not ids:
        return report
    suggester.load()
    for done, article_id in enumerate(ids, 1):
        if should_stop is not None and should_stop():
            report.cancelled = True
            break
        text = store.articles.get(article_id).text
        report.spans += store.suggestions.add(article_id, suggester.suggest(text), suggester.origin)
        report.articles += 1
        if progress is not None:
            progress(done, len(ids))
    return report
