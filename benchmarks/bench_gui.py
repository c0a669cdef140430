"""How fast the annotation window is, next to bare Qt doing the same job.

1. Start-up: from process start to a visible, usable window, against a bare PySide6 window with
   a QPlainTextEdit started the same way (target: under 2x).
2. Opening an article, against ``QPlainTextEdit.setPlainText`` of the same text, both painted
   (target: under 1.5x): a 5,000-character article with 50 spans and a 1.5 MB one with 40,000.
   A long article's spans beyond its first screens are read while the window is idle; the time
   to open and read every span, back to back, is shown beside it.
3. Accept or reject: from the key press to the change committed in SQLite and the view repainted
   (target: median under 16 ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py [--runs 5]

Set DISPLAY (e.g. under Xvfb) and QT_QPA_PLATFORM=xcb to measure with a real X server.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PYCACHE = Path(tempfile.gettempdir()) / "razmetka-bench-pycache"

WINDOW_READY = textwrap.dedent(
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def when_ready(kind):
        def check():
            windows = [w for w in QApplication.topLevelWidgets()
                       if w.isVisible() and type(w).__name__ == kind]
            if windows and windows[0].windowHandle() and windows[0].windowHandle().isExposed():
                windows[0].repaint()
                print("READY", flush=True)
                QApplication.instance().exit(0)
            else:
                QTimer.singleShot(1, check)
        QTimer.singleShot(0, check)
    """
)

