"""The article list: title, date, status and span counts, filtered by status and text search,
with the overall progress above it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from razmetka.core.model import ArticleStatus, SpanStatus
from razmetka.core.store import ArticleSummary, Store
from razmetka.core.text import first_words
from razmetka.ui.i18n import article_status_name
from razmetka.ui.plain import plain_tooltip
from razmetka.ui.roles import ALIGNMENT, DISPLAY, FONT, FOREGROUND, TOOLTIP, USER
from razmetka.ui.views.steady_label import SteadyLabel

_Index = QModelIndex | QPersistentModelIndex

STATUS_COLORS = {
    ArticleStatus.TODO: "#7a7a7a",
    ArticleStatus.IN_PROGRESS: "#b7791f",
    ArticleStatus.DONE: "#2f855a",
    ArticleStatus.SKIPPED: "#9b2c2c",
}


_ID, _STATUS, _SORT = USER + 1, USER + 2, USER + 3
_ROLES = frozenset((DISPLAY, TOOLTIP, FOREGROUND, FONT, ALIGNMENT, _ID, _STATUS, _SORT))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_STATUS_BRUSHES = {status: QBrush(QColor(color)) for status, color in STATUS_COLORS.items()}


class ArticleListModel(QAbstractTableModel):
    """Every article of the store as one row (an ``ArticleSummary``)."""

    TITLE, DATE, STATUS, PENDING, ACCEPTED = range(5)
    ID_ROLE, STATUS_ROLE, SORT_ROLE = _ID, _STATUS, _SORT

    def __init__(self, store: Store | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[ArticleSummary] = []
        self._titles: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._row_of: dict[int, int] = {}
        if store is not None:
            self.reload()

    def set_store(self, store: Store) -> None:
        self._store = store
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._store.lists.summaries() if self._store is not None else []
        self._titles = [self._title(s) for s in self._rows]
        self._row_of = {s.id: row for row, s in enumerate(self._rows)}
        self.endResetModel()

    def _title(self, summary: ArticleSummary) -> str:
        if summary.title.strip():
            return summary.title.strip()
        assert self._store is not None
        # Untitled articles are named by their first words; read just the start of the text.
        return first_words(self._store.articles.text_head(summary.id, 400), 70) or f"#{summary.id}"

    def update(self) -> bool:
        """Read every row again in one query; rows that changed are repainted, and the model
        is reset only when articles came or went. Returns True when it was reset."""
        if self._store is None:
            return False
        fresh = self._store.lists.summaries()
        if [s.id for s in fresh] != [s.id for s in self._rows]:
            self.reload()
            return True
        for row, (old, new) in enumerate(zip(self._rows, fresh, strict=True)):
            if old != new:
                self._rows[row] = new
                if old.title != new.title:
                    self._titles[row] = self._title(new)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return False

    def refresh(self, article_id: int) -> None:
        """Read one article's row again (after an edit)."""
        row = self._row_of.get(article_id)
        if row is None or self._store is None:
            self.reload()
            return
        self._rows[row] = self._store.lists.summary(article_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_counts(
        self,
        article_id: int,
        counts: Mapping[SpanStatus, int],
        status: ArticleStatus | None = None,
    ) -> None:
        """Show counts the window already knows (the open article's), without a query."""
        row = self._row_of.get(article_id)
        if row is None:
            return
        old = self._rows[row]
        new = replace(
            old,
            pending=counts[SpanStatus.SUGGESTED],
            accepted=counts[SpanStatus.ACCEPTED],
            rejected=counts[SpanStatus.REJECTED],
            status=status or old.status,
        )
        if new != old:
            self._rows[row] = new
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def summary(self, article_id: int) -> ArticleSummary | None:
        row = self._row_of.get(article_id)
        return self._rows[row] if row is not None else None

    def row_of(self, article_id: int) -> int | None:
        return self._row_of.get(article_id)

    def progress(self) -> tuple[int, int]:
        """(done, total) articles."""
        done = sum(1 for s in self._rows if s.status is ArticleStatus.DONE)
        return done, len(self._rows)

    def title(self, row: int) -> str:
        return self._titles[row]

    # -- Qt model interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for about ten roles per cell on every repaint, through the filter proxy:
        # roles the list does not use are turned away before any other work.
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        summary = self._rows[row]
        column = index.column()
        if role == DISPLAY:
            if column == self.TITLE:
                return self._titles[row]
            if column == self.DATE:
                return summary.date or ""
            if column == self.STATUS:
                return article_status_name(summary.status)
            if column == self.PENDING:
                return summary.pending
            if column == self.ACCEPTED:
                return summary.accepted
            return None
        if role == TOOLTIP:
            if column != self.TITLE:
                return None
            ident = summary.external_id or f"#{summary.id}"
            return plain_tooltip(f"{self._titles[row]}\n{ident} · {summary.length}")
        if role == _SORT:
            keys = (
                self._titles[row].casefold(),
                summary.date or "",
                list(ArticleStatus).index(summary.status),
                summary.pending,
                summary.accepted,
            )
            return keys[column] if 0 <= column < len(keys) else None
        if role == _ID:
            return summary.id
        if role == _STATUS:
            return summary.status.value
        if role == FOREGROUND:
            return _STATUS_BRUSHES[summary.status] if column == self.STATUS else None
        if role == FONT:
            return self._bold if column == self.PENDING and summary.pending else None
        if role == ALIGNMENT and column in (self.PENDING, self.ACCEPTED):
            return _RIGHT
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = (self.tr("Article"), self.tr("Date"), self.tr("Status"), "◌", "●")
            return titles[section] if 0 <= section < len(titles) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = ("", "", "", self.tr("Pending suggestions"), self.tr("Accepted spans"))
            return tips[section] if 0 <= section < len(tips) else None
        return None


class ArticleFilter(QSortFilterProxyModel):
    """Filters the article list by status and by a set of ids that match a text search."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: str | None = None
        self._matching: set[int] | None = None
        self.setSortRole(ArticleListModel.SORT_ROLE)

    def setSourceModel(self, model) -> None:  # noqa: N802
        self._source = model  # keep it alive as long as the proxy that points at it
        super().setSourceModel(model)

    def set_status(self, status: str | None) -> None:
        self._refilter(lambda: setattr(self, "_status", status))

    def set_matching(self, ids: set[int] | None) -> None:
        self._refilter(lambda: setattr(self, "_matching", ids))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._status is not None and index.data(ArticleListModel.STATUS_ROLE) != self._status:
            return False
        return self._matching is None or index.data(ArticleListModel.ID_ROLE) in self._matching


class ArticleListPanel(QWidget):
    """Progress, status filter, search and the list itself.

    Signals: article_chosen(int) — the analyst picked an article (its id).
    """

    article_chosen = Signal(int)

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._store: Store | None = None
        self._selecting = False  # select() at work: the row change is not the analyst's
        self.proxy = ArticleFilter(self)
        self.proxy.setSourceModel(model)

        self.progress_label = SteadyLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("overallProgress")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All articles"), None)
        for status in ArticleStatus:
            self.status_filter.addItem(article_status_name(status), status.value)
        self.search = QLineEdit(self)
        self.search.setObjectName("articleSearch")
        self.search.setPlaceholderText(self.tr("Search titles and text…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)

        self.view = self._build_view()

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.progress_label, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress_bar)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self._run_search)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.activated.connect(self._activated)
        model.modelReset.connect(self.update_progress)
        model.dataChanged.connect(self.update_progress)
        self.update_progress()

    def _build_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("articleList")
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.setTabKeyNavigation(False)
        vertical = view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(ArticleListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (
            ArticleListModel.DATE,
            ArticleListModel.STATUS,
            ArticleListModel.PENDING,
            ArticleListModel.ACCEPTED,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return view

    def set_store(self, store: Store) -> None:
        self._store = store
        self._run_search()

    def update_progress(self) -> None:
        done, total = self.model.progress()
        self.progress_label.setText(
            self.tr("Done: %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        )
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _status_changed(self) -> None:
        self.proxy.set_status(self.status_filter.currentData())

    def _run_search(self) -> None:
        text = self.search.text().strip()
        if not text or self._store is None:
            self.proxy.set_matching(None)
        else:
            self.proxy.set_matching(self._store.search.articles(text))

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
            row = self.model.row_of(article_id) if article_id is not None else None
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
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
        return [
            int(self.proxy.index(row, 0).data(ArticleListModel.ID_ROLE))
            for row in range(self.proxy.rowCount())
        ]
