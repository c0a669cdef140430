"""JSONL with spans and tokens (spaCy/Prodigy style): written, and read back the same."""

from __future__ import annotations

import json

from razmetka.core.export import ExportOptions, export
from razmetka.core.formats import jsonl
from razmetka.core.store import Store

from .conftest import Entity, assert_readers_never_raise, build, read_back, stored


def records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def test_round_trip_reproduces_texts_spans_and_metadata(corpus, tmp_path, records_by):
    out = tmp_path / "out.jsonl"
    export(corpus, ExportOptions("jsonl", out))
    docs, problems = read_back(jsonl, out)
    assert problems == []
    assert docs == stored(corpus)
    articles = {a.external_id: a for a in corpus.articles.stream()}
    for doc in jsonl.read(out):
        article = articles[doc.article.external_id]
        assert (doc.article.title, doc.article.source, doc.article.date, doc.article.meta) == (
            article.title,
            article.source,
            article.date,
            article.meta,
        )
        assert [s.normal for s in doc.spans] == [None] * len(doc.spans)


def test_without_tokens_records_hold_text_meta_and_spans(corpus, tmp_path, records_by):
    out = tmp_path / "out.jsonl"
    export(corpus, ExportOptions("jsonl", out))
    for record in records(out):
        assert set(record) == {"id", "text", "meta", "spans"}
        assert all("token_start" not in span for span in record["spans"])


def test_tokens_slice_the_text_and_spans_name_their_tokens(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    export(corpus, ExportOptions("jsonl", out, tokens=True))
    for record in records(out):
        tokens = record["tokens"]
        assert [t["id"] for t in tokens] == list(range(len(tokens)))
        assert all(record["text"][t["start"] : t["end"]] == t["text"] for t in tokens)
        for span in record["spans"]:
            assert record["text"][span["start"] : span["end"]] == span["text"]
            if "token_start" in span:
                assert tokens[span["token_start"]]["start"] == span["start"]
                assert tokens[span["token_end"]]["end"] == span["end"]
    inside = [s for r in records(out) for s in r["spans"] if s["text"] == "Москва"][1]
    assert "token_start" not in inside  # "Москва" inside "Москва-Сити" has no token range


def test_negatives_go_to_their_own_key(corpus, tmp_path, records_by):
    out = tmp_path / "out.jsonl"
    report = export(corpus, ExportOptions("jsonl", out, negatives=True))
    assert report.negatives == 1
    [rejected] = [s for r in records(out) for s in r.get("rejected", [])]
    assert (rejected["text"], rejected["label"]) == ("Белом доме", "ORG")


def test_line_separators_in_text_never_split_a_record(tmp_path, records_by):
    store = Store()
    text = "Первая строка\u2028вторая\u2029третья, Москва\x85конец"
    build(store, [("sep", text, [Entity("Москва", "LOC")])])
    out = tmp_path / "out.jsonl"
    export(store, ExportOptions("jsonl", out))
    assert out.read_text(encoding="utf-8").count("\n") == 1
    docs, problems = read_back(jsonl, out)
    assert problems == [] and docs == stored(store)


def test_reader_never_raises_on_bad_input(tmp_path):
    assert_readers_never_raise(jsonl, tmp_path, ".jsonl")
