"""Why a suggestion: the span table's tooltip names its origin and the decisions it was
learned from (the suggestion's note), as plain text."""

from __future__ import annotations

import pytest

from razmetka.core.model import Suggestion
from razmetka.core.suggest import notes
from razmetka.ui.i18n import Translators
from razmetka.ui.roles import TOOLTIP
from tests.ui.test_plain_text import MARKUP, shown

NOTE = "learned from 3 decisions (ORG: 3 for, 0 against); natasha said PER"


def tooltip(window, span_id: int) -> str:
    model = window.views.span_model
    return shown(model.index(model.row_of(span_id), model.TEXT).data(TOOLTIP))


@pytest.fixture
def translators(qapp):
    installed = Translators()
    installed.install("en")  # as the window starts: English has its plural forms too
    yield installed
    installed.install("en")


def test_the_tooltip_says_the_origin_and_what_it_was_learned_from(
    window, store, translators
) -> None:
    a0 = store.articles.find("a0")
    learned = Suggestion(62, 69, "ORG", note=NOTE, origin="natasha-ner@1+learned@1")
    odd = Suggestion(50, 59, "PER", note=MARKUP, origin="learned@1")  # a note is never markup
    store.suggestions.add(a0, [learned, odd], "natasha-ner@1+learned@1")
    window.navigation.reload_article()
    pending = {(s.start, s.label): s for s in window.state.index.pending()}
    lines = tooltip(window, pending[(62, "ORG")].id).splitlines()
    assert lines[0] == store.articles.get(a0).text[62:69]
    assert "Origin: natasha-ner@1+learned@1" in lines
    assert NOTE in lines
    assert MARKUP in tooltip(window, pending[(50, "PER")].id).splitlines()
    plain = pending[(10, "LOC")]  # an ordinary suggestion: its origin, no note
    assert tooltip(window, plain.id).splitlines()[-1] == "Origin: test-suggester@1"


def test_the_note_is_worded_in_the_interfaces_language(window, store, translators) -> None:
    a0 = store.articles.find("a0")
    one = notes.joined(notes.NATASHA_KEPT, notes.learned(1, "ORG", 1, 0, clear=False))
    moved = notes.bounds([(notes.LEFT_OUT, "ОАО")])
    learned = Suggestion(62, 69, "ORG", note=NOTE, origin="learned@1")
    unclear = Suggestion(50, 59, "PER", note=one, origin="natasha-ner@1")
    bounds = Suggestion(0, 7, "ORG", note=moved, origin="natasha-ner@1")
    store.suggestions.add(a0, [learned, unclear, bounds], "natasha-ner@1+learned@1")
    window.navigation.reload_article()
    pending = {(s.start, s.label): s.id for s in window.state.index.pending()}
    assert tooltip(window, pending[(50, "PER")]).splitlines()[-1] == (
        "natasha's label kept; learned from 1 decision (ORG: 1 for, 0 against), not clear"
    )
    assert translators.install("ru")
    assert tooltip(window, pending[(62, "ORG")]).splitlines()[-1] == (
        "выучено из 3 решений (ORG: 3 за, 0 против); natasha предлагала PER"
    )
    assert tooltip(window, pending[(50, "PER")]).splitlines()[-1] == (
        "оставлена метка natasha; выучено из 1 решения (ORG: 1 за, 0 против) — недостаточно ясно"
    )
    assert tooltip(window, pending[(0, "ORG")]).splitlines()[-1] == (
        "границы по правкам аналитика: «ОАО» исключено"
    )
