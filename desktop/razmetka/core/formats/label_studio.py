"""Label Studio JSON tasks: ``{"data": {"text", ...}, "annotations": [...], "predictions":
[...]}`` with code point offsets, and ``label_config.xml``, the labelling config that matches.

Accepted spans are the task's annotation; pending suggestions are predictions, one per
suggester, ``model_version`` naming it. Written to a folder: ``tasks.json`` (or ``train.json``,
``dev.json``, ``test.json``) and ``label_config.xml``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import quoteattr

from razmetka.core.formats.common import (
    Added,
    BadRecord,
    ExportItem,
    PartFiles,
    WriteSettings,
    dump,
    file_text,
    note,
    surface_problem,
    write_all,
)
from razmetka.core.model import IMPORT, Article, ArticleStatus, Document, Span, SpanStatus
from razmetka.core.report import Problem
from razmetka.core.rules import flat
from razmetka.core.text import Utf16Map, first_words, normalize_with_offsets

FROM_NAME, TO_NAME = "label", "text"


class _TaskFiles(PartFiles):
    """One JSON array per part, written an element (UTF-8 JSON) at a time."""

    def __init__(self, root: Path, suffix: str) -> None:
        super().__init__(root, suffix, binary=True)
        self.count: dict[str | None, int] = {}

    def opened(self, part: str | None, handle: IO[bytes]) -> None:
        handle.write(b"[")
        self.count[part] = 0

    def task(self, part: str | None, encoded: bytes) -> None:
        handle = self.file(part)
        handle.write(b"\n" if self.count[part] == 0 else b",\n")
        handle.write(encoded)
        self.count[part] += 1


class Writer:
    def __init__(self, root: Path, settings: WriteSettings) -> None:
        self.root = root
        self.files = _TaskFiles(root, ".json")
        self.settings = settings

    def add(self, item: ExportItem) -> Added:
        added = Added()
        self.files.task(item.part or "tasks", dump(task_record(item, added)).encode("utf-8"))
        return added

    def add_line(self, part: str | None, line: bytes) -> None:
        """A task written already, as UTF-8 JSON (one that SQLite wrote:
        ``core.store.records``)."""
        self.files.task(part or "tasks", line)

    def close(self) -> list[Path]:
        if not self.files.parts():
            self.files.file("tasks")
        paths = self.files.close(footer="\n]\n")
        self.root.mkdir(parents=True, exist_ok=True)
        config = self.root / "label_config.xml"
        config.write_text(label_config(self.settings), encoding="utf-8")
        return [*paths, config]


def write(
    items: Iterable[ExportItem], path: Path, settings: WriteSettings | None = None
) -> list[Problem]:
    return write_all(Writer(path, settings or WriteSettings()), items)


def label_config(settings: WriteSettings) -> str:
    labels = "\n".join(
        f"    <Label value={quoteattr(label.name)} background={quoteattr(label.color)}/>"
        for label in settings.labels
    )
    return (
        "<View>\n"
        f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">\n{labels}\n  </Labels>\n'
        f'  <Text name="{TO_NAME}" value="$text"/>\n'
        "</View>\n"
    )


def task_record(item: ExportItem, added: Added) -> dict[str, Any]:
    article = item.article
    # An article nobody has finished is a task still to label, not one labelled as empty.
    annotated = article.status is ArticleStatus.DONE or bool(item.spans)
    task: dict[str, Any] = {
        "data": {
            "text": article.text,
            "external_id": article.external_id,
            "title": article.title,
            "source": article.source,
            "date": article.date,
            "meta": article.meta,
        },
        "annotations": [_annotation(item, added)] if annotated else [],
        "predictions": [
            {"model_version": origin, "result": regions(item, spans, Added(), "p")}
            for origin, spans in groupby(
                sorted(item.pending, key=lambda s: s.origin), key=lambda s: s.origin
            )
        ],
    }
    return task


def _annotation(item: ExportItem, added: Added) -> dict[str, Any]:
    annotation: dict[str, Any] = {"result": regions(item, item.spans, added, "a")}
    if item.annotator is not None:
        annotation["completed_by"] = item.annotator  # Label Studio's annotator of a result
    return annotation


def regions(item: ExportItem, spans: Iterable[Span], added: Added, prefix: str) -> list[dict]:
    out = []
    for number, span in enumerate(spans, 1):
        # The text written is the slice itself: only the bounds can be wrong.
        problem = surface_problem(item, span)
        if problem is not None:
            added.problems.append(problem)
            continue
        surface = item.article.text[span.start : span.end]
        value = {"start": span.start, "end": span.end, "text": surface, "labels": [span.label]}
        out.append(
            {
                "id": f"{prefix}{span.id or number}",
                "from_name": FROM_NAME,
                "to_name": TO_NAME,
                "type": "labels",
                "value": value,
            }
        )
        added.spans += 1
    return out


# --- reading --------------------------------------------------------------------------------------


def read(path: Path) -> Iterator[Document | Problem]:
    content = file_text(path)
    if isinstance(content, Problem):
        yield content
        return
    try:
        tasks: Any = enumerate(_as_list(json.loads(content)), 1)
    except json.JSONDecodeError as exc:
        yield Problem(str(path), f"line {exc.lineno}", f"broken JSON: {exc.msg}")
        return
    except RecursionError:
        tasks = one_by_one(content)  # to name the task nested too deep, and read the others
    except BadRecord as exc:
        yield Problem(str(path), "", str(exc))
        return
    for number, task in tasks:
        where = f"record {number}"
        notes: list[str] = []
        try:
            if isinstance(task, Problem):
                raise BadRecord(task.reason)
            doc = task_document(task, where, notes)
        except BadRecord as exc:
            yield Problem(str(path), where, str(exc))
            continue
        for reason in notes:
            yield note(str(path), where, reason)
        yield doc


def _as_list(tasks: Any) -> list[Any]:
    if isinstance(tasks, dict):
        return [tasks]
    if not isinstance(tasks, list):
        raise BadRecord("not a Label Studio export (a JSON list of tasks)")
    return tasks


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"\s*")


def one_by_one(content: str) -> Iterator[tuple[int, Any]]:
    """The tasks of a JSON list read one at a time, so that one nested too deep for the JSON
    reader is refused (a Problem in its place, naming its line) and the others are read."""
    position = _SPACE.match(content).end()  # type: ignore[union-attr]
    if not content.startswith("[", position):
        yield 1, Problem("", "", "JSON nested too deep to read")
        return
    position, number, line, counted = position + 1, 0, 1, 0
    while True:
        position = _SPACE.match(content, position).end()  # type: ignore[union-attr]
        if content.startswith("]", position) or position >= len(content):
            return
        number += 1
        line, counted = line + content.count("\n", counted, position), position
        try:
            task, position = _DECODER.raw_decode(content, position)
        except RecursionError:
            task = Problem("", "", f"JSON nested too deep to read (line {line})")
            position = _value_end(content, position)
        except json.JSONDecodeError as exc:
            yield number, Problem("", "", f"broken JSON at line {exc.lineno}: {exc.msg}")
            return
        yield number, task
        position = _SPACE.match(content, position).end()  # type: ignore[union-attr]
        if content.startswith(",", position):
            position += 1


def _value_end(content: str, position: int) -> int:
    """Where the JSON array or object starting at ``position`` ends, strings and all."""
    depth, in_string, index = 0, False, position
    while index < len(content):
        char = content[index]
        if in_string:
            if char == "\\":
                index += 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return index


def task_document(task: Any, where: str, notes: list[str]) -> Document:
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise BadRecord('a task must be an object with "data"')
    data = task["data"]
    raw = data.get("text")
    if not isinstance(raw, str):
        raw = next((v for v in data.values() if isinstance(v, str) and v.strip()), None)
        if raw is None:
            raise BadRecord('no text in "data"')
    annotations = [
        a
        for a in _list(task.get("annotations") or task.get("completions"))
        if isinstance(a, dict) and not a.get("was_cancelled")
    ]
    if len(annotations) > 1:
        notes.append(f"{len(annotations)} annotations; only the first is kept")
    results = [(SpanStatus.ACCEPTED, IMPORT, annotations[0].get("result"))] if annotations else []
    for prediction in _list(task.get("predictions")):
        if isinstance(prediction, dict):
            origin = str(prediction.get("model_version") or IMPORT)
            results.append((SpanStatus.SUGGESTED, origin, prediction.get("result")))
    text, spans = place_regions(raw, results, notes)
    accepted, crossing = flat(s for s in spans if s.status is SpanStatus.ACCEPTED)
    notes += [
        f"{s.label} {text[s.start : s.end]!r} nests in or crosses another span; a flat "
        "entity set cannot hold it"
        for s in crossing
    ]
    suggested = [s for s in spans if s.status is SpanStatus.SUGGESTED]
    meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
    external_id = data.get("external_id", task.get("id"))
    article = Article(
        text=text,
        external_id=None if external_id is None else str(external_id),
        title=str(data.get("title") or first_words(text)),
        source=str(data.get("source") or ""),
        date=str(data["date"]) if data.get("date") else None,
        meta=meta,
    )
    return Document(
        article, tuple(sorted([*accepted, *suggested], key=lambda s: (s.start, s.end))), where
    )


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


Region = tuple[int, int, str, str | None, SpanStatus, str]  # start, end, label, text, ...


def place_regions(
    raw: str, results: list[tuple[SpanStatus, str, Any]], notes: list[str]
) -> tuple[str, list[Span]]:
    """Spans on the stored text. Label Studio counts code points; older versions counted UTF-16
    units, and a text with CRLF may have been counted either way: the reading under which every
    region's text matches is the one taken."""
    found = [
        r for status, origin, result in results for r in _regions(result, status, origin, notes)
    ]
    text, moved = normalize_with_offsets(raw)
    utf16 = Utf16Map(raw)
    readings: list[Callable[[int], int]] = [moved]
    if not utf16.is_identity:
        readings.append(lambda offset: moved(utf16.from_utf16(offset)))
    if text != raw:
        readings.append(lambda offset: offset)
    first_error = None
    for place in readings:
        error = _mismatch(text, place, found)
        if error is None:
            return text, [
                Span(place(s), place(e), label, status, origin)
                for s, e, label, _, status, origin in found
            ]
        first_error = first_error or error
    raise BadRecord(first_error or "")


