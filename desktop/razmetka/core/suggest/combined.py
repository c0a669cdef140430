"""The default suggester: natasha (with its fixes) and what the analyst's decisions taught,
merged by :func:`learned.combine` into one list per text: natasha's bounds are first changed
where the analyst's corrections of bounds clearly say so (``bounds.py``).

The lexicon is built from the store's lessons (``store.lessons``) when the suggester is made;
each suggestion keeps the origin of the part that made it («natasha-ner@…», «learned@1», or
both) and, when decisions bear on it, why (``Suggestion.note``: «learned from 3 decisions …»).
The run is recorded under the combined origin, so that articles only raw natasha has seen are
suggested again, once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from razmetka.core import occurrences
from razmetka.core.model import Suggestion
from razmetka.core.store import Store
from razmetka.core.store.lessons import Lesson
from razmetka.core.suggest import bounds, learned, notes
from razmetka.core.suggest.bounds import BoundsLexicon
from razmetka.core.suggest.learned import Decision, Lexicon, Proposal, Verdict

if TYPE_CHECKING:
    from razmetka.core.suggest.natasha_ner import NatashaNer


def decisions_from(lessons: Iterable[Lesson]) -> Iterable[tuple[Decision, int]]:
    """The store's lessons as the learned suggester's decisions, each with its count."""
    for lesson in lessons:
        yield (
            Decision(
                lesson.surface,
                lesson.label,
                Verdict(lesson.verdict),
                normal=lesson.normal,
                previous=lesson.previous,
            ),
            lesson.times,
        )


def bounds_from_store(store: Store) -> BoundsLexicon:
    """The boundary conventions the analyst's corrections of suggested bounds teach."""
    return bounds.from_lessons(store.lessons.corrected_bounds(), store.lessons.kept_bounds())


def lexicon_from_store(store: Store) -> Lexicon:
    """Everything the store's decided spans teach, as one lexicon."""
    lexicon = Lexicon()
    for decision, times in decisions_from(store.lessons.all()):
        lexicon.learn(decision, times)
    return lexicon


class NatashaWithLearned:
    """natasha's suggestions with the boundary conventions the analyst's corrections taught,
    judged by the learned lexicon, and the learned entities natasha missed, one suggester."""

    name = "natasha-ner+learned"

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        natasha: NatashaNer | None = None,
        conventions: BoundsLexicon | None = None,
    ) -> None:
        from razmetka.core.suggest.natasha_ner import NatashaNer

        self.natasha = natasha or NatashaNer()
        self.learned = learned.LearnedSuggester(lexicon or Lexicon())
        self.conventions = conventions or BoundsLexicon()
        self.version = f"{self.natasha.version}+{learned.VERSION}"

    @property
    def lexicon(self) -> Lexicon:
        return self.learned.lexicon

    @property
    def origin(self) -> str:
        # What the run is recorded as: natasha's version and the learned suggester's.
        return f"{self.natasha.origin}+{learned.ORIGIN}"

    def load(self) -> None:
        self.natasha.load()
        self.learned.load()

    def learn_from(self, store: Store) -> None:
        """Learn again from every decision in ``store`` (natasha's models stay loaded)."""
        self.learned = learned.LearnedSuggester(lexicon_from_store(store))
        self.conventions = bounds_from_store(store)

    def suggest(self, text: str) -> list[Suggestion]:
        return [suggestion for suggestion, _ in self.suggest_with_why(text)]

    def suggest_with_why(self, text: str) -> list[tuple[Suggestion, Proposal]]:
        """Each suggestion with the proposal it came from (its origin, decisions and why)."""
        found, tokenized = self.natasha.suggest_with_tokens(text)
        words = occurrences.words(text, tokenized)
        natasha = self.conventions.adjust(text, words, found)
        proposals = learned.combine(
            text,
            natasha,
            self.learned.propose(text, words),
            self.lexicon,
            natasha_origin=self.natasha.origin,
            words=words,
        )
        notes = {(s.start, s.end): s.note for s in natasha if s.note}
        return [(_suggestion(p, notes.get((p.start, p.end))), p) for p in proposals]


def _suggestion(proposal: Proposal, natasha_note: str | None) -> Suggestion:
    """A proposal as the store keeps it: the analyst is told why when decisions bear on it,
    beside any flag natasha's fixes raised."""
    why = proposal.why if proposal.decisions else None
    note = notes.joined(natasha_note, why)
    return Suggestion(
        proposal.start, proposal.end, proposal.label, proposal.normal, note, proposal.origin
    )
