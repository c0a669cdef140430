"""Undo commands: each wraps one ``Edit`` and writes it through the store.

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
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from razmetka.core.edits import Edit
from razmetka.core.store import NotSaved, Store, StoreError
from razmetka.core.store import errors as store_errors
from razmetka.ui.wording import error_words, refusal_words


class EditListener(Protocol):
    def edit_applied(self, edit: Edit, undone: bool) -> None: ...

    def edit_failed(self, message: str, article_id: int) -> None: ...


def read_only_refusal(store: Store) -> NotSaved:
    return NotSaved(
        f"{store.path}: not saved: the file is read-only", store_errors.READ_ONLY, store.path
    )


class EditCommand(QUndoCommand):
    """One analyst action. ``applied`` is the edit as the store carried it out (with the ids of
    the spans it created), or None when the store refused it."""

    def __init__(self, store: Store, edit: Edit, text: str, listener: EditListener) -> None:
        super().__init__(text)
        self._store = store
        self._edit = edit
        self._listener = listener
        self.applied: Edit | None = None
        self._undone: Edit | None = None
        self._on_stack = False  # pushed and written once: a refusal no longer erases it
        self._written: Edit | None = None  # written by ``write_first`` for the move to come
        self._write_ahead = False

    def set_listener(self, listener: EditListener) -> None:
        """Report to another window (the window is rebuilt when the language changes)."""
        self._listener = listener

    def write_first(self, forward: bool) -> bool:
        """Write the redo (``forward``) or the undo before the stack moves; False when the file
        refused for now, and the stack must stay where it is."""
        done = self._write(forward)
        if done is None and not self.isObsolete():
            return False
        self._written, self._write_ahead = done, True
        return True

    def redo(self) -> None:
        done = self._take_written() if self._write_ahead else self._write(True)
        if done is not None:
            self._on_stack = True
            self._listener.edit_applied(done, False)

    def undo(self) -> None:
        done = self._take_written() if self._write_ahead else self._write(False)
        if done is not None:
            self._listener.edit_applied(done, True)

    def _take_written(self) -> Edit | None:
        done, self._written, self._write_ahead = self._written, None, False
        return done

    def _write(self, forward: bool) -> Edit | None:
        """Apply the edit (or its inverse); None when the store refused it."""
        if forward:
            # Redone, the edit keeps its own name: the inverse of "undo resize" is "resize" again.
            edit = (
                replace(self._undone.inverted(), action=self._edit.action)
                if self._undone is not None
                else self._edit
            )
        elif self.applied is not None:
            edit = self.applied.inverted()
        else:
            return None
        try:
            if self._store.read_only:
                raise read_only_refusal(self._store)
            done = self._applied(edit)
        except NotSaved as exc:
            if not self._on_stack:
                self.setObsolete(True)  # refused as it was made: it never happened
            self._listener.edit_failed(refusal_words(exc), edit.article_id)
            return None
        except StoreError as exc:
            self.setObsolete(True)
            self._listener.edit_failed(error_words(exc), edit.article_id)
            return None
        if forward:
            self.applied = done
        else:
            self._undone = done
        return done

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
        return not isinstance(command, EditCommand) or command.write_first(forward)
