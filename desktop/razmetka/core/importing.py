"""Import: files and folders into the store, each record whole or not at all, with a report."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path

from razmetka.core import formats, rules
from razmetka.core.formats.common import REPLACED
from razmetka.core.formats.sniff import NotImportable, guess
from razmetka.core.model import Document, SpanStatus
from razmetka.core.report import ImportReport, Problem
from razmetka.core.store import Store, StoreError
from razmetka.core.text import BAD_BYTES

# Records are committed in batches: one transaction per batch keeps import fast, and a
# savepoint per record keeps a failing record from touching the others.
BATCH = 500


def import_paths(
    store: Store,
    paths: Iterable[Path | str],
    fmt: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    bad_bytes: str = "refuse",
    merge_spans: SpanStatus | None = None,
    annotator: str | None = None,
) -> ImportReport:
    """Import files and folders; ``fmt`` forces a format, else it is guessed per file.
    ``bad_bytes``: a file (a JSONL line) that is not text in UTF-8 or a legacy encoding is
    refused ("refuse") or imported with those bytes replaced ("replace"). ``merge_spans``: the
    spans of a text already stored are added to it with this status (new ones only, none over
    a decision); None leaves them out and counts them. ``progress(done, total)`` counts KiB of
    the files read. ``annotator``: who the imported spans are attributed to, where the file
    names nobody."""
    if bad_bytes not in ("refuse", "replace"):
        raise ValueError(f"bad_bytes must be refuse or replace, not {bad_bytes!r}")
    policy = BAD_BYTES.set(bad_bytes)
    try:
        return _import_all(store, paths, fmt, progress, should_stop, merge_spans, annotator)
    finally:
        BAD_BYTES.reset(policy)


def _import_all(
    store: Store,
    paths: Iterable[Path | str],
    fmt: str | None,
    progress: Callable[[int, int], None] | None,
    should_stop: Callable[[], bool] | None,
    merge_spans: SpanStatus | None,
    annotator: str | None = None,
) -> ImportReport:
    report = ImportReport(merged_as=merge_spans.value if merge_spans else None)
    articles_before = store.articles.count()
    files = list(expand([Path(p) for p in paths], report))
    batch = _Batch(store, report, merge_spans, annotator)
    read = _ReadProgress(files, progress)
    try:
        for path in files:
            if should_stop is not None and should_stop():
                break
            report.files += 1
            _import_file(Path(path), fmt, report, batch, read)
            read.file_done(path)
    except KeyboardInterrupt:
        # Ctrl+C: what was read so far is committed, and the report says how much that is,
        # counted in the store (an interrupt just after a COMMIT leaves the counts behind).
        batch.flush()
        report.interrupted = store.articles.count() - articles_before
        return report
    batch.flush()
    return report


def import_demo(store: Store) -> ImportReport:
    """Import the sample articles shipped with the program."""
    from importlib import resources

    with ExitStack() as stack:
        folder = stack.enter_context(resources.as_file(resources.files("razmetka.seeds")))
        return import_paths(store, [folder], fmt="text")


def expand(paths: list[Path], report: ImportReport) -> Iterator[str]:
    """Files to import, folders walked in name order (a folder's files, then its subfolders);
    a brat pair is imported once, by its .ann. A folder that cannot be listed is reported, and
    so is a file whose name is not UTF-8. Paths come as strings: a folder of 100,000 files held
    as ``Path`` objects cost 40 MB."""
    for path in paths:
        if path.is_dir():
            files = _folder_files(path, report)
        elif path.is_file():
            files = iter([str(path)])
        else:
            report.problems.append(Problem(shown(path), "", "no such file or folder"))
            continue
        for found in files:
            if shown(found) != found:
                reason = "the file name is not UTF-8; rename it to import it"
                report.problems.append(Problem(shown(found), "", reason))
            else:
                yield found


def shown(path: Path | str) -> str:
    """How messages name a path: as it is, or, when its name is not UTF-8, its bytes."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return repr(os.fsencode(path))[2:-1]
    return text


def _folder_files(folder: Path, report: ImportReport) -> Iterator[str]:
    known = set(formats.import_extensions())

    def unlisted(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else folder
        reason = f"cannot list the folder ({exc.strerror}); its files are not imported"
        report.problems.append(Problem(shown(where), "", reason))

    # A folder's files in name order, then its subfolders', each in name order.
    found: list[str] = []
    for root, dirs, names in os.walk(folder, onerror=unlisted):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        names.sort()
        for name in names:
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in known:
                found.append(os.path.join(root, name))
    annotated = {path[:-4] for path in found if path.endswith(".ann")}
    for path in found:
        if path.endswith(".txt") and path[:-4] in annotated:
            continue  # the brat reader takes the text with its .ann
        if os.path.basename(path) == "annotation.conf" or not os.path.isfile(path):
            continue
        yield path


def _import_file(
    path: Path, fmt: str | None, report: ImportReport, batch: _Batch, read: _ReadProgress
) -> None:
    """One file; ``fmt`` None: the format its name and first few KB show (``sniff.guess``)."""
    try:
        reader = formats.get(fmt or guess(path)).reader()
    except NotImportable as exc:
        report.problems.append(Problem(str(path), "", str(exc)))
        return
    except (formats.UnknownFormat, ImportError):
        report.problems.append(Problem(str(path), "", f"cannot import the {fmt} format"))
        return
    replaced: list[tuple[Problem, int]] = []
    sink = REPLACED.set(replaced)
    said = False
    try:
        for item in reader(path):
            said = True
            if isinstance(item, Problem):
                target = report.notes if item.reason.startswith("note:") else report.problems
                target.append(item)
            else:
                batch.add(path, item)
                if item.offset is not None:
                    read.within(item.offset)
    except RecursionError:  # a reader that follows nesting the JSON reader could not
        report.problems.append(Problem(str(path), "", "nested too deep to read"))
    finally:
        REPLACED.reset(sink)
    if not said and not replaced:  # not a word from the reader: nothing in the file
        report.problems.append(Problem(str(path), "", _nothing_in(path)))
    for problem, count in replaced:
        report.notes.append(problem)
        report.bad_bytes += count


def _nothing_in(path: Path) -> str:
    """Why a file gave no article and no word from its reader."""
    empty = _size(str(path)) == 0
    return (
        "no articles in it: the file is empty"
        if empty
        else "no articles in it: only spaces and blank lines"
    )


class _ReadProgress:
    """An import's progress in KiB of its files read: after each file, and within a file as
    its records are read (a JSONL file of 100,000 articles is one file), at most once a MiB."""

    STEP = 1 << 20

    def __init__(self, files: list[str], progress: Callable[[int, int], None] | None) -> None:
        self.progress = progress
        self.total = sum(map(_size, files)) if progress is not None else 0
        self.finished = 0
        self.reported = -self.STEP

    def within(self, offset: int) -> None:
        if self.progress is not None and self.finished + offset - self.reported >= self.STEP:
            self._report(self.finished + offset)

    def file_done(self, path: str) -> None:
        if self.progress is not None:
            self.finished += _size(path)
            self._report(min(self.finished, self.total))

    def _report(self, done: int) -> None:
        assert self.progress is not None
        self.reported = done
        self.progress(_kib(done), max(_kib(self.total), 1))


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _kib(size: int) -> int:
    return (size + 1023) // 1024


class _Batch:
    """Documents on their way into the store, committed ``BATCH`` at a time across files: a
    folder of small files costs one commit per batch, not one per file."""

    def __init__(
        self,
        store: Store,
        report: ImportReport,
        merge: SpanStatus | None,
        annotator: str | None = None,
    ) -> None:
        self.store = store
        self.annotator = annotator
        self.report = report
        self.merge = merge
        self.pending: list[tuple[Path, Document]] = []

    def add(self, path: Path, doc: Document) -> None:
        self.pending.append((path, doc))
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        # The report counts only what is committed: a batch rolled back leaves it as it was.
        before = replace(self.report, problems=list(self.report.problems))
        try:
            with self.store.transaction():
                for path, doc in self.pending:
                    self._store(path, doc)
        except BaseException:
            for name in ("imported", "already_present", "spans", "present_spans", "merged_spans"):
                setattr(self.report, name, getattr(before, name))
            self.report.problems[:] = before.problems
            raise
        self.pending = []

    def _store(self, path: Path, doc: Document) -> None:
        report = self.report
        reason = rules.document_problem(doc)
        if reason is not None:
            report.problems.append(Problem(str(path), doc.where, reason))
            return
        try:
            article_id = self.store.articles.add(doc, self.annotator)
        except StoreError as exc:
            report.problems.append(Problem(str(path), doc.where, str(exc)))
            return
        except RecursionError:  # metadata that json.loads could follow and json.dumps cannot
            report.problems.append(Problem(str(path), doc.where, "JSON nested too deep to store"))
            return
        if article_id is None:
            report.already_present += 1
            report.present_spans += len(doc.spans)
            if self.merge is not None:
                report.merged_spans += self.store.articles.merge_spans(
                    doc, self.merge, self.annotator
                )
        else:
            report.imported += 1
            report.spans += len(doc.spans)
