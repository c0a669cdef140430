"""The window as an analyst meets it, driven by keys sent to whatever widget has the focus:
the F1 sheet, marking done with suggestions left, focus and caret on opening, relabelling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from razmetka.core.model import ArticleStatus, SpanStatus
from razmetka.ui.i18n import Translators

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def key(qtbot, code, modifier=NO) -> None:
    """A key pressed where the analyst's focus is, as on a real keyboard."""
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    qtbot.keyClick(target, code, modifier)


def test_the_key_that_closes_the_help_sheet_does_nothing_else(qtbot, window, store) -> None:
    a0 = store.articles.find("a0")
    current = window.state.current_span()
    key(qtbot, Qt.Key.Key_F1)
    assert window.views.help_overlay.isVisible()
    key(qtbot, Qt.Key.Key_X)
    assert not window.views.help_overlay.isVisible()
    assert store.spans.get(current.id).status is SpanStatus.SUGGESTED
    key(qtbot, Qt.Key.Key_F1)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert store.articles.status(a0) is ArticleStatus.TODO
    assert window.state.article_id == a0
    # The sheet gone, the keys are the window's again, typed into the text.
    assert QApplication.focusWidget() is window.views.text_view
    key(qtbot, Qt.Key.Key_X)
    assert store.spans.get(current.id).status is SpanStatus.REJECTED


@pytest.fixture
def english():
    """The English translation: its plural forms ("1 article", "6 articles")."""
    translators = Translators()
    translators.install("en")
    yield
    translators.remove_all()


def answer_when_asked(qtbot, code) -> list[str]:
    """Press ``code`` in the dialog that the next key opens; returns its question."""
    asked: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        asked.append(dialog.findChild(QLabel, "pendingQuestion").text())
        target = dialog.focusWidget() or dialog
        text = chr(code).lower() if code < 0x110000 else ""
        QTest.sendKeyEvent(QTest.KeyAction.Click, target, code, text, NO)

    QTimer.singleShot(0, answer)
    return asked


def back_in(qtbot, window) -> None:
    """The dialog gone, the window is active again and the keys go to it."""
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()))


def statuses(store, article_id) -> list[SpanStatus]:
    return sorted({s.status for s in store.spans.of(article_id)}, key=lambda s: s.value)


def test_done_with_pending_suggestions_accepts_them_all_on_a(qtbot, window, store, english) -> None:
    a0 = store.articles.find("a0")
    asked = answer_when_asked(qtbot, Qt.Key.Key_A)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert asked == [
        "6 suggestions in this article are still pending; an export leaves out "
        "what is not accepted."
    ]
    assert store.articles.status(a0) is ArticleStatus.DONE
    assert statuses(store, a0) == [SpanStatus.ACCEPTED]
    assert window.state.article_id != a0
    back_in(qtbot, window)
    key(qtbot, Qt.Key.Key_Z, CTRL)  # one step brings all of it back
    assert store.articles.status(a0) is ArticleStatus.TODO
    assert statuses(store, a0) == [SpanStatus.SUGGESTED]


def test_done_with_pending_suggestions_rejects_them_all_on_x(qtbot, window, store) -> None:
    a0 = store.articles.find("a0")
    key(qtbot, Qt.Key.Key_A)  # Казахстана accepted, five left
    asked = answer_when_asked(qtbot, Qt.Key.Key_X)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert asked and asked[0].startswith("5 ")
    assert store.articles.status(a0) is ArticleStatus.DONE
    assert [s.status for s in store.spans.of(a0)].count(SpanStatus.ACCEPTED) == 1
    assert [s.status for s in store.spans.of(a0)].count(SpanStatus.REJECTED) == 5


def test_done_with_pending_suggestions_goes_back_on_escape(qtbot, window, store) -> None:
    a0 = store.articles.find("a0")
    asked = answer_when_asked(qtbot, Qt.Key.Key_Escape)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert asked
    assert store.articles.status(a0) is ArticleStatus.TODO
    assert statuses(store, a0) == [SpanStatus.SUGGESTED]
    assert window.state.article_id == a0
    back_in(qtbot, window)
    assert QApplication.focusWidget() is window.views.text_view


