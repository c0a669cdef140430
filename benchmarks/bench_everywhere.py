"""The preview of "decide the same everywhere" (Ctrl+Shift+A) on a large corpus: what the
window does between the key and the list on screen, and the one transaction Enter makes.

    PYTHONPATH=desktop .venv/bin/python benchmarks/bench_everywhere.py [--articles 100000]
        [--db big.db]

The corpus is ``bench_propagation``'s (synthetic news, a tenth of it decided); ``--db`` keeps it
in a file for later runs (made when missing). Times, for a rare entity («Акорда», a few hundred
articles) and a common one («Газпром», in a third of the articles): the preview of the open
article, the preview over the corpus in a fresh process state (pymorphy's caches cold) and
again, and building and applying the edits for every place found, as one transaction, rolled
back afterwards. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_propagation import build  # noqa: E402

from razmetka.core import morph  # noqa: E402
from razmetka.core.corpus import occurrences_in_article, occurrences_in_corpus  # noqa: E402
from razmetka.core.everywhere import decide_everywhere  # noqa: E402
from razmetka.core.model import Span  # noqa: E402
from razmetka.core.store import Store  # noqa: E402


def timed(work):  # noqa: ANN001, ANN201
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def source_span(store: Store, stem: str) -> tuple[int, Span]:
    for article, _spans in store.articles.with_spans():
        at = article.text.find(stem)
        if at >= 0:
            end = at
            while end < len(article.text) and article.text[end].isalpha():
                end += 1
            return article.id or 0, Span(at, end, "ORG")
    raise SystemExit(f"no article holds {stem}")


class _RolledBack(Exception):
    pass


def apply_all(store: Store, places, label: str) -> int:  # noqa: ANN001
    """Build and apply the edits in one transaction, then roll it back: returns the edits."""
    edits = decide_everywhere(store, places, label)
    try:
        with store.transaction():
            for edit in edits:
                store.apply(edit)
            raise _RolledBack
    except _RolledBack:
        pass
    return len(edits)


def measure(store: Store, stem: str) -> list[str]:
    article_id, span = source_span(store, stem)
    morph.cache_clear()
    here_s, here = timed(lambda: occurrences_in_article(store, article_id, span))
    morph.cache_clear()
    cold_s, found = timed(lambda: occurrences_in_corpus(store, article_id, span))
    warm_s, _ = timed(lambda: occurrences_in_corpus(store, article_id, span))
    apply_s, edits = timed(lambda: apply_all(store, found, "ORG"))
    articles = len({o.article_id for o in found})
    what = f"{len(found)} places in {articles} articles"
    return [
        f"| «{stem}…» | preview, this article | {here_s:.3f} | {len(here)} places |",
        f"| «{stem}…» | preview, whole corpus, cold | {cold_s:.2f} | {what} |",
        f"| «{stem}…» | preview, whole corpus, again | {warm_s:.2f} | the same |",
        f"| «{stem}…» | Enter: {edits} edits, one transaction | {apply_s:.2f} | rolled back |",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "big.db"
        if not path.exists():
            print(f"{args.articles} articles built in {build(path, args.articles):.0f} s\n")
        with Store(path) as store:
            rows = [*measure(store, "Акорд"), *measure(store, "Газпром")]
            count = store.articles.count() if hasattr(store.articles, "count") else args.articles
    print(f"{count} articles\n")
    print("| entity | measured | seconds | what |\n|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
