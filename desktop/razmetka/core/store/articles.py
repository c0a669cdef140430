"""Articles: adding them whole with their spans, reading them one at a time or streamed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from razmetka.core.model import Article, ArticleStatus, Document, Span, SpanStatus
from razmetka.core.store import errors, schema
from razmetka.core.store.base import Part
from razmetka.core.store.errors import StoreError
from razmetka.core.store.paths import now
from razmetka.core.store.rows import (
    ARTICLE_COLUMNS,
    SPAN_COLUMNS,
    article_from_row,
    meta_json,
    placeholders,
    span_from_row,
)
from razmetka.core.text import content_hash

Filter = tuple[str, list[Any]]


class Articles(Part):
    def add(self, doc: Document, origin_annotator: str | None = None) -> int | None:
        """Insert an article with its spans; None if the same text is already stored.

        Raises StoreError when the external id is taken by a different text. The caller has
        checked the spans (``rules.document_problem``).
        """
        try:
            return self._add(doc, origin_annotator)
        except UnicodeEncodeError as exc:
            bad = exc.object[exc.start : exc.end]
            raise StoreError(f"holds {bad!r}, a lone UTF-16 surrogate, which is not text") from exc

    def _add(self, doc: Document, origin_annotator: str | None) -> int | None:
        article = doc.article
        if "\x00" in article.text:
            # Also SQLite's end of a string: text functions would stop there.
            raise StoreError("the text holds a NUL character (binary data)")
        chash = article.content_hash or content_hash(article.text)
        meta = meta_json(article.meta)
        # Inside a caller's transaction an article without spans is a single INSERT, whole or
        # not at all by itself: no savepoint needed (a folder import makes thousands).
        atomic: AbstractContextManager[None] = (
            nullcontext()
            if self.conn.in_transaction and not doc.spans
            else self.store.transaction()
        )
        with atomic:
            if self._already_stored(chash, article.external_id):
                return None
            article_id = self._insert(article, chash, meta)
            schema.add_list_row(self.conn, article_id, article.title, article.text)
            if doc.spans:
                self.insert_spans(article_id, article.text, doc.spans, origin_annotator)
            return article_id

    def merge_spans(
        self, doc: Document, status: SpanStatus, origin_annotator: str | None = None
    ) -> int:
        """Add ``doc``'s accepted spans, as ``status``, to the stored article with the same
        text: only spans it does not have, none over a span an analyst decided, none over
        another one merged. Returns how many were added (0 when no article has the text)."""
        row = self.conn.execute(
            "SELECT id FROM articles WHERE content_hash = ?", (content_hash(doc.article.text),)
        ).fetchone()
        if row is None:
            return 0
        stored = self.store.spans.of(int(row[0]))
        same = {(s.start, s.end, s.label) for s in stored}
        decided = [s for s in stored if s.status is not SpanStatus.SUGGESTED]
        fresh: list[Span] = []
        for span in doc.spans:
            if span.status is not SpanStatus.ACCEPTED or (span.start, span.end, span.label) in same:
                continue
            if any(span.overlaps(other) for other in [*decided, *fresh]):
                continue
            fresh.append(span.with_(status=status))
        if fresh:
            with self.store.transaction():
                self.insert_spans(int(row[0]), doc.article.text, fresh, origin_annotator)
        return len(fresh)

    def _already_stored(self, chash: str, external_id: str | None) -> bool:
        present = self.conn.execute(
            "SELECT content_hash = ? FROM articles WHERE content_hash = ? OR external_id = ?",
            (chash, chash, external_id),
        ).fetchall()
        if any(same for (same,) in present):
            return True
        if present:
            raise StoreError(f"id {external_id!r} is already used by another text")
        return False

    def _insert(self, article: Article, chash: str, meta: str) -> int:
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
        return int(cursor.lastrowid or 0)

    def insert_spans(
        self, article_id: int, text: str, spans: Iterable[Span], origin_annotator: str | None
    ) -> None:
        """New spans of an article, as they are (the caller has held them to the span rules);
        a span without an annotator gets ``origin_annotator``."""
        spans = list(spans)
        self.store.labels.ensure(span.label for span in spans)
        stamp = now()
        self.conn.executemany(
            'INSERT INTO spans(article_id, start, "end", surface, label, status, origin, '
            "normal, annotator, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id,
                    s.start,
                    s.end,
                    text[s.start : s.end],
                    s.label,
                    s.status.value,
                    s.origin,
                    s.normal,
                    s.annotator or origin_annotator,
                    stamp,
                    stamp,
                )
                for s in spans
            ],
        )

    # -- reading

    def get(self, article_id: int) -> Article:
        row = self.conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no article {article_id}", errors.NO_ARTICLE, article=article_id)
        return article_from_row(row)

    def stream(
        self, statuses: Iterable[ArticleStatus] | None = None, ids: Iterable[int] | None = None
    ) -> Iterator[Article]:
        """Articles in id order, streamed (a large corpus is never held in memory)."""
        sql, params = _filter(statuses, ids)
        cursor = self.conn.cursor()
        yield from map(
            article_from_row,
            cursor.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles{sql} ORDER BY id", params),
        )

    def with_spans(
        self,
        statuses: Iterable[ArticleStatus] | None = None,
        last_id: int | None = None,
        ids: Iterable[int] | None = None,
    ) -> Iterator[tuple[Article, list[Span]]]:
        """Articles in id order (up to ``last_id``; of ``ids`` only, when given), each with its
        spans in text order, from two streamed queries: a corpus export reads every span once
        instead of running a query per article."""
        sql, params = _filter(statuses, ids, last_id)
        articles = self.conn.cursor().execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles{sql} ORDER BY id", params
        )
        spans = self.conn.cursor().execute(
            f"SELECT {SPAN_COLUMNS} FROM spans WHERE article_id IN (SELECT id FROM articles{sql}) "
            'ORDER BY article_id, start, "end", id',
            params,
        )
        pending = next(spans, None)
        for row in articles:
            own = []
            while pending is not None and pending[1] <= row[0]:
                if pending[1] == row[0]:
                    own.append(span_from_row(pending))
                pending = next(spans, None)
            yield article_from_row(row), own

    def ids(
        self, statuses: Iterable[ArticleStatus] | None = None, ids: Iterable[int] | None = None
    ) -> list[int]:
        sql, params = _filter(statuses, ids)
        return [
            r[0] for r in self.conn.execute(f"SELECT id FROM articles{sql} ORDER BY id", params)
        ]

    def find(self, key: str) -> int | None:
        """An article by numeric id or external id."""
        row = self.conn.execute(
            "SELECT id FROM articles WHERE external_id = ? OR CAST(id AS TEXT) = ?", (key, key)
        ).fetchone()
        return row[0] if row else None

    def status(self, article_id: int) -> ArticleStatus:
        row = self.conn.execute(
            "SELECT status FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no article {article_id}", errors.NO_ARTICLE, article=article_id)
        return ArticleStatus(row[0])

    def count(self, statuses: Iterable[ArticleStatus] | None = None) -> int:
        sql, params = _filter(statuses, None)
        return int(self.conn.execute(f"SELECT COUNT(*) FROM articles{sql}", params).fetchone()[0])

    def last_id(self) -> int:
        """The highest article id: an export takes the store as it was when it started."""
        return int(self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0])

    def text_head(self, article_id: int, length: int) -> str:
        """The first ``length`` characters of an article's text, without reading the rest."""
        row = self.conn.execute(
            "SELECT substr(text, 1, ?) FROM articles WHERE id = ?", (length, article_id)
        ).fetchone()
        return row[0] if row else ""

    def head(self, article_id: int) -> tuple[ArticleStatus, int] | None:
        """An article's status and text length, without reading its text; None when it is
        not stored."""
        row = self.conn.execute(
            "SELECT status, length FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return (ArticleStatus(row[0]), int(row[1])) if row else None


def _filter(
    statuses: Iterable[ArticleStatus] | None,
    ids: Iterable[int] | None,
    last_id: int | None = None,
) -> Filter:
    clauses: list[str] = []
    params: list[Any] = []
    if statuses is not None:
        values = [ArticleStatus(s).value for s in statuses]
        clauses.append(f"status IN ({placeholders(values)})")
        params += values
    if ids is not None:
        id_list = [int(i) for i in ids]
        clauses.append(f"id IN ({placeholders(id_list)})")
        params += id_list
    if last_id is not None:
        clauses.append("id <= ?")
        params.append(last_id)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params
