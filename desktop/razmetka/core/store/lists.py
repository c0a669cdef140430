"""Queries for the article list: the ids in the order and under the filters the analyst chose,
the rows that scroll into view, and the counts above the list. Everything here is answered
through indexes (the ``article_list`` table keeps each article's span counts and sort title),
so a list of 100,000 articles costs its visible rows, not the corpus, on every decision."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from razmetka.core.model import ArticleStatus
from razmetka.core.store import errors
from razmetka.core.store.base import Part
from razmetka.core.store.errors import StoreError
from razmetka.core.store.rows import placeholders
from razmetka.core.store.search import matching_sql


class ArticleSummary(NamedTuple):  # a tuple: the list reads one per visible row
    id: int
    external_id: str | None
    title: str
    date: str | None
    status: ArticleStatus
    pending: int
    accepted: int
    rejected: int
    length: int
    suggested: bool = True  # a suggester has been over it ("0 pending" means none, then)


class ListQuery(NamedTuple):
    """How the analyst sorts and filters the list."""

    sort: str = "id"  # one of SORT_KEYS
    descending: bool = False
    status: ArticleStatus | None = None
    label: str | None = None  # articles with a live (pending or accepted) span of this label
    has_pending: bool = False
    date_from: str | None = None  # ISO dates, inclusive
    date_to: str | None = None
    words: str | None = None  # what the search box finds (``store.search.matching_sql``)
    disputed: bool = False  # articles whose analysts' versions differ (to adjudicate)


_STATUS_ORDER = (
    "CASE a.status "
    + " ".join(f"WHEN '{status.value}' THEN {n}" for n, status in enumerate(ArticleStatus))
    + " END"
)
SORT_KEYS = {
    "id": "l.article_id",
    "title": "l.title_key",
    "date": "a.date",
    "status": _STATUS_ORDER,
    "pending": "l.pending",
    "accepted": "l.accepted",
}
_ROW = (
    "a.id, a.external_id, a.title, a.date, a.status, l.pending, l.accepted, l.rejected, a.length, "
    "EXISTS (SELECT 1 FROM suggester_runs r WHERE r.article_id = a.id)"
)
_FROM = "FROM articles a JOIN article_list l ON l.article_id = a.id"
# The articles table is read only for what article_list does not hold (its rows end in long
# texts, so a join costs a page read an article: 60 ms of 90 for 100,000 ids in id order).
_NEEDS_ARTICLES = frozenset(("date", "status"))


class Lists(Part):
    def ordered_ids(self, query: ListQuery = ListQuery()) -> list[int]:  # noqa: B008
        """Every article the filters let through, in the chosen order (ties by id)."""
        where, params = _where(query)
        key = SORT_KEYS.get(query.sort)
        if key is None:
            raise StoreError(f"cannot sort the list by {query.sort!r}")
        direction = " DESC" if query.descending else ""
        if query.words is not None and query._replace(words=None, descending=False) == ListQuery():
            # A search in id order and nothing else: the search's own ids are the list (every
            # article has its row in the full-text index), 7 ms for 23,000 results instead
            # of 17 through article_list.
            sql, found = matching_sql(query.words, distinct=True)
            return [row[0] for row in self.conn.execute(f"{sql} ORDER BY 1{direction}", found)]
        needs_articles = query.sort in _NEEDS_ARTICLES or query.status is not None
        needs_articles = needs_articles or query.date_from is not None or query.date_to is not None
        source = _FROM if needs_articles else "FROM article_list l"
        order = f"ORDER BY {key}{direction}, l.article_id{direction}"
        sql = f"SELECT l.article_id {source}{where} {order}"
        return [row[0] for row in self.conn.execute(sql, params)]

    def rows(self, ids: Sequence[int]) -> list[ArticleSummary]:
        """The rows of the given articles, in the order given (those no longer stored left out)."""
        if not ids:
            return []
        found = {
            row[0]: _summary(row)
            for row in self.conn.execute(
                f"SELECT {_ROW} {_FROM} WHERE a.id IN ({placeholders(list(ids))})", list(ids)
            )
        }
        return [found[i] for i in ids if i in found]

    def summary(self, article_id: int) -> ArticleSummary:
        found = self.rows([article_id])
        if not found:
            raise StoreError(f"no article {article_id}", errors.NO_ARTICLE, article=article_id)
        return found[0]

    def summaries(self) -> list[ArticleSummary]:
        """Every article's row, in id order (for reports and tests; the window pages)."""
        return [_summary(row) for row in self.conn.execute(f"SELECT {_ROW} {_FROM} ORDER BY a.id")]

    def progress(self) -> tuple[int, int]:
        """(done, all) articles, counted from the status index."""
        done = self.conn.execute("SELECT COUNT(*) FROM articles WHERE status = 'done'").fetchone()
        total = self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()
        return int(done[0]), int(total[0])

    def labels_in_use(self) -> list[str]:
        """Labels that some live span carries, for the list's label filter."""
        rows = self.conn.execute("SELECT DISTINCT label FROM spans ORDER BY label")
        return [row[0] for row in rows]


# Articles two analysts' versions of which differ: an accepted span of one version that another
# version of the article lacks (``core.team.adjudicate.disputed``, as SQL).
DISPUTED = (
    "l.article_id IN (SELECT s.article_id FROM version_spans s JOIN versions o "
    "ON o.article_id = s.article_id AND o.analyst != s.analyst WHERE s.status = 'accepted' "
    "AND NOT EXISTS (SELECT 1 FROM version_spans t WHERE t.article_id = s.article_id "
    'AND t.analyst = o.analyst AND t.start = s.start AND t."end" = s."end" '
    "AND t.label = s.label AND t.status = 'accepted'))"
)


def _where(query: ListQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if query.status is not None:
        clauses.append("a.status = ?")
        params.append(ArticleStatus(query.status).value)
    if query.has_pending:
        clauses.append("l.pending > 0")
    if query.disputed:
        clauses.append(DISPUTED)
    if query.label is not None:
        clauses.append(
            "l.article_id IN "
            "(SELECT article_id FROM spans WHERE label = ? AND status != 'rejected')"
        )
        params.append(query.label)
    if query.words is not None:
        sql, found = matching_sql(query.words)
        clauses.append(f"l.article_id IN ({sql})")
        params += found
    if query.date_from is not None:
        clauses.append("a.date >= ?")
        params.append(query.date_from)
    if query.date_to is not None:
        clauses.append("a.date <= ?")
        params.append(query.date_to)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _summary(row: tuple[Any, ...]) -> ArticleSummary:
    return ArticleSummary(
        row[0],
        row[1],
        row[2],
        row[3],
        ArticleStatus(row[4]),
        row[5],
        row[6],
        row[7],
        row[8],
        bool(row[9]),
    )
