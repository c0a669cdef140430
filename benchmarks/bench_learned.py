"""The learned suggester's cost next to raw natasha NER, and how precise it is alone.

    PYTHONPATH=desktop .venv/bin/python benchmarks/bench_learned.py [GOLD.jsonl] [--learn N]

A lexicon is learned from the gold spans of the first N documents (each span one accepted
decision); the learned suggester then runs over every document, and its proposals on the
documents it did not learn from are compared with their gold spans.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from razmetka.core import morph, occurrences
from razmetka.core.model import Suggestion
from razmetka.core.suggest.learned import Decision, LearnedSuggester, Lexicon, Verdict, combine
from razmetka.core.tokens import Token

GOLD = Path("/work/shared/gold/factrueval-dev.jsonl")


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def lexicon_from(docs: list[dict]) -> Lexicon:
    return Lexicon.from_decisions(
        Decision(span["text"], span["label"], Verdict.ACCEPTED)
        for doc in docs
        for span in doc["spans"]
    )


def seconds(run, texts: list[str]) -> float:
    began = time.perf_counter()
    for text in texts:
        run(text)
    return time.perf_counter() - began


def natasha_runner():
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, ner = Segmenter(), NewsNERTagger(NewsEmbedding())

    def run(text: str):
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(ner)
        return doc

    return run


def interleaved(texts: list[str], suggester: LearnedSuggester, passes: int) -> list[dict]:
    """Seconds per component, each article timed for every component in turn, so that load
    from other work on the machine falls on all of them alike. The first pass starts with an
    empty lemma cache."""
    run_natasha = natasha_runner()
    run_natasha(texts[0])
    morph.cache_clear()
    totals = []
    for _ in range(passes):
        took = dict.fromkeys(["natasha", "learned", "shared", "merge"], 0.0)
        for text in texts:
            began = time.perf_counter()
            doc = run_natasha(text)
            natasha_done = time.perf_counter()
            tokenized = [Token(t.start, t.stop, t.text) for t in doc.tokens]
            words = occurrences.words(text, tokenized)
            learned = suggester.propose(text, words)
            shared_done = time.perf_counter()
            natasha = [Suggestion(s.start, s.stop, s.type) for s in doc.spans]
            combine(text, natasha, learned, suggester.lexicon, words=words)
            merge_done = time.perf_counter()
            suggester.propose(text)
            took["natasha"] += natasha_done - began
            took["shared"] += shared_done - natasha_done
            took["merge"] += merge_done - shared_done
            took["learned"] += time.perf_counter() - merge_done
        totals.append(took)
    return totals


def per_token_cost(texts: list[str]) -> tuple[float, float, int]:
    """Microseconds per token for lemma look-up with an empty cache and with a warm one."""
    words = [token.text for text in texts for token in occurrences.tokens(text)]
    morph.cache_clear()
    cold = seconds(morph.lemmas, words)
    warm = seconds(morph.lemmas, words)
    return cold / len(words) * 1e6, warm / len(words) * 1e6, len(words)


def precision(suggester: LearnedSuggester, docs: list[dict]) -> tuple[int, int, int, int]:
    """Proposals, exact matches (bounds and label), matches of bounds only, gold spans."""
    proposed = exact = bounds = gold_total = 0
    for doc in docs:
        gold = {(s["start"], s["end"]): s["label"] for s in doc["spans"]}
        gold_total += len(gold)
        for p in suggester.propose(doc["text"]):
            proposed += 1
            bounds += (p.start, p.end) in gold
            exact += gold.get((p.start, p.end)) == p.label
    return proposed, exact, bounds, gold_total


def f1(found: int, proposed: int, gold: int) -> float:
    return 2 * found / (proposed + gold) if proposed + gold else 0.0


def merged_quality(run_natasha, suggester: LearnedSuggester, docs: list[dict]) -> None:
    """Exact-span F1 of raw natasha and of natasha merged with the learned proposals."""
    counts = dict.fromkeys(["natasha", "natasha_hit", "merged", "merged_hit", "gold"], 0)
    for doc in docs:
        text = doc["text"]
        gold = {(s["start"], s["end"], s["label"]) for s in doc["spans"]}
        natasha = [Suggestion(s.start, s.stop, s.type) for s in run_natasha(text).spans]
        merged = combine(text, natasha, suggester.propose(text), suggester.lexicon)
        counts["gold"] += len(gold)
        counts["natasha"] += len(natasha)
        counts["natasha_hit"] += sum((s.start, s.end, s.label) in gold for s in natasha)
        counts["merged"] += len(merged)
        counts["merged_hit"] += sum((p.start, p.end, p.label) in gold for p in merged)
    raw = f1(counts["natasha_hit"], counts["natasha"], counts["gold"])
    both = f1(counts["merged_hit"], counts["merged"], counts["gold"])
    print(f"exact-span F1 on them: raw natasha {raw:.3f}, merged with learned {both:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", nargs="?", type=Path, default=GOLD)
    parser.add_argument("--learn", type=int, default=12)
    args = parser.parse_args()
    docs = read(args.gold)
    texts = [doc["text"] for doc in docs]
    lexicon = lexicon_from(docs[: args.learn])
    suggester = LearnedSuggester(lexicon)
    suggester.load()
    print(f"{len(texts)} texts, {sum(map(len, texts))} chars; lexicon: {len(lexicon)} entities")
    print(f"from {lexicon.decisions} decisions in the first {args.learn} documents")

    cold_us, warm_us, n_tokens = per_token_cost(texts)
    print(f"lemma look-up: {cold_us:.1f} us/token cold, {warm_us:.2f} us/token cached")
    print(f"({n_tokens} tokens)")

    n = len(texts)
    for number, took in enumerate(interleaved(texts, suggester, passes=3)):
        cache = "cold" if number == 0 else "warm"
        print(f"pass {number + 1} ({cache} lemma cache), articles/s:")
        for name, label in [
            ("natasha", "raw natasha NER (Segmenter + NewsNERTagger)"),
            ("learned", "learned.suggest(text), own razdel pass"),
            ("shared", "learned.propose on natasha's tokens"),
            ("merge", "combine()"),
        ]:
            print(f"  {label:46s} {n / took[name]:8.1f}  ({took[name] * 1000 / n:6.2f} ms)")
        alone = took["natasha"] / (took["natasha"] + took["learned"])
        shared = took["natasha"] / (took["natasha"] + took["shared"] + took["merge"])
        print(f"  natasha + learned.suggest: {alone:.3f}x raw natasha")
        print(f"  natasha + learned on its tokens + combine: {shared:.3f}x raw natasha")

    proposed, exact, bounds, gold_total = precision(suggester, docs[args.learn :])
    print(f"on the other {len(docs) - args.learn} documents: {proposed} proposals,")
    print(f"precision {exact / max(proposed, 1):.3f} (bounds and label),")
    print(f"{bounds / max(proposed, 1):.3f} (bounds only); they cover {exact}/{gold_total} gold")
    merged_quality(natasha_runner(), suggester, docs[args.learn :])


if __name__ == "__main__":
    main()
