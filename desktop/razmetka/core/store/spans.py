"""Reading an article's spans: all of them, a stretch of the text, or those overlapping one."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from razmetka.core.model import Span, SpanStatus
from razmetka.core.store.base import Part
from razmetka.core.store.rows import SPAN_COLUMNS, placeholders, span_from_row

_ORDER = ' ORDER BY start, "end", id'


class Spans(Part):
    def of(self, article_id: int, statuses: Iterable[SpanStatus] | None = None) -> list[Span]:
        """An article's spans ordered by position."""
        sql = f"SELECT {SPAN_COLUMNS} FROM spans WHERE article_id = ?"
        params: list[Any] = [article_id]
        sql, params = _with_statuses(sql, params, statuses)
        return [span_from_row(r) for r in self.conn.execute(sql + _ORDER, params)]

    def starting(self, article_id: int, start: int, end: int) -> list[Span]:
        """The article's spans that start in ``[start, end)``, in text order: a range of the
        spans index, for reading a long article a stretch at a time."""
        rows = self.conn.execute(
            f"SELECT {SPAN_COLUMNS} FROM spans WHERE article_id = ? AND start >= ? AND start < ?"
            + _ORDER,
            (article_id, start, end),
        )
        return [span_from_row(r) for r in rows]

    def overlapping(
        self,
        article_id: int,
        start: int,
        end: int,
        statuses: Iterable[SpanStatus] | None = None,
    ) -> list[Span]:
        """The article's spans that share a character with ``[start, end)``; an index range
        scan, so a decision in an article with 40,000 spans does not read them all."""
        sql = f'SELECT {SPAN_COLUMNS} FROM spans WHERE article_id = ? AND start < ? AND "end" > ?'
        sql, params = _with_statuses(sql, [article_id, end, start], statuses)
        return [span_from_row(r) for r in self.conn.execute(sql + _ORDER, params)]

    def get(self, span_id: int) -> Span | None:
        row = self.conn.execute(
            f"SELECT {SPAN_COLUMNS} FROM spans WHERE id = ?", (span_id,)
        ).fetchone()
        return span_from_row(row) if row else None

    def count_using(self, label: str) -> int:
        """How many spans carry a label."""
        row = self.conn.execute("SELECT COUNT(*) FROM spans WHERE label = ?", (label,)).fetchone()
        return int(row[0])


def _with_statuses(
    sql: str, params: list[Any], statuses: Iterable[SpanStatus] | None
) -> tuple[str, list[Any]]:
    if statuses is None:
        return sql, params
    values = [SpanStatus(s).value for s in statuses]
    return f"{sql} AND status IN ({placeholders(values)})", params + values
