"""Suggesting in the background for the window: a process of its own that works through the
articles in the order the window asks for, and says how far it is.

The window starts ``razmetka suggest --serve`` and talks to it in JSON lines. On its standard
input:

- ``{"first": [ids...]}`` puts articles at the front of the queue (the one on screen, then the
  next ones in list order);
- ``{"learn": [ids...]}`` says the analyst has decided since: the suggester learns again from
  the store and brings those undecided articles (the ones the analyst is about to see) up to
  date first;
- ``{"stop": true}`` ends the run after the current article.

On its standard output the service writes ``{"learned": n}`` when it has heard a learn
message, ``{"done": n, "total": m, "article": id, "spans": k}`` after each article and
``{"finished": true, "articles": n, "spans": k, "refreshed": r, "cancelled": b}`` at the end.

In its own interpreter natasha never holds the window's, so a decision takes as long while
suggestions run as when they do not.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any

from razmetka.core.store import Store
from razmetka.core.suggest import Suggester, SuggestReport, refresh

Message = dict[str, Any]

# The window's own work (a key, a search, a paint) comes first on the processor: the service
# runs at a lower priority, so that on a machine of two cores natasha takes what the window
# leaves instead of half of every keypress.
BACKGROUND_NICENESS = 10


def yield_processor() -> None:
    """Lower this process's scheduling priority, where the system has one to lower."""
    nice = getattr(os, "nice", None)
    if nice is not None:
        with contextlib.suppress(OSError):
            nice(BACKGROUND_NICENESS)


class WorkQueue:
    """Articles still to suggest, in order; some can be moved to the front."""

    def __init__(self, ids: Sequence[int]) -> None:
        self._order = list(dict.fromkeys(ids))
        self._left = set(self._order)
        self._at = 0

    def __len__(self) -> int:
        return len(self._left)

    def __contains__(self, article_id: int) -> bool:
        """Whether the article is still waiting."""
        return article_id in self._left

    def prefer(self, ids: Iterable[int]) -> None:
        """Take these next, in this order (those not waiting are ignored)."""
        self.put_first(i for i in ids if i in self._left)

    def put_first(self, ids: Iterable[int]) -> None:
        """Take these next, in this order, whether they were waiting or not."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return
        first = set(wanted)
        self._order = wanted + [i for i in self._order[self._at :] if i not in first]
        self._at = 0
        self._left.update(first)

    def pop(self) -> int | None:
        while self._at < len(self._order):
            article_id = self._order[self._at]
            self._at += 1
            if article_id in self._left:
                self._left.discard(article_id)
                return article_id
        return None


def serve(
    store: Store,
    suggester: Suggester,
    ids: Sequence[int],
    commands: Callable[[], list[Message]],
    emit: Callable[[Message], None],
    refresh: Sequence[int] = (),
    relearn: Callable[[], None] | None = None,
) -> SuggestReport:
    """Suggest for ``ids`` and bring the undecided articles ``refresh`` up to date (their
    pending suggestions replaced), reading ``commands()`` (what arrived meanwhile) between
    articles. ``relearn`` makes the suggester learn again from the store: a learn message
    calls it before its articles are brought up to date."""
    work = WorkQueue([*refresh, *ids])
    refreshing = set(refresh) - set(ids)
    report = SuggestReport()
    if len(work):
        suggester.load()
    while True:
        if _obey(commands(), work, refreshing, relearn, emit):
            report.cancelled = True
            break
        article_id = work.pop()
        if article_id is None:
            break
        if article_id in refreshing:
            refreshing.discard(article_id)
            spans = _bring_up_to_date(store, suggester, article_id, report)
        else:
            text = store.articles.get(article_id).text
            spans = store.suggestions.add(article_id, suggester.suggest(text), suggester.origin)
        report.articles += 1
        report.spans += spans
        total = report.articles + len(work)
        emit({"done": report.articles, "total": total, "article": article_id, "spans": spans})
    emit(
        {
            "finished": True,
            "articles": report.articles,
            "spans": report.spans,
            "refreshed": report.refreshed,
            "cancelled": report.cancelled,
        }
    )
    return report


def _bring_up_to_date(
    store: Store, suggester: Suggester, article_id: int, report: SuggestReport
) -> int:
    """``refresh.bring_up_to_date``, counted in ``report``; the suggestions added."""
    changed = refresh.bring_up_to_date(store, suggester, article_id)
    if changed is None:
        return 0
    added, removed = changed
    if added or removed:
        report.refreshed += 1
    return added


def _obey(
    messages: list[Message],
    work: WorkQueue,
    refreshing: set[int],
    relearn: Callable[[], None] | None,
    emit: Callable[[Message], None],
) -> bool:
    """Carry out the window's messages; True when it asked to stop. A learn message is
    answered at once, so that the window knows it was heard before the process ends."""
    for message in messages:
        if message.get("stop"):
            return True
        first = message.get("first")
        if isinstance(first, list):
            work.prefer(int(i) for i in first if isinstance(i, int))
        learn = message.get("learn")
        if isinstance(learn, list):
            if relearn is not None:
                relearn()
            again = [int(i) for i in learn if isinstance(i, int)]
            refreshing.update(i for i in again if i not in work)
            work.put_first(again)
            emit({"learned": len(again)})
    return False


def stdin_commands(stream: IO[str] | None = None) -> Callable[[], list[Message]]:
    """The messages that arrived on standard input, read by a thread so that the service never
    waits for them. End of input (the window gone) counts as a stop."""
    source = stream or sys.stdin
    inbox: queue.Queue[Message] = queue.Queue()

    def read() -> None:
        for line in source:
            try:
                message = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(message, dict):
                inbox.put(message)
        inbox.put({"stop": True})

    threading.Thread(target=read, daemon=True).start()

    def arrived() -> list[Message]:
        messages = []
        while not inbox.empty():
            messages.append(inbox.get_nowait())
        return messages

    return arrived


def stdout_emit(message: Message) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()
