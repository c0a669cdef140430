"""The export pipeline: which articles and spans go out, splits, alignment, and files that appear
whole or not at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from razmetka.core import formats
from razmetka.core.export import (
    MANIFEST,
    ExportCancelled,
    ExportError,
    ExportOptions,
    Splitter,
    export,
)
from razmetka.core.formats import brat
from razmetka.core.model import Article, ArticleStatus, Document, SpanStatus
from razmetka.core.store import Store, StoreError

from .conftest import SNAPPED, Entity, build


def jsonl_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def many(store: Store, count: int) -> list[int]:
    articles = [
        (f"n{k}", f"Статья {k}: Иван Петров приехал в Тверь.", [Entity("Иван Петров", "PER")])
        for k in range(count)
    ]
    return build(store, articles)


@pytest.mark.parametrize("name", formats.writable())
def test_every_writable_format_exports_the_corpus(corpus, tmp_path, name, records_by):
    report = export(corpus, ExportOptions(name, tmp_path / "out"))
    assert report.articles == 3
    assert report.spans == 11
    assert report.files and all(Path(f).exists() for f in report.files)


def test_only_done_articles_unless_all(corpus, tmp_path, records_by):
    export(corpus, ExportOptions("jsonl", tmp_path / "done.jsonl"))
    export(corpus, ExportOptions("jsonl", tmp_path / "all.jsonl", include_all=True))
    assert [r["id"] for r in jsonl_records(tmp_path / "done.jsonl")] == ["kz-1", "nbsp/2", "crlf 3"]
    assert [r["id"] for r in jsonl_records(tmp_path / "all.jsonl")][-1] == "todo-4"


def test_exported_text_is_the_stored_text(corpus, tmp_path, records_by):
    export(corpus, ExportOptions("jsonl", tmp_path / "out.jsonl"))
    texts = {a.external_id: a.text for a in corpus.articles.stream()}
    for record in jsonl_records(tmp_path / "out.jsonl"):
        assert record["text"] == texts[record["id"]]
        for span in record["spans"]:
            assert record["text"][span["start"] : span["end"]] == span["text"]


def test_progress_counts_every_article(corpus, tmp_path):
    seen = []
    export(
        corpus, ExportOptions("conll", tmp_path / "out.conll"), progress=lambda *a: seen.append(a)
    )
    assert seen == [(1, 3), (2, 3), (3, 3)]


@pytest.mark.parametrize("name", ["jsonl", "brat"])
def test_cancel_leaves_nothing_behind(corpus, tmp_path, name, records_by):
    calls = iter([False, True])
    with pytest.raises(ExportCancelled):
        export(corpus, ExportOptions(name, tmp_path / "out"), should_stop=lambda: next(calls))
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_the_earlier_file(corpus, tmp_path, monkeypatch, records_by):
    out = tmp_path / "out.jsonl"
    out.write_text("earlier export\n", encoding="utf-8")
    from razmetka.core.formats import jsonl

    calls = []
    # A record SQLite wrote goes in through add_line, one built in Python through add.
    method = "add_line" if records_by == "sql" else "add"
    real = getattr(jsonl.Writer, method)

    def failing(self, *record):
        calls.append(record)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(self, *record)

    monkeypatch.setattr(jsonl.Writer, method, failing)
    with pytest.raises(OSError):
        export(corpus, ExportOptions("jsonl", out, include_all=True))
    assert len(calls) == 2
    assert out.read_text(encoding="utf-8") == "earlier export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_refuses_a_folder_holding_other_files(corpus, tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ExportError, match="other files"):
        export(corpus, ExportOptions("brat", tmp_path))
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_replaces_an_earlier_export_folder(corpus, tmp_path):
    out = tmp_path / "brat"
    export(corpus, ExportOptions("brat", out, include_all=True))
    assert (out / "todo-4.ann").exists()
    export(corpus, ExportOptions("brat", out))
    assert not (out / "todo-4.ann").exists()
    assert (out / MANIFEST).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brat"]


def test_split_keeps_articles_whole_and_follows_the_seed(tmp_path):
    store = Store()
    many(store, 20)
    options = ExportOptions("conll", tmp_path / "a", split=(0.6, 0.2, 0.2), seed=7)
    report = export(store, options)
    assert report.parts == {"train": 12, "dev": 4, "test": 4}
    docs = {}
    for part in ("train", "dev", "test"):
        content = (tmp_path / "a" / f"{part}.conll").read_text(encoding="utf-8")
        docs[part] = content.count("-DOCSTART-")
        assert "Иван _ _ B-PER" in content
    assert docs == {"train": 12, "dev": 4, "test": 4}
    again = export(store, ExportOptions("conll", tmp_path / "b", split=(0.6, 0.2, 0.2), seed=7))
    assert again.parts == report.parts
    for part in ("train", "dev", "test"):
        first = (tmp_path / "a" / f"{part}.conll").read_text(encoding="utf-8")
        assert first == (tmp_path / "b" / f"{part}.conll").read_text(encoding="utf-8")


def test_splitter_deals_exact_counts_by_seed():
    def deal(seed):
        splitter = Splitter(100, (0.8, 0.1, 0.1), seed)
        return [splitter.next() for _ in range(100)]

    parts = deal(1)
    assert [parts.count(p) for p in ("train", "dev", "test")] == [80, 10, 10]
    assert parts == deal(1)
    assert parts != deal(2)
    assert parts[:30].count("train") < 30  # shuffled, not train first


def test_label_subset_and_renaming(corpus, tmp_path, records_by):
    options = ExportOptions(
        "jsonl", tmp_path / "out.jsonl", labels=frozenset({"PER", "LOC"}), rename={"LOC": "GPE"}
    )
    export(corpus, options)
    labels = {s["label"] for r in jsonl_records(tmp_path / "out.jsonl") for s in r["spans"]}
    assert labels == {"PER", "GPE"}


def test_renaming_shows_in_the_label_config(corpus, tmp_path):
    export(corpus, ExportOptions("label-studio", tmp_path / "ls", rename={"ORG": "COMPANY"}))
    config = (tmp_path / "ls" / "label_config.xml").read_text(encoding="utf-8")
    assert 'value="COMPANY"' in config and 'value="ORG"' not in config


def test_misaligned_span_is_snapped_and_reported(corpus, tmp_path):
    report = export(corpus, ExportOptions("conll", tmp_path / "out.conll"))
    assert report.snapped == 1 and report.left_out == 0
    [problem] = [p for p in report.problems if "token boundaries" in p.reason]
    assert problem.source == SNAPPED[0] and "'Москва'" in problem.reason
    assert f"snapped to {SNAPPED[1]!r}" in problem.reason
    assert "Москва-Сити _ _ B-LOC" in (tmp_path / "out.conll").read_text(encoding="utf-8")


def test_misaligned_span_is_left_out_when_asked_and_reported(corpus, tmp_path):
    report = export(corpus, ExportOptions("conll", tmp_path / "out.conll", misaligned="skip"))
    assert report.left_out == 1 and report.spans == 10
    assert "Москва-Сити _ _ O" in (tmp_path / "out.conll").read_text(encoding="utf-8")
    assert "1 spans left out" in report.summary()


def test_character_formats_keep_misaligned_spans_as_they_are(corpus, tmp_path, records_by):
    report = export(corpus, ExportOptions("doccano", tmp_path / "out.jsonl"))
    assert report.snapped == report.left_out == 0 and report.spans == 11


def test_span_across_a_sentence_break_joins_the_sentences(corpus, tmp_path):
    export(corpus, ExportOptions("conll", tmp_path / "out.conll"))
    content = (tmp_path / "out.conll").read_text(encoding="utf-8")
    assert "Акорды _ _ B-ORG\nУчастие _ _ I-ORG\n" in content


def test_negatives_where_the_format_has_no_place_are_reported(corpus, tmp_path):
    report = export(corpus, ExportOptions("conll", tmp_path / "out.conll", negatives=True))
    assert report.negatives == 0
    assert any("no place for negative examples" in p.reason for p in report.problems)


def test_file_names_from_ids_never_leave_the_folder(tmp_path):
    store = Store()
    ids = ["../../escape", "/etc/passwd", "a/b\\c", "CON", "..", ".hidden", "x" * 300, "ok"]
    build(
        store, [(i, f"Текст {n} про Москву.", [Entity("Москву", "LOC")]) for n, i in enumerate(ids)]
    )
    out = tmp_path / "deep" / "brat"
    report = export(store, ExportOptions("brat", out))
    assert report.articles == len(ids)
    written = sorted(out.glob("*.ann"))
    assert len(written) == len(ids)
    assert all(p.resolve().parent == out.resolve() for p in out.rglob("*"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep"]
    assert brat.safe_name("CON") == "_CON"


def test_unknown_format_and_bad_options_are_refused(corpus, tmp_path):
    with pytest.raises(ExportError, match="unknown format"):
        export(corpus, ExportOptions("xml", tmp_path / "x"))
    with pytest.raises(ExportError, match="snap or skip"):
        export(corpus, ExportOptions("conll", tmp_path / "x", misaligned="drop"))
    with pytest.raises(ExportError, match="cannot be written"):
        export(corpus, ExportOptions("text", tmp_path / "x"))
    assert list(tmp_path.iterdir()) == []


def test_pending_suggestions_do_not_become_training_spans(corpus, tmp_path, records_by):
    export(corpus, ExportOptions("jsonl", tmp_path / "out.jsonl"))
    surfaces = {s["text"] for r in jsonl_records(tmp_path / "out.jsonl") for s in r["spans"]}
    assert "Акорда" not in surfaces and "Белом доме" not in surfaces
    assert corpus.spans.of(1, [SpanStatus.SUGGESTED])


def test_command_line_export_writes_the_file(tmp_path, capsys):
    from razmetka.cli import main

    db = tmp_path / "r.db"
    with Store(db) as store:
        build(store, [("a", "Иван Петров приехал в Тверь.", [Entity("Иван Петров", "PER")])])
    out = tmp_path / "out.conll"
    assert main(["--db", str(db), "export", "--format", "conll", "--out", str(out)]) == 0
    assert "Иван _ _ B-PER\nПетров _ _ I-PER\n" in out.read_text(encoding="utf-8")
    assert "1 articles, 1 spans" in capsys.readouterr().out


SEPARATORS = (
    "Иван\u2028Петров\u2029в Твери",
    [("Иван", "PER", SpanStatus.ACCEPTED), ("Твери", "LOC", SpanStatus.REJECTED)],
)


@pytest.mark.parametrize("fmt", ["jsonl", "doccano", "label-studio"])
def test_line_and_paragraph_separators_stay_escaped(tmp_path, fmt, records_by):
    store = Store()
    text, entities = SEPARATORS
    build(store, [("sep", text, [Entity(s, label, status) for s, label, status in entities])])
    out = tmp_path / "out"
    export(store, ExportOptions(fmt, out))
    files = [p for p in out.rglob("*") if p.is_file()] if out.is_dir() else [out]
    data = b"".join(p.read_bytes() for p in files if p.suffix in (".json", ".jsonl") or p == out)
    assert "\u2028".encode() not in data and "\u2029".encode() not in data
    assert b"\\u2028" in data and b"\\u2029" in data


@pytest.mark.parametrize("fmt", ["jsonl", "doccano", "label-studio", "brat"])
def test_a_span_past_the_text_is_reported_and_left_out(corpus, tmp_path, fmt, records_by):
    article = next(corpus.articles.stream([ArticleStatus.DONE]))
    corpus.conn.execute(
        'INSERT INTO spans(article_id, start, "end", label, status, origin, created_at, '
        "updated_at) VALUES (?, ?, ?, 'PER', 'accepted', 'x', '', '')",
        (article.id, len(article.text) - 2, len(article.text) + 5),
    )
    report = export(corpus, ExportOptions(fmt, tmp_path / "out"))
    assert any("lies outside the text" in p.reason for p in report.problems)
    assert report.spans == 11


def test_text_the_database_cannot_hold_is_refused():
    with Store(":memory:") as store:
        for text, reason in (
            ("NUL \x00 inside", "NUL"),
            ("half a pair \ud83d here", "surrogate"),
        ):
            with pytest.raises(StoreError, match=reason):
                store.articles.add(Document(Article(text)))
        with pytest.raises(StoreError, match="NaN"):
            store.articles.add(Document(Article("fine text", meta={"x": float("nan")})))
        assert store.articles.count() == 0
