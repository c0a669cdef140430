"""SQLite's failures in plain words naming the file, with the step under way undone whole:
a full disk during an import, a read-only file written from the command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from razmetka.core.importing import import_paths
from razmetka.core.store import NotSaved, Store
from tests.conftest import add_article


def test_a_full_disk_during_an_import_is_named_and_keeps_what_was_stored(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(300):
        (folder / f"{n:03}.txt").write_text(f"Новость номер {n}. " * 200, encoding="utf-8")
    path = tmp_path / "small.db"
    with Store(path) as store:
        add_article(store, "Статья, сохранённая раньше.")
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 40}")  # a disk that fills up
        with pytest.raises(NotSaved, match="the disk is full") as caught:
            import_paths(store, [folder])
        assert str(path) in str(caught.value)
        assert "savepoint" not in str(caught.value)
    with Store(path) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        texts = [a.text for a in store.articles.stream()]
        assert texts[0] == "Статья, сохранённая раньше."


def test_writing_to_a_read_only_file_from_the_command_line_says_so(tmp_path):
    path = tmp_path / "corpus.db"
    with Store(path) as store:
        add_article(store, "Статья.")
    article = tmp_path / "new.txt"
    article.write_text("Новая статья о Москве.", encoding="utf-8")
    # What a read-only file system does (root is never refused by file modes): SQLite opens
    # the file read-only, and the import's first write fails.
    code = (
        "import sys; import razmetka.core.store as store;"
        "real = store.connect;"
        "store.connect = lambda path, read_only=False: real(path, True);"
        "from razmetka.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "--db", str(path), "import", str(article)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1, done.stderr
    assert f"{path}: not saved: the file is read-only" in done.stderr
    assert "unexpected error" not in done.stderr and "OperationalError" not in done.stderr
