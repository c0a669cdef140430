"""Suggesters: small objects that propose spans for a text.

Each suggester module is the only importer of its library. ``suggest_articles`` runs one over the
store; it adds only what is new and never reopens an analyst's decision (see
``Store.add_suggestions``).
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

    def summary(self) -> str:
        text = f"{self.spans} new suggestions in {self.articles} articles"
        return text + " (cancelled)" if self.cancelled else text


class SuggestCancelled(Exception):
    pass


def default_suggester() -> Suggester:
    from razmetka.core.suggest.natasha_ner import NatashaNer

    return NatashaNer()


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
    ids = (
        list(article_ids)
        if article_ids is not None
        else store.article_ids_without_suggestions(suggester.origin)
    )
    report = SuggestReport()
    if not ids:
        return report
    suggester.load()
    for done, article_id in enumerate(ids, 1):
        if should_stop is not None and should_stop():
            report.cancelled = True
            break
        text = store.article(article_id).text
        report.spans += store.add_suggestions(article_id, suggester.suggest(text), suggester.origin)
        report.articles += 1
        if progress is not None:
            progress(done, len(ids))
    return report
