"""Export speed and memory, format by format, next to the plain cost of the same work.

    .venv/bin/python benchmarks/bench_export.py --articles 20000

Builds a temporary store of N articles (the sample articles in seeds/, repeated, each with
its capitalised names tagged), marks a quarter of them done, and for every format runs two
exports in fresh processes: the done quarter, then all N (``include_all``). Peak memory is
the growth of the process's peak RSS over its size before the export, so a flat column
means memory does not grow with the corpus. The plain cost is the part of the work no exporter
can skip: ``json.dumps`` of the same records for the JSON formats, razdel tokenization alone for
the token formats, writing the same .txt/.ann pairs for brat.

The export of all N, the plain cost and the store read each run ``--repeat`` times (default
3), each in a fresh process, and the fastest run counts, as with ``timeit``: on a shared machine
the same run moved by 1.7x from one try to the next, and the slower tries measure the rest of
the machine. Written data is flushed to disk before every run, so one step's writing does not
land in the next one's time.

Prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from razmetka.core import formats as registry

ROOT = Path(__file__).resolve().parent.parent
FORMATS = registry.writable()
TOKEN_FORMATS = {fmt.name for fmt in registry.FORMATS if fmt.tokens}
_NAME = re.compile(r"\b[А-ЯЁ][а-яё]{2,}(?: [А-ЯЁ][а-яё]{2,})?")


def build_store(path: Path, count: int) -> None:
    from razmetka.core.model import Article, ArticleStatus, Document, Span
    from razmetka.core.store import Store

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    labels = ("PER", "LOC", "ORG")
    with Store(path) as store, store.transaction():
        for k in range(count):
            text = f"{seeds[k % len(seeds)]}\n\nВыпуск {k}."  # unique text, unique hash
            spans = tuple(
                Span(m.start(), m.end(), labels[n % 3]) for n, m in enumerate(_NAME.finditer(text))
            )
            status = ArticleStatus.DONE if k < count // 4 else ArticleStatus.TODO
            article = Article(text=text, external_id=f"news-{k}", status=status)
            store.articles.add(Document(article, spans))


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def run_export(db: Path, fmt: str, out: Path, include_all: bool) -> dict:
    from razmetka.core import formats
    from razmetka.core.export import ExportOptions, export
    from razmetka.core.store import Store

    formats.get(fmt).load()  # import the format (spaCy for DocBin) before measuring
    with Store(db) as store:
        before = peak_rss_mb()
        start = time.perf_counter()
        report = export(store, ExportOptions(fmt, out, include_all=include_all))
        seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "articles": report.articles,
        "spans": report.spans,
        "peak_mb": peak_rss_mb() - before,
    }


def run_plain(db: Path, fmt: str, exported: Path, scratch: Path) -> dict:
    """Time only the unavoidable part of a format's work on the same articles."""
    from razmetka.core.store import Store
    from razmetka.core.tokens import sentences

    with Store(db) as store:
        texts = [a.text for a in store.articles.stream()]
    if fmt in TOKEN_FORMATS:
        start = time.perf_counter()
        for text in texts:
            for _ in sentences(text):
                pass
        return {"seconds": time.perf_counter() - start, "articles": len(texts)}
    if fmt == "brat":
        # The same pairs, their content ready: only the writing of two files per article.
        pairs = [
            (p.with_suffix(".txt").read_text(encoding="utf-8"), p.read_text(encoding="utf-8"))
            for p in sorted(exported.glob("*.ann"))
        ]
        _remove(scratch)  # a repeated run creates the files again, as the export does
        scratch.mkdir(parents=True)
        start = time.perf_counter()
        for n, (text, ann) in enumerate(pairs):
            (scratch / f"{n}.txt").write_text(text, encoding="utf-8")
            (scratch / f"{n}.ann").write_text(ann, encoding="utf-8")
        return {"seconds": time.perf_counter() - start, "articles": len(pairs)}
    records = _records(fmt, exported)
    start = time.perf_counter()
    for record in records:
        json.dumps(record, ensure_ascii=False)
    return {"seconds": time.perf_counter() - start, "articles": len(records)}


def run_read(db: Path) -> dict:
    """Streaming every article and its spans out of the store: a floor under every export."""
    from razmetka.core.store import Store

    with Store(db) as store:
        start = time.perf_counter()
        count = 0
        for article in store.articles.stream():
            store.spans.of(article.id)
            count += 1
        return {"seconds": time.perf_counter() - start, "articles": count}


