"""The adjudication panel: where two analysts' versions of the open article differ, side by
side (A's span | B's span, each with the text around it), and which side the curated result
holds at each place. The keys that decide are the window's (``ui/window/adjudication.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from razmetka.core.model import Span
from razmetka.core.team.adjudicate import Choice
from razmetka.ui.plain import plain_label, plain_tooltip

CONTEXT = 24  # characters of text shown on each side of a span


def in_context(text: str, span: Span | None, choice: Choice) -> str:
    """``span`` in the words around the place of ``choice``: «LABEL: …before [span] after…»;
    a dash when that analyst marked nothing there."""
    if span is None:
        return "—"
    start = max(0, choice.start - CONTEXT)
    end = min(len(text), choice.end + CONTEXT)
    before = ("…" if start > 0 else "") + " ".join(text[start : span.start].split())
    after = " ".join(text[span.end : end].split()) + ("…" if end < len(text) else "")
    inside = " ".join(text[span.start : span.end].split())
    words = " ".join(part for part in (before, f"[{inside}]", after) if part)
    return f"{span.label}: {words}"


class AdjudicationPanel(QWidget):
    """Shown under the text while the open article is disputed; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjudicationPanel")
        self.caption = plain_label(QLabel(self))
        self.caption.setObjectName("panelCaption")
        self.caption.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("adjudicationTable")
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the text
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        self.setMaximumHeight(220)

    def show_choices(
        self, names: tuple[str, str], text: str, choices: list[Choice], taken: list[str | None]
    ) -> None:
        """One row per place the versions differ; ``taken`` names the side held there."""
        self.table.setHorizontalHeaderLabels(
            [names[0], names[1], self.tr("Taken", "the version the curated result holds")]
        )
        self.table.setRowCount(len(choices))
        for row, choice in enumerate(choices):
            for column, span in enumerate((choice.a, choice.b)):
                cell = in_context(text, span, choice)
                item = QTableWidgetItem(cell)
                item.setToolTip(plain_tooltip(cell))
                self.table.setItem(row, column, item)
        self.set_taken(names, taken)

    def set_taken(self, names: tuple[str, str], taken: list[str | None]) -> None:
        for row, side in enumerate(taken):
            shown = names[0] if side == "a" else names[1] if side == "b" else "—"
            self.table.setItem(row, 2, QTableWidgetItem(shown))

    def set_current(self, row: int | None) -> None:
        if row is None:
            self.table.clearSelection()
            return
        self.table.selectRow(row)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.scrollToItem(item)

    def current_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None
