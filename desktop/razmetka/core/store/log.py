"""The decision log: an append-only record (SQL triggers refuse updates and deletes) of who
changed what, when, before and after."""

from __future__ import annotations

import json
from typing import Any

from razmetka.core.store.base import Part
from razmetka.core.store.paths import now


class DecisionLog(Part):
    def append(
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
            (now(), self.store.annotator, action, article_id, span_id, _json(before), _json(after)),
        )

    def entries(self, article_id: int | None = None) -> list[dict[str, Any]]:
        """The log in order, each entry a dict with ``before`` and ``after`` parsed."""
        sql = "SELECT id, at, annotator, action, article_id, span_id, before, after FROM decisions"
        params: list[Any] = []
        if article_id is not None:
            sql += " WHERE article_id = ?"
            params = [article_id]
        out = []
        for record in self.store.db.query(sql + " ORDER BY id", params):
            for key in ("before", "after"):
                record[key] = json.loads(record[key]) if record[key] else None
            out.append(record)
        return out


def _json(value: dict[str, Any] | None) -> str | None:
    return json.dumps(value, ensure_ascii=False) if value is not None else None
