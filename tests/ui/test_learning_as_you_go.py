"""Learning as the analyst goes: decisions in the window reach the suggestions of the articles
the analyst is about to see, without a command, and a decided article is never changed.

The window's suggesting process is ``razmetka suggest --serve`` with natasha itself (slow)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from razmetka.core.model import Article, Document, SpanStatus
from razmetka.core.store import Store
from razmetka.core.suggest import default_suggester, suggest_articles
from razmetka.ui.window import background
from tests.ui.conftest import shown_window

pytestmark = pytest.mark.slow

DAYS = ("в понедельник", "во вторник", "в среду", "в четверг")
TEXTS = [f"Делегация прибыла в Москву {day}, сообщает агентство." for day in DAYS]


def pending(store: Store, article_id: int) -> list[tuple[str, str, str | None]]:
    text = store.articles.get(article_id).text
    return [
        (s.surface(text), s.label, store.suggestions.notes(article_id).get(s.id))
        for s in store.spans.of(article_id, [SpanStatus.SUGGESTED])
    ]


def test_two_relabellings_reach_the_next_articles_while_the_analyst_works(
    qtbot, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(background, "LEARN_AFTER_MS", 100)
    store = Store(tmp_path / "learning.db")
    ids = [store.articles.add(Document(Article(text=text))) for text in TEXTS]
    suggest_articles(store, default_suggester())
    assert pending(store, ids[3]) == [("Москву", "LOC", None)]  # natasha's label
    window = shown_window(store, qtbot)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.background.learn_as_you_go()
    for article_id in ids[:2]:
        window.navigation.open_article(article_id)
        assert window.state.current_span().surface(TEXTS[0]) == "Москву"
        qtbot.keyClick(window.views.text_view, Qt.Key.Key_3)  # ORG
        accepted = store.spans.of(article_id, [SpanStatus.ACCEPTED])
        assert [s.label for s in accepted] == ["ORG"]
    qtbot.waitUntil(lambda: pending(store, ids[3])[0][1] == "ORG", timeout=60_000)
    ((surface, label, note),) = pending(store, ids[2])
    assert (surface, label) == ("Москву", "ORG")
    assert note is not None and note.startswith("learned from 2 decisions")
    decided = store.spans.of(ids[1], [SpanStatus.ACCEPTED])
    assert [(s.surface(TEXTS[1]), s.label) for s in decided] == [("Москву", "ORG")]
    undo = QKeySequence(QKeySequence.StandardKey.Undo)
    for _ in range(2):  # an undone decision teaches nothing any more
        qtbot.keySequence(window.views.text_view, undo)
    qtbot.waitUntil(lambda: pending(store, ids[3])[0][1] == "LOC", timeout=60_000)
    window.job_runner.stop_all()
    window.close()
    store.close()
