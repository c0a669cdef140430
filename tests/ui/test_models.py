"""Every item model passes Qt's model tester."""

from __future__ import annotations

from razmetka.core.model import ArticleStatus, SpanStatus
from razmetka.core.store.lists import ListQuery
from razmetka.ui.views.article_list import ArticleListModel
from razmetka.ui.views.span_table import SpanTableModel
from razmetka.ui.views.spans import SpanIndex


def test_article_list_model(qtmodeltester, store) -> None:
    model = ArticleListModel(store)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.progress() == (0, 3)


def test_article_filter(qtmodeltester, store) -> None:
    model = ArticleListModel(store)
    qtmodeltester.check(model)
    model.set_query(ListQuery(status=ArticleStatus.DONE))
    assert model.rowCount() == 0
    model.set_query(ListQuery())
    model.set_matching(store.search.articles("силуанов"))
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Третья"


def test_span_table_model(qtmodeltester, store) -> None:
    article_id = store.articles.find("a0")
    index = SpanIndex(store.articles.get(article_id).text, store.spans.of(article_id))
    model = SpanTableModel()
    model.set_index(index)
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    assert model.index(0, SpanTableModel.TEXT).data() == "Казахстана"


def test_search_finds_any_case(store) -> None:
    assert store.search.articles("МОСКВА") == {store.articles.find("a1")}
    assert store.search.articles("вашингтон") == {store.articles.find("a0")}
    assert store.search.articles("a2") == {store.articles.find("a2")}


def test_span_table_follows_edits_row_by_row(qtmodeltester, store) -> None:
    from razmetka.core import actions

    article_id = store.articles.find("a0")
    index = SpanIndex(store.articles.get(article_id).text, store.spans.of(article_id))
    model = SpanTableModel()
    model.set_index(index)
    qtmodeltester.check(model)
    first = index.visible[0]
    index.pending()  # from here on the pending list is kept up to date, not rebuilt
    removed: list[int] = []
    model.rowsAboutToBeRemoved.connect(lambda _parent, start, _end: removed.append(start))
    model.apply(store.apply(actions.accept(store, first.id)).spans)
    assert model.rowCount() == 6 and not removed
    model.apply(store.apply(actions.reject(store, index.visible[1].id)).spans)
    assert model.rowCount() == 5 and removed == [1]
    applied = store.apply(actions.create(store, article_id, 0, 9, "PER"))
    model.apply(applied.spans)
    assert model.index(0, SpanTableModel.TEXT).data() == "Президент"
    assert [s.id for s in index.visible] == [
        s.id for s in store.spans.of(article_id) if s.status is not SpanStatus.REJECTED
    ]
    assert index.counts[SpanStatus.ACCEPTED] == 2
    assert index.pending() == [s for s in index.visible if s.status is SpanStatus.SUGGESTED]


def test_span_index_sorts_what_it_is_given(store) -> None:
    article_id = store.articles.find("a0")
    spans = store.spans.of(article_id)
    index = SpanIndex(store.articles.get(article_id).text, list(reversed(spans)))
    assert [s.id for s in index.visible] == [s.id for s in spans]
    assert index.pending_after(spans[2].start).id == spans[2].id
    assert index.neighbour(spans[0].id, -1, pending_only=True).id == spans[-1].id


def test_article_row_counts_follow_the_open_article(qtmodeltester, store) -> None:
    from razmetka.core import actions

    article_id = store.articles.find("a0")
    model = ArticleListModel(store)
    index = SpanIndex(store.articles.get(article_id).text, store.spans.of(article_id))
    applied = store.apply(actions.accept_all(store, article_id))
    index.apply(applied.spans)
    model.set_counts(article_id, index.counts, applied.status.after)
    assert model.summary(article_id) == store.lists.summary(article_id)
    qtmodeltester.check(model)
