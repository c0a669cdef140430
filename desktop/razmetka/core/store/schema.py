"""The schema and its migrations: each step moves a file from version N-1 to N in one
transaction. Append steps, never edit one."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import suppress

from razmetka.core.model import DEFAULT_LABELS
from razmetka.core.store import errors
from razmetka.core.store.errors import NotRazmetka, SchemaTooNew, StoreError
from razmetka.core.text import first_words

SCHEMA_VERSION = 7
# SQLite's application id for Razmetka files ("RZMK"): what the MIME type's magic looks for, so
# that a file manager knows a Razmetka database by its content whatever its name.
APPLICATION_ID = 0x525A4D4B


_SCHEMA_V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    external_id TEXT UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    date TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'todo'
        CHECK (status IN ('todo', 'in_progress', 'done', 'skipped')),
    meta TEXT NOT NULL DEFAULT '{}',
    imported_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX articles_status ON articles(status);
CREATE TABLE labels (
    name TEXT PRIMARY KEY,
    color TEXT NOT NULL,
    hotkey TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE spans (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label TEXT NOT NULL REFERENCES labels(name) ON UPDATE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
    origin TEXT NOT NULL,
    normal TEXT,
    annotator TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX spans_article ON spans(article_id, start);
CREATE INDEX spans_article_end ON spans(article_id, "end");
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    annotator TEXT,
    action TEXT NOT NULL,
    article_id INTEGER,
    span_id INTEGER,
    before TEXT,
    after TEXT
);
CREATE INDEX decisions_article ON decisions(article_id, id);
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
    BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
    BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE suggester_runs (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    origin TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (article_id, origin)
);
"""

# Version 2 keeps each text's length beside it (the article list, every decision's range check
# and the export need it, and SQL's length() reads the whole text and stops at a NUL), and puts
# the text last in the row. SQLite reaches a column by walking the row from its start, and a
# long text runs over hundreds of overflow pages: with the text in the middle, reading an
# article's status cost 2 ms for a 1.5 MB article, on every decision. text_length() is
# Python's len(), registered on every connection; foreign keys are off while a step runs.
_SCHEMA_V2 = """
CREATE TABLE articles_v2 (
    id INTEGER PRIMARY KEY,
    external_id TEXT UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    date TEXT,
    status TEXT NOT NULL DEFAULT 'todo'
        CHECK (status IN ('todo', 'in_progress', 'done', 'skipped')),
    content_hash TEXT NOT NULL UNIQUE,
    meta TEXT NOT NULL DEFAULT '{}',
    imported_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    length INTEGER NOT NULL,
    text TEXT NOT NULL
);
INSERT INTO articles_v2(id, external_id, title, source, date, status, content_hash, meta,
                        imported_at, updated_at, length, text)
    SELECT id, external_id, title, source, date, status, content_hash, meta,
           imported_at, updated_at, text_length(text), text
    FROM articles;
DROP TABLE articles;
ALTER TABLE articles_v2 RENAME TO articles;
CREATE INDEX articles_status ON articles(status);
"""


def _schema_v3(conn: sqlite3.Connection) -> None:
    """Version 3 keeps each span's text (its surface) in its row. An export writes the text of
    every span, and SQL's substr() finds a span's text by walking the article from its start:
    with 60 spans an article, that walk was most of the JSONL export's time. The article text
    never changes, so the copy never goes stale; it is filled here in Python, where slicing a
    text is not a walk. The index of spans in text order gains their ends, the order every
    reader and writer asks for, so that no query sorts an article's spans."""
    conn.execute("ALTER TABLE spans ADD COLUMN surface TEXT NOT NULL DEFAULT ''")
    conn.execute("DROP INDEX spans_article")
    conn.execute('CREATE INDEX spans_article ON spans(article_id, start, "end")')
    articles = conn.execute("SELECT DISTINCT article_id FROM spans").fetchall()
    for (article_id,) in articles:
        (text,) = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        rows = conn.execute(
            'SELECT id, start, "end" FROM spans WHERE article_id = ?', (article_id,)
        ).fetchall()
        conn.executemany(
            "UPDATE spans SET surface = ? WHERE id = ?",
            [(text[start:end], span_id) for span_id, start, end in rows],
        )


