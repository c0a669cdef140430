"""A decision carried to very many articles is written on a job: the window goes on meanwhile,
one undo step (a job too) takes it all back, and a stopped job changes nothing."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from razmetka.core import everywhere as core_everywhere
from razmetka.core.model import Article, Document, SpanStatus, Suggestion
from razmetka.core.store import Store
from razmetka.ui.window import commands
from razmetka.ui.window import everywhere as everywhere_part
from tests.ui.conftest import ORIGIN

ARTICLES = 12
TEXT = "Газпром сообщил о поставках. Акции Газпрома выросли."


@pytest.fixture
def store(tmp_path, monkeypatch):
    # Large from four articles on: the job's path, on a corpus a test can hold.
    monkeypatch.setattr(commands, "LARGE", 3)
    monkeypatch.setattr(everywhere_part, "LARGE", 3)
    store = Store(tmp_path / "large.db")
    for number in range(ARTICLES):
        article_id = store.articles.add(
            Document(Article(text=f"{TEXT} Выпуск {number}.", external_id=f"g{number}"))
        )
        if number == 0:
            store.suggestions.add(article_id, [Suggestion(0, 7, "ORG")], ORIGIN)
    yield store
    store.close()


def tagged(store: Store) -> int:
    """Accepted ORG spans over the corpus."""
    return sum(
        len([s for s in store.spans.of(a, [SpanStatus.ACCEPTED]) if s.label == "ORG"])
        for a in store.articles.ids()
    )


def accept_and_spread(qtbot, window) -> None:
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_A)
    part = window.everywhere
    source = part.source()
    places = part.places(window.state.article_id, source, whole_corpus=True)
    assert len(places) == 2 * ARTICLES - 1
    part.apply(source, places, part.describe(source))


def test_a_large_decision_runs_as_a_job_and_undoes_as_one(qtbot, window, store) -> None:
    accept_and_spread(qtbot, window)
    large = window.large_edits
    assert large.busy  # the window's thread is free while the job writes
    qtbot.waitUntil(lambda: not large.busy, timeout=30_000)
    assert tagged(store) == 2 * ARTICLES
    index = window.state.index
    assert index.counts[SpanStatus.ACCEPTED] == 2  # the open article shows its new span
    stack = window.state.undo_stack
    assert stack.count() == 2  # the acceptance, and everything else as one step
    qtbot.keySequence(window.views.text_view, QKeySequence(QKeySequence.StandardKey.Undo))
    assert large.busy and tagged(store) == 2 * ARTICLES  # the undo is a job too
    qtbot.waitUntil(lambda: not large.busy, timeout=30_000)
    assert tagged(store) == 1 and stack.index() == 1
    assert window.state.index.counts[SpanStatus.ACCEPTED] == 1
    qtbot.keySequence(window.views.text_view, QKeySequence(QKeySequence.StandardKey.Redo))
    qtbot.waitUntil(lambda: not large.busy, timeout=30_000)
    assert tagged(store) == 2 * ARTICLES and stack.index() == 2


def test_a_stopped_large_decision_changes_nothing(qtbot, window, store, monkeypatch) -> None:
    go_on = threading.Event()
    build = core_everywhere.decide_everywhere

    def slow_build(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        go_on.wait(30)
        return build(*args, **kwargs)

    monkeypatch.setattr(core_everywhere, "decide_everywhere", slow_build)
    accept_and_spread(qtbot, window)
    large = window.large_edits
    assert large.busy
    # While the job holds the file, an undo is refused at once (it would wait and fail busy).
    qtbot.keySequence(window.views.text_view, QKeySequence(QKeySequence.StandardKey.Undo))
    assert "being written" in window.statusBar().currentMessage()
    assert window.state.undo_stack.index() == 1 and tagged(store) == 1
    (job,) = [j for j in window.job_runner.jobs if j.kind == ""]
    job.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: not large.busy, timeout=30_000)
    assert tagged(store) == 1
    assert window.state.undo_stack.count() == 1
    assert "nothing was changed" in window.statusBar().currentMessage()
