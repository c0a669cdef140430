"""Bringing work packages back: idempotent and order-independent, in one transaction.

Every decision of a package joins the decision log once (unique by the package's database id
and its id there); each analyst's version of an article is kept beside the others (a later
state of the same package replaces an earlier one, never the reverse); an article's curated
spans are then settled from its versions: the agreed version when all agree, the suggestions
as they were when they differ (an adjudicator decides; ``adjudicate``). The curated spans are
a function of the set of versions alone, so the order of the files does not matter."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
    info: PackageInfo
    source: str
    decisions: list[Decision]
    versions: list[Version]


def merge(target: Store, paths: Sequence[Path]) -> MergeReport:
    """Merge the packages at ``paths`` into ``target``: all of them or, on any problem, none
    (``TeamError`` naming the file; nothing stored changes)."""
    packages = [_read(target, Path(path)) for path in paths]
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


def _read(target: Store, path: Path) -> _Package:
    if not path.is_file():
        raise TeamError(f"{path}: no such file")
    try:
        package = Store(path, read_only=True)
    except StoreError as exc:
        raise TeamError(f"{path}: {_without(str(exc), str(path))}") from exc
    with package:
        info = package.team.package()
        if info is None:
            raise TeamError(f"{path}: not a work package (packages are made by razmetka pack)")
        own = target.team.database_id()
        if info.origin != own:
            raise TeamError(
                f"{path}: a package of another database (id {info.origin}), "
                f"not of {target.path} (id {own}); nothing was merged"
            )
        versions = [
            Version(aid, info.analyst, status, last, info.id, tuple(spans))
            for aid, _hash, status, last, spans in package.team.decided_articles()
        ]
        _check_texts(target, path, package, [v.article_id for v in versions])
        return _Package(
            path, info, package.team.database_id(), package.team.own_decisions(), versions
        )


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
    for version in package.versions:
        if _keep(target, version, files, path):
            target.team.put_version(version)
            report.versions += 1
            touched.add(version.article_id)
    target.team.record_merged(info, package.source, str(path))


def _keep(target: Store, version: Version, files: dict[str, Path], path: Path) -> bool:
    """Whether ``version`` is newer than the one stored for its analyst; refuses a version of
    the same analyst's article from another package (two packages claim the analyst)."""
    stored = target.team.versions(version.article_id).get(version.analyst)
    if stored is None:
        return True
    if stored.package != version.package:
        other = files.get(stored.package) or target.team.merged_package(stored.package)
        named = other if isinstance(other, Path) else (other[1] if other else "another package")
        raise TeamError(
            f"{path}: {version.analyst}'s article {version.article_id} is also in {named}, "
            f"another package that claims {version.analyst}; nothing was merged"
        )
    return version.last_decision > stored.last_decision


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
    if current_status is status and _key(current) == _key(spans):
        return False
    store.team.replace_spans(article_id, spans, status)
    return True


def curated(versions: list[Version]) -> tuple[ArticleStatus, list[Span]]:
    """The curated status and spans of an article from its analysts' versions."""
    ordered = sorted(versions, key=lambda v: v.analyst)
    first = ordered[0]
    if len({v.accepted() for v in ordered}) == 1:
        statuses = {v.status for v in ordered}
        status = statuses.pop() if len(statuses) == 1 else ArticleStatus.IN_PROGRESS
        spans = [
            s.with_(annotator=None if s.status is SpanStatus.SUGGESTED else first.analyst)
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
        out.append(span.with_(status=SpanStatus.SUGGESTED, annotator=None))
    return out


def disputed(store: Store) -> list[int]:
    """Articles with two or more versions that differ in their accepted spans."""
    out = []
    for article_id in store.team.versioned_articles(least=2):
        versions = store.team.versions(article_id).values()
        if len({v.accepted() for v in versions}) > 1:
            out.append(article_id)
    return out


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" + ("" if number == 1 else "s")


def _key(spans: Iterable[Span]) -> list[tuple[object, ...]]:
    return sorted(
        (s.start, s.end, s.label, s.status.value, s.origin, s.normal or "", s.annotator or "")
        for s in spans
    )
