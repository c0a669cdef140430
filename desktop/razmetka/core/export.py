"""Export: the store's annotations as training data, one format module doing the writing.

The pipeline streams articles out of the store one at a time (memory stays flat however large
the corpus), chooses the spans the options ask for, checks them against the text, aligns them
to razdel tokens for the token formats, and hands each article to the format's ``Writer``.
Everything is written beside the destination first and renamed into place at the end, so the
output appears whole or not at all.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from razmetka.core import formats, rules
from razmetka.core.formats import stored
from razmetka.core.formats.common import PARTS, Added, ExportItem, TokenIndex, WriteSettings
from razmetka.core.model import Article, ArticleStatus, Label, Span, SpanStatus
from razmetka.core.report import ExportReport, Problem
from razmetka.core.store import Store
from razmetka.core.tokens import Token, sentences

MANIFEST = ".razmetka-export.json"
# Problems listed in full; beyond that they are only counted, so a corpus with a million
# misaligned spans does not hold a million messages.
MAX_LISTED = 200


class ExportError(Exception):
    """The export cannot start or finish; the message is for the user. Nothing was written."""


class ExportCancelled(Exception):
    """The user stopped the export; nothing was left behind."""


@dataclass(frozen=True)
class ExportOptions:
    format: str  # a key of razmetka.core.formats.MODULES that has write()
    out: Path  # a file, or a folder for folder formats (brat, hf, label-studio, spacy) / splits
    include_all: bool = False  # False: only articles marked done
    negatives: bool = False  # rejected suggestions as negative examples where the format can
    split: tuple[float, float, float] | None = None  # train/dev/test ratios
    seed: int = 0
    labels: frozenset[str] | None = None  # stored label names to keep
    rename: Mapping[str, str] = field(default_factory=dict)  # stored name -> exported name
    misaligned: str = "snap"  # "snap" or "skip": spans not on razdel token boundaries
    tags: str = "iob2"  # or "bioes" for the token formats
    tokens: bool = False  # razdel tokens in formats where they are optional (JSONL)


def export(
    store: Store,
    options: ExportOptions,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ExportReport:
    """Write the store's annotations as ``options`` ask; returns what was written and what
    could not be. Raises ExportError (bad options or destination) or ExportCancelled."""
    module = _writer_module(options)
    _check_options(options)
    statuses = None if options.include_all else [ArticleStatus.DONE]
    total = store.articles.count(statuses)
    # Articles added while the export runs are left out: it is the store as it was at the start.
    last_id = store.articles.last_id()
    splitter = Splitter(total, options.split, options.seed) if options.split else None
    is_folder = module.LAYOUT == "folder" or options.split is not None
    out = Path(options.out)
    _check_destination(out, is_folder)
    report = ExportReport()
    if options.negatives and not module.NEGATIVES:
        reason = f"the {options.format} format has no place for negative examples; none written"
        _record(report, [Problem(str(out), "", reason)])
        options = replace(options, negatives=False)
    settings = WriteSettings(
        exported_labels(store.labels.all(), options), options.negatives, options.tags
    )
    if hasattr(module, "record_sql") and not lists_tokens(module, options):
        items = _stored_items(store, statuses, last_id, splitter, options, module, settings, report)
    else:
        items = _items(store, statuses, last_id, splitter, options, module, report)
    with _staged(out, is_folder) as staging:
        writer = module.Writer(staging, settings)
        try:
            _write(writer, items, report, total, progress, should_stop)
        except BaseException:
            writer.close()  # release the files so the staging area can be removed
            raise
        written = writer.close()
        if is_folder:
            _write_manifest(staging, options, report)
            report.files = [str(out / p.relative_to(staging)) for p in written]
        else:
            report.files = [str(out)]
    return report


def _write(
    writer: Any,
    items: Iterator[Any],  # ExportItem, or a format's StoredRecord
    report: ExportReport,
    total: int,
    progress: Callable[[int, int], None] | None,
    should_stop: Callable[[], bool] | None,
) -> None:
    for done, item in enumerate(items, 1):
        if should_stop is not None and should_stop():
            raise ExportCancelled("export stopped; nothing was written")
        if isinstance(item, ExportItem):
            added: Added = writer.add(item)
            _record(report, added.problems)
            report.spans += added.spans
            report.negatives += len(item.negatives)
        else:  # a record that SQLite wrote, with nothing to report
            writer.add_stored(item)
            report.spans += item.spans
            report.negatives += item.negatives
        report.articles += 1
        if item.part:
            report.parts[item.part] = report.parts.get(item.part, 0) + 1
        if progress is not None:
            progress(done, total)


def _items(
    store: Store,
    statuses: list[ArticleStatus] | None,
    last_id: int,
    splitter: Splitter | None,
    options: ExportOptions,
    module: ModuleType,
    report: ExportReport,
) -> Iterator[ExportItem]:
    for article, spans in store.articles.with_spans(statuses):
        if (article.id or 0) > last_id:
            break  # articles come in id order
        part = splitter.next() if splitter is not None else None
        item, problems = prepare(article, spans, options, module, part)
        _record(report, problems)
        yield item


def _stored_items(
    store: Store,
    statuses: list[ArticleStatus] | None,
    last_id: int,
    splitter: Splitter | None,
    options: ExportOptions,
    module: ModuleType,
    settings: WriteSettings,
    report: ExportReport,
) -> Iterator[Any]:
    """Records that SQLite writes for formats that can have it (see ``formats.stored``);
    an article it cannot write goes the ordinary way."""
    records = stored.records(
        store,
        None if statuses is None else [s.value for s in statuses],
        last_id,
        settings,
        options.labels,
        options.rename,
        module.record_sql,
    )
    for record in records:
        part = splitter.next() if splitter is not None else None
        if record.line is not None:
            yield record if part is None else record._replace(part=part)
            continue
        article = store.articles.get(record.article_id)
        item, problems = prepare(article, store.spans.of(record.article_id), options, module, part)
        _record(report, problems)
        yield item


def _writer_module(options: ExportOptions) -> ModuleType:
    try:
        module = formats.module(options.format)
    except ImportError as exc:
        raise ExportError(
            f"the {options.format} format needs {exc.name}, which is not "
            f"installed (pip install 'razmetka[{options.format}]')"
        ) from exc
    except ValueError as exc:
        raise ExportError(str(exc)) from exc
    if not hasattr(module, "Writer"):
        raise ExportError(f"the {options.format} format cannot be written")
    return module


def _check_options(options: ExportOptions) -> None:
    if options.misaligned not in ("snap", "skip"):
        raise ExportError(f"misaligned must be snap or skip, not {options.misaligned!r}")
    if options.tags not in ("iob2", "bioes"):
        raise ExportError(f"tags must be iob2 or bioes, not {options.tags!r}")
    if options.split is not None:
        ratios = options.split
        if len(ratios) != 3 or any(r < 0 for r in ratios) or sum(ratios) <= 0:
            raise ExportError(
                "a split is three ratios (train, dev, test), not negative, not all zero"
            )
    for old, new in options.rename.items():
        if not new or any(ch.isspace() for ch in new):
            raise ExportError(f"cannot rename {old} to {new!r}: a label has no spaces")


def _record(report: ExportReport, problems: list[Problem]) -> None:
    for problem in problems:
        if isinstance(problem, MisalignedSpan):
            if problem.outcome == "snapped":
                report.snapped += 1
            else:
                report.left_out += 1
        if len(report.problems) < MAX_LISTED:
            report.problems.append(problem)
        else:
            report.more_problems += 1


# --- choosing what to write ---------------------------------------------------------------------


class Splitter:
    """Deals whole articles, in the order they come, into train/dev/test.

    Each article goes to a part with the probability of that part's share of the articles still
    to come (sequential sampling), so the counts follow the ratios exactly, the same seed gives
    the same split, and nothing is remembered per article: memory stays flat however large the
    corpus.
    """

    def __init__(self, total: int, ratios: tuple[float, float, float], seed: int) -> None:
        whole = sum(ratios)
        train = round(total * ratios[0] / whole)
        dev = min(total - train, round(total * ratios[1] / whole))
        self.left = [train, dev, total - train - dev]
        self.random = random.Random(seed)

    def next(self) -> str:
        remaining = sum(self.left)
        if remaining <= 0:  # more articles than counted at the start (marked done meanwhile)
            return PARTS[0]
        pick = self.random.randrange(remaining)
        for index, count in enumerate(self.left):
            if pick < count:
                self.left[index] -= 1
                return PARTS[index]
            pick -= count
        raise AssertionError("unreachable: pick < remaining")


def exported_labels(labels: list[Label], options: ExportOptions) -> tuple[Label, ...]:
    """The exported label set in the store's order; a rename that merges labels keeps one."""
    out: dict[str, Label] = {}
    for label in labels:
        name = exported_name(label.name, options)
        if name is not None and name not in out:
            out[name] = (
                label if name == label.name else Label(name, label.color, "", label.description)
            )
    return tuple(out.values())


