"""What a suggestion's note says, made and read in one place.

A note tells the analyst why a span was suggested or why to look at it twice. The store keeps it
as English text (the command line, exports and other programs read it as it is); the window
words it in its own language from the parts :func:`parts` reads back (``ui/note_words.py``).
A note is one or more parts joined by ``"; "``: each maker here makes one part, and each part
made here is read back by :func:`parts` with its kind and values.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass

SEPARATOR = "; "


class Kind(str, enum.Enum):
    LEARNED = "learned"  # decisions, label, for, against, and whether the record is clear
    NATASHA_SAID = "natasha said"  # the label natasha gave, which the learned one replaced
    NATASHA_KEPT = "natasha kept"  # the record was not clear: natasha's label stands
    SAME_NAME_EARLIER = "same name earlier"  # label, surface, offset of the earlier span
    BOUNDS = "bounds"  # the changes: ("left out" | "taken in", word) pairs
    TEXT = "text"  # a note not made here (an older version, another program): as it is

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Part:
    kind: Kind
    values: tuple[str, ...]


LEFT_OUT = "left out"
TAKEN_IN = "taken in"


def learned(decisions: int, label: str, pro: int, con: int, clear: bool = True) -> str:
    """«learned from 3 decisions (ORG: 3 for, 0 against)»; «…, not clear» when not clear."""
    plural = "" if decisions == 1 else "s"
    text = f"learned from {decisions} decision{plural} ({label}: {pro} for, {con} against)"
    return text if clear else f"{text}, not clear"


def natasha_said(label: str) -> str:
    return f"natasha said {label}"


NATASHA_KEPT = "natasha"  # before a record that is not clear: natasha's label was kept


def same_name_earlier(label: str, surface: str, offset: int) -> str:
    return f"same name tagged {label} earlier: «{surface}» at {offset}"


def bounds(changes: Sequence[tuple[str, str]]) -> str:
    """«bounds learned from the analyst's corrections: «ОАО» left out, «Голос» taken in»."""
    done = ", ".join(f"«{word}» {change}" for change, word in changes)
    return f"bounds learned from the analyst's corrections: {done}"


def joined(*parts: str | None) -> str | None:
    """Parts as one note (None when there are none)."""
    return SEPARATOR.join(part for part in parts if part) or None


_LEARNED = re.compile(
    r"learned from (\d+) decisions? \((\S+): (\d+) for, (\d+) against\)(, not clear)?"
)
_NATASHA_SAID = re.compile(r"natasha said (\S+)")
_SAME_NAME = re.compile(r"same name tagged (\S+) earlier: «(.*)» at (\d+)", re.DOTALL)
_BOUNDS = re.compile(r"bounds learned from the analyst's corrections: (.+)", re.DOTALL)
_BOUNDS_CHANGE = re.compile(rf"«(.*?)» ({LEFT_OUT}|{TAKEN_IN})(?:, |$)", re.DOTALL)


def parts(note: str) -> list[Part]:
    """A note's parts with their kinds and values; what was not made here is TEXT."""
    return [_part(text) for text in note.split(SEPARATOR) if text]


def _part(text: str) -> Part:
    if text == NATASHA_KEPT:
        return Part(Kind.NATASHA_KEPT, ())
    if m := _LEARNED.fullmatch(text):
        decisions, label, pro, con, unclear = m.groups()
        return Part(Kind.LEARNED, (decisions, label, pro, con, "" if unclear else "clear"))
    if m := _NATASHA_SAID.fullmatch(text):
        return Part(Kind.NATASHA_SAID, m.groups())
    if m := _SAME_NAME.fullmatch(text):
        return Part(Kind.SAME_NAME_EARLIER, m.groups())
    if (m := _BOUNDS.fullmatch(text)) and (changes := _bounds_changes(m.group(1))):
        return Part(Kind.BOUNDS, tuple(value for change in changes for value in change))
    return Part(Kind.TEXT, (text,))


def _bounds_changes(text: str) -> list[tuple[str, str]] | None:
    """(change, word) pairs of a bounds note, or None if the text is not made of them."""
    changes, at = [], 0
    while at < len(text):
        m = _BOUNDS_CHANGE.match(text, at)
        if m is None:
            return None
        changes.append((m.group(2), m.group(1)))
        at = m.end()
    return changes or None
