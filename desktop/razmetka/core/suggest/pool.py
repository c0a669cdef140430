"""Suggesting in several processes: ``razmetka suggest --jobs N``.

natasha holds the interpreter while it works, so threads would not help; each of N worker
processes loads its own models once and suggests for the texts it is sent, and this process
alone writes to the store (one writer, in text-id order, committed an article at a time as
``suggest_articles`` does). The spans are the same as with one process: each article's
suggestions come from the same suggester on the same text.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from typing import Any

from razmetka.core.model import Suggestion
from razmetka.core.store import Store
from razmetka.core.suggest import Suggester, SuggestReport

# Articles sent to the workers at a time, per worker: enough to keep each busy between two
# batches, few enough that a cancel is heard within seconds and memory stays flat.
BATCH_PER_JOB = 8

_worker_suggester: Suggester | None = None


def suggest_in_processes(
    store: Store,
    factory: Callable[[], Suggester],
    ids: Sequence[int],
    jobs: int,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> SuggestReport:
    """Run ``factory()``'s suggester over ``ids`` in ``jobs`` processes (``factory`` must be a
    module-level function, so that a new process can find it)."""
    report = SuggestReport()
    origin = factory().origin
    # "spawn": a forked child would share this process's open database connection.
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_load, initargs=(factory,)) as pool:
        step = jobs * BATCH_PER_JOB
        for first in range(0, len(ids), step):
            if should_stop is not None and should_stop():
                report.cancelled = True
                break
            batch = [(i, store.articles.get(i).text) for i in ids[first : first + step]]
            for article_id, suggestions in pool.map(_suggest, batch):
                report.spans += store.suggestions.add(article_id, suggestions, origin)
                report.articles += 1
            if progress is not None:
                progress(report.articles, len(ids))
    return report


def _load(factory: Callable[[], Suggester]) -> None:
    global _worker_suggester
    _worker_suggester = factory()
    _worker_suggester.load()


def _suggest(item: tuple[int, str]) -> tuple[int, list[Suggestion]]:
    article_id, text = item
    assert _worker_suggester is not None
    return article_id, _worker_suggester.suggest(text)


def natasha() -> Any:
    """The default suggester with nothing learned, made in a worker process."""
    from razmetka.core.suggest import default_suggester

    return default_suggester()


def natasha_with(lexicon: Any, conventions: Any = None) -> Any:
    """The default suggester with ``lexicon`` (and the boundary ``conventions``), made in a
    worker process: bind them with ``functools.partial(natasha_with, lexicon, conventions)``,
    and they are pickled to each worker once, when its process starts."""
    from razmetka.core.suggest.combined import NatashaWithLearned

    return NatashaWithLearned(lexicon, conventions=conventions)
