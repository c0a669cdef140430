"""Noticing what other processes (another window, a job's connection, the command line) wrote
to the file, and showing it: when the window is activated, and while a job reports."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from razmetka.ui.window.layout import WindowViews
from razmetka.ui.window.state import WindowState

REFRESH_MS = 700  # background jobs report often; the window refreshes at most this often


class StoreWatcher(QObject):
    """Refreshes the article list's counts and says when the open article must be read again.

    Signals: article_changed() — the open article got spans from elsewhere (read it again);
    article_gone() — there is no open article, or it is no longer in the list (restore one).
    """

    article_changed = Signal()
    article_gone = Signal()

    def __init__(self, state: WindowState, views: WindowViews) -> None:
        super().__init__(state)
        self._state = state
        self._views = views
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh_counts)

    def refresh_if_changed(self) -> bool:
        """Reload from the store when another program (or a job) wrote to the file."""
        version = self._state.read_data_version()
        if version == self._state.seen_version:
            return False
        self._state.seen_version = version
        self.refresh_from_store()
        return True

    def refresh_from_store(self) -> None:
        """Show what the store holds now (another window or program wrote to it)."""
        self.refresh_counts(reload_article=True)

    def refresh_soon(self) -> None:
        """Refresh once the current burst of reports is over."""
        if not self._timer.isActive():
            self._timer.start()

    def refresh_counts(self, reload_article: bool = False) -> None:
        """Counts in the list and, when the open article got new spans (or ``reload_article``),
        the article itself."""
        state, model = self._state, self._views.article_model
        if model.update():
            self._views.article_list.select(state.article_id)
        summary = model.summary(state.article_id) if state.article_id is not None else None
        if state.article is None or state.index is None:
            if model.rowCount():
                self.article_gone.emit()
        elif summary is None:
            self.article_gone.emit()
        else:
            total = summary.pending + summary.accepted + summary.rejected
            if reload_article or total != state.index.total:
                self.article_changed.emit()
        state.seen_version = state.read_data_version()
        state.counts_changed.emit()

    def stop(self) -> None:
        self._timer.stop()
