"""Assigning articles to analysts and writing their work packages."""

from __future__ import annotations

import pytest

from razmetka.core import actions
from razmetka.core.model import SpanStatus
from razmetka.core.store import Store
from razmetka.core.team import TeamError
from razmetka.core.team.assign import assign
from razmetka.core.team.pack import pack
from tests.team.conftest import razmetka
from tests.team.corpus import copy, make_corpus


def test_the_split_is_deterministic_with_the_asked_share_to_two(tmp_path):
    first = make_corpus(tmp_path / "one.db", articles=40)
    second = copy(first, tmp_path / "two.db")
    splits = []
    for path in (first, second):
        with Store(path) as store:
            report = assign(store, ["anna", "boris", "vera"], 0.1)
            splits.append({name: store.team.assigned(name) for name in ("anna", "boris", "vera")})
            assert (report.articles, report.shared) == (40, 4)
            assert store.team.shared_assignments() == 4
            assert sum(report.per_analyst.values()) == 44
            assert max(report.per_analyst.values()) - min(report.per_analyst.values()) <= 1
    assert splits[0] == splits[1]


def test_assigning_again_gives_only_new_undecided_articles(tmp_path):
    path = make_corpus(tmp_path / "c.db", articles=6)
    with Store(path) as store:
        store.apply(actions.approve(store, 6))
        assert assign(store, ["anna", "boris"], 0.0).articles == 5
        assert assign(store, ["anna", "boris"], 0.5).articles == 0
        assert 6 not in store.team.assigned("anna") + store.team.assigned("boris")


@pytest.mark.parametrize(
    ("names", "overlap", "words"),
    [
        (["anna", "anna"], 0.0, "twice"),
        (["anna"], 0.1, "two analysts"),
        (["anna", "boris"], 1.5, "between 0 and 1"),
    ],
)
def test_bad_assignments_are_refused(fresh_store, names, overlap, words):
    with pytest.raises(TeamError, match=words):
        assign(fresh_store, names, overlap)


def test_a_package_holds_the_assigned_articles_with_their_suggestions(tmp_path):
    origin = make_corpus(tmp_path / "o.db", articles=10)
    with Store(origin) as store:
        assign(store, ["anna", "boris"], 0.2)
        mine = store.team.assigned("anna")
        report = pack(store, "anna", tmp_path / "anna.pkg")
        wanted = {aid: store.spans.of(aid) for aid in mine}
        database_id = store.team.database_id()
    assert report.articles == len(mine)
    with Store(report.path) as package:
        info = package.team.package()
        assert info is not None and (info.analyst, info.origin) == ("anna", database_id)
        assert package.team.database_id() != database_id
        assert package.articles.ids() == mine
        for aid in mine:
            got = package.spans.of(aid)
            assert [(s.start, s.end, s.label, s.status) for s in got] == [
                (s.start, s.end, s.label, s.status) for s in wanted[aid]
            ]
            assert all(s.status is SpanStatus.SUGGESTED for s in got)


def test_pack_by_the_command_line_refuses_an_existing_file_and_an_unknown_analyst(tmp_path):
    origin = make_corpus(tmp_path / "o.db", articles=4)
    assign_run = razmetka("--db", origin, "assign", "--analysts", "anna,boris")
    assert assign_run.returncode == 0 and "4 articles assigned" in assign_run.stdout
    out = tmp_path / "anna.pkg"
    assert razmetka("--db", origin, "pack", "anna", "--out", out).returncode == 0
    again = razmetka("--db", origin, "pack", "anna", "--out", out)
    assert again.returncode == 1 and f"{out} exists already" in again.stderr
    nobody = razmetka("--db", origin, "pack", "vera", "--out", tmp_path / "vera.pkg")
    assert nobody.returncode == 1 and "no articles are assigned to vera" in nobody.stderr
    assert not (tmp_path / "vera.pkg").exists()


def test_a_second_round_packs_only_the_new_articles_and_merges_beside_the_first(tmp_path):
    from razmetka.core.team.merge import merge
    from tests.team.corpus import random_work

    origin = make_corpus(tmp_path / "o.db", articles=6)
    with Store(origin) as store:
        for number in (4, 5, 6):  # imported later, in the real world
            store.conn.execute("UPDATE articles SET status = 'skipped' WHERE id = ?", (number,))
        assign(store, ["anna"], 0.0)
        first = pack(store, "anna", tmp_path / "round1.pkg")
        with pytest.raises(TeamError, match="in a package already"):
            pack(store, "anna", tmp_path / "nothing.pkg")
        for number in (4, 5, 6):
            store.conn.execute("UPDATE articles SET status = 'todo' WHERE id = ?", (number,))
        assign(store, ["anna"], 0.0)
        second = pack(store, "anna", tmp_path / "round2.pkg")
    with Store(first.path) as package:
        assert package.articles.ids() == [1, 2, 3]
    with Store(second.path) as package:
        assert package.articles.ids() == [4, 5, 6]
    random_work(first.path, "anna", 1)
    random_work(second.path, "anna", 2)
    with Store(origin) as store:
        merge(store, [second.path, first.path])
        assert store.team.versioned_by("anna") == {1, 2, 3, 4, 5, 6}
        with pytest.raises(TeamError, match="in a package already"):
            pack(store, "anna", tmp_path / "again.pkg", again=True)
