"""A suggestion's note is made and read back in one place: every part the suggesters write is
read with its kind and values (the window words them in its language), and a note from
elsewhere is kept as it is."""

from __future__ import annotations

import pytest

from razmetka.core.suggest import notes
from razmetka.core.suggest.notes import Kind, Part


@pytest.mark.parametrize(
    ("made", "read"),
    [
        (notes.learned(1, "ORG", 1, 0), Part(Kind.LEARNED, ("1", "ORG", "1", "0", "clear"))),
        (
            notes.learned(3, "PER", 2, 1, clear=False),
            Part(Kind.LEARNED, ("3", "PER", "2", "1", "")),
        ),
        (notes.natasha_said("PER"), Part(Kind.NATASHA_SAID, ("PER",))),
        (notes.NATASHA_KEPT, Part(Kind.NATASHA_KEPT, ())),
        (
            notes.same_name_earlier("ORG", "Акорды, Астана", 150),
            Part(Kind.SAME_NAME_EARLIER, ("ORG", "Акорды, Астана", "150")),
        ),
        (
            notes.bounds([(notes.LEFT_OUT, "ОАО"), (notes.TAKEN_IN, "«Голос, Америки»")]),
            Part(Kind.BOUNDS, (notes.LEFT_OUT, "ОАО", notes.TAKEN_IN, "«Голос, Америки»")),
        ),
    ],
)
def test_every_part_made_is_read_back(made: str, read: Part) -> None:
    assert notes.parts(made) == [read]


def test_one_decision_is_singular() -> None:
    assert notes.learned(1, "ORG", 1, 0) == "learned from 1 decision (ORG: 1 for, 0 against)"
    assert notes.learned(2, "ORG", 2, 0).startswith("learned from 2 decisions")


def test_a_note_of_parts_and_a_note_from_elsewhere() -> None:
    note = notes.joined(notes.learned(3, "ORG", 3, 0), notes.natasha_said("PER"))
    assert note == "learned from 3 decisions (ORG: 3 for, 0 against); natasha said PER"
    assert [p.kind for p in notes.parts(note)] == [Kind.LEARNED, Kind.NATASHA_SAID]
    assert notes.parts("checked by the editor") == [Part(Kind.TEXT, ("checked by the editor",))]
    assert notes.parts("bounds learned from the analyst's corrections: something else") == [
        Part(Kind.TEXT, ("bounds learned from the analyst's corrections: something else",))
    ]
    assert notes.joined(None, "") is None
