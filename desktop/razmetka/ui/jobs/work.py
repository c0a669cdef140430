"""The work jobs do off the GUI thread: suggesting, importing, exporting.

Each function returns a ``Work``: called on the worker thread with the job's own store, a
progress callback and a should-stop check; what it returns is the job's result (a report).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from razmetka.core.store import Store

if TYPE_CHECKING:
    from razmetka.core.export import ExportOptions
    from razmetka.core.report import ExportReport, ImportReport
    from razmetka.core.suggest import SuggestReport

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]
Work = Callable[[Store, Progress, ShouldStop], Any]


def suggest_work(article_ids: Sequence[int] | None = None) -> Work:
    """Suggestions for the articles the default suggester has not seen (or the given ones).

    natasha is imported and loaded here, on the worker thread, never on the GUI thread."""

    def work(store: Store, progress: Progress, should_stop: ShouldStop) -> SuggestReport:
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
    """Import files and folders; the result is an ``ImportReport``."""

    def work(store: Store, progress: Progress, should_stop: ShouldStop) -> ImportReport:
        from razmetka.core.importing import import_paths

        return import_paths(store, list(paths), fmt, progress, should_stop)

    return work


def export_work(options: ExportOptions) -> Work:
    """Export as ``options`` say; the result is an ``ExportReport``."""

    def work(store: Store, progress: Progress, should_stop: ShouldStop) -> ExportReport:
        from razmetka.core.export import export

        return export(store, options, progress, should_stop)

    return work
