"""Hugging Face token classification, loaded with ``datasets`` itself, offline."""

from __future__ import annotations

import json

import pytest

from razmetka.core.export import ExportOptions, export
from razmetka.core.formats.common import tags_spans

from .conftest import SNAPPED


@pytest.fixture
def offline(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    return tmp_path / "hf-cache"


def rows(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_rows_are_sentences_with_tag_names(corpus, tmp_path):
    out = tmp_path / "hf"
    export(corpus, ExportOptions("hf", out))
    data = rows(out / "data.jsonl")
    assert {r["document"] for r in data} == {"kz-1", "nbsp/2", "crlf 3"}
    assert all(len(r["tokens"]) == len(r["ner_tags"]) for r in data)
    entities = [
        (" ".join(r["tokens"][a:b]), label)
        for r in data
        for a, b, label in tags_spans(r["ner_tags"])
    ]
    assert ("Касым-Жомарт Токаев", "PER") in entities
    assert ("Акорды Участие", "ORG") in entities  # one row: the sentence break was joined
    assert (SNAPPED[1], "LOC") in entities


@pytest.mark.client
def test_load_dataset_reads_the_folder_with_label_names(corpus, tmp_path, offline):
    import datasets

    out = tmp_path / "hf"
    export(corpus, ExportOptions("hf", out, split=(1, 1, 1), tags="bioes"))
    loaded = datasets.load_dataset(str(out), cache_dir=str(offline))
    assert set(loaded) == {"train", "validation", "test"}
    names = loaded["train"].features["ner_tags"].feature.names
    assert names[:5] == ["O", "B-PER", "I-PER", "E-PER", "S-PER"]
    for split, part in (("train", "train"), ("validation", "dev"), ("test", "test")):
        written = [r["ner_tags"] for r in rows(out / f"{part}.jsonl")]
        assert [[names[i] for i in tags] for tags in loaded[split]["ner_tags"]] == written


@pytest.mark.client
def test_json_loader_reads_one_file_with_tag_names(corpus, tmp_path, offline):
    import datasets

    out = tmp_path / "hf"
    export(corpus, ExportOptions("hf", out))
    loaded = datasets.load_dataset(
        "json", data_files=str(out / "data.jsonl"), cache_dir=str(offline)
    )["train"]
    assert loaded["ner_tags"] == [r["ner_tags"] for r in rows(out / "data.jsonl")]
    assert "B-PER" in {tag for tags in loaded["ner_tags"] for tag in tags}
