"""What the format modules share: the article as the export pipeline hands it over, per-part
output files, the span check every writer runs, and the tag schemes of the token formats."""

from __future__ import annotations

import codecs
import json
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from razmetka.core.model import Article, Document, Label, Span
from razmetka.core.report import Problem
from razmetka.core.rules import outside
from razmetka.core.text import NotText, decode_bytes
from razmetka.core.tokens import Token

PARTS = ("train", "dev", "test")


@dataclass(frozen=True)
class WriteSettings:
    labels: tuple[Label, ...] = ()  # the exported label set, after subset and renaming
    negatives: bool = False  # write rejected suggestions where the format has a place
    tags: str = "iob2"  # token tag scheme: "iob2" or "bioes"


@dataclass(frozen=True)
class ExportItem:
    """One article ready to write: spans filtered, renamed, checked (and aligned to tokens for
    the token formats)."""

    article: Article
    spans: tuple[Span, ...] = ()  # accepted, flat, in text order
    negatives: tuple[Span, ...] = ()  # rejected suggestions (only when asked for)
    pending: tuple[Span, ...] = ()  # suggestions nobody decided on yet
    sentences: tuple[tuple[Token, ...], ...] = ()  # razdel tokens, for formats that list tokens
    part: str | None = None  # "train", "dev", "test" or None without a split
    annotator: str | None = None  # whose version this is (None: the curated result)

    @property
    def name(self) -> str:
        """How messages name the article (and whose version it is)."""
        name = self.article.external_id or f"article {self.article.id}"
        return name if self.annotator is None else f"{name} ({self.annotator}'s version)"

    @property
    def tokens(self) -> list[Token]:
        return [token for sentence in self.sentences for token in sentence]


@dataclass
class Added:
    """What a writer did with one article."""

    spans: int = 0
    problems: list[Problem] = field(default_factory=list)


def surface_problem(item: ExportItem, span: Span, written: str | None = None) -> Problem | None:
    """The check every writer runs on what it is about to write: the span lies in the text, and
    the text it names (when the format holds one) is ``text[start:end]``."""
    text = item.article.text
    if outside(span.start, span.end, len(text)) is not None:
        reason = f"{span.label} {span.start}-{span.end} lies outside the text (length {len(text)})"
        return Problem(item.name, f"{span.start}-{span.end}", reason)
    if written is not None and written != text[span.start : span.end]:
        reason = (
            f"{span.label}: written text {written!r} is not the text at {span.start}-{span.end} "
            f"({text[span.start : span.end]!r})"
        )
        return Problem(item.name, f"{span.start}-{span.end}", reason)
    return None


