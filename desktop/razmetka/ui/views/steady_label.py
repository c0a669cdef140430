"""A label for text that changes with every decision: counts, progress, captions."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

# What changes the room a text needs without a new text: a style sheet's font or padding.
_REFIT = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish)


class SteadyLabel(QLabel):
    """Keeps a fixed size that only grows. A plain QLabel asks its layout to re-lay out on
    every new text, and the window then repaints everything around it; this one repaints
    itself alone unless its text no longer fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(0, 0)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._fit()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in _REFIT:
            # The text was measured in the font it had then: a style applied afterwards
            # (the window's theme, at start-up) would clip it ("Done: 0 of").
            self._fit()
        return handled

    def _fit(self) -> None:
        hint = self.sizeHint()  # the size the text needs, whatever the fixed size
        if hint.width() > self.minimumWidth() or hint.height() != self.minimumHeight():
            self.setFixedSize(max(hint.width(), self.minimumWidth()), hint.height())
