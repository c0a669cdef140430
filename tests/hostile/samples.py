"""Files of every readable format written from records, offsets and all exactly as given (a
span outside the text, a negative offset, offsets counted in UTF-16 are written as they are), so
that the hostile-input table (``test_every_format.py``) can give every format the same cases.

A format added to the registry needs a writer here: the table fails until it has one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str
    surface: str  # the text the entity is meant to cover (what a tool would write beside it)


@dataclass(frozen=True)
class Record:
    key: str
    text: str
    entities: tuple[Entity, ...] = ()
    meta: int | None = None  # metadata nested this deep, where the format has a place for it


@dataclass(frozen=True)
class Sample:
    path: Path  # what is imported (a file or a folder)
    files: list[Path]  # the files written, the records' files in record order
    format: str
    spans: bool = True  # the format carries spans
    offsets: bool = True  # ...as character offsets (CoNLL carries tags on tokens)
    meta: bool = True  # ...and metadata
    whole_file: bool = False  # one broken record breaks the whole file (one JSON document)


Writer = Callable[[Path, list[Record]], Sample]

DEEP = "@@deep@@"  # a record's meta written as JSON nested as deep as ``Record.meta`` says


def dumps(item: Any, record: Record, indent: int | None = None) -> str:
    """``item`` as JSON, its ``DEEP`` placeholder replaced by lists nested ``record.meta``
    deep: json.dumps itself cannot write what is too deep for a reader."""
    text = json.dumps(item, ensure_ascii=False, indent=indent)
    if isinstance(record.meta, int):
        text = text.replace(f'"{DEEP}"', "[" * record.meta + '"дно"' + "]" * record.meta)
    return text


def _where_it_is(entity: Entity, text: str) -> Entity:
    start = text.index(entity.surface)
    return Entity(start, start + len(entity.surface), entity.label, entity.surface)


def jsonl(folder: Path, records: list[Record]) -> Sample:
    path = folder / "data.jsonl"
    lines = []
    for record in records:
        spans = [
            {"start": e.start, "end": e.end, "label": e.label, "text": e.surface}
            for e in record.entities
        ]
        item: dict[str, Any] = {"id": record.key, "text": record.text, "spans": spans}
        if record.meta is not None:
            item["meta"] = {"deep": DEEP}
        lines.append(dumps(item, record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Sample(path, [path], "jsonl")


def doccano(folder: Path, records: list[Record]) -> Sample:
    path = folder / "doccano.jsonl"
    lines = []
    for record in records:
        item: dict[str, Any] = {
            "id": record.key,
            "text": record.text,
            "label": [[e.start, e.end, e.label] for e in record.entities],
        }
        if record.meta is not None:
            item["deep"] = DEEP
        lines.append(dumps(item, record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Sample(path, [path], "doccano")


def label_studio(folder: Path, records: list[Record]) -> Sample:
    path = folder / "tasks.json"
    tasks = []
    for number, record in enumerate(records, 1):
        result = [
            {
                "id": f"r{index}",
                "type": "labels",
                "from_name": "label",
                "to_name": "text",
                "value": {"start": e.start, "end": e.end, "text": e.surface, "labels": [e.label]},
            }
            for index, e in enumerate(record.entities, 1)
        ]
        data: dict[str, Any] = {"text": record.text, "external_id": record.key}
        if record.meta is not None:
            data["meta"] = {"deep": DEEP}
        task = {"id": number, "data": data, "annotations": [{"result": result}]}
        tasks.append(dumps(task, record))
    path.write_text("[\n" + ",\n".join(tasks) + "\n]\n", encoding="utf-8")
    return Sample(path, [path], "label-studio", whole_file=True)


def brat(folder: Path, records: list[Record]) -> Sample:
    root = folder / "brat"
    root.mkdir()
    files = []
    for record in records:
        text, ann = root / f"{record.key}.txt", root / f"{record.key}.ann"
        text.write_text(record.text, encoding="utf-8", newline="")
        lines = [
            f"T{index}\t{e.label} {e.start} {e.end}\t{e.surface}"
            for index, e in enumerate(record.entities, 1)
        ]
        ann.write_text("".join(line + "\n" for line in lines), encoding="utf-8", newline="")
        files += [text, ann]
    return Sample(root, files, "brat", meta=False)


_TOKEN = re.compile(r"\w+|[^\w\s]")


def conll(folder: Path, records: list[Record]) -> Sample:
    """Tokens and IOB2 tags, each entity where its text is: CoNLL has no offsets to get wrong."""
    path = folder / "data.conll"
    out = []
    for record in records:
        out.append("-DOCSTART- -X- O O\n\n")
        kept = [_where_it_is(e, record.text) for e in record.entities]
        base = 0
        for line in record.text.split("\n"):
            rows = []
            for token in _TOKEN.finditer(line):
                start, end = base + token.start(), base + token.end()
                tag = "O"
                for e in kept:
                    if e.start <= start and end <= e.end:
                        tag = ("B-" if start == e.start else "I-") + e.label
                rows.append(f"{token.group()} _ _ {tag}\n")
            if rows:
                out.append("".join(rows) + "\n")
            base += len(line) + 1
    path.write_text("".join(out), encoding="utf-8", newline="")
    return Sample(path, [path], "conll", offsets=False, meta=False)


def plain_text(folder: Path, records: list[Record]) -> Sample:
    root = folder / "texts"
    root.mkdir()
    files = []
    for record in records:
        path = root / f"{record.key}.txt"
        path.write_text(record.text, encoding="utf-8", newline="")
        files.append(path)
    return Sample(root, files, "text", spans=False, offsets=False, meta=False)


WRITERS: dict[str, Writer] = {
    "text": plain_text,
    "jsonl": jsonl,
    "conll": conll,
    "brat": brat,
    "label-studio": label_studio,
    "doccano": doccano,
}
