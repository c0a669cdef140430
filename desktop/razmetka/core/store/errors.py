"""What the store refuses, as exceptions whose messages are for the user."""

from __future__ import annotations


class StoreError(Exception):
    """A store operation refused; the message is for the user."""


class SchemaTooNew(StoreError):
    """The file was written by a newer Razmetka; it is left untouched."""


class NotRazmetka(StoreError):
    """The file is not a Razmetka database (another program's, or not SQLite at all)."""


class StaleEdit(StoreError):
    """The store no longer holds what the edit expected (another window changed it)."""


class SpanConflict(StoreError):
    """The change would break the span rules (bounds, overlap of accepted spans, unknown label)."""
