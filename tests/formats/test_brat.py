"""brat standoff: T lines that slice the .txt, CRLF and BOM files, and what a flat set cannot
hold reported rather than lost."""

from __future__ import annotations

import codecs

from razmetka.core.export import ExportOptions, export
from razmetka.core.formats import brat
from razmetka.core.importing import import_paths
from razmetka.core.model import SpanStatus
from razmetka.core.report import Problem
from razmetka.core.store import Store

from .conftest import assert_readers_never_raise, read_back, stored


def t_lines(path):
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("T"):
            ident, head, surface = line.split("\t")
            label, places = head.split(" ", 1)
            yield label, [tuple(map(int, p.split())) for p in places.split(";")], surface


def test_every_t_line_text_is_its_slice_of_the_txt(corpus, tmp_path):
    out = tmp_path / "brat"
    export(corpus, ExportOptions("brat", out, negatives=True))
    anns = sorted(out.glob("*.ann"))
    assert len(anns) == 3
    count = 0
    for ann in anns:
        with open(ann.with_suffix(".txt"), encoding="utf-8", newline="") as handle:
            text = handle.read()
        for _, fragments, surface in t_lines(ann):
            assert " ".join(text[s:e] for s, e in fragments) == surface
            count += 1
    assert count == 12  # eleven accepted spans and one rejected


def test_txt_is_the_stored_text_byte_for_byte(corpus, tmp_path):
    out = tmp_path / "brat"
    export(corpus, ExportOptions("brat", out))
    for article in corpus.articles.stream():
        if article.external_id == "kz-1":
            assert (out / "kz-1.txt").read_bytes() == article.text.encode("utf-8")


def test_span_over_a_line_break_is_written_as_fragments(corpus, tmp_path):
    out = tmp_path / "brat"
    export(corpus, ExportOptions("brat", out))
    [(label, fragments, surface)] = [t for t in t_lines(out / "nbsp_2.ann") if len(t[1]) > 1]
    assert (label, surface, len(fragments)) == ("ORG", "Акорды Участие", 2)


def test_round_trip_with_negatives(corpus, tmp_path):
    out = tmp_path / "brat"
    export(corpus, ExportOptions("brat", out, negatives=True))
    assert "Rejected Arg:<ENTITY>" in (out / "annotation.conf").read_text(encoding="utf-8")
    docs = {}
    for ann in out.glob("*.ann"):
        for doc in brat.read(ann):
            assert not isinstance(doc, Problem)
            docs[doc.article.external_id] = doc
    # File names are made safe ("nbsp/2" -> "nbsp_2"), so compare by content.
    found = [
        (
            d.article.text,
            [(s.start, s.end, s.label) for s in d.spans if s.status is SpanStatus.ACCEPTED],
        )
        for d in docs.values()
    ]
    assert sorted(found) == sorted(stored(corpus).values())
    rejected = [s for s in docs["kz-1"].spans if s.status is SpanStatus.REJECTED]
    assert [docs["kz-1"].article.text[s.start : s.end] for s in rejected] == ["Белом доме"]


def test_annotation_conf_lists_the_labels(corpus, tmp_path):
    out = tmp_path / "brat"
    export(corpus, ExportOptions("brat", out, labels=frozenset({"PER", "ORG"})))
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    entities = conf.split("[entities]\n")[1].split("\n\n")[0].split("\n")
    assert entities == ["PER", "ORG"]


def pair(folder, name, text_bytes, ann):
    (folder / f"{name}.txt").write_bytes(text_bytes)
    (folder / f"{name}.ann").write_text(ann, encoding="utf-8")
    return folder / f"{name}.ann"


def only_doc(path):
    items = list(brat.read(path))
    docs = [i for i in items if not isinstance(i, Problem)]
    assert len(docs) == 1, items
    return docs[0], [i for i in items if isinstance(i, Problem)]


def spans_text(doc):
    return [(doc.article.text[s.start : s.end], s.label) for s in doc.spans]


