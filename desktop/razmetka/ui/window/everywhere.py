"""One decision for every occurrence: after a span is accepted, relabelled or rejected, a quiet
hint says how many other places in the article hold the same entity (in any case form), and
a key opens the preview (``dialogs/everywhere_preview.py``) that carries the decision to them
all, in this article or over the corpus, as one undo step."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from razmetka.core.model import Span, SpanStatus
from razmetka.core.store import StoreError
from razmetka.ui.window.annotation import Annotator, elide
from razmetka.ui.window.large_edits import LARGE, LargeEdits
from razmetka.ui.window.layout import WindowViews
from razmetka.ui.window.state import WindowState

# The corpus is searched once the analyst pauses after a decision: loaded then, not at start.
if TYPE_CHECKING:
    from razmetka.core.corpus import Occurrence

ACTION = "everywhere"
HINT_DELAY_MS = 250


def would_change(place: Occurrence, source: Span) -> bool:
    """Whether carrying the decision on ``source`` to ``place`` changes anything there: an
    acceptance tags every place not already accepted so (an accepted span with other bounds
    stays: the analyst decided it); a rejection rejects the same suggestion elsewhere."""
    if source.status is SpanStatus.REJECTED:
        return (
            place.status is SpanStatus.SUGGESTED
            and place.same_bounds
            and place.label == source.label
        )
    if place.status is SpanStatus.ACCEPTED:
        return place.same_bounds and place.label != source.label
    return True


class Everywhere(QObject):
    """The last decision in the open article, its hint, and the preview that spreads it."""

    def __init__(
        self,
        state: WindowState,
        views: WindowViews,
        annotation: Annotator,
        large: LargeEdits | None = None,
    ) -> None:
        super().__init__(state)
        self._state = state
        self._large = large  # writes a decision on very many articles on a job
        self._views = views
        self._annotation = annotation
        self._last: tuple[int, int] | None = None  # (article id, span id) of the last decision
        self.key_text = QKeySequence("Ctrl+Shift+A").toString(
            QKeySequence.SequenceFormat.NativeText
        )
        # The hint is counted once the analyst pauses: decisions in a quick run never wait
        # for it, and only the last one's is shown (it replaces the decision's own message).
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(HINT_DELAY_MS)
        self._hint_timer.timeout.connect(self._hint_last)
        annotation.span_decided.connect(self._decided)

    def _decided(self, span_id: int) -> None:
        article_id = self._state.article_id
        if article_id is None:
            return
        self._last = (article_id, span_id)
        self._hint_timer.start()

    def _hint_last(self) -> None:
        if self._last is not None:
            self._hint(*self._last)

    def _hint(self, article_id: int, span_id: int) -> None:
        source = self._source_by_id(article_id, span_id)
        if source is None:
            return
        try:
            count = len(self.places(article_id, source, whole_corpus=False))
        except (StoreError, sqlite3.Error):
            return  # a hint never fails: a busy or closed file just gives none
        if count:
            entity = elide(self._surface(source), 30)
            text = self.tr("«%1»: %n more in this article — %2", "", count)
            self._state.message(text.replace("%1", entity).replace("%2", self.key_text), 8000)

    def _source_by_id(self, article_id: int, span_id: int) -> Span | None:
        index = self._state.index
        if index is None or self._state.article_id != article_id:
            return None
        span = index.get(span_id)
        if span is None or span.status is SpanStatus.SUGGESTED:
            return None
        return span

    def source(self) -> Span | None:
        """The decision to spread: the current span if it is decided, else the last decision
        made in the open article."""
        current = self._state.current_span()
        if current is not None and current.status is not SpanStatus.SUGGESTED:
            return current
        if self._last is None:
            return None
        return self._source_by_id(*self._last)

    def _surface(self, span: Span) -> str:
        index = self._state.index
        return span.surface(index.text) if index is not None else ""

    def places(self, article_id: int, source: Span, whole_corpus: bool) -> list[Occurrence]:
        """The other occurrences of ``source``'s entity that its decision would change."""
        from razmetka.core import corpus

        store = self._state.store
        find = corpus.occurrences_in_corpus if whole_corpus else corpus.occurrences_in_article
        return [
            place
            for place in find(store, article_id, source)
            if would_change(place, source)
            and (place.article_id, place.start, place.end) != (article_id, source.start, source.end)
        ]

    def describe(self, source: Span) -> str:
        entity = elide(self._surface(source))
        if source.status is SpanStatus.REJECTED:
            text = self.tr("Reject %1 «%2» everywhere")
        else:
            text = self.tr("Tag %1 «%2» everywhere")
        return text.replace("%1", source.label).replace("%2", entity)

    def open_preview(self) -> None:
        """Ctrl+Shift+A: the preview of the last decision carried everywhere."""
        from razmetka.ui.dialogs import everywhere_preview

        state = self._state
        source = self.source()
        article_id = state.article_id
        if source is None or article_id is None:
            state.message(self.tr("Accept, relabel or reject a span first"), 4000)
            QApplication.beep()
            return
        description = self.describe(source)
        try:
            chosen = everywhere_preview.ask(
                description,
                lambda whole: self.places(article_id, source, whole),
                self._views.text_view.window(),
            )
        except StoreError as exc:
            state.message(str(exc), 8000)
            return
        if chosen:
            self.apply(source, chosen, description)

    def apply(self, source: Span, chosen: list[Occurrence], description: str) -> None:
        from razmetka.core.everywhere import decide_everywhere

        store = self._state.store
        label = None if source.status is SpanStatus.REJECTED else source.label
        articles = len({place.article_id for place in chosen})
        if self._large is not None and articles > LARGE:
            self._large.apply(
                lambda store: decide_everywhere(store, chosen, label, source.normal), description
            )
            return
        try:
            edits = decide_everywhere(store, chosen, label, source.normal)
        except StoreError as exc:
            self._state.message(str(exc), 8000)
            return
        self._annotation.run_edits(edits, description)
