"""Suggestion quality and analyst effort on the development gold, through the `razmetka` command.

    .venv/bin/python benchmarks/bench_quality.py [--gold FILE] [--curated 0.1]
        [--curated-from first|last] [--quick]

Three modes drive `razmetka` as processes on a fresh database, the way a user does.
"Curated in the window" imports every document as plain text, suggests for the curated share
(the first documents, or the last with --curated-from last) and corrects each suggestion to
the gold as an analyst does in the window (accept, relabel, resize, reject, tag what is
missing, through core/actions.py), so the store holds natasha's suggestions and the decisions
on them; "imported as curated" imports that share with its gold spans and marks it done (no
suggestion was ever corrected: only names and labels can be learned); "nothing curated"
imports every document as plain text. Then `suggest`, `accept` (everything suggested) and
`export --format jsonl --all`. All are scored on the same documents (those not curated):
corrections an analyst still makes (false positives + false negatives, exact start, end and
label) per 100 gold entities, and exact-span precision, recall and F1. Raw natasha (Segmenter +
NewsNERTagger, no fixes) is scored in process on the same documents and on all of them, and each
fix of core/suggest/fixes.py is measured alone and left out. Throughput: `razmetka suggest` per
article (a run over every document less a run over one, so start-up and model load cancel out)
and the default suggester with the curated documents' lexicon, in process, against natasha's
README recipe in one process with its models loaded. Prints markdown tables.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold" / "factrueval-dev.jsonl"

Key = tuple[int, int, str]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[Key], found: set[Key]) -> None:
        self.tp += len(gold & found)
        self.fp += len(found - gold)
        self.fn += len(gold - found)

    @property
    def corrections(self) -> float:
        """False positives plus false negatives per 100 gold entities."""
        return 100 * (self.fp + self.fn) / max(self.tp + self.fn, 1)

    @property
    def precision(self) -> float:
        return self.tp / max(self.tp + self.fp, 1)

    @property
    def recall(self) -> float:
        return self.tp / max(self.tp + self.fn, 1)

    @property
    def f1(self) -> float:
        return 2 * self.tp / max(2 * self.tp + self.fp + self.fn, 1)


def score(gold: dict[str, set[Key]], found: dict[str, set[Key]], ids: Iterable[str]) -> Score:
    result = Score()
    for doc_id in ids:
        result.add(gold[doc_id], found.get(doc_id, set()))
    return result


# --- the gold -------------------------------------------------------------------------------------


def read_gold(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def gold_keys(records: Sequence[dict]) -> dict[str, set[Key]]:
    return {r["id"]: {(s["start"], s["end"], s["label"]) for s in r["spans"]} for r in records}


def write_jsonl(path: Path, records: Iterable[dict], with_spans: bool) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for r in records:
            record = {"id": r["id"], "text": r["text"]}
            if with_spans:
                record["spans"] = r["spans"]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


# --- razmetka as processes ------------------------------------------------------------------------


def razmetka(db: Path, *args: str) -> float:
    """Run one `razmetka` command on ``db``; its wall-clock seconds. Fails loudly."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "desktop"), env.get("PYTHONPATH", "")])
    command = [sys.executable, "-m", "razmetka", "--db", str(db), *args]
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return seconds


def run_mode(
    records: Sequence[dict], curated: Sequence[dict], folder: Path, in_window: bool = False
) -> tuple[dict, float, Path]:
    """Spans a user ends with after suggest + accept-all, by document id; suggest's seconds;
    a copy of the database as the curation left it (before the rest is suggested)."""
    folder.mkdir()
    db = folder / "work.db"
    chosen = {r["id"] for r in curated}
    rest = [r for r in records if r["id"] not in chosen]
    if in_window:
        razmetka(db, "import", str(write_jsonl(folder / "all.jsonl", records, False)))
        if curated:
            razmetka(db, "suggest", *(r["id"] for r in curated))
            curate_in_window(db, curated)
    else:
        if curated:
            razmetka(db, "import", str(write_jsonl(folder / "cur.jsonl", curated, True)))
            razmetka(db, "accept", *(r["id"] for r in curated))
        razmetka(db, "import", str(write_jsonl(folder / "plain.jsonl", rest, False)))
    curated_db = folder / "curated.db"
    with sqlite3.connect(db) as source, sqlite3.connect(curated_db) as copy:
        source.backup(copy)
    seconds = razmetka(db, "suggest")
    razmetka(db, "accept")
    out = folder / "out.jsonl"
    razmetka(db, "export", "--format", "jsonl", "--all", "--out", str(out))
    found = {}
    for record in read_gold(out):
        found[record["id"]] = {(s["start"], s["end"], s["label"]) for s in record["spans"]}
    return found, seconds, curated_db


