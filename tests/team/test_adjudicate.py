"""Adjudication: the two versions, their differences, taking A's or B's span into the curated
result as an undoable, logged edit that is on disk once made, and finishing an article."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest

from razmetka.core import actions
from razmetka.core.export import ExportOptions, export
from razmetka.core.model import ArticleStatus, SpanStatus
from razmetka.core.store import Store
from razmetka.core.team import adjudicate
from razmetka.core.team.assign import assign
from razmetka.core.team.merge import merge
from razmetka.core.team.pack import pack
from tests.team.corpus import make_corpus

# article 1's text: "Статья 0: Токаев и Москва встретились, Токаев уехал."
TOKAEV, MOSCOW = (10, 16), (19, 25)


@pytest.fixture
def disputed_db(tmp_path):
    """Article 1 annotated by anna (Токаев PER, Москва LOC) and boris (Токаев ORG)."""
    origin = make_corpus(tmp_path / "origin.db", articles=1)
    with Store(origin) as store:
        assign(store, ["anna", "boris"], 1.0)
        anna = pack(store, "anna", tmp_path / "anna.pkg").path
        boris = pack(store, "boris", tmp_path / "boris.pkg").path
    with Store(anna, annotator="anna") as package:
        package.apply(actions.accept_all(package, 1))
        package.apply(actions.approve(package, 1))
    with Store(boris, annotator="boris") as package:
        tokaev, moscow = package.spans.of(1)[:2]
        package.apply(actions.relabel(package, tokaev.id, "ORG"))
        package.apply(actions.reject(package, moscow.id))
        package.apply(actions.approve(package, 1))
    with Store(origin) as store:
        merge(store, [anna, boris])
    return origin, anna, boris


def accepted(store: Store, article_id: int = 1) -> set[tuple[int, int, str]]:
    return {(s.start, s.end, s.label) for s in store.spans.of(article_id, [SpanStatus.ACCEPTED])}


def test_the_two_versions_and_where_they_differ(disputed_db):
    origin, _anna, _boris = disputed_db
    with Store(origin) as store:
        assert adjudicate.disputed(store) == [1]
        a, b = adjudicate.versions(store, 1)
        assert (a.analyst, b.analyst) == ("anna", "boris")
        found = adjudicate.differences(a, b)
    assert [(s.start, s.end, s.label) for s in found.only_a] == [(*MOSCOW, "LOC")]
    assert found.only_b == ()
    ((ours, theirs),) = found.relabelled
    assert (ours.label, theirs.label, (ours.start, ours.end)) == ("PER", "ORG", TOKAEV)


def test_taking_a_span_is_an_undoable_logged_edit(disputed_db):
    origin, _anna, _boris = disputed_db
    with Store(origin, annotator="judge") as store:
        a, b = adjudicate.versions(store, 1)
        ((ours, theirs),) = adjudicate.differences(a, b).relabelled
        logged = len(store.log.entries())
        took_b = adjudicate.take(store, 1, theirs)
        assert accepted(store) == {(*TOKAEV, "ORG")}
        took_a = adjudicate.take(store, 1, ours)  # A's replaces B's at the same place
        assert accepted(store) == {(*TOKAEV, "PER")}
        assert store.log.entries()[-1]["annotator"] == "judge"
        assert len(store.log.entries()) > logged
        store.apply(took_a.inverted())
        assert accepted(store) == {(*TOKAEV, "ORG")}
        store.apply(took_b.inverted())
        assert accepted(store) == set()
        assert all(s.is_pending for s in store.spans.of(1))


def test_a_take_survives_a_killed_process(disputed_db):
    origin, _anna, _boris = disputed_db
    script = (
        "import os, signal\n"
        "from razmetka.core.store import Store\n"
        "from razmetka.core.team import adjudicate\n"
        f"store = Store({str(origin)!r}, annotator='judge')\n"
        "a, b = adjudicate.versions(store, 1)\n"
        "adjudicate.take(store, 1, adjudicate.differences(a, b).only_a[0])\n"
        "print('taken', flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL and "taken" in proc.stdout, proc.stderr
    with Store(origin) as store:
        assert accepted(store) == {(*MOSCOW, "LOC")}


def test_a_finished_article_is_what_export_writes_and_a_later_merge_leaves_it(
    disputed_db, tmp_path
):
    origin, anna, boris = disputed_db
    with Store(origin, annotator="judge") as store:
        a, b = adjudicate.versions(store, 1)
        found = adjudicate.differences(a, b)
        adjudicate.take(store, 1, found.relabelled[0][1])
        adjudicate.take(store, 1, found.only_a[0])
        adjudicate.finish(store, 1)
        assert store.articles.status(1) is ArticleStatus.DONE
        merge(store, [anna, boris])
        assert accepted(store) == {(*TOKAEV, "ORG"), (*MOSCOW, "LOC")}
        out = tmp_path / "out.jsonl"
        export(store, ExportOptions(format="jsonl", out=out))
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    labels = sorted(
        (s["start"], s["end"], s["label"]) for s in record.get("spans", record.get("label", []))
    )
    assert labels == [(*TOKAEV, "ORG"), (*MOSCOW, "LOC")]
