"""The store's decisions as lessons, the combined suggester, and pending suggestions brought up
to date after new decisions. natasha is replaced by a stand-in, so nothing slow loads."""

from __future__ import annotations

from razmetka.core import actions
from razmetka.core.model import ArticleStatus, Span, SpanStatus, Suggestion
from razmetka.core.store.lessons import Lesson
from razmetka.core.suggest import articles_to_suggest, suggest_articles
from razmetka.core.suggest.combined import NatashaWithLearned, lexicon_from_store
from razmetka.core.suggest.refresh import (
    articles_holding,
    refresh_learned,
    refresh_suggestions,
)
from tests.conftest import PatternSuggester, add_article, rows


def StandIn() -> PatternSuggester:
    """natasha as the tests need it: every capitalised word not starting a sentence is a PER."""
    return PatternSuggester([(r"(?<=[а-яё,] )[А-ЯЁ]\w+", "PER")])


def combined(store) -> NatashaWithLearned:
    return NatashaWithLearned(lexicon_from_store(store), natasha=StandIn())  # type: ignore[arg-type]


def at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def correct(store, article_id: int, word: str, label: str) -> None:
    """What the analyst does in the window: relabel the suggestion on ``word``."""
    text = store.articles.get(article_id).text
    start, end = at(text, word)
    (span,) = [s for s in store.spans.of(article_id) if (s.start, s.end) == (start, end)]
    store.apply(actions.relabel(store, span.id, label))


def test_lessons_read_accepted_relabelled_and_rejected_spans(fresh_store):
    text = "Вчера в Акорде встретились Иван и Пётр, а Мария нет."
    article_id = add_article(fresh_store, text)
    pieces = ["Акорде", "Иван", "Пётр", "Мария"]
    fresh_store.suggestions.add(
        article_id, [Suggestion(*at(text, w), "PER", w) for w in pieces], "stand-in@1"
    )
    spans = {s.surface(text): s for s in fresh_store.spans.of(article_id)}
    fresh_store.apply(actions.relabel(fresh_store, spans["Акорде"].id, "ORG"))
    fresh_store.apply(actions.accept(fresh_store, spans["Иван"].id))
    fresh_store.apply(actions.reject(fresh_store, spans["Мария"].id))
    # A boundary correction: «Пётр» widened; the rejected suggestion teaches nothing.
    fresh_store.apply(actions.resize(fresh_store, spans["Пётр"].id, *at(text, "Пётр, а")))
    lessons = set(fresh_store.lessons.all())
    assert lessons == {
        Lesson("Акорде", "ORG", "relabelled", "Акорде", "PER", 1),
        Lesson("Иван", "PER", "accepted", "Иван", None, 1),
        Lesson("Пётр, а", "PER", "accepted", None, None, 1),
        Lesson("Мария", "PER", "rejected", None, None, 1),
    }


def test_identical_lessons_come_once_with_their_count(fresh_store):
    for n in range(3):
        text = f"Статья {n}: в Акорде сказали."
        add_article(fresh_store, text, [Span(*at(text, "Акорде"), "ORG", normal="Акорда")])
    assert fresh_store.lessons.all() == [Lesson("Акорде", "ORG", "accepted", "Акорда", None, 3)]
    entry = lexicon_from_store(fresh_store).entry("Акорды")
    assert entry is not None and entry.accepted["ORG"] == 3


def test_the_combined_suggester_keeps_each_origin_and_why(fresh_store):
    for n in range(2):
        text = f"Сообщила вчера Акорда {n}."
        article_id = add_article(fresh_store, text)
        suggest_articles(fresh_store, combined(fresh_store), [article_id])
        correct(fresh_store, article_id, "Акорда", "ORG")
    text = "Сообщили вчера Акорды и Иван."
    article_id = add_article(fresh_store, text)
    suggester = combined(fresh_store)
    assert suggester.origin == "stand-in@1+learned@1"
    suggest_articles(fresh_store, suggester, [article_id])
    stored = rows(
        fresh_store,
        "SELECT surface, label, origin, note FROM spans WHERE article_id = ? ORDER BY start",
        (article_id,),
    )
    assert stored[0][:3] == ("Акорды", "ORG", "learned@1")
    assert stored[0][3].startswith("learned from 2 decisions (ORG: 2 for, 0 against)")
    assert stored[1] == ("Иван", "PER", "stand-in@1", None)
    (span_id,) = [s.id for s in fresh_store.spans.of(article_id) if s.label == "ORG"]
    assert fresh_store.suggestions.notes(article_id) == {span_id: stored[0][3]}
    # The run is recorded under the combined origin: raw natasha's runs do not count.
    assert article_id not in articles_to_suggest(fresh_store, suggester.origin)
    assert article_id in articles_to_suggest(fresh_store, "stand-in@1")


