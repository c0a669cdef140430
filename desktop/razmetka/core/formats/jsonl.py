"""JSON lines with spans (spaCy/Prodigy style): ``{"id", "text", "meta", "spans": [...]}``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from razmetka.core.model import IMPORT, Article, Document, Span, SpanStatus
from razmetka.core.report import Problem
from razmetka.core.text import NotText, decode, first_words, normalize_with_offsets

NAME = "jsonl"
EXTENSIONS = (".jsonl", ".ndjson")


class BadRecord(ValueError):
    pass


def read(path: Path) -> Iterator[Document | Problem]:
    try:
        content = decode(path.read_bytes())
    except NotText as exc:
        yield Problem(str(path), "", str(exc))
        return
    except OSError as exc:
        yield Problem(str(path), "", f"cannot read the file ({exc.strerror})")
        return
    # Split on LF only: a record's text may hold U+2028 and other line separators.
    for number, line in enumerate(content.lstrip("\ufeff").split("\n"), 1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            yield record_document(json.loads(line), where)
        except json.JSONDecodeError as exc:
            yield Problem(str(path), where, f"broken JSON: {exc.msg} at column {exc.colno}")
        except BadRecord as exc:
            yield Problem(str(path), where, str(exc))


def record_document(record: Any, where: str = "") -> Document:
    """One JSONL record as a Document; raises BadRecord with the reason."""
    if not isinstance(record, dict):
        raise BadRecord("a record must be a JSON object")
    raw = record.get("text")
    if not isinstance(raw, str):
        raise BadRecord('no "text" string')
    text, moved = normalize_with_offsets(raw)
    if not text.strip():
        raise BadRecord("empty text")
    meta = record.get("meta") or {}
    if not isinstance(meta, dict):
        raise BadRecord('"meta" must be an object')
    spans = tuple(
        _span(raw, text, moved, item, index) for index, item in enumerate(record.get("spans") or [])
    )
    external_id = record.get("id", meta.get("id"))
    article = Article(
        text=text,
        external_id=None if external_id is None else str(external_id),
        title=str(meta.get("title") or first_words(text)),
        source=str(meta.get("source") or ""),
        date=_date(meta.get("date")),
        meta={k: v for k, v in meta.items() if k not in ("id", "title", "source", "date")},
    )
    return Document(article, spans, where)


def _span(raw: str, text: str, moved: Any, item: Any, index: int) -> Span:
    name = f"span {index + 1}"
    if not isinstance(item, dict):
        raise BadRecord(f"{name} is not an object")
    start, end, label = item.get("start"), item.get("end"), item.get("label")
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
        raise BadRecord(f'{name}: "start" and "end" must be integers')
    if not isinstance(label, str) or not label.strip():
        raise BadRecord(f'{name}: no "label"')
    if not 0 <= start < end <= len(raw):
        raise BadRecord(f"{name}: {start}-{end} lies outside the text (length {len(raw)})")
    surface = item.get("text")
    if surface is not None and surface != raw[start:end]:
        raise BadRecord(
            f"{name}: its text {surface!r} does not match the text at {start}-{end} "
            f"({raw[start:end]!r})"
        )
    normal = item.get("normal")
    return Span(
        moved(start),
        moved(end),
        label.strip(),
        SpanStatus.ACCEPTED,
        IMPORT,
        normal if isinstance(normal, str) else None,
    )


def _date(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
