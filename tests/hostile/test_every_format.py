"""Hostile input, the same cases for every readable format of the registry: each import either
stores what the file means or refuses it with a message naming the file and the line or record,
and nothing the database held before is lost or changed.

A format added to the registry meets these cases as soon as ``samples.WRITERS`` can write it
(the first test fails until then).
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from razmetka import cli
from razmetka.core import actions, formats
from razmetka.core.model import Article, Document, Span, SpanStatus
from razmetka.core.store import Store
from tests.hostile.cli import razmetka
from tests.hostile.samples import WRITERS, Entity, Record, Sample

MARKUP = '<img src="file:///etc/passwd"> и <b>жирный</b>'
EMOJI_TEXT = "😀 Иван Петров приехал в Москву."
HUGE_WORDS = 150_000  # about 2 MB of text on one line


def entity(text: str, surface: str, label: str) -> Entity:
    start = text.index(surface)
    return Entity(start, start + len(surface), label, surface)


def record(key: str, text: str, *entities: tuple[str, str]) -> Record:
    return Record(key, text, tuple(entity(text, s, label) for s, label in entities))


def good_records() -> list[Record]:
    return [
        record("first", "ПЕРВАЯ статья: Иван Петров приехал в Казань.", ("Иван Петров", "PER")),
        record(
            "second",
            "ВТОРАЯ статья о «Газпроме».\nВ Москве тепло.",
            ("Газпроме", "ORG"),
            ("Москве", "LOC"),
        ),
        record("third", "ТРЕТЬЯ статья: Сбербанк открыл офис в Туле.", ("Туле", "LOC")),
    ]


def with_second(**changes: object) -> list[Record]:
    records = good_records()
    records[1] = replace(records[1], **changes)  # type: ignore[arg-type]
    return records


def _huge() -> Record:
    text = "ВТОРАЯ " + "Слово Иван Петров в Москве. " * (HUGE_WORDS // 5)
    return record("second", text, ("Москве", "LOC"))


# --- the cases ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    name: str

    def __str__(self) -> str:
        return self.name

    records: Callable[[], list[Record]] = good_records
    mutate: Callable[[Sample], None] | None = None
    outcome: str = "imported"  # "imported", "refused" (some of it), or "either"


def _every_file(sample: Sample, change: Callable[[bytes], bytes]) -> None:
    for path in sample.files:
        path.write_bytes(change(path.read_bytes()))


def _bad_bytes(sample: Sample) -> None:
    marker = "ВТОРАЯ".encode()
    for path in sample.files:
        data = path.read_bytes()
        if marker in data:
            at = data.index(marker) + len(marker)
            path.write_bytes(data[:at] + b"\xff\xfe" + data[at:])
            return
    raise AssertionError("no file holds the second record")


def _truncated(sample: Sample) -> None:
    last = sample.files[-1]
    data = last.read_bytes().rstrip(b"\n")
    last.write_bytes(data[: len(data) - 9])


def _utf16(data: bytes) -> bytes:
    return data.decode("utf-8").encode("utf-16")  # with a BOM


def _emoji_utf16_offsets() -> list[Record]:
    start, end = 3, 14  # "Иван Петров" counted in UTF-16 units: the emoji counts two
    assert EMOJI_TEXT[start - 1 : end - 1] == "Иван Петров"
    return with_second(text=EMOJI_TEXT, entities=(Entity(start, end, "PER", "Иван Петров"),))


CASES = [
    Case("empty file", mutate=lambda s: _every_file(s, lambda _: b""), outcome="refused"),
    Case(
        "only whitespace",
        mutate=lambda s: _every_file(s, lambda _: b" \n\t \r\n  "),
        outcome="refused",
    ),
    Case("invalid UTF-8 in the middle", mutate=_bad_bytes, outcome="refused"),
    Case("UTF-16 with a BOM", mutate=lambda s: _every_file(s, _utf16)),
    Case("truncated last record", mutate=_truncated, outcome="either"),
    Case("a record nested 1,000 deep", lambda: with_second(meta=1000), outcome="either"),
    Case("a huge single line", lambda: [*good_records()[:1], _huge(), *good_records()[2:]]),
    Case(
        "markup in the text",
        lambda: with_second(text=f"ВТОРАЯ {MARKUP} в Москве.", entities=()),
    ),
    Case(
        "NUL bytes",
        lambda: with_second(text="ВТОРАЯ статья\x00 о Москве.", entities=()),
        outcome="refused",
    ),
    Case(
        "a span beyond the end",
        lambda: with_second(entities=(Entity(7, 500, "LOC", "статья"),)),
        outcome="either",
    ),
    Case(
        "negative offsets",
        lambda: with_second(entities=(Entity(-3, 6, "LOC", "ВТОРАЯ"),)),
        outcome="either",
    ),
    Case("UTF-16 offsets after an emoji", _emoji_utf16_offsets, outcome="either"),
    Case("CRLF line ends", mutate=lambda s: _every_file(s, lambda d: d.replace(b"\n", b"\r\n"))),
]


# --- running them ---------------------------------------------------------------------------


def test_every_readable_format_has_a_sample_writer() -> None:
    assert sorted(WRITERS) == sorted(formats.readable())


@pytest.fixture(scope="module")
def prior_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database that held articles, spans and a decision before the hostile import."""
    path = tmp_path_factory.mktemp("prior") / "prior.db"
    with Store(path) as store:
        for n, (text, surface) in enumerate(
            [("Путин посетил Казань.", "Казань"), ("Токаев прибыл в Астану.", "Токаев")]
        ):
            start = text.index(surface)
            span = Span(start, start + len(surface), "LOC", SpanStatus.SUGGESTED, "natasha@1")
            store.articles.add(Document(Article(text, f"prior-{n}"), (span,)))
        first = store.spans.of(1)[0]
        store.apply(actions.accept(store, first.id))
    return path


