"""A suggestion's note in the interface's language.

The store keeps notes in English (``core/suggest/notes.py`` makes them and reads their parts
back); the span table's tooltip words each part here. A part not made by the core (a note from
an older version or another program) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from razmetka.core.suggest.notes import LEFT_OUT, Kind, Part, parts
from razmetka.ui.wording import filled


def note_words(note: str) -> str:
    """The note, part by part, in the interface's language."""
    words = NoteWords()
    return "; ".join(words.part(part) for part in parts(note))


class NoteWords(QObject):
    """The words of each kind of part (a class of its own: its strings' context in the
    translations)."""

    def part(self, part: Part) -> str:
        values = part.values
        if part.kind is Kind.LEARNED:
            return self._learned(*values)
        if part.kind is Kind.NATASHA_SAID:
            return filled(self.tr("natasha said %1"), values)
        if part.kind is Kind.NATASHA_KEPT:
            return self.tr("natasha's label kept")
        if part.kind is Kind.SAME_NAME_EARLIER:
            return filled(self.tr("same name tagged %1 earlier: «%2» at %3"), values)
        if part.kind is Kind.BOUNDS:
            return self._bounds(values)
        return values[0]

    def _learned(self, decisions: str, label: str, pro: str, con: str, clear: str) -> str:
        template = self.tr(
            "learned from %n decision(s) (%1: %2 for, %3 against)", "", int(decisions)
        )
        words = filled(template, [label, pro, con])
        return words if clear else filled(self.tr("%1, not clear"), [words])

    def _bounds(self, values: tuple[str, ...]) -> str:
        left_out, taken_in = self.tr("«%1» left out"), self.tr("«%1» taken in")
        pairs = zip(values[::2], values[1::2], strict=True)
        changes = ", ".join(
            filled(left_out if change == LEFT_OUT else taken_in, [word]) for change, word in pairs
        )
        return filled(self.tr("bounds learned from the analyst's corrections: %1"), [changes])
