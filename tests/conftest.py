import os
import re

# Set before anything imports Qt: on a machine without a display a Qt test would abort the run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RAZMETKA_USER", "tester")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from razmetka.core.model import Article, Document, Span, SpanStatus  # noqa: E402
from razmetka.core.store import Store  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def fresh_store():
    store = Store(":memory:")
    yield store
    store.close()


@pytest.fixture
def file_store(tmp_path):
    store = Store(tmp_path / "razmetka.db")
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _isolated_db(tmp_path, monkeypatch):
    """No test ever touches the user's real database."""
    monkeypatch.setenv("RAZMETKA_DB", str(tmp_path / "default.db"))
    monkeypatch.setenv("RAZMETKA_LOG_DIR", str(tmp_path / "log"))


@pytest.fixture(autouse=True)
def _isolated_analyst(tmp_path_factory, monkeypatch):
    """No test reads the user's real analyst name; every test has one saved (so no window
    asks for it), in a config folder of its own."""
    from razmetka.core import analyst

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv(analyst.ENVIRONMENT, raising=False)
    analyst.save("tester")


def add_article(store: Store, text: str, spans=(), external_id=None) -> int:
    doc = Document(Article(text=text, external_id=external_id), tuple(spans))
    article_id = store.articles.add(doc)
    assert article_id is not None
    return article_id


def suggested(start, end, label, text=None):
    return Span(start, end, label, SpanStatus.SUGGESTED, "test-suggester@1")


def rows(store: Store, sql: str, params: tuple = ()) -> list[tuple]:
    """Raw rows, for tests that look at the file itself (the program asks the store's parts)."""
    return list(store.conn.execute(sql, params))


class PatternSuggester:
    """natasha as a test needs it: tags what each ``(pattern, label)`` matches, in text order,
    with razdel's tokens as natasha gives them."""

    name, version = "stand-in", "1"
    origin = "stand-in@1"

    def __init__(self, patterns) -> None:
        self.patterns = [(re.compile(p), label) for p, label in patterns]

    def load(self) -> None:
        pass

    def suggest_with_tokens(self, text: str):
        from razmetka.core.model import Suggestion
        from razmetka.core.tokens import tokens

        found = [
            Suggestion(m.start(), m.end(), label, m.group())
            for pattern, label in self.patterns
            for m in pattern.finditer(text)
        ]
        return sorted(found, key=lambda s: s.start), tokens(text)
