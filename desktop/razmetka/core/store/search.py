"""Finding articles by what they say."""

from __future__ import annotations

from razmetka.core.store.base import Part


class Search(Part):
    def articles(self, query: str) -> set[int]:
        """Ids of articles whose title, text, external id or id contains ``query``, with the
        case variants a Russian word takes in running text (SQLite's lower() knows only
        ASCII)."""
        needle = query.strip()
        if not needle:
            return set()
        variants = sorted(
            {needle, needle.lower(), needle.upper(), needle.capitalize(), needle.title()}
        )
        where = " OR ".join(["instr(title, ?) > 0 OR instr(text, ?) > 0"] * len(variants))
        params = [v for variant in variants for v in (variant, variant)]
        rows = self.conn.execute(
            f"SELECT id FROM articles WHERE {where} OR external_id = ? OR CAST(id AS TEXT) = ?",
            (*params, needle, needle),
        )
        return {row[0] for row in rows}
