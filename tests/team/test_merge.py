"""Merging packages: idempotent, order-independent, no decision lost or duplicated, and two
analysts' different versions kept side by side."""

from __future__ import annotations

from itertools import permutations

import pytest

from razmetka.core.model import ArticleStatus
from razmetka.core.store import Store
from razmetka.core.team.assign import assign
from razmetka.core.team.merge import disputed, merge
from razmetka.core.team.pack import pack
from tests.team.corpus import copy, make_corpus, random_work, state

ANALYSTS = ["anna", "boris", "vera"]


def packed(tmp_path, seed: int):
    origin = make_corpus(tmp_path / "origin.db", articles=15)
    with Store(origin) as store:
        assign(store, ANALYSTS, 0.4)
        files = {name: pack(store, name, tmp_path / f"{name}.pkg").path for name in ANALYSTS}
    for number, name in enumerate(ANALYSTS):
        random_work(files[name], name, seed * 10 + number)
    return origin, files


def own_decisions(path) -> int:
    with Store(path, read_only=True) as store:
        return len(store.team.own_decisions())


@pytest.mark.parametrize("seed", range(4))
def test_every_order_and_a_second_merge_give_the_same_database(tmp_path, seed):
    origin, files = packed(tmp_path, seed)
    results = []
    for number, order in enumerate(permutations(ANALYSTS)):
        target = copy(origin, tmp_path / f"target{number}.db")
        with Store(target) as store:
            merge(store, [files[name] for name in order])
        first = state(target)
        with Store(target) as store:
            again = merge(store, [files[name] for name in reversed(order)])
        assert again.decisions == 0 and len(again.notes) == 3
        assert state(target) == first
        results.append(first)
    assert all(result == results[0] for result in results)
    made = sum(own_decisions(path) for path in files.values())
    merged = [row for row in results[0]["decisions"] if row[0] is not None]
    assert len(merged) == made  # none lost, none twice


def test_packages_merged_one_at_a_time_equal_all_at_once(tmp_path):
    origin, files = packed(tmp_path, 7)
    together = copy(origin, tmp_path / "together.db")
    apart = copy(origin, tmp_path / "apart.db")
    with Store(together) as store:
        merge(store, list(files.values()))
    for path in reversed(list(files.values())):
        with Store(apart) as store:
            merge(store, [path])
    assert state(apart) == state(together)


def test_an_older_copy_of_a_package_merged_later_changes_nothing(tmp_path):
    origin = make_corpus(tmp_path / "origin.db")
    with Store(origin) as store:
        assign(store, ["anna"], 0.0)
        package = pack(store, "anna", tmp_path / "anna.pkg").path
    random_work(package, "anna", 1, share=0.5)
    early = copy(package, tmp_path / "anna-early.pkg")
    random_work(package, "anna", 2)
    newest_first, oldest_first = (copy(origin, tmp_path / f"t{n}.db") for n in (1, 2))
    with Store(newest_first) as store:
        merge(store, [package, early])
    with Store(oldest_first) as store:
        merge(store, [early])
        merge(store, [package])
    assert state(newest_first) == state(oldest_first)


def test_two_analysts_different_decisions_are_kept_side_by_side(tmp_path):
    from razmetka.core import actions

    origin = make_corpus(tmp_path / "origin.db", articles=2)
    with Store(origin) as store:
        assign(store, ["anna", "boris"], 1.0)
        files = [pack(store, name, tmp_path / f"{name}.pkg").path for name in ("anna", "boris")]
    for path, choice in zip(files, ("accept", "reject"), strict=True):
        with Store(path) as package:
            for article_id in package.articles.ids():
                first = package.spans.of(article_id)[0]
                package.apply(getattr(actions, choice)(package, first.id))
                package.apply(actions.approve(package, article_id))
    with Store(origin) as store:
        merge(store, files)
        assert disputed(store) == [1, 2]
        versions = store.team.versions(1)
        assert sorted(versions) == ["anna", "boris"]
        assert len(versions["anna"].accepted()) == 1 and not versions["boris"].accepted()
        # the curated article waits for an adjudicator: its suggestions as they were
        assert store.articles.status(1) is ArticleStatus.IN_PROGRESS
        assert all(s.is_pending for s in store.spans.of(1))


def test_a_label_made_in_a_package_joins_the_tag_set(tmp_path):
    from razmetka.core import actions
    from razmetka.core.model import Label

    origin = make_corpus(tmp_path / "origin.db", articles=1)
    with Store(origin) as store:
        assign(store, ["anna"], 0.0)
        path = pack(store, "anna", tmp_path / "anna.pkg").path
    with Store(path) as package:
        package.labels.save(Label("EVENT", "#123456", "", ""))
        package.apply(actions.create(package, 1, 0, 6, "EVENT"))
        package.apply(actions.approve(package, 1))
    with Store(origin) as store:
        merge(store, [path])
        assert "EVENT" in store.labels.names()
        assert [s.label for s in store.spans.of(1) if s.start == 0] == ["EVENT"]
