"""Every format's writer against files written out by hand (tests/formats/golden/<format>/<case>).

The corpus is small enough to check each golden file by reading it: an emoji and a skin-tone
emoji (one code point each, two in UTF-16), text that came from a CRLF file, no-break spaces, a
name across a blank line (brat fragments, joined sentences), normal forms, a rejected and a
pending suggestion in each article, metadata, an id that is no safe file name, and an article
not marked done (never exported here). A change to any field of any record fails a test.

The formats whose records SQLite writes (``core.store.records``: the JSON formats and brat) are
held to the same files both ways: as SQLite writes them and as the format's writer builds them
in Python.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from razmetka.core import actions, formats
from razmetka.core import export as export_module
from razmetka.core.export import ExportOptions, export, sql_records
from razmetka.core.model import Article, ArticleStatus, Document, Span, SpanStatus
from razmetka.core.store import Store
from razmetka.core.text import normalize

GOLDEN = Path(__file__).parent / "golden"

# external id, title, source, date, meta, text, spans (surface, label, status, normal), done
ARTICLES = [
    (
        "g-1",
        "Иван Петров в Москве",
        "ТАСС",
        "2026-02-19",
        {"rubric": "политика", "tags": ["визит"]},
        normalize("Иван Петров 😀 прилетел в Москву.\r\nЕго встретил\u00a0«Газпром» и Сбер."),
        [
            ("Иван Петров", "PER", "accepted", "Иван Петров"),
            ("Москву", "LOC", "accepted", "Москва"),
            ("Газпром", "ORG", "accepted", "Газпром"),
            ("Его", "PER", "rejected", None),
            ("Сбер", "ORG", "suggested", "Сбербанк"),
        ],
        True,
    ),
    (
        "g/2",
        "Акорда",
        "",
        None,
        {},
        "Пресс-служба Акорды\n\nУчастие 10\u00a0000 человек 👍🏽 подтвердил Токаев.",
        [
            ("Пресс-служба", "ORG", "rejected", None),
            ("Акорды\n\nУчастие", "ORG", "accepted", None),
            ("Токаев", "PER", "accepted", "Токаев"),
            ("человек", "PER", "suggested", None),
        ],
        True,
    ),
    (
        "g-3",
        "Не готово",
        "",
        None,
        {},
        "Владимир Путин посетил Казань.",
        [("Казань", "LOC", "accepted", "Казань")],
        False,
    ),
]

OPTIONS: dict[str, dict] = {
    "plain": {},
    "negatives": {"negatives": True},
    "labels": {"labels": frozenset({"PER", "ORG"}), "rename": {"ORG": "COMPANY"}},
    "split": {"split": (0.5, 0.0, 0.5), "seed": 1},
    "tokens": {"tokens": True},
    "bioes": {"tags": "bioes"},
}
EVERY_FORMAT = formats.writable()  # a new format fails here until it has golden files
CASES = [
    *((fmt, case) for case in ("plain", "labels", "split") for fmt in EVERY_FORMAT),
    *((fmt, "negatives") for fmt in ("jsonl", "brat", "spacy")),
    ("jsonl", "tokens"),
    ("conll", "bioes"),
    ("hf", "bioes"),
]
ONE_FILE = {"jsonl": "data.jsonl", "conll": "data.conll", "doccano": "data.jsonl"}


def golden_store() -> Store:
    store = Store(":memory:")
    for external_id, title, source, date, meta, text, spans, done in ARTICLES:
        article = Article(text, external_id, title, source, date, meta)
        doc = Document(
            article,
            tuple(
                Span(start, start + len(surface), label, SpanStatus(status), origin, normal)
                for surface, label, status, normal in spans
                for start in [text.index(surface)]
                for origin in ["analyst" if status == "accepted" else "natasha@1"]
            ),
        )
        article_id = store.articles.add(doc)
        assert article_id is not None
        if done:
            store.apply(actions.set_status(store, article_id, ArticleStatus.DONE))
    return store


def exported(fmt: str, case: str, root: Path) -> dict[str, bytes]:
    """The export's files, by path under ``root``; a DocBin as a JSON description of its Docs."""
    options = OPTIONS[case]
    out = root / (ONE_FILE[fmt] if fmt in ONE_FILE and "split" not in options else "out")
    with golden_store() as store:
        export(store, ExportOptions(fmt, out, **options))
    written = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        name = str(path.relative_to(root))
        if path.suffix == ".spacy":
            written[f"{name}.json"] = describe_docbin(path)
        else:
            written[name] = path.read_bytes()
    return written