def curate_in_window(db: Path, curated: Sequence[dict]) -> None:
    """Correct each curated document's suggestions to its gold spans as an analyst does in the
    window, through the actions the window uses, and mark it done."""
    sys.path.insert(0, str(ROOT / "desktop"))
    from razmetka.core.store import Store

    with Store(db) as store:
        for record in curated:
            article_id = store.articles.find(record["id"])
            gold = [(s["start"], s["end"], s["label"]) for s in record["spans"]]
            correct_suggestions(store, article_id, gold)
            tag_the_rest(store, article_id, gold)
            from razmetka.core import actions

            store.apply(actions.approve(store, article_id))


def correct_suggestions(store, article_id: int, gold: list[Key]) -> None:  # noqa: ANN001
    """Each pending suggestion accepted, relabelled, resized to the gold span it overlaps, or
    rejected, in text order."""
    from razmetka.core import actions
    from razmetka.core.model import SpanStatus

    accepted: set[Key] = set()
    for first in store.spans.of(article_id, [SpanStatus.SUGGESTED]):
        span = store.spans.get(first.id)
        if span is None or span.status is not SpanStatus.SUGGESTED:
            continue  # cleared by an earlier correction
        over = [g for g in gold if g[0] < span.end and span.start < g[1] and g not in accepted]
        exact = [g for g in over if (g[0], g[1]) == (span.start, span.end)]
        if exact:
            edit = actions.relabel(store, span.id, exact[0][2])
            if exact[0][2] == span.label:
                edit = actions.accept(store, span.id)
            accepted.add(exact[0])
        elif len(over) == 1 and over[0][2] == span.label:
            edit = actions.resize(store, span.id, over[0][0], over[0][1])
            accepted.add(over[0])
        else:
            edit = actions.reject(store, span.id)
        store.apply(edit)


def tag_the_rest(store, article_id: int, gold: list[Key]) -> None:  # noqa: ANN001
    """Tag every gold span the corrections did not yield."""
    from razmetka.core import actions
    from razmetka.core.model import SpanStatus

    have = {(s.start, s.end, s.label) for s in store.spans.of(article_id, [SpanStatus.ACCEPTED])}
    for start, end, label in gold:
        if (start, end, label) not in have:
            store.apply(actions.create(store, article_id, start, end, label))


def learn_as_you_go(records: Sequence[dict], folder: Path, natasha) -> dict[str, set[Key]]:  # noqa: ANN001
    """What the analyst is shown on opening each document when the window learns as they go:
    every document imported and suggested, then in order each is brought up to date with every
    decision so far, as the window's suggesting process does after decisions (``learn_from``,
    ``refresh.bring_up_to_date``), shown, and corrected to its gold."""
    from razmetka.core import actions
    from razmetka.core.model import SpanStatus
    from razmetka.core.store import Store
    from razmetka.core.suggest.combined import NatashaWithLearned
    from razmetka.core.suggest.refresh import bring_up_to_date

    folder.mkdir()
    db = folder / "work.db"
    razmetka(db, "import", str(write_jsonl(folder / "all.jsonl", records, False)))
    razmetka(db, "suggest")
    shown = {}
    with Store(db) as store:
        learning = NatashaWithLearned(natasha=natasha)
        for record in records:
            article_id = store.articles.find(record["id"])
            learning.learn_from(store)
            bring_up_to_date(store, learning, article_id)
            pending = store.spans.of(article_id, [SpanStatus.SUGGESTED])
            shown[record["id"]] = {(s.start, s.end, s.label) for s in pending}
            gold = [(g["start"], g["end"], g["label"]) for g in record["spans"]]
            correct_suggestions(store, article_id, gold)
            tag_the_rest(store, article_id, gold)
            store.apply(actions.approve(store, article_id))
    return shown


