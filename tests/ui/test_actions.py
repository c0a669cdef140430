"""Every action from the keyboard, with its undo and redo, checked in the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor

from razmetka.core.model import ArticleStatus, SpanStatus
from razmetka.core.store import Store

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def press(qtbot, window, key, modifier=NO) -> None:
    qtbot.keyClick(window.views.text_view, key, modifier)


def undo(qtbot, window) -> None:
    qtbot.keySequence(window.views.text_view, QKeySequence(QKeySequence.StandardKey.Undo))


def redo(qtbot, window) -> None:
    qtbot.keySequence(window.views.text_view, QKeySequence(QKeySequence.StandardKey.Redo))


def span_by_text(store: Store, article_id: int, surface: str, statuses=None):
    text = store.articles.get(article_id).text
    found = [s for s in store.spans.of(article_id, statuses) if s.surface(text) == surface]
    assert found, f"no span {surface!r}"
    return found[0]


def select(window, needle: str) -> None:
    """Select text the way a user does: a QTextCursor found in Qt's own document."""
    cursor = window.views.text_view.document().find(needle)
    assert not cursor.isNull()
    window.views.text_view.setTextCursor(cursor)


def select_utf16(window, start16: int, end16: int) -> None:
    cursor = QTextCursor(window.views.text_view.document())
    cursor.setPosition(start16)
    cursor.setPosition(end16, QTextCursor.MoveMode.KeepAnchor)
    window.views.text_view.setTextCursor(cursor)


@pytest.fixture
def a0(store):
    return store.articles.find("a0")


def test_opens_first_article_on_first_pending(window, store, a0) -> None:
    assert window.state.article.id == a0
    assert window.state.current_span().surface(window.state.index.text) == "Казахстана"


def test_accept_undo_redo(qtbot, window, store, a0) -> None:
    span = span_by_text(store, a0, "Казахстана")
    press(qtbot, window, Qt.Key.Key_A)
    assert store.spans.get(span.id).status is SpanStatus.ACCEPTED
    assert store.articles.status(a0) is ArticleStatus.IN_PROGRESS
    # The view moved on to the next suggestion and shows the accepted span as accepted.
    assert window.state.current_span().surface(window.state.index.text) == "Касым-Жомарт Токаев"
    assert window.state.index.get(span.id).status is SpanStatus.ACCEPTED
    assert window.views.article_model.summary(a0).accepted == 1
    undo(qtbot, window)
    assert store.spans.get(span.id).status is SpanStatus.SUGGESTED
    assert store.articles.status(a0) is ArticleStatus.TODO
    assert window.state.index.get(span.id).status is SpanStatus.SUGGESTED
    assert window.state.current_id == span.id
    redo(qtbot, window)
    assert store.spans.get(span.id).status is SpanStatus.ACCEPTED


def test_reject_hides_span_and_undo_restores(qtbot, window, store, a0) -> None:
    span = span_by_text(store, a0, "Казахстана")
    press(qtbot, window, Qt.Key.Key_X)
    assert store.spans.get(span.id).status is SpanStatus.REJECTED
    assert window.views.span_model.row_of(span.id) is None  # hidden unless asked for
    window.action_table.by_name["show_rejected"].trigger()
    assert window.views.span_model.row_of(span.id) is not None
    window.action_table.by_name["show_rejected"].trigger()
    undo(qtbot, window)
    assert store.spans.get(span.id).status is SpanStatus.SUGGESTED
    assert window.views.span_model.row_of(span.id) is not None
    redo(qtbot, window)
    assert store.spans.get(span.id).status is SpanStatus.REJECTED


def test_next_and_previous_suggestion(qtbot, window) -> None:
    text = window.state.index.text
    press(qtbot, window, Qt.Key.Key_J)
    assert window.state.current_span().surface(text) == "Касым-Жомарт Токаев"
    press(qtbot, window, Qt.Key.Key_J)
    assert window.state.current_span().surface(text) == "Вашингтон"
    press(qtbot, window, Qt.Key.Key_K)
    press(qtbot, window, Qt.Key.Key_K)
    assert window.state.current_span().surface(text) == "Казахстана"
    press(qtbot, window, Qt.Key.Key_K)  # wraps around to the last one
    assert window.state.current_span().surface(text) == "Акорды"
    # The table follows the text view.
    rows = window.views.span_table.selectionModel().selectedRows()
    assert [r.row() for r in rows] == [window.views.span_model.row_of(window.state.current_id)]


def test_relabel_by_digit_undo_redo(qtbot, window, store, a0) -> None:
    original = span_by_text(store, a0, "Казахстана")
    press(qtbot, window, Qt.Key.Key_1)  # PER
    assert store.spans.get(original.id).status is SpanStatus.REJECTED
    new = span_by_text(store, a0, "Казахстана", [SpanStatus.ACCEPTED])
    assert new.label == "PER" and new.origin == "analyst"
    # A relabel is a decision: on to the next suggestion, as after A and X.
    assert window.state.current_span().surface(window.state.index.text) == "Касым-Жомарт Токаев"
    undo(qtbot, window)
    assert store.spans.get(original.id).status is SpanStatus.SUGGESTED
    assert store.spans.get(new.id) is None
    redo(qtbot, window)
    assert store.spans.get(new.id).label == "PER"


