"""The window as an analyst meets it, driven by keys sent to whatever widget has the focus:
the F1 sheet, marking done with suggestions left, focus and caret on opening, relabelling."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication

from razmetka.core.model import ArticleStatus, SpanStatus

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
