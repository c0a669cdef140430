"""Edits: what one analyst action changes, as before/after pairs that can be inverted for undo."""

from __future__ import annotations

from typing import NamedTuple

from razmetka.core.model import ArticleStatus, Span


class SpanChange(NamedTuple):
    """``before`` None is a creation, ``after`` None a deletion."""

    before: Span | None
    after: Span | None

    def inverted(self) -> SpanChange:
        return SpanChange(self.after, self.before)


class StatusChange(NamedTuple):
    before: ArticleStatus
    after: ArticleStatus


class Edit(NamedTuple):
    action: str
    article_id: int
    spans: tuple[SpanChange, ...] = ()
    status: StatusChange | None = None

    def inverted(self) -> Edit:
        status = StatusChange(self.status.after, self.status.before) if self.status else None
        changes = tuple(change.inverted() for change in reversed(self.spans))
        return Edit(f"undo {self.action}", self.article_id, changes, status)

    @property
    def is_empty(self) -> bool:
        return not self.spans and self.status is None
