"""brat file names from long non-Latin ids fit the file system's byte limit."""

import json

from razmetka.core.formats import brat
from tests.hostile.cli import razmetka


def test_long_non_latin_ids_are_cut_to_the_byte_limit_and_stay_apart(tmp_path):
    ids = ["漢" * 150 + "一", "漢" * 150 + "二", "ქ" * 120]
    path = tmp_path / "in.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": i, "text": f"Статья {n} о Москве."}, ensure_ascii=False) + "\n"
            for n, i in enumerate(ids)
        ),
        encoding="utf-8",
    )
    db = tmp_path / "db"
    assert razmetka(db, "import", path).returncode == 0
    out = tmp_path / "brat"
    proc = razmetka(db, "export", "--all", "--format", "brat", "--out", out)
    assert proc.returncode == 0, proc.stderr
    names = sorted(p.name for p in out.glob("*.txt"))
    assert len(names) == 3
    assert all(len(name.encode()) <= 255 for name in names)
    texts = sorted(p.read_text(encoding="utf-8") for p in out.glob("*.txt"))
    assert texts == sorted(f"Статья {n} о Москве." for n in range(3))


def test_safe_name_counts_bytes_not_characters():
    assert len(brat.safe_name("漢" * 300).encode()) <= brat.NAME_BYTES
    assert brat.safe_name("Москва") == "Москва"
