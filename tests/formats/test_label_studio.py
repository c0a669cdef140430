"""Label Studio: accepted spans as the annotation, pending suggestions as predictions, the
labelling config, and tasks read back from this and older Label Studio versions."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from razmetka.core.export import ExportOptions, export
from razmetka.core.formats import label_studio
from razmetka.core.model import SpanStatus
from razmetka.core.report import Problem

from .conftest import assert_readers_never_raise, read_back, stored


def test_tasks_hold_annotations_and_predictions(corpus, tmp_path, records_by):
    out = tmp_path / "ls"
    export(corpus, ExportOptions("label-studio", out))
    tasks = json.loads((out / "tasks.json").read_text(encoding="utf-8"))
    assert len(tasks) == 3
    first = tasks[0]
    text = first["data"]["text"]
    [annotation] = first["annotations"]
    values = [r["value"] for r in annotation["result"]]
    assert all(text[v["start"] : v["end"]] == v["text"] for v in values)
    assert [v["labels"] for v in values] == [["LOC"], ["PER"], ["LOC"], ["PER"]]
    [prediction] = first["predictions"]
    assert prediction["model_version"] == "natasha@1"
    assert [r["value"]["text"] for r in prediction["result"]] == ["Акорда"]
    assert {r["from_name"] for r in annotation["result"]} == {"label"}


def test_label_config_matches_the_labels(corpus, tmp_path):
    out = tmp_path / "ls"
    export(corpus, ExportOptions("label-studio", out))
    root = ET.fromstring((out / "label_config.xml").read_text(encoding="utf-8"))
    labels = root.find("Labels")
    assert labels.get("name") == "label" and labels.get("toName") == "text"
    assert [lab.get("value") for lab in labels] == ["PER", "LOC", "ORG"]
    assert root.find("Text").get("value") == "$text"


def test_round_trip_gives_the_same_spans_and_suggestions(corpus, tmp_path, records_by):
    out = tmp_path / "ls"
    export(corpus, ExportOptions("label-studio", out))
    docs, problems = read_back(label_studio, out / "tasks.json")
    assert problems == [] and docs == stored(corpus)
    kz = next(d for d in label_studio.read(out / "tasks.json") if d.article.external_id == "kz-1")
    [suggestion] = [s for s in kz.spans if s.status is SpanStatus.SUGGESTED]
    assert (suggestion.origin, kz.article.text[suggestion.start : suggestion.end]) == (
        "natasha@1",
        "Акорда",
    )


def test_splits_are_files_beside_one_config(corpus, tmp_path, records_by):
    out = tmp_path / "ls"
    report = export(corpus, ExportOptions("label-studio", out, split=(1, 1, 1)))
    assert report.parts == {"train": 1, "dev": 1, "test": 1}
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        ".razmetka-export.json",
        "dev.json",
        "label_config.xml",
        "test.json",
        "train.json",
    ]


def write_tasks(path, tasks):
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


def region(start, end, label, text, kind="labels"):
    return {
        "type": kind,
        "from_name": "label",
        "to_name": "text",
        "value": {"start": start, "end": end, "labels": [label], "text": text},
    }


def test_utf16_offsets_of_older_versions_and_crlf_text_are_placed_right(tmp_path):
    text = "😀 Эмодзи\r\nВладимир Путин в Москве"
    # Old Label Studio counted UTF-16 units: the emoji is two, and CRLF is two.
    start16 = len(text.encode("utf-16-le")[: text.index("Владимир") * 2 + 2]) // 2
    task = {
        "data": {"text": text},
        "annotations": [{"result": [region(start16, start16 + 14, "PER", "Владимир Путин")]}],
    }
    [doc] = list(label_studio.read(write_tasks(tmp_path / "t.json", [task])))
    [span] = doc.spans
    assert doc.article.text[span.start : span.end] == "Владимир Путин"
    assert "\r" not in doc.article.text


def test_several_annotations_and_other_results_are_noted(tmp_path):
    task = {
        "data": {"text": "Иван Петров приехал"},
        "annotations": [
            {
                "result": [
                    region(0, 11, "PER", "Иван Петров"),
                    {"type": "choices", "value": {"choices": ["news"]}},
                ]
            },
            {"result": []},
        ],
    }
    items = list(label_studio.read(write_tasks(tmp_path / "t.json", [task])))
    notes = [i for i in items if isinstance(i, Problem)]
    assert len(notes) == 2 and all(n.reason.startswith("note:") for n in notes)
    assert len(items[-1].spans) == 1


def test_bad_tasks_are_reported_and_the_rest_read(tmp_path):
    good = {
        "data": {"text": "Москва"},
        "annotations": [{"result": [region(0, 6, "LOC", "Москва")]}],
    }
    bad_text = {
        "data": {"text": "Москва"},
        "annotations": [{"result": [region(0, 6, "LOC", "Тверь")]}],
    }
    items = list(label_studio.read(write_tasks(tmp_path / "t.json", [7, bad_text, good])))
    assert [type(i).__name__ for i in items] == ["Problem", "Problem", "Document"]
    assert items[1].where == "record 2"
    (tmp_path / "broken.json").write_text("[{", encoding="utf-8")
    [problem] = list(label_studio.read(tmp_path / "broken.json"))
    assert "broken JSON" in problem.reason


def test_reader_never_raises_on_bad_input(tmp_path):
    assert_readers_never_raise(label_studio, tmp_path, ".json")


def test_unfinished_article_without_spans_is_a_task_to_label(tmp_path, records_by):
    from razmetka.core.store import Store

    from .conftest import build

    store = Store()
    build(store, [("todo", "Просто текст без имён.", [])], done=False)
    export(store, ExportOptions("label-studio", tmp_path / "ls", include_all=True))
    [task] = json.loads((tmp_path / "ls" / "tasks.json").read_text(encoding="utf-8"))
    assert task["annotations"] == [] and task["data"]["text"] == "Просто текст без имён."
