"""How well analysts agree, for every pair over the articles both finished (their versions
marked done): strict span F1 (same start, end and label), partial-match F1 (overlapping, same
label), per label and overall; Cohen's kappa over razdel tokens (each token's label, or O);
a label confusion table over tokens; the number of articles compared.

F1 between two analysts treats neither as the truth: strict F1 is 2·|A∩B| / (|A|+|B|);
partial F1 is the harmonic mean of the share of A's spans that meet one of B's and the share
of B's that meet one of A's. Two empty versions agree perfectly (1.0)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from razmetka.core.model import Span, SpanStatus
from razmetka.core.store import Store
from razmetka.core.tokens import tokens

OUTSIDE = "O"


@dataclass
class Tally:
    """Span counts of one label (or all) for one pair: same spans, spans meeting one of the
    other's, and each side's total."""

    same: int = 0
    met_a: int = 0
    met_b: int = 0
    a: int = 0
    b: int = 0

    def add(self, a: list[Span], b: list[Span]) -> None:
        exact_b = {(s.start, s.end, s.label) for s in b}
        self.same += sum((s.start, s.end, s.label) in exact_b for s in a)
        self.met_a += sum(any(_meet(s, t) for t in b) for s in a)
        self.met_b += sum(any(_meet(t, s) for s in a) for t in b)
        self.a += len(a)
        self.b += len(b)

    @property
    def strict_f1(self) -> float:
        total = self.a + self.b
        return 1.0 if total == 0 else 2 * self.same / total

    @property
    def partial_f1(self) -> float:
        if self.a + self.b == 0:
            return 1.0
        if not self.a or not self.b:
            return 0.0
        recall, precision = self.met_a / self.a, self.met_b / self.b
        return 0.0 if recall + precision == 0 else 2 * recall * precision / (recall + precision)


@dataclass
class PairAgreement:
    a: str
    b: str
    articles: int = 0
    overall: Tally = field(default_factory=Tally)
    labels: dict[str, Tally] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def tokens(self) -> int:
        return sum(self.confusion.values())

    @property
    def kappa(self) -> float:
        """Cohen's kappa over tokens: (observed − chance) / (1 − chance)."""
        total = self.tokens
        if total == 0:
            return 1.0
        observed = sum(n for (x, y), n in self.confusion.items() if x == y) / total
        of_a, of_b = Counter[str](), Counter[str]()
        for (x, y), n in self.confusion.items():
            of_a[x] += n
            of_b[y] += n
        chance = sum(of_a[c] * of_b[c] for c in of_a) / total**2
        return 1.0 if chance == 1 else (observed - chance) / (1 - chance)

    def as_dict(self) -> dict[str, Any]:
        table: dict[str, dict[str, int]] = {}
        for (x, y), n in sorted(self.confusion.items()):
            table.setdefault(x, {})[y] = n
        return {
            "analysts": [self.a, self.b],
            "articles": self.articles,
            "strict_f1": self.overall.strict_f1,
            "partial_f1": self.overall.partial_f1,
            "kappa": self.kappa,
            "tokens": self.tokens,
            "labels": {
                name: {
                    "strict_f1": t.strict_f1,
                    "partial_f1": t.partial_f1,
                    "spans_a": t.a,
                    "spans_b": t.b,
                }
                for name, t in sorted(self.labels.items())
            },
            "confusion": table,
        }


def agreement(store: Store) -> list[PairAgreement]:
    """Every pair of analysts that both finished at least one article, by name."""
    finished = store.team.finished_versions()
    pairs: dict[tuple[str, str], PairAgreement] = {}
    for article_id, analysts in finished.items():
        if len(analysts) < 2:
            continue
        versions = store.team.versions(article_id)
        text = store.articles.get(article_id).text
        for a, b in combinations(sorted(analysts), 2):
            pair = pairs.setdefault((a, b), PairAgreement(a, b))
            compare(pair, text, _accepted(versions[a].spans), _accepted(versions[b].spans))
    return [pairs[key] for key in sorted(pairs)]


def compare(pair: PairAgreement, text: str, a: list[Span], b: list[Span]) -> None:
    """Add one article's two versions (their accepted spans) to ``pair``."""
    pair.articles += 1
    pair.overall.add(a, b)
    for label in sorted({s.label for s in [*a, *b]}):
        tally = pair.labels.setdefault(label, Tally())
        tally.add([s for s in a if s.label == label], [s for s in b if s.label == label])
    words = tokens(text)
    pair.confusion.update(zip(_token_labels(words, a), _token_labels(words, b), strict=True))


def per_label(store: Store) -> list[tuple[str, float, int]]:
    """For a dashboard: each label's strict F1 over every pair and article compared, with the
    number of spans of that label compared (both sides), by label."""
    pooled: dict[str, Tally] = {}
    for pair in agreement(store):
        for label, tally in pair.labels.items():
            total = pooled.setdefault(label, Tally())
            total.same += tally.same
            total.a += tally.a
            total.b += tally.b
    return [(label, t.strict_f1, t.a + t.b) for label, t in sorted(pooled.items())]


def render(pairs: list[PairAgreement]) -> str:
    """The figures as text, a block per pair."""
    if not pairs:
        return "no article finished by two analysts yet: nothing to compare"
    lines: list[str] = []
    for pair in pairs:
        lines += [
            f"{pair.a} and {pair.b}: {pair.articles} articles, {pair.tokens} tokens",
            f"  overall  strict F1 {pair.overall.strict_f1:.3f}  partial F1 "
            f"{pair.overall.partial_f1:.3f}  kappa {pair.kappa:.3f}",
        ]
        for label, t in sorted(pair.labels.items()):
            lines.append(
                f"  {label:<8} strict F1 {t.strict_f1:.3f}  partial F1 {t.partial_f1:.3f}  "
                f"spans {t.a}/{t.b}"
            )
        lines += _confusion_lines(pair)
        lines.append("")
    return "\n".join(lines).rstrip()


def _confusion_lines(pair: PairAgreement) -> list[str]:
    names = sorted({x for x, _ in pair.confusion} | {y for _, y in pair.confusion})
    width = max([len(n) for n in names] + [len(pair.a), 6]) + 2
    lines = [f"  tokens: {pair.a} down, {pair.b} across"]
    lines.append("  " + " " * width + "".join(f"{n:>{width}}" for n in names))
    for x in names:
        cells = "".join(f"{pair.confusion.get((x, y), 0):>{width}}" for y in names)
        lines.append(f"  {x:<{width}}{cells}")
    return lines


def _accepted(spans: Iterable[Span]) -> list[Span]:
    return [s for s in spans if s.status is SpanStatus.ACCEPTED]


def _meet(a: Span, b: Span) -> bool:
    return a.label == b.label and a.overlaps(b)


def _token_labels(words: list[Any], spans: list[Span]) -> list[str]:
    """Each token's label: that of the accepted span it shares a character with, else O."""
    ordered = sorted(spans, key=lambda s: s.start)
    out, at = [], 0
    for word in words:
        while at < len(ordered) and ordered[at].end <= word.start:
            at += 1
        span = ordered[at] if at < len(ordered) else None
        inside = span is not None and span.start < word.end
        out.append(span.label if inside and span is not None else OUTSIDE)
    return out
