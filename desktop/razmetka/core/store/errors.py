"""What the store refuses, as exceptions whose messages are for the user."""

from __future__ import annotations

import sqlite3


class StoreError(Exception):
    """A store operation refused; the message is for the user of the command line.

    ``kind`` names the refusal (one of the KIND constants below, or "" for one that is only
    said in English) and ``details`` holds what the message names (``path``, ``label``,
    ``count``...), so that a window can word it in its own language."""

    def __init__(self, message: str, kind: str = "", **details: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.details = details


# The kinds of refusal, and the details each one carries.
NOT_OURS = "not-razmetka"  # path
TOO_NEW = "schema-too-new"  # path, found, known
OLD_READ_ONLY = "read-only-old-schema"  # path, found
LABEL_EXISTS = "label-exists"  # label
HOTKEY_TAKEN = "hotkey-taken"  # hotkey, label
LABEL_USED = "label-used"  # label, count
LABEL_NAME = "label-name"  # label
BAD_COLOUR = "bad-colour"  # colour
HOTKEY_LENGTH = "hotkey-length"
NO_ARTICLE = "no-article"  # article
ARTICLE_GONE = "article-gone"  # article
STATUS_CHANGED = "status-changed"
SPAN_CHANGED = "span-changed"
SPAN_GONE = "span-gone"  # span
EMPTY_SPAN = "empty-span"
OVERLAP = "overlap"  # label, start, end
UNKNOWN_LABEL = "unknown-label"  # label
OUTSIDE = "outside"  # start, end, length


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

    def __init__(self, message: str, reason: str = "", path: str = "") -> None:
        super().__init__(message, reason, path=path)
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
            return NotSaved(f"{path}: not saved: {plain}", reason, path)
    return None
