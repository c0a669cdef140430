"""Markup in what a file holds (an article's normal form, a title, a label, an import's reason)
is shown as the characters it is: never rendered, no image loaded, no link made."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

from razmetka.core.model import Article, Document, Label, Suggestion
from razmetka.core.report import ImportReport, Problem
from razmetka.ui.dialogs.import_report import ImportReportDialog
from razmetka.ui.roles import TOOLTIP

from .conftest import ORIGIN

MARKUP = '<b>x</b> <img src="file:///tmp/razmetka-test.png"> <a href="https://example.org">y</a>'


def shown(text: str) -> str:
    """What a tooltip shows for ``text``: Qt renders it when it looks like rich text."""
    if not QtGui.Qt.mightBeRichText(text):  # Qt's own guess, as QToolTip makes it
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def test_a_span_tooltip_shows_markup_in_a_normal_form_as_text(qtbot, window, store) -> None:
    a0 = store.articles.find("a0")
    store.suggestions.add(a0, [Suggestion(62, 69, "PER", MARKUP)], ORIGIN)
    window.navigation.reload_article()
    view = window.views.text_view
    span = next(s for s in window.state.index.pending() if s.normal == MARKUP)
    point = view._span_rects(span)[0].center().toPoint()
    QApplication.sendEvent(
        view.viewport(),
        QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point)),
    )
    assert MARKUP in shown(QToolTip.text())

    table = window.views.span_model
    row = table.row_of(span.id)
    columns = range(table.columnCount())
    normal_column = next(c for c in columns if table.cell_text(span, c) == MARKUP)
    assert shown(table.index(row, normal_column).data(TOOLTIP)).splitlines()[0] == MARKUP


def test_an_article_title_tooltip_is_text(qtbot, window, store) -> None:
    store.articles.add(Document(Article(text="Текст.", title=MARKUP, external_id="m")))
    window.sync.refresh_from_store()
    model = window.views.article_model
    tips = [shown(model.index(row, 0).data(TOOLTIP) or "") for row in range(model.rowCount())]
    assert any(tip.startswith(MARKUP + "\n") for tip in tips), tips


def test_the_legend_shows_label_text_as_text(qtbot, window) -> None:
    legend = window.views.legend
    legend.set_labels([Label(MARKUP, "#123456", "<", MARKUP)])
    button = legend.buttons[MARKUP]
    assert shown(button.toolTip()) == MARKUP
    keys = [w for w in legend.findChildren(QLabel) if w.text() == "<"]
    assert keys and all(k.textFormat() == Qt.TextFormat.PlainText for k in keys)


def test_the_shortcut_overlay_shows_label_names_as_text(qtbot, window) -> None:
    action = QAction(MARKUP, window)
    action.setObjectName("label_markup")
    action.setShortcut(QKeySequence("9"))
    overlay = window.views.help_overlay
    overlay.show_for(window, window.action_table.by_name, [action])
    found = [w for w in overlay.findChildren(QLabel) if MARKUP in w.text()]
    assert found, "the label's row is missing"
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in found)
    overlay.hide()


def test_the_import_report_shows_a_reason_as_text(qtbot) -> None:
    report = ImportReport(problems=[Problem("a<i>.jsonl", "line 3", MARKUP)])
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    for column in range(dialog.table.columnCount()):
        item = dialog.table.item(0, column)
        assert shown(item.toolTip()) == item.text()
    assert shown(dialog.table.item(0, 3).toolTip()) == MARKUP


def test_plain_tooltip_keeps_nothing_active() -> None:
    from razmetka.ui.plain import plain_tooltip

    document = QTextDocument()
    document.setHtml(plain_tooltip(MARKUP))
    assert document.toPlainText() == MARKUP
    assert "<img" not in document.toHtml() and "<a " not in document.toHtml()
    assert plain_tooltip("") == ""
