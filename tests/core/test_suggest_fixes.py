"""The fix rules on hand-made suggestions: no natasha, no morphology (a toy lemmatiser)."""

from functools import partial

from razmetka.core.model import Suggestion
from razmetka.core.suggest import fixes


def lemmas(word: str) -> frozenset[str]:
    """Toy morphology: a word and its stem without a final vowel or soft ending."""
    lower = word.lower()
    return frozenset({lower, lower.rstrip("аыуеоийяю")})


def is_common(word: str) -> bool:
    return word.lower() in {"почта", "судом", "маэстро"}


def tag(text: str, surface: str, label: str, normal: str | None = None, nth: int = 0) -> Suggestion:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Suggestion(start, start + len(surface), label, normal)


def surfaces(text: str, found: list[Suggestion]) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in sorted(found, key=lambda s: s.start)]


# --- within_line ----------------------------------------------------------------------------------


def test_a_span_across_a_line_break_keeps_its_first_line():
    text = "Фото: Акорда\n\nУчастие в заседании"
    span = tag(text, "Акорда\n\nУчастие", "ORG", "Акорда Участие")
    [kept] = fixes.within_line(text, [span])
    assert text[kept.start : kept.end] == "Акорда" and kept.normal == "Акорда"


def test_a_span_of_only_line_breaks_is_dropped():
    text = "один\n\nдва"
    assert fixes.within_line(text, [Suggestion(4, 6, "LOC")]) == []


# --- split_parenthesised --------------------------------------------------------------------------


def test_a_name_with_its_abbreviation_in_brackets_is_two_names():
    text = "Комитет защиты журналистов (КЗЖ) заявил"
    span = tag(text, "Комитет защиты журналистов (КЗЖ)", "ORG", "Комитет защиты журналистов (КЗЖ)")
    found = fixes.split_parenthesised(text, [span])
    assert surfaces(text, found) == [("Комитет защиты журналистов", "ORG"), ("КЗЖ", "ORG")]
    assert [s.normal for s in found] == ["Комитет защиты журналистов", "КЗЖ"]


def test_natasha_stopping_inside_the_bracket_still_splits():
    text = "Хитли (Гецлаф, Перри)"
    found = fixes.split_parenthesised(text, [tag(text, "Хитли (Гецлаф", "PER")])
    assert surfaces(text, found) == [("Хитли", "PER"), ("Гецлаф", "PER")]


def test_a_bracket_in_the_middle_of_a_span_is_left_alone():
    text = "Театр (бывший) Горького"
    span = tag(text, text, "ORG")
    assert fixes.split_parenthesised(text, [span]) == [span]


# --- split_lists ----------------------------------------------------------------------------------


def test_a_list_of_names_is_split_at_bullets_and_commas():
    text = "Монако • Намибия • Непал; Овечкин, Фёдоров"
    found = fixes.split_lists(text, [tag(text, "Монако • Намибия • Непал", "LOC")])
    found += fixes.split_lists(text, [tag(text, "Овечкин, Фёдоров", "PER", "Овечкин, Фёдоров")])
    assert surfaces(text, found) == [
        ("Монако", "LOC"),
        ("Намибия", "LOC"),
        ("Непал", "LOC"),
        ("Овечкин", "PER"),
        ("Фёдоров", "PER"),
    ]
    assert [s.normal for s in found[3:]] == ["Овечкин", "Фёдоров"]


def test_a_comma_inside_quotes_does_not_split():
    text = "ООО «Рога, копыта и сыновья»"
    span = tag(text, text, "ORG")
    assert fixes.split_lists(text, [span]) == [span]


# --- trim_edges -----------------------------------------------------------------------------------


def test_symbols_and_spaces_at_the_edges_are_trimmed():
    text = "Касым-Жомарт Токаев 😀 и ПАСЕ ( и • Бенин) •"
    found = fixes.trim_edges(
        text,
        [
            tag(text, "Касым-Жомарт Токаев 😀", "PER", "Касым-Жомарт Токаев 😀"),
            tag(text, "ПАСЕ (", "ORG"),
            tag(text, "• Бенин) •", "LOC"),
        ],
    )
    assert surfaces(text, found) == [
        ("Касым-Жомарт Токаев", "PER"),
        ("ПАСЕ", "ORG"),
        ("Бенин", "LOC"),
    ]
    assert found[0].normal == "Касым-Жомарт Токаев"


def test_a_closing_quote_or_bracket_with_its_partner_inside_is_kept():
    text = "ГУП «Водоканал», «Новая газета» и ООН (ФАО) и Лента.ру."
    spans = [tag(text, "ГУП «Водоканал»,", "ORG"), tag(text, "«Новая газета»", "ORG")]
    spans += [tag(text, "ООН (ФАО)", "ORG"), tag(text, "Лента.ру.", "ORG")]
    assert surfaces(text, fixes.trim_edges(text, spans)) == [
        ("ГУП «Водоканал»", "ORG"),
        ("«Новая газета»", "ORG"),
        ("ООН (ФАО)", "ORG"),
        ("Лента.ру", "ORG"),
    ]


