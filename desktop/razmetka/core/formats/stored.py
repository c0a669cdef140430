"""Records that SQLite writes itself, for the formats that only serialise what is stored (JSONL
without tokens, doccano, Label Studio, brat).

Building a record in Python means turning the text into a Python string, every span into an
object, and the whole back into JSON: several times the cost of the JSON alone. Here one query
per export builds each article's record as UTF-8 bytes, and the text goes from the database to
the file without becoming a Python string. The span texts come from the ``surface`` column
(``substr`` would walk the article from its start for each span).

A format gives the SQL of its record (``RecordSql``); ``records`` runs it. The records must be
byte for byte those of the format's ordinary writer, and tests hold each format to it. An
article this cannot write exactly comes back without a record and the export builds it the
ordinary way, which also reports why: a span that runs past the text, or anything a format's
own ``fits`` rules out (brat's spans over a line break).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from razmetka.core.formats.common import Added, ExportItem, PartFiles, WriteSettings, dump
from razmetka.core.store import Store


class StoredRecord(NamedTuple):  # a tuple: an export makes one per article
    article_id: int
    line: bytes | None  # the record as written; None: build this one the ordinary way
    spans: int = 0  # accepted spans written
    negatives: int = 0  # rejected suggestions written
    part: str | None = None
    extra: tuple[Any, ...] = ()  # further columns a format asked for (brat: text, id)


@dataclass(frozen=True)
class RecordSql:
    """What a format asks of the query: its record, any further columns, and a condition an
    article must meet to be written this way (besides every span lying inside the text)."""

    line: str
    extra: tuple[str, ...] = ()
    fits: str = "1"


def records(
    store: Store,
    statuses: Sequence[str] | None,
    last_id: int,
    settings: WriteSettings,
    keep: Collection[str] | None,
    rename: Mapping[str, str] | None,
    build: Callable[[SpanSql, WriteSettings], RecordSql],
) -> Iterator[StoredRecord]:
    """The articles with ``statuses`` (all when None) up to id ``last_id``, in id order, each
    with the record ``build`` describes. ``keep``: the stored labels to write (None: all);
    ``rename``: stored label name -> written name."""
    params: dict[str, Any] = {"last_id": last_id}
    where = "a.id <= :last_id"
    if statuses is not None:
        where += f" AND a.status IN ({', '.join(bind(params, 'status', statuses))})"
    spans = SpanSql(params, keep, rename or {})
    record = build(spans, settings)
    negatives = spans.count("rejected") if settings.negatives else "0"
    extra = "".join(f", {column}" for column in record.extra)
    sql = (
        f"SELECT a.id, CASE WHEN {_INSIDE} AND ({record.fits}) THEN CAST({record.line} AS BLOB) "
        f"END, {spans.count('accepted')}, {negatives}{extra} "
        f"FROM articles a WHERE {where} ORDER BY a.id"
    )
    for article_id, encoded, accepted, rejected, *more in store.articles.records_sql(sql, params):
        if encoded is not None and _SEPARATOR.search(encoded):
            # The JSON escapes that ``dump`` writes, so line-based readers never split a record.
            encoded = encoded.replace(_LS, b"\\u2028").replace(_PS, b"\\u2029")
        yield StoredRecord(article_id, encoded, accepted, rejected, None, tuple(more))


_LS, _PS = "\u2028".encode(), "\u2029".encode()
# One pass for both (``in`` twice costs three times as much on Cyrillic UTF-8).
_SEPARATOR = re.compile(b"\xe2\x80[\xa8\xa9]")

# Every span lies inside the text, so its surface is its whole text (an article without spans
# fits). One pass over the article's spans.
_INSIDE = """COALESCE((SELECT max("end") <= a.length FROM spans WHERE article_id = a.id), 1)"""


def more_meta(own: Iterable[str]) -> str:
    """The article's metadata without the keys ``own``, as JSON object members to append to an
    object: ``',"x":1,"y":2'``, or ``''`` when none are left."""
    paths = ", ".join(f"'$.{key}'" for key in own)
    rest = f"json_remove(a.meta, {paths})" if paths else "json(a.meta)"
    return (
        f"(CASE WHEN {rest} = '{{}}' THEN '' ELSE ',' || substr({rest}, 2, length({rest}) - 2) END)"
    )


class SpanSql:
    """SQL for one article's spans of a status, with the label subset and renaming applied.
    In the SQL a format writes for a span, ``s`` is the span's row and ``{label}`` its label as
    written."""

    ORDER = 's.start, s."end", s.id'

    def __init__(
        self, params: dict[str, Any], keep: Collection[str] | None, rename: Mapping[str, str]
    ) -> None:
        self.params = params
        self.where = "s.article_id = a.id AND {status} = '{value}'"
        if keep is not None:
            self.where += f" AND s.label IN ({', '.join(bind(params, 'keep', sorted(keep)))})"
        self.label = "s.label"
        if rename:
            olds = bind(params, "old", rename.keys())
            news = bind(params, "new", rename.values())
            cases = " ".join(f"WHEN {old} THEN {new}" for old, new in zip(olds, news, strict=True))
            self.label = f"CASE s.label {cases} ELSE s.label END"

    def of(self, status: str, also: str = "") -> str:
        """The WHERE condition for the spans of ``status`` (and ``also``, when given), for
        reading rows. The unary plus keeps SQLite from looking the status up in the
        spans_status index, which would leave rows read in text order to be sorted: it walks
        the article's spans and checks each one's status (through spans_article when the
        query orders them, as ``rows`` does)."""
        where = self.where.format(status="+s.status", value=status)
        return f"{where} AND {also}" if also else where

    def _counted(self, status: str) -> str:
        # Counting needs no order: the spans_status index alone answers it.
        return self.where.format(status="s.status", value=status)

    def array(self, status: str, element: str, also: str = "") -> str:
        """A JSON array of ``element`` (SQL giving one JSON value per span), in text order."""
        rows = self.rows(status, element, also)
        return f"(SELECT COALESCE('[' || group_concat(j, ',') || ']', '[]') FROM {rows})"

    def rows(self, status: str, element: str, also: str = "") -> str:
        # group_concat keeps the order of the rows it is given.
        element = element.replace("{label}", self.label)
        return (
            f"(SELECT {element} AS j FROM spans s WHERE {self.of(status, also)} "
            f"ORDER BY {self.ORDER})"
        )

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


class JsonLinesWriter:
    """One JSON record a line, in one file or one per part; a format gives ``record``. Records
    that SQLite wrote go in as they are."""

    def __init__(self, root: Path, settings: WriteSettings) -> None:
        self.files = PartFiles(root, ".jsonl", binary=True)
        self.settings = settings

    def record(self, item: ExportItem, added: Added) -> Any:
        raise NotImplementedError

    def add(self, item: ExportItem) -> Added:
        added = Added()
        line = dump(self.record(item, added)) + "\n"
        self.files.file(item.part).write(line.encode("utf-8"))
        return added

    def add_stored(self, record: StoredRecord) -> None:
        """A record that SQLite wrote (see ``records``)."""
        assert record.line is not None
        self.files.file(record.part).write(record.line)

    def close(self) -> list[Path]:
        return self.files.close()
