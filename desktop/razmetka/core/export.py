"""Export: the store's annotations as training data, one format's writer doing the writing.

The pipeline streams articles out of the store one at a time (memory stays flat however large
the corpus), chooses the spans the options ask for, checks them against the text, aligns them
to razdel tokens for the token formats (``core.alignment``), and hands each article to the
format's ``Writer``. For JSONL without tokens, doccano, Label Studio and brat, SQLite writes the
records itself (``core.store.records``, several times faster), and only an article it cannot
write exactly is built here; ``sql_records`` decides which exports go that way. Everything is
written beside the destination first and renamed into place at the end (``core.staging``), so
the output appears whole or not at all.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, cast

from razmetka.core import formats, rules
from razmetka.core.alignment import (
    MisalignedSpan,
    align,
    article_sentences,
    joined_sentences,
)
from razmetka.core.formats import Format
from razmetka.core.formats.common import PARTS, ExportItem, TokenIndex, WriteSettings
from razmetka.core.formats.registry import FormatWriter, LineWriter, PairWriter
from razmetka.core.model import Article, ArticleStatus, Label, Span, SpanStatus
from razmetka.core.report import NO_ANNOTATOR, NO_NEGATIVES, ExportReport, Problem
from razmetka.core.staging import (
    MANIFEST,
    ExportCancelled,
    ExportError,
    check_destination,
    staged,
    write_manifest,
)
from razmetka.core.store import Store
from razmetka.core.store import records as stored
from razmetka.core.store.records import Chosen, StoredRecord
from razmetka.core.tokens import Token

__all__ = [
    "MANIFEST",
    "ExportCancelled",
    "ExportError",
    "ExportOptions",
    "MisalignedSpan",
    "Splitter",
    "align",
    "article_sentences",
    "export",
    "exported_labels",
    "joined_sentences",
    "prepare",
    "sql_records",
]

# Problems listed in full; beyond that they are only counted, so a corpus with a million
# misaligned spans does not hold a million messages.
MAX_LISTED = 200
# The formats whose records name the annotator of an analyst's version (``--versions``).
NAMES_ANNOTATOR = frozenset(("jsonl", "doccano", "label-studio", "brat"))


@dataclass(frozen=True)
class ExportOptions:
    format: str  # the name of a writable format in razmetka.core.formats.registry
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
    versions: bool = False  # each analyst's version of an article, a record each


def export(
    store: Store,
    options: ExportOptions,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ExportReport:
    """Write the store's annotations as ``options`` ask; returns what was written and what
    could not be. Raises ExportError (bad options or destination) or ExportCancelled."""
    fmt = writable_format(options.format)
    _check_options(options)
    statuses = None if options.include_all else [ArticleStatus.DONE]
    # Articles added while the export runs are left out: it is the store as it was at the start.
    last_id = store.articles.last_id()
    versioned: list[int] = []
    if options.versions:
        versioned, total = store.team.version_articles(not options.include_all, last_id)
    else:
        total = store.articles.count(statuses)
    splitter = Splitter(total, options.split, options.seed) if options.split else None
    is_folder = fmt.layout == "folder" or options.split is not None
    out = Path(options.out)
    check_destination(out, is_folder)
    report = ExportReport()
    if options.negatives and not fmt.negatives:
        reason = f"the {fmt.name} format has no place for negative examples; none written"
        _record(report, [Problem(str(out), "", reason, kind=NO_NEGATIVES)])
        options = replace(options, negatives=False)
    if options.versions and fmt.name not in NAMES_ANNOTATOR:
        reason = (
            f"the {fmt.name} format has no place for the annotator: each analyst's version is "
            "a record of its own, without the analyst's name"
        )
        _record(report, [Problem(str(out), "", reason, kind=NO_ANNOTATOR)])
    settings = WriteSettings(
        exported_labels(store.labels.all(), options), options.negatives, options.tags
    )
    if not options.versions:
        items = _article_items(store, statuses, last_id, splitter, options, fmt, report)
    else:
        items = _version_items(store, versioned, splitter, options, fmt, report)
    try:
        _staged_write(
            out,
            is_folder,
            fmt.writer,
            settings,
            options,
            items,
            report,
            total,
            progress,
            should_stop,
        )
    except sqlite3.DatabaseError as exc:  # pages damaged on disk: reading stops mid-export
        raise ExportError(
            f"cannot read {store.path}: the database is damaged ({exc}); nothing was written",
            "damaged",
            store.path,
        ) from exc
    return report


def _staged_write(
    out: Path,
    is_folder: bool,
    make_writer: Callable[[Path, WriteSettings], FormatWriter],
    settings: WriteSettings,
    options: ExportOptions,
    items: Iterator[ExportItem | StoredRecord],
    report: ExportReport,
    total: int,
    progress: Callable[[int, int], None] | None,
    should_stop: Callable[[], bool] | None,
) -> None:
    """Write every item beside ``out`` and move the result into place."""
    with staged(out, is_folder) as staging:
        writer = make_writer(staging, settings)
        try:
            _write(writer, items, report, total, progress, should_stop)
        except BaseException:
            writer.close()  # release the files so the staging area can be removed
            raise
        written = writer.close()
        if is_folder:
            write_manifest(staging, _manifest(options, report))
            report.files = [str(out / p.relative_to(staging)) for p in written]
        else:
            report.files = [str(out)]


def writable_format(name: str) -> Format:
    """The format ``name``, its module loaded; ExportError when it is unknown, cannot be
    written, or needs a library that is not installed."""
    try:
        fmt = formats.get(name)
        if not fmt.writes:
            raise ExportError(f"the {name} format cannot be written")
        fmt.load()
    except (formats.UnknownFormat, formats.MissingExtra) as exc:
        raise ExportError(str(exc)) from exc
    return fmt


def _write(
    writer: FormatWriter,
    items: Iterator[ExportItem | StoredRecord],
    report: ExportReport,
    total: int,
    progress: Callable[[int, int], None] | None,
    should_stop: Callable[[], bool] | None,
) -> None:
    for done, item in enumerate(items, 1):
        if should_stop is not None and should_stop():
            raise ExportCancelled("export stopped; nothing was written")
        if isinstance(item, ExportItem):
            added = writer.add(item)
            _record(report, added.problems)
            report.spans += added.spans
            report.negatives += len(item.negatives)
        else:  # a record SQLite wrote: an article it could not write exactly came as an item
            assert item.line is not None
            if item.text is None:
                cast(LineWriter, writer).add_line(item.part, item.line)
            else:  # a folder format's: the text, and the content SQLite wrote
                pair = (item.article_id, item.external_id, item.text, item.line)
                cast(PairWriter, writer).add_pair(item.part, *pair)
            report.spans += item.spans
            report.negatives += item.negatives
        report.articles += 1
        if item.part:
            report.parts[item.part] = report.parts.get(item.part, 0) + 1
        if progress is not None:
            progress(done, total)


def _article_items(
    store: Store,
    statuses: list[ArticleStatus] | None,
    last_id: int,
    splitter: Splitter | None,
    options: ExportOptions,
    fmt: Format,
    report: ExportReport,
) -> Iterator[ExportItem | StoredRecord]:
    """The articles with ``statuses`` up to ``last_id``: records SQLite wrote where
    ``sql_records`` says it can, else items to write."""
    query = sql_records(fmt, options)
    if query is None:
        return _items(store, statuses, last_id, splitter, options, fmt, report)
    chosen = Chosen(
        None if statuses is None else tuple(s.value for s in statuses),
        last_id,
        options.labels,
        options.rename,
        options.negatives,
    )
    return _stored_items(store, query(store, chosen), splitter, options, fmt, report)


def _items(
    store: Store,
    statuses: list[ArticleStatus] | None,
    last_id: int,
    splitter: Splitter | None,
    options: ExportOptions,
    fmt: Format,
    report: ExportReport,
) -> Iterator[ExportItem]:
    for article, spans in store.articles.with_spans(statuses, last_id):
        part = splitter.next() if splitter is not None else None
        item, problems = prepare(article, spans, options, fmt, part)
        _record(report, problems)
        yield item


def _stored_items(
    store: Store,
    records: Iterator[StoredRecord],
    splitter: Splitter | None,
    options: ExportOptions,
    fmt: Format,
    report: ExportReport,
) -> Iterator[ExportItem | StoredRecord]:
    """The records SQLite wrote, each given its part; an article it could not write exactly is
    built in Python, which also reports why."""
    for record in records:
        part = splitter.next() if splitter is not None else None
        if record.line is not None:
            yield record if part is None else record._replace(part=part)
            continue
        article = store.articles.get(record.article_id)
        item, problems = prepare(article, store.spans.of(record.article_id), options, fmt, part)
        _record(report, problems)
        yield item


def _version_items(
    store: Store,
    ids: list[int],
    splitter: Splitter | None,
    options: ExportOptions,
    fmt: Format,
    report: ExportReport,
) -> Iterator[ExportItem]:
    """Each analyst's version of each article, by analyst: the article with the version's
    status and spans, the analyst named in the item."""
    for article_id in ids:
        article = store.articles.get(article_id)
        for analyst, version in store.team.versions(article_id).items():
            if not options.include_all and version.status is not ArticleStatus.DONE:
                continue
            part = splitter.next() if splitter is not None else None
            own = replace(article, status=version.status)
            item, problems = prepare(own, list(version.spans), options, fmt, part, analyst)
            _record(report, problems)
            yield item


# The formats whose records SQLite can write itself, byte for byte what their writers write.
SQL_RECORDS: dict[str, Callable[[Store, Chosen], Iterator[StoredRecord]]] = {
    "jsonl": stored.jsonl,
    "doccano": stored.doccano,
    "label-studio": stored.label_studio,
    "brat": stored.brat,
}
# The options that SQL covers. ``misaligned`` and ``tags`` only concern formats aligned to
# tokens, and ``tokens`` those that list them, which never go that way. An option not named here
# (``versions``, and any added later) sends an export that sets it to Python.
_SQL_COVERS = frozenset(
    {"format", "out", "include_all", "negatives", "split", "seed", "labels", "rename"}
    | {"misaligned", "tags", "tokens"}
)


def sql_records(
    fmt: Format, options: ExportOptions
) -> Callable[[Store, Chosen], Iterator[StoredRecord]] | None:
    """What writes this export's records in SQL (``core.store.records``), or None for Python:
    the one place that decides. SQL writes the formats of ``SQL_RECORDS`` without razdel's
    tokens, with any label subset and renaming, negatives, split and choice of articles, where
    SQLite writes JSON as Python does."""
    if fmt.lists_tokens(options.tokens) or fmt.aligned:
        return None
    defaults = ExportOptions(options.format, options.out)
    for option in fields(options):
        name = option.name
        if name not in _SQL_COVERS and getattr(options, name) != getattr(defaults, name):
            return None
    query = SQL_RECORDS.get(fmt.name)
    return query if query is not None and stored.json_as_python() else None


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


def _manifest(options: ExportOptions, report: ExportReport) -> dict[str, Any]:
    versions = {"versions": True} if options.versions else {}  # each analyst's, not curated
    return {
        **versions,
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
    fmt: Format,
    part: str | None,
    annotator: str | None = None,
) -> tuple[ExportItem, list[Problem]]:
    """One article's spans chosen, renamed, checked, and aligned when the format needs it."""
    name = article.external_id or f"article {article.id}"
    if annotator is not None:
        name = f"{name} ({annotator}'s version)"
    problems: list[Problem] = []
    chosen = _chosen(name, article.text, spans, options, problems)
    accepted = chosen[SpanStatus.ACCEPTED]
    negatives = chosen[SpanStatus.REJECTED] if options.negatives else []
    token_sentences: list[list[Token]] = []
    if fmt.lists_tokens(options.tokens):
        token_sentences = article_sentences(article.text)
        if fmt.aligned:
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
        annotator,
    )
    return item, problems


def _chosen(
    name: str, text: str, spans: list[Span], options: ExportOptions, problems: list[Problem]
) -> dict[SpanStatus, list[Span]]:
    """The spans of each status that the label subset keeps, renamed; one outside the text is
    reported and left out."""
    chosen: dict[SpanStatus, list[Span]] = {status: [] for status in SpanStatus}
    # An article has few labels and many spans: each label is looked up once.
    names = {label: exported_name(label, options) for label in {span.label for span in spans}}
    for span in spans:
        label = names[span.label]
        if label is None:
            continue
        if rules.outside(span.start, span.end, len(text)) is not None:
            where = f"{span.start}-{span.end}"
            problems.append(Problem(name, where, f"{span.label} lies outside the text; left out"))
            continue
        chosen[span.status].append(span if label == span.label else span.with_(label=label))
    return chosen
