"""Opening a file changes nothing until it is known to be ours: another program's SQLite file
and a newer Razmetka's file are refused byte for byte as they were, and a file that cannot be
written is read as it is."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

import pytest

from razmetka.core import stats
from razmetka.core.store import NotSaved, SchemaTooNew, Store, StoreError
from tests.conftest import add_article


def checksum(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rollback_journal_file(path, user_version: int = 0) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes(body) VALUES ('somebody else''s data')")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()


def journal_mode(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()


def test_another_programs_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    rollback_journal_file(path)
    before = checksum(path)
    with pytest.raises(StoreError, match="not a Razmetka database"):
        Store(path)
    assert checksum(path) == before
    assert journal_mode(path) == "delete"
    assert not (tmp_path / "other.sqlite-wal").exists()


def test_a_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.db"
    rollback_journal_file(path, user_version=99)
    before = checksum(path)
    with pytest.raises(SchemaTooNew, match="the file is untouched"):
        Store(path)
    assert checksum(path) == before
    assert journal_mode(path) == "delete"


def test_a_file_that_is_not_sqlite_is_named_and_left_alone(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"just some notes, not a database\n" * 10)
    before = checksum(path)
    done = subprocess.run(
        [sys.executable, "-m", "razmetka", "--db", str(path), "stats"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert str(path) in done.stderr and "not a Razmetka database" in done.stderr
    assert "Traceback" not in done.stderr
    assert checksum(path) == before


def test_a_read_only_database_is_read_and_counted(tmp_path):
    path = tmp_path / "corpus.db"
    with Store(path) as store:
        add_article(store, "Президент Казахстана прибыл в Вашингтон.")
    with Store(path, read_only=True) as store:
        assert store.read_only
        assert store.articles.count() == 1
        assert stats.collect(store).articles["todo"] == 1
        store.state.set("ui.article", "1")  # remembered nowhere, and no error
        with pytest.raises(NotSaved, match="not saved: the file is read-only"):
            add_article(store, "Ещё одна статья.")
