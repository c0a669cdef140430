"""Shared work on local files: the database's id, assignments, work packages, merged decisions,
each analyst's version of an article and the adjudications (``core/team`` holds the logic)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from razmetka.core.model import ArticleStatus, Span, SpanStatus
from razmetka.core.store import schema
from razmetka.core.store.base import Part
from razmetka.core.store.paths import now
from razmetka.core.store.rows import SPAN_COLUMNS, span_from_row

if TYPE_CHECKING:
    from razmetka.core.store import Store

_ARTICLE_COPY = (
    "id, external_id, title, source, date, status, content_hash, meta, imported_at, "
    "updated_at, length, text"
)
_SPAN_COPY = 'id, article_id, start, "end", surface, label, status, origin, normal, annotator, note'
_SPAN_COPY += ", created_at, updated_at"
_VERSION_SPAN = 'start, "end", label, status, origin, normal'


class PackageInfo(NamedTuple):
    """What a work package knows of itself: its id, the database it came from, its analyst."""

    id: str
    origin: str
    analyst: str
    made_at: str


class Decision(NamedTuple):
    """A decision as it travels from a package into the database it came from."""

    id: int
    at: str
    annotator: str | None
    action: str
    article_id: int | None
    before: str | None
    after: str | None

    def same_as(self, other: Decision) -> bool:
        return self[1:] == other[1:]


class Version(NamedTuple):
    """One analyst's version of an article: its status and spans, as of ``last_decision``."""

    article_id: int
    analyst: str
    status: ArticleStatus
    last_decision: int
    package: str
    spans: tuple[Span, ...]

    def accepted(self) -> frozenset[tuple[int, int, str]]:
        return frozenset(
            (s.start, s.end, s.label) for s in self.spans if s.status is SpanStatus.ACCEPTED
        )


