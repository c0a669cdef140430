"""The dashboard: opened by its key, its charts drawn (or saying there is nothing yet), in the
interface language; matplotlib is not loaded until it opens."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from razmetka.core import actions, charts
from razmetka.core.store import Store
from razmetka.ui.i18n import Translators

from .conftest import shown_window


@pytest.fixture(autouse=True)
def english(qapp):
    """The English translation, for its plural forms ("1 article", "2 articles")."""
    translators = Translators()
    translators.install("en")
    yield translators
    translators.remove_all()


def open_dashboard(window, qtbot):
    """The dashboard as the analyst opens it: the window active, its key pressed."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.dashboard is not None and window.dashboard.isVisible())
    dialog = window.dashboard
    qtbot.waitUntil(lambda: dialog.charts_in is not None, timeout=20_000)
    assert dialog.opened_in is not None and dialog.opened_in <= dialog.charts_in
    return dialog


def chart_words(dialog, name: str) -> list[str]:
    figure = dialog.canvases[name].figure
    words = [figure.axes[0].get_title()]
    words += [t.get_text() for t in figure.axes[0].texts]
    return words


def test_the_key_opens_the_dashboard_with_every_chart(window, store, qtbot):
    a0 = store.articles.find("a0")
    store.apply(actions.accept_all(store, a0))
    store.apply(actions.approve(store, a0))
    dialog = open_dashboard(window, qtbot)
    assert set(dialog.canvases) == set(charts.CHARTS)
    assert all(canvas.isVisible() for canvas in dialog.canvases.values())
    assert chart_words(dialog, "done") == ["Articles done per day"]
    assert "Nothing yet" not in chart_words(dialog, "entities")
    assert "1 article done" in dialog.summary.text()
    assert chart_words(dialog, "agreement")[1] == "agreement needs two analysts' versions"
    dialog.close()


def test_an_empty_database_shows_charts_that_say_nothing_yet(tmp_path, qtbot):
    with Store(tmp_path / "empty.db") as store:
        window = shown_window(store, qtbot)
        dialog = open_dashboard(window, qtbot)
        for name in ("done", "entities", "suggestions", "times"):
            assert chart_words(dialog, name)[1] == "Nothing yet"
        dialog.close()
        window.close()


def test_the_charts_speak_the_interface_language(store, qtbot, english):
    assert english.install("ru")
    window = shown_window(store, qtbot)
    dialog = open_dashboard(window, qtbot)
    assert chart_words(dialog, "done")[0] == "Статьи, завершённые по дням"
    assert chart_words(dialog, "times")[1] == "Пока ничего нет"
    assert dialog.summary.text().startswith("0 статей завершено")
    dialog.close()
    window.close()


def test_reopening_refreshes_the_figures(window, store, qtbot):
    first = open_dashboard(window, qtbot)
    assert "0 articles done" in first.summary.text()
    a0 = store.articles.find("a0")
    store.apply(actions.approve(store, a0))
    first.close()
    second = open_dashboard(window, qtbot)
    assert second is not first
    assert "1 article done" in second.summary.text()
    second.close()


def test_the_window_starts_without_matplotlib(db_path, tmp_path):
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from razmetka.core.store import Store\n"
        "from razmetka.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        f"window = MainWindow(Store({str(db_path)!r}))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))\n"
        "window.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_each_chart_is_drawn_once_on_opening(window, store, qtbot, monkeypatch):
    """A chart is the slow part of the dashboard: none is drawn at a passing size and again."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    drawn: list[str] = []
    draw = FigureCanvasQTAgg.draw

    def counted(canvas: FigureCanvasQTAgg) -> None:
        drawn.append(canvas.objectName())
        draw(canvas)

    monkeypatch.setattr(FigureCanvasQTAgg, "draw", counted)
    dialog = open_dashboard(window, qtbot)
    assert sorted(drawn) == sorted(f"chart_{name}" for name in charts.CHARTS)
    dialog.close()


def test_the_quick_charts_are_drawn_while_the_times_are_read(window, store, qtbot, monkeypatch):
    """The time per article is a pass over every decision: the other charts do not wait for it."""
    import threading

    from razmetka.core import dashboard

    times_may_come = threading.Event()
    with_times = dashboard.with_times

    def slow_times(figures, store, *args):
        times_may_come.wait(timeout=20)
        return with_times(figures, store, *args)

    monkeypatch.setattr(dashboard, "with_times", slow_times)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.dashboard is not None)
    dialog = window.dashboard
    quick = set(charts.CHARTS) - {"times"}
    qtbot.waitUntil(lambda: set(dialog.canvases) == quick, timeout=20_000)
    assert dialog.charts_in is None
    times_may_come.set()
    qtbot.waitUntil(lambda: dialog.charts_in is not None, timeout=20_000)
    assert set(dialog.canvases) == set(charts.CHARTS)
    dialog.close()
