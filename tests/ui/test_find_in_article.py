"""Find in article on a real window: the search's hits highlighted in the open article (after
emoji too), F3 / Shift+F3 and Enter / Shift+Enter in the search box from hit to hit, and the
status saying which hit of how many."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel

from razmetka.core.find import find_hits
from razmetka.core.model import Article, Document
from razmetka.core.store import Store
from razmetka.core.text import Utf16Map
from razmetka.ui.views.text_view import CURRENT_HIT_COLOR, HIT_COLOR

from .conftest import shown_window

FIRST_TEXT_WORDS = "в"  # «в», «Вашингтон», «Встреча», «в» of the first article


def search(window, qtbot, words: str) -> None:
    box = window.views.article_list.search
    box.setFocus()
    box.selectAll()
    for char in words:  # QTest types ASCII only: Cyrillic letters as a keyboard sends them
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    qtbot.waitUntil(lambda: window.finding.words == words, timeout=5000)


def open_article(window, qtbot, number: int) -> str:
    article_id = window.state.store.lists.ordered_ids()[number]
    window.navigation.open_article(article_id)
    qtbot.waitUntil(lambda: window.state.article_id == article_id)
    return window.state.article.text


def word_rect(window, start: int, end: int):
    """Where the text view lays out code points ``start``..``end``, found through Qt's own
    cursor (UTF-16), not through the view's hit painting."""
    view = window.views.text_view
    map16 = Utf16Map(view.toPlainText())
    cursor = QTextCursor(view.document())
    cursor.setPosition(map16.to_utf16(start))
    left = view.cursorRect(cursor)
    cursor.setPosition(map16.to_utf16(end))
    right = view.cursorRect(cursor)
    return left.left() + 2, right.left() - 2, left.top() + 2, left.bottom() - 2


def share_of(image, box, color: QColor) -> float:
    x1, x2, y1, y2 = box
    points = [(x, y) for x in range(x1, x2) for y in range(y1, y2)]
    same = sum(1 for x, y in points if image.pixelColor(QPoint(x, y)).rgb() == color.rgb())
    return same / max(len(points), 1)


def test_hits_after_an_emoji_are_highlighted_where_the_words_are(window, qtbot):
    text = open_article(window, qtbot, 1)  # «Флаг 🇷🇺 и улыбка 😀 перед словом Москва…»
    search(window, qtbot, "москв")
    start = text.index("Москва")
    assert window.finding.hits == [(start, start + len("Москва"))]
    window.views.text_view.repaint()
    image = window.views.text_view.viewport().grab().toImage()
    # The word is on a yellow ground, the word before it is not.
    assert share_of(image, word_rect(window, start, start + 6), HIT_COLOR) > 0.4
    before = text.index("словом")
    assert share_of(image, word_rect(window, before, before + 6), HIT_COLOR) < 0.05


def test_f3_and_shift_f3_step_through_every_hit_and_say_which(window, qtbot):
    text = open_article(window, qtbot, 0)
    expected = find_hits(FIRST_TEXT_WORDS, text)
    assert len(expected) == 4
    search(window, qtbot, FIRST_TEXT_WORDS)
    view = window.views.text_view
    view.setFocus()
    status = window.statusBar()
    assert status.currentMessage() == "Hits in this article: 4"
    for number in range(4):  # the article was just opened: from its first hit
        qtbot.keyClick(view, Qt.Key.Key_F3)
        assert view.current_hit == number
        assert status.currentMessage() == f"Hit {number + 1} of 4"
        assert view.cursor_index() == expected[number][0]
    qtbot.keyClick(view, Qt.Key.Key_F3)  # round to the first
    assert status.currentMessage() == "Hit 1 of 4"
    qtbot.keyClick(view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)  # and back
    assert status.currentMessage() == "Hit 4 of 4"
    assert view.cursor_index() == expected[3][0]
    view.repaint()
    image = view.viewport().grab().toImage()
    start, end = expected[3]
    assert share_of(image, word_rect(window, start, end), CURRENT_HIT_COLOR) > 0.3
    start, end = expected[2]
    assert share_of(image, word_rect(window, start, end), HIT_COLOR) > 0.3


