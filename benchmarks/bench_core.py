"""Core throughput: import, suggest and JSONL export on the seeds repeated to N articles.

    .venv/bin/python benchmarks/bench_core.py [--articles 2000] [--suggest-articles 2000]

Suggest is compared with raw natasha run in the same process on the same texts: the natasha
recipe from its README (segment, morphology, syntax, NER, normalise every span) with no store.
Prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from razmetka.core.formats.plaintext import split_date
from razmetka.core.importing import import_paths
from razmetka.core.store import Store
from razmetka.core.suggest import suggest_articles
from razmetka.core.suggest.natasha_ner import NatashaNer

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(count: int) -> list[str]:
    """``count`` distinct article texts made from the seeds (a numbered closing line each)."""
    seeds = [split_date(p.read_text(encoding="utf-8"))[1] for p in sorted(SEEDS.glob("*.txt"))]
    return [f"{seeds[i % len(seeds)]}\n\nМатериал {i}." for i in range(count)]


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def bench_import(texts: list[str], folder: Path) -> dict[str, float]:
    jsonl = folder / "corpus.jsonl"
    with jsonl.open("w", encoding="utf-8") as out:
        for i, text in enumerate(texts):
            out.write(json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) + "\n")
    txt_dir = folder / "txt"
    txt_dir.mkdir()
    for i, text in enumerate(texts):
        (txt_dir / f"a{i:05}.txt").write_text(f" date 2026-01-01 {text}", encoding="utf-8")
    results = {}
    for name, path in (("import JSONL", jsonl), ("import .txt folder", txt_dir)):
        db = folder / f"{name.replace(' ', '_')}.db"
        with Store(db) as store:
            seconds = timed(lambda store=store, path=path: import_paths(store, [path]))
            assert store.articles.count() == len(texts)
        results[name] = len(texts) / seconds
    return results


def raw_natasha(texts: list[str], suggester: NatashaNer) -> float:
    from natasha import Doc

    m = suggester._models
    assert m is not None

    def run() -> None:
        for text in texts:
            doc = Doc(text)
            doc.segment(m["segmenter"])
            doc.tag_morph(m["morph"])
            doc.parse_syntax(m["syntax"])
            doc.tag_ner(m["ner"])
            for span in doc.spans:
                span.normalize(m["vocab"])

    return len(texts) / timed(run)


def bench_suggest(texts: list[str], folder: Path) -> dict[str, float]:
    suggester = NatashaNer()
    load = timed(suggester.load)
    suggester.suggest(texts[0])  # warm the first-call paths of both
    rates_raw, rates_adapter, rates_store = [], [], []
    with Store(folder / "suggest.db") as store:
        import_paths_from_texts(store, texts)
        ids = store.articles.ids()
        half = len(ids) // 2
        # Interleave halves so drift on a shared machine hits both sides alike.
        for part in (slice(0, half), slice(half, None)):
            chunk = texts[part]
            rates_raw.append(raw_natasha(chunk, suggester))
            rates_adapter.append(
                len(chunk) / timed(lambda chunk=chunk: [suggester.suggest(t) for t in chunk])
            )
            part_ids = ids[part]
            rates_store.append(
                len(part_ids)
                / timed(lambda part_ids=part_ids: suggest_articles(store, suggester, part_ids))
            )
    return {
        "natasha model load (s)": load,
        "raw natasha": statistics.mean(rates_raw),
        "suggester without store": statistics.mean(rates_adapter),
        "razmetka suggest (store)": statistics.mean(rates_store),
    }


def import_paths_from_texts(store: Store, texts: list[str]) -> None:
    from razmetka.core.model import Article, Document

    with store.transaction():
        for i, text in enumerate(texts):
            store.articles.add(Document(Article(text=text, external_id=f"a{i}")))


def bench_export(texts: list[str], folder: Path) -> dict[str, float]:
    from razmetka.core import actions
    from razmetka.core.export import ExportOptions, export
    from razmetka.core.model import ArticleStatus, Suggestion

    results = {}
    with Store(folder / "export.db") as store:
        import_paths_from_texts(store, texts)
        # Give every article spans: the first word of each paragraph, accepted.
        with store.transaction():
            for article in store.articles.stream():
                spans = []
                offset = 0
                for para in article.text.split("\n"):
                    word = para.split(" ")[0]
                    if len(word) > 2 and word.isalpha():
                        spans.append(Suggestion(offset, offset + len(word), "ORG"))
                    offset += len(para) + 1
                store.suggestions.add(article.id, spans, "bench@1")
                store.apply(actions.accept_all(store, article.id))
                store.apply(actions.set_status(store, article.id, ArticleStatus.DONE))
        out = folder / "out.jsonl"
        seconds = timed(lambda: export(store, ExportOptions(format="jsonl", out=out)))
        results["export JSONL"] = len(texts) / seconds
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--suggest-articles", type=int, default=2000)
    parser.add_argument("--skip-suggest", action="store_true")
    args = parser.parse_args(argv)
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        texts = corpus(args.articles)
        for name, rate in bench_import(texts, folder).items():
            rows.append((name, f"{rate:,.0f} articles/s", "target ≥ 2,000 articles/s"))
        for name, rate in bench_export(texts, folder).items():
            rows.append((name, f"{rate:,.0f} articles/s", "target ≥ 5,000 articles/s"))
        if not args.skip_suggest:
            result = bench_suggest(corpus(args.suggest_articles), folder)
            raw = result["raw natasha"]
            rows.append(("natasha model load", f"{result['natasha model load (s)']:.2f} s", ""))
            for name in ("raw natasha", "suggester without store", "razmetka suggest (store)"):
                share = f"{100 * result[name] / raw:.0f}% of raw natasha"
                rows.append((name, f"{result[name]:,.1f} articles/s", share))
    print(
        f"Articles: {args.articles} (suggest: {args.suggest_articles}); "
        f"Python {sys.version.split()[0]}\n"
    )
    print("| measure | result | note |\n|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
