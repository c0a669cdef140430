"""What a run tells the user: problems that name the file, the line or record, and the reason."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    source: str
    where: str  # "line 12", "record 3", "T4", "" for the whole file
    reason: str
    kind: str = field(default="", compare=False, kw_only=True)  # "nested or crossing", ...

    def __str__(self) -> str:
        place = f"{self.source}:{self.where}" if self.where else self.source
        return f"{place}: {self.reason}"


@dataclass
class ImportReport:
    imported: int = 0
    already_present: int = 0
    spans: int = 0
    files: int = 0
    present_spans: int = 0  # the spans of the records already present
    merged_spans: int = 0  # ...of which merged into the stored article (``merge_spans``)
    merged_as: str | None = None  # the status they were merged as; None: not merged
    interrupted: int | None = None  # Ctrl+C: how many articles the run stored before it
    bad_bytes: int = 0  # bytes that were not text, replaced by U+FFFD (``--bad-bytes replace``)
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # kept the record, but lost something

    @property
    def rejected(self) -> int:
        return len(self.problems)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        parts = [
            f"{self.imported} imported",
            f"{self.already_present} already present" + self._present(),
            f"{self.rejected} rejected",
        ]
        if self.bad_bytes:
            parts.append(f"{self.bad_bytes} bad bytes replaced")
        text = f"{', '.join(parts)} ({self.spans} spans, {self.files} files)"
        if self.problems:
            reasons = Counter(p.reason.split(":")[0] for p in self.problems)
            text += "; rejected because: " + ", ".join(f"{r} ({n})" for r, n in reasons.items())
        return text + self._not_kept()

    def _present(self) -> str:
        if not self.present_spans:
            return ""
        if self.merged_as is None:
            return f", their {self.present_spans} spans not merged: use --merge-spans"
        status = "suggestions" if self.merged_as == "suggested" else self.merged_as
        return f", {self.merged_spans} of their {self.present_spans} spans merged as {status}"

    def _not_kept(self) -> str:
        """What imported records held that the store could not: entities by reason, then the
        rest (relations, attributes...) by kind."""
        kinds = Counter(n.kind for n in self.notes if n.kind)
        entities = {k: kinds[k] for k in ENTITY_KINDS if kinds[k]}
        others = {k: n for k, n in kinds.items() if k not in ENTITY_KINDS}
        text = ""
        if entities:
            listed = ", ".join(f"{k} {n}" for k, n in entities.items())
            text += f"; {sum(entities.values())} entities not kept: {listed}"
        if others:
            text += "; also not kept: " + ", ".join(f"{k} {n}" for k, n in others.items())
        return text


# The kinds of note that are an entity the flat set of spans cannot hold.
ENTITY_KINDS = ("nested or crossing", "discontinuous", "duplicate id")


@dataclass
class ExportReport:
    articles: int = 0
    spans: int = 0
    files: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # spans the format could not hold
    snapped: int = 0
    left_out: int = 0
    negatives: int = 0  # rejected suggestions written as negative examples
    parts: dict[str, int] = field(default_factory=dict)  # articles per split part
    more_problems: int = 0  # problems counted but not listed (the list is capped)

    def summary(self) -> str:
        text = f"{self.articles} articles, {self.spans} spans written to {', '.join(self.files)}"
        if self.snapped:
            text += f"; {self.snapped} spans snapped to token boundaries"
        if self.left_out:
            text += f"; {self.left_out} spans left out (not on token boundaries)"
        if self.negatives:
            text += f"; {self.negatives} negative examples"
        if self.parts:
            text += "; split " + ", ".join(f"{k} {v}" for k, v in self.parts.items())
        if self.more_problems:
            text += f"; {len(self.problems) + self.more_problems} problems in all"
        return text


@dataclass(frozen=True)
class MisalignedSpan(Problem):
    outcome: str = "left out"  # "snapped" or "left out"
    # What the reason says, for a window to say it in its own language:
    detail: str = ""  # NO_TOKEN, LEFT_OUT, WOULD_OVERLAP or SNAPPED
    label: str = ""
    surface: str = ""  # the span's text
    status: str = "accepted"  # a SpanStatus value: negatives are aligned too
    snapped_to: str = ""  # the text it was snapped to


# What became of a span off token boundaries, and how the report says it.
NO_TOKEN, LEFT_OUT, WOULD_OVERLAP, SNAPPED = "no token", "left out", "would overlap", "snapped"
OUTCOMES = {
    NO_TOKEN: "holds no token; left out",
    LEFT_OUT: "left out",
    WOULD_OVERLAP: "snapping would overlap the span before; left out",
    SNAPPED: "snapped to {!r}",
}


NO_NEGATIVES = "no negatives"  # the kind of problem: the format has no place for them
NO_ANNOTATOR = "no annotator"  # the format has no place for whose version a record is
