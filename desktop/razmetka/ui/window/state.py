"""What the window's parts share: the store, the open article, its span index, the current span."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStatusBar

from razmetka.core.model import Article, Span
from razmetka.core.store import Store
from razmetka.ui.views.spans import SpanIndex
from razmetka.ui.window.commands import EditStack

# How long the window's own writes wait for another program's write before they are refused
# as busy: every key that decides waits at most this long, so it is short (SQLite's default
# wait, which the command line and jobs keep, is 30 s: a frozen window).
WINDOW_WAIT_MS = 1000


class WindowState(QObject):
    """The open article as every part sees it. Parts change it and announce the change here.

    Signals: current_moved() — the current span changed;
    article_opened(int) — an article is on screen (its id);
    counts_changed() — span or article counts changed;
    header_changed(object) — the open article's title or status changed (the status when the
    caller knows it, else None).
    """

    current_moved = Signal()
    article_opened = Signal(int)
    counts_changed = Signal()
    header_changed = Signal(object)

    def __init__(
        self, store: Store, settings: QSettings, status_bar: QStatusBar, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.store = store
        store.wait_when_busy(WINDOW_WAIT_MS)
        self.settings = settings
        # An EditStack: the window's parts see a QUndoStack, which it is.
        self.undo_stack: QUndoStack = EditStack(parent)
        self.article: Article | None = None
        self.index: SpanIndex | None = None
        self.current_id: int | None = None
        self.show_rejected = bool(settings.value("view/showRejected", False, type=bool))
        # True while rows come and go under the span table's selection (not the analyst).
        self.rows_moving = False
        self.seen_version = self.read_data_version()
        self._status_bar = status_bar

    def adopt(self, store: Store) -> None:
        """Work on ``store`` from now on (another file was opened)."""
        store.wait_when_busy(WINDOW_WAIT_MS)
        self.store = store

    @property
    def article_id(self) -> int | None:
        return self.article.id if self.article is not None else None

    def current_span(self) -> Span | None:
        return self.index.get(self.current_id) if self.index is not None else None

    def message(self, text: str, timeout_ms: int) -> None:
        """A passing note in the status bar."""
        self._status_bar.showMessage(text, timeout_ms)

    @contextmanager
    def moving_rows(self) -> Iterator[None]:
        """Rows come and go under the table's selection (removing the selected row moves it):
        that is not the analyst choosing a span, so the table is not listened to meanwhile."""
        self.rows_moving = True
        try:
            yield
        finally:
            self.rows_moving = False

    def read_data_version(self) -> int:
        try:
            return self.store.data_version()
        except Exception:  # a closed or unreadable file: treated as unchanged
            return 0

    def written_elsewhere(self) -> bool:
        """Whether another connection committed since the window last read the store."""
        return self.read_data_version() != self.seen_version
