"""Opening a database file without changing it before it is known to be ours.

A file is only read until its schema says it is a Razmetka database this program can read;
switching to WAL and migrating come after. A file that cannot be written (its mode, or a
read-only file system) is opened read-only instead of refused, so it can still be read,
counted and exported.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from razmetka.core.store.errors import NOT_OURS, NotRazmetka

MEMORY = ":memory:"


def connect(path: str, read_only: bool = False) -> tuple[sqlite3.Connection, bool]:
    """A connection to ``path`` and whether it is read-only."""
    if path == MEMORY:
        return _configured(
            sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        ), False
    file = Path(path)
    if not read_only and file.exists() and not _writable(file):
        read_only = True
    try:
        if read_only:
            return _configured(_read_only(file)), True
        file.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, timeout=30, check_same_thread=False)
        return _configured(conn), False
    except sqlite3.DatabaseError as exc:
        raise NotRazmetka(f"{path}: not a Razmetka database ({exc})", NOT_OURS, path=path) from exc


def _writable(file: Path) -> bool:
    # SQLite writes beside the file too (the -wal and -shm files, a journal).
    return os.access(file, os.W_OK) and os.access(file.parent, os.W_OK)


def _read_only(file: Path) -> sqlite3.Connection:
    uri = f"file:{quote(str(file.resolve()))}"
    conn = sqlite3.connect(
        f"{uri}?mode=ro", uri=True, isolation_level=None, timeout=30, check_same_thread=False
    )
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        return conn
    except sqlite3.OperationalError:
        # A WAL file on read-only media: SQLite cannot make the -shm file it reads through.
        # Nothing else can be writing there, so the file may be read as immutable.
        conn.close()
        return sqlite3.connect(
            f"{uri}?immutable=1", uri=True, isolation_level=None, check_same_thread=False
        )


def _configured(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Settings of the connection alone: none of them writes to the file."""
    conn.create_function("text_length", 1, len, deterministic=True)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn
