"""The annotation store: one SQLite file, the only module that speaks SQL.

Every write is one transaction (``BEGIN IMMEDIATE``, so two programs on one file queue up instead
of failing half-way), committed before the caller returns. Every change to a span or an article's
status is also appended to the decision log, which SQL triggers keep append-only.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from razmetka.core import rules
from razmetka.core.edits import Edit, SpanChange
from razmetka.core.model import (
    DEFAULT_LABELS,
    Article,
    ArticleStatus,
    Document,
    Label,
    Span,
    SpanStatus,
    Suggestion,
)
from razmetka.core.text import content_hash

SCHEMA_VERSION = 3
APP_NAME = "razmetka"


class StoreError(Exception):
    """A store operation refused; the message is for the user."""


class SchemaTooNew(StoreError):
    pass


class StaleEdit(StoreError):
    """The store no longer holds what the edit expected (another window changed it)."""


class SpanConflict(StoreError):
    """The change would break the span rules (bounds, overlap of accepted spans, unknown label)."""


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    external_id: str | None
    title: str
    date: str | None
    status: ArticleStatus
    pending: int
    accepted: int
    rejected: int
    length: int


def default_path() -> Path:
    import appdirs

    return Path(appdirs.user_data_dir(APP_NAME, False)) / "razmetka.db"


def demo_path() -> Path:
    """The demo database, kept apart so the sample articles never mix with real work."""
    return default_path().with_name("demo.db")


def resolve_path(path: str | os.PathLike[str] | None) -> Path:
    """The database file: the argument, else ``RAZMETKA_DB``, else the user data folder."""
    if path:
        return Path(path)
    env = os.environ.get("RAZMETKA_DB")
    return Path(env) if env else default_path()


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def default_annotator() -> str:
    return os.environ.get("RAZMETKA_USER") or os.environ.get("USER") or "analyst"


# --- schema -----------------------------------------------------------------------------------

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


# Indexes that only make queries faster, made when a file lacks them rather than by a migration
# step: a program that does not know them reads the file the same, so the builds from before
# them still open it (a new schema version would shut them out).
_SPEED_INDEXES = (
    # An article's spans counted by status from the index alone. The article list asks for three
    # counts for every article, and an export for one; through the index in text order each
    # counted span was a lookup in the table (20,000 articles' summaries: 408 ms, now 87 ms).
    "CREATE INDEX IF NOT EXISTS spans_status ON spans(article_id, status)",
)


# Each step moves a file from version N-1 to N, in one transaction: SQL statements, or a
# function of the connection. Append, never edit.
MIGRATIONS: list[tuple[str, str | Callable[[sqlite3.Connection], None]]] = [
    ("initial schema", _SCHEMA_V1),
    ("text length kept, text last in the row", _SCHEMA_V2),
    ("each span's text kept in its row", _schema_v3),
]
assert len(MIGRATIONS) == SCHEMA_VERSION


# --- rows <-> objects -------------------------------------------------------------------------

_SPAN_COLUMNS = 'id, article_id, start, "end", label, status, origin, normal, annotator'
_ARTICLE_COLUMNS = "id, external_id, title, source, date, text, content_hash, status, meta"


_SPAN_STATUS = {status.value: status for status in SpanStatus}


def _span_from_row(row: tuple[Any, ...], _new: Any = object.__new__) -> Span:
    # An article may hold tens of thousands of spans and an export reads millions: the fields go
    # straight into the instance's dict, a quarter of the cost of the frozen dataclass's
    # __init__ (which sets each field through object.__setattr__). The status is a dict lookup,
    # not SpanStatus(status). tests/core/test_store.py holds this to Span(...) field for field.
    span = _new(Span)
    fields = span.__dict__
    (
        fields["id"],
        fields["article_id"],
        fields["start"],
        fields["end"],
        fields["label"],
        status,
        fields["origin"],
        fields["normal"],
        fields["annotator"],
    ) = row
    fields["status"] = _SPAN_STATUS[status]
    return span


def _article_from_row(row: tuple[Any, ...]) -> Article:
    aid, external_id, title, source, date, text, chash, status, meta = row
    return Article(
        text=text,
        external_id=external_id,
        title=title,
        source=source,
        date=date,
        meta=json.loads(meta),
        status=ArticleStatus(status),
        id=aid,
        content_hash=chash,
    )


def span_record(span: Span) -> dict[str, Any]:
    return {
        "id": span.id,
        "start": span.start,
        "end": span.end,
        "label": span.label,
        "status": span.status.value,
        "origin": span.origin,
        "normal": span.normal,
        "annotator": span.annotator,
    }


# --- the store --------------------------------------------------------------------------------


class Store:
    """An open annotation database."""

    def __init__(self, path: str | os.PathLike[str] = ":memory:", *, annotator: str | None = None):
        self.path = str(path)
        self.annotator = annotator or default_annotator()
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(
                self.path, isolation_level=None, timeout=30, check_same_thread=False
            )
            conn.create_function("text_length", 1, len, deterministic=True)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 30000")
            if self.path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a Razmetka database ({exc})") from exc
        self._savepoints = 0
        self._db: Any = None
        self.conn = conn
        self._migrate()
        self._add_speed_indexes()

    @property
    def db(self) -> Any:
        """sqlite-utils over the same connection, made on first use: importing sqlite-utils
        pulls in pandas when it is installed, which would add a second to every start."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # -- lifecycle

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction. A nested use is a savepoint: if it fails, only its own
        changes are undone and the outer transaction goes on."""
        if self.conn.in_transaction:
            self._savepoints += 1
            name = f"sp{self._savepoints}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            self.conn.execute(f"RELEASE {name}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        try:
            version = self.schema_version
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a Razmetka database ({exc})") from exc
        if version > SCHEMA_VERSION:
            raise SchemaTooNew(
                f"{self.path} was written by a newer Razmetka (schema {version}; this program "
                f"knows up to {SCHEMA_VERSION}). Update Razmetka to open it; the file is untouched."
            )
        if version == 0 and self._has_foreign_tables():
            raise StoreError(f"{self.path}: not a Razmetka database (it holds other tables)")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            _name, script = MIGRATIONS[target - 1]
            # A step may rebuild a table that others refer to: dropping the old one must not
            # cascade. The pragma only takes effect outside a transaction.
            self.conn.execute("PRAGMA foreign_keys = OFF")
            try:
                with self.transaction():
                    if callable(script):
                        script(self.conn)
                    else:
                        for statement in _statements(script):
                            self.conn.execute(statement)
                    broken = self.conn.execute("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StoreError(f"{self.path}: migration to schema {target} failed")
                    self.conn.execute(f"PRAGMA user_version = {target}")
                    if target == 1:
                        self._insert_default_labels()
            finally:
                self.conn.execute("PRAGMA foreign_keys = ON")

    def _add_speed_indexes(self) -> None:
        for statement in _SPEED_INDEXES:
            # A file that cannot be written now (read-only, or another program holding a long
            # write) is read as it is, only slower.
            with suppress(sqlite3.OperationalError):
                self.conn.execute(statement)

    def _has_foreign_tables(self) -> bool:
        return bool(self.conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone())

    def _insert_default_labels(self) -> None:
        for position, label in enumerate(DEFAULT_LABELS):
            self._write_label(label, position)

    # -- state (per-database settings such as the open article)

    def get_state(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_state(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO state(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- labels

    def labels(self) -> list[Label]:
        rows = self.conn.execute(
            "SELECT name, color, hotkey, description FROM labels ORDER BY position, name"
        )
        return [Label(*row) for row in rows]

    def label_names(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT name FROM labels")}

    def save_label(self, label: Label, old_name: str | None = None) -> None:
        """Add a label, or change one (``old_name``); a rename carries its spans along."""
        _check_label(label)
        with self.transaction():
            taken = {
                lab.hotkey: lab.name for lab in self.labels() if lab.hotkey and lab.name != old_name
            }
            if label.hotkey and label.hotkey in taken and taken[label.hotkey] != label.name:
                raise StoreError(
                    f"hotkey {label.hotkey!r} is already used by {taken[label.hotkey]}"
                )
            if old_name is None:
                if label.name in self.label_names():
                    raise StoreError(f"label {label.name} already exists")
                position = self.conn.execute("SELECT COUNT(*) FROM labels").fetchone()[0]
                self._write_label(label, position)
            else:
                if label.name != old_name and label.name in self.label_names():
                    raise StoreError(f"label {label.name} already exists")
                self.conn.execute(
                    "UPDATE labels SET name = ?, color = ?, hotkey = ?, description = ? "
                    "WHERE name = ?",
                    (label.name, label.color, label.hotkey, label.description, old_name),
                )
            self._log("label", None, None, {"name": old_name}, label.__dict__)

    def ensure_labels(self, names: Iterable[str]) -> list[str]:
        """Create any missing labels (with a generated colour); returns the names created."""
        missing = sorted(set(names) - self.label_names())
        with self.transaction():
            for name in missing:
                position = self.conn.execute("SELECT COUNT(*) FROM labels").fetchone()[0]
                self._write_label(Label(name, _generated_color(name)), position)
        return missing

    def delete_label(self, name: str) -> None:
        with self.transaction():
            used = self.conn.execute(
                "SELECT COUNT(*) FROM spans WHERE label = ?", (name,)
            ).fetchone()
            if used[0]:
                raise StoreError(f"label {name} is used by {used[0]} spans; rename it instead")
            self.conn.execute("DELETE FROM labels WHERE name = ?", (name,))
            self._log("delete label", None, None, {"name": name}, None)

    def _write_label(self, label: Label, position: int) -> None:
        self.conn.execute(
            "INSERT INTO labels(name, color, hotkey, description, position) VALUES (?, ?, ?, ?, ?)",
            (label.name, label.color, label.hotkey, label.description, position),
        )

    # -- articles

    def add_document(self, doc: Document, origin_annotator: str | None = None) -> int | None:
        """Insert an article with its spans; None if the same text is already stored.

        Raises StoreError when the external id is taken by a different text. The caller has
        validated the spans (see ``importing.validate``).
        """
        try:
            return self._add_document(doc, origin_annotator)
        except UnicodeEncodeError as exc:
            bad = exc.object[exc.start : exc.end]
            raise StoreError(f"holds {bad!r}, a lone UTF-16 surrogate, which is not text") from exc

    def _add_document(self, doc: Document, origin_annotator: str | None) -> int | None:
        article = doc.article
        if "\x00" in article.text:
            # Also SQLite's end of a string: text functions would stop there.
            raise StoreError("the text holds a NUL character (binary data)")
        chash = article.content_hash or content_hash(article.text)
        meta = _meta_json(article.meta)
        # Inside a caller's transaction an article without spans is a single INSERT, whole or
        # not at all by itself: no savepoint needed (a folder import makes thousands).
        atomic: AbstractContextManager[None] = (
            nullcontext() if self.conn.in_transaction and not doc.spans else self.transaction()
        )
        with atomic:
            present = self.conn.execute(
                "SELECT content_hash = ? FROM articles WHERE content_hash = ? OR external_id = ?",
                (chash, chash, article.external_id),
            ).fetchall()
            if any(same for (same,) in present):
                return None
            if present:
                raise StoreError(f"id {article.external_id!r} is already used by another text")
            stamp = now()
            cursor = self.conn.execute(
                "INSERT INTO articles(external_id, title, source, date, text, length, "
                "content_hash, status, meta, imported_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.external_id,
                    article.title,
                    article.source,
                    article.date,
                    article.text,
                    len(article.text),
                    chash,
                    article.status.value,
                    meta,
                    stamp,
                    stamp,
                ),
            )
            article_id = int(cursor.lastrowid or 0)
            if doc.spans:
                self.ensure_labels(span.label for span in doc.spans)
                self.conn.executemany(
                    'INSERT INTO spans(article_id, start, "end", surface, label, status, origin, '
                    "normal, annotator, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            article_id,
                            s.start,
                            s.end,
                            article.text[s.start : s.end],
                            s.label,
                            s.status.value,
                            s.origin,
                            s.normal,
                            s.annotator or origin_annotator,
                            stamp,
                            stamp,
                        )
                        for s in doc.spans
                    ],
                )
            return article_id

    def article(self, article_id: int) -> Article:
        row = self.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no article {article_id}")
        return _article_from_row(row)

    def articles(
        self, statuses: Iterable[ArticleStatus] | None = None, ids: Iterable[int] | None = None
    ) -> Iterator[Article]:
        """Articles in id order, streamed (a large corpus is never held in memory)."""
        sql, params = self._article_filter(statuses, ids)
        cursor = self.conn.cursor()
        yield from map(
            _article_from_row,
            cursor.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles{sql} ORDER BY id", params),
        )

    def articles_with_spans(
        self, statuses: Iterable[ArticleStatus] | None = None
    ) -> Iterator[tuple[Article, list[Span]]]:
        """Articles in id order, each with its spans in text order, from two streamed queries:
        a corpus export reads every span once instead of running a query per article."""
        sql, params = self._article_filter(statuses, None)
        articles = self.conn.cursor().execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles{sql} ORDER BY id", params
        )
        spans = self.conn.cursor().execute(
            f"SELECT {_SPAN_COLUMNS} FROM spans WHERE article_id IN (SELECT id FROM articles{sql}) "
            'ORDER BY article_id, start, "end", id',
            params,
        )
        pending = next(spans, None)
        for row in articles:
            article = _article_from_row(row)
            own = []
            while pending is not None and pending[1] <= row[0]:
                if pending[1] == row[0]:
                    own.append(_span_from_row(pending))
                pending = next(spans, None)
            yield article, own

    def article_ids(
        self, statuses: Iterable[ArticleStatus] | None = None, ids: Iterable[int] | None = None
    ) -> list[int]:
        sql, params = self._article_filter(statuses, ids)
        return [
            r[0] for r in self.conn.execute(f"SELECT id FROM articles{sql} ORDER BY id", params)
        ]

    def _article_filter(
        self, statuses: Iterable[ArticleStatus] | None, ids: Iterable[int] | None
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if statuses is not None:
            values = [ArticleStatus(s).value for s in statuses]
            clauses.append(f"status IN ({', '.join('?' * len(values))})")
            params += values
        if ids is not None:
            id_list = [int(i) for i in ids]
            clauses.append(f"id IN ({', '.join('?' * len(id_list))})")
            params += id_list
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def find_article(self, key: str) -> int | None:
        """An article by numeric id or external id."""
        row = self.conn.execute(
            "SELECT id FROM articles WHERE external_id = ? OR CAST(id AS TEXT) = ?", (key, key)
        ).fetchone()
        return row[0] if row else None

    def summaries(self) -> list[ArticleSummary]:
        rows = self.conn.execute(
            """
            SELECT a.id, a.external_id, a.title, a.date, a.status,
                   COALESCE(SUM(s.status = 'suggested'), 0),
                   COALESCE(SUM(s.status = 'accepted'), 0),
                   COALESCE(SUM(s.status = 'rejected'), 0),
                   a.length
            FROM articles a LEFT JOIN spans s ON s.article_id = a.id
            GROUP BY a.id ORDER BY a.id
            """
        )
        return [
            ArticleSummary(r[0], r[1], r[2], r[3], ArticleStatus(r[4]), r[5], r[6], r[7], r[8])
            for r in rows
        ]

    def summary(self, article_id: int) -> ArticleSummary:
        row = self.conn.execute(
            """
            SELECT a.id, a.external_id, a.title, a.date, a.status,
                   (SELECT COUNT(*) FROM spans WHERE article_id = a.id AND status = 'suggested'),
                   (SELECT COUNT(*) FROM spans WHERE article_id = a.id AND status = 'accepted'),
                   (SELECT COUNT(*) FROM spans WHERE article_id = a.id AND status = 'rejected'),
                   a.length
            FROM articles a WHERE a.id = ?
            """,
            (article_id,),
        ).fetchone()
        if row is None:
            raise StoreError(f"no article {article_id}")
        return ArticleSummary(row[0], row[1], row[2], row[3], ArticleStatus(row[4]), *row[5:])

    def article_status(self, article_id: int) -> ArticleStatus:
        row = self.conn.execute(
            "SELECT status FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no article {article_id}")
        return ArticleStatus(row[0])

    def count_articles(self, statuses: Iterable[ArticleStatus] | None = None) -> int:
        sql, params = self._article_filter(statuses, None)
        return int(self.conn.execute(f"SELECT COUNT(*) FROM articles{sql}", params).fetchone()[0])

    def article_ids_without_suggestions(self, origin: str) -> list[int]:
        """Articles that the suggester ``origin`` has not yet run over."""
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id NOT IN "
            "(SELECT article_id FROM suggester_runs WHERE origin = ?) ORDER BY id",
            (origin,),
        )
        return [r[0] for r in rows]

    # -- spans

    def spans(self, article_id: int, statuses: Iterable[SpanStatus] | None = None) -> list[Span]:
        """An article's spans ordered by position."""
        sql = f"SELECT {_SPAN_COLUMNS} FROM spans WHERE article_id = ?"
        params: list[Any] = [article_id]
        if statuses is not None:
            values = [SpanStatus(s).value for s in statuses]
            sql += f" AND status IN ({', '.join('?' * len(values))})"
            params += values
        sql += ' ORDER BY start, "end", id'
        return [_span_from_row(r) for r in self.conn.execute(sql, params)]

    def spans_starting(self, article_id: int, start: int, end: int) -> list[Span]:
        """The article's spans that start in ``[start, end)``, in text order: a range of the
        spans index, for reading a long article a stretch at a time."""
        rows = self.conn.execute(
            f"SELECT {_SPAN_COLUMNS} FROM spans WHERE article_id = ? AND start >= ? AND start < ? "
            'ORDER BY start, "end", id',
            (article_id, start, end),
        )
        return [_span_from_row(r) for r in rows]

    def overlapping(
        self,
        article_id: int,
        start: int,
        end: int,
        statuses: Iterable[SpanStatus] | None = None,
    ) -> list[Span]:
        """The article's spans that share a character with ``[start, end)``; an index range
        scan, so a decision in an article with 40,000 spans does not read them all."""
        sql = f'SELECT {_SPAN_COLUMNS} FROM spans WHERE article_id = ? AND start < ? AND "end" > ?'
        params: list[Any] = [article_id, end, start]
        if statuses is not None:
            values = [SpanStatus(s).value for s in statuses]
            sql += f" AND status IN ({', '.join('?' * len(values))})"
            params += values
        return [
            _span_from_row(r) for r in self.conn.execute(sql + ' ORDER BY start, "end", id', params)
        ]

    def span(self, span_id: int) -> Span | None:
        row = self.conn.execute(
            f"SELECT {_SPAN_COLUMNS} FROM spans WHERE id = ?", (span_id,)
        ).fetchone()
        return _span_from_row(row) if row else None

    def add_suggestions(
        self, article_id: int, suggestions: Iterable[Suggestion], origin: str
    ) -> int:
        """Store new suggestions; returns how many were new.

        A suggestion is new when no span of the article already covers the same stretch with the
        same label (whatever its status) and it does not overlap an accepted span: an analyst's
        decision is never reopened by re-running a suggester.
        """
        with self.transaction():
            existing = self.spans(article_id)
            seen = {(s.start, s.end, s.label) for s in existing}
            accepted = [s for s in existing if s.status is SpanStatus.ACCEPTED]
            stamp = now()
            rows = []
            for sug in suggestions:
                key = (sug.start, sug.end, sug.label)
                if key in seen or any(a.start < sug.end and sug.start < a.end for a in accepted):
                    continue
                seen.add(key)
                rows.append(
                    (
                        article_id,
                        sug.start,
                        sug.end,
                        sug.label,
                        "suggested",
                        origin,
                        sug.normal,
                        stamp,
                        stamp,
                    )
                )
            if rows:
                self.ensure_labels({r[3] for r in rows})
                text = self.article(article_id).text
                self.conn.executemany(
                    'INSERT INTO spans(article_id, start, "end", surface, label, status, origin, '
                    "normal, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(r[0], r[1], r[2], text[r[1] : r[2]], *r[3:]) for r in rows],
                )
            self.conn.execute(
                "INSERT OR REPLACE INTO suggester_runs(article_id, origin, at) VALUES (?, ?, ?)",
                (article_id, origin, stamp),
            )
            if rows:
                self._log("suggest", article_id, None, None, {"origin": origin, "count": len(rows)})
            return len(rows)

    def apply(self, edit: Edit) -> Edit:
        """Carry out an edit in one transaction; returns it with the ids of created spans.

        Refuses (and changes nothing) when the stored spans are not what ``edit`` expects, or
        when the result would break the span rules.
        """
        applied: list[SpanChange] = []
        with self.transaction():
            article = self._article_head(edit.article_id)
            for change in edit.spans:
                applied.append(self._apply_span_change(edit, change))
            if edit.status is not None:
                if article["status"] != edit.status.before.value:
                    raise StaleEdit("the article's status was changed elsewhere; reload it")
                self.conn.execute(
                    "UPDATE articles SET status = ?, updated_at = ? WHERE id = ?",
                    (edit.status.after.value, now(), edit.article_id),
                )
                self._log(
                    edit.action,
                    edit.article_id,
                    None,
                    {"status": edit.status.before.value},
                    {"status": edit.status.after.value},
                )
            self._check_changed_spans(edit.article_id, article["length"], applied)
        return Edit(edit.action, edit.article_id, tuple(applied), edit.status)

    def _article_head(self, article_id: int) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT status, length FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise StaleEdit(f"article {article_id} is no longer in the database")
        return {"status": row[0], "length": row[1]}

    def _apply_span_change(self, edit: Edit, change: SpanChange) -> SpanChange:
        before, after = change.before, change.after
        if before is not None:
            current = self.span(before.id) if before.id is not None else None
            if current is None or _decision_fields(current) != _decision_fields(before):
                raise StaleEdit("the span was changed elsewhere; reload the article")
        stamp = now()
        if after is None:
            assert before is not None
            self.conn.execute("DELETE FROM spans WHERE id = ?", (before.id,))
        elif before is None:
            if after.label not in self.label_names():
                raise SpanConflict(f"unknown label {after.label}")
            cursor = self.conn.execute(
                'INSERT INTO spans(id, article_id, start, "end", surface, label, status, origin, '
                f"normal, annotator, created_at, updated_at) VALUES (?, ?, ?, ?, {_SURFACE}, "
                "?, ?, ?, ?, ?, ?, ?)",
                (
                    after.id,
                    edit.article_id,
                    after.start,
                    after.end,
                    *_surface_params(edit.article_id, after),
                    after.label,
                    after.status.value,
                    after.origin,
                    after.normal,
                    after.annotator or self.annotator,
                    stamp,
                    stamp,
                ),
            )
            after = after.with_(
                id=int(cursor.lastrowid or 0),
                article_id=edit.article_id,
                annotator=after.annotator or self.annotator,
            )
        else:
            if after.label not in self.label_names():
                raise SpanConflict(f"unknown label {after.label}")
            moved = (after.start, after.end) != (before.start, before.end)
            # A decision that keeps the offsets (accept, reject, relabel) keeps the surface: no
            # reading of the text, which is long for a long article.
            surface, surface_params = (
                (_SURFACE, _surface_params(edit.article_id, after)) if moved else ("surface", ())
            )
            self.conn.execute(
                f'UPDATE spans SET start = ?, "end" = ?, surface = {surface}, label = ?, '
                "status = ?, normal = ?, annotator = ?, updated_at = ? WHERE id = ?",
                (
                    after.start,
                    after.end,
                    *surface_params,
                    after.label,
                    after.status.value,
                    after.normal,
                    after.annotator,
                    stamp,
                    before.id,
                ),
            )
        span_id = (after or before).id  # type: ignore[union-attr]
        self._log(
            edit.action,
            edit.article_id,
            span_id,
            span_record(before) if before else None,
            span_record(after) if after else None,
        )
        return SpanChange(before, after)

    def _check_changed_spans(
        self, article_id: int, length: int, changes: Iterable[SpanChange]
    ) -> None:
        """The span rules, for the spans an edit wrote: inside the text, and an accepted span
        overlapping no other accepted span. Spans the edit did not touch already obeyed them."""
        for change in changes:
            span = change.after
            if span is None:
                continue
            problem = rules.outside(span.start, span.end, length)
            if problem is not None:
                raise SpanConflict(problem)
            if span.status is not SpanStatus.ACCEPTED:
                continue
            for other in self.overlapping(article_id, span.start, span.end, [SpanStatus.ACCEPTED]):
                if other.id != span.id:
                    raise SpanConflict(rules.overlap_problem(other, span))

    # -- decision log

    def _log(
        self,
        action: str,
        article_id: int | None,
        span_id: int | None,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        self.conn.execute(
            "INSERT INTO decisions(at, annotator, action, article_id, span_id, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                now(),
                self.annotator,
                action,
                article_id,
                span_id,
                json.dumps(before, ensure_ascii=False) if before is not None else None,
                json.dumps(after, ensure_ascii=False) if after is not None else None,
            ),
        )

    def decisions(self, article_id: int | None = None) -> list[dict[str, Any]]:
        sql = "SELECT id, at, annotator, action, article_id, span_id, before, after FROM decisions"
        params: list[Any] = []
        if article_id is not None:
            sql += " WHERE article_id = ?"
            params = [article_id]
        out = []
        for record in self.db.query(sql + " ORDER BY id", params):
            for key in ("before", "after"):
                record[key] = json.loads(record[key]) if record[key] else None
            out.append(record)
        return out

    # -- statistics

    def search(self, query: str) -> set[int]:
        """Ids of articles whose title, text, external id or id contains ``query``, with the
        case variants a Russian word takes in running text (SQLite's lower() knows only
        ASCII)."""
        needle = query.strip()
        if not needle:
            return set()
        variants = sorted(
            {needle, needle.lower(), needle.upper(), needle.capitalize(), needle.title()}
        )
        where = " OR ".join(["instr(title, ?) > 0 OR instr(text, ?) > 0"] * len(variants))
        params = [v for variant in variants for v in (variant, variant)]
        rows = self.conn.execute(
            f"SELECT id FROM articles WHERE {where} OR external_id = ? OR CAST(id AS TEXT) = ?",
            (*params, needle, needle),
        )
        return {row[0] for row in rows}

    def text_head(self, article_id: int, length: int) -> str:
        """The first ``length`` characters of an article's text, without reading the rest."""
        row = self.conn.execute(
            "SELECT substr(text, 1, ?) FROM articles WHERE id = ?", (length, article_id)
        ).fetchone()
        return row[0] if row else ""

    def has_unsuggested(self) -> bool:
        """Whether some article has never been through any suggester."""
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE id NOT IN (SELECT article_id FROM suggester_runs) LIMIT 1"
        ).fetchone()
        return row is not None

    def data_version(self) -> int:
        """A number that changes when another connection commits to the file (SQLite's
        ``data_version``): a window uses it to notice work done elsewhere."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Read-only aggregate queries for reports (stats, exports)."""
        return list(self.conn.execute(sql, params))

    def stream(self, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> Iterator[Any]:
        """A read-only query's rows one at a time, on a cursor of its own (for exports that
        SQLite itself serialises)."""
        return iter(self.conn.cursor().execute(sql, params))


# A span's text from the stored article, for a span made or moved by an edit (parameters from
# _surface_params). A walk along the text, once per such edit.
_SURFACE = "(SELECT substr(text, ?, ?) FROM articles WHERE id = ?)"


def _surface_params(article_id: int, span: Span) -> tuple[int, int, int]:
    return span.start + 1, span.end - span.start, article_id


def _meta_json(meta: Mapping[str, Any]) -> str:
    """An article's metadata as it is stored: strict JSON, which exports copy as it is."""
    try:
        return json.dumps(meta, ensure_ascii=False, allow_nan=False)
    except ValueError as exc:  # Python's JSON reader lets NaN and Infinity through
        raise StoreError("the metadata holds NaN or Infinity, which JSON does not allow") from exc
    except TypeError as exc:
        raise StoreError(f"the metadata cannot be stored as JSON ({exc})") from exc


def _decision_fields(span: Span) -> tuple[Any, ...]:
    return (span.start, span.end, span.label, span.status)


def _check_label(label: Label) -> None:
    problem = rules.label_problem(label.name)
    if problem is not None:
        raise StoreError(problem)
    if not (label.color.startswith("#") and len(label.color) in (4, 7)):
        raise StoreError(f"colour {label.color!r} is not of the form #rrggbb")
    if len(label.hotkey) > 1:
        raise StoreError("a hotkey is a single key")


_PALETTE = ("#a05195", "#f28e2b", "#76b7b2", "#edc948", "#b07aa1", "#9c755f", "#ff9da7", "#59a14f")


def _generated_color(name: str) -> str:
    return _PALETTE[sum(map(ord, name)) % len(_PALETTE)]


def _statements(script: str) -> list[str]:
    """Split a schema script into statements (triggers contain inner semicolons)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return [s for s in statements if s]
