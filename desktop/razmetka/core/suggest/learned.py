"""The learned suggester: what the analyst decided about an entity, applied to its next
occurrences in any case form.

A :class:`Lexicon` is built from decisions (accepted, rejected, relabelled); an entity's forms
are grouped by lemmas, so «Акорда» and «Акорды» are one entry with one record of labels
accepted and rejected. :class:`LearnedSuggester` proposes, wherever a learned entity occurs,
the label its record supports; :func:`combine` merges those proposals with natasha's.

When the record is clear. natasha is right about most spans, so a learned label overrides
natasha's only when the analyst's decisions say so clearly: at least ``CLEAR_DECISIONS`` (2)
decisions bear on the label and those for it outnumber those against it at least
``CLEAR_RATIO`` (3) to 1. One decision can be a slip or a context of its own; two agreeing
ones are a habit. Names that are truly ambiguous («Вашингтон» the person and the city) show a
mixed record, and 3 to 1 keeps natasha, which sees the context, in charge of those, while a
record that is three quarters one way is already a better guess than the model's. The same
rule drops a natasha suggestion whose form and label the analyst clearly rejected.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from razmetka.core import morph, occurrences
from razmetka.core.model import Suggestion
from razmetka.core.occurrences import Index, Match, Pattern, Word
from razmetka.core.suggest import notes

NAME = "learned"
VERSION = "1"
ORIGIN = f"{NAME}@{VERSION}"
NATASHA_ORIGIN = "natasha-ner"

CLEAR_DECISIONS = 2
CLEAR_RATIO = 3


class Verdict(str, enum.Enum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    RELABELLED = "relabelled"  # ``label`` is the new label, ``previous`` the one taken away

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Decision:
    """One analyst decision about a span: its text (or tokens), label and verdict."""

    entity: str | tuple[str, ...]
    label: str
    verdict: Verdict
    normal: str | None = None
    previous: str | None = None

    def teaches(self) -> tuple[str | None, str | None]:
        """The label this decision accepts and the one it rejects (either may be None)."""
        if self.verdict is Verdict.ACCEPTED:
            return self.label, None
        if self.verdict is Verdict.REJECTED:
            return None, self.label
        return self.label, self.previous


@dataclass(eq=False)  # entries are values in an index: identity is what tells them apart
class Entry:
    """Everything decided about one entity, over all its forms."""

    forms: list[Pattern]
    accepted: Counter[str] = field(default_factory=Counter)
    rejected: Counter[str] = field(default_factory=Counter)
    normals: dict[str, Counter[str]] = field(default_factory=dict)
    decisions: int = 0

    def record(self, label: str) -> tuple[int, int]:
        """Decisions for ``label`` (accepted as it) and against it (rejected as it, or
        accepted as another label)."""
        pro = self.accepted[label]
        con = self.rejected[label] + sum(n for other, n in self.accepted.items() if other != label)
        return pro, con

    def clearly(self, label: str) -> bool:
        pro, con = self.record(label)
        return pro + con >= CLEAR_DECISIONS and pro >= CLEAR_RATIO * con

    def clearly_rejected(self, label: str) -> bool:
        rejected, accepted = self.rejected[label], self.accepted[label]
        return rejected >= CLEAR_DECISIONS and rejected >= CLEAR_RATIO * accepted

    def supported_label(self) -> str | None:
        """The label accepted most, if more decisions are for it than against it."""
        if not self.accepted:
            return None
        label = max(sorted(self.accepted), key=lambda name: self.accepted[name])
        pro, con = self.record(label)
        return label if pro > con else None

    def normal(self, label: str) -> str | None:
        """The normal form most often given with ``label``."""
        counts = self.normals.get(label)
        return counts.most_common(1)[0][0] if counts else None

    def why(self, label: str, clear: bool = True) -> str:
        pro, con = self.record(label)
        return notes.learned(self.decisions, label, pro, con, clear)


def _form_fits(form: Pattern, pat: Pattern) -> bool:
    """Whether ``pat`` is an occurrence of ``form``: lemmas shared token by token, and a
    capital wherever the form has one."""
    return morph.same_name(form.keys, pat.keys) and all(
        has or not needs for needs, has in zip(form.capitals, pat.capitals, strict=True)
    )


def _same_form(first: Pattern, second: Pattern) -> bool:
    """Two decisions are about one entity when each is an occurrence of the other."""
    return _form_fits(first, second) and _form_fits(second, first)


class Lexicon:
    """The decisions learned so far, one :class:`Entry` per entity."""

    def __init__(self) -> None:
        self.index: Index[Entry] = Index()
        self.entries: list[Entry] = []
        self.decisions = 0  # every decision learned: a revision number for what it knows

    @classmethod
    def from_decisions(cls, decisions: Iterable[Decision]) -> Lexicon:
        lexicon = cls()
        for decision in decisions:
            lexicon.learn(decision)
        return lexicon

    def __len__(self) -> int:
        return len(self.entries)

    def learn(self, decision: Decision, times: int = 1) -> Entry | None:
        """Add a decision made ``times`` times (the store counts identical ones together);
        returns the entry it went to (None for an empty entity)."""
        forms = self._forms_of(decision)
        if not forms:
            return None
        entry = self._entry_for_forms(forms)
        accepted, rejected = decision.teaches()
        if accepted is not None:
            entry.accepted[accepted] += times
            if decision.normal:
                entry.normals.setdefault(accepted, Counter())[decision.normal] += times
        if rejected is not None:
            entry.rejected[rejected] += times
        entry.decisions += times
        self.decisions += times
        return entry

    def entry(self, entity: str | Sequence[str]) -> Entry | None:
        """The entry ``entity`` is a form of (the best informed one if several fit)."""
        words = occurrences.token_texts(entity)
        # Most spans asked about were never decided on: tell them apart before the dictionary.
        if not words or not self.index.may_start(words[0]):
            return None
        pat = occurrences.pattern(words)
        fitting = [e for e in self._candidates(pat) if any(_form_fits(f, pat) for f in e.forms)]
        return max(fitting, key=lambda e: e.decisions, default=None)

    def _forms_of(self, decision: Decision) -> list[Pattern]:
        forms = [occurrences.pattern(decision.entity)]
        if decision.normal:
            normal = occurrences.pattern(decision.normal)
            # A normal form with as many tokens is one more spelling to recognise the entity by.
            if len(normal) == len(forms[0]) and normal != forms[0]:
                forms.append(normal)
        return [form for form in forms if len(form)]

    def _candidates(self, pat: Pattern) -> list[Entry]:
        """Entries with a form as long as ``pat`` whose first token shares a lemma with it."""
        if not len(pat) or not self.index.may_start(pat.first):
            return []
        found: dict[Entry, None] = {}
        for form, entry in self.index.filed_under(pat.keys[0]):
            if len(form) == len(pat):
                found[entry] = None
        return list(found)

    def _entry_for_forms(self, forms: list[Pattern]) -> Entry:
        """The entry these forms belong to, made when none does yet."""
        for form in forms:
            for entry in self._candidates(form):
                if any(_same_form(known, form) for known in entry.forms):
                    self._add_forms(entry, forms)
                    return entry
        entry = Entry(forms=[])
        self.entries.append(entry)
        self._add_forms(entry, forms)
        return entry

    def _add_forms(self, entry: Entry, forms: list[Pattern]) -> None:
        for form in forms:
            if form not in entry.forms:
                entry.forms.append(form)
                self.index.add(form, entry)


@dataclass(frozen=True)
class Proposal:
    """A suggestion with where it comes from and why: what the store and the window show."""

    start: int
    end: int
    label: str
    normal: str | None
    origin: str
    decisions: int = 0
    why: str = ""

    @property
    def suggestion(self) -> Suggestion:
        return Suggestion(self.start, self.end, self.label, self.normal)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


class LearnedSuggester:
    """Proposes, wherever an entity the analyst accepted occurs in any case form, the label
    its decisions support, with the normal form the analyst gave it."""

    name = NAME
    version = VERSION

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    @property
    def origin(self) -> str:
        return f"{self.name}@{self.version}"

    def load(self) -> None:
        morph.analyzer()

    def suggest(self, text: str) -> list[Suggestion]:
        return [proposal.suggestion for proposal in self.propose(text)]

    def propose(self, text: str, words: Sequence[Word] | None = None) -> list[Proposal]:
        """Learned proposals for ``text``: flat, the longest entity winning where two overlap.
        ``words`` is ``occurrences.words(text)`` when the caller has it already (from
        natasha's tokens, say), shared with :func:`combine`."""
        if not len(self.lexicon.index) or not text.strip():
            return []
        seq = occurrences.words(text) if words is None else words
        labelled = [(m, _label_to_propose(m)) for m in self.lexicon.index.find(text, seq)]
        labels = {id(match): label for match, label in labelled if label is not None}
        return [
            self._proposal(match.start, match.end, match.value, labels[id(match)])
            for match in occurrences.longest_first(m for m, _ in labelled if id(m) in labels)
        ]

    def _proposal(self, start: int, end: int, entry: Entry, label: str) -> Proposal:
        return Proposal(
            start, end, label, entry.normal(label), self.origin, entry.decisions, entry.why(label)
        )


def _label_to_propose(match: Match[Entry]) -> str | None:
    """The label an occurrence of a learned entity should get, or None.

    A name written in lower case («администрации», «московского отделения») is a common word
    that is an entity only in some contexts, so it is proposed only on a clear record.
    """
    entry = match.value
    label = entry.supported_label()
    if label is None or (not match.pattern.capitals[0] and not entry.clearly(label)):
        return None
    return label


def combine(
    text: str,
    natasha: Sequence[Suggestion],
    learned: Sequence[Proposal],
    lexicon: Lexicon,
    natasha_origin: str = NATASHA_ORIGIN,
    words: Sequence[Word] | None = None,
) -> list[Proposal]:
    """natasha's suggestions and the learned ones as one list, in text order.

    Each natasha span is judged by the record of its own form: relabelled when the decisions
    clearly support another label, dropped when they clearly reject its label, marked as
    agreed when they support it, kept as natasha's otherwise. A learned proposal is added
    where no kept natasha span overlaps it: on a partial overlap natasha, which sees the
    context, keeps the bounds. ``words`` is ``occurrences.words(text)`` when the caller has
    it; without it each natasha span is tokenized on its own.
    """
    kept = []
    for s in natasha:
        if words is None:
            form: str | list[str] = text[s.start : s.end]
        else:
            form = occurrences.texts_within(words, s.start, s.end)
        judged = _judge(s, lexicon.entry(form), natasha_origin)
        if judged is not None:
            kept.append(judged)
    for proposal in learned:
        if not any(proposal.overlaps(other.start, other.end) for other in kept):
            kept.append(proposal)
    return sorted(kept, key=lambda p: (p.start, p.end))


def _judge(s: Suggestion, entry: Entry | None, natasha_origin: str) -> Proposal | None:
    """One natasha suggestion in the light of what was decided about its form."""
    if entry is None:
        return Proposal(s.start, s.end, s.label, s.normal, natasha_origin, 0, "natasha")
    learned_label = entry.supported_label()
    normal = entry.normal(s.label) or s.normal
    if learned_label is not None and learned_label != s.label and entry.clearly(learned_label):
        why = notes.joined(entry.why(learned_label), notes.natasha_said(s.label)) or ""
        learned_normal = entry.normal(learned_label) or s.normal
        return Proposal(s.start, s.end, learned_label, learned_normal, ORIGIN, entry.decisions, why)
    if entry.clearly_rejected(s.label):
        return None
    if learned_label == s.label:
        origin = f"{natasha_origin}+{ORIGIN}"
        return Proposal(
            s.start, s.end, s.label, normal, origin, entry.decisions, entry.why(s.label)
        )
    why = notes.joined(notes.NATASHA_KEPT, entry.why(s.label, clear=False)) or ""
    return Proposal(s.start, s.end, s.label, s.normal, natasha_origin, entry.decisions, why)