# Version 4 makes the article list a view of SQL: a corpus of 100,000 articles is sorted,
# filtered and counted by indexes, never by reading every row into the window. The list's own
# row per article (article_list) holds what it sorts by beside the articles table, whose rows
# end in long texts: the span counts, kept by triggers as spans come, go and change status, and
# a case-folded title (SQLite's own case folding knows only ASCII). Full-text search is FTS5
# over titles and texts with ё written as е, contentless (the texts are in the articles table
# already). Both are filled from Python when an article is added (``Articles.add``).
_SCHEMA_V4 = """
CREATE TABLE article_list (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    title_key TEXT NOT NULL DEFAULT '',
    pending INTEGER NOT NULL DEFAULT 0,
    accepted INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX article_list_title ON article_list(title_key);
CREATE INDEX article_list_pending ON article_list(pending);
CREATE INDEX article_list_accepted ON article_list(accepted);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX spans_label ON spans(label, article_id);
CREATE INDEX spans_normal ON spans(normal, article_id);
CREATE TRIGGER span_counted AFTER INSERT ON spans BEGIN
    UPDATE article_list SET
        pending = pending + (new.status = 'suggested'),
        accepted = accepted + (new.status = 'accepted'),
        rejected = rejected + (new.status = 'rejected')
    WHERE article_id = new.article_id;
END;
CREATE TRIGGER span_uncounted AFTER DELETE ON spans BEGIN
    UPDATE article_list SET
        pending = pending - (old.status = 'suggested'),
        accepted = accepted - (old.status = 'accepted'),
        rejected = rejected - (old.status = 'rejected')
    WHERE article_id = old.article_id;
END;
CREATE TRIGGER span_recounted AFTER UPDATE OF status ON spans
    WHEN old.status != new.status BEGIN
    UPDATE article_list SET
        pending = pending + (new.status = 'suggested') - (old.status = 'suggested'),
        accepted = accepted + (new.status = 'accepted') - (old.status = 'accepted'),
        rejected = rejected + (new.status = 'rejected') - (old.status = 'rejected')
    WHERE article_id = new.article_id;
END;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='', tokenize='unicode61 remove_diacritics 2'
);
"""


def _schema_v4(conn: sqlite3.Connection) -> None:
    for statement in _statements(_SCHEMA_V4):
        conn.execute(statement)
    rows = conn.execute("SELECT id, title, text FROM articles ORDER BY id")
    for article_id, title, text in rows.fetchall():
        add_list_row(conn, article_id, title, text)
    conn.execute(
        "UPDATE article_list SET "
        "pending = (SELECT COUNT(*) FROM spans WHERE article_id = article_list.article_id "
        "AND status = 'suggested'), "
        "accepted = (SELECT COUNT(*) FROM spans WHERE article_id = article_list.article_id "
        "AND status = 'accepted'), "
        "rejected = (SELECT COUNT(*) FROM spans WHERE article_id = article_list.article_id "
        "AND status = 'rejected')"
    )


def add_list_row(conn: sqlite3.Connection, article_id: int, title: str, text: str) -> None:
    """An article's row in the article list and its full-text entry (before any span of it)."""
    conn.execute(
        "INSERT INTO article_list(article_id, title_key) VALUES (?, ?)",
        (article_id, title_key(title, text)),
    )
    _add_search_row(conn, article_id, title, text)


def _add_search_row(conn: sqlite3.Connection, article_id: int, title: str, text: str) -> None:
    conn.execute(
        "INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)",
        (article_id, search_form(title), search_form(text)),
    )


def title_key(title: str, text: str) -> str:
    """What the list sorts titles by: the title as shown (an untitled article shows its first
    words), case-folded."""
    return (title.strip() or first_words(text, 70)).casefold()


def search_form(text: str) -> str:
    """Text as the full-text index holds it and queries are written: ё as е (Russian writes
    either), same length, so an offset in it is an offset in the text."""
    return text.replace("ё", "е").replace("Ё", "Е")


# Version 5 gives a span a note: why a suggestion was made («learned from 3 decisions …») or
# why the analyst should look twice (the same name labelled otherwise earlier in the article).
# The window shows it beside the suggestion; analysts' own spans leave it empty.
# A file that has the column already (a newer file marked older by hand) keeps it.
def _schema_v5(conn: sqlite3.Connection) -> None:
    columns = {row[1] for row in conn.execute("PRAGMA table_info(spans)")}
    if "note" not in columns:
        conn.execute("ALTER TABLE spans ADD COLUMN note TEXT")