def test_crlf_text_keeps_its_offsets(tmp_path):
    raw = "Первая строка\r\nВладимир Путин\r\nприехал в Москву 😀\r\n"
    ann = "T1\tPER 15 29\tВладимир Путин\nT2\tLOC 41 47\tМоскву\n"
    doc, problems = only_doc(pair(tmp_path, "a", raw.encode("utf-8"), ann))
    assert problems == []
    assert "\r" not in doc.article.text
    assert spans_text(doc) == [("Владимир Путин", "PER"), ("Москву", "LOC")]


def test_offsets_counted_on_lf_text_of_a_crlf_file_also_fit(tmp_path):
    raw = "Строка\r\nВладимир Путин"
    ann = "T1\tPER 7 21\tВладимир Путин\n"
    doc, _ = only_doc(pair(tmp_path, "a", raw.encode("utf-8"), ann))
    assert spans_text(doc) == [("Владимир Путин", "PER")]


def test_bom_counted_or_not(tmp_path):
    data = codecs.BOM_UTF8 + "Москва и Тверь".encode()
    for name, ann in (("plain", "T1\tLOC 0 6\tМосква\n"), ("counted", "T1\tLOC 1 7\tМосква\n")):
        doc, _ = only_doc(pair(tmp_path, name, data, ann))
        assert spans_text(doc) == [("Москва", "LOC")]


def test_what_a_flat_set_cannot_hold_is_reported(tmp_path):
    text = "Министерство иностранных дел России сообщило. Иван Петров и Анна"
    ann = (
        "T1\tORG 0 35\tМинистерство иностранных дел России\n"
        "T2\tLOC 29 35\tРоссии\n"
        "T3\tPER 46 50;60 64\tИван Анна\n"
        "T4\tPER 46 57\tИван Петров\n"
        "R1\tWorks Arg1:T4 Arg2:T1\n"
        "#1\tAnnotatorNotes T1\tпроверить\n"
        "A1\tNegation T4\n"
    )
    doc, notes = only_doc(pair(tmp_path, "a", text.encode(), ann))
    assert spans_text(doc) == [
        ("Министерство иностранных дел России", "ORG"),
        ("Иван Петров", "PER"),
    ]
    reasons = {n.where: n.reason for n in notes}
    assert set(reasons) == {"T2", "T3", "R1", "#1", "A1"}
    assert all(r.startswith("note: ") for r in reasons.values())
    assert "discontinuous" in reasons["T3"] and "nests" in reasons["T2"]


def test_importer_keeps_the_document_and_lists_the_notes(tmp_path):
    text = "Иван Петров и Анна"
    pair(tmp_path, "a", text.encode(), "T1\tPER 0 11\tИван Петров\nR1\tX Arg1:T1 Arg2:T1\n")
    store = Store()
    report = import_paths(store, [tmp_path / "a.ann"], fmt="brat")
    assert (report.imported, report.rejected, len(report.notes)) == (1, 0, 1)


def test_bad_lines_reject_the_document_without_raising(tmp_path):
    cases = {
        "offsets": "T1\tPER x y\tИван\n",
        "outside": "T1\tPER 0 500\tИван\n",
        "mismatch": "T1\tPER 0 4\tПетр\n",
        "garbage": "hello world\n",
    }
    for name, ann in cases.items():
        [problem] = list(brat.read(pair(tmp_path, name, "Иван Петров".encode(), ann)))
        assert isinstance(problem, Problem), name
    [problem] = list(brat.read(tmp_path / "missing.ann"))
    assert "cannot read" in problem.reason


def test_round_trip_through_the_reader_matches(corpus, tmp_path):
    out = tmp_path / "brat"
    export(corpus, ExportOptions("brat", out))
    docs, problems = {}, []
    for ann in sorted(out.glob("*.ann")):
        found, more = read_back(brat, ann)
        docs.update(found)
        problems += more
    assert problems == []
    assert sorted(docs.values()) == sorted(stored(corpus).values())


def test_reader_never_raises_on_bad_input(tmp_path):
    assert_readers_never_raise(brat, tmp_path, ".ann")
