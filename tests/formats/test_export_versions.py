"""``export --versions``: each analyst's version of every article as a record of its own, the
annotator named where the format has a place (JSONL ``annotator``, doccano ``user``, Label
Studio ``completed_by``, brat a folder per analyst); the default export stays the curated
result. Golden files under tests/formats/golden/versions/."""

from __future__ import annotations

import json
import os

import pytest

from razmetka.cli import main
from razmetka.core.export import ExportOptions, export
from razmetka.core.store import Store
from tests.team.disputed import disputed_database

GOLDEN = os.path.join(os.path.dirname(__file__), "golden", "versions")
REWRITE = os.environ.get("RAZMETKA_REWRITE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def disputed(tmp_path_factory):
    return disputed_database(tmp_path_factory.mktemp("versions"))


def check_golden(written: str, name: str) -> None:
    path = os.path.join(GOLDEN, name)
    if REWRITE:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(written)
    with open(path, encoding="utf-8") as handle:
        assert written == handle.read(), name


@pytest.mark.parametrize("fmt", ["jsonl", "doccano"])
def test_each_version_is_a_record_naming_its_analyst(disputed, tmp_path, fmt):
    out = tmp_path / "out.jsonl"
    with Store(disputed) as store:
        report = export(store, ExportOptions(format=fmt, out=out, versions=True))
    assert report.articles == 4  # two articles, two analysts each
    check_golden(out.read_text(encoding="utf-8"), f"{fmt}.jsonl")


def test_label_studio_names_the_annotator_of_each_annotation(disputed, tmp_path):
    out = tmp_path / "ls"
    with Store(disputed) as store:
        export(store, ExportOptions(format="label-studio", out=out, versions=True))
    written = (out / "tasks.json").read_text(encoding="utf-8")
    check_golden(written, "label-studio/tasks.json")
    tasks = json.loads(written)
    assert [t["annotations"][0]["completed_by"] for t in tasks] == ["anna", "boris"] * 2


def test_brat_writes_a_folder_per_analyst(disputed, tmp_path):
    out = tmp_path / "brat"
    with Store(disputed) as store:
        export(store, ExportOptions(format="brat", out=out, versions=True))
    assert sorted(p.name for p in (out / "anna").iterdir()) == [
        "n0.ann",
        "n0.txt",
        "n1.ann",
        "n1.txt",
    ]
    check_golden((out / "anna" / "n0.ann").read_text(encoding="utf-8"), "brat/anna/n0.ann")
    check_golden((out / "boris" / "n0.ann").read_text(encoding="utf-8"), "brat/boris/n0.ann")


def test_the_default_export_stays_the_curated_result(disputed, tmp_path):
    out = tmp_path / "curated.jsonl"
    with Store(disputed) as store:
        export(store, ExportOptions(format="jsonl", out=out, include_all=True))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2 and all("annotator" not in r for r in records)


def test_a_format_without_a_place_for_the_annotator_says_so(disputed, tmp_path):
    out = tmp_path / "out.conll"
    with Store(disputed) as store:
        report = export(store, ExportOptions(format="conll", out=out, versions=True))
    assert report.articles == 4
    assert any("no place for the annotator" in str(p) for p in report.problems)


def test_the_command_line_writes_the_versions(disputed, tmp_path, capsys):
    out = tmp_path / "cli.jsonl"
    code = main(
        ["--db", str(disputed), "export", "--format", "jsonl", "--out", str(out), "--versions"]
    )
    assert code == 0, capsys.readouterr().err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["annotator"]) for r in records] == [
        ("n0", "anna"),
        ("n0", "boris"),
        ("n1", "anna"),
        ("n1", "boris"),
    ]
