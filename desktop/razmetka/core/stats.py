"""Corpus statistics: progress, span counts and how often each label's suggestions are accepted."""

from __future__ import annotations

from dataclasses import dataclass, field

from razmetka.core.model import ArticleStatus
from razmetka.core.store import Store


@dataclass
class Stats:
    articles: dict[str, int] = field(default_factory=dict)
    # (label, status, origin) -> count
    spans: dict[tuple[str, str, str], int] = field(default_factory=dict)
    # label -> (accepted, decided, pending) among suggestions
    suggestions: dict[str, tuple[int, int, int]] = field(default_factory=dict)


def collect(store: Store) -> Stats:
    result = Stats()
    counts = store.counts.articles_by_status()
    result.articles = {s.value: counts.get(s.value, 0) for s in ArticleStatus}
    result.spans = store.counts.spans_by_kind()
    # A relabelled or resized suggestion is rejected and replaced, so it counts as not accepted.
    for label, (accepted, rejected, pending) in store.counts.suggestion_outcomes().items():
        result.suggestions[label] = (accepted, accepted + rejected, pending)
    return result


def render(stats: Stats) -> str:
    total = sum(stats.articles.values())
    lines = [f"articles: {total}"]
    lines += [f"  {status:<12}{n:>8}" for status, n in stats.articles.items()]
    lines.append("spans (label, status, origin):")
    if not stats.spans:
        lines.append("  none")
    for (label, status, origin), n in stats.spans.items():
        lines.append(f"  {label:<10}{status:<11}{origin:<24}{n:>8}")
    lines.append("suggestions accepted (of those decided):")
    if not stats.suggestions:
        lines.append("  none")
    for label, (accepted, decided, pending) in stats.suggestions.items():
        share = f"{100 * accepted / decided:5.1f}%" if decided else "    -"
        lines.append(f"  {label:<10}{share}  {accepted}/{decided} decided, {pending} pending")
    return "\n".join(lines)
