"""A job: slow work on a ``QThread`` with its OWN ``Store`` on the same file.

SQLite in WAL mode lets two connections share a file safely; a job never touches the window's
store. When it reports, the window refreshes its models from its own store. Cancelling asks the
work to stop between records; whatever it finished is committed.
"""

from __future__ import annotations

import traceback

from PySide6.QtCore import QObject, QThread, Signal

from razmetka.core.store import Store
from razmetka.ui.jobs.work import Work
from razmetka.ui.wording import error_words


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
        read_only: bool = False,
    ):
        super().__init__(parent)
        self.db_path = db_path
        self.read_only = read_only  # the window's file is read-only: so is the job's connection
        self.work = work
        self.title = title
        self.kind = kind  # "suggest", "import", "export", or "" for anything else

    def run(self) -> None:
        try:
            with Store(self.db_path, read_only=self.read_only) as store:
                result = self.work(store, self.progress.emit, self.isInterruptionRequested)
        except Exception as exc:  # reported to the user; the thread must not die silently
            traceback.print_exc()
            self.failed.emit(error_words(exc))
            return
        self.succeeded.emit(result)

    def cancel(self) -> None:
        self.requestInterruption()