def exported_name(label: str, options: ExportOptions) -> str | None:
    if options.labels is not None and label not in options.labels:
        return None
    return options.rename.get(label, label)


def prepare(
    article: Article,
    spans: list[Span],
    options: ExportOptions,
    module: ModuleType,
    part: str | None,
) -> tuple[ExportItem, list[Problem]]:
    """One article's spans chosen, renamed, checked, and aligned when the format needs it."""
    name = article.external_id or f"article {article.id}"
    problems: list[Problem] = []
    chosen: dict[SpanStatus, list[Span]] = {status: [] for status in SpanStatus}
    for span in spans:
        label = exported_name(span.label, options)
        if label is None:
            continue
        if rules.outside(span.start, span.end, len(article.text)) is not None:
            problems.append(
                Problem(
                    name,
                    f"{span.start}-{span.end}",
                    f"{span.label} lies outside the text; left out",
                )
            )
            continue
        chosen[span.status].append(span if label == span.label else span.with_(label=label))
    accepted = chosen[SpanStatus.ACCEPTED]
    negatives = chosen[SpanStatus.REJECTED] if options.negatives else []
    token_sentences: list[list[Token]] = []
    if lists_tokens(module, options):
        token_sentences = article_sentences(article.text)
        if getattr(module, "ALIGNED", False):
            index = TokenIndex([t for s in token_sentences for t in s])
            accepted = align(name, article.text, accepted, index, options.misaligned, problems)
            negatives = align(
                name, article.text, negatives, index, options.misaligned, problems, overlap_ok=True
            )
            token_sentences = joined_sentences(token_sentences, accepted)
    item = ExportItem(
        article,
        tuple(accepted),
        tuple(negatives),
        tuple(chosen[SpanStatus.SUGGESTED]),
        tuple(tuple(s) for s in token_sentences),
        part,
    )
    return item, problems


