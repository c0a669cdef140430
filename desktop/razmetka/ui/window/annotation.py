"""The analyst's commands on spans and articles, and how an applied edit refreshes the views.

Every command builds an ``Edit`` with ``core.actions`` and pushes an ``EditCommand``
(``commands.py``); the command writes it through the store, and only then do the views show it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import wraps
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from razmetka.core import actions, rules
from razmetka.core.edits import Edit
from razmetka.core.model import ArticleStatus, Span, SpanStatus
from razmetka.core.store import Store, StoreError
from razmetka.ui.window.commands import EditCommand
from razmetka.ui.window.layout import WindowViews
from razmetka.ui.window.navigation import Navigator
from razmetka.ui.window.state import WindowState
from razmetka.ui.wording import error_words

Bounds = Callable[[str, int, int], "tuple[int, int] | None"]
Target = tuple[int, int, "int | None"]  # start, end and id (None: a new span)
_Command = TypeVar("_Command", bound=Callable[..., object])


def elide(text: str, limit: int = 40) -> str:
    """``text`` on one line, cut to ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def settled_and_done(store: Store, article_id: int, accept: bool) -> Edit:
    """Every pending suggestion accepted (colliding ones rejected, as Shift+A does) or rejected,
    and the article done: one edit, so one undo brings all of it back."""
    if accept:
        settled = actions.accept_all(store, article_id)
    else:
        changes = [
            change
            for span in store.spans.of(article_id, [SpanStatus.SUGGESTED])
            for change in actions.reject(store, span.id or 0).spans
        ]
        settled = Edit("reject all", article_id, tuple(changes))
    done = actions.set_status(store, article_id, ArticleStatus.DONE)
    return Edit(f"{settled.action}, done", article_id, settled.spans, done.status)


def _decision(command: _Command) -> _Command:
    """Mark a command as a decision: once it has run (and moved on), ``decided`` is emitted."""

    @wraps(command)
    def run(self: Annotator, *args: object, **kwargs: object) -> object:
        try:
            return command(self, *args, **kwargs)
        finally:
            self.decided.emit()

    return run  # type: ignore[return-value]


