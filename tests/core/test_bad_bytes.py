"""Bytes that are not text in the middle of a file: refused with their offset, or replaced when
the user asks, never read as a legacy encoding that turns the whole file into mojibake."""

import json

import pytest

from razmetka.core.store import Store
from razmetka.core.text import NotText, decode
from tests.hostile.cli import razmetka

TEXT = "Президент Казахстана Касым-Жомарт Токаев прибыл в Вашингтон.\n" * 3


def _texts(db):
    with Store(db) as store:
        return [a.text for a in store.articles.stream()]


def test_a_utf8_file_with_bad_bytes_inside_is_refused_with_the_offset(tmp_path):
    data = TEXT.encode() + b"\xff\xfe" + TEXT.encode()
    (tmp_path / "a.txt").write_bytes(data)
    proc = razmetka(tmp_path / "db", "import", tmp_path / "a.txt")
    assert proc.returncode == 3, proc.stderr
    assert f"byte {len(TEXT.encode())}" in proc.stderr
    assert "not UTF-8" in proc.stderr
    assert "0 imported" in proc.stdout
    assert _texts(tmp_path / "db") == []


def test_bad_bytes_replaced_when_asked_and_the_report_says_so(tmp_path):
    data = TEXT.encode() + b"\xff\xfe" + TEXT.encode()
    (tmp_path / "a.txt").write_bytes(data)
    proc = razmetka(tmp_path / "db", "import", "--bad-bytes", "replace", tmp_path / "a.txt")
    assert proc.returncode == 0, proc.stderr
    assert "1 imported" in proc.stdout
    assert "2 bad bytes replaced" in proc.stdout
    assert f"byte {len(TEXT.encode())}" in proc.stderr
    assert _texts(tmp_path / "db") == [TEXT + "\ufffd\ufffd" + TEXT]


def test_a_jsonl_line_with_bad_bytes_is_refused_alone_and_the_others_are_not_garbled(tmp_path):
    good = json.dumps({"id": "a", "text": TEXT, "spans": [{"start": 0, "end": 9, "label": "PER"}]})
    bad = json.dumps({"id": "b", "text": TEXT}, ensure_ascii=False).encode()
    bad = bad.replace("Токаев".encode(), b"\xff\xfe")
    path = tmp_path / "a.jsonl"
    path.write_bytes(good.encode() + b"\n" + bad + b"\n")
    proc = razmetka(tmp_path / "db", "import", path)
    assert proc.returncode == 3
    assert "a.jsonl:line 2:" in proc.stderr and "not UTF-8" in proc.stderr
    assert _texts(tmp_path / "db") == [TEXT]


def test_jsonl_mixing_utf8_and_cp1251_lines_reads_each_line_in_its_own_encoding(tmp_path):
    first = json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False).encode("utf-8")
    second = json.dumps({"id": "b", "text": "Вторая " + TEXT}, ensure_ascii=False).encode("cp1251")
    path = tmp_path / "a.jsonl"
    path.write_bytes(first + b"\n" + second + b"\n")
    proc = razmetka(tmp_path / "db", "import", path)
    assert proc.returncode == 0, proc.stderr
    assert sorted(_texts(tmp_path / "db")) == sorted([TEXT, "Вторая " + TEXT])


def test_a_text_file_mixing_utf8_and_cp1251_is_not_read_as_cp1251():
    data = TEXT.encode("utf-8") + TEXT.encode("cp1251")
    with pytest.raises(NotText, match=f"byte {len(TEXT.encode())}"):
        decode(data)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_a_whole_legacy_file_is_still_read(encoding):
    assert decode(TEXT.encode(encoding)) == TEXT


def test_latin1_bytes_that_do_not_read_as_russian_are_refused():
    with pytest.raises(NotText):
        decode("Ça coûte très cher à Zürich, señor.".encode("latin-1"))
