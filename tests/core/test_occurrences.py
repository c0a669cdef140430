"""Finding an entity's inflected occurrences, with exact code point offsets."""

from razmetka.core import occurrences
from razmetka.core.occurrences import find, find_many


def surfaces(text, entity):
    found = find(text, entity)
    return [text[start:end] for start, end in found]


def test_every_case_form_of_a_surname_is_found():
    text = "Токаев прибыл. Встреча с Токаевым; письмо Токаеву; без Токаева."
    assert surfaces(text, "Токаев") == ["Токаев", "Токаевым", "Токаеву", "Токаева"]


def test_a_surname_is_not_a_common_word_with_its_stem():
    text = "Слова Лаврова приведены. Он пожинает лавры. Лавры достались Лаврову."
    assert surfaces(text, "Лавров") == ["Лаврова", "Лаврову"]


def test_a_different_name_with_a_shared_stem_is_not_found():
    text = "Москвич из Москвы купил «Москвич»; москвичи рады."
    assert surfaces(text, "Москва") == ["Москвы"]


def test_multi_word_names_match_only_whole():
    text = "Президент Соединённых Штатов посетил штаты. Соединенные Штаты. Штаты согласны."
    assert surfaces(text, "Соединённые Штаты") == ["Соединённых Штатов", "Соединенные Штаты"]


def test_a_name_never_matches_across_a_line_break():
    assert surfaces("Соединённые\nШтаты", "Соединённые Штаты") == []


def test_hyphenated_first_names_and_quoted_organisations():
    text = 'Касым-Жомарта Токаева встретили. ООО "Газпрома" и ООО Газпром.'
    assert surfaces(text, "Касым-Жомарт Токаев") == ["Касым-Жомарта Токаева"]
    assert surfaces(text, "ООО «Газпром»") == ['ООО "Газпрома"']


def test_an_entity_may_be_given_as_tokens():
    assert surfaces("Встреча в Нью-Йорке", ["Нью-Йорк"]) == ["Нью-Йорке"]


def test_offsets_are_code_points_after_emoji():
    text = "😀🇷🇺 Акорды сообщила"
    ((start, end),) = find(text, "Акорда")
    assert text[start:end] == "Акорды"


def test_many_entities_in_one_pass():
    text = "Лавров и Токаев обсудили Соединённые Штаты, потом Токаева спросили."
    found = find_many(text, ["Лавров", "Токаев", "Соединённые Штаты", "Газпром"])
    assert [text[s:e] for s, e in found["Токаев"]] == ["Токаев", "Токаева"]
    assert len(found["Лавров"]) == 1 and len(found["Соединённые Штаты"]) == 1
    assert found["Газпром"] == []


def test_longest_match_wins_where_entities_overlap():
    index = occurrences.Index()
    index.add(occurrences.pattern("Соединённые Штаты"), "long")
    index.add(occurrences.pattern("Штаты"), "short")
    text = "Соединённые Штаты и Штаты"
    kept = occurrences.longest_first(index.find(text))
    assert [(text[m.start : m.end], m.value) for m in kept] == [
        ("Соединённые Штаты", "long"),
        ("Штаты", "short"),
    ]


def test_a_span_of_a_tokenized_text_has_the_pattern_of_its_surface():
    text = "Встреча с Касым-Жомартом Токаевым прошла."
    seq = occurrences.words(text)
    start = text.index("Касым")
    end = text.index(" прошла")
    within = occurrences.texts_within(seq, start, end)
    assert occurrences.pattern(within) == occurrences.pattern(text[start:end])