def learnable_ceiling(
    records: Sequence[dict],
    gold: dict[str, set[Key]],
    curated: Sequence[dict],
    found: dict[str, set[Key]],
    ids: list[str],
) -> tuple[int, int]:
    """Of the errors left in ``found`` on ``ids`` (false positives and negatives), those on an
    entity the curated documents' gold holds in some case form (``morph.name_key``): what any
    learning from those documents' names could fix at most. (errors, such errors)"""
    from razmetka.core import morph

    known = {morph.name_key(s["text"]) for r in curated for s in r["spans"]}
    texts = {r["id"]: r["text"] for r in records}
    errors = learnable = 0
    for doc_id in ids:
        wrong = gold[doc_id] ^ found.get(doc_id, set())
        errors += len(wrong)
        learnable += sum(morph.name_key(texts[doc_id][a:b]) in known for a, b, _ in wrong)
    return errors, learnable


def suggest_rate(records: Sequence[dict], seconds_all: float, folder: Path) -> float:
    """Articles per second of `razmetka suggest`: the run over every document less a run over
    one, so that interpreter start-up and model load are not counted."""
    folder.mkdir()
    db = folder / "one.db"
    razmetka(db, "import", str(write_jsonl(folder / "one.jsonl", records[:1], False)))
    seconds_one = razmetka(db, "suggest")
    return (len(records) - 1) / max(seconds_all - seconds_one, 1e-9)


# --- natasha in this process ----------------------------------------------------------------------


def load_suggester():  # noqa: ANN201 - the suggester type lives in the package under test
    sys.path.insert(0, str(ROOT / "desktop"))
    from razmetka.core.suggest.natasha_ner import NatashaNer

    suggester = NatashaNer()
    suggester.load()
    return suggester


def raw_natasha_spans(records: Sequence[dict], suggester) -> dict[str, set[Key]]:  # noqa: ANN001
    """natasha's own spans (Segmenter + NewsNERTagger), nothing fixed."""
    from natasha import Doc

    m = suggester._models
    found = {}
    for r in records:
        doc = Doc(r["text"])
        doc.segment(m["segmenter"])
        doc.tag_ner(m["ner"])
        found[r["id"]] = {(s.start, s.stop, s.type) for s in doc.spans}
    return found


def natasha_readme(text: str, m: dict) -> None:
    """natasha's README recipe: segment, morphology, syntax, NER, the normal form of every span."""
    from natasha import Doc

    doc = Doc(text)
    doc.segment(m["segmenter"])
    doc.tag_morph(m["morph"])
    doc.parse_syntax(m["syntax"])
    doc.tag_ner(m["ner"])
    for span in doc.spans:
        span.normalize(m["vocab"])


def learning_suggester(db: Path, suggester):  # noqa: ANN001, ANN201
    """The default suggester (natasha, fixes, learned) with what the database of documents
    curated in the window teaches, as `razmetka suggest` learns it."""
    from razmetka.core.store import Store
    from razmetka.core.suggest.combined import (
        NatashaWithLearned,
        bounds_from_store,
        lexicon_from_store,
    )

    with Store(db) as store:
        lexicon, conventions = lexicon_from_store(store), bounds_from_store(store)
    return NatashaWithLearned(lexicon, natasha=suggester, conventions=conventions)