class Team(Part):
    # -- identity

    def database_id(self) -> str:
        row = self.conn.execute("SELECT value FROM identity WHERE key = 'database_id'").fetchone()
        return str(row[0])

    def package(self) -> PackageInfo | None:
        """This file as a work package, or None when it is not one."""
        row = self.conn.execute("SELECT id, origin, analyst, made_at FROM package").fetchone()
        return PackageInfo(*row) if row else None

    # -- assignments

    def unassigned_todo(self) -> list[tuple[int, str]]:
        """Undecided articles assigned to nobody, with their content hashes, in id order."""
        rows = self.conn.execute(
            "SELECT id, content_hash FROM articles WHERE status = 'todo' "
            "AND id NOT IN (SELECT article_id FROM assignments) ORDER BY id"
        )
        return [(int(a), str(h)) for a, h in rows]

    def assign(self, pairs: Iterable[tuple[int, str]]) -> None:
        stamp = now()
        with self.store.transaction():
            self.conn.executemany(
                "INSERT OR IGNORE INTO assignments(article_id, analyst, assigned_at) "
                "VALUES (?, ?, ?)",
                [(article_id, analyst, stamp) for article_id, analyst in pairs],
            )

    def assigned(self, analyst: str) -> list[int]:
        rows = self.conn.execute(
            "SELECT article_id FROM assignments WHERE analyst = ? ORDER BY article_id", (analyst,)
        )
        return [int(r[0]) for r in rows]

    def assignment_counts(self) -> dict[str, int]:
        rows = self.conn.execute(
            "SELECT analyst, COUNT(*) FROM assignments GROUP BY analyst ORDER BY analyst"
        )
        return {str(a): int(n) for a, n in rows}

    def shared_assignments(self) -> int:
        """Articles assigned to more than one analyst."""
        row = self.conn.execute(
            "SELECT COUNT(*) FROM (SELECT article_id FROM assignments GROUP BY article_id "
            "HAVING COUNT(*) > 1)"
        ).fetchone()
        return int(row[0])

    # -- packing

    def packed(self, analyst: str) -> set[int]:
        """The articles already sent to ``analyst`` in a package."""
        rows = self.conn.execute(
            "SELECT article_id FROM package_articles WHERE analyst = ?", (analyst,)
        )
        return {int(r[0]) for r in rows}

    def versioned_by(self, analyst: str) -> set[int]:
        """The articles ``analyst``'s merged work holds a version of."""
        rows = self.conn.execute("SELECT article_id FROM versions WHERE analyst = ?", (analyst,))
        return {int(r[0]) for r in rows}

    def record_pack(self, info: PackageInfo, ids: list[int]) -> None:
        with self.store.transaction():
            self.conn.executemany(
                "INSERT OR IGNORE INTO package_articles(package, analyst, article_id) "
                "VALUES (?, ?, ?)",
                [(info.id, info.analyst, article_id) for article_id in ids],
            )

    def copy_into(self, target: Store, ids: list[int], info: PackageInfo) -> None:
        """Write the articles ``ids`` (same ids, with their spans and suggester runs), the tag
        set and ``info`` into the new, empty database ``target``, in one transaction."""
        with target.transaction():
            target.conn.execute("DELETE FROM labels")
            target.conn.executemany(
                "INSERT INTO labels(name, color, hotkey, description, position) "
                "VALUES (?, ?, ?, ?, ?)",
                self.conn.execute(
                    "SELECT name, color, hotkey, description, position FROM labels"
                ).fetchall(),
            )
            for chunk in _chunks(ids, 500):
                self._copy_articles(target, chunk)
            target.conn.execute(
                "INSERT INTO package(id, origin, analyst, made_at) VALUES (?, ?, ?, ?)",
                (info.id, info.origin, info.analyst, info.made_at),
            )

    def _copy_articles(self, target: Store, ids: list[int]) -> None:
        marks = ", ".join("?" * len(ids))
        articles = self.conn.execute(
            f"SELECT {_ARTICLE_COPY} FROM articles WHERE id IN ({marks})", ids
        ).fetchall()
        target.conn.executemany(
            f"INSERT INTO articles({_ARTICLE_COPY}) VALUES ({', '.join('?' * 12)})", articles
        )
        for row in articles:
            schema.add_list_row(target.conn, row[0], row[2], row[11])
        spans = self.conn.execute(
            f"SELECT {_SPAN_COPY} FROM spans WHERE article_id IN ({marks})", ids
        ).fetchall()
        target.conn.executemany(
            f"INSERT INTO spans({_SPAN_COPY}) VALUES ({', '.join('?' * 13)})", spans
        )
        runs = self.conn.execute(
            f"SELECT article_id, origin, at FROM suggester_runs WHERE article_id IN ({marks})", ids
        ).fetchall()
        target.conn.executemany(
            "INSERT INTO suggester_runs(article_id, origin, at) VALUES (?, ?, ?)", runs
        )

    # -- a package read for merging

    def own_decisions(self) -> list[Decision]:
        """The decisions made in this file (not merged into it), in order."""
        rows = self.conn.execute(
            "SELECT id, at, annotator, action, article_id, before, after FROM decisions "
            "WHERE source IS NULL ORDER BY id"
        )
        return list(map(Decision._make, rows))

    def decided_articles(self) -> list[tuple[int, ArticleStatus, int]]:
        """Every article with a decision: its id, status and last decision's id."""
        rows = self.conn.execute(
            "SELECT a.id, a.content_hash, a.status, MAX(d.id) FROM articles a "
            "JOIN decisions d ON d.article_id = a.id AND d.source IS NULL "
            "GROUP BY a.id ORDER BY a.id"
        ).fetchall()
        return [(int(a), ArticleStatus(status), int(last)) for a, _hash, status, last in rows]

    def content_hashes(self, ids: Iterable[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for chunk in _chunks(list(ids), 500):
            marks = ", ".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT id, content_hash FROM articles WHERE id IN ({marks})", chunk
            )
            out.update((int(a), str(h)) for a, h in rows)
        return out

    # -- merging into this database (inside the caller's transaction)

    def merged_decisions(self, source: str) -> dict[int, Decision]:
        rows = self.conn.execute(
            "SELECT source_id, at, annotator, action, article_id, before, after FROM decisions "
            "WHERE source = ?",
            (source,),
        )
        return {row[0]: Decision._make(row) for row in rows}

    def add_decisions(self, source: str, decisions: Iterable[Decision]) -> int:
        cursor = self.conn.executemany(
            "INSERT OR IGNORE INTO decisions(at, annotator, action, article_id, span_id, before, "
            "after, source, source_id) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?)",
            [
                (d.at, d.annotator, d.action, d.article_id, d.before, d.after, source, d.id)
                for d in decisions
            ],
        )
        return int(cursor.rowcount)

    def merged_package(self, package_id: str) -> tuple[str, str] | None:
        """When and from which file a package was merged, or None."""
        row = self.conn.execute(
            "SELECT merged_at, file FROM merged_packages WHERE id = ?", (package_id,)
        ).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    def record_merged(self, info: PackageInfo, source: str, file: str) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO merged_packages(id, source, analyst, file, merged_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (info.id, source, info.analyst, file, now()),
        )

    def put_version(self, version: Version) -> None:
        key = (version.article_id, version.analyst)
        self.conn.execute("DELETE FROM versions WHERE article_id = ? AND analyst = ?", key)
        self.conn.execute(
            "INSERT INTO versions(article_id, analyst, status, last_decision, package) "
            "VALUES (?, ?, ?, ?, ?)",
            (*key, version.status.value, version.last_decision, version.package),
        )
        self.conn.executemany(
            f"INSERT INTO version_spans(article_id, analyst, {_VERSION_SPAN}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (*key, s.start, s.end, s.label, s.status.value, s.origin, s.normal)
                for s in version.spans
            ],
        )

    def versions(self, article_id: int) -> dict[str, Version]:
        """Every analyst's version of an article, by analyst."""
        heads = self.conn.execute(
            "SELECT analyst, status, last_decision, package FROM versions WHERE article_id = ? "
            "ORDER BY analyst",
            (article_id,),
        ).fetchall()
        out = {}
        for analyst, status, last, package in heads:
            rows = self.conn.execute(
                f"SELECT {_VERSION_SPAN} FROM version_spans WHERE article_id = ? AND analyst = ? "
                'ORDER BY start, "end", label',
                (article_id, analyst),
            )
            spans = tuple(
                Span(a, b, label, SpanStatus(st), origin, normal, analyst, article_id=article_id)
                for a, b, label, st, origin, normal in rows
            )
            out[analyst] = Version(article_id, analyst, ArticleStatus(status), last, package, spans)
        return out

    def version_heads(self, analyst: str) -> dict[int, tuple[str, int]]:
        """Each article's version by ``analyst``: its package and last decision's id."""
        rows = self.conn.execute(
            "SELECT article_id, package, last_decision FROM versions WHERE analyst = ?",
            (analyst,),
        )
        return {int(a): (str(p), int(last)) for a, p, last in rows}

    def versioned_articles(self, least: int = 1) -> list[int]:
        """Articles with at least ``least`` analysts' versions, in id order."""
        rows = self.conn.execute(
            "SELECT article_id FROM versions GROUP BY article_id HAVING COUNT(*) >= ? "
            "ORDER BY article_id",
            (least,),
        )
        return [int(r[0]) for r in rows]

    def version_articles(self, done_only: bool, last_id: int) -> tuple[list[int], int]:
        """The articles (up to ``last_id``) with an analyst's version (marked done, when
        ``done_only``), in id order, and the number of such versions."""
        done = " AND status = 'done'" if done_only else ""
        rows = self.conn.execute(
            f"SELECT article_id, COUNT(*) FROM versions WHERE article_id <= ?{done} "
            "GROUP BY article_id ORDER BY article_id",
            (last_id,),
        ).fetchall()
        return [int(a) for a, _n in rows], sum(int(n) for _a, n in rows)

    def finished_versions(self) -> dict[int, list[str]]:
        """The analysts whose version of each article is marked done, by article."""
        out: dict[int, list[str]] = {}
        rows = self.conn.execute(
            "SELECT article_id, analyst FROM versions WHERE status = 'done' "
            "ORDER BY article_id, analyst"
        )
        for article_id, analyst in rows:
            out.setdefault(int(article_id), []).append(str(analyst))
        return out

    def rewrite_spans(
        self,
        article_id: int,
        changed: list[tuple[int, Span]],
        removed: list[int],
        added: list[Span],
        status: ArticleStatus,
    ) -> None:
        """Bring an article's curated spans and status to what its versions settle on: spans
        kept in place with a new status and annotator (``changed``, by id), ``removed`` and
        ``added``. Changing a span in place leaves its position indexes alone: a merge settles
        every span of every article it brings back."""
        stamp = now()
        self.conn.executemany(
            "UPDATE spans SET status = ?, annotator = ?, updated_at = ? WHERE id = ?",
            [(s.status.value, s.annotator, stamp, span_id) for span_id, s in changed],
        )
        self.conn.executemany("DELETE FROM spans WHERE id = ?", [(i,) for i in removed])
        if added:
            text = self.conn.execute(
                "SELECT text FROM articles WHERE id = ?", (article_id,)
            ).fetchone()[0]
            self.store.articles.insert_spans(article_id, text, added, None)
        self.conn.execute(
            "UPDATE articles SET status = ?, updated_at = ? WHERE id = ? AND status != ?",
            (status.value, stamp, article_id, status.value),
        )

    def current(self, article_id: int) -> tuple[ArticleStatus, list[Span]]:
        rows = self.conn.execute(
            f'SELECT {SPAN_COLUMNS} FROM spans WHERE article_id = ? ORDER BY start, "end", id',
            (article_id,),
        )
        return self.store.articles.status(article_id), [span_from_row(r) for r in rows]

    # -- adjudication

    def adjudication(self, article_id: int) -> tuple[str, str | None] | None:
        """Who adjudicates the article and when they finished (None: not yet); None when
        nobody has started."""
        row = self.conn.execute(
            "SELECT adjudicator, finished_at FROM adjudications WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        return (str(row[0]), row[1]) if row else None

    def start_adjudication(self, article_id: int, adjudicator: str) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO adjudications(article_id, adjudicator, started_at) "
            "VALUES (?, ?, ?)",
            (article_id, adjudicator, now()),
        )

    def finish_adjudication(self, article_id: int) -> None:
        self.conn.execute(
            "UPDATE adjudications SET finished_at = ? WHERE article_id = ?", (now(), article_id)
        )


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
