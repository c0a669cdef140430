"""doccano sequence labelling JSONL: ``{"text", "label": [[start, end, "LABEL"], ...], ...}``,
code point offsets. doccano keeps the other keys of a record as its metadata; the article's id,
title, source, date and metadata go there.

The reader also takes doccano's newer export with ``"entities"`` (``start_offset``,
``end_offset``) and reports relations, which a flat entity set cannot hold. doccano files end in
``.jsonl`` like spaCy-style JSONL, so import them with ``--format doccano``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from razmetka.core.formats.common import (
    Added,
    BadRecord,
    ExportItem,
    JsonLinesWriter,
    WriteSettings,
    read_json_lines,
    surface_problem,
    write_all,
)
from razmetka.core.model import IMPORT, Article, Document, Span, SpanStatus
from razmetka.core.report import Problem
from razmetka.core.rules import flat
from razmetka.core.text import Utf16Map, first_words, normalize_with_offsets

_OWN_KEYS = {
    "text",
    "label",
    "labels",
    "entities",
    "relations",
    "id",
    "external_id",
    "title",
    "source",
    "date",
    "Comments",
    "comments",
    "user",
}


class Writer(JsonLinesWriter):
    def record(self, item: ExportItem, added: Added) -> dict[str, Any]:
        return doccano_record(item, added)


def write(
    items: Iterable[ExportItem], path: Path, settings: WriteSettings | None = None
) -> list[Problem]:
    return write_all(Writer(path, settings or WriteSettings()), items)


def doccano_record(item: ExportItem, added: Added) -> dict[str, Any]:
    article = item.article
    labels = []
    for span in item.spans:
        problem = surface_problem(item, span)
        if problem is not None:
            added.problems.append(problem)
            continue
        labels.append([span.start, span.end, span.label])
        added.spans += 1
    extra = {k: v for k, v in article.meta.items() if k not in _OWN_KEYS}
    record = {
        "text": article.text,
        "label": labels,
        "external_id": article.external_id,
        "title": article.title,
        "source": article.source,
        "date": article.date,
        **extra,
    }
    if item.annotator is not None:
        record["user"] = item.annotator  # doccano's field for whose labels these are
    return record


# --- reading --------------------------------------------------------------------------------------


def read(path: Path) -> Iterator[Document | Problem]:
    return read_json_lines(path, record_document)


def record_document(record: Any, where: str, notes: list[str]) -> Document:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise BadRecord('a record must be an object with a "text" string')
    raw = record["text"]
    text, moved = normalize_with_offsets(raw)
    if not text.strip():
        raise BadRecord("empty text")
    spans = [
        Span(moved(start), moved(end), label, SpanStatus.ACCEPTED, IMPORT)
        for start, end, label in _placed(raw, list(_triples(record, Utf16Map(raw))), notes)
    ]
    kept, crossing = flat(spans)
    notes += [
        f"{s.label} {text[s.start : s.end]!r} nests in or crosses another span; a flat "
        "entity set cannot hold it"
        for s in crossing
    ]
    relations = record.get("relations")
    if isinstance(relations, list) and relations:
        notes.append(f"{len(relations)} relations not kept")
    external_id = record.get("external_id", record.get("id"))
    article = Article(
        text=text,
        external_id=None if external_id is None else str(external_id),
        title=str(record.get("title") or first_words(text)),
        source=str(record.get("source") or ""),
        date=str(record["date"]) if record.get("date") else None,
        meta={k: v for k, v in record.items() if k not in _OWN_KEYS},
    )
    return Document(article, tuple(kept), where)


def _placed(
    raw: str, triples: list[tuple[int, int, str]], notes: list[str]
) -> list[tuple[int, int, str]]:
    """The spans as code point offsets. doccano counts code points, but a text with emoji
    annotated in a browser may have been counted in UTF-16 units (an emoji counts two): when
    every span falls on word edges read that way and not read as code points, it is read so."""
    utf16 = Utf16Map(raw)
    if utf16.is_identity or _on_word_edges(raw, triples):
        return _inside(triples, len(raw))
    converted = [(utf16.from_utf16(s), utf16.from_utf16(e), label) for s, e, label in triples]
    if not _on_word_edges(raw, converted):
        return _inside(triples, len(raw))
    notes.append(
        "its offsets count UTF-16 units (an emoji counts two, as in a browser); read as such"
    )
    return converted


def _on_word_edges(raw: str, triples: list[tuple[int, int, str]]) -> bool:
    def edge(index: int) -> bool:
        inside = 0 < index < len(raw) and raw[index - 1].isalnum() and raw[index].isalnum()
        return not inside

    return all(e <= len(raw) and edge(s) and edge(e) for s, e, _ in triples)


def _inside(triples: list[tuple[int, int, str]], length: int) -> list[tuple[int, int, str]]:
    for number, (start, end, _) in enumerate(triples, 1):
        if end > length:
            raise BadRecord(
                f"label {number}: {start}-{end} lies outside the text (length {length})"
            )
    return triples


def _triples(record: dict[str, Any], utf16: Utf16Map) -> Iterator[tuple[int, int, str]]:
    """Each [start, end, label], checked to lie in the text as code points or UTF-16 units."""
    length = utf16.length16
    entities = record.get("entities")
    if isinstance(entities, list):
        items = [
            [e.get("start_offset"), e.get("end_offset"), e.get("label")]
            if isinstance(e, dict)
            else e
            for e in entities
        ]
    else:
        items = record.get("label", record.get("labels")) or []
    if not isinstance(items, list):
        raise BadRecord('"label" must be a list of [start, end, label]')
    for number, item in enumerate(items, 1):
        if not (isinstance(item, list) and len(item) == 3):
            raise BadRecord(f"label {number} is not [start, end, label]")
        start, end, label = item
        if not (type(start) is int and type(end) is int and isinstance(label, str) and label):
            raise BadRecord(f"label {number}: {item!r} is not [start, end, label]")
        if not 0 <= start < end <= length:
            raise BadRecord(
                f"label {number}: {start}-{end} lies outside the text (length {length})"
            )
        yield start, end, label