def in_process_rates(texts: Sequence[str], suggester, learning) -> dict[str, float]:  # noqa: ANN001
    """Articles per second of raw natasha, of the suggester with its fixes and of the default
    suggester with what the curated documents taught, timed in turns of ten articles so that
    load from other work on the machine falls on all alike; and of the fixes alone, on
    natasha's spans."""
    m = suggester._models
    seconds = {"raw": 0.0, "fixed": 0.0, "learned": 0.0, "fixes": 0.0}
    for i in range(0, len(texts), 10):
        chunk = texts[i : i + 10]
        seconds["raw"] += timed(lambda chunk=chunk: [natasha_readme(t, m) for t in chunk])
        seconds["fixed"] += timed(lambda chunk=chunk: [suggester.suggest(t) for t in chunk])
        seconds["learned"] += timed(lambda chunk=chunk: [learning.suggest(t) for t in chunk])
    from razmetka.core.suggest import fixes

    raw = [(t, suggester.raw_suggestions(t)) for t in texts]
    rules = suggester.rules()
    seconds["fixes"] = timed(lambda: [fixes.apply(t, found, rules) for t, found in raw])
    return {name: len(texts) / max(value, 1e-9) for name, value in seconds.items()}


def timed(work) -> float:  # noqa: ANN001
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def rule_effects(
    records: Sequence[dict],
    gold: dict[str, set[Key]],
    ids: list[str],
    suggester,  # noqa: ANN001
) -> list[tuple[str, Score, Score]]:
    """Each rule alone and every rule but it, on natasha's spans, scored on ``ids``."""
    from razmetka.core.suggest import fixes

    raw = {r["id"]: (r["text"], suggester.raw_suggestions(r["text"])) for r in records}
    named = suggester.named_rules()

    def scored(rules: list) -> Score:
        found = {}
        for doc_id in ids:
            text, suggestions = raw[doc_id]
            found[doc_id] = {
                (s.start, s.end, s.label) for s in fixes.apply(text, suggestions, rules)
            }
        return score(gold, found, ids)

    rows = [("(none)", scored([]), scored([rule for _, rule in named]))]
    for name, rule in named:
        others = [r for n, r in named if n != name]
        rows.append((name, scored([rule]), scored(others)))
    return rows


# --- the report -----------------------------------------------------------------------------------


def quality_row(name: str, docs: str, s: Score) -> str:
    return (
        f"| {name} | {docs} | {s.corrections:.1f} | {s.precision:.3f} | {s.recall:.3f} "
        f"| {s.f1:.3f} | {s.fp} | {s.fn} |"
    )


def print_quality(rows: list[str]) -> None:
    print("| suggestions | scored on | corrections / 100 gold | P | R | F1 | FP | FN |")
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))


def print_report(rows: list[str], effects: list[tuple[str, Score, Score]], speed: dict) -> None:
    print_quality(rows)
    base = effects[0][1]
    print("\nEach fix on natasha's spans, nothing curated (F1 change against raw natasha;")
    print("'all but' is every fix except this one, against every fix):\n")
    print("| fix | alone: F1 | alone: Δ F1 | alone: Δ corrections | all but: Δ F1 |")
    print("|---|---|---|---|---|")
    every = effects[0][2]
    for name, alone, others in effects[1:]:
        print(
            f"| {name} | {alone.f1:.4f} | {alone.f1 - base.f1:+.4f} "
            f"| {alone.corrections - base.corrections:+.1f} | {others.f1 - every.f1:+.4f} |"
        )
    print("\n| throughput | articles/s | against raw natasha |\n|---|---|---|")
    raw = speed["raw natasha (README recipe, one process)"]
    for name, rate in speed.items():
        print(f"| {name} | {rate:.1f} | {rate / raw:.2f}x |")


