"""CoNLL-2003: what spaCy's converter and seqeval make of it, and the reader."""

from __future__ import annotations

import subprocess
import sys

import pytest

from razmetka.core.export import ExportOptions, article_sentences, export
from razmetka.core.formats import conll
from razmetka.core.formats.common import TokenIndex, spans_tags, tags_spans
from razmetka.core.report import Problem

from .conftest import SNAPPED, assert_readers_never_raise, read_back, stored


def expected_entities(store) -> list[list[tuple[tuple[str, ...], str]]]:
    """Per done article, each accepted span as its razdel tokens (after snapping) and label."""
    out = []
    for text, spans in stored(store).values():
        tokens = [t for s in article_sentences(text) for t in s]
        index = TokenIndex(tokens)
        entities = []
        for start, end, label in spans:
            first, last = index.covered(start, end)
            entities.append((tuple(t.text for t in tokens[first:last]), label))
        out.append(entities)
    return out


def file_tags(path) -> list[list[str]]:
    """The tag column, one list per sentence."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("-DOCSTART-") or not line.strip():
            if current:
                sentences.append(current)
            current = []
        else:
            current.append(line.split()[-1])
    return sentences


def test_every_article_opens_with_the_docstart_line(corpus, tmp_path):
    out = tmp_path / "out.conll"
    export(corpus, ExportOptions("conll", out))
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[0] == "-DOCSTART- -X- O O"
    assert lines.count("-DOCSTART- -X- O O") == 3
    assert all(len(line.split()) == 4 for line in lines if line and not line.startswith("-DOC"))


@pytest.mark.client
@pytest.mark.slow
def test_spacy_convert_reads_the_same_entities(corpus, tmp_path):
    out = tmp_path / "out.conll"
    export(corpus, ExportOptions("conll", out))
    subprocess.run(
        [sys.executable, "-m", "spacy", "convert", "-c", "ner", str(out), str(tmp_path)],
        check=True,
        capture_output=True,
    )
    import spacy
    from spacy.tokens import DocBin

    docs = list(DocBin().from_disk(tmp_path / "out.spacy").get_docs(spacy.blank("ru").vocab))
    found = [[(tuple(t.text for t in ent), ent.label_) for ent in doc.ents] for doc in docs]
    assert found == expected_entities(corpus)
    assert (("Москва-Сити",), "LOC") in found[2]


@pytest.mark.client
def test_seqeval_scores_an_export_against_itself_read_back_as_one(corpus, tmp_path):
    from seqeval.metrics import f1_score

    out = tmp_path / "out.conll"
    export(corpus, ExportOptions("conll", out))
    written = file_tags(out)
    again = []
    for doc in conll.read(out):
        assert not isinstance(doc, Problem)
        for line_start, line in _lines(doc.article.text):
            tokens = _space_tokens(line, line_start)
            index = TokenIndex(tokens)
            ranges = [
                (*index.aligned(s.start, s.end), s.label)
                for s in doc.spans
                if line_start <= s.start < line_start + len(line)
            ]
            again.append(spans_tags(len(tokens), ranges))
    assert again == written
    assert f1_score(written, again) == 1.0


def _lines(text):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _space_tokens(line, offset):
    from razmetka.core.tokens import Token

    tokens, start = [], 0
    for word in line.split(" "):
        tokens.append(Token(offset + start, offset + start + len(word), word))
        start += len(word) + 1
    return tokens


@pytest.mark.parametrize("scheme", ["iob2", "bioes"])
def test_read_back_gives_the_entities_in_either_scheme(corpus, tmp_path, scheme):
    out = tmp_path / "out.conll"
    export(corpus, ExportOptions("conll", out, tags=scheme))
    docs = [d for d in conll.read(out)]
    entities = [
        [(tuple(d.article.text[s.start : s.end].split()), s.label) for s in d.spans] for d in docs
    ]
    assert entities == expected_entities(corpus)
    if scheme == "bioes":
        content = out.read_text(encoding="utf-8")
        assert "Вашингтон _ _ S-LOC" in content and "Токаев _ _ E-PER" in content
        assert f"{SNAPPED[1]} _ _ S-LOC" in content


def test_tag_conversions_round_trip():
    ranges = [(0, 2, "PER"), (3, 4, "LOC"), (4, 7, "ORG")]
    for scheme in ("iob2", "bioes"):
        assert tags_spans(spans_tags(8, ranges, scheme)) == ranges
    assert tags_spans(["I-PER", "I-PER", "O", "I-LOC", "B-LOC"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "LOC"),
    ]
    assert tags_spans(["U-PER", "B-LOC", "L-LOC"]) == [(0, 1, "PER"), (1, 3, "LOC")]


def test_bad_documents_are_reported_and_the_rest_read(tmp_path):
    path = tmp_path / "bad.conll"
    path.write_text(
        "-DOCSTART- -X- O O\n\nИван B-PER\nбез_тега\n\n"
        "-DOCSTART- -X- O O\n\nПетя X-PER\n\n"
        "-DOCSTART- -X- O O\n\nМосква _ _ B-LOC\nи _ _ O\nТверь _ _ B-LOC\n",
        encoding="utf-8",
    )
    items = list(conll.read(path))
    assert [type(i).__name__ for i in items] == ["Problem", "Problem", "Document"]
    assert items[0].where == "line 4" and "token and a tag" in items[0].reason
    assert "X-PER" in items[1].reason
    assert items[2].article.text == "Москва и Тверь"
    assert [(s.start, s.end, s.label) for s in items[2].spans] == [(0, 6, "LOC"), (9, 14, "LOC")]


def test_a_binary_file_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / "x.conll"
    path.write_bytes(b"\x00\x01\x02" * 50)
    [problem] = list(conll.read(path))
    assert isinstance(problem, Problem)


def test_round_trip_keeps_spans_on_token_text(corpus, tmp_path):
    out = tmp_path / "out.conll"
    export(corpus, ExportOptions("conll", out))
    docs, problems = read_back(conll, out)
    assert problems == []
    [doc] = [d for d in conll.read(out) if "Собянин" in d.article.text]
    assert [doc.article.text[s.start : s.end] for s in doc.spans] == [
        "Москва",
        "Санкт-Петербурге",
        "Москва-Сити",
        "Собянин",
    ]


def test_reader_never_raises_on_bad_input(tmp_path):
    assert_readers_never_raise(conll, tmp_path, ".conll")