BARE = WINDOW_READY + textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QMainWindow, QPlainTextEdit
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    editor = QPlainTextEdit()
    editor.setReadOnly(True)
    editor.setPlainText(open(sys.argv[1], encoding="utf-8").read())
    window.setCentralWidget(editor)
    window.resize(1280, 800)
    window.show()
    when_ready("QMainWindow")
    app.exec()
    """
)

RAZMETKA = WINDOW_READY + textwrap.dedent(
    """
    import sys
    from razmetka.ui.app import application, run
    application()
    when_ready("MainWindow")
    run(sys.argv[2])
    """
)


def time_process(script: str, *args: str) -> float:
    env = dict(os.environ)
    # Start as an installed program does: with compiled bytecode (pip compiles on install).
    # Where the environment forbids writing it, every start would compile the program's own
    # modules from source, a cost no user pays; the caches go to a folder of their own.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env["RAZMETKA_ANNOTATOR"] = "bench"  # the analyst's name, asked on a first start
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, timeout=120
    )
    elapsed = time.perf_counter() - start
    if "READY" not in out.stdout:
        raise RuntimeError(f"the window did not come up:\n{out.stderr[-2000:]}")
    return elapsed


def bench_startup(runs: int, folder: Path) -> tuple[float, float]:
    from razmetka.core.importing import import_demo
    from razmetka.core.store import Store

    db = folder / "startup.db"
    with Store(db) as store:
        import_demo(store)
        # Mark every article as seen by a suggester, so the run measures the window, not natasha.
        for article_id in store.articles.ids():
            store.suggestions.add(article_id, [], "bench@0")
        first = store.articles.get(store.articles.ids()[0])
    text_file = folder / "first.txt"
    text_file.write_text(first.text, encoding="utf-8")
    config = folder / "config"
    os.environ["XDG_CONFIG_HOME"] = str(config)  # a fresh QSettings, as on first start
    time_process(BARE, str(text_file))  # warm the file cache for both
    time_process(RAZMETKA, str(text_file), str(db))
    bare, ours = [], []
    for _ in range(runs):
        bare.append(time_process(BARE, str(text_file)))
        shutil.rmtree(config, ignore_errors=True)
        ours.append(time_process(RAZMETKA, str(text_file), str(db)))
    return statistics.median(bare), statistics.median(ours)


# -- synthetic articles -------------------------------------------------------------------------

NAMES = ["Сергей Лавров", "Мария Захарова", "Антон Силуанов", "Эльвира Набиуллина", "Токаев"]
PLACES = ["Москве", "Казани", "Санкт-Петербурге", "Вашингтоне", "Астане", "Новосибирске"]
ORGS = ["Минфин", "Газпром", "Сбербанк", "ООН", "Госдума", "Роснефть"]


def synthetic(length: int, spans: int) -> tuple[str, list]:
    """Russian-looking news text of about ``length`` characters with ``spans`` suggestions,
    paragraphs every few sentences and an emoji now and then (so offsets need converting)."""
    from razmetka.core.model import Suggestion

    parts: list[str] = []
    found: list[Suggestion] = []
    size = 0
    sentence = 0
    filler = " и обсудили вопросы сотрудничества в ближайшие месяцы"
    per_sentence = 3
    sentences_needed = max(1, spans // per_sentence)
    pad = max(0, length // sentences_needed - 90)
    extra = (filler * (pad // len(filler) + 1))[:pad]
    while len(found) < spans:
        name = NAMES[sentence % len(NAMES)]
        place = PLACES[sentence % len(PLACES)]
        org = ORGS[sentence % len(ORGS)]
        pieces = [
            ("", None),
            (name, "PER"),
            (" встретился в ", None),
            (place, "LOC"),
            (" с представителями ", None),
            (org, "ORG"),
            (extra + ". ", None),
        ]
        if sentence % 7 == 3:
            pieces.insert(0, ("🙂 ", None))
        for piece, label in pieces:
            if label is not None and len(found) < spans:
                found.append(Suggestion(size, size + len(piece), label, piece))
            parts.append(piece)
            size += len(piece)
        sentence += 1
        if sentence % 5 == 0:
            parts.append("\n\n")
            size += 2
    text = "".join(parts)
    if len(text) < length:
        text += ("Продолжение следует. " * ((length - len(text)) // 21 + 1))[: length - len(text)]
    return text, found


def paint_all(app: QApplication) -> None:
    """Deliver everything a change asked for, so no side's work spills into the other's
    timing. One pass is not enough: a text view lays its text out while painting, and the
    new length then updates its scroll bar, which repaints in a later pass."""
    for _ in range(PAINT_PASSES):
        app.processEvents()


PAINT_PASSES = 3


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench_open(runs: int, folder: Path) -> list[tuple[str, float, float, float]]:
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from razmetka.core.model import Article, Document
    from razmetka.core.store import Store
    from razmetka.ui.app import application
    from razmetka.ui.main_window import MainWindow

    app = application()
    db = folder / "open.db"
    cases = [("5,000 chars, 50 spans", 5_000, 50), ("1.5 MB, 40,000 spans", 1_500_000, 40_000)]
    store = Store(db)
    ids = []
    for title, length, count in cases:
        text, suggestions = synthetic(length, count)
        article_id = store.articles.add(Document(Article(text=text, title=title)))
        store.suggestions.add(article_id, suggestions, "bench@0")
        ids.append((title, article_id, text))
    # Each measurement starts from this other short article, on both sides.
    other_text, other_suggestions = synthetic(3_000, 30)
    other_text += " "  # a text of its own (the store refuses a duplicate)
    other_id = store.articles.add(Document(Article(text=other_text, title="other")))
    store.suggestions.add(other_id, other_suggestions, "bench@0")
    window = MainWindow(store)
    window.resize(1280, 800)
    window.show()
    plain = QPlainTextEdit()
    plain.setReadOnly(True)
    plain.resize(window.views.text_view.size())
    plain.show()
    app.processEvents()
    results = []
    for title, article_id, text in ids:
        bare, ours, complete = [], [], []
        for _ in range(runs):
            plain.setPlainText(other_text)
            paint_all(app)
            start = time.perf_counter()
            plain.setPlainText(text)
            paint_all(app)
            bare.append(time.perf_counter() - start)

            window.navigation.open_article(other_id)
            paint_all(app)
            window.navigation.free_retired()  # as the window does once idle: free the last article
            start = time.perf_counter()
            window.navigation.open_article(article_id)
            paint_all(app)  # paints the text, the span table and the list
            ours.append(time.perf_counter() - start)

            # A long article opens with the spans of its first screens; the rest is read
            # while the window is idle. Opening plus that reading, back to back:
            window.navigation.open_article(other_id)
            paint_all(app)
            window.navigation.free_retired()
            start = time.perf_counter()
            window.navigation.open_article(article_id)
            paint_all(app)
            window.state.index.finish()
            complete.append(time.perf_counter() - start)
        results.append((title, median_ms(bare), median_ms(ours), median_ms(complete)))
    window.close()
    plain.close()
    store.close()
    QApplication.processEvents()
    return results


def bench_decide(folder: Path, decisions: int) -> list[tuple[str, float, float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from razmetka.core.model import Article, Document
    from razmetka.core.store import Store
    from razmetka.ui.app import application
    from razmetka.ui.main_window import MainWindow

    app = application()
    results = []
    for title, length, count, n in (
        ("5,000 chars, 50 spans", 5_000, 50, decisions),
        ("1.5 MB, 40,000 spans", 1_500_000, 40_000, max(10, decisions // 5)),
    ):
        db = folder / f"decide-{count}.db"
        store = Store(db)
        text, suggestions = synthetic(length, count)
        article_id = store.articles.add(Document(Article(text=text, title=title)))
        store.suggestions.add(article_id, suggestions, "bench@0")
        window = MainWindow(store)
        window.resize(1280, 800)
        window.show()
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        window.navigation.open_article(article_id)
        app.processEvents()
        samples = []
        for number in range(n):
            key = Qt.Key.Key_A if number % 2 == 0 else Qt.Key.Key_X
            start = time.perf_counter()
            QTest.keyClick(window.views.text_view, key)
            paint_all(app)  # every part of the window that changed repaints
            samples.append(time.perf_counter() - start)
        decided = len(store.log.entries(article_id))
        assert decided >= n, "decisions were not committed"
        results.append((title, median_ms(samples), max(samples) * 1000))
        window.close()
        store.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--decisions", type=int, default=40)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="razmetka-bench-"))
    try:
        print(f"Qt platform: {os.environ.get('QT_QPA_PLATFORM')}; runs: {args.runs}")
        bare, ours = bench_startup(args.runs, folder)
        print("\nStart-up to a visible, usable window (median, process start included)")
        print(f"  bare PySide6 window      {bare * 1000:8.0f} ms")
        print(
            f"  Razmetka                 {ours * 1000:8.0f} ms   ratio {ours / bare:.2f} "
            f"(target < 2)"
        )
        print("\nOpening an article, painted (median)")
        for title, plain, window, complete in bench_open(args.runs, folder):
            print(
                f"  {title:24} setPlainText {plain:8.1f} ms   Razmetka {window:8.1f} ms   "
                f"ratio {window / plain:.2f} (target < 1.5)"
            )
            print(f"  {'':24} and every span read (idle work included) {complete:8.1f} ms")
        print("\nAccept or reject, key press to committed and repainted")
        for title, median, worst in bench_decide(folder, args.decisions):
            print(
                f"  {title:24} median {median:6.1f} ms   max {worst:6.1f} ms   (target: median "
                f"< 16)"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
