"""The article list as a view of SQL: sorting by a header, filters, a search that narrows the
list without leaving the open article, and decisions that cost the same whatever the corpus."""

from __future__ import annotations

from PySide6.QtCore import Qt

from razmetka.core.model import Article, ArticleStatus, Document, Suggestion
from razmetka.core.store import Store
from razmetka.ui.views.article_model import ArticleListModel
from tests.ui.conftest import ORIGIN, fill, shown_window


def titles(model: ArticleListModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_header_click_sorts_by_sql(window, qtbot) -> None:
    model = window.views.article_model
    header = window.views.article_list.view.horizontalHeader()
    header.setSortIndicator(ArticleListModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert titles(model) == ["Визит в Вашингтон", "Третья", "Эмодзи"]
    header.setSortIndicator(ArticleListModel.PENDING, Qt.SortOrder.DescendingOrder)
    assert titles(model)[0] == "Визит в Вашингтон"  # six pending suggestions
    assert model.headerData(ArticleListModel.PENDING, Qt.Orientation.Horizontal) == "Pending"


def test_filters_by_label_and_pending(window, store) -> None:
    panel = window.views.article_list
    panel.label_filter.setCurrentIndex(panel.label_filter.findData("ORG"))
    assert sorted(titles(panel.model)) == ["Визит в Вашингтон", "Третья"]
    panel.label_filter.setCurrentIndex(0)
    panel.pending_only.setChecked(True)
    assert "Эмодзи" not in titles(panel.model)  # no suggestions at all


def test_an_article_not_yet_suggested_shows_no_zero(window, store) -> None:
    model = window.views.article_model
    fresh = store.articles.add(Document(Article(text="Новая статья о Москве.", title="Новая")))
    model.update()
    row = model.row_of(fresh)
    assert model.index(row, ArticleListModel.PENDING).data() == "—"
    tip = model.index(row, ArticleListModel.PENDING).data(Qt.ItemDataRole.ToolTipRole)
    assert "Not suggested yet" in tip
    assert model.index(titles(model).index("Эмодзи"), ArticleListModel.PENDING).data() == 0
    store.suggestions.add(fresh, [], ORIGIN)  # natasha found nothing: that is a real 0
    model.update()
    assert model.index(row, ArticleListModel.PENDING).data() == 0


def test_search_narrows_the_list_and_enter_opens_a_result(window, qtbot) -> None:
    panel = window.views.article_list
    opened = window.state.article_id
    panel.search.setFocus()
    panel.search.insert("силуан")  # typed (QTest types ASCII only)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert window.state.article_id == opened  # typing does not leave the article
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert window.state.article.title == "Третья"
    panel.search.setText("date:2026-01-02")
    qtbot.waitUntil(lambda: titles(panel.model) == ["Эмодзи"])


def test_a_decision_costs_the_same_in_a_large_corpus(qtbot, tmp_path) -> None:
    statements = []
    for count in (3, 600):
        path = tmp_path / f"{count}.db"
        with Store(path) as store:
            fill(store)
            with store.transaction():
                for n in range(count - 3):
                    doc = Document(Article(text=f"Статья {n} о Москве.", status=ArticleStatus.TODO))
                    article_id = store.articles.add(doc)
                    store.suggestions.add(article_id, [Suggestion(12, 18, "LOC")], ORIGIN)
        store = Store(path)
        window = shown_window(store, qtbot)
        seen: list[str] = []
        store.conn.set_trace_callback(seen.append)
        qtbot.keyClick(window.views.text_view, Qt.Key.Key_A)
        qtbot.keyClick(window.views.text_view, Qt.Key.Key_J)
        store.conn.set_trace_callback(None)
        statements.append(seen)
        window.close()
        store.close()
    small, large = statements
    assert len(small) == len(large)
    assert not [s for s in large if "FROM articles a JOIN article_list" in s and "IN (" not in s]
