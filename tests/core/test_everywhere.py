"""One decision for every occurrence: finding an entity over the corpus and the edits that
decide them all."""

from __future__ import annotations

from razmetka.core.corpus import find_in_text, occurrences_in_corpus
from razmetka.core.everywhere import decide_everywhere
from razmetka.core.model import ArticleStatus, Span, SpanStatus, Suggestion
from tests.conftest import add_article


def at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_occurrences_are_found_in_every_case_form_and_never_in_a_common_word(fresh_store):
    first = "Министр Сергей Лавров прилетел."
    source = add_article(fresh_store, first, [Span(*at(first, "Лавров"), "PER")])
    second = "Слова Лаврова о лаврах победителя. Лаврову ответили."
    other = add_article(fresh_store, second, external_id="n-2")
    add_article(fresh_store, "Победителю достались лавры.")
    (span,) = fresh_store.spans.of(source)
    found = occurrences_in_corpus(fresh_store, source, span)
    assert [(o.article_id, o.text) for o in found] == [
        (source, "Лавров"),
        (other, "Лаврова"),
        (other, "Лаврову"),
    ]
    assert found[0].status is SpanStatus.ACCEPTED and found[0].label == "PER"
    assert not found[1].is_span and found[1].external_id == "n-2"
    assert found[1].before == "Слова " and found[1].after.startswith(" о лаврах")


def test_a_multi_word_name_is_found_only_whole():
    text = "Сергей Лавров и Сергея Лаврова; Сергей Иванов и Лавров."
    found = [text[a:b] for a, b in find_in_text(text, "Сергей Лавров")]
    assert found == ["Сергей Лавров", "Сергея Лаврова"]


def test_a_long_article_is_searched_around_each_place():
    filler = "Обычный текст без имён. " * 2000
    text = filler + "Там был Лавров." + filler + "Слова Лаврову."
    assert [text[a:b] for a, b in find_in_text(text, "Лаврова")] == ["Лавров", "Лаврову"]


def test_deciding_everywhere_accepts_relabels_and_tags_one_edit_per_article(fresh_store):
    one = "Сообщила вчера Акорда."
    two = "Вчера в Акорде сказали, что Акорды нет."
    three = "Письмо Акорде."
    source = add_article(fresh_store, one, [Span(*at(one, "Акорда"), "ORG", normal="Акорда")])
    second = add_article(fresh_store, two)
    third = add_article(fresh_store, three, [Span(*at(three, "Акорде"), "PER")])
    fresh_store.suggestions.add(second, [Suggestion(*at(two, "Акорде"), "PER")], "s@1")
    (span,) = fresh_store.spans.of(source)
    found = occurrences_in_corpus(fresh_store, source, span)
    edits = decide_everywhere(fresh_store, found, "ORG", "Акорда")
    assert [e.article_id for e in edits] == [second, third]  # the source is decided already
    applied = [fresh_store.apply(edit) for edit in edits]
    accepted = {
        (a, s.start, s.end, s.label)
        for a in (second, third)
        for s in fresh_store.spans.of(a, [SpanStatus.ACCEPTED])
    }
    assert accepted == {
        (second, *at(two, "Акорде"), "ORG"),
        (second, *at(two, "Акорды"), "ORG"),
        (third, *at(three, "Акорде"), "ORG"),
    }
    assert [s.status for s in fresh_store.spans.of(second) if s.label == "PER"] == [
        SpanStatus.REJECTED
    ]
    assert fresh_store.articles.status(second) is ArticleStatus.IN_PROGRESS
    fresh_store.apply(applied[0].inverted())
    assert [s.status for s in fresh_store.spans.of(second)] == [SpanStatus.SUGGESTED]


def test_an_accepted_span_with_other_bounds_stands_and_a_rejection_spares_accepted(fresh_store):
    text = "Вчера ОАО Газпром и Газпром."
    first, second = text.index("Газпром"), text.rindex("Газпром")
    article_id = add_article(fresh_store, text, [Span(text.index("ОАО"), first + 7, "ORG")])
    fresh_store.suggestions.add(article_id, [Suggestion(second, second + 7, "ORG")], "s@1")
    probe = add_article(fresh_store, "Газпром.", [Span(0, 7, "ORG")])
    (span,) = fresh_store.spans.of(probe)
    found = occurrences_in_corpus(fresh_store, probe, span)
    (edit,) = decide_everywhere(fresh_store, found, None)
    assert [(c.before.start, c.after.status) for c in edit.spans] == [(second, SpanStatus.REJECTED)]
    spread, relabelled = decide_everywhere(fresh_store, found, "LOC")
    assert [(c.before and c.before.start, c.after and c.after.label) for c in spread.spans] == [
        (second, "ORG"),  # the suggestion rejected...
        (None, "LOC"),  # ...and the analyst's LOC in its place; «ОАО Газпром» untouched
    ]
    assert spread.spans[0].after.status is SpanStatus.REJECTED
    (change,) = relabelled.spans
    assert (change.before.label, change.after.label) == ("ORG", "LOC")
    fresh_store.apply(spread)
    fresh_store.apply(relabelled)
    assert [s.label for s in fresh_store.spans.of(probe)] == ["LOC"]


def test_a_name_is_found_at_word_starts_only():
    text = "Медиагазпром, «Газпрома», Медиа-Газпром, ГАЗПРОМ и газпромовцы; Газпромом."
    found = [text[s:e] for s, e in find_in_text(text, "Газпром")]
    assert found == ["Газпрома", "ГАЗПРОМ", "Газпромом"]
    two = "Визит «Акорды Астаны», не Суперакорды Астаны."
    assert [two[s:e] for s, e in find_in_text(two, "Акорда Астаны")] == ["Акорды Астаны"]
