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

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]
Work = Callable[[Store, Progress, ShouldStop], Any]


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
