"""How soon the analyst's decisions reach the next articles' suggestions, on a big file.

1.5 s after the analyst's last decision the window asks its suggesting process to learn again
and bring the next 5 articles up to date; when no suggesting process runs (every article has
its suggestions), it starts one for them: ``razmetka suggest --serve --refresh ID...``. This
starts that process the way the window does, ``--runs`` times on the next undecided articles,
and times from its start to its answers: natasha loaded, every decision in the file learned
again (``store.lessons``, the lexicon, the boundary conventions), and the last of the 5
articles brought up to date.

    PYTHONPATH=desktop .venv/bin/python benchmarks/bench_learn_as_you_go.py --db FILE [--runs 5]

FILE is a database with the corpus and decisions, e.g. 100,000 articles of
``benchmarks/corpus.py`` imported, suggested, and a few thousand accepted (``razmetka accept``).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

AHEAD = 5  # ui/window/background.py LEARN_AHEAD


def undecided(db: Path, count: int, skip: int) -> list[int]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT id FROM articles WHERE status = 'todo' ORDER BY id LIMIT ? OFFSET ?",
            (count, skip),
        )
        return [r[0] for r in rows]


def decided(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as conn:
        articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        done = conn.execute("SELECT COUNT(*) FROM articles WHERE status != 'todo'").fetchone()[0]
        spans = conn.execute("SELECT COUNT(*) FROM spans WHERE status != 'suggested'").fetchone()
    return articles, done, spans[0]


def run_once(db: Path, ids: list[int], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from the process's start to its first article, and to its end."""
    command = [sys.executable, "-m", "razmetka", "--db", str(db), "suggest", "--serve"]
    started = time.perf_counter()
    service = subprocess.Popen(
        [*command, "--refresh", *map(str, ids)],
        stdin=subprocess.PIPE,  # kept open, as the window keeps it: its end means stop
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert service.stdout is not None
    first = None
    for line in service.stdout:
        if first is None and "article" in json.loads(line):
            first = time.perf_counter() - started
    service.wait(timeout=600)
    return first or 0.0, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent / "desktop"))
    firsts, ends = [], []
    for run in range(args.runs):
        first, end = run_once(args.db, undecided(args.db, AHEAD, run * AHEAD), env)
        firsts.append(first)
        ends.append(end)
    articles, done, spans = decided(args.db)
    print(f"{articles:,} articles, {done:,} decided, {spans:,} decided spans; {args.runs} runs\n")
    print("| from the learn to | median | slowest |\n|---|---|---|")
    for name, values in (
        ("the first article up to date (start, natasha, learning)", firsts),
        (f"all {AHEAD} next articles up to date", ends),
    ):
        print(f"| {name} | {statistics.median(values):.2f} s | {max(values):.2f} s |")


if __name__ == "__main__":
    main()
