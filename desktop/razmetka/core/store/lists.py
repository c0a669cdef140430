"""Queries for the article list and its counts: each article's status and span counts."""

from __future__ import annotations

from dataclasses import dataclass

from razmetka.core.model import ArticleStatus
from razmetka.core.store.base import Part
from razmetka.core.store.errors import StoreError


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


class Lists(Part):
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
