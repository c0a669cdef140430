"""natasha's suggestions in the store. natasha loads once for this module (about 2 s)."""

import pytest

from razmetka.cli import main
from razmetka.core import actions
from razmetka.core.importing import import_paths
from razmetka.core.model import SpanStatus
from razmetka.core.suggest import suggest_articles
from razmetka.core.suggest.natasha_ner import NatashaNer
from tests.conftest import SEEDS, add_article, rows

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def natasha():
    suggester = NatashaNer()
    suggester.load()
    return suggester


def test_normal_forms_of_persons(natasha):
    text = "Встреча Касым-Жомарта Токаева и Дональда Трампа прошла в Белом доме."
    found = {(text[s.start : s.end], s.label): s.normal for s in natasha.suggest(text)}
    assert found[("Касым-Жомарта Токаева", "PER")] == "Касым-Жомарт Токаев"
    assert found[("Дональда Трампа", "PER")] == "Дональд Трамп"


def test_offsets_are_exact_after_emoji_flags_and_combining_marks(natasha):
    text = "😀🇷🇺 Сегодня Владимир Путин и\u00a0Эмманюэль Макрон прибыли в Москву.\n👍 Й\u0306"
    suggestions = natasha.suggest(text)
    surfaces = {text[s.start : s.end] for s in suggestions}
    assert {"Владимир Путин", "Москву"} <= surfaces
    for s in suggestions:
        assert text[s.start : s.end] == text[s.start : s.end].strip()


def test_no_suggestion_crosses_a_line_break(natasha):
    text = "Фото: Акорда\n\nУчастие в заседании Совета мира"
    for s in natasha.suggest(text):
        assert "\n" not in text[s.start : s.end]


def test_an_emoji_after_a_name_is_trimmed_with_its_normal_form(natasha):
    text = "Президент Казахстана Касым-Жомарт Токаев 😀 прибыл в Астану."
    raw = {text[s.start : s.end] for s in natasha.raw_suggestions(text)}
    assert "Касым-Жомарт Токаев 😀" in raw  # what natasha itself gives
    found = {text[s.start : s.end]: s.normal for s in natasha.suggest(text)}
    assert found["Касым-Жомарт Токаев"] == "Касым-Жомарт Токаев"
    assert not any("😀" in surface for surface in found)


def test_a_name_and_its_abbreviation_in_brackets_are_two_suggestions(natasha):
    text = "Комитет защиты журналистов (КЗЖ) заявил о давлении на прессу."
    found = [(text[s.start : s.end], s.label, s.normal) for s in natasha.suggest(text)]
    assert found == [
        ("Комитет защиты журналистов", "ORG", "Комитет защиты журналистов"),
        ("КЗЖ", "ORG", "КЗЖ"),
    ]


def test_suggestions_have_no_note_unless_a_rule_sets_one(natasha):
    assert all(s.note is None for s in natasha.suggest("Токаев прибыл в Вашингтон."))


def test_suggest_twice_changes_nothing_and_keeps_decisions(fresh_store, natasha):
    import_paths(fresh_store, [SEEDS])
    first = suggest_articles(fresh_store, natasha)
    assert first.articles == 5 and first.spans > 100
    article_id = fresh_store.articles.ids()[0]
    spans = fresh_store.spans.of(article_id)
    fresh_store.apply(actions.accept(fresh_store, spans[0].id))
    fresh_store.apply(actions.reject(fresh_store, spans[1].id))
    before = rows(fresh_store, "SELECT * FROM spans ORDER BY id")
    again = suggest_articles(fresh_store, natasha, fresh_store.articles.ids())
    assert again.spans == 0
    assert rows(fresh_store, "SELECT * FROM spans ORDER BY id") == before
    assert suggest_articles(fresh_store, natasha).articles == 0  # nothing left unseen


def test_suggestions_carry_their_origin(fresh_store, natasha):
    article_id = add_article(fresh_store, "Токаев прибыл в Вашингтон.")
    suggest_articles(fresh_store, natasha)
    spans = fresh_store.spans.of(article_id)
    assert spans and {s.origin for s in spans} == {natasha.origin}
    assert natasha.origin.startswith("natasha-ner@")
    assert all(s.status is SpanStatus.SUGGESTED for s in spans)


def test_cli_suggest_accept_stats(tmp_path, capsys):
    db = str(tmp_path / "cli.db")
    assert main(["--db", db, "import", str(SEEDS)]) == 0
    assert main(["--db", db, "suggest"]) == 0
    assert main(["--db", db, "accept", "000_9d8a385fda40a7a7"]) == 0
    capsys.readouterr()
    assert main(["stats", "--db", db]) == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line for line in out.splitlines() if line.startswith("  ")}
    assert lines["done"].split()[-1] == "1"
    assert "100.0%" in out
