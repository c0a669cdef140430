"""Runs jobs for the window: each on its own thread, shown in the status bar while it runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from razmetka.ui.jobs.work import SUGGEST

# A job's thread, process and status-bar widget are loaded with the first job, not at start.
if TYPE_CHECKING:
    from razmetka.ui.jobs.indicator import JobIndicator
    from razmetka.ui.jobs.suggest_process import SuggestProcess
    from razmetka.ui.jobs.thread import StoreJob
    from razmetka.ui.jobs.work import Work

__all__ = ["SUGGEST", "Job", "JobRunner"]

# Work on a thread with its own connection, or a process.
Job: TypeAlias = "StoreJob | SuggestProcess"


class JobRunner(QObject):
    """The window's running jobs.

    Signals: store_written() — a job committed something the window may want to show (every
    report of a suggesting job, the last of any other).
    """

    store_written = Signal()

    def __init__(
        self,
        db_path: Callable[[], str],
        status_bar: QStatusBar,
        parent: QWidget,
        read_only: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._db_path = db_path  # asked at each start: the window may have switched files
        self._read_only = read_only  # ...or opened one it cannot write
        self._status_bar = status_bar
        self._window = parent
        self.jobs: list[Job] = []

    def run(
        self, work: Work, title: str, on_success: Callable[[Any], None], kind: str = ""
    ) -> StoreJob:
        """Start ``work`` on the window's file; ``on_success`` gets its result on the GUI
        thread."""
        from razmetka.ui.jobs.thread import StoreJob

        job = StoreJob(self._db_path(), work, title, self, kind, self._read_only())
        return self.start(job, on_success)

    def start(self, job: Job, on_success: Callable[[Any], None]) -> Job:
        """Show a job in the status bar and start it."""
        from razmetka.ui.jobs.indicator import JobIndicator

        title = job.title
        # An import counts KiB of its files read (one JSONL file may hold the whole corpus).
        indicator = JobIndicator(title, self._status_bar, percent=job.kind == "import")
        self._status_bar.insertPermanentWidget(0, indicator)
        indicator.cancel_clicked.connect(job.cancel)
        job.progress.connect(lambda done, total: self._progress(job, indicator, done, total))
        job.succeeded.connect(on_success)
        job.failed.connect(lambda message: QMessageBox.warning(self._window, title, message))
        job.finished.connect(lambda: self._finished(job, indicator))
        self.jobs.append(job)
        job.start()
        return job

    def _progress(self, job: Job, indicator: JobIndicator, done: int, total: int) -> None:
        indicator.show_progress(done, total)
        if job.kind == SUGGEST or done == total:
            self.store_written.emit()

    def _finished(self, job: Job, indicator: JobIndicator) -> None:
        self._status_bar.removeWidget(indicator)
        indicator.deleteLater()
        if job in self.jobs:
            self.jobs.remove(job)
        job.deleteLater()

    def stop_all(self, timeout_ms: int = 15000) -> None:
        """Ask every job to stop and wait for them (what they finished stays committed)."""
        for job in list(self.jobs):
            job.cancel()
        for job in list(self.jobs):
            job.wait(timeout_ms)
