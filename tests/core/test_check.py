"""The consistency check on a small built corpus, and ``razmetka check``."""

from __future__ import annotations

import json

from razmetka.cli import main
from razmetka.core import actions
from razmetka.core.check import check
from razmetka.core.model import ArticleStatus, Span
from razmetka.core.store import Store
from tests.conftest import add_article


def tagged(store, text, words, external_id, done=True):
    spans = []
    for word, label in words:
        start = text.index(word)
        spans.append(Span(start, start + len(word), label, normal=word))
    article_id = add_article(store, text, spans, external_id=external_id)
    if done:
        store.apply(actions.set_status(store, article_id, ArticleStatus.DONE))
    return article_id


def build(store):
    tagged(store, "Сообщила Акорда.", [("Акорда", "ORG")], "a1")
    tagged(store, "Ответила Акорда.", [("Акорда", "ORG")], "a2")
    odd = tagged(store, "Написала Акорда.", [("Акорда", "PER")], "a3")
    missed = tagged(store, "Вчера Газпром и Акорды.", [("Газпром", "ORG")], "a4")
    tagged(store, "Сделка ОАО Газпром.", [("ОАО Газпром", "ORG")], "a5")
    tagged(store, "Пришёл Иван Петров.", [("Иван Петров", "PER")], "a6")
    tagged(store, "Ушёл Петров.", [("Петров", "PER")], "a8")
    tagged(store, "Не начато: Акорда.", [], "a7", done=False)
    return odd, missed


def test_the_three_kinds_of_finding(fresh_store):
    odd, missed = build(fresh_store)
    findings = check(fresh_store)
    by_kind = {
        kind: [f for f in findings if f.kind == kind] for kind in ("labels", "missed", "bounds")
    }
    (labels,) = by_kind["labels"]
    assert "ORG 2, PER 1" in labels.message
    assert [(p.article_id, p.external_id, p.text) for p in labels.places] == [(odd, "a3", "Акорда")]
    (miss,) = by_kind["missed"]
    assert [(p.article_id, p.external_id, p.text) for p in miss.places] == [
        (missed, "a4", "Акорды")
    ]
    (bounds,) = by_kind["bounds"]  # «Иван Петров» and «Петров» is a person's two mentions
    assert "«Газпром»" in bounds.message and "«ОАО Газпром»" in bounds.message
    assert {p.external_id for p in bounds.places} == {"a4", "a5"}


def test_the_command_prints_findings_and_writes_json(tmp_path, capsys):
    db = tmp_path / "c.db"
    with Store(db) as store:
        build(store)
    assert main(["--db", str(db), "check"]) == 0
    out = capsys.readouterr().out
    assert "missed: «Акорда» (ORG)" in out and "article 4 (a4) at 16-22: «Акорды»" in out
    assert main(["--db", str(db), "check", "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)
    assert {f["kind"] for f in findings} == {"labels", "missed", "bounds"}
    assert findings[0]["places"][0]["external_id"] == "a3"
