"""brat standoff: per article a ``.txt`` (the stored text, byte for byte) and a ``.ann`` whose
``T`` lines give character offsets into it; ``annotation.conf`` (and ``visual.conf`` for the
colours) at the top of the folder.

brat counts characters of the ``.txt`` as they are, so a file with CRLF line ends counts two for
each; the reader moves such offsets onto the stored text, where every line ends in LF. A span
that runs over a line break is written as fragments (``T1 LOC 0 6;8 15``), because an ``.ann``
line cannot hold a newline; read back, fragments split only by whitespace are one span again.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import pairwise
from pathlib import Path

from razmetka.core.formats.common import (
    DISCONTINUOUS,
    NESTS,
    Added,
    ExportItem,
    WriteSettings,
    decoded,
    note,
    surface_problem,
    write_all,
)
from razmetka.core.model import IMPORT, Article, Document, Span, SpanStatus
from razmetka.core.report import Problem
from razmetka.core.rules import flat
from razmetka.core.text import (
    BOM,
    LINE_BREAKS,
    NotText,
    first_words,
    normalize,
    normalize_with_offsets,
)

REJECTED = "Rejected"  # the attribute that marks a negative example

# A span fragment stops at a line break (``text.LINE_BREAKS``).
_LINE_BREAKS = re.compile(f"[{LINE_BREAKS}]+")
_UNSAFE = re.compile(r"[^\w.\-]+")
_SEPARATORS = re.compile(r"[/\\\x00]")
_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}


class Writer:
    def __init__(self, root: Path, settings: WriteSettings) -> None:
        self.root = root
        self.settings = settings
        self.folders: dict[tuple[str | None, str | None], Path] = {}

    def add(self, item: ExportItem) -> Added:
        added = Added()
        lines = ann_lines(item, self.settings.negatives, added)
        ann = "".join(line + "\n" for line in lines).encode("utf-8")
        article = item.article
        text = article.text.encode("utf-8")
        folder = self._folder(item.part, item.annotator)
        self._write_pair(folder, article.external_id, article.id or 0, text, ann)
        return added

    def add_pair(
        self, part: str | None, article_id: int, external_id: str | None, text: bytes, ann: bytes
    ) -> None:
        """A pair whose ``.ann`` SQLite wrote, its lines not yet numbered
        (``core.store.records.brat``), named and placed as ``add`` names and places one."""
        folder = self._folder(part, None)
        self._write_pair(folder, external_id, article_id, text, numbered(ann))

    def _write_pair(
        self, folder: Path, external_id: str | None, article_id: int, text: bytes, ann: bytes
    ) -> None:
        name = self._name(folder, external_id, article_id)
        if _SEPARATORS.search(name) or name in (".", ".."):  # safe_name rules this out
            raise ValueError(f"file name {name!r} would leave the output folder")
        # Paths as strings: pathlib's joining cost more than the writing, two files an article.
        stem = os.path.join(folder, name)
        with open(f"{stem}.txt", "wb") as txt:
            txt.write(text)
        with open(f"{stem}.ann", "wb") as written:
            written.write(ann)

    def _folder(self, part: str | None, annotator: str | None) -> Path:
        """The part's folder; an analyst's versions go in a folder of the analyst's name
        inside it (brat finds annotation.conf in the folders above)."""
        key = (part, annotator)
        folder = self.folders.get(key)
        if folder is None:
            folder = self.root if part is None else self.root / part
            if annotator is not None:
                folder = folder / safe_name(annotator)
            self.folders[key] = folder
            folder.mkdir(parents=True, exist_ok=True)
        return folder

    @staticmethod
    def _name(folder: Path, external_id: str | None, article_id: int) -> str:
        """A safe name no earlier article took. Asking the folder rather than remembering names
        keeps memory flat, and a case-blind file system answers for its own rules."""
        name = safe_name(external_id or f"article-{article_id}")
        candidate, number = name, 1
        while os.path.exists(os.path.join(folder, f"{candidate}.txt")):
            candidate = f"{name}-{article_id}" + (f"-{number}" if number > 1 else "")
            number += 1
        return candidate

    def close(self) -> list[Path]:
        self.root.mkdir(parents=True, exist_ok=True)
        conf, visual = self.root / "annotation.conf", self.root / "visual.conf"
        conf.write_text(annotation_conf(self.settings), encoding="utf-8")
        visual.write_text(visual_conf(self.settings), encoding="utf-8")
        # The pairs are many; the report names the folders that hold them.
        return [*self.folders.values(), conf, visual]


def write(
    items: Iterable[ExportItem], path: Path, settings: WriteSettings | None = None
) -> list[Problem]:
    return write_all(Writer(path, settings or WriteSettings()), items)


def safe_name(external_id: str) -> str:
    """A file name from an id that stays in its folder on every system: no separators, no
    leading dot, no device names, not too long."""
    name = _cut(_UNSAFE.sub("_", external_id).strip("._")[:100]).strip("._") or "article"
    return f"_{name}" if name.split(".")[0].lower() in _RESERVED else name


# File systems limit a name to 255 bytes (ext4, btrfs, APFS; NTFS 255 UTF-16 units, which
# UTF-8 bytes never undercount): room is left for "_", "-<article id>-<number>" and ".ann".
NAME_BYTES = 255 - len("_") - len("-18446744073709551615-99999") - len(".ann")


def _cut(name: str) -> str:
    """``name`` cut to ``NAME_BYTES`` of UTF-8 at a character boundary."""
    return name.encode("utf-8")[:NAME_BYTES].decode("utf-8", errors="ignore")


def ann_lines(item: ExportItem, negatives: bool, added: Added) -> list[str]:
    lines: list[str] = []
    rejected = item.negatives if negatives else ()
    for number, span in enumerate([*item.spans, *rejected], 1):
        placed = _placed(item, span, added)
        if placed is None:
            continue
        places, written = placed
        lines.append(f"T{number}\t{span.label} {places}\t{written}")
        if span.status is SpanStatus.REJECTED:
            lines.append(f"A{number}\t{REJECTED} T{number}")
        else:
            added.spans += 1
    return lines


def _placed(item: ExportItem, span: Span, added: Added) -> tuple[str, str] | None:
    """The offsets and the text of a span's ``T`` line; None, reported, when it has none."""
    text = item.article.text
    problem = surface_problem(item, span)
    if problem is None and not _LINE_BREAKS.search(text, span.start, span.end):
        return f"{span.start} {span.end}", text[span.start : span.end]  # nearly every span
    fragments = span_fragments(text, span.start, span.end)
    written = " ".join(text[s:e] for s, e in fragments)
    problem = problem or surface_problem(item, span, written if len(fragments) == 1 else None)
    if problem is not None or not fragments:
        where = f"{span.start}-{span.end}"
        added.problems.append(
            problem or Problem(item.name, where, f"{span.label} holds only line breaks")
        )
        return None
    return ";".join(f"{s} {e}" for s, e in fragments), written


