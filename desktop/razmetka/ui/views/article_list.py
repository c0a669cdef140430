"""The article list: title, date, status and span counts, sorted and filtered by SQL (status,
label, pending suggestions, dates) and narrowed by a search as the analyst types, with the
overall progress above it. The model is ``article_model.ArticleListModel``."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from razmetka.core.model import ArticleStatus
from razmetka.core.store import Store
from razmetka.ui.i18n import article_status_name
from razmetka.ui.views.article_model import STATUS_COLORS, UNFINISHED, ArticleListModel
from razmetka.ui.views.steady_label import SteadyLabel

__all__ = ["STATUS_COLORS", "UNFINISHED", "ArticleListModel", "ArticleListPanel"]

# Results follow the typing as soon as the keys already typed are read (keys that come
# together make one search): the list's query with the search takes 2-40 ms at 100,000
# articles, and every millisecond waited here is one more before the analyst sees results.
SEARCH_DELAY_MS = 0
# "date:2026-01", "date:2026-01-05", "date:2026-01-01..2026-01-31" in the search box.
_DATES = re.compile(r"\bdate:(\d{4}(?:-\d\d){0,2})(?:\.\.(\d{4}(?:-\d\d){0,2}))?")
DISPUTED = "disputed"  # the status filter's entry for articles to adjudicate


class ArticleListPanel(QWidget):
    """Progress, status filter, search and the list itself.

    Signals: article_chosen(int) — the analyst picked an article (its id);
    searched(str) — the list now shows the results of these words (dates taken out).
    """

    article_chosen = Signal(int)
    searched = Signal(str)

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._store: Store | None = None
        self._selecting = False  # select() at work: the row change is not the analyst's

        self.progress_label = SteadyLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("overallProgress")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)

        self._build_filters()
        self.search = QLineEdit(self)
        self.search.setObjectName("articleSearch")
        self.search.setPlaceholderText(self.tr("Search titles and text…"))
        self.search.setToolTip(
            self.tr(
                "Words of the title or text (the last may be unfinished); LABEL:name for "
                "articles with that entity; date:2026-01 or date:2026-01-01..2026-01-31. "
                "Enter opens the selected result."
            )
        )
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self.view = self._build_view()

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.label_filter)
        filters.addWidget(self.pending_only)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.progress_label, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress_bar)
        layout.addLayout(filters)
        layout.addLayout(search_row)
        layout.addWidget(self.view, 1)

        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        self.label_filter.currentIndexChanged.connect(self._filters_changed)
        self.pending_only.toggled.connect(self._filters_changed)
        self.search.returnPressed.connect(self.open_selected_result)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self._run_search)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.activated.connect(self._activated)
        model.modelReset.connect(self.update_progress)
        model.dataChanged.connect(self.update_progress)
        self.update_progress()

    def _build_filters(self) -> None:
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All articles"), None)
        for status in ArticleStatus:
            self.status_filter.addItem(article_status_name(status), status.value)
        # Two analysts' versions differ: the articles to adjudicate (Team ▸ Next disputed).
        self.status_filter.addItem(self.tr("Disputed"), DISPUTED)
        self.label_filter = QComboBox(self)
        self.label_filter.setObjectName("labelFilter")
        self.pending_only = QCheckBox(self.tr("Pending"), self)
        self.pending_only.setObjectName("pendingOnly")
        self.pending_only.setToolTip(self.tr("Only articles with suggestions still to decide"))

    def _build_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("articleList")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # No sort column: the store's order (by id) until the analyst clicks a header.
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.setTabKeyNavigation(False)
        vertical = view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._size_columns(view.horizontalHeader())
        return view

    def _size_columns(self, header: QHeaderView) -> None:
        """Columns as wide as their widest possible content, worked out once from the font.
        Sized to their contents, every changed row (each decision, each article suggested in
        the background) made Qt measure the columns over the rows in view again, a fifth of a
        second a decision at 100,000 articles."""
        header.setSectionResizeMode(ArticleListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        widest = {
            ArticleListModel.DATE: ["2026-12-31"],
            ArticleListModel.STATUS: [article_status_name(s) for s in ArticleStatus],
            ArticleListModel.PENDING: ["9999"],
            ArticleListModel.ACCEPTED: ["9999"],
        }
        for column, samples in widest.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(text) for text in [*samples, title])
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width + 24)  # padding and the sort arrow

    def set_store(self, store: Store) -> None:
        self._store = store
        self.set_labels([label.name for label in store.labels.all()])
        self._run_search()

    def set_labels(self, names: list[str]) -> None:
        """The label filter's choices (the store's labels), keeping the one chosen."""
        chosen = self.label_filter.currentData()
        self.label_filter.blockSignals(True)
        self.label_filter.clear()
        self.label_filter.addItem(self.tr("All labels"), None)
        for name in names:
            self.label_filter.addItem(name, name)
        found = self.label_filter.findData(chosen)
        self.label_filter.setCurrentIndex(max(found, 0))
        self.label_filter.blockSignals(False)

    def update_progress(self) -> None:
        done, total = self.model.progress()
        self.progress_label.setText(
            self.tr("Done: %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        )
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _filters_changed(self) -> None:
        status = self.status_filter.currentData()
        disputed = status == DISPUTED
        query = self.model.query._replace(
            status=ArticleStatus(status) if status and not disputed else None,
            disputed=disputed,
            label=self.label_filter.currentData(),
            has_pending=self.pending_only.isChecked(),
        )
        self._keeping_selection(lambda: self.model.set_query(query))

    def _run_search(self) -> None:
        """Narrow the list to what the search finds, without leaving the open article."""
        text = self.search.text()
        dates = _DATES.search(text)
        words = _DATES.sub(" ", text).strip()
        first, last = (dates.group(1), dates.group(2) or dates.group(1)) if dates else (None, None)
        # The search is a clause of the list's query: SQL finds, orders and counts the results.
        query = self.model.query._replace(
            date_from=first,
            date_to=(last + "\uffff") if last else None,  # a month takes in all its days
            words=words or None,
        )
        self._keeping_selection(lambda: self.model.set_query(query))
        self.searched.emit(words)

    def _keeping_selection(self, change: Callable[[], None]) -> None:
        """Apply a change of what the list shows; the open article stays selected when it is
        still listed (the list changing is not the analyst choosing another article)."""
        current = self.view.currentIndex()
        article_id = current.data(ArticleListModel.ID_ROLE) if current.isValid() else None
        self._selecting = True
        try:
            change()
        finally:
            self._selecting = False
        self.select(article_id)

    def open_selected_result(self) -> None:
        """Enter in the search box: open the selected row, else the first."""
        current = self.view.currentIndex()
        row = current.row() if current.isValid() else 0
        article_id = self.model.article_at(row)
        if article_id is not None:
            self.article_chosen.emit(article_id)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._selecting:
            self.article_chosen.emit(int(current.data(ArticleListModel.ID_ROLE)))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.article_chosen.emit(int(index.data(ArticleListModel.ID_ROLE)))

    def select(self, article_id: int | None) -> None:
        """Show an article as the selected row, without emitting ``article_chosen``.

        The selection model keeps its signals, so the view repaints just the rows whose
        selection changed; blocking them would leave a whole-list repaint as the only way
        to show the new row."""
        selection = self.view.selectionModel()
        self._selecting = True
        try:
            row = self.model.row_of(article_id)
            index = self.model.index(row, 0) if row is not None else None
            if index is None or not index.isValid():
                selection.clearSelection()
                return
            selection.setCurrentIndex(
                index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
            )
            self.view.scrollTo(index)
        finally:
            self._selecting = False

    def ordered_ids(self) -> list[int]:
        """Article ids in the order the list shows them."""
        return self.model.ordered_ids()
