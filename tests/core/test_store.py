import sqlite3

import pytest

from razmetka.core import actions
from razmetka.core.model import Label, Span, SpanStatus, Suggestion
from razmetka.core.store import (
    SCHEMA_VERSION,
    SchemaTooNew,
    SpanConflict,
    StaleEdit,
    Store,
    StoreError,
    resolve_path,
)
from tests.conftest import add_article, rows

TEXT = "Токаев встретился с Трампом в Вашингтоне."


def test_new_file_has_schema_default_labels_and_wal(tmp_path):
    path = tmp_path / "a.db"
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert [label.name for label in store.labels.all()] == ["PER", "LOC", "ORG"]
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_file_from_a_newer_program_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "new.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew, match="newer Razmetka"):
        Store(path)
    assert path.read_bytes() == before


def test_a_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a Razmetka database"):
        Store(path)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("just some text, not a database" * 20)
    with pytest.raises(StoreError, match="not a Razmetka database"):
        Store(path)


def test_reopening_keeps_everything(tmp_path):
    path = tmp_path / "a.db"
    with Store(path) as store:
        article_id = add_article(store, TEXT)
        store.apply(actions.create(store, article_id, 0, 6, "PER"))
    with Store(path) as store:
        assert [(s.start, s.end, s.label) for s in store.spans.of(article_id)] == [(0, 6, "PER")]
        assert store.schema_version == SCHEMA_VERSION


def test_migration_steps_move_an_older_file_forward(tmp_path, monkeypatch):
    import razmetka.core.store.schema as store_module

    path = tmp_path / "old.db"
    with Store(path) as store:
        add_article(store, TEXT)
    extra = ("add a column", "ALTER TABLE articles ADD COLUMN reviewer TEXT;")
    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, extra])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION + 1
        assert store.articles.count() == 1
        columns = {r[1] for r in store.conn.execute("PRAGMA table_info(articles)")}
        assert "reviewer" in columns


def test_a_version_1_file_moves_forward_with_its_spans_and_text_lengths(tmp_path):
    import razmetka.core.store.schema as store_module

    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path)
    for statement in store_module._statements(store_module._SCHEMA_V1):
        conn.execute(statement)
    text = "Флаг 🇰🇿 и эмодзи 😀: Иван"
    conn.execute(
        "INSERT INTO articles(text, content_hash, imported_at, updated_at) VALUES (?, 'h', '', '')",
        (text,),
    )
    conn.execute("INSERT INTO labels(name, color) VALUES ('PER', '#e4572e')")
    conn.execute(
        'INSERT INTO spans(article_id, start, "end", label, status, origin, created_at, '
        "updated_at) VALUES (1, 5, 7, 'PER', 'suggested', 'natasha@1', '', '')"
    )
    conn.execute("INSERT INTO suggester_runs VALUES (1, 'natasha@1', '')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        [summary] = store.lists.summaries()
        assert summary.length == len(text) == 24
        assert store.articles.get(summary.id).text == text
        # Rebuilding the articles table must not cascade into the rows that refer to it.
        assert [s.surface(text) for s in store.spans.of(summary.id)] == ["🇰🇿"]
        assert store.suggestions.articles_without("natasha@1") == []
        store.apply(actions.create(store, summary.id, 20, 24, "PER"))
        assert [s.surface(text) for s in store.spans.of(summary.id)] == ["🇰🇿", "Иван"]
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert stored_surfaces(store) == ["🇰🇿", "Иван"]  # filled by the step to version 3


def test_span_counts_come_from_an_index(fresh_store: Store) -> None:
    """The article list's counts (three per article) and an export's are read from the
    spans_status index alone, without a lookup in the table for every span."""
    plan = " ".join(
        str(row[3])
        for row in fresh_store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM spans WHERE article_id = 1 "
            "AND status = 'accepted'"
        )
    )
    assert "COVERING INDEX spans_status" in plan
    assert (
        fresh_store.schema_version == SCHEMA_VERSION
    )  # an index is no new format: older builds open it