def dump(record: Any) -> str:
    """One JSON value on one line. ``ensure_ascii=False`` keeps Cyrillic readable; the JSON
    escapes for U+2028/U+2029 are kept so that line-based readers never split a record."""
    return (
        json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


class PartFiles:
    """Text files of one export, opened on first use: ``root`` itself without a split, else
    ``root/<part><suffix>``. Newlines are written as they are (no CRLF on Windows). A
    ``binary`` writer is handed UTF-8 bytes."""

    def __init__(self, root: Path, suffix: str, binary: bool = False) -> None:
        self.root = root
        self.suffix = suffix
        self.binary = binary
        self._open: dict[str | None, IO[Any]] = {}

    def path(self, part: str | None) -> Path:
        return self.root if part is None else self.root / f"{part}{self.suffix}"

    def file(self, part: str | None) -> IO[Any]:
        handle = self._open.get(part)
        if handle is None:
            path = self.path(part)
            path.parent.mkdir(parents=True, exist_ok=True)
            handle = self._open[part] = (
                path.open("wb", buffering=1 << 20)
                if self.binary
                else path.open("w", encoding="utf-8", newline="")
            )
            self.opened(part, handle)
        return handle

    def opened(self, part: str | None, handle: IO[Any]) -> None:
        """Called once per new file (for a header)."""

    def parts(self) -> list[str | None]:
        return list(self._open)

    def close(self, footer: str = "") -> list[Path]:
        paths = []
        for part, handle in self._open.items():
            if footer:
                handle.write(footer.encode("utf-8") if self.binary else footer)
            handle.close()
            paths.append(self.path(part))
        self._open.clear()
        return paths


class JsonLinesWriter:
    """One JSON record a line, in one file or one per part; a format gives ``record``."""

    def __init__(self, root: Path, settings: WriteSettings) -> None:
        self.files = PartFiles(root, ".jsonl", binary=True)
        self.settings = settings

    def record(self, item: ExportItem, added: Added) -> Any:
        raise NotImplementedError

    def add(self, item: ExportItem) -> Added:
        added = Added()
        line = dump(self.record(item, added)) + "\n"
        self.files.file(item.part).write(line.encode("utf-8"))
        return added

    def add_line(self, part: str | None, line: bytes) -> None:
        """A record written already, as UTF-8 JSON without its newline (one that SQLite wrote:
        ``core.store.records``)."""
        handle = self.files.file(part)
        handle.write(line)
        handle.write(b"\n")

    def close(self) -> list[Path]:
        return self.files.close()


# --- tokens and tags ----------------------------------------------------------------------------


class TokenIndex:
    """Token positions of one text, for finding which tokens a character span covers."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.starts = [t.start for t in tokens]
        self.ends = [t.end for t in tokens]

    def covered(self, start: int, end: int) -> tuple[int, int] | None:
        """``[first, last)`` token indexes that ``[start, end)`` touches; None for none."""
        first = bisect_right(self.ends, start)
        last = bisect_left(self.starts, end)
        return (first, last) if first < last else None

    def aligned(self, start: int, end: int) -> tuple[int, int] | None:
        """Token range when the span starts and ends exactly on token boundaries."""
        found = self.covered(start, end)
        if found and self.starts[found[0]] == start and self.ends[found[1] - 1] == end:
            return found
        return None


def spans_tags(
    count: int, ranges: Iterable[tuple[int, int, str]], scheme: str = "iob2"
) -> list[str]:
    """Tags for ``count`` tokens from ``[first, last)`` token ranges; IOB2 or BIOES."""
    tags = ["O"] * count
    for first, last, label in ranges:
        for index in range(first, last):
            tags[index] = f"I-{label}"
        tags[first] = f"B-{label}"
        if scheme == "bioes":
            if last - first == 1:
                tags[first] = f"S-{label}"
            else:
                tags[last - 1] = f"E-{label}"
    return tags


class BadTag(ValueError):
    pass


def tags_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token ranges ``[first, last)`` from tags in IOB1, IOB2, BIOES or BILOU.

    Like seqeval's default mode, an ``I-`` that does not continue an entity of its label starts
    one, so IOB1 files and slightly broken IOB2 files read the way their authors meant.
    """
    ranges: list[tuple[int, int, str]] = []
    first, label = -1, ""

    def close(at: int) -> None:
        nonlocal first, label
        if first >= 0:
            ranges.append((first, at, label))
        first, label = -1, ""

    for index, tag in enumerate(tags):
        prefix, name = _split_tag(tag)
        if prefix == "O":
            close(index)
        elif prefix in ("B", "S", "U") or name != label:
            close(index)
            first, label = index, name
        if prefix in ("S", "U", "E", "L"):
            close(index + 1)
    close(len(tags))
    return ranges


def _split_tag(tag: str) -> tuple[str, str]:
    if tag == "O":
        return "O", ""
    prefix, dash, name = tag.partition("-")
    if not dash or prefix not in ("B", "I", "E", "S", "L", "U") or not name:
        raise BadTag(f"tag {tag!r} is neither O nor B-, I-, E-, S- (or L-, U-) and a label")
    return prefix, name


def tag_names(labels: Iterable[str], scheme: str = "iob2") -> list[str]:
    """Every tag a scheme can produce for ``labels``, "O" first."""
    prefixes = ("B", "I", "E", "S") if scheme == "bioes" else ("B", "I")
    return ["O"] + [f"{p}-{label}" for label in labels for p in prefixes]


# --- reading --------------------------------------------------------------------------------------


class BadRecord(ValueError):
    """A record a reader cannot import; the message is the reason, for the import report."""


def note(source: str, where: str, reason: str, kind: str | None = None) -> Problem:
    """Something a reader could not keep from a record it did import (the import report lists
    these apart from rejected records, and its summary counts them by ``kind``; by default the
    kind the reason's wording names)."""
    if kind is None:
        kind = next((k for phrase, k in _KINDS if phrase in reason), "")
    return Problem(source, where, f"note: {reason}", kind=kind)


NESTS = "nests in or crosses another span; a flat entity set cannot hold it"
DISCONTINUOUS = "is discontinuous; a flat entity set cannot hold it"
_KINDS = ((NESTS, "nested or crossing"), (DISCONTINUOUS, "discontinuous"))


# Bad bytes replaced while decoding (``--bad-bytes replace``): the import collects them per file
# into its report, with their place.
REPLACED: ContextVar[list[tuple[Problem, int]] | None] = ContextVar("replaced", default=None)


def decoded(data: bytes, source: str, where: str = "", offset: int = 0) -> str:
    """``data`` decoded; raises NotText. Bad bytes replaced are noted in ``REPLACED``."""
    result = decode_bytes(data, offset)
    if result.replaced:
        sink = REPLACED.get()
        if sink is not None:
            first = result.first_bad
            reason = f"{result.replaced} bad bytes replaced (not UTF-8, first at byte {first})"
            sink.append((note(source, where, reason), result.replaced))
    return result.text


def file_text(path: Path) -> str | Problem:
    """A file's decoded text, or the Problem that says why it has none (every reader's start)."""
    try:
        return decoded(path.read_bytes(), str(path))
    except NotText as exc:
        return Problem(str(path), "", str(exc))
    except OSError as exc:
        return Problem(str(path), "", f"cannot read the file ({exc.strerror})")


def byte_lines(path: Path) -> Iterator[tuple[int, int, str] | Problem]:
    """A file's non-blank lines, read one at a time: ``(number, byte offset, text)``, each line
    decoded alone, or a Problem naming the line that is not text. Splits on LF only: a record's
    text may hold U+2028. A UTF-16 file (rare) is read whole."""
    source = str(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(2)
            handle.seek(0)
            if head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
                text = file_text(path)
                if isinstance(text, Problem):
                    yield text
                    return
                for number, line in enumerate(text.split("\n"), 1):
                    if line.strip():
                        yield number, 0, line
                return
            offset = 0
            for number, raw in enumerate(handle, 1):
                where = f"line {number}"
                if number == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw, offset = raw[3:], 3
                if raw.strip():
                    try:
                        yield number, offset, decoded(raw, source, where, offset)
                    except NotText as exc:
                        yield Problem(source, where, str(exc))
                offset += len(raw)
    except OSError as exc:
        yield Problem(source, "", f"cannot read the file ({exc.strerror})")


def json_lines(text: str) -> Iterator[tuple[int, str]]:
    """Non-blank lines with their numbers. Splits on LF only: a record's text may hold U+2028."""
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield number, line


def read_json_lines(
    path: Path, build: Callable[[Any, str, list[str]], Document]
) -> Iterator[Document | Problem]:
    """The documents of a JSON-lines file, one a line, read as a stream (memory stays flat
    however large the file). ``build(record, where, notes)`` makes one from a parsed record,
    raising BadRecord with the reason, and adds to ``notes`` what it could not keep; broken
    JSON and bad records become Problems naming the line."""
    for line in byte_lines(path):
        if isinstance(line, Problem):
            yield line
            continue
        number, offset, content = line
        for item in _json_line(str(path), f"line {number}", content, build):
            yield item._replace(offset=offset) if isinstance(item, Document) else item


def _json_line(
    source: str, where: str, line: str, build: Callable[[Any, str, list[str]], Document]
) -> Iterator[Document | Problem]:
    notes: list[str] = []
    try:
        doc = build(json.loads(line), where, notes)
    except json.JSONDecodeError as exc:
        yield Problem(source, where, f"broken JSON: {exc.msg} at column {exc.colno}")
        return
    except RecursionError:
        yield Problem(source, where, "JSON nested too deep to read")
        return
    except BadRecord as exc:
        yield Problem(source, where, str(exc))
        return
    for reason in notes:
        yield note(source, where, reason)
    yield doc


def write_all(writer: Any, items: Iterable[ExportItem]) -> list[Problem]:
    """Feed items straight to an open writer and close it: each module's ``write``. The export
    pipeline adds what this does not: choosing spans, alignment, staging, the report."""
    problems: list[Problem] = []
    try:
        for item in items:
            problems += writer.add(item).problems
    finally:
        writer.close()
    return problems
