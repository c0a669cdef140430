"""Normal forms of spans the analyst makes, and the edit that sets one."""

from __future__ import annotations

import pytest

from razmetka.core import actions
from razmetka.core.model import Article, Document, SpanStatus, Suggestion
from razmetka.core.normal import normal_form
from razmetka.core.store import Store


@pytest.mark.parametrize(
    ("surface", "label", "normal"),
    [
        ("Соединённых Штатов", "LOC", "Соединённые Штаты"),
        ("Белом доме", "LOC", "Белый дом"),
        ("Тверской площади", "LOC", "Тверская площадь"),
        ("Комитета защиты журналистов", "ORG", "Комитет защиты журналистов"),
        ("Минфина России", "ORG", "Минфин России"),
        ("МИДа", "ORG", "МИД"),
        ("Антона Силуанова", "PER", "Антон Силуанов"),
        ("Марии Захаровой", "PER", "Мария Захарова"),
        ("Joel Simon", "PER", "Joel Simon"),
        ("ОАО «Газпром»", "ORG", "ОАО «Газпром»"),
    ],
)
def test_the_nominative_up_to_the_head(surface: str, label: str, normal: str) -> None:
    assert normal_form(surface, label) == normal


def test_the_same_name_nearby_gives_its_form() -> None:
    known = [("Касым-Жомарта Токаева", "Касым-Жомарт Токаев"), ("Токаеву", "Токаев")]
    assert normal_form("Касым-Жомарту Токаеву", "PER", known) == "Касым-Жомарт Токаев"
    assert normal_form("Токаева", "PER", known) == "Токаев"
    assert normal_form("1999", "ORG") is None


def test_set_normal_accepts_a_suggestion_and_undoes(tmp_path) -> None:
    with Store(tmp_path / "n.db") as store:
        text = "Визит в Казахстан."
        article_id = store.articles.add(Document(Article(text=text)))
        store.suggestions.add(article_id, [Suggestion(8, 17, "LOC", "Казахстан")], "t@1")
        (span,) = store.spans.of(article_id)
        applied = store.apply(actions.set_normal(store, span.id, "  Республика\nКазахстан "))
        after = store.spans.get(span.id)
        assert (after.normal, after.status) == ("Республика Казахстан", SpanStatus.ACCEPTED)
        store.apply(applied.inverted())
        assert store.spans.get(span.id) == span
        assert actions.set_normal(store, span.id, "Казахстан").is_empty
        created = store.apply(actions.create(store, article_id, 0, 5, "LOC", "Визит"))
        assert created.spans[-1].after.normal == "Визит"