def test_done_with_pending_takes_the_russian_layouts_keys(qtbot, window, store) -> None:
    a0 = store.articles.find("a0")
    answer_when_asked(qtbot, Qt.Key(0x424))  # Ф, where A is
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert statuses(store, a0) == [SpanStatus.ACCEPTED]


def test_done_without_pending_asks_nothing(qtbot, window, store) -> None:
    a0 = store.articles.find("a0")
    key(qtbot, Qt.Key.Key_A, SHIFT)  # accept all
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert store.articles.status(a0) is ArticleStatus.DONE


def keys_to_tag(qtbot, window, surface: str, digit) -> int:
    """The keys an analyst presses, from where the caret is, to tag ``surface``: Ctrl+Right
    to its first word, Shift+Ctrl+Right over it, the label's digit."""
    text_view = window.views.text_view
    target = window.state.index.text.index(surface)
    count = 0
    while text_view.cursor_index() < target:
        key(qtbot, Qt.Key.Key_Right, CTRL)
        count += 1
        assert count < 40, "the caret does not move: the keys go elsewhere"
    key(qtbot, Qt.Key.Key_Right, CTRL | SHIFT)
    key(qtbot, digit)
    return count + 2


def test_an_opened_article_takes_keys_at_its_current_span(qtbot, store) -> None:
    from razmetka.ui.main_window import MainWindow

    window = MainWindow(store)  # as it starts: nobody puts the focus anywhere
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    key(qtbot, Qt.Key.Key_PageDown, CTRL)  # «Минфин России опубликовал… в Госдуме.»
    assert QApplication.focusWidget() is window.views.text_view
    key(qtbot, Qt.Key.Key_J)  # Антон Силуанов, and the caret at its start
    current = window.state.current_span()
    assert window.views.text_view.cursor_index() == current.start
    from_current = keys_to_tag(qtbot, window, "Госдуме", Qt.Key.Key_2)
    index = window.state.index
    created = window.state.current_span()
    assert (created.label, created.surface(index.text)) == ("LOC", "Госдуме")
    # The same entity from the article's start, where the caret used to be on opening (and
    # before that Tab Tab, to reach the text at all).
    key(qtbot, Qt.Key.Key_Z, CTRL)
    key(qtbot, Qt.Key.Key_Home, CTRL)
    from_start = keys_to_tag(qtbot, window, "Госдуме", Qt.Key.Key_2)
    assert (from_current, from_start) == (6, 13)
    window.close()


def test_relabelling_by_digit_goes_on_to_the_next_suggestion(qtbot, window, store) -> None:
    index = window.state.index
    assert window.state.current_span().surface(index.text) == "Казахстана"
    key(qtbot, Qt.Key.Key_1)  # PER, not LOC: relabelled, and on to the next
    assert window.state.current_span().surface(index.text) == "Касым-Жомарт Токаев"
    relabelled = [s for s in store.spans.of(window.state.article_id) if s.label == "PER"]
    assert any(s.surface(index.text) == "Казахстана" for s in relabelled)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.state.current_span().surface(window.state.index.text) == "Казахстана"


CYRILLIC = {"J": "о", "K": "л", "A": "ф", "X": "ч"}


def cyrillic_key(qtbot, letter: str, modifier=NO) -> None:
    """The key a Russian layout gives: Qt names it by its Cyrillic letter."""
    target = QApplication.focusWidget()
    code = Qt.Key(ord(letter.upper()))
    QTest.sendKeyEvent(QTest.KeyAction.Click, target, code, letter, modifier)


def test_the_review_keys_work_with_a_russian_layout(qtbot, window, store) -> None:
    index = window.state.index
    first = window.state.current_span()
    cyrillic_key(qtbot, CYRILLIC["J"])
    second = window.state.current_span()
    assert second.id != first.id
    cyrillic_key(qtbot, CYRILLIC["K"])
    assert window.state.current_id == first.id
    cyrillic_key(qtbot, CYRILLIC["A"])
    assert store.spans.get(first.id).status is SpanStatus.ACCEPTED
    cyrillic_key(qtbot, CYRILLIC["X"])
    assert store.spans.get(second.id).status is SpanStatus.REJECTED
    cyrillic_key(qtbot, "Ф", SHIFT)  # Shift+A: accept the rest
    assert store.spans.of(window.state.article_id, [SpanStatus.SUGGESTED]) == []
    assert index is window.state.index


