"""CoNLL-2003: one razdel token a line (``token _ _ TAG``), a blank line after each sentence,
each article opened by ``-DOCSTART- -X- O O``. IOB2 tags (what ``spacy convert -c ner`` reads)
or BIOES.

The format keeps no whitespace, ids or metadata: read back, an article's text is its tokens
joined by spaces, one sentence a line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from razmetka.core.formats.common import (
    Added,
    BadTag,
    ExportItem,
    PartFiles,
    TokenIndex,
    WriteSettings,
    file_text,
    spans_tags,
    surface_problem,
    tags_spans,
    write_all,
)
from razmetka.core.model import IMPORT, Article, Document, Span, SpanStatus
from razmetka.core.report import Problem
from razmetka.core.text import first_words
from razmetka.core.tokens import Token

DOCSTART = "-DOCSTART- -X- O O"


class Writer:
    def __init__(self, root: Path, settings: WriteSettings) -> None:
        self.files = PartFiles(root, ".conll")
        self.settings = settings

    def add(self, item: ExportItem) -> Added:
        added = Added()
        lines = [DOCSTART, ""]
        for tokens, tags in sentence_tags(item, self.settings.tags, added):
            lines += [f"{token.text} _ _ {tag}" for token, tag in zip(tokens, tags, strict=True)]
            lines.append("")
        self.files.file(item.part).write("\n".join(lines) + "\n")
        return added

    def close(self) -> list[Path]:
        return self.files.close()


def write(
    items: Iterable[ExportItem], path: Path, settings: WriteSettings | None = None
) -> list[Problem]:
    return write_all(Writer(path, settings or WriteSettings()), items)


def sentence_tags(
    item: ExportItem, scheme: str, added: Added
) -> Iterator[tuple[tuple[Token, ...], list[str]]]:
    """Each sentence's tokens with their tags. The pipeline has aligned the spans; a span that
    still misses token boundaries (a bug) is reported, not written."""
    tokens = item.tokens
    index = TokenIndex(tokens)
    ranges: list[tuple[int, int, str]] = []
    for span in item.spans:
        found = index.aligned(span.start, span.end)
        problem = surface_problem(item, span)
        if problem is None and found is None:
            problem = Problem(
                item.name,
                f"{span.start}-{span.end}",
                f"{span.label} is not on token boundaries; left out",
            )
        if problem is not None:
            added.problems.append(problem)
            continue
        assert found is not None
        ranges.append((found[0], found[1], span.label))
        added.spans += 1
    tags = spans_tags(len(tokens), ranges, scheme)
    start = 0
    for sentence in item.sentences:
        yield sentence, tags[start : start + len(sentence)]
        start += len(sentence)


# --- reading --------------------------------------------------------------------------------------


def read(path: Path) -> Iterator[Document | Problem]:
    content = file_text(path)
    if isinstance(content, Problem):
        yield content
        return
    for first_line, lines in _documents(content.splitlines()):
        yield _document(str(path), first_line, lines)


def _documents(lines: list[str]) -> Iterator[tuple[int, list[tuple[int, str]]]]:
    """Documents as numbered lines; a file without ``-DOCSTART-`` is one document."""
    current: list[tuple[int, str]] = []
    start = 1
    for number, line in enumerate(lines, 1):
        if line.startswith("-DOCSTART-"):
            if any(text.strip() for _, text in current):
                yield start, current
            current, start = [], number
            continue
        current.append((number, line))
    if any(text.strip() for _, text in current):
        yield start, current


def _document(source: str, first_line: int, lines: list[tuple[int, str]]) -> Document | Problem:
    sentences: list[list[tuple[str, str]]] = [[]]
    for number, line in lines:
        columns = line.split()
        if not columns:
            if sentences[-1]:
                sentences.append([])
            continue
        if len(columns) < 2:
            return Problem(source, f"line {number}", "a token line needs a token and a tag")
        try:
            tags_spans([columns[-1]])  # a bad tag is reported at its own line
        except BadTag as exc:
            return Problem(source, f"line {number}", f"document: {exc}")
        sentences[-1].append((columns[0], columns[-1]))
    try:
        return tokens_document([s for s in sentences if s], f"line {first_line}")
    except BadTag as exc:
        return Problem(source, f"line {first_line}", f"document: {exc}")


def tokens_document(sentences: list[list[tuple[str, str]]], where: str = "") -> Document:
    """Tokens and tags as an article: tokens joined by spaces, one sentence a line. An entity
    ends with its sentence, as in spaCy's reader."""
    lines, spans, position = [], [], 0
    for sentence in sentences:
        starts = []
        for word, _ in sentence:
            starts.append(position)
            position += len(word) + 1  # the space (or the newline after the last token)
        for first, last, label in tags_spans([tag for _, tag in sentence]):
            end = starts[last - 1] + len(sentence[last - 1][0])
            spans.append(Span(starts[first], end, label, SpanStatus.ACCEPTED, IMPORT))
        lines.append(" ".join(word for word, _ in sentence))
    text = "\n".join(lines)
    return Document(Article(text=text, title=first_words(text)), tuple(spans), where)
