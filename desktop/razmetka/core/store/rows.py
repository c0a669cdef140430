"""Rows and objects: the columns each read asks for and how a row becomes an Article or Span."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from razmetka.core.model import Article, ArticleStatus, Span, SpanStatus
from razmetka.core.store.errors import StoreError

SPAN_COLUMNS = 'id, article_id, start, "end", label, status, origin, normal, annotator'
ARTICLE_COLUMNS = "id, external_id, title, source, date, text, content_hash, status, meta"

_SPAN_STATUS = {status.value: status for status in SpanStatus}


def span_from_row(row: tuple[Any, ...], _new: Any = object.__new__) -> Span:
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


def article_from_row(row: tuple[Any, ...]) -> Article:
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
    """A span as the decision log keeps it."""
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


def meta_json(meta: Mapping[str, Any]) -> str:
    """An article's metadata as it is stored: strict JSON, which exports copy as it is."""
    try:
        return json.dumps(meta, ensure_ascii=False, allow_nan=False)
    except ValueError as exc:  # Python's JSON reader lets NaN and Infinity through
        raise StoreError("the metadata holds NaN or Infinity, which JSON does not allow") from exc
    except TypeError as exc:
        raise StoreError(f"the metadata cannot be stored as JSON ({exc})") from exc


def placeholders(values: list[Any]) -> str:
    """``?, ?, ?`` for a list of values bound to an ``IN (...)``."""
    return ", ".join("?" * len(values))
