"""Spans made after emoji and flags slice exactly what was selected (Qt counts UTF-16)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from razmetka.core.model import SpanStatus
from razmetka.core.text import Utf16Map

from .test_actions import ALT, press, select


def open_emoji_article(window, store):
    article_id = store.articles.find("a1")
    window.navigation.open_article(article_id)
    return article_id


def test_span_after_emoji_has_exact_offsets(qtbot, window, store) -> None:
    article_id = open_emoji_article(window, store)
    text = store.articles.get(article_id).text
    select(window, "Москва")
    # Qt's selection is ahead of the code point index by the surrogate pairs before it:
    # a flag is two astral characters, an emoji one.
    assert window.views.text_view.textCursor().selectionStart() == text.index("Москва") + 3
    press(qtbot, window, Qt.Key.Key_2)
    (span,) = store.spans.of(article_id, [SpanStatus.ACCEPTED])
    assert (span.start, span.end) == (text.index("Москва"), text.index("Москва") + 6)
    assert text[span.start : span.end] == "Москва"


def test_exact_span_after_emoji(qtbot, window, store) -> None:
    article_id = open_emoji_article(window, store)
    text = store.articles.get(article_id).text
    select(window, "бербан")
    press(qtbot, window, Qt.Key.Key_3, ALT)
    (span,) = store.spans.of(article_id, [SpanStatus.ACCEPTED])
    assert text[span.start : span.end] == "бербан"


def test_selection_of_an_emoji_is_one_character(qtbot, window, store) -> None:
    article_id = open_emoji_article(window, store)
    text = store.articles.get(article_id).text
    select(window, "😀")
    assert window.views.text_view.selection() == (text.index("😀"), text.index("😀") + 1)


def test_highlight_rectangles_cover_the_span_text(qtbot, window, store) -> None:
    article_id = open_emoji_article(window, store)
    text = store.articles.get(article_id).text
    select(window, "Газпром")
    press(qtbot, window, Qt.Key.Key_3)
    span = window.state.current_span()
    assert span.surface(text) == "Газпром"
    (rect,) = window.views.text_view._span_rects(span)
    # The rectangle starts where Qt draws the word, found independently of our conversion.
    found = window.views.text_view.document().find("Газпром")
    start = QTextCursor(window.views.text_view.document())
    start.setPosition(found.selectionStart())
    end = QTextCursor(window.views.text_view.document())
    end.setPosition(found.selectionEnd())
    assert abs(rect.left() - window.views.text_view.cursorRect(start).left()) <= 2
    assert abs(rect.right() - window.views.text_view.cursorRect(end).left()) <= 2


def test_text_is_shown_as_plain_text(qtbot, window, store) -> None:
    from razmetka.core.model import Article, Document

    markup = '<b>жирный</b> <img src="http://example.com/x.png"> &amp; \u00a0пробел\u2028строка'
    article_id = store.articles.add(Document(Article(text=markup, title="markup")))
    window.views.article_model.reload()
    window.navigation.open_article(article_id)
    document = window.views.text_view.document()
    assert "<b>жирный</b>" in document.toPlainText()
    assert "<img" in document.toPlainText()
    assert document.allFormats() is not None
    # Positions still line up with the stored text even where Qt rewrites characters.
    mapping = Utf16Map(markup)
    assert mapping.to_utf16(markup.index("строка")) == markup.index("строка")
    window.views.text_view.setFocus()
    select(window, "строка")
    press(qtbot, window, Qt.Key.Key_1)
    (span,) = store.spans.of(article_id, [SpanStatus.ACCEPTED])
    assert markup[span.start : span.end] == "строка"
