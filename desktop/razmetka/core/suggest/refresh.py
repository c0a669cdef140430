"""Bringing pending suggestions up to date after new decisions.

When the analyst decides about an entity, the articles nobody has touched yet that hold it
should show the lesson at once: each is suggested again and its pending suggestions replaced
(``store.suggestions.replace_pending``). Decided spans are never changed, and an article with
any decision in it (status other than todo) is left as the analyst left it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from razmetka.core import corpus
from razmetka.core.model import ArticleStatus
from razmetka.core.store import Store, now
from razmetka.core.suggest import Suggester

# store.state: when ``refresh_learned`` last ran (the decisions made since are the new ones).
REFRESHED_AT = "suggest.refreshed_at"


@dataclass
class RefreshReport:
    entities: int = 0
    articles: int = 0
    added: int = 0
    removed: int = 0

    def summary(self) -> str:
        return (
            f"{self.articles} undecided articles suggested again for {self.entities} entities: "
            f"{self.added} suggestions added, {self.removed} removed"
        )


def articles_holding(store: Store, entity: str | Sequence[str]) -> list[int]:
    """Undecided (todo) articles in which ``entity`` occurs in some case form, in id order."""
    finder = corpus.Finder(entity)
    held = []
    for article_id in sorted(store.search.by_prefixes(finder.words, todo_only=True)):
        if finder.find(store.articles.get(article_id).text):
            held.append(article_id)
    return held


def refresh_suggestions(
    store: Store, suggester: Suggester, entity: str | Sequence[str]
) -> RefreshReport:
    """Suggest again the undecided articles holding ``entity``, replacing their pending
    suggestions by what ``suggester`` now proposes."""
    return refresh_articles(store, suggester, articles_holding(store, entity), entities=1)


def refresh_articles(
    store: Store,
    suggester: Suggester,
    article_ids: Iterable[int],
    entities: int = 0,
    progress: Callable[[int, int], None] | None = None,
) -> RefreshReport:
    report = RefreshReport(entities=entities)
    ids = list(dict.fromkeys(article_ids))
    if ids:
        suggester.load()
    for done, article_id in enumerate(ids, 1):
        changed = bring_up_to_date(store, suggester, article_id)
        if changed is not None:
            report.articles += 1
            report.added += changed[0]
            report.removed += changed[1]
        if progress is not None:
            progress(done, len(ids))
    return report


def bring_up_to_date(store: Store, suggester: Suggester, article_id: int) -> tuple[int, int] | None:
    """Replace an undecided article's pending suggestions by what ``suggester`` proposes now:
    (added, removed), or None for an article with a decision in it, which is left alone (and
    not suggested for: natasha takes a good part of a second on a long article)."""
    if store.articles.status(article_id) is not ArticleStatus.TODO:
        return None
    text = store.articles.get(article_id).text
    return store.suggestions.replace_pending(article_id, suggester.suggest(text), suggester.origin)


def refresh_learned(
    store: Store, suggester: Suggester, progress: Callable[[int, int], None] | None = None
) -> RefreshReport:
    """``refresh_suggestions`` for every entity decided since the last refresh (every decided
    entity the first time), each undecided article suggested once however many it holds."""
    started = now()
    entities = store.lessons.surfaces_decided_since(store.state.get(REFRESHED_AT))
    ids: dict[int, None] = {}
    for entity in entities:
        ids.update(dict.fromkeys(articles_holding(store, entity)))
    report = refresh_articles(store, suggester, sorted(ids), len(entities), progress)
    store.state.set(REFRESHED_AT, started)
    return report
