"""A decision carried to tens of thousands of articles in the window: how long the key takes
to return, how long the job writes, and the longest the window's event loop waits meanwhile
(a timer every 20 ms notes the gaps), for the decision and for its undo.

    PYTHONPATH=desktop QT_QPA_PLATFORM=offscreen .venv/bin/python \
        benchmarks/bench_large_decision.py [--articles 100000] [--db big.db]

The corpus is ``bench_propagation``'s; ``--db`` names a file made by ``bench_everywhere`` (it
is copied: the decision is written). The entity is «Газпром», in two thirds of the articles.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_everywhere import source_span  # noqa: E402
from bench_propagation import build  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from razmetka.core.model import SpanStatus  # noqa: E402
from razmetka.core.store import Store  # noqa: E402


class Gaps:
    """The longest wait of the event loop between two ticks of a 20 ms timer."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.restart()
        self.timer.start(20)

    def restart(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def wait_for(app: QApplication, busy) -> float:  # noqa: ANN001
    started = time.perf_counter()
    while busy():
        app.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - started


def measure(path: Path) -> list[str]:
    from razmetka.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    store = Store(path, annotator="bench")
    article_id, span = source_span(store, "Газпром")
    window = MainWindow(store)
    window.show()
    window.navigation.open_article(article_id)
    app.processEvents()
    source = span.with_(status=SpanStatus.ACCEPTED)
    places = window.everywhere.places(article_id, source, True)
    large, gaps = window.large_edits, Gaps()
    started = time.perf_counter()
    window.everywhere.apply(source, places, "Tag ORG «Газпром» everywhere")
    returned = time.perf_counter() - started
    job_s = wait_for(app, lambda: large.busy)
    apply_gap = gaps.longest
    gaps.restart()
    started = time.perf_counter()
    window.state.undo_stack.undo()
    undo_returned = time.perf_counter() - started
    undo_s = wait_for(app, lambda: large.busy)
    window.close()
    store.close()
    what = f"{len(places)} places in {len({p.article_id for p in places})} articles"
    return [
        f"| Enter: {what} | {returned:.3f} | {job_s:.1f} | {apply_gap * 1000:.0f} |",
        f"| Ctrl+Z: the same, one step | {undo_returned:.3f} | {undo_s:.1f} | "
        f"{gaps.longest * 1000:.0f} |",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args(argv)
    os.environ.setdefault("RAZMETKA_ANNOTATOR", "bench")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("XDG_CONFIG_HOME", str(Path(tmp) / "config"))
        path = Path(tmp) / "big.db"
        if args.db is not None and args.db.exists():
            shutil.copyfile(args.db, path)
        else:
            print(f"{args.articles} articles built in {build(path, args.articles):.0f} s\n")
        rows = measure(path)
    print("| measured | key returns, s | job, s | longest pause of the window, ms |")
    print("|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
