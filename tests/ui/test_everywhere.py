"""One decision for every occurrence, by keys on a real window: the hint, the preview, Enter
to apply, one undo to take it all back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from razmetka.core.model import Article, ArticleStatus, Document, SpanStatus, Suggestion
from razmetka.core.store import Store
from tests.ui.conftest import ORIGIN, on_dialog

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

FIRST = (
    "Токаев прибыл в Астану. Токаева встретили в аэропорту. Позже Токаеву вручили цветы. "
    "Лавры достались <b>другим</b>."
)
SECOND = "Вчера Токаевым восхищались. Акорда молчит."
THIRD = "Об этом сообщил Токаев."


def at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "everywhere.db")
    for number, (text, suggested) in enumerate(
        [(FIRST, ["Токаев ", "Токаева"]), (SECOND, []), (THIRD, ["Токаев"])]
    ):
        article_id = store.articles.add(Document(Article(text=text, external_id=f"e{number}")))
        suggestions = [Suggestion(*at(text, w.strip()), "PER") for w in suggested]
        store.suggestions.add(article_id, suggestions, ORIGIN)
    yield store
    store.close()


def decide_everywhere(qtbot, window) -> None:
    """Ctrl+Shift+A, and the window active again once the preview has closed."""
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_A, CTRL_SHIFT)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10_000)


def accepted(store: Store, article_id: int) -> list[tuple[str, str]]:
    text = store.articles.get(article_id).text
    spans = store.spans.of(article_id, [SpanStatus.ACCEPTED])
    return sorted((s.surface(text), s.label) for s in spans)


def test_hint_preview_apply_and_one_undo(qtbot, window, store) -> None:
    first, second, third = (store.articles.find(f"e{n}") for n in range(3))
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_A)  # accept «Токаев»
    assert accepted(store, first) == [("Токаев", "PER")]
    qtbot.waitUntil(
        lambda: "«Токаев»: 2 more in this article" in window.statusBar().currentMessage(),
        timeout=10_000,
    )
    assert "Ctrl+Shift+A" in window.statusBar().currentMessage()
    seen: dict[str, object] = {}

    def preview(dialog: QWidget) -> None:
        model = dialog.model
        seen["here"] = [model.cell_text(o, model.MATCH) for o in dialog.chosen()]
        qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # whole corpus
        qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=10_000)
        places = [model.cell_text(o, model.MATCH) for o in dialog.chosen()]
        seen["corpus"] = places
        seen["context"] = [model.cell_text(o, model.AFTER) for o in dialog.chosen()]
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    on_dialog(qtbot, preview)
    decide_everywhere(qtbot, window)
    assert seen["here"] == ["Токаева", "Токаеву"]  # «Лавры» is not «Лавров», nor «Токаев»
    assert seen["corpus"] == ["Токаева", "Токаеву", "Токаевым", "Токаев"]
    assert any("<b>другим</b>" in text for text in seen["context"])  # shown, never rendered
    assert accepted(store, first) == [("Токаев", "PER"), ("Токаева", "PER"), ("Токаеву", "PER")]
    assert accepted(store, second) == [("Токаевым", "PER")]
    assert accepted(store, third) == [("Токаев", "PER")]
    assert store.articles.status(second) is ArticleStatus.IN_PROGRESS
    # The open article shows what was applied; the list's rows of the others are up to date.
    assert window.state.article_id == first
    assert window.state.index.counts[SpanStatus.ACCEPTED] == 3
    assert window.views.article_model.summary(second).accepted == 1
    qtbot.keySequence(window.views.text_view, QKeySequence(QKeySequence.StandardKey.Undo))
    assert accepted(store, first) == [("Токаев", "PER")]  # one undo takes all of it back
    assert accepted(store, second) == []
    assert accepted(store, third) == []
    assert store.articles.status(second) is ArticleStatus.TODO
    assert window.state.index.counts[SpanStatus.ACCEPTED] == 1
    assert window.views.article_model.summary(second).accepted == 0
    qtbot.keySequence(window.views.text_view, QKeySequence(QKeySequence.StandardKey.Redo))
    assert accepted(store, second) == [("Токаевым", "PER")]


def test_space_leaves_a_place_out_and_escape_cancels(qtbot, window, store) -> None:
    first = store.articles.find("e0")
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_A)

    def leave_first_out(dialog: QWidget) -> None:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    on_dialog(qtbot, leave_first_out)
    decide_everywhere(qtbot, window)
    assert accepted(store, first) == [("Токаев", "PER"), ("Токаеву", "PER")]
    on_dialog(qtbot, lambda dialog: qtbot.keyClick(dialog.table, Qt.Key.Key_Escape))
    before = store.spans.of(first)
    decide_everywhere(qtbot, window)
    assert store.spans.of(first) == before


def test_a_rejection_rejects_the_same_suggestion_elsewhere(qtbot, window, store) -> None:
    first, third = store.articles.find("e0"), store.articles.find("e2")
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_X)  # reject PER «Токаев»

    def whole_corpus(dialog: QWidget) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    on_dialog(qtbot, whole_corpus)
    decide_everywhere(qtbot, window)
    pending = [SpanStatus.SUGGESTED]
    assert store.spans.of(first, pending) == [] and store.spans.of(third, pending) == []
    assert accepted(store, first) == []  # untagged places are not tagged by a rejection


def test_a_relabelling_relabels_everywhere(qtbot, window, store) -> None:
    first = store.articles.find("e0")
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_3)  # «Токаев» is ORG here, not PER
    qtbot.waitUntil(
        lambda: "2 more in this article" in window.statusBar().currentMessage(), timeout=10_000
    )
    on_dialog(qtbot, lambda dialog: qtbot.keyClick(dialog.table, Qt.Key.Key_Return))
    decide_everywhere(qtbot, window)
    assert accepted(store, first) == [("Токаев", "ORG"), ("Токаева", "ORG"), ("Токаеву", "ORG")]
    assert store.spans.of(first, [SpanStatus.SUGGESTED]) == []  # the PER suggestion rejected


class Listener:
    def __init__(self) -> None:
        self.failed: list[str] = []
        self.applied: list[tuple] = []

    def edit_applied(self, edit, undone) -> None:
        self.applied.append((edit,))

    def edits_applied(self, edits, undone) -> None:
        self.applied.append(tuple(edits))

    def edit_failed(self, message, article_id) -> None:
        self.failed.append(message)


def test_several_edits_are_written_all_or_none(store) -> None:
    from razmetka.core import actions
    from razmetka.ui.window.commands import EditCommand, EditStack

    first, third = store.articles.find("e0"), store.articles.find("e2")
    edits = [
        actions.accept(store, store.spans.of(article_id)[0].id) for article_id in (first, third)
    ]
    store.apply(actions.reject(store, store.spans.of(third)[0].id))  # changed elsewhere
    listener = Listener()
    stack = EditStack()
    stack.push(EditCommand(store, edits, "accept both", listener))
    assert listener.failed and not listener.applied
    assert accepted(store, first) == []  # the first article's edit was rolled back with it
    assert store.articles.status(first) is ArticleStatus.TODO
    assert stack.count() == 0  # it never happened
