"""Splitting the undecided articles among analysts, a given share to two of them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from razmetka.core import analyst as analyst_names
from razmetka.core.store import Store
from razmetka.core.team import TeamError


@dataclass
class AssignReport:
    articles: int = 0
    shared: int = 0
    per_analyst: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        if not self.articles:
            return "no undecided article left to assign"
        each = ", ".join(f"{name} {count}" for name, count in self.per_analyst.items())
        return (
            f"{self.articles} articles assigned ({self.shared} to two analysts); this time: {each}"
        )


def assign(store: Store, analysts: list[str], overlap: float) -> AssignReport:
    """Give every undecided article nobody has yet to one analyst, and the share ``overlap``
    of them to two. Deterministic: the articles are taken in the order of a hash of their
    text, so the same corpus and names give the same split on any machine."""
    names = _checked_names(analysts, overlap)
    candidates = sorted(store.team.unassigned_todo(), key=lambda item: _order_key(item[1]))
    shared = round(overlap * len(candidates))
    count = len(names)
    pairs: list[tuple[int, str]] = []
    for number, (article_id, _hash) in enumerate(candidates):
        pairs.append((article_id, names[number % count]))
        if number < shared:
            pairs.append((article_id, names[(number + 1) % count]))
    store.team.assign(pairs)
    report = AssignReport(len(candidates), shared, {name: 0 for name in names})
    for _article_id, name in pairs:
        report.per_analyst[name] += 1
    return report


def _checked_names(analysts: list[str], overlap: float) -> list[str]:
    try:
        names = [analyst_names.checked(name) for name in analysts]
    except analyst_names.BadName as exc:
        raise TeamError(f"--analysts: {exc}") from exc
    if not names:
        raise TeamError("--analysts: name at least one analyst")
    if len(set(names)) != len(names):
        raise TeamError("--analysts: a name is given twice")
    if not 0.0 <= overlap <= 1.0:
        raise TeamError(f"--overlap {overlap}: give a share between 0 and 1")
    if overlap > 0 and len(names) < 2:
        raise TeamError("--overlap: articles shared by two analysts need at least two analysts")
    return names


def _order_key(content_hash: str) -> str:
    return hashlib.sha1(content_hash.encode("ascii")).hexdigest()
