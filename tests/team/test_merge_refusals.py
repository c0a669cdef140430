"""Bad input to merge, by the command line as a process: a clear message naming the file, and
nothing stored changes unless the whole merge succeeds."""

from __future__ import annotations

import sqlite3

import pytest

from razmetka.core.store import SCHEMA_VERSION, Store
from razmetka.core.team.assign import assign
from razmetka.core.team.pack import pack
from tests.team.conftest import razmetka
from tests.team.corpus import copy, make_corpus, random_work


def dump(path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def team(tmp_path):
    origin = make_corpus(tmp_path / "origin.db")
    with Store(origin) as store:
        assign(store, ["anna", "boris"], 0.5)
        anna = pack(store, "anna", tmp_path / "anna.pkg").path
        boris = pack(store, "boris", tmp_path / "boris.pkg").path
    random_work(anna, "anna", 1)
    random_work(boris, "boris", 2)
    return origin, anna, boris


def refused(origin, *packages, words: list[str]) -> None:
    before = dump(origin)
    result = razmetka("merge", *packages, "--into", origin)
    assert result.returncode == 1, result.stdout + result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert dump(origin) == before


def test_a_package_of_another_database_is_refused_whole(tmp_path, team):
    origin, anna, _boris = team
    other = make_corpus(tmp_path / "other.db")
    with Store(other) as store:
        assign(store, ["vera"], 0.0)
        stranger = pack(store, "vera", tmp_path / "vera.pkg").path
    refused(origin, anna, stranger, words=[str(stranger), "another database"])


def test_a_package_of_a_newer_schema_is_refused(tmp_path, team):
    origin, anna, boris = team
    newer = copy(boris, tmp_path / "newer.pkg")
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    refused(origin, anna, newer, words=[str(newer), "newer Razmetka"])


def test_a_file_that_is_not_a_package_is_refused(tmp_path, team):
    origin, anna, _boris = team
    refused(origin, anna, origin, words=[str(origin), "not a work package"])
    missing = tmp_path / "missing.pkg"
    refused(origin, anna, missing, words=[str(missing), "no such file"])


def test_two_packages_claiming_one_analyst_for_the_same_articles_are_refused(tmp_path, team):
    origin, anna, _boris = team
    with Store(origin) as store:
        second = pack(store, "anna", tmp_path / "anna-again.pkg", again=True).path
    random_work(second, "anna", 5)
    refused(origin, anna, second, words=[str(second), str(anna), "claims anna"])
    assert razmetka("merge", anna, "--into", origin).returncode == 0
    refused(origin, second, words=[str(second), "claims anna"])


def test_two_copies_of_one_package_with_different_work_are_refused(tmp_path, team):
    origin, anna, _boris = team
    with Store(origin) as store:
        fresh = pack(store, "boris", tmp_path / "boris-2.pkg", again=True).path
    twin = copy(fresh, tmp_path / "boris-twin.pkg")
    random_work(fresh, "boris", 3)
    random_work(twin, "boris", 4)
    refused(origin, fresh, twin, words=[str(twin), "two copies of one package"])


def test_the_same_package_merged_twice_is_noted_and_stored_once(team):
    origin, anna, boris = team
    first = razmetka("merge", anna, boris, "--into", origin)
    assert first.returncode == 0, first.stderr
    after_first = dump(origin)
    again = razmetka("merge", anna, "--into", origin)
    assert again.returncode == 0, again.stderr
    assert f"{anna}: this package was merged before" in again.stderr
    assert "nothing new" in again.stderr
    assert "0 new decisions" in again.stdout
    assert dump(origin) == after_first


def test_merging_into_a_missing_database_makes_none(tmp_path, team):
    _origin, anna, _boris = team
    missing = tmp_path / "nowhere.db"
    result = razmetka("merge", anna, "--into", missing)
    assert result.returncode == 1 and str(missing) in result.stderr
    assert not missing.exists()
