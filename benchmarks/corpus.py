"""A news-monitoring-sized corpus made of real Russian sentences.

The sentences of the sample articles (``seeds/``) and of the FactRuEval texts
(``/work/shared/gold/factrueval-dev.jsonl``, or ``--gold FILE``) are shuffled and recombined with
a seeded random into articles of about 3,000 characters; each article carries a unique number
(its issue number in the first sentence), so no two are the same text and re-import never
dedupes them. Written as JSONL (``{"id", "text", "meta": {"title", "date"}}``) or as a folder of
.txt files.

    python benchmarks/corpus.py --articles 100000 --out benchmarks/out/corpus-100000.jsonl
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path("/work/shared/gold/factrueval-dev.jsonl")
TARGET_CHARS = 3000


def sentences(gold: Path = GOLD) -> list[str]:
    """Every sentence of the seeds and the gold texts, stripped, longer than 20 characters."""
    from razdel import sentenize

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if gold.is_file():
        with gold.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    found: list[str] = []
    for text in texts:
        for paragraph in text.split("\n"):
            found += [s.text.strip() for s in sentenize(paragraph) if len(s.text.strip()) > 20]
    return sorted(set(found))


def articles(count: int, seed: int = 0, gold: Path = GOLD) -> Iterator[dict]:
    """``count`` distinct articles of about 3,000 characters, the same for the same seed."""
    pool = sentences(gold)
    rng = random.Random(seed)
    start = datetime.date(2025, 1, 1)
    for number in range(1, count + 1):
        paragraphs: list[str] = []
        paragraph: list[str] = [f"Выпуск № {number}."]
        size = len(paragraph[0])
        while size < TARGET_CHARS:
            sentence = rng.choice(pool)
            paragraph.append(sentence)
            size += len(sentence) + 1
            if len(paragraph) >= rng.randint(3, 6):
                paragraphs.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            paragraphs.append(" ".join(paragraph))
        text = "\n\n".join(paragraphs)
        title = paragraphs[0].split(". ", 2)[1][:80] if ". " in paragraphs[0] else text[:80]
        date = start + datetime.timedelta(days=number * 730 // max(count, 1))
        yield {
            "id": f"bench-{number:06d}",
            "text": text,
            "meta": {"title": f"{title} ({number})", "date": date.isoformat()},
        }


def write_jsonl(path: Path, count: int, seed: int = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as out:
        for article in articles(count, seed):
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    partial.replace(path)
    return path


def write_folder(folder: Path, count: int, seed: int = 0) -> Path:
    """The same articles as .txt files (title on the first line), 1,000 to a subfolder."""
    partial = folder.with_name(folder.name + ".partial")
    for number, article in enumerate(articles(count, seed)):
        sub = partial / f"{number // 1000:03d}"
        if number % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    partial.replace(folder)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True, help="a .jsonl file or a folder")
    args = parser.parse_args()
    if args.out.suffix == ".jsonl":
        write_jsonl(args.out, args.articles, args.seed)
    else:
        write_folder(args.out, args.articles, args.seed)


if __name__ == "__main__":
    main()
