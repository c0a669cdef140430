"""The work jobs do off the GUI thread: suggesting, importing, exporting.

Each function returns a ``Work``: called on the worker thread with the job's own store, a
progress callback and a should-stop check; what it returns is the job's result (a report).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from razmetka.core.edits import Edit
from razmetka.core.store import Store

if TYPE_CHECKING:
    from razmetka.core.export import ExportOptions
    from razmetka.core.report import ExportReport, ImportReport

SUGGEST = "suggest"  # the kind of suggesting jobs, which other work may interrupt

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


class _Stopped(Exception):
    pass


def edits_work(build: Callable[[Store], Sequence[Edit]], annotator: str) -> Work:
    """Write the edits ``build`` makes on the job's store (deciding as ``annotator``) in one
    transaction; the result is the edits as applied, or None when stopped: then nothing is
    written."""

    def work(store: Store, progress: Progress, should_stop: ShouldStop) -> tuple[Edit, ...] | None:
        store.annotator = annotator
        edits = [edit for edit in build(store) if not edit.is_empty]
        done = []
        try:
            with store.transaction():
                for number, edit in enumerate(edits):
                    if should_stop():
                        raise _Stopped
                    done.append(store.apply(edit))
                    if number % 200 == 0:
                        progress(number, len(edits) + 1)  # the commit is the last step
        except _Stopped:
            return None
        progress(len(edits), len(edits))
        return tuple(done)

    return work
