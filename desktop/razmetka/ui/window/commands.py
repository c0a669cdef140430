"""Undo commands: each wraps one ``Edit``, or several (one decision carried to many articles),
and writes them through the store, several in one transaction: all of them or none.

``redo`` applies the edit (the first time when pushed) and ``undo`` applies its inverse; the
window is told only after the store has committed. The undo stack stays true to the file:

- an edit the store refuses as it is made leaves no entry (it never happened);
- an edit the file no longer allows (``StaleEdit``: another window changed the span) drops
  out of the stack, it can never be undone or redone;
- an undo or redo the file cannot take *now* (``NotSaved``: busy, read-only, full) moves
  nothing: ``EditStack`` writes before it moves, so the edit stays the one to undo (or redo).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from razmetka.core.edits import Edit
from razmetka.core.store import NotSaved, Store, StoreError
from razmetka.core.store import errors as store_errors
from razmetka.ui.wording import error_words, refusal_words

# A command of more articles' edits than this is written on a job of its own, undo and redo
# too (``window/large_edits.py``): tens of thousands of edits take seconds.
LARGE = 1000


class EditListener(Protocol):
    def edit_applied(self, edit: Edit, undone: bool) -> None: ...

    def edits_applied(self, edits: Sequence[Edit], undone: bool) -> None: ...

    def edit_failed(self, message: str, article_id: int) -> None: ...


def read_only_refusal(store: Store) -> NotSaved:
    return NotSaved(
        f"{store.path}: not saved: the file is read-only", store_errors.READ_ONLY, store.path
    )


class EditCommand(QUndoCommand):
    """One analyst action: one edit, or several applied in order and undone in reverse.
    ``applied`` is the (first) edit as the store carried it out (with the ids of the spans it
    created), ``applied_all`` every one; None when the store refused them."""

    def __init__(
        self, store: Store, edit: Edit | Sequence[Edit], text: str, listener: EditListener
    ) -> None:
        super().__init__(text)
        self._store = store
        self._edits: tuple[Edit, ...] = (edit,) if isinstance(edit, Edit) else tuple(edit)
        self._listener = listener
        self.applied_all: tuple[Edit, ...] | None = None
        self._undone: tuple[Edit, ...] | None = None
        self._on_stack = False  # pushed and written once: a refusal no longer erases it
        self._written: tuple[Edit, ...] | None = None  # by ``write_first``, for the move to come
        self._write_ahead = False

    @classmethod
    def written(
        cls, store: Store, done: Sequence[Edit], text: str, listener: EditListener
    ) -> EditCommand:
        """A command whose first write was made elsewhere (a job's connection, committed):
        pushing it only reports ``done``."""
        command = cls(store, done, text, listener)
        command.written_elsewhere(True, tuple(done))
        return command

    @property
    def is_large(self) -> bool:
        return len(self._edits) > LARGE

    def to_write(self, forward: bool) -> tuple[Edit, ...] | None:
        """The edits a redo (``forward``) or an undo writes, in order (None: nothing)."""
        return self._to_write(forward)

    def written_elsewhere(self, forward: bool, done: tuple[Edit, ...]) -> None:
        """The redo (``forward``) or undo was written by a job: the stack's move only reports."""
        if forward:
            self.applied_all = done
        else:
            self._undone = done
        self._written, self._write_ahead = done, True

    @property
    def applied(self) -> Edit | None:
        return self.applied_all[0] if self.applied_all else None

    def set_listener(self, listener: EditListener) -> None:
        """Report to another window (the window is rebuilt when the language changes)."""
        self._listener = listener

    @property
    def written_ahead(self) -> bool:
        return self._write_ahead

    def write_first(self, forward: bool) -> bool:
        """Write the redo (``forward``) or the undo before the stack moves; False when the file
        refused for now, and the stack must stay where it is."""
        if self._write_ahead:
            return True  # written by a job
        done = self._write(forward)
        if done is None and not self.isObsolete():
            return False
        self._written, self._write_ahead = done, True
        return True

    def redo(self) -> None:
        done = self._take_written() if self._write_ahead else self._write(True)
        if done is not None:
            self._on_stack = True
            self._report(done, False)

    def undo(self) -> None:
        done = self._take_written() if self._write_ahead else self._write(False)
        if done is not None:
            self._report(done, True)

    def _report(self, done: tuple[Edit, ...], undone: bool) -> None:
        if len(self._edits) == 1:
            self._listener.edit_applied(done[0], undone)
        else:
            self._listener.edits_applied(done, undone)

    def _take_written(self) -> tuple[Edit, ...] | None:
        done, self._written, self._write_ahead = self._written, None, False
        return done

    def _to_write(self, forward: bool) -> tuple[Edit, ...] | None:
        """The edits a redo (``forward``) or an undo writes, in order."""
        if forward:
            if self._undone is None:
                return self._edits
            # Redone, each edit keeps its own name: the inverse of "undo resize" is "resize".
            pairs = zip(reversed(self._undone), self._edits, strict=True)
            return tuple(undone.inverted()._replace(action=edit.action) for undone, edit in pairs)
        if self.applied_all is None:
            return None
        return tuple(edit.inverted() for edit in reversed(self.applied_all))

    def _write(self, forward: bool) -> tuple[Edit, ...] | None:
        """Apply the edits (or their inverses); None when the store refused them."""
        edits = self._to_write(forward)
        if edits is None:
            return None
        try:
            if self._store.read_only:
                raise read_only_refusal(self._store)
            done = self._applied_all(edits)
        except NotSaved as exc:
            if not self._on_stack:
                self.setObsolete(True)  # refused as it was made: it never happened
            self._listener.edit_failed(refusal_words(exc), edits[0].article_id)
            return None
        except StoreError as exc:
            self.setObsolete(True)
            self._listener.edit_failed(error_words(exc), edits[0].article_id)
            return None
        if forward:
            self.applied_all = done
        else:
            self._undone = done
        return done

    def _applied_all(self, edits: tuple[Edit, ...]) -> tuple[Edit, ...]:
        if len(edits) == 1:
            return (self._applied(edits[0]),)
        try:
            with self._store.transaction():  # every article's edit, or none
                return tuple(self._applied(edit) for edit in edits)
        except sqlite3.OperationalError as exc:
            plain = store_errors.in_plain_words(exc, self._store.path)
            if plain is None:
                raise
            raise plain from exc

    def _applied(self, edit: Edit) -> Edit:
        try:
            return self._store.apply(edit)
        except sqlite3.OperationalError as exc:
            # A read before the write can meet a lock too (a checkpoint under way elsewhere).
            plain = store_errors.in_plain_words(exc, self._store.path)
            if plain is None:
                raise
            raise plain from exc


class EditStack(QUndoStack):
    """The window's undo stack: an undo or redo is written before the stack moves, so one the
    file refuses (busy, read-only) leaves the stack where it was."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Writes a large command's undo or redo on a job, then moves the stack (or not, when
        # stopped or refused); None: written here like any other.
        self.background: Callable[[EditCommand, bool], None] | None = None
        # True (the analyst told why) while such a job holds the file: an undo or redo would
        # only wait for it and be refused as busy.
        self.held: Callable[[], bool] = lambda: False

    def undo(self) -> None:
        if self.canUndo() and not self._written_first(self.index() - 1, forward=False):
            return
        super().undo()

    def redo(self) -> None:
        if self.canRedo() and not self._written_first(self.index(), forward=True):
            return
        super().redo()

    def _written_first(self, number: int, forward: bool) -> bool:
        command = self.command(number)
        if not isinstance(command, EditCommand):
            return True
        if not command.written_ahead and self.held():
            return False
        if command.is_large and not command.written_ahead and self.background is not None:
            self.background(command, forward)
            return False
        return command.write_first(forward)