def snapshot(db: Path, last_article: int = 2) -> list[object]:
    with sqlite3.connect(db) as conn:
        return [
            conn.execute(
                f"SELECT * FROM articles WHERE id <= {last_article} ORDER BY id"
            ).fetchall(),
            conn.execute(
                f"SELECT * FROM spans WHERE article_id <= {last_article} ORDER BY id"
            ).fetchall(),
            conn.execute(
                "SELECT * FROM labels WHERE name IN ('PER', 'LOC', 'ORG') ORDER BY name"
            ).fetchall(),
            conn.execute("SELECT * FROM decisions ORDER BY rowid").fetchall(),
        ]


def stored(db: Path) -> dict[str, set[tuple[str, str]]]:
    """The articles the import added: their text without whitespace, and their spans' text
    (without whitespace) and label."""
    out = {}
    with Store(db, read_only=True) as store:
        for article, spans in store.articles.with_spans(None, store.articles.last_id()):
            if article.id is not None and article.id <= 2:
                continue
            squeeze = "".join(article.text.split())
            out[squeeze] = {("".join(s.surface(article.text).split()), s.label) for s in spans}
    return out


def expected(records: list[Record]) -> dict[str, set[tuple[str, str]]]:
    return {
        "".join(r.text.split()): {("".join(e.surface.split()), e.label) for e in r.entities}
        for r in records
    }


PLACE = re.compile(r"(line \d+|record \d+|byte \d+|T\d+|\.txt|\.ann)")


Run = Callable[[Path, str, Path], tuple[int, str, str]]  # db, format, path: code, out, err


def in_process(capsys) -> Run:
    def run(db: Path, fmt: str, path: Path) -> tuple[int, str, str]:
        code = cli.main(["--db", str(db), "import", "--format", fmt, str(path)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def as_a_process(db: Path, fmt: str, path: Path) -> tuple[int, str, str]:
    proc = razmetka(db, "import", "--format", fmt, path)
    return proc.returncode, proc.stdout, proc.stderr


def run_case(fmt: str, case: Case, tmp_path: Path, prior_db: Path, run: Run) -> None:
    db = tmp_path / "db.razmetka"
    shutil.copy(prior_db, db)
    before = snapshot(db)
    records = case.records()
    sample = WRITERS[fmt](tmp_path, records)
    if case.mutate is not None:
        case.mutate(sample)
    code, out, err = run(db, fmt, sample.path)
    said = out + err
    assert "unexpected error" not in said and "Traceback" not in said, said
    assert code in (cli.EXIT_OK, cli.EXIT_REJECTED, cli.EXIT_FAILED), said
    assert snapshot(db) == before  # nothing stored before is lost or changed
    refused = code != cli.EXIT_OK
    if refused:
        named = [str(p) for p in sample.files] + [str(sample.path)]
        lines = [line for line in err.splitlines() if any(name in line for name in named)]
        assert lines, f"no message names the file: {said}"
        if case.name not in ("empty file", "only whitespace"):  # no line to name there
            assert any(PLACE.search(line) for line in lines), f"no line or record named: {said}"
    if case.outcome == "refused":
        assert refused, f"{case.name} imported without a word: {said}"
    if case.outcome == "imported":
        assert not refused, said
    check_stored(db, sample, records, case)


def check_stored(db: Path, sample: Sample, records: list[Record], case: Case) -> None:
    """What was stored is what the file means: each article one of the records, with spans
    from its entities; and every record of an import that went through."""
    got = stored(db)
    wanted = expected(records)
    last = "".join(records[-1].text.split())
    for text, spans in got.items():
        if case.name == "truncated last record" and last.startswith(text):
            continue  # the record that was cut, as far as the file still holds it
        assert text in wanted, f"stored text the file does not hold: {text[:80]!r}"
        assert spans <= (wanted[text] if sample.spans else set()), (spans, wanted[text])
    if case.outcome == "imported":
        assert got == (wanted if sample.spans else {text: set() for text in wanted})


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
@pytest.mark.parametrize("fmt", formats.readable())
def test_hostile_input(fmt: str, case: Case, tmp_path: Path, prior_db: Path, capsys) -> None:
    run_case(fmt, case, tmp_path, prior_db, in_process(capsys))


FROM_THE_SHELL = ("invalid UTF-8 in the middle", "a record nested 1,000 deep", "negative offsets")


@pytest.mark.parametrize("case", [c for c in CASES if c.name in FROM_THE_SHELL], ids=str)
@pytest.mark.parametrize("fmt", formats.readable())
def test_hostile_input_from_the_command_line(
    fmt: str, case: Case, tmp_path: Path, prior_db: Path
) -> None:
    """A few of the cases as the user meets them: ``razmetka import`` as a process of its own
    (its own recursion limit, its own exit code)."""
    run_case(fmt, case, tmp_path, prior_db, as_a_process)