_SPACE = re.compile(r"\s+")


def lists_tokens(module: ModuleType, options: ExportOptions) -> bool:
    """Whether the records carry razdel's tokens: always in the token formats, on request where
    they are optional (JSONL). SQLite writes only records without them (``formats.stored``)."""
    return bool(
        getattr(module, "TOKENS", False)
        or (options.tokens and getattr(module, "OPTIONAL_TOKENS", False))
    )


def article_sentences(text: str) -> list[list[Token]]:
    """razdel's sentences and tokens, with any token that holds whitespace (a no-break space
    inside a number, say) cut at it: column formats separate fields by whitespace."""
    out = []
    for sentence in sentences(text):
        if not _SPACE.search("".join([token.text for token in sentence])):
            out.append(sentence)  # nearly always: one search a sentence, not one a token
            continue
        tokens: list[Token] = []
        for token in sentence:
            if _SPACE.search(token.text):
                tokens += _cut_at_spaces(token)
            else:
                tokens.append(token)
        if tokens:
            out.append(tokens)
    return out


def _cut_at_spaces(token: Token) -> Iterator[Token]:
    start = 0
    for match in _SPACE.finditer(token.text):
        if match.start() > start:
            yield Token(
                token.start + start, token.start + match.start(), token.text[start : match.start()]
            )
        start = match.end()
    if start < len(token.text):
        yield Token(token.start + start, token.end, token.text[start:])


