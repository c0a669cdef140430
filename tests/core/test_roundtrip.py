"""The offset contract end to end: JSONL in, the store, JSONL and CoNLL out."""

import json

from razmetka.cli import main

TRICKY = [
    "😀 Вчера в Москве 🇷🇺 Владимир Путин встретился с\u00a0Эмманюэлем Макроном.",
    "Й\u0306ошкар-Ола и 𝔘𝔫𝔦 — «Газпром» 👩‍👩‍👧 сообщил\u2028об этом ТАСС.",
]


def spans_for(text, *surfaces_labels):
    spans, cursor = [], 0
    for surface, label in surfaces_labels:
        start = text.index(surface, cursor)
        spans.append({"start": start, "end": start + len(surface), "label": label, "text": surface})
        cursor = start + len(surface)
    return spans


RECORDS = [
    {
        "id": "a1",
        "text": TRICKY[0],
        "meta": {"source": "test"},
        "spans": spans_for(
            TRICKY[0], ("Москве", "LOC"), ("Владимир Путин", "PER"), ("Эмманюэлем Макроном", "PER")
        ),
    },
    {
        "id": "a2",
        "text": TRICKY[1],
        "meta": {"source": "test"},
        "spans": spans_for(
            TRICKY[1], ("Й\u0306ошкар-Ола", "LOC"), ("Газпром", "ORG"), ("ТАСС", "ORG")
        ),
    },
]


def test_jsonl_import_then_export_reproduces_the_input(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n", encoding="utf-8"
    )
    db, out = str(tmp_path / "r.db"), tmp_path / "out.jsonl"
    assert main(["--db", db, "import", str(source)]) == 0
    assert main(["--db", db, "export", "--format", "jsonl", "--all", "--out", str(out)]) == 0
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in exported] == ["a1", "a2"]
    for original, written in zip(RECORDS, exported, strict=True):
        assert written["text"] == original["text"]
        assert written["meta"]["source"] == "test"
        got = [{k: s[k] for k in ("start", "end", "label", "text")} for s in written["spans"]]
        assert got == original["spans"]
        for span in written["spans"]:
            assert written["text"][span["start"] : span["end"]] == span["text"]


def test_conll_tokens_carry_the_tagged_words(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(RECORDS[0], ensure_ascii=False) + "\n", encoding="utf-8")
    db, out = str(tmp_path / "r.db"), tmp_path / "out.conll"
    main(["--db", db, "import", str(source)])
    assert main(["--db", db, "export", "--format", "conll", "--all", "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "-DOCSTART- -X- O O"
    tagged = [(ln.split()[0], ln.split()[-1]) for ln in lines[1:] if ln.strip()]
    assert ("Владимир", "B-PER") in tagged and ("Путин", "I-PER") in tagged
    assert ("Москве", "B-LOC") in tagged
    assert all(tag == "O" or tag[:2] in ("B-", "I-") for _, tag in tagged)