def test_create_from_selection_snaps_to_tokens(qtbot, window, store, a0) -> None:
    select(window, "ашинг")  # inside "Вашингтон"
    press(qtbot, window, Qt.Key.Key_3)  # ORG
    created = span_by_text(store, a0, "Вашингтон", [SpanStatus.ACCEPTED])
    assert created.label == "ORG"
    suggestion = span_by_text(store, a0, "Вашингтон", [SpanStatus.REJECTED])
    assert suggestion.label == "LOC"
    assert not window.views.text_view.textCursor().hasSelection()
    assert window.state.current_id == created.id
    undo(qtbot, window)
    assert store.spans.get(created.id) is None
    assert store.spans.get(suggestion.id).status is SpanStatus.SUGGESTED
    redo(qtbot, window)
    assert store.spans.get(created.id).label == "ORG"


def test_create_exact_characters_with_alt(qtbot, window, store, a0) -> None:
    select(window, "пресс-служб")
    press(qtbot, window, Qt.Key.Key_3, ALT)
    span = span_by_text(store, a0, "пресс-служб", [SpanStatus.ACCEPTED])
    assert span.label == "ORG"


def test_selection_without_text_creates_nothing(qtbot, window, store, a0) -> None:
    before = len(store.spans.of(a0))
    text = window.state.index.text
    start = text.index("\n\n")
    select_utf16(window, start, start + 2)
    press(qtbot, window, Qt.Key.Key_1)
    assert len(store.spans.of(a0)) == before
    assert window.state.undo_stack.count() == 0


def test_grow_and_shrink_by_token(qtbot, window, store, a0) -> None:
    press(qtbot, window, Qt.Key.Key_A)  # accept Казахстана; current moves to Токаев
    text = store.articles.get(a0).text
    press(qtbot, window, Qt.Key.Key_A)
    tokaev = span_by_text(store, a0, "Касым-Жомарт Токаев", [SpanStatus.ACCEPTED])
    window.navigation.set_current(tokaev.id)
    press(qtbot, window, Qt.Key.Key_Right, ALT)
    assert store.spans.get(tokaev.id).surface(text) == "Касым-Жомарт Токаев прибыл"
    press(qtbot, window, Qt.Key.Key_Right, ALT | SHIFT)
    assert store.spans.get(tokaev.id).surface(text) == "Токаев прибыл"
    press(qtbot, window, Qt.Key.Key_Left, ALT | SHIFT)
    assert store.spans.get(tokaev.id).surface(text) == "Токаев"
    press(qtbot, window, Qt.Key.Key_Left, ALT)
    assert store.spans.get(tokaev.id).surface(text) == "Касым-Жомарт Токаев"
    # Growing into an accepted span is refused and changes nothing.
    press(qtbot, window, Qt.Key.Key_Left, ALT)
    assert store.spans.get(tokaev.id).surface(text) == "Касым-Жомарт Токаев"
    assert "overlap" in window.statusBar().currentMessage()
    undo(qtbot, window)
    assert store.spans.get(tokaev.id).surface(text) == "Токаев"
    undo(qtbot, window)
    undo(qtbot, window)
    undo(qtbot, window)
    assert store.spans.get(tokaev.id).surface(text) == "Касым-Жомарт Токаев"
    redo(qtbot, window)
    assert store.spans.get(tokaev.id).surface(text) == "Касым-Жомарт Токаев прибыл"


def test_resize_of_a_suggestion_accepts_the_correction(qtbot, window, store, a0) -> None:
    text = store.articles.get(a0).text
    press(qtbot, window, Qt.Key.Key_Right, ALT)
    grown = span_by_text(store, a0, "Казахстана Касым-Жомарт", [SpanStatus.ACCEPTED])
    assert window.state.current_id == grown.id
    assert store.spans.of(a0, [SpanStatus.ACCEPTED])[0].surface(text) == "Казахстана Касым-Жомарт"


def test_delete_undo_redo(qtbot, window, store, a0) -> None:
    span = span_by_text(store, a0, "Казахстана")
    press(qtbot, window, Qt.Key.Key_A)
    window.navigation.set_current(span.id)
    press(qtbot, window, Qt.Key.Key_Delete)
    assert store.spans.get(span.id) is None
    undo(qtbot, window)
    assert store.spans.get(span.id).status is SpanStatus.ACCEPTED
    redo(qtbot, window)
    assert store.spans.get(span.id) is None


def test_delete_of_a_suggestion_rejects_it(qtbot, window, store, a0) -> None:
    span = span_by_text(store, a0, "Казахстана")
    press(qtbot, window, Qt.Key.Key_Delete)
    assert store.spans.get(span.id).status is SpanStatus.REJECTED


