"""Boundary conventions learned from the analyst's corrections of suggested bounds: a handful
of corrections changes the next article's suggestions, one is not enough, suggestions kept as
they were count against, and a decided span is never changed. natasha is a stand-in."""

from __future__ import annotations

import re

from razmetka.core import actions
from razmetka.core.model import Suggestion
from razmetka.core.suggest import default_suggester, suggest_articles
from razmetka.core.suggest.bounds import BoundsLexicon, Change
from razmetka.core.suggest.combined import (
    NatashaWithLearned,
    bounds_from_store,
    lexicon_from_store,
)
from tests.conftest import PatternSuggester, add_article

# What the stand-in tags: a company with its legal form, a street with its type word, a
# ministry's short name (without the adjective before it).
PATTERNS = [
    (re.compile(r"(?:ОАО|ЗАО) «\w+»"), "ORG"),
    (re.compile(r"[А-ЯЁ]\w+ой (?:площади|улице)"), "LOC"),
    (re.compile(r"(?<=[а-яё] )(?:МИДа|Минфина|Минсельхоза|Госдепа)"), "ORG"),
]


def StandIn() -> PatternSuggester:
    return PatternSuggester(PATTERNS)


def suggester(store) -> NatashaWithLearned:
    return NatashaWithLearned(
        lexicon_from_store(store),
        natasha=StandIn(),  # type: ignore[arg-type]
        conventions=bounds_from_store(store),
    )


def at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def suggested_in(store, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in suggester(store).suggest(text)]


def curate(store, text: str, old: str, new: str | None = None) -> int:
    """An article the analyst worked on in the window: the stand-in's own suggestion on
    ``old`` resized to ``new`` (accepted as it was when ``new`` is None)."""
    article_id = add_article(store, text)
    suggest_articles(store, NatashaWithLearned(natasha=StandIn()), [article_id])  # type: ignore[arg-type]
    (span,) = [s for s in store.spans.of(article_id) if (s.start, s.end) == at(text, old)]
    if new is None:
        store.apply(actions.accept(store, span.id))
    else:
        store.apply(actions.resize(store, span.id, *at(text, new)))
    return article_id


def test_the_store_gives_corrected_and_kept_bounds_with_the_text_around_them(fresh_store):
    text = "Начало длинной статьи, в которой много слов подряд. Акции ОАО «Газпром» выросли."
    curate(fresh_store, text, "ОАО «Газпром»", "Газпром")
    curate(fresh_store, "Глава ЗАО «Лукойл» сказал.", "ЗАО «Лукойл»")
    (corrected,) = fresh_store.lessons.corrected_bounds()
    window, label, suggested, accepted = corrected
    assert label == "ORG"
    assert window[slice(*suggested)] == "ОАО «Газпром»"
    assert window[slice(*accepted)] == "Газпром"
    assert text.endswith(window)  # a window, not the article
    (kept,) = list(fresh_store.lessons.kept_bounds())
    assert kept.text[slice(*kept.suggested)] == "ЗАО «Лукойл»"
    assert kept.suggested == kept.accepted


def test_two_corrections_leave_out_a_legal_form_in_the_next_article(fresh_store):
    curate(fresh_store, "Акции ОАО «Газпром» выросли.", "ОАО «Газпром»", "Газпром")
    curate(fresh_store, "Акции ОАО «Лукойл» упали.", "ОАО «Лукойл»", "Лукойл")
    text = "Глава ОАО «Роснефть» сказал."
    assert suggested_in(fresh_store, text) == [("Роснефть", "ORG")]
    (s,) = suggester(fresh_store).suggest(text)
    assert s.note == "bounds learned from the analyst's corrections: «ОАО» left out"


def test_one_correction_is_not_a_convention(fresh_store):
    curate(fresh_store, "Акции ОАО «Газпром» выросли.", "ОАО «Газпром»", "Газпром")
    assert suggested_in(fresh_store, "Глава ОАО «Роснефть» сказал.") == [("ОАО «Роснефть»", "ORG")]


def test_a_type_word_is_left_out_at_the_end_by_its_lemma_in_any_case(fresh_store):
    curate(fresh_store, "Митинг на Тверской площади прошёл.", "Тверской площади", "Тверской")
    curate(fresh_store, "Шествие по Манежной площади.", "Манежной площади", "Манежной")
    assert suggested_in(fresh_store, "Ярмарка на Пушкинской площади.") == [("Пушкинской", "LOC")]
    # Nothing was decided about «улица»: two corrections are not enough for its whole kind.
    assert suggested_in(fresh_store, "Дом на Садовой улице.") == [("Садовой улице", "LOC")]


ADJECTIVES = ["японского", "российского", "немецкого", "британского", "китайского"]


def take_in_adjectives(store, count: int) -> None:
    for adjective in ADJECTIVES[:count]:
        curate(store, f"Позиция {adjective} МИДа ясна.", "МИДа", f"{adjective} МИДа")


def test_a_kind_of_word_is_learned_where_its_lemma_was_never_seen(fresh_store):
    take_in_adjectives(fresh_store, 5)
    # «французский» was never corrected, but it is a lower-case adjective like those that were.
    assert suggested_in(fresh_store, "Доклад французского Минфина вышел.") == [
        ("французского Минфина", "ORG")
    ]


