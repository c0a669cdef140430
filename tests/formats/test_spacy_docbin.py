"""spaCy DocBin: Docs whose text is the stored text, entities on the same offsets, negatives where
spaCy's NER looks for them, and ``spacy train`` running on the export."""

from __future__ import annotations

import subprocess
import sys

import pytest

from razmetka.core.export import ExportOptions, export
from razmetka.core.formats import spacy_docbin
from razmetka.core.store import Store

from .conftest import SNAPPED, Entity, build, stored

pytestmark = pytest.mark.client


def test_docs_keep_the_text_and_the_offsets(corpus, tmp_path):
    out = tmp_path / "spacy"
    export(corpus, ExportOptions("spacy", out, negatives=True))
    docs = spacy_docbin.load(out)
    expected = stored(corpus)
    assert len(docs) == 3
    for doc in docs:
        text, spans = expected[doc.user_data["id"]]
        assert doc.text == text
        found = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        if doc.user_data["id"] == SNAPPED[0]:
            start = text.index(SNAPPED[1])
            inside = next(s for s in spans if s[0] == start + 1 or s[0] == start)
            spans = sorted({*spans} - {inside} | {(start, start + len(SNAPPED[1]), "LOC")})
        assert found == spans
    [kz] = [d for d in docs if d.user_data["id"] == "kz-1"]
    assert [s.text for s in kz.spans[spacy_docbin.NEGATIVES_KEY]] == ["Белом доме"]


def test_large_exports_are_shards(tmp_path, monkeypatch):
    monkeypatch.setattr(spacy_docbin, "SHARD", 4)
    store = Store()
    build(
        store,
        [(f"a{k}", f"Иван Петров {k} приехал.", [Entity("Иван Петров", "PER")]) for k in range(10)],
    )
    bins = []
    make_bin = spacy_docbin.LeanDocBin

    def counted(*args, **kwargs):
        bins.append(make_bin(*args, **kwargs))
        return bins[-1]

    monkeypatch.setattr(spacy_docbin, "LeanDocBin", counted)
    report = export(store, ExportOptions("spacy", tmp_path / "spacy"))
    assert [p.rsplit("/", 1)[1] for p in report.files] == ["0000.spacy", "0001.spacy", "0002.spacy"]
    assert len(spacy_docbin.load(tmp_path / "spacy")) == 10
    assert len(bins) == 3  # one per shard: each builds a msgpack packer


@pytest.mark.slow
def test_spacy_train_runs_on_the_export(corpus, tmp_path):
    out = tmp_path / "spacy"
    export(corpus, ExportOptions("spacy", out, split=(1, 1, 1), negatives=True))
    config = tmp_path / "config.cfg"
    spacy = [sys.executable, "-m", "spacy"]
    subprocess.run(
        [*spacy, "init", "config", "-l", "ru", "-p", "ner", str(config)],
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        [
            *spacy,
            "train",
            str(config),
            "--paths.train",
            str(out / "train"),
            "--paths.dev",
            str(out / "dev"),
            "--training.max_steps",
            "4",
            "--training.eval_frequency",
            "2",
            "--components.ner.incorrect_spans_key",
            spacy_docbin.NEGATIVES_KEY,
            "--output",
            str(tmp_path / "model"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / "model" / "model-last" / "ner").is_dir()


@pytest.mark.parametrize(
    "text",
    ["  Привет,  мир!\n\nНовая строка. ", "a b", "x\u00a0y 😀\u2028z", "\r\n\t", ""],
)
def test_doc_words_rebuild_the_text_exactly(text):
    from razmetka.core.export import article_sentences

    words, spaces, _ = spacy_docbin.doc_words(text, article_sentences(text))
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True)) == text


def test_the_lean_docbin_reads_back_as_spacys_own(corpus, tmp_path):
    """LeanDocBin keeps fewer strings and packs them its own way; spaCy must read back the
    same Docs as from its own DocBin of the same Docs."""
    from spacy.tokens import DocBin

    export(corpus, ExportOptions("spacy", tmp_path / "lean", negatives=True))
    docs = spacy_docbin.load(tmp_path / "lean")
    plain = tmp_path / "plain.spacy"
    DocBin(attrs=spacy_docbin.ATTRS, store_user_data=True, docs=docs).to_disk(plain)

    def described(doc):
        return (
            [(t.text, t.whitespace_, t.is_sent_start) for t in doc],
            [(e.start_char, e.end_char, e.label_) for e in doc.ents],
            {k: [(s.start_char, s.end_char, s.label_) for s in g] for k, g in doc.spans.items()},
            doc.user_data,
        )

    assert [described(d) for d in spacy_docbin.load(plain)] == [described(d) for d in docs]
    assert any(d.spans[spacy_docbin.NEGATIVES_KEY] for d in docs)
