"""Suggesting for the window in a process of its own: ``razmetka suggest --serve``.

natasha holds its interpreter while it works; in a thread of the window's interpreter every
decision waited for it (0.5–1.6 s measured on 3,000 articles). In another process a decision
takes as long while suggestions run as when they do not. The window and the process talk in
JSON lines (see ``core.suggest.service``): the window says which articles to take first (the
one on screen, then the next in list order) and when to stop; the process says how far it is.
It writes to the database itself, an article a transaction, like any other program on the file.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from PySide6.QtCore import QObject, QProcess, Signal

from razmetka.core.suggest import SuggestReport
from razmetka.ui.jobs.work import SUGGEST

STOP_GRACE_MS = 3000  # how long a stopped process may take to finish its article


def razmetka_command(*args: str) -> tuple[str, list[str]]:
    """The program and arguments that run ``razmetka ARGS`` as this program was started: the
    frozen binary itself, or this interpreter with the package."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(args)
    return sys.executable, ["-m", "razmetka", *args]


class SuggestProcess(QObject):
    """A suggesting job run by ``razmetka suggest --serve`` on the window's file.

    Signals: progress(int, int) — articles done and in all; succeeded(object) — the
    ``SuggestReport``; failed(str) — what went wrong; finished() — the process has ended.
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(
        self,
        db_path: str,
        article_ids: Sequence[int] | None,
        title: str,
        parent: QObject | None = None,
        refresh: bool = False,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.kind = SUGGEST
        self._report: SuggestReport | None = None
        self._buffer = b""
        self.process = QProcess(self)
        ids = [str(i) for i in article_ids or ()]
        # With refresh, the given articles are brought up to date with what was learned.
        more = ("--refresh",) if refresh else ()
        self._program, self._arguments = razmetka_command(
            "--db", db_path, "suggest", "--serve", *more, *ids
        )
        self._unsent: list[bytes] = []  # said before the process was running
        # Learn messages the process has not answered: ended without them, it never heard them.
        self.unheard_learns = 0
        self.process.started.connect(self._flush)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._ended)
        self.process.errorOccurred.connect(self._error)

    def start(self) -> None:
        self.progress.emit(0, 0)
        self.process.start(self._program, self._arguments)

    def prefer(self, article_ids: Sequence[int]) -> None:
        """Suggest for these articles next, in this order (those already done are skipped)."""
        self._send({"first": [int(i) for i in article_ids]})

    @property
    def report(self) -> SuggestReport | None:
        """What the process said at its end (None until then, or if it never said)."""
        return self._report

    def learn(self, article_ids: Sequence[int]) -> None:
        """The analyst decided since the process started: learn again from the file and bring
        these undecided articles up to date first."""
        self._send({"learn": [int(i) for i in article_ids]})
        self.unheard_learns += 1

    def cancel(self) -> None:
        """Stop after the article under way; what is finished stays committed."""
        self._send({"stop": True})

    def wait(self, timeout_ms: int = STOP_GRACE_MS) -> bool:
        """Wait for the process to end; one still running after ``timeout_ms`` is killed (its
        open transaction, if any, is rolled back by SQLite: nothing half-written stays)."""
        if self.process.state() == QProcess.ProcessState.NotRunning:
            return True
        if not self.process.waitForFinished(timeout_ms):
            self.process.kill()
            self.process.waitForFinished(1000)
        return True

    def isRunning(self) -> bool:  # noqa: N802 (the name QThread jobs answer to)
        return self.process.state() != QProcess.ProcessState.NotRunning

    def _send(self, message: dict[str, object]) -> None:
        line = (json.dumps(message) + "\n").encode()
        if self.process.state() == QProcess.ProcessState.Running:
            self.process.write(line)
        elif self.process.state() == QProcess.ProcessState.Starting:
            self._unsent.append(line)

    def _flush(self) -> None:
        for line in self._unsent:
            self.process.write(line)
        self._unsent = []

    def _read(self) -> None:
        self._buffer += bytes(self.process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if message.get("finished"):
                self._report = SuggestReport(
                    int(message.get("articles", 0)),
                    int(message.get("spans", 0)),
                    bool(message.get("cancelled", False)),
                    int(message.get("refreshed", 0)),
                )
            elif "learned" in message:
                self.unheard_learns -= 1
            elif "done" in message:
                self.progress.emit(int(message["done"]), int(message["total"]))

    def _ended(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._read()
        if self._report is not None:
            self.succeeded.emit(self._report)
        elif code != 0:
            said = bytes(self.process.readAllStandardError().data()).decode(errors="replace")
            lines = [line for line in said.splitlines() if line.strip()]
            self.failed.emit(lines[-1] if lines else self.tr("Suggesting stopped unexpectedly"))
        self.finished.emit()

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.failed.emit(self.tr("Suggesting could not start: %1").replace("%1", self._program))
            self.finished.emit()
