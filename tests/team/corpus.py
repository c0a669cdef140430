"""A small corpus for the team tests, and random work done on a package."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from razmetka.core import actions
from razmetka.core.model import Article, Document, SpanStatus, Suggestion
from razmetka.core.store import Store

ORIGIN = "stand-in@1"
NAMES = ["Токаев", "Москва", "Газпром", "Путин", "Казань", "Сбербанк"]
LABELS = {"Токаев": "PER", "Путин": "PER", "Москва": "LOC", "Казань": "LOC"}


def article_text(number: int) -> str:
    first, second = NAMES[number % 6], NAMES[(number * 5 + 1) % 6]
    return f"Статья {number}: {first} и {second} встретились, {first} уехал."


def make_corpus(path: Path, articles: int = 12) -> Path:
    """A database of ``articles`` articles, each with a suggestion per name."""
    with Store(path) as store:
        for number in range(articles):
            text = article_text(number)
            article_id = store.articles.add(Document(Article(text=text, external_id=f"n{number}")))
            assert article_id is not None
            store.suggestions.add(article_id, suggestions(text), ORIGIN)
    return path


def suggestions(text: str) -> list[Suggestion]:
    found = []
    for name in NAMES:
        start = text.find(name)
        if start >= 0:
            found.append(Suggestion(start, start + len(name), LABELS.get(name, "ORG"), name))
    return sorted(found, key=lambda s: s.start)


def random_work(path: Path, analyst: str, seed: int, share: float = 1.0) -> None:
    """Decide a share of the package's articles at random, as ``analyst``."""
    rng = random.Random(seed)
    with Store(path, annotator=analyst) as store:
        for article_id in store.articles.ids():
            if rng.random() > share:
                continue
            for span in store.spans.of(article_id, [SpanStatus.SUGGESTED]):
                choice = rng.choice(["accept", "reject", "relabel", "keep"])
                if choice == "accept":
                    store.apply(actions.accept(store, span.id or 0))
                elif choice == "reject":
                    store.apply(actions.reject(store, span.id or 0))
                elif choice == "relabel":
                    label = rng.choice([x for x in ("PER", "LOC", "ORG") if x != span.label])
                    store.apply(actions.relabel(store, span.id or 0, label))
            if rng.random() < 0.8:
                store.apply(actions.approve(store, article_id))


def copy(path: Path, to: Path) -> Path:
    shutil.copyfile(path, to)
    return to


def state(path: Path) -> dict[str, object]:
    """What a merge leaves in a database, without ids and times: the decisions, the versions
    and the curated spans and statuses."""
    with Store(path) as store:
        conn = store.conn
        return {
            "decisions": sorted(
                conn.execute(
                    "SELECT source, source_id, annotator, action, article_id, before, after "
                    "FROM decisions"
                ).fetchall(),
                key=repr,
            ),
            "versions": sorted(
                conn.execute(
                    "SELECT article_id, analyst, status, last_decision, package FROM versions"
                ).fetchall()
            ),
            "version_spans": sorted(
                conn.execute("SELECT * FROM version_spans").fetchall(), key=repr
            ),
            "spans": sorted(
                conn.execute(
                    'SELECT article_id, start, "end", label, status, origin, normal, annotator '
                    "FROM spans"
                ).fetchall(),
                key=repr,
            ),
            "articles": conn.execute("SELECT id, status FROM articles ORDER BY id").fetchall(),
            "counts": conn.execute(
                "SELECT article_id, pending, accepted, rejected FROM article_list"
            ).fetchall(),
        }
