"""What the window says about the open article: its title and metadata line, its span counts
in the status bar and the span table's caption, and the overall progress."""

from __future__ import annotations

from PySide6.QtCore import QObject

from razmetka.core.model import ArticleStatus, SpanStatus
from razmetka.ui.i18n import article_status_name
from razmetka.ui.window.layout import WindowViews
from razmetka.ui.window.state import WindowState


class ArticleCaptions(QObject):
    """Redraws the captions when the shared state says counts or the header changed."""

    def __init__(self, state: WindowState, views: WindowViews) -> None:
        super().__init__(state)
        self._state = state
        self._views = views
        state.counts_changed.connect(self.update_counts)
        state.header_changed.connect(self.update_header)

    def update_header(self, status: ArticleStatus | None = None) -> None:
        """Title and metadata line; ``status`` when the caller has just read it."""
        article, views = self._state.article, self._views
        if article is None:
            views.header.setText(self.tr("No article"))
            views.meta.setText(
                self.tr("File ▸ Import files… (Ctrl+I) adds articles to this database.")
            )
            return
        model = views.article_model
        summary = model.summary(article.id or 0)
        title = article.title.strip() or (
            model.title(model.row_of(article.id or 0) or 0) if summary else ""
        )
        views.header.setText(title)
        if status is None:
            status = self._state.store.articles.status(article.id or 0)
        ident = article.external_id or f"#{article.id}"
        source = article.source
        parts = [p for p in (article.date, source) if p]
        if not source or ident not in source:
            parts.append(ident)
        parts.append(article_status_name(status))
        views.meta.setText(" · ".join(parts))

    def update_counts(self) -> None:
        index, views = self._state.index, self._views
        if index is not None:
            counts = index.counts
            views.counts_label.setText(
                self.tr("%1 pending · %2 accepted · %3 rejected")
                .replace("%1", str(counts[SpanStatus.SUGGESTED]))
                .replace("%2", str(counts[SpanStatus.ACCEPTED]))
                .replace("%3", str(counts[SpanStatus.REJECTED]))
            )
            views.span_caption.setText(
                self.tr("Spans (%1)").replace("%1", str(index.visible_count))
            )
        done, total = views.article_model.progress()
        views.progress_label.setText(
            self.tr("Done %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        )
