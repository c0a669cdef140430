"""Normal forms: F2 edits the current span's as one undoable edit, a span the analyst makes
gets one at once, and an export carries what the analyst typed."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from razmetka.core.export import ExportOptions, export
from razmetka.core.model import SpanStatus
from tests.ui.conftest import on_dialog
from tests.ui.test_actions import select, span_by_text


def back_to(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10_000)


def type_normal(qtbot, window, typed: str) -> None:
    def fill(dialog: QWidget) -> None:
        assert dialog.line.text() == "Казахстан"  # the form it has, to change
        dialog.line.selectAll()
        dialog.line.insert(typed)  # QTest types Latin letters only
        qtbot.keyClick(dialog.line, Qt.Key.Key_Return)

    on_dialog(qtbot, fill)
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_F2)
    back_to(qtbot, window)


def test_f2_edits_the_normal_form_undo_and_export(qtbot, window, store, tmp_path) -> None:
    a0 = store.articles.find("a0")
    span = span_by_text(store, a0, "Казахстана")
    assert window.state.current_id == span.id
    type_normal(qtbot, window, "Республика Казахстан")
    edited = store.spans.get(span.id)
    assert edited.normal == "Республика Казахстан"
    assert edited.status is SpanStatus.ACCEPTED  # giving a suggestion its form decides it
    model = window.views.span_model
    row = model.row_of(span.id)
    assert model.index(row, model.NORMAL).data() == "Республика Казахстан"
    out = tmp_path / "out.jsonl"
    export(store, ExportOptions("jsonl", out, include_all=True))
    assert "Республика Казахстан" in out.read_text(encoding="utf-8")
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    qtbot.keySequence(window.views.text_view, QKeySequence(QKeySequence.StandardKey.Undo))
    assert store.spans.get(span.id).normal == "Казахстан"
    assert store.spans.get(span.id).status is SpanStatus.SUGGESTED
    assert model.index(model.row_of(span.id), model.NORMAL).data() == "Казахстан"


def test_escape_changes_nothing(qtbot, window, store) -> None:
    span = window.state.current_span()
    on_dialog(qtbot, lambda dialog: qtbot.keyClick(dialog.line, Qt.Key.Key_Escape))
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_F2)
    back_to(qtbot, window)
    assert store.spans.get(span.id) == span


def test_a_span_the_analyst_makes_gets_its_normal_form(qtbot, window, store) -> None:
    a2 = store.articles.find("a2")
    window.navigation.open_article(a2)
    select(window, "Госдуме")
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_3)  # ORG
    assert span_by_text(store, a2, "Госдуме", [SpanStatus.ACCEPTED]).normal == "Госдума"
    a0 = store.articles.find("a0")
    window.navigation.open_article(a0)
    select(window, "Белом доме")  # suggested as LOC with natasha's form: taken from there
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_3)
    assert span_by_text(store, a0, "Белом доме", [SpanStatus.ACCEPTED]).normal == "Белый дом"
    select(window, "Трампом")  # a part of a name: its own words in the nominative
    qtbot.keyClick(window.views.text_view, Qt.Key.Key_1)
    assert span_by_text(store, a0, "Трампом", [SpanStatus.ACCEPTED]).normal == "Трамп"


def test_a_double_click_on_the_normal_form_cell_edits_it(qtbot, window, store) -> None:
    table = window.views.span_table
    model = window.views.span_model
    span = window.state.current_span()
    index = model.index(model.row_of(span.id), model.NORMAL)
    table.scrollTo(index)
    point = table.visualRect(index).center()

    def fill(dialog: QWidget) -> None:
        dialog.line.selectAll()
        dialog.line.insert("Казахстан (страна)")
        qtbot.keyClick(dialog.line, Qt.Key.Key_Return)

    on_dialog(qtbot, fill)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    back_to(qtbot, window)
    assert store.spans.get(span.id).normal == "Казахстан (страна)"
