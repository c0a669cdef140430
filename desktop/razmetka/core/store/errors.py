"""What the store refuses, as exceptions whose messages are for the user."""

from __future__ import annotations

import sqlite3


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


class NotSaved(StoreError):
    """SQLite could not write (the disk is full, the file is read-only or busy): the step that
    was under way is undone whole, and the message says so in plain words.

    ``reason`` is one of the REASON constants, so that a window can say it in its own language
    and tell a passing refusal (busy) from one that stays (read-only)."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason


FULL, READ_ONLY, BUSY, DISK, CANNOT_OPEN = "full", "read-only", "busy", "disk", "cannot-open"

# What SQLite says, the reason, and what the analyst is told (after the file's name).
_PLAIN = (
    ("database or disk is full", FULL, "the disk is full"),
    ("readonly", READ_ONLY, "the file is read-only"),
    ("locked", BUSY, "the file is busy: another program is writing to it"),
    ("busy", BUSY, "the file is busy: another program is writing to it"),
    ("disk i/o error", DISK, "the disk could not be read or written"),
    ("unable to open", CANNOT_OPEN, "the file or its folder cannot be opened for writing"),
)


def in_plain_words(exc: sqlite3.Error, path: str) -> NotSaved | None:
    """The refusal an SQLite failure means for the user, naming the file; None for an error
    that is not about the file (a bug, which is reported as one)."""
    said = str(exc).lower()
    for sqlite_words, reason, plain in _PLAIN:
        if sqlite_words in said:
            return NotSaved(f"{path}: not saved: {plain}", reason)
    return None
