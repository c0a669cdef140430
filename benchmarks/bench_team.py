"""Shared work on a corpus: assign, pack, merge, merge again and agreement, timed.

    PYTHONPATH=desktop .venv/bin/python benchmarks/bench_team.py [--articles 5000]

Also the list of disputed articles (the window's next disputed article) and an export of
each analyst's version. The corpus is the seeds repeated to N articles, with a suggestion for
every capitalised word (no natasha: its time is not the team's). Three analysts, 10% of the
articles to two of them; each analyst's work (untimed) decides every article of their package
at random. Prints a markdown table of seconds.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from razmetka.core import actions
from razmetka.core.export import ExportOptions, export
from razmetka.core.formats.plaintext import split_date
from razmetka.core.model import Article, Document, SpanStatus, Suggestion
from razmetka.core.store import Store
from razmetka.core.team.adjudicate import disputed
from razmetka.core.team.agreement import agreement
from razmetka.core.team.assign import assign
from razmetka.core.team.merge import merge
from razmetka.core.team.pack import pack

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ANALYSTS = ["anna", "boris", "vera"]
WORD = re.compile(r"\b[А-ЯЁ][а-яё]+\b")


def build(path: Path, count: int) -> None:
    seeds = [split_date(p.read_text(encoding="utf-8"))[1] for p in sorted(SEEDS.glob("*.txt"))]
    with Store(path) as store, store.transaction():
        for number in range(count):
            text = f"{seeds[number % len(seeds)]}\n\nМатериал {number}."
            article_id = store.articles.add(Document(Article(text=text)))
            assert article_id is not None
            found = [
                Suggestion(m.start(), m.end(), ("PER", "LOC", "ORG")[len(m.group()) % 3])
                for m in WORD.finditer(text)
            ]
            store.suggestions.add(article_id, found, "pattern@1")


def work(path: Path, analyst: str, seed: int) -> None:
    """An analyst deciding every article of their package (accept, reject or relabel each
    suggestion at random, then done)."""
    rng = random.Random(seed)
    with Store(path, annotator=analyst) as store:
        for article_id in store.articles.ids():
            for span in store.spans.of(article_id, [SpanStatus.SUGGESTED])[:6]:
                roll = rng.random()
                if roll < 0.15:
                    store.apply(actions.reject(store, span.id or 0))
                elif roll < 0.2:
                    store.apply(actions.relabel(store, span.id or 0, "ORG"))
            store.apply(actions.accept_all(store, article_id))
            store.apply(actions.approve(store, article_id))


def timed(work: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=5000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-team-"))
    origin = folder / "origin.db"
    build(origin, args.articles)
    rows: list[tuple[str, float, str]] = []
    with Store(origin) as store:
        seconds, report = timed(lambda: assign(store, ANALYSTS, 0.1))
        rows.append(("assign", seconds, report.summary()))  # type: ignore[attr-defined]
        packages = []
        for name in ANALYSTS:
            seconds, made = timed(lambda name=name: pack(store, name, folder / f"{name}.pkg"))
            rows.append((f"pack {name}", seconds, made.summary()))  # type: ignore[attr-defined]
            packages.append(made.path)  # type: ignore[attr-defined]
    for number, (name, path) in enumerate(zip(ANALYSTS, packages, strict=True)):
        work(path, name, number)
    with Store(origin) as store:
        for title in ("merge", "merge again"):
            seconds, merged = timed(lambda: merge(store, packages))
            rows.append((title, seconds, merged.summary()))  # type: ignore[attr-defined]
        seconds, pairs = timed(lambda: agreement(store))
        compared = sum(p.articles for p in pairs)  # type: ignore[attr-defined]
        rows.append(("agreement", seconds, f"{len(pairs)} pairs, {compared} articles"))  # type: ignore[arg-type]
        seconds, found = timed(lambda: disputed(store))
        rows.append(("disputed articles", seconds, f"{len(found)} articles"))  # type: ignore[arg-type]
        out = folder / "versions.jsonl"
        options = ExportOptions(format="jsonl", out=out, versions=True)
        seconds, written = timed(lambda: export(store, options))
        rows.append(("export --versions (jsonl)", seconds, f"{written.articles} records"))  # type: ignore[attr-defined]
    print(f"{args.articles} articles, analysts {', '.join(ANALYSTS)}, overlap 0.1\n")
    print("| step | seconds | result |\n|---|---:|---|")
    for title, seconds, what in rows:
        print(f"| {title} | {seconds:.2f} | {what} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