class Annotator(QObject):
    """Runs the analyst's commands and shows what the store committed.

    Signals: decided() — a command ran and the window moved on (the position is worth saving);
    span_decided(int) — a span was accepted, rejected or relabelled (the id of the span that
    holds the decision).
    """

    decided = Signal()
    span_decided = Signal(int)

    def __init__(self, state: WindowState, views: WindowViews, navigation: Navigator) -> None:
        super().__init__(state)
        self._state = state
        self._views = views
        self._navigation = navigation
        self._pushing = False
        # True (the analyst told why) while a job holds the file for a decision on many
        # articles: a decision now would only wait for it and be refused as busy.
        self.held: Callable[[], bool] = lambda: False
        views.legend.label_clicked.connect(self.label_key)

    # -- running edits

    def run_edit(
        self, build: Callable[[], Edit], text: str, target: Target | None = None
    ) -> Edit | None:
        """Build an edit from the current state and push it; returns it as applied or None.
        ``target`` is the span the edit makes accepted, to name in a refusal."""
        state = self._state
        if state.article is None or self.held():
            return None
        try:
            edit = build()
        except StoreError as exc:
            state.message(self._refusal(exc, target), 8000)
            QApplication.beep()
            return None
        if edit.is_empty:
            state.message(self.tr("Nothing to change"), 3000)
            return None
        if state.index is not None:
            state.index.read_for(edit.spans)
        command = self._push(EditCommand(state.store, edit, text, self))
        if command.applied is not None:
            state.message(text, 2500)
        return command.applied

    def run_edits(self, edits: Sequence[Edit], text: str) -> tuple[Edit, ...] | None:
        """Push several edits (of several articles) as one undo step; returns them as applied,
        or None when the store refused them (then none of them is applied)."""
        state = self._state
        if self.held():
            return None
        edits = [edit for edit in edits if not edit.is_empty]
        if not edits:
            state.message(self.tr("Nothing to change"), 3000)
            return None
        for edit in edits:
            if state.index is not None and edit.article_id == state.article_id:
                state.index.read_for(edit.spans)
        command = self._push(EditCommand(state.store, edits, text, self))
        if command.applied_all is not None:
            state.message(text, 4000)
        return command.applied_all

    def push_written(self, done: Sequence[Edit], text: str) -> None:
        """One undo step for edits a job has already written and committed."""
        state = self._state
        for edit in done:
            if state.index is not None and edit.article_id == state.article_id:
                state.index.read_for(edit.spans)
        self._push(EditCommand.written(state.store, done, text, self))
        state.message(text, 4000)

    def _push(self, command: EditCommand) -> EditCommand:
        self._pushing = True
        try:
            self._state.undo_stack.push(command)
        finally:
            self._pushing = False
        return command

    def _refusal(self, exc: StoreError, target: Target | None) -> str:
        """Why the store refused, in the interface's language, naming the spans by their text
        (the store's own words are English, with offsets)."""
        index = self._state.index
        if target is None or index is None:
            return error_words(exc)
        start, end, span_id = target
        accepted = [
            s
            for s in index.overlapping(start, end)
            if s.status is SpanStatus.ACCEPTED and s.id != span_id
        ]
        if not accepted:
            return error_words(exc)
        other = accepted[0]
        return (
            self.tr("«%1» would overlap the accepted %2 «%3»: shrink or reject that one first")
            .replace("%1", elide(index.text[start:end]))
            .replace("%2", other.label)
            .replace("%3", elide(other.surface(index.text)))
        )

    @_decision
    def undo(self) -> None:
        self._complete_index()
        self._state.undo_stack.undo()

    @_decision
    def redo(self) -> None:
        self._complete_index()
        self._state.undo_stack.redo()

    def _complete_index(self) -> None:
        """Read every span of the open article, before an undo or redo commits (the index
        takes an edit as a change to what it holds)."""
        if self._state.index is not None:
            self._state.index.finish()

    def edit_applied(self, edit: Edit, undone: bool) -> None:
        """Called by a command after the store committed ``edit``."""
        self.edits_applied((edit,), undone)

    def edits_applied(self, edits: Sequence[Edit], undone: bool) -> None:
        """Called by a command after the store committed ``edits`` (in this order). An undo or
        redo elsewhere opens the article it changed; a decision carried to other articles
        leaves the open one on screen and brings their rows in the list up to date."""
        state = self._state
        fresh = None
        if all(e.article_id != state.article_id for e in edits) and (
            len(edits) == 1 or not self._pushing
        ):
            fresh = edits[0].article_id
            self._views.article_model.refresh(fresh)  # the counts opening starts from
            self._navigation.open_article(fresh)
        others = [e.article_id for e in edits if not self._show_edit(e, e.article_id == fresh)]
        if len(others) > 1:
            self._views.article_model.update()  # the rows read so far, in one query
        elif others:
            self._views.article_model.refresh(others[0])
        if any(edit.status is not None for edit in edits):
            state.header_changed.emit(None)
        here = [e for e in edits if e.article_id == state.article_id]
        if not self._pushing and here:
            self._show_undone(here[0])
        state.counts_changed.emit()

    def _show_edit(self, edit: Edit, opened: bool) -> bool:
        """Bring the views up to date with one committed edit of the open article (``opened``:
        just read afresh, it shows the edit already); False for another article's edit."""
        state, model = self._state, self._views.article_model
        if state.article_id != edit.article_id or state.index is None:
            return False
        if opened:
            pass
        elif not state.index.covers(edit.spans):
            # Committed before the index read that far (the stack driven from outside the
            # window): what is read now holds the edit already, so read the article afresh.
            model.refresh(edit.article_id)
            self._navigation.reload_article()
        else:
            self._show_changes(edit)
        if state.index is None:
            return False
        status = edit.status.after if edit.status is not None else None
        model.set_counts(edit.article_id, state.index.counts, status)
        return True

    def _show_changes(self, edit: Edit) -> None:
        """Update the table's rows and the text's spans that ``edit`` touched."""
        state, views = self._state, self._views
        with state.moving_rows():
            views.span_model.apply(edit.spans)
        touched = [span for c in edit.spans for span in (c.before, c.after) if span]
        views.text_view.spans_changed(touched)
        if state.current_id is not None:
            views.span_table.select_span(state.current_id)

    def _show_undone(self, edit: Edit) -> None:
        """Undo or redo: make the span it touched current."""
        index = self._state.index
        touched = [c.after or c.before for c in edit.spans]
        shown = [
            s
            for s in touched
            if s is not None and index is not None and index.row(s.id) is not None
        ]
        if shown:
            self._navigation.set_current(shown[0].id)

    def edit_failed(self, message: str, article_id: int) -> None:
        self._state.message(self.tr("Not saved: %1").replace("%1", message), 10000)
        QApplication.beep()
        if self._state.article_id == article_id:
            self._navigation.reload_article()
        self._views.article_model.refresh(article_id)

    # -- span commands

    def _need_span(self) -> Span | None:
        span = self._state.current_span()
        if span is None:
            self._state.message(self.tr("No span is selected"), 3000)
        return span

    def _describe(self, verb: str, span: Span | None) -> str:
        if span is None or self._state.index is None:
            return verb
        return f"{verb} {span.label} «{elide(span.surface(self._state.index.text))}»"

    def _relabel_description(self, span: Span, label: str) -> str:
        """«Label LOC «Казахстана» as PER»; a span's own label confirms it: «Accept …»."""
        if span.label == label:
            return self._describe(self.tr("Accept"), span)
        return (
            self.tr("Label %1 as %2")
            .replace("%1", self._describe("", span).strip())
            .replace("%2", label)
        )

    @_decision
    def accept_current(self) -> None:
        self._decide(actions.accept, self.tr("Accept"), announce=True)

    @_decision
    def reject_current(self) -> None:
        self._decide(actions.reject, self.tr("Reject"), announce=True)

    @_decision
    def delete_current(self) -> None:
        self._decide(actions.delete, self.tr("Delete"))

    def _decide(self, action: Callable[..., Edit], verb: str, announce: bool = False) -> None:
        span = self._need_span()
        if span is None:
            return
        store = self._state.store
        target = (span.start, span.end, span.id)
        if self.run_edit(lambda: action(store, span.id or 0), self._describe(verb, span), target):
            self._advance_from(span)
            if announce:
                self.span_decided.emit(span.id or 0)

    def _advance_from(self, span: Span) -> None:
        """After a decision, go to the next pending suggestion (Prodigy's rhythm)."""
        index = self._state.index
        assert index is not None
        target = index.pending_after(span.start + 1)
        if target is None and index.row(span.id) is not None:
            target = index.get(span.id)
        self._navigation.set_current(target.id if target is not None else None)

    def _select_created(self, applied: Edit | None, fallback: int | None) -> None:
        if applied is None:
            return
        created = [c.after for c in applied.spans if c.before is None and c.after is not None]
        target = created[0].id if created else fallback
        self._views.text_view.clear_selection()
        self._navigation.set_current(target)

    @_decision
    def label_key(self, label: str, exact: bool = False) -> None:
        """A label's hotkey: create a span from the selection, else relabel the current span."""
        if self._state.index is None or self._state.article is None:
            return
        selection = self._views.text_view.selection()
        if selection is not None:
            self.create_span(selection[0], selection[1], label, exact)
            return
        span = self._need_span()
        if span is None:
            return
        store = self._state.store
        applied = self.run_edit(
            lambda: actions.relabel(store, span.id or 0, label),
            self._relabel_description(span, label),
            (span.start, span.end, span.id),
        )
        if applied is not None:
            # A relabel is a decision like A and X: on to the next suggestion (undo comes back).
            created = [c.after for c in applied.spans if c.before is None and c.after]
            self._views.text_view.clear_selection()
            self._advance_from(created[0] if created else span)
            self.span_decided.emit((created[0] if created else span).id or 0)

    def create_span(self, start: int, end: int, label: str, exact: bool = False) -> Edit | None:
        """A new span over code points ``[start, end)``: snapped to whole tokens unless
        ``exact``, which keeps the characters and only trims surrounding whitespace."""
        state = self._state
        assert state.index is not None and state.article is not None
        text = state.index.text
        bounds = rules.trim(text, start, end) if exact else rules.snap(text, start, end)
        if bounds is None:
            state.message(self.tr("The selection holds no text"), 4000)
            return None
        store, article_id = state.store, state.article.id or 0
        new_start, new_end = bounds
        description = (
            self.tr("Create %1 «%2»")
            .replace("%1", label)
            .replace("%2", elide(text[new_start:new_end]))
        )
        normal = self.normal_for(new_start, new_end, label)
        applied = self.run_edit(
            lambda: actions.create(store, article_id, new_start, new_end, label, normal),
            description,
            (new_start, new_end, None),
        )
        if applied is not None:
            changed = [
                c.after
                for c in applied.spans
                if c.after is not None
                and c.after.status is SpanStatus.ACCEPTED
                and (c.after.start, c.after.end) == (new_start, new_end)
            ]
            self._views.text_view.clear_selection()
            self._navigation.set_current(changed[0].id if changed else None)
        return applied

    def normal_for(self, start: int, end: int, label: str) -> str | None:
        """The normal form of a span the analyst makes over ``[start, end)``: the same name's
        elsewhere in the article, else the words put in the nominative."""
        from razmetka.core import normal  # loaded with the first span the analyst makes

        index = self._state.index
        if index is None:
            return None
        text = index.text
        known = [(s.surface(text), s.normal) for s in index.by_id.values() if s.normal]
        return normal.normal_form(text[start:end], label, known)

    @_decision
    def resize_current(self, move: Bounds) -> None:
        """Grow or shrink the current span by ``move`` (one of ``core.rules``' steps)."""
        span = self._need_span()
        index = self._state.index
        if span is None or index is None:
            return
        bounds = move(index.text, span.start, span.end)
        if bounds is None:
            self._state.message(self.tr("The span cannot change that way"), 3000)
            return
        text = index.text[bounds[0] : bounds[1]]
        store = self._state.store
        normal = self.normal_for(*bounds, span.label)
        applied = self.run_edit(
            lambda: actions.resize(store, span.id or 0, *bounds, normal),
            self.tr("Resize %1 to «%2»").replace("%1", span.label).replace("%2", elide(text)),
            (bounds[0], bounds[1], span.id),
        )
        self._select_created(applied, span.id)

    @_decision
    def accept_all(self) -> None:
        state = self._state
        if state.article is None:
            return
        store, article_id = state.store, state.article.id or 0
        if self.run_edit(
            lambda: actions.accept_all(store, article_id), self.tr("Accept all suggestions")
        ):
            index = state.index
            kept = index is not None and index.row(state.current_id) is not None
            self._navigation.set_current(state.current_id if kept else None)

    # -- article commands

    def set_article_status(self, status: ArticleStatus, text: str) -> Edit | None:
        state = self._state
        if state.article is None:
            return None
        store, article_id = state.store, state.article.id or 0
        return self.run_edit(lambda: actions.set_status(store, article_id, status), text)

    def _title(self) -> str:
        return elide(self._views.header.text())

    def done_and_next(self) -> None:
        state = self._state
        if state.article is None:
            return
        target = self._navigation.next_article_id()
        pending = state.index.counts[SpanStatus.SUGGESTED] if state.index is not None else 0
        if pending:
            if not self._settle_pending(pending):
                return
        elif state.store.articles.status(state.article.id or 0) is not ArticleStatus.DONE and (
            self.set_article_status(
                ArticleStatus.DONE, self.tr("Mark done: %1").replace("%1", self._title())
            )
            is None
        ):
            return
        if target is not None:
            self._navigation.open_article(target)
        else:
            state.message(self.tr("Every article is done"), 5000)

    def _settle_pending(self, pending: int) -> bool:
        """Suggestions are left: the analyst accepts or rejects them all (and the article is
        done, in one undo step) or goes back. True when the article is done now."""
        from razmetka.ui.dialogs.pending_done import PendingChoice, ask

        choice = ask(pending, self._views.text_view.window())
        if choice is PendingChoice.BACK:
            self._views.text_view.setFocus()
            return False
        accept = choice is PendingChoice.ACCEPT
        store, article_id = self._state.store, self._state.article_id or 0
        text = (
            self.tr("Accept all and mark done: %1")
            if accept
            else self.tr("Reject all and mark done: %1")
        ).replace("%1", self._title())
        return self.run_edit(lambda: settled_and_done(store, article_id, accept), text) is not None

    def skip_article(self) -> None:
        if self._state.article is None:
            return
        target = self._navigation.next_article_id()
        self.set_article_status(
            ArticleStatus.SKIPPED, self.tr("Skip: %1").replace("%1", self._title())
        )
        if target is not None:
            self._navigation.open_article(target)

    def reopen_article(self) -> None:
        self.set_article_status(
            ArticleStatus.IN_PROGRESS, self.tr("Reopen: %1").replace("%1", self._title())
        )
