"""A small corpus that holds what breaks offsets: emoji, no-break spaces, a name across a line
break, text that came from a CRLF file, a span inside a token, pending and rejected
suggestions."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from razmetka.core import actions
from razmetka.core.model import Article, ArticleStatus, Document, Span, SpanStatus
from razmetka.core.store import Store
from razmetka.core.text import normalize


@dataclass(frozen=True)
class Entity:
    surface: str
    label: str
    status: SpanStatus = SpanStatus.ACCEPTED
    nth: int = 0  # which occurrence of the surface


ARTICLES = [
    (
        "kz-1",
        "Президент Казахстана Касым-Жомарт Токаев прибыл в Вашингтон 😀🇰🇿. "
        "Его встретил Дональд Трамп в Белом доме.\n\nФото: Акорда",
        [
            Entity("Казахстана", "LOC"),
            Entity("Касым-Жомарт Токаев", "PER"),
            Entity("Вашингтон", "LOC"),
            Entity("Дональд Трамп", "PER"),
            Entity("Белом доме", "ORG", SpanStatus.REJECTED),
            Entity("Акорда", "ORG", SpanStatus.SUGGESTED),
        ],
    ),
    (
        "nbsp/2",
        "Компания\u00a0«Газпром» выплатит 10\u00a0000 рублей. Об этом сообщила пресс-служба "
        "Акорды\n\nУчастие в заседании Совета мира — главное событие.",
        [
            Entity("«Газпром»", "ORG"),
            Entity("Акорды\n\nУчастие", "ORG"),
            Entity("Совета мира", "ORG"),
        ],
    ),
    (
        "crlf 3",
        normalize("Москва\r\nВ Санкт-Петербурге открылся «Москва-Сити»\r\nмэр Собянин 👍🏽 заявил"),
        [
            Entity("Москва", "LOC"),
            Entity("Санкт-Петербурге", "LOC"),
            Entity("Москва", "LOC", nth=1),  # inside the token "Москва-Сити"
            Entity("Собянин", "PER"),
        ],
    ),
]


def spans_of(text: str, entities: list[Entity]) -> tuple[Span, ...]:
    spans = []
    for entity in entities:
        start = -1
        for _ in range(entity.nth + 1):
            start = text.index(entity.surface, start + 1)
        origin = "analyst" if entity.status is SpanStatus.ACCEPTED else "natasha@1"
        spans.append(Span(start, start + len(entity.surface), entity.label, entity.status, origin))
    return tuple(spans)


def build(store: Store, articles=ARTICLES, done: bool = True) -> list[int]:
    ids = []
    for external_id, text, entities in articles:
        article = Article(
            text=text,
            external_id=external_id,
            title=text[:20],
            source="test",
            date="2026-02-19",
            meta={"rubric": "politics"},
        )
        article_id = store.articles.add(Document(article, spans_of(text, entities)))
        assert article_id is not None
        if done:
            store.apply(actions.set_status(store, article_id, ArticleStatus.DONE))
        ids.append(article_id)
    return ids


@pytest.fixture
def corpus():
    """A store whose three articles are done, plus one still to do."""
    store = Store(":memory:")
    build(store)
    build(
        store, [("todo-4", "Владимир Путин посетил Казань.", [Entity("Казань", "LOC")])], done=False
    )
    yield store
    store.close()


def stored(store: Store, statuses=(SpanStatus.ACCEPTED,)) -> dict[str, tuple]:
    """External id -> (text, spans) of the done articles: what an export should carry."""
    out = {}
    for article in store.articles.stream([ArticleStatus.DONE]):
        spans = [(s.start, s.end, s.label) for s in store.spans.of(article.id, statuses)]
        out[article.external_id] = (article.text, spans)
    return out


def read_back(module, path) -> tuple[dict[str, tuple], list]:
    """What a reader makes of a file: external id -> (text, accepted spans), and problems."""
    from razmetka.core.report import Problem

    docs, problems = {}, []
    for item in module.read(path):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        spans = [(s.start, s.end, s.label) for s in item.spans if s.status is SpanStatus.ACCEPTED]
        docs[item.article.external_id] = (item.article.text, spans)
    return docs, problems


SNAPPED = ("crlf 3", "Москва-Сити")  # the span "Москва" inside this token, after snapping


GARBAGE = [
    b"",
    b"\x00\xff\xfe" * 40,
    b"[1, 2, 3]",
    b'{"text": 5}',
    b'[{"data": {"text": "x"}, "annotations": "x", "predictions": 5}]',
    b'[{"data": {"text": "abc"}, "annotations": [{"result": [{"value": {"start": 0, '
    b'"end": 2, "labels": "PER"}}]}]}]',
    b'{"text": "abc", "label": 7, "relations": 3}',
    b'{"text": "abc", "entities": [{"start_offset": true, "end_offset": 2, "label": "X"}]}',
    "T1\tPER 0\tа\nT2 LOC 1 2 б\nR1\n#\n".encode(),
    "слово\nслово B-\n-DOCSTART-\nа I-\n".encode(),
    "\ufeff\r\n\r\n".encode(),
]


def assert_readers_never_raise(module, tmp_path, suffix: str) -> None:
    """Whatever the bytes, a reader yields documents and problems; it never raises."""
    from razmetka.core.model import Document
    from razmetka.core.report import Problem

    for number, data in enumerate(GARBAGE):
        path = tmp_path / f"bad{number}{suffix}"
        path.write_bytes(data)
        path.with_suffix(".txt").write_bytes(data if suffix == ".ann" else b"")
        items = list(module.read(path))
        assert all(isinstance(i, (Document, Problem)) for i in items), (number, items)


@pytest.fixture(params=["sql", "python"])
def records_by(request, monkeypatch) -> str:
    """Run the test twice: with the records SQLite writes for the formats that have them
    (``core.store.records``), and with every record built in Python, so that either way
    drifting from what the test expects fails it."""
    if request.param == "python":
        from razmetka.core import export

        monkeypatch.setattr(export, "SQL_RECORDS", {})
    return request.param
