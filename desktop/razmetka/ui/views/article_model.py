"""The article list's model: a view of SQL.

It holds the ids of the articles the list shows, in the order it shows them (one indexed query
when the analyst sorts or filters), and reads the rows a page at a time as they scroll into
view. A decision changes one row, which the window hands over (``set_counts``); nothing here
reads the whole corpus for a keypress, a scroll step or a decision.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from razmetka.core.model import ArticleStatus, SpanStatus
from razmetka.core.store import ArticleSummary, Store
from razmetka.core.store.lists import ListQuery
from razmetka.core.text import first_words
from razmetka.ui.i18n import article_status_name
from razmetka.ui.plain import plain_tooltip
from razmetka.ui.roles import ALIGNMENT, DISPLAY, FONT, FOREGROUND, TOOLTIP, USER

_Index = QModelIndex | QPersistentModelIndex

STATUS_COLORS = {
    ArticleStatus.TODO: "#7a7a7a",
    ArticleStatus.IN_PROGRESS: "#b7791f",
    ArticleStatus.DONE: "#2f855a",
    ArticleStatus.SKIPPED: "#9b2c2c",
}
UNFINISHED = (ArticleStatus.TODO, ArticleStatus.IN_PROGRESS)
PAGE = 100  # rows read at once as they scroll into view
KEPT_ROWS = 5000  # rows kept in memory; beyond that the oldest are read again when shown

_ID, _STATUS = USER + 1, USER + 2
_ROLES = frozenset((DISPLAY, TOOLTIP, FOREGROUND, FONT, ALIGNMENT, _ID, _STATUS))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_STATUS_BRUSHES = {status: QBrush(QColor(color)) for status, color in STATUS_COLORS.items()}
_NOT_SUGGESTED = "—"
# The list's columns and the store's sort keys.
_SORTS = ("title", "date", "status", "pending", "accepted")


class ArticleListModel(QAbstractTableModel):
    """The articles the list's query lets through, one row each (an ``ArticleSummary``)."""

    TITLE, DATE, STATUS, PENDING, ACCEPTED = range(5)
    ID_ROLE, STATUS_ROLE = _ID, _STATUS

    def __init__(self, store: Store | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._query = ListQuery()
        self._matching: set[int] | None = None
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._rows: dict[int, tuple[ArticleSummary, str]] = {}  # id -> (row, title shown)
        self._progress = (0, 0)
        self._bold = QFont()
        self._bold.setBold(True)
        if store is not None:
            self.reload()

    # -- what the list shows

    def set_store(self, store: Store) -> None:
        self._store = store
        self.reload()

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def set_matching(self, ids: set[int] | None) -> None:
        """Show only these articles (a search's results), in the list's order; None: all."""
        if ids != self._matching:
            self._matching = ids
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        try:  # a failed query must not leave the view in the middle of a reset
            self._ids, self._rows = [], {}
            self._ids = self._ordered_ids()
            self._progress = self._store.lists.progress() if self._store is not None else (0, 0)
        finally:
            self._row_of = {article_id: row for row, article_id in enumerate(self._ids)}
            self.endResetModel()

    def _ordered_ids(self) -> list[int]:
        if self._store is None:
            return []
        ids = self._store.lists.ordered_ids(self._query)
        if self._matching is not None:
            ids = [i for i in ids if i in self._matching]
        return ids

    def update(self) -> bool:
        """Read the rows shown so far again (another program or a job wrote); the model is
        reset only when articles came or went. Returns True when it was reset."""
        if self._store is None:
            return False
        progress = self._store.lists.progress()
        if progress[1] != self._progress[1]:
            self.reload()
            return True
        self._progress = progress
        fresh = self._store.lists.rows(list(self._rows))
        for summary in fresh:
            old = self._rows.get(summary.id)
            if old is not None and old[0] != summary:
                self._keep(summary)
                self._changed(summary.id)
        return False

    def refresh(self, article_id: int) -> None:
        """Read one article's row again (after an edit)."""
        if self._store is None:
            return
        found = self._store.lists.rows([article_id])
        if not found:
            self.reload()
            return
        self._set(found[0])

    def set_counts(
        self,
        article_id: int,
        counts: Mapping[SpanStatus, int],
        status: ArticleStatus | None = None,
    ) -> None:
        """Show counts the window already knows (the open article's), without a query."""
        old = self.summary(article_id)
        if old is None:
            return
        self._set(
            old._replace(
                pending=counts[SpanStatus.SUGGESTED],
                accepted=counts[SpanStatus.ACCEPTED],
                rejected=counts[SpanStatus.REJECTED],
                status=status or old.status,
            )
        )

    def _set(self, summary: ArticleSummary) -> None:
        old = self._rows.get(summary.id)
        if old is not None and old[0] == summary:
            return
        if old is not None and old[0].status != summary.status:
            self._count_status(old[0].status, summary.status)
        self._keep(summary)
        self._changed(summary.id)

    def _count_status(self, before: ArticleStatus, after: ArticleStatus) -> None:
        done, total = self._progress
        done += (after is ArticleStatus.DONE) - (before is ArticleStatus.DONE)
        self._progress = (done, total)

    def _changed(self, article_id: int) -> None:
        row = self._row_of.get(article_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- rows, read as they are shown

    def summary(self, article_id: int) -> ArticleSummary | None:
        """An article's row, whether or not the list's filters show it; None when it is not
        stored."""
        kept = self._rows.get(article_id)
        if kept is not None:
            return kept[0]
        if self._store is None:
            return None
        found = self._store.lists.rows([article_id])
        return self._keep(found[0])[0] if found else None

    def _at(self, row: int) -> tuple[ArticleSummary, str] | None:
        if not 0 <= row < len(self._ids):
            return None
        kept = self._rows.get(self._ids[row])
        if kept is None and self._store is not None:
            first = row - row % PAGE
            for summary in self._store.lists.rows(self._ids[first : first + PAGE]):
                self._keep(summary)
            kept = self._rows.get(self._ids[row])
        return kept

    def _keep(self, summary: ArticleSummary) -> tuple[ArticleSummary, str]:
        if len(self._rows) >= KEPT_ROWS:
            self._rows.clear()
        old = self._rows.get(summary.id)
        title = old[1] if old is not None and old[0].title == summary.title else None
        kept = self._rows[summary.id] = (summary, title or self._title(summary))
        return kept

    def _title(self, summary: ArticleSummary) -> str:
        if summary.title.strip():
            return summary.title.strip()
        assert self._store is not None
        # Untitled articles are named by their first words; read just the start of the text.
        return first_words(self._store.articles.text_head(summary.id, 400), 70) or f"#{summary.id}"

    def row_of(self, article_id: int | None) -> int | None:
        """The article's row in the list as filtered, or None when the list does not show it."""
        return self._row_of.get(article_id) if article_id is not None else None

    def article_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def ordered_ids(self) -> list[int]:
        """Article ids in the order the list shows them."""
        return list(self._ids)

    def title(self, row: int) -> str:
        kept = self._at(row)
        return kept[1] if kept is not None else ""

    def progress(self) -> tuple[int, int]:
        """(done, all) articles of the store, whatever the filters."""
        return self._progress

    def next_unfinished(self, after: int | None, step: int = 1) -> int | None:
        """The first unfinished article ``step`` by step from ``after`` in the list's order,
        wrapping around; reads the rows a page at a time, only as far as it has to."""
        count = len(self._ids)
        start = self._row_of.get(after) if after is not None else None
        if start is None:
            start = -1 if step > 0 else count  # the first row visited is the first (or last)
        for k in range(1, count + 1):
            kept = self._at((start + step * k) % count)
            if kept is not None and kept[0].id != after and kept[0].status in UNFINISHED:
                return kept[0].id
        return None

    # -- Qt model interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the store's: the view's header asks, SQL orders through an index."""
        key = _SORTS[column] if 0 <= column < len(_SORTS) else "id"
        descending = order == Qt.SortOrder.DescendingOrder and key != "id"
        self.set_query(self._query._replace(sort=key, descending=descending))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for about ten roles per cell on every repaint: roles the list does not use are
        # turned away before any other work.
        if role not in _ROLES or not index.isValid():
            return None
        kept = self._at(index.row())
        if kept is None:
            return None
        summary, title = kept
        column = index.column()
        if role == DISPLAY:
            return self._display(summary, title, column)
        if role == TOOLTIP:
            return self._tooltip(summary, title, column)
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

    def _display(self, summary: ArticleSummary, title: str, column: int) -> Any:
        if column == self.TITLE:
            return title
        if column == self.DATE:
            return summary.date or ""
        if column == self.STATUS:
            return article_status_name(summary.status)
        if column == self.PENDING:
            return summary.pending if summary.suggested or summary.pending else _NOT_SUGGESTED
        if column == self.ACCEPTED:
            return summary.accepted
        return None

    def _tooltip(self, summary: ArticleSummary, title: str, column: int) -> str | None:
        if column == self.TITLE:
            ident = summary.external_id or f"#{summary.id}"
            return plain_tooltip(f"{title}\n{ident} · {summary.length}")
        if column == self.PENDING and not (summary.suggested or summary.pending):
            return self.tr("Not suggested yet: natasha has not been over this article")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = (
                self.tr("Article"),
                self.tr("Date"),
                self.tr("Status"),
                self.tr("Pending"),
                self.tr("Accepted"),
            )
            return titles[section] if 0 <= section < len(titles) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = ("", "", "", self.tr("Pending suggestions"), self.tr("Accepted spans"))
            return tips[section] if 0 <= section < len(tips) else None
        return None
