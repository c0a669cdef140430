"""The learned suggester: a handful of decisions changes the next article's suggestions."""

import pytest

from razmetka.core.model import Suggestion
from razmetka.core.suggest.learned import (
    ORIGIN,
    Decision,
    LearnedSuggester,
    Lexicon,
    Verdict,
    combine,
)

NATASHA = "natasha-ner"


def relabelled(entity, old, new, normal=None):
    return Decision(entity, new, Verdict.RELABELLED, normal=normal, previous=old)


def accepted(entity, label, normal=None):
    return Decision(entity, label, Verdict.ACCEPTED, normal=normal)


def rejected(entity, label):
    return Decision(entity, label, Verdict.REJECTED)


def at(text, word, label, normal=None, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Suggestion(start, start + len(word), label, normal)


def found(text, proposals):
    return [(text[p.start : p.end], p.label) for p in proposals]


def test_forms_of_one_entity_share_one_record():
    lexicon = Lexicon.from_decisions(
        [relabelled("Акорда", "PER", "ORG"), relabelled("Акорды", "PER", "ORG")]
    )
    assert len(lexicon) == 1
    entry = lexicon.entry("Акорде")
    assert entry is not None and entry.decisions == 2
    assert entry.accepted["ORG"] == 2 and entry.rejected["PER"] == 2


def test_relabelled_twice_wins_over_natasha_in_the_next_article():
    lexicon = Lexicon.from_decisions(
        [relabelled("Акорда", "PER", "ORG", "Акорда"), relabelled("Акорды", "PER", "ORG")]
    )
    text = "Как сообщает пресс-служба Акорды, Касым-Жомарт Токаев провёл встречу."
    natasha = [at(text, "Акорды", "PER", "Акорды"), at(text, "Касым-Жомарт Токаев", "PER")]
    learned = LearnedSuggester(lexicon).propose(text)
    assert found(text, learned) == [("Акорды", "ORG")]
    merged = combine(text, natasha, learned, lexicon, NATASHA)
    assert found(text, merged) == [("Акорды", "ORG"), ("Касым-Жомарт Токаев", "PER")]
    akorda = merged[0]
    assert akorda.origin == ORIGIN and akorda.decisions == 2 and akorda.normal == "Акорда"
    assert "learned from 2 decisions" in akorda.why
    assert merged[1].origin == NATASHA


def test_one_correction_is_not_yet_clear():
    lexicon = Lexicon.from_decisions([relabelled("Акорда", "PER", "ORG")])
    text = "Пресс-служба Акорды сообщила."
    natasha = [at(text, "Акорды", "PER")]
    merged = combine(text, natasha, LearnedSuggester(lexicon).propose(text), lexicon, NATASHA)
    assert found(text, merged) == [("Акорды", "PER")]
    assert "not clear" in merged[0].why


def test_a_mixed_record_leaves_natasha_in_charge():
    decisions = [accepted("Вашингтон", "LOC")] * 2 + [accepted("Вашингтон", "PER")]
    lexicon = Lexicon.from_decisions(decisions)
    text = "Вашингтона не было."
    merged = combine(text, [at(text, "Вашингтона", "PER")], [], lexicon, NATASHA)
    assert found(text, merged) == [("Вашингтона", "PER")]


def test_agreement_is_one_suggestion_with_the_learned_normal_form():
    lexicon = Lexicon.from_decisions([accepted("Токаева", "PER", "Касым-Жомарт Токаев")] * 3)
    text = "Встреча с Токаевым."
    natasha = [at(text, "Токаевым", "PER", "Токаевым")]
    learned = LearnedSuggester(lexicon).propose(text)
    merged = combine(text, natasha, learned, lexicon, NATASHA)
    assert len(merged) == 1
    assert merged[0].normal == "Касым-Жомарт Токаев"
    assert merged[0].origin == f"{NATASHA}+{ORIGIN}" and merged[0].decisions == 3


def test_a_clearly_rejected_form_is_dropped():
    lexicon = Lexicon.from_decisions([rejected("Фото", "PER"), rejected("Фото", "PER")])
    text = "Фото: пресс-служба. Фото предоставлено."
    natasha = [at(text, "Фото", "PER"), at(text, "Фото", "PER", nth=1)]
    assert LearnedSuggester(lexicon).propose(text) == []
    assert combine(text, natasha, [], lexicon, NATASHA) == []


def test_learned_entities_are_found_where_natasha_says_nothing():
    lexicon = Lexicon.from_decisions(
        [accepted("Соединённые Штаты", "LOC"), accepted("Лавров", "PER", "Сергей Лавров")]
    )
    text = "Лаврову ответили, что лавры достались Соединённым Штатам, а не штатам."
    learned = LearnedSuggester(lexicon).propose(text)
    assert found(text, learned) == [("Лаврову", "PER"), ("Соединённым Штатам", "LOC")]
    assert learned[0].normal == "Сергей Лавров"
    merged = combine(text, [], learned, lexicon, NATASHA)
    assert [p.origin for p in merged] == [ORIGIN, ORIGIN]


def test_multi_word_entities_match_only_whole_and_the_longest_wins():
    lexicon = Lexicon.from_decisions(
        [accepted("Совет Федерации", "ORG"), accepted("Федерации", "LOC")]
    )
    text = "В Совете Федерации обсудили совет. Федерация согласна."
    learned = LearnedSuggester(lexicon).propose(text)
    assert found(text, learned) == [("Совете Федерации", "ORG"), ("Федерация", "LOC")]


def test_a_learned_proposal_yields_to_a_natasha_span_it_crosses():
    lexicon = Lexicon.from_decisions([accepted("Москвы", "LOC")] * 3)
    text = "У здания мэрии Москвы собрались люди."
    natasha = [at(text, "мэрии Москвы", "ORG")]
    merged = combine(text, natasha, LearnedSuggester(lexicon).propose(text), lexicon, NATASHA)
    assert found(text, merged) == [("мэрии Москвы", "ORG")]


def test_the_suggester_follows_the_protocol():
    lexicon = Lexicon.from_decisions([accepted("Газпром", "ORG")])
    suggester = LearnedSuggester(lexicon)
    suggester.load()
    assert suggester.origin == ORIGIN
    text = "Акции «Газпрома» выросли."
    (suggestion,) = suggester.suggest(text)
    assert text[suggestion.start : suggestion.end] == "Газпрома"
    assert suggestion.label == "ORG"
    assert LearnedSuggester(Lexicon()).suggest(text) == []


@pytest.mark.slow
def test_natasha_and_the_learned_record_together():
    from razmetka.core.suggest.natasha_ner import NatashaNer

    natasha = NatashaNer()
    text = "Как сообщает пресс-служба Акорды, Касым-Жомарт Токаев провёл встречу."
    assert ("Акорды", "PER") in found(text, natasha.suggest(text))  # what the analyst corrects
    lexicon = Lexicon.from_decisions([relabelled("Акорда", "PER", "ORG")] * 2)
    learned = LearnedSuggester(lexicon).propose(text)
    merged = combine(text, natasha.suggest(text), learned, lexicon, natasha.origin)
    assert ("Акорды", "ORG") in found(text, merged)
    assert ("Касым-Жомарт Токаев", "PER") in found(text, merged)


def test_propose_and_combine_share_one_tokenization():
    from razmetka.core import occurrences

    lexicon = Lexicon.from_decisions([relabelled("Акорда", "PER", "ORG")] * 2)
    text = "Пресс-служба Акорды сообщила."
    natasha = [at(text, "Акорды", "PER")]
    words = occurrences.words(text)
    learned = LearnedSuggester(lexicon).propose(text, words)
    merged = combine(text, natasha, learned, lexicon, NATASHA, words=words)
    assert found(text, merged) == [("Акорды", "ORG")]


def test_a_lower_case_entity_is_proposed_only_on_a_clear_record():
    text = "Глава администрации выступил."
    once = Lexicon.from_decisions([accepted("администрации", "ORG")])
    assert LearnedSuggester(once).propose(text) == []
    twice = Lexicon.from_decisions([accepted("администрации", "ORG")] * 2)
    assert found(text, LearnedSuggester(twice).propose(text)) == [("администрации", "ORG")]
