"""Find in article: the hits of the list's search in the open article, highlighted, and the
keys that go from one to the next (F3 and Shift+F3 anywhere; Enter and Shift+Enter in the
search box once the open article is among the results).

What is a hit is ``core/find.py``'s answer, the full-text index's idea of a match; for a search
by entity (``PER:Токаев``), the article's spans that the search found it by. The text view
paints the hits of the lines on screen only, so a long article opens as quickly with a search
as without."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from razmetka.core.store.search import entity_query
from razmetka.ui.window.layout import WindowViews
from razmetka.ui.window.state import WindowState

if TYPE_CHECKING:  # loaded with the first search
    from razmetka.core.find import Finder

MESSAGE_MS = 4000
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class HitFinder(QObject):
    """The hits of the current search in the open article, and the current hit."""

    def __init__(self, state: WindowState, views: WindowViews) -> None:
        super().__init__(views.text_view)
        self._state = state
        self._views = views
        self._finder: Finder | None = None
        self.words = ""  # the words the list's results are for
        self.hits: list[tuple[int, int]] = []
        views.article_list.searched.connect(self._search_changed)
        state.article_opened.connect(lambda _article_id: self._find())
        # A decision changes which spans a search by entity finds.
        state.counts_changed.connect(self._spans_changed)
        views.article_list.search.installEventFilter(self)

    @property
    def current(self) -> int | None:
        """The number of the current hit (from 0), or None before the first step."""
        return self._views.text_view.current_hit

    def _searching(self) -> bool:
        return self._finder is not None or entity_query(self.words) is not None

    def _search_changed(self, words: str) -> None:
        self.words = words
        self._finder = None
        if words.strip():  # the list is searched at start with an empty box too
            from razmetka.core.find import finder

            self._finder = finder(words)
        self._find()
        if self._searching() and self._state.article is not None:
            self._state.message(
                self.tr("Hits in this article: %1").replace("%1", str(len(self.hits))),
                MESSAGE_MS,
            )

    def _find(self) -> None:
        article = self._state.article
        if article is None or article.id is None:
            self.hits = []
        elif self._finder is not None:
            self.hits = self._finder.hits(article.text)
        else:
            self.hits = self._state.store.search.entity_ranges(article.id, self.words) or []
        self._views.text_view.set_hits(self.hits)

    def _spans_changed(self) -> None:
        if self._finder is None and entity_query(self.words) is not None:
            self._find()

    def next_hit(self) -> None:
        self._step(1)

    def previous_hit(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        """Go to the next (or previous) hit, wrapping around; the first step goes from the top
        of the view, so the hits are walked from where the analyst is reading (an article just
        opened: its first hit)."""
        if not self._searching():
            self._state.message(self.tr("Type words to find in the search box (Ctrl+F)"), 4000)
            return
        if not self.hits:
            self._state.message(self.tr("No hits in this article"), MESSAGE_MS)
            return
        view = self._views.text_view
        count = len(self.hits)
        if view.current_hit is None:
            after = view.hit_after(view.first_visible_index())
            number = after % count if step > 0 else (after - 1) % count
        else:
            number = (view.current_hit + step) % count
        view.show_hit(number)
        self._state.message(
            self.tr("Hit %1 of %2").replace("%1", str(number + 1)).replace("%2", str(count)),
            MESSAGE_MS,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter in the search box steps through the hits (Shift+Enter back) when the open
        article is already among the results; otherwise it opens the selected result."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
            if event.key() in _ENTER and plain and self._showing_open_article():
                self._step(-1 if modifiers == Qt.KeyboardModifier.ShiftModifier else 1)
                return True
        return False

    def _showing_open_article(self) -> bool:
        model = self._views.article_model
        return bool(self.hits) and model.row_of(self._state.article_id) is not None
