"""JSON nested deeper than the reader can follow refuses that record alone, naming its line."""

import json

import pytest

from razmetka.core.store import Store
from tests.hostile.cli import razmetka


def _record(n):
    return json.dumps({"id": str(n), "text": f"Статья номер {n} о Москве."}, ensure_ascii=False)


@pytest.mark.parametrize("depth", [900, 990, 1000, 100_000])
def test_a_deeply_nested_record_is_refused_and_the_rest_imported(tmp_path, depth):
    deep = '{"id": "deep", "text": "Глубоко", "meta": {"x": ' + "[" * depth + "]" * depth + "}}"
    first = tmp_path / "a.jsonl"
    first.write_text(f"{_record(1)}\n{deep}\n{_record(2)}\n", encoding="utf-8")
    second = tmp_path / "b.jsonl"
    second.write_text(_record(3) + "\n", encoding="utf-8")
    proc = razmetka(tmp_path / "db", "import", first, second)
    assert "Traceback" not in proc.stderr and "unexpected" not in proc.stderr, proc.stderr
    with Store(tmp_path / "db") as store:
        ids = sorted(a.external_id for a in store.articles.stream())
    if "nested too deep" in proc.stderr:
        assert proc.returncode == 3
        assert f"{first}:line 2: JSON nested too deep" in proc.stderr
        assert ids == ["1", "2", "3"]
    else:  # shallow enough to read and store whole
        assert proc.returncode == 0
        assert len(ids) == 4


def test_a_deeply_nested_label_studio_file_is_refused_by_name(tmp_path):
    path = tmp_path / "tasks.json"
    path.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    proc = razmetka(tmp_path / "db", "import", "--format", "label-studio", path)
    assert proc.returncode == 3, proc.stderr
    assert f"{path}:record 1: JSON nested too deep to read (line 1)" in proc.stderr


def test_the_label_studio_task_nested_too_deep_is_named_and_the_others_read(tmp_path):
    task = '{{"id": {n}, "data": {{"text": "Статья {n} о Москве."}}}}'
    deep = '{"id": 2, "data": {"text": "Глубокая.", "meta": ' + "[" * 5000 + "]" * 5000 + "}}"
    path = tmp_path / "tasks.json"
    path.write_text(f"[\n{task.format(n=1)},\n{deep},\n{task.format(n=3)}\n]", "utf-8")
    db = tmp_path / "db"
    proc = razmetka(db, "import", "--format", "label-studio", path)
    assert proc.returncode == 3, proc.stderr
    assert f"{path}:record 2: JSON nested too deep to read (line 3)" in proc.stderr
    assert "2 imported" in proc.stdout
