"""One decision for every occurrence, and the lessons the learned suggester reads, on a large
corpus.

    PYTHONPATH=desktop .venv/bin/python benchmarks/bench_propagation.py [--articles 100000]

Builds a store of N synthetic news articles in one transaction (each a few sentences of
ordinary words, some naming people, places and organisations in various case forms, with
accepted and rejected spans on a tenth of them), then times: the lessons query
(``store.lessons.all()``), the lexicon built from it, and ``occurrences_in_corpus`` for one
entity (the preview of "apply to all"), cold and warm. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from razmetka.core.corpus import occurrences_in_corpus  # noqa: E402
from razmetka.core.model import Article, Document, Span, SpanStatus  # noqa: E402
from razmetka.core.store import Store  # noqa: E402
from razmetka.core.suggest.combined import lexicon_from_store  # noqa: E402

_PLAIN = (
    "сегодня вчера заявил сообщил правительство министр встреча переговоры город область "
    "компания рынок цены рост снижение решение проект закон суд депутаты выборы"
)
WORDS = _PLAIN.split()
# (forms, label): the rare entity is the one previewed; the others fill the corpus.
NAMES = [
    (["Акорда", "Акорды", "Акорде", "Акорду"], "ORG"),
    (["Лавров", "Лаврова", "Лаврову"], "PER"),
    (["Москва", "Москвы", "Москве"], "LOC"),
    (["Газпром", "Газпрома", "Газпрому"], "ORG"),
]


def article(n: int, rng: random.Random) -> Document:
    parts, spans = [], []
    at = 0
    for _ in range(rng.randint(20, 60)):
        if rng.random() < 0.08:
            forms, label = NAMES[0] if rng.random() < 0.0015 else rng.choice(NAMES[1:])
            word = rng.choice(forms)
            if n % 10 == 0:
                status = SpanStatus.ACCEPTED if rng.random() < 0.9 else SpanStatus.REJECTED
                spans.append(Span(at, at + len(word), label, status, normal=forms[0]))
        else:
            word = rng.choice(WORDS)
        parts.append(word)
        at += len(word) + 1
    return Document(Article(text=" ".join(parts) + ".", external_id=f"n{n}"), tuple(spans))


def build(path: Path, count: int) -> float:
    rng = random.Random(1)
    started = time.perf_counter()
    with Store(path) as store, store.transaction():
        for n in range(count):
            store.articles.add(article(n, rng))
    return time.perf_counter() - started


def timed(work):  # noqa: ANN001, ANN201
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.db"
        built = build(path, args.articles)
        with Store(path) as store:
            lessons_s, lessons = timed(store.lessons.all)
            lexicon_s, lexicon = timed(lambda: lexicon_from_store(store))
            source = next(a for a, _ in store.articles.with_spans() if "Акорд" in a.text)
            span = Span(*_first(source.text, "Акорд"), "ORG")
            cold_s, found = timed(lambda: occurrences_in_corpus(store, source.id or 0, span))
            warm_s, _ = timed(lambda: occurrences_in_corpus(store, source.id or 0, span))
            articles = len({o.article_id for o in found})
    print(f"{args.articles} articles built in {built:.0f} s\n")
    print("| measured | seconds | what |\n|---|---|---|")
    print(f"| store.lessons.all() | {lessons_s:.2f} | {len(lessons)} lessons |")
    print(
        f"| lexicon from the store (query included) | {lexicon_s:.2f} | {len(lexicon)} entities |"
    )
    what = f"{len(found)} occurrences in {articles} articles"
    print(f"| occurrences_in_corpus, first call | {cold_s:.2f} | {what} |")
    print(f"| occurrences_in_corpus, again | {warm_s:.2f} | the same |")
    return 0


def _first(text: str, stem: str) -> tuple[int, int]:
    start = text.index(stem)
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return start, end


if __name__ == "__main__":
    raise SystemExit(main())
