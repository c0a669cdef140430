"""The check panel by keys: F7 lists the findings, Enter opens the place a finding names,
Ctrl+Shift+F fixes it as one undoable edit."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from razmetka.core import actions
from razmetka.core.model import Article, ArticleStatus, Document, Span, SpanStatus
from razmetka.core.store import Store

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ARTICLES = [
    ("Пресс-служба Акорды сообщила. Потом Акорда молчала.", "Акорды", "ORG"),
    ("Акорда ответила.", "Акорда", "ORG"),
    ("Акорда заявила.", "Акорда", "PER"),
]


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "check.db")
    for number, (text, name, label) in enumerate(ARTICLES):
        start = text.index(name)
        span = Span(start, start + len(name), label, SpanStatus.ACCEPTED)
        article_id = store.articles.add(
            Document(Article(text=text, external_id=f"c{number}"), (span,))
        )
        store.apply(actions.set_status(store, article_id, ArticleStatus.IN_PROGRESS))
    yield store
    store.close()


def labels_of(store: Store, external_id: str) -> list[str]:
    article_id = store.articles.find(external_id)
    return [s.label for s in store.spans.of(article_id, [SpanStatus.ACCEPTED])]


def test_open_and_fix_findings_by_keys(qtbot, window, store) -> None:
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_F7)
    panel = window.checking.panel
    assert panel.isVisible()
    tree = panel.tree
    assert tree.topLevelItemCount() == 2
    assert "accepted under 2 label" in tree.topLevelItem(0).text(0)
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # the labels finding: its odd place
    odd = store.articles.find("c2")
    assert window.state.article_id == odd
    current = window.state.current_span()
    assert (current.label, current.surface(window.state.index.text)) == ("PER", "Акорда")
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_F, CTRL_SHIFT)
    assert labels_of(store, "c2") == ["ORG"]
    assert tree.topLevelItemCount() == 1  # fixed, it goes
    qtbot.keySequence(window.views.text_view, QKeySequence(QKeySequence.StandardKey.Undo))
    assert labels_of(store, "c2") == ["PER"]
    qtbot.keySequence(window.views.text_view, QKeySequence(QKeySequence.StandardKey.Redo))
    assert labels_of(store, "c2") == ["ORG"]

    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    assert "left untagged" in tree.topLevelItem(0).text(0)
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # the missed name, selected in its text
    first = store.articles.find("c0")
    assert window.state.article_id == first
    text = window.state.index.text
    assert window.views.text_view.selection() == (text.index("Акорда"), text.index("Акорда") + 6)
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_F, CTRL_SHIFT)
    spans = store.spans.of(first, [SpanStatus.ACCEPTED])
    assert sorted((s.surface(text), s.label, s.normal) for s in spans)[0] == (
        "Акорда",
        "ORG",
        "Акорда",
    )
    assert tree.topLevelItemCount() == 0


def test_no_fix_for_bounds(qtbot, window, store) -> None:
    article_id = store.articles.add(
        Document(
            Article(text="Визит в Акорду Астаны.", external_id="c3"),
            (Span(8, 21, "ORG", SpanStatus.ACCEPTED),),
        )
    )
    assert article_id
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_F7)
    tree = window.checking.panel.tree
    kinds = [
        tree.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole + 1).kind
        for n in range(tree.topLevelItemCount())
    ]
    assert "bounds" in kinds
    tree.setCurrentItem(tree.topLevelItem(kinds.index("bounds")))
    before = [store.spans.of(a) for a in (article_id,)]
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_F, CTRL_SHIFT)
    assert "No fix" in window.statusBar().currentMessage()
    assert [store.spans.of(a) for a in (article_id,)] == before


def test_findings_and_their_fix_in_russian(qtbot, window, store) -> None:
    from razmetka.core.check import Finding
    from razmetka.ui.i18n import Translators
    from razmetka.ui.wording import finding_words

    translators = Translators()
    assert translators.install("ru")
    try:
        qtbot.keyClick(window.views.text_view, Qt.Key.Key_F7)
        tree = window.checking.panel.tree
        texts = [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())]
        assert len(texts) == 2, texts
        latin = re.compile(r"\b(?!PER\b|LOC\b|ORG\b)[A-Za-z]{3,}\b")
        assert [latin.findall(text) for text in texts] == [[], []], texts
        assert "под 2 разными метками (ORG 1, PER 1)" in texts[0]
        assert "не отмечено 1 раз" in texts[1]
        bounds = Finding("bounds", "Акорду", (), name_label="ORG", longer="Акорду Астаны")
        assert finding_words(bounds) == "ORG «Акорду» принято и как «Акорду Астаны»: разные границы"
        tree.setCurrentItem(tree.topLevelItem(0))
        qtbot.keyClick(window.views.text_view, Qt.Key.Key_F, CTRL_SHIFT)
        assert labels_of(store, "c2") == ["ORG"]
        undo_text = window.state.undo_stack.text(window.state.undo_stack.count() - 1)
        assert undo_text.startswith("Исправить: «Акорда»"), undo_text
        assert not latin.findall(undo_text), undo_text
    finally:
        translators.install("en")


def test_the_panel_is_made_when_the_check_first_runs(qtbot, window) -> None:
    from PySide6.QtWidgets import QDockWidget

    # A dock and a tree widget cost every start of the window 15 ms; F7 makes them.
    assert window.findChildren(QDockWidget) == []
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_F7)
    assert window.checking.panel.isVisible()


def test_the_panel_leaves_the_article_list_its_titles(qtbot, window) -> None:
    # Seen in the window: docked beside it, the panel took its width from the article list,
    # and the titles shrank to «С…».
    window.resize(1400, 880)
    qtbot.wait(100)
    view = window.views.article_list.view
    before = view.columnWidth(0)
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: window.checking.panel.isVisible())
    qtbot.wait(100)
    assert view.columnWidth(0) >= before - 5


def test_the_panel_comes_back_where_the_analyst_left_it(qtbot, window, store) -> None:
    from razmetka.ui.main_window import MainWindow

    qtbot.keyClick(window.views.text_view, Qt.Key.Key_F7)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.checking.panel)
    window.save_layout()
    again = MainWindow(store)
    qtbot.addWidget(again)
    again.show()
    qtbot.keyClick(again.views.text_view, Qt.Key.Key_F7)
    assert again.dockWidgetArea(again.checking.panel) is Qt.DockWidgetArea.LeftDockWidgetArea
    again.close()