def align(
    name: str,
    text: str,
    spans: list[Span],
    index: TokenIndex,
    mode: str,
    problems: list[Problem],
    overlap_ok: bool = False,
) -> list[Span]:
    """Spans on token boundaries. One that is not is snapped out to the tokens it touches or
    left out (``mode``); either way it is reported. Snapping never makes spans overlap: a
    snapped span that would is left out."""
    out: list[Span] = []
    for span in spans:
        covered = index.covered(span.start, span.end)
        surface = text[span.start : span.end]
        if covered is None:
            problems.append(_misaligned(name, span, surface, "holds no token; left out"))
            continue
        start, end = index.starts[covered[0]], index.ends[covered[1] - 1]
        if (start, end) != (span.start, span.end):
            if mode == "skip":
                problems.append(_misaligned(name, span, surface, "left out"))
                continue
            if not overlap_ok and out and start < out[-1].end:
                problems.append(
                    _misaligned(
                        name, span, surface, "snapping would overlap the span before; left out"
                    )
                )
                continue
            problems.append(
                _misaligned(name, span, surface, f"snapped to {text[start:end]!r}", snapped=True)
            )
            span = span.with_(start=start, end=end)
        out.append(span)
    return out


def _misaligned(
    name: str, span: Span, surface: str, outcome: str, snapped: bool = False
) -> Problem:
    kind = "snapped" if snapped else "left out"
    status = "" if span.status is SpanStatus.ACCEPTED else f"{span.status.value} "
    return MisalignedSpan(
        name,
        f"{span.start}-{span.end}",
        f"{status}{span.label} {surface!r} is not on token boundaries: {outcome}",
        kind,
    )


@dataclass(frozen=True)
class MisalignedSpan(Problem):
    outcome: str = "left out"  # "snapped" or "left out"


def joined_sentences(token_sentences: list[list[Token]], spans: list[Span]) -> list[list[Token]]:
    """Sentences with those that a span runs across joined into one, so that no entity is cut
    in two by a sentence break (razdel can break inside a name such as "Акорда\\n\\nУчастие")."""
    if not spans or len(token_sentences) < 2:
        return token_sentences
    out: list[list[Token]] = []
    spans_iter = iter(spans)
    span = next(spans_iter, None)
    for sentence in token_sentences:
        while span is not None and span.end <= sentence[0].start:
            span = next(spans_iter, None)
        if out and span is not None and span.start < out[-1][-1].end < span.end:
            out[-1] = out[-1] + sentence
        else:
            out.append(sentence)
    return out


# --- writing into place -------------------------------------------------------------------------


def _check_destination(out: Path, is_folder: bool) -> None:
    if is_folder:
        if out.is_file():
            raise ExportError(f"{out} is a file; this export writes a folder")
        if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST).is_file():
            raise ExportError(
                f"{out} is a folder with other files in it; choose a new or "
                "empty folder (a folder of an earlier export is replaced)"
            )
    elif out.is_dir():
        raise ExportError(f"{out} is a folder; this export writes a file")


@contextmanager
def _staged(out: Path, is_folder: bool) -> Iterator[Path]:
    """A temporary file or folder beside ``out``, renamed onto it when the block succeeds and
    removed when it fails."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.parent / f".{out.name}.partial-{uuid.uuid4().hex[:8]}"
    try:
        yield staging
        _move_into_place(staging, out, is_folder)
    finally:
        _remove(staging)


def _move_into_place(staging: Path, out: Path, is_folder: bool) -> None:
    if not is_folder:
        if not staging.exists():
            staging.write_text("", encoding="utf-8")  # nothing to export is an empty file
        os.replace(staging, out)
        return
    staging.mkdir(exist_ok=True)
    if not out.exists():
        os.rename(staging, out)
        return
    old = out.parent / f".{out.name}.old-{uuid.uuid4().hex[:8]}"
    os.rename(out, old)
    try:
        os.rename(staging, out)
    except OSError:
        os.rename(old, out)
        raise
    _remove(old)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists():
        path.unlink()


def _write_manifest(folder: Path, options: ExportOptions, report: ExportReport) -> None:
    """A note of what the folder holds; it also marks the folder as one a later export may
    replace."""
    folder.mkdir(parents=True, exist_ok=True)
    record = {
        "format": options.format,
        "include_all": options.include_all,
        "negatives": options.negatives,
        "split": list(options.split) if options.split else None,
        "seed": options.seed,
        "labels": sorted(options.labels) if options.labels is not None else None,
        "rename": dict(options.rename),
        "misaligned": options.misaligned,
        "tags": options.tags,
        "articles": report.articles,
        "spans": report.spans,
        "parts": report.parts,
    }
    text = json.dumps(record, ensure_ascii=False, indent=1)
    (folder / MANIFEST).write_text(text + "\n", encoding="utf-8")