def _records(fmt: str, exported: Path) -> list:
    if fmt == "label-studio":
        return json.loads((exported / "tasks.json").read_text(encoding="utf-8"))
    return [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]


def worker(args: argparse.Namespace) -> None:
    out = Path(args.out)
    if args.worker == "export":
        result = run_export(Path(args.db), args.format, out, args.all)
    elif args.worker == "read":
        result = run_read(Path(args.db))
    else:
        result = run_plain(Path(args.db), args.format, out, out.parent / f"plain-{args.format}")
    print(json.dumps(result))


def in_process(*argv: str) -> dict:
    # Written data from the step before (the store, the last export) is flushed first, so the
    # disk's catching up does not land in this step's time.
    if hasattr(os, "sync"):
        os.sync()
    command = [sys.executable, __file__, *argv]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def worker_run(kind: str, db: Path, fmt: str, out: Path, *more: str, fresh: bool = False) -> dict:
    if fresh:
        _remove(out)  # the last run's output, when the export is repeated
    return in_process("--worker", kind, "--db", str(db), "--format", fmt, "--out", str(out), *more)


def best(runs: list[dict]) -> dict:
    """The fastest of repeated runs (the others lost time to the rest of the machine), with
    the largest peak memory any of them reached."""
    fastest = dict(min(runs, key=lambda run: run["seconds"]))
    if "peak_mb" in fastest:
        fastest["peak_mb"] = max(run["peak_mb"] for run in runs)
    return fastest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each timing; the fastest counts"
    )
    parser.add_argument("--worker", choices=["export", "plain", "read"], help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--format", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--all", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args)
        return
    with tempfile.TemporaryDirectory(prefix="razmetka-bench-") as tmp:
        db = Path(tmp) / "bench.db"
        start = time.perf_counter()
        build_store(db, args.articles)
        print(
            f"store of {args.articles} articles built in {time.perf_counter() - start:.0f} s",
            file=sys.stderr,
        )
        read = best(
            [
                in_process("--worker", "read", "--db", str(db), "--out", tmp)
                for _ in range(args.repeat)
            ]
        )
        rows = []
        for fmt in args.formats.split(","):
            whole_out = Path(tmp) / f"{fmt}-all"
            part = worker_run("export", db, fmt, Path(tmp) / f"{fmt}-quarter")
            whole = best(
                [
                    worker_run("export", db, fmt, whole_out, "--all", fresh=True)
                    for _ in range(args.repeat)
                ]
            )
            plain = best([worker_run("plain", db, fmt, whole_out) for _ in range(args.repeat)])
            rows.append((fmt, part, whole, plain))
            print(f"{fmt}: {whole['seconds']:.1f} s", file=sys.stderr)
            _remove(whole_out)
        print(table(rows, args.articles, read))


def _remove(path: Path) -> None:
    import shutil

    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


PLAIN = {
    "jsonl": "json.dumps",
    "conll": "razdel",
    "hf": "razdel",
    "spacy": "razdel",
    "brat": "write the pairs",
    "label-studio": "json.dumps",
    "doccano": "json.dumps",
}


def table(rows: list, count: int, read: dict) -> str:
    read_rate = read["articles"] / read["seconds"]
    lines = [
        f"Reading the store alone (articles and spans): {read_rate:,.0f} articles/s.",
        "",
        f"| format | articles/s | plain cost | plain articles/s | time / plain | "
        f"time / (plain + store read) | peak MB, {count // 4} articles | "
        f"peak MB, {count} articles |",
        "|---|---:|---|---:|---:|---:|---:|---:|",
    ]
    for fmt, part, whole, plain in rows:
        rate = whole["articles"] / whole["seconds"]
        plain_rate = plain["articles"] / plain["seconds"]
        ratio = whole["seconds"] / plain["seconds"]
        floor = plain["seconds"] + read["seconds"] * whole["articles"] / read["articles"]
        lines.append(
            f"| {fmt} | {rate:,.0f} | {PLAIN[fmt]} | {plain_rate:,.0f} | {ratio:.2f}x | "
            f"{whole['seconds'] / floor:.2f}x"
            f" | {part['peak_mb']:.1f} | {whole['peak_mb']:.1f} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
