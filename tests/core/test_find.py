"""Find in article: the hits of a search in a text agree with the full-text index's idea of a
match (case, ё = е, diacritics, prefixes, several words, phrases), as code point offsets."""

from __future__ import annotations

import pytest

from razmetka.core.find import find_hits, finder
from razmetka.core.model import Article, Document
from razmetka.core.store import Store
from razmetka.core.text import Utf16Map


def words_at(text: str, query: str) -> list[str]:
    return [text[start:end] for start, end in find_hits(query, text)]


def test_every_hit_in_order_case_and_yo_insensitive():
    text = "Ёлка в Кремле. Путин зажёг ёлку; ЁЛКИ горят, а елка стоит."
    assert words_at(text, "елк") == ["Ёлка", "ёлку", "ЁЛКИ", "елка"]
    assert words_at(text, "ЗАЖЕГ") == ["зажёг"]
    assert words_at(text, "ёлка") == ["Ёлка", "елка"]


def test_only_the_last_word_is_a_prefix_and_every_word_is_found():
    text = "Токаев прибыл. Токаева встретил Трамп, а Токаевы уехали в Трампвилль."
    # "токаев" is a whole word here (not the last typed): only «Токаев»; «трамп» a prefix.
    assert words_at(text, "токаев трамп") == ["Токаев", "Трамп", "Трампвилль"]
    assert words_at(text, "трамп токаев") == ["Токаев", "Токаева", "Трамп", "Токаевы"]


def test_a_word_inside_another_is_no_hit():
    assert words_at("Сбербанк и банк", "банк") == ["банк"]
    assert find_hits("банк", "Сбербанк") == []


def test_latin_diacritics_and_combining_marks_are_ignored():
    text = "Un café, a cafe\u0301 and CAFÉS."
    assert words_at(text, "cafe") == ["café", "cafe\u0301", "CAFÉS"]
    assert words_at(text, "café") == ["café", "cafe\u0301", "CAFÉS"]
    # Cyrillic letters keep theirs, as in the index: й is not и.
    assert find_hits("иод", "йод") == []


def test_a_word_the_index_splits_is_several_words():
    # The index keeps no positions: «foo_bar» is «foo» and «bar» anywhere in the article.
    text = "foo_bar, bar foo"
    assert words_at(text, "foo_bar") == ["foo", "bar", "bar", "foo"]


def test_no_hits_for_an_entity_search_or_an_empty_box():
    assert finder("PER:Токаев") is None
    assert finder("ORG:") is None
    assert finder("  ,, ") is None
    assert find_hits("", "text") == []


def test_offsets_are_code_points_after_an_emoji():
    text = "😀 Токаев 🇰🇿 и снова Токаев."
    hits = find_hits("токаев", text)
    assert [text[s:e] for s, e in hits] == ["Токаев", "Токаев"]
    assert hits == [(2, 8), (20, 26)]
    # Qt counts UTF-16: the same hits one and three code units further on.
    map16 = Utf16Map(text)
    assert [(map16.to_utf16(s), map16.to_utf16(e)) for s, e in hits] == [(3, 9), (23, 29)]


@pytest.mark.parametrize(
    "query", ["токаев", "токаев прибыл", "ас", "foo_bar", "елк", "ёлка", "б", "4821"]
)
def test_a_text_folded_whole_has_the_hits_it_has_folded_letter_by_letter(query):
    """Most texts are folded as a whole (quick); one Latin letter with a diacritic makes the
    text fold letter by letter: the hits before it are the same either way."""
    text = (
        "Токаев прибыл в Астану. Токаева встретили: ЁЛКА, елка, foo_bar, foo bar, Выпуск "
        "№ 48213, 😀Токаев😀, Прибыл токаев; Бстрый б_б. "
    )
    plain = find_hits(query, text)
    assert plain
    assert find_hits(query, text + "é") == plain


def test_a_long_article_is_searched_quickly():
    import time

    text = "Президент Казахстана Токаев прибыл в Астану. " * 35_000  # about 1.5 MB
    started = time.perf_counter()
    hits = find_hits("токаев астан", text)
    assert len(hits) == 70_000
    assert time.perf_counter() - started < 2.0  # well under in practice; a slow machine


QUERIES = [
    "токаев",
    "Токаев",
    "токаева",
    "токае",
    "ток",
    "елка",
    "ёлка",
    "ЁЛК",
    "cafe",
    "café",
    "CAF",
    "иод",
    "йод",
    "foo_bar",
    "bar",
    "x2",
    "№",
    "4821",
    "48213",
    "прибыл токаев",
    "токаев прибыл",
    "naive",
    "ſun",
    "sun",
    "strasse",
]
DOCS = [
    "Токаев прибыл",
    "Токаева встретили",
    "зажёг ёлку",
    "ЁЛКА",
    "елка",
    "Un café",
    "cafe\u0301 noir",
    "CAFÉS",
    "йод",
    "foo_bar",
    "x²",
    "Выпуск № 48213.",
    "naïve",
    "ſun",
    "Straße",
    "😀Токаев",
    "Токаев😀прибыл",
]


@pytest.mark.parametrize("query", QUERIES)
def test_agrees_with_the_full_text_index(query):
    """An article is a result of the store's search exactly when find in article finds every
    word typed in it (the index needs them all, anywhere)."""
    store = Store(":memory:")
    texts = {}
    for text in DOCS:
        article_id = store.articles.add(Document(Article(text=text, title="")))
        assert article_id is not None
        texts[article_id] = text
    search = finder(query)
    mine = {i for i, text in texts.items() if search and search.finds_every_word(text)}
    assert mine == store.search.by_words(query)


def test_every_latin_letter_folds_as_the_index_folds_it():
    """Each accented Latin letter matches what the index makes of it, and no more."""
    store = Store(":memory:")
    letters = [chr(c) for c in range(0xC0, 0x250) if chr(c).isalpha()]
    letters += [chr(c) for c in range(0x1E00, 0x1F00) if chr(c).isalpha()]
    ids = {}
    for letter in letters:
        article_id = store.articles.add(Document(Article(text=f"q{letter}z", title="")))
        assert article_id is not None
        ids[article_id] = letter
    for base in "abcdefghijklmnopqrstuvwxyz":
        found = store.search.by_words(f"q{base}z")
        mine = {i for i, letter in ids.items() if find_hits(f"q{base}z", f"q{letter}z")}
        assert mine == found, base
