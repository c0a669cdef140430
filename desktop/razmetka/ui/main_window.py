"""The annotation window: article list, text with highlights, span table, legend, menus.

Every analyst action builds an ``Edit`` with ``core.actions`` and pushes an ``EditCommand``; the
command writes it through the store, and only then does the window show the result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from razmetka.core import actions, rules
from razmetka.core.edits import Edit
from razmetka.core.model import Article, ArticleStatus, Label, Span, SpanStatus
from razmetka.core.store import Store, StoreError
from razmetka.ui.article_list import ArticleListModel, ArticleListPanel
from razmetka.ui.commands import EditCommand
from razmetka.ui.help_overlay import HelpOverlay
from razmetka.ui.i18n import SETTING as LANGUAGE_SETTING
from razmetka.ui.i18n import article_status_name
from razmetka.ui.legend import Legend
from razmetka.ui.scroll_bars import FlatScrollBars, use_flat_scroll_bars
from razmetka.ui.span_table import SpanTable, SpanTableModel
from razmetka.ui.spans import SpanIndex
from razmetka.ui.steady_label import SteadyLabel
from razmetka.ui.text_view import TextView
from razmetka.ui.theme import apply_style, style_item_view, style_text_view
from razmetka.ui.workers import StoreJob, Work, export_work, import_work, suggest_work

MAX_RECENT = 8
SUGGEST = "suggest"  # the kind of suggesting jobs, which other work may interrupt
DB_FILTER = "Razmetka (*.db *.sqlite *.sqlite3);;* (*)"

# Keys the window itself uses; a label hotkey may not take one of them.
RESERVED_KEYS = frozenset("AXJKaxjk")


def _elide(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class MainWindow(QMainWindow):
    """Signals: article_opened(int) — an article is shown (its id);
    language_requested(str) — the analyst chose an interface language ("system", "ru", "en");
    database_changed(str) — another database file was opened (its path).
    """

    article_opened = Signal(int)
    language_requested = Signal(str)
    database_changed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store = store
        self.settings = QSettings()
        self.undo_stack = QUndoStack(self)
        self.labels: list[Label] = []
        self.article: Article | None = None
        self.index: SpanIndex | None = None
        self.current_id: int | None = None
        self.jobs: list[StoreJob] = []
        self._pushing = False
        self._table_changing = False
        self._closed = False
        self._data_version = self._read_data_version()
        self.show_rejected = self.settings.value("view/showRejected", False, type=bool)
        self.label_actions: list[QAction] = []
        # Article, span and scroll position to bring back once the window has its size.
        self._pending_restore: tuple[int, int | None, int | None] | None = None

        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._connect()
        self.reload_labels()
        self.article_list.set_store(store)
        self._update_title()
        self._restore_layout()
        self._restore_position()

    # ------------------------------------------------------------------ building

    def _build_widgets(self) -> None:
        self.article_model = ArticleListModel(self.store, self)
        self.article_list = ArticleListPanel(self.article_model, self)

        self.header = QLabel(self)
        self.header.setObjectName("articleHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.meta = QLabel(self)
        self.meta.setObjectName("articleMeta")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.text_view = TextView(self)
        center = QWidget(self)
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 6, 0, 0)
        center_layout.setSpacing(2)
        center_layout.addWidget(self.header)
        center_layout.addWidget(self.meta)
        center_layout.addWidget(self.text_view, 1)

        self.span_model = SpanTableModel(self)
        self.span_table = SpanTable(self.span_model, self)
        self.span_caption = SteadyLabel(self)
        self.span_caption.setObjectName("panelCaption")
        self.legend_caption = QLabel(self.tr("Labels"), self)
        self.legend_caption.setObjectName("panelCaption")
        self.legend = Legend(self)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 6, 6, 6)
        side_layout.addWidget(self.span_caption, 0, Qt.AlignmentFlag.AlignLeft)
        side_layout.addWidget(self.span_table, 1)
        side_layout.addWidget(self.legend_caption)
        side_layout.addWidget(self.legend)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.article_list)
        self.splitter.addWidget(center)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([390, 640, 400])
        self.splitter.setChildrenCollapsible(True)
        self.setCentralWidget(self.splitter)

        self.counts_label = SteadyLabel(self)
        self.progress_label = SteadyLabel(self)
        self.progress_label.setObjectName("statusProgress")
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.progress_label)
        self.help_overlay = HelpOverlay(self)
        self.help_overlay.hide()
        style_text_view(self.text_view)
        style_item_view(self.span_table)
        style_item_view(self.article_list.view)
        self._scroll_style = FlatScrollBars()
        use_flat_scroll_bars(
            self._scroll_style, self.text_view, self.span_table, self.article_list.view
        )
        apply_style(
            self.header,
            self.meta,
            self.span_caption,
            self.legend_caption,
            self.legend,
            self.article_list.progress_label,
            self.article_list.progress_bar,
            self.help_overlay,
        )
        available = self.screen().availableGeometry()
        self.resize(min(1440, available.width()), min(880, available.height()))

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcuts: list[QKeySequence | str] | QKeySequence.StandardKey | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(shortcuts, QKeySequence.StandardKey):
            action.setShortcuts(shortcuts)
        elif shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        a = self._action
        std = QKeySequence.StandardKey
        a("new_db", self.tr("&New database…"), self.new_database, std.New)
        a("open_db", self.tr("&Open database…"), self.open_database, std.Open)
        a("import_files", self.tr("&Import files…"), self.import_files, ["Ctrl+I"])
        a("import_folder", self.tr("Import a &folder…"), self.import_folder, ["Ctrl+Shift+I"])
        a("export", self.tr("&Export…"), self.export, ["Ctrl+E"])
        a("quit", self.tr("&Quit"), self.close, std.Quit)

        a("undo", self.tr("&Undo"), self.undo, std.Undo)
        a("redo", self.tr("&Redo"), self.redo, std.Redo)
        a("labels", self.tr("&Labels…"), self.edit_labels, ["Ctrl+L"])
        a("find", self.tr("&Find article"), self.focus_search, std.Find)
        a("copy", self.tr("&Copy"), self.text_view.copy, std.Copy)

        a("next", self.tr("&Next suggestion"), lambda: self.step(1), ["J"])
        a("previous", self.tr("&Previous suggestion"), lambda: self.step(-1), ["K"])
        a("accept", self.tr("&Accept"), self.accept_current, ["A"])
        a("reject", self.tr("&Reject"), self.reject_current, ["X"])
        a("delete", self.tr("&Delete span"), self.delete_current, ["Del", "Backspace"])
        a(
            "grow_start",
            self.tr("Grow at the start"),
            lambda: self.resize_current(rules.grow_start),
            ["Alt+Left"],
        )
        a(
            "grow_end",
            self.tr("Grow at the end"),
            lambda: self.resize_current(rules.grow_end),
            ["Alt+Right"],
        )
        a(
            "shrink_start",
            self.tr("Shrink at the start"),
            lambda: self.resize_current(rules.shrink_start),
            ["Alt+Shift+Right"],
        )
        a(
            "shrink_end",
            self.tr("Shrink at the end"),
            lambda: self.resize_current(rules.shrink_end),
            ["Alt+Shift+Left"],
        )
        a("accept_all", self.tr("Accept &all suggestions"), self.accept_all, ["Shift+A"])
        a("span_menu", self.tr("Span &menu"), self.text_view.request_menu, ["Shift+F10", "Menu"])

        a(
            "done_next",
            self.tr("&Done, next article"),
            self.done_and_next,
            ["Ctrl+Return", "Ctrl+Enter"],
        )
        a("skip", self.tr("&Skip article"), self.skip_article, ["Ctrl+Shift+Return"])
        a("reopen", self.tr("&Reopen article"), self.reopen_article)
        a("next_article", self.tr("Ne&xt article"), lambda: self.step_article(1), ["Ctrl+PgDown"])
        a(
            "previous_article",
            self.tr("Pre&vious article"),
            lambda: self.step_article(-1),
            ["Ctrl+PgUp"],
        )
        a("suggest_article", self.tr("Suggest entities in this article"), self.suggest_this_article)
        a("suggest_all", self.tr("Suggest entities in new articles"), self.start_suggest)

        show = a("show_rejected", self.tr("Show &rejected"), self.toggle_rejected, ["Ctrl+H"])
        show.setCheckable(True)
        show.setChecked(self.show_rejected)
        a("help", self.tr("&Keyboard shortcuts"), self.toggle_help, std.HelpContents)
        a("about", self.tr("&About Razmetka"), self.about)

    def _build_menus(self) -> None:
        act = self.actions_by_name
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(act["new_db"])
        file_menu.addAction(act["open_db"])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addSeparator()
        file_menu.addAction(act["import_files"])
        file_menu.addAction(act["import_folder"])
        file_menu.addAction(act["export"])
        file_menu.addSeparator()
        file_menu.addAction(act["quit"])

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(act["undo"])
        edit_menu.addAction(act["redo"])
        edit_menu.addSeparator()
        edit_menu.addAction(act["copy"])
        edit_menu.addAction(act["find"])
        edit_menu.addSeparator()
        edit_menu.addAction(act["labels"])

        self.span_menu = bar.addMenu(self.tr("&Span"))
        for name in ("next", "previous", None, "accept", "reject", "delete"):
            self.span_menu.addAction(act[name]) if name else self.span_menu.addSeparator()
        self.label_menu = self.span_menu.addMenu(self.tr("&Label"))
        self.span_menu.addSeparator()
        for name in (
            "grow_start",
            "grow_end",
            "shrink_start",
            "shrink_end",
            None,
            "accept_all",
            "span_menu",
        ):
            self.span_menu.addAction(act[name]) if name else self.span_menu.addSeparator()

        article_menu = bar.addMenu(self.tr("&Article"))
        for name in (
            "done_next",
            "skip",
            "reopen",
            None,
            "next_article",
            "previous_article",
            None,
            "suggest_article",
            "suggest_all",
        ):
            article_menu.addAction(act[name]) if name else article_menu.addSeparator()

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(act["show_rejected"])
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        chosen = str(self.settings.value(LANGUAGE_SETTING, "system"))
        for code, title in (("system", self.tr("System")), ("en", "English"), ("ru", "Русский")):
            action = language_menu.addAction(title)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, code=code: self.language_requested.emit(code))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(act["help"])
        help_menu.addAction(act["about"])
        self._update_recent_menu()

    def _connect(self) -> None:
        self.article_list.article_chosen.connect(self.open_article)
        self.text_view.span_clicked.connect(lambda span_id: self.set_current(span_id, follow=False))
        self.text_view.menu_requested.connect(self.show_span_menu)
        self.text_view.verticalScrollBar().valueChanged.connect(
            lambda _value: self._scroll_timer.start()
        )
        self.span_table.selectionModel().currentRowChanged.connect(self._span_row_changed)
        self.legend.label_clicked.connect(self.label_key)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.article_list.search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self._search_escape)
        self.article_list.search.returnPressed.connect(self.text_view.setFocus)
        self.rebind_undo_actions()
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(400)
        self._scroll_timer.timeout.connect(self._save_scroll)
        self._retired: SpanIndex | None = None
        self._retire_timer = QTimer(self)
        self._retire_timer.setSingleShot(True)
        self._retire_timer.setInterval(300)
        self._retire_timer.timeout.connect(lambda: setattr(self, "_retired", None))
        # The rest of a long article's spans is read a chunk at a time, this far apart, so
        # that a key press waits for one chunk at most and the window stays responsive.
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(20)
        self._load_timer.timeout.connect(self._load_some_spans)
        # Background jobs report often; the list and the open article refresh at most this often.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(700)
        self._refresh_timer.timeout.connect(self.refresh_counts_from_store)

    def rebind_undo_actions(self) -> None:
        """Tie the Undo and Redo actions to ``self.undo_stack`` (also after it is replaced)."""
        stack = self.undo_stack
        undo, redo = self.actions_by_name["undo"], self.actions_by_name["redo"]

        def update() -> None:
            if not shiboken6.isValid(stack):
                return  # QUndoStack clears itself, and signals, while it is being destroyed
            undo.setEnabled(stack.canUndo())
            redo.setEnabled(stack.canRedo())
            undo.setText(self.tr("&Undo %1").replace("%1", stack.undoText()).strip())
            redo.setText(self.tr("&Redo %1").replace("%1", stack.redoText()).strip())

        stack.indexChanged.connect(lambda _index: update())
        stack.cleanChanged.connect(lambda _clean: update())
        update()

    # ------------------------------------------------------------------ labels

    def reload_labels(self) -> None:
        self.labels = self.store.labels.all()
        colors = {label.name: label.color for label in self.labels}
        self.text_view.set_colors(colors)
        self.span_model.set_colors(colors)
        self.legend.set_labels(self.labels)
        for action in self.label_actions:
            self.removeAction(action)
            action.deleteLater()
        self.label_actions = []
        self.label_menu.clear()
        exact_menu = QMenu(self.tr("Create from exact characters"), self.label_menu)
        for label in self.labels:
            keys = [label.hotkey] if label.hotkey and label.hotkey not in RESERVED_KEYS else []
            action = QAction(label.name, self)
            action.setObjectName(f"label_{label.name}")
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _c=False, name=label.name: self.label_key(name))
            exact = QAction(label.name, self)
            exact.setObjectName(f"exact_{label.name}")
            # Alt+letter may open a menu (Alt+F for File...); such a label keeps its plain key.
            exact.setShortcuts(
                [QKeySequence(f"Alt+{k}") for k in keys if k.upper() not in self._mnemonics()]
            )
            exact.triggered.connect(
                lambda _c=False, name=label.name: self.label_key(name, exact=True)
            )
            for item in (action, exact):
                self.addAction(item)
                self.label_actions.append(item)
            self.label_menu.addAction(action)
            exact_menu.addAction(exact)
        self.label_menu.addSeparator()
        self.label_menu.addMenu(exact_menu)
        self.text_view.viewport().update()

    def _mnemonics(self) -> set[str]:
        """Letters that open a menu with Alt."""
        letters = set()
        for action in self.menuBar().actions():
            text = action.text()
            at = text.find("&")
            if 0 <= at < len(text) - 1:
                letters.add(text[at + 1].upper())
        return letters

    # ------------------------------------------------------------------ articles

    def open_article(
        self, article_id: int, span_id: int | None = None, scroll: int | None = None
    ) -> None:
        """Show an article; ``span_id`` and ``scroll`` restore a saved position."""
        try:
            article = self.store.articles.get(article_id)
            index = SpanIndex.opening(
                article.text,
                partial(self.store.spans.starting, article_id),  # read by stretches of text
                lambda: self._span_totals(article_id),
                self.show_rejected,
            )
        except StoreError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return
        self.article = article
        # Freeing a large article's spans takes a while: do it after the new one is on screen.
        self._retired = self.index
        self._retire_timer.start()
        self.index = index
        index.counts_corrected = self._counts_corrected_later
        if not index.complete:
            self._load_timer.start()
        self.current_id = None
        self.text_view.set_article(self.index)
        self.span_model.set_index(self.index)
        self._update_header(article.status)
        self.article_list.select(article_id)
        self._save_state("ui.article", str(article_id))
        if scroll is not None:
            self.text_view.scroll_to_index(scroll)
        if self.index.get(span_id) is not None and self.index.row(span_id) is not None:
            self.set_current(span_id, follow=scroll is None)
        else:
            first = self.index.pending_after(0)
            self.set_current(first.id if first else None)
        self._update_counts()
        self.article_opened.emit(article_id)

    def _span_totals(self, article_id: int) -> dict[SpanStatus, int]:
        """The article's span counts: the list's, unless another program wrote since the list
        was last read (then the store's)."""
        summary = self.article_model.summary(article_id)
        if summary is None or self._read_data_version() != self._data_version:
            summary = self.store.lists.summary(article_id)
        return {
            SpanStatus.SUGGESTED: summary.pending,
            SpanStatus.ACCEPTED: summary.accepted,
            SpanStatus.REJECTED: summary.rejected,
        }

    def _load_some_spans(self) -> None:
        """Read the open article's next chunk of spans while the window is idle."""
        if self.index is not None and not self.index.complete:
            self.index.load_chunk()
            if not self.index.complete:
                self._load_timer.start()

    def _complete_index(self) -> None:
        """Read every span of the open article, before an undo or redo commits (the index
        takes an edit as a change to what it holds)."""
        if self.index is not None:
            self.index.finish()

    def _counts_corrected_later(self) -> None:
        # Reported from inside a paint or a query: the models change on the next turn.
        QTimer.singleShot(0, self._counts_corrected)

    def _counts_corrected(self) -> None:
        if self.index is None or self.article is None:
            return
        with self._table_rows_changing():
            self.span_model.refresh()
        self.text_view.spans_changed()
        self.span_table.select_span(self.current_id)
        self.article_model.set_counts(self.article.id or 0, self.index.counts)
        self._update_counts()

    @contextmanager
    def _table_rows_changing(self) -> Iterator[None]:
        """Rows come and go under the table's selection (removing the selected row moves it):
        that is not the analyst choosing a span, so the table is not listened to meanwhile."""
        self._table_changing = True
        try:
            yield
        finally:
            self._table_changing = False

    def reload_article(self) -> None:
        """Read the open article again from the store, keeping the position."""
        if self.article is not None and self.article.id is not None:
            self.open_article(
                self.article.id, self.current_id, self.text_view.first_visible_index()
            )

    def _update_header(self, status: ArticleStatus | None = None) -> None:
        """Title and metadata line; ``status`` when the caller has just read it."""
        if self.article is None:
            self.header.setText(self.tr("No article"))
            self.meta.setText(
                self.tr("File ▸ Import files… (Ctrl+I) adds articles to this database.")
            )
            return
        summary = self.article_model.summary(self.article.id or 0)
        title = self.article.title.strip() or (
            self.article_model.title(self.article_model.row_of(self.article.id or 0) or 0)
            if summary
            else ""
        )
        self.header.setText(title)
        if status is None:
            status = self.store.articles.status(self.article.id or 0)
        ident = self.article.external_id or f"#{self.article.id}"
        source = self.article.source
        parts = [p for p in (self.article.date, source) if p]
        if not source or ident not in source:
            parts.append(ident)
        parts.append(article_status_name(status))
        self.meta.setText(" · ".join(parts))

    def _update_counts(self) -> None:
        if self.index is not None:
            counts = self.index.counts
            self.counts_label.setText(
                self.tr("%1 pending · %2 accepted · %3 rejected")
                .replace("%1", str(counts[SpanStatus.SUGGESTED]))
                .replace("%2", str(counts[SpanStatus.ACCEPTED]))
                .replace("%3", str(counts[SpanStatus.REJECTED]))
            )
            self.span_caption.setText(
                self.tr("Spans (%1)").replace("%1", str(self.index.visible_count))
            )
        done, total = self.article_model.progress()
        self.progress_label.setText(
            self.tr("Done %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        )

    def _next_article_id(self, step: int = 1, unfinished_first: bool = True) -> int | None:
        ids = self.article_list.ordered_ids()
        if not ids:
            return None
        current = self.article.id if self.article is not None else None
        start = ids.index(current) if current in ids else -1
        order = [ids[(start + step * k) % len(ids)] for k in range(1, len(ids) + 1)]
        order = [i for i in order if i != current]
        if unfinished_first:
            for article_id in order:
                summary = self.article_model.summary(article_id)
                if summary and summary.status in (ArticleStatus.TODO, ArticleStatus.IN_PROGRESS):
                    return article_id
        return order[0] if order else None

    def step_article(self, step: int) -> None:
        target = self._next_article_id(step, unfinished_first=False)
        if target is not None:
            self.open_article(target)

    # ------------------------------------------------------------------ current span

    def set_current(self, span_id: int | None, follow: bool = True) -> None:
        self.current_id = span_id
        self.text_view.set_current(span_id, follow)
        self.span_table.select_span(span_id)
        if span_id is not None:
            self._save_state("ui.span", str(span_id))

    def current_span(self) -> Span | None:
        return self.index.get(self.current_id) if self.index is not None else None

    def _span_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._table_changing:
            return
        span = self.span_model.span_at(current.row()) if current.isValid() else None
        if span is not None and span.id != self.current_id:
            self.current_id = span.id
            self.text_view.set_current(span.id, follow=True)
            self._save_state("ui.span", str(span.id))

    def step(self, step: int) -> None:
        if self.index is None:
            return
        pending = self.index.counts[SpanStatus.SUGGESTED] > 0
        target = self.index.neighbour(self.current_id, step, pending_only=pending)
        if target is None:
            self.statusBar().showMessage(self.tr("No spans in this article"), 3000)
            return
        self.text_view.clear_selection()
        self.set_current(target.id)

    def _need_span(self) -> Span | None:
        span = self.current_span()
        if span is None:
            self.statusBar().showMessage(self.tr("No span is selected"), 3000)
        return span

    # ------------------------------------------------------------------ edits

    def run_edit(self, build: Callable[[], Edit], text: str) -> Edit | None:
        """Build an edit from the current state and push it; returns it as applied or None."""
        if self.article is None:
            return None
        try:
            edit = build()
        except StoreError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            QApplication.beep()
            return None
        if edit.is_empty:
            self.statusBar().showMessage(self.tr("Nothing to change"), 3000)
            return None
        if self.index is not None:
            self.index.read_for(edit.spans)
        command = EditCommand(self.store, edit, text, self)
        self._pushing = True
        try:
            self.undo_stack.push(command)
        finally:
            self._pushing = False
        if command.applied is not None:
            self.statusBar().showMessage(text, 2500)
        return command.applied

    def undo(self) -> None:
        self._complete_index()
        self.undo_stack.undo()

    def redo(self) -> None:
        self._complete_index()
        self.undo_stack.redo()

    def edit_applied(self, edit: Edit, undone: bool) -> None:
        """Called by a command after the store committed ``edit``."""
        if self.article is None or edit.article_id != self.article.id:
            self.article_model.refresh(edit.article_id)  # the counts opening starts from
            self.open_article(edit.article_id)
        elif self.index is not None and not self.index.covers(edit.spans):
            # Committed before the index read that far (the stack driven from outside the
            # window): what is read now holds the edit already, so read the article afresh.
            self.article_model.refresh(edit.article_id)
            self.reload_article()
        else:
            assert self.index is not None
            with self._table_rows_changing():
                self.span_model.apply(edit.spans)
            touched = [span for c in edit.spans for span in (c.before, c.after) if span]
            self.text_view.spans_changed(touched)
            if self.current_id is not None:
                self.span_table.select_span(self.current_id)
        if (
            self.index is not None
            and self.article is not None
            and self.article.id == edit.article_id
        ):
            status = edit.status.after if edit.status is not None else None
            self.article_model.set_counts(edit.article_id, self.index.counts, status)
        else:
            self.article_model.refresh(edit.article_id)
        if edit.status is not None:
            self._update_header()
        if not self._pushing:
            # Undo or redo: show the span it touched.
            touched = [c.after or c.before for c in edit.spans]
            shown = [
                s
                for s in touched
                if s is not None and self.index is not None and self.index.row(s.id) is not None
            ]
            if shown:
                self.set_current(shown[0].id)
        self._update_counts()

    def edit_failed(self, message: str, article_id: int) -> None:
        self.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", message), 10000)
        QApplication.beep()
        if self.article is not None and self.article.id == article_id:
            self.reload_article()
        self.article_model.refresh(article_id)

    def _describe(self, verb: str, span: Span | None) -> str:
        if span is None or self.index is None:
            return verb
        return f"{verb} {span.label} «{_elide(span.surface(self.index.text))}»"

    def accept_current(self) -> None:
        span = self._need_span()
        if span is None:
            return
        if self.run_edit(
            lambda: actions.accept(self.store, span.id or 0),
            self._describe(self.tr("Accept"), span),
        ):
            self._advance_from(span)

    def reject_current(self) -> None:
        span = self._need_span()
        if span is None:
            return
        if self.run_edit(
            lambda: actions.reject(self.store, span.id or 0),
            self._describe(self.tr("Reject"), span),
        ):
            self._advance_from(span)

    def delete_current(self) -> None:
        span = self._need_span()
        if span is None:
            return
        if self.run_edit(
            lambda: actions.delete(self.store, span.id or 0),
            self._describe(self.tr("Delete"), span),
        ):
            self._advance_from(span)

    def _advance_from(self, span: Span) -> None:
        """After a decision, go to the next pending suggestion (Prodigy's rhythm)."""
        assert self.index is not None
        target = self.index.pending_after(span.start + 1)
        if target is None and self.index.row(span.id) is not None:
            target = self.index.get(span.id)
        self.set_current(target.id if target is not None else None)

    def _select_created(self, applied: Edit | None, fallback: int | None) -> None:
        if applied is None:
            return
        created = [c.after for c in applied.spans if c.before is None and c.after is not None]
        target = created[0].id if created else fallback
        self.text_view.clear_selection()
        self.set_current(target)

    def label_key(self, label: str, exact: bool = False) -> None:
        """A label's hotkey: create a span from the selection, else relabel the current span."""
        if self.index is None or self.article is None:
            return
        selection = self.text_view.selection()
        if selection is not None:
            self.create_span(selection[0], selection[1], label, exact)
            return
        span = self._need_span()
        if span is None:
            return
        applied = self.run_edit(
            lambda: actions.relabel(self.store, span.id or 0, label),
            self._describe(self.tr("Label as %1").replace("%1", label), span),
        )
        self._select_created(applied, span.id)

    def create_span(self, start: int, end: int, label: str, exact: bool = False) -> Edit | None:
        """A new span over code points ``[start, end)``: snapped to whole tokens unless
        ``exact``, which keeps the characters and only trims surrounding whitespace."""
        assert self.index is not None and self.article is not None
        text = self.index.text
        bounds = rules.trim(text, start, end) if exact else rules.snap(text, start, end)
        if bounds is None:
            self.statusBar().showMessage(self.tr("The selection holds no text"), 4000)
            return None
        article_id = self.article.id or 0
        new_start, new_end = bounds
        description = (
            self.tr("Create %1 «%2»")
            .replace("%1", label)
            .replace("%2", _elide(text[new_start:new_end]))
        )
        applied = self.run_edit(
            lambda: actions.create(self.store, article_id, new_start, new_end, label), description
        )
        if applied is not None:
            changed = [
                c.after
                for c in applied.spans
                if c.after is not None
                and c.after.status is SpanStatus.ACCEPTED
                and (c.after.start, c.after.end) == (new_start, new_end)
            ]
            self.text_view.clear_selection()
            self.set_current(changed[0].id if changed else None)
        return applied

    def resize_current(self, move: Callable[[str, int, int], tuple[int, int] | None]) -> None:
        span = self._need_span()
        if span is None or self.index is None:
            return
        bounds = move(self.index.text, span.start, span.end)
        if bounds is None:
            self.statusBar().showMessage(self.tr("The span cannot change that way"), 3000)
            return
        text = self.index.text[bounds[0] : bounds[1]]
        applied = self.run_edit(
            lambda: actions.resize(self.store, span.id or 0, *bounds),
            self.tr("Resize %1 to «%2»").replace("%1", span.label).replace("%2", _elide(text)),
        )
        self._select_created(applied, span.id)

    def accept_all(self) -> None:
        if self.article is None:
            return
        article_id = self.article.id or 0
        if self.run_edit(
            lambda: actions.accept_all(self.store, article_id), self.tr("Accept all suggestions")
        ):
            self.set_current(
                self.current_id
                if self.index and self.index.row(self.current_id) is not None
                else None
            )

    def set_article_status(self, status: ArticleStatus, text: str) -> Edit | None:
        if self.article is None:
            return None
        article_id = self.article.id or 0
        return self.run_edit(lambda: actions.set_status(self.store, article_id, status), text)

    def done_and_next(self) -> None:
        if self.article is None:
            return
        target = self._next_article_id()
        current = self.store.articles.status(self.article.id or 0)
        if (
            current is not ArticleStatus.DONE
            and self.set_article_status(
                ArticleStatus.DONE,
                self.tr("Mark done: %1").replace("%1", _elide(self.header.text())),
            )
            is None
        ):
            return
        if target is not None:
            self.open_article(target)
        else:
            self.statusBar().showMessage(self.tr("Every article is done"), 5000)

    def skip_article(self) -> None:
        if self.article is None:
            return
        target = self._next_article_id()
        self.set_article_status(
            ArticleStatus.SKIPPED, self.tr("Skip: %1").replace("%1", _elide(self.header.text()))
        )
        if target is not None:
            self.open_article(target)

    def reopen_article(self) -> None:
        self.set_article_status(
            ArticleStatus.IN_PROGRESS,
            self.tr("Reopen: %1").replace("%1", _elide(self.header.text())),
        )

    # ------------------------------------------------------------------ menus

    def show_span_menu(self, span_id: int, point: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("spanMenu")
        span = self.index.get(span_id) if self.index is not None and span_id >= 0 else None
        act = self.actions_by_name
        if self.text_view.textCursor().hasSelection():
            create = menu.addMenu(self.tr("Create span"))
            for action in self.label_actions:
                if action.objectName().startswith("label_"):
                    create.addAction(action)
            menu.addAction(act["copy"])
        if span is not None:
            if span.status is not SpanStatus.ACCEPTED:
                menu.addAction(act["accept"])
            if span.status is not SpanStatus.REJECTED:
                menu.addAction(act["reject"])
            relabel = menu.addMenu(self.tr("Change label"))
            for action in self.label_actions:
                if action.objectName().startswith("label_"):
                    relabel.addAction(action)
            menu.addSeparator()
            for name in ("grow_start", "grow_end", "shrink_start", "shrink_end"):
                menu.addAction(act[name])
            menu.addSeparator()
            menu.addAction(act["delete"])
        if menu.isEmpty():
            menu.addAction(act["accept_all"])
        menu.exec(point)
        menu.deleteLater()

    # ------------------------------------------------------------------ view

    def toggle_rejected(self) -> None:
        self.show_rejected = self.actions_by_name["show_rejected"].isChecked()
        self.settings.setValue("view/showRejected", self.show_rejected)
        if self.index is not None:
            self.index.set_show_rejected(self.show_rejected)
            self.span_model.refresh()
            self.text_view.spans_changed()
            self.set_current(
                self.current_id if self.index.row(self.current_id) is not None else None,
                follow=False,
            )
            self._update_counts()

    def toggle_help(self) -> None:
        if self.help_overlay.isVisible():
            self.help_overlay.hide()
        else:
            self.help_overlay.show_for(self)

    def _search_escape(self) -> None:
        self.article_list.search.clear()
        self.text_view.setFocus()

    def focus_search(self) -> None:
        self.article_list.search.setFocus()
        self.article_list.search.selectAll()

    def about(self) -> None:
        from razmetka import __version__

        QMessageBox.about(
            self,
            self.tr("About Razmetka"),
            self.tr("Razmetka %1\nNamed-entity annotation of Russian news.\nDatabase: %2")
            .replace("%1", __version__)
            .replace("%2", self.store.path),
        )

    # ------------------------------------------------------------------ persistence

    def _save_state(self, key: str, value: str) -> None:
        try:
            self.store.state.set(key, value)
        except StoreError as exc:
            self.statusBar().showMessage(str(exc), 5000)
        except Exception as exc:  # sqlite3 errors: a locked file must not break navigation
            self.statusBar().showMessage(str(exc), 5000)

    def _save_scroll(self) -> None:
        if self.article is not None:
            self._save_state("ui.scroll", str(self.text_view.first_visible_index()))

    def _restore_position(self) -> None:
        saved = self.store.state.get("ui.article")
        article_id = int(saved) if saved and saved.isdigit() else None
        if article_id is None or self.article_model.row_of(article_id) is None:
            ids = self.article_list.ordered_ids()
            article_id = self._first_unfinished(ids) if ids else None
            span_id = scroll = None
        else:
            span = self.store.state.get("ui.span")
            position = self.store.state.get("ui.scroll")
            span_id = int(span) if span and span.isdigit() else None
            scroll = int(position) if position and position.isdigit() else None
        if article_id is None:
            self.article = None
            self.index = None
            self.text_view.set_article(None)
            self.span_model.set_index(None)
            self._update_header()
            self._update_counts()
            return
        # The layout must know the viewport's size before a scroll position means anything.
        self._pending_restore = (article_id, span_id, scroll)
        self.open_article(article_id, span_id, scroll)

    def _first_unfinished(self, ids: list[int]) -> int:
        for article_id in ids:
            summary = self.article_model.summary(article_id)
            if summary and summary.status in (ArticleStatus.TODO, ArticleStatus.IN_PROGRESS):
                return article_id
        return ids[0]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        restore = self._pending_restore
        if restore is not None:
            self._pending_restore = None
            _article_id, span_id, scroll = restore
            if scroll is not None:
                QTimer.singleShot(0, lambda: self._apply_scroll(scroll, span_id))

    def _apply_scroll(self, scroll: int, span_id: int | None) -> None:
        self.text_view.scroll_to_index(scroll)
        if span_id is not None and self.current_id == span_id:
            self.text_view.set_current(span_id, follow=False)

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._closed = True
        self._scroll_timer.stop()
        self._refresh_timer.stop()
        self._load_timer.stop()
        self.save_layout()
        self._save_scroll()
        self.stop_jobs()
        self.help_overlay.hide()
        super().closeEvent(event)

    # ------------------------------------------------------------------ other windows

    def _read_data_version(self) -> int:
        try:
            return self.store.data_version()
        except Exception:
            return 0

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and not self._closed
        ):
            self.refresh_if_changed()

    def refresh_if_changed(self) -> bool:
        """Reload from the store when another program (or a job) wrote to the file."""
        version = self._read_data_version()
        if version == self._data_version:
            return False
        self._data_version = version
        self.refresh_from_store()
        return True

    def refresh_from_store(self) -> None:
        """Show what the store holds now (another window or program wrote to it)."""
        self.refresh_counts_from_store(reload_article=True)

    # ------------------------------------------------------------------ databases

    def _update_title(self) -> None:
        self.setWindowTitle(f"{Path(self.store.path).name} — Razmetka")
        self.setWindowFilePath(self.store.path)

    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _remember(self, path: str) -> None:
        path = str(Path(path).resolve())
        recent = [p for p in self.recent_files() if p != path]
        self.settings.setValue("recentFiles", [path, *recent][:MAX_RECENT])
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_files():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.switch_database(p))
        self.recent_menu.setEnabled(bool(self.recent_files()))

    def new_database(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(Path.home() / "razmetka.db"), DB_FILTER
        )
        if path:
            if Path(path).exists():
                QMessageBox.warning(
                    self,
                    self.tr("New database"),
                    self.tr("The file already exists; open it instead."),
                )
                return
            self.switch_database(path)

    def open_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(Path(self.store.path).parent), DB_FILTER
        )
        if path:
            self.switch_database(path)

    def switch_database(self, path: str) -> bool:
        try:
            store = Store(path, annotator=self.store.annotator)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Open database"), str(exc))
            return False
        self._save_scroll()
        self.stop_jobs()
        old = self.store
        self.undo_stack.clear()
        self.store = store
        old.close()
        self._data_version = self._read_data_version()
        self.article_model.set_store(store)
        self.article_list.set_store(store)
        self.reload_labels()
        self._update_title()
        self._remember(path)
        self._restore_position()
        self.database_changed.emit(path)

        if store.suggestions.any_unsuggested():
            self.start_suggest()
        return True

    # ------------------------------------------------------------------ jobs

    def run_job(
        self, work: Work, title: str, on_success: Callable[[object], None], kind: str = ""
    ) -> StoreJob:
        job = StoreJob(self.store.path, work, title, self, kind)
        box = QWidget(self)
        box.setObjectName("jobIndicator")
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title, box)
        bar = QProgressBar(box)
        bar.setRange(0, 0)
        bar.setMaximumWidth(160)
        bar.setMaximumHeight(14)
        cancel = QToolButton(box)
        cancel.setText("✕")
        cancel.setToolTip(self.tr("Cancel"))
        cancel.setAutoRaise(True)
        layout.addWidget(label)
        layout.addWidget(bar)
        layout.addWidget(cancel)
        self.statusBar().insertPermanentWidget(0, box)

        def progress(done: int, total: int) -> None:
            bar.setRange(0, total)
            bar.setValue(done)
            if total:
                label.setText(f"{title} {done}/{total}")
            if job.kind == SUGGEST or done == total:
                self._throttled_refresh()

        def finish() -> None:
            self.statusBar().removeWidget(box)
            box.deleteLater()
            if job in self.jobs:
                self.jobs.remove(job)
            job.deleteLater()

        def succeeded(result: object) -> None:
            on_success(result)

        def failed(message: str) -> None:
            QMessageBox.warning(self, title, message)

        job.progress.connect(progress)
        job.succeeded.connect(succeeded)
        job.failed.connect(failed)
        job.finished.connect(finish)
        cancel.clicked.connect(lambda: (job.cancel(), label.setText(self.tr("Cancelling…"))))
        self.jobs.append(job)
        job.start()
        return job

    def _throttled_refresh(self) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh_counts_from_store(self, reload_article: bool = False) -> None:
        """Counts in the list and, when the open article got new spans (or ``reload_article``),
        the article itself."""
        if self.article_model.update():
            self.article_list.select(self.article.id if self.article is not None else None)
        if self.article is None or self.index is None:
            if self.article_model.rowCount():
                self._restore_position()
        elif self.article_model.summary(self.article.id or 0) is None:
            self._restore_position()
        else:
            summary = self.article_model.summary(self.article.id or 0)
            assert summary is not None
            total = summary.pending + summary.accepted + summary.rejected
            if reload_article or total != self.index.total:
                self.reload_article()
        self._data_version = self._read_data_version()
        self._update_counts()

    def stop_jobs(self, timeout_ms: int = 15000) -> None:
        for job in list(self.jobs):
            job.cancel()
        for job in list(self.jobs):
            job.wait(timeout_ms)

    def start_suggest(self, article_ids: list[int] | None = None) -> StoreJob:
        title = self.tr("Suggesting")
        return self.run_job(suggest_work(article_ids), title, self._suggest_done, SUGGEST)

    def suggest_this_article(self) -> None:
        if self.article is not None:
            self.start_suggest([self.article.id or 0])

    def _suggest_done(self, report: object) -> None:
        self.refresh_counts_from_store()
        articles = getattr(report, "articles", 0)
        spans = getattr(report, "spans", 0)
        message = (
            self.tr("Suggestions: %1 new in %2 articles")
            .replace("%1", str(spans))
            .replace("%2", str(articles))
        )
        if getattr(report, "cancelled", False):
            message += " " + self.tr("(cancelled)")
        self.statusBar().showMessage(message, 8000)

    def import_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import files"),
            str(Path.home()),
            self.tr("Articles and annotations") + " (*.txt *.jsonl *.ndjson *.conll *.bio *.iob "
            "*.ann *.json);;* (*)",
        )
        if paths:
            self.start_import([Path(p) for p in paths])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import a folder"), str(Path.home())
        )
        if folder:
            self.start_import([Path(folder)])

    def start_import(self, paths: list[Path], fmt: str | None = None) -> StoreJob:
        return self.run_job(
            import_work(paths, fmt), self.tr("Importing"), self._import_done, "import"
        )

    def _import_done(self, report: object) -> None:
        from razmetka.ui.import_report import ImportReportDialog

        self.refresh_from_store()
        dialog = ImportReportDialog(report, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if getattr(report, "imported", 0):
            self.start_suggest()

    def export(self) -> None:
        from razmetka.ui.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.settings, self, [label.name for label in self.store.labels.all()]
        )
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        if options is not None:
            self.run_job(export_work(options), self.tr("Exporting"), self._export_done, "export")

    def _export_done(self, report: object) -> None:
        summary = report.summary() if hasattr(report, "summary") else str(report)
        problems = getattr(report, "problems", [])
        text = summary
        if problems:
            text += "\n\n" + "\n".join(str(p) for p in problems[:30])
            if len(problems) > 30:
                text += "\n…"
        QMessageBox.information(self, self.tr("Export"), text)

    def edit_labels(self) -> None:
        from razmetka.ui.label_editor import LabelEditor

        dialog = LabelEditor(self.store, RESERVED_KEYS, self)
        dialog.labels_changed.connect(self._labels_changed)
        dialog.exec()
        dialog.deleteLater()

    def _labels_changed(self) -> None:
        self.reload_labels()
        self.reload_article()
