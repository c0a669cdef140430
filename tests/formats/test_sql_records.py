"""The records SQLite writes for JSONL, doccano and Label Studio (``core.store.records``) held to
the records the writers build in Python, on what could make the two differ.

SQLite's JSON functions and Python's ``json.dumps`` are different code: the corpus here has
metadata with floats, large integers, nested objects, keys that the records have already,
Cyrillic and emoji, every control character and U+2028/U+2029 in the text, title, metadata
and span texts, astral-plane characters before spans (offsets count code points), an article
without spans, one without an external id, suggestions by two suggesters, a span past the end
of the text and a renaming that merges two labels. Every export runs both ways and must write
the same bytes and report the same, and golden files (tests/formats/golden/edge/, checked by
reading them and against the corpus below) hold both ways to what they should be.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from razmetka.core import actions, formats
from razmetka.core import export as export_module
from razmetka.core.export import ExportOptions, export, sql_records
from razmetka.core.formats import doccano, jsonl, label_studio
from razmetka.core.model import Article, ArticleStatus, Document, Span, SpanStatus
from razmetka.core.store import Store, records

GOLDEN = Path(__file__).parent / "golden" / "edge"
CONTROL = "".join(chr(code) for code in range(1, 32)) + "\x7f\x85"  # every control but NUL
META = {
    "float": 1.0,
    "big": 1e16,
    "small": 1e-05,
    "negative zero": -0.0,
    "tenth": 0.1,
    "huge": 2**70,
    "nested": {"list": [1, 2.5, None, True, False, {"deep": ["ё"]}], "empty": {}, "none": []},
    "unicode": "Привет 😀 🇰🇿",
    "control": CONTROL,
    "separators": "a\u2028b\u2029c",
    "quote": 'he said "hi" \\o/',
    "кириллица": "ключ",
    "": "an empty key",
    # keys the records have already: JSONL and doccano leave them out of the metadata
    "title": "meta title",
    "source": "meta source",
    "date": "meta date",
    "id": 7,
    "text": "meta text",
    "user": "someone",
    "label": [1],
    "Comments": "c",
}
EMOJI_TEXT = (
    "😀 Иван Петров\u2028прилетел в Москву\u2029вместе с 👩‍👩‍👧 «Газпромом»" + CONTROL + "Сбер 𝔘𝔫𝔦"
)
# The last span ends where the text does, after astral-plane characters: the text's length as
# SQLite compares it is Python's, in code points, or the article would go to Python.
# external id, title, source, date, meta, text, status,
# spans: (surface, label, status, origin, normal)
EDGE = [
    (
        "edge-1",
        'Заголовок "в кавычках"\u2028вторая строка\t',
        "Агентство \\ слэш",
        "2026-03-01",
        META,
        EMOJI_TEXT,
        ArticleStatus.DONE,
        [
            ("Иван Петров", "PER", "accepted", "analyst", 'Иван "Ваня" Петров\\'),
            ("прилетел", "PER", "rejected", "natasha@1", None),
            ("Москву\u2029вместе", "LOC", "accepted", "analyst", None),
            ("👩‍👩‍👧", "LOC", "suggested", "learned@2", None),
            ("«Газпромом»" + CONTROL + "Сбер", "ORG", "accepted", "analyst", "Газпром\n"),
            ("𝔘𝔫𝔦", "ORG", "suggested", "natasha@1", "Uni"),
        ],
    ),
    ("edge/2", "", "", None, {}, "Текст без единого имени.", ArticleStatus.DONE, []),
    (
        None,
        "Без внешнего id",
        "ТАСС",
        "2026-03-02",
        {"rubric": "экономика"},
        "Сотрудники ООО «Ромашка» встретились в Твери с Анной.",
        ArticleStatus.DONE,
        [
            ("ООО «Ромашка»", "ORG", "accepted", "analyst", None),
            ("Твери", "LOC", "accepted", "analyst", "Тверь"),
            ("Анной", "PER", "accepted", "analyst", "Анна"),
            ("Сотрудники", "ORG", "rejected", "natasha@1", None),
            ("встретились", "LOC", "suggested", "natasha@1", None),
        ],
    ),
    (
        "edge-4",
        "Спан за концом текста",
        "",
        None,
        {"n": 4},
        "Мэр Собянин открыл станцию.",
        ArticleStatus.DONE,
        [("Собянин", "PER", "accepted", "analyst", None)],
    ),
    (
        "edge-5",
        "Не готово",
        "",
        None,
        {},
        "Владимир Путин посетил Казань.",
        ArticleStatus.IN_PROGRESS,
        [("Казань", "LOC", "suggested", "natasha@1", None)],
    ),
]
# The span past the end of the text, of "edge-4": stored by hand, as no part of the program would.
PAST_THE_END = (20, 40)

OPTIONS: dict[str, dict] = {
    "done": {},
    "all": {"include_all": True},
    "negatives": {"include_all": True, "negatives": True},
    "merged": {
        "include_all": True,
        "negatives": True,
        "labels": frozenset({"ORG", "LOC"}),
        "rename": {"ORG": "ENT", "LOC": "ENT"},
    },
    "split": {"include_all": True, "split": (0.5, 0.25, 0.25), "seed": 3},
}
SQL_FORMATS = ("jsonl", "doccano", "label-studio", "brat")
CASES = [(fmt, case) for fmt in SQL_FORMATS for case in OPTIONS]
GOLDEN_CASES = [("jsonl", "negatives"), ("doccano", "all"), ("label-studio", "merged")]
ONE_FILE = {"jsonl": "data.jsonl", "doccano": "data.jsonl"}


def edge_store(corpus: list | None = None) -> Store:
    store = Store(":memory:")
    for external_id, title, source, date, meta, text, status, spans in corpus or EDGE:
        article = Article(text, external_id, title, source, date, meta)
        doc = Document(
            article,
            tuple(
                Span(start, start + len(surface), label, SpanStatus(state), origin, normal)
                for surface, label, state, origin, normal in spans
                for start in [text.index(surface)]
            ),
        )
        article_id = store.articles.add(doc)
        assert article_id is not None
        if status is not ArticleStatus.TODO:
            store.apply(actions.set_status(store, article_id, status))
        if external_id == "edge-4":
            store.conn.execute(
                'INSERT INTO spans(article_id, start, "end", label, status, origin, created_at, '
                "updated_at) VALUES (?, ?, ?, 'PER', 'accepted', 'x', '', '')",
                (article_id, *PAST_THE_END),
            )
    return store


def exported(
    fmt: str, case: str, root: Path, corpus: list | None = None
) -> tuple[dict[str, bytes], dict, int]:
    """The files an export wrote and its report, paths under ``root``, and how many articles
    were built in Python."""
    options = OPTIONS[case]
    out = root / (ONE_FILE[fmt] if fmt in ONE_FILE and "split" not in options else "out")
    built = []
    real_prepare = export_module.prepare

    def prepare(*args):
        built.append(args)
        return real_prepare(*args)

    with pytest.MonkeyPatch.context() as patch, edge_store(corpus) as store:
        patch.setattr(export_module, "prepare", prepare)
        report = export(store, ExportOptions(fmt, out, **options))
    files = {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }
    told = {
        **vars(report),
        "files": [str(Path(f).relative_to(root)) for f in report.files],
        "problems": [(p.source.replace(str(root), ""), p.where, p.reason) for p in report.problems],
    }
    return files, told, len(built)


@pytest.mark.parametrize(("fmt", "case"), CASES, ids=[f"{f}-{c}" for f, c in CASES])
def test_sql_writes_what_python_writes(tmp_path, monkeypatch, fmt, case):
    sql = exported(fmt, case, tmp_path / "sql")
    with monkeypatch.context() as patch:
        patch.setattr(export_module, "SQL_RECORDS", {})  # every record built in Python
        python = exported(fmt, case, tmp_path / "python")
    assert sql[0].keys() == python[0].keys()
    for name, data in python[0].items():
        assert sql[0][name].decode("utf-8") == data.decode("utf-8"), name
    assert sql[1] == python[1]
    # Only the article with a span past the text was built in Python, which reported the span
    # (unless its label is not exported); for brat also edge-1, with spans over line breaks.
    assert sql[2] == (2 if fmt == "brat" else 1) and python[2] == sql[1]["articles"]
    past = ("edge-4", "20-40", "PER lies outside the text; left out")
    assert (past in sql[1]["problems"]) == (case != "merged")


@pytest.mark.parametrize(("fmt", "case"), GOLDEN_CASES, ids=[f"{f}-{c}" for f, c in GOLDEN_CASES])
def test_the_export_is_the_golden_file(tmp_path, records_by, fmt, case):
    files, _, _ = exported(fmt, case, tmp_path)
    folder = GOLDEN / fmt / case
    expected = {
        str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }
    assert sorted(files) == sorted(expected)
    for name, data in expected.items():
        assert files[name].decode("utf-8") == data.decode("utf-8"), name


def edge_article(external_id: str | None):
    return next(a for a in EDGE if a[0] == external_id)


def test_the_golden_jsonl_holds_the_corpus():
    """The golden JSONL checked against the corpus itself: each value as Python has it."""
    data = (GOLDEN / "jsonl/negatives/data.jsonl").read_bytes()
    assert "\u2028".encode() not in data and "\u2029".encode() not in data
    found = [json.loads(line) for line in data.split(b"\n") if line]
    assert [r["id"] for r in found] == ["edge-1", "edge/2", "3", "edge-4", "edge-5"]
    for record in found:
        external_id = None if record["id"] == "3" else record["id"]
        _, title, source, date, meta, text, _, spans = edge_article(external_id)
        own = {k: v for k, v in meta.items() if k not in ("title", "source", "date")}
        assert record["meta"] == {"title": title, "source": source, "date": date, **own}
        assert record["text"] == text
        for key, status in (("spans", "accepted"), ("rejected", "rejected")):
            want = [
                {
                    "start": text.index(s),
                    "end": text.index(s) + len(s),
                    "label": label,
                    "text": s,
                    "normal": normal,
                }
                for s, label, state, _, normal in spans
                if state == status
            ]
            assert record[key] == sorted(want, key=lambda span: span["start"])


def test_the_golden_label_studio_tasks_hold_the_corpus():
    tasks = json.loads((GOLDEN / "label-studio/merged/out/tasks.json").read_text(encoding="utf-8"))
    first = tasks[0]
    assert first["data"]["meta"] == META and first["data"]["text"] == EMOJI_TEXT
    assert [p["model_version"] for p in first["predictions"]] == ["learned@2", "natasha@1"]
    for task in tasks:
        results = [r for a in task["annotations"] + task["predictions"] for r in a["result"]]
        for region in results:
            value = region["value"]
            assert task["data"]["text"][value["start"] : value["end"]] == value["text"]
            assert value["labels"] == ["ENT"]
    assert [len(t["annotations"]) for t in tasks] == [1, 1, 1, 1, 0]  # edge-5 is not done


def test_the_keys_left_out_of_the_metadata_are_the_writers():
    assert records.JSONL_META_LEFT_OUT == jsonl._ARTICLE_FIELDS
    assert set(records.DOCCANO_META_LEFT_OUT) == doccano._OWN_KEYS
    names = (label_studio.FROM_NAME, label_studio.TO_NAME)
    assert names == (records.LS_FROM_NAME, records.LS_TO_NAME)


@pytest.mark.parametrize(
    ("fmt", "options", "by_sql"),
    [
        ("jsonl", {}, True),
        ("jsonl", {"tokens": True}, False),  # razdel's tokens
        ("jsonl", {"versions": True}, False),  # each analyst's version
        ("jsonl", {"misaligned": "skip", "tags": "bioes"}, True),  # only for aligned formats
        ("doccano", {"tokens": True}, True),  # doccano lists no tokens
        ("doccano", {"versions": True}, False),
        ("label-studio", OPTIONS["merged"], True),
        ("label-studio", OPTIONS["split"], True),
        ("brat", OPTIONS["negatives"], True),
        ("brat", OPTIONS["split"], True),
        ("brat", {"versions": True}, False),  # a folder per analyst
        ("conll", {}, False),
        ("hf", {}, False),
    ],
)
def test_one_place_says_which_exports_sql_writes(tmp_path, fmt, options, by_sql):
    found = sql_records(formats.get(fmt), ExportOptions(fmt, tmp_path, **options))
    assert (found is not None) == by_sql


def test_this_sqlite_writes_json_as_python_does():
    """Else every export here would be built in Python and the tests above hold nothing."""
    assert records.json_as_python()


def test_an_sqlite_that_writes_json_otherwise_sends_every_export_to_python(tmp_path, monkeypatch):
    monkeypatch.setattr(records, "json_as_python", lambda: False)
    assert sql_records(formats.get("jsonl"), ExportOptions("jsonl", tmp_path)) is None
    files, report, built = exported("jsonl", "negatives", tmp_path)
    assert built == report["articles"] == 5
    assert files["data.jsonl"] == (GOLDEN / "jsonl/negatives/data.jsonl").read_bytes()


# --- brat ---------------------------------------------------------------------------------------

# What could part brat's .ann as SQLite writes it from ann_lines': astral-plane characters and an
# emoji sequence before the spans (offsets count code points), a tab, a control character and "%"
# inside a span's text, a rejected span inside an accepted one, ids needing a safe name and one
# that collides with another's, no external id, a device name, spans over line breaks (written
# as fragments, so built in Python) of an accepted span, of a label left out by "merged" and of
# a rejected span only, and a span past the end of the text.
BRAT_TEXT = "😀👩‍👩‍👧 Иван Петров прилетел в 𝔘𝔫𝔦 Москву, 100% «Газпром»\tи\x1fСбер."
BRAT = [
    (
        "news/1",
        "",
        "",
        None,
        {},
        BRAT_TEXT,
        ArticleStatus.DONE,
        [
            ("Иван Петров", "PER", "accepted", "analyst", None),
            ("прилетел", "PER", "rejected", "natasha@1", None),
            ("𝔘𝔫𝔦", "LOC", "suggested", "natasha@1", None),
            ("Москву", "LOC", "accepted", "analyst", None),
            ("100%", "ORG", "rejected", "natasha@1", None),
            ("«Газпром»\tи\x1fСбер", "ORG", "accepted", "analyst", None),
            ("Газпром", "ORG", "rejected", "natasha@1", None),
        ],
    ),
    ("news_1", "", "", None, {}, "Мэр Собянин открыл станцию.", ArticleStatus.DONE, []),
    (
        None,
        "",
        "",
        None,
        {},
        "Сотрудники ООО «Ромашка» встретились в Твери.",
        ArticleStatus.DONE,
        [("ООО «Ромашка»", "ORG", "accepted", "a", None), ("Твери", "LOC", "accepted", "a", None)],
    ),
    (
        "con",
        "",
        "",
        None,
        {},
        "Пресс-служба Акорды\n\nУчастие подтвердил Токаев.",
        ArticleStatus.DONE,
        [
            ("Акорды\n\nУчастие", "ORG", "accepted", "a", None),
            ("Токаев", "PER", "accepted", "a", None),
        ],
    ),
    (
        "e/5",
        "",
        "",
        None,
        {},
        "Владимир\u2028Путин посетил Казань.",
        ArticleStatus.DONE,
        [
            ("Владимир\u2028Путин", "PER", "accepted", "a", None),
            ("Казань", "LOC", "accepted", "a", None),
        ],
    ),
    (
        "e-6",
        "",
        "",
        None,
        {},
        "Сбер\x85Банк и ВТБ.",
        ArticleStatus.DONE,
        [("Сбер\x85Банк", "ORG", "rejected", "n", None), ("ВТБ", "ORG", "accepted", "a", None)],
    ),
    ("edge-4", "", "", None, {}, "Мэр Собянин открыл вокзал.", ArticleStatus.DONE, []),
    (
        "e-8",
        "",
        "",
        None,
        {},
        "Казань.",
        ArticleStatus.IN_PROGRESS,
        [("Казань", "LOC", "accepted", "a", None)],
    ),
]
# The articles built in Python: "con" and "edge-4" always, "e/5" unless PER is left out, "e-6"
# with negatives.
BRAT_BUILT = {"done": 3, "all": 3, "negatives": 4, "merged": 3, "split": 3}


@pytest.mark.parametrize("case", OPTIONS)
def test_brat_by_sql_writes_what_python_writes(tmp_path, monkeypatch, case):
    sql = exported("brat", case, tmp_path / "sql", BRAT)
    with monkeypatch.context() as patch:
        patch.setattr(export_module, "SQL_RECORDS", {})
        python = exported("brat", case, tmp_path / "python", BRAT)
    assert sql[0].keys() == python[0].keys()
    for name, data in python[0].items():
        assert sql[0][name] == data, name
    assert sql[1] == python[1]
    assert sql[2] == BRAT_BUILT[case] and python[2] == sql[1]["articles"]


def test_brat_by_sql_names_the_pairs_as_python_does(tmp_path):
    files, _, built = exported("brat", "negatives", tmp_path, BRAT)
    names = {name.removeprefix("out/") for name in files if name.endswith(".txt")}
    # "news_1" is taken by "news/1" before it; "con" is a device name on Windows.
    expected = {"news_1", "news_1-2", "article-3", "_con", "e_5", "e-6", "edge-4", "e-8"}
    assert names == {f"{name}.txt" for name in expected}
    assert files["out/news_1.txt"] == BRAT_TEXT.encode("utf-8")
    assert files["out/news_1.ann"].decode("utf-8") == (
        "T1\tPER 7 18\tИван Петров\n"
        "T2\tLOC 34 40\tМоскву\n"
        "T3\tORG 47 63\t«Газпром»\tи\x1fСбер\n"
        "T4\tPER 19 27\tприлетел\n"
        "A4\tRejected T4\n"
        "T5\tORG 42 46\t100%\n"
        "A5\tRejected T5\n"
        "T6\tORG 48 55\tГазпром\n"
        "A6\tRejected T6\n"
    )
    fragments = "T1\tORG 12 15\tВТБ\nT2\tORG 0 4;5 9\tСбер Банк\nA2\tRejected T2\n"
    assert files["out/e-6.ann"].decode("utf-8") == fragments  # built in Python
    assert built == BRAT_BUILT["negatives"]
