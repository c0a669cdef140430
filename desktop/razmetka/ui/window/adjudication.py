"""Adjudication in the window: an article two analysts annotated differently shows where their
versions differ (``views/adjudication_panel.py``), the current place marked in the text. Keys
take A's span or B's into the curated result, or hand the place to the usual span editing;
others step through the places, finish the article and open the next disputed one. Every take
is an edit on the window's undo stack, on disk once made, as every other decision."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from razmetka.core.edits import Edit
from razmetka.core.model import Span, SpanStatus
from razmetka.core.store import StoreError
from razmetka.ui.window.annotation import Annotator
from razmetka.ui.window.layout import WindowViews
from razmetka.ui.window.navigation import Navigator
from razmetka.ui.window.state import WindowState
from razmetka.ui.wording import error_words

# Team work is loaded with the first article two analysts annotated, not with the window.
if TYPE_CHECKING:
    from razmetka.core.team.adjudicate import Choice
    from razmetka.ui.views.adjudication_panel import AdjudicationPanel

MESSAGE_MS = 4000


class Adjudication(QObject):
    """The open article's differences between two versions, and the adjudicator's keys."""

    def __init__(
        self,
        state: WindowState,
        views: WindowViews,
        navigation: Navigator,
        annotation: Annotator,
    ) -> None:
        super().__init__(state)
        self._state = state
        self._views = views
        self._navigation = navigation
        self._annotation = annotation
        self.names: tuple[str, str] = ("", "")
        self.choices: list[Choice] = []
        self.row: int | None = None
        self._article_id: int | None = None
        state.article_opened.connect(self._article_opened)
        state.counts_changed.connect(self._show_taken)

    @property
    def panel(self) -> AdjudicationPanel:
        """The places where the versions differ, under the text; made with the first disputed
        article."""
        made = self._views.has_adjudication_panel
        panel = self._views.adjudication_panel
        if not made:
            panel.table.cellClicked.connect(lambda row, _column: self._go(row))
        return panel

    # -- what is shown

    def _article_opened(self, article_id: int) -> None:
        same = article_id == self._article_id
        self._article_id = article_id
        self.choices = []
        try:
            versions = self._state.store.team.versions(article_id)
            two = None
            if versions:  # an analyst's package came in: team work is loaded now
                from razmetka.core.team import adjudicate

                two = adjudicate.pair(versions)
            if two is not None:
                a, b = two  # read once: each version is a query per analyst
                self.names = (a.analyst, b.analyst)
                self.choices = adjudicate.choices(adjudicate.differences(a, b))
        except StoreError as exc:
            self._state.message(error_words(exc), 8000)
        if not self.choices:
            self.row = None
            if self._views.has_adjudication_panel:
                self.panel.hide()
            return
        article = self._state.article
        self.panel.show_choices(self.names, article.text if article else "", self.choices, [])
        self._show_taken()
        self.panel.caption.setText(self._caption())
        self.panel.show()
        if same and self.row is not None and self.row < len(self.choices):
            self._go(self.row, follow=False)  # read again (another program wrote): stay put
        else:
            self._go(self._first_open(0))

    def _caption(self) -> str:
        return (
            self.tr("Disputed: %1 and %2 differ in %n place(s).", "", len(self.choices))
            .replace("%1", self.names[0])
            .replace("%2", self.names[1])
        )

    def _taken(self) -> list[str | None]:
        from razmetka.core.team import adjudicate

        store, article_id = self._state.store, self._article_id or 0
        return [adjudicate.taken(store, article_id, choice) for choice in self.choices]

    def _show_taken(self) -> None:
        if self.choices and self._state.article_id == self._article_id:
            self.panel.set_taken(self.names, self._taken())

    def _first_open(self, start: int) -> int:
        """The first place from ``start`` on (wrapping) that no side holds yet, else ``start``."""
        taken = self._taken()
        count = len(self.choices)
        for step in range(count):
            row = (start + step) % count
            if taken[row] is None:
                return row
        return start % count

    def _go(self, row: int, follow: bool = True) -> None:
        """Make place ``row`` current: marked in the text, its span (if any) the current one, so
        that the usual keys act on the same place."""
        self.row = row
        self.panel.set_current(row)
        choice = self.choices[row]
        self._views.text_view.set_mark((choice.start, choice.end))
        live = self._live_spans(choice) if follow else []
        if live:
            self._navigation.set_current(live[0].id)

    def _live_spans(self, choice: Choice) -> list[Span]:
        index = self._state.index
        if index is None:
            return []
        return [
            s
            for s in index.overlapping(choice.start, choice.end)
            if s.status in (SpanStatus.ACCEPTED, SpanStatus.SUGGESTED) and s.id is not None
        ]

    def _current(self) -> Choice | None:
        if not self.choices or self.row is None or self._state.article_id != self._article_id:
            self._state.message(self.tr("This article is not disputed"), MESSAGE_MS)
            QApplication.beep()
            return None
        return self.choices[self.row]

    # -- the keys

    def step(self, step: int) -> None:
        if self._current() is not None and self.row is not None:
            self._go((self.row + step) % len(self.choices))
            self._state.message(
                self.tr("Difference %1 of %2")
                .replace("%1", str((self.row or 0) + 1))
                .replace("%2", str(len(self.choices))),
                MESSAGE_MS,
            )

    def take_a(self) -> None:
        self._take(0)

    def take_b(self) -> None:
        self._take(1)

    def _take(self, side: int) -> None:
        from razmetka.core.team import adjudicate

        choice = self._current()
        if choice is None:
            return
        store, article_id = self._state.store, self._article_id or 0
        span = (choice.a, choice.b)[side]
        name = self.names[side]
        if span is None:
            text = self.tr("Take %1's version: no span").replace("%1", name)
            applied = self._annotation.run_edit(
                lambda: adjudicate.take_nothing_edit(store, article_id, choice.start, choice.end),
                text,
            )
        else:
            text = self.tr("Take %1's span").replace("%1", name)
            applied = self._annotation.run_edit(
                lambda: adjudicate.take_edit(store, article_id, span), text
            )
        if applied is not None:
            self._started(applied)
            if self.row is not None:
                self._go(self._first_open(self.row))

    def _started(self, applied: Edit, finished: bool = False) -> None:
        """Note the article as adjudicated (a later merge leaves its curated spans alone)."""
        store = self._state.store
        if store.read_only:
            return
        try:
            with store.transaction():
                store.team.start_adjudication(applied.article_id, store.annotator)
                if finished:
                    store.team.finish_adjudication(applied.article_id)
        except StoreError as exc:
            self._state.message(error_words(exc), 8000)
        except sqlite3.Error as exc:  # busy for longer than the window waits
            self._state.message(str(exc), 8000)

    def edit(self) -> None:
        """Hand the place to the usual span editing: its span current, else its text selected."""
        choice = self._current()
        index = self._state.index
        if choice is None or index is None:
            return
        live = self._live_spans(choice)
        view = self._views.text_view
        if live:
            self._navigation.set_current(live[0].id)
        else:
            cursor = view.textCursor()
            cursor.setPosition(index.to_utf16(choice.start))
            cursor.setPosition(index.to_utf16(choice.end), QTextCursor.MoveMode.KeepAnchor)
            view.setTextCursor(cursor)
        view.setFocus()
        self._state.message(
            self.tr("Edit here with the usual keys: a label's key, Alt+arrows, X, Del"), 6000
        )

    def finish(self) -> None:
        """The spans both agree on join the curated result, the article is done; then the next
        disputed article opens."""
        from razmetka.core.team import adjudicate

        if self._current() is None:
            return
        store, article_id = self._state.store, self._article_id or 0
        applied = self._annotation.run_edit(
            lambda: adjudicate.finish_edit(store, article_id), self.tr("Finish adjudication")
        )
        if applied is not None:
            self._started(applied, finished=True)
            self.next_disputed()

    def next_disputed(self) -> None:
        """Open the next disputed article after the open one (wrapping), in id order."""
        from razmetka.core.team import adjudicate

        try:
            ids = adjudicate.disputed(self._state.store)
        except StoreError as exc:
            self._state.message(error_words(exc), 8000)
            return
        current = self._state.article_id or 0
        later = [i for i in ids if i > current] or [i for i in ids if i != current]
        if not later:
            self._state.message(self.tr("No other disputed article"), MESSAGE_MS)
            return
        self._navigation.open_article(later[0])