def test_accept_all_undo_redo(qtbot, window, store, a0) -> None:
    press(qtbot, window, Qt.Key.Key_A, SHIFT)
    assert not store.spans.of(a0, [SpanStatus.SUGGESTED])
    assert len(store.spans.of(a0, [SpanStatus.ACCEPTED])) == 6
    undo(qtbot, window)
    assert len(store.spans.of(a0, [SpanStatus.SUGGESTED])) == 6
    redo(qtbot, window)
    assert len(store.spans.of(a0, [SpanStatus.ACCEPTED])) == 6


def test_done_and_next_with_one_key(qtbot, window, store, a0, monkeypatch) -> None:
    from razmetka.ui.dialogs import pending_done

    # The article's suggestions are still pending: the analyst accepts them all when asked.
    monkeypatch.setattr(pending_done, "ask", lambda *_: pending_done.PendingChoice.ACCEPT)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert store.articles.status(a0) is ArticleStatus.DONE
    assert window.state.article.id == store.articles.find("a1")
    assert window.views.article_list.progress_label.text().startswith("Done: 1")
    undo(qtbot, window)
    assert store.articles.status(a0) is ArticleStatus.TODO
    assert window.state.article.id == a0  # undo shows the article it changed
    redo(qtbot, window)
    assert store.articles.status(a0) is ArticleStatus.DONE


def test_skip_article(qtbot, window, store, a0) -> None:
    press(qtbot, window, Qt.Key.Key_Return, CTRL | SHIFT)
    assert store.articles.status(a0) is ArticleStatus.SKIPPED
    assert window.state.article.id == store.articles.find("a1")
    undo(qtbot, window)
    assert store.articles.status(a0) is ArticleStatus.TODO


def test_next_and_previous_article(qtbot, window, store, a0) -> None:
    press(qtbot, window, Qt.Key.Key_PageDown, CTRL)
    assert window.state.article.id == store.articles.find("a1")
    press(qtbot, window, Qt.Key.Key_PageUp, CTRL)
    assert window.state.article.id == a0


def test_refused_write_is_not_shown_as_done(qtbot, window, store, db_path, a0) -> None:
    span = span_by_text(store, a0, "Казахстана")
    press(qtbot, window, Qt.Key.Key_A)
    assert window.state.undo_stack.count() == 1
    with Store(db_path) as other:  # another window relabels the span meanwhile
        from razmetka.core import actions

        other.apply(actions.relabel(other, span.id, "ORG"))
    undo(qtbot, window)
    assert store.spans.get(span.id).label == "ORG"
    assert store.spans.get(span.id).status is SpanStatus.ACCEPTED
    assert window.state.undo_stack.count() == 0  # the refused undo is gone, not shown as done
    assert window.statusBar().currentMessage().startswith("Not saved")
    # The window read the article again and shows what the store holds.
    assert window.state.index.get(span.id).label == "ORG"


def test_mouse_click_on_a_span_makes_it_current(qtbot, window, store, a0) -> None:
    span = span_by_text(store, a0, "Вашингтон")
    rects = window.views.text_view._span_rects(window.state.index.get(span.id))
    assert rects
    qtbot.mouseClick(
        window.views.text_view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=rects[0].center().toPoint(),
    )
    assert window.state.current_id == span.id
    press(qtbot, window, Qt.Key.Key_A)
    assert store.spans.get(span.id).status is SpanStatus.ACCEPTED


def test_span_table_row_makes_span_current(qtbot, window, store, a0) -> None:
    span = span_by_text(store, a0, "Акорды")
    row = window.views.span_model.row_of(span.id)
    window.views.span_table.setCurrentIndex(window.views.span_model.index(row, 0))
    assert window.state.current_id == span.id
    assert window.views.text_view.current_id == span.id


def test_span_table_repaints_a_decided_row_as_its_cells_look(qtbot, window, store, a0) -> None:
    """The table paints its rows itself in one pass: a decided row must come out as the
    cell delegate draws it (bold for accepted), in the row it now has."""
    from PySide6.QtGui import QImage, QPainter, QPalette
    from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

    table = window.views.span_table
    first = window.state.current_id
    before = table.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    press(qtbot, window, Qt.Key.Key_A)
    QApplication.processEvents()
    assert window.state.current_id != first
    row = window.views.span_model.row_of(first)
    assert row == 0 and window.views.span_model.span_at(row).status is SpanStatus.ACCEPTED
    shown = table.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

    expected = QImage(shown.size(), QImage.Format.Format_RGB32)
    expected.setDevicePixelRatio(shown.devicePixelRatio())
    expected.fill(table.viewport().palette().color(QPalette.ColorRole.Base))
    painter = QPainter(expected)
    for column in range(window.views.span_model.columnCount()):
        index = window.views.span_model.index(row, column)
        option = QStyleOptionViewItem()
        option.rect = table.visualRect(index)
        option.palette = table.palette()
        table.itemDelegate().paint(painter, option, index)
    painter.end()
    height = table.rowHeight(row)
    top = table.rowViewportPosition(row)
    scale = shown.devicePixelRatio()
    area = (0, int(top * scale), shown.width(), int(height * scale))
    assert shown.copy(*area) == expected.copy(*area)
    assert shown.copy(*area) != before.copy(*area)  # repainted: selection gone, now bold
