"""A decision carried to every occurrence survives a killed process: the window as a program
of its own, driven by keys (accept, Ctrl+Shift+A, the whole corpus, Enter), killed with
SIGKILL once it has said the decision is made, and the file read back."""

from __future__ import annotations

import signal
import textwrap
from pathlib import Path

import pytest

from razmetka.core.model import Article, Document, SpanStatus, Suggestion
from razmetka.core.store import Store
from tests.conftest import rows
from tests.ui.conftest import ORIGIN

from .test_durability import _read_line, driven_window

ARTICLES = 8

DRIVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from razmetka.ui.app import application, run
    from razmetka.ui.main_window import MainWindow
    from razmetka.ui.window import commands, everywhere

    if sys.argv[2] == "job":  # every decision on more than one article is written on a job
        commands.LARGE = everywhere.LARGE = 1
    CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

    def in_preview():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, in_preview)
            return
        QTest.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)

    def drive():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        view = window.views.text_view
        QTest.keyClick(view, Qt.Key.Key_A)  # accept «Газпром»
        QTimer.singleShot(100, in_preview)
        QTest.keyClick(view, Qt.Key.Key_A, CTRL_SHIFT)  # the preview, until Enter closes it
        report(window)

    def report(window):
        if window.large_edits.busy:
            QTimer.singleShot(50, lambda: report(window))
            return
        print("SPREAD", window.state.undo_stack.count(), flush=True)

    application()
    QTimer.singleShot(300, drive)
    run(sys.argv[1])
    """
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "spread.db"
    with Store(path) as store:
        for number in range(ARTICLES):
            text = f"Выпуск {number}. Акции Газпрома выросли."
            if number == 0:
                text = "Газпром сообщил о поставках."
            article_id = store.articles.add(Document(Article(text=text, external_id=f"s{number}")))
            if number == 0:
                store.suggestions.add(article_id, [Suggestion(0, 7, "ORG")], ORIGIN)
    return path


@pytest.mark.parametrize("way", ["here", "job"])
def test_a_decision_everywhere_survives_sigkill(tmp_path: Path, corpus: Path, way: str) -> None:
    with driven_window(DRIVER, [str(corpus), way], tmp_path / "config") as process:
        line = _read_line(process, "SPREAD", timeout=90)
    assert process.returncode == -signal.SIGKILL
    assert line.split()[1] == "2"  # the acceptance, and the decision everywhere as one step

    with Store(corpus) as store:
        assert rows(store, "PRAGMA integrity_check") == [("ok",)]
        for number in range(ARTICLES):
            article_id = store.articles.find(f"s{number}")
            text = store.articles.get(article_id).text
            spans = store.spans.of(article_id, [SpanStatus.ACCEPTED])
            assert [(s.surface(text), s.label) for s in spans] == [
                ("Газпром" if number == 0 else "Газпрома", "ORG")
            ]
            if number:
                actions = [entry["action"] for entry in store.log.entries(article_id)]
                assert "decide everywhere" in actions
