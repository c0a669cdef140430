"""Bringing work packages back: idempotent and order-independent, in one transaction.

Every decision of a package joins the decision log once (unique by the package's database id
and its id there); each analyst's version of an article is kept beside the others (a later
state of the same package replaces an earlier one, never the reverse); an article's curated
spans are then settled from its versions: the agreed version when all agree, the suggestions
as they were when they differ (an adjudicator decides; ``adjudicate``). The curated spans are
a function of the set of versions alone, so the order of the files does not matter."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from razmetka.core.model import ANALYST, ArticleStatus, Span, SpanStatus
from razmetka.core.store import Store, StoreError
from razmetka.core.store.team import Decision, PackageInfo, Version
from razmetka.core.team import TeamError


@dataclass
class MergeReport:
    packages: int = 0
    decisions: int = 0
    versions: int = 0
    settled: int = 0
    disputed: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{_count(self.packages, 'package')} merged: {self.decisions} new decisions, "
            f"{self.versions} analysts' versions brought up to date, {self.settled} articles "
            f"settled; {self.disputed} articles where analysts differ, to adjudicate"
        )


@dataclass(frozen=True)
class _Package:
    path: Path
    store: Store  # open, read-only, until the merge ends
    info: PackageInfo
    source: str
    decisions: list[Decision]
    decided: list[tuple[int, ArticleStatus, int]]  # article, status, last decision


def merge(target: Store, paths: Sequence[Path]) -> MergeReport:
    """Merge the packages at ``paths`` into ``target``: all of them or, on any problem, none
    (``TeamError`` naming the file; nothing stored changes)."""
    with ExitStack() as opened:
        packages = [_read(target, Path(path), opened) for path in paths]
        report = MergeReport(packages=len(packages))
        touched: set[int] = set()
        files: dict[str, Path] = {}
        with target.transaction():
            for package in packages:
                files.setdefault(package.info.id, package.path)
                _merge_one(target, package, files, report, touched)
            for article_id in sorted(touched):
                report.settled += settle(target, article_id)
            report.disputed = len(disputed(target))
    return report


def _read(target: Store, path: Path, opened: ExitStack) -> _Package:
    if not path.is_file():
        raise TeamError(f"{path}: no such file")
    try:
        package = opened.enter_context(Store(path, read_only=True))
    except StoreError as exc:
        raise TeamError(f"{path}: {_without(str(exc), str(path))}") from exc
    info = package.team.package()
    if info is None:
        raise TeamError(f"{path}: not a work package (packages are made by razmetka pack)")
    own = target.team.database_id()
    if info.origin != own:
        raise TeamError(
            f"{path}: a package of another database (id {info.origin}), "
            f"not of {target.path} (id {own}); nothing was merged"
        )
    decided = package.team.decided_articles()
    _check_texts(target, path, package, [article_id for article_id, _s, _l in decided])
    source = package.team.database_id()
    return _Package(path, package, info, source, package.team.own_decisions(), decided)


def _without(message: str, path: str) -> str:
    return message.removeprefix(path).lstrip(": ") or message


def _check_texts(target: Store, path: Path, package: Store, ids: list[int]) -> None:
    theirs = package.team.content_hashes(ids)
    ours = target.team.content_hashes(ids)
    for article_id in ids:
        if ours.get(article_id) != theirs[article_id]:
            raise TeamError(
                f"{path}: article {article_id} is not the text {target.path} holds under that "
                "id; nothing was merged"
            )


def _merge_one(
    target: Store,
    package: _Package,
    files: dict[str, Path],
    report: MergeReport,
    touched: set[int],
) -> None:
    path, info = package.path, package.info
    known = target.team.merged_decisions(package.source)
    for decision in package.decisions:
        earlier = known.get(decision.id)
        if earlier is not None and not earlier.same_as(decision):
            raise TeamError(
                f"{path}: its decision {decision.id} differs from the one already merged from "
                f"a copy of the same package: two copies of one package hold different work; "
                "nothing was merged"
            )
    fresh = [d for d in package.decisions if d.id not in known]
    report.decisions += target.team.add_decisions(package.source, fresh)
    merged = target.team.merged_package(info.id)
    if merged is not None:
        what = f"{len(fresh)} new decisions" if fresh else "nothing new"
        report.notes.append(f"{path}: this package was merged before ({merged[0]}): {what}")
    heads = target.team.version_heads(info.analyst)
    for article_id, status, last in package.decided:
        if _newer(target, heads.get(article_id), info, article_id, last, files, path):
            spans = tuple(package.store.spans.of(article_id))
            # a label the analyst made (or renamed to) joins the tag set, as an import's does
            target.labels.ensure(span.label for span in spans)
            version = Version(article_id, info.analyst, status, last, info.id, spans)
            target.team.put_version(version)
            report.versions += 1
            touched.add(article_id)
    target.team.record_merged(info, package.source, str(path))


def _newer(
    target: Store,
    stored: tuple[str, int] | None,
    info: PackageInfo,
    article_id: int,
    last: int,
    files: dict[str, Path],
    path: Path,
) -> bool:
    """Whether the package's version is newer than the one stored for its analyst; refuses a
    version of the same analyst's article from another package (two packages claim them)."""
    if stored is None:
        return True
    package, stored_last = stored
    if package != info.id:
        other = files.get(package) or target.team.merged_package(package)
        named = other if isinstance(other, Path) else (other[1] if other else "another package")
        raise TeamError(
            f"{path}: {info.analyst}'s article {article_id} is also in {named}, "
            f"another package that claims {info.analyst}; nothing was merged"
        )
    return last > stored_last


