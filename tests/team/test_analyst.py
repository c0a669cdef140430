"""Who decided: the name from --annotator, RAZMETKA_ANNOTATOR or the saved setting, recorded in
every decision and every span written."""

from __future__ import annotations

import json

import pytest

from razmetka.core import actions, analyst
from razmetka.core.store import Store
from tests.conftest import add_article, rows, suggested
from tests.team.conftest import razmetka


def test_the_command_line_beats_the_environment_which_beats_the_saved_name(monkeypatch):
    assert analyst.resolve() == "tester"
    monkeypatch.setenv("RAZMETKA_ANNOTATOR", "boris")
    assert analyst.resolve() == "boris"
    assert analyst.resolve("anna") == "anna"


def test_a_saved_name_is_read_back_and_a_bad_one_refused():
    analyst.save("  Анна Петрова ")
    assert analyst.saved() == "Анна Петрова"
    assert analyst.settings_path().parent.name == "razmetka"
    with pytest.raises(analyst.BadName):
        analyst.save("anna,boris")
    analyst.settings_path().unlink()
    assert analyst.resolve() is None


def test_every_decision_and_span_records_the_analyst(tmp_path):
    db = tmp_path / "a.db"
    with Store(db) as store:
        article = add_article(store, "Токаев прибыл в Москву.", [suggested(0, 6, "PER")])
    result = razmetka("--db", db, "accept", "--annotator", "anna")
    assert result.returncode == 0, result.stderr
    with Store(db) as store:
        assert {s.annotator for s in store.spans.of(article)} == {"anna"}
        assert {e["annotator"] for e in store.log.entries()} == {"anna"}
        store.apply(actions.create(store, article, 16, 22, "LOC"))
        assert store.spans.of(article)[-1].annotator == "tester"
        assert store.log.entries()[-1]["annotator"] == "tester"


def test_import_attributes_the_spans_to_the_given_analyst(tmp_path):
    source = tmp_path / "in.jsonl"
    record = {"text": "Токаев прибыл.", "spans": [{"start": 0, "end": 6, "label": "PER"}]}
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "b.db"
    result = razmetka("--db", db, "import", source, "--annotator", "boris")
    assert result.returncode == 0, result.stderr
    with Store(db) as store:
        assert rows(store, "SELECT annotator FROM spans") == [("boris",)]


def test_a_bad_annotator_name_is_a_usage_error(tmp_path):
    result = razmetka("--db", tmp_path / "c.db", "stats", "--annotator", "a,b")
    assert result.returncode == 2
    assert "--annotator" in result.stderr
