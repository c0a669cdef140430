"""The default suggester with natasha itself: what was learned reaches the stored suggestions.
natasha loads once for this module (about 2 s)."""

import pytest

from razmetka.core.model import Span
from razmetka.core.suggest import default_suggester, suggest_articles
from razmetka.core.suggest.natasha_ner import NatashaNer
from razmetka.core.tokens import tokens
from tests.conftest import add_article, rows

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def natasha():
    suggester = NatashaNer()
    suggester.load()
    return suggester


def test_natashas_tokens_are_razdels(natasha):
    text = "Касым-Жомарт Токаев прибыл в «Акорду» 😀 вчера."
    found, tokenized = natasha.suggest_with_tokens(text)
    assert tokenized == tokens(text)
    assert found == natasha.suggest(text)


def test_curated_decisions_reach_the_next_articles_suggestions(fresh_store, natasha):
    for n in range(3):
        text = f"Пресс-служба сообщила, что Акорда {n} раз выступила с заявлением."
        start = text.index("Акорда")
        add_article(fresh_store, text, [Span(start, start + 6, "ORG", normal="Акорда")])
    article_id = add_article(fresh_store, "Об этом сообщает Акорда.")
    suggester = default_suggester(fresh_store)
    suggester.natasha = natasha  # type: ignore[attr-defined]  # loaded once for the module
    suggest_articles(fresh_store, suggester, [article_id])
    stored = rows(
        fresh_store,
        "SELECT surface, label, origin, note FROM spans WHERE article_id = ?",
        (article_id,),
    )
    assert [(surface, label) for surface, label, _, _ in stored] == [("Акорда", "ORG")]
    assert "learned@1" in stored[0][2] and stored[0][3].startswith("learned from 3 decisions")
