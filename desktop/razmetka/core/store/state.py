"""Per-database settings, such as the article the window had open."""

from __future__ import annotations

from razmetka.core.store.base import Part


class State(Part):
    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        self.set_many({key: value})

    def set_many(self, values: dict[str, str]) -> None:
        """Several settings in one transaction (the window's position is three)."""
        if self.store.read_only:
            return  # a read-only file remembers nothing; browsing it still works
        with self.store.transaction():
            self.conn.executemany(
                "INSERT INTO state(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                list(values.items()),
            )
