"""Normal forms edited by the analyst: F2, the span menu or a double click on the span table's
Normal form cell asks for the current span's normal form and stores it as an undoable edit; an
export carries it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject

from razmetka.core import actions
from razmetka.ui.views.span_table import SpanTableModel
from razmetka.ui.window.annotation import Annotator, elide
from razmetka.ui.window.layout import WindowViews
from razmetka.ui.window.state import WindowState


class NormalForms(QObject):
    def __init__(self, state: WindowState, views: WindowViews, annotation: Annotator) -> None:
        super().__init__(state)
        self._state = state
        self._views = views
        self._annotation = annotation
        views.span_table.doubleClicked.connect(self._double_clicked)

    def _double_clicked(self, index: QModelIndex) -> None:
        """A double click on a normal form in the span table edits it."""
        if index.column() == SpanTableModel.NORMAL:
            span = self._views.span_model.span_at(index.row())
            if span is not None and span.id == self._state.current_id:
                self.edit_current()

    def edit_current(self) -> None:
        from razmetka.ui.dialogs import normal_form

        state = self._state
        span = state.current_span()
        if span is None or state.index is None:
            state.message(self.tr("No span is selected"), 3000)
            return
        surface = span.surface(state.index.text)
        typed = normal_form.ask(surface, span.normal, self._views.text_view.window())
        if typed is None:
            return
        store = state.store
        text = self.tr("Normal form of «%1»: %2").replace("%1", elide(surface))
        self._annotation.run_edit(
            lambda: actions.set_normal(store, span.id or 0, typed),
            text.replace("%2", elide(" ".join(typed.split())) or "—"),
            (span.start, span.end, span.id),
        )
