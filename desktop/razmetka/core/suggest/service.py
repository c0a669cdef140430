"""Suggesting in the background for the window: a process of its own that works through the
articles in the order the window asks for, and says how far it is.

The window starts ``razmetka suggest --serve`` and talks to it in JSON lines: on its standard
input ``{"first": [ids...]}`` puts articles at the front of the queue (the one on screen, then
the next ones in list order) and ``{"stop": true}`` ends the run after the current article; on
its standard output the service writes ``{"done": n, "total": m, "article": id, "spans": k}``
after each article and ``{"finished": true, "articles": n, "spans": k, "cancelled": b}`` at the
end. In its own interpreter natasha never holds the window's, so a decision takes as long while
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
from razmetka.core.suggest import Suggester, SuggestReport

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

    def prefer(self, ids: Iterable[int]) -> None:
        """Take these next, in this order (those not waiting are ignored)."""
        wanted = [i for i in dict.fromkeys(ids) if i in self._left]
        if wanted:
            rest = [i for i in self._order[self._at :] if i not in set(wanted)]
            self._order = wanted + rest
            self._at = 0

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
) -> SuggestReport:
    """Suggest for ``ids``, reading ``commands()`` (what arrived meanwhile) between articles."""
    work = WorkQueue(ids)
    total = len(work)
    report = SuggestReport()
    if total:
        suggester.load()
    while True:
        if _obey(commands(), work):
            report.cancelled = True
            break
        article_id = work.pop()
        if article_id is None:
            break
        spans = store.suggestions.add(
            article_id, suggester.suggest(store.articles.get(article_id).text), suggester.origin
        )
        report.articles += 1
        report.spans += spans
        emit({"done": report.articles, "total": total, "article": article_id, "spans": spans})
    emit(
        {
            "finished": True,
            "articles": report.articles,
            "spans": report.spans,
            "cancelled": report.cancelled,
        }
    )
    return report


def _obey(messages: list[Message], work: WorkQueue) -> bool:
    """Carry out the window's messages; True when it asked to stop."""
    for message in messages:
        if message.get("stop"):
            return True
        first = message.get("first")
        if isinstance(first, list):
            work.prefer(int(i) for i in first if isinstance(i, int))
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
