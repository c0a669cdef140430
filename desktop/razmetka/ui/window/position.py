"""Where the analyst is — the open article, the current span, the scroll position — kept in the
database, so that reopening the file (even after the process was killed) comes back to it.

Moving from span to span (J/K, clicks, the table) writes nothing at once: a write transaction
may wait behind an import's, and J/K must never wait. The position is written when it matters —
on opening another article, after a decision, on close — and after a pause in moving.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject, QTimer

from razmetka.core.store import NotSaved
from razmetka.ui.views.text_view import TextView
from razmetka.ui.window.state import WINDOW_WAIT_MS, WindowState
from razmetka.ui.wording import error_words

ARTICLE, SPAN, SCROLL = "ui.article", "ui.span", "ui.scroll"
PAUSE_MS = 600  # moving stopped this long: the position is worth a write


class SavedPosition(NamedTuple):
    article_id: int | None
    span_id: int | None
    scroll: int | None


def _number(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


class PositionKeeper(QObject):
    """Writes the position to the store when it matters; reads it back on opening a file."""

    def __init__(self, state: WindowState, text_view: TextView) -> None:
        super().__init__(state)
        self._state = state
        self._text_view = text_view
        self._written: dict[str, str] = {}  # what the store holds, so nothing is written twice
        self._moved = False
        self._scrolled = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.save_moves)
        state.current_moved.connect(self._span_moved)
        state.article_opened.connect(lambda _id: self._save(article=True, span=True))
        text_view.verticalScrollBar().valueChanged.connect(lambda _value: self._view_scrolled())

    def saved(self) -> SavedPosition:
        """The position the store holds for this file."""
        get = self._state.store.state.get
        values = {key: get(key) for key in (ARTICLE, SPAN, SCROLL)}
        self._written = {key: value for key, value in values.items() if value is not None}
        return SavedPosition(*(_number(values[key]) for key in (ARTICLE, SPAN, SCROLL)))

    def forget(self) -> None:
        """Another file is open: nothing of its position is known yet."""
        self._written = {}
        self._moved = self._scrolled = False
        self._pause.stop()

    def _span_moved(self) -> None:
        self._moved = True
        self._pause.start()

    def _view_scrolled(self) -> None:
        self._scrolled = True
        self._pause.start()

    def save_moves(self) -> None:
        """Write the span and scroll moves not yet written (a decision, a pause in moving)."""
        self._save(span=self._moved, scroll=self._scrolled)

    def save_all(self) -> None:
        """Write the whole position (on close, before another file is opened)."""
        self._pause.stop()
        self._save(article=True, span=True, scroll=True, wait_ms=WINDOW_WAIT_MS)

    def _save(
        self, article: bool = False, span: bool = False, scroll: bool = False, wait_ms: int = 0
    ) -> None:
        state = self._state
        if state.article is None:
            return
        values = {}
        if article:
            values[ARTICLE] = str(state.article.id)
        if span and state.current_id is not None:
            values[SPAN] = str(state.current_id)
        if scroll:
            values[SCROLL] = str(self._text_view.first_visible_index())
        self._moved = self._moved and not span
        self._scrolled = self._scrolled and not scroll
        changed = {k: v for k, v in values.items() if self._written.get(k) != v}
        if changed:
            self._write(changed, wait_ms)

    def _write(self, values: dict[str, str], wait_ms: int) -> None:
        store = self._state.store
        # While moving, a position is not worth waiting for: when another program is writing,
        # it is left unwritten (and written at the next pause, decision or close), and the key
        # answers at once. A decision refused just before keeps its message on screen.
        store.wait_when_busy(wait_ms)
        try:
            store.state.set_many(values)  # one transaction for the lot
        except NotSaved:
            return
        except Exception as exc:  # sqlite3's: a locked file must not break moving
            self._state.message(error_words(exc), 5000)
            return
        finally:
            store.wait_when_busy(WINDOW_WAIT_MS)
        self._written.update(values)
