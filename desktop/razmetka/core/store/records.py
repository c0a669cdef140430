"""Export records that SQLite writes itself: JSONL without tokens, doccano, Label Studio and
brat's ``.ann`` files.

Building a record in Python turns the text into a Python string, every span into an object and
the whole back into JSON; reading the spans into objects alone costs more than ``json.dumps`` of
the finished records. Here one query per export builds each article's record as UTF-8 bytes, so
the text goes from the database to the file without becoming a Python string, and a span's text
comes from its ``surface`` column, which every way of writing a span keeps (tests/core/
test_store.py holds them to it; ``substr`` would walk the article from its start for each span).
The query streams: memory stays flat however large the corpus.

A record must be byte for byte what the format's writer in ``core/formats`` writes, and the
golden files under tests/formats/golden hold both ways to the same hand-written files. An
article with a span that runs past the text comes back without a record (``line`` is None),
and the export builds it the ordinary way, which also reports the span; so does an article a
format's own condition rules out (brat's spans over a line break, which it writes as fragments).

Python's ``json.dumps(..., ensure_ascii=False)`` and SQLite's ``json_quote`` escape strings
alike (``\\"``, ``\\\\``, ``\\n`` and the other short forms, ``\\u00XX`` for the other control
characters, everything else as it is), and the metadata is stored by ``json.dumps``, which
``json()`` only strips of its spaces, its numbers and escapes kept as they are. What neither
writes is the JSON escape of U+2028 and U+2029 that ``formats.common.dump`` adds; ``records``
adds it here. Another build of SQLite could write JSON otherwise: ``json_as_python`` asks the
one the program runs on, once, and the export builds every record in Python where it differs.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from razmetka.core.store.rows import meta_json
from razmetka.core.text import LINE_BREAKS

if TYPE_CHECKING:
    from razmetka.core.store import Store


class StoredRecord(NamedTuple):  # a tuple: an export makes one per article
    article_id: int
    line: bytes | None  # the record as written, without a newline; None: build it in Python
    spans: int = 0  # accepted spans written
    negatives: int = 0  # rejected suggestions written
    part: str | None = None  # the export's split part, which it sets
    text: bytes | None = None  # a folder format's (brat's): the article's text as UTF-8
    external_id: str | None = None  # and the id it names the article's files by


@dataclass(frozen=True)
class Chosen:
    """The articles and spans an export writes."""

    statuses: tuple[str, ...] | None  # the article statuses to write (None: every article)
    last_id: int  # articles added after the export started are left out
    keep: Collection[str] | None = None  # the stored labels to write (None: all)
    rename: Mapping[str, str] = field(default_factory=dict)  # stored name -> written name
    negatives: bool = False  # the rejected suggestions too (JSONL's "rejected")


# The metadata keys each writer leaves out because the record has them already:
# ``_ARTICLE_FIELDS`` in formats/jsonl.py and ``_OWN_KEYS`` in formats/doccano.py (a test holds
# them to each other).
JSONL_META_LEFT_OUT = ("title", "source", "date")
DOCCANO_META_LEFT_OUT = (
    "Comments",
    "comments",
    "date",
    "entities",
    "external_id",
    "id",
    "label",
    "labels",
    "relations",
    "source",
    "text",
    "title",
    "user",
)
# Label Studio's names for the labelling tool and the text it labels (formats/label_studio.py).
LS_FROM_NAME, LS_TO_NAME = "label", "text"


def jsonl(store: Store, chosen: Chosen) -> Iterator[StoredRecord]:
    """``{"id", "text", "meta", "spans"}`` and, with negatives, ``"rejected"``: what
    ``formats.jsonl.article_record`` makes of an article without tokens."""
    params: dict[str, Any] = {}
    spans = SpanSql(params, chosen)
    span = (
        "json_object('start', s.start, 'end', s.\"end\", 'label', {label}, 'text', s.surface, "
        "'normal', s.normal)"
    )
    line = (
        """'{"id":' || json_quote(COALESCE(a.external_id, CAST(a.id AS TEXT)))"""
        """ || ',"text":' || json_quote(a.text)"""
        """ || ',"meta":{"title":' || json_quote(a.title) || ',"source":' || json_quote(a.source)"""
        f""" || ',"date":' || json_quote(a.date) || {more_meta(JSONL_META_LEFT_OUT)} || '}}'"""
        f""" || ',"spans":' || {spans.array("accepted", span)}"""
    )
    if chosen.negatives:
        line += f""" || ',"rejected":' || {spans.array("rejected", span)}"""
    return records(store, chosen, params, spans, line + " || '}'")


def doccano(store: Store, chosen: Chosen) -> Iterator[StoredRecord]:
    """``{"text", "label": [[start, end, label], ...], "external_id", "title", "source",
    "date", ...metadata}``: what ``formats.doccano.doccano_record`` makes of an article."""
    params: dict[str, Any] = {}
    spans = SpanSql(params, chosen)
    labels = spans.array("accepted", 'json_array(s.start, s."end", {label})')
    line = (
        f"""'{{"text":' || json_quote(a.text) || ',"label":' || {labels}"""
        """ || ',"external_id":' || json_quote(a.external_id)"""
        """ || ',"title":' || json_quote(a.title) || ',"source":' || json_quote(a.source)"""
        f""" || ',"date":' || json_quote(a.date) || {more_meta(DOCCANO_META_LEFT_OUT)} || '}}'"""
    )
    return records(store, chosen, params, spans, line)


def label_studio(store: Store, chosen: Chosen) -> Iterator[StoredRecord]:
    """A task ``{"data", "annotations", "predictions"}``: what
    ``formats.label_studio.task_record`` makes of an article."""
    params: dict[str, Any] = {}
    spans = SpanSql(params, chosen)
    # An article nobody has finished is a task still to label, not one labelled as empty.
    annotated = f"a.status = 'done' OR {spans.exists('accepted')}"
    annotation = f"""'[{{"result":' || {spans.array("accepted", _region("a"))} || '}}]'"""
    line = (
        """'{"data":{"text":' || json_quote(a.text)"""
        """ || ',"external_id":' || json_quote(a.external_id)"""
        """ || ',"title":' || json_quote(a.title) || ',"source":' || json_quote(a.source)"""
        """ || ',"date":' || json_quote(a.date) || ',"meta":' || json(a.meta) || '}'"""
        f""" || ',"annotations":' || CASE WHEN {annotated} THEN {annotation} ELSE '[]' END"""
        f""" || ',"predictions":' || {_predictions(spans)} || '}}'"""
    )
    return records(store, chosen, params, spans, line)


def _region(prefix: str) -> str:
    return (
        f"json_object('id', '{prefix}' || s.id, 'from_name', '{LS_FROM_NAME}', "
        f"'to_name', '{LS_TO_NAME}', 'type', 'labels', 'value', json_object('start', s.start, "
        "'end', s.\"end\", 'text', s.surface, 'labels', json_array({label})))"
    )


def _predictions(spans: SpanSql) -> str:
    """One prediction per suggester, in the order of their names, as ``task_record`` groups
    them."""
    result = spans.array("suggested", _region("p"), also="s.origin = o.origin")
    prediction = (
        f"""'{{"model_version":' || json_quote(o.origin) || ',"result":' || {result} || '}}'"""
    )
    origins = f"SELECT DISTINCT s.origin FROM spans s WHERE {spans.of('suggested')}"
    return (
        "(SELECT COALESCE('[' || group_concat(p, ',') || ']', '[]') "
        f"FROM (SELECT {prediction} AS p FROM ({origins}) o ORDER BY o.origin))"
    )


# A span text holding a line break, which brat writes as fragments (formats/brat.py).
BRAT_BREAKS_GLOB = f"*[{LINE_BREAKS}]*"


def brat(store: Store, chosen: Chosen) -> Iterator[StoredRecord]:
    """The ``.ann`` that ``formats.brat.ann_lines`` writes, its lines not yet numbered
    (``formats.brat.numbered`` numbers them), with the text and the external id. An article
    with a written span over a line break is built in Python, which writes it as fragments."""
    params: dict[str, Any] = {}
    spans = SpanSql(params, chosen)
    written, order = f"({spans.of('accepted')})", spans.ORDER
    if chosen.negatives:  # numbered after the accepted spans, as ``ann_lines`` numbers them
        written += f" OR ({spans.of('rejected')})"
        order = f"s.status = 'rejected', {order}"
    # One format() a line: a chain of || makes a new string at every link. Counting the rows
    # in SQL (a window function) costs more than numbering the lines in Python.
    t_line, a_line, breaks = bind(params, "brat", ["\t%s %d %d\t%s\n", "A\n", BRAT_BREAKS_GLOB])
    line = (
        f'format({t_line}, {spans.label}, s.start, s."end", s.surface) || '
        f"CASE WHEN s.status = 'rejected' THEN {a_line} ELSE '' END"
    )
    ann = (
        "(SELECT COALESCE(group_concat(j, ''), '') FROM "
        f"(SELECT {line} AS j FROM spans s WHERE {written} ORDER BY {order}))"
    )
    fits = f"NOT EXISTS (SELECT 1 FROM spans s WHERE ({written}) AND s.surface GLOB {breaks})"
    extra = ("CAST(a.text AS BLOB)", "a.external_id")
    return records(store, chosen, params, spans, ann, extra, fits, is_json=False)


# --- the query ----------------------------------------------------------------------------------

# Every span of the article lies inside the text (an article without spans does): the largest
# end, from the index of spans by their ends. Spans of every status and label count, which
# sends an article to Python more often than it needs, never less.
_INSIDE = """COALESCE((SELECT max("end") <= a.length FROM spans WHERE article_id = a.id), 1)"""

_LS, _PS = "\u2028".encode(), "\u2029".encode()
# One pass for both (``in`` twice costs three times as much on Cyrillic UTF-8).
_SEPARATOR = re.compile(b"\xe2\x80[\xa8\xa9]")


def records(
    store: Store,
    chosen: Chosen,
    params: dict[str, Any],
    spans: SpanSql,
    line: str,
    extra: tuple[str, ...] = (),
    fits: str = "1",
    is_json: bool = True,
) -> Iterator[StoredRecord]:
    """Each article ``chosen`` names, in id order, with the record ``line`` (SQL over the
    article's row ``a``) builds, or None where an article must be built in Python: a span runs
    past the text, or the article does not meet ``fits``. ``extra``: the columns that follow
    the counts in a ``StoredRecord``; ``is_json``: the record is JSON, U+2028/U+2029 escaped."""
    params["last_id"] = chosen.last_id
    where = "a.id <= :last_id"
    if chosen.statuses is not None:
        where += f" AND a.status IN ({', '.join(bind(params, 'status', chosen.statuses))})"
    negatives = spans.count("rejected") if chosen.negatives else "0"
    more = "".join(f", {column}" for column in extra)
    sql = (
        f"SELECT a.id, CASE WHEN {_INSIDE} AND ({fits}) THEN CAST({line} AS BLOB) END, "
        f"{spans.count('accepted')}, {negatives}{more} FROM articles a WHERE {where} "
        "ORDER BY a.id"
    )
    for article_id, encoded, accepted, rejected, *rest in store.conn.cursor().execute(sql, params):
        if is_json and encoded is not None and _SEPARATOR.search(encoded):
            # The JSON escapes that ``dump`` writes, so line-based readers never split a record.
            encoded = encoded.replace(_LS, b"\\u2028").replace(_PS, b"\\u2029")
        yield StoredRecord(article_id, encoded, accepted, rejected, None, *rest)


def more_meta(left_out: Iterable[str]) -> str:
    """SQL for the article's metadata without the keys ``left_out``, as JSON object members to
    append to an object: ``',"x":1,"y":2'``, or ``''`` when none are left."""
    paths = ", ".join(f"'$.{key}'" for key in left_out)
    rest = f"json_remove(a.meta, {paths})" if paths else "json(a.meta)"
    # Most articles have no metadata: stored as '{}', nothing to parse.
    return (
        f"(CASE WHEN a.meta = '{{}}' OR {rest} = '{{}}' THEN '' "
        f"ELSE ',' || substr({rest}, 2, length({rest}) - 2) END)"
    )


class SpanSql:
    """SQL for one article's spans of a status, in text order, with the label subset and the
    renaming applied. In the SQL a format gives for one span, ``s`` is the span's row and
    ``{label}`` its label as written."""

    ORDER = 's.start, s."end", s.id'

    def __init__(self, params: dict[str, Any], chosen: Chosen) -> None:
        self.where = "s.article_id = a.id AND {status} = '{value}'"
        if chosen.keep is not None:
            # Not looked up in an index by label, which would walk the corpus's spans of the
            # label for each article: the article's spans are few, checked one by one.
            keep = bind(params, "keep", sorted(chosen.keep))
            self.where += f" AND +s.label IN ({', '.join(keep)})"
        self.label = "s.label"
        if chosen.rename:
            olds = bind(params, "old", chosen.rename.keys())
            news = bind(params, "new", chosen.rename.values())
            cases = " ".join(f"WHEN {old} THEN {new}" for old, new in zip(olds, news, strict=True))
            self.label = f"CASE s.label {cases} ELSE s.label END"

    def of(self, status: str, also: str = "") -> str:
        """The WHERE condition for the spans of ``status`` (and ``also``), for reading rows.
        The unary plus keeps SQLite from looking the status up in the spans_status index,
        which would leave the rows, read in the index's order, to be sorted: it walks the
        article's spans in text order (the spans_article index) and checks each one's status."""
        where = self.where.format(status="+s.status", value=status)
        return f"{where} AND {also}" if also else where

    def array(self, status: str, element: str, also: str = "") -> str:
        """A JSON array of ``element`` (SQL giving one JSON value per span), in text order."""
        element = element.replace("{label}", self.label)
        # group_concat keeps the order of the rows it is given.
        rows = (
            f"SELECT {element} AS j FROM spans s WHERE {self.of(status, also)} "
            f"ORDER BY {self.ORDER}"
        )
        return f"(SELECT COALESCE('[' || group_concat(j, ',') || ']', '[]') FROM ({rows}))"

    def _counted(self, status: str) -> str:
        # Counting needs no order: the spans_status index alone answers it.
        return self.where.format(status="s.status", value=status)

    def count(self, status: str) -> str:
        return f"(SELECT count(*) FROM spans s WHERE {self._counted(status)})"

    def exists(self, status: str) -> str:
        return f"EXISTS (SELECT 1 FROM spans s WHERE {self._counted(status)})"


def bind(params: dict[str, Any], name: str, values: Iterable[Any]) -> list[str]:
    """Named placeholders ``:name0, :name1, ...`` for ``values``, added to ``params``."""
    names = []
    for n, value in enumerate(values):
        params[f"{name}{n}"] = value
        names.append(f":{name}{n}")
    return names


# --- whether this SQLite writes JSON as Python does ----------------------------------------------

# Values where SQLite's JSON functions could part from ``json.dumps``: every control character,
# U+2028/U+2029, characters past the BMP, quotes and backslashes; metadata with floats, a large
# integer, nested objects and a key the records leave out.
_PROBE_TEXT = "".join(map(chr, range(1, 0xA0))) + '\u2028\u2029\ufeff😀𝔘 «ё» "q" \\'
_PROBE_META = {
    "f": 1.0,
    "e": 1e16,
    "s": 1e-05,
    "z": -0.0,
    "i": 2**70,
    "n": {"l": [1, 2.5, None, True, False, {}, []]},
    "t": _PROBE_TEXT,
    "title": 1,
}


@functools.cache
def json_as_python() -> bool:
    """Whether the SQLite this program runs on writes what the records' SQL asks of it as
    ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))`` does; asked once a
    process, of a database in memory."""
    rest = {k: v for k, v in _PROBE_META.items() if k != "title"}
    element = {"a": _PROBE_TEXT, "b": 5, "c": None, "d": [1, _PROBE_TEXT]}
    expected = tuple(_compact(v) for v in (_PROBE_TEXT, _PROBE_META, rest, element))
    with closing(sqlite3.connect(":memory:")) as conn:
        found = conn.execute(
            "SELECT json_quote(:text), json(:meta), json_remove(:meta, '$.title'), "
            "json_object('a', :text, 'b', 5, 'c', NULL, 'd', json_array(1, :text))",
            {"text": _PROBE_TEXT, "meta": meta_json(_PROBE_META)},
        ).fetchone()
    return tuple(found) == expected


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
