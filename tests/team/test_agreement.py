"""Agreement figures against cases worked out by hand."""

from __future__ import annotations

import json

import pytest

from razmetka.core.model import ArticleStatus, Span
from razmetka.core.store import Store
from razmetka.core.store.team import Version
from razmetka.core.team.agreement import agreement, per_label
from tests.conftest import add_article
from tests.team.conftest import razmetka

TEXT = "Путин приехал в Москву к Грефу"  # razdel: 6 tokens
PUTIN, MOSCOW, GREF, TO_GREF = (0, 5), (16, 22), (25, 30), (23, 30)


def versions(store: Store, article_id: int, **by_analyst: list[tuple[tuple[int, int], str]]):
    with store.transaction():
        for analyst, spans in by_analyst.items():
            made = tuple(Span(a, b, label) for (a, b), label in spans)
            store.team.put_version(
                Version(article_id, analyst, ArticleStatus.DONE, 1, f"pkg-{analyst}", made)
            )


def test_identical_versions_agree_perfectly(fresh_store):
    article = add_article(fresh_store, TEXT)
    same = [(PUTIN, "PER"), (MOSCOW, "LOC")]
    versions(fresh_store, article, anna=same, boris=same)
    (pair,) = agreement(fresh_store)
    assert (pair.a, pair.b, pair.articles) == ("anna", "boris", 1)
    assert pair.overall.strict_f1 == pair.overall.partial_f1 == pair.kappa == 1.0
    assert {t.strict_f1 for t in pair.labels.values()} == {1.0}


def test_a_known_disagreement_gives_the_known_figures(fresh_store):
    article = add_article(fresh_store, TEXT)
    versions(
        fresh_store,
        article,
        anna=[(PUTIN, "PER"), (MOSCOW, "LOC"), (GREF, "PER")],
        boris=[(PUTIN, "PER"), (MOSCOW, "ORG"), (TO_GREF, "PER")],
    )
    (pair,) = agreement(fresh_store)
    # strict: only Путин is the same span: 2·1 / (3 + 3)
    assert pair.overall.strict_f1 == pytest.approx(1 / 3)
    # partial: Путин and Грефу meet one of the other's PER spans on both sides: 2/3 and 2/3
    assert pair.overall.partial_f1 == pytest.approx(2 / 3)
    per = pair.labels
    assert per["PER"].strict_f1 == pytest.approx(0.5) and per["PER"].partial_f1 == 1.0
    assert per["LOC"].strict_f1 == per["ORG"].strict_f1 == per["LOC"].partial_f1 == 0.0
    # tokens: Путин PER/PER, приехал O/O, в O/O, Москву LOC/ORG, к O/PER, Грефу PER/PER
    # observed 4/6; chance (PER 2·3 + O 3·2) / 36 = 1/3; kappa (2/3 − 1/3) / (1 − 1/3) = 0.5
    assert pair.tokens == 6
    assert pair.kappa == pytest.approx(0.5)
    assert dict(pair.confusion) == {
        ("PER", "PER"): 2,
        ("O", "O"): 2,
        ("LOC", "ORG"): 1,
        ("O", "PER"): 1,
    }
    assert per_label(fresh_store) == [
        ("LOC", 0.0, 1),
        ("ORG", 0.0, 1),
        ("PER", pytest.approx(0.5), 4),
    ]


def test_only_articles_both_finished_are_compared(fresh_store):
    article = add_article(fresh_store, TEXT)
    versions(fresh_store, article, anna=[(PUTIN, "PER")])
    assert agreement(fresh_store) == []
    assert per_label(fresh_store) == []


def test_the_command_writes_the_same_figures_as_json(tmp_path):
    db = tmp_path / "a.db"
    with Store(db) as store:
        article = add_article(store, TEXT)
        versions(
            store,
            article,
            anna=[(PUTIN, "PER"), (MOSCOW, "LOC"), (GREF, "PER")],
            boris=[(PUTIN, "PER"), (MOSCOW, "ORG"), (TO_GREF, "PER")],
        )
    result = razmetka("--db", db, "agreement", "--json")
    assert result.returncode == 0, result.stderr
    (pair,) = json.loads(result.stdout)["pairs"]
    assert pair["analysts"] == ["anna", "boris"] and pair["articles"] == 1
    assert pair["kappa"] == pytest.approx(0.5)
    assert pair["strict_f1"] == pytest.approx(1 / 3)
    assert pair["confusion"]["LOC"] == {"ORG": 1}
    text = razmetka("--db", db, "agreement")
    assert "anna and boris: 1 articles, 6 tokens" in text.stdout
    assert "kappa 0.500" in text.stdout
