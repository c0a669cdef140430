"""Finding articles: full-text search over titles and texts (FTS5: case-insensitive, ё and е
the same letter, the last word a prefix so results come as the analyst types), and search by
entity (a label, a normal form, or both)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from razmetka.core.store.base import Part
from razmetka.core.store.schema import search_form

# Words as the index splits a text (unicode61): runs of letters and digits; "_" and everything
# else separate them. The index keeps no positions (schema 6), so a search is every word
# anywhere in the article, never a phrase: a quoted word the index would split in two is a
# phrase it refuses.
_WORD = re.compile(r"[^\W_]+")


def typed_words(text: str) -> list[str]:
    """The words of what was typed in the search box, as the index holds words. Combining
    marks are left out: the index drops some (the stress mark of «мо́ре») and splits words at
    the others (strike-through and underline pasted from social media: «т̶е̶к̶с̶т̶»)."""
    return _WORD.findall(_without_marks(text))


def _without_marks(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


# "PER:Токаев", "PER:" or ":Токаев": articles holding such an entity.
_ENTITY = re.compile(r"^(?P<label>[^\s:]*):(?P<normal>.*)$")


class Search(Part):
    def articles(self, query: str) -> set[int]:
        """Ids of articles matching what the analyst typed: an entity query (``LABEL:normal``),
        else every word in the title or text (the last as a prefix), or the id itself."""
        sql, params = matching_sql(query)
        return {row[0] for row in self.conn.execute(sql, params)}

    def by_words(self, query: str) -> set[int]:
        match = fts_query(query)
        if match is None:
            return set()
        rows = self.conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (match,)
        )
        return {row[0] for row in rows}

    def by_prefixes(self, words: list[list[str]], todo_only: bool = False) -> set[int]:
        """Articles holding, for each of ``words``, a word that begins with one of its
        prefixes (any case; ё as е): where an inflected name may occur. ``todo_only`` keeps
        the articles nobody has decided anything in yet."""
        groups = []
        for prefixes in words:
            quoted = sorted({f'"{p}"*' for p in map(_fts_word, prefixes) if p})
            if quoted:
                groups.append("(" + " OR ".join(quoted) + ")")
        if not groups:
            return set()
        sql = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
        if todo_only:
            sql += " AND rowid IN (SELECT id FROM articles WHERE status = 'todo')"
        return {row[0] for row in self.conn.execute(sql, (" AND ".join(groups),))}

    def by_entity(self, label: str | None, normal: str | None) -> set[int]:
        """Articles with a pending or accepted span of ``label`` and/or normal form ``normal``
        (its case as the analyst types it, or capitalised as names are)."""
        sql, params = _entity_sql(label, normal)
        return {row[0] for row in self.conn.execute(sql, params)}

    def entity_ranges(self, article_id: int, query: str) -> list[tuple[int, int]] | None:
        """Where a search by entity (``LABEL:normal``) finds it in an article: the pending and
        accepted spans of that label and/or normal form, in text order (code points); None
        for a query that is not by entity."""
        entity = entity_query(query)
        if entity is None:
            return None
        clauses, params = _entity_clauses(*entity)
        rows = self.conn.execute(
            f'SELECT start, "end" FROM spans WHERE article_id = ? AND {" AND ".join(clauses)} '
            'ORDER BY start, "end"',
            [article_id, *params],
        )
        return [(row[0], row[1]) for row in rows]


def entity_query(query: str) -> tuple[str | None, str | None] | None:
    """(label, normal form) of a search by entity ("PER:Токаев", "PER:", ":Токаев"), either
    one None when left out; None when the query is not one."""
    entity = _ENTITY.match(query.strip())
    if entity is None or not (entity["label"] or entity["normal"].strip()):
        return None
    return entity["label"] or None, entity["normal"].strip() or None


def matching_sql(query: str, distinct: bool = False) -> tuple[str, list[Any]]:
    """A query of the ids of the articles ``Search.articles`` finds, for the article list to
    order, filter and count in SQL: an entity query (``LABEL:normal``), else every word in the
    title or text (the last as a prefix), or the article's id or external id. ``distinct``:
    each id once (else an id may come twice, which ``IN`` does not mind)."""
    needle = query.strip()
    if not needle:
        return "SELECT NULL WHERE 0", []
    entity = entity_query(needle)
    if entity is not None:
        return _entity_sql(*entity)
    # Through the indexes: the full-text index, the external id's, the id itself.
    parts = ["SELECT id FROM articles WHERE external_id = ?"]
    params: list[Any] = [needle]
    match = fts_query(needle)
    if match is not None:
        parts.insert(0, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?")
        params.insert(0, match)
    if needle.isdecimal() and len(needle) < 19:
        parts.append("SELECT id FROM articles WHERE id = ?")
        params.append(int(needle))
    return (" UNION " if distinct else " UNION ALL ").join(parts), params


def _entity_sql(label: str | None, normal: str | None) -> tuple[str, list[Any]]:
    clauses, params = _entity_clauses(label, normal)
    return f"SELECT DISTINCT article_id FROM spans WHERE {' AND '.join(clauses)}", params


def _entity_clauses(label: str | None, normal: str | None) -> tuple[list[str], list[Any]]:
    clauses: list[str] = ["status != 'rejected'"]
    params: list[Any] = []
    if label is not None:
        clauses.append("label = ?")
        params.append(label)
    if normal is not None:
        forms = sorted({normal, normal[:1].upper() + normal[1:], normal.title()})
        clauses.append(f"normal IN ({', '.join('?' * len(forms))})")
        params += forms
    return clauses, params


def _fts_word(prefix: str) -> str:
    """A prefix as FTS5 may quote it: its letters and digits only (the index splits words at
    everything else)."""
    return "".join(typed_words(search_form(prefix)))


def fts_query(text: str) -> str | None:
    """An FTS5 query for what was typed: each word quoted (so no word is read as an operator),
    all of them required, the last one a prefix."""
    words = typed_words(search_form(text))
    if not words:
        return None
    quoted = [f'"{word}"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)
