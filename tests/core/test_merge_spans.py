"""The same text imported again from another source: its spans are not lost without a word, and
``--merge-spans`` adds the new ones without touching a decision."""

import json

from razmetka.core.model import SpanStatus
from razmetka.core.store import Store
from tests.hostile.cli import razmetka

TEXT = "Москва и Россия. Иван Петров и Анна"


def _jsonl(path, spans):
    record = {
        "id": "a",
        "text": TEXT,
        "spans": [dict(zip(("start", "end", "label"), s, strict=True)) for s in spans],
    }
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _spans(db):
    with Store(db) as store:
        [article] = list(store.articles.stream())
        return sorted((s.start, s.end, s.label, s.status) for s in store.spans.of(article.id))


def test_spans_of_a_text_already_present_are_counted_not_lost_silently(tmp_path):
    db = tmp_path / "db"
    razmetka(db, "import", _jsonl(tmp_path / "a.jsonl", [(0, 6, "LOC")]))
    proc = razmetka(db, "import", _jsonl(tmp_path / "b.jsonl", [(9, 15, "LOC"), (17, 28, "PER")]))
    assert proc.returncode == 0, proc.stderr
    assert "1 already present, their 2 spans not merged: use --merge-spans" in proc.stdout
    assert _spans(db) == [(0, 6, "LOC", SpanStatus.ACCEPTED)]


def test_merge_spans_adds_new_ones_as_suggestions_never_over_a_decision(tmp_path):
    db = tmp_path / "db"
    razmetka(db, "import", _jsonl(tmp_path / "a.jsonl", [(0, 6, "LOC"), (17, 21, "PER")]))
    incoming = [(0, 6, "LOC"), (9, 15, "LOC"), (17, 28, "PER")]
    proc = razmetka(db, "import", "--merge-spans", _jsonl(tmp_path / "b.jsonl", incoming))
    assert proc.returncode == 0, proc.stderr
    assert "1 already present, 1 of their 3 spans merged as suggestions" in proc.stdout
    assert _spans(db) == [
        (0, 6, "LOC", SpanStatus.ACCEPTED),
        (9, 15, "LOC", SpanStatus.SUGGESTED),
        (17, 21, "PER", SpanStatus.ACCEPTED),
    ]


def test_merge_spans_with_trust_adds_them_accepted_without_overlaps(tmp_path):
    db = tmp_path / "db"
    razmetka(db, "import", _jsonl(tmp_path / "a.jsonl", [(0, 6, "LOC")]))
    incoming = [(0, 15, "LOC"), (17, 21, "PER"), (31, 35, "PER")]
    proc = razmetka(
        db, "import", "--merge-spans", "--trust", _jsonl(tmp_path / "b.jsonl", incoming)
    )
    assert proc.returncode == 0, proc.stderr
    assert "2 of their 3 spans merged as accepted" in proc.stdout
    assert _spans(db) == [
        (0, 6, "LOC", SpanStatus.ACCEPTED),
        (17, 21, "PER", SpanStatus.ACCEPTED),
        (31, 35, "PER", SpanStatus.ACCEPTED),
    ]
