"""Slow work runs off the GUI thread with progress and cancel; the demo opens with suggestions."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QToolButton

from razmetka.core.model import Article, Document, SpanStatus
from razmetka.core.store import Store
from razmetka.ui import app as ui_app
from razmetka.ui.main_window import MainWindow
from razmetka.ui.window.background import Background
from tests.ui.conftest import shown_window


def test_job_reports_progress_and_cancels(qtbot, window) -> None:
    seen: list[tuple[int, int]] = []

    def work(store, progress, should_stop):
        # Runs until cancelled (a minute at most), however slowly the machine runs the test.
        for done in range(1, 12_000):
            if should_stop():
                return ("cancelled", done, store.articles.count())
            progress(done, 12_000)
            time.sleep(0.005)
        return ("finished", 12_000, 0)

    results: list = []
    job = window.job_runner.run(work, "counting", results.append)
    job.progress.connect(lambda done, total: seen.append((done, total)))
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=30_000)
    indicator = window.statusBar().findChild(QProgressBar)
    assert indicator is not None and indicator.maximum() == 12_000
    # The window answers while the job runs.
    window.navigation.step(1)
    cancel = [b for b in window.statusBar().findChildren(QToolButton) if b.text() == "✕"]
    cancel[0].click()
    qtbot.waitUntil(lambda: bool(results) and window.job_runner.jobs == [], timeout=30_000)
    assert results[0][0] == "cancelled" and results[0][2] == 3  # ran on its own connection
    assert window.job_runner.jobs == []


def test_demo_database_opens_with_the_corpus(qtbot, tmp_path: Path, monkeypatch) -> None:
    started: list = []
    monkeypatch.setattr(Background, "start_suggest", lambda self, *a: started.append(a))
    shown: list[MainWindow] = []

    def close_when_shown() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if windows:
            shown.append(windows[0])
            windows[0].close()  # the last window closed ends the event loop
        else:
            QTimer.singleShot(10, close_when_shown)

    QTimer.singleShot(0, close_when_shown)
    db = tmp_path / "demo.db"
    assert ui_app.run(str(db), demo=True) == 0
    assert shown and shown[0].state.article is not None
    with Store(db) as store:
        assert store.articles.count() == 5
    assert started  # suggestions are asked for in the background, after the window is up


@pytest.mark.slow
def test_background_suggestions_reach_the_open_article(qtbot, tmp_path: Path) -> None:
    text = "Президент Казахстана Касым-Жомарт Токаев прибыл в Вашингтон 😀 на встречу с Трампом."
    store = Store(tmp_path / "s.db")
    article_id = store.articles.add(Document(Article(text=text, title="s")))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert not window.state.index.by_id
    started = time.perf_counter()
    job = window.background.start_suggest()
    assert time.perf_counter() - started < 0.5  # the window never waits for natasha
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    qtbot.waitUntil(lambda: bool(window.state.index.by_id), timeout=5000)
    spans = store.spans.of(article_id, [SpanStatus.SUGGESTED])
    surfaces = {s.surface(text) for s in spans}
    assert "Вашингтон" in surfaces or "Казахстана" in surfaces
    assert window.views.article_model.summary(article_id).pending == len(spans)
    window.close()
    store.close()


@pytest.mark.slow
def test_suggestions_run_in_another_process_and_stop_by_a_key(qtbot, tmp_path: Path) -> None:
    import os

    from PySide6.QtGui import QAction, QKeySequence

    from razmetka.ui.jobs.suggest_process import SuggestProcess

    store = Store(tmp_path / "p.db")
    for n in range(30):
        store.articles.add(Document(Article(text=f"Статья {n}: Токаев прибыл в Москву.")))
    window = shown_window(store, qtbot)
    job = window.background.start_suggest()
    assert isinstance(job, SuggestProcess)
    qtbot.waitUntil(lambda: job.process.processId() > 0, timeout=10_000)
    assert job.process.processId() != os.getpid()  # natasha never runs in the window's interpreter
    reports: list = []
    job.succeeded.connect(reports.append)
    stop = window.findChild(QAction, "stop_suggest")
    assert stop.shortcut() == QKeySequence("Ctrl+.")
    stop.trigger()
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    assert reports and reports[0].cancelled
    from razmetka.core.suggest import default_suggester

    left = store.suggestions.articles_without(default_suggester().origin)
    assert len(left) == 30 - reports[0].articles > 0  # the rest waits for the next run
    window.close()
    store.close()


def test_an_import_shows_its_progress_as_a_share_of_the_files_read(qtbot, window) -> None:
    def work(store, progress, should_stop):
        progress(512, 2048)  # KiB of the files read
        while not should_stop():
            time.sleep(0.005)
        return None

    job = window.job_runner.run(work, "Importing", lambda result: None, "import")

    def labels() -> list[str]:
        return [w.text() for w in window.statusBar().findChildren(QLabel)]

    qtbot.waitUntil(lambda: "Importing 25%" in labels(), timeout=30_000)
    job.cancel()
    qtbot.waitUntil(lambda: window.job_runner.jobs == [], timeout=30_000)
