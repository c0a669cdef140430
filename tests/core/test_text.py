import codecs

import pytest

from razmetka.core.text import (
    NotText,
    Utf16Map,
    decode,
    first_words,
    normalize,
    normalize_with_offsets,
)

RUSSIAN = "Президент Казахстана Касым-Жомарт Токаев прибыл в Вашингтон."


@pytest.mark.parametrize(
    "data",
    [
        RUSSIAN.encode("utf-8"),
        codecs.BOM_UTF8 + RUSSIAN.encode("utf-8"),
        RUSSIAN.encode("cp1251"),
        RUSSIAN.encode("koi8-r"),
        RUSSIAN.encode("utf-16"),
    ],
    ids=["utf-8", "utf-8-bom", "cp1251", "koi8-r", "utf-16"],
)
def test_every_accepted_encoding_decodes_to_the_same_text(data):
    assert decode(data) == RUSSIAN


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(256)) * 4],
    ids=["png", "random bytes"],
)
def test_binary_data_is_not_text(data):
    with pytest.raises(NotText):
        decode(data)


def test_normalize_removes_bom_and_makes_lf():
    assert normalize("\ufeffa\r\nb\rc\n") == "a\nb\nc\n"


def test_normalize_keeps_no_break_space_and_line_separator():
    text = "a\u00a0b\u2028c\u0301"
    assert normalize(text) == text


def test_offsets_move_with_crlf_and_bom():
    raw = "\ufeffМосква\r\nи Санкт-Петербург\r\n"
    text, moved = normalize_with_offsets(raw)
    start = raw.index("Санкт")
    end = start + len("Санкт-Петербург")
    assert text[moved(start) : moved(end)] == "Санкт-Петербург"


SAMPLES = [
    "plain ascii",
    "😀 Москва",
    "флаг 🇷🇺 и 🇰🇿 рядом",
    "комбинируемые: й (и\u0306), ё (е\u0308)",
    "no\u00a0break и\u2028разделитель",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and 👩‍👩‍👧 family",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_utf16_positions_match_what_utf16_counts(text):
    mapping = Utf16Map(text)
    for index in range(len(text) + 1):
        expected = len(text[:index].encode("utf-16-le")) // 2
        assert mapping.to_utf16(index) == expected
        assert mapping.from_utf16(expected) == index
    assert mapping.length16 == len(text.encode("utf-16-le")) // 2


def test_utf16_position_inside_a_surrogate_pair_snaps_to_the_character():
    mapping = Utf16Map("a😀b")
    assert mapping.from_utf16(2) == 1


def test_first_words_cuts_long_lines_at_a_word():
    title = first_words("\n\n" + "слово " * 40)
    assert title.endswith("…") and len(title) <= 81 and "  " not in title


def test_line_breaks_are_the_characters_splitlines_splits_at() -> None:
    from razmetka.core.text import LINE_BREAKS

    splits = {chr(c) for c in range(0x110000) if len(f"a{chr(c)}b".splitlines()) == 2}
    assert set(LINE_BREAKS) == splits
