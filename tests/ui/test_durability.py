"""Nothing is ever lost: decisions survive a killed process, positions survive a restart, and
two windows on one file do not corrupt it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from razmetka.core.model import ArticleStatus, SpanStatus
from razmetka.core.store import Store
from razmetka.ui.main_window import MainWindow
from tests.conftest import rows

from .test_actions import press, span_by_text

DRIVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from razmetka.ui.app import application, run
    from razmetka.ui.main_window import MainWindow

    def drive():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        view = window.views.text_view
        QTest.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(view, Qt.Key.Key_A)  # accept Минфин, move on to Антон Силуанов
        print("DECIDED", window.state.article.id, window.state.current_id, flush=True)

    application()
    QTimer.singleShot(300, drive)
    run(sys.argv[1])
    """
)


@contextmanager
def driven_window(
    driver: str, args: list[str], config: Path, annotator: str = "tester"
) -> Iterator[subprocess.Popen]:
    """The window as a program of its own, run by ``driver`` (a script that presses its keys)
    with settings of its own (and a name, so it does not ask one); killed with SIGKILL as the
    block ends, whatever happened in it."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(config),
        RAZMETKA_ANNOTATOR=annotator,
    )
    process = subprocess.Popen(
        [sys.executable, "-c", driver, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        yield process
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)


def _read_line(process: subprocess.Popen, prefix: str, timeout: float) -> str:
    """The first line of the child's output that starts with ``prefix``."""
    result: list[str] = []

    def reader() -> None:
        for line in process.stdout:
            if line.startswith(prefix):
                result.append(line)
                return

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    thread.join(timeout)
    assert result, "the driven window did not report"
    return result[0]


def test_decision_survives_sigkill(tmp_path: Path, db_path: Path) -> None:
    with driven_window(DRIVER, [str(db_path)], tmp_path / "config") as process:
        line = _read_line(process, "DECIDED", timeout=60)
        _word, article_id, span_id = line.split()
        # While the first program still holds the file, a second one writes to it.
        with Store(db_path) as other:
            from razmetka.core import actions

            other.apply(actions.approve(other, other.articles.find("a1")))
    assert process.returncode == -signal.SIGKILL

    with Store(db_path) as store:
        assert rows(store, "PRAGMA integrity_check") == [("ok",)]
        a2 = store.articles.find("a2")
        assert int(article_id) == a2
        minfin = span_by_text(store, a2, "Минфин")
        assert minfin.status is SpanStatus.ACCEPTED
        assert store.articles.status(a2) is ArticleStatus.IN_PROGRESS
        assert store.articles.status(store.articles.find("a1")) is ArticleStatus.DONE
        # The open article and the current span were saved as they changed.
        assert store.state.get("ui.article") == article_id
        assert store.state.get("ui.span") == span_id


def test_reopen_restores_article_and_position(qtbot, db_path: Path) -> None:
    with Store(db_path) as store:
        first = MainWindow(store)
        qtbot.addWidget(first)
        first.show()
        a2 = store.articles.find("a2")
        first.navigation.open_article(a2)
        target = span_by_text(store, a2, "Антон Силуанов")
        first.navigation.set_current(target.id)
        first.close()

    with Store(db_path) as store:
        second = MainWindow(store)
        qtbot.addWidget(second)
        second.show()
        qtbot.waitExposed(second)
        assert second.state.article.id == a2
        assert second.state.current_id == target.id
        assert second.views.article_list.view.currentIndex().data() == "Третья"
        second.close()


def test_window_layout_is_remembered(qtbot, store) -> None:
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.views.splitter.setSizes([150, 350, 200])
    sizes = first.views.splitter.sizes()
    first.close()
    second = MainWindow(store)
    qtbot.addWidget(second)
    second.show()
    assert second.size().width() == 700
    assert second.views.splitter.sizes() == sizes
    second.close()


def activate(qtbot, window: MainWindow) -> None:
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_two_windows_on_one_file(qtbot, db_path: Path, monkeypatch) -> None:
    store_1, store_2 = Store(db_path), Store(db_path)
    try:
        one, two = MainWindow(store_1), MainWindow(store_2)
        for window in (one, two):
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
        a0 = store_1.articles.find("a0")
        span = span_by_text(store_1, a0, "Казахстана")

        activate(qtbot, one)
        press(qtbot, one, Qt.Key.Key_A)
        assert store_2.spans.get(span.id).status is SpanStatus.ACCEPTED

        # The second window still shows the suggestion; its decision reads the store afresh.
        assert two.state.index.get(span.id).status is SpanStatus.SUGGESTED
        activate(qtbot, two)
        two.navigation.set_current(span.id)
        press(qtbot, two, Qt.Key.Key_X)
        assert store_1.spans.get(span.id).status is SpanStatus.REJECTED

        # The first window's undo expected "accepted": refused, and nothing is half-written.
        activate(qtbot, one)
        qtbot.keyClick(one.views.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert "Not saved" in one.statusBar().currentMessage()
        assert store_1.spans.get(span.id).status is SpanStatus.REJECTED
        assert one.state.index.get(span.id).status is SpanStatus.REJECTED
        assert rows(store_1, "PRAGMA integrity_check") == [("ok",)]
        actions_logged = [d["action"] for d in store_1.log.entries(a0) if d["span_id"] == span.id]
        assert actions_logged == ["accept", "reject"]

        # Activating a window reloads what another one wrote.
        from razmetka.ui.dialogs import pending_done

        # Suggestions are left: asked, the analyst accepts them all.
        monkeypatch.setattr(pending_done, "ask", lambda *_: pending_done.PendingChoice.ACCEPT)
        activate(qtbot, two)
        press(qtbot, two, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        activate(qtbot, one)
        assert one.views.article_model.summary(a0).status is ArticleStatus.DONE
        one.close()
        two.close()
    finally:
        store_1.close()
        store_2.close()


def test_reopen_restores_the_scroll_position(qtbot, db_path: Path) -> None:
    long_text = "\n\n".join(f"Абзац {n}: Москва, Казань и Пермь." for n in range(400))
    with Store(db_path) as store:
        from razmetka.core.model import Article, Document

        article_id = store.articles.add(Document(Article(text=long_text, title="long")))
        first = MainWindow(store)
        qtbot.addWidget(first)
        first.show()
        qtbot.waitExposed(first)
        first.navigation.open_article(article_id)
        target = long_text.index("Абзац 300")
        first.views.text_view.scroll_to_index(target)
        assert first.views.text_view.first_visible_index() == target
        first.close()
        assert store.state.get("ui.scroll") == str(target)

        second = MainWindow(store)
        qtbot.addWidget(second)
        second.show()
        qtbot.waitExposed(second)
        qtbot.waitUntil(lambda: second.views.text_view.first_visible_index() == target)
        assert second.state.article.id == article_id
        second.close()
