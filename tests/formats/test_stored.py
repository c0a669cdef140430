"""Records that SQLite writes (JSONL without tokens, doccano, Label Studio, brat) must be, byte
for byte, the records each format's ordinary writer builds, whatever the text, metadata, options
and damage in the store."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest

from razmetka.core import actions
from razmetka.core.export import ExportOptions, export
from razmetka.core.formats import brat, doccano, jsonl, label_studio
from razmetka.core.model import Article, ArticleStatus, Document, Span, SpanStatus
from razmetka.core.store import Store, StoreError

from .conftest import build

AWKWARD = [
    # text, spans (surface, label, status, normal), meta, title, source, date, external id
    (
        'Кавычки "так" и \\обратная\\ черта\tтаб, 😀🇰🇿 Иван\u2028Петров\u2029в Твери',
        [("Иван", "PER", "accepted", 'Иван "Ваня"'), ("Твери", "LOC", "rejected", None)],
        {"tags": ["a", "б"], "nested": {"x": None, "y": [1, 2.5, True]}, "empty": ""},
        "Заголовок \u2028 с разрывом",
        "",
        None,
        None,
    ),
    (
        "Управляющие \x01 символы \x1f и DEL \x7f, комбинируемые й и флаг 🏳️‍🌈 Москва",
        [("Управляющие", "ORG", "suggested", None), ("Москва", "LOC", "accepted", "Москва")],
        {},
        "",
        "ТАСС",
        "2026-02-19",
        "id/with slash",
    ),
    (
        "Без сущностей вовсе.",
        [],
        {"title": "в meta тоже", "date": "2020-01-01", "rubric": "прочее"},
        "Свой заголовок",
        "src",
        "2026-01-01",
        "ext-3",
    ),
]


def awkward_store() -> Store:
    store = Store(":memory:")
    build(store)  # the shared corpus: CRLF, no-break spaces, emoji, a span inside a token
    for text, spans, meta, title, source, date, external_id in AWKWARD:
        article = Article(text, external_id, title, source, date, meta)
        doc = Document(
            article,
            tuple(
                Span(start, start + len(surface), label, SpanStatus(status), "natasha@1", normal)
                for surface, label, status, normal in spans
                for start in [text.index(surface)]
            ),
        )
        article_id = store.articles.add(doc)
        assert article_id is not None
        store.apply(actions.set_status(store, article_id, ArticleStatus.DONE))
    return store


OPTIONS = {
    "plain": {},
    "all articles": {"include_all": True},
    "negatives": {"negatives": True, "include_all": True},
    "label subset": {"labels": frozenset({"PER", "ORG"})},
    "rename merging labels": {"rename": {"PER": "PERSON", "LOC": "ORG"}, "negatives": True},
    "empty subset": {"labels": frozenset()},
    "split": {"split": (0.5, 0.25, 0.25), "seed": 7},
}


# format: its module, and the function its ordinary writer builds one article's record with
FORMATS = {
    "jsonl": (jsonl, "article_record"),
    "doccano": (doccano, "doccano_record"),
    "label-studio": (label_studio, "task_record"),
    "brat": (brat, "ann_lines"),
}
JSON_FORMATS = ["jsonl", "doccano", "label-studio"]


def both_ways(store, tmp_path, monkeypatch, fmt="jsonl", **options):
    """The export's files and report written by SQLite, then by the ordinary writer."""
    module = FORMATS[fmt][0]
    out = {}
    path = tmp_path / "out"  # one path for both: reports name it
    for way in ("stored", "ordinary"):
        if path.is_dir():
            shutil.rmtree(path)
        path.unlink(missing_ok=True)
        with monkeypatch.context() as patch:
            if way == "ordinary":
                patch.delattr(module, "record_sql")
            report = export(store, ExportOptions(fmt, path, **options))
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        out[way] = (
            {str(f.relative_to(path)): f.read_bytes() for f in files},
            replace(report, files=[]),
        )
    return out["stored"], out["ordinary"]


def ordinary_calls(monkeypatch, fmt="jsonl") -> list[int]:
    """Ids of the articles the ordinary writer builds from here on."""
    module, function = FORMATS[fmt]
    calls: list[int] = []
    real = getattr(module, function)

    def counted(item, *rest):
        calls.append(item.article.id)
        return real(item, *rest)

    monkeypatch.setattr(module, function, counted)
    return calls


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("options", OPTIONS.values(), ids=OPTIONS.keys())
def test_stored_records_are_the_ordinary_records(tmp_path, monkeypatch, fmt, options):
    store = awkward_store()
    calls = ordinary_calls(monkeypatch, fmt)
    stored, ordinary = both_ways(store, tmp_path, monkeypatch, fmt, **options)
    assert stored == ordinary
    # The ordinary run builds every article; the stored run only those it must.
    fallbacks = calls[: len(calls) - stored[1].articles]
    assert stored[1].articles > len(fallbacks)
    for article_id in fallbacks:  # brat writes a span over a line break as fragments
        assert fmt == "brat"
        text = store.articles.get(article_id).text
        assert any(brat._LINE_BREAKS.search(s.surface(text)) for s in store.spans.of(article_id))


@pytest.mark.parametrize("fmt", JSON_FORMATS)
def test_line_and_paragraph_separators_stay_escaped(tmp_path, monkeypatch, fmt):
    store = awkward_store()
    (files, _report), _ = both_ways(store, tmp_path, monkeypatch, fmt)
    data = b"".join(data for name, data in files.items() if not name.endswith(".xml"))
    assert "\u2028".encode() not in data and "\u2029".encode() not in data
    assert b"\\u2028" in data and b"\\u2029" in data


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_span_past_the_text_goes_the_ordinary_way_and_is_reported(tmp_path, monkeypatch, fmt):
    store = awkward_store()
    article = next(store.articles.stream([ArticleStatus.DONE]))
    store.conn.execute(
        'INSERT INTO spans(article_id, start, "end", label, status, origin, created_at, '
        "updated_at) VALUES (?, ?, ?, 'PER', 'accepted', 'x', '', '')",
        (article.id, len(article.text) - 2, len(article.text) + 5),
    )
    calls = ordinary_calls(monkeypatch, fmt)
    stored, ordinary = both_ways(store, tmp_path, monkeypatch, fmt)
    assert stored == ordinary
    assert calls.count(article.id) == 2  # the ordinary way, then the forced ordinary run
    assert any("lies outside the text" in p.reason for p in stored[1].problems)


def test_text_the_database_cannot_hold_is_refused(tmp_path):
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
