"""A database damaged on disk: the export stops with a message naming the file and leaves no
partial output behind."""

import json
import shutil

from razmetka.core.store import Store
from tests.hostile.cli import razmetka


def _corpus(tmp_path):
    path = tmp_path / "in.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(1000):
            text = f"Статья {n}: Иван Петров прибыл в Москву. " * 20
            spans = [{"start": 0, "end": 6, "label": "MISC"}]
            out.write(json.dumps({"id": str(n), "text": text, "spans": spans}) + "\n")
    db = tmp_path / "good.db"
    assert razmetka(db, "import", path).returncode == 0
    with Store(db) as store:  # a clean file: no WAL beside it
        assert store.articles.count() == 1000
    return db


def _damage(db, copy):
    shutil.copy(db, copy)
    data = bytearray(copy.read_bytes())
    page = 4096
    middle = len(data) // 2 // page * page
    for offset in range(middle, middle + 8 * page, page):
        data[offset : offset + page] = b"\xa5" * page
    copy.write_bytes(bytes(data))


def test_export_of_a_damaged_database_fails_and_writes_nothing(tmp_path):
    damaged = tmp_path / "damaged.db"
    _damage(_corpus(tmp_path), damaged)
    for fmt, out in (("jsonl", tmp_path / "out.jsonl"), ("brat", tmp_path / "brat")):
        proc = razmetka(damaged, "export", "--all", "--format", fmt, "--out", out)
        assert proc.returncode == 1, (proc.stdout, proc.stderr)
        assert str(damaged) in proc.stderr and "damaged" in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr
        assert not out.exists()
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