def describe_docbin(path: Path) -> bytes:
    from razmetka.core.formats import spacy_docbin

    docs = [
        {
            "text": doc.text,
            "words": [[t.text, t.whitespace_] for t in doc],
            "sentences": [sent.text for sent in doc.sents],
            "ents": [[e.start_char, e.end_char, e.label_, e.text] for e in doc.ents],
            "incorrect_spans": [
                [s.start_char, s.end_char, s.label_, s.text]
                for s in doc.spans.get(spacy_docbin.NEGATIVES_KEY, [])
            ],
            "user_data": {str(k): v for k, v in doc.user_data.items()},
        }
        for doc in spacy_docbin.load(path)
    ]
    return (json.dumps(docs, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def golden(fmt: str, case: str) -> dict[str, bytes]:
    folder = GOLDEN / fmt / case
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.mark.parametrize(("fmt", "case"), CASES, ids=[f"{f}-{c}" for f, c in CASES])
def test_the_export_is_the_golden_file(tmp_path, monkeypatch, records_by, fmt, case):
    if fmt == "spacy":
        pytest.importorskip("spacy")
    built = []  # the articles built in Python
    real_prepare = export_module.prepare
    monkeypatch.setattr(
        export_module, "prepare", lambda *args: built.append(args) or real_prepare(*args)
    )
    got = exported(fmt, case, tmp_path)
    expected = golden(fmt, case)
    assert sorted(got) == sorted(expected)
    for name, data in expected.items():
        assert got[name].decode("utf-8") == data.decode("utf-8"), name
    options = ExportOptions(fmt, tmp_path, **OPTIONS[case])
    by_sql = records_by == "sql" and sql_records(formats.get(fmt), options) is not None
    # Two articles are done; brat writes g/2, with a name across a blank line, in Python.
    assert len(built) == (2 if not by_sql else 1 if fmt == "brat" else 0)


def test_the_sql_formats_golden_cases_are_written_by_sql():
    """Each golden case of JSONL, doccano, Label Studio and brat but tokens goes the SQL way,
    so the test above holds both ways to the files."""
    for fmt, case in CASES:
        options = ExportOptions(fmt, GOLDEN, **OPTIONS[case])
        by_sql = sql_records(formats.get(fmt), options) is not None
        sql_formats = ("jsonl", "doccano", "label-studio", "brat")
        assert by_sql == (fmt in sql_formats and case != "tokens")


def accepted_of_done() -> dict[str, list[tuple[int, int, str, str, str | None]]]:
    """External id -> (start, end, label, text, normal) of the accepted spans, from ARTICLES."""
    out = {}
    for external_id, *_, text, spans, done in ARTICLES:
        if done:
            out[external_id] = sorted(
                (text.index(s), text.index(s) + len(s), label, s, normal)
                for s, label, status, normal in spans
                if status == "accepted"
            )
    return out


def test_the_golden_jsonl_holds_the_corpus():
    """The golden files are checked against the corpus itself, not only against the writer."""
    records = [json.loads(line) for line in (GOLDEN / "jsonl/plain/data.jsonl").open("rb")]
    texts = {a[0]: a[5] for a in ARTICLES}
    assert [r["id"] for r in records] == list(accepted_of_done())
    for record in records:
        assert record["text"] == texts[record["id"]]
        spans = [
            (s["start"], s["end"], s["label"], s["text"], s["normal"]) for s in record["spans"]
        ]
        assert spans == accepted_of_done()[record["id"]]


def test_the_golden_brat_and_label_studio_texts_are_their_slices():
    for ann in (GOLDEN / "brat").rglob("*.ann"):
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        for line in ann.read_text(encoding="utf-8").splitlines():
            if line.startswith("T"):
                _, places, surface = line.split("\t")
                pieces = [p.split() for p in places.split(" ", 1)[1].split(";")]
                assert " ".join(text[int(s) : int(e)] for s, e in pieces) == surface
    for tasks in (GOLDEN / "label-studio").rglob("*.json"):
        for task in json.loads(tasks.read_text(encoding="utf-8")) if tasks.name[0] != "." else []:
            results = [r for a in task["annotations"] + task["predictions"] for r in a["result"]]
            for region in results:
                value = region["value"]
                assert task["data"]["text"][value["start"] : value["end"]] == value["text"]
