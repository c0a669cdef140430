"""Span edges by keys: growing stops at a paragraph, exact characters leave emoji out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from razmetka.core.model import SpanStatus

ALT = Qt.KeyboardModifier.AltModifier


def key(qtbot, code, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), code, modifier)


def select(window, needle: str) -> None:
    cursor = window.views.text_view.document().find(needle)
    assert not cursor.isNull()
    window.views.text_view.setTextCursor(cursor)


def accepted_surfaces(window) -> list[str]:
    index = window.state.index
    return [s.surface(index.text) for s in index.by_id.values() if s.status is SpanStatus.ACCEPTED]


def test_growing_does_not_cross_a_paragraph_break(qtbot, window, store) -> None:
    select(window, "Встреча")  # after "…в Вашингтон.\n\n"
    key(qtbot, Qt.Key.Key_3)
    assert window.state.current_span().surface(window.state.index.text) == "Встреча"
    key(qtbot, Qt.Key.Key_Left, ALT)
    assert window.state.current_span().surface(window.state.index.text) == "Встреча"
    key(qtbot, Qt.Key.Key_Right, ALT)
    assert window.state.current_span().surface(window.state.index.text) == "Встреча с"


def test_exact_characters_leave_an_emoji_out(qtbot, window, store) -> None:
    key(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # the emoji article
    select(window, " 😀 Сбербанк")
    key(qtbot, Qt.Key.Key_3, ALT)
    assert accepted_surfaces(window) == ["Сбербанк"]