def test_a_kind_needs_more_corrections_than_a_word(fresh_store):
    take_in_adjectives(fresh_store, 4)
    assert suggested_in(fresh_store, "Доклад французского Минфина вышел.") == [("Минфина", "ORG")]
    # The word itself, corrected twice, is clear.
    curate(fresh_store, "Ответ японского МИДа ясен.", "МИДа", "японского МИДа")
    assert suggested_in(fresh_store, "Доклад японского Минфина вышел.") == [
        ("японского Минфина", "ORG")
    ]


def test_suggestions_kept_as_they_were_count_against_a_change(fresh_store):
    take_in_adjectives(fresh_store, 5)
    curate(fresh_store, "Заявление американского Госдепа прозвучало.", "Госдепа")
    curate(fresh_store, "Заявление нового Госдепа прозвучало.", "Госдепа")
    learned = bounds_from_store(fresh_store)
    assert learned.record(Change.TAKE_BEFORE, "ORG", "французского") == (5, 2)  # not 3 to 1
    assert suggested_in(fresh_store, "Доклад французского Минфина вышел.") == [("Минфина", "ORG")]


def test_a_word_another_suggestion_holds_is_not_taken_in():
    learned = BoundsLexicon()
    for text in ("в японского МИДа", "у российского МИДа"):
        words = text.split()
        taken_in = at(text, f"{words[1]} {words[2]}")
        learned.learn_correction(text, "ORG", at(text, words[-1]), taken_in)
    text = "У Газпрома МИДа нет."
    from razmetka.core import occurrences

    both = [Suggestion(*at(text, "Газпрома"), "ORG"), Suggestion(*at(text, "МИДа"), "ORG")]
    assert learned.adjust(text, occurrences.words(text), both) == both


def test_a_decided_span_is_never_changed_by_suggesting_again(fresh_store):
    decided = curate(fresh_store, "Глава ОАО «Татнефть» ушёл.", "ОАО «Татнефть»", "Татнефть")
    other = curate(fresh_store, "Глава ОАО «Сибнефть» остался.", "ОАО «Сибнефть»")
    curate(fresh_store, "Акции ОАО «Газпром» выросли.", "ОАО «Газпром»", "Газпром")
    curate(fresh_store, "Акции ОАО «Лукойл» упали.", "ОАО «Лукойл»", "Лукойл")
    curate(fresh_store, "Акции ОАО «Новатэк» упали.", "ОАО «Новатэк»", "Новатэк")
    assert bounds_from_store(fresh_store).clearly(Change.DROP_FIRST, "ORG", "ОАО")
    before = {i: set(fresh_store.spans.of(i)) for i in (decided, other)}
    suggest_articles(fresh_store, suggester(fresh_store), [decided, other])
    assert {i: set(fresh_store.spans.of(i)) for i in (decided, other)} == before


def test_the_default_suggester_learns_the_store_s_conventions(fresh_store):
    curate(fresh_store, "Акции ОАО «Газпром» выросли.", "ОАО «Газпром»", "Газпром")
    curate(fresh_store, "Акции ОАО «Лукойл» упали.", "ОАО «Лукойл»", "Лукойл")
    assert default_suggester(fresh_store).conventions.clearly(Change.DROP_FIRST, "ORG", "ОАО")


def test_the_clear_changes_are_listed_with_their_counts(fresh_store):
    curate(fresh_store, "Акции ОАО «Газпром» выросли.", "ОАО «Газпром»", "Газпром")
    curate(fresh_store, "Акции ОАО «Лукойл» упали.", "ОАО «Лукойл»", "Лукойл")
    assert bounds_from_store(fresh_store).clear() == [
        ((Change.DROP_FIRST, "ORG", "lemma:оао"), 2, 0)
    ]


def test_a_quote_left_without_its_partner_goes_too():
    from razmetka.core import occurrences

    learned = BoundsLexicon()
    for name in ("Газпром", "Лукойл"):
        text = f"Акции ОАО «{name}» выросли."
        learned.learn_correction(text, "ORG", at(text, f"ОАО «{name}»"), at(text, name))
    text = "Глава ОАО «Роснефть сказал."  # natasha stopped before the closing quote
    (s,) = learned.adjust(
        text, occurrences.words(text), [Suggestion(*at(text, "ОАО «Роснефть"), "ORG")]
    )
    assert text[s.start : s.end] == "Роснефть"


def test_what_was_learned_travels_to_worker_processes(fresh_store):
    import pickle

    from razmetka.core.suggest.pool import natasha_with

    curate(fresh_store, "Акции ОАО «Газпром» выросли.", "ОАО «Газпром»", "Газпром")
    curate(fresh_store, "Акции ОАО «Лукойл» упали.", "ОАО «Лукойл»", "Лукойл")
    conventions = pickle.loads(pickle.dumps(bounds_from_store(fresh_store)))
    worker = natasha_with(lexicon_from_store(fresh_store), conventions)
    assert worker.conventions.clear() == bounds_from_store(fresh_store).clear() != []