def test_replacing_pending_suggestions_never_changes_a_decided_span(fresh_store):
    text = "Вчера Иван, Пётр и Мария видели Анну."
    article_id = add_article(fresh_store, text)
    names = ["Иван", "Пётр", "Мария", "Анну"]
    fresh_store.suggestions.add(
        article_id, [Suggestion(*at(text, w), "PER") for w in names], "old@1"
    )
    spans = {s.surface(text): s for s in fresh_store.spans.of(article_id)}
    fresh_store.apply(actions.accept(fresh_store, spans["Иван"].id))
    fresh_store.apply(actions.reject(fresh_store, spans["Пётр"].id))
    fresh_store.apply(actions.set_status(fresh_store, article_id, ArticleStatus.TODO))
    decided = [s for s in fresh_store.spans.of(article_id) if not s.is_pending]
    new = [
        Suggestion(*at(text, "Иван"), "LOC"),  # over an accepted span: not added
        Suggestion(*at(text, "Пётр"), "PER"),  # rejected already: not added again
        Suggestion(*at(text, "Мария"), "PER", "Мария", "why", "learned@1"),  # kept, updated
        Suggestion(*at(text, "Анну"), "LOC"),  # new; the PER one goes
    ]
    assert fresh_store.suggestions.replace_pending(article_id, new, "new@1") == (1, 1)
    after = fresh_store.spans.of(article_id)
    assert [s for s in after if not s.is_pending] == decided
    pending = {(s.surface(text), s.label, s.origin, s.normal) for s in after if s.is_pending}
    assert pending == {("Мария", "PER", "learned@1", "Мария"), ("Анну", "LOC", "new@1", None)}


def test_an_article_with_decisions_is_left_alone(fresh_store):
    text = "Вчера Иван видел Анну."
    article_id = add_article(fresh_store, text)
    fresh_store.suggestions.add(article_id, [Suggestion(*at(text, "Анну"), "PER")], "old@1")
    fresh_store.apply(actions.set_status(fresh_store, article_id, ArticleStatus.IN_PROGRESS))
    before = fresh_store.spans.of(article_id)
    assert fresh_store.suggestions.replace_pending(article_id, [], "new@1") is None
    assert fresh_store.spans.of(article_id) == before


def test_two_corrections_change_the_next_articles_suggestions_after_refresh(fresh_store):
    waiting = add_article(fresh_store, "Заявили вчера Акорды и Иван.")
    other = add_article(fresh_store, "Заявил вчера Иван.")
    suggest_articles(fresh_store, combined(fresh_store), [waiting, other])
    assert {s.label for s in fresh_store.spans.of(waiting)} == {"PER"}
    for n in range(2):
        text = f"Сообщила вчера Акорда {n}."
        article_id = add_article(fresh_store, text)
        suggest_articles(fresh_store, combined(fresh_store), [article_id])
        correct(fresh_store, article_id, "Акорда", "ORG")
    assert articles_holding(fresh_store, "Акорда") == [waiting]
    report = refresh_suggestions(fresh_store, combined(fresh_store), "Акорда")
    assert (report.articles, report.added, report.removed) == (1, 1, 1)
    labels = {
        (s.surface(fresh_store.articles.get(waiting).text), s.label)
        for s in fresh_store.spans.of(waiting)
    }
    assert labels == {("Акорды", "ORG"), ("Иван", "PER")}


def test_refresh_learned_takes_the_entities_decided_since_the_last_run(fresh_store):
    waiting = add_article(fresh_store, "Заявили вчера Акорды.")
    suggest_articles(fresh_store, combined(fresh_store), [waiting])
    for n in range(2):
        text = f"Сообщила вчера Акорда {n}."
        article_id = add_article(fresh_store, text)
        suggest_articles(fresh_store, combined(fresh_store), [article_id])
        correct(fresh_store, article_id, "Акорда", "ORG")
    first = refresh_learned(fresh_store, combined(fresh_store))
    assert first.articles == 1 and [s.label for s in fresh_store.spans.of(waiting)] == ["ORG"]
    assert refresh_learned(fresh_store, combined(fresh_store)).entities == 0


def test_an_inflected_occurrence_is_found_and_a_common_word_is_not(fresh_store):
    surname = add_article(fresh_store, "Переговоры вёл Сергей Лавров.")
    inflected = add_article(fresh_store, "Слова Лаврова процитировали.")
    laurels = add_article(fresh_store, "Победителю достались лавры и слава.")
    assert articles_holding(fresh_store, "Лаврова") == [surname, inflected]
    assert laurels not in articles_holding(fresh_store, "Лавров")
    decided = add_article(fresh_store, "Слова Лаврову передали.")
    fresh_store.apply(actions.set_status(fresh_store, decided, ArticleStatus.DONE))
    assert decided not in articles_holding(fresh_store, "Лавров")
    assert SpanStatus.SUGGESTED  # the statuses above are the only ones refresh touches