# Version 6 keeps in the full-text index which articles hold a word, not where in them
# (detail=none): search asks only that (every word, the last a prefix), and filling the
# index where each word lies was half the cost of an import (20,000 articles: 11.6 s, now
# 8.4 s) and four fifths of its size (23 MB for 10,000 articles, now 5 MB). Phrase and NEAR
# queries, which need the positions, are not offered. The index is made again from the texts.
_SEARCH_INDEX_V6 = """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='', detail=none, tokenize='unicode61 remove_diacritics 2'
)
"""


def _schema_v6(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TABLE articles_fts")
    conn.execute(_SEARCH_INDEX_V6)
    for article_id, title, text in conn.execute("SELECT id, title, text FROM articles"):
        _add_search_row(conn, article_id, title, text)


# Version 7 lets a team share work on local files (``core/team``). Every file knows its own
# database id (a package of work knows the database it came from and its analyst); articles
# are assigned to analysts and sent to them in packages; each analyst's version of an article's
# spans is kept side by side (``versions`` and ``version_spans``) rather than one overwriting
# another; adjudication marks
# the articles whose curated result an adjudicator owns. A decision merged from another file
# keeps where it came from (``source``: that file's database id, ``source_id``: its id there),
# unique, so a decision merged twice is stored once.
_SCHEMA_V7 = """
CREATE TABLE IF NOT EXISTS identity (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS package (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    analyst TEXT NOT NULL,
    made_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS assignments (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    analyst TEXT NOT NULL,
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (article_id, analyst)
);
CREATE INDEX IF NOT EXISTS assignments_analyst ON assignments(analyst, article_id);
CREATE TABLE IF NOT EXISTS package_articles (
    package TEXT NOT NULL,
    analyst TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (package, article_id)
);
CREATE INDEX IF NOT EXISTS package_articles_analyst ON package_articles(analyst, article_id);
CREATE TABLE IF NOT EXISTS merged_packages (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    analyst TEXT NOT NULL,
    file TEXT NOT NULL,
    merged_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS versions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    analyst TEXT NOT NULL,
    status TEXT NOT NULL,
    last_decision INTEGER NOT NULL,
    package TEXT NOT NULL,
    PRIMARY KEY (article_id, analyst)
);
CREATE TABLE IF NOT EXISTS version_spans (
    article_id INTEGER NOT NULL,
    analyst TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label TEXT NOT NULL,
    status TEXT NOT NULL,
    origin TEXT NOT NULL,
    normal TEXT,
    surface TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (article_id, analyst) REFERENCES versions(article_id, analyst) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS version_spans_article ON version_spans(article_id, analyst, start);
CREATE TABLE IF NOT EXISTS adjudications (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    adjudicator TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT
);
"""


def _schema_v7(conn: sqlite3.Connection) -> None:
    import uuid

    for statement in _statements(_SCHEMA_V7):
        conn.execute(statement)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(decisions)")}
    for column, kind in (("source", "TEXT"), ("source_id", "INTEGER")):
        if column not in columns:  # a newer file marked older by hand keeps its columns
            conn.execute(f"ALTER TABLE decisions ADD COLUMN {column} {kind}")
    conn.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS decisions_source ON decisions(source, source_id)"
    )
    conn.execute(
        "INSERT OR IGNORE INTO identity(key, value) VALUES ('database_id', ?)",
        (uuid.uuid4().hex,),
    )


