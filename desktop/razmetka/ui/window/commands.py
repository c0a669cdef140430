"""Undo commands: each wraps one ``Edit`` and writes it through the store.

``redo`` applies the edit (the first time when pushed) and ``undo`` applies its inverse; the
window is told only after the store has committed. A refused write (``StoreError``, e.g. another
window changed the span) is shown in the status bar and the command drops out of the stack.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from razmetka.core.edits import Edit
from razmetka.core.store import Store, StoreError


class EditListener(Protocol):
    def edit_applied(self, edit: Edit, undone: bool) -> None: ...

    def edit_failed(self, message: str, article_id: int) -> None: ...


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

    def set_listener(self, listener: EditListener) -> None:
        """Report to another window (the window is rebuilt when the language changes)."""
        self._listener = listener

    def redo(self) -> None:
        # Redone, the edit keeps its own name: the inverse of "undo resize" is "resize" again.
        edit = (
            replace(self._undone.inverted(), action=self._edit.action)
            if self._undone is not None
            else self._edit
        )
        try:
            self.applied = self._store.apply(edit)
        except StoreError as exc:
            self.applied = None
            self.setObsolete(True)
            self._listener.edit_failed(str(exc), edit.article_id)
            return
        self._listener.edit_applied(self.applied, False)

    def undo(self) -> None:
        if self.applied is None:
            return
        try:
            self._undone = self._store.apply(self.applied.inverted())
        except StoreError as exc:
            self.setObsolete(True)
            self._listener.edit_failed(str(exc), self.applied.article_id)
            return
        self._listener.edit_applied(self._undone, True)
