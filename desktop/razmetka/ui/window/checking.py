"""The consistency check in the window: F7 runs ``core.check`` and lists its findings in a
dock; Enter on one opens the place it names (the article, the span selected, or the untagged
text); Ctrl+Shift+F fixes the chosen finding or place where a fix is defined (relabel to the
usual label, tag the missed name) as one undoable edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMainWindow

from razmetka.core.model import SpanStatus
from razmetka.core.store import StoreError
from razmetka.ui.window.annotation import Annotator
from razmetka.ui.window.layout import WindowViews
from razmetka.ui.window.navigation import Navigator
from razmetka.ui.window.state import WindowState
from razmetka.ui.wording import error_words, filled, finding_words

# The check and its fixes are loaded when the analyst first runs it (F7), not with the window.
if TYPE_CHECKING:
    from razmetka.core.check import Place
    from razmetka.ui.views.check_panel import CheckPanel


class Checking(QObject):
    def __init__(
        self,
        state: WindowState,
        views: WindowViews,
        navigation: Navigator,
        annotation: Annotator,
        window: QMainWindow,
    ) -> None:
        super().__init__(state)
        self._state = state
        self._views = views
        self._navigation = navigation
        self._annotation = annotation
        self._window = window
        self._panel: CheckPanel | None = None

    @property
    def panel(self) -> CheckPanel:
        """The findings' dock, made when the check first runs: its tree and dock widgets cost
        every start of the window 15 ms (PySide6 readies a Qt class when it is first used)."""
        if self._panel is None:
            from razmetka.ui.views.check_panel import CheckPanel

            self._panel = CheckPanel(self._window)
            # Where the analyst left it (the window's saved state knows docks made later), else
            # below the window, not beside it: beside, it took its width from the article
            # list, whose titles shrank to two letters.
            if not self._window.restoreDockWidget(self._panel):
                self._window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self._panel)
            self._panel.hide()
            self._panel.place_chosen.connect(self.open_place)
        return self._panel

    def run(self) -> None:
        """F7: check the corpus and show the findings."""
        from razmetka.core.check import check

        state = self._state
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            findings = check(state.store)
        except StoreError as exc:
            state.message(error_words(exc), 8000)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.panel.show_findings(findings)
        self.panel.show()
        self.panel.raise_()
        self.panel.tree.setFocus()
        if findings:
            state.message(
                self.tr("%n finding(s): Enter opens one, Ctrl+Shift+F fixes it", "", len(findings)),
                8000,
            )
        else:
            state.message(self.tr("No finding: the annotations agree"), 5000)

    def open_place(self, place: Place) -> None:
        """The article, with the span at the place selected (or its text, when untagged)."""
        if self._state.article_id != place.article_id:
            self._navigation.open_article(place.article_id)
        index = self._state.index
        if index is None or self._state.article_id != place.article_id:
            return
        spans = [
            s
            for s in index.overlapping(place.start, place.end)
            if (s.start, s.end) == (place.start, place.end) and s.status is SpanStatus.ACCEPTED
        ]
        if spans:
            self._navigation.set_current(spans[0].id)
        else:
            view = self._views.text_view
            cursor = QTextCursor(view.document())
            cursor.setPosition(index.to_utf16(place.start))
            cursor.setPosition(index.to_utf16(place.end), QTextCursor.MoveMode.KeepAnchor)
            view.setTextCursor(cursor)
        self._views.text_view.setFocus()

    def fix_current(self) -> None:
        """Ctrl+Shift+F: fix the chosen finding (every place it names) or the chosen place."""
        from razmetka.core.corpus import Occurrence
        from razmetka.core.everywhere import decide_everywhere
        from razmetka.core.normal import normal_form

        state = self._state
        finding, places = self.panel.current() if self._panel is not None else (None, [])
        if finding is None or not places:
            state.message(self.tr("Choose a finding in the check panel first (F7)"), 4000)
            return
        if finding.label is None:
            state.message(self.tr("No fix is defined for different bounds: resize the span"), 6000)
            QApplication.beep()
            return
        found = [
            Occurrence(p.article_id, p.external_id, p.start, p.end, p.text, "", "") for p in places
        ]
        normal = normal_form(places[0].text, finding.label) if finding.kind == "missed" else None
        try:
            edits = decide_everywhere(state.store, found, finding.label, normal)
        except StoreError as exc:
            state.message(error_words(exc), 8000)
            return
        text = filled(self.tr("Fix: %1"), [finding_words(finding)])
        if self._annotation.run_edits(edits, text) is not None:
            self.panel.remove_current()