def _mismatch(text: str, place: Callable[[int], int], regions: list[Region]) -> str | None:
    """Why a reading does not fit the regions, or None. ``place`` maps an offset as Label Studio
    counted it onto ``text``, the stored text."""
    for start, end, label, surface, _, _ in regions:
        new_start, new_end = place(start), place(end)
        if not 0 <= new_start < new_end <= len(text):
            return f"{label} {start}-{end} lies outside the text"
        stored = text[new_start:new_end]
        if surface is not None and surface.replace("\r\n", "\n") != stored:
            return f"{label}: its text {surface!r} is not the text at {start}-{end} ({stored!r})"
    return None


def _regions(result: Any, status: SpanStatus, origin: str, notes: list[str]) -> Iterator[Region]:
    if not isinstance(result, list):
        return
    for region in result:
        value = region.get("value") if isinstance(region, dict) else None
        if not isinstance(value, dict) or region.get("type") not in ("labels", None):
            kind = region.get("type") if isinstance(region, dict) else type(region).__name__
            notes.append(f"a {kind} result is not kept")
            continue
        start, end, labels = value.get("start"), value.get("end"), value.get("labels")
        if not (
            type(start) is int
            and type(end) is int
            and isinstance(labels, list)
            and labels
            and all(isinstance(label, str) and label for label in labels)
        ):
            raise BadRecord(f"region {region.get('id')!r}: no start, end and labels")
        if len(labels) > 1:
            notes.append(f"region {region.get('id')!r} has labels {labels}; only the first kept")
        surface = value.get("text")
        yield (
            start,
            end,
            str(labels[0]),
            surface if isinstance(surface, str) else None,
            status,
            origin,
        )
