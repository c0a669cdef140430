"""JSON lines with spans (spaCy/Prodigy style): ``{"id", "text", "meta", "spans": [...]}``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from razmetka.core.formats.common import (
    Added,
    BadRecord,
    ExportItem,
    JsonLinesWriter,
    TokenIndex,
    WriteSettings,
    read_json_lines,
    surface_problem,
    write_all,
)
from razmetka.core.model import IMPORT, Article, Document, Span, SpanStatus
from razmetka.core.report import Problem
from razmetka.core.text import first_words, normalize_with_offsets


def read(path: Path) -> Iterator[Document | Problem]:
    return read_json_lines(path, lambda record, where, _notes: record_document(record, where))


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
    if "spans" not in record and ("label" in record or "entities" in record):
        # doccano's JSONL: reading it as ours would silently drop its annotations.
        raise BadRecord('has doccano "label"/"entities" but no "spans": use --format doccano')
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


# --- writing ----------------------------------------------------------------------------------


class Writer(JsonLinesWriter):
    """JSONL records ``{"id", "text", "meta", "spans", "tokens"}`` that Prodigy and spaCy's
    JSONL loaders read, one article per line."""

    def record(self, item: ExportItem, added: Added) -> dict[str, Any]:
        return article_record(item, self.settings, added)


def write(
    items: Iterable[ExportItem], path: Path, settings: WriteSettings | None = None
) -> list[Problem]:
    """Write ``items`` to ``path`` (a folder of train/dev/test files when items have parts)."""
    return write_all(Writer(path, settings or WriteSettings()), items)


def article_record(item: ExportItem, settings: WriteSettings, added: Added) -> dict[str, Any]:
    article = item.article
    tokens = item.tokens
    index = TokenIndex(tokens) if tokens else None
    meta = {
        "title": article.title,
        "source": article.source,
        "date": article.date,
        **{k: v for k, v in article.meta.items() if k not in _ARTICLE_FIELDS},
    }
    record: dict[str, Any] = {
        "id": article.external_id if article.external_id is not None else str(article.id),
        "text": article.text,
        "meta": meta,
        "spans": _span_records(item, item.spans, index, added),
    }
    if item.annotator is not None:
        record["annotator"] = item.annotator  # one analyst's version, not the curated result
    if tokens:
        record["tokens"] = [
            {"text": t.text, "start": t.start, "end": t.end, "id": n} for n, t in enumerate(tokens)
        ]
    if settings.negatives:
        record["rejected"] = _span_records(item, item.negatives, index, Added())
    return record


_ARTICLE_FIELDS = ("title", "source", "date")


def _span_records(
    item: ExportItem, spans: Iterable[Span], index: TokenIndex | None, added: Added
) -> list[dict[str, Any]]:
    text = item.article.text
    out = []
    for span in spans:
        # The text written is the slice itself: only the bounds can be wrong.
        problem = surface_problem(item, span)
        if problem is not None:
            added.problems.append(problem)
            continue
        record: dict[str, Any] = {
            "start": span.start,
            "end": span.end,
            "label": span.label,
            "text": text[span.start : span.end],
            "normal": span.normal,
        }
        tokens = index.aligned(span.start, span.end) if index is not None else None
        if tokens is not None:
            record["token_start"], record["token_end"] = tokens[0], tokens[1] - 1
        out.append(record)
    added.spans += len(out)
    return out
