"""Why a suggestion: the span table's tooltip names its origin and the decisions it was
learned from (the suggestion's note), as plain text."""

from __future__ import annotations

from razmetka.core.model import Suggestion
from razmetka.ui.roles import TOOLTIP
from tests.ui.test_plain_text import MARKUP, shown

NOTE = "learned from 3 decisions (ORG: 3 for, 0 against); natasha said PER"


def tooltip(window, span_id: int) -> str:
    model = window.views.span_model
    return shown(model.index(model.row_of(span_id), model.TEXT).data(TOOLTIP))


def test_the_tooltip_says_the_origin_and_what_it_was_learned_from(window, store) -> None:
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