def test_the_digit_of_a_suggestions_own_label_accepts_it_and_moves_on(qtbot, window, store):
    # Tried under X11: «3» on an ORG suggestion did nothing, so the A after it accepted the
    # span the analyst had just confirmed instead of the next one.
    first = window.state.current_span()
    digits = {"PER": Qt.Key.Key_1, "LOC": Qt.Key.Key_2, "ORG": Qt.Key.Key_3}
    key(qtbot, digits[first.label])
    assert store.spans.get(first.id).status is SpanStatus.ACCEPTED
    assert window.statusBar().currentMessage().startswith(f"Accept {first.label} «")
    second = window.state.current_span()
    assert second.id != first.id
    key(qtbot, Qt.Key.Key_A)
    assert store.spans.get(second.id).status is SpanStatus.ACCEPTED


def test_a_relabel_says_what_it_changed_from_and_to(qtbot, window, store):
    first = window.state.current_span()
    other = "ORG" if first.label != "ORG" else "PER"
    key(qtbot, {"PER": Qt.Key.Key_1, "ORG": Qt.Key.Key_3}[other])
    surface = first.surface(window.state.index.text)
    # It read «Label as ORG LOC «…»», the old label after the new one.
    assert window.statusBar().currentMessage() == f"Label {first.label} «{surface}» as {other}"


def test_a_key_both_layouts_name_still_decides(qtbot, window, store) -> None:
    # Tried under X11 with the layouts ru,us (the usual Russian set-up): A, X and J did nothing
    # and Qt printed "Ambiguous shortcut overload". It offers the shortcut map the key's letter
    # in each layout, Ф and A, and each matched: the action's shortcut and its twin.
    from PySide6.QtGui import QKeySequence, QShortcutEvent

    first = window.state.current_span()
    accept = window.action_table.by_name["accept"]
    QApplication.sendEvent(accept, QShortcutEvent(QKeySequence("A"), 0, True))
    assert store.spans.get(first.id).status is SpanStatus.ACCEPTED
    second = window.state.current_span()
    assert second.id != first.id
    reject = window.action_table.by_name["reject"]
    QApplication.sendEvent(reject, QShortcutEvent(QKeySequence("Ч"), 0, True))
    assert store.spans.get(second.id).status is SpanStatus.REJECTED


# Qt's word for it, as it should be (and the offscreen platform's notes, as for every window test)
@pytest.mark.qt_log_ignore("Ambiguous shortcut overload", "^This plugin does not support ")
def test_a_key_two_actions_share_is_left_alone(qtbot, window, store) -> None:
    """Only an action's own twin makes its key ambiguous for it to take: a key that two
    actions hold (a label given the key of another) does neither."""
    from PySide6.QtGui import QKeySequence, QShortcutEvent

    first = window.state.current_span()
    accept = window.action_table.by_name["accept"]
    window.action_table.by_name["reject"].setShortcuts([QKeySequence("A")])
    QApplication.sendEvent(accept, QShortcutEvent(QKeySequence("A"), 0, True))
    assert store.spans.get(first.id).status is SpanStatus.SUGGESTED


def test_ctrl_keys_work_with_a_russian_layout_alone(qtbot, window, store) -> None:
    # Tried under X11 with the layout ru alone: Ctrl+Z and Ctrl+Shift+A did nothing, as Qt
    # names the key by its Cyrillic letter and no Latin layout is there to name it otherwise.
    first = window.state.current_span()
    cyrillic_key(qtbot, CYRILLIC["A"])
    assert store.spans.get(first.id).status is SpanStatus.ACCEPTED
    cyrillic_key(qtbot, "я", CTRL)  # Ctrl+Z
    assert store.spans.get(first.id).status is SpanStatus.SUGGESTED
    cyrillic_key(qtbot, "я", CTRL | SHIFT)  # Ctrl+Shift+Z: redo
    assert store.spans.get(first.id).status is SpanStatus.ACCEPTED
