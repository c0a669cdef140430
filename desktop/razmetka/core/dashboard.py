"""The team's progress as figures: one typed object that the window's dashboard and
``razmetka stats --html`` draw their charts and tables from.

Time per article comes from the decision log. Each analyst's decisions on an article are taken
in order of time; a step is the time from that analyst's previous decision on the article. A
step longer than ``PAUSE_SECONDS`` is cut (counted as nothing): the analyst was away, or came
back to the article another day. The article's time is the sum of the remaining steps, so a
sitting counts from its first decision to its last, and the reading before the first decision
of a sitting is not counted.
"""

from __future__ import annotations

import dataclasses
import statistics
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from razmetka.core.store.progress import NOT_SUGGESTED

if TYPE_CHECKING:
    from razmetka.core.store import Store

PAUSE_SECONDS = 300.0

# Where the agreement figures come from once the team's module is there: a function of the
# store returning (label, strict span F1, articles compared) for every label.
AGREEMENT_MISSING = "agreement needs two analysts' versions"


@dataclass(frozen=True)
class DoneOnDay:
    day: str  # YYYY-MM-DD (UTC)
    analyst: str  # "" when the decision has no name
    articles: int


@dataclass(frozen=True)
class SuggestionOutcome:
    """What became of one suggester's suggestions of one label."""

    label: str
    origin: str  # the suggester's name without its version: "natasha-ner", "learned"
    accepted: int = 0
    rejected: int = 0
    corrected: int = 0  # rejected, with the analyst's own span in their place
    pending: int = 0

    @property
    def decided(self) -> int:
        return self.accepted + self.rejected + self.corrected


class ArticleTime(NamedTuple):
    """One analyst's time on one article (a tuple: 100,000 articles make 40,000 of them, a
    frozen dataclass takes four times as long to make)."""

    article_id: int
    analyst: str
    seconds: float


@dataclass(frozen=True)
class LabelAgreement:
    label: str
    strict_f1: float
    articles: int


@dataclass(frozen=True)
class Figures:
    labels: tuple[str, ...]  # in the tag set's order, then any other label spans carry
    done: tuple[DoneOnDay, ...]
    entities: tuple[tuple[str, int], ...]  # (label, accepted spans)
    suggestions: tuple[SuggestionOutcome, ...]
    times: tuple[ArticleTime, ...]
    agreement: tuple[LabelAgreement, ...] | None  # None: not available (see agreement_note)
    agreement_note: str = ""

    @property
    def days(self) -> tuple[str, ...]:
        return tuple(sorted({d.day for d in self.done}))

    @cached_property
    def analysts(self) -> tuple[str, ...]:
        """Those with articles done, then those with time on articles only: each keeps its
        place (its colour) whether the times are read yet or not."""
        done = sorted({d.analyst for d in self.done})
        return (*done, *sorted(set(self.seconds_by_analyst) - set(done)))

    @cached_property
    def seconds_by_analyst(self) -> dict[str, list[float]]:
        """analyst -> the seconds of each article they spent time on."""
        spent: dict[str, list[float]] = {}
        for time in self.times:
            spent.setdefault(time.analyst, []).append(time.seconds)
        return spent

    def done_on(self, day: str, analyst: str) -> int:
        return self._done_by_key.get((day, analyst), 0)

    @cached_property
    def _done_by_key(self) -> dict[tuple[str, str], int]:
        return {(d.day, d.analyst): d.articles for d in self.done}

    def median_minutes(self, analyst: str) -> float:
        spent = self.seconds_by_analyst.get(analyst)
        return statistics.median(spent) / 60 if spent else 0.0

    @property
    def is_empty(self) -> bool:
        return not (self.done or self.entities or self.suggestions or self.times)


def collect(store: Store, pause: float = PAUSE_SECONDS) -> Figures:
    """Every figure of the dashboard, read from ``store``."""
    return with_times(collect_all_but_times(store), store, pause)


def collect_all_but_times(store: Store) -> Figures:
    """Every figure but the time per article (``times`` empty): the quick ones, which the
    window draws while the times, a pass over every decision, are still being read."""
    progress = store.progress
    spans = progress.span_outcomes()
    entities = _entities(spans)
    suggested = {key: n for key, n in spans.items() if key[1] not in NOT_SUGGESTED}
    suggestions = _outcomes(suggested, progress.corrected_suggestions())
    labels = _labels(progress.label_order(), [*entities, *(s.label for s in suggestions)])
    agreement, note = agreement_figures(store)
    return Figures(
        labels=labels,
        done=tuple(DoneOnDay(day, who, n) for day, who, n in progress.done_by_day()),
        entities=tuple((label, entities[label]) for label in labels if label in entities),
        suggestions=tuple(sorted(suggestions, key=lambda s: (labels.index(s.label), s.origin))),
        times=(),
        agreement=agreement,
        agreement_note=note,
    )


def with_times(figures: Figures, store: Store, pause: float = PAUSE_SECONDS) -> Figures:
    """``figures`` with the time per article read from ``store``."""
    times = tuple(map(ArticleTime._make, store.progress.time_per_article(pause)))
    return dataclasses.replace(figures, times=times)


def agreement_figures(store: Store) -> tuple[tuple[LabelAgreement, ...] | None, str]:
    """Agreement per label over every pair of analysts (``core/team/agreement.py``); None and
    the reason while no two analysts have finished the same article."""
    from razmetka.core.team.agreement import per_label

    rows = tuple(LabelAgreement(label, f1, n) for label, f1, n in per_label(store))
    return (rows, "") if rows else (None, AGREEMENT_MISSING)


def origin_name(origin: str) -> str:
    """A suggester's name without its version («natasha-ner@1.2+fixes» → «natasha-ner»)."""
    return origin.partition("@")[0] or origin


def _entities(spans: dict[tuple[str, str, str], int]) -> dict[str, int]:
    """label -> accepted spans of any origin (the entities the curated data holds)."""
    entities: dict[str, int] = {}
    for (label, _origin, status), n in spans.items():
        if status == "accepted":
            entities[label] = entities.get(label, 0) + n
    return entities


def _outcomes(
    statuses: dict[tuple[str, str, str], int], corrected: dict[tuple[str, str], int]
) -> list[SuggestionOutcome]:
    counts: dict[tuple[str, str], dict[str, int]] = {}
    for (label, origin, status), n in statuses.items():
        slot = counts.setdefault((label, origin_name(origin)), {})
        slot[status] = slot.get(status, 0) + n
    for (label, origin), n in corrected.items():
        slot = counts.setdefault((label, origin_name(origin)), {})
        slot["corrected"] = slot.get("corrected", 0) + n
    return [
        SuggestionOutcome(
            label,
            origin,
            accepted=slot.get("accepted", 0),
            rejected=slot.get("rejected", 0) - slot.get("corrected", 0),
            corrected=slot.get("corrected", 0),
            pending=slot.get("suggested", 0),
        )
        for (label, origin), slot in counts.items()
    ]


def _labels(order: list[str], seen: list[str]) -> tuple[str, ...]:
    extra = sorted(set(seen) - set(order))
    return (*order, *extra)
