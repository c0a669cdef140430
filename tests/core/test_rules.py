"""Span bounds from the text: growing and shrinking by a word, trimming and snapping."""

from __future__ import annotations

from razmetka.core import rules

TEXT = "Генсек ООН выступил.\n\nСовет мира «Газпром-нефть» собрался, Токаев 😀 тоже."


def bounds(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


def surface(found: tuple[int, int] | None) -> str | None:
    return TEXT[found[0] : found[1]] if found is not None else None


def test_growing_stops_at_a_line_break_and_a_full_stop() -> None:
    assert rules.grow_start(TEXT, *bounds("Совет мира")) is None
    assert rules.grow_end(TEXT, *bounds("Генсек ООН выступил")) is None
    assert rules.grow_end(TEXT, *bounds("собрался")) is None  # a comma ends it too


def test_growing_takes_in_a_word_with_the_quotes_between() -> None:
    assert surface(rules.grow_end(TEXT, *bounds("Совет"))) == "Совет мира"
    assert surface(rules.grow_start(TEXT, *bounds("Газпром-нефть"))) == "мира «Газпром-нефть"
    assert surface(rules.grow_start(TEXT, *bounds("ООН"))) == "Генсек ООН"


def test_growing_never_takes_in_punctuation_or_symbols_alone() -> None:
    assert rules.grow_end(TEXT, *bounds("Токаев")) is None  # an emoji stands between
    assert rules.grow_end(TEXT, *bounds("тоже")) is None


def test_shrinking_leaves_a_word_at_each_edge() -> None:
    assert surface(rules.shrink_start(TEXT, *bounds(".\n\nСовет мира"))) == "Совет мира"
    assert surface(rules.shrink_end(TEXT, *bounds("Совет мира «Газпром"))) == "Совет мира"
    assert surface(rules.shrink_end(TEXT, *bounds("выступил."))) == "выступил"
    assert rules.shrink_start(TEXT, *bounds("Совет")) is None


def test_exact_characters_lose_spaces_and_symbols_at_the_edges() -> None:
    assert surface(rules.trim(TEXT, *bounds(" Токаев 😀 "))) == "Токаев"
    assert surface(rules.trim(TEXT, *bounds("«Газпром-нефть»"))) == "«Газпром-нефть»"
    assert rules.trim(TEXT, *bounds(" 😀 ")) is None


def test_snapping_leaves_out_symbols_at_the_edges() -> None:
    assert surface(rules.snap(TEXT, *bounds("Токаев 😀"))) == "Токаев"
