"""Moving through articles and spans: open an article, step to the next span or article, and
bring back a saved position. A long article's spans beyond its first stretch are read here too,
a chunk at a time while the window is idle."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QApplication

from razmetka.core.model import ArticleStatus, SpanStatus
from razmetka.core.store import StoreError
from razmetka.ui.views.spans import SpanIndex
from razmetka.ui.window.layout import WindowViews
from razmetka.ui.window.position import SavedPosition
from razmetka.ui.window.state import WindowState
from razmetka.ui.wording import error_words

UNFINISHED = (ArticleStatus.TODO, ArticleStatus.IN_PROGRESS)


class Navigator(QObject):
    """Opens articles and moves the current span; announces both through the shared state."""

    def __init__(self, state: WindowState, views: WindowViews) -> None:
        super().__init__(state)
        self._state = state
        self._views = views
        # Article, span and scroll position to bring back once the window has its size.
        self._pending_scroll: tuple[int, int | None] | None = None
        self._retired: SpanIndex | None = None
        self._retire_timer = self._timer(300, self.free_retired)
        # The rest of a long article's spans is read a chunk at a time, this far apart, so
        # that a key press waits for one chunk at most and the window stays responsive.
        self._load_timer = self._timer(20, self._load_some_spans)
        views.article_list.article_chosen.connect(self.open_article)
        views.text_view.span_clicked.connect(lambda span_id: self.set_current(span_id, False))
        views.span_table.selectionModel().currentRowChanged.connect(self._span_row_changed)

    def _timer(self, interval_ms: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    # -- articles

    def open_article(
        self, article_id: int, span_id: int | None = None, scroll: int | None = None
    ) -> None:
        """Show an article; ``span_id`` and ``scroll`` restore a saved position."""
        state, views = self._state, self._views
        try:
            article = state.store.articles.get(article_id)
            index = SpanIndex.opening(
                article.text,
                partial(state.store.spans.starting, article_id),  # read by stretches of text
                partial(self._span_totals, article_id),
                state.show_rejected,
            )
        except StoreError as exc:
            state.message(error_words(exc), 8000)
            return
        state.article = article
        # Freeing a large article's spans takes a while: do it after the new one is on screen.
        self._retired = state.index
        self._retire_timer.start()
        state.index = index
        index.counts_corrected = self._counts_corrected_later
        if not index.complete:
            self._load_timer.start()
        state.current_id = None
        views.text_view.set_article(index)
        views.span_model.set_index(index)
        state.header_changed.emit(article.status)
        views.article_list.select(article_id)
        if scroll is not None:
            views.text_view.scroll_to_index(scroll)
        if index.get(span_id) is not None and index.row(span_id) is not None:
            self.set_current(span_id, follow=scroll is None)
        else:
            first = index.pending_after(0)
            self.set_current(first.id if first else None)
        state.counts_changed.emit()
        state.article_opened.emit(article_id)
        self._focus_text()

    def _focus_text(self) -> None:
        """Keys go to the text, where a missed entity is selected with Shift+arrows; but not
        while the analyst walks the article list or types a search (that opens articles too)."""
        focused = QApplication.focusWidget()
        article_list = self._views.article_list
        if focused is None or not article_list.isAncestorOf(focused):
            self._views.text_view.setFocus()

    def free_retired(self) -> None:
        """Let the previous article's spans go (the window is idle again)."""
        self._retired = None

    def reload_article(self) -> None:
        """Read the open article again from the store, keeping the position."""
        article_id = self._state.article_id
        if article_id is not None:
            text_view = self._views.text_view
            self.open_article(article_id, self._state.current_id, text_view.first_visible_index())

    def show_nothing(self) -> None:
        """No article to show (an empty database)."""
        state = self._state
        state.article = None
        state.index = None
        self._views.text_view.set_article(None)
        self._views.span_model.set_index(None)
        state.header_changed.emit(None)
        state.counts_changed.emit()

    def _span_totals(self, article_id: int) -> dict[SpanStatus, int]:
        """The article's span counts: the list's, unless another program wrote since the list
        was last read (then the store's)."""
        summary = self._views.article_model.summary(article_id)
        if summary is None or self._state.written_elsewhere():
            summary = self._state.store.lists.summary(article_id)
        return {
            SpanStatus.SUGGESTED: summary.pending,
            SpanStatus.ACCEPTED: summary.accepted,
            SpanStatus.REJECTED: summary.rejected,
        }

    def _load_some_spans(self) -> None:
        """Read the open article's next chunk of spans while the window is idle."""
        index = self._state.index
        if index is not None and not index.complete:
            index.load_chunk()
            if not index.complete:
                self._load_timer.start()

    def _counts_corrected_later(self) -> None:
        # Reported from inside a paint or a query: the models change on the next turn.
        QTimer.singleShot(0, self._counts_corrected)

    def _counts_corrected(self) -> None:
        state, views = self._state, self._views
        if state.index is None or state.article is None:
            return
        with state.moving_rows():
            views.span_model.refresh()
        views.text_view.spans_changed()
        views.span_table.select_span(state.current_id)
        views.article_model.set_counts(state.article.id or 0, state.index.counts)
        state.counts_changed.emit()

    def next_article_id(self, step: int = 1, unfinished_first: bool = True) -> int | None:
        """The article ``step`` places on in the list (the next unfinished one, if asked)."""
        model = self._views.article_model
        current = self._state.article_id
        if unfinished_first:
            found = model.next_unfinished(current, step)
            if found is not None:
                return found
        count = model.rowCount()
        if not count:
            return None
        row = model.row_of(current)
        target = model.article_at(((row if row is not None else -1) + step) % count)
        return target if target != current else None

    def step_article(self, step: int) -> None:
        target = self.next_article_id(step, unfinished_first=False)
        if target is not None:
            self.open_article(target)

    # -- the current span

    def set_current(self, span_id: int | None, follow: bool = True) -> None:
        """Make ``span_id`` current in the text and the table; ``follow`` scrolls to it."""
        self._state.current_id = span_id
        self._views.text_view.set_current(span_id, follow)
        self._views.span_table.select_span(span_id)
        if span_id is not None:
            self._state.current_moved.emit()

    def _span_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        state = self._state
        if state.rows_moving:
            return
        span = self._views.span_model.span_at(current.row()) if current.isValid() else None
        if span is not None and span.id != state.current_id:
            state.current_id = span.id
            self._views.text_view.set_current(span.id, follow=True)
            state.current_moved.emit()

    def step(self, step: int) -> None:
        """To the next (``step`` 1) or previous (-1) pending suggestion, else any span."""
        index = self._state.index
        if index is None:
            return
        pending = index.counts[SpanStatus.SUGGESTED] > 0
        target = index.neighbour(self._state.current_id, step, pending_only=pending)
        if target is None:
            self._state.message(self.tr("No spans in this article"), 3000)
            return
        self._views.text_view.clear_selection()
        self.set_current(target.id)
        self._views.text_view.setFocus()

    def set_show_rejected(self, show: bool) -> None:
        state, views = self._state, self._views
        state.show_rejected = show
        state.settings.setValue("view/showRejected", show)
        if state.index is not None:
            state.index.set_show_rejected(show)
            views.span_model.refresh()
            views.text_view.spans_changed()
            shown = state.index.row(state.current_id) is not None
            self.set_current(state.current_id if shown else None, follow=False)
            state.counts_changed.emit()

    # -- the saved position

    def restore(self, saved: SavedPosition) -> None:
        """Open the saved article at the saved span, or the first unfinished article."""
        article_id, span_id, scroll = saved
        model = self._views.article_model
        if article_id is None or model.summary(article_id) is None:
            article_id = model.next_unfinished(None) or model.article_at(0)
            span_id = scroll = None
        if article_id is None:
            self.show_nothing()
            return
        # The layout must know the viewport's size before a scroll position means anything.
        if scroll is not None:
            self._pending_scroll = (scroll, span_id)
        self.open_article(article_id, span_id, scroll)

    def window_shown(self) -> None:
        """The window has its size now: scroll to the restored position."""
        pending, self._pending_scroll = self._pending_scroll, None
        if QApplication.focusWidget() is None:
            self._views.text_view.setFocus()  # the first key an analyst types goes to the text
        if pending is not None:
            QTimer.singleShot(0, lambda: self._apply_scroll(*pending))

    def _apply_scroll(self, scroll: int, span_id: int | None) -> None:
        self._views.text_view.scroll_to_index(scroll)
        if span_id is not None and self._state.current_id == span_id:
            self._views.text_view.set_current(span_id, follow=False)

    def stop(self) -> None:
        """The window closes: no more idle reading."""
        self._load_timer.stop()
