"""The labels of the open file: their colours in the views, their keys, and the label editor."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from razmetka.core.model import Label
from razmetka.ui.window.actions import RESERVED_KEYS, ActionTable
from razmetka.ui.window.layout import WindowViews
from razmetka.ui.window.state import WindowState


class LabelSet(QObject):
    """Shows the store's labels everywhere they appear.

    Signals: edited() — the label editor changed a label (the open article is read again).
    """

    edited = Signal()

    def __init__(
        self, state: WindowState, views: WindowViews, table: ActionTable, window: QMainWindow
    ) -> None:
        super().__init__(state)
        self._state = state
        self._views = views
        self._table = table
        self._window = window
        self.labels: list[Label] = []

    def reload(self) -> None:
        """Read the labels again: colours, the legend, the label keys and menus."""
        self.labels = self._state.store.labels.all()
        colors = {label.name: label.color for label in self.labels}
        self._views.text_view.set_colors(colors)
        self._views.span_model.set_colors(colors)
        self._views.legend.set_labels(self.labels)
        self._table.set_labels(self.labels)
        self._views.text_view.viewport().update()

    def follow_store(self) -> None:
        """The store may hold labels the window has not shown (an import brought them, or
        another program added them): show them, without rebuilding anything when none did."""
        try:
            labels = self._state.store.labels.all()
        except Exception:  # a closed or unreadable file: keep what is shown
            return
        if labels != self.labels:
            self.reload()

    def edit(self) -> None:
        """The label editor; the window follows every change it makes."""
        from razmetka.ui.dialogs.label_editor import LabelEditor

        dialog = LabelEditor(self._state.store, RESERVED_KEYS, self._window)
        dialog.labels_changed.connect(self.changed)
        dialog.exec()
        dialog.deleteLater()

    def changed(self) -> None:
        self.reload()
        self.edited.emit()
