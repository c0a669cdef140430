"""The annotation store: one SQLite file, and the only package of the program that speaks SQL.

``Store`` is composed of small parts, each a manager of one kind of thing (as Anki's
``Collection`` holds its managers): ``articles``, ``spans``, ``suggestions``, ``labels``,
``log`` (the decision log), ``lessons`` (what the decisions teach a suggester), ``state``
(per-database settings), ``lists`` (the article list's queries), ``search``, ``counts``,
``team`` (shared work: assignments, packages, versions) and ``progress`` (the team's progress
for the dashboard).
Every write is one transaction (``BEGIN IMMEDIATE``, so two programs on one file queue up
instead of failing half-way), committed before the caller returns; every change to a span or
an article's status is appended to the decision log, which SQL triggers keep append-only. A
file is read, never written, until it is known to be a Razmetka database of a schema this
program can read (see ``opening`` and ``schema``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any, NoReturn

from razmetka.core.edits import Edit
from razmetka.core.store import errors, schema
from razmetka.core.store.apply import EditWriter
from razmetka.core.store.articles import Articles
from razmetka.core.store.errors import (
    NotRazmetka,
    NotSaved,
    SchemaTooNew,
    SpanConflict,
    StaleEdit,
    StoreError,
    in_plain_words,
)
from razmetka.core.store.labels import Labels
from razmetka.core.store.lists import ArticleSummary, Lists
from razmetka.core.store.opening import MEMORY, connect
from razmetka.core.store.paths import (
    APP_NAME,
    default_annotator,
    default_path,
    demo_path,
    now,
    resolve_path,
)
from razmetka.core.store.schema import SCHEMA_VERSION
from razmetka.core.store.search import Search
from razmetka.core.store.spans import Spans
from razmetka.core.store.state import State
from razmetka.core.store.suggestions import Suggestions
from razmetka.core.store.team import Team

if TYPE_CHECKING:  # parts made on first use (below)
    from razmetka.core.store.counts import Counts
    from razmetka.core.store.lessons import Lessons
    from razmetka.core.store.log import DecisionLog
    from razmetka.core.store.progress import Progress

__all__ = [
    "APP_NAME",
    "SCHEMA_VERSION",
    "ArticleSummary",
    "NotRazmetka",
    "NotSaved",
    "SchemaTooNew",
    "SpanConflict",
    "StaleEdit",
    "Store",
    "StoreError",
    "default_annotator",
    "default_path",
    "demo_path",
    "now",
    "resolve_path",
]


class Store:
    """An open annotation database."""

    def __init__(
        self,
        path: str | os.PathLike[str] = MEMORY,
        *,
        annotator: str | None = None,
        read_only: bool = False,
    ) -> None:
        self.path = str(path)
        self.annotator = annotator or default_annotator()
        self.conn, self.read_only = connect(self.path, read_only)
        self._savepoints = 0
        self._db: Any = None
        try:
            self._prepare()
        except BaseException:
            self.conn.close()
            raise
        self.articles = Articles(self)
        self.spans = Spans(self)
        self.suggestions = Suggestions(self)
        self.labels = Labels(self)
        self.state = State(self)
        self.lists = Lists(self)
        self.search = Search(self)
        self.team = Team(self)
        self._edits = EditWriter(self)

    # Parts a window's start does not use, made on first use: the decision log (the first
    # decision), counts and progress (statistics, the dashboard), lessons (learning). Their
    # modules are imported then, not with every start.

    @cached_property
    def log(self) -> DecisionLog:
        from razmetka.core.store.log import DecisionLog

        return DecisionLog(self)

    @cached_property
    def counts(self) -> Counts:
        from razmetka.core.store.counts import Counts

        return Counts(self)

    @cached_property
    def lessons(self) -> Lessons:
        from razmetka.core.store.lessons import Lessons

        return Lessons(self)

    @cached_property
    def progress(self) -> Progress:
        from razmetka.core.store.progress import Progress

        return Progress(self)

    def _prepare(self) -> None:
        """Check the file, then (and only then) set it up for writing and migrate it."""
        try:
            found = schema.check_readable(self.conn, self.path)
        except sqlite3.DatabaseError as exc:
            raise NotRazmetka(
                f"{self.path}: not a Razmetka database ({exc})", errors.NOT_OURS, path=self.path
            ) from exc
        if self.read_only:
            if found < SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} is read-only and of an older schema ({found}); "
                    "open a writable copy to bring it up to date",
                    errors.OLD_READ_ONLY,
                    path=self.path,
                    found=found,
                )
            return
        if self.path != MEMORY:
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        schema.migrate(self.conn, self.path, found)
        schema.mark_as_ours(self.conn)
        schema.add_speed_indexes(self.conn)

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
            yield from self._savepoint()
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            self._refuse(exc)
        try:
            yield
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._roll_back()
            self._refuse(exc)
        except BaseException:
            self._roll_back()
            raise

    def _roll_back(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _refuse(self, exc: sqlite3.OperationalError) -> NoReturn:
        """Raise what an SQLite failure tells the user: plain words naming the file when it is
        about the file (full, read-only, busy), else the error itself (a bug)."""
        plain = in_plain_words(exc, self.path)
        if plain is None:
            raise exc
        raise plain from exc

    def _savepoint(self) -> Iterator[None]:
        self._savepoints += 1
        name = f"sp{self._savepoints}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            # A full disk makes SQLite roll back the whole transaction itself: then there is
            # no savepoint left to return to, and the failure itself is what to report.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
            raise
        self.conn.execute(f"RELEASE {name}")

    # -- the file

    @property
    def schema_version(self) -> int:
        return schema.version(self.conn)

    def wait_when_busy(self, ms: int) -> None:
        """How long this connection's writes wait for another program's write to end before
        they are refused as busy: a window waits briefly (a key must not hang), the command
        line and jobs wait long."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(ms)}")

    def data_version(self) -> int:
        """A number that changes when another connection commits to the file (SQLite's
        ``data_version``): a window uses it to notice work done elsewhere."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    # -- edits

    def apply(self, edit: Edit) -> Edit:
        """Carry out an analyst's edit in one transaction; returns it with the ids of created
        spans. Refuses (and changes nothing) when the stored spans are not what ``edit``
        expects, or when the result would break the span rules."""
        return self._edits.apply(edit)
