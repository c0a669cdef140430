"""A long article opens with its first stretch of spans read and the rest read on demand or
while idle: everything the window shows and does must be as with every span read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from razmetka.core import actions
from razmetka.core.model import Article, Document, SpanStatus, Suggestion
from razmetka.core.store import Store
from razmetka.ui.views import spans as spans_module
from razmetka.ui.views.span_table import SpanTableModel
from razmetka.ui.views.spans import SpanIndex

from .conftest import shown_window

SENTENCE = [("Сергей Лавров", "PER"), (" встретился в ", None), ("Москве", "LOC")]
SENTENCE += [(" с представителями ", None), ("Минфина", "ORG"), (". ", None)]


def long_text(sentences: int) -> tuple[str, list[Suggestion]]:
    parts: list[str] = []
    found: list[Suggestion] = []
    size = 0
    for number in range(sentences):
        pieces = list(SENTENCE)
        if number % 9 == 4:
            pieces.insert(0, ("😀 ", None))  # offsets cross surrogate pairs
        for piece, label in pieces:
            if label is not None:
                found.append(Suggestion(size, size + len(piece), label))
            parts.append(piece)
            size += len(piece)
        if number % 6 == 5:
            parts.append("\n\n")
            size += 2
    return "".join(parts), found


@pytest.fixture
def long_store(tmp_path: Path):
    store = Store(tmp_path / "long.db")
    text, suggestions = long_text(1200)  # about 70,000 characters, 3,600 spans
    assert len(text) > 3 * spans_module.FIRST_STRETCH
    article_id = store.articles.add(Document(Article(text=text, title="long")))
    store.suggestions.add(article_id, suggestions, "test@1")
    spans = store.spans.of(article_id)
    # Some decided spans all along the text: hidden rows and bold rows.
    for span in spans[5::97]:
        store.apply(actions.reject(store, span.id or 0))
    for span in spans[8::89]:
        store.apply(actions.accept(store, span.id or 0))
    yield store, article_id
    store.close()


def source_of(store: Store, article_id: int):
    def read(start: int, end: int):
        return [s for s in store.spans.overlapping(article_id, start, end) if s.start >= start]

    return read


def totals_of(store: Store, article_id: int):
    summary = store.lists.summary(article_id)
    return {
        SpanStatus.SUGGESTED: summary.pending,
        SpanStatus.ACCEPTED: summary.accepted,
        SpanStatus.REJECTED: summary.rejected,
    }


def both(store: Store, article_id: int, show_rejected: bool = False):
    text = store.articles.get(article_id).text
    partial = SpanIndex.opening(
        text, source_of(store, article_id), lambda: totals_of(store, article_id), show_rejected
    )
    full = SpanIndex(text, store.spans.of(article_id), show_rejected)
    return partial, full


@pytest.mark.parametrize("show_rejected", [False, True])
def test_partial_index_answers_as_the_full_one(long_store, show_rejected) -> None:
    store, article_id = long_store
    partial, full = both(store, article_id, show_rejected)
    assert not partial.complete
    assert partial.counts == full.counts
    assert partial.visible_count == full.visible_count == len(partial)
    assert partial.total == full.total
    assert partial.pending_after(0) == full.pending_after(0)
    assert not partial.complete  # the first suggestion is near the top
    for row in (0, 150, 1000, 2500, full.visible_count - 1):
        assert partial.span_at_row(row) == full.visible[row]
    for start, end in ((0, 500), (30_000, 31_000), (69_000, 80_000)):
        assert list(partial.overlapping(start, end)) == list(full.overlapping(start, end))
    middle = full.visible[len(full.visible) // 2]
    for step in (1, -1):
        for pending_only in (True, False):
            assert partial.neighbour(middle.id, step, pending_only) == full.neighbour(
                middle.id, step, pending_only
            )
    assert partial.pending_after(len(full.text)) == full.pending_after(len(full.text))
    assert partial.neighbour(full.visible[-1].id, 1, True) == full.neighbour(
        full.visible[-1].id, 1, True
    )
    partial.finish()
    assert partial.complete
    assert partial.visible == full.visible
    assert partial.by_id == full.by_id
    assert partial.counts == full.counts


def test_a_row_found_in_the_read_stretch_is_its_row_in_the_table(long_store) -> None:
    store, article_id = long_store
    partial, full = both(store, article_id)
    span = full.visible[40]
    assert partial.row(span.id) == full.row(span.id) == 40
    far = full.visible[-3]
    assert partial.row(far.id) == full.row(far.id)  # read on demand
    assert partial.complete


def test_an_edit_goes_into_a_partial_index_row_by_row(qtmodeltester, long_store) -> None:
    store, article_id = long_store
    partial, _full = both(store, article_id)
    model = SpanTableModel()
    model.set_index(partial)
    qtmodeltester.check(model)
    suggestion = partial.pending_after(1000)
    assert suggestion is not None
    for build in (
        lambda: actions.reject(store, suggestion.id or 0),
        lambda: actions.create(store, article_id, suggestion.start, suggestion.end, "LOC"),
    ):
        edit = build()
        partial.read_for(edit.spans)
        applied = store.apply(edit)
        model.apply(applied.spans)
    assert not partial.complete
    fresh = SpanIndex(store.articles.get(article_id).text, store.spans.of(article_id))
    assert partial.counts == fresh.counts
    assert model.rowCount() == fresh.visible_count
    assert [model.span_at(row) for row in range(60)] == fresh.visible[:60]
    partial.finish()
    assert partial.visible == fresh.visible


def test_an_edit_beyond_the_read_stretch_is_refused(long_store) -> None:
    store, article_id = long_store
    partial, full = both(store, article_id)
    far = full.pending_after(60_000)
    applied = store.apply(actions.reject(store, far.id or 0))
    assert not partial.covers(applied.spans)
    with pytest.raises(ValueError):
        partial.apply(applied.spans)


def test_wrong_totals_are_corrected_once_everything_is_read(long_store) -> None:
    store, article_id = long_store
    text = store.articles.get(article_id).text
    stale = totals_of(store, article_id)
    stale[SpanStatus.SUGGESTED] += 3  # what a list read before another program wrote says
    corrected = []
    partial = SpanIndex.opening(text, source_of(store, article_id), lambda: stale)
    partial.counts_corrected = lambda: corrected.append(True)
    partial.finish()
    assert corrected
    assert partial.counts == totals_of(store, article_id)
    assert partial.visible_count == len(partial.visible)


@pytest.fixture
def long_window(long_store, qtbot):
    store, article_id = long_store
    window = shown_window(store, qtbot)
    window.navigation.open_article(article_id)
    window.views.text_view.setFocus()
    yield window
    window.close()


def test_long_article_window_shows_every_count_at_once(long_window, long_store) -> None:
    store, article_id = long_store
    window = long_window
    window.navigation.open_article(article_id)
    assert not window.state.index.complete
    summary = store.lists.summary(article_id)
    assert window.views.span_model.rowCount() == summary.pending + summary.accepted
    assert f"{summary.pending} " in window.views.counts_label.text()
    assert str(summary.pending + summary.accepted) in window.views.span_caption.text()
    first = store.spans.of(article_id, [SpanStatus.SUGGESTED])[0]
    assert window.state.current_id == first.id


def test_long_article_decisions_before_everything_is_read(qtbot, long_window, long_store) -> None:
    store, article_id = long_store
    window = long_window
    window.navigation.open_article(article_id)
    first = window.state.current_id
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_A)
    assert store.spans.get(first).status is SpanStatus.ACCEPTED
    second = window.state.current_id
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_X)
    assert store.spans.get(second).status is SpanStatus.REJECTED
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_J)
    qtbot.keySequence(window.views.text_view, "Ctrl+Z")
    assert store.spans.get(second).status is SpanStatus.SUGGESTED
    qtbot.waitUntil(lambda: window.state.index.complete, timeout=10_000)  # read while idle
    fresh = SpanIndex(window.state.index.text, store.spans.of(article_id))
    assert window.state.index.visible == fresh.visible
    assert window.state.index.counts == fresh.counts
    assert window.views.span_model.rowCount() == fresh.visible_count
    summary = window.views.article_model.summary(article_id)
    assert summary.pending == fresh.counts[SpanStatus.SUGGESTED]


def test_long_article_table_rows_far_down_are_read_when_shown(long_window, long_store) -> None:
    store, article_id = long_store
    window = long_window
    window.navigation.open_article(article_id)
    last = window.views.span_model.rowCount() - 1
    window.views.span_table.scrollToBottom()
    index = window.views.span_model.index(last, SpanTableModel.TEXT)
    expected = SpanIndex(window.state.index.text, store.spans.of(article_id)).visible[-1]
    assert index.data() == expected.surface(window.state.index.text)
