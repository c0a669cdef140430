"""Lemma keys: inflected forms of one name share a lemma, different words do not."""

import threading

from razmetka.core import morph


def test_case_forms_of_a_surname_share_a_lemma():
    forms = ["Токаев", "Токаева", "Токаеву", "Токаевым"]
    shared = frozenset.intersection(*(morph.lemmas(f) for f in forms))
    assert "токаев" in shared


def test_name_readings_win_over_common_words():
    assert "лавров" in morph.lemmas("Лаврова")
    assert morph.lemmas("Лавров").isdisjoint(morph.lemmas("Лавры"))


def test_different_words_with_a_shared_stem_stay_apart():
    assert morph.lemmas("Москва").isdisjoint(morph.lemmas("Москвич"))


def test_yo_is_folded_and_case_ignored():
    assert morph.lemmas("Соединённых") & morph.lemmas("соединенные")
    assert morph.fold("Ёлкин") == "елкин"


def test_punctuation_and_numbers_are_their_own_key():
    assert morph.lemmas(",") == {","}
    assert morph.lemmas("2010") == {"2010"}
    assert morph.lemmas("«") == morph.lemmas("»") == morph.lemmas('"')


def test_hyphenated_names_inflect_part_by_part():
    assert morph.lemmas("Касым-Жомарта") & morph.lemmas("Касым-Жомарт")
    assert morph.lemmas("Нью-Йорка") & morph.lemmas("Нью-Йорк")


def test_a_name_keys_each_razdel_token():
    key = morph.name_key("ООО «Газпром»")
    assert len(key) == 4
    assert morph.same_name(key, morph.name_key('ООО "Газпрома"'))
    assert not morph.same_name(key, morph.name_key("ООО Газпром"))


def test_multi_word_names_match_in_any_case():
    assert morph.same_name(
        morph.name_key("Соединённые Штаты"), morph.name_key("Соединённых Штатов")
    )


def test_the_analyzer_loads_once_across_threads(monkeypatch):
    loads = []
    real_load = morph._load

    def counted_load():
        loads.append(1)
        return real_load()

    monkeypatch.setattr(morph, "_analyzer", None)
    monkeypatch.setattr(morph, "_load", counted_load)
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(morph.analyzer())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(loads) == 1 and len({id(a) for a in seen}) == 1


def test_a_word_is_analysed_once():
    morph.cache_clear()
    morph.lemmas("Токаевым")
    morph.lemmas("Токаевым")
    info = morph.lemmas.cache_info()
    assert (info.hits, info.misses) == (1, 1)