def curated_share(records: list[dict], share: float, where: str) -> list[dict]:
    """The documents curated: ``share`` of them, taken from the first or the last."""
    count = math.floor(len(records) * share)
    if not count:
        return []
    return records[:count] if where == "first" else records[-count:]


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--curated", type=float, default=0.1, help="share curated")
    parser.add_argument(
        "--curated-from", choices=("first", "last"), default="first", help="where it is taken"
    )
    parser.add_argument(
        "--quick", action="store_true", help="quality only: no rule effects, no throughput"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    records = read_gold(args.gold)
    gold = gold_keys(records)
    curated = curated_share(records, args.curated, args.curated_from)
    chosen = {r["id"] for r in curated}
    rest = [r["id"] for r in records if r["id"] not in chosen]
    every = [r["id"] for r in records]
    with tempfile.TemporaryDirectory() as tmp:
        imported, _, _ = run_mode(records, curated, Path(tmp) / "imported")
        in_window, _, window_db = run_mode(records, curated, Path(tmp) / "window", True)
        nothing, seconds, _ = run_mode(records, [], Path(tmp) / "nothing")
        suggester = load_suggester()
        learning = learning_suggester(window_db, suggester)
        as_you_go = learn_as_you_go(records, Path(tmp) / "as-you-go", suggester)
        command_rate = 0.0 if args.quick else suggest_rate(records, seconds, Path(tmp) / "one")
    raw = raw_natasha_spans(records, suggester)
    part = f"{args.curated_from} {len(curated)} docs"
    rest_docs, all_docs = f"the other {len(rest)} docs", f"all {len(every)} docs"
    rows = [
        quality_row("raw natasha", all_docs, score(gold, raw, every)),
        quality_row("raw natasha", rest_docs, score(gold, raw, rest)),
        quality_row("razmetka, nothing curated", rest_docs, score(gold, nothing, rest)),
        quality_row(
            f"razmetka, {part} imported as curated", rest_docs, score(gold, imported, rest)
        ),
        quality_row(
            f"razmetka, {part} curated in the window", rest_docs, score(gold, in_window, rest)
        ),
        quality_row("razmetka, nothing curated", all_docs, score(gold, nothing, every)),
        quality_row(
            "razmetka, learning as the analyst goes (shown on opening)",
            all_docs,
            score(gold, as_you_go, every),
        ),
        quality_row(
            "razmetka, learning as the analyst goes (shown on opening)",
            rest_docs,
            score(gold, as_you_go, rest),
        ),
    ]
    print(
        f"Gold: {args.gold.name}, {len(records)} documents, {len(curated)} curated "
        f"({args.curated_from}); Python {sys.version.split()[0]}\n"
    )
    print(f"Learned from the window-curated documents: {conventions_summary(learning)}\n")
    errors, learnable = learnable_ceiling(records, gold, curated, nothing, rest)
    print(
        f"Nothing curated leaves {errors} errors on the other documents; {learnable} of them "
        f"({learnable / max(errors, 1):.0%}) are on an entity the {len(curated)} curated "
        "documents hold in some case form: the most that learning their names could fix.\n"
    )
    if args.quick:
        print_quality(rows)
    else:
        effects = rule_effects(records, gold, rest, suggester)
        speed = throughput(records, suggester, learning, len(curated), command_rate)
        print_report(rows, effects, speed)
    print(
        f"\nReproduce: python benchmarks/bench_quality.py --gold {args.gold} "
        f"--curated {args.curated} --curated-from {args.curated_from}"
    )
    return 0


def conventions_summary(learning) -> str:  # noqa: ANN001
    """What the suggester learned: entities, and the boundary changes it makes."""
    clear = [
        f"{change} {label} {key} ({made} for, {kept} against)"
        for (change, label, key), made, kept in learning.conventions.clear()
    ]
    learned = f"{len(learning.lexicon)} entities, {learning.lexicon.decisions} decisions"
    return f"{learned}; boundary changes: {'; '.join(clear) or 'none clear'}"


def throughput(records, suggester, learning, curated: int, command_rate: float) -> dict:  # noqa: ANN001
    texts = [r["text"] for r in records]
    for text in texts[:3]:  # warm the first-call paths of all
        natasha_readme(text, suggester._models)
        suggester.suggest(text)
        learning.suggest(text)
    rates = in_process_rates(texts, suggester, learning)
    return {
        "raw natasha (README recipe, one process)": rates["raw"],
        "razmetka suggester with fixes (one process)": rates["fixed"],
        f"natasha, fixes and learned from {curated} curated docs (one process)": rates["learned"],
        "the fixes alone, on natasha's spans": rates["fixes"],
        "`razmetka suggest` command (per article, start-up excluded)": command_rate,
    }


if __name__ == "__main__":
    raise SystemExit(main())