def test_an_initials_dot_and_combining_marks_are_kept():
    text = "Иванов И. и Й\u0306"
    spans = [tag(text, "Иванов И.", "PER"), tag(text, "Й\u0306", "PER")]
    assert fixes.trim_edges(text, spans) == spans


def test_a_span_of_symbols_only_is_dropped():
    text = "— 😀 —"
    assert fixes.trim_edges(text, [Suggestion(0, len(text), "ORG")]) == []


# --- drop_sentence_starts -------------------------------------------------------------------------


def drop(text: str, spans: list[Suggestion]) -> list[Suggestion]:
    return fixes.drop_sentence_starts(text, spans, lemmas=lemmas, is_common=is_common)


def test_a_common_word_capitalised_by_the_sentence_start_is_dropped():
    text = "Почта, которая объединит всё. Facebook представил сервис."
    spans = [tag(text, "Почта", "ORG"), tag(text, "Facebook", "ORG")]
    assert surfaces(text, drop(text, spans)) == [("Facebook", "ORG")]


def test_a_common_word_the_article_capitalises_elsewhere_is_kept():
    text = "Почта работает. Сотрудники компании Почта бастуют."
    spans = [tag(text, "Почта", "ORG")]
    assert drop(text, spans) == spans


def test_a_common_word_inside_a_sentence_is_kept():
    text = "Вчера Почта заявила."
    spans = [tag(text, "Почта", "ORG")]
    assert drop(text, spans) == spans


# --- repeat_names ---------------------------------------------------------------------------------


def repeat(text: str, spans: list[Suggestion]) -> list[Suggestion]:
    return fixes.repeat_names(text, spans, lemmas=lemmas)


def test_a_name_at_the_very_start_found_later_is_tagged():
    text = "Виктор Понедельник: «Всё решено»\n\nЧемпион Виктор Понедельник ответил."
    later = tag(text, "Виктор Понедельник", "PER", "Виктор Понедельник", nth=1)
    found = repeat(text, [later])
    assert [(s.start, s.end, s.label, s.normal) for s in found] == [
        (later.start, later.end, "PER", "Виктор Понедельник"),
        (0, len("Виктор Понедельник"), "PER", "Виктор Понедельник"),
    ]


def test_a_recurrence_in_another_case_is_the_same_name():
    text = "Архнадзор против. Координатор Архнадзора заявил."
    found = repeat(text, [tag(text, "Архнадзора", "ORG", "Архнадзор")])
    assert surfaces(text, found) == [("Архнадзор", "ORG"), ("Архнадзора", "ORG")]


def test_a_name_natasha_mostly_left_untagged_is_not_spread():
    text = "Союз стартовал. Союз пристыковался. Союз вернулся. Корабль Союз сел."
    spans = [tag(text, "Союз", "ORG", nth=3)]
    assert repeat(text, spans) == spans


def test_lower_case_and_overlapping_recurrences_are_not_names():
    text = "Суд отложил дело. Верховный суд и Суд Москвы."
    spans = [tag(text, "Суд", "ORG"), tag(text, "Суд Москвы", "ORG")]
    assert repeat(text, spans) == spans


# --- flag_label_conflicts -------------------------------------------------------------------------


def test_the_later_of_two_labels_for_one_name_gets_a_note():
    text = "Фото: Акорды. Пресс-служба сообщила, что Акорда ответила."
    first = tag(text, "Акорды", "ORG")
    second = tag(text, "Акорда", "PER")
    found = fixes.flag_label_conflicts(text, [second, first], lemmas=lemmas)
    assert found[0] == first and found[0].note is None
    assert found[1].label == "PER"  # not guessed: the analyst decides
    assert found[1].note == f"same name tagged ORG earlier: «Акорды» at {first.start}"


def test_the_same_label_twice_gets_no_note():
    text = "Акорда и снова Акорда"
    spans = [tag(text, "Акорда", "ORG"), tag(text, "Акорда", "ORG", nth=1)]
    assert all(s.note is None for s in fixes.flag_label_conflicts(text, spans, lemmas=lemmas))


# --- apply ----------------------------------------------------------------------------------------


def test_apply_runs_every_rule_and_returns_sorted_unique_spans():
    text = "Виктор Понедельник: «Да»\nКомитет (КЗЖ) и Виктор Понедельник 😀"
    raw = [
        tag(text, "Виктор Понедельник 😀", "PER", "Виктор Понедельник 😀"),
        tag(text, "Комитет (КЗЖ)", "ORG"),
        tag(text, "Комитет (КЗЖ)", "ORG"),
    ]
    rules = [rule for _, rule in fixes.default_rules(lemmas, is_common)]
    assert surfaces(text, fixes.apply(text, raw, rules)) == [
        ("Виктор Понедельник", "PER"),
        ("Комитет", "ORG"),
        ("КЗЖ", "ORG"),
        ("Виктор Понедельник", "PER"),
    ]


def test_rules_are_named_and_keep_their_order():
    names = [name for name, _ in fixes.default_rules(lemmas, is_common)]
    assert names[0] == "within_line" and names[-1] == "flag_label_conflicts"
    assert len(set(names)) == len(names)
    assert isinstance(dict(fixes.default_rules(lemmas, is_common))["repeat_names"], partial)
