"""Suggestions outside the window's interpreter: ``suggest --jobs N`` gives the spans one
process gives, and the window's service takes the articles it is asked for first and stops
when told."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from razmetka.core.model import Suggestion
from razmetka.core.store import Store
from razmetka.core.suggest.service import WorkQueue, serve
from tests.conftest import SEEDS, add_article


class Capitals:
    """A stand-in suggester: every capitalised word is a PER."""

    name, version = "capitals", "1"
    origin = "capitals@1"
    loaded = False

    def load(self) -> None:
        self.loaded = True

    def suggest(self, text: str) -> list[Suggestion]:
        out, at = [], 0
        for word in text.split(" "):
            if word[:1].isupper():
                out.append(Suggestion(at, at + len(word), "PER"))
            at += len(word) + 1
        return out


def test_the_queue_takes_preferred_articles_first_and_each_once():
    work = WorkQueue([1, 2, 3, 4, 5])
    assert work.pop() == 1
    work.prefer([4, 1, 9])  # 1 is done and 9 was never asked for: ignored
    assert [work.pop() for _ in range(4)] == [4, 2, 3, 5]
    assert work.pop() is None


def test_the_service_follows_the_window_and_stops_when_told(fresh_store):
    ids = [add_article(fresh_store, f"Статья {n} про Москву и Казань") for n in range(5)]
    script = [[], [{"first": [ids[3]]}], [], [{"stop": True}]]
    said = []
    report = serve(
        fresh_store, Capitals(), ids, lambda: script.pop(0) if script else [], said.append
    )
    assert [m["article"] for m in said if "article" in m] == [ids[0], ids[3], ids[1]]
    assert said[-1] == {
        "finished": True,
        "articles": 3,
        "spans": 9,
        "refreshed": 0,
        "cancelled": True,
    }
    assert report.cancelled and report.articles == 3
    assert fresh_store.suggestions.articles_without("capitals@1") == [ids[2], ids[4]]


class Learning(Capitals):
    """A stand-in that learns: after ``relearn``, every capitalised word is an ORG."""

    label = "PER"

    def relearn(self) -> None:
        self.label = "ORG"

    def suggest(self, text: str) -> list[Suggestion]:
        return [Suggestion(s.start, s.end, self.label) for s in super().suggest(text)]


def test_decisions_bring_the_next_articles_up_to_date_and_leave_decided_ones(fresh_store):
    from razmetka.core import actions
    from razmetka.core.model import SpanStatus

    ids = [add_article(fresh_store, f"Статья {n} про Москву") for n in range(4)]
    suggester = Learning()
    serve(fresh_store, suggester, ids, lambda: [], lambda _m: None)
    started = fresh_store.spans.of(ids[1])[0]
    fresh_store.apply(actions.accept(fresh_store, started.id))  # the analyst is in article 1
    script = [[{"learn": [ids[1], ids[2]]}]]
    said: list = []
    report = serve(
        fresh_store,
        suggester,
        [],
        lambda: script.pop(0) if script else [],
        said.append,
        refresh=[ids[3]],
        relearn=suggester.relearn,
    )
    assert said[0] == {"learned": 2}  # heard before anything else is done
    assert [m["article"] for m in said if "article" in m] == [ids[1], ids[2], ids[3]]
    labels = {
        article: [(s.label, s.status) for s in fresh_store.spans.of(article)] for article in ids
    }
    suggested = SpanStatus.SUGGESTED
    assert labels[ids[0]] == [("PER", suggested)] * 2  # not asked about: as it was
    assert labels[ids[1]] == [("PER", SpanStatus.ACCEPTED), ("PER", suggested)]  # decided
    assert labels[ids[2]] == [("ORG", suggested)] * 2 == labels[ids[3]]
    assert report.refreshed == 2 and said[-1]["refreshed"] == 2


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "razmetka", *args], capture_output=True, text=True, **kwargs
    )


def spans(path) -> list[tuple]:
    with Store(path) as store:
        return [
            (a, s.start, s.end, s.label, s.normal)
            for a in store.articles.ids()
            for s in store.spans.of(a)
        ]


@pytest.mark.slow
def test_two_processes_suggest_what_one_does(tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    for db in (one, two):
        assert run("--db", str(db), "import", str(SEEDS)).returncode == 0
    assert run("--db", str(one), "suggest", "--jobs", "1").returncode == 0
    done = run("--db", str(two), "suggest", "--jobs", "2")
    assert done.returncode == 0, done.stderr
    assert "in 2 processes" in done.stderr
    assert spans(one) == spans(two) and len(spans(one)) > 50


@pytest.mark.slow
def test_the_service_as_the_window_runs_it(tmp_path):
    db = tmp_path / "corpus.db"
    assert run("--db", str(db), "import", str(SEEDS)).returncode == 0
    with Store(db) as store:
        last = store.articles.ids()[-1]
    messages = "\n".join([json.dumps({"first": [last]}), ""])
    service = subprocess.Popen(
        [sys.executable, "-m", "razmetka", "--db", str(db), "suggest", "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert service.stdin is not None and service.stdout is not None
    service.stdin.write(messages)
    service.stdin.flush()
    first = json.loads(service.stdout.readline())
    service.stdin.write(json.dumps({"stop": True}) + "\n")
    service.stdin.flush()
    lines = [json.loads(line) for line in service.stdout]
    assert service.wait(timeout=60) == 0
    assert first["article"] == last and first["total"] == 5
    assert lines[-1]["finished"] and lines[-1]["cancelled"]


@pytest.mark.skipif(not hasattr(__import__("os"), "nice"), reason="no process priorities here")
def test_the_service_runs_below_the_window_on_the_processor():
    """The background process yields the processor to the window it works for."""
    script = (
        "import os; before = os.nice(0); "
        "from razmetka.core.suggest.service import yield_processor; yield_processor(); "
        "print(before, os.nice(0))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    before, after = map(int, done.stdout.split())
    assert after == min(before + 10, 19)


@pytest.mark.slow
def test_refresh_brings_the_given_undecided_articles_up_to_date(tmp_path):
    from razmetka.core import actions
    from razmetka.core.model import Article, Document, SpanStatus

    db = tmp_path / "refresh.db"
    days = ("в понедельник", "во вторник", "в среду", "в четверг")
    with Store(db) as store:
        ids = [
            store.articles.add(Document(Article(text=f"Делегация прибыла в Москву {day}.")))
            for day in days
        ]
    assert run("--db", str(db), "suggest").returncode == 0
    with Store(db) as store:
        for article_id in ids[:2]:  # two relabellings make a clear record
            (span,) = store.spans.of(article_id, [SpanStatus.SUGGESTED])
            store.apply(actions.relabel(store, span.id, "ORG"))
    done = run("--db", str(db), "suggest", "--refresh", str(ids[2]))
    assert done.returncode == 0, done.stderr
    with Store(db) as store:
        labels = [[s.label for s in store.spans.of(i, [SpanStatus.SUGGESTED])] for i in ids[2:]]
    assert labels == [["ORG"], ["LOC"]]  # only the article asked for