def test_a_file_without_the_counting_index_gets_it(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.conn.execute("DROP INDEX spans_status")
    with Store(path) as store:
        names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert "spans_status" in names
        assert store.schema_version == SCHEMA_VERSION


def stored_surfaces(store: Store) -> list[str]:
    """Each span's kept text, checked against its slice of the article."""
    found = rows(
        store,
        'SELECT s.surface, a.text, s.start, s."end" FROM spans s '
        "JOIN articles a ON a.id = s.article_id ORDER BY s.article_id, s.start",
    )
    for surface, text, start, end in found:
        assert surface == text[start:end], (surface, start, end)
    return [row[0] for row in found]


def test_every_way_of_writing_a_span_keeps_its_text(fresh_store):
    text = "😀 Флаг 🇰🇿: Касым-Жомарт Токаев прибыл в Астану.\r\nИван"
    at = text.index
    article_id = add_article(fresh_store, text, spans=[Span(len(text) - 4, len(text), "PER")])
    fresh_store.suggestions.add(
        article_id,
        [Suggestion(at("Касым"), at("-Жомарт"), "PER"), Suggestion(at("Астану"), at("."), "LOC")],
        "natasha@1",
    )
    name, city = fresh_store.spans.of(article_id, [SpanStatus.SUGGESTED])
    fresh_store.apply(actions.resize(fresh_store, name.id, at("Касым"), at(" прибыл")))
    [replacement] = fresh_store.spans.of(article_id, [SpanStatus.ACCEPTED])[:1]
    fresh_store.apply(actions.resize(fresh_store, replacement.id, at("Жомарт"), at(" прибыл")))
    fresh_store.apply(actions.accept(fresh_store, city.id))
    fresh_store.apply(actions.relabel(fresh_store, city.id, "ORG"))
    fresh_store.apply(actions.create(fresh_store, article_id, at("Флаг"), at(" 🇰🇿"), "LOC"))
    assert stored_surfaces(fresh_store) == [
        "Флаг",
        "Касым",
        "Жомарт Токаев",
        "Астану",
        "Иван",
    ]


def test_decision_log_is_append_only(fresh_store):
    article_id = add_article(fresh_store, TEXT)
    fresh_store.apply(actions.create(fresh_store, article_id, 0, 6, "PER"))
    assert fresh_store.log.entries(article_id)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        fresh_store.conn.execute("UPDATE decisions SET action = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        fresh_store.conn.execute("DELETE FROM decisions")


def test_every_change_is_logged_with_before_and_after(fresh_store):
    article_id = add_article(fresh_store, TEXT)
    edit = fresh_store.apply(actions.create(fresh_store, article_id, 0, 6, "PER"))
    span_id = edit.spans[-1].after.id
    fresh_store.apply(actions.relabel(fresh_store, span_id, "ORG"))
    log = [d for d in fresh_store.log.entries(article_id) if d["span_id"] == span_id]
    assert [d["action"] for d in log] == ["create", "relabel"]
    assert log[1]["before"]["label"] == "PER" and log[1]["after"]["label"] == "ORG"
    assert log[1]["annotator"] == "tester"


def test_resolve_path_prefers_argument_then_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("RAZMETKA_DB", str(tmp_path / "env.db"))
    assert resolve_path(str(tmp_path / "arg.db")) == tmp_path / "arg.db"
    assert resolve_path(None) == tmp_path / "env.db"
    monkeypatch.delenv("RAZMETKA_DB")
    assert resolve_path(None).name == "razmetka.db"


def test_same_text_is_stored_once(fresh_store):
    from razmetka.core.model import Article, Document

    assert fresh_store.articles.add(Document(Article(TEXT, external_id="a"))) is not None
    assert fresh_store.articles.add(Document(Article(TEXT, external_id="a"))) is None
    assert fresh_store.articles.count() == 1


def test_an_external_id_used_by_another_text_is_refused(fresh_store):
    from razmetka.core.model import Article, Document

    fresh_store.articles.add(Document(Article(TEXT, external_id="a")))
    with pytest.raises(StoreError, match="already used"):
        fresh_store.articles.add(Document(Article(TEXT + " Ещё.", external_id="a")))


def test_suggestions_are_added_once(fresh_store):
    article_id = add_article(fresh_store, TEXT)
    sugg = [Suggestion(0, 6, "PER", "Токаев"), Suggestion(20, 27, "PER", "Трамп")]
    assert fresh_store.suggestions.add(article_id, sugg, "s@1") == 2
    assert fresh_store.suggestions.add(article_id, sugg, "s@1") == 0
    assert len(fresh_store.spans.of(article_id)) == 2


def test_suggestions_never_reopen_a_decision(fresh_store):
    article_id = add_article(fresh_store, TEXT)
    sugg = [Suggestion(0, 6, "PER"), Suggestion(20, 27, "PER"), Suggestion(30, 40, "LOC")]
    fresh_store.suggestions.add(article_id, sugg, "s@1")
    spans = {s.start: s for s in fresh_store.spans.of(article_id)}
    fresh_store.apply(actions.accept(fresh_store, spans[0].id))
    fresh_store.apply(actions.reject(fresh_store, spans[20].id))
    fresh_store.apply(actions.resize(fresh_store, spans[30].id, 30, 41))
    before = fresh_store.spans.of(article_id)
    # Same suggestions again, plus one overlapping the analyst's accepted LOC span.
    again = [*sugg, Suggestion(31, 40, "ORG")]
    assert fresh_store.suggestions.add(article_id, again, "s@2") == 0
    assert fresh_store.spans.of(article_id) == before


def test_accepted_spans_may_not_overlap(fresh_store):
    article_id = add_article(fresh_store, TEXT)
    fresh_store.apply(actions.create(fresh_store, article_id, 0, 6, "PER"))
    with pytest.raises(SpanConflict, match="overlaps"):
        actions.create(fresh_store, article_id, 3, 10, "ORG")
    # Even an edit built by hand is refused by the store itself.
    from razmetka.core.edits import Edit, SpanChange

    bad = Edit("create", article_id, (SpanChange(None, Span(3, 10, "ORG")),))
    with pytest.raises(SpanConflict, match="may not overlap"):
        fresh_store.apply(bad)
    assert len(fresh_store.spans.of(article_id)) == 1


def test_a_span_outside_the_text_is_refused(fresh_store):
    article_id = add_article(fresh_store, TEXT)
    with pytest.raises(SpanConflict, match="outside"):
        fresh_store.apply(actions.create(fresh_store, article_id, 30, 400, "LOC"))
    assert fresh_store.spans.of(article_id) == []


def test_a_stale_edit_changes_nothing(tmp_path):
    path = tmp_path / "shared.db"
    first, second = Store(path), Store(path)
    article_id = add_article(first, TEXT)
    first.suggestions.add(article_id, [Suggestion(0, 6, "PER")], "s@1")
    span_id = first.spans.of(article_id)[0].id
    edit_in_first = actions.accept(first, span_id)
    second.apply(actions.reject(second, span_id))
    with pytest.raises(StaleEdit):
        first.apply(edit_in_first)
    assert first.spans.get(span_id).status is SpanStatus.REJECTED
    first.close()
    second.close()


def test_renaming_a_label_carries_its_spans(fresh_store):
    article_id = add_article(fresh_store, TEXT)
    fresh_store.apply(actions.create(fresh_store, article_id, 0, 6, "PER"))
    fresh_store.labels.save(Label("PERSON", "#ff0000", "1", "people"), old_name="PER")
    assert [s.label for s in fresh_store.spans.of(article_id)] == ["PERSON"]
    assert "PER" not in fresh_store.labels.names()


def test_label_rules(fresh_store):
    with pytest.raises(StoreError, match="already used"):
        fresh_store.labels.save(Label("EVENT", "#123456", "1"))
    with pytest.raises(StoreError, match="already exists"):
        fresh_store.labels.save(Label("PER", "#123456"))
    with pytest.raises(StoreError, match="colour"):
        fresh_store.labels.save(Label("EVENT", "red"))
    fresh_store.labels.save(Label("EVENT", "#123456", "4"))
    assert fresh_store.labels.all()[-1] == Label("EVENT", "#123456", "4")


def test_a_label_in_use_cannot_be_deleted(fresh_store):
    article_id = add_article(fresh_store, TEXT)
    fresh_store.apply(actions.create(fresh_store, article_id, 0, 6, "PER"))
    with pytest.raises(StoreError, match="used by 1 spans"):
        fresh_store.labels.delete("PER")
    fresh_store.labels.delete("ORG")
    assert "ORG" not in fresh_store.labels.names()


def test_a_failed_nested_step_leaves_the_outer_transaction_whole(fresh_store):
    with fresh_store.transaction():
        first = add_article(fresh_store, TEXT)
        with pytest.raises(RuntimeError), fresh_store.transaction():
            add_article(fresh_store, "Другой текст.")
            raise RuntimeError("boom")
    assert fresh_store.articles.ids() == [first]


def test_state_is_kept_per_database(file_store):
    file_store.state.set("open_article", "3")
    file_store.state.set("open_article", "4")
    assert file_store.state.get("open_article") == "4"
    assert file_store.state.get("missing", "x") == "x"


def test_articles_with_spans_pairs_each_article_with_its_own_spans(fresh_store):
    from razmetka.core.model import ArticleStatus

    ids = [add_article(fresh_store, f"Статья номер {n}: Токаев и Трамп.") for n in range(4)]
    for article_id in ids[::2]:  # the odd ones have no spans at all
        fresh_store.suggestions.add(article_id, [Suggestion(17, 23, "PER")], "s@1")
        fresh_store.apply(actions.create(fresh_store, article_id, 26, 31, "PER"))
    fresh_store.apply(actions.approve(fresh_store, ids[2]))
    pairs = list(fresh_store.articles.with_spans())
    assert [a.id for a, _ in pairs] == ids
    for article, spans in pairs:
        assert spans == fresh_store.spans.of(article.id)
    done = list(fresh_store.articles.with_spans([ArticleStatus.DONE]))
    assert [(a.id, len(s)) for a, s in done] == [(ids[2], 2)]


def test_spans_read_from_rows_equal_spans_made_by_hand():
    """_span_from_row fills the instance without Span's __init__; every field must land."""
    from dataclasses import fields

    from razmetka.core.store.rows import span_from_row as _span_from_row

    row = (7, 3, 10, 20, "PER", "rejected", "natasha", "Иван", "ann")
    span = _span_from_row(row)
    made = Span(10, 20, "PER", SpanStatus.REJECTED, "natasha", "Иван", "ann", 7, 3)
    assert span == made and hash(span) == hash(made)
    assert {f.name: getattr(span, f.name) for f in fields(Span)} == vars(made)
    with pytest.raises(AttributeError):
        span.start = 0  # still frozen


def test_spans_starting_reads_one_stretch_in_text_order(fresh_store):
    text = "Иван и Пётр видели Анну в Туле."
    spans = [Span(text.index(w), text.index(w) + len(w), "PER") for w in ("Иван", "Пётр", "Анну")]
    article_id = add_article(fresh_store, text, spans=spans)
    found = fresh_store.spans.starting(article_id, 1, text.index("Анну") + 1)
    assert [s.surface(text) for s in found] == ["Пётр", "Анну"]
    assert fresh_store.spans.starting(article_id, 0, len(text)) == fresh_store.spans.of(article_id)