def test_enter_in_the_search_box_goes_to_the_hits_of_the_open_article(window, qtbot):
    text = open_article(window, qtbot, 0)
    expected = find_hits("токаев", text)
    search(window, qtbot, "токаев")
    box = window.views.article_list.search
    assert box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    view = window.views.text_view
    assert view.current_hit == 0 and view.cursor_index() == expected[0][0]
    assert window.statusBar().currentMessage() == "Hit 1 of 1"
    assert QApplication.focusWidget() is box  # typing on stays possible
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.statusBar().currentMessage() == "Hit 1 of 1"


def test_enter_opens_a_result_when_the_open_article_is_not_one(window, qtbot):
    open_article(window, qtbot, 0)
    search(window, qtbot, "сбербанк")  # only the second article
    second = window.state.store.lists.ordered_ids()[1]
    assert window.finding.hits == []
    qtbot.keyClick(window.views.article_list.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state.article_id == second)
    # The opened article's hits are found at once.
    start = window.state.article.text.index("Сбербанк")
    assert window.finding.hits == [(start, start + len("Сбербанк"))]
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_F3)
    assert window.statusBar().currentMessage() == "Hit 1 of 1"


def test_no_search_no_hits_and_f3_says_how_to_find(window, qtbot):
    open_article(window, qtbot, 0)
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_F3)
    assert window.views.text_view.current_hit is None
    assert "Ctrl+F" in window.statusBar().currentMessage()


def test_a_search_by_entity_finds_its_spans_in_the_article(window, qtbot):
    text = open_article(window, qtbot, 0)
    search(window, qtbot, "LOC:")
    spans = window.state.store.spans.of(window.state.article_id)
    places = [(s.start, s.end) for s in spans if s.label == "LOC"]
    assert window.finding.hits == places
    assert [text[a:b] for a, b in window.finding.hits] == ["Казахстана", "Вашингтон", "Белом доме"]
    view = window.views.text_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F3)
    assert window.statusBar().currentMessage() == "Hit 1 of 3"
    # Rejecting the current span (Казахстана, the first suggestion) leaves two hits.
    qtbot.keyClick(view, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: len(window.finding.hits) == 2)
    assert [text[a:b] for a, b in window.finding.hits] == ["Вашингтон", "Белом доме"]


def test_the_help_overlay_lists_the_hit_keys(window, qtbot):
    window.toggle_help()
    overlay = window.views.help_overlay
    qtbot.waitUntil(overlay.isVisible)
    texts = [label.text() for label in overlay.findChildren(QLabel)]
    assert "F3" in texts and "Shift+F3" in texts
    assert "Next hit in the article" in texts
    assert any("Shift+Enter" in text for text in texts)
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)


def test_the_first_step_goes_from_where_the_analyst_reads(tmp_path, qtbot):
    paragraphs = [f"Абзац {n}: 😀 Токаев прибыл в Астану, встреча {n}." for n in range(400)]
    text = "\n\n".join(paragraphs)
    with Store(tmp_path / "long.db") as store:
        store.articles.add(Document(Article(text=text, title="long")))
        window = shown_window(store, qtbot)
        open_article(window, qtbot, 0)
        view = window.views.text_view
        view.scroll_to_index(text.index("Абзац 200:"))
        search(window, qtbot, "токаев")
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_F3)
        assert view.current_hit == 200
        assert view.cursor_index() == text.index("Токаев", text.index("Абзац 200:"))
        assert window.statusBar().currentMessage() == "Hit 201 of 400"
        qtbot.keyClick(view, Qt.Key.Key_F3)
        assert window.statusBar().currentMessage() == "Hit 202 of 400"
        window.close()