# Indexes that only make queries faster, made when a file lacks them rather than by a migration
# step: a program that does not know them reads the file the same, so the builds from before
# them still open it (a new schema version would shut them out).
_SPEED_INDEXES = (
    # An article's spans counted by status from the index alone. The article list asks for three
    # counts for every article, and an export for one; through the index in text order each
    # counted span was a lookup in the table (20,000 articles' summaries: 408 ms, now 87 ms).
    "CREATE INDEX IF NOT EXISTS spans_status ON spans(article_id, status)",
    # The dashboard's questions, each answered from an index alone (100,000 articles, 850,000
    # spans, 450,000 decisions: 2.4 s without them, 0.8 s with). Spans by label, origin and
    # status: entities per label, what became of the suggestions.
    "CREATE INDEX IF NOT EXISTS spans_outcome ON spans(label, origin, status)",
    # The decided spans without reading the suggested ones: what the analyst's decisions teach
    # is read again after every pause in the window (100,000 articles, 4 million spans, 136,000
    # decided: the lessons in 0.65 s instead of 1.5 s, the boundary lessons in 0.01 s, not 0.5).
    "CREATE INDEX IF NOT EXISTS spans_by_status ON spans(status)",
    # A span's decisions, last first, with their action: was a rejected suggestion corrected?
    "CREATE INDEX IF NOT EXISTS decisions_span ON decisions(span_id, id, action)",
    # Each analyst's decisions on an article in order of time: the time spent on it.
    "CREATE INDEX IF NOT EXISTS decisions_sittings ON decisions(article_id, annotator, at, action)",
)


# Each step moves a file from version N-1 to N, in one transaction: SQL statements, or a
# function of the connection. Append, never edit.
MIGRATIONS: list[tuple[str, str | Callable[[sqlite3.Connection], None]]] = [
    ("initial schema", _SCHEMA_V1),
    ("text length kept, text last in the row", _SCHEMA_V2),
    ("each span's text kept in its row", _schema_v3),
    ("the article list sorted, filtered and counted by SQL; full-text search", _schema_v4),
    ("a note on each span: why it was suggested", _schema_v5),
    ("the full-text index holds which articles hold a word, not where", _schema_v6),
    ("shared work: database id, assignments, packages, per-analyst versions", _schema_v7),
]
assert len(MIGRATIONS) == SCHEMA_VERSION


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_readable(conn: sqlite3.Connection, path: str) -> int:
    """The file's schema version, after making sure it is ours and not newer than this program
    knows. Only reads: a file refused here is left exactly as it was."""
    found = version(conn)
    if found > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"{path} was written by a newer Razmetka (schema {found}; this program "
            f"knows up to {SCHEMA_VERSION}). Update Razmetka to open it; the file is untouched.",
            errors.TOO_NEW,
            path=path,
            found=found,
            known=SCHEMA_VERSION,
        )
    if found == 0 and conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
        raise NotRazmetka(
            f"{path}: not a Razmetka database (it holds other tables)", errors.NOT_OURS, path=path
        )
    return found


def migrate(conn: sqlite3.Connection, path: str, found: int) -> None:
    """Move a file of schema ``found`` to the current one, a step per transaction."""
    for target in range(found + 1, SCHEMA_VERSION + 1):
        _name, script = MIGRATIONS[target - 1]
        # A step may rebuild a table that others refer to: dropping the old one must not
        # cascade. The pragma only takes effect outside a transaction.
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                _run_step(conn, script)
                if conn.execute("PRAGMA foreign_key_check").fetchall():
                    raise StoreError(f"{path}: migration to schema {target} failed")
                conn.execute(f"PRAGMA user_version = {target}")
                if target == 1:
                    _insert_default_labels(conn)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.execute("PRAGMA foreign_keys = ON")


def _run_step(conn: sqlite3.Connection, script: str | Callable[[sqlite3.Connection], None]) -> None:
    if callable(script):
        script(conn)
    else:
        for statement in _statements(script):
            conn.execute(statement)


def _insert_default_labels(conn: sqlite3.Connection) -> None:
    for position, label in enumerate(DEFAULT_LABELS):
        conn.execute(
            "INSERT INTO labels(name, color, hotkey, description, position) VALUES (?, ?, ?, ?, ?)",
            (label.name, label.color, label.hotkey, label.description, position),
        )


def mark_as_ours(conn: sqlite3.Connection) -> None:
    """Write the application id into a file that lacks it (a new file, or one made before)."""
    if conn.execute("PRAGMA application_id").fetchone()[0] == 0:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def add_speed_indexes(conn: sqlite3.Connection) -> None:
    for statement in _SPEED_INDEXES:
        # A file that cannot be written now (read-only, or another program holding a long
        # write) is read as it is, only slower.
        with suppress(sqlite3.OperationalError):
            conn.execute(statement)


def _statements(script: str) -> list[str]:
    """Split a schema script into statements (triggers contain inner semicolons)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return [s for s in statements if s]