def settle(store: Store, article_id: int) -> bool:
    """Set an article's curated spans from its versions, unless an adjudicator owns it;
    True when they changed."""
    if store.team.adjudication(article_id) is not None:
        return False
    versions = store.team.versions(article_id)
    if not versions:
        return False
    status, spans = curated(list(versions.values()))
    current_status, current = store.team.current(article_id)
    changed, removed, added = _changes(current, spans)
    if current_status is status and not (changed or removed or added):
        return False
    store.team.rewrite_spans(article_id, changed, removed, added, status)
    return True


def _changes(
    current: list[Span], wanted: list[Span]
) -> tuple[list[tuple[int, Span]], list[int], list[Span]]:
    """What turns the stored spans into the wanted ones: spans at the same place with the
    same label, origin and normal form changed in place (by id), the rest removed or added."""
    waiting: dict[tuple[object, ...], list[Span]] = {}
    for span in current:
        waiting.setdefault(_place(span), []).append(span)
    changed: list[tuple[int, Span]] = []
    added: list[Span] = []
    for span in wanted:
        same = waiting.get(_place(span))
        if not same:
            added.append(span)
            continue
        stored = same.pop()
        if (stored.status, stored.annotator) != (span.status, span.annotator):
            changed.append((stored.id or 0, span))
    removed = [span.id or 0 for spans in waiting.values() for span in spans]
    return changed, removed, added


def _place(span: Span) -> tuple[object, ...]:
    return (span.start, span.end, span.label, span.origin, span.normal)


def curated(versions: list[Version]) -> tuple[ArticleStatus, list[Span]]:
    """The curated status and spans of an article from its analysts' versions."""
    ordered = sorted(versions, key=lambda v: v.analyst)
    first = ordered[0]
    if len({v.accepted() for v in ordered}) == 1:
        statuses = {v.status for v in ordered}
        status = statuses.pop() if len(statuses) == 1 else ArticleStatus.IN_PROGRESS
        spans = [
            _span(s, s.status, None if s.status is SpanStatus.SUGGESTED else first.analyst)
            for s in first.spans
        ]
        return status, spans
    return ArticleStatus.IN_PROGRESS, as_packed(first)


def as_packed(version: Version) -> list[Span]:
    """The suggestions of an article as they were before the analyst decided: what an
    adjudicator starts from."""
    seen: set[tuple[int, int, str, str]] = set()
    out = []
    for span in version.spans:
        key = (span.start, span.end, span.label, span.origin)
        if span.origin == ANALYST or key in seen:
            continue
        seen.add(key)
        out.append(_span(span, SpanStatus.SUGGESTED, None))
    return out


def disputed(store: Store) -> list[int]:
    """Articles with two or more versions that differ in their accepted spans."""
    out = []
    for article_id in store.team.versioned_articles(least=2):
        versions = store.team.versions(article_id).values()
        if len({v.accepted() for v in versions}) > 1:
            out.append(article_id)
    return out


def _span(span: Span, status: SpanStatus, annotator: str | None) -> Span:
    # Span(...) rather than with_(): dataclasses.replace costs six times as much, and a merge
    # settles every span of every article it brings back.
    return Span(span.start, span.end, span.label, status, span.origin, span.normal, annotator)


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" + ("" if number == 1 else "s")