def numbered(ann: bytes) -> bytes:
    """An ``.ann`` whose lines are not yet numbered, numbered as ``ann_lines`` numbers them:
    ``\\t...`` becomes ``T7\\t...``, and an ``A`` line after it ``A7\\tRejected T7``."""
    lines = ann.split(b"\n")
    lines.pop()  # after the last line's newline
    if b"A" not in lines:  # no negatives: every line a span's
        return b"".join(map(_T_LINE.__mod__, enumerate(lines, 1)))
    out = []
    number = 0
    for line in lines:
        if line == b"A":
            out.append(b"A%d\t%s T%d\n" % (number, _REJECTED, number))
        else:
            number += 1
            out.append(_T_LINE % (number, line))
    return b"".join(out)


_T_LINE = b"T%d%s\n"
_REJECTED = REJECTED.encode()


def span_fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at line breaks into pieces that each fit on an ``.ann`` line."""
    fragments, position = [], start
    for match in _LINE_BREAKS.finditer(text, start, end):
        if match.start() > position:
            fragments.append((position, match.start()))
        position = match.end()
    if position < end:
        fragments.append((position, end))
    return fragments


def annotation_conf(settings: WriteSettings) -> str:
    entities = "\n".join(label.name for label in settings.labels)
    attributes = f"{REJECTED} Arg:<ENTITY>\n" if settings.negatives else ""
    return f"[entities]\n{entities}\n\n[relations]\n\n[events]\n\n[attributes]\n{attributes}"


def visual_conf(settings: WriteSettings) -> str:
    labels = "\n".join(f"{label.name} | {label.name}" for label in settings.labels)
    drawing = "\n".join(f"{label.name}\tbgColor:{label.color}" for label in settings.labels)
    return f"[labels]\n{labels}\n\n[drawing]\n{drawing}\n"


# --- reading --------------------------------------------------------------------------------------


class BadAnn(ValueError):
    def __init__(self, where: str, reason: str) -> None:
        super().__init__(reason)
        self.where = where


def read(path: Path) -> Iterator[Document | Problem]:
    """A brat pair, named by its ``.ann`` (or ``.txt``) file."""
    ann_path, txt_path = path.with_suffix(".ann"), path.with_suffix(".txt")
    try:
        data = txt_path.read_bytes()
        raw = decoded(data, str(txt_path))
        ann = decoded(ann_path.read_bytes(), str(ann_path)) if ann_path.exists() else ""
    except NotText as exc:
        yield Problem(str(path), "", str(exc))
        return
    except OSError as exc:
        yield Problem(str(path), "", f"cannot read {exc.filename} ({exc.strerror})")
        return
    try:
        entities, notes = parse_ann(ann)
        placed = place_spans(raw, data.startswith(BOM.encode()), entities)
    except BadAnn as exc:
        yield Problem(str(ann_path), exc.where, str(exc))
        return
    text = normalize(raw)
    for where, reason, kind in notes:
        yield note(str(ann_path), where, reason, kind)
    idents = {id(span): ident for ident, span in placed if isinstance(span, Span)}
    for ident, span in placed:
        if not isinstance(span, Span):
            yield note(str(ann_path), ident, span)
    spans = [span for _, span in placed if isinstance(span, Span)]
    accepted, crossing = flat(s for s in spans if s.status is SpanStatus.ACCEPTED)
    for span in crossing:
        yield note(
            str(ann_path),
            idents[id(span)],
            f"{span.label} {text[span.start : span.end]!r} {NESTS}",
        )
    rejected = [s for s in spans if s.status is SpanStatus.REJECTED]
    kept = tuple(sorted([*accepted, *rejected], key=lambda s: (s.start, s.end)))
    article = Article(text=text, external_id=path.stem, title=first_words(text))
    yield Document(article, kept, ann_path.name)


Entity = tuple[str, str, list[tuple[int, int]], str]  # id, label, fragments, text


def parse_ann(ann: str) -> tuple[list[tuple[Entity, bool]], list[tuple[str, str, str]]]:
    """Entities (with whether they are marked rejected) and notes on what is not kept."""
    entities: dict[str, Entity] = {}
    lines: dict[str, int] = {}
    rejected: set[str] = set()
    notes: list[tuple[str, str, str]] = []
    for number, line in enumerate(ann.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        ident, _, rest = line.partition("\t")
        kind = ident[:1]
        if kind == "T":
            entity = _entity(ident, rest, f"line {number}")
            if ident in entities:
                reason = (
                    f"line {number} repeats the id of line {lines[ident]}; "
                    f"{entity[1]} {entity[3]!r} not kept"
                )
                notes.append((ident, reason, "duplicate id"))
                continue
            entities[ident], lines[ident] = entity, number
        elif kind in ("A", "M") and rest.split(" ")[0] == REJECTED:
            rejected.add(rest.split(" ")[1] if " " in rest else "")
        elif kind in ("R", "E", "*", "N", "A", "M", "#"):
            what = {
                "R": "relation",
                "E": "event",
                "*": "equivalence",
                "N": "normalization",
                "A": "attribute",
                "M": "attribute",
                "#": "note",
            }[kind]
            notes.append((ident, f"{what} not kept: {rest.strip()!r}", what))
        else:
            raise BadAnn(f"line {number}", f"not a brat annotation line: {line[:60]!r}")
    return [(entity, ident in rejected) for ident, entity in entities.items()], notes


def _entity(ident: str, rest: str, where: str) -> Entity:
    head, _, surface = rest.partition("\t")
    label, _, places = head.partition(" ")
    fragments = []
    try:
        for piece in places.split(";"):
            start, end = piece.split()
            fragments.append((int(start), int(end)))
    except ValueError:
        raise BadAnn(
            where, f"{ident}: offsets {places!r} are not 'start end[;start end]'"
        ) from None
    if not label or not fragments:
        raise BadAnn(where, f"{ident}: no label or offsets")
    return ident, label, fragments, surface  # fragments as written: the text follows them


def place_spans(
    raw: str, had_bom: bool, entities: list[tuple[Entity, bool]]
) -> list[tuple[str, Span | str]]:
    """The stored text and the spans on it. Tools differ in what they count (CRLF as one or two,
    a BOM or not); the reading under which every entity's text matches is the one taken.
    An entity the flat set cannot hold comes with the reason instead of a span."""
    readings: list[tuple[str, Callable[[int], int]]] = [(raw, normalize_with_offsets(raw)[1])]
    if had_bom:
        readings.append((BOM + raw, normalize_with_offsets(BOM + raw)[1]))
    if "\r" in raw:
        readings.append((normalize(raw), lambda offset: offset))
    failure: BadAnn | None = None
    for source, moved in readings:
        try:
            return [(e[0], _span(source, moved, e, r)) for e, r in entities]
        except BadAnn as exc:
            failure = failure or exc
    assert failure is not None
    raise failure


def _span(source: str, moved: Callable[[int], int], entity: Entity, rejected: bool) -> Span | str:
    ident, label, written, surface = entity
    for start, end in written:
        if not 0 <= start < end <= len(source):
            raise BadAnn(ident, f"{start}-{end} lies outside the text (length {len(source)})")
    # Some tools (NEREL's) write fragments out of order; their text follows either order.
    fragments = sorted(written)
    found = " ".join(source[s:e] for s, e in written)
    if surface not in (found, " ".join(source[s:e] for s, e in fragments)):
        raise BadAnn(ident, f"its text {surface!r} is not the text at its offsets ({found!r})")
    gaps = [source[e:s] for (_, e), (s, _) in pairwise(fragments)]
    if any(gap.strip() for gap in gaps):
        return f"{label} {surface!r} {DISCONTINUOUS}"
    status = SpanStatus.REJECTED if rejected else SpanStatus.ACCEPTED
    return Span(moved(fragments[0][0]), moved(fragments[-1][1]), label, status, IMPORT)
