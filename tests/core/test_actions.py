import pytest

from razmetka.core import actions
from razmetka.core.model import ANALYST, ArticleStatus, SpanStatus, Suggestion
from razmetka.core.store import SpanConflict
from tests.conftest import add_article

TEXT = "Токаев встретился с Трампом в Вашингтоне."


@pytest.fixture
def article(fresh_store):
    article_id = add_article(fresh_store, TEXT)
    fresh_store.suggestions.add(
        article_id,
        [
            Suggestion(0, 6, "PER", "Токаев"),
            Suggestion(20, 27, "PER", "Трамп"),
            Suggestion(30, 40, "LOC", "Вашингтон"),
        ],
        "s@1",
    )
    return article_id


def by_start(store, article_id):
    return {s.start: s for s in store.spans.of(article_id)}


def snapshot(store, article_id):
    return (store.spans.of(article_id), store.articles.status(article_id))


def check_undo_redo(store, article_id, edit):
    before = snapshot(store, article_id)
    applied = store.apply(edit)
    after = snapshot(store, article_id)
    store.apply(applied.inverted())
    assert snapshot(store, article_id) == before
    store.apply(applied)
    assert snapshot(store, article_id) == after
    return after


def test_accept(fresh_store, article):
    span = by_start(fresh_store, article)[0]
    spans, status = check_undo_redo(fresh_store, article, actions.accept(fresh_store, span.id))
    assert spans[0].status is SpanStatus.ACCEPTED
    assert status is ArticleStatus.IN_PROGRESS


def test_reject(fresh_store, article):
    span = by_start(fresh_store, article)[20]
    spans, _ = check_undo_redo(fresh_store, article, actions.reject(fresh_store, span.id))
    assert by_start(fresh_store, article)[20].status is SpanStatus.REJECTED


def test_relabelling_a_suggestion_is_a_correction(fresh_store, article):
    span = by_start(fresh_store, article)[30]
    spans, _ = check_undo_redo(fresh_store, article, actions.relabel(fresh_store, span.id, "ORG"))
    at30 = [s for s in spans if s.start == 30]
    assert {(s.label, s.status, s.origin) for s in at30} == {
        ("LOC", SpanStatus.REJECTED, "s@1"),
        ("ORG", SpanStatus.ACCEPTED, ANALYST),
    }


def test_the_label_a_suggestion_has_already_confirms_it(fresh_store, article):
    span = by_start(fresh_store, article)[30]
    spans, _ = check_undo_redo(fresh_store, article, actions.relabel(fresh_store, span.id, "LOC"))
    assert [(s.id, s.label, s.status) for s in spans if s.start == 30] == [
        (span.id, "LOC", SpanStatus.ACCEPTED)
    ]


def test_relabel_an_accepted_span_in_place(fresh_store, article):
    span = by_start(fresh_store, article)[0]
    fresh_store.apply(actions.accept(fresh_store, span.id))
    spans, _ = check_undo_redo(fresh_store, article, actions.relabel(fresh_store, span.id, "ORG"))
    assert [(s.id, s.label) for s in spans if s.start == 0] == [(span.id, "ORG")]


def test_create_rejects_the_suggestions_it_overlaps(fresh_store, article):
    spans, _ = check_undo_redo(
        fresh_store, article, actions.create(fresh_store, article, 20, 41, "LOC")
    )
    statuses = {(s.start, s.end): s.status for s in spans}
    assert statuses[(20, 27)] is SpanStatus.REJECTED
    assert statuses[(30, 40)] is SpanStatus.REJECTED
    assert statuses[(20, 41)] is SpanStatus.ACCEPTED


def test_creating_what_was_suggested_accepts_the_suggestion(fresh_store, article):
    edit = actions.create(fresh_store, article, 0, 6, "PER")
    assert edit.action == "accept"


def test_create_refuses_to_overlap_an_accepted_span(fresh_store, article):
    fresh_store.apply(actions.accept(fresh_store, by_start(fresh_store, article)[0].id))
    with pytest.raises(SpanConflict):
        actions.create(fresh_store, article, 3, 10, "ORG")


def test_resize_a_suggestion_accepts_the_corrected_bounds(fresh_store, article):
    span = by_start(fresh_store, article)[30]
    spans, _ = check_undo_redo(fresh_store, article, actions.resize(fresh_store, span.id, 30, 41))
    accepted = [s for s in spans if s.status is SpanStatus.ACCEPTED]
    assert [(s.start, s.end, s.label) for s in accepted] == [(30, 41, "LOC")]


def test_resize_an_accepted_span(fresh_store, article):
    span = by_start(fresh_store, article)[20]
    fresh_store.apply(actions.accept(fresh_store, span.id))
    spans, _ = check_undo_redo(fresh_store, article, actions.resize(fresh_store, span.id, 17, 27))
    assert [(s.start, s.end) for s in spans if s.id == span.id] == [(17, 27)]


def test_delete_an_analyst_span_and_undo(fresh_store, article):
    created = fresh_store.apply(actions.create(fresh_store, article, 7, 17, "ORG"))
    span_id = created.spans[-1].after.id
    spans, _ = check_undo_redo(fresh_store, article, actions.delete(fresh_store, span_id))
    assert all(s.id != span_id for s in spans)


def test_deleting_a_suggestion_rejects_it(fresh_store, article):
    span = by_start(fresh_store, article)[0]
    fresh_store.apply(actions.delete(fresh_store, span.id))
    assert fresh_store.spans.get(span.id).status is SpanStatus.REJECTED


def test_accept_all_takes_the_first_of_colliding_suggestions(fresh_store, article):
    fresh_store.suggestions.add(article, [Suggestion(20, 41, "ORG")], "other@1")
    spans, _ = check_undo_redo(fresh_store, article, actions.accept_all(fresh_store, article))
    accepted = [(s.start, s.end) for s in spans if s.status is SpanStatus.ACCEPTED]
    assert accepted == [(0, 6), (20, 27), (30, 40)]
    assert [s for s in spans if s.status is SpanStatus.SUGGESTED] == []


def test_approve_and_skip(fresh_store, article):
    check_undo_redo(fresh_store, article, actions.approve(fresh_store, article))
    assert fresh_store.articles.status(article) is ArticleStatus.DONE
    fresh_store.apply(actions.set_status(fresh_store, article, ArticleStatus.SKIPPED))
    assert fresh_store.articles.status(article) is ArticleStatus.SKIPPED
