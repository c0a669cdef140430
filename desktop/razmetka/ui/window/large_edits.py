"""A decision carried to very many articles, written on a job of its own: tens of thousands of
edits take seconds, and the window goes on meanwhile (the status bar shows the progress, with
its button to stop). The job has its own connection and writes every edit in one transaction:
stopped, it changes nothing. Once it has committed, one undo step holds it all; the undo and
redo of such a step are written on a job too (``EditStack.background``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from razmetka.core.edits import Edit
from razmetka.core.store import Store
from razmetka.ui.jobs.runner import JobRunner
from razmetka.ui.jobs.work import edits_work
from razmetka.ui.window.annotation import Annotator
from razmetka.ui.window.commands import LARGE, EditCommand, EditStack
from razmetka.ui.window.state import WindowState
from razmetka.ui.wording import filled

__all__ = ["LARGE", "LargeEdits"]

Build = Callable[[Store], Sequence[Edit]]


class LargeEdits(QObject):
    def __init__(self, state: WindowState, runner: JobRunner, annotation: Annotator) -> None:
        super().__init__(state)
        self._state = state
        self._runner = runner
        self._annotation = annotation
        self._busy = False
        annotation.held = self._refused_while_busy
        self.attach()

    def attach(self) -> None:
        """Write the window's large undo and redo steps here (again after the window has
        taken over another's undo history)."""
        stack = self._state.undo_stack
        if isinstance(stack, EditStack):
            stack.background = self.write
            stack.held = self._refused_while_busy

    @property
    def busy(self) -> bool:
        return self._busy

    def apply(self, build: Build, text: str) -> None:
        """Build the edits on the job's store and write them; one undo step when committed."""
        if self._refused_while_busy():
            return
        self._start(build, text, lambda done: self._applied(done, text))

    def write(self, command: EditCommand, forward: bool) -> None:
        """The undo (or redo, ``forward``) of a large step, on a job; the stack moves when it
        has committed."""
        if self._refused_while_busy():
            return
        text = command.text()
        # The inverses of tens of thousands of edits take a second to make: on the job too.
        self._start(
            lambda _store: command.to_write(forward) or (),
            text,
            lambda done: self._moved(command, forward, done),
        )

    def _start(self, build: Build, text: str, done: Callable[[object], None]) -> None:
        self._busy = True
        work = edits_work(build, self._state.store.annotator)
        job = self._runner.run(work, text, done)
        job.finished.connect(self._finished)

    def _finished(self) -> None:
        self._busy = False

    def _applied(self, done: object, text: str) -> None:
        self._busy = False
        if not isinstance(done, tuple):
            self._stopped(text)
        elif not done:
            self._state.message(self.tr("Nothing to change"), 3000)
        else:
            self._annotation.push_written(done, text)

    def _moved(self, command: EditCommand, forward: bool, done: object) -> None:
        self._busy = False
        if not isinstance(done, tuple):
            self._stopped(command.text())
            return
        stack = self._state.undo_stack
        if stack.command(stack.index() if forward else stack.index() - 1) is not command:
            # Another step was made meanwhile: the history around this one no longer holds.
            stack.clear()
            self._state.message(
                filled(self.tr("%1: written; the undo history was cleared"), [command.text()]),
                8000,
            )
            return
        command.written_elsewhere(forward, done)
        if forward:
            stack.redo()
        else:
            stack.undo()

    def _stopped(self, text: str) -> None:
        self._state.message(filled(self.tr("Stopped: %1; nothing was changed"), [text]), 8000)

    def _refused_while_busy(self) -> bool:
        if not self._busy:
            return False
        self._state.message(
            self.tr("A decision on many articles is being written: wait for it or stop it"), 6000
        )
        QApplication.beep()
        return True
