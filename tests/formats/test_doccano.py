"""doccano sequence labelling JSONL, written and read back."""

from __future__ import annotations

import json

from razmetka.core.export import ExportOptions, export
from razmetka.core.formats import doccano
from razmetka.core.report import Problem

from .conftest import assert_readers_never_raise, read_back, stored


def test_records_are_doccano_sequence_labelling(corpus, tmp_path, records_by):
    out = tmp_path / "out.jsonl"
    export(corpus, ExportOptions("doccano", out))
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert set(record) >= {"text", "label", "external_id", "rubric"}
        for start, end, label in record["label"]:
            assert label in {"PER", "LOC", "ORG"}
            assert isinstance(start, int) and record["text"][start:end].strip()


def test_round_trip_reproduces_texts_spans_and_metadata(corpus, tmp_path, records_by):
    out = tmp_path / "out.jsonl"
    export(corpus, ExportOptions("doccano", out))
    docs, problems = read_back(doccano, out)
    assert problems == [] and docs == stored(corpus)
    doc = next(iter(doccano.read(out)))
    assert (doc.article.source, doc.article.date, doc.article.meta) == (
        "test",
        "2026-02-19",
        {"rubric": "politics"},
    )


def test_newer_entities_form_crlf_and_relations(tmp_path):
    text = "Иван Петров\r\nработает в «Газпроме»"
    record = {
        "id": 17,
        "text": text,
        "entities": [
            {"id": 1, "label": "PER", "start_offset": 0, "end_offset": 11},
            {"id": 2, "label": "ORG", "start_offset": 25, "end_offset": 33},
        ],
        "relations": [{"from_id": 1, "to_id": 2, "type": "works"}],
    }
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    note, doc = list(doccano.read(path))
    assert note.reason.startswith("note:") and "relations" in note.reason
    assert doc.article.external_id == "17"
    assert [doc.article.text[s.start : s.end] for s in doc.spans] == ["Иван Петров", "Газпроме"]


def test_bad_records_are_reported_and_the_rest_read(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(
        '{"text": "Москва", "label": [[0, 60, "LOC"]]}\n'
        "not json\n"
        '{"text": "Москва", "label": [["a", 6, "LOC"]]}\n'
        '{"label": []}\n'
        '{"text": "Москва", "label": [[0, 6, "LOC"]]}\n',
        encoding="utf-8",
    )
    items = list(doccano.read(path))
    assert [type(i).__name__ for i in items] == ["Problem"] * 4 + ["Document"]
    assert [i.where for i in items[:4]] == ["line 1", "line 2", "line 3", "line 4"]
    assert isinstance(items[0], Problem) and "outside" in items[0].reason


def test_reader_never_raises_on_bad_input(tmp_path):
    assert_readers_never_raise(doccano, tmp_path, ".jsonl")
