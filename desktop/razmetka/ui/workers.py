"""Slow work off the GUI thread: suggesting, importing, exporting.

A job runs a function on a ``QThread`` with its OWN ``Store`` on the same file (SQLite in WAL mode
lets two connections share it safely); it never touches the window's store. When it reports, the
window refreshes its models from its own store. Cancelling asks the function to stop between
records; whatever it finished is committed.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from razmetka.core.store import Store

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]
Work = Callable[[Store, Progress, ShouldStop], Any]


class StoreJob(QThread):
    """Runs ``work(store, progress, should_stop)`` on its own thread and connection.

    Signals: progress(int, int) — done and total; succeeded(object) — the work's result;
    failed(str) — an error message.
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        db_path: str,
        work: Work,
        title: str,
        parent: QObject | None = None,
        kind: str = "",
    ):
        super().__init__(parent)
        self.db_path = db_path
        self.work = work
        self.title = title
        self.kind = kind  # "suggest", "import", "export", or "" for anything else

    def run(self) -> None:
        try:
            with Store(self.db_path) as store:
                result = self.work(store, self.progress.emit, self.isInterruptionRequested)
        except Exception as exc:  # reported to the user; the thread must not die silently
            traceback.print_exc()
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        self.succeeded.emit(result)

    def cancel(self) -> None:
        self.requestInterruption()


def suggest_work(article_ids: Sequence[int] | None = None) -> Work:
    """Suggestions for the articles the default suggester has not seen (or the given ones).

    natasha is imported and loaded here, on the worker thread, never on the GUI thread."""

    def work(store: Store, progress: Progress, should_stop: ShouldStop) -> Any:
        from razmetka.core.suggest import articles_to_suggest, default_suggester, suggest_articles

        progress(0, 0)
        suggester = default_suggester()
        ids = articles_to_suggest(store, suggester.origin, article_ids)
        if ids and not should_stop():
            suggester.load()
            progress(0, len(ids))
        return suggest_articles(store, suggester, ids, progress, should_stop)

    return work


def import_work(paths: Sequence[Path], fmt: str | None = None) -> Work:
    def work(store: Store, progress: Progress, should_stop: ShouldStop) -> Any:
        from razmetka.core.importing import import_paths

        return import_paths(store, list(paths), fmt, progress, should_stop)

    return work


def export_work(options: Any) -> Work:
    def work(store: Store, progress: Progress, should_stop: ShouldStop) -> Any:
        from razmetka.core.export import export

        return export(store, options, progress, should_stop)

    return work
